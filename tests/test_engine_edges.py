"""The engine's edges that mutation testing showed no other test reached: which finding a
merge keeps, which severity a finding gets, where a finding points and how findings sort.

Rules here are defined in the test, so each one says exactly what it blames.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.config import Config
from factcheck.engine import Engine, internal_error, sort_findings
from factcheck.models import (
    Article,
    CandidateResult,
    ContestResult,
    Document,
    Figure,
    Finding,
    Severity,
    Span,
)
from factcheck.rule import Outcome, Rule, RuleContext, Violation

TEXT = "Smith won 1,234 votes, Jones 999."


def _contest() -> ContestResult:
    return ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(name="Smith", votes=Figure.count(1234, span=Span(start=10, end=15))),
            CandidateResult(name="Jones", votes=Figure.count(999, span=Span(start=29, end=32))),
        ),
    )


def _article(contest: ContestResult | None = None) -> Article:
    return Article(document=Document(path="a.txt", text=TEXT), contests=(contest or _contest(),))


class _BlameSmith(Rule):
    """Blames Smith's votes."""

    code = "TST911"
    name = "test-blame-smith"
    priority = 50

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(message="Smith's votes, says 911", figure=contest.candidates[0].votes)


class _BlameSmithFirst(_BlameSmith):
    """Blames Smith's votes too, and comes first by priority."""

    code = "TST912"
    name = "test-blame-smith-first"
    priority = 10

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(message="Smith's votes, says 912", figure=contest.candidates[0].votes)


class _BlameSmithSamePriority(_BlameSmith):
    """Blames Smith's votes at the same priority as 911, with a higher code."""

    code = "TST913"
    name = "test-blame-smith-same-priority"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(message="Smith's votes, says 913", figure=contest.candidates[0].votes)


class _Unsure(Rule):
    """Blames Jones's votes but is unsure: lowers its own severity to a warning."""

    code = "TST914"
    name = "test-unsure"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(
            message="Jones's votes, perhaps",
            figure=contest.candidates[1].votes,
            severity=Severity.WARNING,
        )


class _Nowhere(Rule):
    """Two violations about nothing in particular: no figure, no span."""

    code = "TST915"
    name = "test-nowhere"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(message="something is off")
        yield Violation(message="something else is off")


class _Corrects(Rule):
    """Blames Smith's votes and gives the literal correction."""

    code = "TST916"
    name = "test-corrects"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(
            message="Smith polled 1,243",
            figure=contest.candidates[0].votes,
            fix="1,243",
            corrected="1,243",
        )


class _CorrectsNothing(Rule):
    """Offers a literal correction but points at nothing."""

    code = "TST917"
    name = "test-corrects-nothing"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(message="something should read 1,243", fix="1,243", corrected="1,243")


def _run(*rules: Rule, config: Config | None = None) -> list[Finding]:
    engine = Engine(rules=rules, config=config or Config())
    findings, _ = engine.check_article(_article())
    return findings


def test_of_two_rules_blaming_one_figure_the_one_with_the_lower_priority_number_keeps_it() -> None:
    for rules in ((_BlameSmith(), _BlameSmithFirst()), (_BlameSmithFirst(), _BlameSmith())):
        (finding,) = _run(*rules)
        assert finding.rule == "TST912"
        assert finding.evidence["also"] == [
            {"rule": "TST911", "name": "test-blame-smith", "message": "Smith's votes, says 911"}
        ]


def test_of_two_rules_at_one_priority_the_lower_code_keeps_the_figure() -> None:
    (finding,) = _run(_BlameSmithSamePriority(), _BlameSmith())
    assert finding.rule == "TST911"
    also = finding.evidence["also"]
    assert isinstance(also, list)
    assert [a["rule"] for a in also if isinstance(a, dict)] == ["TST913"]


def test_findings_about_different_figures_are_both_kept_with_nothing_merged() -> None:
    findings = _run(_BlameSmith(), _Unsure())
    assert [(f.rule, f.text) for f in findings] == [("TST911", "1,234"), ("TST914", "999")]
    assert all("also" not in f.evidence for f in findings)


def test_violations_that_blame_nothing_are_never_merged_into_one() -> None:
    findings = _run(_Nowhere())
    assert [f.message for f in findings] == ["something is off", "something else is off"]
    assert all(f.start is None and "also" not in f.evidence for f in findings)


def test_a_rule_may_lower_its_own_severity() -> None:
    (finding,) = _run(_Unsure())
    assert finding.severity is Severity.WARNING
    (finding,) = _run(_Unsure(), config=Config(severity={"TST914": Severity.INFO}))
    assert finding.severity is Severity.INFO


def test_the_severity_of_the_most_specific_selector_wins() -> None:
    engine = Engine(rules=(), config=Config())
    rule = _Unsure()
    assert engine.severity_of(rule) is Severity.ERROR

    def severity(overrides: dict[str, Severity]) -> Severity:
        return Engine(rules=(), config=Config(severity=overrides)).severity_of(rule)

    # A name beats any prefix; a longer prefix beats a shorter; ALL loses to everything.
    assert severity({"test-unsure": Severity.INFO, "TST914": Severity.WARNING}) is Severity.INFO
    assert severity({"TST914": Severity.INFO, "test-unsure": Severity.WARNING}) is Severity.WARNING
    assert severity({"TST": Severity.INFO, "TST9": Severity.WARNING}) is Severity.WARNING
    assert severity({"TST9": Severity.WARNING, "TST": Severity.INFO}) is Severity.WARNING
    assert severity({"ALL": Severity.INFO, "TST": Severity.WARNING}) is Severity.WARNING
    assert severity({"TST": Severity.WARNING, "ALL": Severity.INFO}) is Severity.WARNING
    assert severity({"ALL": Severity.INFO}) is Severity.INFO
    assert severity({"NUM": Severity.INFO}) is Severity.ERROR


def test_a_literal_correction_replaces_the_figure_inside_its_span() -> None:
    (finding,) = _run(_Corrects())
    assert (finding.text, finding.fix, finding.replacement) == ("1,234", "1,243", "1,243")


def test_no_literal_correction_for_a_finding_that_points_at_nothing() -> None:
    (finding,) = _run(_CorrectsNothing())
    assert (finding.start, finding.fix, finding.replacement) == (None, "1,243", None)


def test_no_literal_correction_where_the_figure_is_written_twice_in_its_span() -> None:
    text = "Polls: 12 of 12 wards."
    contest = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(
                name="Smith",
                votes=Figure(
                    text="12", value=12, unit=Figure.count(1).unit, span=Span(start=7, end=15)
                ),
            ),
        ),
    )
    doc = Document(path="a.txt", text=text)
    engine = Engine(rules=(_Corrects(),), config=Config())
    (finding,) = engine.check_article(Article(document=doc, contests=(contest,)))[0]
    assert finding.fix == "1,243"
    assert finding.replacement is None


def test_findings_sort_by_file_then_position_then_rule() -> None:
    def at(path: str, start: int | None, rule: str) -> Finding:
        return Finding(
            path=path,
            start=start,
            rule=rule,
            name="x",
            severity=Severity.ERROR,
            message="m",
        )

    findings = [
        at("b.txt", 1, "A1"),
        at("a.txt", 9, "A1"),
        at("a.txt", 2, "B2"),
        at("a.txt", 2, "A1"),
    ]
    ordered = [(f.path, f.start, f.rule) for f in sort_findings(findings)]
    assert ordered == [
        ("a.txt", 2, "A1"),
        ("a.txt", 2, "B2"),
        ("a.txt", 9, "A1"),
        ("b.txt", 1, "A1"),
    ]


def test_an_internal_error_names_the_exception_and_cuts_a_long_message() -> None:
    short = internal_error("a.txt", "checking it", ZeroDivisionError("division by zero"))
    assert short.path == "a.txt"
    assert short.message == (
        "internal error while checking it (ZeroDivisionError: division by zero): "
        "please report it, with the file"
    )
    long = internal_error("a.txt", "checking it", ValueError("x" * 300))
    detail = long.message.split("(", 1)[1].split("): please", 1)[0]
    assert len(detail) == 200
    assert detail.endswith("x…")
