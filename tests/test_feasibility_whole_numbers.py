"""The whole-number test of whether a contest's figures agree gives the interval answer."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.arithmetic.feasibility import agreed, bounds, has_agreed_total
from factcheck.intervals import Rounding
from factcheck.models import CandidateResult, ContestResult, Figure, Unit
from factcheck.strategies import Perturbation, contest_results, perturbations

_ROUNDINGS: list[Rounding] = ["half-up", "half-even", "any"]


def _slow(contest: ContestResult, rounding: Rounding) -> bool:
    return agreed(bounds(contest, rounding)).has_integer()


@given(contest_results(), st.sampled_from(_ROUNDINGS))
def test_consistent_contests(contest: ContestResult, rounding: Rounding) -> None:
    assert has_agreed_total(contest, rounding) == _slow(contest, rounding)


@given(perturbations(), st.sampled_from(_ROUNDINGS))
def test_contests_with_one_figure_moved(p: Perturbation, rounding: Rounding) -> None:
    contest = p.contest
    assert has_agreed_total(contest, rounding) == _slow(contest, rounding)


# Any figures at all: zero, negative or huge counts; shares of zero, over 100 or below zero,
# written to 0-3 places; exact or rounded counts; a stated total or none; complete or not.
_SHARES = st.builds(
    lambda n, places: Figure.percentage(str(Decimal(n).scaleb(-places))),
    st.integers(-2_000, 160_000),
    st.integers(0, 3),
)
_COUNTS = st.builds(
    lambda v, exact: Figure(text=str(v), value=Decimal(v), unit=Unit.VOTES, exact=exact),
    st.integers(-50, 120_000) | st.sampled_from([0, 1, 2, 3, 100, 1000]),
    st.booleans(),
)
_CANDIDATES = st.builds(
    lambda k, votes, share: CandidateResult(name=f"C{k}", votes=votes, share=share),
    st.integers(0, 99),
    st.none() | _COUNTS,
    st.none() | _SHARES,
)


@given(
    st.lists(_CANDIDATES, max_size=6),
    st.none() | _COUNTS,
    st.none() | st.booleans(),
    st.sampled_from(_ROUNDINGS),
)
def test_any_figures(
    candidates: list[CandidateResult],
    total: Figure | None,
    complete: bool | None,
    rounding: Rounding,
) -> None:
    contest = ContestResult(
        name="Anytown", candidates=tuple(candidates), valid_votes=total, complete=complete
    )
    assert has_agreed_total(contest, rounding) == _slow(contest, rounding)


def test_a_share_that_only_fits_one_total() -> None:
    # 1 vote of 3 is 33.3% (half-up), and 1 of 4 is not: the two figures pin the total.
    one = CandidateResult(name="A", votes=Figure.count(1), share=Figure.percentage("33.3"))
    assert has_agreed_total(ContestResult(name="X", candidates=(one,)), "half-up")
    pinned = ContestResult(name="X", candidates=(one,), valid_votes=Figure.count(4))
    assert not has_agreed_total(pinned, "half-up")


@given(
    st.integers(1, 5_000),
    st.sampled_from([1, 2, 4, 5, 8, 10, 16, 20, 25, 40, 50, 80, 100, 200, 400, 1000, 2000]),
    st.integers(0, 2),
    st.booleans(),
    st.sampled_from(_ROUNDINGS),
)
def test_totals_on_a_rounding_boundary(
    votes: int, total: int, places: int, above: bool, rounding: Rounding
) -> None:
    # The share is written so that 100·votes/total is exactly one end of its rounding
    # interval: whether that total fits turns on the end being open or closed.
    exact = Decimal(100 * votes) / Decimal(total)
    half = Decimal(5).scaleb(-places - 1)
    written = (exact - half if above else exact + half).quantize(Decimal(1).scaleb(-places))
    if written - (-half if above else half) != exact or written < 0:
        return  # the share cannot be written to this many places with that end
    cand = CandidateResult(
        name="A", votes=Figure.count(votes), share=Figure.percentage(str(written))
    )
    for stated in (None, Figure.count(total)):
        contest = ContestResult(name="X", candidates=(cand,), valid_votes=stated)
        assert has_agreed_total(contest, rounding) == _slow(contest, rounding)


def test_an_open_end_excludes_the_total_on_it() -> None:
    # 667 of 2,000 is 33.35%, which rounds half-up to 33.4: a stated 33.3 excludes 2,000.
    cand = CandidateResult(name="A", votes=Figure.count(667), share=Figure.percentage("33.3"))
    contest = ContestResult(name="X", candidates=(cand,), valid_votes=Figure.count(2000))
    assert not has_agreed_total(contest, "half-up")
    assert has_agreed_total(contest, "any")


@given(
    st.lists(_SHARES | st.builds(Figure.count, st.integers(0, 200), st.just(Unit.PERCENT)),
             min_size=1, max_size=8),
    st.sampled_from(_ROUNDINGS),
)  # fmt: skip
def test_lowest_sum_of_shares_over_100_is_the_interval_sum(
    shares: list[Figure], rounding: Rounding
) -> None:
    from factcheck.checks.arithmetic.shares_exceed_total import _lowest_sum_over_100
    from factcheck.intervals import Interval

    intervals = [s.interval(rounding) for s in shares]
    total = Interval.point(0)
    for iv in intervals:
        total = total + iv
    assert _lowest_sum_over_100(intervals) == total.entirely_above(Interval.point(100))


def test_shares_summing_to_exactly_100_at_their_lowest() -> None:
    from factcheck.checks.arithmetic.shares_exceed_total import _lowest_sum_over_100

    # 50.5 and 49.6 are at least 50.45 + 49.55 = 100: half-up, that lowest sum is allowed (a
    # closed end), so the sum is not entirely above 100; half-even, 50.45 would round to the
    # even 50.4, so the sum is above 100; "any" allows both ends.
    shares = [Figure.percentage("50.5"), Figure.percentage("49.6")]
    assert not _lowest_sum_over_100([s.interval("half-up") for s in shares])
    assert _lowest_sum_over_100([s.interval("half-even") for s in shares])
    assert not _lowest_sum_over_100([s.interval("any") for s in shares])
