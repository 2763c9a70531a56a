"""A list right under a sentence naming a seat, without that sentence's person, is not that
seat's (twenty-first session, issue 8: misreadings).

A list under no heading, after a paragraph of prose naming a seat, was already read in no
seat when it named nobody the story had tied to that seat, unless the seat was named in the
line right above it: "X kept his Bromsgrove seat. ¶ [a list without X]" gave the list to
Bromsgrove, every name and count set against that seat's record (round-ups whose lists
follow their sentences on other seats: a Birmingham hyperlocal's, a Derbyshire paper's, a
regional television site's). A seat's full list holds its winner; so the list is now read
in no seat there too, and its people place it (the record's placing by candidates). A list
that holds the sentence's person stays in the seat.

The sentences are ours. The record, 2019: Bolsover, Mark Fletcher (Conservative) 21,791,
Dennis Skinner (Labour) 16,492, Kevin Harper (Brexit Party) 4,151, David Hancock (Liberal
Democrat) 1,759. Ashfield, Lee Anderson (Conservative) 19,231, Jason Zadrozny (Ashfield
Independents) 13,498, Natalie Fleet (Labour) 11,971, Rebecca Wain (Liberal Democrat) 1,105.
"""

from __future__ import annotations

from story_files import findings_of, seats_read

from factcheck.models import Severity

LEAD = (
    "The Conservatives gained Bolsover from Labour.\n\n"
    "Lee Anderson won his Ashfield seat by more than 5,000 votes.\n\n"
)


def _bolsover(harper: str = "4,151") -> str:
    return LEAD + (
        "Dennis Skinner - Labour - 16,492\n\n"
        f"Kevin Harper - Brexit Party - {harper}\n\n"
        "David Hancock - Liberal Democrat - 1,759\n"
    )


def test_a_list_without_the_person_of_the_sentence_above_is_not_that_seats() -> None:
    seats = seats_read(_bolsover())
    assert seats["Lee Anderson"] == "Ashfield"
    assert seats["Dennis Skinner"] is None  # not Ashfield
    assert seats["Kevin Harper"] is None


def test_its_people_place_it_a_wrong_count_is_found_a_right_one_is_not() -> None:
    assert [f.text for f in findings_of(_bolsover(), "uk-ge-2019")] == []
    (finding,) = findings_of(_bolsover("4,515"), "uk-ge-2019")
    assert finding.text == "4,515"
    assert "Bolsover" in finding.message
    assert finding.severity is Severity.WARNING


def test_a_list_holding_the_sentences_person_stays_in_the_seat() -> None:
    text = LEAD + (
        "Lee Anderson - Conservative - 19,231\n\n"
        "Jason Zadrozny - Ashfield Independents - 13,498\n\n"
        "Natalie Fleet - Labour - 11,971\n\n"
        "Rebecca Wain - Liberal Democrat - 1,105\n"
    )
    seats = seats_read(text)
    assert seats["Natalie Fleet"] == "Ashfield"
    assert seats["Rebecca Wain"] == "Ashfield"
