"""Which valid-vote totals can every figure of a contest agree on?

Each (votes, share) pair bounds the total: ``v`` votes at a share that rounds to ``x`` means
``100·v/T`` lies in ``x``'s rounding interval, so ``T`` lies in ``(100·v/x_hi, 100·v/x_lo]``.
A stated total pins ``T``; the listed votes bound it from below (or fix it, when every
candidate is listed). The figures agree when some whole number lies in every bound.

When they do not, the *consensus* is the set of totals that satisfy the most bounds; the bounds
left out name the figures out of line. With one figure wrong, leaving it out restores
agreement, which is the "remove one figure" test; with several wrong, each is named.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from factcheck.checks.facts import contest_facts
from factcheck.checks.facts import votes_of as votes_of  # noqa: PLC0414 (the rules' import)
from factcheck.intervals import Interval, Rounding, percent
from factcheck.models import ContestResult

Kind = Literal["pair", "total", "sum", "complete"]


@dataclass(frozen=True, slots=True)
class Bound:
    """One constraint on the valid-vote total, and the figures it rests on."""

    interval: Interval
    kind: Kind
    candidate: int | None = None
    """Index of the candidate for a pair bound."""


@dataclass(frozen=True, slots=True)
class Consensus:
    """Totals agreed by the most bounds, and the bounds that disagree with them."""

    totals: tuple[int, int] | None
    """First and last whole-number total in the consensus; None if unbounded above."""
    region: Interval
    excluded: tuple[Bound, ...]
    ambiguous: bool
    """True when another, equally well supported consensus blames different figures."""


def implied_total(votes: int, share: Interval) -> Interval:
    """The totals T for which ``100·votes/T`` lies in ``share``."""
    positive = Interval.at_least(0, strict=True)
    if votes == 0:
        return positive if 0 in share else Interval(Fraction(1), Fraction(0))
    if share.hi is not None and share.hi <= 0:
        # Some votes can never round to a share of zero or less.
        return Interval(Fraction(1), Fraction(0))
    hundred_v = Fraction(100 * votes)
    if share.hi is None:
        lo: Fraction | None = Fraction(0)
        lo_closed = False
    else:
        lo, lo_closed = hundred_v / share.hi, share.hi_closed
    if share.lo is None or share.lo <= 0:
        return Interval(lo, None, lo_closed, False) & positive
    return Interval(lo, hundred_v / share.lo, lo_closed, share.lo_closed) & positive


def bounds(contest: ContestResult, rounding: Rounding) -> list[Bound]:
    """Every bound the contest's figures put on its valid-vote total."""
    out: list[Bound] = []
    listed = 0
    all_have_votes = True
    for i, cand in enumerate(contest.candidates):
        v = votes_of(cand.votes)
        if v is None:
            all_have_votes = False
            continue
        listed += v
        if cand.share is not None:
            out.append(Bound(implied_total(v, cand.share.interval(rounding)), "pair", i))
    total = votes_of(contest.valid_votes)
    if total is not None:
        out.append(Bound(Interval.point(total), "total"))
    if contest.complete and all_have_votes and contest.candidates:
        out.append(Bound(Interval.point(listed), "complete"))
    elif listed:
        out.append(Bound(Interval.at_least(listed), "sum"))
    return out


def has_agreed_total(contest: ContestResult, rounding: Rounding) -> bool:
    """``agreed(bounds(contest, rounding)).has_integer()``, in whole-number arithmetic.

    Most contests agree, and this is asked of every one: each bound is reduced to the first
    and last whole total it allows, computed from the share interval's numerators and
    denominators directly, without building the bounds' Fractions and intervals. Some whole
    total fits every bound exactly when the largest first is at most the smallest last. The
    counts and intervals are the contest's shared facts (:mod:`factcheck.checks.facts`).
    """
    facts = contest_facts(contest, rounding)
    first: int = 1  # the total is positive
    last: float | int = math.inf
    for v, share in zip(facts.votes, facts.shares, strict=True):
        if v is None or share is None:
            continue
        if v == 0:
            if 0 not in share:
                return False
            continue
        lo, hi = share.lo, share.hi
        # A Fraction's sign is its numerator's: compared as ints, not through Fraction's
        # comparison, which was a third of this loop.
        if hi is not None:
            num, den = hi.as_integer_ratio()
            if num <= 0:
                return False  # some votes never round to a share of zero or less
            # T > 100·v/hi (or T ≥ when hi is closed): its first whole total.
            q, r = divmod(100 * v * den, num)
            if r or not share.hi_closed:
                q += 1
            first = max(first, q)
        if lo is not None:
            num, den = lo.as_integer_ratio()
            if num > 0:
                # T ≤ 100·v/lo (or T < when lo is open): its last whole total.
                q, r = divmod(100 * v * den, num)
                if not r and not share.lo_closed:
                    q -= 1
                last = min(last, q)
    total = facts.valid
    if total is not None:
        first, last = max(first, total), min(last, total)
    listed = facts.listed
    if facts.complete_count is not None:
        first, last = max(first, listed), min(last, listed)
    elif listed:
        first = max(first, listed)
    return first <= last


def agreed(bs: list[Bound]) -> Interval:
    """The totals every bound allows (may hold no whole number)."""
    region = Interval.at_least(0, strict=True)
    for b in bs:
        region = region & b.interval
    return region


def _probe_points(bs: list[Bound]) -> list[int]:
    edges: set[int] = set()
    for b in bs:
        for e in (b.interval.lo, b.interval.hi):
            if e is not None:
                edges.update({math.floor(e) - 1, math.floor(e), math.ceil(e), math.ceil(e) + 1})
    ordered = sorted(x for x in edges if x >= 1)
    # Whole numbers strictly between two edges behave alike; one probe per gap is enough.
    probes = set(ordered)
    for left, right in itertools.pairwise(ordered):
        if right - left > 1:
            probes.add(left + 1)
    if ordered:
        probes.add(ordered[-1] + 1)
    return sorted(probes)


def _whole_range(iv: Interval) -> tuple[float | int, float | int]:
    """The first and last whole numbers in an interval, as a range a sweep can use:
    infinite ends for an unbounded side, first > last for none."""
    first: float | int = -math.inf
    last: float | int = math.inf
    if iv.lo is not None:
        first = math.ceil(iv.lo)
        if first == iv.lo and not iv.lo_closed:
            first += 1
    if iv.hi is not None:
        last = math.floor(iv.hi)
        if last == iv.hi and not iv.hi_closed:
            last -= 1
    return first, last


def _memberships(
    bs: list[Bound], probes: list[int]
) -> Iterator[tuple[int, int, Callable[[], frozenset[int]]]]:
    """For each probe (ascending): how many bounds hold it, and a function giving which.

    A sweep: each bound enters and leaves the active set once, so counting grows with the
    number of bounds and probes, not their product (a 1,000-candidate contest has 1,000
    bounds and some 8,000 probes). The set itself is built only when asked for, and once
    per change, since only the best-supported probes need it.
    """
    ranges = [_whole_range(b.interval) for b in bs]
    starts = sorted((first, k) for k, (first, last) in enumerate(ranges) if first <= last)
    ends = sorted((last, k) for k, (first, last) in enumerate(ranges) if first <= last)
    active: set[int] = set()
    snapshot: list[frozenset[int] | None] = [None]

    def members() -> frozenset[int]:
        shown = snapshot[0]
        if shown is None:
            shown = snapshot[0] = frozenset(active)
        return shown

    i = j = 0
    for t in probes:
        while i < len(starts) and starts[i][0] <= t:
            active.add(starts[i][1])
            i += 1
            snapshot[0] = None
        while j < len(ends) and ends[j][0] < t:
            active.discard(ends[j][1])
            j += 1
            snapshot[0] = None
        yield t, len(active), members


def consensus(bs: list[Bound]) -> Consensus:
    """The best-supported totals and the bounds that disagree with them."""
    return tied_consensuses(bs)[0]


def tied_consensuses(bs: list[Bound]) -> list[Consensus]:
    """Every consensus as well supported and as preferred as the best, the first first.

    More than one when the figures split evenly: two candidates whose (votes, share) pairs
    each fit some total but not the same one, and neither keeps a stated total or a full
    list the other leaves out. Which pair is wrong is then a choice, and a rule that blames
    one must have a reason beyond the count (a typo that explains it)."""
    best: dict[frozenset[int], list[int]] = {}
    best_count = -1
    for t, count, members in _memberships(bs, _probe_points(bs)):
        if count > best_count:
            best, best_count = {members(): [t]}, count
        elif count == best_count:
            best.setdefault(members(), []).append(t)
    if not best:
        return [Consensus(None, Interval.at_least(1), (), False)]

    def weight(members: frozenset[int]) -> tuple[int, int]:
        # A stated total or a full list is one typed figure; prefer blaming a pair over it,
        # and prefer the consensus that keeps the stated total when the count is tied.
        kept_total = sum(1 for k in members if bs[k].kind in ("total", "complete"))
        return (len(members), kept_total)

    ranked = sorted(best, key=weight, reverse=True)
    # Ambiguous when another consensus has as many bounds; tied when it is as preferred too
    # (keeping a stated total is a reason beyond the count to prefer one).
    ambiguous = len(ranked) > 1 and len(ranked[1]) == len(ranked[0])
    tied = [m for m in ranked if weight(m) == weight(ranked[0])]
    out = []
    for kept in tied:
        region = agreed([bs[k] for k in kept]) & Interval.at_least(1)
        totals = region.integers() if region.hi is not None else None
        excluded = tuple(b for k, b in enumerate(bs) if k not in kept)
        out.append(Consensus(totals, region, excluded, ambiguous))
    return out


def share_range(votes: int, totals: tuple[int, int]) -> tuple[Fraction, Fraction]:
    """Shares ``100·votes/T`` over a range of totals, smallest first."""
    lo_t, hi_t = totals
    return percent(votes, hi_t), percent(votes, lo_t)


def votes_range(share: Interval, totals: tuple[int, int]) -> tuple[int, int] | None:
    """Whole vote counts that give a share in ``share`` for some total in ``totals``."""
    lo_t, hi_t = totals
    first: int | None = None
    last: int | None = None
    # Vote counts fitting T form [T·lo/100, T·hi/100); the union over T is contiguous in practice
    # but its ends are exact only at the extreme totals, which is all a message needs.
    lo_scaled = share.scale(Fraction(lo_t, 100))
    hi_scaled = share.scale(Fraction(hi_t, 100))
    for iv in (lo_scaled, hi_scaled):
        if iv.lo is None or iv.hi is None:
            return None
        rng = iv.integers()
        if rng:
            first = rng[0] if first is None else min(first, rng[0])
            last = rng[1] if last is None else max(last, rng[1])
    if first is None or last is None:
        return None
    return first, last
