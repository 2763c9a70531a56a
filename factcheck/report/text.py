"""Text output that reads like a good linter's: location, rule, message, the line underlined,
the arithmetic and the fix.

Everything that came from an input (file names, names in results, article text) is shown
through :func:`~factcheck.report.escape.visible`: a control character in a wire story cannot
clear the editor's screen or backspace over a finding.
"""

from __future__ import annotations

from typing import TextIO

from factcheck.models import Finding, InputError, Report, Severity, SuppressedFinding
from factcheck.report.escape import visible, visible_keeping_tabs
from factcheck.report.reporter import ReportOptions

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _c(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def _excerpt(report: Report, f: Finding, colour: bool) -> list[str]:
    doc = report.document(f.path)
    if doc is None or f.line is None or f.column is None or f.start is None or f.end is None:
        return []
    line_text = doc.line_text(f.line)
    # Long lines (a JSON file on one line, a paragraph) are cut to a window around the span.
    start_col = f.column - 1
    width = max(1, min(f.end, f.start + len(line_text) - start_col) - f.start)
    lo = max(0, start_col - 60)
    hi = min(len(line_text), start_col + width + 60)
    # Escaping can lengthen the text before and inside the span: measure the shown pieces.
    before = visible_keeping_tabs(line_text[lo:start_col]).expandtabs(1)
    blamed = visible_keeping_tabs(line_text[start_col : start_col + width]).expandtabs(1)
    after = visible_keeping_tabs(line_text[start_col + width : hi]).expandtabs(1)
    shown = ("…" if lo else "") + before + blamed + after + ("…" if hi < len(line_text) else "")
    pad = len(before) + (1 if lo else 0)
    gutter = str(f.line)
    marker = " " * pad + _c("^" * max(1, len(blamed)), _COLOURS[f.severity], colour)
    return [
        f"{' ' * len(gutter)} |",
        f"{gutter} | {shown}",
        f"{' ' * len(gutter)} | {marker}",
    ]


def render_finding(report: Report, f: Finding, *, colour: bool = False) -> str:
    """One finding, several lines."""
    where = visible(f.path or "<input>")
    if f.line is not None:
        where += f":{f.line}:{f.column}"
    rule = _c(visible(f.rule), _COLOURS[f.severity], colour)
    head = f"{_c(where, '1', colour)}: {rule} {visible(f.name)} {visible(f.message)}"
    lines = [head, *_excerpt(report, f, colour)]
    for step in f.arithmetic:
        lines.append(f"   = arithmetic: {visible(step)}")
    if f.fix:
        lines.append(f"   = fix: {visible(f.fix)}")
    tags = [f"severity: {f.severity.value}", f"confidence: {f.confidence.value}"]
    if f.consequences:
        tags.append("changes the " + " and the ".join(c.value for c in f.consequences))
    lines.append(f"   = {'; '.join(tags)}")
    also = f.evidence.get("also")
    if isinstance(also, list):
        for a in also:
            if isinstance(a, dict):
                said = f"{a.get('rule')} {a.get('name')}: {a.get('message')}"
                lines.append(f"   = also {visible(said)}")
    for r in f.related:
        loc = f"{r.path}:{r.line}:{r.column}" if r.line is not None else (r.path or "")
        lines.append(f"   = see {visible(loc)}: {visible(r.message)}")
    return "\n".join(lines)


def format_suppressed(s: SuppressedFinding) -> str:
    """A silenced finding on one line, with the reason the article gives."""
    f = s.finding
    where = visible(f.path or "<input>")
    if f.line is not None:
        where += f":{f.line}:{f.column}"
    return (
        f"{where}: {visible(f.rule)} {visible(f.name)} suppressed "
        f"({visible(s.justification)}): {visible(f.message)}"
    )


def format_error(e: InputError) -> str:
    """A file that could not be read, as ``path:line:column: error: message``."""
    where = visible(e.path)
    if e.line is not None and e.column is not None:
        where += f":{e.line}:{e.column}"
    return f"{where}: error: {visible(e.message)}"


def tally(report: Report) -> str:
    """The run in one line: its findings by severity, the files checked, and those that could
    not be read ("2 findings (1 error, 1 warning, 0 info) in 3 files; 1 file could not be
    read"), as the text report's summary and the GitHub step summary's headline both open."""
    counts = {s: sum(1 for f in report.findings if f.severity is s) for s in Severity}
    files = len(report.documents)
    line = (
        f"{len(report.findings)} finding{'s' if len(report.findings) != 1 else ''} "
        f"({counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, "
        f"{counts[Severity.INFO]} info) in {files} file{'s' if files != 1 else ''}"
    )
    unread = len({e.path for e in report.errors})
    if unread:
        line += f"; {unread} file{'s' if unread != 1 else ''} could not be read"
    return line


def render_text(
    report: Report,
    *,
    colour: bool = False,
    show_not_checked: bool = False,
    show_suppressed: bool = False,
) -> str:
    """The whole report: findings, input errors, then a summary line."""
    blocks = [render_finding(report, f, colour=colour) for f in report.findings]
    # One block, one line per problem: a file with five bad fields reads like five lint lines.
    if report.errors:
        blocks.append("\n".join(format_error(e) for e in report.errors))
    if show_not_checked:
        for n in report.not_checked:
            where = visible(n.path or "<input>")
            contest = f" [{visible(n.contest)}]" if n.contest else ""
            blocks.append(
                f"{where}: {visible(n.rule)} {visible(n.name)} not checked{contest}: "
                f"{visible(n.reason)}"
            )
    if show_suppressed and report.suppressed:
        blocks.append("\n".join(format_suppressed(s) for s in report.suppressed))
    summary = tally(report)
    if report.suppressed and not show_suppressed:
        summary += f"; {len(report.suppressed)} suppressed (--show-suppressed)"
    if report.not_checked and not show_not_checked:
        summary += (
            f"; {len(report.not_checked)} checks not run for lack of data (--show-not-checked)"
        )
    blocks.append(summary if report.findings or report.errors else "All checks passed. " + summary)
    return "\n\n".join(blocks) + "\n"


class TextReporter:
    """The text report, for people: ``--output-format text``."""

    def write(self, report: Report, out: TextIO, options: ReportOptions) -> None:
        """Write the report as :func:`render_text` does."""
        out.write(
            render_text(
                report,
                colour=options.colour,
                show_not_checked=options.show_not_checked,
                show_suppressed=options.show_suppressed,
            )
        )
