"""reviewdog's Diagnostic format, one JSON object a line (``reviewdog -f=rdjsonl``).

Columns are 1-based and count UTF-8 bytes, as reviewdog's format defines them; ranges end
exclusive. A literal fix becomes a ``suggestions`` entry, which reviewdog posts as a one-click
suggested change on the pull request. Files that could not be read are diagnostics with the
code ``input-error``, so a review shows what was not checked.
"""

from __future__ import annotations

from typing import Any, TextIO

from factcheck.models import Document, Finding, InputError, Location, NotChecked, Report
from factcheck.report.escape import json_text
from factcheck.report.reporter import ReportOptions

SOURCE = {"name": "factcheck", "url": "https://factcheck-elections.readthedocs.io/"}
_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _byte_column(doc: Document | None, line: int, column: int) -> int:
    if doc is None:
        return column
    before = doc.line_text(line)[: column - 1]
    return len(before.encode("utf-8", "surrogatepass")) + 1


def byte_range(loc: Location, doc: Document | None) -> dict[str, Any] | None:
    """A located place as a reviewdog range, columns in UTF-8 bytes."""
    if loc.line is None or loc.column is None:
        return None
    rng: dict[str, Any] = {
        "start": {"line": loc.line, "column": _byte_column(doc, loc.line, loc.column)}
    }
    if loc.end_line is not None and loc.end_column is not None:
        rng["end"] = {
            "line": loc.end_line,
            "column": _byte_column(doc, loc.end_line, loc.end_column),
        }
    return rng


def _location(path: str, rng: dict[str, Any] | None) -> dict[str, Any]:
    return {"path": path, "range": rng} if rng is not None else {"path": path}


def diagnostic(f: Finding, report: Report) -> dict[str, Any]:
    """One finding as a reviewdog Diagnostic."""
    doc = report.document(f.path)
    rng = byte_range(f, doc)
    message = f.message if not f.fix else f"{f.message}\nfix: {f.fix}"
    out: dict[str, Any] = {
        "message": message,
        "location": _location(f.path or "", rng),
        "severity": _SEVERITY[f.severity.value],
        "source": SOURCE,
        "code": {"value": f.rule, **({"url": f.url} if f.url else {})},
    }
    if f.replacement is not None and rng is not None and "end" in rng:
        out["suggestions"] = [{"range": rng, "text": f.replacement}]
    related = []
    for r in f.related:
        path = r.path or f.path
        if path is not None:
            related.append(
                {
                    "message": r.message,
                    "location": _location(path, byte_range(r, report.document(path))),
                }
            )
    if related:
        out["related_locations"] = related
    return out


def _error(e: InputError) -> dict[str, Any]:
    rng = None
    if e.line is not None:
        rng = {"start": {"line": e.line, "column": e.column or 1}}
    return {
        "message": f"not checked: {e.message}",
        "location": _location(e.path, rng),
        "severity": "ERROR",
        "source": SOURCE,
        "code": {"value": "input-error"},
    }


def _not_checked(n: NotChecked) -> dict[str, Any]:
    where = f" [{n.contest}]" if n.contest else ""
    return {
        "message": f"{n.name} not checked{where}: {n.reason}",
        "location": {"path": n.path or ""},
        "severity": "INFO",
        "source": SOURCE,
        "code": {"value": n.rule},
    }


class RdjsonlReporter:
    """``--output-format rdjsonl``: reviewdog diagnostics, one a line."""

    def write(self, report: Report, out: TextIO, options: ReportOptions) -> None:
        """Write a diagnostic per finding and per unread file (and per rule not run, when
        asked)."""
        lines = [diagnostic(f, report) for f in report.findings]
        lines += [_error(e) for e in report.errors]
        if options.show_not_checked:
            lines += [_not_checked(n) for n in report.not_checked]
        for line in lines:
            out.write(json_text(line, ascii_only=options.ascii_only) + "\n")
