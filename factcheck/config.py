"""Configuration: ``[tool.factcheck]`` in pyproject.toml, or a ``factcheck.toml``.

Keys are kebab-case, as in ruff::

    [tool.factcheck]
    select = ["NUM"]            # codes, prefixes, names, or "ALL"
    extend-select = []
    ignore = ["rank-order-mismatch"]
    fail-on = "warning"         # lowest severity that makes `factcheck check` exit 1
    rounding = "half-up"        # half-up | half-even | any
    show-not-checked = false    # list the checks that could not run for lack of data
    exclude = ["drafts/"]       # .gitignore-style patterns skipped inside folders

    [tool.factcheck.severity]   # per-rule severity overrides
    turnout-mismatch = "warning"

A bad file is reported with its path, the line of the bad key and how to fix it. Rule
selectors in ``select``, ``ignore`` and ``severity`` are checked against the known rules when
the file is read, so a typo is caught where it was made.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    field_validator,
)
from pydantic_core import ErrorDetails

from factcheck import compiled_re as re
from factcheck import errors
from factcheck.intervals import Rounding
from factcheck.models import Severity
from factcheck.toml_files import MAX_PROBLEMS, KeyLines, capped, read_settings_text

if TYPE_CHECKING:
    import tomllib

ConfigError = errors.ConfigError
"""Defined in :mod:`factcheck.errors`; importable from here as before."""

CONFIG_FILENAMES = ("factcheck.toml", "pyproject.toml")
"""Looked for in this order in each folder, from the current one up to the root."""

PYPROJECT_TABLE = "tool.factcheck"


class Config(BaseModel):
    """Settings for a check run. Every field has a safe default."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        populate_by_name=True,
        alias_generator=lambda s: s.replace("_", "-"),
    )

    select: tuple[str, ...] | None = None
    """Rules to run: codes, code prefixes, names or ``ALL``. None means all rules."""
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = Field(default_factory=dict)
    """Per-rule severity overrides, keyed by code, prefix or name."""
    fail_on: Severity = Severity.WARNING
    """The lowest severity that fails a check: ``warning`` or ``error`` (info never fails)."""
    rounding: Rounding = "half-up"
    # Strict: TOML has real booleans, so "yes" or 1 is a mistake to report, not to coerce.
    show_not_checked: StrictBool = False
    packs: tuple[str, ...] = ()
    """Extra rule packs (TOML files) laid over the built-in ones; relative to the config file."""
    election: str | None = None
    """The election articles are about, e.g. ``uk-ge-2017`` (``factcheck elections`` lists them);
    an article's front matter names its own."""
    reference: str | None = None
    """A results file (the results-file format) to use as the official record; it takes
    precedence over bundled data. Relative to the config file."""
    exclude: tuple[str, ...] = ()
    """Files and folders to skip when a folder is searched, exactly as in .gitignore:
    ``drafts/``, ``*.bak.txt``, ``archive/2015/**``. A pattern without a slash matches a name
    anywhere; one with a slash is relative to ``root``."""
    root: str | None = None
    """The folder ``exclude`` patterns are relative to: the configuration file's folder, set
    when the file is read (it is not a key of the file); None means the current folder."""

    @field_validator("select", "extend_select", "ignore", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @field_validator("exclude", mode="before")
    @classmethod
    def _patterns(cls, v: Any) -> Any:
        v = [v] if isinstance(v, str) else v
        if isinstance(v, list | tuple):
            for pattern in v:
                if isinstance(pattern, str) and not pattern.strip("/ "):
                    raise ValueError(
                        f"exclude pattern {pattern!r} matches nothing; give a name or a glob "
                        'such as "drafts/" or "*.bak.txt"'
                    )
                if isinstance(pattern, str):
                    import pathspec  # only a configuration with excludes needs it

                    try:
                        pathspec.GitIgnoreSpec.from_lines([pattern])
                    except ValueError as exc:
                        raise ValueError(
                            f"exclude pattern {pattern!r} is not a .gitignore pattern: {exc}"
                        ) from None
        return v

    @field_validator("fail_on")
    @classmethod
    def _info_never_fails(cls, v: Severity) -> Severity:
        if v is Severity.INFO:
            raise ValueError("info findings never fail a check; use 'warning' or 'error'")
        return v

    def merged(self, **overrides: Any) -> Config:
        """A copy with the given fields replaced, skipping those passed as None."""
        data = self.model_dump()
        data.update({k: v for k, v in overrides.items() if v is not None})
        return Config.model_validate(data)


# -- locating keys in the TOML text, for messages ------------------------------------------

_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"[^"\n]*"|\'[^\'\n]*\''
_PART = rf"(?:{_BARE}|{_QUOTED})"
_DOTTED = rf"{_PART}(?:[ \t]*\.[ \t]*{_PART})*"
# Each part is bare or quoted and parts are separated by a dot, so matching stays linear.
_HEADER = re.compile(rf"[ \t]*\[[ \t]*({_DOTTED})[ \t]*\]")
_ARRAY_HEADER = re.compile(r"[ \t]*\[\[")
_KEY = re.compile(rf"[ \t]*({_DOTTED})[ \t]*=")
_PART_RE = re.compile(_PART)


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip("\"'") for p in _PART_RE.findall(dotted))


def _key_entries(text: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    table: tuple[str, ...] = ()
    # TOML lines end at \n only; str.splitlines would also split at \x0c, \u2028 and others.
    for n, line in enumerate(text.split("\n"), 1):
        if _ARRAY_HEADER.match(line):
            table = ("\x00",)  # an array of tables: nothing factcheck reads is in there
            continue
        header = _HEADER.match(line)
        if header:
            table = _parts(header.group(1))
            yield n, table
            continue
        key = _KEY.match(line)
        if key:
            yield n, table + _parts(key.group(1))


@lru_cache(maxsize=4)
def _key_lines(text: str) -> KeyLines:
    """The key index of a TOML text, built once however many problems it has."""
    return KeyLines(_key_entries(text))


def _key_line(text: str, target: tuple[str, ...]) -> int | None:
    """Best-effort 1-based line where the key path ``target`` is set in a TOML text.

    The line that spells out the longest part of the path wins: for ``severity.NUM`` that is
    the ``NUM = ...`` line under ``[tool.factcheck.severity]``, or the ``severity = {...}``
    line when the table is written inline.
    """
    return _key_lines(text).line(target)


# -- explaining errors ---------------------------------------------------------------------

_EXPECTED = {
    "tuple_type": 'expected a list of rule selectors, such as ["NUM101"]',
    "list_type": 'expected a list of rule selectors, such as ["NUM101"]',
    "string_type": "expected a string in quotes",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "dict_type": 'expected a table, such as { "share-votes-mismatch" = "warning" }',
}


_NOT_IN_FILES = frozenset({"root"})
"""Fields set from where the file is, not written in it."""


def _options() -> list[str]:
    return [name.replace("_", "-") for name in Config.model_fields if name not in _NOT_IN_FILES]


def _where(path: Path, text: str, table: str | None, loc: Iterable[str | int]) -> str:
    prefix = tuple(table.split(".")) if table else ()
    line = _key_line(text, prefix + tuple(str(p) for p in loc if isinstance(p, str)))
    return f"{path}:{line}" if line else str(path)


def _unknown_key(key: str, path: Path, section: str) -> str:
    import difflib  # only for a mistake: not on every run's path

    options = _options()
    close = difflib.get_close_matches(key.replace("_", "-"), options, n=1, cutoff=0.6)
    if key == "tool" and path.name != "pyproject.toml":
        hint = f"in {path.name} the settings go at the top level, without [tool.factcheck]"
    elif close:
        hint = f"did you mean {close[0]!r}?"
    else:
        hint = f"known keys: {', '.join(options)}"
    where = section if section.startswith("at ") else f"in {section}"
    return f"unknown key {key!r} {where}; {hint}"


def _describe(err: ErrorDetails) -> str:
    dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"])[1:]
    got = f"; got {err.get('input')!r}"
    if err["type"] in _EXPECTED:
        return f"{dotted}: {_EXPECTED[err['type']]}{got}"
    if err["type"] in ("enum", "literal_error"):
        import difflib

        choices = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
        if err["loc"] == ("fail-on",):
            choices = [c for c in choices if c != Severity.INFO.value]
        close = difflib.get_close_matches(str(err.get("input")), choices, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"{dotted}: expected one of {', '.join(map(repr, choices))}{got}{hint}"
    msg = str(err["msg"]).removeprefix("Value error, ")
    return f"{dotted}: {msg}{got}"


def _validate(data: dict[str, Any], path: Path, text: str, table: str | None) -> Config:
    """Validate a table from a file, reporting every problem with its line."""
    section = f"[{table}]" if table else "at the top level"
    options = set(_options())
    # Checked here rather than by pydantic, which would also take the snake_case names that
    # Python callers use; a file must use the documented kebab-case keys.
    unknown = [key for key in data if key not in options]
    # Messages for the first few only: a file of a million unknown keys is told the count.
    problems = [
        f"{_where(path, text, table, (key,))}: {_unknown_key(key, path, section)}"
        for key in unknown[: MAX_PROBLEMS + 1]
    ]
    unwritten = len(unknown) - len(problems)
    known = {k: v for k, v in data.items() if k in options}
    config: Config | None = None
    try:
        config = Config.model_validate(known)
    except ValidationError as exc:
        errors = exc.errors()
        problems += [
            f"{_where(path, text, table, err['loc'])}: {_describe(err)}"
            for err in errors[: MAX_PROBLEMS + 1]
        ]
        unwritten += max(0, len(errors) - MAX_PROBLEMS - 1)
    if problems or config is None:
        raise ConfigError("\n".join(capped(problems, unwritten)))
    return config


def key_location(path: str | os.PathLike[str], key: str) -> str:
    """``path:line`` of a top-level setting in a configuration file, or the path alone."""
    p = Path(path)
    try:
        text = read_settings_text(p)
    except (OSError, ValueError):
        return str(p)
    table = PYPROJECT_TABLE if p.name == "pyproject.toml" else None
    return _where(p, text, table, (key,))


def _check_selectors(config: Config, path: Path, text: str, table: str | None) -> None:
    """Every selector must pick some rule; a typo there would silently change what runs."""
    from factcheck.registry import is_known, no_such_rule

    if config.select is not None and not config.select:
        # An empty selection would run no rule and report "All checks passed".
        raise ConfigError(
            f"{_where(path, text, table, ('select',))}: select is empty, so nothing would be "
            'checked; name some rules, or use select = ["ALL"]'
        )
    entries: list[tuple[tuple[str | int, ...], str]] = [
        (("select",), s) for s in config.select or ()
    ]
    entries += [(("extend-select",), s) for s in config.extend_select]
    entries += [(("ignore",), s) for s in config.ignore]
    entries += [(("severity", s), s) for s in config.severity]
    problems = [
        f"{_where(path, text, table, loc)}: {no_such_rule(selector, f'{loc[0]} entry')}"
        for loc, selector in entries
        if not is_known(selector)
    ]
    if problems:
        raise ConfigError("\n".join(problems))


def _toml_error(path: Path, exc: tomllib.TOMLDecodeError) -> ConfigError:
    message = str(exc)
    m = re.search(r"\(at line (\d+), column (\d+)\)$", message)
    if m:
        reason = message[: m.start()].rstrip()
        return ConfigError(f"{path}:{m.group(1)}:{m.group(2)}: not valid TOML: {reason}")
    return ConfigError(f"{path}: not valid TOML: {message}")


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        text = read_settings_text(path)
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        raise ConfigError(f"{path}: cannot read the configuration file: {exc}") from None
    import tomllib  # only a configuration file needs it: the built-in packs are stored

    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(path, exc) from None


def load_config_file(path: str | os.PathLike[str]) -> Config:
    """Read settings from a ``factcheck.toml`` or a ``pyproject.toml``.

    A file named ``pyproject.toml`` is read from its ``[tool.factcheck]`` table, which must
    exist; any other file is read from its top level. Raises :class:`ConfigError`, naming
    the file and line, for anything that cannot be used.
    """
    p = Path(path)
    text, data = _read(p)
    table: str | None = None
    if p.name == "pyproject.toml":
        table = PYPROJECT_TABLE
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "factcheck" not in tool:
            raise ConfigError(
                f"{p}: has no [tool.factcheck] table; add one, or give a factcheck.toml"
            )
        data = tool["factcheck"]
        if not isinstance(data, dict):
            raise ConfigError(f"{_where(p, text, table, ())}: tool.factcheck must be a table")
    config = _validate(data, p, text, table)
    _check_selectors(config, p, text, table)
    if config.packs:
        # Packs are named relative to the file that names them, as paths in ruff's config are.
        resolved = tuple(str((p.parent / pack).resolve()) for pack in config.packs)
        config = config.merged(packs=resolved)
    if config.reference:
        config = config.merged(reference=str((p.parent / config.reference).resolve()))
    if config.exclude:
        # Patterns are relative to the file that sets them, as in a .gitignore.
        config = config.merged(root=str(p.parent.resolve()))
    return config


def find_config_file(start: str | os.PathLike[str] = ".") -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with a [tool.factcheck] table.

    A pyproject.toml that is not valid TOML is skipped, unless it mentions factcheck: then
    its settings cannot be known, and guessing would be worse than stopping.
    """
    here = Path(start).resolve()
    for folder in [here, *here.parents]:
        for name in CONFIG_FILENAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "factcheck.toml":
                return candidate
            try:
                text = read_settings_text(candidate)
            except (OSError, ValueError):
                continue
            import tomllib

            try:
                tool = tomllib.loads(text).get("tool", {})
            except tomllib.TOMLDecodeError as exc:
                if "factcheck" in text:
                    raise _toml_error(candidate, exc) from None
                continue
            if isinstance(tool, dict) and "factcheck" in tool:
                return candidate
    return None


def discover_config(start: str | os.PathLike[str] = ".") -> Config:
    """Settings from the nearest configuration file, or the defaults."""
    found = find_config_file(start)
    return load_config_file(found) if found else Config()
