"""A stated majority that is not the winner's lead over the runner-up."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.checks.arithmetic.common import pct, typo_fixes, who
from factcheck.checks.arithmetic.feasibility import votes_of
from factcheck.checks.facts import contest_facts
from factcheck.intervals import Interval, format_number, percent
from factcheck.models import CandidateResult, Confidence, ContestResult, Figure, Severity
from factcheck.packs import truth_interval
from factcheck.rule import Outcome, Related, Rule, RuleContext, Skip, Violation


def _earlier_majority(contest: ContestResult, stated: Figure, ctx: RuleContext) -> str | None:
    """Why a stated majority read from prose is not set against this count: it is the
    seat's majority at the election before, in the official record (in votes, or as a share
    of the valid vote), so it was most likely that election's, read as this one's ("Plaid
    Cymru had targeted Ynys Mon …, who have a narrow majority of 0.66% there", written of
    2015's 229 votes); None otherwise. Only with a record and an election given, and only
    for the stated majority itself (a figure of the record is not blamed for the count)."""
    if (
        stated.grounds is None
        or ctx.reference is None
        or ctx.election is None
        or contest.name is None
        or stated not in (contest.majority, contest.majority_share)
    ):
        return None
    before = ctx.reference.previous(ctx.election)
    record = ctx.reference.contest(contest.name, before) if before else None
    if record is None or record.majority is None:
        return None
    allowed = truth_interval(stated, pack=ctx.pack, rounding=ctx.rounding)
    value = Fraction(record.majority.value)
    total = votes_of(record.valid_votes)
    if stated is contest.majority_share:
        if not total:
            return None
        value = value * 100 / total
    if value not in allowed:
        return None
    said = f"{stated.text}%" if stated is contest.majority_share else stated.text
    return (
        f"the stated majority of {said} is the majority in {record.name} at "
        f"{before} in the official record: most likely that election's, read as this one's"
    )


def _runner_up_certain(contest: ContestResult, ranked: list[tuple[int, int]]) -> bool:
    """Is the second-placed listed candidate surely second overall?"""
    if len(ranked) < 2:
        return False
    if contest.complete and len(ranked) == len(contest.candidates):
        return True
    if len(ranked) != len(contest.candidates):
        return False  # a listed candidate without votes could be second
    total = votes_of(contest.valid_votes)
    if total is None:
        return False
    unlisted = total - sum(v for _, v in ranked)
    return unlisted <= ranked[1][1]


def _lead_explained_by_unseen(
    contest: ContestResult, ranked: list[tuple[int, int]], lo: int, hi: int
) -> bool:
    """Could some lead of ``lo``–``hi`` votes be over, or by, a candidate with no count shown?

    Such a candidate is unlisted or listed without votes; call this only when the runner-up
    is not certain, so one may exist. Their votes together are at most the stated total less
    the votes shown, or unbounded when no total is stated.
    """
    v1, v2 = ranked[0][1], ranked[1][1]
    lo = max(lo, 0)
    if lo > hi:
        return False
    total = votes_of(contest.valid_votes)
    room = None if total is None else total - sum(v for _, v in ranked)
    # An unseen runner-up on v1 − L votes: no more than v1, no fewer than v2, within the room.
    lowest = lo if room is None else max(lo, v1 - room)
    if lowest <= min(hi, v1 - v2):
        return True
    # An unseen winner on v1 + L votes.
    return room is None or lo <= room - v1


def _share_lead_explained_by_unseen(
    shares: list[Interval], first: Interval, second: Interval, lead: Interval
) -> bool:
    """Could ``lead`` points be the lead over, or of, a candidate whose share is not shown?

    Their shares together are at most 100 less the smallest the shown shares can be.
    """
    shown = Interval.point(0)
    for s in shares:
        shown = shown + s
    assert shown.lo is not None
    assert first.lo is not None
    assert first.hi is not None
    assert second.lo is not None
    room = 100 - shown.lo
    # Closed bounds throughout: at an exact boundary, give the writer the benefit of the doubt.
    top = Interval.closed(first.lo, first.hi)
    # An unseen runner-up polled at least the listed second and at most the winner.
    runner_up = Interval.closed(second.lo, min(first.hi, room))
    if not runner_up.is_empty and (top - runner_up).overlaps(lead):
        return True
    # An unseen winner polled at least the listed first.
    winner = Interval.closed(first.lo, room)
    return not winner.is_empty and (winner - top).overlaps(lead)


class MajorityMismatch(Rule):
    """A stated majority that is not the winner's lead over the runner-up.

    ## What it does
    In UK usage a constituency majority is the winner's votes minus the runner-up's votes;
    as a percentage it is the winner's share minus the runner-up's, in points. The rule
    recomputes both from the listed figures and compares them with the stated majority,
    using each figure's rounding interval. It names likely slips: the winner's total or
    share given as the majority, the lead over the third-placed candidate, swapped digits.

    When the list may leave a candidate out, or gives a candidate no vote count (no share,
    for a majority in points), that candidate may be the winner or the runner-up. A stated
    majority such a candidate could explain, within the votes or share left over, is then
    reported as not checked rather than as wrong.

    A count is blamed instead of the majority only when the candidate's share says so, and
    only a share read with the count: where the two stand in different sentences and the
    story gives the candidate another count or share besides, which goes with which is a
    guess, and the finding is on the majority as the counts alone make it.

    A majority read from prose that is, in the official record, the seat's majority at the
    election before (in votes, or as a share of that election's valid vote) is not set
    against this count: it was most likely written of that election ("who have a narrow
    majority of 0.66% there", of the seat a party "had targeted") and read as this one's,
    as `reference-mismatch` says of it too. On the opened twenty-first-session batch the
    rule's one finding was such a majority. Only with an election given and its record
    bundled.

    ## Why is this bad?
    The majority is the headline number of a constituency result. A wrong one misstates how
    safe the seat is, and is often a sign that another figure in the story is wrong too.

    ## Example
    ```json
    {"contests": [{"name": "Anytown", "majority": 6816, "candidates": [
      {"name": "A. Smith", "votes": 21304}, {"name": "B. Jones", "votes": 15118}
    ], "complete": true}]}
    ```

    ## Use instead
    ```json
    {"contests": [{"name": "Anytown", "majority": 6186, "candidates": [
      {"name": "A. Smith", "votes": 21304}, {"name": "B. Jones", "votes": 15118}
    ], "complete": true}]}
    ```

    ## How to silence it
    Correct the majority. In multi-member wards a "majority" means something else: switch the
    rule off there with `ignore = ["majority-mismatch"]` (or per-file ignores).
    """

    code = "NUM104"
    name = "majority-mismatch"
    priority = 40
    sets_candidates_against_each_other = True

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        """Recompute the majority in votes and in points and compare."""
        for outcome in self._checked(contest, ctx):
            if isinstance(outcome, Violation) and outcome.figure is not None:
                earlier = _earlier_majority(contest, outcome.figure, ctx)
                if earlier is not None:
                    yield Skip(earlier)
                    continue
            yield outcome

    def _checked(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        if contest.majority is not None:
            yield from self._votes(contest, ctx)
        if contest.majority_share is not None:
            yield from self._points(contest, ctx)

    def _votes(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        stated = contest.majority
        assert stated is not None
        ranked = list(contest_facts(contest, ctx.rounding).ranked)
        if len(ranked) < 2:
            yield Skip("a majority in votes is stated but fewer than two candidates' votes are")
            return
        (i1, v1), (i2, v2) = ranked[0], ranked[1]
        computed = v1 - v2
        m = int(stated.value)
        if m == computed:
            return
        if Fraction(computed) in truth_interval(stated, pack=ctx.pack, rounding=ctx.rounding):
            # "a majority of almost 2,000" for 1,831: what the hedge allows; unhedged, what
            # the figure's rounding does ("35.4 thousand" for 35,393; a count is exact).
            return
        first, second = contest.candidates[i1], contest.candidates[i2]
        certain = _runner_up_certain(contest, ranked)
        blamed = self._vote_figure_to_blame(contest, (i1, v1), (i2, v2), m, ctx)
        if blamed is not None:
            cand, fixed = blamed
            assert cand.votes is not None
            yield Violation(
                message=f"{who(cand)}'s {cand.votes.text} votes do not fit the stated majority "
                f"of {stated.text}, which implies {fixed:,}",
                figure=cand.votes,
                evidence={"stated_majority": m, "candidate": cand.shown, "implied_votes": fixed},
                arithmetic=(f"{v1:,} − {v2:,} = {computed:,}, not {stated.text}",),
                fix=f"{fixed:,} fits both the majority and {cand.shown}'s share",
                confidence=Confidence.MEDIUM,
                related=(Related(stated.span, "the stated majority"),) if stated.span else (),
            )
            return
        if not certain and _lead_explained_by_unseen(contest, ranked, m, m):
            yield Skip(
                f"the stated majority of {stated.text} may be a lead over, or of, a candidate "
                "whose votes are not given"
            )
            return
        hint, fix = self._hint(m, computed, ranked, contest.candidates, stated.text)
        yield Violation(
            message=f"the stated majority of {stated.text} is not {who(first)}'s lead over "
            f"{who(second)}, which is {computed:,}" + (f" ({hint})" if hint else ""),
            figure=stated,
            evidence={
                "stated": m,
                "winner": first.name,
                "winner_votes": v1,
                "runner_up": second.name,
                "runner_up_votes": v2,
                "computed": computed,
                "runner_up_certain": certain,
            },
            arithmetic=(f"{v1:,} − {v2:,} = {computed:,}", f"stated: {stated.text}"),
            fix=fix,
            severity=None if certain else Severity.WARNING,
            confidence=Confidence.HIGH if certain else Confidence.MEDIUM,
            related=tuple(
                Related(c.votes.span, f"{c.shown}'s votes")
                for c in (first, second)
                if c.votes is not None and c.votes.span is not None
            ),
        )

    @staticmethod
    def _vote_figure_to_blame(
        contest: ContestResult,
        first: tuple[int, int],
        second: tuple[int, int],
        m: int,
        ctx: RuleContext,
    ) -> tuple[CandidateResult, int] | None:
        """When the majority is right and one vote count is not, which count is it?

        The stated majority implies a vote count for the winner (runner-up + M) and for the
        runner-up (winner − M). If exactly one of those fits that candidate's printed share
        while the printed count does not, the count is the wrong figure, not the majority.
        A share the reader paired with the count by a guess (``paired_apart``: the two stand
        in different sentences beside another count or share of the candidate) may be another
        count's, and blames nothing.
        """
        total = votes_of(contest.valid_votes)
        if total is None or total == 0:
            return None
        (i1, v1), (i2, v2) = first, second
        suspects = []
        for i, printed, implied in ((i1, v1, v2 + m), (i2, v2, v1 - m)):
            share = contest.candidates[i].share
            if contest.candidates[i].paired_apart:
                continue
            if share is None or implied <= 0:
                # No count at all implied: the majority is the winner's own total (which
                # _hint names), not a sign that this candidate's count was mistyped.
                continue
            iv = share.interval(ctx.rounding)
            if percent(implied, total) in iv and percent(printed, total) not in iv:
                suspects.append((contest.candidates[i], implied))
        return suspects[0] if len(suspects) == 1 else None

    @staticmethod
    def _hint(
        m: int,
        computed: int,
        ranked: list[tuple[int, int]],
        candidates: tuple[CandidateResult, ...],
        text: str,
    ) -> tuple[str | None, str]:
        v1 = ranked[0][1]
        if m == v1:
            return "it is the winner's vote total", f"a majority of {computed:,}"
        if len(ranked) > 2 and m == v1 - ranked[2][1]:
            third = candidates[ranked[2][0]].shown
            return f"it is the lead over {third}, who came third", f"a majority of {computed:,}"
        if any(value == computed for value, _ in typo_fixes(text, range(computed, computed + 1))):
            return "two digits look swapped or mistyped", f"a majority of {computed:,}"
        return None, f"a majority of {computed:,}"

    def _points(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        stated = contest.majority_share
        assert stated is not None
        st_iv = stated.interval(ctx.rounding)
        d = stated.decimals
        ranked_votes = list(contest_facts(contest, ctx.rounding).ranked)
        total = votes_of(contest.valid_votes)
        if len(ranked_votes) >= 2 and total:
            (i1, v1), (i2, v2) = ranked_votes[0], ranked_votes[1]
            exact = percent(v1 - v2, total)
            if exact in st_iv:
                return
            # Newsrooms often subtract the printed shares (71.8 − 12.7 = 59.1 where the exact
            # lead is 59.16): that is a legitimate reading, not an error.
            s1, s2 = contest.candidates[i1].share, contest.candidates[i2].share
            if s1 is not None and s2 is not None:
                printed = Interval.point(s1.value) - Interval.point(s2.value)
                if printed.overlaps(st_iv):
                    return
            leads = st_iv.scale(Fraction(total, 100)).integers()
            if (
                not _runner_up_certain(contest, ranked_votes)
                and leads is not None
                and _lead_explained_by_unseen(contest, ranked_votes, *leads)
            ):
                yield Skip(
                    f"the stated majority of {stated.text} points may be a lead over, or of, "
                    "a candidate whose votes are not given"
                )
                return
            first, second = contest.candidates[i1], contest.candidates[i2]
            yield self._points_violation(
                contest,
                first,
                second,
                Interval.point(exact),
                working=f"100 × ({v1:,} − {v2:,}) / {total:,} = {pct(exact, d + 2)}",
                ctx=ctx,
            )
            return
        with_share = [(i, c.share) for i, c in enumerate(contest.candidates) if c.share is not None]
        if len(with_share) < 2:
            yield Skip("a majority in points is stated but fewer than two shares are")
            return
        ordered = sorted(with_share, key=lambda p: -p[1].value)
        (i1, s1), (i2, s2) = ordered[0], ordered[1]
        diff = s1.interval(ctx.rounding) - s2.interval(ctx.rounding)
        if diff.overlaps(st_iv):
            return
        all_shown = bool(contest.complete) and len(with_share) == len(contest.candidates)
        if not all_shown and _share_lead_explained_by_unseen(
            [s.interval(ctx.rounding) for _, s in with_share],
            s1.interval(ctx.rounding),
            s2.interval(ctx.rounding),
            st_iv,
        ):
            yield Skip(
                f"the stated majority of {stated.text} points may be a lead over, or of, "
                "a candidate whose share is not given"
            )
            return
        # The range's ends have a place more than the finer share: printed to fewer, those of
        # 50.25 − 38.1, (12.095, 12.205), would read (12.1, 12.21).
        places = max(d + 2, s1.decimals + 1, s2.decimals + 1)
        yield self._points_violation(
            contest,
            contest.candidates[i1],
            contest.candidates[i2],
            diff,
            working=f"{s1.text} − {s2.text} = {format_number(Fraction(s1.value - s2.value), d)} "
            f"(allowing for rounding: {diff.format(places)})",
            ctx=ctx,
            places=places,
        )

    def _points_violation(
        self,
        contest: ContestResult,
        first: CandidateResult,
        second: CandidateResult,
        computed: Interval,
        *,
        working: str,
        ctx: RuleContext,
        places: int | None = None,
    ) -> Violation:
        stated = contest.majority_share
        assert stated is not None
        places = stated.decimals + 2 if places is None else places
        hint = ""
        if first.share is not None and first.share.interval(ctx.rounding).overlaps(
            stated.interval(ctx.rounding)
        ):
            hint = " (it is the winner's share, not the lead)"
        if computed.lo is not None and computed.lo == computed.hi:
            lead = pct(computed.lo, stated.decimals + 2).removesuffix("%") + " points"
        else:
            lead = f"between {computed.format(places)} points"
        return Violation(
            message=f"the stated majority of {stated.text} points is not {who(first)}'s lead "
            f"over {who(second)}, which is {lead}{hint}",
            figure=stated,
            evidence={"stated": stated.text, "computed": computed},
            arithmetic=(
                working,
                f"stated: {stated.text} stands for {stated.interval(ctx.rounding)}",
            ),
            fix=None,
        )
