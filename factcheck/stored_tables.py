"""Tables computed from bundled data, kept between runs beside the bytecode.

Some lookup tables are the same in every run until the data or the code that builds them
changes: the constituency matcher's spellings of the 650 seats, say (about 9 ms of a cold
``factcheck check``, building them with the name-folding functions). :func:`stored` keeps
what ``build`` made in ``__pycache__/tables.<interpreter>.<name>.marshal`` and gives it back
while the inputs are equal and the source files that build it are unchanged (their
modification times and sizes, as bytecode is checked), else builds it again and stores it.

The tables must be what ``marshal`` writes (dicts, lists, tuples, strings, numbers); any
error reading the file counts as no file, and like bytecode nothing is written under
``PYTHONDONTWRITEBYTECODE`` or where the folder is not writable.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

_BUILD = (sys.version, sys.implementation.cache_tag)


def cache_path(name: str) -> Path:
    """Where this interpreter keeps the tables called ``name``."""
    tag = sys.implementation.cache_tag or "nocache"
    return Path(__file__).parent / "__pycache__" / f"tables.{tag}.{name}.marshal"


def _sources_key(sources: Sequence[str]) -> tuple[tuple[str, int, int], ...] | None:
    out = []
    for path in sources:
        try:
            st = os.stat(path)
        except OSError:
            return None
        out.append((path, st.st_mtime_ns, st.st_size))
    return tuple(out)


def stored(
    name: str,
    inputs: Any,
    sources: Sequence[str],
    *,
    build: Callable[[], T],
    dump: Callable[[T], Any],
    load: Callable[[Any], T],
) -> T:
    """``build()``, or what it gave the last time for equal ``inputs`` while the files
    ``sources`` are unchanged: ``dump`` turns the result into tables for ``marshal``,
    ``load`` turns them back."""
    path = cache_path(name)
    key: Any = (_BUILD, inputs, _sources_key(sources))
    if key[2] is not None:
        try:
            got_key, tables = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
        else:
            if got_key == key:
                return load(tables)
    made = build()
    if key[2] is not None and not sys.dont_write_bytecode:
        try:
            data = marshal.dumps((key, dump(made)))
            path.parent.mkdir(exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except (OSError, ValueError):
            pass
    return made
