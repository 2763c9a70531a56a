"""The LanguageTool HTTP API's shape, so tools that talk to a LanguageTool server (LTeX+ in
VS Code, browser add-ons, CMS plug-ins) show factcheck's findings unchanged.

A request carries ``text`` (plain) or ``data`` (JSON: ``{"annotation": [{"text": ...},
{"markup": ..., "interpretAs": ...}]}``) and a ``language``. Offsets and lengths in the
response count UTF-16 code units, as LanguageTool (a Java server) and its clients do; with
``data`` they point into the original, markup included.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.models import Finding
from factcheck.serve.desk import utf16_offset

CATEGORIES = {
    "NUM": ("FACTCHECK_ARITHMETIC", "Election arithmetic"),
    "WRD": ("FACTCHECK_WORDING", "Election wording"),
    "REF": ("FACTCHECK_OFFICIAL", "Official results"),
    "DUP": ("FACTCHECK_CORPUS", "Duplicate stories"),
    "SUP": ("FACTCHECK_SUPPRESSIONS", "Suppression comments"),
}
_CONTEXT = 40


class BadRequest(FactcheckError):
    """A LanguageTool request factcheck cannot answer; the message says why."""


def plain_text(form: Mapping[str, str]) -> tuple[str, list[int]]:
    """The text to check and, for each of its positions (and its end), the position in the
    original the client sent (markup included)."""
    if "text" in form:
        text = form["text"]
        return text, list(range(len(text) + 1))
    if "data" not in form:
        raise BadRequest("give the text to check as `text` or `data`")
    try:
        data = json.loads(form["data"])
        parts = data["annotation"]
        if not isinstance(parts, list):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise BadRequest(
            '`data` must be JSON like {"annotation": [{"text": "..."}, {"markup": "<b>"}]}'
        ) from None
    plain: list[str] = []
    where: list[int] = []
    at = 0
    for part in parts:
        if not isinstance(part, dict):
            raise BadRequest("each annotation is an object with `text` or `markup`")
        if isinstance(part.get("text"), str):
            piece = part["text"]
            plain.append(piece)
            where.extend(range(at, at + len(piece)))
            at += len(piece)
        elif isinstance(part.get("markup"), str):
            said = part.get("interpretAs")
            said = said if isinstance(said, str) else ""
            plain.append(said)
            where.extend([at] * len(said))
            at += len(part["markup"])
        else:
            raise BadRequest("each annotation is an object with `text` or `markup`")
    where.append(at)
    return "".join(plain), where


def original_text(form: Mapping[str, str]) -> str:
    """The text as the client holds it (markup included), for UTF-16 offsets."""
    if "text" in form:
        return form["text"]
    parts = json.loads(form["data"])["annotation"]
    return "".join(p.get("text", p.get("markup", "")) for p in parts)


def match(f: Finding, text: str, original: str, where: list[int]) -> dict[str, Any] | None:
    """One finding as a LanguageTool match, or None for a finding with no span."""
    if f.start is None or f.end is None:
        return None
    start, end = where[f.start], where[min(f.end, len(where) - 1)]
    offset = utf16_offset(original, start)
    length = utf16_offset(original, end) - offset
    lo, hi = max(0, f.start - _CONTEXT), min(len(text), f.end + _CONTEXT)
    before = ("..." if lo else "") + text[lo : f.start]
    context = before + text[f.start : hi] + ("..." if hi < len(text) else "")
    category_id, category_name = CATEGORIES.get(f.rule[:3], ("FACTCHECK", "factcheck"))
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    return {
        "message": f.message,
        "shortMessage": f.name,
        "replacements": [{"value": f.replacement}] if f.replacement is not None else [],
        "offset": offset,
        "length": length,
        "context": {
            "text": context,
            "offset": utf16_offset(context, len(before)),
            "length": utf16_offset(text, f.end) - utf16_offset(text, f.start),
        },
        "sentence": text[line_start : line_end if line_end >= 0 else len(text)],
        "type": {"typeName": "Other"},
        "rule": {
            "id": f.rule,
            "description": f"{f.name} ({f.rule})",
            "issueType": "inconsistency",
            "category": {"id": category_id, "name": category_name},
            **({"urls": [{"value": f.url}]} if f.url else {}),
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def response(
    findings: list[Finding], text: str, original: str, where: list[int], language: str
) -> dict[str, Any]:
    """The whole LanguageTool response."""
    matches = [m for f in findings if (m := match(f, text, original, where)) is not None]
    name = "English (GB)" if language.lower() in ("en-gb", "auto", "en") else language
    code = "en-GB" if language.lower() in ("auto", "en") else language
    return {
        "software": {
            "name": "factcheck",
            "version": __version__,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": name,
            "code": code,
            "detectedLanguage": {"name": "English (GB)", "code": "en-GB", "confidence": 1.0},
        },
        "matches": matches,
    }


LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
]
"""What ``GET /v2/languages`` answers: factcheck reads English election copy."""
