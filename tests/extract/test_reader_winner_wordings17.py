"""A seat's winner in wordings the reader left unread (seventeenth session, issue 8).

- The member to come, named right before the seat: "Jane Smith will represent Gower", "will
  continue to represent", "will continue as the MP for", "will return as MP for", "will be
  the new MP for", "is the new Member of Parliament for the Gower constituency"; and the
  title with the seat inside it: "New Gower MP Jane Smith", "Newly elected Gower MP Jane
  Smith", "Gower has a new MP, Jane Smith" (eleven stories, eleven outlets).
- A party after "won by" with no person: "Gower has been won by Labour", "The A and B seats
  have been won by the Liberal Democrats" (six stories, six outlets).

Each is read as the seat's winner; none says a hold or a gain. The sentences are ours.
Workington in 2017 (the record): Sue Hayman (Labour) first, Clark Vasey (Conservative)
second.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, Severity

# A lead that makes the story worth reading (a figure, right by the record) and names no winner.
LEAD = "Turnout in Workington was 69.2%.\n\n"


def _read(text: str) -> Article:
    return read_prose(Document(path="t.txt", text=LEAD + text))


def _winners(article: Article) -> dict[str, str]:
    """Each seat's candidate ranked first: their name, or their party when unnamed."""
    return {
        contest.name or "": c.name or c.party or ""
        for contest in article.contests
        for c in contest.candidates
        if c.rank is not None and c.rank.value == 1
    }


def _place_findings(text: str) -> list[factcheck.Finding]:
    report = factcheck.check(Document(path="t.txt", text=LEAD + text), election="uk-ge-2017")
    return [f for f in report.findings if f.name == "reference-mismatch"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sue Hayman will represent Workington in Westminster.",
        "Labour's Sue Hayman will continue to represent Workington for a second term.",
        "Sue Hayman will continue as the MP for Workington.",
        "Sue Hayman, 47, will return as MP for Workington after her victory.",
        "Sue Hayman will be the new MP for Workington after beating Clark Vasey.",
        "Sue Hayman is the new Member of Parliament for the Workington constituency.",
        "New Workington MP Sue Hayman thanked her team.",
        "Newly elected Workington MP Sue Hayman thanked her team.",
        "Workington has a new MP, Sue Hayman.",
        "Workington has a new MP - Labour's Sue Hayman.",
    ],
)
def test_the_member_to_come_is_read_as_the_seats_winner(sentence: str) -> None:
    article = _read(sentence)
    assert _winners(article) == {"Workington": "Sue Hayman"}
    assert not _place_findings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Clark Vasey will represent Workington in Westminster.",
        "Clark Vasey will be the new MP for Workington.",
        "New Workington MP Clark Vasey thanked his team.",
        "Workington has a new MP, Clark Vasey.",
    ],
)
def test_the_wrong_member_to_come_is_found(sentence: str) -> None:
    (finding,) = _place_findings(sentence)
    assert "not first" in finding.message
    assert finding.severity is Severity.WARNING  # a place said in words: at most a warning


@pytest.mark.parametrize(
    "sentence",
    [
        "Sue Hayman hopes she will represent Workington.",
        "If elected, Sue Hayman will represent Workington.",
        '"I will represent Workington," said Sue Hayman.',
        "Sue Hayman will represent Workington until 2029.",
        "Sue Hayman would be the new MP for Workington if Labour held on.",
        "The new MP for Cumbria, Sue Hayman, thanked Workington.",
    ],
)
def test_a_hope_a_condition_a_quotation_or_a_date_is_not_a_win(sentence: str) -> None:
    assert _winners(_read(sentence)) == {}


@pytest.mark.parametrize(
    ("sentence", "seats"),
    [
        ("Workington has been won by Labour.", ["Workington"]),
        ("The Workington constituency was won by Labour.", ["Workington"]),
        ("The Workington and Copeland seats have been won by Labour.", ["Copeland", "Workington"]),
        ("Workington and Copeland were both won by Labour.", ["Copeland", "Workington"]),
    ],
)
def test_a_seat_won_by_a_party_gives_the_partys_candidate_first(
    sentence: str, seats: list[str]
) -> None:
    winners = _winners(_read(sentence))
    assert sorted(winners) == seats
    assert set(winners.values()) == {"Labour"}


def test_a_seat_won_by_the_wrong_party_is_found_and_the_right_one_is_not() -> None:
    assert not _place_findings("Workington has been won by Labour.")
    (finding,) = _place_findings("Workington has been won by the Conservatives.")
    assert "Clark Vasey officially finished second in Workington" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015 Workington was won by Labour.",
        "Workington has been won by Labour, with Sue Hayman beating Clark Vasey.",
    ],
)
def test_a_party_won_by_in_another_year_or_beside_a_person_is_not_read(sentence: str) -> None:
    winners = _winners(_read(sentence))
    assert "Labour" not in winners.values()
