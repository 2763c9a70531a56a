"""The bounds a contest's figures put on its valid-vote total, read directly. Pinned after
a mutation run of feasibility.py (docs/testing.md)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.arithmetic.feasibility import (
    Bound,
    Consensus,
    Kind,
    agreed,
    bounds,
    consensus,
    has_agreed_total,
    implied_total,
    votes_range,
)
from factcheck.intervals import Interval
from factcheck.models import CandidateResult, ContestResult, Figure, Unit


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


# -- the totals one (votes, share) pair allows --------------------------------------------------

F = Fraction
NO_TOTAL = Interval(F(1), F(0))


def _share(text: str, rounding: str = "half-up") -> Interval:
    return Figure.percentage(text).interval(rounding)  # type: ignore[arg-type]


def test_no_votes_fit_any_positive_total_when_the_share_allows_nought() -> None:
    assert implied_total(0, _share("0")) == Interval.at_least(0, strict=True)


def test_no_votes_fit_no_total_when_the_share_is_above_nought() -> None:
    assert implied_total(0, _share("5")) == NO_TOTAL
    assert implied_total(0, _share("5")).is_empty


def test_some_votes_fit_no_total_at_an_exact_share_of_nought() -> None:
    nought = Figure(text="0", value=Decimal(0), unit=Unit.PERCENT, exact=True)
    assert implied_total(5, nought.interval("half-up")) == NO_TOTAL
    contest = ContestResult(
        name="Ward", candidates=(CandidateResult(name="A", votes=Figure.count(5), share=nought),)
    )
    assert not has_agreed_total(contest, "half-up")


def test_some_votes_at_a_share_rounding_to_nought_need_a_large_enough_total() -> None:
    # 5 votes under 0.5% need more than 1,000 valid votes; under half-even, 0.5% rounds to 0
    # too, so 1,000 itself will do.
    assert implied_total(5, _share("0")) == Interval(F(1000), None, False, False)
    assert implied_total(5, _share("0", "half-even")) == Interval(F(1000), None, True, False)


def test_a_share_under_one_per_cent_still_caps_the_total() -> None:
    # 5 votes at [0.45, 0.55)% need a total in (909.09..., 1,111.11...].
    assert implied_total(5, _share("0.5")) == Interval(
        F(500, 55) * 100, F(1000000, 900), False, True
    )
    lone = ContestResult(
        name="Ward",
        valid_votes=Figure.count(2000),
        candidates=(CandidateResult(name="A", votes=Figure.count(5), share=_share_fig("0.5")),),
    )
    assert not has_agreed_total(lone, "half-up")
    assert has_agreed_total(lone.model_copy(update={"valid_votes": Figure.count(1000)}), "half-up")


def _share_fig(text: str) -> Figure:
    return Figure.percentage(text)


def test_a_share_with_no_upper_end_caps_the_total_only_from_its_lower_end() -> None:
    # "at least 30%": 300 votes need a total of at most 1,000, any above nought.
    assert implied_total(300, Interval.at_least(30)) == Interval(F(0), F(1000), False, True)


def test_a_share_rounded_to_nought_does_not_cap_the_total() -> None:
    contest = ContestResult(
        name="Ward",
        valid_votes=Figure.count(5000),
        candidates=(CandidateResult(name="A", votes=Figure.count(5), share=_share_fig("0")),),
    )
    assert has_agreed_total(contest, "half-up")


def test_an_open_lower_end_excludes_the_total_that_would_land_on_it() -> None:
    # Under half-even, 13% is (12.5, 13.5): 5 votes need a total above 37.04 and below 40, so
    # 38 or 39 (5 of 39 is 12.82%); 40 would make it exactly 12.5%, which rounds to 12.
    def five_of(total: int) -> ContestResult:
        return ContestResult(
            name="Ward",
            valid_votes=Figure.count(total),
            candidates=(CandidateResult(name="A", votes=Figure.count(5), share=_share_fig("13")),),
        )

    assert [t for t in range(36, 42) if has_agreed_total(five_of(t), "half-even")] == [38, 39]


def test_a_candidate_with_no_votes_does_not_end_the_reckoning() -> None:
    # A's nought at 0.0% agrees with any total; B's 600 at 60.0% needs 1,000 and C's 400 at
    # 50.0% needs 800: they do not agree.
    contest = ContestResult(
        name="Ward",
        candidates=(
            CandidateResult(name="A", votes=Figure.count(0), share=_share_fig("0.0")),
            CandidateResult(name="B", votes=Figure.count(600), share=_share_fig("60.0")),
            CandidateResult(name="C", votes=Figure.count(400), share=_share_fig("50.0")),
        ),
    )
    assert not has_agreed_total(contest, "half-up")


def test_the_totals_every_bound_allows_are_above_nought() -> None:
    assert agreed([]) == Interval.at_least(0, strict=True)
    assert 0 not in agreed([Bound(Interval.at_least(0), "sum")])


def test_the_votes_a_share_with_no_upper_end_fits_are_not_counted() -> None:
    assert votes_range(Interval.at_least(30), (1000, 1000)) is None
    assert votes_range(_share("30.0"), (1000, 1000)) == (300, 300)


# -- the consensus, against checking every whole total one by one ------------------------------


def test_no_bounds_give_an_open_consensus_that_leaves_nothing_out() -> None:
    assert consensus([]) == Consensus(None, Interval.at_least(1), (), False)


def test_a_lone_bound_no_total_meets_is_left_out() -> None:
    lone = Bound(NO_TOTAL, "pair", 0)
    assert consensus([lone]).excluded == (lone,)


def _by_hand(bs: list[Bound]) -> Consensus:
    """The consensus found by trying every whole total from 1 to past the last edge."""
    ends = [e for b in bs for e in (b.interval.lo, b.interval.hi) if e is not None]
    top_t = int(max(ends, default=F(0))) + 3
    sets: list[frozenset[int]] = []
    best = -1
    for t in range(1, top_t + 1):
        members = frozenset(k for k, b in enumerate(bs) if t in b.interval)
        if len(members) > best:
            sets, best = [members], len(members)
        elif len(members) == best and members not in sets:
            sets.append(members)
    if not bs:
        return Consensus(None, Interval.at_least(1), (), False)
    # A stated total or full list is one typed figure: of equally supported sets, keep the one
    # that keeps the most of them (the first found, on a tie).
    kept = [sum(1 for k in s if bs[k].kind in ("total", "complete")) for s in sets]
    top = sets[kept.index(max(kept))]
    region = agreed([bs[k] for k in top]) & Interval.at_least(1)
    totals = region.integers() if region.hi is not None else None
    excluded = tuple(b for k, b in enumerate(bs) if k not in top)
    return Consensus(totals, region, excluded, len(sets) > 1)


_ENDS = st.fractions(min_value=0, max_value=40, max_denominator=4)
_KINDS: tuple[Kind, ...] = ("pair", "total", "sum", "complete")


@st.composite
def _bound(draw: st.DrawFn) -> Bound:
    lo = draw(_ENDS)
    hi = draw(st.one_of(st.none(), _ENDS.map(lambda x: lo + x)))
    return Bound(
        Interval(lo, hi, draw(st.booleans()), hi is not None and draw(st.booleans())),
        draw(st.sampled_from(_KINDS)),
    )


@given(st.lists(_bound(), max_size=6))
def test_the_consensus_is_the_best_supported_set_of_whole_totals(bs: list[Bound]) -> None:
    assert consensus(bs) == _by_hand(bs)


def test_a_stated_total_is_kept_over_pairs_when_as_many_bounds_agree_either_way() -> None:
    pair = Bound(Interval.closed(5, 5), "pair", 0)
    for kind in ("total", "complete"):
        stated = Bound(Interval.closed(9, 9), kind)
        found = consensus([pair, stated])
        assert found.excluded == (pair,)
        assert found.ambiguous
    # Three ways to agree with two bounds each: still unsure.
    a, b, c = (Bound(Interval.closed(x, x + 1), "pair", i) for i, x in enumerate((3, 4, 6)))
    assert consensus([a, b, Bound(Interval.closed(6, 7), "sum"), c]).ambiguous


def test_the_consensus_finds_a_total_of_one_and_totals_at_open_whole_ends() -> None:
    # Only a total of 1 fits (0.5, 1.25].
    one = Bound(Interval(F(1, 2), F(5, 4), False, True), "pair", 0)
    assert consensus([one]) == Consensus((1, 1), Interval(F(1), F(5, 4), True, True), (), False)
    # (5, 6] holds only 6; [5, 7) holds 5 and 6, so it meets the point 6.
    above_five = Bound(Interval(F(5), F(6), False, True), "pair", 0)
    assert consensus([above_five]).totals == (6, 6)
    below_seven = Bound(Interval(F(5), F(7), True, False), "pair", 0)
    six = Bound(Interval.point(6), "total")
    found = consensus([below_seven, six])
    assert (found.totals, found.excluded, found.ambiguous) == ((6, 6), (), False)


def test_votes_at_a_share_from_exactly_nought_need_more_than_the_share_allows() -> None:
    # [0, 0.5): 5 votes need a total above 1,000; no upper limit.
    assert implied_total(5, Interval(F(0), F(1, 2), True, False)) == Interval(
        F(1000), None, False, False
    )
