"""The lines of one results list are one seat's (nineteenth session, issue 8: misreadings).

A list with no seat of its own above it ("Jane Smith - Labour - 7,448") took each line's
seat from the person on it when the story had placed that person already, and otherwise
from the seat named last. After a sentence naming another seat in passing ("following Lee
Anderson in Ashfield"), a single-seat story's list was torn in two: its winner and runner-up
in their own seat, everyone under them in the seat named in passing, their votes set against
that seat's record. Seen in a local paper's, a regional television site's and a local radio
station's stories (three outlets), the list's first lines placed and the rest carried away.
Now a line with no seat of its own, whose person the story has not placed, is in the seat of
the list's line right above it (a loose tie: it is a convention of layout, not a word). A
person the story named with a seat keeps it, a heading still governs the lines under it,
and a line after prose is not "under" the list.

The sentences are ours. Bolsover in 2019 (the record): Mark Fletcher (Conservative) 21,791,
Dennis Skinner (Labour) 16,492, Kevin Harper (Brexit Party) 4,151, David Hancock (Liberal
Democrat) 1,759. Lee Anderson won Ashfield.
"""

from __future__ import annotations

from story_files import findings_of, seats_read

from factcheck.models import Severity

PASSING = (
    "Mark Fletcher has won Bolsover for the Conservatives, beating Dennis Skinner.\n\n"
    "It follows Lee Anderson in Ashfield, who also took a seat from Labour.\n\n"
)


def _story(harper: str = "4,151", *, gap: str = "\n") -> str:
    rows = [
        "Mark Fletcher - Conservative - 21,791",
        "Dennis Skinner - Labour - 16,492",
        f"Kevin Harper - Brexit Party - {harper}",
        "David Hancock - Liberal Democrat - 1,759",
    ]
    return PASSING + gap.join(rows) + "\n"


def test_a_lists_lines_follow_the_line_above_not_a_seat_named_in_passing() -> None:
    for gap in ("\n", "\n\n", "\n• "):
        seats = seats_read(_story(gap=gap))
        assert seats["Kevin Harper"] == "Bolsover", gap
        assert seats["David Hancock"] == "Bolsover", gap
        assert seats["Lee Anderson"] == "Ashfield"


def test_a_wrong_count_under_the_seats_winner_is_found_and_a_right_one_is_not() -> None:
    assert findings_of(_story(), "uk-ge-2019") == []
    (finding,) = findings_of(_story("4,515"), "uk-ge-2019")
    assert finding.text == "4,515"
    assert "Bolsover" in finding.message
    # The line's seat is the list's by layout alone: never an error.
    assert finding.severity is Severity.WARNING


def test_a_person_the_story_placed_keeps_their_own_seat() -> None:
    # Two lists with no headings, each opening with a winner the prose placed: the second
    # list's lines are the second seat's, not the first list's.
    text = (
        "Mark Fletcher won Bolsover, and Lee Anderson also won in Ashfield.\n\n"
        "Mark Fletcher - Conservative - 21,791\n"
        "Kevin Harper - Brexit Party - 4,151\n"
        "Lee Anderson - Conservative - 19,231\n"
        "Natalie Fleet - Labour - 11,971\n"
    )
    seats = seats_read(text)
    assert seats["Kevin Harper"] == "Bolsover"
    assert seats["Lee Anderson"] == "Ashfield"
    assert seats["Natalie Fleet"] == "Ashfield"


def test_a_heading_still_governs_the_lines_under_it() -> None:
    text = (
        PASSING + "Mark Fletcher - Conservative - 21,791\n\n"
        "Ashfield\n\n"
        "Natalie Fleet - Labour - 11,971\n"
    )
    assert seats_read(text)["Natalie Fleet"] == "Ashfield"


def test_a_line_after_prose_is_not_under_the_list() -> None:
    # A sentence between the list and the line: the line is not the list's.
    text = (
        "Mark Fletcher won Bolsover.\n\n"
        "Mark Fletcher - Conservative - 21,791\n\n"
        "In Ashfield, Lee Anderson won for the Conservatives.\n\n"
        "Rebecca Wain - Liberal Democrat - 1,105\n"
    )
    assert seats_read(text)["Rebecca Wain"] == "Ashfield"
