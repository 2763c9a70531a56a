"""A suppression that cannot be used: no reason, no rule, or a rule that does not exist."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from factcheck.models import Document, Severity
from factcheck.rule import Outcome, Rule, RuleContext, Scope, SuppressionUse, Violation


class InvalidSuppression(Rule):
    """A suppression that cannot be used: no reason, no rule, or a rule that does not exist.

    ## What it does
    Reports a suppression written without a reason (`<!-- factcheck-ignore WRD102 -->`),
    an ignore that names no rule, a rule that does not exist (with the nearest one), and a
    comment that starts like a suppression but is none (`<!-- factcheck ignore ... -->`,
    `<!-- factcheck disable -->`). Such a suppression silences nothing: the findings it was
    meant for are reported as well, until it is fixed.

    ## Why is this bad?
    A suppression says "this figure is right, stop flagging it". Without a reason the next
    editor cannot tell a checked exception from a silenced error, and a misspelt one silences
    nothing while looking as if it did.

    ## Example
    ```text
    ---
    factcheck-ignore: WRD102
    ---
    Labour's Rushanara Ali held Bethnal Green and Bow with 42,969 votes.
    ```

    ## Use instead
    ```text
    Labour's Rushanara Ali held Bethnal Green and Bow with 42,969 votes.
    ```

    ## How to silence it
    Give the reason after a colon (`factcheck-ignore WRD102: the agent's own words, quoted`),
    or remove the suppression. To switch the rule off, add `"invalid-suppression"` to
    `ignore`.
    """

    code = "SUP102"
    name = "invalid-suppression"
    severity = Severity.ERROR
    scope = Scope.SUPPRESSION

    def check_suppressions(
        self, document: Document, uses: Sequence[SuppressionUse], ctx: RuleContext
    ) -> Iterator[Outcome]:
        """Each suppression with a problem, at the place it is written."""
        for use in uses:
            s = use.suppression
            if s.problem is not None:
                yield Violation(
                    message=f"suppression not applied: {s.problem}",
                    span=s.span,
                    evidence={"rules": list(s.rules), "kind": s.kind},
                )
