"""Rule packs: the vocabulary editors own, kept as data and validated on load.

A pack is a TOML file. The built-in packs live in the repository's ``rules/`` folder and ship
inside the wheel as ``factcheck/_packs/``. A newsroom writes its own pack in the same format and
passes its path; it is merged over the built-in one: a hedge or landmark with the same name
replaces the built-in one, a new name adds one, and a word a later pack gives to a hedge is taken
away from the hedge that had it (so ``"over"`` can be moved to a newsroom's own hedge).

The hedge pack (``rules/hedges.toml``) says what hedged figures allow. For a stated value X,
with true value t and granularity g(X) (see :func:`granularity`), each hedge has two readings:

* :func:`truth_interval`: the values of t for which the sentence is true. ``nearly 11`` is
  true for t in [11 - 2g, 11) (below it, but no further than ``about 11`` reaches);
  ``about 5`` for t in [5 - 2g, 5 + 2g]; ``more than 40`` for t in (40, ∞). A true value
  outside it is an error.
* :func:`pragmatic_interval`: the values for which the hedge is also a fair description.
  ``nearly 11`` fits t in [11 - g, 11); ``less than a third`` fits t in [25, 33.3...), since
  below a quarter a rounder landmark lies between. A value outside it, but inside the truth
  interval, is loose wording: worth a warning, never an error.

Fraction words are measured in percent: ``a third`` is X = 100/3, exactly. A bare fraction
word ("a third of the vote") is read with the hedge named by ``[fractions] unhedged``.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from fractions import Fraction
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, ValidationError

from factcheck import compiled_re as re
from factcheck import errors
from factcheck.intervals import Interval, Rounding
from factcheck.models import Figure
from factcheck.package_data import package_root
from factcheck.toml_files import MAX_PROBLEMS, KeyLines, KeyPath, read_settings_text

PackError = errors.PackError
"""Defined in :mod:`factcheck.errors`; importable from here as before."""

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from factcheck.extract.numbers import NumberMention

BUILTIN_PACKS = ("parties.toml", "hedges.toml")
"""The built-in pack files, merged in this order."""

Relation = Literal["lt", "le", "gt", "ge", "approx", "eq"]
"""How the true value t must relate to the stated value X for a hedged figure to be true."""

RESERVED_HEDGE = "exact"
"""The hedge of a figure written without a hedge word; it cannot be redefined."""


# -- the pack format --------------------------------------------------------------------------


MAX_PACK_NUMBER = 10**15
"""Whole numbers in a pack are at most this large; decimals and fractions have at most 15
digits a part. Every real setting is far smaller, and the bound keeps arithmetic small."""
_PACK_NUMBER = re.compile(
    r"[+-]?(?:[0-9]{1,15}(?:\.[0-9]{1,15})?|\.[0-9]{1,15}|[0-9]{1,15}/[0-9]{1,15})"
)


def _exact_number(value: Any) -> Any:
    """Read a TOML value as an exact number; floats are refused because 0.1 is not exact."""
    if isinstance(value, bool):
        raise ValueError("expected a number, not true or false")
    if isinstance(value, int):
        if abs(value) > MAX_PACK_NUMBER:
            raise ValueError(f"{value} is too large for a pack setting")
        return Fraction(value)
    if isinstance(value, float):
        raise ValueError(
            f'write {value!r} in quotes, as "{value}" or a fraction such as "1/3", '
            "so it is read exactly"
        )
    if isinstance(value, str):
        # Checked before Fraction sees it: "1e999999999" would build a billion-digit integer.
        if not _PACK_NUMBER.fullmatch(value.strip()):
            raise ValueError(
                f"{value[:40]!r} is not a number: write a whole number, a decimal in quotes "
                '("0.5") or a fraction in quotes ("1/3"), of at most 15 digits each'
            )
        try:
            return Fraction(value.strip())
        except (ValueError, ZeroDivisionError):
            raise ValueError(
                f'{value!r} is not a number: write a whole number, a decimal in quotes ("0.5") '
                'or a fraction in quotes ("1/3")'
            ) from None
    return value


ExactNumber = Annotated[Fraction, BeforeValidator(_exact_number)]
"""A number written in a pack: an integer, or a string such as ``"0.05"`` or ``"1/3"``."""


def _kebab(name: str) -> str:
    return name.replace("_", "-")


def _phrase(word: str) -> str:
    """The form a hedge phrase is compared in: lower case, single spaces."""
    return " ".join(word.split()).lower()


_PACK_CONFIG = ConfigDict(
    extra="forbid",
    alias_generator=_kebab,
    populate_by_name=True,
    arbitrary_types_allowed=True,
)
"""How pydantic validates a pack's tables (:func:`validate_pack`).

The pack's classes are frozen dataclasses, not pydantic models: a check uses the built-in
packs on every run, and defining eight model classes and validating the packs' text into
them was ~7% of a cold ``factcheck check`` (docs/benchmarks.md, "Cold start"). pydantic
validates the dataclasses as it validated the models, building its validator only when a
pack's text must be read; the built-in packs, validated once, are kept beside the bytecode
(:func:`default_pack`)."""


def _clean_words(words: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = tuple(_phrase(w) for w in words)
    for w in cleaned:
        if not w:
            raise ValueError("a hedge word cannot be empty")
        if any(ch.isdigit() for ch in w):
            raise ValueError(f"hedge word {w!r} contains a digit; hedges come before numbers")
    return cleaned


def _read_pragmatic(value: Any) -> Any:
    if value == "landmark" or value is None:
        return value
    if isinstance(value, str) and not any(ch.isdigit() for ch in value):
        raise ValueError(f'{value!r} is not "landmark" or a number of granularities')
    return _exact_number(value)


def _no_blank_alias(names: tuple[str, ...]) -> tuple[str, ...]:
    # A blank alias would match everywhere and silently re-attribute parties.
    for name in names:
        if not name.strip():
            raise ValueError("an alias cannot be empty or blank; remove it")
    return names


_Aliases = Annotated[tuple[str, ...], AfterValidator(_no_blank_alias)]


@dataclass(frozen=True)
class PackInfo:
    """The ``[pack]`` table: who the pack is for."""

    __pydantic_config__ = _PACK_CONFIG

    name: str
    locale: str = ""
    """The locale the pack is written for, e.g. ``en-GB``; empty for any."""
    description: str = ""


@dataclass(frozen=True)
class GranularitySettings:
    """The ``[granularity]`` table."""

    __pydantic_config__ = _PACK_CONFIG

    floor: ExactNumber = Fraction(1, 20)
    """g(X) is never less than this share of ``|X|`` (the design notes' 5% floor)."""


@dataclass(frozen=True)
class FractionSettings:
    """The ``[fractions]`` table."""

    __pydantic_config__ = _PACK_CONFIG

    unhedged: str = "about"
    """The hedge a bare fraction word is read with ("a third of the vote" means about a third)."""


@dataclass(frozen=True)
class Hedge:
    """One hedge: the words that express it, and what it allows (see the module docstring)."""

    __pydantic_config__ = _PACK_CONFIG

    words: Annotated[tuple[str, ...], Field(min_length=1), AfterValidator(_clean_words)]
    """Phrases that express the hedge before a number, e.g. ``"nearly"``, ``"just under"``."""
    truth: Relation
    tolerance: ExactNumber | None = None
    """How far, in multiples of g, the truth condition reaches: for ``truth = "approx"``
    (which needs it) ``|t - X| <= tolerance * g``; for a one-sided relation, how far t may lie
    on its true side (``lt`` with 2: ``X - 2g <= t < X``, so "nearly 7,800" is false of 5,885);
    none for ``eq``, nor for a one-sided relation with no limit ("well over")."""
    pragmatic: Annotated[
        Fraction | Literal["landmark"] | None, BeforeValidator(_read_pragmatic)
    ] = None
    """How close t must be to X, in multiples of g on the true side of X; ``"landmark"``: no
    rounder value may lie between t and X; None: the truth condition is all there is."""
    description: str = ""


@dataclass(frozen=True)
class Landmark:
    """A round proportion writers reach for ("a third"): its exact value and how to say it."""

    __pydantic_config__ = _PACK_CONFIG

    value: ExactNumber
    """A proportion of the whole, in (0, 1]: ``"1/3"``."""
    words: Annotated[tuple[str, ...], Field(min_length=1)]
    """Ways to say it, the preferred one first (used in suggested fixes)."""

    @property
    def percent(self) -> Fraction:
        """The landmark as a percentage."""
        return self.value * 100


@dataclass(frozen=True)
class PartyEntry:
    """A party and the names copy uses for it (``[parties.<key>]``)."""

    __pydantic_config__ = _PACK_CONFIG

    name: Annotated[str, Field(min_length=1)]
    """The canonical name, used in findings and to match official results."""
    abbreviation: str | None = None
    """The official results' abbreviation (Commons Library), e.g. ``Lab``."""
    aliases: _Aliases = ()
    """Other names copy uses, matched as whole words, case-sensitively."""
    caseless: _Aliases = ()
    """Aliases that also match in lower case ("independent")."""


_SET = "_factcheck_set"
"""Where a settings table read from a pack keeps the keys the pack wrote (an attribute
outside the dataclass's fields): a later pack overrides only those."""


def _written(settings: GranularitySettings | FractionSettings) -> frozenset[str]:
    """The settings a pack wrote: the keys of its table, or, for settings made in Python,
    those that differ from the default."""
    written: frozenset[str] | None = getattr(settings, _SET, None)
    if written is not None:
        return written
    default = type(settings)()
    return frozenset(
        f.name for f in fields(settings) if getattr(settings, f.name) != getattr(default, f.name)
    )


@dataclass(frozen=True)
class Pack:
    """A rule pack: hedges with their meaning, fraction landmarks, parties, and settings."""

    __pydantic_config__ = _PACK_CONFIG

    info: Annotated[PackInfo | None, Field(alias="pack")] = None
    granularity: GranularitySettings = GranularitySettings()
    fractions: FractionSettings = FractionSettings()
    hedges: dict[str, Hedge] = field(default_factory=dict)
    landmarks: dict[str, Landmark] = field(default_factory=dict)
    parties: dict[str, PartyEntry] = field(default_factory=dict)

    @cached_property
    def hedge_words(self) -> dict[str, str]:
        """Every hedge phrase (lower case, single spaces) mapped to its hedge's name."""
        return {w: name for name, h in self.hedges.items() for w in h.words}

    @cached_property
    def hedge_phrases(self) -> tuple[str, ...]:
        """Every hedge phrase, sorted: the key the number pattern is compiled and cached by."""
        return tuple(sorted(self.hedge_words))

    @cached_property
    def landmark_percents(self) -> tuple[Fraction, ...]:
        """The landmark values as percentages, ascending, without repeats."""
        return tuple(sorted({lm.percent for lm in self.landmarks.values()}))

    @cached_property
    def party_keys(self) -> dict[str, str]:
        """Every party name, abbreviation and alias, folded (:func:`~factcheck.names.name_key`),
        mapped to its party's key; the first party listing a spelling keeps it."""
        from factcheck.names import name_key

        out: dict[str, str] = {}
        for key, entry in self.parties.items():
            for spelling in (entry.name, entry.abbreviation, *entry.aliases, *entry.caseless):
                if spelling:
                    out.setdefault(name_key(spelling), key)
        return out

    @cached_property
    def party_abbreviations(self) -> dict[str, str]:
        """Every party's abbreviation, upper case, mapped to its party's key; the first party
        listing an abbreviation keeps it (as :attr:`party_keys` does for every spelling)."""
        out: dict[str, str] = {}
        for key, entry in self.parties.items():
            if entry.abbreviation is not None:
                out.setdefault(entry.abbreviation.upper(), key)
        return out

    def hedge(self, name: str) -> Hedge:
        """The hedge with this canonical name; ``KeyError`` naming the known ones if none."""
        try:
            return self.hedges[name]
        except KeyError:
            known = ", ".join(sorted(self.hedges))
            raise KeyError(f"no hedge named {name!r} in the pack; known: {known}") from None

    def hedge_for(self, phrase: str) -> str | None:
        """The canonical hedge name of a phrase as written ("Just  under" -> "nearly")."""
        return self.hedge_words.get(_phrase(phrase))

    def merged(self, other: Pack) -> Pack:
        """This pack with ``other`` laid over it (``other`` wins on every name and word, and
        on every setting it writes)."""
        taken = set(other.hedge_words)
        hedges: dict[str, Hedge] = {}
        for name, h in self.hedges.items():
            if name in other.hedges:
                continue
            kept = tuple(w for w in h.words if w not in taken)
            hedges[name] = h if len(kept) == len(h.words) else replace(h, words=kept)
        hedges.update(other.hedges)
        return Pack(
            info=other.info or self.info,
            granularity=replace(
                self.granularity,
                **{k: getattr(other.granularity, k) for k in _written(other.granularity)},
            ),
            fractions=replace(
                self.fractions,
                **{k: getattr(other.fractions, k) for k in _written(other.fractions)},
            ),
            hedges=hedges,
            landmarks={**self.landmarks, **other.landmarks},
            parties={**self.parties, **other.parties},
        )


@lru_cache(maxsize=1)
def _validator() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Pack)


def validate_pack(data: Any) -> Pack:
    """A pack's tables (as ``tomllib`` reads them) checked against the pack format and made a
    :class:`Pack`; ``pydantic.ValidationError`` lists what is wrong. The checks that need the
    whole pack (names, duplicates, cross-field rules) are :func:`parse_pack`'s."""
    pack: Pack = _validator().validate_python(data)
    if isinstance(data, dict):
        for key, settings in (("granularity", pack.granularity), ("fractions", pack.fractions)):
            table = data.get(key)
            written = (
                frozenset(k.replace("-", "_") for k in table)
                if isinstance(table, dict)
                else frozenset()
            )
            object.__setattr__(settings, _SET, written)
    return pack


# -- loading ----------------------------------------------------------------------------------

_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_HEADER = re.compile(r"^\s*\[\[?([^\]]*)\]\]?\s*(?:#.*)?$")
_KEY_PART = r"(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')"
_KEY_LINE = re.compile(rf"^\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
_PART = re.compile(_KEY_PART)


def _key_parts(dotted: str) -> list[str]:
    return [p.strip("\"'") for p in _PART.findall(dotted)]


def _key_entries(text: str) -> Iterator[tuple[int, KeyPath]]:
    table: list[str] = []
    for n, line in enumerate(text.split("\n"), 1):
        header = _HEADER.match(line)
        if header:
            table = _key_parts(header.group(1))
            yield n, tuple(table)
            continue
        key = _KEY_LINE.match(line)
        if key:
            yield n, (*table, *_key_parts(key.group(1)))


@lru_cache(maxsize=4)
def _key_lines(text: str) -> KeyLines:
    return KeyLines(_key_entries(text))


def _key_line(text: str, loc: Sequence[str | int]) -> int | None:
    """Best-effort 1-based line where the key at ``loc`` is written.

    tomllib gives no positions, so this reads table headers and ``key =`` lines (once per
    text, see :class:`~factcheck.toml_files.KeyLines`) and returns the first line that best
    matches ``loc``: the key itself, else the nearest table that holds it, else the first
    table inside it (an unknown table ``[hedge.nearly]`` for ``loc = hedge``).
    """
    return _key_lines(text).line(tuple(p for p in loc if isinstance(p, str)))


def _pydantic_problem(err: Any) -> tuple[tuple[str | int, ...], str]:
    """One validation error as (key path, what is wrong and how to fix it)."""
    loc: tuple[str | int, ...] = tuple(err["loc"])
    kind = err["type"]
    # pydantic names an unknown key of a dataclass an unexpected keyword argument.
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        key = str(loc[-1])
        parent = loc[:-1]
        model = _model_at(parent)
        options = sorted(_kebab(f.name) if f.name != "info" else "pack" for f in fields(model))
        import difflib  # only for a mistake: not on every run's path

        close = difflib.get_close_matches(key, options, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(options)}"
        where = f"[{'.'.join(map(str, parent))}]" if parent else "the top level"
        return loc, f"unknown key {key!r} in {where}; {hint}"
    if kind == "missing":
        return loc, f"missing required key {loc[-1]!r}; add it (see rules/hedges.toml for examples)"
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return loc, f"{err['input']!r} is not allowed; use one of {expected}"
    if kind == "too_short":
        return loc, "needs at least one entry"
    msg = str(err["msg"]).removeprefix("Value error, ")
    return loc, f"{msg} (got {err.get('input')!r})"


def _model_at(loc: Sequence[str | int]) -> type[Any]:
    """The pack model that validates the table at ``loc``, for listing its known keys."""
    if not loc:
        return Pack
    top: dict[str, type[Any]] = {
        "pack": PackInfo,
        "granularity": GranularitySettings,
        "fractions": FractionSettings,
        "hedges": Hedge,
        "landmarks": Landmark,
        "parties": PartyEntry,
    }
    return top.get(str(loc[0]), Pack)


def _semantic_problems(pack: Pack) -> list[tuple[tuple[str | int, ...], str]]:
    """Problems pydantic's per-field checks cannot see: names, cross-field rules, duplicates."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    floor = pack.granularity.floor
    if not 0 <= floor < 1:
        problems.append(
            (("granularity", "floor"), f'must be at least 0 and below 1 (got {floor}); e.g. "1/20"')
        )
    owner: dict[str, str] = {}
    for name, h in pack.hedges.items():
        loc: tuple[str | int, ...] = ("hedges", name)
        if name == RESERVED_HEDGE:
            problems.append((loc, f"{name!r} is reserved for figures without a hedge; rename it"))
        elif not _NAME.fullmatch(name):
            problems.append((loc, f"hedge name {name!r} must be kebab-case, e.g. 'just-over'"))
        if h.truth == "approx" and h.tolerance is None:
            problems.append(
                ((*loc, "truth"), 'truth = "approx" needs a tolerance; add e.g. tolerance = 2')
            )
        if h.truth == "eq" and h.tolerance is not None:
            problems.append(
                (
                    (*loc, "tolerance"),
                    'truth = "eq" takes no tolerance; remove it (the figure\'s rounding is its '
                    "reach)",
                )
            )
        if h.tolerance is not None and h.tolerance < 0:
            problems.append(((*loc, "tolerance"), "must not be negative"))
        if isinstance(h.pragmatic, Fraction):
            if h.pragmatic < 0:
                problems.append(((*loc, "pragmatic"), "must not be negative"))
            elif h.tolerance is not None and h.pragmatic > h.tolerance:
                problems.append(
                    (
                        (*loc, "pragmatic"),
                        f"{h.pragmatic} is looser than the truth condition "
                        f"(tolerance = {h.tolerance}); make it at most the tolerance",
                    )
                )
            if h.truth == "eq":
                problems.append(((*loc, "pragmatic"), 'truth = "eq" takes no pragmatic; remove it'))
        elif h.pragmatic == "landmark" and h.truth not in ("lt", "le", "gt", "ge"):
            problems.append(
                (
                    (*loc, "pragmatic"),
                    f'"landmark" needs a one-sided truth (lt, le, gt or ge), '
                    f'not "{h.truth}"; give a number of granularities instead',
                )
            )
        for w in h.words:
            if w in owner and owner[w] != name:
                problems.append(
                    (
                        (*loc, "words"),
                        f"{w!r} is also a word of hedge {owner[w]!r}; "
                        "a phrase can mean only one thing: remove it from one of them",
                    )
                )
            owner[w] = name
    for name, lm in pack.landmarks.items():
        loc = ("landmarks", name)
        if not _NAME.fullmatch(name):
            problems.append((loc, f"landmark name {name!r} must be kebab-case, e.g. 'two-thirds'"))
        if not 0 < lm.value <= 1:
            problems.append(
                (
                    (*loc, "value"),
                    f'a landmark is a proportion in (0, 1], e.g. "1/3" (got {lm.value})',
                )
            )
    return problems


def _raise(path: str, text: str, problems: list[tuple[tuple[str | int, ...], str]]) -> None:
    shown = problems[:MAX_PROBLEMS]
    listed = [(_key_line(text, loc), ".".join(str(p) for p in loc), msg) for loc, msg in shown]
    if len(problems) > len(shown):
        listed.append((None, "", f"... and {len(problems) - len(shown):,} more problems"))
    raise PackError(path, listed)


def parse_pack(text: str, path: str = "<pack>") -> Pack:
    """Validate the text of one pack file. ``path`` is only used in error messages."""
    import tomllib  # the built-in packs are read from their stored form (stored_tables)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"at line (\d+)", str(exc))
        line = int(at.group(1)) if at else None
        raise PackError(path, [(line, "", f"not valid TOML: {exc}")]) from None
    try:
        pack = validate_pack(data)
    except ValidationError as exc:
        _raise(path, text, [_pydantic_problem(e) for e in exc.errors()])
        raise AssertionError("unreachable") from None  # pragma: no cover
    problems = _semantic_problems(pack)
    if problems:
        _raise(path, text, problems)
    return pack


def _read(path: str | os.PathLike[str]) -> str:
    try:
        return read_settings_text(path)
    except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        raise PackError(str(path), f"cannot read the pack: {exc}") from None


def load_pack(path: str | os.PathLike[str]) -> Pack:
    """Read and validate one pack file."""
    return parse_pack(_read(path), str(path))


def _package_root() -> Traversable:
    return package_root()


def _builtin_text(name: str) -> tuple[str, str]:
    """The text of a built-in pack and where it came from.

    An installed wheel has the packs as package data; an editable install reads them from the
    repository's ``rules/`` folder, which is where they are edited.
    """
    packaged = _package_root() / "_packs" / name
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8"), str(packaged)
    repo = Path(__file__).resolve().parent.parent / "rules" / name
    try:
        return repo.read_text(encoding="utf-8"), str(repo)
    except OSError as exc:
        raise PackError(
            name, f"built-in pack not found in the package or at {repo}: {exc}"
        ) from None


def _builtin_sources() -> list[tuple[str, str, Pack]]:
    sources = []
    for name in BUILTIN_PACKS:
        text, where = _builtin_text(name)
        sources.append((where, text, parse_pack(text, where)))
    return sources


def _layered(
    pack: Pack,
    sources: Sequence[tuple[str, str, Pack]],
    earlier: Callable[[], Sequence[tuple[str, str, Pack]]] = list,
) -> Pack:
    """``pack`` with the packs of ``sources`` (where, text, pack) laid over it in order.

    ``earlier`` gives the layers already in ``pack``, to name the file that set a setting
    when the merged pack is wrong (only then is it called)."""
    for _, _, layer in sources:
        pack = pack.merged(layer)
    # Checked once all layers are merged: a parties-only pack need not define hedges, but the
    # hedge that bare fraction words are read with must exist in the end.
    unhedged = pack.fractions.unhedged
    if sources and unhedged != RESERVED_HEDGE and unhedged not in pack.hedges:
        layers = [*earlier(), *sources]
        setters = [s for s in layers if "unhedged" in _written(s[2].fractions)]
        where, text, _ = setters[-1] if setters else layers[-1]
        known = ", ".join(sorted(pack.hedges)) or "none"
        line = _key_line(text, ("fractions", "unhedged"))
        message = f"{unhedged!r} names no hedge; use {RESERVED_HEDGE!r} or one of: {known}"
        raise PackError(where, [(line, "fractions.unhedged", message)])
    return pack


def _fraction(n: tuple[int, int]) -> Fraction:
    return Fraction(*n)


def _ratio(f: Fraction) -> tuple[int, int]:
    return f.numerator, f.denominator


def _dump(pack: Pack) -> tuple[Any, ...]:
    """A pack as ``marshal`` stores it (read back by :func:`_load`)."""
    info = pack.info
    return (
        None if info is None else (info.name, info.locale, info.description),
        _ratio(pack.granularity.floor),
        pack.fractions.unhedged,
        {
            name: (
                h.words,
                h.truth,
                None if h.tolerance is None else _ratio(h.tolerance),
                _ratio(h.pragmatic) if isinstance(h.pragmatic, Fraction) else h.pragmatic,
                h.description,
            )
            for name, h in pack.hedges.items()
        },
        {name: (_ratio(lm.value), lm.words) for name, lm in pack.landmarks.items()},
        {name: (p.name, p.abbreviation, p.aliases, p.caseless) for name, p in pack.parties.items()},
    )


def _load(tables: tuple[Any, ...]) -> Pack:
    info, floor, unhedged, hedges, landmarks, parties = tables
    return Pack(
        info=None if info is None else PackInfo(*info),
        granularity=GranularitySettings(_fraction(floor)),
        fractions=FractionSettings(unhedged),
        hedges={
            name: Hedge(
                words,
                truth,
                None if tolerance is None else _fraction(tolerance),
                _fraction(pragmatic) if isinstance(pragmatic, tuple) else pragmatic,
                description,
            )
            for name, (words, truth, tolerance, pragmatic, description) in hedges.items()
        },
        landmarks={name: Landmark(_fraction(v), words) for name, (v, words) in landmarks.items()},
        parties={name: PartyEntry(*entry) for name, entry in parties.items()},
    )


def _builtin_pack() -> Pack:
    """The built-in packs merged: validated when their text (or this module) changed, else
    read back from what the last run stored beside the bytecode
    (:mod:`factcheck.stored_tables`), the same pack without parsing and validating the TOML
    on every run."""
    from factcheck import stored_tables

    texts = tuple(_builtin_text(name)[0] for name in BUILTIN_PACKS)
    return stored_tables.stored(
        "builtin-packs",
        texts,
        [__file__],
        build=lambda: _layered(Pack(), _builtin_sources()),
        dump=_dump,
        load=_load,
    )


@lru_cache(maxsize=1)
def default_pack() -> Pack:
    """The built-in packs merged, loaded once."""
    return _builtin_pack()


def load_packs(paths: Iterable[str | os.PathLike[str]] = (), *, builtin: bool = True) -> Pack:
    """The built-in packs (unless ``builtin=False``) with the packs at ``paths`` laid over them.

    Later packs win: a hedge or landmark with the same name replaces the earlier one.
    """
    sources: list[tuple[str, str, Pack]] = []
    for path in paths:
        text = _read(path)
        sources.append((str(path), text, parse_pack(text, str(path))))
    if not builtin:
        return _layered(Pack(), sources)
    return _layered(_builtin_pack(), sources, _builtin_sources)


# -- what a hedged figure allows --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Stated:
    """A figure reduced to what hedge semantics need."""

    x: Fraction
    """The stated value; for a fraction word, its percentage, exactly."""
    step: Fraction
    """The rounding step as written (1 for "39,558", 0.1 for "67.3"); 0 for fraction words."""
    fraction: bool
    own: Interval
    """What the figure allows without its hedge: its rounding interval, or a point."""
    hedge: str


@lru_cache(maxsize=256)
def _fraction_word(text: str) -> Fraction | None:
    """The ratio a figure's text names when it is one fraction word ("a third"), else None.

    A fix suggestion weighs each landmark with every hedge: the same few texts, each read once.
    """
    from factcheck.extract.numbers import NumberKind, find_numbers

    found = find_numbers(text)
    return found[0].ratio if len(found) == 1 and found[0].kind is NumberKind.FRACTION else None


def _stated(x: NumberMention | Figure, rounding: Rounding) -> _Stated:
    from factcheck.extract.numbers import NumberMention

    ratio = x.ratio if isinstance(x, NumberMention) else None
    if isinstance(x, Figure) and not any(ch.isdigit() for ch in x.text):
        # A Figure keeps only a Decimal, which cannot hold 1/3; its text says which fraction.
        ratio = _fraction_word(x.text)
    if ratio is not None:
        value = ratio * 100
        return _Stated(value, Fraction(0), True, Interval.point(value), x.hedge)
    exact = x.exact
    own = Interval.point(x.value) if exact else Interval.rounded(x.value, x.precision, rounding)
    return _Stated(Fraction(x.value), Fraction(x.precision), False, own, x.hedge)


def _round_step(s: _Stated) -> Fraction:
    """The step between neighbouring values at the granularity X was written with.

    A whole number's trailing zeros make it coarser: "12,000" is on a scale of thousands.
    """
    step = s.step or Fraction(1)
    if step >= 1 and s.x.denominator == 1 and s.x != 0:
        n, k = abs(s.x.numerator), 0
        while n % 10 == 0:
            n //= 10
            k += 1
        step = max(step, Fraction(10) ** k)
    return step


def nearest_other_gap(values: Sequence[Fraction], x: Fraction) -> Fraction | None:
    """The distance from ``x`` to the nearest of ``values`` (ascending, no repeats) other than
    ``x`` itself; None when there is no other.

    The nearest is a neighbour of ``x`` in the sorted values: a fix suggestion asks this for
    every landmark with every hedge, and comparing with every landmark was most of its time.
    """
    i = bisect_left(values, x)
    j = i + 1 if i < len(values) and values[i] == x else i
    gaps = ([x - values[i - 1]] if i else []) + ([values[j] - x] if j < len(values) else [])
    return min(gaps) if gaps else None


def _stated_granularity(s: _Stated, pack: Pack) -> Fraction:
    floor = pack.granularity.floor * abs(s.x)
    if s.fraction:
        gap = nearest_other_gap(pack.landmark_percents, s.x)
        base = gap / 2 if gap is not None else Fraction(0)
    else:
        base = _round_step(s) / 2
    return max(base, floor)


def granularity(x: NumberMention | Figure, pack: Pack | None = None) -> Fraction:
    """g(X): how coarse a stated value is, which sets how far a hedge can stretch it.

    Half a unit in the last place written (67.3 -> 0.05; 12,000 -> 500; 1.2m -> 50,000); for a
    fraction word, half the distance to the nearest other landmark (a third -> 10/3 percent);
    never less than the pack's floor times |X|.
    """
    pack = pack or default_pack()
    return _stated_granularity(_stated(x, "half-up"), pack)


def _resolve(s: _Stated, hedge: str | None, pack: Pack) -> Hedge | None:
    name = hedge if hedge is not None else s.hedge
    if name == RESERVED_HEDGE and s.fraction:
        name = pack.fractions.unhedged
    if name == RESERVED_HEDGE:
        return None
    return pack.hedge(name)


def truth_interval(
    x: NumberMention | Figure,
    hedge: str | None = None,
    pack: Pack | None = None,
    *,
    rounding: Rounding = "half-up",
) -> Interval:
    """The true values for which the hedged figure is true; outside it, the text is wrong.

    ``hedge`` is a canonical hedge name (default: the figure's own). With no hedge ("exact"), a
    number allows its rounding interval and a bare fraction word is read with the pack's
    ``[fractions] unhedged`` hedge. Bounds are exact; a one-sided hedge with no tolerance gives
    an unbounded interval (``more than 40`` -> (40, ∞)), to be intersected with what the
    quantity can be; with one it reaches that many g on its true side (``nearly 11`` ->
    [9.9, 11)).
    """
    pack = pack or default_pack()
    s = _stated(x, rounding)
    spec = _resolve(s, hedge, pack)
    if spec is None:
        return s.own
    return _truth(s, spec, pack)


def _truth(s: _Stated, spec: Hedge, pack: Pack) -> Interval:
    x = s.x
    if spec.tolerance is None:
        match spec.truth:
            case "lt":
                return Interval.at_most(x, strict=True)
            case "le":
                return Interval.at_most(x)
            case "gt":
                return Interval.at_least(x, strict=True)
            case "ge":
                return Interval.at_least(x)
            case "eq":
                return s.own
    # A tolerance bounds the far side too: "nearly 7,800" is below 7,800 but not by more
    # than "about 7,800" would allow.
    reach = (spec.tolerance or Fraction(0)) * _stated_granularity(s, pack)
    match spec.truth:
        case "lt":
            return Interval(x - reach, x, True, False)
        case "le":
            return Interval.closed(x - reach, x)
        case "gt":
            return Interval(x, x + reach, False, True)
        case "ge":
            return Interval.closed(x, x + reach)
        case "eq":
            return s.own
        case _:
            return Interval.closed(x - reach, x + reach)


def pragmatic_interval(
    x: NumberMention | Figure,
    hedge: str | None = None,
    pack: Pack | None = None,
    *,
    rounding: Rounding = "half-up",
) -> Interval:
    """The true values for which the hedge is also a fair description (a subset of the truth).

    ``nearly 11`` -> [11 - g, 11); ``about 5`` -> [5 - g, 5 + g]; ``more than 40`` ->
    (40, 40 + g]; ``less than a third`` -> [25, 33.3...) (from the quarter landmark below).
    A hedge with no pragmatic condition gives its truth interval.
    """
    pack = pack or default_pack()
    s = _stated(x, rounding)
    spec = _resolve(s, hedge, pack)
    if spec is None:
        return s.own
    if spec.pragmatic is None or spec.truth == "eq":
        return _truth(s, spec, pack)
    x0 = s.x
    if spec.pragmatic == "landmark":
        below, above = _neighbours(s, pack)
        match spec.truth:
            case "lt":
                return Interval(below, x0, True, False)
            case "le":
                return Interval.closed(below, x0)
            case "gt":
                return Interval(x0, above, False, True)
            case _:
                return Interval.closed(x0, above)
    reach = spec.pragmatic * _stated_granularity(s, pack)
    match spec.truth:
        case "lt":
            return Interval(x0 - reach, x0, True, False)
        case "le":
            return Interval.closed(x0 - reach, x0)
        case "gt":
            return Interval(x0, x0 + reach, False, True)
        case "ge":
            return Interval.closed(x0, x0 + reach)
        case _:
            return Interval.closed(x0 - reach, x0 + reach)


def _neighbours(s: _Stated, pack: Pack) -> tuple[Fraction, Fraction]:
    """The nearest rounder values below and above X at the same granularity.

    For a fraction word, the neighbouring landmarks (0 and 100 past the ends); for a number,
    one step of its written granularity either side ("11" -> 10 and 12; "12,000" -> 11,000).
    """
    if s.fraction:
        lower = [lm for lm in pack.landmark_percents if lm < s.x]
        upper = [lm for lm in pack.landmark_percents if lm > s.x]
        return (lower[-1] if lower else Fraction(0)), (upper[0] if upper else Fraction(100))
    step = _round_step(s)
    return s.x - step, s.x + step


def landmark_words(value: Fraction, pack: Pack | None = None) -> str | None:
    """The preferred way to say a landmark percentage (100/3 -> "a third"), if it is one."""
    pack = pack or default_pack()
    for lm in pack.landmarks.values():
        if lm.percent == value:
            return lm.words[0]
    return None
