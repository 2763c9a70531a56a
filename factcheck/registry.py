"""Finding rules and choosing which ones run.

Built-in rules live in :mod:`factcheck.checks`. Third parties add rules through the entry-point
group ``factcheck.checks``: each entry point names a :class:`~factcheck.rule.Rule` subclass, or
a module or iterable holding several.

Selection follows ruff: a selector is a full code (``NUM101``), a code prefix (``NUM``), a rule
name (``share-votes-mismatch``) or ``ALL``. ``select`` sets the base set, ``extend-select``
adds to it, ``ignore`` removes from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from types import ModuleType
from typing import NamedTuple

from factcheck.entry_points import entry_points
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
    import difflib

    rules = _index()
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
    return any(_matches(r.code, r.name, selector) for r in _index())


def _rules_in(obj: object) -> list[type[Rule]]:
    if isinstance(obj, type) and issubclass(obj, Rule) and "code" in obj.__dict__:
        return [obj]
    if isinstance(obj, ModuleType):
        import inspect

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


class _Known(NamedTuple):
    code: str
    name: str
    load: Callable[[], type[Rule]]


def _loaded(rule: type[Rule]) -> Callable[[], type[Rule]]:
    return lambda: rule


@cache
def _index() -> tuple[_Known, ...]:
    """Every known rule's code and name, sorted by code, and how to get its class.

    Built-in rules come from :data:`factcheck.checks.BUILTIN` and are not imported here;
    plugged-in rules are (their entry points must be loaded to know their codes).
    """
    from factcheck.checks import BUILTIN

    found: dict[str, _Known] = {r.code: _Known(r.code, r.name, r.load) for r in BUILTIN}
    targets = {r.code: r.target for r in BUILTIN}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        for rule in _rules_in(ep.load()):
            known = found.get(rule.code)
            if known is None:
                pass
            elif rule.code in targets:  # a built-in code: only the built-in rule may use it
                same = targets[rule.code] == f"{rule.__module__}:{rule.__qualname__}"
            else:
                same = known.load() is rule
            if known is not None and not same:
                raise TypeError(
                    f"entry point {ep.name!r} ({ep.value}) registers code {rule.code}, "
                    f"which {known.load().__name__} already uses"
                )
            found[rule.code] = _Known(rule.code, rule.name, _loaded(rule))
    names = [r.name for r in found.values()]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise TypeError(f"rule names must be unique; used twice: {sorted(dupes)}")
    return tuple(sorted(found.values(), key=lambda r: r.code))


def forget_rules() -> None:
    """Look the rules up again next time (after installing or faking an entry point)."""
    _index.cache_clear()
    all_rules.cache_clear()


@cache
def all_rules() -> tuple[type[Rule], ...]:
    """Every known rule, built-in and plugged in, sorted by code (every rule is imported)."""
    return tuple(r.load() for r in _index())


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
    return _matches(rule.code, rule.name, selector)


def _matches(code: str, name: str, selector: str) -> bool:
    if selector.upper() == "ALL":
        return True
    if selector.lower() == name:
        return True
    return code.startswith(selector.upper())


def _check_known(selectors: Iterable[str], rules: Sequence[_Known], what: str) -> None:
    for sel in selectors:
        if not any(_matches(r.code, r.name, sel) for r in rules):
            raise UnknownRuleError(no_such_rule(sel, f"{what} entry"))


def select_rules(
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> tuple[type[Rule], ...]:
    """The rules that run, given ruff-style selectors. ``select=None`` means every rule.

    Only the chosen rules are imported.
    """
    rules = _index()
    _check_known(select or (), rules, "select")
    _check_known(extend_select, rules, "extend-select")
    _check_known(ignore, rules, "ignore")
    base = ["ALL"] if select is None else list(select)
    chosen = [r for r in rules if any(_matches(r.code, r.name, s) for s in [*base, *extend_select])]
    return tuple(r.load() for r in chosen if not any(_matches(r.code, r.name, s) for s in ignore))
