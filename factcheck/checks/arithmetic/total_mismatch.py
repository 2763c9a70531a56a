"""A stated valid-vote total that disagrees with the votes listed."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.arithmetic.common import who
from factcheck.checks.arithmetic.feasibility import votes_of
from factcheck.checks.facts import contest_facts
from factcheck.intervals import percent
from factcheck.models import Confidence, ContestResult, Figure
from factcheck.rule import Outcome, Related, Rule, RuleContext, Skip, Violation


class TotalMismatch(Rule):
    """A stated valid-vote total that disagrees with the votes listed.

    ## What it does
    Adds up the candidates' votes and compares the sum with the stated total of valid votes.
    The sum may be less than the total when not every candidate is listed, but never more;
    when the list is complete (`"complete": true`) the two must be equal. Also checks that
    the valid votes, with rejected ballots, do not exceed the electorate. When one candidate's
    votes explain the gap (the corrected count fits their share), the finding points at them.

    ## Why is this bad?
    A total that the listed votes exceed is impossible; a complete list that does not add up
    means a vote count or the total was mistyped.

    ## Example
    ```json
    {"contests": [{"name": "Anytown", "valid_votes": 43770, "candidates": [
      {"name": "A. Smith", "votes": 21304}, {"name": "B. Jones", "votes": 25118}
    ]}]}
    ```

    ## Use instead
    ```json
    {"contests": [{"name": "Anytown", "valid_votes": 43770, "candidates": [
      {"name": "A. Smith", "votes": 21304}, {"name": "B. Jones", "votes": 15118}
    ]}]}
    ```

    ## How to silence it
    Correct the total or the vote count. If the list is not every candidate, do not mark it
    `"complete"`. To switch the rule off, add `"total-mismatch"` to `ignore`.
    """

    code = "NUM103"
    name = "total-mismatch"
    priority = 30
    sets_candidates_against_each_other = True

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        """Compare the stated total with the listed votes and the electorate."""
        total_fig = contest.valid_votes
        yield from self._electorate(contest)
        if total_fig is None:
            return
        counted = enumerate(contest_facts(contest, ctx.rounding).votes)
        known = [(i, v) for i, v in counted if v is not None]
        if not known:
            if contest.candidates:
                yield Skip("a total is stated but no candidate's votes are")
            return
        total = int(total_fig.value)
        listed = sum(v for _, v in known)
        complete = bool(contest.complete) and len(known) == len(contest.candidates)
        if listed > total:
            problem = (
                f"the listed votes add up to {listed:,}, "
                f"more than the stated total of {total_fig.text}"
            )
        elif complete and listed != total:
            problem = (
                f"every candidate is listed, but their votes add up to {listed:,}, "
                f"not the stated total of {total_fig.text}"
            )
        else:
            return
        terms = " + ".join(f"{v:,}" for _, v in known)
        arithmetic = (f"{terms} = {listed:,}", f"stated total: {total_fig.text}")
        culprit = self._culprit(contest, known, total, ctx) if complete or listed > total else None
        if culprit is not None:
            i, fixed = culprit
            cand = contest.candidates[i]
            assert cand.votes is not None
            yield Violation(
                message=f"{problem}; {who(cand)}'s {cand.votes.text} looks wrong",
                figure=cand.votes,
                evidence={"listed_sum": listed, "stated_total": total, "candidate": cand.shown},
                arithmetic=arithmetic,
                fix=f"{fixed:,} makes the votes add up and fits {cand.shown}'s share",
                confidence=Confidence.MEDIUM,
                related=(Related(total_fig.span, "the stated total"),) if total_fig.span else (),
            )
            return
        yield Violation(
            message=problem,
            figure=total_fig,
            evidence={"listed_sum": listed, "stated_total": total},
            arithmetic=arithmetic,
            fix=f"a total of {listed:,}" if complete else None,
            confidence=Confidence.HIGH if listed > total else Confidence.MEDIUM,
        )

    @staticmethod
    def _culprit(
        contest: ContestResult, known: list[tuple[int, int]], total: int, ctx: RuleContext
    ) -> tuple[int, int] | None:
        """The one candidate whose votes, set to close the gap, would fit their share."""
        listed = sum(v for _, v in known)
        if total == 0:
            return None  # no share of a zero total exists, so none can point at a culprit
        fits = []
        for i, v in known:
            share = contest.candidates[i].share
            if share is None:
                continue
            fixed = total - (listed - v)
            if fixed < 0:
                continue
            iv = share.interval(ctx.rounding)
            if percent(fixed, total) in iv and percent(v, total) not in iv:
                fits.append((i, fixed))
        return fits[0] if len(fits) == 1 else None

    def _electorate(self, contest: ContestResult) -> Iterator[Violation]:
        electorate = votes_of(contest.electorate)
        valid = votes_of(contest.valid_votes)
        if electorate is None or valid is None or contest.electorate is None:
            return
        rejected = votes_of(contest.rejected) or 0
        if valid + rejected <= electorate:
            return
        assert contest.valid_votes is not None
        parts: list[Figure] = [contest.valid_votes]
        what = f"{valid:,} valid votes"
        if rejected:
            what += f" and {rejected:,} rejected ballots"
        yield Violation(
            message=f"{what} are more than the electorate of {contest.electorate.text}",
            figure=parts[0],
            evidence={"valid_votes": valid, "rejected": rejected, "electorate": electorate},
            arithmetic=(f"{valid + rejected:,} > {electorate:,}",),
            related=(Related(contest.electorate.span, "the electorate"),)
            if contest.electorate.span
            else (),
        )
