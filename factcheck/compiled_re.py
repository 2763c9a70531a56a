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
compiled program; the lookahead below is put in front after that check), the file is used
only by the exact interpreter build that wrote it, and any error while reading or writing
falls back to ``re.compile``. New patterns are stored when the process exits; like bytecode,
nothing is written under ``PYTHONDONTWRITEBYTECODE`` or where the folder is not writable.

A pattern the engine would try at every place of the text (one opening with a word boundary
or with alternatives, not with one character or one class of them) is built knowing the
characters a match can open with, when they can be known (:func:`lead`): they go in the
program's information block, where ``re`` puts the class a pattern opens with, and the
search skips in a loop of its own to the next place holding one of them before it tries the
pattern (a lookahead of them leads the pattern where the block cannot take them). It
changes no match. Trying every alternative at every place was a tenth of the reading of
results copy; a lookahead of the first characters, tried at every place as one more step of
the pattern, still cost 6% of it more than the block (17.8 M instructions a story against
16.8 M, docs/benchmarks.md).

The file does not grow without bound: patterns built from data (a pack's names, a corpus's
boilerplate) differ from one configuration to the next, and the reader's own change with
every release installed over a working copy. A process that stores its new patterns keeps the
ones it used, and at most as many others again, the ones most recently kept first.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # no stubs: re's engine
import atexit
import functools
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
from typing import Any

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

# What the stored programs depend on: the interpreter build, the regular-expression engine,
# and how this module builds them (the last, so that programs stored before :func:`lead` are
# not used).
_BUILD = (
    sys.version,
    sys.implementation.cache_tag,
    _sre.MAGIC,
    _sre.CODESIZE,
    _sre.MAXREPEAT,
    "lead-4",
)

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


def program(pattern: str, flags: int, *, check: bool = True) -> Entry | None:
    """The stored form of ``pattern``: ``re.compile``'s program (with ``check``, checked by
    rebuilding the pattern from it), opened by a lookahead of its first characters when
    :func:`lead` finds one; None if the program cannot be had or checked."""
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
        if check and _build(pattern, entry) != _re_compile(pattern, flags):
            return None
        opening = lead(parsed, flags)
        if opening is not None:
            led = _led_by_info(code, opening, entry[0])
            if led is None and _opens_with_lookahead(parsed):
                return entry  # a second lookahead would only add a step at every place
            if led is None:
                parsed.data.insert(0, opening)
                led = [int(op) for op in _compiler._code(parsed, flags)]
            code = led
            entry = (entry[0], code, *entry[2:])
            _build(pattern, entry)  # the engine checks the program
    except Exception:  # - another interpreter's internals: then no cache
        return None
    return entry


def lead(parsed: Any, flags: int) -> tuple[Any, Any] | None:
    """A lookahead for the characters a match of ``parsed`` (``re._parser``'s form) can open
    with, to put before it; None when the engine already skips to them (the pattern opens
    with one character or class), when they cannot all be known (a category such as ``\\w``,
    a negated class, any character), when a match may be empty, or when it opens with ``^``
    (which the engine tries at the start alone).

    The lookahead is compiled with the pattern's own flags, so under ``IGNORECASE`` it folds
    case as the characters it lists do in the pattern, and a part ignoring case inside a
    pattern that does not (``(?i:…)``) lists every character the engine folds to one of its
    own: it changes no match. A pattern that opens with a lookahead of its own (``(?=[A-Z])``)
    is led too: the engine tries a lookahead at every place, as one more step of the pattern,
    where the information block (:func:`_led_by_info`) lets the search skip in C."""
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    if flags & _constants.SRE_FLAG_LOCALE or not parsed.data:
        return None
    if _compiler._get_literal_prefix(parsed, flags)[0]:
        return None
    if _compiler._get_charset_prefix(parsed, flags):
        return None
    op, av = parsed.data[0]
    if op is _constants.AT and av in (_constants.AT_BEGINNING, _constants.AT_BEGINNING_STRING):
        return None
    caseless = bool(flags & _constants.SRE_FLAG_IGNORECASE)
    try:
        firsts, categories, empty = _first_chars(parsed.data, caseless)
    except ValueError:
        return None
    if empty or not (firsts or categories):
        return None
    items = [(_constants.LITERAL, c) for c in sorted(firsts)]
    items += [(_constants.CATEGORY, c) for c in sorted(categories)]
    return _constants.ASSERT, (1, _parser.SubPattern(parsed.state, [(_constants.IN, items)]))


def _led_by_info(code: list[int], opening: tuple[Any, Any], flags: int) -> list[int] | None:
    """``code`` (``re``'s program) with the characters of ``opening`` (:func:`lead`'s
    lookahead) as the set its information block says every match opens with: where a
    pattern opens with one class, ``re`` puts that class there itself, and its search then
    skips in a loop of its own to the next character of the set before it tries the
    pattern, where a lookahead is one more step of the pattern tried at every place (for a
    pattern opening with a frequent letter, as often as not; for one opening with a rare
    one, five times as costly). The set only tells the search where a match cannot start;
    the pattern is still tried whole at the places it lets through, so it changes no match.

    Under ``IGNORECASE`` the set is tested on the text's characters as they are, so it holds
    every character the lookahead's class accepts, found by searching with that class every
    character with a case (besides the class's own). None when the program has no bare
    information block to put it in (then the lookahead leads it)."""
    from re import _compiler, _constants  # type: ignore[attr-defined]

    info, skip = _constants.INFO, code[1] if code else 0
    if not code or code[0] != info or code[2] != 0 or code[3] < 1:
        return None  # no block, one with a prefix of its own, or a match may be empty
    items = opening[1][1].data[0][1]
    chars = {int(c) for kind, c in items if kind is _constants.LITERAL}
    categories = [(kind, c) for kind, c in items if kind is _constants.CATEGORY]
    if chars and flags & _constants.SRE_FLAG_IGNORECASE:
        accepts = _re_compile(
            "[" + "".join(escape(chr(c)) for c in sorted(chars)) + "]",
            flags & (IGNORECASE | ASCII),
        )
        chars |= {ord(m.group()) for m in accepts.finditer(_cased())}
    charset, cased = _compiler._optimize_charset(
        [(_constants.LITERAL, c) for c in sorted(chars)] + categories
    )
    if cased:
        return None
    block = [int(info), 0, int(_constants.SRE_INFO_CHARSET), code[3], code[4]]
    tail: list[Any] = []
    # With the pattern's flags, so that a category is the pattern's own (Unicode or ASCII).
    _compiler._compile_charset(charset, flags, tail)
    block += [int(op) for op in tail]
    block[1] = len(block) - 1
    return block + code[1 + skip :]


@functools.cache
def _cased() -> str:
    """Every character whose case ``re`` may fold, in one string to search: one with another
    case, the lower case of each, and those ``re`` folds beyond ``str.lower`` ("ſ", "ı", the
    Kelvin sign). Any other character a class ignoring case accepts is one of the class's
    own. Found once, and only when a pattern ignoring case is built rather than loaded."""
    from re import _casefix  # type: ignore[attr-defined]

    out = {c for c in range(sys.maxunicode + 1) if _sre.unicode_iscased(c)}
    out |= {_sre.unicode_tolower(c) for c in list(out)}
    for lower, others in _casefix._EXTRA_CASES.items():
        out.add(lower)
        out.update(others)
    return "".join(chr(c) for c in sorted(out))


def _opens_with_lookahead(parsed: Any) -> bool:
    from re import _constants  # type: ignore[attr-defined]

    return (
        bool(parsed.data) and parsed.data[0][0] is _constants.ASSERT and parsed.data[0][1][0] == 1
    )


# A negated class holding one of these categories lies within the other (``[^\\W\\d_]`` is
# within ``\\w``): where a negated class opens a match, the category says where it can open.
_NEGATED_WITHIN = (
    ("CATEGORY_NOT_WORD", "CATEGORY_WORD"),
    ("CATEGORY_SPACE", "CATEGORY_NOT_SPACE"),
    ("CATEGORY_NOT_DIGIT", "CATEGORY_DIGIT"),
)


def _first_chars(
    items: list[tuple[Any, Any]], caseless: bool = False
) -> tuple[set[int], set[Any], bool]:
    """Every character (as its code) a match of the parsed ``items`` can open with, the
    categories (``\\w``, ``\\S`` …) holding the others, and whether it can match nothing;
    ValueError where that cannot be known. ``caseless``: the items ignore case.

    A lookahead (``(?=[A-Z])``) takes no character but says which one stands where it is
    tried: the characters of what follows it are those it can open with as well (all of its
    own where what follows cannot be known). A part ignoring case (``(?i:…)``) opens with its
    characters in every case the engine folds them to (a superset where the pattern ignores
    case already, or a part stops ignoring it, which the search only tests more places for).
    A category is taken only where case is not ignored (the engine tests a category on a
    character's lower case then), and a negated class only where it lies within a category.
    """
    from re import _constants as c  # type: ignore[attr-defined]

    out: set[int] = set()
    cats: set[Any] = set()
    for i, (op, av) in enumerate(items):
        if op is c.ASSERT and av[0] == 1:
            try:
                ahead, ahead_cats, ahead_empty = _first_chars(av[1].data, caseless)
            except ValueError:
                continue  # no help: what follows says it alone
            if ahead_empty:
                continue
            try:
                found, found_cats, rest_empty = _first_chars(items[i + 1 :], caseless)
            except ValueError:
                found, found_cats, rest_empty = ahead, ahead_cats, True
            # Whatever follows matches (or not, or nothing) at a place holding one of the
            # lookahead's characters: no match of the rest opens elsewhere, and what comes
            # after it opens there too when the rest matches nothing. (Of two sets holding a
            # category either will do: each holds every place a match can open.)
            if rest_empty or (ahead_cats and found_cats):
                found, found_cats = ahead, ahead_cats
            elif not ahead_cats and not found_cats:
                found = found & ahead
            elif not ahead_cats:
                found, found_cats = ahead, ahead_cats
            return out | found, cats | found_cats, False
        if op is c.LITERAL:
            return out | {av}, cats, False
        if op is c.IN:
            if av and av[0][0] is c.NEGATE:
                for negated, within in _NEGATED_WITHIN:
                    if not caseless and (c.CATEGORY, getattr(c, negated)) in av:
                        return out, cats | {getattr(c, within)}, False
                raise ValueError("a negated class")
            for kind, arg in av:
                if kind is c.LITERAL:
                    out.add(arg)
                elif kind is c.RANGE:
                    out.update(range(arg[0], arg[1] + 1))
                elif kind is c.CATEGORY and not caseless:
                    cats.add(arg)
                else:
                    raise ValueError(kind)
            return out, cats, False
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # takes no character
        if op is c.SUBPATTERN:
            _, add, remove, sub = av
            inner = (caseless or bool(add & c.SRE_FLAG_IGNORECASE)) and not (
                remove & c.SRE_FLAG_IGNORECASE
            )
            found, found_cats, empty = _first_chars(sub.data, inner)
            if found_cats and add & (c.SRE_FLAG_UNICODE | c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII):
                raise ValueError("a category's meaning changed inside the pattern")
            if inner and not caseless:
                found = _folded(found)
        elif op is c.ATOMIC_GROUP:
            found, found_cats, empty = _first_chars(av.data, caseless)
        elif op is c.BRANCH:
            found, found_cats, empty = set(), set(), False
            for branch in av[1]:
                f, fc, e = _first_chars(branch.data, caseless)
                found, found_cats, empty = found | f, found_cats | fc, empty or e
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, _, sub = av
            found, found_cats, empty = _first_chars(sub.data, caseless)
            empty = empty or lo == 0
        else:
            raise ValueError(op)
        out |= found
        cats |= found_cats
        if not empty:
            return out, cats, False
    return out, cats, True


def _folded(chars: set[int]) -> set[int]:
    """``chars`` and every character the engine, ignoring case, takes for one of them."""
    if not chars:
        return chars
    accepts = _re_compile("[" + "".join(escape(chr(c)) for c in sorted(chars)) + "]", IGNORECASE)
    return chars | {ord(m.group()) for m in accepts.finditer(_cased())}


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
        # Built as it will be stored (checked then), so that it runs alike from the first use;
        # kept, as re.compile keeps what it compiled, for the next time it is asked for.
        entry = program(pattern, flags, check=False)
        if entry is None:
            return _re_compile(pattern, flags)
        self.entries[pattern, flags] = entry
        return _build(pattern, entry)

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
