"""majority-mismatch (NUM104): a stated majority that is not the winner's lead over the runner-up.

Bethnal Green and Bow 2017: Ali (Lab) 42,969, Chirico (Con) 7,576, majority 35,393 of 59,825
valid votes (59.16 points).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import factcheck
from factcheck import CandidateResult, Confidence, ContestResult, Figure, Severity
from factcheck.config import Config

RULE = "majority-mismatch"

CANDIDATES = [
    ("Rushanara Ali", "Labour", 42969, "71.8"),
    ("Charlotte Chirico", "Conservative", 7576, "12.7"),
    ("Ajmal Masroor", "Independent", 3888, "6.5"),
    ("Elaine Dyer", "Liberal Democrat", 2982, "5.0"),
    ("Alistair Polson", "Green Party", 1516, "2.5"),
    ("Larry de Wulverton", "UKIP", 894, "1.5"),
]


def _contest(
    *,
    only: tuple[str, ...] | None = None,
    fields: tuple[str, ...] = ("votes", "share"),
    changes: dict[str, dict[str, Any]] | None = None,
    **top: Any,
) -> dict[str, Any]:
    """Bethnal Green and Bow as a results-file contest, complete with its total by default."""
    candidates = []
    for name, party, votes, share in CANDIDATES:
        if only is not None and name not in only:
            continue
        cand: dict[str, Any] = {"name": name, "party": party}
        cand.update({k: v for k, v in (("votes", votes), ("share", share)) if k in fields})
        cand.update((changes or {}).get(name, {}))
        candidates.append(cand)
    contest: dict[str, Any] = {
        "name": "Bethnal Green and Bow",
        "complete": only is None,
        "valid_votes": 59825,
        "candidates": candidates,
    }
    contest.update(top)
    return {k: v for k, v in contest.items() if v is not None}


def _check(tmp_path: Path, contest: dict[str, Any]) -> tuple[factcheck.Report, str]:
    text = json.dumps({"contests": [contest]}, indent=2)
    path = tmp_path / "results.json"
    path.write_text(text, encoding="utf-8")
    return factcheck.check(path, select=[RULE]), text


# -- majority in votes ------------------------------------------------------------------------


def test_a_majority_with_swapped_digits_fires_on_the_majority(tmp_path: Path) -> None:
    report, text = _check(tmp_path, _contest(majority=35933))
    (finding,) = report.findings
    assert finding.name == RULE
    assert finding.text == "35933"
    assert finding.start == text.index("35933")
    assert finding.message == (
        "the stated majority of 35933 is not Rushanara Ali (Labour)'s lead over "
        "Charlotte Chirico (Conservative), which is 35,393 (two digits look swapped or mistyped)"
    )
    assert finding.fix == "a majority of 35,393"
    ev = finding.evidence
    assert (ev["winner_votes"], ev["runner_up_votes"], ev["computed"]) == (42969, 7576, 35393)
    assert ev["runner_up_certain"] is True
    assert finding.severity is Severity.ERROR
    assert finding.confidence is Confidence.HIGH
    assert {r.start for r in finding.related} == {text.index("42969"), text.index("7576")}


def test_a_model_built_in_code_is_judged_the_same_way() -> None:
    def contest(majority: int) -> ContestResult:
        return ContestResult(
            name="Bethnal Green and Bow",
            complete=True,
            valid_votes=Figure.count(59825),
            majority=Figure.count(majority),
            candidates=tuple(
                CandidateResult(name=n, party=p, votes=Figure.count(v)) for n, p, v, _ in CANDIDATES
            ),
        )

    (finding,) = factcheck.check(contest(35933), select=[RULE]).findings
    assert finding.evidence["computed"] == 35393
    assert finding.fix == "a majority of 35,393"
    assert finding.start is None  # no text to point into
    assert factcheck.check(contest(35393), select=[RULE]).findings == ()


def test_a_hedged_majority_is_judged_by_what_its_hedge_allows() -> None:
    # 35,393: "nearly 36,000" and "just over 35,000" allow it; "nearly 35,000" does not.
    def contest(value: int, hedge: str) -> ContestResult:
        stated = Figure(text=f"{value:,}", value=value, unit=Figure.count(1).unit, hedge=hedge)
        return ContestResult(
            name="Bethnal Green and Bow",
            complete=True,
            valid_votes=Figure.count(59825),
            majority=stated,
            candidates=tuple(
                CandidateResult(name=n, party=p, votes=Figure.count(v)) for n, p, v, _ in CANDIDATES
            ),
        )

    assert factcheck.check(contest(36000, "nearly"), select=[RULE]).findings == ()
    assert factcheck.check(contest(35000, "more-than"), select=[RULE]).findings == ()
    (finding,) = factcheck.check(contest(35000, "nearly"), select=[RULE]).findings
    assert finding.evidence["computed"] == 35393


def _hedged(stated: Figure, runner_up_votes: int = 7576) -> ContestResult:
    """Bethnal Green and Bow with its majority stated as ``stated``: Ali's 42,969 votes less
    the runner-up's."""
    counts = [42969, runner_up_votes, 3888, 2982, 1516, 894]
    return ContestResult(
        name="Bethnal Green and Bow",
        complete=True,
        valid_votes=Figure.count(sum(counts)),
        majority=stated,
        candidates=tuple(
            CandidateResult(name=n, party=p, votes=Figure.count(v))
            for (n, p, _, _), v in zip(CANDIDATES, counts, strict=True)
        ),
    )


def test_a_hedged_majority_is_judged_by_the_newsroom_packs_meaning_of_its_hedge(
    tmp_path: Path,
) -> None:
    # A newsroom whose "nearly" reaches four steps either way of 35,000 (to 31,000 and
    # 39,000): "nearly 35,000" is then true of 35,393, which the built-in "nearly" (below
    # 35,000) is not.
    pack = tmp_path / "newsroom.toml"
    pack.write_text(
        '[hedges.nearly]\nwords = ["nearly"]\ntruth = "approx"\ntolerance = 4\npragmatic = 1\n',
        "utf-8",
    )
    nearly = Figure(text="35,000", value=35000, unit=Figure.count(1).unit, hedge="nearly")
    newsroom = Config(packs=(str(pack),))
    assert factcheck.check(_hedged(nearly), select=[RULE], config=newsroom).findings == ()
    (finding,) = factcheck.check(_hedged(nearly), select=[RULE]).findings
    assert finding.evidence["computed"] == 35393


def test_an_exact_majority_to_the_hundred_allows_its_half_as_the_rounding_in_force_says() -> None:
    # "exactly 35,400" to the hundred stands for [35,350, 35,450]: a lead of exactly 35,450
    # (42,969 - 7,519) rounds to it half to even (354.5 to 354), not half up.
    stated = Figure(
        text="35,400", value=35400, unit=Figure.count(1).unit, hedge="exactly", precision=100
    )
    contest = _hedged(stated, runner_up_votes=7519)
    assert factcheck.check(contest, select=[RULE], rounding="half-even").findings == ()
    (finding,) = factcheck.check(contest, select=[RULE], rounding="half-up").findings
    assert finding.evidence["computed"] == 35450


def test_the_true_majority_is_silent(tmp_path: Path) -> None:
    report, _ = _check(tmp_path, _contest(majority=35393))
    assert report.findings == ()
    assert report.not_checked == ()


def test_the_lead_over_the_third_placed_candidate_is_named(tmp_path: Path) -> None:
    # 42,969 − 3,888 = 39,081: Ali's lead over Masroor, who came third.
    report, _ = _check(tmp_path, _contest(majority=39081))
    (finding,) = report.findings
    assert "(it is the lead over Ajmal Masroor, who came third)" in finding.message
    assert finding.fix == "a majority of 35,393"


def test_the_winners_vote_total_given_as_the_majority_is_named(tmp_path: Path) -> None:
    report, _ = _check(tmp_path, _contest(majority=42969))
    (finding,) = report.findings
    assert "(it is the winner's vote total)" in finding.message


def test_a_wrong_runner_up_count_is_blamed_when_the_majority_fits_the_shares(
    tmp_path: Path,
) -> None:
    # Chirico's 7,576 typed 7,756. The stated majority implies 42,969 − 35,393 = 7,576 votes
    # for him, 12.66% of 59,825, which fits his 12.7; 7,756 is 12.96%, which does not.
    report, text = _check(
        tmp_path,
        _contest(majority=35393, changes={"Charlotte Chirico": {"votes": 7756}}),
    )
    (finding,) = report.findings
    assert finding.text == "7756"
    assert finding.start == text.index("7756")
    assert finding.message == (
        "Charlotte Chirico (Conservative)'s 7756 votes do not fit the stated majority of 35393, "
        "which implies 7,576"
    )
    assert finding.fix == "7,576 fits both the majority and Charlotte Chirico's share"
    assert finding.evidence["implied_votes"] == 7576
    assert finding.confidence is Confidence.MEDIUM


def test_a_majority_over_an_unlisted_runner_up_is_not_checked_rather_than_flagged(
    tmp_path: Path,
) -> None:
    # The story names Ali and Masroor only, with the true majority of 35,393: Ali's lead over
    # Masroor is 39,081, but the runner-up is not listed, and one on 7,576 explains it.
    report, _ = _check(
        tmp_path,
        _contest(only=("Rushanara Ali", "Ajmal Masroor"), valid_votes=None, majority=35393),
    )
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.name == RULE
    assert "a candidate whose votes are not given" in skipped.reason


def test_a_majority_when_the_winners_count_is_not_given_is_not_checked(tmp_path: Path) -> None:
    # Ali is listed with her share only; the counts shown are Chirico's and Masroor's.
    report, _ = _check(
        tmp_path,
        _contest(
            majority=35393,
            valid_votes=None,
            changes={"Rushanara Ali": {"votes": None}},
        ),
    )
    assert report.findings == ()
    assert [s.name for s in report.not_checked] == [RULE]


def test_an_unlisted_runner_up_cannot_explain_more_votes_than_are_left(tmp_path: Path) -> None:
    # Chirico is left out. With the total stated, the unlisted candidates polled 59,825 −
    # 52,249 = 7,576 votes between them. The true 35,393 needs an unlisted runner-up on
    # exactly 7,576: possible, so not checked. 33,393 needs one on 9,576: impossible.
    everyone_but_chirico = tuple(n for n, *_ in CANDIDATES if n != "Charlotte Chirico")
    report, _ = _check(tmp_path, _contest(only=everyone_but_chirico, majority=35393))
    assert report.findings == ()
    assert [s.name for s in report.not_checked] == [RULE]
    report, _ = _check(tmp_path, _contest(only=everyone_but_chirico, majority=33393))
    (finding,) = report.findings
    assert finding.text == "33393"
    # Listed, Masroor is second; the rule says so, and is not sure the list shows the runner-up.
    assert finding.evidence["runner_up"] == "Ajmal Masroor"
    assert finding.evidence["runner_up_certain"] is False
    assert finding.severity is Severity.WARNING
    assert finding.confidence is Confidence.MEDIUM


def test_a_majority_with_fewer_than_two_counts_is_not_checked(tmp_path: Path) -> None:
    report, _ = _check(tmp_path, _contest(fields=("share",), majority=35393))
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "a majority in votes is stated but fewer than two candidates' votes are"
    )


# -- majority in points -----------------------------------------------------------------------


def test_a_majority_in_points_is_the_lead_over_the_valid_vote(tmp_path: Path) -> None:
    # 100 × 35,393 / 59,825 = 59.161 points: "59.2" is right; "49.2" is a slipped digit.
    report, _ = _check(tmp_path, _contest(majority_share="59.2"))
    assert report.findings == ()
    report, text = _check(tmp_path, _contest(majority_share="49.2"))
    (finding,) = report.findings
    assert finding.text == "49.2"
    assert finding.start == text.index('"49.2"') + 1
    assert "is not Rushanara Ali (Labour)'s lead over Charlotte Chirico" in finding.message
    assert "59.161" in finding.message
    assert finding.arithmetic[0] == "100 × (42,969 − 7,576) / 59,825 = 59.161%"


def test_the_difference_of_the_printed_shares_is_accepted_too(tmp_path: Path) -> None:
    # The exact lead is 59.161 points (59.2), but a newsroom subtracting its own printed
    # shares gets 71.8 − 12.7 = 59.1: a legitimate reading, not an error.
    report, _ = _check(tmp_path, _contest(majority_share="59.1"))
    assert report.findings == ()
    # 59.0 is neither the exact lead nor the printed difference.
    report, _ = _check(tmp_path, _contest(majority_share="59.0"))
    (finding,) = report.findings
    assert finding.text == "59.0"
    assert "which is 59.161 points" in finding.message


def test_from_shares_alone_the_lead_allows_for_both_roundings(tmp_path: Path) -> None:
    # 71.8 − 12.7 with each share's rounding: the lead is between 59.0 and 59.2.
    report, _ = _check(
        tmp_path, _contest(fields=("share",), valid_votes=None, majority_share="59.1")
    )
    assert report.findings == ()
    report, _ = _check(
        tmp_path, _contest(fields=("share",), valid_votes=None, majority_share="59.3")
    )
    (finding,) = report.findings
    assert finding.text == "59.3"


def test_the_winners_share_given_as_the_majority_is_named(tmp_path: Path) -> None:
    report, _ = _check(
        tmp_path, _contest(fields=("share",), valid_votes=None, majority_share="71.8")
    )
    (finding,) = report.findings
    assert finding.message.endswith("(it is the winner's share, not the lead)")


def test_a_lead_in_points_over_a_candidate_with_no_share_shown_is_not_checked(
    tmp_path: Path,
) -> None:
    # Only Masroor's, Dyer's and Polson's shares are given: the winner's is not, so "59.2"
    # cannot be judged from 6.5 − 5.0.
    shown = ("Ajmal Masroor", "Elaine Dyer", "Alistair Polson")
    report, _ = _check(
        tmp_path, _contest(only=shown, fields=("share",), valid_votes=None, majority_share="59.2")
    )
    assert report.findings == ()
    assert [s.name for s in report.not_checked] == [RULE]
    assert "share is not given" in report.not_checked[0].reason


def test_a_majority_in_points_with_fewer_than_two_shares_is_not_checked(tmp_path: Path) -> None:
    report, _ = _check(
        tmp_path, _contest(only=("Rushanara Ali",), valid_votes=None, majority_share="59.2")
    )
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == "a majority in points is stated but fewer than two shares are"


def test_the_lead_over_the_third_of_exactly_three_candidates_is_named() -> None:
    # 9,000 − 5,000 = 4,000 is the lead over C, who came third; the majority is 2,000.
    contest = ContestResult(
        name="Anytown",
        complete=True,
        majority=Figure.count(4_000),
        candidates=(
            CandidateResult(name="A. Smith", votes=Figure.count(9_000)),
            CandidateResult(name="B. Jones", votes=Figure.count(7_000)),
            CandidateResult(name="C. Brown", votes=Figure.count(5_000)),
        ),
    )
    (finding,) = factcheck.check(contest, select=[RULE]).findings
    assert finding.message == (
        "the stated majority of 4,000 is not A. Smith's lead over B. Jones, which is 2,000 "
        "(it is the lead over C. Brown, who came third)"
    )
    assert finding.fix == "a majority of 2,000"


def test_a_blamed_count_beside_a_majority_with_no_place_points_at_no_majority() -> None:
    # Ali's 42,969 typed 42,699 in a model built in code: the majority of 35,393 fits her
    # 71.8%, her count does not; the majority has no place in any text to point at.
    shares = {"Rushanara Ali": "71.8", "Charlotte Chirico": "12.7"}
    contest = ContestResult(
        name="Bethnal Green and Bow",
        valid_votes=Figure.count(59825),
        majority=Figure.count(35393),
        candidates=tuple(
            CandidateResult(
                name=n,
                party=p,
                votes=Figure.count(42699 if n == "Rushanara Ali" else v),
                share=Figure.percentage(shares[n]) if n in shares else None,
            )
            for n, p, v, _ in CANDIDATES
        ),
    )
    (finding,) = factcheck.check(contest, select=[RULE]).findings
    assert finding.evidence["implied_votes"] == 42969
    assert finding.related == ()


def test_a_majority_below_nought_is_no_lead_an_unlisted_candidate_could_hold() -> None:
    # 7,000 of 15,000 votes unlisted, yet no one leads by fewer than none: "-500" is wrong.
    contest = ContestResult(
        name="Anytown",
        valid_votes=Figure.count(15000),
        majority=Figure.count(-500),
        candidates=(
            CandidateResult(name="Jane Smith", votes=Figure.count(5000)),
            CandidateResult(name="John Roe", votes=Figure.count(3000)),
        ),
    )
    report = factcheck.check(contest, select=[RULE])
    (finding,) = report.findings
    assert finding.message == (
        "the stated majority of -500 is not Jane Smith's lead over John Roe, which is 2,000"
    )
    assert report.not_checked == ()


def test_an_unhedged_majority_written_to_the_hundred_allows_its_rounding() -> None:
    # "35.4 thousand" stands for [35,350, 35,450): it is true of 35,393; "35.2 thousand" is not.
    def contest(text: str, value: int) -> ContestResult:
        stated = Figure(
            text=text,
            value=value,
            unit=Figure.count(1).unit,
            precision=100,
            exact=False,
        )
        return _hedged(stated)

    assert factcheck.check(contest("35.4 thousand", 35400), select=[RULE]).findings == ()
    (finding,) = factcheck.check(contest("35.2 thousand", 35200), select=[RULE]).findings
    assert finding.evidence["computed"] == 35393


def test_a_majority_implying_no_votes_at_all_blames_no_count_but_names_the_winners_total() -> None:
    # 49,900 is Jane Smith's whole vote: it would leave John Roe none, which his printed 0.0%
    # fits and his printed 100 votes do not; the slip is the majority, not his count.
    contest = ContestResult(
        name="Anytown",
        valid_votes=Figure.count(50000),
        majority=Figure.count(49900),
        candidates=(
            CandidateResult(
                name="Jane Smith", votes=Figure.count(49900), share=Figure.percentage("99.8")
            ),
            CandidateResult(
                name="John Roe", votes=Figure.count(100), share=Figure.percentage("0.0")
            ),
        ),
    )
    (finding,) = factcheck.check(contest, select=[RULE]).findings
    assert finding.message == (
        "the stated majority of 49,900 is not Jane Smith's lead over John Roe, which is 49,800 "
        "(it is the winner's vote total)"
    )
