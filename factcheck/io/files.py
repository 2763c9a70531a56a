"""Files and streams to :class:`~factcheck.models.Document` values, safely.

Bad input never becomes a traceback: missing, empty, binary, undecodable, oversized files
and files of no known format raise :class:`~factcheck.errors.InputFileError`, whose message
names the file and what to do.
"""

from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from pydantic import JsonValue
from pydantic.fields import FieldInfo

from factcheck.errors import InputFileError
from factcheck.io.decoding import decode
from factcheck.io.formats import TEXT, InputFormat, for_path, named, unknown_suffix
from factcheck.io.front_matter import BODY_START
from factcheck.io.prose import prepare_prose
from factcheck.models import Document, trusted

MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused rather than read into memory."""


def _too_big(path: str, size: int | None = None) -> InputFileError:
    what = f"is {size:,} bytes, over" if size is not None else "is over"
    return InputFileError(path, f"{what} the {MAX_BYTES:,}-byte limit; split it into smaller files")


def read_limited(stream: BinaryIO, path: str, expected: int = 0) -> bytes:
    """Read a stream to its end, refusing more than :data:`MAX_BYTES`.

    Streams (stdin, pipes, devices) have no size to check in advance, so at most one byte
    over the limit is read before giving up. ``expected`` is the size the file reported:
    reading that much and one byte more first spares every small file a buffer of the
    limit's size (some 20 microseconds a file), and a file that grew since is still read to
    its end.
    """
    data = b""
    if 0 < expected <= MAX_BYTES:
        data = stream.read(expected + 1)
        if len(data) <= expected:
            return data
    data += stream.read(MAX_BYTES + 1 - len(data))
    if len(data) > MAX_BYTES:
        raise _too_big(path)
    return data


def document_from_bytes(data: bytes, path: str, media_type: str = TEXT.media_type) -> Document:
    """Decode bytes already read (from stdin, say) into a Document, with every file check."""
    if len(data) > MAX_BYTES:
        raise _too_big(path, len(data))
    text = decode(data, path)
    if not text.strip():
        raise InputFileError(path, "is empty; there is nothing to check")
    # Unvalidated: the text is decoded here, the path and media type are the caller's strings;
    # a check then never builds Document's validator (docs/benchmarks.md, "Cold start").
    return prepare_prose(trusted(Document, path=path, text=text, media_type=media_type))


def load_document(
    path: str | os.PathLike[str], input_format: InputFormat | str | None = None
) -> Document:
    """Read one file into a Document.

    Its format is the one its suffix says (see :mod:`factcheck.io.formats`), unless
    ``input_format`` (a format or its name: ``text``, ``markdown``, ``html``, ``json``) says
    otherwise; a file whose suffix says nothing factcheck reads is refused, with the suffixes
    it knows and how to say what the file is.
    """
    p = Path(path)
    name = str(path)
    fmt = named(input_format) if isinstance(input_format, str) else input_format
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
    fmt = fmt or for_path(p)
    if fmt is None:
        raise unknown_suffix(name)
    if size > MAX_BYTES:
        raise _too_big(name, size)
    try:
        # Read with a limit even after the size check: a pipe or device reports size 0.
        with p.open("rb") as f:
            data = read_limited(f, name, size)
    except OSError as exc:
        raise InputFileError(name, f"cannot be read: {exc.strerror or exc}") from None
    return document_from_bytes(data, name, fmt.media_type)


_PLAIN_FIELDS = {"path", "text", "media_type", "metadata", "suppressions"}
"""The fields a loaded document has set: one set shared by the documents made here (pydantic
copies it before a copy with changes adds to it)."""


@lru_cache(maxsize=1)
def _plain_defaults() -> tuple[dict[str, object], tuple[tuple[str, FieldInfo], ...]]:
    """The Document fields a plain-text file does not set: those whose default is a value
    (the same for every document), and those made by a factory (made for each)."""
    values: dict[str, object] = {}
    made: list[tuple[str, FieldInfo]] = []
    for name, spec in Document.model_fields.items():
        if name in _PLAIN_FIELDS:
            continue
        if spec.default_factory is None:
            values[name] = spec.get_default()
        else:
            made.append((name, spec))
    return values, tuple(made)


def _is_txt(path: str) -> bool:
    """``os.path.splitext(path)[1].lower() == ".txt"``, without its work for most names."""
    if os.sep != "/" or os.altsep is not None:
        return os.path.splitext(path)[1].lower() == ".txt"
    if path[-4:].lower() != ".txt":
        return False
    # splitext does not take a name of dots and ".txt" for a suffix (".txt" is a name).
    return bool(path[path.rfind("/") + 1 : -4].strip("."))


def read_plain_text(path: str) -> str | None:
    """The text of a ``.txt`` file of UTF-8 prose without front matter, read with a few
    system calls (an open, a stat, a read); None for any other file, which
    :func:`load_document` reads and says what is wrong with. The corpus rules read every
    file of a folder this way: the file object and pathlib were much of their time."""
    if not _is_txt(path):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        # Asking for the size and a byte more: a file that grew since is left to the full
        # loader, which reads to the end.
        data = os.read(fd, info.st_size + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    # What decode() refuses or treats apart: other byte-order marks, NUL bytes, bad UTF-8;
    # and a file that grew since its size was taken.
    if len(data) > info.st_size or data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data:
        return None
    try:
        # As "utf-8-sig" decodes (that codec is a Python wrapper: a tenth of the time).
        text = data.decode("utf-8") if data[:3] != b"\xef\xbb\xbf" else data[3:].decode("utf-8")
    except UnicodeDecodeError:
        return None
    # Front matter opens with a "---" line; an empty file is refused.
    if text.startswith("---") or not text.strip():
        return None
    return text


PLAIN_METADATA: dict[str, JsonValue] = {BODY_START: 0}
"""The metadata of every plain-text document made here (one dict, shared: the corpus holds a
stub per file of a run)."""


def plain_document(path: str, text: str) -> Document:
    """The :class:`Document` :func:`load_document` makes of a plain-text file without front
    matter, built as pydantic's ``model_construct`` builds it (a tenth of the time): every
    field given, in order. With ``text=""``, the stub the corpus holds for such a file."""
    doc = Document.__new__(Document)
    fields: dict[str, object] = {
        "path": path,
        "text": text,
        "media_type": TEXT.media_type,
        "metadata": PLAIN_METADATA,
        "suppressions": (),
    }
    values, made = _plain_defaults()
    fields.update(values)
    for field, spec in made:
        fields[field] = spec.get_default(call_default_factory=True)
    object.__setattr__(doc, "__dict__", fields)
    object.__setattr__(doc, "__pydantic_fields_set__", _PLAIN_FIELDS)
    object.__setattr__(doc, "__pydantic_extra__", None)
    object.__setattr__(doc, "__pydantic_private__", None)
    return doc


def load_plain_text(path: str | os.PathLike[str]) -> Document | None:
    """:func:`load_document` for the common case, a ``.txt`` file of UTF-8 prose with no
    front matter (see :func:`read_plain_text`), made without validation. None for any
    other file: :func:`load_document` reads it, and says what is wrong with it."""
    name = os.fspath(path)
    text = read_plain_text(name)
    return None if text is None else plain_document(name, text)
