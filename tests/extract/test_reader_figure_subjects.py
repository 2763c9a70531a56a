"""Whose a figure is when a sentence names two people (issue 8): the one a seat was taken
"from" and a party's owner ("Jeremy Corbyn's party") are not the figure's subject.

Sentences are ours, in the patterns real copy uses; figures are the official ones for the seat
and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import contest_named, findings_in, story_file

from factcheck.extract.reader import read_prose
from factcheck.io.articles import load_article
from factcheck.models import Document


def _errors(path: Path) -> list[tuple[str, str | None]]:
    """Errors and warnings: a lone figure against the record is a warning unless something
    else the story says of the seat is borne out (corroboration)."""
    return [(f.name, f.text) for f in findings_in(path) if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize(("share", "fires"), [("44%", False), ("47%", True)])
def test_a_figure_after_the_one_a_seat_was_taken_from_is_the_winners(
    tmp_path: Path, share: str, fires: bool
) -> None:
    story = (
        "Labour's Alex Sobel took the Leeds North West seat from Greg Mulholland with a"
        f" majority of 4,224 and {share} of the vote."
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    seat = contest_named(load_article(path), "Leeds North West")
    shares = {c.name: c.share.text for c in seat.candidates if c.share is not None}
    assert shares == {"Alex Sobel": share.rstrip("%")}
    assert seat.majority is not None
    assert seat.majority.text == "4,224"
    assert _errors(path) == ([("reference-mismatch", share)] if fires else [])


def test_the_loser_keeps_a_figure_of_their_own_clause() -> None:
    text = (
        "In Leeds North West, Alex Sobel took the seat from Greg Mulholland, who polled 18,659"
        " votes."
    )
    seat = contest_named(read_prose(Document(path="s.txt", text=text)), "Leeds North West")
    votes = {c.name: c.votes.text for c in seat.candidates if c.votes is not None}
    assert votes == {"Greg Mulholland": "18,659"}


@pytest.mark.parametrize(("count", "fires"), [("19,101", False), ("19,110", True)])
def test_a_person_named_for_their_party_is_not_the_figures_subject(
    tmp_path: Path, count: str, fires: bool
) -> None:
    story = (
        "In Rutherglen and Hamilton West, Gerard Killen claimed the seat for Jeremy Corbyn's"
        f" party by winning {count} votes."
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    seat = contest_named(load_article(path), "Rutherglen and Hamilton West")
    votes = {c.name: c.votes.text for c in seat.candidates if c.votes is not None}
    assert votes == {"Gerard Killen": count}
    assert _errors(path) == ([("reference-mismatch", count)] if fires else [])


_PAIRS = [("Anna Ashworth", "Brian Okafor"), ("Chloe Treharne", "David Lindqvist")]
_VERBS = ["took the seat from", "won the seat from", "gained Gower from", "seized the seat from"]


@settings(max_examples=50, deadline=None)
@given(
    pair=st.sampled_from(_PAIRS),
    verb=st.sampled_from(_VERBS),
    tenths=st.integers(100, 799),
    majority=st.integers(100, 29_999),
)
def test_generated_seats_taken_from_someone_give_the_winner_the_figure(
    pair: tuple[str, str], verb: str, tenths: int, majority: int
) -> None:
    winner, loser = pair
    p = f"{tenths / 10:.1f}"
    text = (
        f"In Gower, {winner} {verb} {loser} with a majority of {majority:,} and {p}% of the vote."
    )
    seat = contest_named(read_prose(Document(path="s.txt", text=text)), "Gower")
    shares = {c.name: c.share.text for c in seat.candidates if c.share is not None}
    assert shares == {winner: p}
    assert seat.majority is not None
    assert seat.majority.value == majority
