"""Load files into :class:`~factcheck.models.Document` values, safely.

Bad input never becomes a traceback: empty, binary, undecodable or oversized files raise
:class:`InputFileError`, whose message names the file and what to do.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from factcheck.models import Document

MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused rather than read into memory."""

MEDIA_TYPES = {
    ".json": "application/json",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
}

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
    return Document(path=path, text=text, media_type=media_type)


def load_document(path: str | os.PathLike[str]) -> Document:
    """Read one file into a Document."""
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
    except (OSError, ValueError) as exc:  # ValueError: a path with a NUL character in it
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputFileError(name, f"cannot be read: {reason}") from None
    if p.is_dir():
        raise InputFileError(name, "is a directory; give the files inside it")
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
