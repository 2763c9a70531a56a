"""A change of a percentage written in per cent where it is in percentage points."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from factcheck.checks.wording.common import (
    PERCENTAGE_UNITS,
    Reading,
    best_fix,
    digits,
    fits,
    in_quote,
    levels_of,
    lowered,
    near,
    official_share_levels,
    points_reading,
    quotient,
    relative_reading,
    reworded,
    show,
    span_text,
    subject,
    value_interval,
    within,
)
from factcheck.intervals import Interval, format_number
from factcheck.models import (
    Article,
    CandidateResult,
    ChangeClaim,
    Confidence,
    ContestResult,
    Direction,
    Figure,
    Quantity,
    Severity,
    Unit,
)
from factcheck.packs import pragmatic_interval
from factcheck.reference.lookup import (
    TURNOUT_DEFINITIONS,
    OfficialLevels,
    election_of,
    official_for,
)
from factcheck.rule import Outcome, Rule, RuleContext, Scope, Skip, Violation

_COUNTED = frozenset({Quantity.VOTES, Quantity.SEATS, Quantity.RANK})


def _loose(amount: Figure) -> tuple[str, ...]:
    return amount.grounds.loose if amount.grounds is not None else ()


def _guessed_ties(amount: Figure) -> str:
    """Which of the amount's subject, seat and election the reader guessed, or ""."""
    g = amount.grounds
    if g is None:
        return ""
    ties = {"subject": g.subject, "seat": g.seat, "election": g.election}
    return "; ".join(f"{tie}: {ties[tie]}" for tie in ties if tie in g.loose)


def _no_seat(claim: ChangeClaim, amount: Figure) -> bool:
    """Did the reader tie the change to no constituency at all (its seat tie loose, none
    named)? Then it is a region's or the nation's, as far as the words show."""
    return claim.contest is None and "seat" in _loose(amount)


def _fit_rank(outcomes: list[Outcome]) -> int:
    """How well a reading of a change fits what is written, best first: no finding, a note
    that both units fit, the unit wrong but the number right, anything else."""
    found = [o for o in outcomes if isinstance(o, Violation)]
    if not found:
        return 0
    if all(o.severity is Severity.INFO for o in found):
        return 1
    if all(o.confidence is Confidence.HIGH for o in found):
        return 2
    return 3


def _unplaced(article: Article, claim: ChangeClaim, ctx: RuleContext) -> str | None:
    """Why the record of the election checked cannot hold the change's person in its seat, or
    None: the seat is not in it, or no candidate there bears the person's name (spelt as
    the record's matcher allows). Then the change was read as this election's wrongly."""
    source = ctx.reference
    if source is None or claim.contest is None or not claim.candidate:
        return None
    election = election_of(article, ctx)
    if election is None:
        return None
    found = official_for(article, ContestResult(name=claim.contest), ctx)
    if isinstance(found, Skip):
        return (
            f"{claim.contest} is not in the official results of {election}: the change may be "
            "another election's"
        )
    if found.candidate(CandidateResult(name=claim.candidate, party=claim.party), ctx.pack) is None:
        return (
            f"{claim.candidate} did not stand in {found.contest.name} in {election}: the change "
            "may be another election's"
        )
    return None


def _indistinct(amount: Figure, known: Figure, *, after: bool, sign: int, ctx: RuleContext) -> bool:
    """Do the two readings of a change in per cent, as points and as a relative change, put
    the level the article does not give where its figures' rounding cannot tell them apart?

    "Up 0.4% to 64.9%": 64.9 less 0.4 points is 64.5, 64.9 over 1.004 is 64.64, and every
    value the written figures allow ("0.4" fairly, 64.85 to 64.95) overlaps between them, so
    both may be true at once. A small change of a level far from zero is such: the unit word
    misstates nothing an editor could settle. Exact: the interval each reading implies, from
    every value the figures allow, and whether they meet. An unbounded amount ("over 2%")
    implies no bounded level and is never indistinct.
    """
    fair = pragmatic_interval(amount, pack=ctx.pack, rounding=ctx.rounding)
    level = value_interval(known, ctx)
    factor = Interval.point(1) + fair.scale(Fraction(sign, 100))
    if after:
        by_points = level - fair.scale(sign)
        by_relative = quotient(level, factor)
    else:
        by_points = level + fair.scale(sign)
        inverse = quotient(Interval.point(1), factor)
        by_relative = quotient(level, inverse) if inverse is not None else None
    if by_relative is None or by_points.lo is None or by_points.hi is None:
        return False
    return by_points.overlaps(by_relative)


"""Changes of counts are rightly given in per cent: "Labour's vote rose 12 per cent"."""


class PercentPointsConfusion(Rule):
    """A change of a percentage written in per cent where it is in percentage points.

    ## What it does
    A share or a turnout going from p0 to p1 has changed by p1 − p0 percentage points, or by
    100·(p1 − p0)/p0 per cent of where it started. For every stated change of a share, a
    turnout or a percentage majority, the rule computes both with exact interval arithmetic
    (every figure stands for the values that round to it) and sets them against the amount as
    written, hedge and all ("about five" fairly means 4.5 to 5.5, from the hedge pack):

    * written in per cent, and only the points change fits: an error ("percentage points");
    * written in per cent, and the relative change fits: silent (an info note when the points
      change fits too, since a reader cannot tell which was meant);
    * written in points, and only the relative change fits: an error ("per cent");
    * neither fits: a warning that gives both readings.

    Per cent for points is an error, not a house style: "up 3.3 per cent" of a share that rose
    3.3 points from 50% tells the reader it rose 6.6%, which is false. But when the words are
    still true of the change they name, read literally (by their truth interval, not their
    fair one), the wrong unit misstates nothing, it only falls far short: "up over 12%" of a
    share that rose 12.06 points from 40%, a relative rise of 30%. That is a warning. Since a
    relative change is larger than the same change in points whenever the earlier level is
    below 100%, a lower bound ("over", "more than") written in per cent for points is always
    such a warning, and an upper bound or a bare figure an error. A bound that fits neither
    reading fairly but is literally true of the change its unit names ("down by more than
    five per cent" of a fall of 6.8 points, 10.3%) shows no unit wrong: silent.

    The levels come from the article, else from the official record of the two elections (a
    turnout's by either definition the record allows, valid votes or valid votes and rejected
    ballots over the electorate, whichever the amount fits better); a change written in
    points on a seat redrawn between them is not checked against the record (its earlier
    share is another area's, not the notional one copy measures from).

    When the article gives only one of the two levels (usually the new one, "to 67.68pc"),
    the rule warns and states both earlier values the amount implies: p1 − X if points,
    p1 / (1 + X/100) if per cent, so an editor can check the one the writer meant (a note, not
    a warning, when the change is no constituency's: a region's or the nation's turnout has
    no record to settle it; nor when the two earlier values are ones the figures' rounding
    cannot tell apart, "up 0.4% to 64.9%" giving 64.5% or 64.6%, since both may be true).
    With no level at all, a change of a percentage in per cent is
    still ambiguous: a warning, of low confidence, unless the reader only guessed whose change
    it is ("their vote share" after two names, a paragraph about Wales), when it is reported
    as not checked. So is a change of
    a named person's share, with one level or none, that the official record of the election
    checked cannot place: the seat is not in it, or the person did not stand there ("in 1997
    ... Tony Blair's vote share in Sedgefield increased by 11%" in a 2024 story). It was read
    as this election's, wrongly.

    Changes of counts (votes, seats, positions) are rightly given in per cent and never fire.
    Swing is conventionally written "a 5% swing" in UK copy though it is in points; there is
    no swing claim yet, so swing is not checked (when there is, it will be info at most).

    ## Why is this bad?
    A five-point rise in a 60% turnout is an eight per cent rise. Writing points as per cent
    understates or overstates the change and is among the commonest numeracy errors in
    results copy; it can also hide a wrong figure.

    ## Example
    ```text
    In Poplar and Limehouse, where Labour's Jim Fitzpatrick held the seat, turnout was up
    about five per cent to 67.68pc from 62.59pc in 2015.
    ```

    ## Use instead
    ```text
    In Poplar and Limehouse, where Labour's Jim Fitzpatrick held the seat, turnout was up
    about five percentage points to 67.68pc from 62.59pc in 2015.
    ```

    ## How to silence it
    Say "points" (or "percentage points") for a difference of percentages and keep "per cent"
    for a relative change. A quotation is checked too but reported as a warning at most. To
    switch the rule off, add `"percent-points-confusion"` to `ignore`.
    """

    code = "WRD102"
    name = "percent-points-confusion"
    scope = Scope.ARTICLE
    priority = 20

    def check_article(self, article: Article, ctx: RuleContext) -> Iterator[Outcome]:
        """Read every stated change of a percentage both ways."""
        for claim in article.claims:
            if not isinstance(claim, ChangeClaim) or claim.amount is None:
                continue
            if claim.amount.unit not in PERCENTAGE_UNITS or claim.quantity in _COUNTED:
                continue
            if claim.quantity is Quantity.MAJORITY and not any(
                f is not None and f.unit in PERCENTAGE_UNITS
                for f in (claim.previous, claim.current)
            ):
                # A majority in votes changing "by 11 per cent" is a relative change of a
                # count, or a share called a majority: majority-share-confusion reads it.
                continue
            yield from self._claim(article, claim, claim.amount, ctx)

    def _claim(
        self, article: Article, claim: ChangeClaim, amount: Figure, ctx: RuleContext
    ) -> Iterator[Outcome]:
        lv = levels_of(article, claim, percentage=True)
        counts = [f for f in (lv.previous, lv.current) if f is not None]
        if any(f.unit not in PERCENTAGE_UNITS for f in counts):
            # "Her share rose 5 points from 35,000 votes": a level that is a count has no
            # change in points or per cent of a share to weigh; the two readings of the unit
            # would be a count's difference called points.
            written = span_text(article, amount) or show(amount)
            levels = " and ".join(show(f) for f in counts)
            are = (
                "the levels {} are not both percentages"
                if len(counts) > 1
                else ("the level {} is not a percentage")
            )
            yield Skip(
                f"“{written}” ({subject(claim, article)}): {are.format(levels)}, so the change "
                "cannot be read in points or per cent"
            )
            return
        if lv.previous is None or lv.current is None:
            official = official_share_levels(article, claim, ctx)
            if official is not None and official.redrawn and amount.unit is Unit.POINTS:
                # Points are the right unit; only the size could be wrong, and the record's
                # earlier level is another area's, not the notional one the change is from.
                yield Skip(
                    f"{subject(claim, article)}: the seat was redrawn since "
                    f"{official.years.split(' and ')[0]}, and the record holds no notional "
                    "result to measure the change in points from"
                )
                return
            if official is not None:
                assert official.previous is not None
                assert official.current is not None
                outcomes = list(
                    self._both(
                        article,
                        claim,
                        amount=amount,
                        before=official.previous,
                        after=official.current,
                        ctx=ctx,
                        official=official,
                    )
                )
                if official.ballots is not None and outcomes:
                    # Turnout counted with the rejected ballots, as councils declare it: copy
                    # may measure its change so. The reading that fits best stands.
                    counted = list(
                        self._both(
                            article,
                            claim,
                            amount=amount,
                            before=official.ballots[0],
                            after=official.ballots[1],
                            ctx=ctx,
                            official=official,
                            ballots=True,
                        )
                    )
                    if _fit_rank(counted) < _fit_rank(outcomes):
                        outcomes = counted
                yield from outcomes
                return
        if lv.previous is not None and lv.current is not None:
            yield from self._both(
                article, claim, amount=amount, before=lv.previous, after=lv.current, ctx=ctx
            )
        elif amount.unit is Unit.PERCENT:
            yield from self._one(
                article, claim, amount=amount, before=lv.previous, after=lv.current, ctx=ctx
            )
        else:
            impossible = self._points_out_of_range(article, claim, amount, lv.previous, lv.current)
            yield impossible or Skip(
                f"a change of {subject(claim, article)} in points is stated but not both levels, "
                "so it cannot be recomputed"
            )

    @staticmethod
    def _points_out_of_range(
        article: Article,
        claim: ChangeClaim,
        amount: Figure,
        before: Figure | None,
        after: Figure | None,
    ) -> Violation | None:
        """A change in points that would take the other level below 0 or above 100."""
        known = after if after is not None else before
        if known is None or claim.direction is None:
            return None
        sign = 1 if claim.direction is Direction.UP else -1
        if after is None:
            sign = -sign
        other = Fraction(known.value) - sign * Fraction(amount.value)
        if 0 <= other <= 100:
            return None
        written = span_text(article, amount) or show(amount)
        which = "earlier" if after is not None else "new"
        op = "−" if sign > 0 else "+"
        return Violation(
            message=in_quote(
                f"“{written}” is impossible for {subject(claim, article)} "
                f"{'to' if after is not None else 'from'} {show(known)}: the {which} level "
                f"would be {format_number(other, known.decimals)}%",
                claim.quoted,
            ),
            figure=amount,
            evidence={"stated": amount.text, "level": known.text, "implied": other},
            arithmetic=(
                f"{known.text} {op} {digits(amount)} = {format_number(other, known.decimals)}",
            ),
            confidence=Confidence.HIGH,
            severity=lowered(Severity.ERROR, claim.quoted),
        )

    # -- both levels known ---------------------------------------------------------------------

    def _both(
        self,
        article: Article,
        claim: ChangeClaim,
        *,
        amount: Figure,
        before: Figure,
        after: Figure,
        ctx: RuleContext,
        official: OfficialLevels | None = None,
        ballots: bool = False,
    ) -> Iterator[Outcome]:
        pts = points_reading(before, after, ctx)
        rel = relative_reading(before, after, ctx)
        in_percent = amount.unit is Unit.PERCENT
        literal, other = (rel, pts) if in_percent else (pts, rel)
        literal_fits = literal is not None and fits(literal.size, amount, ctx)
        other_fits = other is not None and fits(other.size, amount, ctx)
        if literal_fits and not (other_fits and in_percent):
            return
        case = _Case(
            article=article,
            claim=claim,
            amount=amount,
            written=span_text(article, amount) or show(amount),
            went=f"{subject(claim, article)} went from {show(before)} to {show(after)}"
            + (
                f" (official results, {official.years}"
                + ("; counting rejected ballots" if ballots else "")
                + ")"
                if official is not None
                else ""
            )
            + ", "
            + ("up" if pts.face > 0 else "down" if pts.face < 0 else "unchanged"),
            evidence={
                "stated": amount.text,
                "stated_unit": amount.unit.value,
                "hedge": amount.hedge,
                "previous": before.text,
                "current": after.text,
                "points_change": pts.face,
                **(
                    {
                        "levels_from": "official results",
                        **(
                            {"turnout_definition": TURNOUT_DEFINITIONS["ballots"]}
                            if ballots
                            else {}
                        ),
                        "official_records": list(official.records),
                        **(
                            {"seat_confirmed": official.stood}
                            if official.stood and "seat" in _loose(amount)
                            else {}
                        ),
                    }
                    if official is not None
                    else {}
                ),
                "points_interval": pts.size,
                "fair_interval": pragmatic_interval(amount, pack=ctx.pack, rounding=ctx.rounding),
                **(
                    {}
                    if rel is None
                    else {"relative_change": rel.face, "relative_interval": rel.size}
                ),
            },
            arithmetic=tuple(r.working for r in (pts, rel) if r is not None),
            ctx=ctx,
        )
        if literal_fits:
            assert rel is not None
            yield Violation(
                message=case.quoting(
                    f"“{case.written}” fits both the relative change and the change in points: "
                    f"{case.went} {pts.label}, or {rel.label} in relative terms; a reader "
                    "cannot tell which is meant"
                ),
                figure=amount,
                evidence=case.evidence,
                arithmetic=case.arithmetic,
                fix=f"{reworded(article, amount, 'percentage points', ctx)} if points are meant",
                confidence=Confidence.MEDIUM,
                severity=Severity.INFO,
            )
            return
        if other is None:
            # A relative change from a level of zero does not exist: points are all there is.
            return
        literal_near = literal is not None and near(literal.size, amount, ctx)
        if other_fits or (near(other.size, amount, ctx) and not literal_near):
            yield self._wrong_unit(case, meant=other, literal=literal, hedge_fits=other_fits)
            return
        if literal_near:
            # The unit is right and only the hedge is off: hedge-mismatch says so.
            return
        if literal is not None and within(literal.size, value_interval(amount, ctx)):
            # "Down by more than five per cent" of a turnout that fell 6.8 points, 10.3%: read
            # literally, the words are true of the change they name. A bound that undersells
            # both readings shows no unit wrong; only its hedge is loose (hedge-mismatch's).
            return
        d = max(before.decimals, after.decimals)
        yield Violation(
            message=case.quoting(
                f"“{case.written}” fits neither reading of the change: {case.went} {pts.label}"
                + (f", or {rel.label} in relative terms" if rel is not None else "")
            ),
            figure=amount,
            evidence=case.evidence,
            arithmetic=case.arithmetic,
            fix=reworded(
                article,
                amount,
                "percentage points",
                ctx,
                number=format_number(abs(pts.face), d),
                hedge="",
            ),
            confidence=Confidence.MEDIUM,
            severity=Severity.WARNING,
        )

    @staticmethod
    def _wrong_unit(
        case: _Case, *, meant: Reading, literal: Reading | None, hedge_fits: bool
    ) -> Violation:
        """Only the reading of the other unit fits: the unit word is wrong."""
        article, amount, ctx = case.article, case.amount, case.ctx
        to_points = meant.key == "points"
        unit = "percentage points" if to_points else "per cent"
        rewritten = None
        if hedge_fits:
            fix = reworded(article, amount, unit, ctx)
            # The rewording keeps the writer's words only when the span's text is known.
            rewritten = fix if span_text(article, amount) is not None else None
        else:
            better = best_fix(meant.size, amount, ctx)
            first = better.split(", or ")[0] if better else format_number(abs(meant.face), 1)
            fix = f"{first} {unit}"
        if to_points and literal is not None:
            rel_number = format_number(abs(literal.face), amount.decimals)
            fix += (
                f" (or “{reworded(article, amount, 'per cent', ctx, number=rel_number)}”, "
                "the relative change)"
            )
        named = "a change in points, not per cent" if to_points else "a relative change, not points"
        also = ""
        if literal is not None:
            also = (
                f"; {literal.label} in relative terms"
                if to_points
                else f"; the change in points is {literal.label}"
            )
        hedge_note = "" if hedge_fits else " (and the hedge does not fit it either)"
        # "Over 12%" of a share that rose 12.06 points, 30% of where it was: read as the
        # relative change its words name, it is still true, only far short of the truth. The
        # wrong unit misdescribes the change but states nothing false: a warning, not an error.
        literally_true = literal is not None and within(literal.size, value_interval(amount, ctx))
        if literally_true:
            assert literal is not None
            short = "understates" if abs(literal.face) > Fraction(amount.value) else "overstates"
            also += f", which “{case.written}” is literally true of but {short}"
        severity = (
            Severity.WARNING if literally_true else lowered(Severity.ERROR, case.claim.quoted)
        )
        return Violation(
            message=case.quoting(
                f"“{case.written}” is {named}: {case.went} {meant.label}{hedge_note}{also}"
            ),
            figure=amount,
            evidence={**case.evidence, "meant": meant.key},
            arithmetic=case.arithmetic,
            fix=fix,
            replacement=rewritten,
            confidence=Confidence.HIGH if hedge_fits and not literally_true else Confidence.MEDIUM,
            severity=severity,
        )

    # -- one level or none -------------------------------------------------------------------

    def _one(
        self,
        article: Article,
        claim: ChangeClaim,
        *,
        amount: Figure,
        before: Figure | None,
        after: Figure | None,
        ctx: RuleContext,
    ) -> Iterator[Outcome]:
        written = span_text(article, amount) or show(amount)
        what = subject(claim, article)
        points_fix = reworded(article, amount, "percentage points", ctx)
        known = after if after is not None else before
        guessed = _guessed_ties(amount)
        if known is None and guessed:
            # No level to weigh the amount against, and the reader only guessed whose change
            # it is ("their vote share", a paragraph about Wales): a warning would name a seat
            # or person the change may not be about.
            yield Skip(f"“{written}”: a change in per cent with no level, read loosely ({guessed})")
            return
        unplaced = _unplaced(article, claim, ctx)
        if unplaced is not None:
            # "In 1997 ... Tony Blair's vote share in Sedgefield increased by 11%" in a 2024
            # story: whatever the unit, the change is not this election's result.
            yield Skip(f"“{written}”: {unplaced}")
            return
        if known is None or claim.direction is None:
            yield Violation(
                message=in_quote(
                    f"“{written}” gives a change of {what}, a percentage, in per cent: it could "
                    "be percentage points (the usual meaning) or a relative change, and the "
                    "article gives "
                    + ("no direction" if known is not None else "neither level")
                    + " to tell them apart",
                    claim.quoted,
                ),
                figure=amount,
                evidence={"stated": amount.text, "hedge": amount.hedge},
                fix=f"“{points_fix}” if points are meant",
                confidence=Confidence.LOW,
                severity=Severity.WARNING,
            )
            return
        x = Fraction(amount.value)
        sign = 1 if claim.direction is Direction.UP else -1
        level = Fraction(known.value)
        d = max(known.decimals, 1)
        when = f"the {claim.since} figure" if claim.since else "the earlier figure"
        if after is not None:
            # Work back from the new level to the old one each reading implies.
            by_points: Fraction | None = level - sign * x
            factor = 1 + sign * x / 100
            by_relative = level / factor if factor > 0 else None
            points_line = f"if points: {known.text} {'−' if sign > 0 else '+'} {digits(amount)}"
            rel_line = (
                f"if per cent: {known.text} / (1 {'+' if sign > 0 else '−'} {digits(amount)}/100)"
            )
            target = when
        else:
            by_points = level + sign * x
            by_relative = level * (1 + sign * x / 100)
            points_line = f"if points: {known.text} {'+' if sign > 0 else '−'} {digits(amount)}"
            rel_line = (
                f"if per cent: {known.text} × (1 {'+' if sign > 0 else '−'} {digits(amount)}/100)"
            )
            target = "the new figure"
        # A percentage outside 0-100 cannot be: a reading that needs one is ruled out.
        if by_points is not None and not 0 <= by_points <= 100:
            by_points = None
        if by_relative is not None and not 0 <= by_relative <= 100:
            by_relative = None
        if by_points is None:
            # Points are impossible ("up 80 per cent to 50pc"): per cent must be relative.
            if by_relative is None:
                other = "earlier" if after is not None else "new"
                yield Violation(
                    message=in_quote(
                        f"“{written}” is impossible for {what} from {show(known)}, read as points "
                        f"or as per cent: the {other} level would be outside 0–100%",
                        claim.quoted,
                    ),
                    figure=amount,
                    evidence={"stated": amount.text, "level": known.text},
                    arithmetic=(points_line, rel_line),
                    confidence=Confidence.HIGH,
                    severity=lowered(Severity.ERROR, claim.quoted),
                )
            return
        arithmetic = [f"{points_line} = {format_number(by_points, d)}"]
        readings = [f"if points, {target} was {format_number(by_points, d)}%"]
        if by_relative is not None:
            arithmetic.append(f"{rel_line} = {format_number(by_relative, d)}")
            readings.append(f"if per cent, {format_number(by_relative, d)}%")
        if target == "the new figure":
            readings = [r.replace(" was ", " is ") for r in readings]
        indistinct = _indistinct(amount, known, after=after is not None, sign=sign, ctx=ctx)
        if indistinct:
            readings.append("the figures' rounding cannot tell the two apart")
        evidence: dict[str, object] = {
            "stated": amount.text,
            "hedge": amount.hedge,
            ("current" if after is not None else "previous"): known.text,
            "implied_if_points": by_points,
            "implied_if_relative": by_relative,
            "fair_interval": pragmatic_interval(amount, pack=ctx.pack, rounding=ctx.rounding),
        }
        yield Violation(
            message=in_quote(
                f"“{written}” gives a change of {what}, a percentage, in per cent, and the "
                f"article gives only {'the new' if after is not None else 'the earlier'} "
                f"level ({show(known)}): " + "; ".join(readings),
                claim.quoted,
            ),
            figure=amount,
            evidence=evidence,
            arithmetic=tuple(arithmetic),
            fix=f"“{points_fix}” if {what} moved by points; keep per cent only for a relative "
            "change",
            confidence=Confidence.MEDIUM,
            # A change the reader tied to no constituency ("turnout in Scotland increased by
            # 1.6% to 68.1%", a region's or the nation's) has no earlier level in the record,
            # nor a seat an editor could look one up for: both readings stay open for good, a
            # note on the wording as when both fit. So is a change whose two readings put the
            # other level where the figures' rounding cannot tell them apart ("up 0.4% to
            # 64.9%": 64.5% or 64.6%): both may be true. Otherwise a seat's change is a
            # warning: its record settles which was meant.
            severity=Severity.INFO if _no_seat(claim, amount) or indistinct else Severity.WARNING,
        )


@dataclass(frozen=True, slots=True)
class _Case:
    """One stated change of a percentage with both levels known, as its findings word it."""

    article: Article
    claim: ChangeClaim
    amount: Figure
    written: str
    went: str
    """"turnout went from 62.59% to 67.68%, up": a reading's size follows."""
    evidence: dict[str, object]
    arithmetic: tuple[str, ...]
    ctx: RuleContext

    def quoting(self, message: str) -> str:
        """The message, saying so when the words are someone's quoted words."""
        return in_quote(message, self.claim.quoted)
