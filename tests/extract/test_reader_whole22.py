"""The twenty-second session's whole-module mutation runs of the reader (docs/testing.md,
"Session 22"): each test pins a behaviour that a mutant of a reader module changed and no
existing test caught.

The sentences are written here in the patterns of the committed examples; none is copied
from an article.
"""

from __future__ import annotations

from decimal import Decimal

from story_files import article_of

from factcheck.models import (
    Article,
    CandidateResult,
    ChangeClaim,
    Direction,
    Quantity,
    Span,
)


def _ranks(text: str) -> dict[tuple[str | None, str], Decimal]:
    """(seat, person) -> the place read for them."""
    return {
        (k.name, c.name): c.rank.value
        for k in article_of(text).contests
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
    article = article_of(text)
    smith = _candidate(article, "Gower", "Jane Smith")
    assert smith.votes is not None
    assert smith.rank is None


def test_a_place_in_the_seat_a_candidate_was_read_in_is_theirs() -> None:
    text = "In Gower, Labour's Jane Smith polled 10,232 votes.\n\nJane Smith came second in Gower."
    smith = _candidate(article_of(text), "Gower", "Jane Smith")
    assert smith.rank is not None
    assert smith.rank.value == 2
    assert smith.rank.grounds is not None
    assert smith.rank.grounds.seat == "Gower, named in the sentence"


def test_a_placing_right_after_a_name_that_was_introduces_is_theirs() -> None:
    text = (
        "In Gower, Labour's Jane Smith polled 20,100 votes and Tory John Brown 15,000.\n\n"
        "At the count it was Jane Smith first and John Brown second."
    )
    smith = _candidate(article_of(text), "Gower", "Jane Smith")
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
    smith = _candidate(article_of(text), "Gower", "Jane Smith")
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


def _rank_change(text: str) -> ChangeClaim:
    (change,) = [
        c
        for c in article_of(text).claims
        if isinstance(c, ChangeClaim) and c.quantity is Quantity.RANK
    ]
    return change


def test_a_drop_from_one_place_to_another_is_read_whole() -> None:
    lead = "In Gower, Labour's Jane Smith polled 10,100 votes.\n\n"
    text = lead + "Jane Smith dropped from third to fifth."
    change = _rank_change(text)
    assert change.contest == "Gower"
    assert change.candidate == "Jane Smith"
    assert change.direction is Direction.DOWN
    assert change.direction_text == "dropped"
    at = text.index("dropped")
    assert change.direction_span == Span(start=at, end=at + len("dropped"))
    assert change.span == Span(start=at, end=text.index("fifth") + len("fifth"))
    assert not change.quoted
    for fig, place in ((change.previous, 3), (change.current, 5)):
        assert fig is not None
        assert fig.value == place
        assert fig.grounds is not None
        assert fig.grounds.what == "“from … to” placings"
        assert fig.grounds.subject == "Jane Smith, the only person named before it in the sentence"
    smith = _candidate(article_of(text), "Gower", "Jane Smith")
    assert smith.rank is not None
    assert smith.rank.value == 5
    assert smith.restated == ()


def test_a_drop_from_one_place_to_another_in_a_quote_is_marked_quoted() -> None:
    lead = "In Gower, Labour's Jane Smith polled 10,100 votes.\n\n"
    change = _rank_change(lead + 'Jane Smith said: "I dropped from third to fifth."')
    assert change.quoted


def test_a_place_dropped_from_with_no_place_after_it_is_left_unread() -> None:
    text = "In Gower, Labour's Jane Smith polled 10,100 votes.\n\nJane Smith dropped from third."
    smith = _candidate(article_of(text), "Gower", "Jane Smith")
    assert smith.votes is not None
    assert smith.rank is None


def test_a_count_before_a_drop_from_one_place_to_another_is_still_read() -> None:
    text = "In Gower, Labour's Jane Smith polled 10,100 votes and dropped from third to fifth."
    smith = _candidate(article_of(text), "Gower", "Jane Smith")
    assert smith.votes is not None
    assert smith.votes.value == 10100
    assert smith.rank is not None
    assert smith.rank.value == 5


def test_the_same_placing_said_again_is_kept_as_said_again() -> None:
    lead = "In Gower, Labour's Jane Smith came second with 10,100 votes.\n\n"
    smith = _candidate(article_of(lead + "Jane Smith came second."), "Gower", "Jane Smith")
    assert smith.rank is not None
    assert smith.rank.value == 2
    (again,) = [r for r in smith.restated if r.unit.value == "rank"]
    assert again.value == 2
    assert again.grounds is not None
    assert again.grounds.what == "a placing verb before it"
    assert again.grounds.subject == "Jane Smith, the only person named before it in the sentence"
    # Another placing later is not the same one said again.
    other = _candidate(article_of(lead + "Jane Smith came third."), "Gower", "Jane Smith")
    assert [r for r in other.restated if r.unit.value == "rank"] == []


def test_a_placing_verb_before_the_ordinal_names_its_grounds() -> None:
    smith = _candidate(
        article_of("In Gower, Labour's Jane Smith came second with 10,100 votes."),
        "Gower",
        "Jane Smith",
    )
    assert smith.rank is not None
    assert smith.rank.grounds is not None
    assert smith.rank.grounds.what == "a placing verb before it"


def test_a_rival_beaten_into_a_place_in_an_earlier_year_is_not_placed_now() -> None:
    lead = "In Gower, Labour's Jane Smith polled 20,100 votes and Tory John Brown 15,000.\n\n"
    assert ("Gower", "John Brown") not in _ranks(
        lead + "In 2017 Jane Smith beat John Brown into third place."
    )
    now = _candidate(
        article_of(lead + "Jane Smith beat John Brown into third place."), "Gower", "John Brown"
    )
    assert now.rank is not None
    assert now.rank.value == 3
    assert now.rank.grounds is not None
    assert now.rank.grounds.what == "“beat … into” a placing"


def test_a_place_opening_a_sentence_dated_to_an_earlier_year_places_nobody_now() -> None:
    lead = "In Gower, Labour's Jane Smith polled 20,100 votes.\n\n"
    assert ("Gower", "John Brown") not in _ranks(
        lead + "In 2017, in second place was Tory John Brown."
    )
    now = _ranks(lead + "In second place was Tory John Brown.")
    assert now[("Gower", "John Brown")] == 2
