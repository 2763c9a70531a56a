"""The built-in rule table agrees with the rules; choosing rules imports only those chosen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.checks import BUILTIN
from factcheck.engine import Engine
from factcheck.registry import RuleInfo, all_rules, chosen_rules, select_rules
from factcheck.rule import Need

FAMILIES = ("arithmetic", "wording", "corpus", "reference", "suppression")


@pytest.mark.parametrize("entry", BUILTIN, ids=lambda e: e.code)
def test_the_table_describes_each_rule_as_its_class_does(entry: RuleInfo) -> None:
    rule = entry.load()
    assert entry == RuleInfo.of(rule)  # code, name, severity, scope, priority, needs, target
    assert entry.reads_on_demand is rule.reads_on_demand
    assert f"{rule.__module__}:{rule.__qualname__}" == entry.target
    assert entry.rule is None  # the table holds no class: nothing is imported to read it


def test_what_the_rules_need_is_what_they_check_first() -> None:
    # The reference rules say nothing without an election, the corpus rules nothing about
    # fewer than two articles: the engine may leave them unimported then.
    needs = {e.code: e.needs for e in BUILTIN}
    assert {c for c, n in needs.items() if Need.ELECTION in n} == {"REF101", "REF102"}
    assert {c for c, n in needs.items() if Need.OTHER_ARTICLES in n} == {"DUP101", "DUP102"}
    assert {e.code for e in BUILTIN if e.needs} == {"REF101", "REF102", "DUP101", "DUP102"}


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


def test_the_chosen_rules_are_described_without_importing_one(tmp_path: Path) -> None:
    code = (
        "import sys, json\n"
        "from factcheck.registry import chosen_rules\n"
        "infos = chosen_rules(None)\n"
        "print(json.dumps([len(infos), sorted(m for m in sys.modules"
        " if m.startswith('factcheck.checks.'))]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    count, mods = json.loads(done.stdout)
    assert count == len(BUILTIN)
    assert mods == []


def _rule_families_after_check(tmp_path: Path, *args: str) -> set[str]:
    code = (
        "import sys, json\n"
        "from factcheck.cli import main\n"
        f"code = main(['check', *{list(args)!r}])\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('factcheck.checks.'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    mods = json.loads(done.stdout.splitlines()[-1])
    return {f for f in FAMILIES if any(m.startswith(f"factcheck.checks.{f}") for m in mods)}


ONE = "Poplar and Limehouse: Labour's Jim Fitzpatrick won 39,558 votes (67.3%).\n"


def test_one_article_without_an_election_imports_no_reference_or_corpus_rule(
    tmp_path: Path,
) -> None:
    (tmp_path / "one.txt").write_text(ONE)
    assert _rule_families_after_check(tmp_path, "one.txt") == {
        "arithmetic",
        "wording",
        "suppression",
    }


def test_an_election_imports_the_reference_rules_and_two_articles_the_corpus_rules(
    tmp_path: Path,
) -> None:
    (tmp_path / "one.txt").write_text(ONE)
    (tmp_path / "dated.txt").write_text("---\nelection: uk-ge-2017\n---\n" + ONE)
    (tmp_path / "two.txt").write_text(ONE.replace("Labour's", "Labour MP"))
    run = _rule_families_after_check
    assert "reference" in run(tmp_path, "--election", "uk-ge-2017", "one.txt")
    assert "reference" in run(tmp_path, "dated.txt")  # the front matter names one
    both = run(tmp_path, "one.txt", "two.txt")
    assert "corpus" in both
    assert "reference" not in both


def test_the_engine_lists_its_deferred_rules_and_makes_them_on_request() -> None:
    engine = Engine.from_config(None)
    assert [r.code for r in engine.selected] == [r.code for r in chosen_rules(None)]
    assert {r.code for r in engine.deferred} == {"DUP101", "DUP102", "REF101", "REF102"}
    assert not {r.code for r in engine.rules} & {r.code for r in engine.deferred}
    made = engine.all_rules()
    assert [r.code for r in made] == [r.code for r in engine.selected]
    assert [type(r) for r in made] == list(all_rules())
    assert engine.all_rules() == made  # made once
