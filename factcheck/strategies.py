"""Hypothesis strategies for election results: consistent contests, and contests with one error.

Install with the ``strategies`` extra (``pip install factcheck-elections[strategies]``), then::

    from hypothesis import given
    from factcheck import check
    from factcheck.strategies import contest_results, perturbations

    @given(contest_results())
    def test_consistent_results_pass(contest):
        assert check(contest).findings == ()

    @given(perturbations())
    def test_one_wrong_figure_is_caught(p):
        # Generated figures have no place in a text, so no two findings are merged into one;
        # for a checked file, also count the names under each finding's evidence["also"].
        fired = {f.name for f in check(p.contest).findings}
        assert p.must_fire <= fired

:func:`contest_results` draws contests whose every figure is true to the same underlying count:
whole vote counts, shares and turnout rounded exactly (never through floats) from them, stated
ranks and majorities computed from the votes. :func:`perturbations` then moves exactly one
figure beyond what its rounding allows, and says which rules must notice.

factcheck's hypothesis entry point (:mod:`factcheck._hypothesis_hook`) means
``st.from_type(ContestResult)`` draws :func:`contest_results` wherever hypothesis and factcheck
are both installed.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal, TypedDict, TypeVar, get_args

from hypothesis import assume
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from factcheck.checks.arithmetic import (
    MajorityMismatch,
    RankOrderMismatch,
    SharesExceedTotal,
    ShareVotesMismatch,
    TotalMismatch,
    TurnoutMismatch,
)
from factcheck.checks.arithmetic.turnout_mismatch import MAX_REJECTED_SHARE
from factcheck.intervals import Rounding, format_number, percent, to_decimal
from factcheck.models import CandidateResult, ContestResult, Figure, Unit

__all__ = [
    "PERTURBATION_KINDS",
    "Perturbation",
    "PerturbationKind",
    "contest_results",
    "perturbations",
]

T = TypeVar("T")

PerturbationKind = Literal[
    "votes",
    "share",
    "shares-sum",
    "total",
    "majority",
    "majority-share",
    "rank",
    "turnout",
    "electorate",
]
"""Which figure a perturbation breaks, and how.

``votes``: a candidate's votes no longer fit their share of the stated total.
``share``: a candidate's share no longer fits their votes and the known total.
``shares-sum``: one share inflated until the shares add up to more than rounding allows.
``total``: the stated valid-vote total below the listed votes (or off a complete list's sum).
``majority``: the majority in votes is not the winner's lead.
``majority-share``: the majority in points is not the lead as a share of the stated total.
``rank``: a stated finishing position no order of the votes can give.
``turnout``: a turnout that fits neither turnout definition.
``electorate``: an electorate smaller than the ballots counted.
"""

PERTURBATION_KINDS: tuple[PerturbationKind, ...] = get_args(PerturbationKind)
"""Every kind of perturbation :func:`perturbations` knows."""

_ROUNDINGS: tuple[Rounding, ...] = get_args(Rounding)
_PARTIES = (
    "Labour",
    "Conservative",
    "Liberal Democrat",
    "Green Party",
    "Reform UK",
    "SNP",
    "Plaid Cymru",
    "Independent",
    "Workers Party",
    "UKIP",
)
_MAX_HIDDEN = 3
"""At most this many candidates are left out of a partial list."""


@dataclass(frozen=True, slots=True)
class Perturbation:
    """A consistent contest with exactly one figure moved beyond what its rounding allows."""

    contest: ContestResult
    """The contest with the wrong figure."""
    original: ContestResult
    """The consistent contest it came from."""
    kind: PerturbationKind
    path: tuple[str | int, ...]
    """Where the changed figure is, e.g. ``("candidates", 1, "votes")`` or ``("turnout",)``."""
    before: Figure
    after: Figure
    must_fire: frozenset[str]
    """Names of the rules that must report the contest: the figures prove an error."""
    may_fire: frozenset[str]
    """Names of other rules the change may trip; any rule outside both sets is a false alarm."""
    description: str
    """What was changed and why it is wrong, for failure messages."""


# -- knobs ------------------------------------------------------------------------------------


def _strategy(value: T | SearchStrategy[T]) -> SearchStrategy[T]:
    return value if isinstance(value, SearchStrategy) else st.just(value)


def _check_rounding(rounding: object) -> Rounding:
    if rounding not in _ROUNDINGS:
        raise InvalidArgument(f"rounding={rounding!r} must be one of {', '.join(_ROUNDINGS)}")
    return rounding


def _round(draw: st.DrawFn, x: Fraction, decimals: int, rounding: Rounding) -> Decimal:
    """``x`` rounded the way a writer using ``rounding`` would have printed it."""
    half_even = rounding == "half-even" or (rounding == "any" and draw(st.booleans()))
    if half_even:
        # Fraction.__round__ rounds half to even, exactly.
        return Decimal(round(x * 10**decimals)).scaleb(-decimals)
    return to_decimal(x, decimals)


def _percentage(value: Decimal, unit: Unit = Unit.PERCENT) -> Figure:
    return Figure.percentage(str(value), unit=unit)


# -- consistent contests ----------------------------------------------------------------------


def contest_results(
    *,
    n_candidates: int | SearchStrategy[int] = st.integers(2, 10),  # noqa: B008
    votes: SearchStrategy[int] = st.integers(0, 50_000),  # noqa: B008
    decimals: int | SearchStrategy[int] = st.sampled_from([0, 1, 2]),  # noqa: B008
    rounding: Rounding = "half-up",
    complete: bool | SearchStrategy[bool | None] | None = st.booleans() | st.none(),  # noqa: B008
    with_votes: bool | SearchStrategy[bool] = True,
    with_shares: bool | SearchStrategy[bool] = True,
    with_total: bool | SearchStrategy[bool] = st.booleans(),  # noqa: B008
    with_turnout: bool | SearchStrategy[bool] = st.booleans(),  # noqa: B008
    with_rejected: bool | SearchStrategy[bool] = st.booleans(),  # noqa: B008
    with_majority: bool | SearchStrategy[bool] = st.booleans(),  # noqa: B008
    with_majority_share: bool | SearchStrategy[bool] = st.booleans(),  # noqa: B008
    with_ranks: bool | SearchStrategy[bool] = st.booleans(),  # noqa: B008
) -> SearchStrategy[ContestResult]:
    """Contests whose every figure agrees with one true count.

    Each candidate polls a whole number of votes drawn from ``votes``; the valid-vote total is
    the sum over every candidate. Shares, turnout and the majority in points are rounded
    exactly from the counts to ``decimals`` places, as a writer using ``rounding`` would
    (under ``"any"``, each figure is rounded half-up or half-even at random). Nothing in a
    drawn contest should make any rule fire, under the same ``rounding``.

    ``n_candidates`` candidates are listed. ``complete`` says whether that is all of them:
    when it is False (or None, unknown) up to three more candidates stood, unlisted. They may
    have beaten listed candidates, but as in a news story the winner and the runner-up are
    always listed: no unlisted candidate polled more than the listed runner-up. The
    valid-vote total includes their votes.

    The ``with_*`` knobs say which figures are stated. ``with_votes``, ``with_shares`` and
    ``with_ranks`` are drawn once per candidate (pass ``st.booleans()`` to leave some out);
    the others once per contest. Ranks are stated only for candidates whose vote count no
    other candidate shares, so every stated rank is a fact. ``with_turnout`` states the
    electorate and a turnout, either valid votes or all ballots (valid plus rejected, at most
    5% of the valid vote) over the electorate, the two definitions in use.

    Every knob but ``rounding`` takes a value or a strategy.
    """
    rounding = _check_rounding(rounding)
    return _contest_results(
        n_candidates=_strategy(n_candidates),
        votes=votes,
        decimals=_strategy(decimals),
        rounding=rounding,
        complete=_strategy(complete),
        with_votes=_strategy(with_votes),
        with_shares=_strategy(with_shares),
        with_total=_strategy(with_total),
        with_turnout=_strategy(with_turnout),
        with_rejected=_strategy(with_rejected),
        with_majority=_strategy(with_majority),
        with_majority_share=_strategy(with_majority_share),
        with_ranks=_strategy(with_ranks),
    )


@st.composite
def _contest_results(
    draw: st.DrawFn,
    *,
    n_candidates: SearchStrategy[int],
    votes: SearchStrategy[int],
    decimals: SearchStrategy[int],
    rounding: Rounding,
    complete: SearchStrategy[bool | None],
    with_votes: SearchStrategy[bool],
    with_shares: SearchStrategy[bool],
    with_total: SearchStrategy[bool],
    with_turnout: SearchStrategy[bool],
    with_rejected: SearchStrategy[bool],
    with_majority: SearchStrategy[bool],
    with_majority_share: SearchStrategy[bool],
    with_ranks: SearchStrategy[bool],
) -> ContestResult:
    n = draw(n_candidates)
    if n < 1:
        raise InvalidArgument(f"n_candidates drew {n}; a contest needs at least one candidate")
    d = draw(decimals)
    if d < 0:
        raise InvalidArgument(f"decimals drew {d}; it must be 0 or more")
    listed = [draw(votes) for _ in range(n)]
    if any(v < 0 for v in listed):
        raise InvalidArgument("votes drew a negative count")
    is_complete = draw(complete)
    n_hidden = 0 if is_complete else draw(st.integers(int(is_complete is False), _MAX_HIDDEN))
    # Unlisted candidates may beat listed ones, but never the listed winner or runner-up.
    ceiling = sorted(listed)[-2] if n >= 2 else listed[0]
    hidden = [draw(st.integers(0, ceiling)) for _ in range(n_hidden)]
    if sum(listed) + sum(hidden) == 0:
        listed[0] = 1  # a contest with no valid votes has no shares to print
    everyone = listed + hidden
    valid = sum(everyone)

    candidates = []
    for i, v in enumerate(listed):
        share = _percentage(_round(draw, percent(v, valid), d, rounding))
        unique = everyone.count(v) == 1
        rank = 1 + sum(1 for other in everyone if other > v)
        candidates.append(
            CandidateResult(
                name=f"Candidate {chr(ord('A') + i % 26)}{i // 26 or ''}",
                party=_PARTIES[i % len(_PARTIES)],
                votes=Figure.count(v) if draw(with_votes) else None,
                share=share if draw(with_shares) else None,
                rank=Figure.count(rank, Unit.RANK) if draw(with_ranks) and unique else None,
            )
        )

    top = sorted(everyone, reverse=True)
    lead = top[0] - top[1] if len(top) >= 2 else None
    majority = Figure.count(lead) if lead is not None and draw(with_majority) else None
    majority_share = None
    if lead is not None and draw(with_majority_share):
        majority_share = _percentage(_round(draw, percent(lead, valid), d, rounding), Unit.POINTS)

    # As many rejected ballots as the turnout rule accepts when they go unstated.
    rejected = draw(st.integers(0, math.floor(valid * MAX_REJECTED_SHARE)))
    rejected_fig = Figure.count(rejected, Unit.PEOPLE) if draw(with_rejected) else None
    electorate_fig = turnout = None
    if draw(with_turnout):
        electorate = valid + rejected + draw(st.integers(0, 3 * valid + 100))
        ballots = valid + rejected if draw(st.booleans()) else valid
        turnout = _percentage(_round(draw, percent(ballots, electorate), d, rounding))
        electorate_fig = Figure.count(electorate, Unit.PEOPLE)

    return ContestResult(
        name="Generated constituency",
        candidates=tuple(candidates),
        complete=is_complete,
        valid_votes=Figure.count(valid) if draw(with_total) else None,
        rejected=rejected_fig,
        electorate=electorate_fig,
        turnout=turnout,
        majority=majority,
        majority_share=majority_share,
    )


# -- perturbations ----------------------------------------------------------------------------

_SHARES = ShareVotesMismatch.name
_SUM = SharesExceedTotal.name
_TOTAL = TotalMismatch.name
_MAJORITY = MajorityMismatch.name
_RANK = RankOrderMismatch.name
_TURNOUT = TurnoutMismatch.name

_OFFSET = st.integers(0, 200)
"""How far past the first wrong value to go; shrinks to the edge of the rounding interval."""


def _count(fig: Figure | None) -> int | None:
    return int(fig.value) if fig is not None and fig.exact else None


def _half(fig: Figure) -> Fraction:
    return Fraction(fig.precision) / 2


def _pinned_total(contest: ContestResult) -> int | None:
    """The valid-vote total the figures fix: stated, or the sum of a complete list."""
    stated = _count(contest.valid_votes)
    if stated is not None:
        return stated
    counts = [_count(c.votes) for c in contest.candidates]
    if contest.complete and contest.candidates and all(v is not None for v in counts):
        return sum(v for v in counts if v is not None)
    return None


def _step_away(
    draw: st.DrawFn, fig: Figure, true: Sequence[Fraction], rounding: Rounding
) -> Decimal | None:
    """A value on ``fig``'s grid whose rounding interval holds none of ``true``, or None.

    Starts at the first such value above or below the printed one, then goes further by a
    drawn number of steps, so shrinking lands on the edge of the interval.
    """
    step = fig.precision
    options: list[Decimal] = []
    for sign in (1, -1):
        for k in range(1, 4):
            value = (fig.value + sign * k * step).quantize(step)
            if value < 0:
                break
            if not any(t in Figure.percentage(str(value)).interval(rounding) for t in true):
                options.append(value)
                break
    if not options:
        return None
    start = draw(st.sampled_from(options))
    further = draw(_OFFSET) * step
    value = start + further if start > fig.value else start - further
    return (value if value >= 0 else start).quantize(step)


def _fitting_counts(share: Figure, total: int, rounding: Rounding) -> tuple[int, int]:
    """The first and last vote counts whose share of ``total`` rounds to ``share``."""
    iv = share.interval(rounding)
    centre = Fraction(share.value) * total / 100
    spread = _half(share) * total / 100 + 2
    lo = max(0, math.floor(centre - spread))
    hi = math.ceil(centre + spread)
    # Walk in from both ends of a range known to contain the interval.
    while percent(lo, total) not in iv:
        lo += 1
    while percent(hi, total) not in iv:
        hi -= 1
    return lo, hi


def _replace_candidate(contest: ContestResult, i: int, **update: Figure) -> ContestResult:
    cands = list(contest.candidates)
    cands[i] = cands[i].model_copy(update=update)
    return contest.model_copy(update={"candidates": tuple(cands)})


def _moved(
    c: ContestResult,
    path: tuple[str] | tuple[str, int, str],
    after: Figure,
    *,
    kind: PerturbationKind,
    must_fire: frozenset[str],
    may_fire: frozenset[str] = frozenset(),
    description: str,
) -> Perturbation:
    """``c`` with the figure at ``path`` replaced by ``after``: the one place a change is made."""
    if len(path) == 3:
        _, i, field = path
        before = getattr(c.candidates[i], field)
        contest = _replace_candidate(c, i, **{field: after})
    else:
        (field,) = path
        before = getattr(c, field)
        contest = c.model_copy(update={field: after})
    assert isinstance(before, Figure)
    return Perturbation(
        contest=contest,
        original=c,
        kind=kind,
        path=path,
        before=before,
        after=after,
        must_fire=must_fire,
        may_fire=may_fire,
        description=description,
    )


def _with_votes_and_share(c: ContestResult) -> list[int]:
    """Candidates whose vote count and share can be played against each other."""
    return [
        i
        for i, cand in enumerate(c.candidates)
        if _count(cand.votes) is not None and cand.share is not None
    ]


def _perturb_votes(draw: st.DrawFn, c: ContestResult, rounding: Rounding) -> Perturbation | None:
    total = _count(c.valid_votes)
    targets = _with_votes_and_share(c)
    if not total or not targets:
        return None
    i = draw(st.sampled_from(targets))
    cand = c.candidates[i]
    assert cand.votes is not None
    assert cand.share is not None
    first, last = _fitting_counts(cand.share, total, rounding)
    directions = ["up"] + (["down"] if first > 0 else [])
    if draw(st.sampled_from(directions)) == "up":
        new = last + 1 + draw(_OFFSET)
    else:
        new = first - 1 - draw(st.integers(0, first - 1))
    after = Figure.count(new)
    return _moved(
        c,
        ("candidates", i, "votes"),
        after,
        kind="votes",
        must_fire=frozenset({_SHARES}),
        may_fire=frozenset({_TOTAL, _MAJORITY, _RANK, _TURNOUT}),
        description=f"{cand.name}'s votes {cand.votes.text} -> {after.text}: "
        f"{cand.share.text}% of the stated {total:,} is {first:,}-{last:,} votes",
    )


def _perturb_share(draw: st.DrawFn, c: ContestResult, rounding: Rounding) -> Perturbation | None:
    total = _pinned_total(c)
    targets = _with_votes_and_share(c)
    if not total or not targets:
        return None
    i = draw(st.sampled_from(targets))
    cand = c.candidates[i]
    assert cand.share is not None
    v = _count(cand.votes)
    assert v is not None
    value = _step_away(draw, cand.share, [percent(v, total)], rounding)
    if value is None:
        return None
    after = _percentage(value)
    return _moved(
        c,
        ("candidates", i, "share"),
        after,
        kind="share",
        must_fire=frozenset({_SHARES}),
        may_fire=frozenset({_SUM, _MAJORITY, _RANK}),
        description=f"{cand.name}'s share {cand.share.text}% -> {after.text}%, "
        f"but {v:,} of {total:,} is {format_number(percent(v, total), 4)}%",
    )


def _perturb_shares_sum(
    draw: st.DrawFn, c: ContestResult, rounding: Rounding
) -> Perturbation | None:
    targets = [i for i, cand in enumerate(c.candidates) if cand.share is not None]
    if not targets:
        return None
    i = draw(st.sampled_from(targets))
    share = c.candidates[i].share
    assert share is not None
    others_lowest = sum(
        (
            Fraction(o.share.value) - _half(o.share)
            for j, o in enumerate(c.candidates)
            if j != i and o.share is not None
        ),
        Fraction(0),
    )
    # The smallest printed value whose lowest reading takes the lowest possible sum past 100.
    step = Fraction(share.precision)
    need = 100 - others_lowest + _half(share)
    first = step * (math.floor(need / step) + 1) + draw(_OFFSET) * step
    value = to_decimal(first, share.decimals)
    after = _percentage(value)
    return _moved(
        c,
        ("candidates", i, "share"),
        after,
        kind="shares-sum",
        must_fire=frozenset({_SUM}),
        may_fire=frozenset({_SHARES, _MAJORITY, _RANK}),
        description=f"{c.candidates[i].name}'s share {share.text}% -> {after.text}%: "
        f"the other shares are at least {format_number(others_lowest, 4)}%",
    )


def _perturb_total(draw: st.DrawFn, c: ContestResult, rounding: Rounding) -> Perturbation | None:
    stated = c.valid_votes
    total = _count(stated)
    if stated is None or total is None:
        return None
    counts = [_count(cand.votes) for cand in c.candidates]
    listed = sum(v for v in counts if v is not None)
    directions = ["down"] if listed >= 1 else []
    if c.complete and counts and all(v is not None for v in counts):
        directions.append("up")
    if not directions:
        return None
    if draw(st.sampled_from(directions)) == "down":
        new = listed - 1 - draw(st.integers(0, listed - 1))
        why = f"the listed votes add up to {listed:,}"
    else:
        new = total + 1 + draw(_OFFSET)
        why = f"the complete list adds up to {listed:,}"
    after = Figure.count(new)
    return _moved(
        c,
        ("valid_votes",),
        after,
        kind="total",
        must_fire=frozenset({_TOTAL}),
        # The rank rule bounds unlisted candidates by the stated total, so trusts it.
        may_fire=frozenset({_SHARES, _MAJORITY, _RANK, _TURNOUT}),
        description=f"valid votes {stated.text} -> {after.text}: {why}",
    )


def _top_two(c: ContestResult) -> tuple[int, int] | None:
    """The two largest vote counts, when the figures prove nobody else polled more.

    Every listed candidate must have a count, and the list be complete or leave out fewer
    votes (by the stated total) than the runner-up's: otherwise an unseen candidate could be
    the winner or the runner-up, and no majority is provably wrong.
    """
    counts = [_count(cand.votes) for cand in c.candidates]
    known = sorted(v for v in counts if v is not None)
    if len(known) < 2 or len(known) < len(counts):
        return None
    total = _count(c.valid_votes)
    if not c.complete and (total is None or total - sum(known) > known[-2]):
        return None
    return known[-1], known[-2]


def _perturb_majority(draw: st.DrawFn, c: ContestResult, rounding: Rounding) -> Perturbation | None:
    stated, top = c.majority, _top_two(c)
    if stated is None or top is None:
        return None
    lead = top[0] - top[1]
    directions = ["up"] + (["down"] if lead > 0 else [])
    if draw(st.sampled_from(directions)) == "up":
        new = lead + 1 + draw(_OFFSET)
    else:
        new = lead - 1 - draw(st.integers(0, lead - 1))
    after = Figure.count(new)
    return _moved(
        c,
        ("majority",),
        after,
        kind="majority",
        must_fire=frozenset({_MAJORITY}),
        description=f"majority {stated.text} -> {after.text}: "
        f"the top two listed polled {top[0]:,} and {top[1]:,}",
    )


def _perturb_majority_share(
    draw: st.DrawFn, c: ContestResult, rounding: Rounding
) -> Perturbation | None:
    stated, top, total = c.majority_share, _top_two(c), _count(c.valid_votes)
    if stated is None or top is None or not total:
        return None
    lead = percent(top[0] - top[1], total)
    readings = [lead]
    # The rule also accepts the difference of the printed shares, as newsrooms compute it.
    ranked = sorted(
        (cand for cand in c.candidates if cand.votes is not None),
        key=lambda cand: -cand.votes.value if cand.votes else 0,
    )
    if len(ranked) >= 2 and ranked[0].share is not None and ranked[1].share is not None:
        readings.append(Fraction(ranked[0].share.value - ranked[1].share.value))
    value = _step_away(draw, stated, readings, rounding)
    if value is None:
        return None
    after = _percentage(value, Unit.POINTS)
    return _moved(
        c,
        ("majority_share",),
        after,
        kind="majority-share",
        must_fire=frozenset({_MAJORITY}),
        description=f"majority {stated.text} points -> {after.text}: "
        f"the lead is {format_number(lead, 4)} points of {total:,}",
    )


def _perturb_rank(draw: st.DrawFn, c: ContestResult, rounding: Rounding) -> Perturbation | None:
    n = len(c.candidates)
    options: list[tuple[int, int, int]] = []  # (candidate, lowest wrong rank, highest)
    for i, cand in enumerate(c.candidates):
        v = _count(cand.votes)
        if cand.rank is None or v is None:
            continue
        others = [_count(o.votes) for j, o in enumerate(c.candidates) if j != i]
        ahead = sum(1 for o in others if o is not None and o > v)
        behind = sum(1 for o in others if o is not None and o < v)
        if ahead:
            options.append((i, 1, ahead))  # placed above someone who polled more
        if c.complete:
            # Below more candidates than could possibly have beaten them.
            worst = n - behind
            options.append((i, worst + 1, worst + 1 + 10))
    if not options:
        return None
    i, lo, hi = draw(st.sampled_from(options))
    cand = c.candidates[i]
    assert cand.rank is not None
    after = Figure.count(draw(st.integers(lo, hi)), Unit.RANK)
    return _moved(
        c,
        ("candidates", i, "rank"),
        after,
        kind="rank",
        must_fire=frozenset({_RANK}),
        description=f"{cand.name}'s rank {cand.rank.text} -> {after.text}",
    )


def _perturb_turnout(draw: st.DrawFn, c: ContestResult, rounding: Rounding) -> Perturbation | None:
    stated = c.turnout
    electorate, valid = _count(c.electorate), _count(c.valid_votes)
    if stated is None or not electorate or valid is None:
        return None
    rejected = _count(c.rejected)
    readings = [percent(valid, electorate)]
    if rejected is not None:
        readings.append(percent(valid + rejected, electorate))
    else:
        # Unstated rejected ballots may explain a turnout a little above the valid-vote one.
        readings.append(percent(valid * (1 + MAX_REJECTED_SHARE), electorate))
    step, half = Fraction(stated.precision), _half(stated)
    options: list[Fraction] = []
    below = step * (math.ceil((min(readings) - half) / step) - 1)
    if below >= 0:
        options.append(below)
    options.append(step * (math.floor((max(readings) + half) / step) + 1))
    start = draw(st.sampled_from(options))
    further = draw(_OFFSET) * step
    value = start + further if start == options[-1] else max(Fraction(0), start - further)
    after = _percentage(to_decimal(value, stated.decimals))
    return _moved(
        c,
        ("turnout",),
        after,
        kind="turnout",
        must_fire=frozenset({_TURNOUT}),
        description=f"turnout {stated.text}% -> {after.text}%: readings "
        + ", ".join(f"{format_number(r, 4)}%" for r in readings),
    )


def _perturb_electorate(
    draw: st.DrawFn, c: ContestResult, rounding: Rounding
) -> Perturbation | None:
    stated = c.electorate
    valid = _count(c.valid_votes)
    if stated is None or valid is None:
        return None
    ballots = valid + (_count(c.rejected) or 0)
    if ballots < 1:
        return None
    after = Figure.count(ballots - 1 - draw(st.integers(0, ballots - 1)), Unit.PEOPLE)
    return _moved(
        c,
        ("electorate",),
        after,
        kind="electorate",
        must_fire=frozenset({_TOTAL}),
        may_fire=frozenset({_TURNOUT}),
        description=f"electorate {stated.text} -> {after.text}, below {ballots:,} ballots",
    )


_PERTURBERS = {
    "votes": _perturb_votes,
    "share": _perturb_share,
    "shares-sum": _perturb_shares_sum,
    "total": _perturb_total,
    "majority": _perturb_majority,
    "majority-share": _perturb_majority_share,
    "rank": _perturb_rank,
    "turnout": _perturb_turnout,
    "electorate": _perturb_electorate,
}


class _Needs(TypedDict, total=False):
    with_votes: bool
    with_shares: bool
    with_total: bool
    with_turnout: bool
    with_majority: bool
    with_majority_share: bool
    with_ranks: bool


_NEEDS: dict[PerturbationKind, _Needs] = {
    "votes": {"with_total": True, "with_votes": True, "with_shares": True},
    "share": {"with_total": True, "with_votes": True, "with_shares": True},
    "shares-sum": {"with_shares": True},
    "total": {"with_total": True, "with_votes": True},
    "majority": {"with_majority": True, "with_votes": True, "with_total": True},
    "majority-share": {"with_majority_share": True, "with_total": True, "with_votes": True},
    "rank": {"with_ranks": True, "with_votes": True},
    "turnout": {"with_turnout": True, "with_total": True},
    "electorate": {"with_turnout": True, "with_total": True},
}
"""The figures each kind needs stated, so a default base contest always has them."""


def perturbations(
    base: ContestResult | SearchStrategy[ContestResult] | None = None,
    *,
    kinds: Collection[PerturbationKind] = PERTURBATION_KINDS,
    rounding: Rounding = "half-up",
) -> SearchStrategy[Perturbation]:
    """One figure of a consistent contest moved beyond its rounding, and the rules that must fire.

    ``base`` is the consistent contest to break: a contest, a strategy of them, or None to
    draw from :func:`contest_results` with whatever figures the chosen kind needs. Its figures
    must agree under ``rounding``, the convention the perturbation steps past. ``kinds``
    limits how the contest may be broken (see :data:`PerturbationKind`); a kind the contest
    lacks the figures for is skipped, and a contest no kind applies to is rejected.

    Each perturbation changes one figure just far enough that the figures prove an error,
    then a drawn distance further: shrinking finds the smallest change the rules miss.
    """
    rounding = _check_rounding(rounding)
    chosen = tuple(dict.fromkeys(kinds))
    unknown = [k for k in chosen if k not in PERTURBATION_KINDS]
    if not chosen or unknown:
        raise InvalidArgument(
            f"kinds must be a non-empty collection of {', '.join(PERTURBATION_KINDS)}; "
            f"got {sorted(kinds)!r}"
        )
    if base is None:
        return st.sampled_from(chosen).flatmap(
            lambda kind: _perturbations(
                contest_results(rounding=rounding, **_NEEDS[kind]), (kind,), rounding
            )
        )
    return _perturbations(_strategy(base), chosen, rounding)


@st.composite
def _perturbations(
    draw: st.DrawFn,
    base: SearchStrategy[ContestResult],
    kinds: tuple[PerturbationKind, ...],
    rounding: Rounding,
) -> Perturbation:
    contest = draw(base)
    order = draw(st.permutations(kinds)) if len(kinds) > 1 else list(kinds)
    for kind in order:
        found = _PERTURBERS[kind](draw, contest, rounding)
        if found is not None:
            return found
    assume(False)
    raise AssertionError("unreachable")  # pragma: no cover
