"""shares-exceed-total (NUM102): shares whose smallest possible sum is over 100.

Shares are Bethnal Green and Bow 2017 (71.8, 12.7, 6.5, 5.0, 2.5, 1.5: they add up to 100.0).
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck import CandidateResult, Confidence, ContestResult, Figure
from factcheck.intervals import Rounding

RULE = "shares-exceed-total"

SHARES = [
    ("Rushanara Ali", "71.8"),
    ("Charlotte Chirico", "12.7"),
    ("Ajmal Masroor", "6.5"),
    ("Elaine Dyer", "5.0"),
    ("Alistair Polson", "2.5"),
    ("Larry de Wulverton", "1.5"),
]


def _write(tmp_path: Path, candidates: list[dict[str, Any]]) -> tuple[Path, str]:
    text = json.dumps(
        {"contests": [{"name": "Bethnal Green and Bow", "candidates": candidates}]}, indent=2
    )
    path = tmp_path / "results.json"
    path.write_text(text, encoding="utf-8")
    return path, text


def _shares(**changes: str) -> list[dict[str, Any]]:
    return [{"name": n, "share": changes.get(n, s)} for n, s in SHARES]


def _contest(*shares: str) -> ContestResult:
    return ContestResult(
        name="Anytown",
        candidates=tuple(
            CandidateResult(name=f"Candidate {i}", share=Figure.percentage(s))
            for i, s in enumerate(shares, 1)
        ),
    )


def _fires(contest: ContestResult, rounding: Rounding = "half-up") -> bool:
    return bool(factcheck.check(contest, select=[RULE], rounding=rounding).findings)


def test_a_mistyped_share_that_takes_the_sum_past_100_fires(tmp_path: Path) -> None:
    # Chirico's 12.7 typed 17.2: 104.5 in all, and at least 104.5 − 6 × 0.05 = 104.2.
    path, text = _write(tmp_path, _shares(**{"Charlotte Chirico": "17.2"}))
    report = factcheck.check(path)
    (finding,) = report.findings
    assert finding.name == RULE
    # The sum cannot say which share is wrong; the largest is where it points.
    assert finding.text == "71.8"
    assert finding.start == text.index('"71.8"') + 1
    assert finding.confidence is Confidence.LOW
    assert finding.fix is None
    assert Fraction(str(finding.evidence["sum"])) == Fraction("104.5")
    assert Fraction(str(finding.evidence["smallest_possible_sum"])) == Fraction("104.2")
    assert "6 listed shares add up to 104.5%" in finding.message
    assert finding.arithmetic[0] == "71.8 + 17.2 + 6.5 + 5.0 + 2.5 + 1.5 = 104.5"
    # Every other share is shown as related, so an editor sees all six.
    assert len(finding.related) == 5
    assert {r.start for r in finding.related} == {
        text.index(f'"{s}"') + 1 for s in ("17.2", "6.5", "5.0", "2.5", "1.5")
    }


def test_the_published_shares_are_silent(tmp_path: Path) -> None:
    path, _ = _write(tmp_path, _shares())
    report = factcheck.check(path)
    assert report.findings == ()


def test_one_share_over_100_fires_with_high_confidence() -> None:
    # 100.6 stands for at least 100.55: one share alone is more than the whole vote.
    report = factcheck.check(_contest("100.6"), select=[RULE])
    (finding,) = report.findings
    assert finding.message == "a share of 100.6% is more than the whole vote"
    assert finding.confidence is Confidence.HIGH
    assert not _fires(_contest("100.0"))  # could be 99.95 to 100.05


@pytest.mark.parametrize(
    ("shares", "fires"),
    [
        # Four whole-number shares may each be up to 0.5 high: 102 is possible, 103 is not.
        (("46", "35", "12", "9"), False),
        (("46", "35", "13", "9"), True),
        # One decimal: six shares may be up to 0.3 high in all.
        (("71.8", "12.7", "6.5", "5.0", "2.5", "1.8"), False),
        (("71.8", "12.7", "6.5", "5.0", "2.5", "1.9"), True),
        # Two decimals, two shares: at most 2 × 0.005 = 0.01 over.
        (("52.35", "47.66"), False),
        (("52.36", "47.66"), True),
    ],
)
def test_the_limit_is_100_plus_the_rounding_of_every_share(
    shares: tuple[str, ...], fires: bool
) -> None:
    assert _fires(_contest(*shares)) is fires


def test_an_odd_share_under_half_even_rounding_cannot_sit_on_its_lower_edge() -> None:
    # 88 + 13 = 101. Half-up: 87.5 + 12.5 = 100 is possible. Half-even: 12.5 rounds to 12,
    # so "13" means more than 12.5 and the sum must exceed 100. "any" allows both readings.
    contest = _contest("88", "13")
    assert not _fires(contest, "half-up")
    assert _fires(contest, "half-even")
    assert not _fires(contest, "any")


def test_a_share_of_zero_may_be_nearly_half_a_point_below_zero_only_on_paper() -> None:
    # "0" stands for (-0.5, 0.5) under half-up: it lowers the smallest sum, as the rule's
    # interval arithmetic says; 50 + 51 + 0 = 101 is within 3 × 0.5.
    assert not _fires(_contest("50", "51", "0"))


def test_votes_without_shares_give_the_rule_nothing_to_do() -> None:
    contest = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(name="A", votes=Figure.count(600)),
            CandidateResult(name="B", votes=Figure.count(500)),
        ),
    )
    report = factcheck.check(contest, select=[RULE])
    assert report.findings == ()
    # No shares is not missing data for this rule: there is no sum to judge.
    assert report.not_checked == ()
