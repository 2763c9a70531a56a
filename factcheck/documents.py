"""Load files into :class:`~factcheck.models.Document` values, safely.

Bad input never becomes a traceback: empty, binary, undecodable or oversized files raise
:class:`InputFileError`, whose message names the file and what to do.

Prose (``.txt``, ``.md``, ``.markdown``, ``.html``) is read so that every offset the reader
finds is an offset into the decoded file, as the file's own lines and columns count it:

* **Front matter.** A Markdown or text file may open with a flat YAML-style block::

      ---
      election: uk-ge-2017
      published: 2017-06-09
      contest: Poplar and Limehouse
      title: "Labour holds Poplar: 'honoured and humbled'"
      ---

  Its values go into ``Document.metadata`` (as text, never guessed into other types); the text
  itself is not changed. ``metadata["body_start"]`` (see :func:`body_start`) is the offset where
  the article begins, after the block.
* **HTML.** Tags, comments, scripts and styles become spaces of the same length and entities
  become their character padded with spaces, so the text keeps its length and its line breaks:
  an offset into ``Document.text`` is an offset into the file.
"""

from __future__ import annotations

import codecs
import html
import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from pydantic import JsonValue

from factcheck.models import Document

MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused rather than read into memory."""

MEDIA_TYPES = {
    ".json": "application/json",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
}

PROSE_MEDIA_TYPES = frozenset({"text/plain", "text/markdown", "text/html"})
"""Media types read as article text rather than as a results file."""

FRONT_MATTER_KEYS = ("election", "published", "contest", "title")
"""Front-matter keys factcheck uses; any other flat key is kept in the metadata too."""

BODY_START = "body_start"
"""The metadata key holding the offset where a prose document's article text begins."""

# Checked longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_OTHER_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


class InputFileError(ValueError):
    """A file that cannot be checked, with a message that says why and what to do.

    ``message`` is the bare explanation; ``line`` and ``column`` (1-based) say where, when
    there is a where. ``more`` holds further problems found in the same file, so one run shows
    them all. ``str()`` gives ``path:line:column: message``, one line per problem, the form
    linters use.
    """

    def __init__(
        self,
        path: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        *,
        more: Sequence[InputFileError] = (),
    ) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        self.more = tuple(more)
        super().__init__("\n".join(p.located() for p in self.problems()))

    def located(self) -> str:
        """This one problem as ``path:line:column: message`` (or ``path: message``)."""
        if self.line is not None and self.column is not None:
            return f"{self.path}:{self.line}:{self.column}: {self.message}"
        return f"{self.path}: {self.message}"

    def problems(self) -> tuple[InputFileError, ...]:
        """This problem and the further ones, in order."""
        return (self, *self.more)


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without a byte-order mark); refuse binary and other encodings.

    Line endings are kept as they are, because offsets are promised against the decoded text.
    """
    for bom, name in _OTHER_BOMS:
        if data.startswith(bom):
            raise InputFileError(path, f"is encoded as {name}; re-save it as UTF-8")
    # The whole file is searched: a NUL byte late in a file is as binary as an early one.
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputFileError(
            path,
            f"looks like a binary file (it contains a NUL byte at offset {nul}); "
            "give a UTF-8 text file",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputFileError(
            path,
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, "
            f"line {line}); re-save it as UTF-8",
        ) from None


def _too_big(path: str, size: int | None = None) -> InputFileError:
    what = f"is {size:,} bytes, over" if size is not None else "is over"
    return InputFileError(path, f"{what} the {MAX_BYTES:,}-byte limit; split it into smaller files")


def read_limited(stream: BinaryIO, path: str) -> bytes:
    """Read a stream to its end, refusing more than :data:`MAX_BYTES`.

    Streams (stdin, pipes, devices) have no size to check in advance, so at most one byte
    over the limit is read before giving up.
    """
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_big(path)
    return data


def document_from_bytes(data: bytes, path: str, media_type: str = "text/plain") -> Document:
    """Decode bytes already read (from stdin, say) into a Document, with every file check."""
    if len(data) > MAX_BYTES:
        raise _too_big(path, len(data))
    text = decode(data, path)
    if not text.strip():
        raise InputFileError(path, "is empty; there is nothing to check")
    return prepare_prose(Document(path=path, text=text, media_type=media_type))


def load_document(path: str | os.PathLike[str]) -> Document:
    """Read one file into a Document."""
    p = Path(path)
    name = str(path)
    try:
        info = p.stat()
    except (OSError, ValueError) as exc:  # ValueError: a path with a NUL character in it
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputFileError(name, f"cannot be read: {reason}") from None
    size = info.st_size
    if stat.S_ISDIR(info.st_mode):
        raise InputFileError(name, "is a directory; give the files inside it")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO would block the run forever waiting for a writer; a device may never end.
        raise InputFileError(
            name,
            "is not a regular file (a FIFO, a device or a socket); give a file, or - "
            "to read standard input",
        )
    if size > MAX_BYTES:
        raise _too_big(name, size)
    try:
        # Read with a limit even after the size check: a pipe or device reports size 0.
        with p.open("rb") as f:
            data = read_limited(f, name)
    except OSError as exc:
        raise InputFileError(name, f"cannot be read: {exc.strerror or exc}") from None
    media = MEDIA_TYPES.get(p.suffix.lower(), "text/plain")
    return document_from_bytes(data, name, media)


# -- prose --------------------------------------------------------------------------------------


def prepare_prose(doc: Document) -> Document:
    """A prose document ready for the reader: front matter read, HTML markup blanked out.

    Sets ``metadata["body_start"]``; a document that has it already is returned unchanged, so
    calling this twice is harmless. Documents of other media types are returned as they are.
    Raises :class:`InputFileError` for malformed front matter.
    """
    if doc.media_type not in PROSE_MEDIA_TYPES or BODY_START in doc.metadata:
        return doc
    if doc.media_type == "text/html":
        text = blank_html(doc.text)
        metadata: dict[str, JsonValue] = {BODY_START: 0}
        title = _html_title(doc.text)
        if title:
            metadata["title"] = title
        return doc.model_copy(update={"text": text, "metadata": {**metadata, **doc.metadata}})
    values, start = read_front_matter(doc.text, doc.path)
    if start and not doc.text[start:].strip():
        raise InputFileError(
            doc.path, "has front matter but no article text after it; add the article below it"
        )
    return doc.model_copy(update={"metadata": {**doc.metadata, **values, BODY_START: start}})


def body_start(doc: Document) -> int:
    """The offset where a prose document's article text begins: after any front matter."""
    start = doc.metadata.get(BODY_START, 0)
    return start if isinstance(start, int) and 0 <= start <= len(doc.text) else 0


# -- front matter -----------------------------------------------------------------------------

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


# -- HTML -------------------------------------------------------------------------------------

_TAG_START = re.compile(r"<(?:[A-Za-z/!?])")
_RAW_TEXT = re.compile(r"<(script|style)\b", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)


def _blank(text: str) -> str:
    """Spaces for every character but line breaks, which are kept so lines still count."""
    return re.sub(r"[^\r\n]", " ", text)


def blank_html(text: str) -> str:
    """HTML as text of the same length: markup blanked out, entities decoded in place.

    Tags, comments, ``<script>`` and ``<style>`` become spaces (line breaks kept). An entity
    becomes its character and spaces: placed last when the entity opens a word (``&ldquo;``
    before text, ``&pound;5m``), first otherwise (``67.3&#37;``, ``&rdquo;`` after text). An
    entity inside a word (``Labour&rsquo;s``) leaves a gap, the price of keeping offsets.
    Every search moves forward, so the time taken grows linearly with the text.
    """
    out: list[str] = []
    pos = 0
    n = len(text)
    while True:
        m = _TAG_START.search(text, pos)
        if m is None:
            out.append(_entities(text[pos:], text, pos))
            break
        start = m.start()
        out.append(_entities(text[pos:start], text, pos))
        if text.startswith("<!--", start):
            close = text.find("-->", start + 4)
            end = n if close < 0 else close + 3
        else:
            raw = _RAW_TEXT.match(text, start)
            close = text.find(">", start)
            end = n if close < 0 else close + 1
            if raw is not None:
                closing = re.compile(rf"</{raw.group(1)}\s*>", re.IGNORECASE).search(text, end)
                end = n if closing is None else closing.end()
        out.append(_blank(text[start:end]))
        pos = end
        if pos >= n:
            break
    return "".join(out)


def _entities(chunk: str, text: str, offset: int) -> str:
    if "&" not in chunk:
        return chunk

    def replace(m: re.Match[str]) -> str:
        entity = m.group()
        char = html.unescape(entity)
        if char == entity:
            return entity
        # A decoded line break would add a line the file does not have.
        char = re.sub(r"[\r\n\x00-\x1f]", " ", char)
        pad = " " * (len(entity) - len(char))
        at = offset + m.start()
        before = text[at - 1] if at > 0 else " "
        after = text[offset + m.end()] if offset + m.end() < len(text) else " "
        opens_word = (before.isspace() or before in ">(") and not after.isspace()
        return pad + char if opens_word else char + pad

    return _ENTITY.sub(replace, chunk)


def _html_title(text: str) -> str | None:
    # Two forward searches rather than one lazy pattern: an unclosed <title> in a large file
    # must not be rescanned from every later "<title".
    opening = _TITLE_OPEN.search(text)
    if opening is None:
        return None
    closing = _TITLE_CLOSE.search(text, opening.end())
    if closing is None:
        return None
    inner = text[opening.end() : min(closing.start(), opening.end() + 2000)]
    title = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", inner)).split())
    return title or None
