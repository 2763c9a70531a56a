"""A lead said of someone of another party than the seat's winner is no majority
(twenty-second session, docs/accuracy.md).

"X was N votes ahead of Y" makes N the seat's majority, and Y second, only when X won. When
the story has already given the seat to another party by a hold or a gain, and X, opening the
sentence, is named with a party of their own, N is a gap between losers: it is not read as
the majority, and Y is given no place. Every sentence is ours.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from story_files import article_of, candidate_named, contest_named

from factcheck.models import ContestResult

HOLD = "Labour hold Wansbeck seat\n\n"
LOSERS = (
    "The Conservatives' Anna Brown was {n} votes ahead of the Liberal Democrats' Tom Green "
    "in Wansbeck."
)
WINNER = "Labour's Ian Lavery was {n} votes ahead of the Conservatives' Anna Brown."


def _wansbeck(text: str) -> ContestResult | None:
    return next((c for c in article_of(text).contests if c.name == "Wansbeck"), None)


def test_a_gap_between_losers_is_not_the_majority() -> None:
    contest = _wansbeck(HOLD + LOSERS.format(n="2,310"))
    assert contest is None or (
        contest.majority is None and all(c.rank is None for c in contest.candidates)
    )


def test_the_winners_lead_is_the_majority_and_the_one_behind_is_second() -> None:
    contest = contest_named(article_of(HOLD + WINNER.format(n="10,435")), "Wansbeck")
    assert contest.majority is not None
    assert contest.majority.text == "10,435"
    rank = candidate_named(contest, "Anna Brown").rank
    assert rank is not None
    assert rank.value == 2


def test_without_the_hold_the_lead_is_read_as_before() -> None:
    # Nothing says who won: the lead is the majority, as the wording has it.
    contest = contest_named(article_of(LOSERS.format(n="2,310")), "Wansbeck")
    assert contest.majority is not None
    assert contest.majority.text == "2,310"
    rank = candidate_named(contest, "Tom Green").rank
    assert rank is not None
    assert rank.value == 2


@given(st.integers(min_value=100, max_value=29_999))
def test_any_gap_between_losers_is_left_alone(n: int) -> None:
    contest = _wansbeck(HOLD + LOSERS.format(n=f"{n:,}"))
    assert contest is None or contest.majority is None
