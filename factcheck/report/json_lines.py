"""JSON lines: the objects of the JSON format, one a line, written as they are made.

A consumer can stream the output (``jq -c 'select(.kind == "finding")'``); every line is a
whole JSON object with a ``kind``, and no line holds a raw newline, so a name with one in it
cannot split an object in two.
"""

from __future__ import annotations

from typing import TextIO

from factcheck.models import Report
from factcheck.report.escape import json_text
from factcheck.report.json import entries
from factcheck.report.reporter import ReportOptions


class JsonLinesReporter:
    """``--output-format json-lines``: one JSON object per line."""

    def write(self, report: Report, out: TextIO, options: ReportOptions) -> None:
        """Write each finding, then suppressed, not-checked and input-error objects."""
        for entry in entries(
            report,
            show_not_checked=options.show_not_checked,
            show_suppressed=options.show_suppressed,
        ):
            out.write(json_text(entry, ascii_only=options.ascii_only) + "\n")
