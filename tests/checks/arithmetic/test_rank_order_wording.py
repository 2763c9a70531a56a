"""rank-order-mismatch, read word for word: the ordinals, the counts in its messages, the
evidence, and the two ways it orders a contest (by counting the votes when every candidate has
a count, pair by pair otherwise). Pinned after a mutation run (docs/testing.md)."""

from __future__ import annotations

import pytest

import factcheck
from factcheck import CandidateResult, Consequence, ContestResult, Figure, Unit
from factcheck.checks.arithmetic.rank_order_mismatch import ordinal

RULE = "rank-order-mismatch"


def _cand(
    name: str, votes: int | None = None, share: str | None = None, rank: int | None = None
) -> CandidateResult:
    return CandidateResult(
        name=name,
        votes=Figure.count(votes) if votes is not None else None,
        share=Figure.percentage(share) if share is not None else None,
        rank=Figure.count(rank, Unit.RANK) if rank is not None else None,
    )


def _check(*cands: CandidateResult, **contest: object) -> factcheck.Report:
    return factcheck.check(
        ContestResult(name="Ward", candidates=cands, **contest),
        select=[RULE],
    )


@pytest.mark.parametrize(
    ("n", "word"),
    [
        (1, "first"),
        (2, "second"),
        (3, "third"),
        (9, "ninth"),
        (10, "tenth"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (14, "14th"),
        (20, "20th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (24, "24th"),
        (101, "101st"),
        (111, "111th"),
        (112, "112th"),
        (113, "113th"),
        (120, "120th"),
        (121, "121st"),
        (211, "211th"),
        (212, "212th"),
        (122, "122nd"),
    ],
)
def test_positions_are_words_up_to_the_tenth_and_numbered_english_style_after(
    n: int, word: str
) -> None:
    assert ordinal(n) == word


def test_one_candidate_ahead_is_named_in_the_singular_with_the_whole_evidence() -> None:
    report = _check(_cand("Ali", 500), _cand("Chirico", 400, rank=1), complete=True)
    (finding,) = report.findings
    assert finding.message == (
        "Chirico is said to have come first, but 1 candidate finished ahead: Ali (500 votes)"
    )
    assert finding.evidence == {
        "candidate": "Chirico",
        "stated_rank": 1,
        "possible_ranks": [2, 2],
        "ahead": ["Ali"],
    }
    assert finding.fix == "came second"
    assert finding.consequences == (Consequence.WINNER, Consequence.RANKING)


def test_a_position_below_the_last_possible_says_how_many_at_most_finished_ahead() -> None:
    report = _check(_cand("Ali", 500), _cand("Chirico", 400, rank=3), complete=True)
    (finding,) = report.findings
    assert finding.message == (
        "Chirico is said to have come third, but at most 1 candidate finished ahead"
    )
    assert finding.fix == "came second"
    report = _check(
        _cand("Ali", 500), _cand("Chirico", 400), _cand("Masroor", 300, rank=4), complete=True
    )
    (finding,) = report.findings
    assert finding.message == (
        "Masroor is said to have come fourth, but at most 2 candidates finished ahead"
    )
    assert finding.fix == "came third"


def test_no_fix_is_offered_when_a_tie_leaves_two_positions_open() -> None:
    report = _check(
        _cand("Ali", 500), _cand("Chirico", 500, rank=4), _cand("Masroor", 100), complete=True
    )
    (finding,) = report.findings
    assert finding.message == (
        "Chirico is said to have come fourth, but at most 1 candidate finished ahead"
    )
    assert finding.evidence["possible_ranks"] == [1, 2]
    assert finding.fix is None


def test_past_ten_candidates_ahead_the_rest_are_counted_not_named() -> None:
    ahead = [_cand(f"C{i:02d}", 1000 - i) for i in range(12)]
    report = _check(*ahead, _cand("Last", 10, rank=1), complete=True)
    (finding,) = report.findings
    named = ", ".join(f"C{i:02d} ({1000 - i:,} votes)" for i in range(10))
    assert finding.message == (
        f"Last is said to have come first, but 12 candidates finished ahead: {named}, and 2 more"
    )
    assert finding.evidence["ahead"] == [f"C{i:02d}" for i in range(10)]
    assert finding.evidence["ahead_count"] == 12
    assert len(finding.arithmetic) == 10


def test_the_candidates_ahead_are_those_with_more_votes_whatever_the_listed_order() -> None:
    report = _check(
        _cand("Masroor", 300, rank=1), _cand("Ali", 500), _cand("Chirico", 400), complete=True
    )
    (finding,) = report.findings
    assert finding.evidence["ahead"] == ["Ali", "Chirico"]
    report = _check(_cand("Nought", 0, rank=1), _cand("One", 1), _cand("Two", 2), complete=True)
    (finding,) = report.findings
    assert finding.evidence["ahead"] == ["One", "Two"]


def test_a_candidate_with_only_a_share_may_be_ahead_of_any_count() -> None:
    # Masroor's 300 votes would be third of the counted two and him, but Chirico's share
    # cannot be set against counts, so she may have finished anywhere.
    report = _check(
        _cand("Ali", 500),
        _cand("Chirico", share="20.0"),
        _cand("Masroor", 300, rank=3),
        complete=True,
    )
    assert report.findings == ()


def test_counts_decide_between_two_candidates_when_another_has_only_a_share() -> None:
    report = _check(
        _cand("Ali", 500),
        _cand("Chirico", 400, rank=1),
        _cand("Masroor", share="5.0"),
        complete=True,
    )
    (finding,) = report.findings
    assert finding.evidence["ahead"] == ["Ali"]
    # A tie in votes is no order: either tied candidate may have come first, or second, and
    # the one with a share only may have come ahead of both.
    report = _check(
        _cand("Ali", 500),
        _cand("Chirico", 500, rank=3),
        _cand("Masroor", share="5.0"),
        complete=True,
    )
    assert report.findings == ()


def test_shares_alone_place_candidates_and_a_placing_they_confirm_is_checked() -> None:
    report = _check(
        _cand("Ali", share="50.0", rank=1), _cand("Chirico", share="30.0", rank=3), complete=True
    )
    (finding,) = report.findings
    assert finding.message == (
        "Chirico is said to have come third, but at most 1 candidate finished ahead"
    )
    assert finding.fix == "came second"
    assert report.not_checked == ()


def test_every_placing_is_checked_whatever_was_passed_over_before_it() -> None:
    report = _check(
        _cand("Nobody", rank=3),  # nothing to test it with
        _cand("Dyer", 1000, rank=2),  # nothing it can be compared with
        _cand("Ali", share="50.0", rank=1),  # true
        _cand("Chirico", share="30.0", rank=1),  # false
    )
    (finding,) = report.findings
    assert finding.message == (
        "Chirico is said to have come first, but 1 candidate finished ahead: Ali (50.0%)"
    )
    # The list is partial with no total, so any number of others may have come ahead.
    assert finding.evidence["possible_ranks"] == [2, None]
    assert finding.fix == "came second"
    assert [s.reason for s in report.not_checked] == [
        "Nobody's stated position has no votes or share to test it",
        "no other candidate's figures can be compared with Dyer's",
    ]


def test_the_rounding_in_force_decides_whether_two_shares_are_in_order() -> None:
    ali, chirico = _cand("Ali", share="42.3"), _cand("Chirico", share="42.2", rank=1)
    contest = ContestResult(name="Ward", candidates=(ali, chirico), complete=True)
    assert [f.name for f in factcheck.check(contest, select=[RULE]).findings] == [RULE]
    # Rounded either way at the half, both may have been 42.25%: a tie.
    assert factcheck.check(contest, select=[RULE], rounding="any").findings == ()
    swapped = ContestResult(name="Ward", candidates=(chirico, ali), complete=True)
    assert factcheck.check(swapped, select=[RULE], rounding="any").findings == ()
    ali_second = _cand("Ali", share="42.3", rank=2)
    contest = ContestResult(name="Ward", candidates=(ali_second, chirico), complete=True)
    assert factcheck.check(contest, select=[RULE], rounding="any").findings == ()


def test_a_total_bounds_how_many_unlisted_candidates_could_be_ahead_of_a_small_count() -> None:
    # 100 votes are unlisted: at most 20 unlisted candidates could each have beaten 4 votes.
    def ward(rank: int) -> factcheck.Report:
        return _check(_cand("Ali", 500), _cand("Tiny", 4, rank=rank), valid_votes=Figure.count(604))

    assert ward(22).findings == ()
    (finding,) = ward(23).findings
    assert (
        finding.message
        == "Tiny is said to have come 23rd, but at most 21 candidates finished ahead"
    )


def test_a_total_the_list_accounts_for_leaves_no_one_to_finish_ahead_of_a_candidate_on_nought() -> (
    None
):
    report = _check(_cand("Ali", 600), _cand("Nil", 0, rank=3), valid_votes=Figure.count(600))
    (finding,) = report.findings
    assert (
        finding.message == "Nil is said to have come third, but at most 1 candidate finished ahead"
    )
