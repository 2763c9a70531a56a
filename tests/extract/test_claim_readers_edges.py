"""The smaller claim readings asked directly or through one sentence each: round counts,
hedged and fractional shares, seat tallies (mutation testing, session 9)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract.claims.rounding import as_rounded
from factcheck.models import Figure, Unit


@pytest.mark.parametrize(
    ("value", "step"),
    [(5100, 100), (20000, 1000), (71000, 1000), (1000, 1000), (1100, 100)],
)
def test_a_count_of_a_thousand_or_more_ending_in_two_zeros_is_a_rounding(
    value: int, step: int
) -> None:
    fig = as_rounded(Figure.count(value))
    assert (fig.exact, fig.precision) == (False, Decimal(step))
    assert (fig.value, fig.text) == (Decimal(value), f"{value:,}")


@pytest.mark.parametrize("value", [17440, 1010, 999, 700, 0])
def test_a_count_with_fewer_zeros_or_under_a_thousand_is_as_written(value: int) -> None:
    fig = Figure.count(value)
    assert as_rounded(fig) is fig


@pytest.mark.parametrize(("value", "rounded"), [(900, True), (500, True), (100, True),
                                                (950, False), (90, False), (0, False)])  # fmt: skip
def test_a_margin_in_prose_of_whole_hundreds_is_a_rounding_to_the_hundred(
    value: int, rounded: bool
) -> None:
    fig = Figure.count(value)
    got = as_rounded(fig, hundreds=True)
    if rounded:
        assert (got.exact, got.precision, got.value) == (False, Decimal(100), Decimal(value))
    else:
        assert got is fig


def test_a_count_already_read_as_a_rounding_keeps_its_own_step() -> None:
    fig = Figure(text="5k", value=Decimal(5000), unit=Unit.VOTES, precision=Decimal(1000))
    assert as_rounded(fig) is fig
    assert as_rounded(fig, hundreds=True) is fig
