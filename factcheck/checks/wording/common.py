"""What the wording rules share: whose figure a claim is about, changes as intervals, rewording.

Claims name their contest and candidate loosely ("Fitzpatrick", "Ms Ali", "Labour"); the
helpers here find the figures they are about, compute a change both ways (points and per cent)
with exact interval arithmetic, and search the hedge pack for a description that fits a value.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar, cast

from factcheck import compiled_re as re
from factcheck.extract.numbers import NumberKind, find_numbers
from factcheck.intervals import Interval, Rounding, format_number, to_decimal
from factcheck.models import (
    Article,
    BoundClaim,
    CandidateResult,
    ChangeClaim,
    ContestResult,
    Figure,
    Quantity,
    Severity,
    Unit,
)
from factcheck.names import name_key, person_words
from factcheck.packs import RESERVED_HEDGE, Pack, pragmatic_interval, truth_interval
from factcheck.reference.lookup import OfficialLevels, change_levels, official_for
from factcheck.reference.matching import same_party
from factcheck.rule import RuleContext, Skip

T = TypeVar("T")

PERCENTAGE_UNITS = frozenset({Unit.PERCENT, Unit.POINTS})
COUNT_LIKE_UNITS = frozenset({Unit.VOTES, Unit.SEATS, Unit.PEOPLE})

# -- who and what a claim is about -------------------------------------------------------------


def contest_for(article: Article, contest: str | None) -> ContestResult | None:
    """The contest a claim names, or the article's only contest when it names none."""
    if contest is None:
        return article.contests[0] if len(article.contests) == 1 else None
    return _contests_by_name(article).get(name_key(contest))


_PER_ARTICLE: dict[tuple[int, str], tuple[weakref.ref[Article], object]] = {}


def official_share_levels(
    article: Article, claim: ChangeClaim, ctx: RuleContext
) -> OfficialLevels | None:
    """Both levels of a change of a share or turnout from the official record, if it has them."""
    if claim.quantity not in (Quantity.SHARE, Quantity.TURNOUT):
        return None
    contest = contest_for(article, claim.contest)
    if contest is None and claim.contest:
        # A claim about a seat the article gives no figures for ("and Ms Ali's nearly 11pc",
        # in a story about the next seat) can still be settled by that seat's official record.
        contest = ContestResult(name=claim.contest)
    found = change_levels(article, claim, contest, ctx)
    if found is None or found.previous is None or found.current is None:
        return None
    return found


def official_direction_levels(
    article: Article, claim: ChangeClaim, ctx: RuleContext
) -> OfficialLevels | Skip | None:
    """Both levels of a change stated without figures ("saw his majority shrink") from the
    official record: this election's and the previous election's majority (else share or
    votes) in the claim's seat, for its candidate or party.

    None when the claim does not tie its seat and election (no seat named, or "since 2010":
    perhaps not the election before) or the record lacks either level; a Skip, with the
    reason, when the record's earlier level is not like for like: the seat was redrawn, or
    the majority was another party's, or the claim's holder did not win the seat.
    """
    if claim.contest is None or claim.since is not None:
        return None
    if claim.quantity not in (Quantity.MAJORITY, Quantity.SHARE, Quantity.VOTES):
        return None
    contest = contest_for(article, claim.contest) or ContestResult(name=claim.contest)
    found = change_levels(article, claim, contest, ctx)
    if found is None:
        return None
    if found.redrawn:
        return Skip(
            f"{claim.contest} was redrawn since {found.years.split(' and ')[0]}: the record's "
            "earlier level is another area's, with no like-for-like figure to compare with"
        )
    if claim.quantity is not Quantity.MAJORITY:
        if found.previous is None or found.current is None:
            return None
        return found
    official = official_for(article, contest, ctx)
    if isinstance(official, Skip) or official.previous is None:
        return None
    now, then = official.contest.candidates, official.previous.candidates
    if not now or not then:
        return None
    winner, earlier = now[0], then[0]
    if (claim.party and not same_party(claim.party, winner.party, ctx.pack)) or (
        claim.candidate and person_words(claim.candidate)[-1:] != person_words(winner.name)[-1:]
    ):
        return Skip(
            f"{subject(claim, article)}: {winner.name} ({winner.party}) won {claim.contest}, "
            "so the record holds no majority of the claim's to compare"
        )
    if not same_party(winner.party, earlier.party, ctx.pack):
        return Skip(
            f"{claim.contest} changed hands ({earlier.party} won it in "
            f"{found.years.split(' and ')[0]}): a majority of another holder is not an "
            "increase or decrease of the same one"
        )
    if found.previous_majority is None or found.current_majority is None:
        return None
    return replace(found, previous=found.previous_majority, current=found.current_majority)


def per_article(article: Article, what: str, build: Callable[[Article], T]) -> T:
    """``build(article)``, made once per article and kept while the article lives (it does
    not keep the article alive): an index a rule would otherwise rebuild per claim."""
    key = (id(article), what)
    held = _PER_ARTICLE.get(key)
    if held is not None and held[0]() is article:
        return cast(T, held[1])
    value = build(article)
    _PER_ARTICLE[key] = (weakref.ref(article, lambda _: _PER_ARTICLE.pop(key, None)), value)
    return value


def _contests_by_name(article: Article) -> dict[str, ContestResult]:
    """The first contest of each name (as :func:`name_key` folds it), indexed once per
    article: looking every claim's contest up in a list was claims × contests on a long
    article."""

    def build(article: Article) -> dict[str, ContestResult]:
        index: dict[str, ContestResult] = {}
        for c in article.contests:
            # (Not a contest the text dates to another election that holds only who won it,
            # "who won it in 2017": no level of a claim's is there, and its winner is not
            # this election's.)
            if c.name is not None and not (c.dated and _placings_only(c)):
                index.setdefault(name_key(c.name), c)
        return index

    return per_article(article, "contests by name", build)


def _placings_only(contest: ContestResult) -> bool:
    """Does ``contest`` hold no figure but its candidates' placings?"""
    levels = (contest.turnout, contest.majority, contest.majority_share, contest.electorate)
    if contest.restated or any(f is not None for f in (*levels, contest.ballots)):
        return False
    return all(c.votes is None and c.share is None for c in contest.candidates)


def candidate_for(
    contest: ContestResult | None, candidate: str | None, party: str | None
) -> CandidateResult | None:
    """The candidate a claim names: by full name, then by surname, then by party; None if unsure.

    A surname or party shared by two listed candidates names neither. A named person who is
    not listed is not found by party either: "Ms Ali's share" in a story about Poplar and
    Limehouse is not the Labour candidate's there.
    """
    if contest is None:
        return None
    cands = contest.candidates
    if candidate:
        words = person_words(candidate)
        full = [c for c in cands if person_words(c.name) == words]
        if len(full) == 1:
            return full[0]
        if words:
            by_surname = [c for c in cands if person_words(c.name)[-1:] == words[-1:]]
            if len(by_surname) == 1:
                return by_surname[0]
        return None
    if party:
        key = name_key(party)
        same = [
            c
            for c in cands
            if c.party is not None
            and (name_key(c.party) == key or name_key(c.party).startswith(key + " "))
        ]
        if len(same) == 1:
            return same[0]
    return None


def winner_of(contest: ContestResult | None) -> CandidateResult | None:
    """The stated winner (ranked first), else the listed candidate with most votes or share."""
    if contest is None or not contest.candidates:
        return None
    for c in contest.candidates:
        if c.rank is not None and c.rank.value == 1:
            return c
    voted = [c for c in contest.candidates if c.votes is not None]
    if voted:
        return max(voted, key=lambda c: c.votes.value if c.votes is not None else Decimal(0))
    shared = [c for c in contest.candidates if c.share is not None]
    if shared:
        return max(shared, key=lambda c: c.share.value if c.share is not None else Decimal(0))
    return None


def lead_in_votes(contest: ContestResult | None) -> int | None:
    """The winner's lead over the runner-up in votes: stated, or from the counts when certain.

    Counts settle it only when no one else could be second: the contest is complete and every
    candidate without a count has a share below the listed runner-up's, the text says the
    listed runner-up came second, or the votes left over from the stated total are fewer than
    the runner-up's.
    """
    if contest is None:
        return None
    if contest.majority is not None and contest.majority.exact:
        return int(contest.majority.value)
    counted = sorted(
        (c for c in contest.candidates if c.votes is not None and c.votes.exact),
        key=lambda c: -(c.votes.value if c.votes is not None else 0),
    )
    if len(counted) < 2:
        return None
    first, second = (int(c.votes.value) for c in counted[:2] if c.votes is not None)
    uncounted = [c for c in contest.candidates if c not in counted]
    floor = counted[1].share
    # A candidate shown only by a share below the runner-up's cannot be the runner-up.
    below = floor is not None and all(
        c.share is not None and c.share.value < floor.value for c in uncounted
    )
    certain = bool(contest.complete) and (not uncounted or below)
    # The text says who came second: that is the runner-up, unless another listed count beats it
    # (rank-order-mismatch reports that).
    said_second = counted[1].rank is not None and counted[1].rank.value == 2
    certain = certain or (said_second and (counted[0].rank is None or counted[0].rank.value == 1))
    total = contest.valid_votes
    if not certain and not uncounted and total is not None and total.exact:
        certain = int(total.value) - sum(int(c.votes.value) for c in counted if c.votes) <= second
    return first - second if certain else None


def contest_level(
    article: Article, claim: ChangeClaim | BoundClaim, *, percentage: bool | None
) -> Figure | None:
    """The current figure a claim is about, as the article's results give it.

    ``percentage`` says which kind the claim's other figures are (None: either). A candidate's
    figure is their share or their votes to match, whichever the claim calls it: "7,576 (down
    from 15.2pc)" is about the share, whatever word the claim was filed under. A majority is
    read in votes or in points the same way.
    """
    contest = contest_for(article, claim.contest)
    if contest is None:
        return None
    found: Figure | None = None
    match claim.quantity:
        case Quantity.TURNOUT:
            found = contest.turnout
        case Quantity.SHARE | Quantity.VOTES:
            cand = candidate_for(contest, claim.candidate, claim.party)
            if cand is not None:
                by_share = claim.quantity is Quantity.SHARE if percentage is None else percentage
                found = cand.share if by_share else cand.votes
        case Quantity.RANK:
            cand = candidate_for(contest, claim.candidate, claim.party)
            found = cand.rank if cand is not None else None
        case Quantity.MAJORITY:
            if percentage:
                found = contest.majority_share
            else:
                found = contest.majority
                lead = lead_in_votes(contest)
                if found is None and lead is not None:
                    found = Figure.count(lead)
                if found is None and percentage is None:
                    found = contest.majority_share
    if found is None or percentage is None:
        return found
    return found if (found.unit in PERCENTAGE_UNITS) == percentage else None


@dataclass(frozen=True, slots=True)
class Levels:
    """The two ends of a stated change, and whether the later one came from the results."""

    previous: Figure | None
    current: Figure | None
    current_from_results: bool = False


def levels_of(article: Article, claim: ChangeClaim, *, percentage: bool | None = None) -> Levels:
    """The two ends of a change: from the claim, else the later one from the results."""
    prev, cur = claim.previous, claim.current
    if percentage is None and (prev is not None or cur is not None):
        known = prev if prev is not None else cur
        assert known is not None
        percentage = known.unit in PERCENTAGE_UNITS
    if cur is None:
        found = contest_level(article, claim, percentage=percentage)
        return Levels(prev, found, found is not None)
    return Levels(prev, cur)


def subject(claim: ChangeClaim, article: Article | None = None) -> str:
    """What the claim is about, for a message: "turnout", "Fitzpatrick's share"."""
    whose = claim.candidate or claim.party
    if claim.quantity is Quantity.MAJORITY and whose is None and article is not None:
        winner = winner_of(contest_for(article, claim.contest))
        whose = winner.name if winner is not None else None
    noun = {
        Quantity.SHARE: "share of the vote",
        Quantity.TURNOUT: "turnout",
        Quantity.MAJORITY: "majority",
        Quantity.VOTES: "vote",
        Quantity.SEATS: "seats",
        Quantity.RANK: "position",
    }[claim.quantity]
    if claim.quantity is Quantity.TURNOUT or whose is None:
        return noun if claim.quantity is Quantity.TURNOUT else f"the {noun}"
    return f"{whose}'s {noun}"


# -- intervals -------------------------------------------------------------------------------


def value_interval(fig: Figure, ctx: RuleContext) -> Interval:
    """The values a figure allows, its hedge included ("nearly 68pc" allows anything below 68)."""
    return truth_interval(fig, pack=ctx.pack, rounding=ctx.rounding)


def quotient(num: Interval, den: Interval) -> Interval | None:
    """``a / b`` for every a in ``num`` (never negative) and b in ``den`` (above zero), exactly.

    None when ``den`` is not bounded and above zero, or ``num`` holds no value of zero or more.
    """
    if den.lo is None or den.hi is None or den.lo <= 0:
        return None
    num = num & Interval.at_least(0)
    if num.is_empty or num.lo is None:
        return None
    lo, lo_closed = num.lo / den.hi, num.lo_closed and den.hi_closed
    if num.hi is None:
        return Interval(lo, None, lo_closed, False)
    return Interval(lo, num.hi / den.lo, lo_closed, num.hi_closed and den.lo_closed)


def relative_change(after: Interval, before: Interval) -> Interval | None:
    """``100·(after − before)/before`` for every pair of values allowed, exactly.

    Computed as ``100·(after/before − 1)`` so the two uses of ``before`` cannot disagree. The
    values are levels (never negative); ``before`` must be bounded and above zero.
    """
    ratio = quotient(after, before)
    if ratio is None:
        return None
    return (ratio - Interval.point(1)).scale(100)


def magnitude(iv: Interval) -> Interval:
    """``|x|`` for every x in the interval: the size of a change, whichever way it went."""
    if iv.lo is not None and iv.lo >= 0:
        return iv
    if iv.hi is not None and iv.hi <= 0:
        return -iv
    if iv.lo is None or iv.hi is None:
        return Interval.at_least(0)
    if -iv.lo > iv.hi:
        return Interval(Fraction(0), -iv.lo, True, iv.lo_closed)
    if iv.hi > -iv.lo:
        return Interval(Fraction(0), iv.hi, True, iv.hi_closed)
    return Interval(Fraction(0), iv.hi, True, iv.hi_closed or iv.lo_closed)


def within(inner: Interval, outer: Interval) -> bool:
    """True when every value of ``inner`` lies in ``outer``."""
    return not inner.is_empty and (inner & outer) == inner


def midpoint(iv: Interval) -> Fraction | None:
    """The middle of a bounded interval."""
    if iv.lo is None or iv.hi is None:
        return None
    return (iv.lo + iv.hi) / 2


# -- reading a stated change -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a stated change: what it measures, its size as an interval, the working."""

    key: str
    """A stable name: "points", "relative", "votes", "majority-relative", "share-points"..."""
    label: str
    """For messages: "5.09 percentage points"."""
    size: Interval
    """How big the change is, whichever way it went, allowing for every figure's rounding."""
    face: Fraction
    """The change computed from the figures' face values, signed."""
    working: str
    unit: str
    """The unit words a rewording uses: "percentage points", "per cent", "votes"."""


def show(fig: Figure) -> str:
    """A figure for a message: "67.68%", "39,558", "third"."""
    if not any(ch.isdigit() for ch in fig.text):
        return fig.text
    if fig.unit is Unit.PERCENT:
        return f"{fig.text}%"
    if fig.unit is Unit.POINTS:
        return f"{fig.text} points"
    return fig.text


def digits(fig: Figure) -> str:
    """A figure as digits for a line of working: "five" is 5 there."""
    if any(ch.isdigit() for ch in fig.text):
        return fig.text
    return format_number(Fraction(fig.value), fig.decimals)


def _allowing(iv: Interval, decimals: int) -> str:
    """The interval a computed value spans, for a line of working; nothing for an exact value."""
    if iv.lo is not None and iv.lo == iv.hi:
        return ""
    return f" (allowing for rounding: {iv.format(decimals)})"


def _decimals(*figs: Figure) -> int:
    return max((f.decimals for f in figs), default=0)


def points_reading(before: Figure, after: Figure, ctx: RuleContext) -> Reading:
    """The change of a percentage in points: ``after − before``."""
    diff = value_interval(after, ctx) - value_interval(before, ctx)
    face = Fraction(after.value) - Fraction(before.value)
    d = _decimals(before, after)
    return Reading(
        key="points",
        label=f"{format_number(abs(face), d)} percentage points",
        size=magnitude(diff),
        face=face,
        working=f"{after.text} − {before.text} = {format_number(face, d)} points"
        + _allowing(diff, d + 2),
        unit="percentage points",
    )


def relative_reading(
    before: Figure, after: Figure, ctx: RuleContext, *, key: str = "relative"
) -> Reading | None:
    """The change in per cent of the earlier value: ``100·(after − before)/before``."""
    rel = relative_change(value_interval(after, ctx), value_interval(before, ctx))
    if rel is None or before.value == 0:
        return None
    face = 100 * (Fraction(after.value) - Fraction(before.value)) / Fraction(before.value)
    return Reading(
        key=key,
        label=f"{format_number(abs(face), 2)}%",
        size=magnitude(rel),
        face=face,
        working=f"100 × ({after.text} − {before.text}) / {before.text} = "
        f"{format_number(face, 2)}%" + _allowing(rel, 3),
        unit="per cent",
    )


def count_reading(before: Figure, after: Figure, ctx: RuleContext, noun: str) -> Reading:
    """The change of a count: ``after − before``, in its own unit."""
    diff = value_interval(after, ctx) - value_interval(before, ctx)
    face = Fraction(after.value) - Fraction(before.value)
    return Reading(
        key="count",
        label=f"{format_number(abs(face), 0)} {noun}",
        size=magnitude(diff),
        face=face,
        working=f"{after.text} − {before.text} = {format_number(face, 0)}",
        unit=noun,
    )


def fits(reading: Interval, amount: Figure, ctx: RuleContext) -> bool:
    """Does a reading fit the amount as written, hedge and all, fairly (the pragmatic interval)?

    The pragmatic interval is used because one-sided truth conditions prove too little:
    "nearly 11" is true of 3, but no writer says "nearly 11" for 3.
    """
    return reading.overlaps(pragmatic_interval(amount, pack=ctx.pack, rounding=ctx.rounding))


def near(reading: Interval, amount: Figure, ctx: RuleContext) -> bool:
    """Is a reading roughly the number written, whatever its hedge says?

    "Roughly" is the pack's reading of a bare approximation (``[fractions] unhedged``), so a
    number the hedge misdescribes ("nearly 11" for 11.4) still shows which unit was meant.
    """
    approx = truth_interval(
        amount, hedge=ctx.pack.fractions.unhedged, pack=ctx.pack, rounding=ctx.rounding
    )
    return reading.overlaps(approx)


# -- severity and wording --------------------------------------------------------------------


def lowered(severity: Severity, quoted: bool) -> Severity:
    """Someone's quoted words are reported, not publish-blocking: an error becomes a warning."""
    if quoted and severity is Severity.ERROR:
        return Severity.WARNING
    return severity


def in_quote(message: str, quoted: bool) -> str:
    """Say so when the words at fault are in a quotation."""
    return f"in a quotation, {message}" if quoted else message


def span_text(article: Article, fig: Figure) -> str | None:
    """The figure as the text shows it, hedge and unit included, on one line for a message."""
    if fig.span is None:
        return None
    text = " ".join(article.document.text[fig.span.start : fig.span.end].split())
    return text or None


_PERCENT_WORDS = re.compile(r"\s*(?:per\s*cent|percent|pc|p\.c\.|%)\s*$", re.IGNORECASE)
_POINT_WORDS = re.compile(r"\s*(?:percentage[\s-]points?|points?|pts|ppts?|pp)\s*$", re.IGNORECASE)


def hedge_words(fig: Figure, pack: Pack) -> str:
    """The usual words for a figure's hedge ("about"), or "" for an unhedged figure."""
    if fig.hedge == RESERVED_HEDGE or fig.hedge not in pack.hedges:
        return ""
    return pack.hedges[fig.hedge].words[0]


def reworded(
    article: Article,
    amount: Figure,
    unit: str,
    ctx: RuleContext,
    *,
    number: str | None = None,
    hedge: str | None = None,
) -> str:
    """The amount as written with its unit (and optionally its number or hedge) replaced.

    "about five per cent" with ``unit="percentage points"`` gives "about five percentage
    points"; with ``number="8"`` as well, "about 8 percentage points".
    """
    written = span_text(article, amount)
    if written is not None and hedge is None:
        core = _POINT_WORDS.sub("", _PERCENT_WORDS.sub("", written)).rstrip()
        at = core.rfind(amount.text)
        if number is not None and at >= 0:
            core = core[:at] + number + core[at + len(amount.text) :]
        if core and (number is None or at >= 0):
            return f"{core} {unit}"
    words = hedge if hedge is not None else hedge_words(amount, ctx.pack)
    shown = number if number is not None else amount.text
    return f"{words} {shown} {unit}".strip()


# -- finding a description that fits -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Description:
    """A hedged phrase that fairly describes a value: "just over a fifth"."""

    phrase: str
    hedge: str
    width: Fraction
    """How wide its pragmatic interval is: narrower is more informative."""


def is_fraction_word(fig: Figure, pack: Pack) -> bool:
    """Is the figure a fraction word ("a third", "half") rather than digits?"""
    if any(ch.isdigit() for ch in fig.text):
        return False
    found = find_numbers(fig.text, pack)
    return len(found) == 1 and found[0].kind is NumberKind.FRACTION


def _step(fig: Figure) -> Fraction:
    """The granularity the writer chose: "11" steps by 1, "40,000" by 10,000, "67.3" by 0.1."""
    step = Fraction(fig.precision)
    value = Fraction(fig.value)
    if step >= 1 and value.denominator == 1 and value != 0:
        n, k = abs(value.numerator), 0
        while n % 10 == 0:
            n //= 10
            k += 1
        step = max(step, Fraction(10) ** k)
    return step


def _number_candidates(value: Interval, stated: Figure) -> Iterator[Figure]:
    step = _step(stated)
    mid = midpoint(value)
    values = {Fraction(stated.value)}
    if mid is not None:
        values |= {math.floor(mid / step) * step, math.ceil(mid / step) * step}
    decimals = stated.decimals
    for v in sorted(values):
        if v <= 0:
            continue
        yield Figure(
            text=format_number(v, decimals),
            value=to_decimal(v, decimals),
            unit=stated.unit,
            precision=stated.precision,
        )


def _fraction_candidates(pack: Pack, unit: Unit) -> Iterator[Figure]:
    for lm in pack.landmarks.values():
        yield Figure(
            text=lm.words[0],
            value=to_decimal(lm.percent, 12),
            unit=unit,
            precision=Decimal("1e-12"),
        )


def _readings(
    bases: Iterable[Figure], pack: Pack, rounding: Rounding
) -> Iterator[tuple[Figure, int, str, Interval]]:
    """Each base figure with each hedge of the pack (and none), in the pack's order: the
    figure, the hedge's place in that order, its name, and the pragmatic interval."""
    hedge_names = [*pack.hedges, RESERVED_HEDGE]
    for base in bases:
        for order, name in enumerate(hedge_names):
            # The base read with this hedge (``hedge=`` stands for the figure's own), rather
            # than a copy of it carrying the hedge: the same interval, without a model copy.
            yield base, order, name, pragmatic_interval(base, name, pack=pack, rounding=rounding)


_LANDMARK_READINGS: dict[
    tuple[int, Rounding, Unit], tuple[Pack, list[tuple[Figure, int, str, Interval]]]
] = {}


def _landmark_readings(
    pack: Pack, rounding: Rounding, unit: Unit
) -> list[tuple[Figure, int, str, Interval]]:
    """:func:`_readings` of the pack's landmarks, made once per pack, rounding and unit: they
    do not depend on the figure described, and weighing every landmark with every hedge
    (hundreds of pragmatic intervals) was most of a fix suggestion for a fraction word."""
    key = (id(pack), rounding, unit)
    cached = _LANDMARK_READINGS.get(key)
    if cached is None or cached[0] is not pack:  # the pack held, so its id is not reused
        cached = _LANDMARK_READINGS[key] = (
            pack,
            list(_readings(_fraction_candidates(pack, unit), pack, rounding)),
        )
    return cached[1]


def descriptions(
    value: Interval, stated: Figure, pack: Pack, rounding: Rounding
) -> list[Description]:
    """Hedged phrases whose fair reading holds every value allowed, most informative first.

    Candidates are the pack's landmarks for a fraction word, or round numbers at the writer's
    granularity for a number, each with every hedge in the pack; a phrase qualifies when its
    pragmatic interval holds the whole of ``value``. Ties go to the writer's own hedge, then to
    the pack's order.
    """
    readings: Iterable[tuple[Figure, int, str, Interval]]
    if is_fraction_word(stated, pack):
        readings = _landmark_readings(pack, rounding, stated.unit)
    else:
        readings = _readings(_number_candidates(value, stated), pack, rounding)
    found: list[tuple[Fraction, int, int, Description]] = []
    for base, order, name, fair in readings:
        if name == stated.hedge and base.text == stated.text:
            continue
        if fair.lo is None or fair.hi is None or not within(value, fair):
            continue
        words = "" if name == RESERVED_HEDGE else pack.hedges[name].words[0]
        phrase = f"{words} {base.text}".strip()
        width = fair.hi - fair.lo
        own = 0 if name == stated.hedge else 1
        found.append((width, own, order, Description(phrase, name, width)))
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    return [d for *_, d in found]


def best_fix(value: Interval, stated: Figure, ctx: RuleContext) -> str | None:
    """The most informative fair description, and the best with the writer's own hedge if other.

    "more than a fifth, or less than a quarter" for 20.1% written as "less than a third".
    """
    found = descriptions(value, stated, ctx.pack, ctx.rounding)
    if not found:
        return None
    best = found[0].phrase
    own = next((d.phrase for d in found if d.hedge == stated.hedge), None)
    return best if own is None or own == best else f"{best}, or {own}"


def interval_words(iv: Interval, decimals: int, suffix: str = "") -> str:
    """An interval in words for a message: "below 33.33%", "between 10.45% and 11%".

    A bound is shown to ``decimals`` places, or to one more when it lies halfway between two
    such values, as the edges of a rounding range do: "exactly 45%" needs between 44.5% and
    45.5%, and those ends rounded to whole numbers would name another range."""
    lo = None if iv.lo is None else format_number(iv.lo, _places(iv.lo, decimals)) + suffix
    hi = None if iv.hi is None else format_number(iv.hi, _places(iv.hi, decimals)) + suffix
    if lo is None and hi is None:
        return "any value"
    if lo is None:
        return f"{'at most' if iv.hi_closed else 'below'} {hi}"
    if hi is None:
        return f"{'at least' if iv.lo_closed else 'above'} {lo}"
    if iv.lo == iv.hi:
        return f"exactly {lo}"
    return f"between {lo} and {hi}"


def _places(x: Fraction, decimals: int) -> int:
    """``decimals``, or one more for a value halfway between two values shown to
    ``decimals`` places (44.5 to whole numbers), which rounding either way would misstate."""
    return decimals + 1 if (Fraction(x) * 10**decimals).denominator == 2 else decimals


def bound_level(article: Article, claim: BoundClaim) -> Figure | None:
    """The exact figure a bound describes: the claim's own, else the article's results."""
    if claim.exact is not None:
        return claim.exact
    return contest_level(article, claim, percentage=claim.bound.unit in PERCENTAGE_UNITS)


def stated_value(fig: Figure, pack: Pack) -> Fraction:
    """A figure's face value, exactly: a third is 100/3 per cent, not 33.333333333333."""
    if is_fraction_word(fig, pack):
        ratio = find_numbers(fig.text, pack)[0].ratio
        if ratio is not None:
            return ratio * 100
    return Fraction(fig.value)
