"""The installed distributions' entry points, found without importing ``importlib.metadata``.

Importing ``importlib.metadata`` (``email``, ``zipfile``, ``csv``, ``importlib.abc`` ...) is
about 94 M instructions, a fifth of a cold ``factcheck check``'s floor, and the rule registry
only needs one group's entry points. :func:`entry_points` finds them as ``importlib.metadata``
does for the usual layout — ``*.dist-info`` and ``*.egg-info`` folders in the folders of
``sys.path``, the first distribution of a name winning, ``entry_points.txt`` read as it reads
it — and hands any other layout (a zip or an egg on ``sys.path``, a finder on
``sys.meta_path`` that finds distributions of its own) to ``importlib.metadata``. Tests
compare the two on every group of the running environment and on made-up layouts.
"""

from __future__ import annotations

import os
import re
import sys
from functools import reduce
from importlib import import_module
from typing import NamedTuple

_VALUE = r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$"
"""``importlib.metadata.EntryPoint.pattern`` (compiled when an entry point is loaded)."""


class EntryPoint(NamedTuple):
    """An entry point: ``name = value`` under ``[group]`` in a distribution's metadata."""

    name: str
    value: str
    group: str

    def load(self) -> object:
        """The object the value names (a module, or an attribute of one), imported."""
        match = re.match(_VALUE, self.value)
        if match is None:
            raise ValueError(f"entry point {self.name!r}: not a module or attribute: {self.value}")
        attrs = filter(None, (match.group("attr") or "").split("."))
        return reduce(getattr, attrs, import_module(match.group("module")))


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _metadata_dirs() -> list[str] | None:
    """The metadata folders of the distributions on ``sys.path``, the first of each name
    only, in ``importlib.metadata``'s order; None for a layout it should read itself."""
    from importlib.machinery import PathFinder

    if any(
        getattr(f, "find_distributions", None) is not None and f is not PathFinder
        for f in sys.meta_path
    ):
        return None
    seen: set[str] = set()
    out: list[str] = []
    for root in sys.path:
        try:
            children = os.listdir(root or ".")
        except OSError:
            if os.path.exists(root or "."):
                return None  # a zip file: importlib.metadata reads its names
            continue
        if os.path.basename(root).lower().endswith(".egg"):
            return None
        # Grouped by name in first-seen order, as importlib.metadata's Lookup holds them.
        by_name: dict[str, list[str]] = {}
        for child in children:
            low = child.lower()
            if low.endswith((".dist-info", ".egg-info")):
                name = low.rpartition(".")[0].partition("-")[0]
                by_name.setdefault(_normalized(name), []).append(child)
        for name, found in by_name.items():
            for child in found:
                if name not in seen:
                    seen.add(name)
                    out.append(os.path.join(root, child))
    return out


_Group = list[EntryPoint] | ValueError
"""A group's entry points, or the mistake that makes them unreadable."""


def _groups(text: str) -> dict[str, _Group]:
    """The entry points of an ``entry_points.txt`` by group, as importlib.metadata reads it
    (lines stripped, ``#`` comments and blank lines skipped, ``name = value`` pairs). A line
    without ``=`` makes its group an error, and only its group: reading another group's entry
    points does not fail on it."""
    out: dict[str, _Group] = {}
    section: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        if section is None:
            continue
        found = out.setdefault(section, [])
        if isinstance(found, ValueError):
            continue
        name, eq, value = line.partition("=")
        if not eq:
            out[section] = ValueError(f"not an entry point (no '='): {line!r}")
            continue
        found.append(EntryPoint(name.strip(), value.strip(), section))
    return out


def _parsed(text: str, group: str) -> list[EntryPoint]:
    """The entry points of ``group`` in an ``entry_points.txt`` (see :func:`_groups`)."""
    found = _groups(text).get(group, [])
    if isinstance(found, ValueError):
        raise found
    return found


_SCANS: dict[tuple[object, ...], dict[str, _Group] | None] = {}
"""Every group's entry points by the layout they were read from (see :func:`_layout`)."""


def _layout() -> tuple[object, ...]:
    """What the entry points found depend on: the folders of ``sys.path`` with the time each
    last changed (a distribution installed or removed adds or removes a folder in it, as
    importlib.metadata's own cache of folder listings assumes) and the finders."""
    stamps: list[object] = []
    for root in sys.path:
        try:
            stamps.append((root, os.stat(root or ".").st_mtime_ns))
        except (OSError, ValueError):
            stamps.append((root, None))
    return (*stamps, *map(id, sys.meta_path))


def _scan() -> dict[str, _Group] | None:
    """Every group's entry points of the distributions on ``sys.path``, read once for each
    layout (the command asks for two groups: pydantic's plugins, factcheck's rules); None
    for a layout importlib.metadata should read."""
    key = _layout()
    if key in _SCANS:
        return _SCANS[key]
    dirs = _metadata_dirs()
    found: dict[str, _Group] | None = None
    if dirs is not None:
        found = {}
        for folder in dirs:
            try:
                with open(os.path.join(folder, "entry_points.txt"), encoding="utf-8") as f:
                    text = f.read()
            except OSError:  # no entry points (or an .egg-info file, not a folder)
                continue
            for group, points in _groups(text).items():
                have = found.setdefault(group, [])
                if isinstance(points, ValueError):
                    found[group] = points
                elif not isinstance(have, ValueError):
                    have.extend(points)
    _SCANS.clear()  # only the latest layout is asked for again
    _SCANS[key] = found
    return found


def entry_points(group: str) -> list[EntryPoint]:
    """Every installed distribution's entry points in ``group``, in ``importlib.metadata``'s
    order."""
    found = _scan()
    if found is None:
        from importlib.metadata import entry_points as standard

        return [EntryPoint(ep.name, ep.value, ep.group) for ep in standard(group=group)]
    points = found.get(group, [])
    if isinstance(points, ValueError):
        raise points
    return list(points)
