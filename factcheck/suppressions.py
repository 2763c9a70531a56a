"""Suppressions applied: which findings an article's suppressions silence, and what each did.

Reading them from the text is :mod:`factcheck.io.suppression_comments`; reporting the unused
and invalid ones is the job of the rules in :mod:`factcheck.checks.suppression`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.models import Document, Finding, SuppressedFinding, Suppression
from factcheck.registry import Named, matches
from factcheck.rule import SuppressionUse


def covers(s: Suppression, finding: Finding) -> bool:
    """Whether a usable suppression silences a finding: one of its rules, in its stretch."""
    if s.problem is not None or s.reason is None:
        return False
    if s.rules and not any(_names(finding, sel) for sel in s.rules):
        return False
    if s.kind == "front-matter":
        return True
    return finding.start is not None and s.region.start <= finding.start < s.region.end


def _names(finding: Finding, selector: str) -> bool:
    if selector.upper() == "ALL" or selector.lower() == finding.name:
        return True
    return finding.rule.startswith(selector.upper())


def apply(
    findings: Iterable[Finding], documents: Iterable[Document], ran: Sequence[Named]
) -> tuple[list[Finding], list[SuppressedFinding], dict[str, list[SuppressionUse]]]:
    """Split findings into those kept and those silenced, with each suppression's use.

    A finding is silenced by the first usable suppression that covers it, and keeps that
    suppression's reason. ``ran`` are the rules that ran: a suppression naming none of them
    is not judged (silencing nothing then proves nothing).
    """
    written = {d.path: d.suppressions for d in documents if d.suppressions}
    silenced: dict[str, list[int]] = {path: [0] * len(s) for path, s in written.items()}
    kept: list[Finding] = []
    suppressed: list[SuppressedFinding] = []
    for f in findings:
        where = written.get(f.path or "")
        hit = None
        if where is not None:
            hit = next((i for i, s in enumerate(where) if covers(s, f)), None)
        if hit is None or where is None:
            kept.append(f)
            continue
        silenced[f.path or ""][hit] += 1
        reason = where[hit].reason or ""
        suppressed.append(SuppressedFinding(finding=f, justification=reason))
    uses = {
        path: [
            SuppressionUse(suppression=s, silenced=n, judged=_judged(s, ran))
            for s, n in zip(sups, silenced[path], strict=True)
        ]
        for path, sups in written.items()
    }
    return kept, suppressed, uses


def _judged(s: Suppression, ran: Sequence[Named]) -> bool:
    if not s.rules:
        return bool(ran)
    return any(matches(rule, sel) for rule in ran for sel in s.rules)
