"""Configuration: ``[tool.factcheck]`` in pyproject.toml, or a ``factcheck.toml``.

Keys are kebab-case, as in ruff::

    [tool.factcheck]
    select = ["NUM"]            # codes, prefixes, names, or "ALL"
    extend-select = []
    ignore = ["rank-order-mismatch"]
    fail-on = "warning"         # lowest severity that makes `factcheck check` exit 1
    rounding = "half-up"        # half-up | half-even | any

    [tool.factcheck.severity]   # per-rule severity overrides
    turnout-mismatch = "warning"

A bad file is reported with its path, the line of the bad key and how to fix it.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.intervals import Rounding
from factcheck.models import Severity

CONFIG_FILENAMES = ("factcheck.toml", "pyproject.toml")


class ConfigError(ValueError):
    """A configuration file or option that cannot be used, with where and how to fix it."""


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
    rounding: Rounding = "half-up"
    show_not_checked: bool = False

    @field_validator("select", "extend_select", "ignore", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    def merged(self, **overrides: Any) -> Config:
        """A copy with the given fields replaced, skipping those passed as None."""
        data = self.model_dump()
        data.update({k: v for k, v in overrides.items() if v is not None})
        return Config.model_validate(data)


def _key_line(text: str, key: str, table: str | None) -> int | None:
    """Best-effort 1-based line of ``key`` in a TOML text, inside ``table`` when given."""
    in_table = table is None
    header = re.compile(r"^\s*\[([^\]]+)\]\s*(#.*)?$")
    key_re = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for n, line in enumerate(text.splitlines(), 1):
        m = header.match(line)
        if m:
            name = m.group(1).strip()
            in_table = table is None or name == table or name.startswith(table + ".")
            continue
        if in_table and key_re.match(line):
            return n
    return None


def _explain(exc: ValidationError, path: Path, text: str, table: str | None) -> ConfigError:
    known = sorted(Config.model_fields)
    lines = []
    for err in exc.errors():
        loc = [str(p) for p in err["loc"]]
        key = loc[0] if loc else "?"
        line = _key_line(text, key, table)
        where = f"{path}:{line}" if line else str(path)
        section = f"[{table}]" if table else "the top level"
        if err["type"] == "extra_forbidden":
            options = [k.replace("_", "-") for k in known]
            close = difflib.get_close_matches(key, options, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(options)}"
            lines.append(f"{where}: unknown key {key!r} in {section}; {hint}")
        else:
            dotted = ".".join(loc)
            lines.append(f"{where}: {dotted}: {err['msg']} (got {err.get('input')!r})")
    return ConfigError("\n".join(lines))


def load_config_file(path: str | os.PathLike[str]) -> Config:
    """Read settings from a ``factcheck.toml`` or a ``pyproject.toml``."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read the configuration file: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}") from None
    table: str | None = None
    if p.name == "pyproject.toml":
        table = "tool.factcheck"
        data = data.get("tool", {}).get("factcheck", {})
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise _explain(exc, p, text, table) from None


def find_config_file(start: str | os.PathLike[str] = ".") -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with a [tool.factcheck] table."""
    here = Path(start).resolve()
    for folder in [here, *here.parents]:
        for name in CONFIG_FILENAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "factcheck.toml":
                return candidate
            try:
                if "factcheck" in tomllib.loads(candidate.read_text("utf-8")).get("tool", {}):
                    return candidate
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
    return None


def discover_config(start: str | os.PathLike[str] = ".") -> Config:
    """Settings from the nearest configuration file, or the defaults."""
    found = find_config_file(start)
    return load_config_file(found) if found else Config()
