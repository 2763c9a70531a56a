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

The command also leaves without tearing the interpreter down (:func:`command`): freeing every
module and object one by one at exit was ~2% of a cold check, for memory the process's end
frees anyway.

The command also spares pydantic its plugin search when there is nothing to find
(:func:`no_pydantic_plugins`): pydantic looks for plugins with the first model class, and
importing ``importlib.metadata`` to do so was a tenth of the command's start.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import NoReturn

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


_LOADER = "pydantic.plugin._loader"
_real: dict[str, ModuleType] = {}


def _real_loader() -> ModuleType:
    """pydantic's own plugin loader, loaded beside the stand-in (not in ``sys.modules``)."""
    from importlib.machinery import PathFinder
    from importlib.util import module_from_spec

    import pydantic.plugin

    spec = PathFinder.find_spec(_LOADER, pydantic.plugin.__path__)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {_LOADER!r}", name=_LOADER)
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _no_plugins() -> tuple[()]:
    return ()


def _loader_attribute(name: str) -> object:
    # Any name but get_plugins (none that pydantic uses today) is the real loader's; the
    # import system's questions (``__path__``: is it a package?) are the stand-in's.
    if name.startswith("__"):
        raise AttributeError(name)
    real = _real.get(_LOADER)
    if real is None:
        real = _real[_LOADER] = _real_loader()
    return getattr(real, name)


def no_pydantic_plugins() -> bool:
    """When no installed distribution declares a pydantic plugin, put a stand-in for
    pydantic's plugin loader in ``sys.modules`` whose ``get_plugins()`` finds none — what
    pydantic's own would find, without importing ``importlib.metadata`` to look. Returns
    whether it did (not when pydantic's loader is already imported, or a plugin exists)."""
    if _LOADER in sys.modules:
        return False
    from factcheck.entry_points import entry_points

    if entry_points("pydantic"):
        return False
    stand_in = ModuleType(_LOADER, "pydantic's plugin loader when no plugin is installed")
    stand_in.PYDANTIC_ENTRY_POINT_GROUP = "pydantic"  # type: ignore[attr-defined]
    stand_in.get_plugins = _no_plugins  # type: ignore[attr-defined]
    stand_in.__getattr__ = _loader_attribute  # type: ignore[method-assign]
    sys.modules[_LOADER] = stand_in
    return True


def run() -> None:
    """Import the command as :func:`importing` says, then run it (:func:`factcheck.cli.entry`)."""
    with importing(keep_code=True):
        no_pydantic_plugins()
        from factcheck.cli import entry

        # What the command imported stays to the end: later collections need not walk it.
        gc.freeze()
    entry()


def command() -> NoReturn:
    """The ``factcheck`` command and ``python -m factcheck``: :func:`run`, then :func:`leave`."""
    try:
        run()
    except SystemExit as exc:
        code = exc.code
    else:
        code = 0
    leave(code)


def leave(code: str | int | None) -> NoReturn:
    """End the process with exit status ``code`` as ``sys.exit`` would, without the
    interpreter's teardown when nothing needs it.

    At exit the interpreter waits for threads, runs the ``atexit`` functions (the stored
    patterns and dataclass code are written there), flushes the standard streams, then frees
    every module and object, ~15 M instructions after checking one article. The first three
    are done here and the freeing is left to the operating system. A process with another
    thread still running, or an exit status that is not a number, exits the usual way.
    """
    import threading

    if not isinstance(code, int) or threading.active_count() > 1:
        sys.exit(code)
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said
            pass
    os._exit(code)
