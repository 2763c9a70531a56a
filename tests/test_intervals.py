"""Exact intervals: what a rounded figure stands for, and arithmetic that never drifts."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import CandidateResult, ContestResult, Figure
from factcheck.intervals import Interval, Rounding, format_number, percent, to_decimal

F = Fraction


def _step(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


# -- what a printed figure stands for -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", Interval(F("4.5"), F("5.5"), True, False)),
        ("67", Interval(F("66.5"), F("67.5"), True, False)),
        ("67.3", Interval(F("67.25"), F("67.35"), True, False)),
        ("67.30", Interval(F("67.295"), F("67.305"), True, False)),
        ("0.2", Interval(F("0.15"), F("0.25"), True, False)),
        # Zero rounds away from zero on both sides under half-up: both edges are open.
        ("0", Interval(F("-0.5"), F("0.5"), False, False)),
        ("0.00", Interval(F("-0.005"), F("0.005"), False, False)),
    ],
)
def test_a_printed_percentage_stands_for_its_half_up_interval(
    text: str, expected: Interval
) -> None:
    assert Figure.percentage(text).interval() == expected


def test_the_precision_written_is_kept() -> None:
    assert Figure.percentage("67.30").decimals == 2
    assert Figure.percentage("67.3").decimals == 1
    assert Figure.percentage("67").decimals == 0
    assert Figure.percentage("67.30").interval() != Figure.percentage("67.3").interval()


def test_a_negative_value_rounds_half_away_from_zero() -> None:
    # -2.5 rounds to -3 half-up (away from zero), so it belongs to -3, not -2.
    assert Interval.rounded(-2, 1) == Interval(F("-2.5"), F("-1.5"), False, True)


@pytest.mark.parametrize(
    ("value", "closed"),
    [(12, True), (13, False), (0, True), (Decimal("0.4"), True), (Decimal("0.3"), False)],
)
def test_half_even_closes_both_edges_only_for_an_even_last_digit(
    value: int | Decimal, closed: bool
) -> None:
    step = 1 if isinstance(value, int) else Decimal("0.1")
    iv = Interval.rounded(value, step, "half-even")
    assert (iv.lo_closed, iv.hi_closed) == (closed, closed)
    assert iv.hi is not None
    assert iv.lo is not None
    assert iv.hi - iv.lo == F(step)


def test_any_rounding_accepts_both_edges() -> None:
    assert Interval.rounded(Decimal("67.3"), Decimal("0.1"), "any") == Interval.closed(
        F("67.25"), F("67.35")
    )


@pytest.mark.parametrize(
    ("printed", "rounding", "holds"),
    [
        ("13", "half-up", True),
        ("12", "half-up", False),
        ("12", "half-even", True),
        ("13", "half-even", False),
        ("12", "any", True),
        ("13", "any", True),
    ],
)
def test_one_in_eight_is_exactly_on_a_half_boundary(
    printed: str, rounding: Rounding, holds: bool
) -> None:
    assert (percent(1, 8) in Figure.percentage(printed).interval(rounding)) is holds


@pytest.mark.parametrize(
    ("printed", "rounding", "fires"),
    [
        ("13", "half-up", False),
        ("12", "half-up", True),
        ("12", "half-even", False),
        ("12", "any", False),
    ],
)
def test_the_configured_rounding_reaches_the_rules(
    printed: str, rounding: Rounding, fires: bool
) -> None:
    contest = ContestResult(
        name="Ward",
        complete=True,
        valid_votes=Figure.count(8),
        candidates=(
            CandidateResult(name="A", votes=Figure.count(7), share=Figure.percentage("88")),
            CandidateResult(name="B", votes=Figure.count(1), share=Figure.percentage(printed)),
        ),
    )
    report = factcheck.check(contest, rounding=rounding)
    assert bool(report.findings) is fires


# -- exact arithmetic -----------------------------------------------------------------------


def test_addition_adds_bounds_and_keeps_an_edge_only_if_both_had_it() -> None:
    a = Interval(F(1), F(2), True, False)
    b = Interval.closed(3, 4)
    assert a + b == Interval(F(4), F(6), True, False)
    # 0.1 + 0.2 is exactly 0.3, unlike in floating point.
    assert Interval.point(F("0.1")) + Interval.point(F("0.2")) == Interval.point(F("0.3"))


def test_subtraction_pairs_opposite_bounds() -> None:
    a = Interval(F(1), F(2), True, False)  # [1, 2)
    b = Interval(F(3), F(4), False, True)  # (3, 4]
    # [1 - 4, 2 - 3): the low edge is closed only if 1 and 4 both are; the high edge is open.
    assert a - b == Interval(F(-3), F(-1), True, False)


def test_scaling_by_a_negative_number_swaps_the_bounds_and_their_edges() -> None:
    a = Interval(F(1), F(2), True, False)
    assert a.scale(2) == Interval(F(2), F(4), True, False)
    assert a.scale(-2) == Interval(F(-4), F(-2), False, True)
    assert a.scale(0) == Interval.point(0)
    assert a.scale(F(1, 3)) == Interval(F(1, 3), F(2, 3), True, False)


def test_intersection_takes_the_tighter_bound_and_its_edge() -> None:
    assert Interval(F(1), F(3), True, False) & Interval(F(2), F(5), False, True) == Interval(
        F(2), F(3), False, False
    )
    touching = Interval.closed(1, 2) & Interval.closed(2, 3)
    assert touching == Interval.point(2)
    assert not touching.is_empty
    assert (Interval(F(1), F(2), True, False) & Interval.closed(2, 3)).is_empty
    assert Interval.at_least(5) & Interval.at_most(7) == Interval.closed(5, 7)
    assert (Interval.unbounded() & Interval.closed(1, 2)) == Interval.closed(1, 2)


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        (Interval(F("1.5"), F(4), True, False), (2, 3)),
        (Interval(F(1), F(4), False, True), (2, 4)),
        (Interval.closed(1, 4), (1, 4)),
        (Interval(F(1), F(2), False, False), None),
        (Interval.closed(F("0.2"), F("0.8")), None),
        (Interval.point(7), (7, 7)),
        (Interval.closed(-3, F("-0.5")), (-3, -1)),
    ],
)
def test_integers_are_the_first_and_last_whole_numbers_inside(
    interval: Interval, expected: tuple[int, int] | None
) -> None:
    assert interval.integers() == expected
    assert interval.has_integer() is (expected is not None)


def test_integers_of_an_unbounded_interval_is_an_error() -> None:
    with pytest.raises(ValueError, match="bounded"):
        Interval.at_least(1).integers()
    assert Interval.at_least(F("1.5")).has_integer()


@pytest.mark.parametrize(
    ("upper", "lower", "above"),
    [
        (Interval.closed(2, 3), Interval(F(1), F(2), True, False), True),  # touch, one open
        (Interval.closed(2, 3), Interval.closed(1, 2), False),  # both hold 2
        (Interval(F(2), F(3), False, True), Interval.closed(1, 2), True),
        (Interval.closed(F("2.1"), 3), Interval.closed(1, 2), True),
        (Interval.closed(1, 3), Interval.closed(2, 4), False),  # overlap
        (Interval.at_least(5), Interval.at_most(4), True),
        (Interval.at_most(10), Interval.at_most(4), False),  # unbounded below
    ],
)
def test_entirely_above_respects_open_and_closed_edges(
    upper: Interval, lower: Interval, above: bool
) -> None:
    assert upper.entirely_above(lower) is above
    assert lower.entirely_below(upper) is above


def test_emptiness_and_membership() -> None:
    assert Interval(F(2), F(1)).is_empty
    assert Interval(F(1), F(1), True, False).is_empty
    assert not Interval.unbounded().is_empty
    iv = Interval(F("67.25"), F("67.35"), True, False)
    assert Decimal("67.25") in iv
    assert F(6735, 100) not in iv
    assert 67 not in iv
    assert "67.3" not in iv  # only numbers are members
    assert 1.5 not in Interval.closed(1, 2)  # floats are refused, not converted


def test_format_shows_edges_and_trims_zeros() -> None:
    assert Interval(F("67.25"), F("67.35"), True, False).format() == "[67.25, 67.35)"
    assert Interval.at_least(F("4.5"), strict=True).format() == "(4.5, ∞)"
    assert format_number(11846) == "11,846"
    assert format_number(F(1, 3), 4) == "0.3333"
    assert format_number(F("20.10"), 2) == "20.1"


def test_to_decimal_rounds_half_up_exactly() -> None:
    assert to_decimal(F(1, 8) * 100, 0) == Decimal("13")  # 12.5
    assert to_decimal(F("0.125"), 2) == Decimal("0.13")
    assert to_decimal(F(-5, 2), 0) == Decimal("-3")  # away from zero
    assert to_decimal(F(2, 3), 2) == Decimal("0.67")
    assert str(to_decimal(0, 2)) == "0.00"  # the precision survives as trailing zeros


def test_percent_is_exact() -> None:
    assert percent(11846, 58814) == F(1184600, 58814)
    assert percent(1, 3) == F(100, 3)


# -- properties -----------------------------------------------------------------------------

fractions = st.fractions(min_value=-1000, max_value=1000, max_denominator=10**6)
decimals = st.integers(0, 4)
roundings = st.sampled_from(["half-up", "half-even", "any"])


@given(fractions, decimals)
def test_a_value_lies_in_the_interval_of_its_half_up_rounding(x: Fraction, d: int) -> None:
    printed = to_decimal(x, d)
    assert x in Interval.rounded(printed, _step(d))
    assert x in Interval.rounded(printed, _step(d), "any")


@given(fractions, decimals)
def test_a_value_lies_in_the_interval_of_its_half_even_rounding(x: Fraction, d: int) -> None:
    # Fraction.__round__ rounds half to even, exactly.
    printed = Decimal(round(x * 10**d)).scaleb(-d)
    assert x in Interval.rounded(printed, _step(d), "half-even")
    assert x in Interval.rounded(printed, _step(d), "any")


@given(fractions, decimals)
def test_a_value_lies_in_no_other_printed_values_interval(x: Fraction, d: int) -> None:
    printed = to_decimal(x, d)
    for neighbour in (printed - _step(d), printed + _step(d)):
        assert x not in Interval.rounded(neighbour, _step(d))


@given(st.decimals(min_value=-(10**6), max_value=10**6, places=6), decimals)
def test_to_decimal_agrees_with_decimal_quantize(x: Decimal, d: int) -> None:
    assert to_decimal(Fraction(x), d) == x.quantize(_step(d), rounding=ROUND_HALF_UP)


@given(st.integers(-(10**6), 10**6), decimals, roundings)
def test_adjacent_intervals_tile_the_line(n: int, d: int, rounding: Rounding) -> None:
    # Each boundary belongs to at least one side, and to both only when rounding is "any".
    lower = Interval.rounded(Decimal(n).scaleb(-d), _step(d), rounding)
    upper = Interval.rounded(Decimal(n + 1).scaleb(-d), _step(d), rounding)
    assert lower.hi == upper.lo
    boundary = lower.hi
    owners = (boundary in lower) + (boundary in upper)
    assert owners == (2 if rounding == "any" else 1)


def _intervals() -> st.SearchStrategy[Interval]:
    def build(a: Fraction, b: Fraction, lc: bool, hc: bool) -> Interval:
        return Interval(min(a, b), max(a, b), lc, hc)

    return st.builds(build, fractions, fractions, st.booleans(), st.booleans())


def _members(iv: Interval) -> st.SearchStrategy[Fraction]:
    """Numbers in a bounded, non-empty interval, its edges included when it holds them."""
    assert iv.lo is not None
    assert iv.hi is not None
    lo, width = iv.lo, iv.hi - iv.lo
    share = st.fractions(min_value=0, max_value=1, max_denominator=1000)
    return share.map(lambda t: lo + t * width).filter(lambda x: x in iv)


@given(st.data(), _intervals(), _intervals())
def test_sums_and_differences_hold_every_sum_and_difference(
    data: st.DataObject, a: Interval, b: Interval
) -> None:
    if a.is_empty or b.is_empty:
        return
    x, y = data.draw(_members(a)), data.draw(_members(b))
    assert x + y in a + b
    assert x - y in a - b


@given(st.data(), _intervals(), fractions)
def test_scaling_holds_every_scaled_member(data: st.DataObject, a: Interval, k: Fraction) -> None:
    if a.is_empty:
        return
    assert data.draw(_members(a)) * k in a.scale(k)


@given(_intervals(), _intervals(), fractions)
def test_intersection_is_membership_in_both(a: Interval, b: Interval, x: Fraction) -> None:
    for probe in (x, a.lo, a.hi, b.lo, b.hi):
        assert probe is not None
        assert (probe in (a & b)) is (probe in a and probe in b)


@given(_intervals())
def test_integers_agree_with_counting_whole_numbers(iv: Interval) -> None:
    assert iv.lo is not None
    assert iv.hi is not None
    inside = [n for n in range(int(iv.lo) - 2, int(iv.hi) + 3) if n in iv]
    assert iv.integers() == ((inside[0], inside[-1]) if inside else None)


@given(_intervals(), _intervals())
def test_entirely_above_means_every_member_is_greater(a: Interval, b: Interval) -> None:
    if a.is_empty or b.is_empty:
        return
    assert a.lo is not None
    assert b.hi is not None
    # Only the nearest edges can break the order, so they are the members to compare.
    can_meet_or_cross = a.lo < b.hi or (a.lo == b.hi and a.lo in a and b.hi in b)
    assert a.entirely_above(b) is not can_meet_or_cross


# -- behaviours mutation testing found unpinned (docs/testing.md) ---------------------------


def test_an_interval_is_closed_unless_said_otherwise() -> None:
    iv = Interval(Fraction(1), Fraction(2))
    assert 1 in iv
    assert 2 in iv


def test_unbounded_sides_are_open_and_show_as_infinity() -> None:
    assert Interval.unbounded() == Interval(None, None, False, False)
    assert Interval.at_most(3) == Interval(None, Fraction(3), False, True)
    assert Interval.unbounded().format() == "(-∞, ∞)"
    assert Interval.at_most(3).format() == "(-∞, 3]"


def test_overlap_needs_a_shared_number() -> None:
    assert Interval.closed(1, 2).overlaps(Interval.closed(2, 3))
    assert not Interval.closed(1, 2).overlaps(Interval(Fraction(2), Fraction(3), False, True))
    assert not Interval.closed(1, 2).overlaps(Interval.closed(5, 6))


def test_a_sum_is_unbounded_where_either_side_is() -> None:
    total = Interval.at_least(1) + Interval.closed(2, 3)
    assert total == Interval(Fraction(3), None, True, False)
    total = Interval.at_most(1) + Interval.closed(2, 3)
    assert total == Interval(None, Fraction(4), False, True)


def test_a_sum_includes_an_end_only_when_both_ends_are_included() -> None:
    half_open = Interval(Fraction(0), Fraction(1), True, False)
    assert half_open + Interval.closed(1, 1) == Interval(Fraction(1), Fraction(2), True, False)
    opened = Interval(Fraction(0), Fraction(1), False, True)
    assert opened + Interval.closed(1, 1) == Interval(Fraction(1), Fraction(2), False, True)


def test_format_shows_two_decimals_at_most_and_the_closed_end() -> None:
    assert Interval.closed(Fraction(1, 3), 1).format() == "[0.33, 1]"
    assert Interval.closed(Fraction(1, 3), 1).format(3) == "[0.333, 1]"
    assert str(Interval(Fraction(0), Fraction(1), True, False)) == "[0, 1)"


# -- edges that mutation testing showed were unpinned (docs/testing.md) ---------------------


def test_a_strict_upper_bound_leaves_out_its_own_value() -> None:
    assert 5 not in Interval.at_most(5, strict=True)
    assert 5 in Interval.at_most(5)
    assert F("4.999") in Interval.at_most(5, strict=True)


def test_a_printed_zero_leaves_out_both_halves_under_half_up_rounding() -> None:
    # Half away from zero: 0.05 rounds to 0.1 and -0.05 to -0.1, so neither reads as 0.0.
    zero = Interval.rounded(Decimal("0.0"), Decimal("0.1"))
    assert F("-0.05") not in zero
    assert F("0.05") not in zero
    assert F("-0.0499") in zero
    assert F("0.0499") in zero
    assert zero == Interval(F("-0.05"), F("0.05"), False, False)


def test_a_printed_figure_names_its_edges_as_booleans() -> None:
    # Equality and hashing compare the edge flags, so a flag must be a bool, never None.
    assert Interval.rounded(Decimal("67.3"), Decimal("0.1")) == Interval(
        F("67.25"), F("67.35"), True, False
    )
    assert Interval.rounded(Decimal("-67.3"), Decimal("0.1")) == Interval(
        F("-67.35"), F("-67.25"), False, True
    )


def test_negation_mirrors_each_edge_onto_the_other_side() -> None:
    assert -Interval(F(1), F(2), True, False) == Interval(F(-2), F(-1), False, True)
    assert -Interval(F(1), F(2), False, True) == Interval(F(-2), F(-1), True, False)
    assert -Interval(F(1), F(2), False, False) == Interval(F(-2), F(-1), False, False)
    assert -1 in -Interval.closed(1, 2)


def test_negating_a_half_line_gives_the_mirrored_half_line() -> None:
    assert -Interval.at_least(1) == Interval.at_most(-1)
    assert -Interval.at_most(1, strict=True) == Interval.at_least(-1, strict=True)


def test_scaling_a_half_line_keeps_it_unbounded_on_the_same_side() -> None:
    assert Interval.at_least(1).scale(2) == Interval.at_least(2)
    assert Interval.at_most(1, strict=True).scale(3) == Interval.at_most(3, strict=True)
    assert Interval.at_least(1).scale(-1) == Interval.at_most(-1)


def test_scaling_by_a_negative_number_keeps_an_open_end_open() -> None:
    assert Interval(F(1), F(2), True, False).scale(-1) == Interval(F(-2), F(-1), False, True)
    assert -1 not in Interval(F(1), F(2), False, True).scale(-1)
    assert -2 not in Interval(F(1), F(2), True, False).scale(-1)
    assert -1 in Interval(F(1), F(2), True, False).scale(-1)


@pytest.mark.parametrize("swap", [False, True])
def test_intersecting_equal_bounds_keeps_an_edge_only_when_both_have_it(swap: bool) -> None:
    closed, half_open = Interval.closed(1, 2), Interval(F(1), F(2), False, False)
    a, b = (half_open, closed) if swap else (closed, half_open)
    both = a & b
    assert 1 not in both
    assert 2 not in both
    assert both == Interval(F(1), F(2), False, False)
    assert (closed & closed) == closed


def test_integers_of_an_unbounded_interval_says_it_needs_bounds() -> None:
    with pytest.raises(ValueError, match="needs a bounded interval"):
        Interval.at_least(0).integers()


def test_format_uses_the_decimals_asked_for_on_both_ends() -> None:
    assert Interval.closed(F(1, 3), F(2, 3)).format(3) == "[0.333, 0.667]"
    assert Interval.closed(F(1, 3), F(2, 3)).format(1) == "[0.3, 0.7]"


def test_format_number_shows_two_decimals_unless_told() -> None:
    assert format_number(F(1, 3)) == "0.33"
    assert format_number(F(1, 3), 4) == "0.3333"


def test_a_fraction_that_rounds_to_a_whole_number_shows_no_decimal_point() -> None:
    assert format_number(F(1, 1000)) == "0"
    assert format_number(F(2001, 1000)) == "2"
    assert format_number(F(-2001, 1000)) == "-2"


_ANY_INTERVAL = st.builds(
    Interval,
    st.none() | st.fractions(-5, 5, max_denominator=4),
    st.none() | st.fractions(-5, 5, max_denominator=4),
    st.booleans(),
    st.booleans(),
)


@given(_ANY_INTERVAL, _ANY_INTERVAL)
def test_overlap_is_a_shared_number(a: Interval, b: Interval) -> None:
    # Any bounds at all: empty intervals (lo above hi, or one point left open), unbounded
    # sides, touching ends open or closed. Two intervals overlap exactly when their
    # intersection holds a number, whichever one asks.
    assert a.overlaps(b) == (not (a & b).is_empty) == b.overlaps(a)
    if a.lo is not None and a.lo in a and a.lo in b:
        assert a.overlaps(b)


@given(st.fractions(max_denominator=10**6) | st.integers(-(10**9), 10**9), st.integers(0, 8))
def test_to_decimal_is_the_nearest_at_those_places_halves_away_from_zero(
    x: Fraction | int, decimals: int
) -> None:
    # Whole-number rounding against the same rounding done in Fractions, written the same.
    scaled = Fraction(x) * Fraction(10) ** decimals
    n = math.floor(abs(scaled) + Fraction(1, 2))
    expected = Decimal(-n if scaled < 0 else n).scaleb(-decimals)
    got = to_decimal(x, decimals)
    assert got == expected
    assert str(got) == str(expected)


@pytest.mark.parametrize(
    ("x", "places", "rounded"),
    [
        (F(1250), -2, 1300),  # a half rounds away from zero
        (F(1249), -2, 1200),
        (F(-1250), -2, -1300),
        (F(-1249), -2, -1200),
        (F(50), -2, 100),  # half a step from nought
        (F(-50), -2, -100),
        (F(49), -2, 0),
        (F(15), -1, 20),
        (F(-29, 2), -1, -10),
    ],
)
def test_negative_places_round_to_tens_and_hundreds_halves_away_from_zero(
    x: Fraction, places: int, rounded: int
) -> None:
    assert to_decimal(x, places) == Decimal(rounded)
