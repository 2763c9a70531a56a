"""Showing text from an input safely: no control character, bidi override or lone surrogate
from an article, a results file or a file name reaches a terminal, a log or a JSON parser raw.

A wire story can carry ESC, BEL, backspace or U+202E; a results file can name a candidate
``"\\ud800"``; a file name can hold bytes that are not UTF-8. Each is shown as a Python-style
escape (``\\x1b``, ``\\u202e``), so an editor sees that it is there and nothing acts on it.
"""

from __future__ import annotations

from typing import Any

from factcheck import compiled_re as re

# DEL and C1 controls; the bidi marks, embeddings, overrides and isolates; the line and
# paragraph separators some terminals break lines at; lone surrogates.
_NOT_C0 = "\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[\x00-\x1f{_NOT_C0}]")
_UNSAFE_BUT_TAB = re.compile(f"[\x00-\x08\x0a-\x1f{_NOT_C0}]")
# json.dumps escapes the C0 controls itself.
_JSON_UNSAFE = re.compile(f"[{_NOT_C0}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:
        # A byte that was not UTF-8 in a file name, kept by surrogateescape: show the byte.
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` for one line of output: every control, bidi and surrogate character escaped.

    Newlines and tabs are escaped too, so nothing from an input can start a line of its own.
    """
    return _UNSAFE.sub(_escape, text)


def visible_keeping_tabs(text: str) -> str:
    """As :func:`visible`, but tabs are kept (an excerpt of a source line expands them)."""
    return _UNSAFE_BUT_TAB.sub(_escape, text)


def json_text(data: Any, *, indent: int | None = None, ascii_only: bool = False) -> str:
    """``data`` as JSON that any stream can carry and any terminal can show.

    ``json`` escapes C0 controls already; DEL, C1 controls, bidi controls and lone surrogates
    are escaped here as ``\\uXXXX`` too, so the text encodes as strict UTF-8 and parses back
    to the same strings. ``ascii_only`` escapes every non-ASCII character, for streams that
    cannot encode them.
    """
    import json  # a text report writes none (docs/benchmarks.md, "Cold start")

    text = json.dumps(data, indent=indent, ensure_ascii=ascii_only)
    return text if ascii_only else safe_json(text)


def safe_json(text: str) -> str:
    """JSON text written by ``json.dumps(..., ensure_ascii=False)``, with DEL, C1 and bidi
    controls and lone surrogates escaped as ``\\uXXXX``: the same JSON, safe to print."""
    # These characters only ever appear inside JSON strings, where \\uXXXX means the same.
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
