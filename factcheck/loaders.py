"""Turn paths and documents into Articles: the first arrow of the pipeline."""

from __future__ import annotations

import fnmatch
import importlib
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import cast

from factcheck.documents import PROSE_MEDIA_TYPES, InputFileError, load_document, prepare_prose
from factcheck.models import Article, Document
from factcheck.packs import Pack
from factcheck.results_file import read_results

SUPPORTED_SUFFIXES = (".json", ".txt", ".md", ".markdown")
"""File types a directory is searched for.

HTML is read when a file is named directly, but a folder is not searched for it: a folder of
results and articles often holds HTML that is no article (a saved report, a site's templates).
"""

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


def read_article(doc: Document, pack: Pack | None = None) -> Article:
    """Read a loaded document into an Article, by its media type.

    ``pack`` supplies the hedge words figures are read with (default: the built-in packs).
    """
    if doc.media_type == "application/json":
        return read_results(doc, pack=pack)
    if doc.media_type in PROSE_MEDIA_TYPES:
        doc = prepare_prose(doc)
        read_prose = prose_reader()
        if read_prose is None:
            raise InputFileError(
                doc.path,
                "prose articles (.txt, .md) cannot be read yet; give a results file (.json) "
                "in the format `factcheck schema` prints",
            )
        return read_prose(doc, pack)
    raise InputFileError(
        doc.path,
        f"has media type {doc.media_type!r}, which factcheck cannot read; give a results file "
        "(.json) or an article (.txt, .md, .html)",
    )


def load_article(path: str | os.PathLike[str], pack: Pack | None = None) -> Article:
    """Load and read one file."""
    return read_article(load_document(path), pack)


def excluded(rel: PurePosixPath, patterns: Sequence[str]) -> bool:
    """Whether a path relative to a searched folder matches a .gitignore-style pattern.

    A pattern without a slash (``*.bak.txt``, ``drafts``) matches a file or folder name at
    any depth; one with a slash (``archive/2015/*``) matches from the searched folder; a
    trailing slash (``drafts/``) matches folders only; ``**`` matches any number of folders.
    A ``!`` pattern re-includes what an earlier one excluded.
    """
    result = False
    parts = rel.parts
    for raw in patterns:
        negate = raw.startswith("!")
        pattern = raw[1:] if negate else raw
        dir_only = pattern.endswith("/")
        pattern = pattern.strip("/")
        # The file itself, or any folder above it, may match (a folder excludes its files).
        candidates = range(1, len(parts)) if dir_only else range(1, len(parts) + 1)
        hit = False
        for n in candidates:
            if "/" in pattern:
                sub = "/".join(parts[:n])
                hit = fnmatch.fnmatchcase(sub, pattern) or (
                    pattern.startswith("**/") and fnmatch.fnmatchcase(sub, pattern[3:])
                )
            else:
                hit = fnmatch.fnmatchcase(parts[n - 1], pattern)
            if hit:
                break
        if hit:
            result = not negate
    return result


def expand_paths(
    paths: Sequence[str | os.PathLike[str]], exclude: Sequence[str] = ()
) -> Iterator[Path]:
    """Files named directly, and the supported files inside named directories, sorted.

    Files and folders whose names start with a dot are skipped inside a directory, and so
    are those matching an ``exclude`` pattern (see :func:`excluded`); a file named directly
    is always read.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from sorted(
                f
                for f, rel in _walk(p)
                if f.suffix.lower() in SUPPORTED_SUFFIXES
                and not (exclude and excluded(PurePosixPath(*rel), exclude))
            )
        else:
            yield p


MAX_FOLDER_DEPTH = 64
"""Folders nested deeper than this below a named folder are refused, not searched."""


def _walk(top: Path) -> Iterator[tuple[Path, tuple[str, ...]]]:
    """Every file under ``top`` with its path parts relative to it, dot-names skipped.

    A loop over a stack, not recursion, so a deep tree cannot raise RecursionError; folders
    reached through symbolic links are not entered, so a link loop cannot go round forever.
    """
    stack: list[tuple[Path, tuple[str, ...]]] = [(top, ())]
    while stack:
        folder, rel = stack.pop()
        if len(rel) > MAX_FOLDER_DEPTH:
            raise InputFileError(
                str(folder),
                f"is nested more than {MAX_FOLDER_DEPTH} folders deep below {top}; "
                "name a folder nearer the files",
            )
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            parts = (*rel, entry.name)
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((Path(entry.path), parts))
                elif entry.is_file():
                    yield Path(entry.path), parts
            except OSError:
                continue
