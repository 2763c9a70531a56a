"""The built-in rule table agrees with the rules; choosing rules imports only those chosen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.checks import BUILTIN, BuiltinRule
from factcheck.registry import all_rules, select_rules

FAMILIES = ("arithmetic", "wording", "corpus", "reference", "suppression")


@pytest.mark.parametrize("entry", BUILTIN, ids=lambda e: e.code)
def test_the_table_names_each_rule_as_its_class_does(entry: BuiltinRule) -> None:
    rule = entry.load()
    assert (rule.code, rule.name) == (entry.code, entry.name)
    assert f"{rule.__module__}:{rule.__qualname__}" == entry.target


def test_the_table_holds_every_built_in_rule_once() -> None:
    codes = [e.code for e in BUILTIN]
    assert len(set(codes)) == len(codes)
    assert len({e.name for e in BUILTIN}) == len(codes)
    builtin = {r.code for r in all_rules() if r.__module__.startswith("factcheck.checks.")}
    assert builtin == set(codes)


def test_selection_is_the_same_through_the_table() -> None:
    cases: list[tuple[list[str] | None, list[str]]] = [
        (None, []),
        (["NUM"], ["NUM105"]),
        (["WRD102", "reference-mismatch"], []),
        (["ALL"], ["duplicate-article", "WRD"]),
    ]
    for select, ignore in cases:
        chosen = select_rules(select, (), ignore)
        expected = [
            r
            for r in all_rules()
            if (
                select is None
                or any(s == "ALL" or r.code.startswith(s) or r.name == s for s in select)
            )
            and not any(r.code.startswith(s) or r.name == s for s in ignore)
        ]
        assert list(chosen) == expected


def _families_imported(tmp_path: Path, select: str) -> set[str]:
    code = (
        "import sys, json\n"
        "from factcheck.registry import select_rules\n"
        f"rules = select_rules([{select!r}])\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('factcheck.checks.'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    mods = json.loads(done.stdout)
    return {f for f in FAMILIES if any(m.startswith(f"factcheck.checks.{f}") for m in mods)}


@pytest.mark.parametrize(
    ("select", "family"),
    [
        ("NUM", "arithmetic"),
        ("WRD103", "wording"),
        ("duplicate-article", "corpus"),
        ("REF", "reference"),
    ],
)
def test_choosing_rules_imports_only_their_family(tmp_path: Path, select: str, family: str) -> None:
    assert _families_imported(tmp_path, select) == {family}
