"""GitHub Actions: workflow-command annotations, the text report, and a step summary.

Each finding becomes ``::error title=factcheck (NUM101),file=…,line=…,col=…,endLine=…,
endColumn=…::message`` (``::warning`` for warnings, ``::notice`` for info), escaped as GitHub
documents it: ``%``, CR and LF in the message; also ``:`` and ``,`` in properties. GitHub shows
at most ten annotations of a kind per step, so the full text report follows, and a Markdown
table of every finding is appended to ``$GITHUB_STEP_SUMMARY`` when it is set.

The text report quotes article text. So that no line of it can be read as a workflow command,
it is printed between ``::stop-commands::TOKEN`` and ``::TOKEN::``, the token a hash of the
report itself (it cannot appear in it, and the output stays reproducible).
"""

from __future__ import annotations

import hashlib
import sys
from typing import TextIO

from factcheck.models import Finding, InputError, NotChecked, Report, Severity
from factcheck.report.escape import visible
from factcheck.report.reporter import ReportOptions
from factcheck.report.text import render_text, tally

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SUMMARY_ROWS = 500
"""Rows of the step summary table; GitHub caps a summary at 1 MiB."""


def escape_data(text: str) -> str:
    """A workflow command's message, escaped as the Actions toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value, escaped as the Actions toolkit does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    """One workflow command line: ``::name key=value,…::message``."""
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value is not None
    )
    return (
        f"::{name} {props}::{escape_data(message)}"
        if props
        else f"::{name}::{escape_data(message)}"
    )


def _finding_annotation(f: Finding) -> str:
    props: dict[str, object] = {"title": f"factcheck ({visible(f.rule)})"}
    if f.path is not None:
        props["file"] = visible(f.path)
    if f.line is not None:
        props["line"] = f.line
        one_line = f.end_line in (None, f.line)
        # GitHub takes columns only for an annotation on a single line.
        if one_line:
            props["col"] = f.column
        props["endLine"] = f.end_line or f.line
        if one_line:
            props["endColumn"] = f.end_column
    # Each part is escaped on its own, so the only line breaks are the ones put in here.
    lines = [f"{visible(f.name)}: {visible(f.message)}"]
    if f.fix:
        lines.append(f"fix: {visible(f.fix)}")
    return command(_COMMAND[f.severity], props, "\n".join(lines))


def _error_annotation(e: InputError) -> str:
    props: dict[str, object] = {
        "title": "factcheck (input error)",
        "file": visible(e.path),
        "line": e.line,
        "col": e.column,
    }
    return command("error", props, f"not checked: {visible(e.message)}")


def _not_checked_annotation(n: NotChecked) -> str:
    props: dict[str, object] = {"title": f"factcheck ({visible(n.rule)} not checked)"}
    if n.path is not None:
        props["file"] = visible(n.path)
    where = f" [{visible(n.contest)}]" if n.contest else ""
    return command("notice", props, f"{visible(n.name)} not checked{where}: {visible(n.reason)}")


def _cell(text: str) -> str:
    # GitHub renders the summary as Markdown with HTML: nothing from an input may add markup.
    out = visible(text)
    for ch in "\\`*_[]#~!":
        out = out.replace(ch, "\\" + ch)
    # Entities last: their own "#" must not be escaped.
    for ch, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "&#124;")):
        out = out.replace(ch, entity)
    return out


def summary_markdown(report: Report) -> str:
    """The step summary: a headline and a table of findings and unread files."""
    lines = ["## factcheck", "", tally(report), ""]
    rows = [
        (f.severity.value, f.path or "", f.line, f"{f.rule} {f.name}", f.message)
        for f in report.findings
    ] + [("input error", e.path, e.line, "", e.message) for e in report.errors]
    if rows:
        lines += ["| severity | file | line | rule | message |", "|---|---|---|---|---|"]
        for severity, path, line, rule, message in rows[:SUMMARY_ROWS]:
            at = "" if line is None else str(line)
            lines.append(
                f"| {severity} | {_cell(path)} | {at} | {_cell(rule)} | {_cell(message)} |"
            )
        if len(rows) > SUMMARY_ROWS:
            lines += ["", f"… and {len(rows) - SUMMARY_ROWS} more: see the job's log."]
    return "\n".join(lines) + "\n"


class GithubReporter:
    """``--output-format github``: annotations, the text report, and the step summary."""

    def write(self, report: Report, out: TextIO, options: ReportOptions) -> None:
        """Write annotations and the text report to ``out``; append the summary when asked."""
        for f in report.findings:
            out.write(_finding_annotation(f) + "\n")
        for e in report.errors:
            out.write(_error_annotation(e) + "\n")
        if options.show_not_checked:
            for n in report.not_checked:
                out.write(_not_checked_annotation(n) + "\n")
        text = render_text(
            report,
            show_not_checked=options.show_not_checked,
            show_suppressed=options.show_suppressed,
        )
        token = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        out.write(f"::stop-commands::{token}\n{text}::{token}::\n")
        path = options.environ.get("GITHUB_STEP_SUMMARY")
        if path:
            try:
                with open(path, "a", encoding="utf-8", errors="backslashreplace") as summary:
                    summary.write(summary_markdown(report))
            except OSError as exc:
                print(
                    f"factcheck: cannot append the step summary to {visible(path)}: "
                    f"{visible(exc.strerror or str(exc))}",
                    file=sys.stderr,
                )
