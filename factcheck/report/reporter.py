"""What a reporter is: something that writes a :class:`~factcheck.models.Report` to a stream.

A reporter renders; it never decides what is wrong, never re-runs a rule, and shows everything
that came from an input escaped (see :mod:`factcheck.report.escape`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol, TextIO, runtime_checkable

from factcheck.models import Report


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """How the caller wants the report written. Every reporter gets the same options."""

    colour: bool = False
    """Colour for a terminal (the text report only)."""
    show_not_checked: bool = False
    """Include the "not checked" entries: rules that could not run for lack of data."""
    show_suppressed: bool = False
    """Include findings silenced in the source, with their reasons (SARIF always keeps them)."""
    ascii_only: bool = False
    """The stream cannot encode non-ASCII text: machine formats escape it instead."""
    environ: Mapping[str, str] = field(default_factory=dict)
    """The environment the run is in (the github reporter reads ``GITHUB_STEP_SUMMARY``)."""


@runtime_checkable
class Reporter(Protocol):
    """Writes a report in one format.

    Third-party reporters implement this and register under the entry-point group
    ``factcheck.reporters``; the entry point's name is the format's name.
    """

    def write(self, report: Report, out: TextIO, options: ReportOptions) -> None:
        """Write the whole report to ``out``."""
        ...
