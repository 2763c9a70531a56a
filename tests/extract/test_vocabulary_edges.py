"""The shared words of the readings, asked directly: directions, quantities and the words
that date a figure or a change (mutation testing found them read only through whole
stories)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.vocabulary import (
    dated_years,
    direction,
    last_quantity,
    other_time,
    quantity,
    since,
)
from factcheck.models import Direction, Quantity


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("rose", Direction.UP),
        ("Surged", Direction.UP),
        ("slumped", Direction.DOWN),
        ("FELL", Direction.DOWN),
        ("rose sharply", None),  # one word, all of it
        ("upset", None),
        ("", None),
        (None, None),
    ],
)
def test_a_word_of_change_states_its_direction(word: str | None, expected: Direction) -> None:
    assert direction(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("share of the vote", Quantity.SHARE),
        ("Share of the votes", Quantity.SHARE),
        ("percentage of the vote share", Quantity.SHARE),
        ("vote share", Quantity.SHARE),
        ("support", Quantity.SHARE),
        ("Majority", Quantity.MAJORITY),
        ("majorities", Quantity.MAJORITY),
        ("turnout", Quantity.TURNOUT),
        ("vote", Quantity.VOTES),
        ("votes", Quantity.VOTES),
        ("seats", None),
        ("", None),
        (None, None),
    ],
)
def test_a_noun_names_its_quantity(word: str | None, expected: Quantity | None) -> None:
    assert quantity(word) is expected


def test_the_quantity_named_last_is_the_one_meant() -> None:
    assert last_quantity("Her majority rose as turnout fell") is Quantity.TURNOUT
    assert last_quantity("Turnout fell and her share of the vote rose") is Quantity.SHARE
    assert last_quantity("Nothing is measured here") is None


@pytest.mark.parametrize(
    ("after", "year"),
    [
        (" since 2015", "2015"),
        (" compared with the 2017 election", "2017"),
        (" than in 2010", "2010"),
        (" up from 2005 in Leeds", "2005"),
        (" in 2015", None),  # a year the change is not measured from
        (" since 1899", None),  # no general election year of this record
        (
            " in the seat, as the count in the town hall went on until late into the night,"
            " since 2015",
            None,
        ),
    ],
)
def test_a_change_is_measured_from_the_year_after_its_words(after: str, year: str) -> None:
    # Only the first 80 characters after the change are its own.
    assert since(after) == year


def test_a_year_is_read_only_within_eighty_characters_after_the_change() -> None:
    words = " as the count went on into the night in the town hall"
    assert since(words.ljust(70) + "since 2015") == "2015"  # its last digit the 80th
    assert since(words.ljust(71) + "since 2015") is None


def _other(text: str, story_year: str | None = "2019") -> str | None:
    return other_time(text, 0, len(text), story_year)


def test_words_dating_a_figure_to_another_election_are_given() -> None:
    assert _other("She polled 40% in the previous election.") == "the previous election"
    assert _other("Two years ago she polled 40%.") == "Two years ago"
    assert _other("She won by 500 votes at the last count.") == "at the last"


def test_a_year_other_than_the_storys_dates_a_figure() -> None:
    assert _other("In 2017 she polled 40%.") == "2017"
    assert _other("In 2019 she polled 40%.") is None
    assert _other("In 2017 she polled 40%.", story_year=None) == "2017"
    # the first year that is not the story's, wherever it comes
    assert _other("In 2019, as in 2017, she polled 40%.") == "2017"
    assert _other("In 1997 she polled 40%.") == "1997"


def test_a_year_a_change_is_measured_from_dates_nothing() -> None:
    assert _other("Her share is up 5 points since 2015.") is None
    assert _other("She polled 40%, up from 2015.") is None


def test_only_the_clause_asked_about_is_read() -> None:
    text = "She polled 40%. In 2017 she had polled 35%."
    assert other_time(text, 0, 15, "2019") is None
    assert other_time(text, 16, len(text), "2019") == "2017"
    assert other_time("At the last election, she polled 40%.", 22, 37, "2019") is None
    # words after the clause do not complete its wording
    assert other_time("She won last. At the last election she had 35%.", 0, 13, "2019") is None


def test_a_clause_holding_every_cue_word_is_still_read() -> None:
    text = "Previously elected, in the past years, she won at the last election."
    assert _other(text) == "Previously"


def test_words_of_other_elections_with_letters_the_pattern_folds_are_found() -> None:
    # "ſ" matches "s" and "ı" matches "i" for a pattern that ignores case.
    assert _other("She won it laſt time.") == "laſt time"
    assert _other("She had prevıously polled 40%.") == "prevıously"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("her 2017 majority, up from 2015", ["2017"]),
        ("in 2017 and in 2019", ["2017", "2019"]),
        ("the MP since May 2015", []),
        ("between 2010 and 2015", []),
        ("dated 2019-12-13", []),
        ("with 2017 votes", []),
        ("with 2017 seats", []),
        ("on 2017%", []),
        ("£2017 raised", []),
        ("12019 ballots", []),
        ("2017,5 and 20171", []),
    ],
)
def test_the_years_that_date_what_is_said(text: str, years: list[str]) -> None:
    assert dated_years(text, 0, len(text)) == years


def test_the_longest_comparison_cue_keeps_its_year_from_dating_the_claim() -> None:
    # "than they managed in the September ": 35 characters from its first letter to the year.
    text = "Jane Smith polled 1,204 more votes than they managed in the September 2019 count"
    assert dated_years(text, 0, len(text)) == []
    assert dated_years(text.replace("than", "when"), 0, len(text)) == ["2019"]


@given(
    pronoun=st.sampled_from(["he", "she", "they", "it", "we", "I"]),
    verb=st.sampled_from(["did", "had", "got", "polled", "managed"]),
    at=st.sampled_from(["in", "at"]),
    month=st.sampled_from(["", "May ", "June ", "September ", "December "]),
)
def test_the_year_after_than_she_did_in_is_the_comparisons_not_the_claims(
    pronoun: str, verb: str, at: str, month: str
) -> None:
    # The longest of these cues, "than they managed in the September ", has 35 characters.
    text = f"Jane Smith polled 1,204 more votes than {pronoun} {verb} {at} the {month}2019 election"
    assert dated_years(text, 0, len(text)) == []


def test_a_year_is_dated_by_the_words_before_it_within_the_clause() -> None:
    # "since" before the clause does not make the clause's year the start of a change.
    assert dated_years("since 2015", 6, 10) == ["2015"]
    # and words far enough before the year are not about it
    text = "up from the constituency's best result of all, in 2015"
    assert dated_years(text, 0, len(text)) == ["2015"]
