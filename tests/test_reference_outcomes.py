"""reference-mismatch on winners in words and on "hold"/"gain", against the bundled results.

Hand-checked in the bundled House of Commons Library data (and the declared results it
carries): Bethnal Green and Bow 2017 was a Labour hold (Rushanara Ali won in 2015 and 2017);
Canterbury 2017 a Labour gain from the Conservatives (Rosie Duffield); Gordon 2017 a
Conservative gain from the SNP (Colin Clark); Bolsover 2019 a Conservative gain from Labour
(Mark Fletcher beat Dennis Skinner).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.models import Consequence, Finding

FRONT = "---\nelection: {e}\n---\n"


def _check(tmp_path: Path, text: str, election: str) -> factcheck.Report:
    path = tmp_path / "article.txt"
    path.write_text(FRONT.format(e=election) + text, encoding="utf-8")
    return factcheck.check(path)


def _ref(report: factcheck.Report) -> list[Finding]:
    return [f for f in report.findings if f.name == "reference-mismatch"]


def _skips(report: factcheck.Report) -> list[str]:
    return [n.reason for n in report.not_checked if n.name == "reference-mismatch"]


@pytest.mark.parametrize(
    ("election", "text"),
    [
        ("uk-ge-2017", "Bethnal Green and Bow: Labour hold."),
        ("uk-ge-2017", "Labour held the seat in Bethnal Green and Bow."),
        ("uk-ge-2017", "Canterbury: Labour gain from Conservative."),
        ("uk-ge-2017", "In Gordon, the Conservatives gained the seat from the SNP."),
        ("uk-ge-2019", "Bolsover: Conservative gain from Labour."),
        ("uk-ge-2019", "Bolsover was a Conservative gain."),
        ("uk-ge-2017", "Rushanara Ali was re-elected in Bethnal Green and Bow."),
        ("uk-ge-2017", "Rosie Duffield won Canterbury."),
    ],
)
def test_a_true_outcome_or_winner_is_silent(tmp_path: Path, election: str, text: str) -> None:
    report = _check(tmp_path, text, election)
    assert _ref(report) == []


def test_a_wrong_hold_is_a_gain(tmp_path: Path) -> None:
    [f] = _ref(_check(tmp_path, "Canterbury: Labour hold.", "uk-ge-2017"))
    assert f.text == "Labour hold"
    assert "not a hold" in f.message
    assert f.fix == "Labour gain from Conservative"
    assert f.evidence["winner"] == "Rosie Duffield"
    assert f.evidence["previous_election"] == "uk-ge-2015"
    assert Consequence.WINNER in f.consequences


def test_a_wrong_gain_was_a_hold(tmp_path: Path) -> None:
    [f] = _ref(
        _check(tmp_path, "Bethnal Green and Bow: Labour gain from Conservative.", "uk-ge-2017")
    )
    assert "not a gain" in f.message
    assert f.fix == "Labour hold"


def test_a_gain_from_the_wrong_party(tmp_path: Path) -> None:
    [f] = _ref(_check(tmp_path, "Gordon: Conservative gain from Labour.", "uk-ge-2017"))
    assert "gained from Scottish National Party, not Labour" in f.message
    assert f.fix == "Conservative gain from Scottish National Party"


def test_a_hold_by_the_wrong_party(tmp_path: Path) -> None:
    [f] = _ref(_check(tmp_path, "Bolsover: Labour hold.", "uk-ge-2019"))
    assert "Labour did not win Bolsover in 2019: Conservative did" in f.message
    assert f.fix == "Conservative gain from Labour"


def test_a_wrong_winner_in_words(tmp_path: Path) -> None:
    text = "Charlotte Chirico was re-elected in Bethnal Green and Bow."
    [f] = _ref(_check(tmp_path, text, "uk-ge-2017"))
    assert f.text == "re-elected"
    assert "finished second" in f.message
    assert "the winner was Rushanara Ali" in f.message


def test_no_previous_election_is_not_checked(tmp_path: Path) -> None:
    report = _check(tmp_path, "Bethnal Green and Bow: Labour hold.", "uk-ge-2015")
    assert _ref(report) == []
    assert any("no official result of the election before" in r for r in _skips(report))


def test_a_redrawn_2024_seat_is_not_checked(tmp_path: Path) -> None:
    # Poplar and Limehouse kept its name in 2024 but not its boundaries (new code E14001430;
    # E14000882 before): the 2019 result there is of another area.
    report = _check(tmp_path, "Poplar and Limehouse: Labour gain from Conservative.", "uk-ge-2024")
    assert _ref(report) == []
    assert any("redrawn" in r and "notional" in r for r in _skips(report))


def test_an_unknown_contest_is_not_checked(tmp_path: Path) -> None:
    report = _check(tmp_path, "Gotham: Labour hold in Gotham Central.", "uk-ge-2017")
    assert _ref(report) == []


def test_without_an_election_nothing_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Canterbury: Labour hold.", encoding="utf-8")
    assert _ref(factcheck.check(path)) == []
