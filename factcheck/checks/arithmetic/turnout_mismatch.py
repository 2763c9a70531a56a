"""A turnout that matches neither definition: valid votes or ballots over the electorate."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.checks.arithmetic.common import pct
from factcheck.checks.arithmetic.feasibility import votes_of
from factcheck.intervals import Interval, percent
from factcheck.models import Confidence, ContestResult
from factcheck.rule import Outcome, Related, Rule, RuleContext, Skip, Violation, as_written

MAX_REJECTED_SHARE = Fraction(2, 100)
"""Rejected ballots above this share of the valid vote are implausible in a UK count.

UK general-election counts reject about 0.2-0.5% of ballots; 2% leaves room for unusual
seats and local elections without accepting a turnout from another year.
"""


class TurnoutMismatch(Rule):
    """A turnout that matches neither definition: valid votes or ballots over the electorate.

    ## What it does
    Turnout is published two ways: valid votes / electorate (the Commons Library's figure)
    and ballot papers counted, valid plus rejected, / electorate (what councils declare,
    slightly higher). The rule accepts a stated turnout that matches either, within its
    rounding, and fires when it matches neither. When the rejected ballots are not given, a
    turnout above the valid-vote figure is accepted if a plausible number of rejected ballots
    (at most 2% of the valid vote) would explain it. A turnout over 100% always fires.

    ## Why is this bad?
    A turnout that no count supports is a wrong number in print, and is often a figure from
    another year or another seat.

    ## Example
    ```json
    {"contests": [{"name": "Poplar and Limehouse", "electorate": 87331,
      "valid_votes": 58814, "rejected": 167, "turnout": "64.0"}]}
    ```

    ## Use instead
    ```json
    {"contests": [{"name": "Poplar and Limehouse", "electorate": 87331,
      "valid_votes": 58814, "rejected": 167, "turnout": "67.35"}]}
    ```

    ## How to silence it
    Correct the turnout. To switch the rule off, add `"turnout-mismatch"` to `ignore`.
    """

    code = "NUM106"
    name = "turnout-mismatch"
    priority = 60

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        """Recompute turnout both ways and compare with the stated figure."""
        stated = contest.turnout
        if stated is None:
            return
        t_iv = stated.interval(ctx.rounding)
        d = stated.decimals
        if t_iv.entirely_above(Interval.point(100)):
            yield Violation(
                message=f"a turnout of {stated.text}% is more than everyone on the register",
                figure=stated,
                evidence={"stated": stated.text},
                arithmetic=(f"{stated.text} > 100",),
            )
            return
        electorate = votes_of(contest.electorate)
        valid = votes_of(contest.valid_votes)
        if valid is None and contest.complete and contest.candidates:
            counts = [votes_of(c.votes) for c in contest.candidates]
            if all(v is not None for v in counts):
                valid = sum(v for v in counts if v is not None)
        if electorate == 0:
            yield Skip(
                "a turnout is stated but the electorate is given as 0, so it cannot be recomputed"
            )
            return
        if electorate is None or valid is None:
            missing = "electorate" if electorate is None else "valid-vote total"
            yield Skip(f"a turnout is stated but the {missing} is not, so it cannot be recomputed")
            return
        rejected = votes_of(contest.rejected)
        t_valid = percent(valid, electorate)
        readings = {"valid-vote turnout": t_valid}
        arithmetic = [
            f"valid votes / electorate: {valid:,} / {electorate:,} = {pct(t_valid, d + 2)}"
        ]
        if rejected is not None:
            t_box = percent(valid + rejected, electorate)
            readings["ballot-box turnout"] = t_box
            arithmetic.append(
                f"(valid + rejected) / electorate: ({valid:,} + {rejected:,}) / {electorate:,} "
                f"= {pct(t_box, d + 2)}"
            )
        if any(t in t_iv for t in readings.values()):
            return
        evidence: dict[str, object] = {
            "stated": stated.text,
            "stated_interval": t_iv,
            **{k.replace(" ", "_").replace("-", "_"): v for k, v in readings.items()},
        }
        related = tuple(
            Related(f.span, what)
            for f, what in (
                (contest.electorate, "the electorate"),
                (contest.valid_votes, "valid votes"),
            )
            if f is not None and f.span is not None
        )
        if rejected is None and not t_iv.entirely_below(Interval.point(t_valid)):
            # A higher turnout may be ballot-box turnout: how many rejected ballots would it need?
            needed = t_iv.scale(Fraction(electorate, 100)) - Interval.point(valid)
            rng = needed.integers() if needed.lo is not None and needed.hi is not None else None
            if rng is not None and rng[0] <= MAX_REJECTED_SHARE * valid:
                return
            if rng is not None:
                # With no valid votes there is no share of them to quote.
                how_many = (
                    f"over {pct(percent(rng[0], valid), 1)} of the valid vote"
                    if valid
                    else "with no valid votes at all"
                )
                arithmetic.append(
                    f"as ballot-box turnout it would need {rng[0]:,}–{rng[1]:,} rejected ballots, "
                    + how_many
                )
        fix = f"{pct(t_valid, d)} (valid votes / electorate)"
        if "ballot-box turnout" in readings:
            fix += f" or {pct(readings['ballot-box turnout'], d)} (ballots / electorate)"
        yield Violation(
            message=f"a turnout of {stated.text}% matches neither "
            + ("definition" if rejected is not None else "valid votes / electorate")
            + f": {' / '.join(f'{k} is {pct(v, d + 2)}' for k, v in readings.items())}",
            figure=stated,
            evidence=evidence,
            arithmetic=tuple(arithmetic),
            fix=fix,
            # With two definitions to choose from, the editor picks: no literal fix.
            corrected=None if "ballot-box turnout" in readings else as_written(stated, t_valid),
            confidence=Confidence.HIGH if rejected is not None else Confidence.MEDIUM,
            related=related,
        )
