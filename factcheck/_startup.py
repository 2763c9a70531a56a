"""The ``factcheck`` command's entry point: what a fresh process does before importing the rest.

Most of a cold ``factcheck check one.txt`` is importing (pydantic, factcheck's models, the
reader, the rules), not checking. Two things make the imports cheaper without changing what
they make:

- the methods of dataclasses are compiled once and kept (:mod:`factcheck.dataclass_code`);
- the garbage collector is off while the modules are imported: importing makes hundreds of
  thousands of objects and no garbage worth a collection (~7 ms of the command went to
  collections there).

The command does both for its whole start (:func:`run`) and then freezes what it imported, so
that later collections skip it; the pytest plugin does both only while ``--factcheck`` imports
the engine and the reader (:func:`importing`), and leaves the test process as it found it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from factcheck import dataclass_code

COMMAND_GC_THRESHOLD = (50_000, 20, 20)
"""The collector's thresholds in the command's process (``gc.set_threshold``).

A run over a folder makes millions of small objects that live to its end (a stub per file,
findings, articles read), and the official results it loads live as long: collecting the
young ones every 700 allocations walked them again and again, ~5% of a 100,000-file duplicate
run, and each full collection walks them all (in-process, with Python's defaults, collections
were a tenth of reading results copy and a third of checking it: docs/benchmarks.md). Cycles
are rare here."""


@contextmanager
def importing(*, keep_code: bool = False) -> Iterator[None]:
    """Import with stored dataclass code and the collector off; both as they were after.

    ``keep_code`` leaves the stored code in use after the block (for factcheck's own process,
    which imports more modules as it goes).
    """
    installed = dataclass_code.installed()
    dataclass_code.install()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        if not (keep_code or installed):
            dataclass_code.uninstall()


def run() -> None:
    """Import the command as :func:`importing` says, then run it (:func:`factcheck.cli.entry`)."""
    with importing(keep_code=True):
        from factcheck.cli import entry

        # What the command imported stays to the end: later collections need not walk it.
        gc.freeze()
    entry()
