"""share-votes-mismatch (NUM101): vote counts and shares that no valid-vote total reconciles.

Figures are real: Poplar and Limehouse 2017 (examples/) and Bethnal Green and Bow 2017.
Expected numbers are worked by hand in the comments, never copied from a run.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import factcheck
from factcheck import CandidateResult, Confidence, Consequence, ContestResult, Figure, Span

RULE = "share-votes-mismatch"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "poplar-and-limehouse-2017.json"

BETHNAL_GREEN: list[tuple[str, str, int, str]] = [
    ("Rushanara Ali", "Labour", 42969, "71.8"),
    ("Charlotte Chirico", "Conservative", 7576, "12.7"),
    ("Ajmal Masroor", "Independent", 3888, "6.5"),
    ("Elaine Dyer", "Liberal Democrat", 2982, "5.0"),
    ("Alistair Polson", "Green Party", 1516, "2.5"),
    ("Larry de Wulverton", "UKIP", 894, "1.5"),
]


def _bethnal_green(**changes: Any) -> dict[str, Any]:
    """The 2017 result as a results-file contest; ``changes`` replaces candidate fields."""
    candidates = []
    for name, party, votes, share in BETHNAL_GREEN:
        cand: dict[str, Any] = {"name": name, "party": party, "votes": votes, "share": share}
        cand.update(changes.get(name, {}))
        candidates.append(cand)
    return {
        "name": "Bethnal Green and Bow",
        "complete": True,
        "valid_votes": 59825,
        "candidates": candidates,
    }


def _write(tmp_path: Path, *contests: dict[str, Any]) -> tuple[Path, str]:
    text = json.dumps({"election": "uk-ge-2017", "contests": list(contests)}, indent=2)
    path = tmp_path / "results.json"
    path.write_text(text, encoding="utf-8")
    return path, text


def _poplar_typo(tmp_path: Path) -> tuple[Path, str]:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"votes": 11846', '"votes": 11486')
    assert text.count("11486") == 1  # the typo is in one place, Wilford's votes
    path = tmp_path / "poplar-typo.json"
    path.write_text(text, encoding="utf-8")
    return path, text


# -- the done-when case ------------------------------------------------------------------------


def test_poplar_with_wilford_typed_11486_is_one_finding_at_the_typo(tmp_path: Path) -> None:
    path, text = _poplar_typo(tmp_path)
    report = factcheck.check(path)
    assert report.errors == ()
    assert len(report.findings) == 1
    (finding,) = report.findings
    assert finding.name == RULE
    assert finding.rule == "NUM101"
    assert finding.text == "11486"
    assert (finding.start, finding.end) == (text.index("11486"), text.index("11486") + 5)
    assert finding.contest == "Poplar and Limehouse"
    assert finding.fix is not None
    assert "11,846" in finding.fix
    assert "two digits swapped" in finding.fix


def test_poplar_typo_evidence_is_the_arithmetic_a_person_would_do(tmp_path: Path) -> None:
    path, _ = _poplar_typo(tmp_path)
    (finding,) = factcheck.check(path).findings
    ev = finding.evidence
    assert ev["candidate"] == "Christopher Wilford"
    assert ev["blamed"] == "votes"
    assert ev["total_range"] == [58814, 58814]  # the stated total pins it
    # 20.1% stands for [20.05, 20.15): 0.2005 × 58,814 = 11,792.2 and 0.2015 × 58,814 =
    # 11,851.02, so the counts that fit are 11,793 to 11,851.
    assert ev["fitting_votes"] == [11793, 11851]
    assert ev["share_interval"] == "[20.05, 20.15)"
    # 11,486 / 58,814 = 19.5294%, however many places the evidence keeps.
    computed = [round(Fraction(str(x)), 4) for x in ev["computed_share"]]  # type: ignore[union-attr]
    assert computed == [Fraction("19.5294")] * 2
    assert finding.confidence is Confidence.HIGH
    # Wilford stays second with either count: the typo changes no placing.
    assert finding.consequences == ()


def test_poplar_typo_other_rules_agree_and_are_merged_into_the_one_finding(
    tmp_path: Path,
) -> None:
    path, _ = _poplar_typo(tmp_path)
    (finding,) = factcheck.check(path).findings
    also = finding.evidence["also"]
    assert isinstance(also, list)
    # The complete list adds to 58,454, not 58,814; and 39,558 − 11,486 = 28,072, not the
    # stated 27,712: both other rules blame the same figure.
    assert {a["name"] for a in also if isinstance(a, dict)} == {
        "total-mismatch",
        "majority-mismatch",
    }


def test_poplar_as_published_has_no_findings() -> None:
    report = factcheck.check(EXAMPLE)
    assert report.findings == ()
    assert report.errors == ()
    assert report.not_checked == ()


def _poplar_model(wilford_votes: int) -> ContestResult:
    rows = [
        ("Jim Fitzpatrick", "Labour", 39558, "67.3"),
        ("Christopher Wilford", "Conservative", wilford_votes, "20.1"),
        ("Elaine Bagshaw", "Liberal Democrat", 3959, "6.7"),
        ("Oliur Rahman", "Independent", 1477, "2.5"),
        ("Bethan Lant", "Green Party", 989, "1.7"),
        ("Nicholas McQueen", "UKIP", 849, "1.4"),
        ("David Barker", "Independent", 136, "0.2"),
    ]
    return ContestResult(
        name="Poplar and Limehouse",
        complete=True,
        valid_votes=Figure.count(58814),
        candidates=tuple(
            CandidateResult(name=n, party=p, votes=Figure.count(v), share=Figure.percentage(s))
            for n, p, v, s in rows
        ),
    )


def test_poplar_typo_as_a_model_gives_the_same_finding_without_a_location() -> None:
    report = factcheck.check(_poplar_model(11486), select=[RULE])
    (finding,) = report.findings
    assert finding.name == RULE
    assert finding.evidence["candidate"] == "Christopher Wilford"
    assert finding.fix is not None
    assert finding.fix.startswith("11,846 (two digits swapped) fits 20.1%")
    # A model built in code has no source text to point into.
    assert finding.start is None
    assert finding.text is None


def test_poplar_model_as_published_is_silent() -> None:
    assert factcheck.check(_poplar_model(11846)).findings == ()


# -- blaming the share rather than the votes -----------------------------------------------------


def test_a_share_with_swapped_digits_is_blamed_not_the_votes(tmp_path: Path) -> None:
    # Masroor's 6.5 typed as 5.6. 3,888 / 59,825 = 6.499%, which rounds to 6.5; 5.6% of
    # 59,825 would be 3,321–3,380 votes, and no one-key slip of 3,888 lands there.
    path, text = _write(tmp_path, _bethnal_green(**{"Ajmal Masroor": {"share": "5.6"}}))
    report = factcheck.check(path, select=[RULE])
    (finding,) = report.findings
    assert finding.text == "5.6"
    assert finding.start == text.index('"5.6"') + 1
    assert finding.evidence["blamed"] == "share"
    assert finding.evidence["fitting_votes"] == [3321, 3380]
    assert finding.fix is not None
    assert finding.fix.startswith("6.5% (two digits swapped) fits 3888 votes")
    assert "3,321–3,380" in finding.fix


def test_bethnal_green_as_published_is_silent(tmp_path: Path) -> None:
    path, _ = _write(tmp_path, _bethnal_green())
    report = factcheck.check(path)
    assert report.findings == ()
    assert report.not_checked == ()


# -- consequences: an error that changes the winner ------------------------------------------


def test_a_dropped_digit_that_hands_the_seat_to_the_runner_up_is_a_winner_error(
    tmp_path: Path,
) -> None:
    # Ali's 42,969 typed as 4296: read as printed, Chirico's 7,576 would have won. The total
    # and the complete list fix the count at 59,825 − 16,856 = 42,969.
    path, _ = _write(tmp_path, _bethnal_green(**{"Rushanara Ali": {"votes": 4296}}))
    (finding,) = factcheck.check(path, select=[RULE]).findings
    assert finding.text == "4296"
    assert finding.evidence["candidate"] == "Rushanara Ali"
    assert finding.fix is not None
    assert finding.fix.startswith("42,969 (a digit dropped) fits 71.8%")
    # 4,296 / 59,825 = 7.18%: if the count were right, the share would be 7.2%.
    assert "the share is 7.2%" in finding.fix
    assert Consequence.WINNER in finding.consequences
    assert Consequence.RANKING in finding.consequences


def test_a_slip_that_reorders_only_the_minor_places_is_a_ranking_error(tmp_path: Path) -> None:
    # Polson's 1,516 typed 516: printed, he falls below de Wulverton's 894.
    path, _ = _write(tmp_path, _bethnal_green(**{"Alistair Polson": {"votes": 516}}))
    (finding,) = factcheck.check(path, select=[RULE]).findings
    assert finding.evidence["candidate"] == "Alistair Polson"
    assert finding.consequences == (Consequence.RANKING,)


# -- without a stated total -------------------------------------------------------------------


def test_without_a_total_the_pairs_alone_expose_the_typo(tmp_path: Path) -> None:
    # The top three of Poplar and Limehouse, no total, list not complete. Each pair bounds
    # the total: 39,558 at [67.25, 67.35) needs 58,735–58,822; 3,959 at [6.65, 6.75) needs
    # 58,652–59,533; 11,486 at [20.05, 20.15) needs 57,003–57,286, which misses both.
    contest = {
        "name": "Poplar and Limehouse",
        "candidates": [
            {"name": "Jim Fitzpatrick", "votes": 39558, "share": "67.3"},
            {"name": "Christopher Wilford", "votes": 11486, "share": "20.1"},
            {"name": "Elaine Bagshaw", "votes": 3959, "share": "6.7"},
        ],
    }
    path, _ = _write(tmp_path, contest)
    (finding,) = factcheck.check(path).findings
    assert finding.name == RULE
    assert finding.text == "11486"
    assert finding.evidence["total_range"] == [58735, 58822]
    # 0.2005 × 58,735 = 11,776.4 and 0.2015 × 58,822 = 11,852.6.
    assert finding.evidence["fitting_votes"] == [11777, 11852]
    assert finding.fix is not None
    assert "11,846" in finding.fix
    assert "58,735–58,822 valid votes the other figures imply" in finding.message


def test_without_a_total_consistent_pairs_are_silent(tmp_path: Path) -> None:
    contest = {
        "name": "Poplar and Limehouse",
        "candidates": [
            {"name": "Jim Fitzpatrick", "votes": 39558, "share": "67.3"},
            {"name": "Christopher Wilford", "votes": 11846, "share": "20.1"},
            {"name": "Elaine Bagshaw", "votes": 3959, "share": "6.7"},
        ],
    }
    path, _ = _write(tmp_path, contest)
    assert factcheck.check(path).findings == ()


def test_a_wrong_stated_total_is_blamed_when_every_pair_agrees(tmp_path: Path) -> None:
    # Every (votes, share) pair and the complete list agree on 59,825; 58,925 is the odd one.
    contest = _bethnal_green()
    contest["valid_votes"] = 58925
    path, _ = _write(tmp_path, contest)
    (finding,) = factcheck.check(path, select=[RULE]).findings
    assert finding.text == "58925"
    assert finding.evidence["stated_total"] == 58925
    assert finding.evidence["total_range"] == [59825, 59825]
    assert finding.fix == "a total of 59,825 fits the votes and shares"


# -- not checked ----------------------------------------------------------------------------


def test_shares_without_votes_are_not_checked_rather_than_passed(tmp_path: Path) -> None:
    contest = {
        "name": "Bethnal Green and Bow",
        "candidates": [{"name": n, "share": s} for n, _, _, s in BETHNAL_GREEN],
    }
    path, _ = _write(tmp_path, contest)
    report = factcheck.check(path, select=[RULE])
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.name == RULE
    assert skipped.contest == "Bethnal Green and Bow"
    assert "both a vote count and a share" in skipped.reason


# -- rounding conventions ---------------------------------------------------------------------


def _one_in_eight(share: str) -> ContestResult:
    # 1 vote of 8 is exactly 12.5%: a half boundary at whole-number precision.
    return ContestResult(
        name="Ward by-election",
        complete=True,
        valid_votes=Figure.count(8),
        candidates=(
            CandidateResult(name="A", votes=Figure.count(7), share=Figure.percentage("88")),
            CandidateResult(name="B", votes=Figure.count(1), share=Figure.percentage(share)),
        ),
    )


def test_half_boundary_follows_the_configured_rounding() -> None:
    # 87.5 rounds to 88 both ways. 12.5 rounds up to 13, or to the even 12.
    assert factcheck.check(_one_in_eight("13"), select=[RULE]).findings == ()
    (finding,) = factcheck.check(_one_in_eight("12"), select=[RULE]).findings
    assert finding.evidence["candidate"] == "B"
    assert factcheck.check(_one_in_eight("12"), select=[RULE], rounding="half-even").findings == ()
    assert factcheck.check(_one_in_eight("12"), select=[RULE], rounding="any").findings == ()
    assert factcheck.check(_one_in_eight("13"), select=[RULE], rounding="any").findings == ()
    (finding,) = factcheck.check(_one_in_eight("13"), select=[RULE], rounding="half-even").findings
    assert finding.evidence["candidate"] == "B"


def test_a_share_rounded_the_wrong_way_blames_the_share_not_a_vote_digit() -> None:
    # Chesterfield 2017: Snowdon's 2,612 of 47,927 is 5.44996%, which rounds to 5.4. Printed
    # as 5.5 (the Commons Library's 0.054500 rounded again), the share is one unit off in its
    # last digit: a rounding slip, not a mistyped vote count such as 2,613.
    snowdon = CandidateResult(
        name="Snowdon",
        votes=Figure.count(2612, span=Span(start=0, end=5)),
        share=Figure.percentage("5.5", span=Span(start=10, end=13)),
    )
    rest = CandidateResult(name="Everyone else", votes=Figure.count(47927 - 2612))
    contest = ContestResult(
        name="Chesterfield", valid_votes=Figure.count(47927), candidates=(snowdon, rest)
    )
    (finding,) = factcheck.check(contest).findings
    assert finding.name == "share-votes-mismatch"
    assert finding.evidence["blamed"] == "share"
    assert finding.fix is not None
    assert finding.fix.startswith("5.4% fits 2,612 votes (the share looks rounded the wrong way)")
    assert finding.confidence is Confidence.MEDIUM
