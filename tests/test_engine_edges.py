"""The engine's edges that mutation testing showed no other test reached: which finding a
merge keeps, which severity a finding gets, where a finding points and how findings sort.

Rules here are defined in the test, so each one says exactly what it blames.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

import pytest

from factcheck.config import Config, ConfigError
from factcheck.engine import CORPUS_PATH, Engine, internal_error, sort_findings
from factcheck.models import (
    Article,
    CandidateResult,
    Confidence,
    Consequence,
    ContestResult,
    Document,
    Figure,
    Finding,
    Grounds,
    Severity,
    Span,
)
from factcheck.registry import RuleInfo
from factcheck.rule import Need, Outcome, Related, Rule, RuleContext, Scope, Skip, Violation

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
        # Each subclass differs only in code and priority; the message names the code's number.
        says = self.code.removeprefix("TST")
        yield Violation(message=f"Smith's votes, says {says}", figure=contest.candidates[0].votes)


class _BlameSmithFirst(_BlameSmith):
    """Blames Smith's votes too, and comes first by priority."""

    code = "TST912"
    name = "test-blame-smith-first"
    priority = 10


class _BlameSmithSamePriority(_BlameSmith):
    """Blames Smith's votes at the same priority as 911, with a higher code."""

    code = "TST913"
    name = "test-blame-smith-same-priority"


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


def test_an_internal_error_cuts_the_detail_only_past_two_hundred_characters() -> None:
    prefix = len("ValueError: ")
    at_limit = internal_error("a.txt", "checking it", ValueError("x" * (200 - prefix)))
    assert "x" * (200 - prefix) + "): please" in at_limit.message
    over = internal_error("a.txt", "checking it", ValueError("x" * (201 - prefix)))
    assert "x" * (199 - prefix) + "…): please" in over.message


# -- severity: a rule's name beats a longer code prefix, ALL loses even to one letter ----------


class _ShortName(_Unsure):
    """A rule whose name is shorter than a prefix of its code."""

    code = "TST9141"
    name = "tiny"


def test_a_rules_name_beats_a_code_prefix_longer_than_the_name() -> None:
    def severity(overrides: dict[str, Severity]) -> Severity:
        return Engine(rules=(), config=Config(severity=overrides)).severity_of(_ShortName())

    assert severity({"tiny": Severity.INFO, "TST914": Severity.WARNING}) is Severity.INFO
    assert severity({"TST914": Severity.WARNING, "tiny": Severity.INFO}) is Severity.INFO


def test_a_one_letter_prefix_beats_all_whichever_is_configured_first() -> None:
    def severity(overrides: dict[str, Severity]) -> Severity:
        return Engine(rules=(), config=Config(severity=overrides)).severity_of(_Unsure())

    assert severity({"ALL": Severity.INFO, "T": Severity.WARNING}) is Severity.WARNING
    assert severity({"T": Severity.WARNING, "ALL": Severity.INFO}) is Severity.WARNING


# -- what a finding carries from its violation ---------------------------------------------------


class _Detailed(Rule):
    """Blames Smith's votes, unsure, with consequences and a note that points at no text."""

    code = "TST918"
    name = "test-detailed"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(
            message="Smith's votes would change the winner",
            figure=contest.candidates[0].votes,
            consequences=(Consequence.WINNER,),
            confidence=Confidence.LOW,
            related=(Related(span=None, message="the count sheet"),),
        )


def test_a_finding_carries_its_contest_consequences_confidence_and_unlocated_notes() -> None:
    (finding,) = _run(_Detailed())
    assert finding.contest == "Anytown"
    assert finding.consequences == (Consequence.WINNER,)
    assert finding.confidence is Confidence.LOW
    (note,) = finding.related
    assert (note.message, note.path, note.start, note.line) == (
        "the count sheet",
        "a.txt",
        None,
        None,
    )


def test_no_literal_correction_where_the_figures_text_is_written_twice_overlapping() -> None:
    # "11" stands at 0 and again at 1 in "111": which one is the figure is not known.
    text = "111 votes"
    contest = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(
                name="Smith",
                votes=Figure(
                    text="11", value=11, unit=Figure.count(1).unit, span=Span(start=0, end=3)
                ),
            ),
        ),
    )
    engine = Engine(rules=(_Corrects(),), config=Config())
    doc = Document(path="a.txt", text=text)
    (finding,) = engine.check_article(Article(document=doc, contests=(contest,)))[0]
    assert (finding.fix, finding.replacement) == ("1,243", None)


def _span(figure: Figure | None) -> Span | None:
    return figure.span if figure is not None else None


# -- what is blamed: a span and the figure at that span are one thing ---------------------------


class _BlameSmithsSpan(Rule):
    """Blames the span of Smith's votes, without naming the figure."""

    code = "TST919"
    name = "test-blame-smiths-span"
    priority = 60

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(
            message="the span of Smith's votes", span=_span(contest.candidates[0].votes)
        )


def test_a_violation_at_a_span_merges_with_one_blaming_the_figure_written_there() -> None:
    (finding,) = _run(_BlameSmith(), _BlameSmithsSpan())
    assert finding.rule == "TST911"
    assert finding.evidence["also"] == [
        {"rule": "TST919", "name": "test-blame-smiths-span", "message": "the span of Smith's votes"}
    ]


def test_two_rules_blaming_one_figure_without_text_give_one_finding() -> None:
    # A results file's figures have no span: the figure itself is what both blame.
    contest = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(name="Smith", votes=Figure.count(1234)),
            CandidateResult(name="Jones", votes=Figure.count(999)),
        ),
    )
    engine = Engine(rules=(_BlameSmith(), _BlameSmithFirst()), config=Config())
    findings, _ = engine.check_article(_article(contest))
    (finding,) = findings
    assert finding.rule == "TST912"
    assert finding.evidence["also"] == [
        {"rule": "TST911", "name": "test-blame-smith", "message": "Smith's votes, says 911"}
    ]


# -- a finding is only as sure as the reading of the figures it rests on ------------------------


def _read(figure: Figure, *loose: str) -> Figure:
    grounds = Grounds(
        what="“votes” after it",
        subject="the name before it",
        seat="the story's only seat",
        seat_named="story's only seat",
        election="the story's",
        loose=loose,
    )
    return figure.model_copy(update={"grounds": grounds})


def _read_contest(smith: tuple[str, ...] | None, jones: tuple[str, ...] | None) -> ContestResult:
    votes = _contest().candidates
    return ContestResult(
        name="Anytown",
        candidates=tuple(
            c if loose is None else c.model_copy(update={"votes": _read(c.votes, *loose)})  # type: ignore[arg-type]
            for c, loose in zip(votes, (smith, jones), strict=True)
        ),
    )


def _run_read(contest: ContestResult, *rules: Rule) -> tuple[list[Finding], list[str]]:
    engine = Engine(rules=rules, config=Config())
    findings, skipped = engine.check_article(_article(contest))
    return findings, [s.reason for s in skipped]


def test_a_finding_on_a_loosely_read_figure_warns_at_most_and_offers_no_fix() -> None:
    ((finding,), _) = _run_read(_read_contest(("what", "seat"), None), _Corrects())
    assert finding.severity is Severity.WARNING
    assert (finding.fix, finding.replacement) == (None, None)
    assert finding.confidence is Confidence.MEDIUM
    assert finding.evidence["reading"] == [
        "“1,234” was read loosely (what: “votes” after it; seat: the story's only seat)"
    ]


@pytest.mark.parametrize("loose", [("subject", "seat"), ("election",), ("what", "election")])
def test_a_finding_on_a_figure_of_two_inferred_ties_or_an_assumed_election_is_not_made(
    loose: tuple[str, ...],
) -> None:
    # Whatever the rule: its seat and its subject both guessed, or its election assumed.
    findings, reasons = _run_read(_read_contest(loose, None), _Corrects())
    assert findings == []
    (reason,) = reasons
    assert reason.startswith("not checked: “1,234” was read too loosely for a finding (")


def test_a_finding_on_a_figure_read_by_explicit_cues_keeps_its_severity_and_fix() -> None:
    ((finding,), _) = _run_read(_read_contest((), None), _Corrects())
    assert finding.severity is Severity.ERROR
    assert (finding.fix, finding.replacement) == ("1,243", "1,243")
    assert finding.confidence is Confidence.HIGH
    assert "reading" not in finding.evidence


def test_a_loose_reading_never_raises_a_finding_to_a_warning_or_its_confidence_to_medium() -> None:
    ((finding,), _) = _run_read(_read_contest(("subject",), None), _Detailed())
    assert finding.confidence is Confidence.LOW
    engine = Engine(rules=(_Detailed(),), config=Config(severity={"TST918": Severity.INFO}))
    (finding,) = engine.check_article(_article(_read_contest(("subject",), None)))[0]
    assert finding.severity is Severity.INFO


class _BlameSmithsSpanNotingJones(Rule):
    """Blames the span of Smith's votes (not the figure) and points at Jones's votes."""

    code = "TST920"
    name = "test-blame-span-noting-jones"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        smith, jones = contest.candidates
        yield Violation(
            message="Smith's votes cannot be right beside Jones's",
            span=_span(smith.votes),
            related=(
                Related(span=_span(jones.votes), message="Jones's votes"),
                Related(
                    span=_span(jones.votes), message="the same place in another story", path="b.txt"
                ),
            ),
        )


def test_the_reading_of_a_blamed_span_and_of_the_figures_it_points_at_are_all_weighed() -> None:
    ((finding,), _) = _run_read(
        _read_contest(("subject",), ("seat",)), _BlameSmithsSpanNotingJones()
    )
    assert finding.severity is Severity.WARNING
    assert finding.evidence["reading"] == [
        "“1,234” was read loosely (subject: the name before it)",
        "“999” was read loosely (seat: the story's only seat)",
    ]


def test_a_figure_read_with_certainty_does_not_hide_a_loose_one_after_it() -> None:
    ((finding,), _) = _run_read(_read_contest((), ("what",)), _BlameSmithsSpanNotingJones())
    assert finding.evidence["reading"] == ["“999” was read loosely (what: “votes” after it)"]


def test_a_figure_in_another_document_is_not_weighed_as_this_ones_reading() -> None:
    # The related note in b.txt points at the same offsets as Jones's votes here: not the same.
    class _OtherOnly(_BlameSmithsSpanNotingJones):
        """Points only at another document."""

        def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
            yield Violation(
                message="Smith's votes differ from another story's",
                span=_span(contest.candidates[0].votes),
                related=(
                    Related(span=_span(contest.candidates[1].votes), message="b", path="b.txt"),
                ),
            )

    ((finding,), _) = _run_read(_read_contest((), ("seat",)), _OtherOnly())
    assert "reading" not in finding.evidence
    assert finding.severity is Severity.ERROR


# -- a comparison with the official record needs the seat, person and election read explicitly --


class _FromTheRecord(Rule):
    """Compares Smith's votes with an official record looked up for the contest."""

    code = "TST921"
    name = "test-from-the-record"
    by_span = False

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        votes = contest.candidates[0].votes
        yield Violation(
            message="the record says 1,243",
            figure=None if self.by_span else votes,
            span=_span(votes) if self.by_span else None,
            evidence={"official_records": ["Anytown"]},
        )


class _FromTheRecordBySpan(_FromTheRecord):
    """The same comparison, located by the span of Smith's votes alone."""

    code = "TST922"
    name = "test-from-the-record-by-span"
    by_span = True


def test_a_record_comparison_on_a_figure_of_a_guessed_seat_is_not_made_and_says_why() -> None:
    for rule in (_FromTheRecord(), _FromTheRecordBySpan()):
        findings, reasons = _run_read(_read_contest(("election", "seat"), None), rule)
        assert findings == []
        assert reasons == [
            "not compared with the official record: “1,234” was read loosely "
            "(seat: the story's only seat; election: the story's)"
        ]


def test_a_record_comparison_on_a_figure_whose_person_was_guessed_is_not_made() -> None:
    findings, reasons = _run_read(_read_contest(("subject",), None), _FromTheRecord())
    assert findings == []
    assert reasons == [
        "not compared with the official record: “1,234” was read loosely "
        "(subject: the name before it)"
    ]


def test_a_record_comparison_stands_when_only_what_the_figure_measures_was_guessed() -> None:
    # The record was looked up for the right seat, person and election: a loose "what" makes
    # the finding a warning, not a silence.
    ((finding,), reasons) = _run_read(_read_contest(("what",), None), _FromTheRecord())
    assert reasons == []
    assert finding.severity is Severity.WARNING


def test_a_record_comparison_on_a_figure_without_grounds_is_made() -> None:
    # A results file's figures have no grounds: its fields say what each figure is.
    ((finding,), reasons) = _run_read(_read_contest(None, None), _FromTheRecord())
    assert reasons == []
    assert finding.severity is Severity.ERROR


def test_a_finding_not_from_the_record_stands_on_a_figure_of_a_guessed_seat() -> None:
    # Arithmetic within the story does not depend on which seat it is: it warns instead.
    ((finding,), reasons) = _run_read(_read_contest(("seat",), None), _Corrects())
    assert reasons == []
    assert finding.severity is Severity.WARNING


# -- rules of other scopes: article, reference and corpus ----------------------------------------


class _ArticleBlamesSmithsSpan(Rule):
    """An article-scope rule that blames the span of Smith's votes."""

    code = "TST923"
    name = "test-article-blames-span"
    scope = Scope.ARTICLE

    def check_article(self, article: Article, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(
            message="Smith's votes", span=_span(article.contests[0].candidates[0].votes)
        )


def test_an_article_rules_finding_on_a_loosely_read_span_warns_at_most() -> None:
    ((finding,), _) = _run_read(_read_contest(("subject",), None), _ArticleBlamesSmithsSpan())
    assert finding.contest is None
    assert finding.severity is Severity.WARNING
    assert finding.evidence["reading"] == ["“1,234” was read loosely (subject: the name before it)"]


class _Reference(Rule):
    """A reference rule: it would compare the article with the official record."""

    code = "TST924"
    name = "test-reference"
    scope = Scope.REFERENCE

    def check_article(self, article: Article, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(message="the record disagrees")


def test_a_reference_rule_without_official_results_is_not_checked_and_says_how_to_give_them() -> (
    None
):
    engine = Engine(rules=(_Reference(),), config=Config())
    findings, skipped = engine.check_article(_article())
    assert findings == []
    assert [(s.rule, s.name, s.path, s.contest, s.reason) for s in skipped] == [
        (
            "TST924",
            "test-reference",
            "a.txt",
            None,
            "no official results to check against: give --election or --reference",
        )
    ]


def test_without_an_official_record_no_front_matter_election_is_judged_unknown() -> None:
    doc = Document(path="a.txt", text=TEXT, metadata={"election": "uk-ge-2107"})
    engine = Engine(rules=(_BlameSmith(),), config=Config())
    assert engine.election_problem(Article(document=doc)) is None


class _CorpusBug(Rule):
    """A corpus rule with a bug."""

    code = "TST925"
    name = "test-corpus-bug"
    scope = Scope.CORPUS

    def check_corpus(
        self, articles: Sequence[Article], ctx: RuleContext
    ) -> Iterator[tuple[Article, Outcome]]:
        raise ZeroDivisionError("division by zero")


class _CorpusFirst(Rule):
    """A corpus rule that blames the first article's Smith."""

    code = "TST926"
    name = "test-corpus-first"
    scope = Scope.CORPUS

    def check_corpus(
        self, articles: Sequence[Article], ctx: RuleContext
    ) -> Iterator[tuple[Article, Outcome]]:
        first = articles[0]
        yield first, Violation(message="first", span=_span(first.contests[0].candidates[0].votes))
        yield articles[-1], Skip("nothing to compare")


@pytest.mark.internal_errors
def test_a_corpus_rules_bug_is_an_error_on_the_corpus_and_the_other_corpus_rules_still_run() -> (
    None
):
    engine = Engine(rules=(_BlameSmith(), _CorpusBug(), _CorpusFirst()), config=Config())
    findings, skipped, errors = engine.check_corpus_safely([_article()])
    assert [(e.path, e.message) for e in errors] == [
        (
            CORPUS_PATH,
            "internal error while TST925 compared the articles (ZeroDivisionError: division by "
            "zero): please report it, with the file",
        )
    ]
    assert [(f.rule, f.text) for f in findings] == [("TST926", "1,234")]
    assert [s.reason for s in skipped] == ["nothing to compare"]


def test_checking_a_corpus_runs_only_the_corpus_rules_once() -> None:
    engine = Engine(rules=(_BlameSmith(), _CorpusFirst()), config=Config())
    findings, skipped = engine.check_corpus([_article(), _article()])
    assert [(f.rule, f.path, f.text) for f in findings] == [("TST926", "a.txt", "1,234")]
    assert [(s.rule, s.path, s.reason) for s in skipped] == [
        ("TST926", "a.txt", "nothing to compare")
    ]


def test_a_checked_article_carries_the_official_result_of_each_contest() -> None:
    engine = Engine.from_config(Config(select=["reference-mismatch"]), election="uk-ge-2017")
    article = Article(
        document=Document(path="a.txt", text="Poplar."),
        contests=(ContestResult(name="Poplar and Limehouse"), ContestResult(name="Nowhere")),
    )
    checked = engine.checked_article(article)
    assert checked.article is article
    assert checked.election == "uk-ge-2017"
    poplar, nowhere = checked.official
    assert poplar is not None
    assert poplar.name == "Poplar and Limehouse"
    assert nowhere is None


def test_a_checked_article_without_official_results_has_no_election() -> None:
    engine = Engine(rules=(_BlameSmith(),), config=Config())
    checked = engine.checked_article(_article())
    assert (checked.election, checked.official) == (None, (None,))


def test_an_empty_selection_is_refused_saying_how_to_select_rules() -> None:
    with pytest.raises(ConfigError) as raised:
        Engine.from_config(Config(select=[]))
    assert str(raised.value) == (
        "the rule selection is empty, so nothing would be checked; select some rules "
        '(select = ["ALL"], or codes, prefixes or names from `factcheck rules`)'
    )


def test_an_unknown_election_names_where_it_was_given() -> None:
    with pytest.raises(ConfigError) as from_config:
        Engine.from_config(Config(election="uk-ge-2107"))
    assert str(from_config.value).startswith("election: unknown election 'uk-ge-2107'")
    with pytest.raises(ConfigError) as from_the_call:
        Engine.from_config(Config(), election="uk-ge-2107")
    assert str(from_the_call.value).startswith("election=: unknown election 'uk-ge-2107'")


def test_findings_without_a_file_or_a_place_sort_first() -> None:
    def at(path: str | None, start: int | None, rule: str) -> Finding:
        return Finding(
            path=path, start=start, rule=rule, name="x", severity=Severity.ERROR, message="m"
        )

    ordered = sort_findings([at("A.txt", 1, "A1"), at(None, 0, "B1"), at("A.txt", None, "B1")])
    assert [(f.path, f.start, f.rule) for f in ordered] == [
        (None, 0, "B1"),
        ("A.txt", None, "B1"),
        ("A.txt", 1, "A1"),
    ]


def test_front_matter_naming_a_known_election_is_no_input_error(tmp_path: Path) -> None:
    import factcheck

    known = tmp_path / "known.md"
    known.write_text("---\nelection: uk-ge-2017\n---\nLabour held the seat.\n", "utf-8")
    assert factcheck.check(known).errors == ()
    unknown = tmp_path / "unknown.md"
    unknown.write_text("---\nelection: uk-ge-2107\n---\nLabour held the seat.\n", "utf-8")
    (error,) = factcheck.check(unknown).errors
    assert error.message.startswith("front matter: unknown election 'uk-ge-2107'")


class _NoRecord:
    """An official record that holds nothing: enough for the engine to run reference rules."""

    name = "an empty record"

    def contest(self, name: str, election: str) -> ContestResult | None:
        return None

    def previous(self, election: str) -> str | None:
        return None


class _NeedsAnElection(Rule):
    """Says something about any article it is given, but needs an election to be given one."""

    code = "TST927"
    name = "test-needs-an-election"
    scope = Scope.REFERENCE
    needs = frozenset({Need.ELECTION})
    made = 0

    def __init__(self) -> None:
        type(self).made += 1

    def check_article(self, article: Article, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(message="looked", span=_span(article.contests[0].candidates[0].votes))


def _with_election(election: str | None) -> Article:
    metadata = {"election": election} if election else {}
    doc = Document(path="a.txt", text=TEXT, metadata=metadata)
    return Article(document=doc, contests=(_contest(),))


@pytest.mark.parametrize("deferred", [False, True])
def test_a_rule_that_needs_an_election_runs_only_for_an_article_with_one(deferred: bool) -> None:
    _NeedsAnElection.made = 0
    info = RuleInfo.of(_NeedsAnElection)
    engine = Engine(
        rules=() if deferred else (_NeedsAnElection(),),
        config=Config(),
        reference=_NoRecord(),
        deferred=(info,) if deferred else (),
    )
    assert engine.selected == (info,)
    assert engine.check_article(_with_election(None)) == ([], [])
    assert _NeedsAnElection.made == (0 if deferred else 1)  # not made for an article without
    findings, _ = engine.check_article(_with_election("uk-ge-2017"))
    assert [f.rule for f in findings] == ["TST927"]
    assert _NeedsAnElection.made == 1
    engine.check_article(_with_election("uk-ge-2017"))
    assert _NeedsAnElection.made == 1  # made once
    # An election given for the run applies to every article.
    given = Engine(
        rules=(),
        config=Config(election="uk-ge-2017"),
        reference=_NoRecord(),
        deferred=(info,),
    )
    assert [f.rule for f in given.check_article(_with_election(None))[0]] == ["TST927"]


def test_without_a_record_a_deferred_reference_rule_still_says_how_to_give_one() -> None:
    engine = Engine(rules=(), config=Config(), deferred=(RuleInfo.of(_NeedsAnElection),))
    findings, skipped = engine.check_article(_with_election(None))
    assert findings == []
    assert [s.reason for s in skipped] == [
        "no official results to check against: give --election or --reference"
    ]


class _ComparesArticles(_CorpusFirst):
    """Compares articles: needs two."""

    code = "TST928"
    name = "test-compares-articles"
    needs = frozenset({Need.OTHER_ARTICLES})


@pytest.mark.parametrize("deferred", [False, True])
def test_a_rule_that_compares_articles_runs_only_for_two_or_more(deferred: bool) -> None:
    rule = _ComparesArticles()
    engine = Engine(
        rules=() if deferred else (rule,),
        config=Config(),
        deferred=(RuleInfo.of(_ComparesArticles),) if deferred else (),
    )
    assert engine.check_corpus([_article()]) == ([], [])
    assert engine.check_corpus_safely([_article()]) == ([], [], [])
    findings, skipped = engine.check_corpus([_article(), _article()])
    assert [(f.rule, f.text) for f in findings] == [("TST928", "1,234")]
    assert [s.reason for s in skipped] == ["nothing to compare"]


def test_a_checked_article_without_official_results_has_no_election_whatever_it_names() -> None:
    # A configured election and front matter name one, but with no record to look the
    # contests up in, the article is checked against no election.
    engine = Engine(rules=(_BlameSmith(),), config=Config(election="uk-ge-2017"))
    assert engine.checked_article(_with_election("uk-ge-2019")).election is None


def test_a_checked_article_takes_its_election_from_its_front_matter() -> None:
    engine = Engine.from_config(Config(select=["reference-mismatch"]))
    assert engine.checked_article(_with_election("uk-ge-2019")).election == "uk-ge-2019"


def test_checking_a_corpus_with_rules_given_runs_those_corpus_rules_alone() -> None:
    # The engine's own corpus rule (a bug) is not run; the article rule given is passed over.
    engine = Engine(rules=(_CorpusBug(),), config=Config())
    findings, skipped, errors = engine.check_corpus_safely(
        [_article()], rules=[_BlameSmith(), _CorpusFirst()]
    )
    assert errors == []
    assert [(f.rule, f.text) for f in findings] == [("TST926", "1,234")]
    assert [s.reason for s in skipped] == ["nothing to compare"]


_IGNORES = (
    "<!-- factcheck-ignore DUP101: syndicated copy -->\nJane won.\n\n"
    "<!-- factcheck-ignore WRD102: quoted -->\nShe won.\n\n"
    "<!-- factcheck-ignore WRD104 -->\nHe lost.\n"
)


@pytest.mark.parametrize(
    ("only", "reported"),
    [
        # Each run judges only the suppressions of the rules it ran, and a faulty one (no
        # reason given) is reported by the articles' run alone.
        (None, [("SUP101", 1), ("SUP101", 4), ("SUP102", 7)]),
        ("articles", [("SUP101", 4), ("SUP102", 7)]),
        ("corpus", [("SUP101", 1)]),
    ],
)
def test_a_suppression_is_judged_unused_only_by_a_run_of_the_rules_it_names(
    only: Literal["articles", "corpus"] | None, reported: list[tuple[str, int]]
) -> None:
    from factcheck.io.prose import prepare_prose

    doc = prepare_prose(Document(path="s.md", text=_IGNORES, media_type="text/markdown"))
    kept, silenced = Engine.from_config(Config()).suppress([], [doc], only=only)
    assert [(f.rule, f.line) for f in kept] == reported
    assert silenced == []


def test_the_configured_rounding_reaches_the_rules() -> None:
    assert Engine.from_config(Config(rounding="half-even")).context.rounding == "half-even"
    assert Engine.from_config(Config(rounding="any")).context.rounding == "any"


def test_a_newsroom_pack_reaches_the_rules_and_is_read_with_the_reference_file(
    tmp_path: Path,
) -> None:
    pack = tmp_path / "newsroom.toml"
    pack.write_text('[hedges.circa]\nwords = ["circa"]\ntruth = "approx"\ntolerance = 1\n', "utf-8")
    reference = tmp_path / "record.json"
    reference.write_text(
        '{"contests": [{"name": "Anytown", "election": "uk-ge-2017",'
        ' "turnout": {"words": "60.1", "hedge": "circa"}}]}',
        "utf-8",
    )
    engine = Engine.from_config(Config(packs=[str(pack)], reference=str(reference)))
    assert "circa" in engine.context.pack.hedges
    assert "circa" not in Engine.from_config(Config()).context.pack.hedges
    assert engine.reference is not None
    record = engine.reference.contest("Anytown", "uk-ge-2017")
    assert record is not None
    assert record.turnout is not None
    assert record.turnout.hedge == "circa"


class _ConfirmsTheSeat(_FromTheRecord):
    """Compares Smith's votes with the record, having found Smith among its candidates."""

    code = "TST929"
    name = "test-confirms-the-seat"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        yield Violation(
            message="the record says 1,243",
            figure=contest.candidates[0].votes,
            evidence={"official_records": ["Anytown"], "seat_confirmed": True},
        )


def test_a_record_comparison_on_a_guessed_seat_the_candidate_confirms_is_made_as_a_warning() -> (
    None
):
    ((finding,), reasons) = _run_read(_read_contest(("seat",), None), _ConfirmsTheSeat())
    assert reasons == []
    assert finding.severity is Severity.WARNING
    assert finding.fix is None
    # The candidate confirms the seat, not the election.
    findings, reasons = _run_read(_read_contest(("seat", "election"), None), _ConfirmsTheSeat())
    assert findings == []
    assert reasons == [
        "not compared with the official record: “1,234” was read loosely (election: the story's)"
    ]


class _FromTheRecordOfItsOwnFigure(_FromTheRecord):
    """Compares with the record a loosely read figure of its own, at a place the article
    read no figure."""

    code = "TST930"
    name = "test-from-the-record-own-figure"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        votes = contest.candidates[0].votes
        assert votes is not None
        yield Violation(
            message="the record says 1,243",
            figure=votes.model_copy(update={"span": Span(start=0, end=5)}),
            evidence={"official_records": ["Anytown"]},
        )


def test_the_figure_a_violation_names_is_the_one_whose_reading_is_judged() -> None:
    findings, reasons = _run_read(_read_contest(("seat",), None), _FromTheRecordOfItsOwnFigure())
    assert findings == []
    assert reasons == [
        "not compared with the official record: “1,234” was read loosely "
        "(seat: the story's only seat)"
    ]


def test_a_finding_on_a_figure_of_a_guessed_election_names_the_election_read() -> None:
    # An assumed election is too weak for any finding: not checked, naming the election read.
    findings, reasons = _run_read(_read_contest(("election",), None), _Corrects())
    assert findings == []
    assert reasons == [
        "not checked: “1,234” was read too loosely for a finding (election: the story's)"
    ]


class _BlamesItsOwnFigure(Rule):
    """Blames a loosely read figure of its own, at a place the article read no figure."""

    code = "TST931"
    name = "test-blames-its-own-figure"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        votes = contest.candidates[0].votes
        assert votes is not None
        yield Violation(
            message="Smith's votes",
            figure=votes.model_copy(update={"span": Span(start=0, end=5)}),
        )


def test_the_figure_a_violation_names_is_judged_for_its_loose_reading() -> None:
    ((finding,), _) = _run_read(_read_contest(("subject",), None), _BlamesItsOwnFigure())
    assert finding.severity is Severity.WARNING
    assert finding.evidence["reading"] == ["“1,234” was read loosely (subject: the name before it)"]
