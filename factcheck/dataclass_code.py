"""The methods ``dataclasses`` writes, kept compiled between runs, as Python keeps bytecode.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__`` (and
for a frozen class ``__setattr__``, ``__delattr__``, ``__hash__``) and compiles it with
``exec``: about 0.4 ms a class, nine tenths of it compiling. A cold ``factcheck check`` defines
some ninety dataclasses (its own and its libraries'), ~35 ms of the run. :func:`install`, which
the ``factcheck`` command calls before importing the rest (:mod:`factcheck._startup`), has
``dataclasses`` compile each source text once and keep the code object in a file beside the
package's bytecode (``__pycache__/dataclass_code.<interpreter>.marshal``); later runs read it.

``typing`` compiles every string annotation it is asked to evaluate (a ``ForwardRef``, which
pydantic makes for each field of a module with ``from __future__ import annotations``): over
900 compiles of some 260 texts in a cold check. :func:`install` has those kept too, in the same
file.

The result is the class ``dataclasses`` makes: the same source text, compiled as ``exec``
compiles it (file name ``<string>``, no ``__future__`` flags inherited), executed in the same
namespaces. Only the compiling is skipped. The file is used only by the interpreter build that
wrote it, any error reading it counts as no file, and like bytecode nothing is written under
``PYTHONDONTWRITEBYTECODE`` or where the folder is not writable. The library never calls
``install``: the command does, and the pytest plugin while ``--factcheck`` imports the engine.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import marshal
import os
import sys
import typing
from pathlib import Path
from types import CodeType
from typing import Any

_BUILD = (sys.version, sys.implementation.cache_tag)
_exec = builtins.exec
_compile = builtins.compile


def cache_path() -> Path:
    """Where this interpreter keeps the compiled methods."""
    tag = sys.implementation.cache_tag or "nocache"
    return Path(__file__).parent / "__pycache__" / f"dataclass_code.{tag}.marshal"


def load(path: Path) -> dict[str, CodeType]:
    """The code stored at ``path`` by this interpreter build, by source text; none if unusable."""
    try:
        build, entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if build != _BUILD or not isinstance(entries, dict):
        return {}
    return entries


def save(path: Path, entries: dict[str, CodeType]) -> None:
    """Write ``entries`` to ``path`` atomically; a folder that cannot be written is left alone."""
    try:
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps((_BUILD, entries)))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


_EVAL = "\0eval\n"
"""Before the text of an expression ``typing`` compiles, in the store's keys (no method's
source starts with a NUL)."""


def compiled(source: str) -> CodeType:
    """``source`` compiled as ``exec(source)`` compiles it when ``dataclasses`` calls it (or,
    after :data:`_EVAL`, as ``typing.ForwardRef`` compiles an annotation)."""
    # dont_inherit: this module's `from __future__ import annotations` must not turn the
    # generated methods' annotations into strings (dataclasses.py and typing.py have no such
    # import).
    if source.startswith(_EVAL):
        return compile(source[len(_EVAL) :], "<string>", "eval", dont_inherit=True)
    return compile(source, "<string>", "exec", dont_inherit=True)


class _Store:
    """The code read at first use, and what this process compiled that was not stored."""

    def __init__(self) -> None:
        self.entries: dict[str, CodeType] | None = None
        self.new: dict[str, CodeType] = {}

    def code(self, source: str) -> CodeType:
        if self.entries is None:
            self.entries = load(cache_path())
        found = self.entries.get(source)
        if found is not None:
            return found
        if not self.new and not sys.dont_write_bytecode:
            atexit.register(self.flush)
        found = self.entries[source] = self.new[source] = compiled(source)
        return found

    def flush(self) -> None:
        """Store the code compiled in this process that was not stored yet."""
        entries = load(path := cache_path())  # another process may have written meanwhile
        entries.update(self.new)
        self.new.clear()
        save(path, entries)


_STORE = _Store()


def _stored_exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> None:
    if type(source) is str:
        source = _STORE.code(source)
    _exec(source, globals, locals)


def _stored_compile(source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
    # Only the call ForwardRef makes: an expression, no flags (typing.py has no __future__
    # import to inherit); anything else is the builtin's.
    plain = not args and not kwargs and filename == "<string>" and mode == "eval"
    if plain and type(source) is str:
        return _STORE.code(_EVAL + source)
    return _compile(source, filename, mode, *args, **kwargs)


def install() -> None:
    """Have ``dataclasses`` compile each method's source once, for this process and later runs,
    and ``typing`` each annotation it evaluates.

    Both call ``exec`` and ``compile`` by their plain names: a module attribute of that name is
    found before the builtin. Doing it twice is doing it once.
    """
    setattr(dataclasses, "exec", _stored_exec)  # noqa: B010 - mypy knows no such attribute
    setattr(typing, "compile", _stored_compile)  # noqa: B010


def installed() -> bool:
    """Whether :func:`install` is in effect."""
    return getattr(dataclasses, "exec", None) is _stored_exec


def uninstall() -> None:
    """Let ``dataclasses`` compile with the builtin ``exec`` again."""
    if installed():
        delattr(dataclasses, "exec")
    if getattr(typing, "compile", None) is _stored_compile:
        delattr(typing, "compile")
