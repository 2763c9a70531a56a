"""total-mismatch (NUM103): a valid-vote total the listed votes, or the electorate, contradict.

Bethnal Green and Bow 2017: 59,825 valid votes, 275 rejected, electorate 86,075; the six
candidates' votes add up to 59,825. Poplar and Limehouse 2017 is in examples/.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import factcheck
from factcheck import CandidateResult, Confidence, ContestResult, Figure, Unit

RULE = "total-mismatch"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "poplar-and-limehouse-2017.json"

VOTES = [
    ("Rushanara Ali", 42969, "71.8"),
    ("Charlotte Chirico", 7576, "12.7"),
    ("Ajmal Masroor", 3888, "6.5"),
    ("Elaine Dyer", 2982, "5.0"),
    ("Alistair Polson", 1516, "2.5"),
    ("Larry de Wulverton", 894, "1.5"),
]


def _bethnal_green(*, leave_out: str | None = None, **fields: Any) -> dict[str, Any]:
    contest: dict[str, Any] = {
        "name": "Bethnal Green and Bow",
        "complete": True,
        "electorate": 86075,
        "valid_votes": 59825,
        "rejected": 275,
        "candidates": [{"name": n, "votes": v, "share": s} for n, v, s in VOTES if n != leave_out],
    }
    contest.update(fields)
    return {k: v for k, v in contest.items() if v is not None}


def _write(tmp_path: Path, contest: dict[str, Any]) -> tuple[Path, str]:
    text = json.dumps({"contests": [contest]}, indent=2)
    path = tmp_path / "results.json"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_listed_votes_over_the_stated_total_fire_on_the_total(tmp_path: Path) -> None:
    # 59,825 typed 58,925. No single count, moved to close the 900-vote gap, fits its share
    # (Ali would need 42,069 = 71.4%), so the total itself is blamed.
    path, text = _write(tmp_path, _bethnal_green(valid_votes=58925))
    (finding,) = factcheck.check(path, select=[RULE]).findings
    assert finding.name == RULE
    assert finding.text == "58925"
    assert finding.start == text.index("58925")
    assert finding.message == (
        "the listed votes add up to 59,825, more than the stated total of 58925"
    )
    assert finding.evidence == {"listed_sum": 59825, "stated_total": 58925}
    assert finding.fix == "a total of 59,825"
    assert finding.confidence is Confidence.HIGH


def test_share_votes_mismatch_blames_the_same_total_and_the_findings_merge(
    tmp_path: Path,
) -> None:
    path, _ = _write(tmp_path, _bethnal_green(valid_votes=58925))
    (finding,) = factcheck.check(path).findings
    # The lower-priority rule keeps the finding; this rule's message survives under "also".
    assert finding.name == "share-votes-mismatch"
    also = finding.evidence["also"]
    assert isinstance(also, list)
    assert [a["name"] for a in also if isinstance(a, dict)] == [RULE]


def test_the_published_result_is_silent(tmp_path: Path) -> None:
    path, _ = _write(tmp_path, _bethnal_green())
    report = factcheck.check(path)
    assert report.findings == ()
    assert report.not_checked == ()


def test_a_complete_list_short_of_the_total_fires_and_a_partial_one_does_not(
    tmp_path: Path,
) -> None:
    # Without de Wulverton's 894 the list adds up to 58,931: fine for a partial list, wrong
    # for one that claims to be complete.
    path, _ = _write(tmp_path, _bethnal_green(leave_out="Larry de Wulverton"))
    (finding,) = factcheck.check(path, select=[RULE]).findings
    assert finding.message == (
        "every candidate is listed, but their votes add up to 58,931, not the stated total of 59825"
    )
    assert finding.text == "59825"
    assert finding.fix == "a total of 58,931"
    assert finding.confidence is Confidence.MEDIUM  # the total or a count may be wrong
    path, _ = _write(tmp_path, _bethnal_green(leave_out="Larry de Wulverton", complete=None))
    assert factcheck.check(path, select=[RULE]).findings == ()


def test_the_count_that_closes_the_gap_and_fits_its_share_is_blamed(tmp_path: Path) -> None:
    # Poplar and Limehouse with Wilford's 11,846 typed 11,486: the list adds up to 58,454.
    # 58,814 − (58,454 − 11,486) = 11,846, which is 20.14%: it fits his 20.1 where 11,486
    # (19.53%) does not. Nobody else's count plus 360 fits their share.
    text = EXAMPLE.read_text(encoding="utf-8").replace('"votes": 11846', '"votes": 11486')
    path = tmp_path / "poplar.json"
    path.write_text(text, encoding="utf-8")
    (finding,) = factcheck.check(path, select=[RULE]).findings
    assert finding.text == "11486"
    assert "Christopher Wilford (Conservative)'s 11486 looks wrong" in finding.message
    assert finding.fix == "11,846 makes the votes add up and fits Christopher Wilford's share"
    assert finding.evidence["listed_sum"] == 58454
    assert finding.confidence is Confidence.MEDIUM
    (related,) = finding.related
    assert related.message == "the stated total"
    assert related.start == text.index("58814")


def test_more_ballots_than_electors_fires(tmp_path: Path) -> None:
    # Electorate 86,075 typed 56,075: 59,825 + 275 = 60,100 ballots is more than that.
    path, text = _write(tmp_path, _bethnal_green(electorate=56075))
    (finding,) = factcheck.check(path, select=[RULE]).findings
    assert finding.message == (
        "59,825 valid votes and 275 rejected ballots are more than the electorate of 56075"
    )
    assert finding.evidence == {"valid_votes": 59825, "rejected": 275, "electorate": 56075}
    assert finding.arithmetic == ("60,100 > 56,075",)
    # The rule points at the valid votes and shows the electorate beside them.
    assert finding.text == "59825"
    (related,) = finding.related
    assert related.start == text.index("56075")


def test_ballots_equal_to_the_electorate_are_possible() -> None:
    contest = ContestResult(
        name="Tiny ward",
        electorate=Figure.count(60100, Unit.PEOPLE),
        valid_votes=Figure.count(59825),
        rejected=Figure.count(275, Unit.PEOPLE),
    )
    assert factcheck.check(contest, select=[RULE]).findings == ()
    over = contest.model_copy(update={"electorate": Figure.count(60099, Unit.PEOPLE)})
    (finding,) = factcheck.check(over, select=[RULE]).findings
    assert finding.evidence["electorate"] == 60099


def test_a_total_with_no_vote_counts_is_not_checked(tmp_path: Path) -> None:
    contest = {
        "name": "Bethnal Green and Bow",
        "valid_votes": 59825,
        "candidates": [{"name": n, "share": s} for n, _, s in VOTES],
    }
    path, _ = _write(tmp_path, contest)
    report = factcheck.check(path, select=[RULE])
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.name == RULE
    assert skipped.reason == "a total is stated but no candidate's votes are"


def test_a_stated_total_of_zero_is_reported_not_a_crash() -> None:
    # Regression: looking for a culprit divided by the stated total.
    contest = ContestResult(
        name="Anytown",
        valid_votes=Figure.count(0),
        candidates=(
            CandidateResult(name="A", votes=Figure.count(5), share=Figure.percentage("100")),
        ),
    )
    (finding,) = factcheck.check(contest, select=[RULE]).findings
    assert finding.message == "the listed votes add up to 5, more than the stated total of 0"
