"""The ``factcheck`` command's entry point: what a fresh process does before importing the rest.

Most of a cold ``factcheck check one.txt`` is importing (pydantic, factcheck's models, the
reader, the rules), not checking. Two things make the imports cheaper without changing what
they make, and both belong to a process that is factcheck's own, never to the library:

- the methods of dataclasses are compiled once and kept (:mod:`factcheck.dataclass_code`);
- the garbage collector is off while the command's modules are imported: importing makes
  hundreds of thousands of objects and no garbage worth a collection (~7 ms of the run went
  to collections there). The objects are then frozen, so later collections skip them, and
  collecting goes on as usual for the run itself.
"""

from __future__ import annotations

import gc


def run() -> None:
    """Import the command with the collector off, then run it (:func:`factcheck.cli.entry`)."""
    from factcheck import dataclass_code

    dataclass_code.install()
    enabled = gc.isenabled()
    gc.disable()
    try:
        from factcheck.cli import entry
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
    entry()
