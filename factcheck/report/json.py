"""JSON output: a flat array of findings, one object each."""

from __future__ import annotations

import json

from factcheck.models import Finding, Report

FINDING_FIELDS = (
    "path",
    "rule",
    "name",
    "severity",
    "message",
    "start",
    "end",
    "line",
    "column",
    "end_line",
    "end_column",
    "text",
    "contest",
    "evidence",
    "arithmetic",
    "fix",
    "consequences",
    "confidence",
    "related",
    "url",
)


def _finding(f: Finding) -> dict[str, object]:
    data = f.model_dump(mode="json")
    return {k: data[k] for k in FINDING_FIELDS}


def render_json(
    report: Report, *, show_not_checked: bool = False, ensure_ascii: bool = False
) -> str:
    """Findings as a JSON array; with ``show_not_checked``, "not checked" entries follow.

    Offsets (``start``, ``end``) are 0-based character offsets into the decoded text, end
    exclusive; ``line`` and ``column`` are 1-based. ``ensure_ascii`` escapes non-ASCII
    characters, for streams that cannot encode them.
    """
    out: list[dict[str, object]] = [_finding(f) for f in report.findings]
    if show_not_checked:
        for n in report.not_checked:
            out.append(
                {
                    "path": n.path,
                    "rule": n.rule,
                    "name": n.name,
                    "severity": "info",
                    "kind": "not-checked",
                    "message": f"not checked: {n.reason}",
                    "start": None,
                    "end": None,
                    "line": None,
                    "column": None,
                    "contest": n.contest,
                    "evidence": {},
                    "fix": None,
                }
            )
    return json.dumps(out, indent=2, ensure_ascii=ensure_ascii)
