"""turnout-mismatch (NUM106): a turnout that fits neither published definition.

Bethnal Green and Bow 2017: electorate 86,075, valid 59,825, rejected 275. Valid-vote turnout
59,825 / 86,075 = 69.503%; ballot-box turnout 60,100 / 86,075 = 69.823%.
Poplar and Limehouse 2017: 58,814 / 87,331 = 67.346%; 59,091 / 87,331 = 67.663%.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck import CandidateResult, Confidence, ContestResult, Figure, Unit
from factcheck.intervals import Rounding

RULE = "turnout-mismatch"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "poplar-and-limehouse-2017.json"

VOTES = [
    ("Rushanara Ali", 42969),
    ("Charlotte Chirico", 7576),
    ("Ajmal Masroor", 3888),
    ("Elaine Dyer", 2982),
    ("Alistair Polson", 1516),
    ("Larry de Wulverton", 894),
]


def _contest(turnout: str, **fields: Any) -> dict[str, Any]:
    contest: dict[str, Any] = {
        "name": "Bethnal Green and Bow",
        "electorate": 86075,
        "valid_votes": 59825,
        "rejected": 275,
        "turnout": turnout,
    }
    contest.update(fields)
    return {k: v for k, v in contest.items() if v is not None}


def _check(
    tmp_path: Path, contest: dict[str, Any], rounding: Rounding | None = None
) -> tuple[factcheck.Report, str]:
    text = json.dumps({"contests": [contest]}, indent=2)
    path = tmp_path / "results.json"
    path.write_text(text, encoding="utf-8")
    return factcheck.check(path, select=[RULE], rounding=rounding), text


def test_a_turnout_between_the_two_definitions_fires(tmp_path: Path) -> None:
    report, text = _check(tmp_path, _contest("69.7"))
    (finding,) = report.findings
    assert finding.name == RULE
    assert finding.text == "69.7"
    assert finding.start == text.index('"69.7"') + 1
    assert finding.message == (
        "a turnout of 69.7% matches neither definition: valid-vote turnout is 69.503% / "
        "ballot-box turnout is 69.823%"
    )
    assert finding.fix == "69.5% (valid votes / electorate) or 69.8% (ballots / electorate)"
    assert finding.evidence["stated_interval"] == "[69.65, 69.75)"
    assert finding.arithmetic[0] == "valid votes / electorate: 59,825 / 86,075 = 69.503%"
    assert finding.confidence is Confidence.HIGH
    assert {r.message for r in finding.related} == {"the electorate", "valid votes"}


@pytest.mark.parametrize(
    "turnout",
    [
        "69.5",  # valid votes / electorate
        "69.8",  # ballots / electorate
        "70",  # [69.5, 70.5) holds 69.503
        "69.50",
        "69.82",
    ],
)
def test_either_definition_at_any_precision_is_silent(tmp_path: Path, turnout: str) -> None:
    report, _ = _check(tmp_path, _contest(turnout))
    assert report.findings == ()
    assert report.not_checked == ()


@pytest.mark.parametrize("turnout", ["69", "69.51", "69.6", "69.83", "96.5"])
def test_a_turnout_near_but_outside_both_readings_fires(tmp_path: Path, turnout: str) -> None:
    # "69" is [68.5, 69.5): 69.503 is just above it.
    report, _ = _check(tmp_path, _contest(turnout))
    assert [f.name for f in report.findings] == [RULE]


def test_poplar_with_swapped_turnout_digits_suggests_both_readings(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"67.35"', '"67.53"')
    path = tmp_path / "poplar.json"
    path.write_text(text, encoding="utf-8")
    (finding,) = factcheck.check(path).findings
    assert finding.name == RULE
    assert finding.text == "67.53"
    assert finding.fix == "67.35% (valid votes / electorate) or 67.66% (ballots / electorate)"
    assert factcheck.check(EXAMPLE, select=[RULE]).findings == ()


def test_without_rejected_ballots_a_plausible_number_may_explain_a_higher_turnout(
    tmp_path: Path,
) -> None:
    # 69.8% of 86,075 is 60,037–60,123 ballots: 213–298 rejected, well under 5% of 59,825.
    report, _ = _check(tmp_path, _contest("69.8", rejected=None))
    assert report.findings == ()
    # 75.0% would need 4,689–4,774 rejected ballots: 7.8% of the valid vote.
    report, _ = _check(tmp_path, _contest("75.0", rejected=None))
    (finding,) = report.findings
    assert finding.message == (
        "a turnout of 75.0% matches neither valid votes / electorate: valid-vote turnout is 69.503%"
    )
    assert finding.arithmetic[-1] == (
        "as ballot-box turnout it would need 4,689–4,774 rejected ballots, "
        "over 7.8% of the valid vote"
    )
    assert finding.fix == "69.5% (valid votes / electorate)"
    assert finding.confidence is Confidence.MEDIUM  # a definition with unknown inputs


def test_without_rejected_ballots_a_lower_turnout_is_never_explained(tmp_path: Path) -> None:
    report, _ = _check(tmp_path, _contest("64.0", rejected=None))
    (finding,) = report.findings
    assert finding.fix == "69.5% (valid votes / electorate)"
    assert not any("rejected ballots" in step for step in finding.arithmetic)


def test_a_turnout_over_100_fires_without_any_other_figure() -> None:
    contest = ContestResult(name="Anytown", turnout=Figure.percentage("100.4"))
    (finding,) = factcheck.check(contest, select=[RULE]).findings
    assert finding.message == "a turnout of 100.4% is more than everyone on the register"
    # 100.0 could be 99.95: not impossible on its own, so it is not checked.
    report = factcheck.check(contest.model_copy(update={"turnout": Figure.percentage("100.0")}))
    assert [f for f in report.findings if f.name == RULE] == []


def test_a_complete_list_stands_in_for_the_valid_vote_total(tmp_path: Path) -> None:
    candidates = [{"name": n, "votes": v} for n, v in VOTES]
    fields = {"valid_votes": None, "complete": True, "candidates": candidates}
    report, _ = _check(tmp_path, _contest("69.5", **fields))
    assert report.findings == ()
    report, _ = _check(tmp_path, _contest("69.7", **fields))
    assert [f.name for f in report.findings] == [RULE]


def test_without_an_electorate_the_turnout_is_not_checked(tmp_path: Path) -> None:
    report, _ = _check(tmp_path, _contest("69.5", electorate=None))
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.name == RULE
    assert skipped.reason == (
        "a turnout is stated but the electorate is not, so it cannot be recomputed"
    )


def test_without_valid_votes_or_a_complete_list_the_turnout_is_not_checked(
    tmp_path: Path,
) -> None:
    candidates = [{"name": n, "votes": v} for n, v in VOTES[:3]]
    report, _ = _check(tmp_path, _contest("69.5", valid_votes=None, candidates=candidates))
    (skipped,) = report.not_checked
    assert "valid-vote total is not" in skipped.reason


def test_a_turnout_with_zero_valid_votes_is_reported_not_a_crash() -> None:
    # Regression: the message divided the rejected ballots needed by the valid votes.
    contest = ContestResult(
        name="Anytown",
        electorate=Figure.count(1000, Unit.PEOPLE),
        valid_votes=Figure.count(0),
        turnout=Figure.percentage("50"),
    )
    (finding,) = factcheck.check(contest, select=[RULE]).findings
    assert finding.arithmetic[-1] == (
        "as ballot-box turnout it would need 495–504 rejected ballots, with no valid votes at all"
    )


@pytest.mark.parametrize(
    ("turnout", "rounding", "fires"),
    [
        # 1 of 8 electors voted: exactly 12.5%, with the rejected ballots stated as none.
        ("13", "half-up", False),
        ("12", "half-up", True),
        ("12", "half-even", False),
        ("13", "half-even", True),
        ("12", "any", False),
        ("13", "any", False),
    ],
)
def test_a_turnout_on_a_half_boundary_follows_the_rounding(
    turnout: str, rounding: Rounding, fires: bool
) -> None:
    contest = ContestResult(
        name="Hamlet",
        electorate=Figure.count(8, Unit.PEOPLE),
        valid_votes=Figure.count(1),
        rejected=Figure.count(0, Unit.PEOPLE),
        turnout=Figure.percentage(turnout),
        candidates=(CandidateResult(name="A", votes=Figure.count(1)),),
    )
    report = factcheck.check(contest, select=[RULE], rounding=rounding)
    assert bool(report.findings) is fires
