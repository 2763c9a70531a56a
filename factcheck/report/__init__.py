"""Reporters: render a Report for people (text) and machines (JSON, JSON lines, SARIF, GitHub
annotations, reviewdog). They never judge.

Formats are looked up by name in :mod:`factcheck.report.registry`; third parties add their
own through the entry-point group ``factcheck.reporters``. :func:`render` is the library
call::

    from factcheck.report import render
    sarif = render(report, "sarif")
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from factcheck._lazy import lazy_getattr
from factcheck.report.registry import (
    BUILTIN,
    ENTRY_POINT_GROUP,
    FORMATS,
    UnknownFormat,
    format_names,
    get_reporter,
)
from factcheck.report.reporter import Reporter, ReportOptions

if TYPE_CHECKING:
    from factcheck.models import Report
    from factcheck.report.json import render_json
    from factcheck.report.text import format_error, render_text

# The renderers are imported on first use (PEP 562): the command imports this package to look
# a format up, and a run that writes text never needs the JSON renderer, nor JSON the text one.
_LAZY = {
    "render_json": "factcheck.report.json",
    "render_text": "factcheck.report.text",
    "format_error": "factcheck.report.text",
}


__getattr__ = lazy_getattr("factcheck.report", _LAZY, globals())


def render(report: Report, output_format: str = "text", **options: Any) -> str:
    """The report in one format, as a string; ``options`` are :class:`ReportOptions` fields."""
    out = io.StringIO()
    get_reporter(output_format).write(report, out, ReportOptions(**options))
    return out.getvalue()


__all__ = [
    "BUILTIN",
    "ENTRY_POINT_GROUP",
    "FORMATS",
    "ReportOptions",
    "Reporter",
    "UnknownFormat",
    "format_error",
    "format_names",
    "get_reporter",
    "render",
    "render_json",
    "render_text",
]
