"""majority-share-confusion, read closely: every reading of a majority's change, where the levels
come from (the article first, the official record for what it does not give), and the words of
its findings. Pinned after a mutation run of majority_share_confusion.py (docs/testing.md).

Bethnal Green and Bow, official record: Rushanara Ali's majority 24,317 (2015) and 35,393
(2017); her share 61.20% (2015) and 71.82% (2017).
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from hand_built import article, at, change, check_article, count

import factcheck
from factcheck import CandidateResult, ContestResult, Figure, Unit
from factcheck.checks.wording.common import in_quote
from factcheck.checks.wording.majority_share_confusion import (
    MajorityShareConfusion,
    _Facts,
    _span_range,
    _surely_won,
)
from factcheck.intervals import Interval
from factcheck.models import Article, BoundClaim, ChangeClaim, Direction, Quantity
from factcheck.packs import load_packs
from factcheck.rule import RuleContext, Violation

RULE = "majority-share-confusion"
SEAT = "Bethnal Green and Bow"


def _pc(value: str, unit: Unit = Unit.PERCENT) -> Figure:
    return Figure.percentage(value, unit=unit)


# -- every reading, named by what it measures ---------------------------------------------------


def _facts(**changes: object) -> _Facts:
    facts = _Facts(
        winner=None,
        majority=(Figure.count(24317), Figure.count(35393)),
        points=(_pc("12.0"), _pc("38.8")),
        share=(_pc("61.2"), _pc("71.8")),
    )
    return dataclasses.replace(facts, **changes)  # type: ignore[arg-type]


def test_each_reading_of_a_majoritys_change_is_keyed_by_what_it_measures() -> None:
    readings = MajorityShareConfusion._readings(_facts(), RuleContext())
    assert list(readings) == [
        "majority-votes",
        "majority-relative",
        "majority-points",
        "share-points",
        "share-relative",
    ]
    assert [r.key for r in readings.values()] == list(readings)
    assert readings["majority-votes"].face == 35393 - 24317
    assert readings["majority-relative"].face == Fraction(100 * (35393 - 24317), 24317)
    assert readings["majority-points"].face == Fraction("38.8") - Fraction("12.0")
    assert readings["share-points"].face == Fraction("71.8") - Fraction("61.2")
    assert readings["share-relative"].face == 100 * (
        Fraction("71.8") - Fraction("61.2")
    ) / Fraction("61.2")


def test_a_percentage_majority_known_at_one_election_only_gives_no_change_in_points() -> None:
    for points in ((None, _pc("38.8")), (_pc("12.0"), None)):
        readings = MajorityShareConfusion._readings(_facts(points=points), RuleContext())
        assert "majority-points" not in readings
        assert "share-points" in readings


# -- where the levels come from ----------------------------------------------------------------


def _claims(
    text: str,
    *,
    majority: tuple[str | None, str | None],
    share: tuple[str | None, str | None],
    said: str = "nearly 11 per cent",
    up: bool = True,
) -> tuple[ChangeClaim, ...]:
    def votes(phrase: str | None) -> Figure | None:
        return None if phrase is None else count(text, phrase)

    def pc(phrase: str | None) -> Figure | None:
        if phrase is None:
            return None
        return _pc(phrase.removesuffix("pc")).model_copy(update={"span": at(text, phrase)})

    number = said.removeprefix("nearly ").split(maxsplit=1)[0]
    amount = Figure.percentage(number).model_copy(
        update={
            "hedge": "nearly" if said.startswith("nearly") else "exact",
            "span": at(text, said),
        }
    )
    way = Direction.UP if up else Direction.DOWN
    out = [
        ChangeClaim(
            quantity=Quantity.MAJORITY,
            candidate="Rushanara Ali",
            contest=SEAT,
            direction=way,
            direction_text="increasing" if up else "cutting",
            amount=amount,
            previous=votes(majority[0]),
            current=votes(majority[1]),
        )
    ]
    if share != (None, None):
        out.append(
            ChangeClaim(
                quantity=Quantity.SHARE,
                candidate="Rushanara Ali",
                contest=SEAT,
                direction=way,
                direction_text="rose" if up else "fell",
                previous=pc(share[0]),
                current=pc(share[1]),
            )
        )
    return tuple(out)


def _held(
    said: str = "nearly 11 per cent", majority: tuple[str, str] = ("24,317", "35,393")
) -> tuple[str, tuple[ChangeClaim, ...]]:
    """The story whose majority rose by ``said``, with both of its levels and both of her
    share's (61.2% to 71.8%), and its claims."""
    text = (
        f"Rushanara Ali held Bethnal Green and Bow, increasing her majority by {said}, from "
        f"{majority[0]} to {majority[1]}. Her share of the vote rose from 61.2pc to 71.8pc."
    )
    return text, _claims(text, majority=majority, share=("61.2pc", "71.8pc"), said=said)


ALI = ContestResult(name=SEAT, candidates=(CandidateResult(name="Rushanara Ali", party="Labour"),))


def _report(text: str, *claims: ChangeClaim, election: str | None) -> factcheck.Report:
    return check_article(text, *claims, contests=(ALI,), election=election, select=[RULE])


def _check(
    text: str, *claims: ChangeClaim, election: str | None = "uk-ge-2017"
) -> factcheck.Finding:
    (finding,) = _report(text, *claims, election=election).findings
    return finding


def test_an_article_without_the_levels_takes_all_four_from_the_official_record() -> None:
    # 71.82 - 61.20 = 10.62 points: "nearly 11" (fair for [10.45, 11)) fits it.
    text = (
        "Rushanara Ali held Bethnal Green and Bow, increasing her majority by nearly 11 per cent."
    )
    finding = _check(text, *_claims(text, majority=(None, None), share=(None, None)))
    assert finding.message == (
        "“nearly 11 per cent” is the change in Rushanara Ali's share of the vote, not in the "
        "majority (and in points, not per cent): the share of the vote went from 61.20% to "
        "71.82% (official results, 2015 and 2017), up 10.62 percentage points; the majority "
        "itself changed by 11,076 votes or 45.55%"
    )
    assert finding.fix == (
        "Rushanara Ali's share of the vote rose by nearly 11 percentage points; the majority "
        "rose from 24,317 to 35,393"
    )
    assert finding.evidence["levels_from"] == "official results"
    assert set(finding.evidence) == {
        "stated",
        "stated_unit",
        "hedge",
        "fair_interval",
        "majority_votes_change",
        "majority_relative_change",
        "share_points_change",
        "share_relative_change",
        "majority_votes_interval",
        "majority_relative_interval",
        "share_points_interval",
        "share_relative_interval",
        "levels_from",
        "official_records",
        "fits",
        "corroborated_by",
    }
    assert (finding.evidence["stated"], finding.evidence["stated_unit"]) == ("11", "percent")
    assert (finding.evidence["hedge"], finding.evidence["fair_interval"]) == (
        "nearly",
        "[10.45, 11)",
    )
    assert finding.evidence["majority_votes_change"] == "11076"
    # 71.82 and 61.20 each to within 0.005: the rise lies strictly between 10.61 and 10.63.
    assert finding.evidence["share_points_change"] == "10.62"
    assert finding.evidence["share_points_interval"] == "(10.61, 10.63)"
    assert finding.arithmetic[:3] == (
        "majority in votes: 35,393 − 24,317 = 11,076",
        "majority in per cent: 100 × (35,393 − 24,317) / 24,317 = 45.55%",
        "winner's share in points: 71.82 − 61.20 = 10.62 points (allowing for rounding: "
        "(10.61, 10.63))",
    )
    assert finding.arithmetic[3].startswith(
        "winner's share in per cent: 100 × (71.82 − 61.20) / 61.20 = 17.35%"
    )


def test_an_article_with_all_four_levels_does_not_consult_the_record() -> None:
    text, claims = _held()
    finding = _check(text, *claims)
    assert "went from 61.2% to 71.8%, up 10.6 percentage points" in finding.message
    assert "official" not in finding.message
    assert "levels_from" not in finding.evidence


def test_the_articles_own_levels_beat_the_record_which_gives_only_the_missing_one() -> None:
    # The article's earlier majority, 20,000, is kept (not the record's 24,317): the majority
    # changed by 35,393 - 20,000 = 15,393 votes, 100 × 15,393 / 20,000 = 76.965%.
    text = (
        "Rushanara Ali held Bethnal Green and Bow, increasing her majority by nearly 11 per cent "
        "from 20,000. Her share of the vote rose from 61.2pc to 71.8pc."
    )
    claims = _claims(text, majority=("20,000", None), share=("61.2pc", "71.8pc"))
    finding = _check(text, *claims)
    assert finding.message.endswith(
        "the share of the vote went from 61.2% to 71.8% (official results, 2015 and 2017), up "
        "10.6 percentage points; the majority itself changed by 15,393 votes or 76.97%"
    )
    assert finding.fix is not None
    assert finding.fix.endswith("the majority rose from 20,000 to 35,393")


def test_a_later_share_the_article_does_not_give_comes_from_the_record() -> None:
    text = (
        "Rushanara Ali held Bethnal Green and Bow, increasing her majority by nearly 11 per cent, "
        "from 24,317 to 35,393. Her share of the vote rose from 61.2pc."
    )
    claims = _claims(text, majority=("24,317", "35,393"), share=("61.2pc", None))
    finding = _check(text, *claims)
    assert (
        "the share of the vote went from 61.2% to 71.82% (official results, 2015 and 2017), up "
        "10.62 percentage points" in finding.message
    )


# -- the words of a share called a majority ------------------------------------------------------


def test_a_fall_in_share_called_a_cut_in_the_majority_says_both_fell() -> None:
    text = (
        "Rushanara Ali held Bethnal Green and Bow, cutting her majority by nearly 11 per cent, "
        "from 35,393 to 24,317. Her share of the vote fell from 71.8pc to 61.2pc."
    )
    claims = _claims(text, majority=("35,393", "24,317"), share=("71.8pc", "61.2pc"), up=False)
    finding = _check(text, *claims, election=None)
    assert "the share of the vote went from 71.8% to 61.2%, down 10.6 percentage points" in (
        finding.message
    )
    assert finding.fix == (
        "Rushanara Ali's share of the vote fell by nearly 11 percentage points; the majority "
        "fell from 35,393 to 24,317"
    )


def test_a_relative_rise_in_share_called_a_rise_in_the_majority_stays_in_per_cent() -> None:
    # 100 × 10.6 / 61.2 = 17.32%: "17 per cent" ([16.5, 17.5)) is the share's relative rise.
    text, claims = _held("17 per cent")
    finding = _check(text, *claims, election=None)
    assert finding.message.startswith(
        "“17 per cent” is the change in Rushanara Ali's share of the vote, not in the majority: "
    )
    assert finding.evidence["fits"] == "share-relative"
    assert finding.fix is not None
    assert finding.fix.startswith("Rushanara Ali's share of the vote rose by 17 per cent;")


def test_with_only_the_later_majority_known_the_majoritys_change_is_not_offered() -> None:
    text = (
        "Rushanara Ali held Bethnal Green and Bow, increasing her majority by nearly 11 per cent "
        "to 35,393. Her share of the vote rose from 61.2pc to 71.8pc."
    )
    claims = _claims(text, majority=(None, "35,393"), share=("61.2pc", "71.8pc"))
    finding = _check(text, *claims, election=None)
    assert finding.fix == "Rushanara Ali's share of the vote rose by nearly 11 percentage points"
    assert finding.message.endswith(
        "; the change in the majority itself cannot be worked out from the article"
    )
    assert finding.severity is factcheck.Severity.WARNING
    assert finding.confidence is factcheck.Confidence.MEDIUM


# -- what it leaves to other rules, and what it cannot check ------------------------------------


def test_a_percentage_majoritys_change_with_either_level_is_left_to_percent_points_confusion() -> (
    None
):
    for level, phrase in (("to 38.8pc", "38.8pc"), ("from 12.0pc", "12.0pc")):
        text = f"Rushanara Ali held Bethnal Green and Bow, her majority up 20 per cent {level}."
        level_fig = _pc(phrase.removesuffix("pc")).model_copy(update={"span": at(text, phrase)})
        (claim,) = _claims(text, majority=(None, None), share=(None, None), said="20 per cent")
        which = "current" if level.startswith("to") else "previous"
        claim = claim.model_copy(update={which: level_fig})
        assert _report(text, claim, election=None).findings == ()


def test_a_change_in_votes_of_no_ones_majority_without_figures_is_not_checked_and_says_why() -> (
    None
):
    text = "The majority in Bethnal Green and Bow went up by 5,000."
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY,
        contest=SEAT,
        direction=Direction.UP,
        amount=count(text, "5,000"),
    )
    report = check_article(text, claim, select=[RULE])
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "“5,000” (the winner's majority) is stated without the figures to recompute it"
    )


def test_an_unhedged_change_that_fits_no_reading_points_at_the_words_quoted_or_not() -> None:
    # 20 per cent is [19.5, 20.5): neither the majority's 45.55% nor the share's 10.6 points or
    # 17.32%.
    text, claims = _held("20 per cent")
    finding = _check(text, *claims, election=None)
    assert finding.text == "20 per cent"
    assert finding.message.startswith(
        "“20 per cent” fits no reading of the change in Rushanara Ali's majority: the majority "
        "went from 24,317 to 35,393, up 45.55%"
    )
    quoted = (claims[0].model_copy(update={"quoted": True}), claims[1])
    said = _check(text, *quoted, election=None)
    assert said.message == in_quote(finding.message, True)


def _ambiguous(text: str, said: str, *, share: str | None = None) -> factcheck.Finding:
    (claim,) = _claims(text, majority=(None, None), share=(None, None), said=said)
    ali = CandidateResult(
        name="Rushanara Ali",
        party="Labour",
        share=_pc(share).model_copy(update={"span": at(text, share + "pc")}) if share else None,
    )
    seat = ContestResult(name=SEAT, candidates=(ali,))
    (finding,) = check_article(text, claim, contests=(seat,), select=[RULE]).findings
    return finding


def _up_to_35393(text: str, said: str = "nearly 11 per cent") -> Article:
    """The story of a majority up by ``said`` to 35,393, the article naming neither level."""
    (claim,) = _claims(text, majority=(None, None), share=(None, None), said=said)
    claim = claim.model_copy(update={"current": Figure.count(35393)})
    seat = ContestResult(name=SEAT, candidates=(CandidateResult(name="Rushanara Ali"),))
    return article(text, claim, contests=(seat,))


def test_a_change_in_per_cent_of_a_majority_known_afterwards_says_where_it_grew_from() -> None:
    # Nearly 11 per cent ([10.45, 11)) up to 35,393: from 35,393 / 1.11 = 31,885.6 to
    # 35,393 / 1.1045 = 32,044.4, so from 31,886 to 32,044 votes.
    text = (
        "Rushanara Ali held Bethnal Green and Bow, increasing her majority by nearly 11 per cent."
    )
    story = _up_to_35393(text)
    (finding,) = factcheck.check(story, select=[RULE]).findings
    assert finding.message == (
        "a majority is the winner's lead in votes, so “nearly 11 per cent” is ambiguous: read as "
        "the majority, it grew from between 31,886 and 32,044 to 35,393"
    )
    assert finding.evidence["implied_previous_majority"] is not None


def test_a_change_in_per_cent_beside_a_whole_share_gives_the_earlier_share_to_a_tenth() -> None:
    # 72% is [71.5, 72.5); less 11.5 points ([11.45, 11.55)): (59.95, 61.05), shown to one
    # decimal more than the share: 60% to 61.1%. At face value 72 - 11.5 = 60.5, to the
    # share's whole number: 61 (half up).
    text = (
        "Rushanara Ali took 72pc in Bethnal Green and Bow, increasing her majority by "
        "11.5 per cent."
    )
    finding = _ambiguous(text, "11.5 per cent", share="72")
    assert "it rose from between 60% and 61.1% to 72%" in finding.message
    assert "if the share, in points: 72 − 11.5 = 61" in finding.arithmetic


def test_a_change_that_fits_nothing_lists_every_other_reading_with_its_direction() -> None:
    # Up: 100 × 11,076 / 24,317 = 45.55%, 71.8 - 61.2 = 10.6 points, 100 × 10.6 / 61.2 = 17.32%.
    # Down: 100 × 11,076 / 35,393 = 31.29%, and 100 × 10.6 / 71.8 = 14.76%.
    for up, verb, majority, share in (
        (True, "up", "45.55%", "17.32%"),
        (False, "down", "31.29%", "14.76%"),
    ):
        before, after = ("24,317", "35,393") if up else ("35,393", "24,317")
        s_before, s_after = ("61.2pc", "71.8pc") if up else ("71.8pc", "61.2pc")
        text = (
            f"Rushanara Ali held Bethnal Green and Bow, her majority moving by 20 per cent, "
            f"from {before} to {after}. Her share of the vote went from {s_before} to {s_after}."
        )
        claims = _claims(
            text, majority=(before, after), share=(s_before, s_after), said="20 per cent", up=up
        )
        finding = _check(text, *claims, election=None)
        assert finding.message == (
            "“20 per cent” fits no reading of the change in Rushanara Ali's majority: the "
            f"majority went from {before} to {after}, {verb} {majority} (other readings: "
            f"majority in votes {verb} 11,076 votes; winner's share in points {verb} 10.6 "
            f"percentage points; winner's share in per cent {verb} {share})"
        )


# -- is the winner surely first? --------------------------------------------------------------


def _exact_pc(value: str) -> Figure:
    return Figure(text=value, value=Decimal(value), unit=Unit.PERCENT, exact=True)


def _field(
    *shares: Figure | None, rank: int | None = None
) -> tuple[ContestResult, CandidateResult]:
    cands = tuple(
        CandidateResult(
            name=f"C{i}",
            share=s,
            rank=Figure.count(rank, Unit.RANK) if rank is not None and i == 0 else None,
        )
        for i, s in enumerate(shares)
    )
    return ContestResult(name=SEAT, candidates=cands), cands[0]


def test_a_winner_is_surely_first_on_more_than_half_or_more_than_the_rest_can_hold() -> None:
    ctx = RuleContext()
    # 51.0% is at least 50.95%: more than half, whoever else stood.
    assert _surely_won(*_field(_pc("51.0"), None), ctx)
    # Exactly half is not more than half: the unlisted rest could match it.
    assert not _surely_won(*_field(_exact_pc("50"), None), ctx)
    # 45.0, 30.0 and 25.0 leave at most 0.15 for anyone unlisted.
    assert _surely_won(*_field(_pc("45.0"), _pc("30.0"), _pc("25.0")), ctx)
    # 40.0 and 20.6 leave at most 100 - 39.95 - 20.55 = 39.5, under 39.95.
    assert _surely_won(*_field(_pc("40.0"), _pc("20.6")), ctx)
    # 40.0 and an exact 20.1 leave exactly 39.95, which could tie.
    assert not _surely_won(*_field(_pc("40.0"), _exact_pc("20.1")), ctx)
    # 40.0 and 10.0 leave 50.1 for others.
    assert not _surely_won(*_field(_pc("40.0"), _pc("10.0")), ctx)


def test_a_stated_first_place_settles_it_unless_a_listed_figure_says_otherwise() -> None:
    ctx = RuleContext()
    assert _surely_won(*_field(_pc("40.0"), None, rank=1), ctx)
    assert not _surely_won(*_field(_pc("40.0"), _pc("45.0"), rank=1), ctx)
    assert not _surely_won(*_field(_pc("40.0"), None, rank=2), ctx)


def test_the_winners_share_levels_are_the_first_ones_stated_for_them_named_or_by_party() -> None:
    # Someone not standing comes first; Labour's levels are given by party, and a later
    # mention of Ali's share (71.9, with no earlier level) neither replaces the first later
    # level nor forgets the earlier one.
    text = (
        "Someone Else's share rose from 10.0pc to 12.0pc. Labour's share of the vote rose from "
        "61.2pc to 71.8pc; Rushanara Ali took 71.9pc, increasing her majority by nearly 11 per "
        "cent, from 24,317 to 35,393."
    )

    def pc(phrase: str) -> Figure:
        return _pc(phrase.removesuffix("pc")).model_copy(update={"span": at(text, phrase)})

    def share(**fields: object) -> ChangeClaim:
        return ChangeClaim.model_validate(
            {"quantity": Quantity.SHARE, "contest": SEAT, "direction": Direction.UP, **fields}
        )

    (majority,) = _claims(text, majority=("24,317", "35,393"), share=(None, None))
    claims = (
        share(candidate="Someone Else", previous=pc("10.0pc"), current=pc("12.0pc")),
        share(party="Labour", previous=pc("61.2pc"), current=pc("71.8pc")),
        share(candidate="Rushanara Ali", current=pc("71.9pc")),
        majority.model_copy(update={"candidate": None, "party": "Labour"}),
    )
    finding = _check(text, *claims, election=None)
    assert finding.message.startswith(
        "“nearly 11 per cent” is the change in Rushanara Ali's share of the vote, not in the "
        "majority (and in points, not per cent): the share of the vote went from 61.2% to "
        "71.8%, up 10.6 percentage points"
    )


# -- which claims and contests it reads ----------------------------------------------------------


def test_majority_mismatch_can_recompute_a_percentage_majority_from_two_shares_or_two_counts() -> (
    None
):
    def field(*cands: CandidateResult, total: int | None = None) -> ContestResult:
        valid = Figure.count(total) if total is not None else None
        return ContestResult(name=SEAT, candidates=cands, valid_votes=valid)

    def share(value: str) -> CandidateResult:
        return CandidateResult(name="S" + value, share=_pc(value))

    def votes(n: int) -> CandidateResult:
        return CandidateResult(name=f"V{n}", votes=Figure.count(n))

    can_tell = MajorityShareConfusion._majority_mismatch_can_tell
    assert can_tell(field(share("60.0"), share("40.0")))
    assert not can_tell(field(share("60.0"), votes(400)))
    assert can_tell(field(votes(600), votes(400), total=1000))
    assert not can_tell(field(votes(600), votes(400)))
    assert not can_tell(field(votes(600), share("40.0"), total=1000))


def _majority_rose_to(text: str) -> ChangeClaim:
    """Rushanara Ali's majority said to rise to 71.8 points, at the first "71.8pc" after
    "majority" in ``text``."""
    return ChangeClaim(
        quantity=Quantity.MAJORITY,
        contest=SEAT,
        candidate="Rushanara Ali",
        direction=Direction.UP,
        current=_pc("71.8", Unit.POINTS).model_copy(
            update={"span": at(text, "71.8pc", "majority")}
        ),
    )


def _as_share_article(
    text: str, *claims: ChangeClaim | BoundClaim, **contest: object
) -> factcheck.Report:
    ali = CandidateResult(
        name="Rushanara Ali",
        share=_pc("71.8").model_copy(update={"span": at(text, "71.8pc")}),
    )
    seat = ContestResult(name=SEAT, candidates=(ali,), **contest)
    return check_article(text, *claims, contests=(seat,), select=[RULE])


def test_a_quoted_majority_said_to_rise_to_the_winners_share_only_warns_and_says_so() -> None:
    text = "Rushanara Ali took a 71.8pc share. “Her majority rose to 71.8pc,” an aide said."
    claim = _majority_rose_to(text).model_copy(update={"quoted": True})
    (finding,) = _as_share_article(text, claim).findings
    assert finding.severity is factcheck.Severity.WARNING
    assert finding.message.startswith("in a quotation, a majority of 71.8 points is Rushanara")


def test_other_claims_before_a_majoritys_are_passed_over_not_read_as_one() -> None:
    text = "Rushanara Ali took a 71.8pc share, up nearly 11 per cent; her majority rose to 71.8pc."
    share = ChangeClaim(
        quantity=Quantity.SHARE,
        contest=SEAT,
        candidate="Rushanara Ali",
        direction=Direction.UP,
        amount=_pc("11").model_copy(
            update={"hedge": "nearly", "span": at(text, "nearly 11 per cent")}
        ),
    )
    bound = BoundClaim(
        quantity=Quantity.MAJORITY,
        contest=SEAT,
        bound=_pc("11").model_copy(update={"hedge": "nearly", "span": at(text, "nearly 11")}),
    )
    majority = _majority_rose_to(text)
    assert _as_share_article(text, share, bound).findings == ()
    (finding,) = _as_share_article(text, share, bound, majority).findings
    assert finding.start == text.index("71.8pc", text.index("majority"))


def test_every_contest_is_read_for_a_percentage_majority_equal_to_the_winners_share() -> None:
    text = "Rushanara Ali took a 71.8pc share and a majority of 71.8pc. Elsewhere, no figures."
    stated = _pc("71.8", Unit.POINTS).model_copy(update={"span": at(text, "71.8pc", "majority")})
    ali = CandidateResult(
        name="Rushanara Ali", share=_pc("71.8").model_copy(update={"span": at(text, "71.8pc")})
    )
    seats = (
        ContestResult(name="Elsewhere"),
        ContestResult(name=SEAT, candidates=(ali,), majority_share=stated),
    )
    (finding,) = check_article(text, contests=seats, select=[RULE]).findings
    assert finding.message.startswith("a majority of 71.8 points is Rushanara Ali's share")


def test_a_wrong_unhedged_change_in_votes_fits_no_reading_of_the_majority() -> None:
    # 20,000 votes is not the 11,076 the majority rose by.
    text = (
        "Rushanara Ali held Bethnal Green and Bow, increasing her majority by 20,000 votes, "
        "from 24,317 to 35,393."
    )
    amount = count(text, "20,000 votes", 20000)
    majority = ChangeClaim(
        quantity=Quantity.MAJORITY,
        contest=SEAT,
        candidate="Rushanara Ali",
        direction=Direction.UP,
        amount=amount,
        previous=count(text, "24,317"),
        current=count(text, "35,393"),
    )
    finding = _check(text, majority, election=None)
    assert finding.message.startswith(
        "“20,000 votes” fits no reading of the change in Rushanara Ali's majority: the majority "
        "went from 24,317 to 35,393, up 11,076 votes"
    )


def test_a_change_without_a_place_in_the_text_is_named_by_its_figure() -> None:
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY, contest=SEAT, direction=Direction.UP, amount=Figure.count(5000)
    )
    (skipped,) = check_article("A story.", claim, select=[RULE]).not_checked
    assert skipped.reason.startswith("“5,000” (the winner's majority)")


def test_an_earlier_level_with_an_open_end_is_given_no_words() -> None:
    # A level the change leaves open on one side ("more than 5") has no range to name: the
    # reading is then left out rather than worded from one end.
    assert _span_range(None, 0) is None
    assert _span_range(Interval.at_least(5), 0) is None
    assert _span_range(Interval.at_most(5), 0) is None
    # The controls: a bounded level is named, as one value when both ends print alike.
    assert _span_range(Interval.closed(Fraction(4), Fraction(6)), 0, "%") == "between 4% and 6%"
    assert _span_range(Interval.closed(Fraction(49, 10), Fraction(51, 10)), 0) == "5"


# -- a reading that did not move at face value ----------------------------------------------------
# Session 16 (docs/testing.md): the words for a change of nought were "down" and "fell".


def test_a_majority_unchanged_at_face_value_is_said_to_be_unchanged_in_every_reading() -> None:
    text = (
        "Rushanara Ali held Bethnal Green and Bow, her majority moving by 20 per cent, from "
        "24,317 to 24,317. Her share of the vote went from 61.2pc to 71.8pc."
    )
    claims = _claims(
        text, majority=("24,317", "24,317"), share=("61.2pc", "71.8pc"), said="20 per cent"
    )
    finding = _check(text, *claims, election=None)
    assert finding.message == (
        "“20 per cent” fits no reading of the change in Rushanara Ali's majority: the majority "
        "went from 24,317 to 24,317, unchanged 0% (other readings: majority in votes unchanged "
        "0 votes; winner's share in points up 10.6 percentage points; winner's share in per "
        "cent up 17.32%)"
    )


def test_a_share_change_called_a_majoritys_says_when_the_majority_did_not_move() -> None:
    # 61.2% to 71.8%: 10.6 points, which "nearly 11" fits; the majority stayed at 24,317.
    text, claims = _held(majority=("24,317", "24,317"))
    finding = _check(text, *claims, election=None)
    assert finding.fix == (
        "Rushanara Ali's share of the vote rose by nearly 11 percentage points; the majority "
        "was unchanged at 24,317"
    )


def test_a_share_unchanged_at_face_value_that_fits_the_amount_changed_by_it() -> None:
    # 61.2% and 61.2% may differ by up to a tenth: "0.1 per cent" fits that, in points.
    text = (
        "Rushanara Ali held Bethnal Green and Bow, increasing her majority by 0.1 per cent, "
        "from 24,317 to 35,393. Her share of the vote went from 61.2pc to 61.2pc."
    )
    claims = _claims(
        text, majority=("24,317", "35,393"), share=("61.2pc", "61.2pc"), said="0.1 per cent"
    )
    finding = _check(text, *claims, election=None)
    assert "the share of the vote went from 61.2% to 61.2%, unchanged 0 percentage points" in (
        finding.message
    )
    assert finding.fix == (
        "Rushanara Ali's share of the vote changed by 0.1 percentage points; the majority rose "
        "from 24,317 to 35,393"
    )


def test_a_share_change_under_a_point_called_a_majoritys_rose_or_fell() -> None:
    # 61.2% to 61.8%: up 0.6 points; the majority rose by 1 vote, from 24,317 to 24,318.
    for up, verb, way in ((True, "rose", "up"), (False, "fell", "down")):
        before, after = ("61.2pc", "61.8pc") if up else ("61.8pc", "61.2pc")
        m_before, m_after = ("24,317", "24,318") if up else ("24,318", "24,317")
        text = (
            f"Rushanara Ali held Bethnal Green and Bow, her majority moving by 0.6 per cent, "
            f"from {m_before} to {m_after}. Her share of the vote went from {before} to {after}."
        )
        claims = _claims(
            text, majority=(m_before, m_after), share=(before, after), said="0.6 per cent", up=up
        )
        finding = _check(text, *claims, election=None)
        assert f"went from {before[:-2]}% to {after[:-2]}%, {way} 0.6 percentage points" in (
            finding.message
        )
        assert finding.fix == (
            f"Rushanara Ali's share of the vote {verb} by 0.6 percentage points; the majority "
            f"{verb} from {m_before} to {m_after}"
        )


# -- what the amount fairly means, by the pack and rounding in force ----------------------------

# A newsroom whose "nearly" reaches four steps, fairly two.
NEWSROOM_NEARLY = (
    '[hedges.nearly]\nwords = ["nearly"]\ntruth = "approx"\ntolerance = 4\npragmatic = 2\n'
)


def _violations(story: Article, ctx: RuleContext) -> list[Violation]:
    out = list(MajorityShareConfusion().check_article(story, ctx))
    return [o for o in out if isinstance(o, Violation)]


def _fits_nothing_article(said: str) -> Article:
    text, claims = _held(said)
    return article(text, *claims, contests=(ALI,))


def test_a_majoritys_change_in_an_article_of_two_seats_is_read_in_the_seat_it_names() -> None:
    # The same story with Poplar and Limehouse's result beside it: the claims name their seat
    # and person, and each is found there, not taken as the article's only contest.
    text, claims = _held()
    poplar = ContestResult(
        name="Poplar and Limehouse",
        candidates=(CandidateResult(name="Jim Fitzpatrick", party="Labour"),),
    )
    story = article(text, *claims, contests=(poplar, ALI))
    (finding,) = _violations(story, RuleContext())
    assert finding.message.startswith(
        "“nearly 11 per cent” is the change in Rushanara Ali's share of the vote, not in the "
        "majority (and in points, not per cent): the share of the vote went from 61.2% to 71.8%"
    )


def test_the_fair_reading_of_a_majoritys_change_follows_the_rounding_in_force() -> None:
    # Half to even, "20" stands for [19.5, 20.5], both ends rounding to it.
    story = _fits_nothing_article("20 per cent")
    (half_up,) = _violations(story, RuleContext())
    assert half_up.evidence["fair_interval"] == Interval(
        Fraction(39, 2), Fraction(41, 2), True, False
    )
    (even,) = _violations(story, RuleContext(rounding="half-even"))
    assert even.evidence["fair_interval"] == Interval.closed(Fraction(39, 2), Fraction(41, 2))


def test_what_an_ambiguous_change_implies_follows_the_pack_in_force(tmp_path: Path) -> None:
    # "Nearly 11 per cent" up to 35,393: the bundled "nearly" is fair from 10.45 up to 11,
    # the newsroom's (approximate, two steps of 0.55 either way) from 9.9 to 12.1: the earlier
    # majority lies between 31,886 and 32,044, or between 31,573 and 32,205.
    text = (
        "Rushanara Ali held Bethnal Green and Bow, increasing her majority by nearly 11 per cent."
    )
    story = _up_to_35393(text)
    (bundled,) = _violations(story, RuleContext())
    assert "it grew from between 31,886 and 32,044 to 35,393" in bundled.message
    path = tmp_path / "newsroom.toml"
    path.write_text(NEWSROOM_NEARLY, encoding="utf-8")
    (newsroom,) = _violations(story, RuleContext(pack=load_packs([path])))
    assert "it grew from between 31,573 and 32,205 to 35,393" in newsroom.message
    assert newsroom.evidence["fair_interval"] == Interval.closed(
        Fraction(99, 10), Fraction(121, 10)
    )


def test_what_an_ambiguous_change_implies_follows_the_rounding_in_force() -> None:
    # "11.5 per cent" up to 35,393: half up, 11.45 is in and 11.55 out, so the earlier
    # majority is in (35,393 / 1.1155, 35,393 / 1.1145]; half to even both ends are out
    # (11.45 rounds to 11.4, 11.55 to 11.6).
    text = "Rushanara Ali held Bethnal Green and Bow, increasing her majority by 11.5 per cent."
    story = _up_to_35393(text, "11.5 per cent")
    (half_up,) = _violations(story, RuleContext())
    implied = half_up.evidence["implied_previous_majority"]
    assert isinstance(implied, Interval)
    assert (implied.lo_closed, implied.hi_closed) == (False, True)
    (even,) = _violations(story, RuleContext(rounding="half-even"))
    implied = even.evidence["implied_previous_majority"]
    assert isinstance(implied, Interval)
    assert (implied.lo_closed, implied.hi_closed) == (False, False)


def test_a_majority_from_a_tie_has_no_other_reading_to_list() -> None:
    # From a tie (a majority of nought) there is no change in per cent: the change in votes,
    # 120, is the only reading, and "100" does not fit it.
    text = "Jane Smith held Anytown, her majority rising by 100, from 0 to 120."
    claim = change(
        text,
        "rising",
        Direction.UP,
        Quantity.MAJORITY,
        candidate="Jane Smith",
        contest="Anytown",
        amount=count(text, "100"),
        previous=count(text, "0 to", 0),
        current=count(text, "120"),
    )
    seat = ContestResult(name="Anytown", candidates=(CandidateResult(name="Jane Smith"),))
    story = article(text, claim, contests=(seat,))
    (finding,) = _violations(story, RuleContext())
    assert finding.message == (
        "“100” fits no reading of the change in Jane Smith's majority: the majority went from "
        "0 to 120, up 120 votes"
    )


def test_a_share_change_called_a_majoritys_without_a_place_in_the_text_keeps_its_hedge() -> None:
    text, (majority, share) = _held()
    assert majority.amount is not None
    unplaced = majority.model_copy(
        update={"amount": majority.amount.model_copy(update={"span": None})}
    )
    finding = _check(text, unplaced, share, election=None)
    assert finding.fix == (
        "Rushanara Ali's share of the vote rose by nearly 11 percentage points; the majority "
        "rose from 24,317 to 35,393"
    )


# -- a percentage majority's own change, beside a share's that fits ------------------------------
# Rushanara Ali's majority as a percentage: 12.0% then 38.8%, up 26.8 points. Her share rose
# 10.6 points, which "nearly 11 per cent" fits: the share was called the majority.


def _percentage_majority(
    current: str | None,
    majority_share: str | None,
    *,
    previous: Figure | None = None,
    majority_votes: int | None = None,
) -> Violation:
    text = (
        "Rushanara Ali held Bethnal Green and Bow, increasing her majority by nearly 11 per cent, "
        "from 12.0pc to 38.8pc. Her share of the vote rose from 61.2pc to 71.8pc."
    )
    majority, share = _claims(text, majority=(None, None), share=("61.2pc", "71.8pc"))
    majority = majority.model_copy(
        update={
            "previous": previous or _pc("12.0").model_copy(update={"span": at(text, "12.0pc")}),
            "current": _pc(current).model_copy(update={"span": at(text, current + "pc")})
            if current
            else None,
        }
    )
    seat = ContestResult(
        name=SEAT,
        candidates=(
            CandidateResult(name="Rushanara Ali", party="Labour", votes=Figure.count(42969)),
            CandidateResult(name="Charlie Wilson", votes=Figure.count(7576)),
        ),
        majority_share=_pc(majority_share) if majority_share else None,
        majority=Figure.count(majority_votes) if majority_votes else None,
    )
    story = article(text, majority, share, contests=(seat,))
    (finding,) = _violations(story, RuleContext())
    return finding


def test_a_percentage_majoritys_change_is_given_beside_the_share_that_fits() -> None:
    finding = _percentage_majority("38.8", None)
    assert finding.message.startswith(
        "“nearly 11 per cent” is the change in Rushanara Ali's share of the vote, not in the "
        "majority (and in points, not per cent)"
    )
    assert finding.message.endswith("; the majority itself changed by 26.8 percentage points")


def test_a_percentage_majority_the_claim_does_not_give_comes_from_the_results() -> None:
    finding = _percentage_majority(None, "38.8")
    assert finding.message.endswith("; the majority itself changed by 26.8 percentage points")


def test_a_later_majority_the_results_give_only_roughly_is_still_the_majoritys_level() -> None:
    # The results give the majority as "nearly 35,400" and no votes: no exact lead, but the
    # change from 24,317 to it (about 45.6%) is still a reading, which "20 per cent" does not fit.
    text = (
        "Rushanara Ali held Bethnal Green and Bow, increasing her majority by 20 per cent, "
        "from 24,317."
    )
    (majority,) = _claims(text, majority=("24,317", None), share=(None, None), said="20 per cent")
    seat = ContestResult(
        name=SEAT,
        candidates=(CandidateResult(name="Rushanara Ali", party="Labour"),),
        majority=Figure.count(35400).model_copy(update={"exact": False, "hedge": "nearly"}),
    )
    story = article(text, majority, contests=(seat,))
    (finding,) = _violations(story, RuleContext())
    assert finding.message.startswith(
        "“20 per cent” fits no reading of the change in Rushanara Ali's majority: the majority "
        "went from 24,317 to 35,400, up 45.58%"
    )


def test_a_majority_said_to_be_the_winners_share_relates_the_share_only_where_it_is_written() -> (
    None
):
    text = "Rushanara Ali held the seat. Her majority rose to 71.8pc."
    claim = _majority_rose_to(text)
    # Her share comes from a results table with no place in the text: nothing to relate.
    ali = CandidateResult(name="Rushanara Ali", share=_pc("71.8"))
    seat = ContestResult(name=SEAT, candidates=(ali,))
    story = article(text, claim, contests=(seat,))
    (finding,) = _violations(story, RuleContext())
    assert finding.message.startswith("a majority of 71.8 points is Rushanara Ali's share")
    assert finding.related == ()


def test_a_percentage_majoritys_change_is_not_mixed_with_one_in_votes() -> None:
    # The results state the majority in votes (35,393): with the earlier majority a
    # percentage, there is no change in votes to give, only the 26.8 points.
    finding = _percentage_majority("38.8", None, majority_votes=35393)
    assert finding.message.endswith("; the majority itself changed by 26.8 percentage points")
    # And with the earlier majority in votes (24,317) and the later a percentage, only the
    # change in votes: 11,076, or 45.55%.
    finding = _percentage_majority("38.8", None, previous=Figure.count(24317), majority_votes=35393)
    assert finding.message.endswith("; the majority itself changed by 11,076 votes or 45.55%")


def test_a_percentage_majority_named_for_a_candidate_is_weighed_against_her_share() -> None:
    # The results list her share only and the runner-up's votes only: the listed count would
    # make him the "winner" by votes, but the claim names her, and her share is the majority.
    text = "Rushanara Ali took 71.8pc; Charlie Wilson 7,576 votes. Her majority rose to 71.8pc."
    claim = _majority_rose_to(text)
    ali = CandidateResult(
        name="Rushanara Ali", share=_pc("71.8").model_copy(update={"span": at(text, "71.8pc")})
    )
    wilson = CandidateResult(name="Charlie Wilson", votes=Figure.count(7576))
    seat = ContestResult(name=SEAT, candidates=(ali, wilson))
    story = article(text, claim, contests=(seat,))
    (finding,) = _violations(story, RuleContext())
    assert finding.message.startswith("a majority of 71.8 points is Rushanara Ali's share")
    # So when the claim names her party only.
    ali = ali.model_copy(update={"party": "Labour"})
    by_party = claim.model_copy(update={"candidate": None, "party": "Labour"})
    story = article(
        text, by_party, contests=(seat.model_copy(update={"candidates": (ali, wilson)}),)
    )
    (finding,) = _violations(story, RuleContext())
    assert finding.message.startswith("a majority of 71.8 points is Rushanara Ali's share")
    # A claim naming no one is about the winner, the one listed first by her share here.
    nobody = claim.model_copy(update={"candidate": None})
    story = article(text, nobody, contests=(seat.model_copy(update={"candidates": (ali,)}),))
    (finding,) = _violations(story, RuleContext())
    assert finding.message.startswith("a majority of 71.8 points is Rushanara Ali's share")
