"""TOML settings files (configuration, rule packs): read safely, and where each key is.

Settings are read from regular files of at most :data:`MAX_SETTINGS_BYTES`: a FIFO would
block forever and ``/dev/zero`` would never end.

tomllib gives no positions, so configuration and pack errors find a key's line by reading
table headers and ``key =`` lines. Scanning the text once per problem would make a file with
a million unknown keys take a million scans; :class:`KeyLines` is built in one pass and
answers each question in time proportional to the key's depth.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable

MAX_SETTINGS_BYTES = 1024 * 1024
"""The largest configuration or pack file read: far beyond any real one."""

MAX_PROBLEMS = 20
"""At most this many problems are listed for one settings file; the rest are counted."""


def read_settings_text(path: str | os.PathLike[str]) -> str:
    """The UTF-8 text of a settings file. Raises OSError or UnicodeDecodeError, or
    ValueError for what is not a regular file or is over the size limit."""
    # Opened without blocking, so a FIFO is refused rather than waited on for a writer.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError("not a regular file (a FIFO, a device or a socket); give a file")
        data = f.read(MAX_SETTINGS_BYTES + 1)
    if len(data) > MAX_SETTINGS_BYTES:
        raise ValueError(f"over the {MAX_SETTINGS_BYTES:,}-byte limit for a settings file")
    return data.decode("utf-8")


def capped(problems: list[str], unwritten: int = 0) -> list[str]:
    """The first :data:`MAX_PROBLEMS` problems, and a count of the rest (``unwritten`` more
    were found but never written out)."""
    rest = len(problems) - MAX_PROBLEMS + unwritten
    if rest <= 0:
        return problems
    return [*problems[:MAX_PROBLEMS], f"... and {rest:,} more problems"]


KeyPath = tuple[str, ...]


class KeyLines:
    """The first line that spells out each key path (or a table inside it).

    Built from ``(line number, full key path)`` pairs in file order: a table header gives
    the table's path, a ``key =`` line the table's path plus the key.
    """

    def __init__(self, entries: Iterable[tuple[int, KeyPath]]) -> None:
        self._exact: dict[KeyPath, int] = {}
        self._within: dict[KeyPath, int] = {}
        for line, full in entries:
            self._exact.setdefault(full, line)
            for n in range(1, len(full) + 1):
                self._within.setdefault(full[:n], line)

    def line(self, target: KeyPath) -> int | None:
        """The line that spells out the longest part of ``target``, the first such line.

        A line counts when it sets ``target`` or a key inside it (a header such as
        ``[tool.factcheck]`` for the key ``tool``), else when it sets a table on the way to
        it: for ``severity.NUM``, the ``NUM = ...`` line under ``[tool.factcheck.severity]``,
        or the ``severity = {...}`` line when the table is written inline.
        """
        if not target:
            return None
        if target in self._within:
            return self._within[target]
        for n in range(len(target) - 1, 0, -1):
            if target[:n] in self._exact:
                return self._exact[target[:n]]
        return None
