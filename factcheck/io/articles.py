"""Documents to Articles: the first arrow of the pipeline, by each format's reader."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import cast

from factcheck.errors import InputFileError
from factcheck.io.files import load_document
from factcheck.io.formats import InputFormat, for_media_type
from factcheck.io.prose import prepare_prose
from factcheck.models import Article, Document
from factcheck.packs import Pack

_READER_MODULE = "factcheck.extract.reader"

ProseReader = Callable[[Document, Pack | None], Article]


def prose_reader() -> ProseReader | None:
    """The prose reader, ``factcheck.extract.reader.read_prose``, or None if not installed.

    Imported on first use, so checking a results file never pays for the reader. Only the
    reader's own absence means None: an import error inside it is a bug and is raised.
    """
    try:
        module = importlib.import_module(_READER_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name == _READER_MODULE:
            return None
        raise
    return cast(ProseReader, module.read_prose)


def read_prose_document(doc: Document, pack: Pack | None = None) -> Article:
    """Read an article's text (prepared here if it was not) with the prose reader."""
    doc = prepare_prose(doc)
    read_prose = prose_reader()
    if read_prose is None:
        raise InputFileError(
            doc.path,
            "prose articles (.txt, .md) cannot be read yet; give a results file (.json) "
            "in the format `factcheck schema` prints",
        )
    return read_prose(doc, pack)


def read_article(doc: Document, pack: Pack | None = None) -> Article:
    """Read a loaded document into an Article, by the reader of its media type.

    ``pack`` supplies the hedge words figures are read with (default: the built-in packs).
    """
    fmt = for_media_type(doc.media_type)
    if fmt is None:
        raise InputFileError(
            doc.path,
            f"has media type {doc.media_type!r}, which factcheck cannot read; give a results file "
            "(.json) or an article (.txt, .md, .html)",
        )
    return fmt.read(doc, pack)


def load_article(
    path: str | os.PathLike[str],
    pack: Pack | None = None,
    input_format: InputFormat | str | None = None,
) -> Article:
    """Load and read one file (as ``input_format`` when given, else by its suffix)."""
    return read_article(load_document(path, input_format), pack)
