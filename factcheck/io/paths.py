"""Which files a run reads: files named, files found in folders, and the excludes.

Exclude patterns follow ``.gitignore`` exactly (read by :mod:`pathspec`, as black and hatch
read them): ``doc/*.txt`` matches ``doc/x.txt`` but not ``doc/sub/x.txt``, a pattern without
a slash matches a name at any depth, a trailing slash matches folders only, ``**`` matches any
number of folders, and ``!`` re-includes what an earlier pattern excluded, but never a file
inside an excluded folder (git does not look inside one). Patterns are relative to ``root``:
the folder of the configuration file that sets them (the current folder when none does).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import ConfigError, InputFileError
from factcheck.io.formats import searched_suffixes

if TYPE_CHECKING:
    import pathspec

MAX_FOLDER_DEPTH = 64
"""Folders nested deeper than this below a named folder are refused, not searched."""


class Excludes:
    """Compiled exclude patterns, matched relative to a root folder."""

    def __init__(self, patterns: Sequence[str], root: str | os.PathLike[str] | None = None):
        self.patterns = tuple(patterns)
        self.root = Path(root if root is not None else Path.cwd()).absolute()
        self._spec: pathspec.GitIgnoreSpec | None = None
        if not self.patterns:
            return  # most runs: pathspec (and what it imports) is not loaded
        import pathspec

        try:
            self._spec = pathspec.GitIgnoreSpec.from_lines(self.patterns)
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"exclude: {exc}") from None

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def _relative(self, path: Path) -> tuple[str, ...] | None:
        try:
            return path.absolute().relative_to(self.root).parts
        except ValueError:
            return None  # outside the root: no pattern is about it

    def inside(self, folder: Path) -> Excludes:
        """These patterns for a search of ``folder``: relative to the root when the folder is
        inside it, else relative to the folder itself."""
        if self._relative(folder) is not None:
            return self
        return Excludes(self.patterns, folder)

    def _match(self, parts: tuple[str, ...] | None, folder: bool) -> bool:
        if not parts or self._spec is None:
            return False
        return self._spec.match_file("/".join(parts) + ("/" if folder else ""))

    def matches(self, path: Path, *, folder: bool = False) -> bool:
        """Whether a pattern matches this file (or folder) itself, whatever is above it."""
        return bool(self.patterns) and self._match(self._relative(path), folder)

    def excludes(self, path: Path, *, folder: bool = False) -> bool:
        """Whether a file (or folder) is excluded: by a pattern for it, or for a folder above
        it, as git sees it."""
        parts = self._relative(path)
        if not self.patterns or not parts:
            return False
        above = any(self._match(parts[:n], True) for n in range(1, len(parts)))
        return above or self._match(parts, folder)


def excluded(rel: os.PathLike[str] | str, patterns: Sequence[str]) -> bool:
    """Whether a relative path matches .gitignore-style ``patterns`` (see :class:`Excludes`)."""
    return Excludes(patterns, root="/").excludes(Path("/") / rel)


def _search(folder: Path, excludes: Excludes) -> list[str]:
    """The files of the searched formats inside a folder, as paths in strings (a folder may
    hold 100,000 files: a Path is made for each only when patterns must match it).

    A loop over a stack, not recursion, so a deep tree cannot raise RecursionError; folders
    reached through symbolic links are not entered, so a link loop cannot go round forever.
    """
    suffixes = searched_suffixes()
    found: list[str] = []
    stack: list[tuple[str, int]] = [(os.fspath(folder), 0)]
    while stack:
        here, depth = stack.pop()
        if depth > MAX_FOLDER_DEPTH:
            raise InputFileError(
                here,
                f"is nested more than {MAX_FOLDER_DEPTH} folders deep below {folder}; "
                "name a folder nearer the files",
            )
        try:
            with os.scandir(here) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                is_file = not is_dir and entry.is_file()
            except OSError:
                continue
            if is_dir:
                if not (excludes and excludes.matches(Path(entry.path), folder=True)):
                    stack.append((entry.path, depth + 1))
            elif (
                is_file
                # The suffix as splitext gives it (a name here never starts with a dot).
                and (name[name.rfind(".") :].lower() if "." in name else "") in suffixes
                and not (excludes and excludes.matches(Path(entry.path)))
            ):
                found.append(entry.path)
    # Sorted as paths sort (part by part), by a key: comparing Path objects is slow.
    return sorted(found, key=_sort_key)


def _sort_key(path: str) -> Any:
    return path.split(os.sep) if os.altsep is None else Path(path).parts


def file_identity(path: str | os.PathLike[str]) -> object:
    """What makes two names the same file: its device and inode, or its resolved path."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return os.path.abspath(path)
    return (st.st_dev, st.st_ino) if st.st_ino else str(Path(path).resolve())


def expand_names(
    paths: Sequence[str | os.PathLike[str]],
    exclude: Sequence[str] | Excludes = (),
    *,
    force_exclude: bool = False,
    seen: set[object] | None = None,
) -> Iterator[str]:
    """:func:`expand_paths`, the files given as strings (as ``os.fspath`` of the Paths)."""
    excludes = exclude if isinstance(exclude, Excludes) else Excludes(exclude)
    seen = set() if seen is None else seen
    for raw in paths:
        p = Path(raw)
        is_dir = p.is_dir()
        if force_exclude and excludes.excludes(p, folder=is_dir):
            continue
        # Inside a folder, folders and files are matched one level at a time as the search goes
        # down, so the folder named is searched even if a pattern names it.
        candidates = _search(p, excludes.inside(p)) if is_dir else [os.fspath(p)]
        for found in candidates:
            key = file_identity(found)
            if key in seen:
                continue
            seen.add(key)
            yield found


def expand_paths(
    paths: Sequence[str | os.PathLike[str]],
    exclude: Sequence[str] | Excludes = (),
    *,
    force_exclude: bool = False,
    seen: set[object] | None = None,
) -> Iterator[Path]:
    """Files named directly, and the files of searched formats inside named folders.

    Inside a folder, files and folders whose names start with a dot are skipped, and so are
    those ``exclude`` matches (patterns, or :class:`Excludes` with their root). A file named
    directly is always read, unless ``force_exclude`` is set (as pre-commit, which names every
    file, needs). A file reached twice (named twice, or named and inside a named folder) is
    given once; pass ``seen`` to carry that across calls.
    """
    for name in expand_names(paths, exclude, force_exclude=force_exclude, seen=seen):
        yield Path(name)
