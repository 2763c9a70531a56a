"""A finding against the official record is an error only when the story bears out its seat.

The sentences are our own. Hand-checked in the bundled House of Commons Library data,
Bethnal Green and Bow 2017: Labour (Rushanara Ali) won with a majority of 35,393; the
Conservatives (Charlotte Chirico) 7,576 votes, the Liberal Democrats (William Dyer) 2,982, the
Green Party (Alistair Polson) 1,516, UKIP (Ian de Wulverton) 894. Poplar and Limehouse 2017:
the Conservatives 11,846, the Liberal Democrats 3,959.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import report_of

import factcheck
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
from factcheck.reference.corroboration import SHOWN

WRONG = "Labour won Bethnal Green and Bow with a majority of 35,939."
SEAT = "In Bethnal Green and Bow, {party} won {votes} votes."
PARTIES = {
    "the Conservatives": ("Charlotte Chirico", 7_576),
    "the Liberal Democrats": ("William Dyer", 2_982),
    "the Green Party": ("Alistair Polson", 1_516),
    "UKIP": ("Ian de Wulverton", 894),
}


def _finding(report: factcheck.Report, text: str) -> Finding:
    [f] = [f for f in report.findings if f.name == "reference-mismatch" and f.text == text]
    return f


def _assert_uncorroborated(f: Finding) -> None:
    assert f.severity is Severity.WARNING
    assert (f.fix, f.replacement) == (None, None)
    assert f.evidence["corroborated_by"] == []
    why = (
        "nothing else the article says about Bethnal Green and Bow was found in the "
        "uk-ge-2017 record: the seat or election may be misread"
    )
    assert f.evidence["uncorroborated"] == why
    # A figure far from the official value gives that as its reason for no fix instead.
    assert f"{why}, so no fix is offered" in f.message or f.evidence.get("far_from_official")


def test_a_wrong_majority_beside_figures_the_record_bears_out_is_an_error_with_a_fix() -> None:
    text = " ".join(
        [
            WRONG,
            SEAT.format(party="the Conservatives", votes="7,576"),
            SEAT.format(party="the Liberal Democrats", votes="2,982"),
        ]
    )
    f = _finding(report_of(text, "uk-ge-2017"), "35,939")
    assert f.severity is Severity.ERROR
    assert f.fix == "35,393"
    assert f.evidence["corroborated_by"] == [
        "Charlotte Chirico's vote “7,576”",
        "William Dyer's vote “2,982”",
    ]
    assert "uncorroborated" not in f.evidence


def test_the_same_wrong_majority_alone_is_a_warning_with_no_fix() -> None:
    _assert_uncorroborated(_finding(report_of(WRONG, "uk-ge-2017"), "35,939"))


def test_the_same_wrong_majority_among_another_seats_figures_is_a_warning() -> None:
    # Wrong counts (near enough to the record to be compared) beside the wrong majority:
    # nothing bears out the seat, so neither the majority nor those counts are offered a fix.
    text = " ".join(
        [
            WRONG,
            SEAT.format(party="the Conservatives", votes="8,846"),
            SEAT.format(party="the Liberal Democrats", votes="3,459"),
        ]
    )
    report = report_of(text, "uk-ge-2017")
    for wrong in ("35,939", "8,846", "3,459"):
        _assert_uncorroborated(_finding(report, wrong))


def test_a_persons_name_does_not_bear_out_their_own_figure() -> None:
    # Charlotte Chirico stood there, but her name is part of the reading of her own count.
    f = _finding(
        report_of("In Bethnal Green and Bow, Charlotte Chirico won 7,567 votes.", "uk-ge-2017"),
        "7,567",
    )
    _assert_uncorroborated(f)


def _article(*candidates: CandidateResult) -> Article:
    text = "Majority 35,939. " + " ".join(c.name for c in candidates)
    majority = Figure.count(35_939, span=Span(start=9, end=15))
    spans = []
    at = 17
    for c in candidates:
        spans.append(c.model_copy(update={"name_span": Span(start=at, end=at + len(c.name))}))
        at += len(c.name) + 1
    contest = ContestResult(
        name="Bethnal Green and Bow", majority=majority, candidates=tuple(spans)
    )
    return Article(document=Document(path="story.txt", text=text), contests=(contest,))


def _majority_of(article: Article) -> Finding:
    report = factcheck.check(article, select=["reference-mismatch"], election="uk-ge-2017")
    [f] = report.findings
    return f


def test_a_candidate_named_in_full_who_stood_there_for_that_party_bears_out_the_seat() -> None:
    f = _majority_of(_article(CandidateResult(name="Charlotte Chirico", party="Conservative")))
    assert f.severity is Severity.ERROR
    assert f.evidence["corroborated_by"] == [
        "Charlotte Chirico (Conservative) stood in Bethnal Green and Bow"
    ]


def test_a_name_of_another_party_or_seat_or_a_surname_bears_out_nothing() -> None:
    for cand in (
        CandidateResult(name="Charlotte Chirico", party="Labour"),  # not her party
        CandidateResult(name="Christopher Wilford", party="Conservative"),  # Poplar's
        CandidateResult(name="Chirico", party="Conservative"),  # a surname alone
    ):
        f = _majority_of(_article(cand))
        assert f.severity is Severity.WARNING, cand.name
        assert f.fix is None


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(sorted(PARTIES)), st.booleans(), st.integers(1, 60)),
        unique_by=lambda t: t[0],
        max_size=4,
    )
)
def test_a_wrong_figure_is_an_error_exactly_when_another_figure_bears_out_its_seat(
    said: list[tuple[str, bool, int]],
) -> None:
    sentences = [WRONG]
    agreeing = []
    for party, right, off in said:
        name, votes = PARTIES[party]
        stated = votes if right else votes + off
        if stated % 100 == 0:
            stated += 1  # "1,600" would be a rounding that "1,576" fits
        sentences.append(SEAT.format(party=party, votes=f"{stated:,}"))
        if right:
            agreeing.append(f"{name}'s vote “{stated:,}”")
    f = _finding(report_of(" ".join(sentences), "uk-ge-2017"), "35,939")
    corroborated_by = f.evidence["corroborated_by"]
    assert isinstance(corroborated_by, list)
    assert corroborated_by == agreeing[:SHOWN]  # in the story's order, the first few
    if agreeing:
        assert (f.severity, f.fix) == (Severity.ERROR, "35,393")
    else:
        assert (f.severity, f.fix) == (Severity.WARNING, None)


def test_the_seeds_errors_on_the_record_are_each_borne_out(examples_dir: Path) -> None:
    report = factcheck.check(examples_dir / "articles", election="uk-ge-2017")
    on_record = [f for f in report.findings if "corroborated_by" in f.evidence]
    errors = [f for f in on_record if f.severity is Severity.ERROR]
    assert len(errors) == 6
    assert all(f.evidence["corroborated_by"] for f in errors)
