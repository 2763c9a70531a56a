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


def as_rounded(fig: Figure) -> Figure:
    """``fig`` as the rounding it is when it is a whole count of 1,000 or more ending in
    two or more zeros; otherwise ``fig`` itself."""
    if not fig.exact:
        return fig
    step = round_count_step(fig.value)
    if step is None:
        return fig
    return fig.model_copy(update={"exact": False, "precision": Decimal(step)})
