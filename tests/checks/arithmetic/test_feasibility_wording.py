"""The bounds a contest's figures put on its valid-vote total, read directly. Pinned after
a mutation run of feasibility.py (docs/testing.md)."""

from __future__ import annotations

from factcheck.checks.arithmetic.feasibility import Bound, bounds, has_agreed_total
from factcheck.intervals import Interval
from factcheck.models import CandidateResult, ContestResult, Figure


def _contest(*votes: int | None, complete: bool) -> ContestResult:
    return ContestResult(
        name="Ward",
        complete=complete,
        candidates=tuple(
            CandidateResult(
                name=f"C{i}",
                votes=Figure.count(v) if v is not None else None,
                share=None if v is not None else Figure.percentage("10.0"),
            )
            for i, v in enumerate(votes)
        ),
    )


def test_a_complete_list_of_counts_fixes_the_total_at_their_sum() -> None:
    assert bounds(_contest(500, 300, complete=True), "half-up") == [
        Bound(Interval.point(800), "complete")
    ]


def test_a_complete_list_with_a_candidate_uncounted_sets_only_a_floor() -> None:
    assert bounds(_contest(500, None, 300, complete=True), "half-up") == [
        Bound(Interval.at_least(800), "sum")
    ]


def test_a_partial_list_sets_a_floor_at_its_sum() -> None:
    assert bounds(_contest(500, 300, complete=False), "half-up") == [
        Bound(Interval.at_least(800), "sum")
    ]


def test_an_uncounted_candidate_leaves_a_complete_list_open_to_any_total_above_the_sum() -> None:
    # 500 votes as 40.0% needs a total of about 1,250; the counted 800 of a list missing a
    # count does not fix the total, so the figures agree.
    contest = ContestResult(
        name="Ward",
        complete=True,
        candidates=(
            CandidateResult(name="A", votes=Figure.count(500), share=Figure.percentage("40.0")),
            CandidateResult(name="B", votes=Figure.count(300)),
            CandidateResult(name="C", share=Figure.percentage("10.0")),
        ),
    )
    assert has_agreed_total(contest, "half-up")
    counted = contest.model_copy(update={"candidates": contest.candidates[:2]})
    assert not has_agreed_total(counted, "half-up")
