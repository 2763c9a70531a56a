"""Documents to Articles: the first arrow of the pipeline, by each format's reader."""

from __future__ import annotations

import importlib
import os
from typing import Protocol, cast

from factcheck.errors import InputFileError
from factcheck.io.files import load_document
from factcheck.io.formats import InputFormat, for_media_type
from factcheck.io.prose import prepare_prose
from factcheck.models import Article, Document
from factcheck.packs import Pack

_READER_MODULE = "factcheck.extract.reader"


class ProseReader(Protocol):
    """The prose reader's signature (:func:`factcheck.extract.reader.read_prose`)."""

    def __call__(
        self, doc: Document, pack: Pack | None = None, *, election: str | None = None
    ) -> Article: ...


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


def read_prose_document(
    doc: Document, pack: Pack | None = None, election: str | None = None
) -> Article:
    """Read an article's text (prepared here if it was not) with the prose reader;
    ``election`` is the run's, the story's own when its front matter names none."""
    doc = prepare_prose(doc)
    read_prose = prose_reader()
    if read_prose is None:
        raise InputFileError(
            doc.path,
            "prose articles (.txt, .md) cannot be read yet; give a results file (.json) "
            "in the format `factcheck schema` prints",
        )
    if election is None:
        # The call as it was before runs had an election to give: a stand-in reader (a
        # test's, a fork's) written for it still reads every story a run does not date.
        return read_prose(doc, pack)
    return read_prose(doc, pack, election=election)


def read_article(doc: Document, pack: Pack | None = None, election: str | None = None) -> Article:
    """Read a loaded document into an Article, by the reader of its media type.

    ``pack`` supplies the hedge words figures are read with (default: the built-in packs).
    ``election`` is the run's (``--election``, ``check(election=...)`` or the configured
    one): a story whose front matter names no election is read as that election's, so
    "in the 2019 election" dates a figure to this election under ``uk-ge-2019``.
    """
    fmt = for_media_type(doc.media_type)
    if fmt is None:
        raise InputFileError(
            doc.path,
            f"has media type {doc.media_type!r}, which factcheck cannot read; give a results file "
            "(.json) or an article (.txt, .md, .html)",
        )
    return fmt.read(doc, pack, election)


def load_article(
    path: str | os.PathLike[str],
    pack: Pack | None = None,
    input_format: InputFormat | str | None = None,
    election: str | None = None,
) -> Article:
    """Load and read one file (as ``input_format`` when given, else by its suffix), for the
    run's ``election`` (see :func:`read_article`)."""
    return read_article(load_document(path, input_format), pack, election)
