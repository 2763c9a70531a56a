"""Exact intervals of real numbers, for reasoning about rounded figures.

A figure printed as ``67.3`` does not mean 67.3: it means "some value that rounds to 67.3".
Every rule in factcheck reasons with the set of values a printed figure allows, never with a
fixed tolerance. Bounds are :class:`fractions.Fraction`, so ``67.25`` is exactly 67.25 and the
edges of an interval never drift the way floats do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

Number = int | Fraction | Decimal

Rounding = Literal["half-up", "half-even", "any"]
"""How the writer is assumed to have rounded.

``half-up`` (the default, and what spreadsheets do): 67.3 means [67.25, 67.35).
``half-even`` (Python's ``round``, some statistical offices): the boundary goes to the even digit.
``any``: accept either convention, so both boundaries are included: [67.25, 67.35].
"""


def _frac(x: Number) -> Fraction:
    return x if isinstance(x, Fraction) else Fraction(x)


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of real numbers between two bounds, each bound open or closed.

    ``None`` for a bound means unbounded on that side. An interval may be empty.
    """

    lo: Fraction | None
    hi: Fraction | None
    lo_closed: bool = True
    hi_closed: bool = True

    # -- construction ------------------------------------------------------------------------

    @classmethod
    def point(cls, x: Number) -> Interval:
        """The interval holding exactly ``x``."""
        f = _frac(x)
        return cls(f, f, True, True)

    @classmethod
    def closed(cls, lo: Number, hi: Number) -> Interval:
        """``[lo, hi]``."""
        return cls(_frac(lo), _frac(hi), True, True)

    @classmethod
    def unbounded(cls) -> Interval:
        """All real numbers."""
        return cls(None, None, False, False)

    @classmethod
    def at_least(cls, x: Number, *, strict: bool = False) -> Interval:
        """``[x, ∞)``, or ``(x, ∞)`` when ``strict``."""
        return cls(_frac(x), None, not strict, False)

    @classmethod
    def at_most(cls, x: Number, *, strict: bool = False) -> Interval:
        """``(-∞, x]``, or ``(-∞, x)`` when ``strict``."""
        return cls(None, _frac(x), False, not strict)

    @classmethod
    def rounded(cls, value: Number, step: Number, rounding: Rounding = "half-up") -> Interval:
        """The values that round to ``value`` when rounded to a multiple of ``step``.

        ``Interval.rounded(Decimal("67.3"), Decimal("0.1"))`` is ``[67.25, 67.35)``.
        """
        v, h = _frac(value), _frac(step) / 2
        lo, hi = v - h, v + h
        if rounding == "any":
            return cls(lo, hi, True, True)
        if rounding == "half-even":
            # The boundary values round to the even multiple of step on either side.
            multiple = v / _frac(step)
            even = multiple.denominator == 1 and multiple.numerator % 2 == 0
            return cls(lo, hi, even, even)
        # half-up means half away from zero, as spreadsheets and most newsrooms round.
        if v > 0:
            return cls(lo, hi, True, False)
        if v < 0:
            return cls(lo, hi, False, True)
        return cls(lo, hi, False, False)

    # -- predicates --------------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        """True when no real number lies in the interval."""
        if self.lo is None or self.hi is None:
            return False
        if self.lo > self.hi:
            return True
        return self.lo == self.hi and not (self.lo_closed and self.hi_closed)

    def __contains__(self, x: object) -> bool:
        if not isinstance(x, int | Fraction | Decimal):
            return False
        f = _frac(x)
        if self.lo is not None and (f < self.lo or (f == self.lo and not self.lo_closed)):
            return False
        return not (self.hi is not None and (f > self.hi or (f == self.hi and not self.hi_closed)))

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one number."""
        # ``not (self & other).is_empty``, without making the intersection: corpus rules ask
        # this of every pair of figures for one fact.
        lo, lo_closed = _max_lo(self.lo, self.lo_closed, other.lo, other.lo_closed)
        hi, hi_closed = _min_hi(self.hi, self.hi_closed, other.hi, other.hi_closed)
        if lo is None or hi is None:
            return True
        return lo < hi or (lo == hi and lo_closed and hi_closed)

    def entirely_above(self, other: Interval) -> bool:
        """True when every number here is greater than every number in ``other``."""
        if self.lo is None or other.hi is None:
            return False
        if self.lo > other.hi:
            return True
        return self.lo == other.hi and not (self.lo_closed and other.hi_closed)

    def entirely_below(self, other: Interval) -> bool:
        """True when every number here is less than every number in ``other``."""
        return other.entirely_above(self)

    # -- arithmetic --------------------------------------------------------------------------

    def __and__(self, other: Interval) -> Interval:
        lo, lo_closed = _max_lo(self.lo, self.lo_closed, other.lo, other.lo_closed)
        hi, hi_closed = _min_hi(self.hi, self.hi_closed, other.hi, other.hi_closed)
        return Interval(lo, hi, lo_closed, hi_closed)

    def __add__(self, other: Interval) -> Interval:
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(
            lo, hi, self.lo_closed and other.lo_closed, self.hi_closed and other.hi_closed
        )

    def __neg__(self) -> Interval:
        return Interval(
            None if self.hi is None else -self.hi,
            None if self.lo is None else -self.lo,
            self.hi_closed,
            self.lo_closed,
        )

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def scale(self, k: Number) -> Interval:
        """Multiply every number by a constant ``k``."""
        f = _frac(k)
        if f == 0:
            return Interval.point(0)
        lo = None if self.lo is None else self.lo * f
        hi = None if self.hi is None else self.hi * f
        if f > 0:
            return Interval(lo, hi, self.lo_closed, self.hi_closed)
        return Interval(hi, lo, self.hi_closed, self.lo_closed)

    def integers(self) -> tuple[int, int] | None:
        """The first and last whole numbers in the interval, or None if it holds none.

        The interval must be bounded on both sides; an unbounded one raises ``ValueError``.
        """
        if self.lo is None or self.hi is None:
            raise ValueError("integers() needs a bounded interval")
        first = math.ceil(self.lo)
        if first == self.lo and not self.lo_closed:
            first += 1
        last = math.floor(self.hi)
        if last == self.hi and not self.hi_closed:
            last -= 1
        return (first, last) if first <= last else None

    def has_integer(self) -> bool:
        """True when at least one whole number lies in the interval."""
        if self.is_empty:
            return False
        if self.lo is None or self.hi is None:
            return True
        return self.integers() is not None

    # -- display -----------------------------------------------------------------------------

    def format(self, decimals: int = 2) -> str:
        """Human-readable form, e.g. ``[67.25, 67.35)``."""
        left = "[" if self.lo_closed else "("
        right = "]" if self.hi_closed else ")"
        lo = "-∞" if self.lo is None else format_number(self.lo, decimals)
        hi = "∞" if self.hi is None else format_number(self.hi, decimals)
        return f"{left}{lo}, {hi}{right}"

    def __str__(self) -> str:
        return self.format()


def _max_lo(
    a: Fraction | None, ac: bool, b: Fraction | None, bc: bool
) -> tuple[Fraction | None, bool]:
    if a is None:
        return b, bc
    if b is None or a > b:
        return a, ac
    if b > a:
        return b, bc
    return a, ac and bc


def _min_hi(
    a: Fraction | None, ac: bool, b: Fraction | None, bc: bool
) -> tuple[Fraction | None, bool]:
    if a is None:
        return b, bc
    if b is None or a < b:
        return a, ac
    if b < a:
        return b, bc
    return a, ac and bc


def to_decimal(x: Number, decimals: int) -> Decimal:
    """Round an exact number half-up to ``decimals`` places, without going through floats."""
    f = _frac(x)
    if decimals < 0:
        scaled = f * 10**decimals
        n = math.floor(abs(scaled) + Fraction(1, 2))
        if scaled < 0:
            n = -n
        return Decimal(n).scaleb(-decimals)
    # floor(|x|·10^d + 1/2) in whole numbers: every finding's evidence and message rounds
    # its fractions here, and Fraction arithmetic was most of the time.
    num, den = f.as_integer_ratio()
    n = (2 * abs(num) * 10**decimals + den) // (2 * den)
    return Decimal(-n if num < 0 else n).scaleb(-decimals)


def format_number(x: Number, decimals: int = 2) -> str:
    """Format an exact number for a message: thousands separators, trailing zeros trimmed."""
    f = _frac(x)
    if f.denominator == 1:
        return f"{f.numerator:,}"
    d = to_decimal(f, decimals)
    text = f"{d:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def round_count_step(value: Number) -> int | None:
    """The step a whole count written with trailing zeros may have been rounded to: 1,000
    for "20,000", 100 for "17,400"; None for a count under 1,000 or with fewer than two
    trailing zeros ("17,440", "700"), which is taken as written.

    A count of votes or electors that ends in two or more zeros is far more often a rounding
    than a count that happens to land there; the step is capped at the thousand, so "20,000"
    stands for [19,500, 20,500), not [15,000, 25,000).
    """
    f = _frac(value)
    if f.denominator != 1 or f < 1000:
        return None
    for step in (1000, 100):
        if f.numerator % step == 0:
            return step
    return None


def percent(part: Number, whole: Number) -> Fraction:
    """``100 * part / whole`` exactly."""
    return Fraction(100) * _frac(part) / _frac(whole)
