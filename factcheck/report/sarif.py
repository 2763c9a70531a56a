"""SARIF 2.1.0, as GitHub code scanning and reviewdog read it.

One run: ``tool.driver`` lists every rule of the registry with its documentation page; each
finding is a result located by line and column in UTF-16 code units (``columnKind``), with
the other figures the rule used as ``relatedLocations`` and a literal fix as ``fixes``.
Findings silenced in the source are results with an ``inSource`` suppression. Files that could
not be read, and rules that could not run, are ``toolExecutionNotifications``, so a pipeline
sees what was not checked.

``partialFingerprints.primaryLocationLineHash`` is our own: GitHub's default hashes the first
100 characters of the line, and an article's paragraph is one line, so every finding in it
would share one identity and editing any sentence would close and reopen them all. Ours
hashes the rule and the sentence the finding is in, with the occurrence of that pair in the
file, so it survives edits to the other sentences of the paragraph.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, TextIO
from urllib.parse import quote

from factcheck._version import __version__
from factcheck.models import (
    Confidence,
    Document,
    Finding,
    InputError,
    Location,
    NotChecked,
    Report,
    Severity,
    SuppressedFinding,
)
from factcheck.report.escape import json_text
from factcheck.report.reporter import ReportOptions
from factcheck.rule import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://factcheck-elections.readthedocs.io/"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# GitHub's problem.severity has no "info": a note is a recommendation.
_PROBLEM = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "recommendation"}
_PRECISION = {Confidence.HIGH: "high", Confidence.MEDIUM: "medium", Confidence.LOW: "low"}
# Arithmetic, official records and corpus matches are exact; wording rules read intent.
_FAMILY_CONFIDENCE = {"wording": Confidence.MEDIUM}

# A sentence ends at . ! or ? (with closing quotes or brackets) before white space, or at a
# line break. A decimal point is followed by a digit, so "20.1" never ends one.
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*\s+|\n""")


def family(rule: type[Rule]) -> str | None:
    """The family of a built-in rule (arithmetic, wording, reference, corpus), from its module."""
    parts = rule.__module__.split(".")
    if parts[:2] == ["factcheck", "checks"] and len(parts) > 2:
        return parts[2]
    return None


def precision(rule: type[Rule]) -> str:
    """How often the rule's findings are right, as GitHub's ``precision`` property.

    A rule may declare ``confidence`` (a :class:`~factcheck.models.Confidence`); otherwise the
    wording rules, which read what a writer meant, are medium and the rest high.
    """
    declared = getattr(rule, "confidence", None)
    if isinstance(declared, Confidence):
        return _PRECISION[declared]
    return _PRECISION[_FAMILY_CONFIDENCE.get(family(rule) or "", Confidence.HIGH)]


def rule_descriptor(rule: type[Rule]) -> dict[str, Any]:
    """A ``reportingDescriptor`` for one rule, its help being the rule's documentation page."""
    from factcheck.docs import rule_page, sections
    from factcheck.engine import DOCS_URL

    summary = rule.summary()
    full = " ".join(sections(rule).get("What it does", summary).split())
    page = rule_page(rule)
    tags = list(dict.fromkeys(t for t in ("factcheck", family(rule), rule.scope.value) if t))
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": page, "markdown": page},
        "helpUri": DOCS_URL.format(name=rule.name),
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {
            "tags": tags,
            "precision": precision(rule),
            "problem.severity": _PROBLEM[rule.severity],
        },
    }


@lru_cache(maxsize=4096)
def artifact_uri(path: str) -> str:
    """A file path as a URI reference: relative paths stay relative (as code scanning wants
    them), absolute ones become ``file:`` URIs; any byte is percent-encoded."""
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:
        # A lone surrogate that is not an undecodable byte (from a JSON name, say).
        raw = path.encode("utf-8", "surrogatepass")
    uri = quote(raw.replace(os.sep.encode(), b"/"), safe="/")
    if os.path.isabs(path):
        return "file://" + (uri if uri.startswith("/") else "/" + uri)
    return uri


def _utf16_column(doc: Document, line: int, column: int) -> int:
    # Columns count code points; SARIF's (as we state it) count UTF-16 code units, in which
    # a character outside the BMP (an emoji in a quote) is two.
    before = doc.line_text(line)[: column - 1]
    return len(before.encode("utf-16-le", "surrogatepass")) // 2 + 1


def region(loc: Location, doc: Document | None) -> dict[str, int] | None:
    """The SARIF region of a located place, columns in UTF-16 code units."""
    if loc.line is None or loc.column is None:
        return None
    end_line = loc.end_line or loc.line
    end_column = loc.end_column or loc.column
    if doc is not None:
        return {
            "startLine": loc.line,
            "startColumn": _utf16_column(doc, loc.line, loc.column),
            "endLine": end_line,
            "endColumn": _utf16_column(doc, end_line, end_column),
        }
    return {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": end_line,
        "endColumn": end_column,
    }


def _physical(path: str, reg: dict[str, int] | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(path)}}
    if reg is not None:
        physical["region"] = reg
    return physical


def sentence(doc: Document, start: int) -> str:
    """The sentence around a character offset, white space collapsed."""
    # The kept piece holds 2,000 characters either side (see Document.excerpted), so the
    # sentence is the same whether the report kept the whole text or an excerpt of it.
    base, text = doc.piece(start)
    start -= base
    begin = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 2000), start):
        begin = m.end()
    if begin == 0 and start + base > 2000:
        begin = start - 2000
    # Both searches are bounded, so a text with no sentence ends costs no more per finding.
    after = _SENTENCE_END.search(text, start, start + 2000)
    end = after.start() if after else min(len(text), start + 2000)
    return " ".join(text[begin:end].split())


def _fingerprints(findings: Iterable[Finding], report: Report) -> dict[int, str]:
    """``primaryLocationLineHash`` for each finding (by ``id``): hash of rule and sentence,
    with the occurrence of that pair in its file."""
    seen: dict[tuple[str | None, str], int] = {}
    out: dict[int, str] = {}
    for f in sorted(findings, key=lambda f: (f.path or "", f.start or 0, f.rule)):
        doc = report.document(f.path)
        where = sentence(doc, f.start) if doc is not None and f.start is not None else ""
        # Without a located sentence (a results file's figure) the blamed text and contest
        # still tell two findings of one rule apart.
        key = "\0".join((f.rule, where or f"{f.contest or ''}\0{f.text or ''}"))
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        count = seen.get((f.path, digest), 0)
        seen[(f.path, digest)] = count + 1
        out[id(f)] = f"{digest}:{count + 1}"
    return out


def _result(
    f: Finding,
    report: Report,
    rule_index: dict[str, int],
    fingerprint: str,
    suppression: SuppressedFinding | None = None,
) -> dict[str, Any]:
    doc = report.document(f.path)
    result: dict[str, Any] = {"ruleId": f.rule}
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    result["level"] = _LEVEL[f.severity]
    result["message"] = {"text": f.message}
    if f.path is not None:
        result["locations"] = [{"physicalLocation": _physical(f.path, region(f, doc))}]
    related = []
    for i, r in enumerate(f.related):
        path = r.path or f.path
        if path is None:
            continue
        other = report.document(path)
        related.append(
            {
                "id": i + 1,
                "physicalLocation": _physical(path, region(r, other)),
                "message": {"text": r.message},
            }
        )
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {"primaryLocationLineHash": fingerprint}
    reg = region(f, doc)
    if f.replacement is not None and f.path is not None and reg is not None:
        result["fixes"] = [
            {
                "description": {"text": f.fix or f"replace with {f.replacement}"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": artifact_uri(f.path)},
                        "replacements": [
                            {"deletedRegion": reg, "insertedContent": {"text": f.replacement}}
                        ],
                    }
                ],
            }
        ]
    if suppression is not None:
        result["suppressions"] = [{"kind": "inSource", "justification": suppression.justification}]
    properties: dict[str, Any] = {"name": f.name, "confidence": f.confidence.value}
    if f.arithmetic:
        properties["arithmetic"] = list(f.arithmetic)
    if f.fix:
        properties["fix"] = f.fix
    if f.contest:
        properties["contest"] = f.contest
    if f.consequences:
        properties["consequences"] = [c.value for c in f.consequences]
    result["properties"] = properties
    return result


def _error_notification(e: InputError) -> dict[str, Any]:
    reg = None
    if e.line is not None:
        reg = {"startLine": e.line}
        if e.column is not None:
            reg["startColumn"] = e.column
    return {
        "level": "error",
        "message": {"text": f"not checked: {e.message}"},
        "locations": [{"physicalLocation": _physical(e.path, reg)}],
        "descriptor": {"id": "input-error"},
    }


def _not_checked_notification(n: NotChecked) -> dict[str, Any]:
    where = f" [{n.contest}]" if n.contest else ""
    note: dict[str, Any] = {
        "level": "note",
        "message": {"text": f"{n.rule} {n.name} not checked{where}: {n.reason}"},
        "descriptor": {"id": "not-checked"},
        "associatedRule": {"id": n.rule},
    }
    if n.path is not None:
        note["locations"] = [{"physicalLocation": _physical(n.path, None)}]
    return note


def sarif_log(report: Report, *, show_not_checked: bool = True) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (a JSON-ready dict)."""
    from factcheck.registry import all_rules

    rules = list(all_rules())
    rule_index = {r.code: i for i, r in enumerate(rules)}
    every = [*report.findings, *(s.finding for s in report.suppressed)]
    prints = _fingerprints(every, report)
    results = [_result(f, report, rule_index, prints[id(f)]) for f in report.findings]
    results += [
        _result(s.finding, report, rule_index, prints[id(s.finding)], s) for s in report.suppressed
    ]
    notifications = [_error_notification(e) for e in report.errors]
    if show_not_checked:
        notifications += [_not_checked_notification(n) for n in report.not_checked]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [rule_descriptor(r) for r in rules],
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not report.errors,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "columnKind": "utf16CodeUnits",
                "results": results,
            }
        ],
    }


class SarifReporter:
    """``--output-format sarif``: a SARIF 2.1.0 log for code scanning.

    Suppressed findings are always kept (as suppressed results: code scanning shows them as
    dismissed) and "not checked" entries always listed as notifications: SARIF is read by
    machines, which filter for themselves.
    """

    def write(self, report: Report, out: TextIO, options: ReportOptions) -> None:
        """Write the log as indented JSON."""
        out.write(json_text(sarif_log(report), indent=2, ascii_only=options.ascii_only) + "\n")
