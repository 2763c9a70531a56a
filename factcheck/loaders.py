"""The old home of article loading, kept so existing imports work: see :mod:`factcheck.io`."""

from factcheck.io.articles import load_article, prose_reader, read_article
from factcheck.io.formats import searched_suffixes
from factcheck.io.paths import MAX_FOLDER_DEPTH, excluded, expand_paths

SUPPORTED_SUFFIXES = searched_suffixes()
"""File types a directory is searched for (see :mod:`factcheck.io.formats`)."""

__all__ = [
    "MAX_FOLDER_DEPTH",
    "SUPPORTED_SUFFIXES",
    "excluded",
    "expand_paths",
    "load_article",
    "prose_reader",
    "read_article",
]
