"""A fix suggestion for a fraction word weighs the pack's landmarks once, with the same result."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.wording import common
from factcheck.intervals import Interval, Rounding
from factcheck.models import Figure, Unit
from factcheck.packs import default_pack


def _fresh(value: Interval, stated: Figure, rounding: Rounding) -> list[common.Description]:
    """``descriptions`` with nothing kept from an earlier call."""
    common._LANDMARK_READINGS.clear()
    return common.descriptions(value, stated, default_pack(), rounding)


_WORDS = st.sampled_from(["a third", "a quarter", "half", "two thirds", "a fifth"])
_HEDGES = st.sampled_from(["exact", "less-than", "more-than", "about", "nearly"])


@given(
    _WORDS,
    _HEDGES,
    st.fractions(min_value=1, max_value=99, max_denominator=100),
    st.sampled_from(["half-up", "half-even", "any"]),
)
def test_kept_landmarks_describe_as_fresh_ones_do(
    words: str, hedge: str, share: Fraction, rounding: Rounding
) -> None:
    pack = default_pack()
    stated = Figure(text=words, value=Decimal(33), unit=Unit.PERCENT, hedge=hedge)
    value = Interval.rounded(share, Fraction(1, 10), rounding)
    fresh = _fresh(value, stated, rounding)
    assert common.descriptions(value, stated, pack, rounding) == fresh  # from what was kept
    assert common.descriptions(value, stated, pack, rounding) == fresh


def test_each_pack_has_its_own_landmarks_kept() -> None:
    pack = default_pack()
    other = replace(pack)  # equal, but another pack: its readings are its own
    value = Interval.rounded(Fraction(201, 10), Fraction(1, 10))
    stated = Figure(text="a third", value=Decimal(33), unit=Unit.PERCENT, hedge="less-than")
    first = common.descriptions(value, stated, pack, "half-up")
    assert first
    assert common.descriptions(value, stated, other, "half-up") == first
    kept = {key[0]: held for key, (held, _) in common._LANDMARK_READINGS.items()}
    assert kept[id(pack)] is pack
    assert kept[id(other)] is other
