"""The scorer's two recalls (``benchmarks/realcopy.py``): over every false claim, and over the
false claims the reader read correctly (the rules' own recall: a false claim left unread is the
reader's miss, not a rule's). Judged on a tiny labelled story of our own (Bolsover 2019: Mark
Fletcher won with 21,791 votes)."""

from __future__ import annotations

from script_modules import benchmark, label_row

realcopy = benchmark("realcopy")

VOTES = "Mark Fletcher won Bolsover for the Conservatives with 21,891 votes."
TURNOUT = "Turnout across the district was said to be about a tenth down on two years ago."


def test_a_false_claim_left_unread_counts_against_recall_but_not_against_the_rules() -> None:
    rows = [
        label_row(
            claim_type="votes",
            subject="Mark Fletcher",
            stated="21,891",
            official="21791",
            verdict="false",
            quote=VOTES,
        ),
        label_row(
            claim_type="turnout_change",
            subject="Bolsover",
            stated="about a tenth down",
            official="-2.5 points",
            verdict="false",
            quote=TURNOUT,
        ),
    ]
    score = realcopy.Score()
    realcopy.score_story("own-bolsover", f"{VOTES} {TURNOUT}", rows, score)
    outcomes = {label.row["claim_type"]: label.outcome for label in score.labels}
    assert outcomes == {"votes": "correct", "turnout_change": "not read"}
    summary = realcopy.summary(score)
    assert summary["recall_false"] == "0.50 (1/2)"
    assert summary["recall_false_read"] == "1.00 (1/1)"


def test_a_true_claim_read_correctly_is_no_part_of_either_recall() -> None:
    rows = [label_row(claim_type="votes", subject="Mark Fletcher", stated="21,791", quote=VOTES)]
    score = realcopy.Score()
    realcopy.score_story("own-bolsover", VOTES.replace("21,891", "21,791"), rows, score)
    summary = realcopy.summary(score)
    assert summary["recall_false"] == summary["recall_false_read"] == "– (0/0)"
