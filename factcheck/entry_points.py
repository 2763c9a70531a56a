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


def _parsed(text: str, group: str) -> list[EntryPoint]:
    """The entry points of ``group`` in an ``entry_points.txt``, as importlib.metadata reads
    it (lines stripped, ``#`` comments and blank lines skipped, ``name = value`` pairs)."""
    out: list[EntryPoint] = []
    section: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        if section == group:
            name, value = line.split("=", 1)
            out.append(EntryPoint(name.strip(), value.strip(), group))
    return out


def entry_points(group: str) -> list[EntryPoint]:
    """Every installed distribution's entry points in ``group``, in ``importlib.metadata``'s
    order."""
    dirs = _metadata_dirs()
    if dirs is None:
        from importlib.metadata import entry_points as standard

        return [EntryPoint(ep.name, ep.value, ep.group) for ep in standard(group=group)]
    out: list[EntryPoint] = []
    for folder in dirs:
        try:
            with open(os.path.join(folder, "entry_points.txt"), encoding="utf-8") as f:
                text = f.read()
        except OSError:  # no entry points (or an .egg-info file, not a folder)
            continue
        out.extend(_parsed(text, group))
    return out
