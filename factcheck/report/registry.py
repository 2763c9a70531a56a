"""Output formats by name: the built-in reporters, and third-party ones by entry point.

Built-ins are imported only when asked for, and the entry points are read only when a name is
not built in, so choosing ``text`` or ``json`` costs no import of the others and no scan of the
installed packages.
"""

from __future__ import annotations

import importlib
from functools import cache

from factcheck.errors import ConfigError
from factcheck.report.reporter import Reporter

ENTRY_POINT_GROUP = "factcheck.reporters"

BUILTIN: dict[str, str] = {
    "text": "factcheck.report.text:TextReporter",
    "json": "factcheck.report.json:JsonReporter",
    "json-lines": "factcheck.report.json_lines:JsonLinesReporter",
    "sarif": "factcheck.report.sarif:SarifReporter",
    "github": "factcheck.report.github:GithubReporter",
    "rdjsonl": "factcheck.report.rdjsonl:RdjsonlReporter",
    "html": "factcheck.report.html:HtmlReporter",
}
"""Built-in format name -> ``module:class`` of its reporter."""

FORMATS = ("text", "json")
"""The formats of the listing commands (``rules``, ``elections``)."""


class UnknownFormat(ConfigError):
    """An output format that no built-in or installed reporter provides."""


def _instance(obj: object, where: str) -> Reporter:
    reporter = obj() if isinstance(obj, type) else obj
    if not isinstance(reporter, Reporter):
        raise TypeError(f"{where} is not a reporter: it has no write(report, out, options)")
    return reporter


@cache
def get_reporter(name: str) -> Reporter:
    """The reporter for a format name; third-party ones are looked up only when needed."""
    if name in BUILTIN:
        module, _, attr = BUILTIN[name].partition(":")
        return _instance(getattr(importlib.import_module(module), attr), BUILTIN[name])
    # importlib.metadata costs a noticeable part of start-up: imported only when needed.
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP, name=name):
        return _instance(ep.load(), f"entry point {ep.name!r} ({ep.value})")
    import difflib

    known = format_names()
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise UnknownFormat(f"no output format {name!r}; {hint}choose one of: {', '.join(known)}")


def format_names() -> list[str]:
    """Every format available: the built-ins first, then installed ones by name."""
    from importlib.metadata import entry_points

    extra = sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)} - set(BUILTIN))
    return [*BUILTIN, *extra]
