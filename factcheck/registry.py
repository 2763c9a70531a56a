"""Finding rules and choosing which ones run.

Built-in rules live in :mod:`factcheck.checks`. Third parties add rules through the entry-point
group ``factcheck.checks``: each entry point names a :class:`~factcheck.rule.Rule` subclass, or
a module or iterable holding several.

Selection follows ruff: a selector is a full code (``NUM101``), a code prefix (``NUM``), a rule
name (``share-votes-mismatch``) or ``ALL``. ``select`` sets the base set, ``extend-select``
adds to it, ``ignore`` removes from it.

The registry knows each rule as a :class:`RuleInfo` before importing it, as flake8 and ruff
know theirs: code, name, default severity, scope, priority and what it needs
(:class:`~factcheck.rule.Need`). The built-in rules' are data
(:data:`factcheck.checks.BUILTIN`); a plugged-in rule's are read from its class, which its
entry point has imported. Choosing and scheduling rules read only these, so a run imports a
rule's module when the rule is chosen and the run has what it needs (the engine leaves a
reference rule unimported until an article names an election, a corpus rule until there are
two documents). A rule's documentation is its class's docstring: ``factcheck rules``,
``factcheck explain`` and the documentation pages (:mod:`factcheck.docs`) import the rules
(:func:`all_rules`) to read it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Protocol

from factcheck.entry_points import entry_points
from factcheck.errors import UnknownRuleError
from factcheck.models import Severity
from factcheck.rule import Need, Rule, Scope

ENTRY_POINT_GROUP = "factcheck.checks"

UnknownSelector = UnknownRuleError
"""The old name of :class:`~factcheck.errors.UnknownRuleError`, kept for callers."""

SELECTOR_FORMS = (
    "use a code (NUM101), a prefix (NUM) or a name (share-votes-mismatch) from `factcheck rules`"
)


class Named(Protocol):
    """Anything a selector can pick: a rule's class or instance, or its :class:`RuleInfo`."""

    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """A rule as the registry knows it before importing it: what choosing and running need.

    The fields are the rule class's attributes of the same names;
    tests/test_registry_metadata.py checks the built-in table against the classes.
    """

    code: str
    name: str
    severity: Severity
    scope: Scope
    target: str
    """``module:Class``, where the rule is defined."""
    priority: int = 100
    needs: frozenset[Need] = frozenset()
    reads_on_demand: bool = False
    rule: type[Rule] | None = field(default=None, compare=False, repr=False)
    """The class, when it is already imported (a plugged-in rule's)."""

    @classmethod
    def of(cls, rule: type[Rule]) -> RuleInfo:
        """The metadata of an imported rule class."""
        return cls(
            rule.code,
            rule.name,
            rule.severity,
            rule.scope,
            f"{rule.__module__}:{rule.__qualname__}",
            rule.priority,
            frozenset(rule.needs),
            rule.reads_on_demand,
            rule,
        )

    def load(self) -> type[Rule]:
        """The rule's class (its module is imported now, if it was not)."""
        if self.rule is not None:
            return self.rule
        import importlib

        module, _, qualname = self.target.partition(":")
        found: object = importlib.import_module(module)
        for part in qualname.split("."):
            found = getattr(found, part)
        if not (isinstance(found, type) and issubclass(found, Rule)):
            raise TypeError(f"{self.target} is not a rule")
        return found


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


@cache
def _index() -> tuple[RuleInfo, ...]:
    """Every known rule's metadata, sorted by code.

    Built-in rules come from :data:`factcheck.checks.BUILTIN` and are not imported here;
    plugged-in rules are (their entry points must be loaded to know their codes).
    """
    from factcheck.checks import BUILTIN

    found: dict[str, RuleInfo] = {r.code: r for r in BUILTIN}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        for rule in _rules_in(ep.load()):
            known = found.get(rule.code)
            # A built-in code: only the built-in rule may use it (its entry point is allowed).
            same = known is not None and (
                known.target == f"{rule.__module__}:{rule.__qualname__}"
                if known.rule is None
                else known.rule is rule
            )
            if known is not None and not same:
                raise TypeError(
                    f"entry point {ep.name!r} ({ep.value}) registers code {rule.code}, "
                    f"which {known.load().__name__} already uses"
                )
            found[rule.code] = RuleInfo.of(rule)
    names = [r.name for r in found.values()]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise TypeError(f"rule names must be unique; used twice: {sorted(dupes)}")
    return tuple(sorted(found.values(), key=lambda r: r.code))


def forget_rules() -> None:
    """Look the rules up again next time (after installing or faking an entry point)."""
    _index.cache_clear()
    all_rules.cache_clear()


def known_rules() -> tuple[RuleInfo, ...]:
    """Every known rule's metadata, built-in and plugged in, sorted by code (nothing built in
    is imported)."""
    return _index()


@cache
def all_rules() -> tuple[type[Rule], ...]:
    """Every known rule, built-in and plugged in, sorted by code (every rule is imported)."""
    return tuple(r.load() for r in _index())


def get_rule(selector: str) -> type[Rule]:
    """The rule with this exact code or name."""
    for rule in _index():
        if selector.upper() == rule.code or selector.lower() == rule.name:
            return rule.load()
    near = did_you_mean(selector)
    hint = f"did you mean {near!r}? " if near else ""
    raise UnknownRuleError(
        f"no rule has the code or name {selector!r}; {hint}run `factcheck rules` to list them"
    )


def matches(rule: Named, selector: str) -> bool:
    """Does the selector pick this rule (its class, an instance, or its :class:`RuleInfo`)?"""
    return _matches(rule.code, rule.name, selector)


def _matches(code: str, name: str, selector: str) -> bool:
    if selector.upper() == "ALL":
        return True
    if selector.lower() == name:
        return True
    return code.startswith(selector.upper())


def _check_known(selectors: Iterable[str], rules: Sequence[RuleInfo], what: str) -> None:
    for sel in selectors:
        if not any(_matches(r.code, r.name, sel) for r in rules):
            raise UnknownRuleError(no_such_rule(sel, f"{what} entry"))


def chosen_rules(
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> tuple[RuleInfo, ...]:
    """The metadata of the rules that run, given ruff-style selectors (``select=None``
    means every rule); none is imported."""
    rules = _index()
    _check_known(select or (), rules, "select")
    _check_known(extend_select, rules, "extend-select")
    _check_known(ignore, rules, "ignore")
    base = ["ALL"] if select is None else list(select)
    picked = [r for r in rules if any(_matches(r.code, r.name, s) for s in [*base, *extend_select])]
    return tuple(r for r in picked if not any(_matches(r.code, r.name, s) for s in ignore))


def select_rules(
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> tuple[type[Rule], ...]:
    """The rules that run, given ruff-style selectors. ``select=None`` means every rule.

    Only the chosen rules are imported.
    """
    return tuple(r.load() for r in chosen_rules(select, extend_select, ignore))
