"""The edges of the arithmetic rules that mutation testing showed no other test reached.

Each test pins one condition a plausible one-line bug would break (a bound moved by one, a
guard dropped, a sign flipped): see docs/testing.md, "Mutation testing".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import factcheck
from factcheck import Confidence
from factcheck.intervals import Rounding


def _check(
    tmp_path: Path, rule: str, contest: dict[str, Any], rounding: Rounding = "half-up"
) -> factcheck.Report:
    """Check one contest written as a results file, so findings point at their figure."""
    path = tmp_path / "results.json"
    path.write_text(json.dumps({"contests": [{"name": "Anytown", **contest}]}), encoding="utf-8")
    return factcheck.check(path, select=[rule], rounding=rounding)


def _shares_contest(*shares: str, majority_share: str, complete: bool = False) -> dict[str, Any]:
    return {
        "complete": complete,
        "majority_share": majority_share,
        "candidates": [{"name": f"Candidate {i}", "share": s} for i, s in enumerate(shares, 1)],
    }


# -- majority-mismatch: a lead in points from shares alone, with candidates left out ---------


def test_a_lead_in_points_as_large_as_an_unlisted_winner_allows_is_not_checked(
    tmp_path: Path,
) -> None:
    # 20.0 and 10.0 are shown, so the unlisted polled at most 100 − 19.95 − 9.95 = 70.1 between
    # them: an unlisted winner on 70.1 leads the listed 19.95 by up to 50.15 points.
    report = _check(
        tmp_path, "majority-mismatch", _shares_contest("20.0", "10.0", majority_share="50.1")
    )
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert "a candidate whose share is not given" in skipped.reason


def test_a_lead_in_points_larger_than_any_unlisted_winner_allows_fires(tmp_path: Path) -> None:
    report = _check(
        tmp_path, "majority-mismatch", _shares_contest("20.0", "10.0", majority_share="50.3")
    )
    (finding,) = report.findings
    assert finding.text == "50.3"
    assert "which is between (9.9, 10.1) points" in finding.message
    assert report.not_checked == ()


def test_a_lead_in_points_an_unlisted_runner_up_explains_is_not_checked(tmp_path: Path) -> None:
    # 40.0 and 10.0 shown: an unlisted runner-up on 25 gives a lead of 15 points.
    report = _check(
        tmp_path, "majority-mismatch", _shares_contest("40.0", "10.0", majority_share="15.0")
    )
    assert report.findings == ()
    assert [s.name for s in report.not_checked] == ["majority-mismatch"]


def test_with_every_share_shown_no_unlisted_candidate_explains_a_lead(tmp_path: Path) -> None:
    contest = _shares_contest("40.0", "10.0", "50.0", majority_share="15.0", complete=True)
    report = _check(tmp_path, "majority-mismatch", contest)
    (finding,) = report.findings
    assert finding.text == "15.0"


# -- shares-exceed-total: which share to blame -----------------------------------------------


def _votes_and_shares(*rows: tuple[int, str]) -> dict[str, Any]:
    return {
        "complete": True,
        "valid_votes": sum(v for v, _ in rows),
        "candidates": [
            {"name": f"Candidate {i}", "votes": v, "share": s} for i, (v, s) in enumerate(rows, 1)
        ],
    }


def test_shares_over_100_blame_the_share_the_votes_disagree_with_not_the_largest(
    tmp_path: Path,
) -> None:
    # 3,000 of 10,000 is 30.0%, not 39.0%: the votes single out the second share.
    contest = _votes_and_shares((5000, "50.0"), (3000, "39.0"), (2000, "20.0"))
    (finding,) = _check(tmp_path, "shares-exceed-total", contest).findings
    assert finding.text == "39.0"
    assert finding.evidence["blamed_by"] == "votes"
    assert finding.confidence is Confidence.MEDIUM


def test_which_share_the_votes_blame_follows_the_configured_rounding(tmp_path: Path) -> None:
    # 505 votes of 1,000 is 50.5%: "50" under "any" rounding, not under half-up. So only with
    # "any" do the votes single out 39 (300 of 1,000 is 30%) rather than 50 and 39 both.
    contest = _votes_and_shares((505, "50"), (300, "39"), (195, "20"))
    (finding,) = _check(tmp_path, "shares-exceed-total", contest, rounding="any").findings
    assert (finding.text, finding.evidence["blamed_by"]) == ("39", "votes")
    (finding,) = _check(tmp_path, "shares-exceed-total", contest).findings
    assert (finding.text, finding.evidence["blamed_by"]) == ("50", "largest")


def test_shares_over_100_blame_the_largest_when_the_votes_disagree_with_two(tmp_path: Path) -> None:
    contest = _votes_and_shares((5000, "50.0"), (3000, "39.0"), (2000, "29.0"))
    (finding,) = _check(tmp_path, "shares-exceed-total", contest).findings
    assert finding.text == "50.0"
    assert finding.evidence["blamed_by"] == "largest"
    assert finding.confidence is Confidence.LOW


# -- majority-mismatch: a majority in votes over, or by, a candidate not listed --------------


def _candidates(*rows: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": f"Candidate {i}", **row} for i, row in enumerate(rows, 1)]


def test_a_majority_an_unlisted_winner_could_hold_with_every_vote_left_is_not_checked(
    tmp_path: Path,
) -> None:
    # 31,000 valid votes, 16,000 listed: an unlisted winner on all 15,000 left leads the
    # listed 10,000 by exactly 5,000; by 5,001 no one can.
    def contest(majority: int) -> dict[str, Any]:
        return {
            "valid_votes": 31000,
            "majority": majority,
            "candidates": _candidates({"votes": 10000}, {"votes": 6000}),
        }

    report = _check(tmp_path, "majority-mismatch", contest(5000))
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert "a candidate whose votes are not given" in skipped.reason
    report = _check(tmp_path, "majority-mismatch", contest(5001))
    (finding,) = report.findings
    assert finding.text == "5001"
    assert finding.evidence["computed"] == 4000
    assert finding.evidence["runner_up_certain"] is False
    assert finding.severity.value == "warning"


def test_a_majority_an_unlisted_runner_up_on_every_vote_left_explains_is_not_checked(
    tmp_path: Path,
) -> None:
    # 11,500 valid votes, 8,000 listed: an unlisted runner-up on all 3,500 left trails the
    # listed 5,000 by exactly 1,500. No unlisted winner could lead by that much (3,500 is
    # fewer than 5,000), so the runner-up alone explains it; by 1,499 no one can.
    def contest(majority: int) -> dict[str, Any]:
        return {
            "valid_votes": 11500,
            "majority": majority,
            "candidates": _candidates({"votes": 5000}, {"votes": 3000}),
        }

    report = _check(tmp_path, "majority-mismatch", contest(1500))
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert "a candidate whose votes are not given" in skipped.reason
    (finding,) = _check(tmp_path, "majority-mismatch", contest(1499)).findings
    assert finding.evidence["computed"] == 2000


def test_a_tie_an_unlisted_candidate_on_the_winners_votes_explains_is_not_checked(
    tmp_path: Path,
) -> None:
    # A majority of nought: 7,000 votes are left unlisted, so someone may have tied the
    # listed winner's 5,000. A lead of nought votes is a lead like any other.
    contest = {
        "valid_votes": 15000,
        "majority": 0,
        "candidates": _candidates({"votes": 5000}, {"votes": 3000}),
    }
    report = _check(tmp_path, "majority-mismatch", contest)
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert "the stated majority of 0 may be a lead over, or of," in skipped.reason


def test_a_stated_total_of_nought_does_not_stop_the_majority_being_checked(tmp_path: Path) -> None:
    contest = {
        "complete": True,
        "valid_votes": 0,
        "majority": 60,
        "candidates": _candidates({"votes": 100, "share": "60.0"}, {"votes": 50, "share": "40.0"}),
    }
    report = _check(tmp_path, "majority-mismatch", contest)
    assert report.errors == ()
    (finding,) = report.findings
    assert (finding.text, finding.evidence["computed"]) == ("60", 50)


def test_a_winners_count_that_does_not_fit_the_majority_and_their_share_is_blamed(
    tmp_path: Path,
) -> None:
    # Ali's 42,969 typed 42,699: the majority of 35,393 implies 7,576 + 35,393 = 42,969, which
    # fits her 71.8%; 42,699 (71.37%) does not.
    contest = {
        "valid_votes": 59825,
        "majority": 35393,
        "candidates": _candidates(
            {"votes": 42699, "share": "71.8"},
            {"votes": 7576, "share": "12.7"},
            {"votes": 3888, "share": "6.5"},
        ),
    }
    (finding,) = _check(tmp_path, "majority-mismatch", contest).findings
    assert finding.text == "42699"
    assert finding.evidence == {
        "stated_majority": 35393,
        "candidate": "Candidate 1",
        "implied_votes": 42969,
    }


def test_a_runner_ups_count_is_blamed_even_when_the_winners_share_is_not_given(
    tmp_path: Path,
) -> None:
    contest = {
        "valid_votes": 59825,
        "majority": 35393,
        "candidates": _candidates(
            {"votes": 42969}, {"votes": 7756, "share": "12.7"}, {"votes": 3888, "share": "6.5"}
        ),
    }
    (finding,) = _check(tmp_path, "majority-mismatch", contest).findings
    assert finding.text == "7756"
    assert finding.evidence["implied_votes"] == 7576


def test_a_wrong_majority_in_points_from_votes_alone_names_the_lead_and_no_hint(
    tmp_path: Path,
) -> None:
    contest = {
        "complete": True,
        "valid_votes": 20000,
        "majority_share": "30.0",
        "candidates": _candidates({"votes": 10000}, {"votes": 6000}, {"votes": 4000}),
    }
    (finding,) = _check(tmp_path, "majority-mismatch", contest).findings
    assert finding.message == (
        "the stated majority of 30.0 points is not Candidate 1's lead over Candidate 2, "
        "which is 20 points"
    )
    assert finding.evidence == {"stated": "30.0", "computed": "[20, 20]"}


def test_shares_over_100_show_their_sum_and_the_smallest_sum_rounding_allows(
    tmp_path: Path,
) -> None:
    # Each share may be half a unit of its last place lower: 0.5 + 0.05 + 0.0005 = 0.5505.
    contest = {"candidates": _candidates({"share": "50"}, {"share": "39.5"}, {"share": "20.125"})}
    (finding,) = _check(tmp_path, "shares-exceed-total", contest).findings
    assert finding.text == "50"
    assert finding.message == "the 3 listed shares add up to 109.625%, more than rounding allows"
    assert finding.arithmetic == (
        "50 + 39.5 + 20.125 = 109.625",
        "rounding allows each to be a little lower, at most 0.5505 in all: still 109.0745, "
        "over 100",
    )
    assert finding.evidence == {
        "shares": ["50", "39.5", "20.125"],
        "sum": "109.625",
        "smallest_possible_sum": "109.0745",
        "blamed_by": "largest",
    }
    assert [r.message for r in finding.related] == ["Candidate 2's share", "Candidate 3's share"]


def test_the_share_the_votes_blame_is_not_also_listed_as_related(tmp_path: Path) -> None:
    contest = _votes_and_shares((5000, "50.0"), (3000, "39.0"), (2000, "20.0"))
    (finding,) = _check(tmp_path, "shares-exceed-total", contest).findings
    assert [r.message for r in finding.related] == ["Candidate 1's share", "Candidate 3's share"]


# -- total-mismatch: which figure a wrong sum blames -------------------------------------------


def test_listed_votes_over_the_total_blame_the_total_but_offer_no_fix_when_some_may_be_missing(
    tmp_path: Path,
) -> None:
    contest = {"valid_votes": 1000, "candidates": _candidates({"votes": 600}, {"votes": 500})}
    (finding,) = _check(tmp_path, "total-mismatch", contest).findings
    assert finding.text == "1000"
    assert finding.message == "the listed votes add up to 1,100, more than the stated total of 1000"
    assert finding.arithmetic == ("600 + 500 = 1,100", "stated total: 1000")
    assert finding.evidence == {"listed_sum": 1100, "stated_total": 1000}
    assert finding.fix is None
    assert finding.confidence is Confidence.HIGH


def test_a_sum_over_the_total_blames_the_one_count_that_would_fit_its_share(
    tmp_path: Path,
) -> None:
    # The first candidate has no share, so only the others can be checked; 100 votes is 10%
    # of 1,000, not 5.0%, and 50 (the count that closes the gap) is.
    contest = {
        "complete": True,
        "valid_votes": 1000,
        "candidates": _candidates(
            {"votes": 600}, {"votes": 350, "share": "35.0"}, {"votes": 100, "share": "5.0"}
        ),
    }
    (finding,) = _check(tmp_path, "total-mismatch", contest).findings
    assert finding.text == "100"
    assert finding.message == (
        "the listed votes add up to 1,050, more than the stated total of 1000; "
        "Candidate 3's 100 looks wrong"
    )
    assert finding.arithmetic == ("600 + 350 + 100 = 1,050", "stated total: 1000")
    assert finding.evidence == {
        "listed_sum": 1050,
        "stated_total": 1000,
        "candidate": "Candidate 3",
    }
    assert finding.fix == "50 makes the votes add up and fits Candidate 3's share"


def test_a_count_that_should_be_nought_can_be_the_one_blamed(tmp_path: Path) -> None:
    contest = {
        "valid_votes": 1000,
        "candidates": _candidates(
            {"votes": 900, "share": "90.0"},
            {"votes": 100, "share": "10.0"},
            {"votes": 50, "share": "0.0"},
        ),
    }
    (finding,) = _check(tmp_path, "total-mismatch", contest).findings
    assert finding.text == "50"
    assert finding.fix == "0 makes the votes add up and fits Candidate 3's share"


def test_an_electorate_without_a_valid_vote_total_is_not_compared(tmp_path: Path) -> None:
    contest = {"electorate": 900, "candidates": _candidates({"votes": 950}, {"votes": 100})}
    report = _check(tmp_path, "total-mismatch", contest)
    assert (report.findings, report.errors) == ((), ())


# -- turnout-mismatch ---------------------------------------------------------------------------


def test_a_turnout_over_100_points_at_itself_and_shows_why(tmp_path: Path) -> None:
    (finding,) = _check(tmp_path, "turnout-mismatch", {"turnout": "101.0"}).findings
    assert finding.text == "101.0"
    assert finding.message == "a turnout of 101.0% is more than everyone on the register"
    assert finding.evidence == {"stated": "101.0"}
    assert finding.arithmetic == ("101.0 > 100",)


def test_a_turnout_over_an_electorate_of_nought_is_not_checked_and_says_why(
    tmp_path: Path,
) -> None:
    report = _check(
        tmp_path, "turnout-mismatch", {"turnout": "60.0", "electorate": 0, "valid_votes": 100}
    )
    assert (report.findings, report.errors) == ((), ())
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "a turnout is stated but the electorate is given as 0, so it cannot be recomputed"
    )


def test_a_turnout_matching_neither_definition_shows_both_and_points_at_the_figures(
    tmp_path: Path,
) -> None:
    contest = {"turnout": "60.0", "electorate": 90000, "valid_votes": 50000, "rejected": 170}
    (finding,) = _check(tmp_path, "turnout-mismatch", contest).findings
    assert finding.text == "60.0"
    assert finding.arithmetic == (
        "valid votes / electorate: 50,000 / 90,000 = 55.556%",
        "(valid + rejected) / electorate: (50,000 + 170) / 90,000 = 55.744%",
    )
    assert sorted(finding.evidence) == [
        "ballot_box_turnout",
        "stated",
        "stated_interval",
        "valid_vote_turnout",
    ]
    assert finding.evidence["stated"] == "60.0"
    assert [r.message for r in finding.related] == ["the electorate", "valid votes"]
    assert all(r.start is not None for r in finding.related)
    # Two definitions to choose from: the editor picks, so no literal replacement.
    assert finding.fix == "55.6% (valid votes / electorate) or 55.7% (ballots / electorate)"
    assert finding.replacement is None


def test_without_rejected_ballots_a_turnout_is_excused_if_its_fewest_needed_are_plausible(
    tmp_path: Path,
) -> None:
    # 50,000 valid of 100,000: "51.0" needs 950–1,049 rejected ballots; up to 2% of the
    # valid vote (1,000) is plausible, so the fewest decide.
    contest = {"turnout": "51.0", "electorate": 100000, "valid_votes": 50000}
    assert _check(tmp_path, "turnout-mismatch", contest).findings == ()


def test_without_rejected_ballots_exactly_two_per_cent_of_the_valid_vote_is_plausible(
    tmp_path: Path,
) -> None:
    # 50,000 valid of 200,000: "26" needs at least 1,000 rejected ballots, exactly 2%.
    contest = {"turnout": "26", "electorate": 200000, "valid_votes": 50000}
    assert _check(tmp_path, "turnout-mismatch", contest).findings == ()
    contest = {"turnout": "27", "electorate": 200000, "valid_votes": 50000}
    (finding,) = _check(tmp_path, "turnout-mismatch", contest).findings
    assert (finding.fix, finding.replacement) == ("25% (valid votes / electorate)", "25")
    assert finding.arithmetic[-1] == (
        "as ballot-box turnout it would need 3,000–4,999 rejected ballots, "
        "over 6% of the valid vote"
    )


def test_a_count_too_small_to_close_the_gap_does_not_stop_the_search_for_the_culprit(
    tmp_path: Path,
) -> None:
    # 1,500 listed of 1,000: the first candidate's 50 cannot be the slip (it would need to be
    # −450); the second's 1,450 can (950 is 95.0%).
    contest = {
        "valid_votes": 1000,
        "candidates": _candidates({"votes": 50, "share": "5.0"}, {"votes": 1450, "share": "95.0"}),
    }
    (finding,) = _check(tmp_path, "total-mismatch", contest).findings
    assert finding.text == "1450"
    assert finding.fix == "950 makes the votes add up and fits Candidate 2's share"


def test_valid_votes_equal_to_the_electorate_are_not_more_than_it(tmp_path: Path) -> None:
    contest = {"electorate": 900, "valid_votes": 900, "candidates": _candidates({"votes": 900})}
    assert _check(tmp_path, "total-mismatch", contest).findings == ()
    contest = {"electorate": 899, "valid_votes": 900, "candidates": _candidates({"votes": 900})}
    (finding,) = _check(tmp_path, "total-mismatch", contest).findings
    assert finding.message == "900 valid votes are more than the electorate of 899"


def test_a_majority_in_points_an_unlisted_winner_could_hold_is_not_checked(
    tmp_path: Path,
) -> None:
    # 10,000 and 6,000 listed of 31,000: an unlisted winner on up to 15,000 leads by up to
    # 5,000 votes, 16.13 points. "16.1" (4,976-5,006 votes) may be that; "16.2" (5,007-5,037)
    # cannot, nor a lead over an unlisted runner-up (at most 10,000 − 6,000).
    def contest(points: str, complete: bool = False) -> dict[str, Any]:
        return {
            "complete": complete,
            "valid_votes": 31000,
            "majority_share": points,
            "candidates": _candidates({"votes": 10000}, {"votes": 6000}),
        }

    report = _check(tmp_path, "majority-mismatch", contest("16.1"))
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "the stated majority of 16.1 points may be a lead over, or of, a candidate whose "
        "votes are not given"
    )
    (finding,) = _check(tmp_path, "majority-mismatch", contest("16.2")).findings
    assert finding.text == "16.2"
    # With the list complete, no one unlisted can explain it.
    (finding,) = _check(tmp_path, "majority-mismatch", contest("16.1", complete=True)).findings
    assert finding.text == "16.1"


# -- rank-order-mismatch --------------------------------------------------------------------


def test_a_share_surely_below_anothers_puts_that_candidate_surely_behind(tmp_path: Path) -> None:
    # 50.0% against 30.0% and 20.0% of a complete list: first, whatever the rounding, so
    # "second" is wrong; were the lower shares only "perhaps ahead", it would be allowed.
    contest = {
        "complete": True,
        "candidates": _candidates(
            {"share": "50.0", "rank": 2}, {"share": "30.0"}, {"share": "20.0"}
        ),
    }
    (finding,) = _check(tmp_path, "rank-order-mismatch", contest).findings
    assert finding.text == "2"
    assert finding.evidence["possible_ranks"] == [1, 1]


def test_a_count_whose_share_is_off_either_way_is_not_taken_for_the_culprit(
    tmp_path: Path,
) -> None:
    # 1,100 listed of 1,000. The third's 150 (15%) misses its 5.0 and 50 would fit: the
    # culprit. The second's 200 (20%) misses its 30.0, but so would 100: no evidence of a slip.
    contest = {
        "valid_votes": 1000,
        "candidates": _candidates(
            {"votes": 750}, {"votes": 200, "share": "30.0"}, {"votes": 150, "share": "5.0"}
        ),
    }
    (finding,) = _check(tmp_path, "total-mismatch", contest).findings
    assert finding.text == "150"
    assert finding.fix == "50 makes the votes add up and fits Candidate 3's share"


# -- share-votes-mismatch: which count "makes the votes add up", and an open total ------------


def _abc(complete: bool, b_votes: int) -> dict[str, Any]:
    return {
        "complete": complete,
        "valid_votes": 10000,
        "candidates": [
            {"name": "A", "votes": 5000, "share": "50"},
            {"name": "B", "votes": b_votes, "share": "30"},
            {"name": "C", "votes": 2000, "share": "20"},
        ],
    }


def test_only_a_complete_list_names_the_count_that_makes_the_votes_add_up(
    tmp_path: Path,
) -> None:
    # 2,345 is no typo of anything near 30% of 10,000. With every candidate listed, 3,000 is
    # the one count that makes the list add up to the total, so the votes are blamed.
    (finding,) = _check(tmp_path, "share-votes-mismatch", _abc(True, 2345)).findings
    assert finding.evidence["blamed"] == "votes"
    assert finding.fix is not None
    assert finding.fix.startswith("3,000 fits 30% and makes the votes add up")
    # With candidates left out, the rest of the total is theirs too: no count is implied, and
    # the share is blamed with the range of counts that would fit it.
    (finding,) = _check(tmp_path, "share-votes-mismatch", _abc(False, 2345)).findings
    assert finding.evidence["blamed"] == "share"
    assert finding.fix is not None
    assert "makes the votes add up" not in finding.fix
    assert finding.fix.startswith("a share of 23% fits 2345 votes")


def test_a_share_no_total_fits_when_the_rest_leave_the_total_open_has_no_fix(
    tmp_path: Path,
) -> None:
    # Ten and twenty votes printed as 0.0% need a total of over 20,000 and 40,000, with no
    # upper limit; 500 votes as 60.0% need about 833. The two 0.0% pairs outvote it, and the
    # total they agree on is open above: no share or count can be named that would fit.
    contest = {
        "candidates": [
            {"name": "A", "votes": 500, "share": "60.0"},
            {"name": "B", "votes": 10, "share": "0.0"},
            {"name": "C", "votes": 20, "share": "0.0"},
        ]
    }
    (finding,) = _check(tmp_path, "share-votes-mismatch", contest).findings
    assert finding.evidence["candidate"] == "A"
    assert finding.evidence["blamed"] == "share"
    assert "total_range" not in finding.evidence
    assert finding.message == (
        "A: 60.0% cannot be the share of 500 votes out of any whole number of valid votes"
    )
    assert finding.fix is None
    assert finding.confidence is Confidence.MEDIUM


def test_the_count_that_closes_the_gap_is_judged_against_its_share_by_the_rounding_in_force(
    tmp_path: Path,
) -> None:
    # 125 votes of 1,000 is 12.5%, which rounds half to even to "12" but half up to "13". So
    # only under half-even does closing the gap with the third count fit its printed share.
    contest: dict[str, Any] = {
        "complete": True,
        "valid_votes": 1000,
        "candidates": _candidates({"votes": 500}, {"votes": 375}, {"votes": 152, "share": "12"}),
    }
    (finding,) = _check(tmp_path, "total-mismatch", contest, rounding="half-even").findings
    assert finding.text == "152"
    assert finding.fix == "125 makes the votes add up and fits Candidate 3's share"
    (finding,) = _check(tmp_path, "total-mismatch", contest).findings
    assert finding.text == "1000"
    assert finding.fix == "a total of 1,027"
    contest["candidates"][2]["votes"] = 125
    assert _check(tmp_path, "total-mismatch", contest, rounding="half-even").findings == ()


# -- majority-mismatch: figures at a rounding edge are judged by the rounding in force -------


def test_a_majority_in_points_at_a_half_is_judged_by_the_rounding_in_force(tmp_path: Path) -> None:
    # 5,625 − 4,375 of 10,000 is a lead of exactly 12.5 points: "12" rounding half to even,
    # "13" rounding half up.
    contest = {
        "complete": True,
        "valid_votes": 10000,
        "majority_share": "12",
        "candidates": _candidates({"votes": 5625}, {"votes": 4375}),
    }
    assert _check(tmp_path, "majority-mismatch", contest, rounding="half-even").findings == ()
    (finding,) = _check(tmp_path, "majority-mismatch", contest).findings
    assert finding.text == "12"
    contest["majority_share"] = "13"
    assert _check(tmp_path, "majority-mismatch", contest).findings == ()


def test_what_a_stated_majority_in_points_stands_for_follows_the_rounding_in_force(
    tmp_path: Path,
) -> None:
    contest = {
        "complete": True,
        "valid_votes": 10000,
        "majority_share": "12",
        "candidates": _candidates({"votes": 6000}, {"votes": 4000}),
    }
    (finding,) = _check(tmp_path, "majority-mismatch", contest, rounding="half-even").findings
    assert finding.arithmetic[1] == "stated: 12 stands for [11.5, 12.5]"
    (finding,) = _check(tmp_path, "majority-mismatch", contest).findings
    assert finding.arithmetic[1] == "stated: 12 stands for [11.5, 12.5)"


def test_a_majority_in_points_meeting_the_winners_share_only_at_its_edge_is_called_that_share(
    tmp_path: Path,
) -> None:
    # With either end allowed ("any"), a share of 13 may be 12.5, and so may a majority of 12:
    # the stated majority may be the winner's share. Half up, 12 stops short of 12.5.
    contest = {
        "complete": True,
        "majority_share": "12",
        "candidates": _candidates({"share": "13"}, {"share": "9"}),
    }
    (finding,) = _check(tmp_path, "majority-mismatch", contest, rounding="any").findings
    assert finding.message.endswith(" (it is the winner's share, not the lead)")
    (finding,) = _check(tmp_path, "majority-mismatch", contest).findings
    assert "winner's share" not in finding.message
    # And the other way round: a share of 12 and a majority of 13 meet only at 12.5 too.
    contest = {
        "complete": True,
        "majority_share": "13",
        "candidates": _candidates({"share": "12"}, {"share": "8"}),
    }
    (finding,) = _check(tmp_path, "majority-mismatch", contest, rounding="any").findings
    assert finding.message.endswith(" (it is the winner's share, not the lead)")
    (finding,) = _check(tmp_path, "majority-mismatch", contest).findings
    assert "winner's share" not in finding.message


def test_a_majority_in_points_from_shares_meeting_it_only_at_an_edge_follows_the_rounding(
    tmp_path: Path,
) -> None:
    # Half to even, 50 stands for [49.5, 50.5] and 38.0 for [37.95, 38.05]: their difference
    # runs from 11.45 to 12.55, both ends in. A majority of 11.4 ([11.35, 11.45] half to even)
    # or 12.6 ([12.55, 12.65]) meets it only at an end, which half up leaves out.
    for stated in ("11.4", "12.6"):
        contest = {
            "complete": True,
            "majority_share": stated,
            "candidates": _candidates({"share": "50"}, {"share": "38.0"}),
        }
        assert _check(tmp_path, "majority-mismatch", contest, rounding="half-even").findings == ()
        (finding,) = _check(tmp_path, "majority-mismatch", contest).findings
        assert finding.text == stated
    contest["majority_share"] = "12.7"
    (finding,) = _check(tmp_path, "majority-mismatch", contest, rounding="half-even").findings
    assert finding.text == "12.7"


def test_the_runner_ups_count_is_blamed_when_the_majority_implies_a_count_at_its_shares_edge(
    tmp_path: Path,
) -> None:
    # A majority of 3,750 over a winner's 5,000 implies 1,250 for the runner-up: 12.5% of
    # 10,000, which "12" covers half to even but not half up. The printed 1,520 is 15.2%.
    contest = {
        "valid_votes": 10000,
        "majority": 3750,
        "candidates": _candidates({"votes": 5000}, {"votes": 1520, "share": "12"}),
    }
    (finding,) = _check(tmp_path, "majority-mismatch", contest, rounding="half-even").findings
    assert finding.text == "1520"
    assert finding.fix == "1,250 fits both the majority and Candidate 2's share"
    (finding,) = _check(tmp_path, "majority-mismatch", contest).findings
    assert finding.text == "3750"


def test_a_lead_from_shares_of_other_places_is_worked_to_the_finer_shares_places(
    tmp_path: Path,
) -> None:
    # 50.25 and 38.1: the lead is 12.15 (shown to the majority's places, 12), and with
    # rounding (12.095, 12.205). Printed to the majority's places and two more, the range
    # read "(12.1, 12.21)", ends the shares do not give.
    contest = _shares_contest("50.25", "38.1", majority_share="15")
    (finding,) = _check(tmp_path, "majority-mismatch", contest).findings
    assert finding.message == (
        "the stated majority of 15 points is not Candidate 1's lead over Candidate 2, which is "
        "between (12.095, 12.205) points"
    )
    assert finding.arithmetic[0] == "50.25 − 38.1 = 12 (allowing for rounding: (12.095, 12.205))"
