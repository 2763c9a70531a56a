"""Majorities written as results tables and cards write them (issue 8, thirteenth session):
the abbreviation ("Lab maj 810", "Maj of 536"), a card's label alone on the line above its
figure ("LAB majority" over "11,503"), and a majority in brackets on the winner's line of a
results list ("Theo Clarke, Conservative - 29,992 (majority 14,377)"), which the list's line
reading no longer takes as a second count of the winner's.

Sentences are ours, in the shapes seen in stories of several outlets; figures are the
official ones for the seat and year named, and a wrong variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

_WORDINGS = [
    # (story with {n} for the majority, seat, election, official majority)
    ("Dave Robertson held Lichfield.\nLab maj {n} (1.65%)\n", "Lichfield", "uk-ge-2024", 810),
    ("Jackie Doyle-Price held Thurrock. Maj of {n}.", "Thurrock", "uk-ge-2015", 536),
    (
        "Alan Whitehead held Southampton, Test.\nLAB majority\n{n}\nTurnout\n",
        "Southampton, Test",
        "uk-ge-2017",
        11_503,
    ),
    (
        "Stafford - Conservative hold\nTheo Clarke, Conservative - 29,992 (majority {n})\n"
        "Joyce Still, Labour - 15,615\n",
        "Stafford",
        "uk-ge-2019",
        14_377,
    ),
]


def _majority(text: str, seat: str) -> str | None:
    found = [
        c.majority.text
        for c in article_of(text).contests
        if c.name == seat and not c.dated and c.majority is not None
    ]
    return found[0] if found else None


@pytest.mark.parametrize(("wording", "seat", "election", "official"), _WORDINGS)
def test_the_majority_is_read_and_silent_when_right(
    wording: str, seat: str, election: str, official: int
) -> None:
    text = wording.format(n=f"{official:,}")
    assert _majority(text, seat) == f"{official:,}"
    assert [f.text for f in findings_of(text, election)] == []


@pytest.mark.parametrize(("wording", "seat", "election", "official"), _WORDINGS)
@settings(max_examples=6, deadline=None)
# (A majority ending in "00" stands for every count it rounds: only unrounded slips are drawn.)
@given(slip=st.integers(min_value=1, max_value=89).filter(lambda n: n % 10 != 0))
def test_a_wrong_majority_fires(
    wording: str, seat: str, election: str, official: int, slip: int
) -> None:
    # (A sum that ends in "00", 14,377 + 23, is a rounding of the official count: not drawn.)
    assume((official + slip) % 100 != 0)
    wrong = f"{official + slip:,}"
    text = wording.format(n=wrong)
    assert _majority(text, seat) == wrong
    assert [f.text for f in findings_of(text, election)] == [wrong]


def test_the_winners_count_on_the_line_stays_their_votes() -> None:
    text = _WORDINGS[3][0].format(n="14,377")
    (seat,) = [c for c in article_of(text).contests if c.name == "Stafford" and not c.dated]
    votes = {c.name: c.votes.text for c in seat.candidates if c.votes is not None}
    assert votes["Theo Clarke"] == "29,992"


def test_a_rank_abbreviated_maj_is_no_majority() -> None:
    text = "Jackie Doyle-Price held Thurrock. Maj Gen 1,500 veterans marched."
    assert _majority(text, "Thurrock") is None
