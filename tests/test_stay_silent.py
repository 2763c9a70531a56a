"""The guards that keep rules silent on correct copy, each pinned by a test.

Mutation testing planted one-line bugs that removed these guards, and the rest of the suite
did not notice: a rule that fires on correct copy is as harmful as one that misses errors.
Each test below fails when its guard is removed or moved by one.
"""

from __future__ import annotations

from decimal import Decimal

from hand_built import at, change, check_article, fig

import factcheck
from factcheck import CandidateResult, ContestResult, Figure, Severity, Unit
from factcheck.config import Config
from factcheck.engine import Engine
from factcheck.models import Article, BoundClaim, ChangeClaim, Direction, Document, Quantity
from factcheck.reference.matching import SEAT_CUTOFF, SEAT_MARGIN, match_constituency


def _rank(n: int) -> Figure:
    return Figure.count(n, Unit.RANK)


# -- majority-mismatch: when the listed runner-up is surely second ------------------------------


def _majority_contest(valid_votes: int) -> ContestResult:
    # 5,000 and 3,000 listed, the list not said to be complete: the unlisted votes are the
    # stated total less 8,000. The stated majority, 1,500, is wrong (5,000 − 3,000 = 2,000).
    return ContestResult(
        name="Anytown",
        valid_votes=Figure.count(valid_votes),
        majority=Figure.count(1_500),
        candidates=(
            CandidateResult(name="A", votes=Figure.count(5_000)),
            CandidateResult(name="B", votes=Figure.count(3_000)),
        ),
    )


def test_majority_mismatch_is_certain_when_the_unlisted_votes_equal_the_runner_ups() -> None:
    # 3,000 unlisted votes: a candidate outside the list could at most tie with B, so B is
    # surely second and the error is certain.
    (finding,) = factcheck.check(_majority_contest(11_000), select=["majority-mismatch"]).findings
    assert finding.evidence["runner_up_certain"] is True
    assert finding.severity is Severity.ERROR


def test_majority_mismatch_is_unsure_when_one_more_vote_is_unlisted() -> None:
    # 3,001 unlisted votes: someone outside the list could have beaten B.
    report = factcheck.check(_majority_contest(11_001), select=["majority-mismatch"])
    assert all(f.evidence.get("runner_up_certain") is not True for f in report.findings)
    assert all(f.severity is not Severity.ERROR for f in report.findings)


# -- percent-points-confusion: a count's change in per cent is right ----------------------------


def _count_change(quantity: Quantity, before: int | None, after: int | None) -> factcheck.Report:
    text = "Labour's tally was up 10 per cent."
    unit = Unit.SEATS if quantity is Quantity.SEATS else Unit.VOTES
    claim = change(
        text,
        "up",
        Direction.UP,
        quantity,
        party="Labour",
        amount=fig(text, "10 per cent", "10"),
        previous=None if before is None else Figure.count(before, unit),
        current=None if after is None else Figure.count(after, unit),
    )
    return check_article(text, claim, select=["percent-points-confusion"])


def test_percent_points_confusion_stays_silent_on_votes_up_ten_per_cent() -> None:
    assert _count_change(Quantity.VOTES, 35_962, 39_558).findings == ()
    # With no level given, a percentage's change in per cent would be ambiguous; a count's
    # change in per cent can only be relative, so there is nothing to ask.
    assert _count_change(Quantity.VOTES, None, None).findings == ()


def test_percent_points_confusion_stays_silent_on_seats_up_ten_per_cent() -> None:
    assert _count_change(Quantity.SEATS, 260, 286).findings == ()
    assert _count_change(Quantity.SEATS, None, None).findings == ()


# -- constituency matching: a close spelling must be clearly the closest ------------------------


def test_a_misspelt_constituency_matches_only_when_clearly_closest() -> None:
    from rapidfuzz import fuzz

    names = ["Eastwood North", "Eastwood South"]
    typo = "Eastwood Nirth"
    scores = [fuzz.ratio(typo.lower(), n.lower()) for n in names]
    assert scores[0] >= SEAT_CUTOFF
    assert scores[0] - scores[1] > SEAT_MARGIN
    assert match_constituency(typo, names) == "Eastwood North"
    # Equally close to both: no guess, rather than a coin toss between two seats.
    between = "Eastwood Sorth"
    near = [fuzz.ratio(between.lower(), n.lower()) for n in names]
    assert max(near) >= SEAT_CUTOFF
    assert abs(near[0] - near[1]) <= SEAT_MARGIN
    assert match_constituency(between, names) is None


# -- the engine ---------------------------------------------------------------------------------


def _share_called_majority() -> ContestResult:
    # A leads with 2,000 of 2,500 votes (80%); a majority "of 80.0 points" is A's share.
    return ContestResult(
        name="Anytown",
        complete=True,
        majority_share=Figure.percentage("80.0", unit=Unit.POINTS),
        candidates=(
            CandidateResult(
                name="A", votes=Figure.count(2_000), share=Figure.percentage("80.0"), rank=_rank(1)
            ),
            CandidateResult(name="B", votes=Figure.count(500)),
        ),
    )


def test_a_rule_never_raises_its_severity_past_the_configured_one() -> None:
    contest = _share_called_majority()
    article = Article(document=Document(path="a.txt", text=""), contests=(contest,))
    rule = "majority-share-confusion"
    (default,) = list(Engine.from_config(Config(select=(rule,))).check_article(article)[0])
    assert default.severity is Severity.ERROR
    lowered = Config(select=(rule,), severity={rule: Severity.WARNING})
    (finding,) = Engine.from_config(lowered).check_article(article)[0]
    assert finding.severity is Severity.WARNING


def test_a_stated_first_place_contradicted_by_the_votes_does_not_make_a_share_a_majority() -> None:
    # B has more votes, so A's stated first place is wrong: that is rank-order-mismatch's
    # finding alone, and A's share must not be read as the winner's.
    contest = ContestResult(
        name="Anytown",
        complete=True,
        majority_share=Figure.percentage("20.0", unit=Unit.POINTS),
        candidates=(
            CandidateResult(
                name="A", votes=Figure.count(500), share=Figure.percentage("20.0"), rank=_rank(1)
            ),
            CandidateResult(name="B", votes=Figure.count(2_000)),
        ),
    )
    names = [f.name for f in factcheck.check(contest).findings]
    assert names == ["rank-order-mismatch"]


def test_unlocated_findings_about_different_figures_are_not_merged() -> None:
    # Built in Python, so no figure has a span: two wrong shares are two findings.
    contest = ContestResult(
        name="Anytown",
        valid_votes=Figure.count(1_000),
        candidates=(
            CandidateResult(name="A", votes=Figure.count(600), share=Figure.percentage("50")),
            CandidateResult(name="B", votes=Figure.count(400), share=Figure.percentage("30")),
        ),
    )
    findings = factcheck.check(contest, select=["share-votes-mismatch"]).findings
    assert len(findings) == 2
    assert {f.evidence.get("candidate") for f in findings} == {"A", "B"}


# -- hedge-mismatch: a bound and an exact figure in different units --------------------------


def test_hedge_mismatch_stays_silent_when_the_bound_and_the_figure_are_in_different_units() -> None:
    # "nearly 12 per cent ... 11,486 votes": 11,486 is no percentage, so "nearly 12" says
    # nothing about it; compared as if it were, "nearly 12" would be far off.
    text = "Wilford won nearly 12 per cent, 11,486 votes."
    claim = BoundClaim(
        quantity=Quantity.SHARE,
        contest="Poplar and Limehouse",
        candidate="Christopher Wilford",
        bound=Figure.percentage("12").model_copy(
            update={"span": at(text, "nearly 12 per cent"), "hedge": "nearly"}
        ),
        exact=Figure.count(11_486, span=at(text, "11,486")),
    )
    report = check_article(text, claim, select=["hedge-mismatch"])
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert "different units" in skipped.reason


# -- hedge-mismatch and change-direction-mismatch: levels that cannot be compared ---------------


def _change(
    text: str,
    *,
    direction: Direction | None = None,
    amount: Figure | None = None,
    previous: Figure,
    current: Figure,
) -> ChangeClaim:
    return ChangeClaim(
        quantity=Quantity.SHARE,
        party="Labour",
        direction=direction,
        direction_text=None if direction is None else direction.value,
        direction_span=None if direction is None else at(text, direction.value),
        amount=amount,
        previous=previous,
        current=current,
    )


def _nearly(text: str, phrase: str, value: int, unit: Unit) -> Figure:
    return Figure(
        text=str(value), value=Decimal(value), unit=unit, hedge="nearly", span=at(text, phrase)
    )


def test_hedge_mismatch_stays_silent_on_a_change_between_a_share_and_a_count() -> None:
    # 20.0% then 15,000 votes: no change in points can be computed from those.
    text = "Labour was up nearly 5 points, from 20.0% to 15,000 votes."
    claim = _change(
        text,
        amount=_nearly(text, "nearly 5 points", 5, Unit.POINTS),
        previous=Figure.percentage("20.0", span=at(text, "20.0%")),
        current=Figure.count(15_000, span=at(text, "15,000")),
    )
    report = check_article(text, claim, select=["hedge-mismatch"])
    assert (report.findings, report.errors) == ((), ())
    (skipped,) = report.not_checked
    assert "unlike units" in skipped.reason


def test_hedge_mismatch_stays_silent_on_a_change_in_votes_between_two_shares() -> None:
    # A change of "nearly 500 votes" cannot be measured between 20.0% and 25.0%.
    text = "Labour was up nearly 500 votes, from 20.0% to 25.0%."
    claim = _change(
        text,
        amount=_nearly(text, "nearly 500 votes", 500, Unit.VOTES),
        previous=Figure.percentage("20.0", span=at(text, "20.0%")),
        current=Figure.percentage("25.0", span=at(text, "25.0%")),
    )
    report = check_article(text, claim, select=["hedge-mismatch"])
    assert (report.findings, report.errors) == ((), ())
    (skipped,) = report.not_checked
    assert "in a unit the change cannot be measured in" in skipped.reason


def test_change_direction_mismatch_stays_silent_between_a_share_and_a_count() -> None:
    # 20.0% "down" to 15,000 votes: compared as numbers it would be a rise.
    text = "Labour was down, from 20.0% to 15,000 votes."
    claim = _change(
        text,
        direction=Direction.DOWN,
        previous=Figure.percentage("20.0", span=at(text, "20.0%")),
        current=Figure.count(15_000, span=at(text, "15,000")),
    )
    report = check_article(text, claim, select=["change-direction-mismatch"])
    assert (report.findings, report.errors) == ((), ())
    (skipped,) = report.not_checked
    assert "unlike units" in skipped.reason


# -- majority-share-confusion: a majority in points beside the winner's share ------------------


def _majority_beside_share(majority: str, share: str) -> factcheck.Report:
    # Only the winner's share is shown, so majority-mismatch cannot recompute the lead.
    contest = ContestResult(
        name="Anytown",
        majority_share=Figure.percentage(majority, unit=Unit.POINTS),
        candidates=(
            CandidateResult(name="A", share=Figure.percentage(share)),
            CandidateResult(name="B"),
        ),
    )
    return factcheck.check(contest, select=["majority-share-confusion"])


def test_majority_share_confusion_stays_silent_on_a_majority_unlike_the_winners_share() -> None:
    assert _majority_beside_share("20.0", "60.0").findings == ()
    # A lead larger than the winner's share is impossible, but it is not the share either.
    assert _majority_beside_share("70.0", "60.0").findings == ()
    (finding,) = _majority_beside_share("60.0", "60.0").findings
    assert finding.message == (
        "a majority of 60.0 points is A's share of the vote (60.0%), not the lead over the "
        "runner-up"
    )


def test_majority_share_confusion_stays_silent_when_the_winner_may_lead_by_nearly_all() -> None:
    # On 99% the winner may lead a runner-up on a sliver of the rest by 99 points.
    assert _majority_beside_share("99", "99").findings == ()


def test_majority_share_confusion_reads_only_changes_of_a_majority() -> None:
    # A change in a share and a bound are other rules' business, whatever their figures.
    text = "Labour's share was up 11 per cent to 71.8%, less than three-quarters."
    rise = change(
        text,
        "up",
        Direction.UP,
        party="Labour",
        amount=fig(text, "11 per cent", "11"),
        current=Figure.percentage("71.8", span=at(text, "71.8%")),
    )
    bound = BoundClaim(
        quantity=Quantity.SHARE,
        party="Labour",
        bound=Figure.percentage("75").model_copy(
            update={"span": at(text, "less than three-quarters"), "hedge": "less-than"}
        ),
    )
    report = check_article(text, rise, bound, select=["majority-share-confusion"])
    assert (report.findings, report.not_checked, report.errors) == ((), (), ())


def test_majority_share_confusion_stays_silent_when_someone_without_a_share_could_have_won() -> (
    None
):
    # 40% is not over half, and B's share is not shown: B may have won.
    report = _majority_beside_share("40.0", "40.0")
    assert (report.findings, report.errors) == ((), ())


def test_majority_share_confusion_stays_silent_when_a_listed_share_beats_a_stated_first() -> None:
    # A is said to have come first on 20%, but B's 30% is surely ahead: A's 20% is not the
    # winner's share, so a majority "rising to 20 points" is not a share called a majority.
    text = "A came first on 20.0%, B took 30.0%, and A's majority rose to 20.0 points."
    contest = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(
                name="A", share=Figure.percentage("20.0", span=at(text, "20.0%")), rank=_rank(1)
            ),
            CandidateResult(name="B", share=Figure.percentage("30.0", span=at(text, "30.0%"))),
        ),
    )
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY,
        contest="Anytown",
        candidate="A",
        direction=Direction.UP,
        current=Figure.percentage("20.0", unit=Unit.POINTS, span=at(text, "20.0 points")),
    )
    report = check_article(text, claim, contests=(contest,), select=["majority-share-confusion"])
    assert (report.findings, report.errors) == ((), ())


def _majority_beside_share_of(
    majority: str, share: str, *, complete: bool | None
) -> factcheck.Report:
    # The winner's share and one rival without a share: majority-mismatch cannot tell.
    contest = ContestResult(
        name="Anytown",
        majority_share=Figure.percentage(majority, unit=Unit.POINTS),
        complete=complete,
        candidates=(
            CandidateResult(name="A", share=Figure.percentage(share)),
            CandidateResult(name="B"),
        ),
    )
    return factcheck.check(contest, select=["majority-share-confusion"])


def test_majority_share_confusion_stays_silent_when_unlisted_rivals_may_share_the_rest() -> None:
    # A on 99.0% (at most 99.05) may lead by 99.02 points when the 0.95 left is spread over
    # thirty rivals: a majority of 99.0 points may be right.
    report = _majority_beside_share_of("99.0", "99.0", complete=None)
    assert (report.findings, report.errors) == ((), ())


def test_majority_share_confusion_fires_when_the_listed_rival_holds_all_the_rest() -> None:
    # A complete list of two: B polled all of the 0.95 left, so A leads by at most 98.1.
    (finding,) = _majority_beside_share_of("99.0", "99.0", complete=True).findings
    assert finding.evidence["lead_ceiling"] == "98.1"
    assert finding.message == (
        "a majority of 99.0 points is A's share of the vote (99.0%), not the lead over the "
        "runner-up"
    )


def test_majority_share_confusion_stays_silent_on_a_majority_the_ceiling_allows() -> None:
    # A on 99% (at most 99.5) with B holding the 0.5 left leads by at most 99.0 points: a
    # majority of 98.6 is within reach, though it overlaps the share.
    report = _majority_beside_share_of("98.6", "99", complete=True)
    assert (report.findings, report.errors) == ((), ())


def test_majority_share_confusion_counts_the_runner_ups_listed_share_against_the_lead() -> None:
    # B's 0.9% (at least 0.85) caps A's lead at 99.05 − 0.85 = 98.2 points: a majority said
    # to reach 99.0 points is A's share. Without B's share, the lead could be 99.0.
    text = "A took 99.0%, B 0.9%, and A's majority rose to 99.0 points."

    def report(with_b: bool) -> factcheck.Report:
        contest = ContestResult(
            name="Anytown",
            candidates=(
                CandidateResult(name="A", share=Figure.percentage("99.0", span=at(text, "99.0%"))),
                CandidateResult(
                    name="B",
                    share=Figure.percentage("0.9", span=at(text, "0.9%")) if with_b else None,
                ),
            ),
        )
        claim = ChangeClaim(
            quantity=Quantity.MAJORITY,
            contest="Anytown",
            candidate="A",
            direction=Direction.UP,
            current=Figure.percentage("99.0", unit=Unit.POINTS, span=at(text, "99.0 points")),
        )
        return check_article(text, claim, contests=(contest,), select=["majority-share-confusion"])

    (finding,) = report(with_b=True).findings
    assert finding.evidence["lead_ceiling"] == "98.2"
    assert report(with_b=False).findings == ()


def test_the_wording_rules_pass_over_bounds_and_changes_without_an_amount() -> None:
    # A right relative change of a majority (45.5%: 24,317 to 35,393), beside a share's
    # change with no amount and a bound on the same share: nothing to say, nothing to trip on.
    text = (
        "Ali's majority rose 45.5 per cent, from 24,317 to 35,393. Her share rose from 61.2pc "
        "to 71.8pc, less than three-quarters."
    )
    who = {"contest": "Bethnal Green and Bow", "candidate": "Rushanara Ali"}
    majority = ChangeClaim(
        quantity=Quantity.MAJORITY,
        direction=Direction.UP,
        direction_text="rose",
        direction_span=at(text, "rose"),
        amount=Figure(
            text="45.5", value=Decimal("45.5"), unit=Unit.PERCENT, span=at(text, "45.5 per cent")
        ),
        previous=Figure.count(24_317, span=at(text, "24,317")),
        current=Figure.count(35_393, span=at(text, "35,393")),
        **who,
    )
    share = ChangeClaim(
        quantity=Quantity.SHARE,
        direction=Direction.UP,
        previous=Figure.percentage("61.2", span=at(text, "61.2pc")),
        current=Figure.percentage("71.8", span=at(text, "71.8pc")),
        **who,
    )
    bound = BoundClaim(
        quantity=Quantity.SHARE,
        bound=Figure.percentage("75").model_copy(
            update={"span": at(text, "less than three-quarters"), "hedge": "less-than"}
        ),
        **who,
    )
    contest = ContestResult(
        name="Bethnal Green and Bow", candidates=(CandidateResult(name="Rushanara Ali"),)
    )
    for rule in ("majority-share-confusion", "percent-points-confusion"):
        report = check_article(text, majority, share, bound, contests=(contest,), select=[rule])
        assert (report.findings, report.errors) == ((), ()), rule


# -- percent-points-confusion: when the unit is right, or there is no other reading ------------


def _share_change(before: str, after: str, amount: str, hedge: str) -> tuple[str, ChangeClaim]:
    text = f"Labour's share was up {amount} points, from {before}% to {after}%."
    claim = change(
        text,
        "up",
        Direction.UP,
        party="Labour",
        amount=Figure(
            text=amount,
            value=Decimal(amount),
            unit=Unit.POINTS,
            hedge=hedge,
            span=at(text, f"{amount} points"),
        ),
        previous=Figure.percentage(before, span=at(text, f"{before}%")),
        current=Figure.percentage(after, span=at(text, f"{after}%")),
    )
    return text, claim


def test_percent_points_confusion_leaves_a_loose_hedge_in_the_right_unit_to_hedge_mismatch() -> (
    None
):
    # 20.0% to 30.0% is 10 points: "nearly 11 points" is the right unit, loosely hedged.
    text, claim = _share_change("20.0", "30.0", "11", "nearly")
    assert check_article(text, claim, select=["percent-points-confusion"]).findings == ()
    (loose,) = check_article(text, claim, select=["hedge-mismatch"]).findings
    assert "is true of the change but loose" in loose.message


def test_percent_points_confusion_stays_silent_on_a_change_from_nought() -> None:
    # From 0.0% there is no relative change, so points are the only reading there is.
    text, claim = _share_change("0.0", "10.0", "12", "exact")
    report = check_article(text, claim, select=["percent-points-confusion"])
    assert (report.findings, report.errors) == ((), ())
