"""Front matter: the flat ``key: value`` block that may open a Markdown or text article.

::

    ---
    election: uk-ge-2017
    published: 2017-06-09
    contest: Poplar and Limehouse
    title: "Labour holds Poplar: 'honoured and humbled'"
    factcheck-ignore: "WRD102: the agent's own words, quoted"
    ---

Values are text, never guessed into other types. A flat block needs no YAML library, and a
value factcheck would misread is worse than an error: nested values, lists, multi-line values,
repeated keys and unclosed blocks are refused with the line and the fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from pydantic import JsonValue

from factcheck import compiled_re as re
from factcheck.errors import InputFileError

FRONT_MATTER_KEYS = ("election", "published", "contest", "title", "factcheck-ignore")
"""Front-matter keys factcheck uses; any other flat key is kept in the metadata too."""

BODY_START = "body_start"
"""The metadata key holding the offset where a prose document's article text begins."""

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_FENCE = re.compile(r"---[ \t]*")
_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*")
_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:(?=[ \t]|$)[ \t]*(.*)")
_COMMENT_START = re.compile(r"[ \t]#")
_NOT_FRONT_MATTER = "if the file has no front matter, do not start it with a '---' line"


class _FrontMatterError(Exception):
    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


def read_front_matter(text: str, path: str) -> tuple[dict[str, JsonValue], int]:
    """The flat ``key: value`` block at the top of ``text``, and the offset just after it.

    Returns ``({}, 0)`` when the text does not open with a ``---`` line. Values are strings
    (quotes removed; ``"..."`` takes JSON-style escapes, ``'...'`` doubles a quote to write
    one) or None for an empty value. ``published`` must be an ISO date or date-time. Nested
    values, lists, multi-line values, repeated keys and unclosed blocks raise
    :class:`InputFileError` naming the line and the fix: a flat block needs no YAML library,
    and a value factcheck would misread is worse than an error.
    """
    lines = _lines(text)
    first = next(lines, None)
    if first is None or not _FENCE.fullmatch(first[0]):
        return {}, 0
    values: dict[str, JsonValue] = {}
    first_seen: dict[str, int] = {}
    try:
        for number, (line, end) in enumerate(lines, start=2):
            if _CLOSE.fullmatch(line):
                return values, end
            parsed = _front_matter_line(line, number)
            if parsed is None:
                continue
            key, value = parsed
            if key in first_seen:
                raise _FrontMatterError(
                    number,
                    1,
                    f"front matter: {key!r} is given twice (first on line {first_seen[key]}); "
                    "keep one",
                )
            first_seen[key] = number
            values[key] = value
    except _FrontMatterError as exc:
        raise InputFileError(path, exc.message, exc.line, exc.column) from None
    raise InputFileError(
        path,
        "front matter opened with '---' on line 1 is never closed; add a line '---' after "
        f"its last 'key: value' line ({_NOT_FRONT_MATTER})",
        1,
        1,
    )


def _lines(text: str) -> Iterator[tuple[str, int]]:
    """Each line without its line break, with the offset just after the break.

    Lazy, so a block that is never closed costs one pass, not a list of every line.
    """
    pos = 0
    n = len(text)
    while pos < n:
        m = _LINE.match(text, pos)
        assert m is not None  # the pattern matches at any position before the end
        yield m.group().rstrip("\r\n"), m.end()
        pos = m.end()


def _front_matter_line(line: str, number: int) -> tuple[str, JsonValue] | None:
    """One line of front matter as (key, value); None for a blank line or a comment."""
    stripped = line.strip()
    if not stripped or line.startswith("#"):
        return None
    if line[0] in " \t":
        raise _FrontMatterError(
            number,
            1,
            "front matter: an indented line (a nested value) is not supported; write flat "
            "'key: value' lines, each starting at the left margin",
        )
    if stripped.startswith("- ") or stripped == "-":
        raise _FrontMatterError(
            number,
            1,
            "front matter: lists are not supported; give one value per key, such as "
            "'contest: Poplar and Limehouse'",
        )
    m = _KEY_LINE.fullmatch(line)
    if m is None:
        raise _FrontMatterError(
            number,
            1,
            f"front matter: expected 'key: value', got {_clip(line)!r}; {_NOT_FRONT_MATTER}",
        )
    key = m.group(1)
    if key == BODY_START:
        raise _FrontMatterError(
            number, 1, f"front matter: {BODY_START!r} is reserved by factcheck; rename the key"
        )
    column = m.start(2) + 1
    value = _front_matter_value(m.group(2), number, column)
    if key == "published" and value is not None:
        _check_date(value, number, column)
    return key, value


def _front_matter_value(raw: str, number: int, column: int) -> str | None:
    raw = raw.rstrip()
    if not raw or raw.startswith("#"):
        return None
    first = raw[0]
    if first == '"':
        return _double_quoted(raw, number, column)
    if first == "'":
        return _single_quoted(raw, number, column)
    if first in "[{":
        raise _FrontMatterError(
            number,
            column,
            "front matter: lists and mappings are not supported; give one value, or put the "
            f"text in quotes if it starts with {first!r}",
        )
    if first in "|>":
        raise _FrontMatterError(
            number,
            column,
            "front matter: multi-line values are not supported; put the value on one line",
        )
    if first in "&*!%@`":
        raise _FrontMatterError(
            number,
            column,
            f"front matter: a value starting with {first!r} has a special meaning in YAML; "
            "put the value in quotes",
        )
    # A plain search for " #", not a pattern over the run of spaces before it: a long line of
    # spaces must not be rescanned from every space.
    comment = _COMMENT_START.search(raw)
    value = (raw if comment is None else raw[: comment.start()]).rstrip()
    colon = value.find(": ")
    if colon >= 0 or value.endswith(":"):
        at = colon if colon >= 0 else len(value) - 1
        raise _FrontMatterError(
            number,
            column + at,
            "front matter: a value holding ': ' reads as a nested mapping; put the value in quotes",
        )
    return value


def _double_quoted(raw: str, number: int, column: int) -> str:
    import json  # only a double-quoted value needs it

    try:
        value, end = json.decoder.scanstring(raw, 1)  # type: ignore[attr-defined]
    except json.JSONDecodeError as exc:
        message = (
            'the closing quote is missing; end the value with "'
            if "Unterminated" in exc.msg
            else f'{exc.msg.lower()}; use JSON escapes such as \\" and \\\\ in double quotes'
        )
        raise _FrontMatterError(number, column + exc.pos, f"front matter: {message}") from None
    _after_quote(raw, end, number, column)
    assert isinstance(value, str)
    return value


def _single_quoted(raw: str, number: int, column: int) -> str:
    i = 1
    out = []
    while i < len(raw):
        if raw[i] == "'":
            if raw.startswith("''", i):
                out.append("'")
                i += 2
                continue
            _after_quote(raw, i + 1, number, column)
            return "".join(out)
        out.append(raw[i])
        i += 1
    raise _FrontMatterError(
        number, column, "front matter: the closing quote is missing; end the value with '"
    )


def _after_quote(raw: str, end: int, number: int, column: int) -> None:
    rest = raw[end:]
    stripped = rest.lstrip(" \t")
    if stripped and not (stripped.startswith("#") and len(stripped) < len(rest)):
        raise _FrontMatterError(
            number,
            column + end,
            f"front matter: unexpected {_clip(rest.strip())!r} after the closing quote; "
            "put the whole value inside the quotes",
        )


def _check_date(value: str, number: int, column: int) -> None:
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(value)
            return
        except ValueError:
            continue
    raise _FrontMatterError(
        number,
        column,
        f"front matter: published {value!r} is not a date; write it as 2017-06-09 "
        "(or 2017-06-09T05:00:00+01:00)",
    )


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
