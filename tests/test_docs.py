"""Docs are part of the feature: rule pages are generated, complete, and their examples run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factcheck
from factcheck.docs import REQUIRED_SECTIONS, examples, pages, sections
from factcheck.registry import all_rules
from factcheck.rule import Rule

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"
RULES = all_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_documents_every_section(rule: type[Rule]) -> None:
    secs = sections(rule)
    missing = [s for s in REQUIRED_SECTIONS if not secs.get(s)]
    assert not missing, f"{rule.code} docstring lacks sections {missing}"


_DOC_HEADER = re.compile(r"^=== (\S+) ===$", flags=re.MULTILINE)


def _check_example(source: str, tmp_path: Path, name: str) -> factcheck.Report:
    # A corpus rule's example is several documents, each under a line `=== name.txt ===`:
    # each is written to its own file, and the folder is checked.
    parts = _DOC_HEADER.split(source)
    if len(parts) > 1:
        folder = tmp_path / name
        folder.mkdir()
        for file_name, text in zip(parts[1::2], parts[2::2], strict=True):
            (folder / file_name).write_text(text.strip() + "\n", encoding="utf-8")
        report = factcheck.check(folder)
        assert not report.errors, report.errors
        assert len(report.documents) == len(parts) // 2
        return report
    # A results-file example is JSON; a wording example is a sentence of an article.
    suffix = ".json" if source.lstrip().startswith("{") else ".txt"
    path = tmp_path / f"{name}{suffix}"
    path.write_text(source, encoding="utf-8")
    report = factcheck.check(path)
    assert not report.errors, report.errors
    return report


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_failing_example_fires_exactly_its_rule(rule: type[Rule], tmp_path: Path) -> None:
    bad, _ = examples(rule)
    report = _check_example(bad, tmp_path, "bad")
    assert {f.name for f in report.findings} == {rule.name}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_passing_example_fires_nothing(rule: type[Rule], tmp_path: Path) -> None:
    _, good = examples(rule)
    report = _check_example(good, tmp_path, "good")
    assert report.findings == ()


def test_committed_rule_pages_match_the_rules() -> None:
    expected = pages()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    stale = sorted(n for n, text in expected.items() if on_disk.get(n) != text)
    extra = sorted(set(on_disk) - set(expected))
    fix = "run `python -m factcheck.docs docs/rules`"
    assert not stale, f"docs/rules pages are out of date: {stale}; {fix}"
    assert not extra, f"docs/rules has pages for no rule: {extra}; {fix}"
