"""Turnout: "Turnout in the constituency was 64pc", "with turnout at 67.7%"."""

from __future__ import annotations

import re

from factcheck.extract.frame import Around, Frame
from factcheck.extract.numbers import NumberKind
from factcheck.models import Unit

_TURNOUT = re.compile(r"\bturnout\b", re.IGNORECASE)
_TURNOUT_AFTER = re.compile(r"\s*turnout\b", re.IGNORECASE)
# "• Turnout: 70.13%", "Turnout - 67.42 per cent": a results card's field, whose colon or
# dash opens a new clause.
_TURNOUT_LABEL = re.compile(r"\bturnout\s*[:–—-]\s*$", re.IGNORECASE)
_DATED = re.compile(r"\bturnout\b.*\b(?:in|at|for)\s+(?:19|20)\d\d", re.IGNORECASE)


def read_turnout(f: Frame, a: Around) -> bool:
    """An exact percentage after "turnout" in its clause, unless the turnout is dated."""
    m = a.m
    if "turnout" not in f.low:
        return False  # every wording below needs the word
    after = bool(_TURNOUT_AFTER.match(a.after))  # "The 61.9% turnout was the lowest"
    label = bool(_TURNOUT_LABEL.search(a.before))
    if (
        m.kind is not NumberKind.PERCENT
        or m.hedge != "exact"
        or not (after or label or _TURNOUT.search(a.clause_before))
        or _DATED.search(a.clause_before)
    ):
        return False
    if f.earlier(m) is not None:
        return True  # another election's turnout: not this contest's
    figs = f.state.contest_figures(f.contest)
    if figs.turnout is not None:
        return False
    what = (
        "“turnout” right after it"
        if after
        else "a “Turnout:” field"
        if label
        else "“turnout” before it in its clause"
    )
    figs.turnout = f.figure(m, Unit.PERCENT, what, contest_level=True)
    return True
