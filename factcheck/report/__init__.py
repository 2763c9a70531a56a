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
from typing import Any

from factcheck.models import Report
from factcheck.report.json import render_json
from factcheck.report.registry import (
    BUILTIN,
    ENTRY_POINT_GROUP,
    UnknownFormat,
    format_names,
    get_reporter,
)
from factcheck.report.reporter import Reporter, ReportOptions
from factcheck.report.text import format_error, render_text

FORMATS = ("text", "json")
"""The formats of the listing commands (``rules``, ``elections``)."""


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
