"""What the contest rules all need to know about one contest, worked out once.

Six arithmetic rules look at every contest, and each used to work out the same things for
itself: every candidate's whole vote count (``votes_of``, five rules), the votes listed in
all, whether every candidate has a count, the stated valid-vote total, the order of the
candidates by votes (two rules), each share's rounding interval (two rules). Together that
was about a third of their time on results copy, where most contests are consistent and the
rules find nothing. :func:`contest_facts` works them out in one pass over the candidates and
keeps the answer for the contest being checked, so the next rule asked about the same
contest (the engine runs every contest rule on a contest before the next contest) reads it.

The facts are derived from the typed models alone: a rule reads them and never parses text.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from factcheck.intervals import Interval, Rounding
from factcheck.models import ContestResult, Figure


def votes_of(fig: Figure | None) -> int | None:
    """Whole vote count of an exact figure, or None."""
    if fig is None or not fig.exact:
        return None
    return int(fig.value)


@dataclass(frozen=True, slots=True)
class ContestFacts:
    """One contest's figures as whole numbers and intervals, for every rule to read."""

    rounding: Rounding
    votes: tuple[int | None, ...]
    """Each candidate's exact vote count (:func:`votes_of`), in the contest's order."""
    listed: int
    """The listed vote counts added up."""
    every_count: bool
    """Every candidate has an exact vote count (True for a contest with no candidates)."""
    valid: int | None
    """The stated valid-vote total, when exact."""
    shares: tuple[Interval | None, ...]
    """Each candidate's share interval under ``rounding``, None where no share is given."""
    pairs: int
    """How many candidates have both an exact vote count and a share."""
    ranked: tuple[tuple[int, int], ...]
    """``(index, votes)`` of each candidate with a vote count, most votes first (as many
    votes: in the listed order)."""
    complete_count: int | None
    """The valid-vote total the list itself gives: the listed votes when the contest is
    marked complete and every candidate has a count, else None."""


_last: list[tuple[weakref.ref[ContestResult], Rounding, ContestFacts] | None] = [None]


def contest_facts(contest: ContestResult, rounding: Rounding) -> ContestFacts:
    """The facts of ``contest`` under ``rounding``, worked out once for the contest.

    The last answer is kept, for the contest object it was worked out for: the engine runs
    every contest rule on one contest before the next, so each rule after the first reads it.
    The contest is held weakly (a streamed results file lets each chunk's contests go once
    they are checked), so a contest that has gone is never taken for a new one with its
    address. Reading and replacing the one kept item is atomic: threads checking different
    contests at once only work some out twice.
    """
    seen = _last[0]
    if seen is not None and seen[0]() is contest and seen[1] == rounding:
        return seen[2]
    made = _facts(contest, rounding)
    _last[0] = (weakref.ref(contest), rounding, made)
    return made


def _facts(contest: ContestResult, rounding: Rounding) -> ContestFacts:
    votes: list[int | None] = []
    shares: list[Interval | None] = []
    listed = 0
    pairs = 0
    every = True
    for cand in contest.candidates:
        fig = cand.votes
        v = int(fig.value) if fig is not None and fig.exact else None
        votes.append(v)
        share = cand.share
        shares.append(share.interval(rounding) if share is not None else None)
        if v is None:
            every = False
        else:
            listed += v
            if share is not None:
                pairs += 1
    # sorted is stable: candidates with as many votes stay in the listed order.
    ranked = [(i, v) for i, v in enumerate(votes) if v is not None]
    ranked.sort(key=lambda iv: -iv[1])
    complete = contest.complete and every and contest.candidates
    return ContestFacts(
        rounding=rounding,
        votes=tuple(votes),
        listed=listed,
        every_count=every,
        valid=votes_of(contest.valid_votes),
        shares=tuple(shares),
        pairs=pairs,
        ranked=tuple(ranked),
        complete_count=listed if complete else None,
    )
