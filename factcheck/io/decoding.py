"""Bytes to text: UTF-8, with or without a byte-order mark; anything else refused by name.

Line endings are kept as they are, because offsets are promised against the decoded text.
"""

from __future__ import annotations

import codecs

from factcheck.errors import InputFileError

# Checked longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_OTHER_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)

_SNIFF_BYTES = 4096
"""How much of a file without a byte-order mark is looked at to recognise UTF-16."""


def utf16_without_bom(data: bytes) -> str | None:
    """``"little-endian"`` or ``"big-endian"`` when the bytes read as UTF-16 text with no
    byte-order mark, else None.

    Text in UTF-16 that is mostly Latin script has a NUL byte in every other place (the high
    byte of each character): odd places for little-endian, even for big. Binary data has NUL
    bytes here and there, not in one parity only, and does not decode cleanly as UTF-16.
    """
    head = data[:_SNIFF_BYTES]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(head) // 2
    for order, zeros, other, codec in (
        ("little-endian", odd, even, "utf-16-le"),
        ("big-endian", even, odd, "utf-16-be"),
    ):
        if zeros.count(0) * 10 >= half * 7 and other.count(0) == 0:
            try:
                text = head.decode(codec)
            except UnicodeDecodeError:
                continue
            if all(c.isprintable() or c in "\r\n\t" for c in text):
                return order
    return None


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without a byte-order mark); refuse binary and other encodings."""
    for bom, name in _OTHER_BOMS:
        if data.startswith(bom):
            raise InputFileError(path, f"is encoded as {name}; re-save it as UTF-8")
    # The whole file is searched: a NUL byte late in a file is as binary as an early one.
    nul = data.find(b"\x00")
    if nul >= 0:
        order = utf16_without_bom(data)
        if order is not None:
            raise InputFileError(
                path,
                f"is encoded as UTF-16 ({order}, with no byte-order mark); re-save it as UTF-8",
            )
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
