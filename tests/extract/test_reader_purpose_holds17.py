"""A hold said as what a win was for: "Jane Smith, who beat Labour to hold Gower", "saw off
the challenge of John Brown to retain Gower", "romped over the line to retain Gower for
Labour" (seventeenth session; three outlets). The sentences are ours.

Workington: Sue Hayman (Labour) held it in 2017; Mark Jenkinson (Conservative) took it from
Labour in 2019.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, OutcomeClaim, Severity


def _read(text: str) -> Article:
    return read_prose(Document(path="t.txt", text="Turnout in Workington was 69.2%.\n\n" + text))


def _holds(article: Article) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (c.contest, c.candidate, c.party)
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    ]


def _outcome_findings(text: str, election: str) -> list[factcheck.Finding]:
    report = factcheck.check(Document(path="t.txt", text=text), election=election)
    return [f for f in report.findings if f.name == "reference-mismatch" and "hold" in f.message]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Sue Hayman, who beat the Conservatives to hold Workington, thanked her team.", None),
        ("Labour's Sue Hayman beat Clark Vasey to hold Workington.", "Labour"),
        ("Sue Hayman saw off the challenge of Clark Vasey to retain Workington.", None),
        ("Sue Hayman romped over the line to retain Workington for Labour.", "Labour"),
    ],
)
def test_a_win_to_hold_a_seat_is_a_hold_and_a_win(sentence: str, party: str | None) -> None:
    article = _read(sentence)
    assert ("Workington", "Sue Hayman", party) in _holds(article)
    (contest,) = [c for c in article.contests if c.name == "Workington"]
    (hayman,) = [c for c in contest.candidates if c.name == "Sue Hayman"]
    assert hayman.rank is not None
    assert hayman.rank.value == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Sue Hayman hopes to hold Workington.",
        "Sue Hayman failed to beat Clark Vasey to hold Workington.",
        "Sue Hayman was expected to retain Workington.",
        "Sue Hayman beat Clark Vasey to hold Workington in 2015.",
    ],
)
def test_a_hope_a_failure_or_another_year_is_no_hold(sentence: str) -> None:
    assert not _holds(_read(sentence))


def test_a_hold_that_was_a_gain_is_found_and_a_true_hold_is_not() -> None:
    true = "Turnout was up.\n\nSue Hayman, who beat the Conservatives to hold Workington, spoke.\n"
    assert not _outcome_findings(true, "uk-ge-2017")
    wrong = "Turnout was up.\n\nMark Jenkinson, who beat Labour to hold Workington, spoke.\n"
    (finding,) = _outcome_findings(wrong, "uk-ge-2019")
    assert "not a hold" in finding.message
    assert finding.severity is Severity.WARNING
