"""factcheck: catch the errors in election-results journalism before it is published.

Typed models in, typed findings out::

    import factcheck
    report = factcheck.check("results.json")
    for finding in report.findings:
        print(finding.path, finding.line, finding.name, finding.message)
"""

from factcheck._version import __version__
from factcheck.api import check
from factcheck.config import Config
from factcheck.errors import (
    ConfigError,
    FactcheckError,
    InputFileError,
    PackError,
    ResultsWriteError,
    UnknownRuleError,
)
from factcheck.intervals import Interval
from factcheck.models import (
    Article,
    CandidateResult,
    Confidence,
    Consequence,
    ContestResult,
    Document,
    Figure,
    Finding,
    InputError,
    Location,
    NotChecked,
    Provenance,
    RelatedLocation,
    Report,
    Severity,
    Span,
    SuppressedFinding,
    Unit,
)
from factcheck.rule import Rule, RuleContext, Scope, Skip, Violation

__all__ = [
    "Article",
    "CandidateResult",
    "Confidence",
    "Config",
    "ConfigError",
    "Consequence",
    "ContestResult",
    "Document",
    "FactcheckError",
    "Figure",
    "Finding",
    "InputError",
    "InputFileError",
    "Interval",
    "Location",
    "NotChecked",
    "PackError",
    "Provenance",
    "RelatedLocation",
    "Report",
    "ResultsWriteError",
    "Rule",
    "RuleContext",
    "Scope",
    "Severity",
    "Skip",
    "Span",
    "SuppressedFinding",
    "Unit",
    "UnknownRuleError",
    "Violation",
    "__version__",
    "check",
]
