"""A party's first win of a seat is a gain (seventeenth session, issue 8): "The Conservatives
won Workington for the first time since 1979", "Workington has elected a Conservative MP for
the first time", "returned a Conservative MP for the first time", "will be represented by a
Conservative MP for the first time", "has elected its first Conservative MP" (nine stories,
seven outlets). The sentences are ours.

Workington: the Conservatives took it from Labour in 2019; Labour held it in 2017.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, OutcomeClaim

LEAD = "Turnout in Workington was 67.9%.\n\n"


def _read(text: str) -> Article:
    return read_prose(Document(path="t.txt", text=LEAD + text))


def _gains(article: Article) -> list[tuple[str | None, str | None]]:
    return [
        (c.contest, c.party)
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.verb == "gain"
    ]


def _outcome_findings(text: str, election: str) -> list[factcheck.Finding]:
    report = factcheck.check(Document(path="t.txt", text=LEAD + text), election=election)
    return [f for f in report.findings if f.name == "reference-mismatch" and "gain" in f.message]


FIRSTS = [
    "The Conservatives won Workington for the first time since 1979.",
    "The Conservatives finally won Workington for the first time in history.",
    "Workington has elected a Conservative MP for the first time since 1979.",
    "The voters of Workington returned a Conservative MP for the first time.",
    "Workington will be represented by a Conservative MP for the first time since 1979.",
    "Workington has elected its first Conservative MP.",
]


@pytest.mark.parametrize("sentence", FIRSTS)
def test_a_first_win_is_a_gain(sentence: str) -> None:
    assert _gains(_read(sentence)) == [("Workington", "Conservative")]
    assert not _outcome_findings(sentence, "uk-ge-2019")


@pytest.mark.parametrize("sentence", FIRSTS[:3])
def test_a_first_win_said_of_a_seat_held_is_found(sentence: str) -> None:
    said = sentence.replace("Conservative MP", "Labour MP").replace("The Conservatives", "Labour")
    (finding,) = _outcome_findings(said, "uk-ge-2017")
    assert "not a gain" in finding.message or "held" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        # "for the first time" of the share, not of the win
        "Labour held Workington with over 50% of the vote for the first time since 2001.",
        "Workington had elected a Conservative MP for the first time in 1979.",
        "Workington has elected a Conservative MP.",
        "The Conservatives hope to win Workington for the first time.",
    ],
)
def test_a_first_of_something_else_another_year_or_a_hope_is_no_gain(sentence: str) -> None:
    assert not _gains(_read(sentence))
