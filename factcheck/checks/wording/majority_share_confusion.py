"""A "majority" that is really a share of the vote, or a change in one."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from fractions import Fraction

from factcheck.checks.wording.common import (
    COUNT_LIKE_UNITS,
    PERCENTAGE_UNITS,
    Reading,
    candidate_for,
    contest_for,
    count_reading,
    digits,
    fits,
    in_quote,
    lead_in_votes,
    lowered,
    per_article,
    points_reading,
    quotient,
    relative_reading,
    reworded,
    show,
    span_text,
    value_interval,
    winner_of,
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
from factcheck.packs import RESERVED_HEDGE, pragmatic_interval
from factcheck.reference.lookup import OfficialLevels, official_levels
from factcheck.rule import Outcome, Related, Rule, RuleContext, Scope, Skip, Violation


@dataclasses.dataclass(frozen=True, slots=True)
class _Facts:
    """What the article says about one winner's majority and share, then and now."""

    winner: CandidateResult | None
    majority: tuple[Figure | None, Figure | None]
    """Earlier and later majority in votes."""
    points: tuple[Figure | None, Figure | None]
    """Earlier and later majority in percentage points."""
    share: tuple[Figure | None, Figure | None]
    """Earlier and later share of the winner."""
    official: OfficialLevels | None = None
    """The official record, when it supplied some of the levels."""


def _is_count(fig: Figure | None) -> bool:
    return fig is not None and fig.unit in COUNT_LIKE_UNITS


def _is_percentage(fig: Figure | None) -> bool:
    return fig is not None and fig.unit in PERCENTAGE_UNITS


def _span_range(iv: Interval | None, decimals: int, suffix: str = "") -> str | None:
    if iv is None or iv.lo is None or iv.hi is None:
        return None
    lo, hi = format_number(iv.lo, decimals), format_number(iv.hi, decimals)
    return f"{lo}{suffix}" if lo == hi else f"between {lo}{suffix} and {hi}{suffix}"


MAX_OTHER_CANDIDATES = 30
"""How many candidates besides the winner a contest is assumed to have, at most, when the list
may be incomplete. The largest UK parliamentary fields have had around fifteen candidates; the
bound only says how thinly the rest of the vote could be spread."""


def _lead_ceiling(
    contest: ContestResult | None, winner: CandidateResult, ctx: RuleContext
) -> Fraction | None:
    """The most the winner's lead over the runner-up can be, in points.

    The runner-up polled at least every other listed share, and at least an even split of the
    rest of the vote among the other candidates (all of them listed when the contest is
    complete, else at most :data:`MAX_OTHER_CANDIDATES`).
    """
    if winner.share is None:
        return None
    top = value_interval(winner.share, ctx).hi
    if top is None:
        return None
    others = [c for c in (contest.candidates if contest else ()) if c is not winner]
    lows = [value_interval(c.share, ctx).lo for c in others if c.share is not None]
    runner_up = max((lo for lo in lows if lo is not None), default=Fraction(0))
    spread = len(others) if contest is not None and contest.complete and others else None
    rest = (100 - top) / (spread or MAX_OTHER_CANDIDATES)
    return top - max(runner_up, rest, Fraction(0))


class MajorityShareConfusion(Rule):
    """A "majority" that is really a share of the vote, or a change in one.

    ## What it does
    In UK usage a majority is the winner's lead over the runner-up: in votes, or in points of
    the vote as a percentage majority. It is not the winner's share, and its change is not the
    change in the winner's share. For every stated change of a majority ("a nearly 11 per cent
    increase on her majority") the rule works out every reading the article's figures allow:
    the majority's change in votes and in per cent, the percentage majority's change in points,
    and the winner's share's change in points and in per cent.

    * A change of the majority itself fits: silent.
    * Only a share reading fits: the share was called a majority. An error when the majority's
      own change is known and does not fit; a warning when it is not known.
    * The majority's change is known, nothing fits and the amount is unhedged: a warning that
      gives every reading (a hedged amount is `hedge-mismatch`'s, which can call it false).
    * No reading can be computed and the amount is in per cent: a warning that a majority is a
      lead in votes, that a change "in per cent" is ambiguous, and what each reading would
      mean, with the earlier value each implies from the figures the article does give.

    A percentage majority's change written in the wrong unit ("from 12.0pc to 38.8pc, up 26.8
    per cent") is `percent-points-confusion`'s.

    It also flags a percentage majority equal, within rounding, to the winner's share ("won
    with a majority of 71.8pc" when 71.8pc was her share). When every share in the contest is
    shown, `majority-mismatch` recomputes the lead and says the same, so this rule leaves
    that case to it.

    ## Why is this bad?
    A share that rose by 11 points and a majority that nearly trebled are different stories.
    Calling one the other misleads about how the seat changed, and "11 per cent" of a majority
    suggests a margin that grew by a tenth.

    ## Example
    ```text
    Labour's Rushanara Ali held Bethnal Green and Bow with a nearly 11 per cent increase on
    her majority, taking 42,969 votes, a 71.8pc share.
    ```

    ## Use instead
    ```text
    Labour's Rushanara Ali held Bethnal Green and Bow, her share of the vote rising by nearly
    11 points to 71.8pc, with 42,969 votes.
    ```

    ## How to silence it
    Say "share" for a share and "majority" for the lead in votes, and give a change of a
    majority in votes ("from 24,317 to 35,393"). A quotation is checked too but reported as a
    warning at most. To switch the rule off, add `"majority-share-confusion"` to `ignore`.
    """

    code = "WRD101"
    name = "majority-share-confusion"
    scope = Scope.ARTICLE
    priority = 10

    def check_article(self, article: Article, ctx: RuleContext) -> Iterator[Outcome]:
        """Read each change of a majority every way, and compare percentage majorities to shares."""
        for claim in article.claims:
            if not isinstance(claim, ChangeClaim) or claim.quantity is not Quantity.MAJORITY:
                continue
            contest = contest_for(article, claim.contest)
            if claim.amount is not None and claim.amount.unit is not Unit.TIMES:
                # (A multiple, "doubled his majority", is in no unit a majority is confused
                # with: hedge-mismatch judges it.)
                yield from self._change(article, claim, claim.amount, contest, ctx)
            if _is_percentage(claim.current):
                assert claim.current is not None
                yield from self._share_called_majority(
                    claim.current,
                    winner=candidate_for(contest, claim.candidate, claim.party)
                    or winner_of(contest),
                    contest=contest,
                    quoted=claim.quoted,
                    ctx=ctx,
                )
        for contest in article.contests:
            stated = contest.majority_share
            if stated is None or self._majority_mismatch_can_tell(contest):
                continue
            yield from self._share_called_majority(
                stated, winner=winner_of(contest), contest=contest, quoted=stated.quoted, ctx=ctx
            )

    # -- "a majority of 71.8pc" ----------------------------------------------------------------

    @staticmethod
    def _majority_mismatch_can_tell(contest: ContestResult) -> bool:
        """Does majority-mismatch have the figures to recompute a percentage majority?"""
        shares = sum(1 for c in contest.candidates if c.share is not None)
        votes = sum(1 for c in contest.candidates if c.votes is not None and c.votes.exact)
        return shares >= 2 or (votes >= 2 and contest.valid_votes is not None)

    def _share_called_majority(
        self,
        stated: Figure,
        *,
        winner: CandidateResult | None,
        contest: ContestResult | None,
        quoted: bool,
        ctx: RuleContext,
    ) -> Iterator[Outcome]:
        if winner is None or winner.share is None or not _surely_won(contest, winner, ctx):
            return
        stated_iv = value_interval(stated, ctx)
        share_iv = value_interval(winner.share, ctx)
        ceiling = _lead_ceiling(contest, winner, ctx)
        if (
            not stated_iv.overlaps(share_iv)
            or ceiling is None
            or not stated_iv.entirely_above(Interval.point(ceiling))
        ):
            # A winner on nearly all the vote may lead by nearly their whole share.
            return
        votes = lead_in_votes(contest)
        fix = f"a {winner.share.text}% share"
        if votes is not None:
            fix += f", and a majority of {votes:,}"
        yield Violation(
            message=in_quote(
                f"a majority of {show(stated)} is {winner.name}'s share of the vote "
                f"({show(winner.share)}), not the lead over the runner-up",
                quoted,
            ),
            figure=stated,
            evidence={
                "stated_majority": stated.text,
                "winner": winner.name,
                "winner_share": winner.share.text,
                "stated_interval": stated_iv,
                "share_interval": share_iv,
                "lead_in_votes": votes,
                "lead_ceiling": ceiling,
            },
            arithmetic=(
                f"stated majority {show(stated)} stands for "
                f"{stated_iv.format(stated.decimals + 2)}",
                f"{winner.name}'s share {show(winner.share)} stands for "
                f"{share_iv.format(winner.share.decimals + 2)}: they overlap",
                "the runner-up polled at least the other shares or an even split of the rest, "
                "so the lead is at most "
                f"{format_number(ceiling, stated.decimals + 2)} points",
            ),
            fix=fix,
            confidence=Confidence.HIGH,
            severity=lowered(Severity.ERROR, quoted),
            related=(Related(winner.share.span, "the winner's share"),)
            if winner.share.span is not None
            else (),
        )

    # -- "increased her majority by nearly 11 per cent" ---------------------------------------

    @staticmethod
    def _facts(
        article: Article, claim: ChangeClaim, contest: ContestResult | None, ctx: RuleContext
    ) -> _Facts:
        winner = candidate_for(contest, claim.candidate, claim.party) or winner_of(contest)
        prev, cur = claim.previous, claim.current
        lead = lead_in_votes(contest)
        m1 = cur if _is_count(cur) else (Figure.count(lead) if lead is not None else None)
        if m1 is None and contest is not None and contest.majority is not None:
            m1 = contest.majority
        p1 = cur if _is_percentage(cur) else contest.majority_share if contest else None
        s0: Figure | None = None
        s1 = winner.share if winner is not None else None
        if winner is not None:
            levels = per_article(article, "winners' share levels", _share_levels)
            s0, first_current = levels.get((id(contest), id(winner)), (None, None))
            if s1 is None:
                s1 = first_current
        m0 = prev if _is_count(prev) else None
        official = None
        if m0 is None or m1 is None or s0 is None or s1 is None:
            # The official record gives the levels the article does not: the previous
            # election's majority and the winner's share then.
            official = official_levels(
                article, contest, quantity="majority", candidate=None, party=None, ctx=ctx
            )
        if official is not None:
            m0 = m0 or official.previous_majority
            m1 = m1 or official.current_majority
            s0 = s0 or official.previous
            s1 = s1 or official.current
        return _Facts(
            winner=winner,
            majority=(m0, m1),
            points=(prev if _is_percentage(prev) else None, p1),
            share=(s0, s1),
            official=official,
        )

    @staticmethod
    def _readings(facts: _Facts, ctx: RuleContext) -> dict[str, Reading]:
        out: dict[str, Reading] = {}
        m0, m1 = facts.majority
        if m0 is not None and m1 is not None:
            out["majority-votes"] = dataclasses.replace(
                count_reading(m0, m1, ctx, "votes"), key="majority-votes"
            )
            rel = relative_reading(m0, m1, ctx, key="majority-relative")
            if rel is not None:
                out["majority-relative"] = rel
        p0, p1 = facts.points
        if p0 is not None and p1 is not None:
            out["majority-points"] = dataclasses.replace(
                points_reading(p0, p1, ctx), key="majority-points"
            )
        s0, s1 = facts.share
        if s0 is not None and s1 is not None:
            out["share-points"] = dataclasses.replace(
                points_reading(s0, s1, ctx), key="share-points"
            )
            rel = relative_reading(s0, s1, ctx, key="share-relative")
            if rel is not None:
                out["share-relative"] = rel
        return out

    def _change(
        self,
        article: Article,
        claim: ChangeClaim,
        amount: Figure,
        contest: ContestResult | None,
        ctx: RuleContext,
    ) -> Iterator[Outcome]:
        right, shares = _READINGS_FOR.get(amount.unit, ("majority-votes", ()))
        facts = self._facts(article, claim, contest, ctx)
        readings = self._readings(facts, ctx)
        fitting = {k for k, r in readings.items() if fits(r.size, amount, ctx)}
        counted = amount.unit in COUNT_LIKE_UNITS
        if any(k.startswith("majority") and (k == "majority-votes") == counted for k in fitting):
            return
        # (a winner known only by party is "the Labour candidate")
        whose = (facts.winner.shown or "the winner") if facts.winner is not None else "the winner"
        case = _Case(
            article=article,
            claim=claim,
            amount=amount,
            facts=facts,
            readings=readings,
            whose=whose,
            written=span_text(article, amount) or show(amount),
            evidence={
                "stated": amount.text,
                "stated_unit": amount.unit.value,
                "hedge": amount.hedge,
                "fair_interval": pragmatic_interval(amount, pack=ctx.pack, rounding=ctx.rounding),
                **{f"{k.replace('-', '_')}_change": r.face for k, r in readings.items()},
                **{f"{k.replace('-', '_')}_interval": r.size for k, r in readings.items()},
                **(
                    {
                        "levels_from": "official results",
                        "official_records": list(facts.official.records),
                    }
                    if facts.official is not None
                    else {}
                ),
            },
            arithmetic=tuple(f"{_WHAT[k]}: {r.working}" for k, r in readings.items()),
            known=any(k.startswith("majority") for k in readings),
            ctx=ctx,
        )
        share_fit = next((k for k in shares if k in fitting), None)
        if share_fit is not None:
            yield self._share_fits(case, share_fit)
        elif _is_percentage(claim.previous) or _is_percentage(claim.current):
            # A percentage majority's change in the wrong unit is percent-points-confusion's.
            return
        elif right in readings:
            if amount.hedge == RESERVED_HEDGE:
                # A hedged amount that fits nothing is hedge-mismatch's, which can call it false.
                yield self._fits_nothing(case, right)
        elif amount.unit is not Unit.PERCENT:
            yield Skip(
                f"“{case.written}” ({whose}'s majority) is stated without the figures to "
                "recompute it"
            )
        else:
            yield self._ambiguous(case)

    @staticmethod
    def _share_fits(case: _Case, share_fit: str) -> Violation:
        """The amount is the winner's change of share, called a change of majority."""
        r = case.readings[share_fit]
        # A share unchanged at face value may still fit a small amount within its rounding:
        # it "changed", neither rose nor fell, as far as the figures show.
        verb = "rose" if r.face > 0 else "fell" if r.face < 0 else "changed"
        unit = "percentage points" if share_fit == "share-points" else "per cent"
        fix = (
            f"{case.whose}'s share of the vote {verb} by "
            f"{reworded(case.article, case.amount, unit, case.ctx)}"
        )
        m0, m1 = case.facts.majority
        if m0 is not None and m1 is not None and m1.value == m0.value:
            fix += f"; the majority was unchanged at {m1.text}"
        elif m0 is not None and m1 is not None:
            moved = "rose" if m1.value > m0.value else "fell"
            fix += f"; the majority {moved} from {m0.text} to {m1.text}"
        majority = [k for k in case.readings if k.startswith("majority")]
        how = (
            "; the majority itself changed by "
            + " or ".join(f"{case.readings[k].label}" for k in majority)
            if majority
            else "; the change in the majority itself cannot be worked out from the article"
        )
        in_points = share_fit == "share-points" and case.amount.unit is Unit.PERCENT
        return Violation(
            message=in_quote(
                f"“{case.written}” is the change in {case.whose}'s share of the vote, not in "
                f"the majority{' (and in points, not per cent)' if in_points else ''}: "
                f"{case.went(share_fit)}{how}",
                case.claim.quoted,
            ),
            figure=case.amount,
            evidence={**case.evidence, "fits": share_fit},
            arithmetic=case.arithmetic,
            fix=fix,
            confidence=Confidence.HIGH if case.known else Confidence.MEDIUM,
            severity=lowered(Severity.ERROR if case.known else Severity.WARNING, case.claim.quoted),
        )

    @staticmethod
    def _fits_nothing(case: _Case, right: str) -> Violation:
        """The majority's change is known, and neither it nor any confusion explains the amount."""
        r = case.readings[right]
        return Violation(
            message=in_quote(
                f"“{case.written}” fits no reading of the change in {case.whose}'s majority: "
                f"{case.went(right)}{case.others(right)}",
                case.claim.quoted,
            ),
            figure=case.amount,
            evidence=case.evidence,
            arithmetic=case.arithmetic,
            fix=f"{format_number(abs(r.face), case.amount.decimals)} {r.unit}",
            confidence=Confidence.MEDIUM,
            severity=Severity.WARNING,
        )

    @staticmethod
    def _ambiguous(case: _Case) -> Violation:
        """No reading can be computed: say what each would mean, from what the article gives."""
        amount, claim, ctx = case.amount, case.claim, case.ctx
        fair = pragmatic_interval(amount, pack=ctx.pack, rounding=ctx.rounding)
        size = fair & Interval.at_least(0)
        up = claim.direction is not Direction.DOWN
        sign = 1 if up else -1
        signed = size if up else -size
        x = Fraction(amount.value)
        meanings: list[str] = []
        lines = list(case.arithmetic)
        implied: dict[str, object] = {}
        moved = "grew" if up else "shrank"
        _, m1 = case.facts.majority
        if m1 is not None and claim.direction is not None:
            before = quotient(
                value_interval(m1, ctx), Interval.point(1) + signed.scale(Fraction(1, 100))
            )
            words = _span_range(before, 0)
            if before is not None and words is not None:
                implied["implied_previous_majority"] = before
                meanings.append(f"read as the majority, it {moved} from {words} to {m1.text}")
                face = Fraction(m1.value) / (1 + sign * x / 100)
                lines.append(
                    f"if the majority, in per cent: {m1.text} / (1 {'+' if up else '−'} "
                    f"{digits(amount)}/100) = {format_number(face, 0)}"
                )
        _, s1 = case.facts.share
        if s1 is not None and claim.direction is not None:
            before = value_interval(s1, ctx) - signed
            words = _span_range(before, s1.decimals + 1, "%")
            if words is not None:
                implied["implied_previous_share_if_points"] = before
                meanings.append(
                    f"read as {case.whose}'s share in points, it {'rose' if up else 'fell'} "
                    f"from {words} to {show(s1)}"
                )
                face = Fraction(s1.value) - sign * x
                lines.append(
                    f"if the share, in points: {s1.text} {'−' if up else '+'} {digits(amount)} = "
                    f"{format_number(face, s1.decimals)}"
                )
        if not meanings:
            meanings.append(
                f"it could be the majority in votes changing by {amount.text} per cent, the "
                f"percentage majority moving {amount.text} points, or {case.whose}'s share of "
                f"the vote moving {amount.text} points"
            )
        points = reworded(case.article, amount, "percentage points", ctx)
        return Violation(
            message=in_quote(
                f"a majority is the winner's lead in votes, so “{case.written}” is ambiguous: "
                + "; ".join(meanings),
                claim.quoted,
            ),
            figure=amount,
            evidence={**case.evidence, **implied},
            arithmetic=tuple(lines),
            fix=f"say which: “{case.whose}'s share of the vote "
            f"{'rose' if up else 'fell'} by {points}”, or give the majority in votes before "
            "and after",
            confidence=Confidence.MEDIUM if implied else Confidence.LOW,
            severity=Severity.WARNING,
        )


_READINGS_FOR: dict[Unit, tuple[str, tuple[str, ...]]] = {
    Unit.PERCENT: ("majority-relative", ("share-points", "share-relative")),
    Unit.POINTS: ("majority-points", ("share-points",)),
}
"""For an amount's unit: the majority reading it names, and the share readings it may be."""

_WHAT = {
    "majority-votes": "majority in votes",
    "majority-relative": "majority in per cent",
    "majority-points": "percentage majority in points",
    "share-points": "winner's share in points",
    "share-relative": "winner's share in per cent",
}


@dataclasses.dataclass(frozen=True, slots=True)
class _Case:
    """One stated change of a majority, with everything its findings are worded from."""

    article: Article
    claim: ChangeClaim
    amount: Figure
    facts: _Facts
    readings: dict[str, Reading]
    whose: str
    written: str
    evidence: dict[str, object]
    arithmetic: tuple[str, ...]
    known: bool
    """Whether any change of the majority itself could be computed (none of them fits)."""
    ctx: RuleContext

    def went(self, key: str) -> str:
        """How the quantity a reading measures moved: "the majority went from 6,000 to ..."."""
        if key.startswith("share"):
            pair, noun = self.facts.share, "share of the vote"
        elif key == "majority-points":
            pair, noun = self.facts.points, "percentage majority"
        else:
            pair, noun = self.facts.majority, "majority"
        before, after = pair
        assert before is not None
        assert after is not None
        r = self.readings[key]
        way = _way(r.face)
        official = (
            f" (official results, {self.facts.official.years})"
            if self.facts.official is not None
            else ""
        )
        return f"the {noun} went from {show(before)} to {show(after)}{official}, {way} {r.label}"

    def others(self, shown: str) -> str:
        """The other readings, for the reader who wants them all."""
        rest = [
            f"{_WHAT[k]} {_way(r.face)} {r.label}" for k, r in self.readings.items() if k != shown
        ]
        return f" (other readings: {'; '.join(rest)})" if rest else ""


def _way(face: Fraction) -> str:
    """Which way a reading's change went at face value: "up", "down" or "unchanged"."""
    return "up" if face > 0 else "down" if face < 0 else "unchanged"


def _surely_won(contest: ContestResult | None, winner: CandidateResult, ctx: RuleContext) -> bool:
    """Is ``winner`` certainly first, so that its share can be compared with the majority?

    A stated first place or a share over half settles it. Otherwise every listed candidate
    needs a share, and what the listed shares leave over must be less than the winner's:
    a candidate with no figure, or one missing from the list, could have come first.
    """
    assert winner.share is not None
    share = value_interval(winner.share, ctx)
    if winner.rank is not None and winner.rank.value == 1:
        # A stated first place settles it only when no listed figure contradicts it: a wrong
        # rank is rank-order-mismatch's finding, and must not make this rule misfire too.
        return not _someone_surely_ahead(contest, winner, share, ctx)

    if share.lo is not None and share.lo > 50:
        return True
    if contest is None or any(c.share is None for c in contest.candidates):
        return False
    listed = Interval.point(0)
    for c in contest.candidates:
        assert c.share is not None
        listed = listed + value_interval(c.share, ctx)
    if listed.lo is None or share.lo is None:
        return False
    return 100 - listed.lo < share.lo


def _someone_surely_ahead(
    contest: ContestResult | None, winner: CandidateResult, share: Interval, ctx: RuleContext
) -> bool:
    """Does a listed candidate's figure show they certainly polled more than ``winner``?"""
    if contest is None:
        return False
    mine = winner.votes.value if winner.votes is not None and winner.votes.exact else None
    for c in contest.candidates:
        if c is winner:
            continue
        if mine is not None and c.votes is not None and c.votes.exact and c.votes.value > mine:
            return True
        if c.share is not None and value_interval(c.share, ctx).entirely_above(share):
            return True
    return False


def _share_levels(
    article: Article,
) -> dict[tuple[int, int], tuple[Figure | None, Figure | None]]:
    """For each (contest, candidate) the article's changes of share or votes are about (by
    identity): the last previous level and the first current level stated as percentages.
    Found once per article, not by a search of every claim per majority claim (an article
    naming one seat many times made that claims × claims)."""
    out: dict[tuple[int, int], tuple[Figure | None, Figure | None]] = {}
    for claim in article.claims:
        if not isinstance(claim, ChangeClaim) or claim.quantity not in (
            Quantity.SHARE,
            Quantity.VOTES,
        ):
            continue
        contest = contest_for(article, claim.contest)
        who = candidate_for(contest, claim.candidate, claim.party)
        if who is None:
            continue
        key = (id(contest), id(who))
        previous, current = out.get(key, (None, None))
        if _is_percentage(claim.previous):
            previous = claim.previous
        if current is None and _is_percentage(claim.current):
            current = claim.current
        out[key] = (previous, current)
    return out
