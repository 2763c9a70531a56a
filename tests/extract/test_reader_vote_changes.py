"""Votes lost or added are a change of the vote, never the votes won (issue 8).

Sentences are ours, in the patterns real copy uses: "he lost 8,920 votes and came second with
23,563", "her support fell by about 6,000 to 18,478", "gaining an extra 10,000 votes". Figures
are the official ones for the seat and year named; each "wrong" variant changes one as a slip
would, and the record-based rule must then fire on the level the change ends at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import candidate_named, contest_named, findings_in, story_file

from factcheck.extract.reader import read_prose
from factcheck.io.articles import load_article
from factcheck.models import Article, ChangeClaim, Direction, Document, Quantity, Unit


def _changes(article: Article) -> list[ChangeClaim]:
    return [c for c in article.claims if isinstance(c, ChangeClaim)]


def _errors(path: Path) -> list[tuple[str, str | None]]:
    """Errors and warnings: a lone figure against the record is a warning unless something
    else the story says of the seat is borne out (corroboration)."""
    return [(f.name, f.text) for f in findings_in(path) if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize(("second", "fires"), [("23,563", False), ("23,653", True)])
def test_votes_lost_are_a_change_and_the_placing_count_is_the_vote(
    tmp_path: Path, second: str, fires: bool
) -> None:
    story = (
        "In Twickenham, Vince Cable's majority crumbled as he lost 8,920 votes and came"
        f" second with {second}."
    )
    path = story_file(tmp_path, story, "uk-ge-2015")
    article = load_article(path)
    cable = candidate_named(contest_named(article, "Twickenham"), "Vince Cable")
    assert cable.votes is not None
    assert cable.votes.text == second  # never the 8,920 lost
    # "his majority crumbled" is the majority's own change, down, with no figure
    (crumbled,) = [c for c in _changes(article) if c.quantity is Quantity.MAJORITY]
    assert (crumbled.direction, crumbled.amount) == (Direction.DOWN, None)
    (change,) = [c for c in _changes(article) if c.quantity is not Quantity.MAJORITY]
    assert (change.quantity, change.direction, change.candidate) == (
        Quantity.VOTES,
        Direction.DOWN,
        "Vince Cable",
    )
    assert change.amount is not None
    assert (change.amount.text, change.amount.unit) == ("8,920", Unit.VOTES)
    assert _errors(path) == ([("reference-mismatch", second)] if fires else [])


@pytest.mark.parametrize(("level", "fires"), [("18,478", False), ("18,487", True)])
def test_support_falling_to_a_count_ends_at_the_persons_votes(
    tmp_path: Path, level: str, fires: bool
) -> None:
    story = (
        "Douglas Ross won Moray with 22,637 votes. Meanwhile, Angus Robertson's support fell by"
        f" about 6,000 to {level}."
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    article = load_article(path)
    robertson = candidate_named(contest_named(article, "Moray"), "Angus Robertson")
    assert robertson.votes is not None
    assert robertson.votes.text == level
    (change,) = _changes(article)
    assert (change.quantity, change.direction) == (Quantity.VOTES, Direction.DOWN)
    assert _errors(path) == ([("reference-mismatch", level)] if fires else [])


def test_support_falling_in_per_cent_stays_a_share() -> None:
    text = "In Moray, Angus Robertson's support fell by 5.2 per cent."
    (change,) = _changes(read_prose(Document(path="s.txt", text=text)))
    assert change.quantity is Quantity.SHARE


def test_votes_won_stay_a_level() -> None:
    text = "In Moray, Angus Robertson gained 18,478 votes."
    article = read_prose(Document(path="s.txt", text=text))
    assert _changes(article) == []
    robertson = candidate_named(contest_named(article, "Moray"), "Angus Robertson")
    assert robertson.votes is not None
    assert robertson.votes.text == "18,478"


_PEOPLE = ["Anna Ashworth", "Brian Okafor", "Chloe Treharne"]
_SEATS = ["Gower", "Sevenoaks", "Wrexham", "Moray", "Putney"]
_PHRASINGS = [  # after the winner's sentence, which names the seat
    # (sentence, direction, is the level given?)
    ("{name} lost {d} votes and came second with {n}.", Direction.DOWN, True),
    ("{name}'s support fell by {d} to {n}.", Direction.DOWN, True),
    ("{name} came second, gaining an extra {d} votes.", Direction.UP, False),
    ("{name} came second, losing {d} votes.", Direction.DOWN, False),
]


@settings(max_examples=60, deadline=None)
@given(
    seat=st.sampled_from(_SEATS),
    name=st.sampled_from(_PEOPLE),
    d=st.integers(101, 9_999),
    n=st.integers(10_000, 49_999),
    phrasing=st.sampled_from(_PHRASINGS),
)
def test_generated_vote_changes_are_read_back(
    seat: str, name: str, d: int, n: int, phrasing: tuple[str, Direction, bool]
) -> None:
    sentence, way, has_level = phrasing
    # The winner's sentence first: copy gives the result before the runner-up's change.
    text = f"Zara Quinn won {seat} with 50,001 votes. " + sentence.format(
        name=name, d=f"{d:,}", n=f"{n:,}"
    )
    article = read_prose(Document(path="s.txt", text=text))
    (change,) = _changes(article)
    assert (change.quantity, change.direction, change.candidate) == (Quantity.VOTES, way, name)
    assert change.contest == seat
    assert change.amount is not None
    assert change.amount.value == d
    assert change.amount.unit is Unit.VOTES
    votes = {
        c.name: c.votes.value for k in article.contests for c in k.candidates if c.votes is not None
    }
    assert votes == ({"Zara Quinn": 50_001, name: n} if has_level else {"Zara Quinn": 50_001})
