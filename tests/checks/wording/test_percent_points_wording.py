"""percent-points-confusion on levels from the official record, read word for word. Pinned
after a mutation run of percent_points_confusion.py (docs/testing.md)."""

from __future__ import annotations

import pytest
from hand_built import check_article, fig
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Figure, Severity, Unit
from factcheck.models import (
    CandidateResult,
    ChangeClaim,
    ContestResult,
    Direction,
    Document,
    Grounds,
    Quantity,
)

RULE = "percent-points-confusion"
# Labour in Kirkcaldy and Cowdenbeath, official record: 36.84% (2017) and 32.60% (2019), down
# 4.24 points, or 11.51% of where it started.
KIRKCALDY = "Kirkcaldy and Cowdenbeath"
UNSURE = (
    " (nothing else the article says about Kirkcaldy and Cowdenbeath was found in the "
    "uk-ge-2019 record: the seat or election may be misread, so no fix is offered)"
)


def _labour_fall(text: str, amount: Figure, seat: str = KIRKCALDY) -> factcheck.Report:
    claim = ChangeClaim(
        quantity=Quantity.SHARE,
        contest=seat,
        party="Labour",
        direction=Direction.DOWN,
        direction_text="fell",
        amount=amount,
    )
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
# Poplar and Limehouse as an article gives it: Jim Fitzpatrick 39,558 votes, Christopher
# Wilford 11,846. A majority named without its holder is the winner's.
POPLAR = ContestResult(
    name="Poplar and Limehouse",
    candidates=(
        CandidateResult(name="Jim Fitzpatrick", votes=Figure.count(39558)),
        CandidateResult(name="Christopher Wilford", votes=Figure.count(11846)),
    ),
)


def _majority_rise(text: str, amount: Figure, current: Figure) -> factcheck.Report:
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY,
        contest="Poplar and Limehouse",
        direction=Direction.UP,
        direction_text="rose",
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
            what="share", subject="Labour", seat="the story's", election="the story's", loose=loose
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
    claim = ChangeClaim(
        quantity=Quantity.SHARE,
        contest=seat,
        candidate=person,
        direction=Direction.UP,
        direction_text="increased",
        amount=fig(text, "11%", "11"),
    )
    return check_article(text, claim, election=election, select=[RULE])


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
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY,
        contest="Anytown",
        direction=Direction.UP,
        direction_text="rose",
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
