"""An earlier election's winner said with its year (issue 8, twentieth session): "who had held
the seat since 2017", "was first elected in 2017", "has been the MP for Colne Valley since
2017", "won the seat in 2017", "the seat had been held by X since 2017" (some 35 outlets on the
open skeletons). The person is read as first in that year's contest, a contest dated to that
election, never this one's: the record of that year judges it.

The sentences are ours, in those shapes; people, seat and figures are the bundled record's:
Colne Valley, won in 2017 by Thelma Walker (Labour) over Jason McCartney (Conservative), and in
2019 by Jason McCartney (29,482) over Thelma Walker (24,379). Said of Walker, the 2017 win is
right and nothing is found; said of McCartney, it warns that he finished second in 2017.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, Figure, Severity

_LEAD = (
    "Colne Valley\n\nJason McCartney won Colne Valley with 29,482 votes. "
    "Thelma Walker was second with 24,379 votes.\n\n"
)

_WORDINGS = [
    "{name}, who had held the seat since 2017, spoke after the count.",
    "{name} had held Colne Valley since 2017.",
    "{name}, who has been the MP for Colne Valley since 2017, spoke.",
    "{name}, Colne Valley's MP since 2017, spoke.",
    "{name} was first elected in 2017.",
    "{name}, who was first elected in Colne Valley in 2017, spoke.",
    "{name} won the seat in 2017.",
    "The seat had been held by {name} since 2017.",
    "Colne Valley was won by {name} in 2017.",
    "The seat was won by the departing {name} in 2017.",
]


def _read(text: str, election: str = "uk-ge-2019") -> Article:
    """The story read as ``election``'s, as `factcheck check --election` reads it."""
    return read_prose(Document(path="story.txt", text=text), election=election)


def _earlier_firsts(article: Article) -> dict[tuple[str | None, str | None], Figure]:
    """Each first place of a contest the text dates to another election, by (seat, year)."""
    return {
        (k.name, k.election): c.rank
        for k in article.contests
        if k.dated
        for c in k.candidates
        if c.rank is not None and c.rank.value == 1
    }


def _this_elections_winner(article: Article) -> set[str]:
    return {
        c.name
        for k in article.contests
        if not k.dated
        for c in k.candidates
        if c.rank is not None and c.rank.value == 1
    }


@pytest.mark.parametrize("wording", _WORDINGS)
def test_an_earlier_win_is_that_years_first_place(wording: str) -> None:
    text = _LEAD + wording.format(name="Thelma Walker")
    article = _read(text)
    firsts = _earlier_firsts(article)
    assert ("Colne Valley", "uk-ge-2017") in firsts, text
    fig = firsts["Colne Valley", "uk-ge-2017"]
    assert fig.grounds is not None
    assert fig.grounds.certain, fig.grounds
    assert "2017" in fig.grounds.election
    # The earlier win never joins this election's contest: McCartney won it.
    assert _this_elections_winner(article) == {"Jason McCartney"}, text
    assert [f for f in findings_of(text, "uk-ge-2019") if "first" in f.message] == [], text


@pytest.mark.parametrize("wording", _WORDINGS)
def test_an_earlier_win_said_of_that_years_runner_up_warns(wording: str) -> None:
    text = _LEAD + wording.format(name="Jason McCartney")
    fired = [f for f in findings_of(text, "uk-ge-2019") if "finished second" in f.message]
    assert [f.severity for f in fired] == [Severity.WARNING], text
    assert "Thelma Walker" in fired[0].message


def test_he_or_she_before_the_words_is_the_one_person_named_loosely() -> None:
    text = _LEAD + "Thelma Walker conceded in the seat she had held since 2017."
    fig = _earlier_firsts(_read(text))["Colne Valley", "uk-ge-2017"]
    assert fig.grounds is not None
    assert "subject" in fig.grounds.loose


@pytest.mark.parametrize(
    "sentence",
    [
        # Not a general election's win, or this election's, or no person's.
        "Thelma Walker was elected to the council in 2015.",
        "Thelma Walker was elected leader of the group in 2015.",
        "Thelma Walker won 500 votes in 2015.",
        "Thelma Walker took part in 2015.",
        "Thelma Walker has held the seat since 2012.",
        "Thelma Walker, who was elected in 2019, spoke.",
        "The seat had been held by Labour since 2017.",
        "Thelma Walker had held the seat for ten years.",
    ],
)
def test_no_earlier_win_is_read(sentence: str) -> None:
    text = _LEAD + sentence
    assert _earlier_firsts(_read(text)) == {}, text


def test_a_person_in_another_seat_takes_no_seat_carried_in() -> None:
    # "Anna Soubry, Labour MP since 2017" in a story about Colne Valley: the story's seat may
    # be another's, and she was placed in none.
    text = _LEAD + "Anna Soubry, the Conservative MP since 2010, spoke."
    assert _earlier_firsts(_read(text)) == {}, text


def test_a_seat_first_contested_in_2024_is_not_the_earlier_one() -> None:
    text = (
        "Broadland and Fakenham\n\nJerome Mayhew held Broadland and Fakenham with 16,322 "
        "votes.\n\nJerome Mayhew has been the MP for Broadland and Fakenham since 2019."
    )
    assert _earlier_firsts(_read(text, "uk-ge-2024")) == {}, text


def test_a_claim_of_this_election_never_joins_a_dated_contest() -> None:
    # The dated contest (Broadland, 2019) is the only one of that name: a majority's direction
    # said with no seat of this election's own must not be judged as 2019's change.
    text = (
        "Broadland and Fakenham\n\nJerome Mayhew held Broadland and Fakenham with 16,322 "
        "votes.\n\nThe seat was held by Jerome Mayhew, who won in 2019, when it was named "
        "Broadland.\n\nThe Conservative majority was reduced."
    )
    firsts = _earlier_firsts(_read(text, "uk-ge-2024"))
    assert ("Broadland", "uk-ge-2019") in firsts
    fired = findings_of(text, "uk-ge-2024", rule="change-direction-mismatch")
    assert fired == [], [f.message for f in fired]


_GENERAL_ELECTIONS = {1945, 1950, 1951, 1955, 1959, 1964, 1966, 1970, 1974, 1979, 1983, 1987}
_GENERAL_ELECTIONS |= {1992, 1997, 2001, 2005, 2010, 2015, 2017, 2019, 2024}


@settings(max_examples=40, deadline=None)
@given(year=st.integers(min_value=1900, max_value=2030))
def test_only_an_earlier_general_elections_year_makes_a_first_place(year: int) -> None:
    text = _LEAD + f"Thelma Walker had held the seat since {year}."
    firsts = _earlier_firsts(_read(text))
    expected = year in _GENERAL_ELECTIONS and year < 2019
    assert (("Colne Valley", f"uk-ge-{year}") in firsts) is expected, text
    assert all(election != "uk-ge-2019" for _, election in firsts)
