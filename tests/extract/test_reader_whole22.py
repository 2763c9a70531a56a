"""The twenty-second session's whole-module mutation runs of the reader (docs/testing.md,
"Session 22"): each test pins a behaviour that a mutant of a reader module changed and no
existing test caught.

The sentences are written here in the patterns of the committed examples; none is copied
from an article.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.extract.reader import read_prose
from factcheck.models import Article, CandidateResult, Document


def _article(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _ranks(text: str) -> dict[tuple[str | None, str], Decimal]:
    """(seat, person) -> the place read for them."""
    return {
        (k.name, c.name): c.rank.value
        for k in _article(text).contests
        for c in k.candidates
        if c.rank is not None
    }


def _candidate(article: Article, seat: str, name: str) -> CandidateResult:
    (contest,) = [k for k in article.contests if k.name == seat]
    (cand,) = [c for c in contest.candidates if c.name == name]
    return cand


# -- claims/ranks.py ------------------------------------------------------------------------


def test_a_place_someone_only_hoped_for_is_not_read_as_theirs() -> None:
    # A placing verb earlier in the sentence is someone else's; the ordinal after "hoped to
    # be" is no result, and John Brown is no name right before it.
    text = (
        "In Gower, Labour's Jane Smith came fourth with 5,232 votes, ahead of Tory John "
        "Brown, who had hoped to be second."
    )
    assert _ranks(text) == {("Gower", "Jane Smith"): 4}


def test_a_place_in_another_seat_is_not_given_to_a_candidate_read_in_this_one() -> None:
    text = "In Gower, Labour's Jane Smith polled 10,232 votes.\n\nJane Smith came second in Neath."
    article = _article(text)
    smith = _candidate(article, "Gower", "Jane Smith")
    assert smith.votes is not None
    assert smith.rank is None


def test_a_place_in_the_seat_a_candidate_was_read_in_is_theirs() -> None:
    text = "In Gower, Labour's Jane Smith polled 10,232 votes.\n\nJane Smith came second in Gower."
    smith = _candidate(_article(text), "Gower", "Jane Smith")
    assert smith.rank is not None
    assert smith.rank.value == 2
    assert smith.rank.grounds is not None
    assert smith.rank.grounds.seat == "Gower, named in the sentence"
