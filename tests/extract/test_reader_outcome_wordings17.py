"""Holds and wins in wordings left unread (seventeenth session, issue 8).

- "A, B and C have stayed Labour", "Gordon has remained Conservative", "The New Forest also
  stayed blue": the perfect tense and "also" before a seat's staying with its party (eight
  outlets' stories held such a line unread; "A stayed Labour" was read).
- "Jane Smith romped home in Gower", "strolled home in Gower by 3,925": a win (five outlets).
- "Jane Smith won for Labour in Gower": a win (four outlets).

The sentences are ours. Workington in 2017 (the record): Sue Hayman (Labour) held it; Clark
Vasey (Conservative) second.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, OutcomeClaim

LEAD = "Turnout in Workington was 69.2%.\n\n"


def _read(text: str) -> Article:
    return read_prose(Document(path="t.txt", text=LEAD + text))


def _holds(article: Article) -> dict[str, str | None]:
    return {
        c.contest or "": c.party
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    }


def _winners(article: Article) -> dict[str, str]:
    return {
        contest.name or "": c.name or c.party or ""
        for contest in article.contests
        for c in contest.candidates
        if c.rank is not None and c.rank.value == 1
    }


def _findings(text: str, election: str = "uk-ge-2017") -> list[factcheck.Finding]:
    report = factcheck.check(Document(path="t.txt", text=LEAD + text), election=election)
    return [f for f in report.findings if f.name == "reference-mismatch"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Workington has stayed Labour.",
        "Workington has remained Labour, but the majority fell.",
        "Workington and Sunderland Central have stayed Labour.",
        "Workington also stayed red.",
    ],
)
def test_a_seat_that_has_stayed_with_its_party_is_a_hold(sentence: str) -> None:
    assert _holds(_read(sentence)).get("Workington") == "Labour"
    assert not _findings(sentence)


def test_a_seat_said_to_have_stayed_with_the_wrong_party_is_found() -> None:
    (finding,) = _findings("Workington has remained Conservative.")
    assert "Workington" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Workington has remained Labour since 1918.",  # a tenure, not this count's news
        "Workington has stayed Labour-leaning.",
        "Workington may have stayed Labour.",
    ],
)
def test_a_tenure_a_leaning_or_a_maybe_is_no_hold(sentence: str) -> None:
    assert "Workington" not in _holds(_read(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Sue Hayman romped home in Workington.",
        "Sue Hayman, who strolled home in Workington by 3,925, thanked her team.",
        "Sue Hayman won for Labour in Workington, despite a strong challenge.",
    ],
)
def test_home_in_a_seat_or_a_win_for_a_party_in_it_is_a_win(sentence: str) -> None:
    assert _winners(_read(sentence)) == {"Workington": "Sue Hayman"}
    assert not _findings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Clark Vasey romped home in Workington.",
        "Clark Vasey won for the Conservatives in Workington.",
    ],
)
def test_the_wrong_winner_home_or_for_a_party_is_found(sentence: str) -> None:
    (finding,) = _findings(sentence)
    assert "not first" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Sue Hayman went home in Workington after the count.",
        "Sue Hayman hopes to romp home in Workington.",
        "The seat was won for Labour in Workington by volunteers.",
    ],
)
def test_going_home_a_hope_or_a_passive_is_no_win(sentence: str) -> None:
    assert _winners(_read(sentence)) == {}
