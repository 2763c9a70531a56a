"""Prose about another seat's candidate turns the story to that seat (twenty-second session,
issue 8: misreadings on copy nobody tuned on).

A round-up names one seat, then another, then writes a paragraph about the first seat's
winner without naming the seat again ("John McNally polled 20,952 votes …"). That paragraph
was read in his seat, but the story stayed on the seat named last, so the next paragraphs
("His majority fell to 4,923", "Labour's Craig Martin took 16,029 votes") went to the other
seat: set against its record, a right count was no one's and a wrong one went unchecked.
A reader follows the story to the person's seat, as naming the seat would have taken it.
Once the story turned so, the next person it named with another seat takes it on again
("Mr Morris (Conservative) won his fourth term", a list's row opening on him).

The sentences are ours, in the patterns of three outlets' round-ups. The record: Falkirk,
2017, John McNally (SNP) 20,952, Craig Martin (Labour) 16,029, majority 4,923; Linlithgow and
East Falkirk, 2017, Martyn Day (SNP) 20,388, Joan Coombes (Labour) 17,469; Lancaster and
Fleetwood, 2019, Cat Smith (Labour) 21,184, majority 2,380 (6,661 in 2017); Morecambe and
Lunesdale, 2019, David Morris (Conservative) 23,925, Lizzi Collinge (Labour) 17,571.
"""

from __future__ import annotations

from story_files import article_of, findings_of, seats_read

from factcheck.models import Severity

FALKIRK = (
    "The SNP kept both of its seats in the district.\n\n"
    "John McNally retained the Falkirk seat for the SNP.\n\n"
    "Martyn Day was returned for the SNP in Linlithgow and East Falkirk.\n\n"
    "John McNally polled 20,952 votes, down from 34,831 in 2015.\n\n"
    "His majority fell to 4,923.\n\n"
    "Labour's Craig Martin took {martin} votes.\n"
)


def test_the_candidate_after_the_prose_is_read_in_its_seat() -> None:
    assert seats_read(FALKIRK.format(martin="16,029"))["Craig Martin"] == "Falkirk"


def test_a_wrong_count_after_the_prose_is_found_and_a_right_one_is_not() -> None:
    assert findings_of(FALKIRK.format(martin="16,029"), "uk-ge-2017") == []
    (finding,) = findings_of(FALKIRK.format(martin="16,209"), "uk-ge-2017")
    assert finding.text == "16,209"
    assert "Falkirk" in finding.message
    assert "16,029" in finding.message
    # The seat is carried from a paragraph naming the person, not named: at most a warning.
    assert finding.severity is Severity.WARNING


def test_the_majority_after_the_prose_is_the_persons_seat() -> None:
    article = article_of(FALKIRK.format(martin="16,029"))
    majorities = {c.name: c.majority.text for c in article.contests if c.majority is not None}
    assert majorities.get("Falkirk") == "4,923"
    assert "Linlithgow and East Falkirk" not in majorities


def test_a_seat_named_after_the_prose_takes_the_story_again() -> None:
    # The control: words naming a seat still turn the story, whatever person it was on.
    text = (
        FALKIRK.format(martin="16,029")
        + "\nIn Linlithgow and East Falkirk, Labour's Joan Coombes took 17,469 votes.\n"
    )
    assert seats_read(text)["Joan Coombes"] == "Linlithgow and East Falkirk"
    assert findings_of(text, "uk-ge-2017") == []


LANCASTER = (
    "Cat Smith was re-elected in Lancaster and Fleetwood,\n\n"
    "with David Morris also victorious in Morecambe and Lunesdale.\n\n"
    "Ms Smith (Labour) won her third term as MP\n\n"
    "with a reduced majority of 2,380.\n\n"
    "Mr Morris (Conservative) won his fourth term\n\n"
    "Cat Smith (Labour) re-elected 21184\n\n"
    "Louise Thistlethwaite (Con) 18804\n\n"
    "David Morris (Con) re-elected 23925\n\n"
    "Lizzi Collinge (Lab) {collinge}\n"
)


def test_her_reduced_majority_is_not_set_against_the_other_seat() -> None:
    # "reduced" follows Ms Smith to her seat, where the majority did fall (6,661 to 2,380):
    # read in Morecambe and Lunesdale, the seat named last, it drew a false warning.
    found = findings_of(LANCASTER.format(collinge="17571"), "uk-ge-2019", rule=None)
    assert [f for f in found if f.text == "reduced"] == []


def test_the_next_person_named_with_another_seat_turns_it_on_again() -> None:
    seats = seats_read(LANCASTER.format(collinge="17571"))
    assert seats["Louise Thistlethwaite"] == "Lancaster and Fleetwood"
    assert seats["David Morris"] == "Morecambe and Lunesdale"
    assert seats["Lizzi Collinge"] == "Morecambe and Lunesdale"


def test_a_wrong_count_in_the_second_list_is_found() -> None:
    assert findings_of(LANCASTER.format(collinge="17571"), "uk-ge-2019") == []
    (finding,) = findings_of(LANCASTER.format(collinge="17751"), "uk-ge-2019")
    assert finding.text == "17751"
    assert "Morecambe and Lunesdale" in finding.message
