"""``re``, with the compiled form of each pattern kept between runs, as Python keeps bytecode.

The reader compiles some 230 patterns, and compiling them is about 45 ms of the 150 ms that
checking one article may take from a cold start (``re`` parses and compiles in Python). The
modules that compile many patterns import this module in place of ``re``::

    from factcheck import compiled_re as re

and ``re.compile`` then looks each pattern up in a file beside the package's bytecode
(``__pycache__/compiled_re.<interpreter>.marshal``) and builds it from the stored program
with ``_sre.compile``, which is what ``re.compile`` itself ends with. Everything else is
``re``'s own.

Why it is safe to rely on ``re``'s internals here: an entry is stored only after the pattern
rebuilt from it has compared equal to ``re.compile``'s (``Pattern`` equality compares the
compiled program), the file is used only by the exact interpreter build that wrote it, and any
error while reading or writing falls back to ``re.compile``. New patterns are stored when the
process exits; like bytecode, nothing is written under ``PYTHONDONTWRITEBYTECODE`` or where
the folder is not writable.

The file does not grow without bound: patterns built from data (a pack's names, a corpus's
boilerplate) differ from one configuration to the next, and the reader's own change with
every release installed over a working copy. A process that stores its new patterns keeps the
ones it used, and at most as many others again, the ones most recently kept first.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # no stubs: re's engine
import atexit
import marshal
import os
import sys
from pathlib import Path
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
    subn,
)
from re import compile as _re_compile

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "VERBOSE",
    "A",
    "I",
    "M",
    "Match",
    "Pattern",
    "RegexFlag",
    "S",
    "X",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
]

# What the stored programs depend on: the interpreter build and the regular-expression engine.
_BUILD = (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT)

# (pattern, flags) -> the arguments of _sre.compile after the pattern: flags (with the inline
# ones), program, number of groups, group index, index group.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_path() -> Path:
    """Where this interpreter keeps the compiled patterns."""
    tag = sys.implementation.cache_tag or "nocache"
    return Path(__file__).parent / "__pycache__" / f"compiled_re.{tag}.marshal"


def load(path: Path) -> dict[tuple[str, int], Entry]:
    """The entries stored at ``path`` by this interpreter build; none if absent or unusable."""
    try:
        build, entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if build == _BUILD and isinstance(entries, dict) else {}


def program(pattern: str, flags: int) -> Entry | None:
    """The stored form of ``pattern``, if rebuilding from it gives ``re.compile``'s pattern."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry: Entry = (
            int(flags | parsed.state.flags),
            code,
            int(parsed.state.groups - 1),
            groupindex,
            tuple(indexgroup),
        )
        if _build(pattern, entry) != _re_compile(pattern, flags):
            return None
    except Exception:  # - another interpreter's internals: then no cache
        return None
    return entry


def _build(pattern: str, entry: Entry) -> Pattern[str]:
    built: Pattern[str] = _sre.compile(pattern, *entry)
    return built


def save(path: Path, entries: dict[tuple[str, int], Entry]) -> None:
    """Write ``entries`` to ``path`` atomically; a folder that cannot be written is left alone."""
    try:
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps((_BUILD, entries)))
        os.replace(tmp, path)
    except OSError:
        pass


class _Store:
    """The entries read at first use, and the patterns this process compiled that were not."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, int], Entry] | None = None
        self.missed: set[tuple[str, int]] = set()
        self.used: set[tuple[str, int]] = set()

    def compile(self, pattern: str, flags: int) -> Pattern[str]:
        if self.entries is None:
            self.entries = load(cache_path())
        entry = self.entries.get((pattern, flags))
        if entry is not None:
            try:
                built = _build(pattern, entry)
            except Exception:  # - then as if it were not stored
                del self.entries[pattern, flags]
            else:
                self.used.add((pattern, flags))
                return built
        if not self.missed and not sys.dont_write_bytecode:
            atexit.register(self.flush)
        self.missed.add((pattern, flags))
        return _re_compile(pattern, flags)

    def flush(self) -> None:
        """Store the patterns compiled in this process that were not stored yet, beside the
        stored ones it used and at most as many others (see the module's docstring)."""
        stored = load(path := cache_path())  # another process may have written meanwhile
        kept: dict[tuple[str, int], Entry] = {}
        for key in sorted(self.missed):
            entry = program(*key)
            if entry is not None:
                kept[key] = entry
        kept.update((key, stored[key]) for key in self.used if key in stored)
        spare = len(kept)
        for key, entry in stored.items():  # in the order written: the most recently kept first
            if spare <= 0:
                break
            if key not in kept:
                kept[key] = entry
                spare -= 1
        self.missed.clear()
        save(path, kept)


_STORE = _Store()


def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    """``re.compile``, building a pattern from its stored program when this build stored it."""
    if type(pattern) is not str:
        return _re_compile(pattern, flags)
    return _STORE.compile(pattern, int(flags))
