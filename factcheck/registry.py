"""Finding rules and choosing which ones run.

Built-in rules live in :mod:`factcheck.checks`. Third parties add rules through the entry-point
group ``factcheck.checks``: each entry point names a :class:`~factcheck.rule.Rule` subclass, or
a module or iterable holding several.

Selection follows ruff: a selector is a full code (``NUM101``), a code prefix (``NUM``), a rule
name (``share-votes-mismatch``) or ``ALL``. ``select`` sets the base set, ``extend-select``
adds to it, ``ignore`` removes from it.
"""

from __future__ import annotations

import difflib
import inspect
from collections.abc import Iterable, Sequence
from functools import cache
from importlib.metadata import entry_points
from types import ModuleType

from factcheck.errors import UnknownRuleError
from factcheck.rule import Rule

ENTRY_POINT_GROUP = "factcheck.checks"

UnknownSelector = UnknownRuleError
"""The old name of :class:`~factcheck.errors.UnknownRuleError`, kept for callers."""

SELECTOR_FORMS = (
    "use a code (NUM101), a prefix (NUM) or a name (share-votes-mismatch) from `factcheck rules`"
)


def did_you_mean(selector: str) -> str | None:
    """The rule code or name (or ``ALL``) nearest to a selector that matches no rule."""
    rules = all_rules()
    vocabulary = [r.code for r in rules] + [r.name for r in rules] + ["ALL"]
    close = difflib.get_close_matches(selector, vocabulary, n=1, cutoff=0.6)
    close = close or difflib.get_close_matches(selector.upper(), vocabulary, n=1, cutoff=0.6)
    return close[0] if close else None


def no_such_rule(selector: str, what: str) -> str:
    """The one message for a selector that picks no rule, wherever it was written.

    ``what`` says where it was written: ``"--select"``, ``"ignore entry"``,
    ``"factcheck-ignore"``. The CLI, the configuration, the library and suppression comments
    all say it the same way::

        --select 'share-vote-mismatch' matches no rule; did you mean 'share-votes-mismatch'?
        use a code (NUM101), a prefix (NUM) or a name (share-votes-mismatch) from `factcheck rules`
    """
    near = did_you_mean(selector)
    hint = f"did you mean {near!r}? " if near else ""
    return f"{what} {selector!r} matches no rule; {hint}{SELECTOR_FORMS}"


def is_known(selector: str) -> bool:
    """Whether a selector picks at least one rule."""
    return any(matches(r, selector) for r in all_rules())


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
    near = did_you_mean(selector)
    hint = f"did you mean {near!r}? " if near else ""
    raise UnknownRuleError(
        f"no rule has the code or name {selector!r}; {hint}run `factcheck rules` to list them"
    )


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
            raise UnknownRuleError(no_such_rule(sel, f"{what} entry"))


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
