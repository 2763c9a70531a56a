"""Files and streams to :class:`~factcheck.models.Document` values, safely.

Bad input never becomes a traceback: missing, empty, binary, undecodable, oversized files
and files of no known format raise :class:`~factcheck.errors.InputFileError`, whose message
names the file and what to do.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from factcheck.errors import InputFileError
from factcheck.io.decoding import decode
from factcheck.io.formats import TEXT, InputFormat, for_path, named, unknown_suffix
from factcheck.io.prose import prepare_prose
from factcheck.models import Document

MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused rather than read into memory."""


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


def document_from_bytes(data: bytes, path: str, media_type: str = TEXT.media_type) -> Document:
    """Decode bytes already read (from stdin, say) into a Document, with every file check."""
    if len(data) > MAX_BYTES:
        raise _too_big(path, len(data))
    text = decode(data, path)
    if not text.strip():
        raise InputFileError(path, "is empty; there is nothing to check")
    return prepare_prose(Document(path=path, text=text, media_type=media_type))


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
            data = read_limited(f, name)
    except OSError as exc:
        raise InputFileError(name, f"cannot be read: {exc.strerror or exc}") from None
    return document_from_bytes(data, name, fmt.media_type)
