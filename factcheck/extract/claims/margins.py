"""Majorities: "a majority of 6,186", "a majority of 14.1 points"."""

from __future__ import annotations

import re

from factcheck.extract.frame import Around, Frame
from factcheck.extract.numbers import NumberKind
from factcheck.models import Unit

_MAJORITY_BEFORE = re.compile(r"\bmajority\s+(?:of\s+)?(?:just\s+|only\s+)?$", re.IGNORECASE)


def read_majority(f: Frame, a: Around) -> bool:
    """A stated majority, in votes or in points, for the sentence's contest."""
    m = a.m
    if m.hedge != "exact" or not _MAJORITY_BEFORE.search(a.before):
        return False
    figs = f.state.contest_figures(f.contest)
    if m.kind is NumberKind.COUNT and figs.majority is None:
        figs.majority = f.state.figure(m, Unit.VOTES)
        return True
    if m.kind in (NumberKind.PERCENT, NumberKind.POINTS) and figs.majority_share is None:
        figs.majority_share = f.state.figure(m, Unit.POINTS)
        return True
    return False
