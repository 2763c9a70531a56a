"""Turn paths and documents into Articles: the first arrow of the pipeline."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from factcheck.documents import InputFileError, load_document
from factcheck.models import Article, Document
from factcheck.results_file import read_results

SUPPORTED_SUFFIXES = (".json",)
"""File types a directory is searched for."""


def read_article(doc: Document) -> Article:
    """Read a loaded document into an Article, by its media type."""
    if doc.media_type == "application/json":
        return read_results(doc)
    raise InputFileError(
        doc.path,
        "prose articles (.txt, .md) cannot be read yet; give a results file (.json) "
        "in the format `factcheck schema` prints",
    )


def load_article(path: str | os.PathLike[str]) -> Article:
    """Load and read one file."""
    return read_article(load_document(path))


def expand_paths(paths: list[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named directly, and the supported files inside named directories, sorted."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            yield p
