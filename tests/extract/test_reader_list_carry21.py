"""A list's seat is not guessed from a paragraph further up (twenty-first session, issue 8:
misreadings).

A results list under no heading took the seat carried from wherever the story last named
one. Where that was a paragraph further up than the one right above the list, in a story
that had named several seats by then (a round-up's seat-by-seat lines, then a result line,
then a list), the carry was a guess, and a wrong one put every line of the list in another
seat: each name and count set against that seat's record. Now such a list is read in no
seat. Its people still place it: the record's placing by candidates (when at least three of
them stood in one seat only, as the reference rule places a contest), or a line below
naming someone the story placed, whose seat the lines above it take (lists are often in
alphabetical order, the winner under those they beat). A seat named in the paragraph right
above a list ("Full result in Ipswich") still governs it, as does a heading, and a story of
one seat keeps it.

The sentences are ours. The record, 2024: Ipswich, Jack Abbott (Labour and Co-operative)
19,099, Thomas Hunt (Conservative) 11,696, Tony Love (Reform UK) 7,027, Adria Pittock
(Green) 3,652; Labour gain, majority 7,403. West Suffolk, Nick Timothy (Conservative) 15,814,
Rebecca Denness (Labour) 12,567; Conservative hold. Lowestoft, Jess Asato (Labour) 14,464.
"""

from __future__ import annotations

from story_files import article_of, findings_of, seats_read

from factcheck.models import Severity

ROUND_UP = (
    "Labour had a good night across the county.\n\n"
    "Lowestoft: Labour gain\n\n"
    "West Suffolk: Conservative hold\n\n"
    "Result: Labour gain, majority 7,403\n\n"
)


def _ipswich(pittock: str = "3,652", *, lead: str = ROUND_UP) -> str:
    rows = [
        "Jack Abbott - Labour - 19,099",
        "Thomas Hunt - Conservative - 11,696",
        "Tony Love - Reform UK - 7,027",
        f"Adria Pittock - Green - {pittock}",
    ]
    return lead + "\n\n".join(rows) + "\n"


def test_a_list_carried_past_a_paragraph_is_read_in_no_seat() -> None:
    seats = seats_read(_ipswich())
    # Not West Suffolk, the seat the round-up named last.
    assert seats["Jack Abbott"] is None
    assert seats["Adria Pittock"] is None


def test_the_record_places_it_by_its_people_a_wrong_count_is_found_a_right_one_not() -> None:
    assert findings_of(_ipswich(), "uk-ge-2024") == []
    (finding,) = findings_of(_ipswich("3,562"), "uk-ge-2024")
    assert finding.text == "3,562"
    assert "Ipswich" in finding.message
    assert finding.severity is Severity.WARNING  # placed by its people: never an error


def test_the_carried_seat_was_the_wrong_one() -> None:
    # Had the list been read in West Suffolk, its people would be set against that seat's
    # record, where none of them stood; in the seat the record places them in, nothing is
    # wrong. The same list read with West Suffolk's heading over it is in West Suffolk.
    headed = _ipswich(lead=ROUND_UP + "West Suffolk\n")
    assert seats_read(headed)["Jack Abbott"] == "West Suffolk"


def test_a_seat_named_right_above_the_list_still_governs_it() -> None:
    lead = ROUND_UP + "Full result in Ipswich, where Labour took the seat:\n\n"
    seats = seats_read(_ipswich(lead=lead))
    assert seats["Jack Abbott"] == "Ipswich"
    assert seats["Adria Pittock"] == "Ipswich"


def test_a_story_of_one_seat_keeps_it() -> None:
    lead = (
        "Labour has taken Ipswich from the Conservatives.\n\n"
        "The count ran late into the night.\n\n"
        "Result:\n\n"
    )
    assert seats_read(_ipswich(lead=lead))["Tony Love"] == "Ipswich"


def test_lines_above_a_placed_winner_take_the_winners_seat() -> None:
    # Alphabetical order: the winner the prose placed stands under the lines of two rivals.
    text = (
        "Nick Timothy held West Suffolk for the Conservatives, and Lowestoft went Labour.\n\n"
        "The turnout was lower than in 2019.\n\n"
        "Rebecca Denness (Labour) 12,567\n\n"
        "Mark Ereira (Green) 2,910\n\n"
        "Nick Timothy (Conservative) 15,814\n"
    )
    seats = seats_read(text)
    assert seats["Rebecca Denness"] == "West Suffolk"
    assert seats["Mark Ereira"] == "West Suffolk"
    assert findings_of(text, "uk-ge-2024") == []
    wrong = text.replace("2,910", "2,190")
    (finding,) = findings_of(wrong, "uk-ge-2024")
    assert finding.text == "2,190"
    assert finding.severity is Severity.WARNING
    # The seat is tied by layout alone, and the grounds say so.
    (ereira,) = [
        c for k in article_of(wrong).contests for c in k.candidates if c.name == "Mark Ereira"
    ]
    assert ereira.votes is not None
    assert ereira.votes.grounds is not None
    assert "seat" in ereira.votes.grounds.loose
    assert "line below" in ereira.votes.grounds.seat


def test_a_line_naming_its_own_seat_starts_another_list() -> None:
    # A line with its seat on it is no line of the run above: those lines keep no seat.
    text = (
        "Nick Timothy held West Suffolk, and Labour won Lowestoft and Ipswich.\n\n"
        "The turnout was lower than in 2019.\n\n"
        "Thomas Hunt (Conservative) 11,696\n\n"
        "Tony Love (Reform UK) 7,027\n\n"
        "West Suffolk: Nick Timothy (Conservative) 15,814\n"
    )
    seats = seats_read(text)
    assert seats["Thomas Hunt"] is None
    assert seats["Nick Timothy"] == "West Suffolk"
