"""A hedge or fraction word that does not fit the exact figure it describes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

from factcheck.checks.wording.common import (
    COUNT_LIKE_UNITS,
    PERCENTAGE_UNITS,
    Reading,
    best_fix,
    bound_level,
    contest_for,
    count_reading,
    in_quote,
    interval_words,
    is_fraction_word,
    levels_of,
    lowered,
    midpoint,
    near,
    official_direction_levels,
    official_share_levels,
    points_reading,
    quotient,
    relative_reading,
    show,
    span_text,
    stated_value,
    subject,
    value_interval,
)
from factcheck.intervals import Interval, format_number
from factcheck.models import (
    Article,
    BoundClaim,
    ChangeClaim,
    Confidence,
    ContestResult,
    Figure,
    Quantity,
    Severity,
    Unit,
)
from factcheck.packs import RESERVED_HEDGE, pragmatic_interval, truth_interval
from factcheck.reference.lookup import OfficialLevels, change_levels
from factcheck.rule import Outcome, Related, Rule, RuleContext, Scope, Skip, Violation


def _suffix(fig: Figure) -> str:
    return "%" if fig.unit is Unit.PERCENT else " points" if fig.unit is Unit.POINTS else ""


class HedgeMismatch(Rule):
    """A hedge or fraction word that does not fit the exact figure it describes.

    ## What it does
    "Less than a third", "more than half", "nearly 11 per cent", "about five points": each
    hedge has a truth condition and a fair range, both from the hedge pack
    (`rules/hedges.toml`, which a newsroom can extend). The rule sets them against the exact
    figure the same words give ("less than a third of the share at 20.1pc"), or the figure in
    the article's results, and against a stated change when its two levels are known (a
    change of a candidate's votes or of a majority that the article gives no levels for, "an
    increase of nearly 7,000 from his 2015 result", takes them from the official record of
    the two elections, unless the seat was redrawn between them; a seat read only loosely is
    looked up when the record has the change's own person, named in full, standing there,
    and a finding on it is then a warning with no fix):

    * the words are false for every value the exact figure allows (outside the pack's truth
      interval: "less than a third" for 35%, "more than half" for 49.8%, "nearly 11" for
      11.4): an error;
    * true but loose (outside the pack's fair, pragmatic range: "less than a third" for 20.1%,
      where a quarter lies between): an info note with a tighter description. Loose but true
      wording never blocks publication. A change's words true of levels taken from the
      official record (the story gives neither) are not judged for looseness: the story
      never printed those levels, and every such note on real copy was on a true claim
      ("more than 5,000" for a majority up 5,819). (A multiple, "more than doubled" for a
      majority 5.6 times as large, is still noted.)

    A change written in per cent of a share or turnout can mean points or per cent (see
    `percent-points-confusion`): it is an error here only when the hedge fits neither reading.
    An unhedged change in points that its rounding does not reach, while the change in points
    is near it ("(-0.2%)" in a list's change column for a share that fell 0.26 points), is
    wrong in its number, not its unit: an error here, with the levels from the article or
    else the official record of the two elections (not for a seat redrawn between them,
    whose earlier share is another area's; a change near neither reading is
    `percent-points-confusion`'s; one to hundredths, a source's own computation, is not
    judged this way).
    So is an unhedged change of a candidate's or party's votes that the change, from the
    article's levels or else the record's, does not round to ("her vote rose by 332" for a
    rise of 334): a number with two or more trailing zeros ("up 2,000") is read as rounded
    at its last non-zero place, any other as exact. One far from the change (not even
    "about" it) is not judged: the reading, not the number, may be wrong. (A majority's
    change in votes is `majority-share-confusion`'s.)
    A majority said to have grown by a multiple ("nearly quadrupled his majority", "more than
    doubled") is judged on the later level over the earlier one, from the article or else
    the record's two majorities (only for the same holder, in a seat not redrawn): a
    multiple's granularity is the pack's floor (a twentieth of it), so "nearly doubled" is
    true from 1.8 to 2 times, "more than doubled" above 2 (fair short of trebled), and
    "doubled" alone from 1.8 to short of 3; a majority that fell is
    `change-direction-mismatch`'s.
    A claim with no exact figure to compare is reported as not checked.

    ## Why is this bad?
    A hedge is a promise about the number behind it. "More than half" for 49.8% is false;
    "less than a third" for 20.1% is true but leaves a reader picturing nearly a third.

    ## Example
    ```text
    In Poplar and Limehouse, the Conservatives' Christopher Wilford trailed behind with more
    than a third of the share at 20.1pc.
    ```

    ## Use instead
    ```text
    In Poplar and Limehouse, the Conservatives' Christopher Wilford trailed behind with just
    over a fifth of the share at 20.1pc.
    ```

    ## How to silence it
    Use the description the fix suggests, or give the exact figure alone. A quotation is
    checked too but reported as a warning at most. To switch the rule off, add
    `"hedge-mismatch"` to `ignore`.
    """

    code = "WRD103"
    name = "hedge-mismatch"
    scope = Scope.ARTICLE
    priority = 30

    def check_article(self, article: Article, ctx: RuleContext) -> Iterator[Outcome]:
        """Check bounds against exact figures, and hedged changes against computed ones."""
        for claim in article.claims:
            if isinstance(claim, BoundClaim):
                yield from self._bound(article, claim, ctx)
            elif isinstance(claim, ChangeClaim) and claim.amount is not None:
                amount = claim.amount
                if amount.unit is Unit.TIMES:
                    yield from self._multiple(article, claim, amount, ctx)
                elif amount.hedge != RESERVED_HEDGE or is_fraction_word(amount, ctx.pack):
                    yield from self._change(article, claim, amount, ctx)
                elif amount.unit is Unit.POINTS:
                    yield from self._exact_points(article, claim, amount, ctx)
                elif amount.unit is Unit.VOTES and claim.quantity is Quantity.VOTES:
                    # (A majority's change in votes, unhedged, is majority-share-confusion's:
                    # it weighs every unit such a change is written in.)
                    yield from self._exact_count(article, claim, amount, ctx)

    # -- "less than a third of the share at 20.1pc" ------------------------------------------

    def _bound(self, article: Article, claim: BoundClaim, ctx: RuleContext) -> Iterator[Outcome]:
        bound = claim.bound
        written = span_text(article, bound) or bound.text
        exact = bound_level(article, claim)
        if exact is None:
            yield Skip(f"“{written}” is stated without an exact figure to check it against")
            return
        if (exact.unit in PERCENTAGE_UNITS) != (bound.unit in PERCENTAGE_UNITS):
            yield Skip(f"“{written}” and {show(exact)} are in different units")
            return
        value = value_interval(exact, ctx)
        truth = truth_interval(bound, pack=ctx.pack, rounding=ctx.rounding)
        fair = pragmatic_interval(bound, pack=ctx.pack, rounding=ctx.rounding)
        d = max(exact.decimals, 2 if is_fraction_word(bound, ctx.pack) else bound.decimals)
        suffix = _suffix(exact)
        evidence: dict[str, object] = {
            "stated": written,
            "hedge": bound.hedge,
            "exact": exact.text,
            "exact_interval": value,
            "truth_interval": truth,
            "fair_interval": fair,
        }
        arithmetic = (
            f"“{written}” is true for {interval_words(truth, d, suffix)}",
            f"and fair for {interval_words(fair, d, suffix)}",
            f"{show(exact)} stands for {value.format(exact.decimals + 2)}",
        )
        related = (Related(exact.span, "the exact figure"),) if exact.span is not None else ()
        fix = best_fix(value, bound, ctx)
        if not value.overlaps(truth):
            yield Violation(
                message=in_quote(
                    f"“{written}” is not true of {show(exact)}: it needs "
                    f"{interval_words(truth, d, suffix)}",
                    claim.quoted,
                ),
                figure=bound,
                evidence=evidence,
                arithmetic=arithmetic,
                fix=fix or show(exact),
                confidence=Confidence.HIGH,
                severity=lowered(Severity.ERROR, claim.quoted),
                related=related,
            )
        elif not value.overlaps(fair):
            yield Violation(
                message=in_quote(
                    f"“{written}” is true of {show(exact)} but loose: "
                    + self._why_loose(value, bound, exact, fair=fair, d=d, suffix=suffix, ctx=ctx),
                    claim.quoted,
                ),
                figure=bound,
                evidence=evidence,
                arithmetic=arithmetic,
                fix=fix,
                confidence=Confidence.MEDIUM,
                severity=Severity.INFO,
                related=related,
            )

    @staticmethod
    def _why_loose(
        value: Interval,
        bound: Figure,
        exact: Figure,
        *,
        fair: Interval,
        d: int,
        suffix: str,
        ctx: RuleContext,
    ) -> str:
        """Why true words are loose: a landmark lies between, or how far the fair range goes."""
        mid = midpoint(value)
        if is_fraction_word(bound, ctx.pack) and mid is not None:
            lo, hi = sorted((mid, stated_value(bound, ctx.pack)))
            between = [lm.words[0] for lm in ctx.pack.landmarks.values() if lo < lm.percent < hi]
            if between:
                verb = "lie" if len(between) > 1 else "lies"
                return f"{' and '.join(between)} {verb} between {show(exact)} and {bound.text}"
        return f"the words fairly describe {interval_words(fair, d, suffix)}"

    # -- "(-0.2%)" in points, unhedged, for a fall of 0.26 points ----------------------------

    def _exact_points(
        self, article: Article, claim: ChangeClaim, amount: Figure, ctx: RuleContext
    ) -> Iterator[Outcome]:
        """An unhedged change in points that its rounding does not reach, while the points
        reading is near it: the unit is right (percent-points-confusion is silent) and the
        number is wrong, as a hedge that does not fit is. Levels the article does not give
        are the official record's. A change near neither reading is percent-points-
        confusion's ("fits neither reading"), so it is left to that rule."""
        if amount.decimals > 1:
            # "+10.58%" in a press agency's list, where the record gives 10.61: a change to
            # hundredths is a computation from the source's own levels, which may count
            # other votes than the record's; a near miss there is the sources', not the copy's.
            return
        levels = _both_levels(article, claim, ctx, percentage=True)
        if levels is None:
            return
        before, after, official = levels
        pts = points_reading(before, after, ctx)
        truth = truth_interval(amount, pack=ctx.pack, rounding=ctx.rounding)
        if pts.size.overlaps(truth) or not near(pts.size, amount, ctx):
            return
        written = span_text(article, amount) or amount.text
        way = "up" if pts.face > 0 else "down" if pts.face < 0 else "unchanged"
        d = max(before.decimals, after.decimals, amount.decimals)
        went = f"{subject(claim, article)} went from {show(before)} to {show(after)}, {way} "
        went += f"{pts.label}"
        if official is not None:
            went += f" (official results, {official.years})"
        rounded = format_number(abs(pts.face), amount.decimals)
        yield Violation(
            message=in_quote(
                f"“{written}” is not true of the change: {went}, which rounds to {rounded}",
                claim.quoted,
            ),
            figure=amount,
            evidence={
                "stated": written,
                "hedge": amount.hedge,
                "previous": before.text,
                "current": after.text,
                "points_change": pts.face,
                "points_interval": pts.size,
                "truth_interval": truth,
                **_official_evidence(official, amount),
            },
            arithmetic=(
                pts.working,
                f"“{written}” is true for {interval_words(truth, d + 1, ' points')}",
            ),
            fix=f"{rounded} percentage points",
            confidence=Confidence.HIGH,
            severity=lowered(Severity.ERROR, claim.quoted),
        )

    # -- "increased her party's vote by 332", unhedged, for a rise of 334 ---------------------

    def _exact_count(
        self, article: Article, claim: ChangeClaim, amount: Figure, ctx: RuleContext
    ) -> Iterator[Outcome]:
        """An unhedged change of a count of votes that the change does not round to, while
        it is near it: the number is wrong, as a hedge that does not fit is. A number with
        two or more trailing zeros ("up 2,000") is read as rounded at its last non-zero
        place; any other is exact. Levels the article does not give are the official
        record's (a candidate's or party's votes, or the two majorities). A change far from
        the number written is not judged: the reading, not the number, may be wrong."""
        levels = _both_levels(article, claim, ctx, percentage=False)
        if levels is None:
            return
        before, after, official = levels
        reading = count_reading(before, after, ctx, "votes")
        truth = _rounded_count(amount)
        if reading.size.overlaps(truth):
            return
        written = span_text(article, amount) or amount.text
        if not near(reading.size, amount, ctx):
            yield Skip(
                f"“{written}” ({subject(claim, article)}) is far from the change "
                f"({reading.label}): it may be of something else, so it is not judged"
            )
            return
        way = "up" if reading.face > 0 else "down" if reading.face < 0 else "unchanged"
        went = f"{subject(claim, article)} went from {show(before)} to {show(after)}, {way} "
        went += reading.label
        if official is not None:
            went += f" (official results, {official.years})"
        size = format_number(abs(reading.face), 0)
        yield Violation(
            message=in_quote(f"“{written}” is not true of the change: {went}", claim.quoted),
            figure=amount,
            evidence={
                "stated": written,
                "hedge": amount.hedge,
                "previous": before.text,
                "current": after.text,
                "count_change": reading.face,
                "count_interval": reading.size,
                "truth_interval": truth,
                **_official_evidence(official, amount),
            },
            arithmetic=(
                reading.working,
                f"“{written}” is true for {interval_words(truth, 0)}",
            ),
            fix=f"{size} votes",
            confidence=Confidence.HIGH,
            severity=lowered(Severity.ERROR, claim.quoted),
        )

    # -- "nearly quadrupled his majority", for 5.6 times -------------------------------------

    def _multiple(
        self, article: Article, claim: ChangeClaim, amount: Figure, ctx: RuleContext
    ) -> Iterator[Outcome]:
        """A majority (or vote) said to have grown by a multiple: the later level over the
        earlier one, from the article or else the official record, against the multiple's
        truth interval. A multiple in words, like a fraction word, is itself an
        approximation: "doubled" alone is true from as far short of double as "about"
        reaches (1.8 times, with the pack's floor) to short of trebled."""
        written = span_text(article, amount) or amount.text
        what = subject(claim, article)
        lv = levels_of(article, claim)
        before, after = lv.previous, lv.current
        official: OfficialLevels | None = None
        if before is None or after is None:
            found = (
                official_direction_levels(article, claim, ctx)
                if claim.quantity is Quantity.MAJORITY
                else _official_counts(article, claim, ctx)
            )
            if isinstance(found, Skip):
                yield found
                return
            official = found
            if official is not None:
                before, after = official.previous, official.current
        if before is None or after is None:
            yield Skip(
                f"“{written}” ({what}) is stated without both levels, so the multiple cannot be "
                "computed"
            )
            return
        if before.unit not in COUNT_LIKE_UNITS or after.unit not in COUNT_LIKE_UNITS:
            return
        ratio = quotient(value_interval(after, ctx), value_interval(before, ctx))
        if ratio is None or (ratio.hi is not None and ratio.hi < 1):
            return  # a fall: change-direction-mismatch's to report
        if amount.hedge == RESERVED_HEDGE:
            # "Doubled" alone: as far short of double as the pack's reading of a bare
            # approximation reaches ("about" it), and anything beyond, short of trebled: a
            # majority 2.24 times as large has doubled (and more).
            about = truth_interval(
                amount, ctx.pack.fractions.unhedged, pack=ctx.pack, rounding=ctx.rounding
            )
            truth = fair = Interval(about.lo, Fraction(amount.value) + 1, about.lo_closed, False)
        else:
            truth = truth_interval(amount, pack=ctx.pack, rounding=ctx.rounding)
            fair = pragmatic_interval(amount, pack=ctx.pack, rounding=ctx.rounding)
            if truth.hi is None and truth.lo is not None:
                # "More than doubled" fairly describes anything short of trebled: the next
                # multiple, not a rounding step, is the rounder value a writer would reach for.
                fair = Interval(truth.lo, Fraction(amount.value) + 1, truth.lo_closed, False)
        if ratio.overlaps(fair):
            return
        face = Fraction(after.value) / Fraction(before.value)
        went = (
            f"{what} went from {show(before)} to {show(after)}, "
            f"{format_number(face, 2)} times as large"
        )
        if official is not None:
            went += f" (official results, {official.years})"
        evidence: dict[str, object] = {
            "stated": written,
            "hedge": amount.hedge,
            "multiple": amount.value,
            "previous": before.text,
            "current": after.text,
            "ratio": face,
            "ratio_interval": ratio,
            "truth_interval": truth,
            "fair_interval": fair,
            **_official_evidence(official, amount),
        }
        arithmetic = (
            f"{after.text} / {before.text} = {format_number(face, 2)}",
            f"“{written}” is true for {interval_words(truth, 2, ' times')} and fair for "
            f"{interval_words(fair, 2, ' times')}",
        )
        fix = f"{format_number(face, 1)} times as large"
        if not ratio.overlaps(truth):
            yield Violation(
                message=in_quote(f"“{written}” is not true of the change: {went}", claim.quoted),
                figure=amount,
                evidence=evidence,
                arithmetic=arithmetic,
                fix=fix,
                confidence=Confidence.HIGH,
                severity=lowered(Severity.ERROR, claim.quoted),
            )
            return
        yield Violation(
            message=in_quote(f"“{written}” is true of the change but loose: {went}", claim.quoted),
            figure=amount,
            evidence=evidence,
            arithmetic=arithmetic,
            fix=fix,
            confidence=Confidence.MEDIUM,
            severity=Severity.INFO,
        )

    # -- "up nearly 11 points" with both levels known -------------------------------------

    def _change(
        self, article: Article, claim: ChangeClaim, amount: Figure, ctx: RuleContext
    ) -> Iterator[Outcome]:
        written = span_text(article, amount) or amount.text
        what = subject(claim, article)
        lv = levels_of(article, claim)
        before, after = lv.previous, lv.current
        official = None
        if (before is None or after is None) and amount.unit in COUNT_LIKE_UNITS:
            official = _official_counts(article, claim, ctx)
            if official is not None:
                before, after = official.previous, official.current
        if before is None or after is None:
            yield Skip(
                f"“{written}” ({what}) is stated without both levels, so the change cannot be "
                "computed"
            )
            return
        percentage = before.unit in PERCENTAGE_UNITS
        if percentage != (after.unit in PERCENTAGE_UNITS):
            yield Skip(f"“{written}” ({what}): {show(before)} and {show(after)} are unlike units")
            return
        readings: list[Reading] = []
        if percentage and amount.unit is Unit.POINTS:
            readings = [points_reading(before, after, ctx)]
        elif percentage and amount.unit is Unit.PERCENT:
            # Per cent of a percentage is read both ways; the unit is percent-points-confusion's.
            rel = relative_reading(before, after, ctx)
            readings = [*([rel] if rel else []), points_reading(before, after, ctx)]
        elif not percentage and amount.unit in COUNT_LIKE_UNITS:
            readings = [count_reading(before, after, ctx, amount.unit.value)]
        elif not percentage and amount.unit is Unit.PERCENT:
            rel = relative_reading(before, after, ctx)
            readings = [rel] if rel else []
        if not readings:
            yield Skip(f"“{written}” ({what}) is in a unit the change cannot be measured in")
            return
        truth = truth_interval(amount, pack=ctx.pack, rounding=ctx.rounding)
        fair = pragmatic_interval(amount, pack=ctx.pack, rounding=ctx.rounding)
        true_of = [r for r in readings if r.size.overlaps(truth)]
        fair_of = [r for r in readings if r.size.overlaps(fair)]
        if fair_of:
            return
        x = stated_value(amount, ctx.pack)
        nearest = min(readings, key=lambda r: abs((midpoint(r.size) or abs(r.face)) - x))
        d = max(before.decimals, after.decimals)
        way = "up" if nearest.face > 0 else "down" if nearest.face < 0 else "unchanged"
        others = [r for r in readings if r is not nearest]
        also = "".join(f", or {r.label} read as {r.unit}" for r in others)
        suffix = " points" if amount.unit is Unit.POINTS else "%"
        if amount.unit in COUNT_LIKE_UNITS:
            suffix = ""
        better = best_fix(nearest.size, amount, ctx)
        first = better.split(", or ")[0] if better else format_number(abs(nearest.face), d)
        fix = f"{first} {nearest.unit}"
        evidence: dict[str, object] = {
            "stated": written,
            "hedge": amount.hedge,
            "previous": before.text,
            "current": after.text,
            "truth_interval": truth,
            "fair_interval": fair,
            **{f"{r.key}_change": r.face for r in readings},
            **{f"{r.key}_interval": r.size for r in readings},
            **_official_evidence(official, amount),
        }
        arithmetic = (
            *(r.working for r in readings),
            f"“{written}” is true for {interval_words(truth, 2, suffix)} and fair for "
            f"{interval_words(fair, 2, suffix)}",
        )
        went = f"{what} went from {show(before)} to {show(after)}, {way} {nearest.label}{also}"
        if official is not None:
            went += f" (official results, {official.years})"
        if not true_of:
            yield Violation(
                message=in_quote(f"“{written}” is not true of the change: {went}", claim.quoted),
                figure=amount,
                evidence=evidence,
                arithmetic=arithmetic,
                fix=fix,
                confidence=Confidence.HIGH if len(readings) == 1 else Confidence.MEDIUM,
                severity=lowered(Severity.ERROR, claim.quoted),
            )
            return
        if official is not None:
            yield _loose_on_the_record(written, went)
            return
        yield Violation(
            message=in_quote(f"“{written}” is true of the change but loose: {went}", claim.quoted),
            figure=amount,
            evidence=evidence,
            arithmetic=arithmetic,
            fix=fix,
            confidence=Confidence.MEDIUM,
            severity=Severity.INFO,
        )


def _loose_on_the_record(written: str, went: str) -> Skip:
    """A change's words true of the record's levels but outside their fair range: not
    reported. The story gives neither level, so how loose its words are is judged against
    figures it never printed; on the open skeletons every such note was on a true claim
    ("more than 5,000" for a majority up 5,819), never on a slip (twenty-first session)."""
    return Skip(
        f"“{written}” is true of the change ({went}); how loose it is is not judged against "
        "the record's levels, which the story does not give"
    )


def _rounded_count(amount: Figure) -> Interval:
    """What an unhedged count of a change allows: itself, or, with two or more trailing
    zeros ("2,000"), the values that round to it at its last non-zero place (1,500 to
    2,500): copy rounds a change that size, and one trailing zero is as likely exact."""
    value = int(amount.value)
    if value == 0 or amount.value != value:
        return Interval.point(amount.value)
    digits = str(abs(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < 2:
        return Interval.point(value)
    half = Fraction(10**zeros, 2)
    return Interval(value - half, value + half, True, False)


def _both_levels(
    article: Article, claim: ChangeClaim, ctx: RuleContext, *, percentage: bool
) -> tuple[Figure, Figure, OfficialLevels | None] | None:
    """Both levels of a change, in the units a share's change (``percentage``) or a count's
    is of: the article's when it gives both, else both the official record's (with the
    record's levels, to cite); None when neither gives both, or they are of other units."""
    lv = levels_of(article, claim, percentage=True if percentage else None)
    before, after = lv.previous, lv.current
    official = None
    if before is None or after is None:
        official = (_official_shares if percentage else _official_counts)(article, claim, ctx)
        if official is None:
            return None
        before, after = official.previous, official.current
        assert before is not None
        assert after is not None
    units = PERCENTAGE_UNITS if percentage else COUNT_LIKE_UNITS
    if before.unit not in units or after.unit not in units:
        return None
    return before, after, official


def _official_shares(
    article: Article, claim: ChangeClaim, ctx: RuleContext
) -> OfficialLevels | None:
    """Both levels of a change of a share or turnout from the official record."""
    if claim.contest is None or claim.since is not None:
        return None  # "up 2 points on 2010": perhaps not the election before
    found = official_share_levels(article, claim, ctx)
    # A redrawn seat's earlier share is another area's, not the notional one on the new
    # boundaries that copy measures the change from.
    return None if found is None or found.redrawn else found


def _official_evidence(official: OfficialLevels | None, amount: Figure) -> dict[str, object]:
    """The evidence a finding on levels taken from the record carries: which records, and,
    where the change's own person stood in the seat the figure was read to loosely, that
    the seat was confirmed so (the levels looked up are theirs)."""
    if official is None:
        return {}
    evidence: dict[str, object] = {
        "levels_from": "official results",
        "official_records": list(official.records),
    }
    if official.stood and amount.grounds is not None and "seat" in amount.grounds.loose:
        evidence["seat_confirmed"] = official.stood
    return evidence


def _official_counts(
    article: Article, claim: ChangeClaim, ctx: RuleContext
) -> OfficialLevels | None:
    """Both counts of a change of a candidate's votes or of a majority from the official
    record, when the article does not give them ("an increase of nearly 7,000 from his 2015
    result"): a majority's are the two elections' majorities."""
    if claim.quantity not in (Quantity.VOTES, Quantity.MAJORITY) or claim.contest is None:
        return None
    if claim.since is not None and not claim.since.isdigit():
        return None
    contest = contest_for(article, claim.contest) or ContestResult(name=claim.contest)
    found = change_levels(article, claim, contest, ctx)
    if found is None:
        return None
    if claim.since is not None and not (found.previous_election or "").endswith(claim.since):
        return None  # "up from 2010": not the election before
    if claim.quantity is Quantity.MAJORITY:
        before, after = found.previous_majority, found.current_majority
    else:
        before, after = found.previous, found.current
    if before is None or after is None:
        return None
    return replace(found, previous=before, current=after)
