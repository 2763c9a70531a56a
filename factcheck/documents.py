"""The old home of document loading, kept so existing imports work: see :mod:`factcheck.io`."""

from typing import TYPE_CHECKING

from factcheck.errors import InputFileError
from factcheck.io.decoding import decode
from factcheck.io.files import MAX_BYTES, document_from_bytes, load_document, read_limited
from factcheck.io.formats import FORMATS
from factcheck.io.front_matter import BODY_START, FRONT_MATTER_KEYS, read_front_matter
from factcheck.io.prose import PROSE_MEDIA_TYPES, body_start, prepare_prose

if TYPE_CHECKING:
    from factcheck.io.html import blank_html

MEDIA_TYPES = {suffix: f.media_type for f in FORMATS for suffix in f.suffixes}
"""Media type by suffix, from the registry in :mod:`factcheck.io.formats`."""


def __getattr__(name: str) -> object:
    # blank_html is imported on first use (PEP 562): the HTML reader and the standard
    # library's html module are not needed by the modules that import this one for loading.
    if name == "blank_html":
        from factcheck.io.html import blank_html

        return blank_html
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), "blank_html"])


__all__ = [
    "BODY_START",
    "FRONT_MATTER_KEYS",
    "MAX_BYTES",
    "MEDIA_TYPES",
    "PROSE_MEDIA_TYPES",
    "InputFileError",
    "blank_html",
    "body_start",
    "decode",
    "document_from_bytes",
    "load_document",
    "prepare_prose",
    "read_front_matter",
    "read_limited",
]
