"""The input side: bytes to a :class:`~factcheck.models.Document` to an Article.

* :mod:`~factcheck.io.formats`: the one registry of input formats (suffixes, media types,
  readers), ``--input-format`` names and the message for a file of no known format.
* :mod:`~factcheck.io.files`: files and streams read safely, with a size limit.
* :mod:`~factcheck.io.decoding`: UTF-8 only, other encodings refused by name.
* :mod:`~factcheck.io.paths`: folders searched, .gitignore-style excludes, each file once.
* :mod:`~factcheck.io.front_matter`, :mod:`~factcheck.io.html`, :mod:`~factcheck.io.comments`:
  what is not article text, read and blanked with offsets kept.
* :mod:`~factcheck.io.prose`, :mod:`~factcheck.io.articles`: documents made ready and read.
"""

from factcheck.io.articles import load_article, prose_reader, read_article
from factcheck.io.files import MAX_BYTES, document_from_bytes, load_document, read_limited
from factcheck.io.formats import FORMATS, InputFormat
from factcheck.io.paths import Excludes, expand_paths
from factcheck.io.prose import PROSE_MEDIA_TYPES, body_start, prepare_prose

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "PROSE_MEDIA_TYPES",
    "Excludes",
    "InputFormat",
    "body_start",
    "document_from_bytes",
    "expand_paths",
    "load_article",
    "load_document",
    "prepare_prose",
    "prose_reader",
    "read_article",
    "read_limited",
]
