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
    if f.earlier(m) is not None:
        return True  # another election's majority: not this contest's
    figs = f.state.contest_figures(f.contest)
    what = "“majority” before it"
    if m.kind is NumberKind.COUNT and figs.majority is None:
        figs.majority = f.figure(m, Unit.VOTES, what, contest_level=True)
        return True
    if m.kind in (NumberKind.PERCENT, NumberKind.POINTS) and figs.majority_share is None:
        figs.majority_share = f.figure(m, Unit.POINTS, what, contest_level=True)
        return True
    return False


# Margins and gaps, never a vote total: "beat Ms Smith by 1,204 votes", "won by 52 votes",
# "a 3,210-vote victory", "a margin of 9,876", "finished 612 votes behind".
_BY_BEFORE = re.compile(
    r"\bby\s+(?:an?\s+)?(?:(?:even|more|less|very|just|only|mere|slim|narrow|wafer-thin"
    r"|convincing|comfortable|healthy|whopping|huge|massive|decisive|tiny|razor-thin)\s+)*$",
    re.IGNORECASE,
)
_MARGIN_VERB = re.compile(
    r"\b(?:beat|beats|beating|beaten|defeat|defeated|defeating|defeats|oust|ousted|ousting"
    r"|unseat|unseated|unseating|edged|edging|won|win|wins|winning|lost|lose|loses|losing"
    r"|held|holding|clung|clinging|hung|trailed|trailing|pipped|scraped|victory|triumphed"
    r"|prevailed|elected|re-elected|seat|place|defeat|gained|took|captured|seized|snatched"
    r"|retained|kept|overturned)\b",
    re.IGNORECASE,
)
_NOT_MARGIN = re.compile(
    r"\b(?:majority|vote\s+share|share|turnout|rose|risen|increased|decreased|fell|fallen|dropped"
    r"|grew|cut|reduced|up|down|swing)\b",
    re.IGNORECASE,
)
_VOTES_OR_END = re.compile(
    r"^(?:\s+votes?(?!\s+to\s+\d)\b|\s*(?:[,.;:)–—-]|$)|\s+(?:over|from|against)\b)"
)
_MARGIN_NOUN_AFTER = re.compile(
    r"^(?:[-‑]|\s)?votes?\s+(?:majority|margin|victory|win|lead|advantage)\b", re.IGNORECASE
)
_MARGIN_OF_BEFORE = re.compile(
    r"\b(?:margin|lead|victory|win)\s+of\s+(?:just\s+|only\s+)?$", re.IGNORECASE
)
_GAP_AFTER = re.compile(
    r"^\s+votes?\s+(?:ahead\s+of|behind|clear\s+of|short\s+of|more\s+than)\b", re.IGNORECASE
)


def read_margin(f: Frame, a: Around) -> bool:
    """A margin of victory in votes is the contest's majority, whoever it is said of."""
    m = a.m
    if m.kind is not NumberKind.COUNT or not _DIGITS.fullmatch(m.number_text):
        return False
    if _MARGIN_NOUN_AFTER.match(a.after):
        what = "“-vote majority/victory/lead” after it"
    elif _MARGIN_OF_BEFORE.search(a.before):
        what = "“margin of” before it"
    elif _GAP_AFTER.match(a.after):
        what = "“votes ahead of/behind” after it"
    elif (
        _BY_BEFORE.search(a.before)
        and _VOTES_OR_END.match(a.after)
        and _MARGIN_VERB.search(a.clause_before)
        and not _NOT_MARGIN.search(a.clause_before[-40:])
    ):
        what = "“by … votes” after a verb of winning or losing"
    else:
        return False
    if m.hedge != "exact" or f.earlier(m) is not None:
        return True  # a hedged margin, or another election's: not this contest's majority
    figs = f.state.contest_figures(f.contest)
    if figs.majority is None:
        figs.majority = f.figure(m, Unit.VOTES, what, contest_level=True)
    return True


_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
