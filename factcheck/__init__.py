"""factcheck: catch the errors in election-results journalism before it is published.

Typed models in, typed findings out::

    import factcheck
    report = factcheck.check("results.json")
    for finding in report.findings:
        print(finding.path, finding.line, finding.name, finding.message)
"""

# The public names are imported on first use (PEP 562), not here: ``import factcheck`` (which
# hypothesis's entry point, the pytest plugin and the command all do) stays nearly free, and
# each caller pays only for what it touches. tests/test_imports.py pins this.

from typing import TYPE_CHECKING

from factcheck._version import __version__

if TYPE_CHECKING:
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

_EXPORTS = {
    "check": "factcheck.api",
    "Config": "factcheck.config",
    "Interval": "factcheck.intervals",
    **dict.fromkeys(
        (
            "ConfigError",
            "FactcheckError",
            "InputFileError",
            "PackError",
            "ResultsWriteError",
            "UnknownRuleError",
        ),
        "factcheck.errors",
    ),
    **dict.fromkeys(
        (
            "Article",
            "CandidateResult",
            "Confidence",
            "Consequence",
            "ContestResult",
            "Document",
            "Figure",
            "Finding",
            "InputError",
            "Location",
            "NotChecked",
            "Provenance",
            "RelatedLocation",
            "Report",
            "Severity",
            "Span",
            "SuppressedFinding",
            "Unit",
        ),
        "factcheck.models",
    ),
    **dict.fromkeys(("Rule", "RuleContext", "Scope", "Skip", "Violation"), "factcheck.rule"),
}


# Not factcheck._lazy.lazy_getattr, which the subpackages use: `import factcheck` is pinned
# to load no module but _version (tests/test_imports.py).
def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


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
