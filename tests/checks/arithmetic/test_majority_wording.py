"""majority-mismatch, read word for word: the findings on a majority in votes (which count is
blamed, the hint, the evidence, the working, the related places) and in points (the working
from shares, the order of the shares, what a candidate whose share is not given could explain).
Pinned after a mutation run of majority_mismatch.py (docs/testing.md). The rule is asked
directly; every expected figure is worked by hand in the comments.
"""

from __future__ import annotations

from factcheck import CandidateResult, Confidence, ContestResult, Figure, Span, Unit
from factcheck.checks.arithmetic.majority_mismatch import MajorityMismatch
from factcheck.rule import Related, RuleContext, Skip, Violation

RULE = MajorityMismatch()


def _at(start: int) -> Span:
    return Span(start=start, end=start + 6)


def _outcomes(contest: ContestResult) -> list[Violation | Skip]:
    return list(RULE.check(contest, RuleContext()))


def _poplar(
    majority: int, *, spans: bool = True, total: int | None = None, wilford: int = 11846
) -> ContestResult:
    def count(n: int, at: int) -> Figure:
        return Figure.count(n, span=_at(at) if spans else None)

    return ContestResult(
        name="Poplar and Limehouse",
        complete=True,
        valid_votes=Figure.count(total) if total is not None else None,
        majority=count(majority, 0),
        candidates=(
            CandidateResult(
                name="Jim Fitzpatrick",
                party="Labour",
                votes=count(39558, 100),
                share=Figure.percentage("67.3"),
            ),
            CandidateResult(
                name="Christopher Wilford",
                party="Conservative",
                votes=count(wilford, 200),
                share=Figure.percentage("20.1"),
            ),
        ),
    )


def test_a_majority_with_two_digits_swapped_is_reported_word_for_word() -> None:
    # 39,558 - 11,846 = 27,712; "27,721" has its last two digits swapped.
    contest = _poplar(27721)
    (v,) = _outcomes(contest)
    assert v == Violation(
        message="the stated majority of 27,721 is not Jim Fitzpatrick (Labour)'s lead over "
        "Christopher Wilford (Conservative), which is 27,712 (two digits look swapped or "
        "mistyped)",
        figure=contest.majority,
        evidence={
            "stated": 27721,
            "winner": "Jim Fitzpatrick",
            "winner_votes": 39558,
            "runner_up": "Christopher Wilford",
            "runner_up_votes": 11846,
            "computed": 27712,
            "runner_up_certain": True,
        },
        arithmetic=("39,558 − 11,846 = 27,712", "stated: 27,721"),
        fix="a majority of 27,712",
        severity=None,
        confidence=Confidence.HIGH,
        related=(
            Related(_at(100), "Jim Fitzpatrick's votes"),
            Related(_at(200), "Christopher Wilford's votes"),
        ),
    )


def test_a_majority_no_slip_explains_gets_no_hint_and_figures_without_places_no_related() -> None:
    (v,) = _outcomes(_poplar(30000, spans=False))
    assert isinstance(v, Violation)
    assert v.message.endswith("Christopher Wilford (Conservative), which is 27,712")
    assert v.related == ()


def test_a_runner_up_count_the_majority_and_its_share_both_contradict_is_blamed() -> None:
    # 58,814 valid votes. The stated 27,712 implies Wilford had 39,558 - 27,712 = 11,846, which
    # is 20.14% of 58,814 and fits his 20.1; the printed 11,486 is 19.53%, which does not. For
    # Fitzpatrick, 11,486 + 27,712 = 39,198 is 66.65%, outside his 67.3.
    contest = _poplar(27712, total=58814, wilford=11486)
    (v,) = _outcomes(contest)
    assert v == Violation(
        message="Christopher Wilford (Conservative)'s 11,486 votes do not fit the stated majority "
        "of 27,712, which implies 11,846",
        figure=contest.candidates[1].votes,
        evidence={
            "stated_majority": 27712,
            "candidate": "Christopher Wilford",
            "implied_votes": 11846,
        },
        arithmetic=("39,558 − 11,486 = 28,072, not 27,712",),
        fix="11,846 fits both the majority and Christopher Wilford's share",
        confidence=Confidence.MEDIUM,
        related=(Related(_at(0), "the stated majority"),),
    )


# -- a majority in points, from shares ---------------------------------------------------------


def _by_share(stated: str, *shares: str, complete: bool = True) -> ContestResult:
    return ContestResult(
        name="Ward",
        complete=complete,
        majority_share=Figure.percentage(stated, unit=Unit.POINTS),
        candidates=tuple(
            CandidateResult(name=f"C{i}", share=Figure.percentage(s)) for i, s in enumerate(shares)
        ),
    )


def test_a_lead_in_points_from_shares_shows_the_working_at_the_stated_precision() -> None:
    # 60.5 - 20.0 = 40.5, shown to the stated 45's precision as 41 (half up); allowing for
    # rounding, (60.45 - 20.05, 60.55 - 19.95) = (40.4, 40.6). Listed runner-up first: the
    # shares are ordered by size.
    (v,) = _outcomes(_by_share("45", "20.0", "60.5"))
    assert isinstance(v, Violation)
    assert any(
        line.endswith("60.5 − 20.0 = 41 (allowing for rounding: (40.4, 40.6))")
        for line in v.arithmetic
    ), v.arithmetic


def test_a_lead_in_points_an_unlisted_candidate_could_explain_is_not_checked_and_says_why() -> None:
    # An open list of 30.0 and 20.0 leaves 50 points unlisted: someone on 45 would have won by
    # 15 over the 30.0, so "15" may be a lead of a candidate whose share is not given.
    (skip,) = _outcomes(_by_share("15", "30.0", "20.0", complete=False))
    assert skip == Skip(
        "the stated majority of 15 points may be a lead over, or of, a candidate whose share "
        "is not given"
    )
    # With the list complete, nobody is unlisted: 30.0 - 20.0 is 10 (9.9 to 10.1), not 15.
    (v,) = _outcomes(_by_share("15", "30.0", "20.0"))
    assert isinstance(v, Violation)
    assert v.message == (
        "the stated majority of 15 points is not C0's lead over C1, which is between "
        "(9.9, 10.1) points"
    )


def test_a_lead_in_points_with_one_of_the_two_shares_missing_is_judged_on_the_votes() -> None:
    # 1,000 valid votes: 600 - 300 = 300 is 30 points, not the stated 45; the runner-up's share
    # is not given, so the printed shares cannot be subtracted instead.
    contest = ContestResult(
        name="Ward",
        complete=True,
        valid_votes=Figure.count(1000),
        majority_share=Figure.percentage("45", unit=Unit.POINTS),
        candidates=(
            CandidateResult(name="A", votes=Figure.count(600), share=Figure.percentage("60.0")),
            CandidateResult(name="B", votes=Figure.count(300)),
            CandidateResult(name="C", votes=Figure.count(100)),
        ),
    )
    (v,) = _outcomes(contest)
    assert isinstance(v, Violation)
    assert v.figure == contest.majority_share


def test_a_share_paired_with_the_count_by_a_guess_blames_no_count() -> None:
    # The figures of the test above, but Wilford's 20.1 was read in another sentence than his
    # 11,486, beside another count of his: it may be that count's share, so it cannot say
    # that 11,486 is the slip. The finding is on the majority, as the counts make it.
    contest = _poplar(27712, total=58814, wilford=11486)
    wilford = contest.candidates[1].model_copy(
        update={"paired_apart": "“11,486” and “20.1%” stand in different sentences"}
    )
    contest = contest.model_copy(
        update={"candidates": (contest.candidates[0], wilford, *contest.candidates[2:])}
    )
    (v,) = _outcomes(contest)
    assert isinstance(v, Violation)
    assert v.figure is contest.majority
    assert v.message.startswith("the stated majority of 27,712 is not")
    assert "28,072" in v.message
