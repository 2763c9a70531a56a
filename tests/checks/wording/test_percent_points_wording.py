"""percent-points-confusion on levels from the official record, read word for word. Pinned
after a mutation run of percent_points_confusion.py (docs/testing.md)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hand_built import POPLAR, article, change, check_article, fig, share_change, share_rise
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Confidence, Figure, Severity, Unit
from factcheck.checks.wording.percent_points_confusion import PercentPointsConfusion
from factcheck.intervals import Interval
from factcheck.models import (
    CandidateResult,
    ChangeClaim,
    ContestResult,
    Direction,
    Document,
    Grounds,
    Quantity,
)
from factcheck.packs import load_packs
from factcheck.reference.loading import load_reference
from factcheck.rule import RuleContext, Violation

RULE = "percent-points-confusion"
# Labour in Kirkcaldy and Cowdenbeath, official record: 36.84% (2017) and 32.60% (2019), down
# 4.24 points, or 11.51% of where it started.
KIRKCALDY = "Kirkcaldy and Cowdenbeath"
UNSURE = (
    " (nothing else the article says about Kirkcaldy and Cowdenbeath was found in the "
    "uk-ge-2019 record: the seat or election may be misread, so no fix is offered)"
)


def _labour_fall(text: str, amount: Figure, seat: str = KIRKCALDY) -> factcheck.Report:
    claim = share_change(amount, contest=seat)
    election = "uk-ge-2024" if seat == "Islington North" else "uk-ge-2019"
    return check_article(text, claim, election=election, select=[RULE])


def test_a_change_in_points_on_a_seat_redrawn_since_is_not_measured_from_the_record() -> None:
    # Islington North was redrawn for 2024: its 2019 share is another area's.
    text = "In Islington North, Labour's share of the vote fell by 8.9 points."
    report = _labour_fall(text, fig(text, "8.9 points", "8.9", unit=Unit.POINTS), "Islington North")
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "Labour's share of the vote: the seat was redrawn since 2019, and the record holds no "
        "notional result to measure the change in points from"
    )


def test_points_written_as_per_cent_are_named_from_the_record_word_for_word() -> None:
    text = "In Kirkcaldy and Cowdenbeath, Labour's share of the vote fell by 4.2%."
    (finding,) = _labour_fall(text, fig(text, "4.2%", "4.2")).findings
    assert finding.message == (
        "“4.2%” is a change in points, not per cent: Labour's share of the vote went from "
        "36.84% to 32.60% (official results, 2017 and 2019), down 4.24 percentage points; "
        "11.51% in relative terms" + UNSURE
    )
    assert finding.evidence["meant"] == "points"
    assert finding.evidence["levels_from"] == "official results"
    assert finding.evidence["official_records"] == [
        "hoc-ge2017-results-by-constituency.csv:316",
        "hoc-ge2019-results-by-constituency.csv:316",
    ]
    assert "seat_confirmed" not in finding.evidence


def test_a_relative_change_written_as_points_is_named_from_the_record_word_for_word() -> None:
    text = "In Kirkcaldy and Cowdenbeath, Labour's share of the vote fell by 11.5 points."
    (finding,) = _labour_fall(text, fig(text, "11.5 points", "11.5", unit=Unit.POINTS)).findings
    assert finding.message == (
        "“11.5 points” is a relative change, not points: Labour's share of the vote went from "
        "36.84% to 32.60% (official results, 2017 and 2019), down 11.51%; the change in points "
        "is 4.24 percentage points" + UNSURE
    )
    assert finding.evidence["meant"] == "relative"


# -- whose change a message names --------------------------------------------------------------
# Poplar and Limehouse as an article gives it (POPLAR): Jim Fitzpatrick 39,558 votes,
# Christopher Wilford 11,846. A majority named without its holder is the winner's.


def _majority_rise(text: str, amount: Figure, current: Figure) -> factcheck.Report:
    claim = change(
        text,
        "rose",
        Direction.UP,
        Quantity.MAJORITY,
        contest="Poplar and Limehouse",
        amount=amount,
        current=current,
    )
    return check_article(text, claim, contests=(POPLAR,), select=[RULE])


def test_a_percentage_majority_with_one_level_is_named_as_the_winners() -> None:
    text = (
        "Jim Fitzpatrick won with 39,558 votes to 11,846. The majority rose 5 per cent to 47.2pc."
    )
    (finding,) = _majority_rise(
        text, fig(text, "5 per cent", "5"), fig(text, "47.2pc", "47.2")
    ).findings
    assert finding.message == (
        "“5 per cent” gives a change of Jim Fitzpatrick's majority, a percentage, in per cent, "
        "and the article gives only the new level (47.2%): if points, the earlier figure was "
        "42.2%; if per cent, 45%"
    )
    assert finding.fix == (
        "“5 percentage points” if Jim Fitzpatrick's majority moved by points; keep per cent "
        "only for a relative change"
    )


def test_a_majority_in_points_no_earlier_level_allows_is_impossible_and_named() -> None:
    text = "Jim Fitzpatrick won with 39,558 votes to 11,846. The majority rose 60 points to 47.2pc."
    amount = fig(text, "60 points", "60", unit=Unit.POINTS)
    (finding,) = _majority_rise(text, amount, fig(text, "47.2pc", "47.2")).findings
    assert finding.message == (
        "“60 points” is impossible for Jim Fitzpatrick's majority to 47.2%: the earlier level "
        "would be -12.8%"
    )
    assert finding.arithmetic == ("47.2 − 60 = -12.8",)
    assert finding.evidence == {"stated": "60", "level": "47.2", "implied": "-12.8"}
    assert finding.severity is factcheck.Severity.ERROR
    assert finding.confidence is factcheck.Confidence.HIGH


# -- session 17: the last open survivors (docs/testing.md) --------------------------------------


def test_a_change_of_share_from_a_count_is_not_read_and_its_later_level_is_the_share() -> None:
    # The earlier level is a count of votes: no change in points or per cent of a share can
    # be worked from it. The later level the results give is the share, as for any change of a
    # share (not the votes, which would make two counts and a difference called points).
    text = "Jim Fitzpatrick's share rose 5 points from 35,000 votes."
    claim = change(
        text,
        "rose",
        Direction.UP,
        contest="Poplar and Limehouse",
        candidate="Jim Fitzpatrick",
        amount=fig(text, "5 points", "5", unit=Unit.POINTS),
        previous=Figure.count(35000),
    )
    jim = CandidateResult(
        name="Jim Fitzpatrick", votes=Figure.count(39558), share=Figure.percentage("67.3")
    )
    contest = POPLAR.model_copy(update={"candidates": (jim, *POPLAR.candidates[1:])})
    report = check_article(text, claim, contests=(contest,), select=[RULE])
    assert report.findings == ()
    assert [s.reason for s in report.not_checked] == [
        "“5 points” (Jim Fitzpatrick's share of the vote): the levels 35,000 and 67.3% are not "
        "both percentages, so the change cannot be read in points or per cent"
    ]


def _increased(text: str, person: str, seat: str | None = None, **fields: str) -> ChangeClaim:
    """``person``'s share of the vote in ``seat`` "increased by 11%"."""
    return ChangeClaim.model_validate(
        {
            "quantity": Quantity.SHARE,
            "contest": seat,
            "candidate": person,
            "direction": Direction.UP,
            "direction_text": "increased",
            "amount": fig(text, "11%", "11"),
            **fields,
        }
    )


def _singh(text: str, party: str) -> ChangeClaim:
    return _increased(text, "Singh", "Birmingham, Perry Barr", party=party)


def test_a_change_of_a_surname_two_candidates_shared_is_placed_by_the_party_named() -> None:
    # Birmingham, Perry Barr, 2017: Harjinder Singh (Open Borders Party) and Harjun Singh
    # (Liberal Democrat) both stood. The party says which Singh, so the change is weighed,
    # not called another election's.
    text = "The Open Borders Party's Singh saw his vote share in Perry Barr increase by 11%."
    claim = _singh(text, "Open Borders Party")
    report = check_article(text, claim, election="uk-ge-2017", select=[RULE])
    assert report.not_checked == ()
    (finding,) = report.findings
    assert finding.message.startswith("“11%” gives a change of Singh's share of the vote")


def test_the_party_that_places_a_surname_may_be_named_by_the_newsrooms_alias(
    tmp_path: Path,
) -> None:
    path = tmp_path / "parties.toml"
    path.write_text(
        '[parties.obp]\nname = "Open Borders Party"\naliases = ["OBP"]\n', encoding="utf-8"
    )
    pack = load_packs([path])
    text = "The OBP's Singh saw his vote share in Perry Barr increase by 11%."
    ctx = RuleContext(
        election="uk-ge-2017",
        election_given=True,
        reference=load_reference("uk-ge-2017", pack=pack),
        pack=pack,
    )
    story = article(text, _singh(text, "OBP"))
    (outcome,) = PercentPointsConfusion().check_article(story, ctx)
    assert isinstance(outcome, Violation)
    assert outcome.message.startswith("“11%” gives a change of Singh's share of the vote")


def test_a_change_with_no_level_read_loosely_says_which_ties_were_guessed() -> None:
    text = "Their share rose 5 per cent."
    for loose, said in (
        (("election",), "election: the story's"),
        (
            ("subject", "seat", "election"),
            "subject: Labour; seat: the story's; election: the story's",
        ),
    ):
        grounds = Grounds(
            what="share",
            subject="Labour",
            seat="the story's",
            seat_named="story's only seat",
            election="the story's",
            loose=loose,
        )
        amount = fig(text, "5 per cent", "5").model_copy(update={"grounds": grounds})
        claim = ChangeClaim(
            quantity=Quantity.SHARE, party="Labour", direction=Direction.UP, amount=amount
        )
        report = check_article(text, claim, select=[RULE])
        assert report.findings == ()
        (skipped,) = report.not_checked
        assert skipped.reason == (
            f"“5 per cent”: a change in per cent with no level, read loosely ({said})"
        )


# -- a candidate who changed party -------------------------------------------------------------
# Eddisbury, official record: Antoinette Sandbach won it for the Conservatives in 2017 (56.88%)
# and stood for the Liberal Democrats in 2019 (18.09%); the Liberal Democrats' 2017 candidate
# had 5.46%. Her own share fell 38.79 points; her new party's rose 12.63.


def _eddisbury(text: str, amount: Figure, **who: str) -> factcheck.Report:
    claim = ChangeClaim(
        quantity=Quantity.SHARE,
        contest="Eddisbury",
        direction=Direction.UP,
        direction_text="up",
        amount=amount,
        **who,
    )
    return check_article(text, claim, election="uk-ge-2019", select=[RULE])


def test_a_party_switchers_change_is_not_measured_against_either_series() -> None:
    text = "In Eddisbury, Antoinette Sandbach took 18.1% of the vote, up 12.6 points."
    amount = fig(text, "12.6 points", "12.6", unit=Unit.POINTS)
    report = _eddisbury(text, amount, candidate="Antoinette Sandbach")
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "a change of Antoinette Sandbach's share of the vote in points is stated but not both "
        "levels, so it cannot be recomputed"
    )


def test_a_party_switchers_partys_change_is_measured_from_the_partys_candidate() -> None:
    # The twin, of the party: its 2017 candidate's 5.46% to 18.09%, up 12.63 points.
    text = "In Eddisbury, the Liberal Democrats' share of the vote rose 12.6%."
    (finding,) = _eddisbury(text, fig(text, "12.6%", "12.6"), party="Liberal Democrat").findings
    assert finding.message.startswith(
        "“12.6%” is a change in points, not per cent: Liberal Democrat's share of the vote "
        "went from 5.46% to 18.09% (official results, 2017 and 2019), up 12.63 percentage points"
    )


# -- a change the record of the election checked cannot place ---------------------------------
# Poplar and Limehouse, 2017: Jim Fitzpatrick (Labour) stood and won. Sedgefield is not a seat
# at the 2024 election. A change in per cent with no level warns only when it is this
# election's; else it was read as this election's wrongly.


def _share_up(text: str, seat: str, person: str, election: str) -> factcheck.Report:
    return check_article(text, _increased(text, person, seat), election=election, select=[RULE])


@pytest.mark.parametrize(
    ("seat", "election", "why"),
    [
        pytest.param(
            "Sedgefield",
            "uk-ge-2024",
            "Sedgefield is not in the official results of uk-ge-2024",
            id="a seat the election did not have",
        ),
        pytest.param(
            "Poplar and Limehouse",
            "uk-ge-2017",
            "Tony Blair did not stand in Poplar and Limehouse in uk-ge-2017",
            id="a person who did not stand there",
        ),
    ],
)
def test_a_change_the_record_of_the_election_cannot_place_is_not_checked(
    seat: str, election: str, why: str
) -> None:
    text = f"In 1997 Tony Blair's vote share in {seat} increased by 11%."
    report = _share_up(text, seat, "Tony Blair", election)
    assert report.findings == ()
    assert [s.reason for s in report.not_checked] == [
        f"“11%”: {why}: the change may be another election's"
    ]


def test_a_change_of_a_person_who_stood_there_still_warns() -> None:
    # The twin: the same words of the seat's winner that year are weighed against the record
    # (58.55% to 67.26%: 8.71 points, 14.88% relative), and fit neither reading.
    text = "Jim Fitzpatrick's vote share in Poplar and Limehouse increased by 11%."
    report = _share_up(text, "Poplar and Limehouse", "Jim Fitzpatrick", "uk-ge-2017")
    (finding,) = report.findings
    assert finding.message.startswith(
        "“11%” fits neither reading of the change: Jim Fitzpatrick's share of the vote went "
        "from 58.55% to 67.26%"
    )


# -- a change of turnout, by either definition -------------------------------------------------
# Waveney, official record: valid votes over the electorate 65.22% (2017) to 61.76% (2019),
# down 3.46 points; counting rejected ballots, as councils declare turnout, 65.30% to 61.97%,
# down 3.33 points.


def _waveney(text: str, amount: Figure) -> factcheck.Report:
    # No direction span: one story says "fell", not "down" (this rule does not read it).
    claim = ChangeClaim(
        quantity=Quantity.TURNOUT,
        contest="Waveney",
        direction=Direction.DOWN,
        direction_text="down",
        amount=amount,
    )
    return check_article(text, claim, election="uk-ge-2019", select=[RULE])


def test_a_turnout_change_is_read_by_the_definition_its_number_fits() -> None:
    text = "In Waveney, the turnout is down 3.3% on 2017."
    (finding,) = _waveney(text, fig(text, "3.3%", "3.3")).findings
    assert finding.message.startswith(
        "“3.3%” is a change in points, not per cent: turnout went from 65.30% to 61.97% "
        "(official results, 2017 and 2019; counting rejected ballots), down 3.33 percentage "
        "points; 5.1% in relative terms"
    )
    assert finding.evidence["turnout_definition"] == "(valid votes + rejected ballots) / electorate"
    assert "the hedge does not fit" not in finding.message


def test_a_turnout_change_fitting_the_valid_vote_definition_is_read_by_it() -> None:
    # The twin: 3.5 fits the valid-vote fall (3.46) and not the ballots' (3.33).
    text = "In Waveney, the turnout is down 3.5% on 2017."
    (finding,) = _waveney(text, fig(text, "3.5%", "3.5")).findings
    assert "went from 65.22% to 61.76% (official results, 2017 and 2019), down 3.46" in (
        finding.message
    )
    assert "turnout_definition" not in finding.evidence


def test_a_turnout_change_in_points_by_either_definition_is_silent() -> None:
    for stated in ("3.3", "3.5"):
        text = f"In Waveney, the turnout is down {stated} points on 2017."
        amount = fig(text, f"{stated} points", stated, unit=Unit.POINTS)
        assert _waveney(text, amount).findings == ()


# -- a lower bound true of the change its unit names --------------------------------------------
# "Down by more than two per cent" of Waveney's fall (3.46 points, 5.31% of where it was): true
# read as written, and true read as points too. It undersells both, but shows no unit wrong.


def _waveney_read(text: str) -> factcheck.Report:
    return factcheck.check(Document(path="w.txt", text=text), election="uk-ge-2019", select=[RULE])


@pytest.mark.parametrize("bound", ["more than two", "more than one", "over two"])
def test_a_lower_bound_true_of_both_readings_is_silent(bound: str) -> None:
    text = f"In Waveney, turnout was down by {bound} per cent on 2017."
    assert _waveney_read(text).findings == ()


@pytest.mark.parametrize("bound", ["more than seven", "less than two"])
def test_a_bound_false_of_both_readings_still_fits_neither(bound: str) -> None:
    # The controls: above both readings, or an upper bound below both, is false either way.
    text = f"In Waveney, turnout was down by {bound} per cent on 2017."
    (finding,) = _waveney_read(text).findings
    assert finding.message.startswith(f"“{bound} per cent” fits neither reading of the change")


@settings(max_examples=25, deadline=None)
@given(
    tenths=st.integers(min_value=1, max_value=33),
    hedge=st.sampled_from(["more than", "over", "at least"]),
)
def test_a_lower_bound_below_the_points_change_is_never_called_wrong(
    tenths: int, hedge: str
) -> None:
    # Any lower bound below the fall in points (3.46) is below the relative fall (5.31%) too:
    # whatever the rule says of the unit, it never says the words fit neither, nor errs.
    amount = f"{tenths // 10}.{tenths % 10}" if tenths % 10 else str(tenths // 10)
    text = f"In Waveney, turnout was down by {hedge} {amount} per cent on 2017."
    for finding in _waveney_read(text).findings:
        assert "fits neither" not in finding.message
        assert finding.severity is not Severity.ERROR


# -- one level and no constituency: a note, not a warning ---------------------------------------


@pytest.mark.parametrize(
    "where", ["Turnout in Scotland", "Turnout across the region", "Nationally, turnout"]
)
def test_a_change_of_no_constituency_with_one_level_is_a_note(where: str) -> None:
    text = f"{where} rose by 1.6% to 68.1%."
    (finding,) = factcheck.check(Document(path="n.txt", text=text), select=[RULE]).findings
    assert finding.severity is Severity.INFO
    assert finding.message.endswith(
        "only the new level (68.1%): if points, the earlier figure was 66.5%; if per cent, 67%"
    )


def test_a_seats_change_with_one_level_still_warns() -> None:
    # The twin: a named seat's change, the record not consulted (no election given), warns.
    text = "In Poplar and Limehouse, turnout rose by 1.6% to 67.68%."
    (finding,) = factcheck.check(Document(path="s.txt", text=text), select=[RULE]).findings
    assert finding.severity is Severity.WARNING
    assert "only the new level (67.68%)" in finding.message


def test_a_majority_changed_in_points_with_one_level_names_its_holder_in_the_reason() -> None:
    # The claim names nobody; the article's contest says whose majority it is.
    text = "In Anytown the majority rose 3 points to 15.0pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        Quantity.MAJORITY,
        contest="Anytown",
        amount=fig(text, "3 points", "3", unit=Unit.POINTS),
        current=fig(text, "15.0pc", "15.0"),
    )
    won = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(name="Al Smith", votes=Figure.count(800)),
            CandidateResult(name="Jo Smith", votes=Figure.count(2000)),
        ),
    )
    report = check_article(text, claim, contests=(won,), select=[RULE])
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "a change of Jo Smith's majority in points is stated but not both levels, so it "
        "cannot be recomputed"
    ]


# -- one level: when the figures' rounding cannot tell the readings apart ----------------------
# Session 16's mutation run of percent_points_confusion.py (docs/testing.md): each test below
# fails with one of its survivors applied.


def _turnout_rise(text: str, amount: Figure, level: str, *, after: bool) -> ChangeClaim:
    return change(
        text,
        "up",
        Direction.UP,
        Quantity.TURNOUT,
        amount=amount,
        current=fig(text, f"{level}pc", level) if after else None,
        previous=None if after else fig(text, f"{level}pc", level),
        since="2015",
    )


def _rule(text: str, claim: ChangeClaim, ctx: RuleContext) -> list[Violation]:
    story = article(text, claim)
    out = list(PercentPointsConfusion().check_article(story, ctx))
    assert all(isinstance(o, Violation) for o in out)
    return [o for o in out if isinstance(o, Violation)]


def test_a_small_rise_from_a_high_earlier_turnout_is_a_note() -> None:
    # 64.9 + 0.4 = 65.3 if points, 64.9 × 1.004 = 65.16 if per cent. "64.9" is [64.85, 64.95),
    # "0.4" [0.35, 0.45): points give [65.2, 65.4), per cent [65.077, 65.242). They meet.
    text = "Turnout in the constituency was up 0.4pc from 64.9pc in 2015."
    (finding,) = _rule(
        text, _turnout_rise(text, fig(text, "0.4pc", "0.4"), "64.9", after=False), RuleContext()
    )
    assert finding.severity is Severity.INFO
    assert finding.message.endswith(
        "if points, the new figure is 65.3%; if per cent, 65.2%; the figures' rounding cannot "
        "tell the two apart"
    )


def test_a_tiny_rise_to_a_middling_turnout_is_a_note_by_a_hair() -> None:
    # 43.2 − 0.3 = 42.9 if points, 43.2 / 1.003 = 43.07 if per cent. "43.2" is [43.15, 43.25),
    # "0.3" [0.25, 0.35): points give (42.8, 43.0], per cent (42.999, 43.14]: they meet only
    # just above 42.999, as the relative change is a hundredth, not a hundred-and-first.
    text = "Turnout in the constituency was up 0.3pc since 2015, to 43.2pc."
    claim = _turnout_rise(text, fig(text, "0.3pc", "0.3"), "43.2", after=True)
    (finding,) = _rule(text, claim, RuleContext())
    assert finding.severity is Severity.INFO


def test_a_fall_of_nearly_all_of_a_full_share_is_weighed_both_ways() -> None:
    # From 100%, "nearly 100 per cent" leaves almost nothing either way; read as a relative
    # fall it may be the whole of it, whose inverse is unbounded: no note, and no crash.
    text = "Labour's share of the vote, 100pc when it stood unopposed, fell nearly 100 per cent."
    amount = fig(text, "nearly 100 per cent", "100", hedge="nearly")
    claim = share_change(amount, previous=fig(text, "100pc", "100"))
    (finding,) = _rule(text, claim, RuleContext())
    assert finding.severity is Severity.WARNING
    assert finding.message.endswith("if points, the new figure is 0%; if per cent, 0%")


def test_an_unbounded_change_with_one_level_is_never_a_note() -> None:
    # "Well over 2" bounds the change below only: it implies no bounded earlier level, so the
    # two readings can always be told apart by a figure, and the change warns.
    text = "Turnout in the constituency was up well over 2pc since 2015, to 64.9pc."
    amount = fig(text, "well over 2pc", "2", hedge="well-over")
    (finding,) = _rule(text, _turnout_rise(text, amount, "64.9", after=True), RuleContext())
    assert finding.severity is Severity.WARNING
    assert finding.message.endswith("if points, the 2015 figure was 62.9%; if per cent, 63.6%")
    # So with a level bounded on one side only: "to under 60pc" leaves the earlier level
    # unbounded below, whichever the reading.
    text = "Turnout in the constituency was up 2pc since 2015, to under 60pc."
    claim = _turnout_rise(text, fig(text, "2pc", "2"), "60", after=True)
    claim = claim.model_copy(update={"current": fig(text, "under 60pc", "60", hedge="less-than")})
    (finding,) = _rule(text, claim, RuleContext())
    assert finding.severity is Severity.WARNING
    assert "rounding" not in finding.message


# A newsroom whose "about" is fair within four steps either way, true within eight.
NEWSROOM_ABOUT = (
    '[hedges.about]\nwords = ["about"]\ntruth = "approx"\ntolerance = 8\npragmatic = 4\n'
)


def test_whether_a_hedged_change_is_a_note_follows_the_newsrooms_hedges(tmp_path: Path) -> None:
    # "About 3" is fairly 2.5 to 3.5 in the bundled pack, 1 to 5 in the newsroom's: only the
    # wider reading lets the two earlier levels (61.9% or 63.0%) meet.
    text = "Turnout in the constituency was up about 3pc since 2015, to 64.9pc."
    claim = _turnout_rise(text, fig(text, "about 3pc", "3", hedge="about"), "64.9", after=True)
    (bundled,) = _rule(text, claim, RuleContext())
    assert bundled.severity is Severity.WARNING
    assert bundled.evidence["fair_interval"] == Interval.closed(Fraction(5, 2), Fraction(7, 2))
    path = tmp_path / "newsroom.toml"
    path.write_text(NEWSROOM_ABOUT, encoding="utf-8")
    (newsroom,) = _rule(text, claim, RuleContext(pack=load_packs([path])))
    assert newsroom.severity is Severity.INFO
    assert newsroom.message.endswith("the figures' rounding cannot tell the two apart")
    assert newsroom.evidence["fair_interval"] == Interval.closed(Fraction(1), Fraction(5))


def test_whether_a_change_is_a_note_follows_the_rounding_in_force() -> None:
    # "Up 0.2pc to 20.1pc": 19.9% if points, 20.06% if per cent. Read as any rounding, "0.2"
    # reaches 0.15 and 0.25 and "20.1" both its ends, and the two earlier levels just meet; half
    # up leaves the ends out, and they do not.
    text = "Turnout in the constituency was up 0.2pc since 2015, to 20.1pc."
    claim = _turnout_rise(text, fig(text, "0.2pc", "0.2"), "20.1", after=True)
    (any_rounding,) = _rule(text, claim, RuleContext(rounding="any"))
    assert any_rounding.severity is Severity.INFO
    (half_up,) = _rule(text, claim, RuleContext())
    assert half_up.severity is Severity.WARNING


def test_a_named_persons_change_with_no_seat_is_weighed_not_called_another_elections() -> None:
    # No seat to look up: the record cannot say the person did not stand, so the change warns.
    text = "Jane Smith's vote share increased by 11%."
    report = check_article(
        text, _increased(text, "Jane Smith"), election="uk-ge-2017", select=[RULE]
    )
    assert report.not_checked == ()
    (finding,) = report.findings
    assert finding.message.endswith("and the article gives neither level to tell them apart")


def test_the_election_a_change_cannot_be_placed_in_may_come_from_the_front_matter() -> None:
    text = "In 1997 Tony Blair's vote share in Poplar and Limehouse increased by 11%."
    claim = _increased(text, "Tony Blair", "Poplar and Limehouse")
    report = factcheck.check(article(text, claim, election="uk-ge-2017"), select=[RULE])
    assert report.findings == ()
    assert [s.reason for s in report.not_checked] == [
        "“11%”: Tony Blair did not stand in Poplar and Limehouse in uk-ge-2017: the change may "
        "be another election's"
    ]


# -- a turnout change read by the definition that fits it best ---------------------------------
# Waveney as above: valid votes 65.22% to 61.76% (3.46 points, 5.31%); counting rejected
# ballots 65.30% to 61.97% (3.33 points, 5.10%).


def _waveney_hedged(text: str, phrase: str, number: str, hedge: str) -> factcheck.Report:
    return _waveney(text, fig(text, phrase, number, hedge=hedge))


def test_a_turnout_change_silent_by_one_definition_is_not_noted_by_the_other() -> None:
    # "At least 3.4%": true and fair of the ballots' relative fall (5.10%) and not of their
    # points (3.33); the valid votes' readings (5.31%, 3.46 points) would both fit, a note.
    text = "In Waveney, turnout was down at least 3.4% on 2017."
    assert _waveney_hedged(text, "at least 3.4%", "3.4", "at-least").findings == ()


def test_a_turnout_change_noted_by_one_definition_is_not_called_wrong_by_the_other() -> None:
    # "As much as 5.1%": both the ballots' readings fit (a note); of the valid votes' only the
    # points (3.46) do, which alone would call the unit wrong.
    text = "In Waveney, turnout fell by as much as 5.1% on 2017."
    (finding,) = _waveney_hedged(text, "as much as 5.1%", "5.1", "up-to").findings
    assert finding.severity is Severity.INFO
    assert "(official results, 2017 and 2019; counting rejected ballots)" in finding.message


def test_a_turnout_change_fitting_closely_by_neither_definition_is_read_by_valid_votes() -> None:
    # "3.4%" is not quite either points change (3.46, 3.33): each definition calls the unit
    # wrong, with the hedge off too. Equally good readings: the valid votes', the record's
    # own, stands.
    text = "In Waveney, the turnout is down 3.4% on 2017."
    (finding,) = _waveney(text, fig(text, "3.4%", "3.4")).findings
    assert finding.message.startswith(
        "“3.4%” is a change in points, not per cent: turnout went from 65.22% to 61.76% "
        "(official results, 2017 and 2019), down 3.46 percentage points (and the hedge does "
        "not fit it either)"
    )
    assert "turnout_definition" not in finding.evidence


# -- the levels the article gives come first ---------------------------------------------------


def test_levels_the_article_gives_are_used_before_the_records() -> None:
    # The record has Labour at 36.84% and 32.60% (down 4.24 points, 11.51%); the article says
    # 40.0% and 30.0%, and its "10.0 points" fits its own levels: silent.
    text = (
        "In Kirkcaldy and Cowdenbeath, Labour's share of the vote fell by 10.0 points, from "
        "40.0% to 30.0%."
    )
    claim = share_change(
        fig(text, "10.0 points", "10.0", unit=Unit.POINTS),
        contest=KIRKCALDY,
        previous=fig(text, "40.0%", "40.0"),
        current=fig(text, "30.0%", "30.0"),
    )
    report = check_article(text, claim, election="uk-ge-2019", select=[RULE])
    assert report.findings == ()
    assert report.not_checked == ()


# -- the words of a wrong unit's fix -------------------------------------------------------------


def _labour_levels(text: str, amount: Figure, before: str, after: str) -> list[Violation]:
    return _rule(text, share_rise(text, amount, before, after), RuleContext())


def test_a_bound_literally_true_of_a_smaller_change_is_said_to_overstate_it() -> None:
    # 42% to 50%: 8 points, 19.05%. "Less than 20" is fair of the relative rise, and true of
    # the 8 points, which it puts far too high.
    text = "Labour's share rose by less than 20 points, from 42% to 50%."
    amount = fig(text, "less than 20 points", "20", unit=Unit.POINTS, hedge="less-than")
    (finding,) = _labour_levels(text, amount, "42", "50")
    assert finding.severity is Severity.WARNING
    assert finding.message.endswith(
        "the change in points is 8 percentage points, which “less than 20 points” is literally "
        "true of but overstates"
    )


def test_a_wrong_hedge_and_unit_are_fixed_with_the_best_description_alone() -> None:
    # 62.59% to 67.68%: 5.09 points. "About 6" fits neither reading; "more than 5" is the
    # closest fair description and "about 5" the writer's own hedge's: the fix gives the first.
    text = "Labour's share rose about 6 per cent, from 62.59% to 67.68%."
    amount = fig(text, "about 6 per cent", "6", hedge="about")
    (finding,) = _labour_levels(text, amount, "62.59", "67.68")
    assert finding.fix is not None
    assert finding.fix.startswith("more than 5 percentage points (or “")


def test_a_wrong_unit_no_description_fits_is_fixed_with_the_change_to_one_place() -> None:
    # 6% to 10%: 4 points, or 66.67% of where it was, which the levels' rounding spreads from
    # 46% to 91%: no hedged figure at the writer's step of 0.1 holds all of that.
    text = "Labour's share rose by 45.1 points, from 6% to 10%."
    (finding,) = _labour_levels(text, fig(text, "45.1 points", "45.1", unit=Unit.POINTS), "6", "10")
    assert finding.message.startswith("“45.1 points” is a relative change, not points")
    assert finding.fix == "66.7 per cent"


def test_the_right_unit_with_only_its_hedge_wrong_is_left_to_hedge_mismatch() -> None:
    # 5.09 points: "nearly 5 points" has the unit right and the hedge wrong.
    text = "Labour's share rose nearly 5 points, from 62.59% to 67.68%."
    amount = fig(text, "nearly 5 points", "5", unit=Unit.POINTS, hedge="nearly")
    assert _labour_levels(text, amount, "62.59", "67.68") == []


def test_a_change_that_fits_neither_reading_is_reworded_to_the_levels_places() -> None:
    # Levels to three places: 67.684 − 62.591 = 5.093 points, shown so.
    text = "Labour's share rose 11 per cent, from 62.591% to 67.684%."
    (finding,) = _labour_levels(text, fig(text, "11 per cent", "11"), "62.591", "67.684")
    assert finding.message.startswith("“11 per cent” fits neither reading of the change")
    assert finding.fix == "5.093 percentage points"
    assert finding.confidence is Confidence.MEDIUM


def test_a_note_on_a_change_without_a_place_in_the_text_keeps_its_hedge_in_the_fix() -> None:
    # 64.5% to 64.9%: 0.4 points (0.3 to 0.5), or 0.62% (0.47% to 0.78%): "about 0.5" fits
    # both. With no span to reword, the fix is built from the figure and its hedge's words.
    text = "Turnout in the constituency rose from 64.5pc to 64.9pc."
    amount = Figure(
        text="0.5", value=Decimal("0.5"), unit=Unit.PERCENT, precision=Decimal("0.1"), hedge="about"
    )
    claim = change(
        text,
        "rose",
        Direction.UP,
        Quantity.TURNOUT,
        amount=amount,
        previous=fig(text, "64.5pc", "64.5"),
        current=fig(text, "64.9pc", "64.9"),
    )
    (finding,) = _rule(text, claim, RuleContext())
    assert finding.severity is Severity.INFO
    assert finding.fix == "about 0.5 percentage points if points are meant"


def test_the_fair_reading_of_a_change_with_both_levels_follows_the_pack_and_rounding(
    tmp_path: Path,
) -> None:
    # 62.59% to 67.68%: 5.09 points, 8.13%. The evidence gives what the amount fairly means.
    text = "Labour's share rose about 3 per cent, from 62.59% to 67.68%."
    about = fig(text, "about 3 per cent", "3", hedge="about")
    (bundled,) = _labour_levels(text, about, "62.59", "67.68")
    assert bundled.evidence["fair_interval"] == Interval.closed(Fraction(5, 2), Fraction(7, 2))
    path = tmp_path / "newsroom.toml"
    path.write_text(NEWSROOM_ABOUT, encoding="utf-8")
    claim = share_rise(text, about, "62.59", "67.68")
    (newsroom,) = _rule(text, claim, RuleContext(pack=load_packs([path])))
    assert newsroom.evidence["fair_interval"] == Interval.closed(Fraction(1), Fraction(5))
    # Half to even, "7" stands for neither 6.5 nor 7.5.
    text = "Labour's share rose 7 per cent, from 62.59% to 67.68%."
    claim = share_rise(text, fig(text, "7 per cent", "7"), "62.59", "67.68")
    (even,) = _rule(text, claim, RuleContext(rounding="half-even"))
    assert even.evidence["fair_interval"] == Interval(
        Fraction(13, 2), Fraction(15, 2), False, False
    )
