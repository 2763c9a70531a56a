"""Finding rules and choosing which ones run.

Built-in rules live in :mod:`factcheck.checks`. Third parties add rules through the entry-point
group ``factcheck.checks``: each entry point names a :class:`~factcheck.rule.Rule` subclass, or
a module or iterable holding several.

Selection follows ruff: a selector is a full code (``NUM101``), a code prefix (``NUM``), a rule
name (``share-votes-mismatch``) or ``ALL``. ``select`` sets the base set, ``extend-select``
adds to it, ``ignore`` removes from it.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Sequence
from functools import cache
from importlib.metadata import entry_points
from types import ModuleType

from factcheck.rule import Rule

ENTRY_POINT_GROUP = "factcheck.checks"


class UnknownSelector(ValueError):
    """A select/ignore entry that matches no rule."""


def _rules_in(obj: object) -> list[type[Rule]]:
    if isinstance(obj, type) and issubclass(obj, Rule) and "code" in obj.__dict__:
        return [obj]
    if isinstance(obj, ModuleType):
        return [
            v
            for v in vars(obj).values()
            if isinstance(v, type)
            and issubclass(v, Rule)
            and "code" in v.__dict__
            and not inspect.isabstract(v)
        ]
    if isinstance(obj, Iterable) and not isinstance(obj, str | bytes):
        return [r for item in obj for r in _rules_in(item)]
    return []


@cache
def all_rules() -> tuple[type[Rule], ...]:
    """Every known rule, built-in and plugged in, sorted by code."""
    from factcheck import checks

    found: dict[str, type[Rule]] = {r.code: r for r in checks.BUILTIN_RULES}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        for rule in _rules_in(ep.load()):
            if rule.code in found and found[rule.code] is not rule:
                raise TypeError(
                    f"entry point {ep.name!r} ({ep.value}) registers code {rule.code}, "
                    f"which {found[rule.code].__name__} already uses"
                )
            found[rule.code] = rule
    names = [r.name for r in found.values()]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise TypeError(f"rule names must be unique; used twice: {sorted(dupes)}")
    return tuple(sorted(found.values(), key=lambda r: r.code))


def get_rule(selector: str) -> type[Rule]:
    """The rule with this exact code or name."""
    for rule in all_rules():
        if selector.upper() == rule.code or selector.lower() == rule.name:
            return rule
    raise UnknownSelector(f"no rule has the code or name {selector!r}; run `factcheck rules`")


def matches(rule: type[Rule], selector: str) -> bool:
    """Does the selector pick this rule?"""
    if selector.upper() == "ALL":
        return True
    if selector.lower() == rule.name:
        return True
    return rule.code.startswith(selector.upper())


def _check_known(selectors: Iterable[str], rules: Sequence[type[Rule]], what: str) -> None:
    for sel in selectors:
        if not any(matches(r, sel) for r in rules):
            raise UnknownSelector(
                f"{what} entry {sel!r} matches no rule; use a code (NUM101), a prefix (NUM) "
                "or a name (share-votes-mismatch) from `factcheck rules`"
            )


def select_rules(
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> tuple[type[Rule], ...]:
    """The rules that run, given ruff-style selectors. ``select=None`` means every rule."""
    rules = all_rules()
    _check_known(select or (), rules, "select")
    _check_known(extend_select, rules, "extend-select")
    _check_known(ignore, rules, "ignore")
    base = ["ALL"] if select is None else list(select)
    chosen = [r for r in rules if any(matches(r, s) for s in [*base, *extend_select])]
    return tuple(r for r in chosen if not any(matches(r, s) for s in ignore))
