"""Listed shares that add up to more than 100 beyond what rounding allows."""

from __future__ import annotations

import math
from collections.abc import Iterator
from fractions import Fraction

from factcheck.checks.arithmetic.feasibility import bounds, consensus, has_agreed_total
from factcheck.checks.facts import contest_facts
from factcheck.intervals import Interval, format_number
from factcheck.models import Confidence, ContestResult
from factcheck.rule import Outcome, Related, Rule, RuleContext, Violation


def _lowest_sum_over_100(intervals: list[Interval]) -> bool:
    """Is the sum of ``intervals`` (bounded below) entirely above 100? Its lowest value is
    the sum of their lower ends, added here in whole numbers over a common denominator:
    asked of every contest, and adding Fractions one by one cost most of the rule's time."""
    ratios = []
    for iv in intervals:
        assert iv.lo is not None
        ratios.append(iv.lo.as_integer_ratio())
    common = math.lcm(*(den for _, den in ratios))
    lowest = sum(num * (common // den) for num, den in ratios)
    hundred = 100 * common
    # Over 100, or 100 itself when some lower end is open (the sum's lower end is then open).
    return lowest > hundred or (lowest == hundred and not all(iv.lo_closed for iv in intervals))


class SharesExceedTotal(Rule):
    """Listed shares that add up to more than 100 beyond what rounding allows.

    ## What it does
    Adds up the vote shares listed for a contest, each at the lowest value its rounding
    allows. If even that smallest possible sum is over 100%, the shares cannot all be right.
    Four shares printed to whole numbers may add up to 102 (each could be up to 0.5 lower);
    they may not add up to 103.

    ## Why is this bad?
    Shares of the valid vote cannot add up to more than the whole vote. A sum over 100 means a
    share was mistyped, taken from another contest, or computed on the wrong base.

    ## Example
    ```json
    {"contests": [{"name": "Anytown", "candidates": [
      {"name": "A. Smith", "party": "Conservative", "share": "45"},
      {"name": "B. Jones", "party": "Labour", "share": "38"},
      {"name": "C. Brown", "party": "Liberal Democrat", "share": "12"},
      {"name": "D. Green", "party": "Reform UK", "share": "9"}
    ]}]}
    ```

    ## Use instead
    ```json
    {"contests": [{"name": "Anytown", "candidates": [
      {"name": "A. Smith", "party": "Conservative", "share": "45"},
      {"name": "B. Jones", "party": "Labour", "share": "34"},
      {"name": "C. Brown", "party": "Liberal Democrat", "share": "12"},
      {"name": "D. Green", "party": "Reform UK", "share": "9"}
    ]}]}
    ```

    ## How to silence it
    Correct the share that is wrong. To switch the rule off, add `"shares-exceed-total"` to
    `ignore` in `[tool.factcheck]`.
    """

    code = "NUM102"
    name = "shares-exceed-total"
    priority = 20
    sets_candidates_against_each_other = True

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        """Flag shares whose smallest possible sum is over 100."""
        shares = [(i, c.share) for i, c in enumerate(contest.candidates) if c.share is not None]
        if not shares:
            return
        intervals = contest_facts(contest, ctx.rounding).shares
        if not _lowest_sum_over_100([iv for iv in intervals if iv is not None]):
            return
        total = Interval.point(0)
        for _, s in shares:
            total = total + s.interval(ctx.rounding)
        written = sum((Fraction(s.value) for _, s in shares), Fraction(0))
        decimals = max(s.decimals for _, s in shares)
        assert total.lo is not None
        largest_i, largest = max(shares, key=lambda p: p[1].value)
        blamed_i = self._contradicted_by_votes(contest, ctx)
        if blamed_i is not None and contest.candidates[blamed_i].share is not None:
            largest_i = blamed_i
            blamed_share = contest.candidates[blamed_i].share
            assert blamed_share is not None
            largest = blamed_share
        terms = " + ".join(s.text for _, s in shares)
        slack = written - total.lo
        arithmetic = [f"{terms} = {format_number(written, decimals)}"]
        if slack:
            arithmetic.append(
                f"rounding allows each to be a little lower, at most "
                f"{format_number(slack, decimals + 2)} in all: still "
                f"{format_number(total.lo, decimals + 2)}, over 100"
            )
        if len(shares) == 1:
            message = f"a share of {largest.text}% is more than the whole vote"
        else:
            message = (
                f"the {len(shares)} listed shares add up to {format_number(written, decimals)}%, "
                "more than rounding allows"
            )
        evidence_blame = "votes" if blamed_i is not None else "largest"
        return_related = tuple(
            Related(s.span, f"{contest.candidates[i].name}'s share")
            for i, s in shares
            if i != largest_i and s.span is not None
        )
        yield Violation(
            message=message,
            figure=largest,
            evidence={
                "shares": [s.text for _, s in shares],
                "sum": written,
                "smallest_possible_sum": total.lo,
                "blamed_by": evidence_blame,
            },
            arithmetic=tuple(arithmetic),
            fix=None,
            # The sum alone shows some share is wrong, not which: the votes can say which one
            # disagrees; without them the largest share is only a place to start.
            confidence=Confidence.HIGH
            if len(shares) == 1
            else Confidence.MEDIUM
            if blamed_i is not None
            else Confidence.LOW,
            related=return_related,
        )

    @staticmethod
    def _contradicted_by_votes(contest: ContestResult, ctx: RuleContext) -> int | None:
        """The one candidate whose share the vote counts single out as out of line, if any."""
        if has_agreed_total(contest, ctx.rounding):
            return None
        bs = bounds(contest, ctx.rounding)
        if not any(b.kind == "pair" for b in bs):
            return None
        pairs = [b.candidate for b in consensus(bs).excluded if b.kind == "pair"]
        return pairs[0] if len(pairs) == 1 else None
