"""Round counts of the contest: "a majority of 7,000", "an electorate of 71,000".

A majority or an electorate written with trailing zeros is a rounding far more often than a
count that lands there, so it is read as one: it stands for every count that rounds to it
(:func:`factcheck.intervals.round_count_step` gives the step), and only a record outside
that is wrong. A candidate's vote count stays as written, exact, since the arithmetic rules
work with whole counts; the reference check reads a round one as a rounding itself.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.intervals import round_count_step
from factcheck.models import Figure


def as_rounded(fig: Figure, *, hundreds: bool = False) -> Figure:
    """``fig`` as the rounding it is when it is a whole count of 1,000 or more ending in
    two or more zeros, or, with ``hundreds`` (a margin in prose), a count of whole hundreds
    from 200 to 900 ("McDonnell was 900 votes ahead" for 906, "lost by 500 votes" for 530);
    otherwise ``fig`` itself. A results card's "Majority: 900" is exact."""
    if not fig.exact:
        return fig
    step = round_count_step(fig.value)
    # (From 200: "by only 100 votes" is said of a count near it, not a rounding of 92.)
    if step is None and hundreds and 200 <= fig.value < 1000 and fig.value % 100 == 0:
        step = 100
    if step is None:
        return fig
    return fig.model_copy(update={"exact": False, "precision": Decimal(step)})
