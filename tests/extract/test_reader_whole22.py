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


def test_a_placing_right_after_a_name_that_was_introduces_is_theirs() -> None:
    text = (
        "In Gower, Labour's Jane Smith polled 20,100 votes and Tory John Brown 15,000.\n\n"
        "At the count it was Jane Smith first and John Brown second."
    )
    smith = _candidate(_article(text), "Gower", "Jane Smith")
    assert smith.rank is not None
    assert smith.rank.value == 1
    assert smith.rank.grounds is not None
    assert smith.rank.grounds.what == "a placing verb before it"


def test_a_place_in_a_survey_of_voters_is_no_placing_in_the_count() -> None:
    # No placing verb, no "was", no "with" before the name: "rated" places nobody.
    text = (
        "In Gower, Labour's Jane Smith won with 20,100 votes. Voters in a survey rated Tory "
        "John Brown second."
    )
    assert ("Gower", "John Brown") not in _ranks(text)


def test_a_placing_verb_after_the_name_does_not_make_its_ordinal_a_placing() -> None:
    # "came fourth" is Mary Jones's, said after the survey's "second".
    text = (
        "In Gower, Labour's Jane Smith won with 20,100 votes. Voters in a survey rated Tory "
        "John Brown second. The Greens' Mary Jones came fourth."
    )
    ranks = _ranks(text)
    assert ("Gower", "John Brown") not in ranks
    assert ranks[("Gower", "Mary Jones")] == 4


def test_a_partys_placing_in_a_race_for_the_leadership_is_not_its_result() -> None:
    text = (
        "In Gower, Labour's Jane Smith polled 10,100 votes.\n\n"
        "Labour came second in the race for the leadership."
    )
    assert _ranks(text) == {}


def test_a_partys_placing_in_an_earlier_year_is_not_its_candidates_now() -> None:
    text = "In Gower, Labour's Jane Smith polled 10,100 votes.\n\nIn 2017 Labour came second."
    assert _ranks(text) == {}
    # Undated, the same placing is the candidate's.
    now = "In Gower, Labour's Jane Smith polled 10,100 votes.\n\nLabour came second."
    assert _ranks(now) == {("Gower", "Jane Smith"): 2}


def test_a_partys_placing_says_it_was_read_from_the_party() -> None:
    text = "In Gower, Labour's Jane Smith polled 10,100 votes.\n\nLabour came second."
    smith = _candidate(_article(text), "Gower", "Jane Smith")
    assert smith.rank is not None
    assert smith.rank.grounds is not None
    assert smith.rank.grounds.what == (
        "a placing of a party: “Labour” as the subject of the placing"
    )


def test_a_persons_placing_in_an_earlier_year_is_not_theirs_now() -> None:
    text = "In Gower, Labour's Jane Smith polled 10,100 votes.\n\nIn 2017 Jane Smith came second."
    assert _ranks(text) == {}
    now = "In Gower, Labour's Jane Smith polled 10,100 votes.\n\nJane Smith came second."
    assert _ranks(now) == {("Gower", "Jane Smith"): 2}
