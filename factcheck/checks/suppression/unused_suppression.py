"""A suppression that silenced nothing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from factcheck.models import Document, Severity
from factcheck.rule import Outcome, Rule, RuleContext, Scope, SuppressionUse, Violation


def describe(use: SuppressionUse) -> str:
    """A suppression as written, for messages: ``factcheck-ignore WRD102``."""
    s = use.suppression
    word = {"ignore": "factcheck-ignore", "off": "factcheck off"}.get(s.kind, "factcheck-ignore")
    if s.kind == "front-matter":
        word = "factcheck-ignore (front matter)"
    return f"{word} {', '.join(s.rules)}" if s.rules else word


class UnusedSuppression(Rule):
    """A suppression that silenced nothing.

    ## What it does
    Reports a suppression (`<!-- factcheck-ignore ... -->`, `<!-- factcheck off -->` or
    `factcheck-ignore:` in front matter) that silenced no finding in this run, although a
    rule it names ran. A suppression naming only rules that did not run (not selected, say)
    is not judged.

    ## Why is this bad?
    A suppression outlives the figure it was written for: once the copy is corrected, or the
    rule learns better, it silences nothing, and later it may silence a real error in the
    same paragraph. Reporting it keeps suppressions as few and as narrow as they need to be.

    ## Example
    ```text
    ---
    factcheck-ignore: "WRD102: the agent's own words, quoted"
    ---
    Labour's Rushanara Ali held Bethnal Green and Bow with 42,969 votes.
    ```

    ## Use instead
    ```text
    Labour's Rushanara Ali held Bethnal Green and Bow with 42,969 votes.
    ```

    ## How to silence it
    Remove the suppression, or narrow it to the rules that still fire. To switch the rule
    off, add `"unused-suppression"` to `ignore`.
    """

    code = "SUP101"
    name = "unused-suppression"
    severity = Severity.WARNING
    scope = Scope.SUPPRESSION

    def check_suppressions(
        self, document: Document, uses: Sequence[SuppressionUse], ctx: RuleContext
    ) -> Iterator[Outcome]:
        """A suppression that is valid, was judged, and silenced nothing."""
        for use in uses:
            s = use.suppression
            if s.problem is not None or use.silenced or not use.judged:
                continue
            what = f"naming {', '.join(s.rules)}" if s.rules else "for every rule"
            yield Violation(
                message=f"{describe(use)} silenced nothing: no finding {what} is in what it "
                "covers; remove it",
                span=s.span,
                evidence={"rules": list(s.rules), "reason": s.reason, "kind": s.kind},
                fix="remove the suppression",
            )
