"""A seat lost to a person, whoever lost it: "The former minister lost Gordon to
Conservative Jane Smith", "…, lost Banbury to Jane Smith", "but lost North Down to the
Conservatives' Jane Smith" (seventeenth session; four outlets). The one named after "to"
won the seat, and gained it. The sentences are ours.

Workington: Mark Jenkinson (Conservative) took it from Labour in 2019; in 2017 Sue Hayman
(Labour) held it, Clark Vasey (Conservative) second.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, OutcomeClaim

LEAD = "Turnout in Workington was 67.8%.\n\n"


def _read(text: str) -> Article:
    return read_prose(Document(path="t.txt", text=LEAD + text))


def _gains(article: Article) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (c.contest, c.candidate, c.party)
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.verb == "gain"
    ]


def _winners(article: Article) -> dict[str, str]:
    return {
        contest.name or "": c.name
        for contest in article.contests
        for c in contest.candidates
        if c.rank is not None and c.rank.value == 1
    }


def _place_findings(text: str, election: str) -> list[factcheck.Finding]:
    report = factcheck.check(Document(path="t.txt", text=LEAD + text), election=election)
    return [
        f for f in report.findings if f.name == "reference-mismatch" and "turnout" not in f.message
    ]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("The former minister lost Workington to Conservative Mark Jenkinson.", "Conservative"),
        ("The minister, once a rising star, lost Workington to Mark Jenkinson.", None),
        ("But she lost Workington to the Conservatives' Mark Jenkinson.", "Conservative"),
        ("She lost Workington to 37-year-old Mark Jenkinson.", None),
    ],
)
def test_a_seat_lost_to_a_person_is_their_win_and_gain(sentence: str, party: str | None) -> None:
    article = _read(sentence)
    assert _gains(article) == [("Workington", "Mark Jenkinson", party)]
    assert _winners(article) == {"Workington": "Mark Jenkinson"}
    assert not _place_findings(sentence, "uk-ge-2019")


def test_a_seat_lost_to_the_wrong_person_is_found() -> None:
    (finding,) = _place_findings("The minister lost Workington to Clark Vasey.", "uk-ge-2017")
    assert "not first" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister lost Workington in 2015 to Mark Jenkinson.",
        "The minister feared she would lose Workington to Mark Jenkinson.",
        "The minister lost Workington to the Conservatives.",  # no person: read elsewhere
    ],
)
def test_another_year_a_fear_or_no_person_is_not_read_here(sentence: str) -> None:
    assert ("Workington", "Mark Jenkinson", None) not in _gains(_read(sentence))
    assert "Mark Jenkinson" not in _winners(_read(sentence)).values()
