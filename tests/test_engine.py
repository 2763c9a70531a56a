"""The engine: rule metadata, selection, severity overrides, merging, not-checked outcomes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import factcheck
from factcheck import registry
from factcheck.config import Config
from factcheck.engine import Engine
from factcheck.models import (
    CandidateResult,
    ContestResult,
    Document,
    Figure,
    Severity,
    Span,
)
from factcheck.registry import UnknownSelector, all_rules, get_rule, select_rules
from factcheck.rule import Outcome, Rule, RuleContext, Skip, Violation


def _names(rules: tuple[type[Rule], ...]) -> set[str]:
    return {r.name for r in rules}


def test_every_rule_has_unique_stable_metadata() -> None:
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    assert {
        "share-votes-mismatch",
        "shares-exceed-total",
        "total-mismatch",
        "majority-mismatch",
        "rank-order-mismatch",
        "turnout-mismatch",
    } <= _names(rules)
    for r in rules:
        assert r.summary()
        assert r.summary().endswith(".")


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("NUM101", {"share-votes-mismatch"}),
        ("num101", {"share-votes-mismatch"}),
        ("share-votes-mismatch", {"share-votes-mismatch"}),
        ("NUM10", {r.name for r in all_rules() if r.code.startswith("NUM10")}),
        ("ALL", {r.name for r in all_rules()}),
    ],
)
def test_select_by_code_prefix_name_or_all(selector: str, expected: set[str]) -> None:
    assert _names(select_rules([selector])) == expected


def test_ignore_removes_from_selection_and_extend_select_adds() -> None:
    chosen = select_rules(["NUM"], extend_select=(), ignore=["turnout-mismatch", "NUM105"])
    assert "turnout-mismatch" not in _names(chosen)
    assert "rank-order-mismatch" not in _names(chosen)
    assert "share-votes-mismatch" in _names(chosen)
    added = select_rules(["NUM101"], extend_select=["NUM102"])
    assert _names(added) == {"share-votes-mismatch", "shares-exceed-total"}


def test_unknown_selector_is_a_clear_error() -> None:
    with pytest.raises(UnknownSelector, match="'NUM999' matches no rule"):
        select_rules(["NUM999"])
    with pytest.raises(UnknownSelector, match="factcheck rules"):
        get_rule("no-such-rule")


def test_rule_metadata_is_validated_at_definition() -> None:
    with pytest.raises(TypeError, match="must look like"):

        class BadCode(Rule):
            """Doc."""

            code = "bad"
            name = "bad-code"

    with pytest.raises(TypeError, match="kebab-case"):

        class BadName(Rule):
            """Doc."""

            code = "XYZ1"
            name = "Bad_Name"

    with pytest.raises(TypeError, match="docstring"):

        class NoDoc(Rule):
            code = "XYZ2"
            name = "no-doc"


def _poplar(**changes: Any) -> ContestResult:
    base = ContestResult(
        name="Poplar and Limehouse",
        candidates=(
            CandidateResult(
                name="Jim Fitzpatrick",
                votes=Figure.count(39558, span=Span(start=0, end=6)),
                share=Figure.percentage("67.3", span=Span(start=10, end=14)),
            ),
            CandidateResult(
                name="Christopher Wilford",
                votes=Figure.count(11486, span=Span(start=20, end=26)),
                share=Figure.percentage("20.1", span=Span(start=30, end=34)),
            ),
            CandidateResult(
                name="Elaine Bagshaw",
                votes=Figure.count(3959, span=Span(start=40, end=45)),
                share=Figure.percentage("6.7", span=Span(start=50, end=53)),
            ),
        ),
    )
    return base.model_copy(update=changes)


def test_severity_override_most_specific_selector_wins() -> None:
    config = Config(severity={"NUM": Severity.INFO, "share-votes-mismatch": Severity.WARNING})
    report = factcheck.check(_poplar(), config=config)
    assert [f.severity for f in report.findings] == [Severity.WARNING]
    assert not report.failed(Severity.ERROR)
    assert report.failed(Severity.WARNING)
    only_prefix = factcheck.check(_poplar(), config=Config(severity={"NUM1": Severity.INFO}))
    assert [f.severity for f in only_prefix.findings] == [Severity.INFO]
    assert not only_prefix.failed(Severity.WARNING)


def test_check_accepts_models_and_select_ignore() -> None:
    report = factcheck.check(_poplar())
    assert [f.name for f in report.findings] == ["share-votes-mismatch"]
    assert factcheck.check(_poplar(), ignore=["NUM101"]).findings == ()
    assert factcheck.check(_poplar(), select=["NUM104"]).findings == ()


class _Twice(Rule):
    """Blames Wilford's votes, as a second rule would. Used to test merging."""

    code = "TST901"
    name = "test-twice"
    priority = 500

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        fig = contest.candidates[1].votes
        yield Violation(message="second opinion on the same figure", figure=fig)
        yield Skip("and something it could not check")


def test_findings_blaming_one_figure_merge_and_keep_the_other_message() -> None:
    engine = Engine(
        rules=(get_rule("share-votes-mismatch")(), _Twice()),
        config=Config(),
    )
    doc = Document(path="a.json", text="x" * 60)
    findings, skipped = engine.check_article(factcheck.Article(document=doc, contests=(_poplar(),)))
    assert len(findings) == 1
    merged = findings[0]
    assert merged.name == "share-votes-mismatch"
    assert (merged.start, merged.end) == (20, 26)
    also = merged.evidence["also"]
    assert isinstance(also, list)
    assert also == [
        {"rule": "TST901", "name": "test-twice", "message": "second opinion on the same figure"}
    ]
    assert [(s.rule, s.reason) for s in skipped] == [("TST901", "and something it could not check")]


def test_not_checked_is_recorded_not_silent() -> None:
    contest = ContestResult(
        name="Anytown",
        turnout=Figure.percentage("64.0"),
        candidates=(CandidateResult(name="A", share=Figure.percentage("50")),),
    )
    report = factcheck.check(contest)
    reasons = {n.name: n.reason for n in report.not_checked}
    assert "turnout-mismatch" in reasons
    assert "electorate" in reasons["turnout-mismatch"]
    assert "share-votes-mismatch" in reasons
    assert report.findings == ()


def test_locations_are_derived_from_the_document() -> None:
    text = "first line\n  votes: 11486 share 20.1\n"
    start = text.index("11486")
    contest = _poplar()
    wilford = contest.candidates[1].model_copy(
        update={"votes": Figure.count(11486, span=Span(start=start, end=start + 5))}
    )
    contest = contest.model_copy(
        update={"candidates": (contest.candidates[0], wilford, contest.candidates[2])}
    )
    doc = Document(path="story.txt", text=text)
    report = factcheck.check(factcheck.Article(document=doc, contests=(contest,)))
    f = report.findings[0]
    assert (f.path, f.line, f.column, f.text) == ("story.txt", 2, start - text.index("\n"), "11486")
    assert f.url is not None
    assert f.url.endswith("/share-votes-mismatch/")


class _PluginRule(Rule):
    """A rule a third party ships through the entry point group."""

    code = "PLG100"
    name = "plugin-rule"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield from ()


class _EntryPoint:
    name = "PLG"
    value = "plugin:_PluginRule"

    def load(self) -> object:
        return _PluginRule


def test_third_party_rules_plug_in_through_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "entry_points", lambda group: [_EntryPoint()])
    registry.forget_rules()
    try:
        assert "plugin-rule" in _names(all_rules())
        assert _names(select_rules(["PLG"])) == {"plugin-rule"}
    finally:
        monkeypatch.undo()
        registry.forget_rules()
    assert "plugin-rule" not in _names(all_rules())


def test_rules_never_print(capsys: pytest.CaptureFixture[str]) -> None:
    factcheck.check(_poplar())
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ""
