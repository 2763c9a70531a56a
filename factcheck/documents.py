"""Load files into :class:`~factcheck.models.Document` values, safely.

Bad input never becomes a traceback: empty, binary, undecodable or oversized files raise
:class:`InputFileError`, whose message names the file and what to do.
"""

from __future__ import annotations

import os
from pathlib import Path

from factcheck.models import Document

MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused rather than read into memory."""

MEDIA_TYPES = {
    ".json": "application/json",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
}


class InputFileError(ValueError):
    """A file that cannot be checked, with a message that says why and what to do."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
        self.line = line
        self.column = column


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without a byte-order mark); refuse binary and other encodings."""
    if b"\x00" in data[:8192]:
        raise InputFileError(
            path, "looks like a binary file (it contains NUL bytes); give a text file"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            path,
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save it as UTF-8",
        ) from None
    # Offsets are promised against the decoded text, so line endings are left as they are.
    return text


def load_document(path: str | os.PathLike[str]) -> Document:
    """Read one file into a Document."""
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputFileError(name, f"cannot be read: {exc.strerror or exc}") from None
    if p.is_dir():
        raise InputFileError(name, "is a directory; give the files inside it")
    if size > MAX_BYTES:
        raise InputFileError(
            name, f"is {size:,} bytes, over the {MAX_BYTES:,}-byte limit; split it into articles"
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputFileError(name, f"cannot be read: {exc.strerror or exc}") from None
    text = decode(data, name)
    if not text.strip():
        raise InputFileError(name, "is empty; there is nothing to check")
    media = MEDIA_TYPES.get(p.suffix.lower(), "text/plain")
    return Document(path=name, text=text, media_type=media)
