"""JSON output: one array, one object per finding, then the files that could not be read.

Every object has a ``kind``: ``finding``; ``input-error`` (a file that could not be read, so a
pipeline sees it was not checked); with the matching options, ``not-checked`` and
``suppressed``. :func:`entries` is shared with the json-lines reporter, which writes the same
objects one a line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from factcheck.models import Finding, InputError, NotChecked, Report
from factcheck.report.escape import json_text
from factcheck.report.reporter import ReportOptions

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
    "replacement",
    "consequences",
    "confidence",
    "related",
    "url",
)


def finding_entry(f: Finding, kind: str = "finding") -> dict[str, object]:
    """A finding as a JSON object."""
    data = f.model_dump(mode="json")
    return {"kind": kind, **{k: data[k] for k in FINDING_FIELDS}}


def not_checked_entry(n: NotChecked) -> dict[str, object]:
    """A rule that could not run for lack of data, as a JSON object."""
    return {
        "kind": "not-checked",
        "path": n.path,
        "rule": n.rule,
        "name": n.name,
        "severity": "info",
        "message": f"not checked: {n.reason}",
        "start": None,
        "end": None,
        "line": None,
        "column": None,
        "contest": n.contest,
        "evidence": {},
        "fix": None,
    }


def input_error_entry(e: InputError) -> dict[str, object]:
    """A file that could not be read, as a JSON object."""
    return {
        "kind": "input-error",
        "path": e.path,
        "rule": None,
        "name": None,
        "severity": "error",
        "message": e.message,
        "line": e.line,
        "column": e.column,
    }


def entries(
    report: Report, *, show_not_checked: bool = False, show_suppressed: bool = False
) -> Iterator[dict[str, object]]:
    """Every object the JSON formats write, in order: findings, suppressed, not checked,
    input errors."""
    for f in report.findings:
        yield finding_entry(f)
    if show_suppressed:
        for s in report.suppressed:
            yield {**finding_entry(s.finding, "suppressed"), "justification": s.justification}
    if show_not_checked:
        for n in report.not_checked:
            yield not_checked_entry(n)
    for e in report.errors:
        yield input_error_entry(e)


def render_json(
    report: Report,
    *,
    show_not_checked: bool = False,
    show_suppressed: bool = False,
    ensure_ascii: bool = False,
) -> str:
    """The report as a JSON array (see the module docstring for its objects).

    Offsets (``start``, ``end``) are 0-based character offsets into the decoded text, end
    exclusive; ``line`` and ``column`` are 1-based. ``ensure_ascii`` escapes non-ASCII
    characters, for streams that cannot encode them.
    """
    out = list(entries(report, show_not_checked=show_not_checked, show_suppressed=show_suppressed))
    return json_text(out, indent=2, ascii_only=ensure_ascii)


class JsonReporter:
    """``--output-format json``: the whole report as one JSON array."""

    def write(self, report: Report, out: TextIO, options: ReportOptions) -> None:
        """Write the array and a final newline."""
        text = render_json(
            report,
            show_not_checked=options.show_not_checked,
            show_suppressed=options.show_suppressed,
            ensure_ascii=options.ascii_only,
        )
        out.write(text + "\n")
