"""Figures real results copy gives in forms the first readings missed (issue 8): change
columns of results lists and cards, party-only subjects, ranks in words, the electorate.

Sentences are ours, written in the patterns seen in real copy; every figure is the official
one for the seat and year named (factcheck's bundled UK results), and each "wrong" variant
changes one figure as a slip of the keyboard would.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import factcheck
from factcheck.io.articles import load_article
from factcheck.models import (
    Article,
    CandidateResult,
    ChangeClaim,
    ContestResult,
    Direction,
    Finding,
    Quantity,
    Severity,
    Unit,
)


def _story(tmp_path: Path, body: str, election: str) -> Path:
    path = tmp_path / "story.md"
    path.write_text(f"---\nelection: {election}\n---\n{body}\n", encoding="utf-8")
    return path


def _findings(path: Path) -> list[Finding]:
    return list(factcheck.check(path).findings)


def _contest(article: Article, name: str) -> ContestResult:
    found = [c for c in article.contests if c.name == name]
    assert len(found) == 1, [c.name for c in article.contests]
    return found[0]


def _candidate(contest: ContestResult, name: str) -> CandidateResult:
    found = [c for c in contest.candidates if c.name == name]
    assert len(found) == 1, [c.name for c in contest.candidates]
    return found[0]


def _changes(article: Article) -> dict[str | None, ChangeClaim]:
    return {c.candidate: c for c in article.claims if isinstance(c, ChangeClaim)}


# --- A results list's change column ------------------------------------------------------


@pytest.mark.parametrize(("column", "fires"), [("+12.85%", False), ("+21.85%", True)])
def test_a_lists_signed_column_is_a_share_change_in_points(
    tmp_path: Path, column: str, fires: bool
) -> None:
    # Gower 2017: Labour's share rose 12.84 points (37.03% to 49.87%).
    path = _story(
        tmp_path,
        "Gower result:\n\n"
        f"Tonia Antoniazzi (Lab) 22,727 (49.87%) {column}\n"
        "Byron Davies (Con) 19,458 (42.69%, +5.59%)\n",
        "uk-ge-2017",
    )
    article = load_article(path)
    changes = _changes(article)
    labour = changes["Tonia Antoniazzi"]
    assert labour.quantity is Quantity.SHARE
    assert labour.contest == "Gower"
    assert labour.direction is Direction.UP
    assert labour.amount is not None
    assert labour.amount.unit is Unit.POINTS
    assert labour.amount.value == Decimal(column.strip("+%"))
    assert labour.current is not None
    assert labour.current.text == "49.87"
    # Points by the lists' convention, not by a word: a loose reading.
    assert labour.amount.grounds is not None
    assert "what" in labour.amount.grounds.loose
    assert changes["Byron Davies"].amount is not None
    assert changes["Byron Davies"].amount.text == "5.59"
    findings = _findings(path)
    if fires:
        assert [(f.name, f.text) for f in findings] == [("percent-points-confusion", "+21.85%")]
        assert findings[0].severity is Severity.WARNING
    else:
        assert findings == []


def test_a_signed_column_with_no_share_is_left_alone(tmp_path: Path) -> None:
    path = _story(
        tmp_path, "Gower result:\n\nTonia Antoniazzi (Lab) 22,727 +12.85%\n", "uk-ge-2017"
    )
    article = load_article(path)
    assert _changes(article) == {}
    assert _candidate(_contest(article, "Gower"), "Tonia Antoniazzi").share is None


@pytest.mark.parametrize(("change", "fires"), [("-3.5", False), ("-5.3", True)])
def test_a_cards_share_change_line(tmp_path: Path, change: str, fires: bool) -> None:
    # Gower 2017: Plaid Cymru's share fell 3.48 points (7.14% to 3.66%).
    path = _story(
        tmp_path,
        "Turnout in Gower was 73.3%.\n\n"
        "Tonia Antoniazzi\n• Votes: 22,727\n• Vote share %: 49.9\n• Vote share change: +12.8\n\n"
        f"Harri Roberts\n• Votes: 1,669\n• Vote share %: 3.7\n• Vote share change: {change}\n",
        "uk-ge-2017",
    )
    article = load_article(path)
    changes = _changes(article)
    assert set(changes) == {"Tonia Antoniazzi", "Harri Roberts"}
    roberts = changes["Harri Roberts"]
    assert roberts.direction is Direction.DOWN
    assert roberts.amount is not None
    assert roberts.amount.unit is Unit.POINTS
    assert roberts.amount.text == change.lstrip("-")
    assert roberts.current is not None
    assert roberts.current.text == "3.7"
    names = [f.name for f in _findings(path)]
    assert names == (["percent-points-confusion"] if fires else [])
