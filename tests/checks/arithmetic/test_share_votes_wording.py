"""share-votes-mismatch, read word for word: which figure it blames, what it says, the working,
the evidence, the fix and the literal correction, the places it relates, and what the correction
would change. Pinned after a mutation run of share_votes_mismatch.py (docs/testing.md).

The rule is asked directly, so each whole violation can be compared; the figures carry made-up
spans, so the related places and literal corrections are there. Every expected figure is worked
by hand in the comments.
"""

from __future__ import annotations

from fractions import Fraction

from factcheck import CandidateResult, Confidence, Consequence, ContestResult, Figure, Span
from factcheck.checks.arithmetic.share_votes_mismatch import ShareVotesMismatch
from factcheck.intervals import Interval
from factcheck.rule import Related, RuleContext, Skip, Violation

SVM = ShareVotesMismatch

RULE = ShareVotesMismatch()
VOTES_AT = {"A": 100, "B": 200, "C": 300}
SHARE_AT = {"A": 150, "B": 250, "C": 350}
TOTAL_AT = 10


def _votes(name: str, value: int) -> Figure:
    return Figure.count(value, span=Span(start=VOTES_AT[name], end=VOTES_AT[name] + 5))


def _share(name: str, text: str) -> Figure:
    return Figure.percentage(text, span=Span(start=SHARE_AT[name], end=SHARE_AT[name] + 4))


def _contest(
    *cands: tuple[str, int, str], total: int | None = None, complete: bool = True
) -> ContestResult:
    return ContestResult(
        name="Ward",
        complete=complete,
        valid_votes=Figure.count(total, span=Span(start=TOTAL_AT, end=TOTAL_AT + 5))
        if total is not None
        else None,
        candidates=tuple(
            CandidateResult(name=n, party="Blue", votes=_votes(n, v), share=_share(n, s))
            for n, v, s in cands
        ),
    )


def _violations(contest: ContestResult, rounding: str = "half-up") -> list[Violation]:
    out = list(RULE.check(contest, RuleContext(rounding=rounding)))  # type: ignore[arg-type]
    assert all(isinstance(o, Violation) for o in out)
    return out  # type: ignore[return-value]


def _related_to_share(name: str, *, total: bool) -> tuple[Related, ...]:
    rel = [Related(_share(name, "0.0").span, "the share it should match")]
    if total:
        rel.append(Related(Span(start=TOTAL_AT, end=TOTAL_AT + 5), "the stated valid-vote total"))
    return tuple(rel)


def _related_to_votes(name: str, *, total: bool) -> tuple[Related, ...]:
    rel = [Related(_votes(name, 0).span, "the votes it should match")]
    if total:
        rel.append(Related(Span(start=TOTAL_AT, end=TOTAL_AT + 5), "the stated valid-vote total"))
    return tuple(rel)


def test_a_contest_without_a_count_beside_a_share_is_not_checked_and_says_why() -> None:
    contest = ContestResult(
        name="Ward",
        candidates=(
            CandidateResult(name="A", votes=Figure.count(10)),
            CandidateResult(name="B", share=Figure.percentage("40.0")),
        ),
    )
    assert list(RULE.check(contest, RuleContext())) == [
        Skip("no candidate has both a vote count and a share")
    ]


def test_a_swap_either_figure_could_explain_blames_the_votes_over_a_range_of_totals() -> None:
    # No total and an open list. A: 600 at [59.5, 60.5)% needs a total in (991.7, 1008.4],
    # 992-1,008; C: 90 at [8.5, 9.5)% allows 948-1,058; B's 130 at [30.5, 31.5)% needs 413-426.
    # B's pair is left out. 31% of 992 is 302.56-312.48 votes (303-312), of 1,008 307.44-317.52
    # (308-317): 303-317. 130 of 992-1,008 is 12.897%-13.105%, 13% at the share's precision.
    # "130" swapped is 310, which fits 31%; "31" swapped is 13, which fits 130 votes: a vote
    # count is blamed over a share when both have a slip.
    contest = _contest(("A", 600, "60"), ("B", 130, "31"), ("C", 90, "9"), complete=False)
    (v,) = _violations(contest)
    b = contest.candidates[1]
    assert v == Violation(
        message="B (Blue): 130 votes cannot be 31% of the 992–1,008 valid votes the other "
        "figures imply",
        figure=b.votes,
        evidence={
            "candidate": "B",
            "votes": 130,
            "share": "31",
            "share_interval": Interval(Fraction(61, 2), Fraction(63, 2), True, False),
            "total_range": [992, 1008],
            "computed_share": [Fraction(13000, 1008), Fraction(13000, 992)],
            "fitting_votes": [303, 317],
            "blamed": "votes",
        },
        arithmetic=(
            "31% as printed stands for a share in [30.5, 31.5)",
            "130 / 992–1,008 = 12.9%–13.1%",
            "31% of 992–1,008 is 303–317 votes",
        ),
        fix="310 (two digits swapped) fits 31%; or, if the votes are right, the share is 13%",
        corrected="310",
        consequences=(),
        confidence=Confidence.HIGH,
        related=_related_to_share("B", total=False),
    )


def test_a_count_no_slip_explains_is_given_the_value_that_makes_a_complete_list_add_up() -> None:
    # 1,000 stated, every candidate listed. A's 600 at 60.0% fits only 1,000, C's 90 at 9.0%
    # 995-1,005; B's 321 at 31.0% needs 1,034-1,037, and the list adds up to 1,011: B's pair
    # and the list are left out. 1,000 - 600 - 90 = 310, the count that makes it add up;
    # "321" is no single slip from 310, and "31.0" none from 32.1 (321 / 1,000).
    contest = _contest(("A", 600, "60.0"), ("B", 321, "31.0"), ("C", 90, "9.0"), total=1000)
    (v,) = _violations(contest)
    assert v.message == "B (Blue): 321 votes cannot be 31.0% of the stated 1,000 valid votes"
    assert v.figure == contest.candidates[1].votes
    assert v.arithmetic == (
        "31.0% as printed stands for a share in [30.95, 31.05)",
        "321 / 1,000 = 32.1%",
        "31.0% of 1,000 is 310–310 votes",
    )
    assert v.fix == (
        "310 fits 31.0% and makes the votes add up; or, if the votes are right, the share is 32.1%"
    )
    assert v.corrected == "310"
    assert v.evidence["blamed"] == "votes"
    assert v.evidence["fitting_votes"] == [310, 310]
    # No slip names either figure: less sure than a typo.
    assert v.confidence is Confidence.MEDIUM
    assert v.related == _related_to_share("B", total=True)


def test_a_slip_to_the_count_that_closes_the_list_is_named() -> None:
    # "301" swapped is 310, the count 1,000 - 600 - 90 leaves and the one that fits 31.0% of
    # 1,000: the slip is named. ("31.0" swapped is 30.1, which fits 301 votes: the count is
    # blamed over the share when both have a slip.)
    contest = _contest(("A", 600, "60.0"), ("B", 301, "31.0"), ("C", 90, "9.0"), total=1000)
    (v,) = _violations(contest)
    assert v.fix == (
        "310 (two digits swapped) fits 31.0%; or, if the votes are right, the share is 30.1%"
    )
    assert v.corrected == "310"
    assert v.confidence is Confidence.HIGH


def test_a_mistyped_share_is_blamed_word_for_word() -> None:
    # 300 stated and listed. A's 110 at [36.65, 36.75)% fits (299.3, 300.1], C's 90 at
    # [29.95, 30.05)% (299.5, 300.5]: both 300. B's 100 at [33.05, 33.15)% needs 302. 100 of
    # 300 is 33.333...%, 33.3 at the share's precision: "33.1" with its last digit mistyped.
    # No whole count is 33.05-33.15% of 300 (99.15-99.45), so no count is offered.
    contest = _contest(("A", 110, "36.7"), ("B", 100, "33.1"), ("C", 90, "30.0"), total=300)
    (v,) = _violations(contest)
    b = contest.candidates[1]
    assert v == Violation(
        message="B (Blue): 33.1% cannot be the share of 100 votes out of 300 valid votes",
        figure=b.share,
        evidence={
            "candidate": "B",
            "votes": 100,
            "share": "33.1",
            "share_interval": Interval(Fraction(3305, 100), Fraction(3315, 100), True, False),
            "total_range": [300, 300],
            "computed_share": [Fraction(100, 3), Fraction(100, 3)],
            "blamed": "share",
        },
        arithmetic=(
            "33.1% as printed stands for a share in [33.05, 33.15)",
            "100 / 300 = 33.333%",
        ),
        fix="33.3% (one digit mistyped) fits 100 votes",
        corrected="33.3",
        # 33.3% keeps B second, between A's 36.7% and C's 30.0%.
        consequences=(),
        confidence=Confidence.HIGH,
        related=_related_to_votes("B", total=True),
    )


def test_correcting_a_share_that_put_its_candidate_first_changes_the_winner() -> None:
    # B's 100 of 300 is 33.3%, not the 36.9% that puts B ahead of A's 36.7%. "36.9" is no slip
    # from 33.3, so the fix gives the share without naming a slip, and nothing to put in its
    # place; no whole count is 36.85-36.95% of 300 (110.55-110.85).
    # D, with a share and no count, is ranked by share and counted by nobody.
    contest = _contest(("A", 110, "36.7"), ("B", 100, "36.9"), ("C", 90, "30.0"), total=300)
    d = CandidateResult(name="D", share=Figure.percentage("0.1"))
    contest = contest.model_copy(update={"candidates": (*contest.candidates, d)})
    (v,) = _violations(contest)
    assert v.message == "B (Blue): 36.9% cannot be the share of 100 votes out of 300 valid votes"
    assert v.fix == "a share of 33.3% fits 100 votes"
    assert v.corrected is None
    assert v.consequences == (Consequence.WINNER, Consequence.RANKING)
    assert v.confidence is Confidence.MEDIUM


def test_correcting_a_share_that_moves_its_candidate_down_a_place_changes_the_ranking() -> None:
    # B's 100 of 300 is 33.3%, not the 29.1% that puts B behind C's 30.0%.
    contest = _contest(("A", 110, "36.7"), ("B", 100, "29.1"), ("C", 90, "30.0"), total=300)
    (v,) = _violations(contest)
    assert v.consequences == (Consequence.RANKING,)


def test_a_share_one_unit_off_beside_a_count_one_digit_off_is_a_rounding_slip() -> None:
    # 1,000 stated and listed. B's 301 of 1,000 is 30.1%, printed 30.2: one unit of the last
    # digit. 302 (one digit mistyped) would fit 30.2% too, but a count one unit away is no
    # better evidence than a share rounded the wrong way: the share is blamed, less surely.
    contest = _contest(("A", 600, "60.0"), ("B", 301, "30.2"), ("C", 99, "9.9"), total=1000)
    (v,) = _violations(contest)
    assert v.figure == contest.candidates[1].share
    assert v.message == "B (Blue): 30.2% cannot be the share of 301 votes out of 1,000 valid votes"
    assert v.fix == (
        "30.1% fits 301 votes (the share looks rounded the wrong way); "
        "or, if the share is right, the votes are 302–302"
    )
    assert v.corrected == "30.1"
    assert v.confidence is Confidence.MEDIUM
    assert v.evidence["blamed"] == "share"


def test_a_swapped_count_beats_a_share_one_unit_off() -> None:
    # 10,000 stated and listed. B's "3,001" is 30.01%, which rounds to 30.0, one unit from the
    # printed 30.1; but "3,001" swapped is 3,010, exactly 30.1%: a swap is real evidence, and
    # the true share (30.01%) is nowhere near the edge of [30.05, 30.15).
    contest = _contest(("A", 6000, "60.0"), ("B", 3001, "30.1"), ("C", 999, "9.99"), total=10000)
    (v,) = _violations(contest)
    assert v.figure == contest.candidates[1].votes
    assert v.fix is not None
    assert v.fix.startswith("3,010 (two digits swapped) fits 30.1%")
    assert v.corrected == "3,010"
    assert v.confidence is Confidence.HIGH


def test_a_candidate_listed_with_no_votes_has_the_share_blamed() -> None:
    # 100 stated, everyone listed: A's 95 at [94.5, 95.5)% fits 100, and the list leaves
    # B 5 votes; but B's count of nought is taken as written (a nought is no typo), so the
    # share is blamed: 0 votes is 0%, and 5% of 100 is 5 votes.
    contest = _contest(("A", 95, "95"), ("B", 0, "5"), total=100)
    (v,) = _violations(contest)
    assert v.figure == contest.candidates[1].share
    assert v.fix == "a share of 0% fits 0 votes; or, if the share is right, the votes are 5–5"


def test_the_count_that_closes_the_list_is_not_offered_when_it_misses_the_share_too() -> None:
    # As above, but B's share printed 35.0: the list still needs 310 votes from B, but 310 is
    # 31.0% of 1,000, not 35.0%, so "310 fits 35.0%" would be false. Both of B's figures are
    # off; the share is blamed, with the share 321 votes make (32.1%) and the count 35.0% makes
    # (349.5-350.5 votes: 350). (total-mismatch reports the list adding up to 1,011.)
    contest = _contest(("A", 600, "60.0"), ("B", 321, "35.0"), ("C", 90, "9.0"), total=1000)
    (v,) = _violations(contest)
    assert v.figure == contest.candidates[1].share
    assert (
        v.fix == "a share of 32.1% fits 321 votes; or, if the share is right, the votes are 350–350"
    )


def test_a_count_that_should_be_nought_for_the_list_to_add_up_is_corrected_to_nought() -> None:
    # 1,000 stated and listed: A's 600 and C's 400 make 1,000 already, so B's 5 votes on 0.0%
    # (0-0.05% of 1,000: a count of 0) should be none at all.
    contest = _contest(("A", 600, "60.0"), ("B", 5, "0.0"), ("C", 400, "40.0"), total=1000)
    (v,) = _violations(contest)
    assert v.figure == contest.candidates[1].votes
    assert v.fix == (
        "0 fits 0.0% and makes the votes add up; or, if the votes are right, the share is 0.5%"
    )
    assert v.corrected == "0"


def test_the_list_is_not_made_to_add_up_when_the_total_is_known_only_to_a_range() -> None:
    # No total stated, every candidate listed: A (600 at 60%) allows 992-1,008 and C (80 at 8%)
    # 942-1,066; the list adds up to 880 and B's 200 at 31% needs 635-655: both left out. With
    # the total open over 992-1,008 no one count closes the list (992 - 680 = 312 would, for
    # 992 alone), so the share is blamed: 200 of 992-1,008 is 19.8%-20.2%, 20% at its
    # precision, and 31% of 992-1,008 is 303-317 votes.
    contest = _contest(("A", 600, "60"), ("B", 200, "31"), ("C", 80, "8"))
    (v,) = _violations(contest)
    assert v.figure == contest.candidates[1].share
    assert (
        v.fix == "a share of 20% fits 200 votes; or, if the share is right, the votes are 303–317"
    )


def test_a_wrong_stated_total_is_reported_word_for_word() -> None:
    # A (600 at 60.0%) fits 1,000 only, B (310 at 31.0%) 999-1,001, C (90 at 9.0%) 995-1,005,
    # and the list adds up to 1,000: the stated 1,001 is the one figure out of line.
    contest = _contest(("A", 600, "60.0"), ("B", 310, "31.0"), ("C", 90, "9.0"), total=1001)
    (v,) = _violations(contest)
    assert v == Violation(
        message="the stated total of 1,001 valid votes disagrees with the candidates' votes "
        "and shares, which imply 1,000",
        figure=contest.valid_votes,
        evidence={"total_range": [1000, 1000], "stated_total": 1001},
        arithmetic=(
            "every (votes, share) pair allows a total of 1,000",
            "1,001 is outside that range",
        ),
        fix="a total of 1,000 fits the votes and shares",
        confidence=Confidence.HIGH,
    )


def test_a_wrong_stated_total_is_given_the_range_the_shares_allow() -> None:
    # An open list at whole-number shares: A allows 992-1,008, B (310 at 31%) 985-1,016, C
    # (90 at 9%) 948-1,058, and the list at least 1,000: 1,000-1,008, not the stated 1,200.
    contest = _contest(
        ("A", 600, "60"), ("B", 310, "31"), ("C", 90, "9"), total=1200, complete=False
    )
    (v,) = _violations(contest)
    assert v.message == (
        "the stated total of 1,200 valid votes disagrees with the candidates' votes and "
        "shares, which imply 1,000–1,008"
    )
    assert v.fix == "a total of 1,000–1,008 fits the votes and shares"
    assert v.evidence == {"total_range": [1000, 1008], "stated_total": 1200}


def test_a_total_one_off_the_lists_sum_that_the_shares_allow_either_way_is_unsure() -> None:
    # At whole-number shares A, B and C allow both the list's 1,000 and the stated 1,001: the
    # figures agree on either, so which one is wrong is a guess.
    contest = _contest(("A", 600, "60"), ("B", 310, "31"), ("C", 90, "9"), total=1001)
    (v,) = _violations(contest)
    assert v.figure == contest.valid_votes
    assert v.confidence is Confidence.LOW


def test_a_list_adding_up_to_more_than_the_shares_allow_is_reported_word_for_word() -> None:
    # 1,000 stated; A, B and C fit it as above, but D's 5 votes (no share) make the complete
    # list 1,005: the sum is out of line, and no one figure of it can be named.
    contest = _contest(("A", 600, "60.0"), ("B", 310, "31.0"), ("C", 90, "9.0"), total=1000)
    d = CandidateResult(name="D", votes=Figure.count(5))
    contest = contest.model_copy(
        update={"candidates": (*contest.candidates, d), "name_span": Span(start=0, end=4)}
    )
    (v,) = _violations(contest)
    assert v == Violation(
        message="the listed votes add up to 1,005, which the shares cannot allow: they imply "
        "a valid-vote total of 1,000",
        span=Span(start=0, end=4),
        evidence={"total_range": [1000, 1000], "listed_votes": 1005},
        arithmetic=("sum of listed votes = 1,005", "shares imply a total of 1,000"),
        fix=None,
        confidence=Confidence.MEDIUM,
        # The figures summed, each where it is written (D's count has no place).
        related=tuple(
            Related(fig.span, f"{c.name}'s {what}")
            for c in contest.candidates[:3]
            for fig, what in ((c.votes, "votes"), (c.share, "share"))
            if fig is not None and fig.span is not None
        ),
    )
    assert [r.message for r in v.related] == [
        "A's votes",
        "A's share",
        "B's votes",
        "B's share",
        "C's votes",
        "C's share",
    ]


def test_a_total_the_shares_bound_only_from_below_is_called_a_different_total() -> None:
    # 10 votes printed as 0% need at least 2,000 valid votes, with no upper limit: the stated
    # total of 5 is out of line, and no range of totals can be named.
    contest = _contest(("A", 10, "0"), total=5, complete=False)
    (v,) = _violations(contest)
    assert v.message == (
        "the stated total of 5 valid votes disagrees with the candidates' votes and shares, "
        "which imply a different total"
    )
    assert v.evidence == {"total_range": None, "stated_total": 5}


def test_figures_without_places_relate_to_no_place() -> None:
    contest = _contest(("A", 600, "60.0"), ("B", 130, "31.0"), ("C", 90, "9.0"), total=1000)
    bare = contest.model_copy(
        update={
            "valid_votes": Figure.count(1000),
            "candidates": tuple(
                c.model_copy(
                    update={
                        "votes": Figure.count(int(c.votes.value)) if c.votes else None,
                        "share": Figure.percentage(c.share.text) if c.share else None,
                    }
                )
                for c in contest.candidates
            ),
        }
    )
    (v,) = _violations(bare)
    assert v.related == ()


def test_a_true_share_within_a_hundredth_of_a_unit_of_the_printed_interval_is_on_its_edge() -> None:
    # "5.5" stands for [5.45, 5.55); a hundredth of its unit (0.1) is 0.001.
    printed = Figure.percentage("5.5")
    iv = printed.interval("half-up")
    f = Fraction
    assert SVM._on_the_edge(iv, (f(544996, 100000), f(544996, 100000)), printed)
    assert SVM._on_the_edge(iv, (f(5449005, 1000000), f(5449005, 1000000)), printed)
    assert not SVM._on_the_edge(iv, (f(5449, 1000), f(5449, 1000)), printed)  # exactly 0.001
    assert SVM._on_the_edge(iv, (f(55504, 10000), f(556, 100)), printed)  # above, from its low end
    assert not SVM._on_the_edge(iv, (f(5551, 1000), f(5551, 1000)), printed)  # exactly 0.001
    assert not SVM._on_the_edge(iv, (f(53, 10), f(53, 10)), printed)  # far below
    assert not SVM._on_the_edge(iv, (f(57, 10), f(57, 10)), printed)  # far above


def test_a_rounding_slip_needs_every_fitting_share_to_round_alike() -> None:
    # 30.04%-30.06% rounds to 30.0 or 30.1: no single share a slip could have been meant as.
    fit = (Fraction(3004, 100), Fraction(3006, 100))
    assert not SVM._rounding_slip(Figure.percentage("30.2"), fit)
    assert SVM._rounded_share_fit(fit, 1) == "30.0%–30.1%"
    assert SVM._rounding_slip(Figure.percentage("30.2"), (fit[1], fit[1]))


def _share_typos(share: Figure, fit: tuple[Fraction, Fraction]) -> list[str]:
    """The shares one slip from ``share`` that ``fit`` allows, as a fix shows them."""
    return SVM._shown_share_typos(share, SVM._share_typo_values(share, fit))


def test_a_shares_slips_are_every_one_in_the_fitting_range_shown_to_its_decimals() -> None:
    f = Fraction
    # "33.1" is one digit from 33.2, 33.3 and 33.4, all of which 33.24%-33.36% allows.
    assert _share_typos(Figure.percentage("33.1"), (f(3324, 100), f(3336, 100))) == [
        "33.2% (one digit mistyped)",
        "33.3% (one digit mistyped)",
        "33.4% (one digit mistyped)",
    ]
    # Only 33.3 fits 100/3 %; 33.4 is a slip too, but does not fit.
    assert _share_typos(Figure.percentage("33.1"), (f(100, 3), f(100, 3))) == [
        "33.3% (one digit mistyped)"
    ]
    # A whole share keeps the printed share's decimals, and three decimals stay three.
    assert _share_typos(Figure.percentage("31.0"), (f(13), f(13))) == ["13.0% (two digits swapped)"]
    assert _share_typos(Figure.percentage("12.354"), (f(12345, 1000), f(12345, 1000))) == [
        "12.345% (two digits swapped)"
    ]


def test_the_working_shows_the_share_interval_of_the_rounding_in_force() -> None:
    # 1 vote of 8 is 12.5%. Under half-even, "13" is odd: it stands for (12.5, 13.5), which
    # 12.5 is not in.
    contest = _contest(("A", 7, "88"), ("B", 1, "13"), total=8)
    (v,) = _violations(contest, rounding="half-even")
    assert v.arithmetic[0] == "13% as printed stands for a share in (12.5, 13.5)"


def test_where_a_corrected_share_would_rank_is_judged_at_the_middle_of_the_fitting_shares() -> None:
    # No total: A (600 at 60%) and C (90 at 9%) allow 992-1,008 valid votes, so B's 130 votes
    # are 12.897%-13.105%, 13.001% in the middle; not the printed 20%. At 13.001%, B falls
    # behind D's 13.05% (a share with no count) as well as A: a change of ranking. (At the
    # top of the range, 13.105%, B would stay second.)
    contest = _contest(("A", 600, "60"), ("B", 130, "20"), ("C", 90, "9"), complete=False)
    d = CandidateResult(name="D", share=Figure.percentage("13.05"))
    contest = contest.model_copy(update={"candidates": (*contest.candidates, d)})
    (v,) = _violations(contest)
    assert v.figure == contest.candidates[1].share
    assert v.consequences == (Consequence.RANKING,)
