"""Levels and changes read as the kind they are (issue 8, fourteenth session): a winner's count
set against a rival's ("a victory of 23,436 votes to Ben Howlett's 17,742") is their votes, not
the majority; a gap "splitting the top two" is the majority, loosely; a count gained "on the
previous candidate" is a change of votes, not the votes won; a card's fields run together
("Majority: 5,694 - 11.5%Turnout: 74.25%") give the majority's share and the turnout, each
to its own label; and a turnout that is the votes cast over the electorate the article states
is wrong only through that electorate (a warning, no fix).

Sentences are ours, in the shapes seen in stories of several outlets; figures are the
official ones for Bath in 2017 (Wera Hobhouse 23,436, Ben Howlett 17,742, majority 5,694,
49,583 valid votes and 112 rejected of 66,778 electors; the Liberal Democrats' 14,000 in 2015).
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, candidate_named, contest_named, findings_of, report_of

from factcheck.intervals import format_number
from factcheck.models import ChangeClaim, Direction, Quantity, Severity

_ELECTION = "uk-ge-2017"
_VALID, _REJECTED, _ELECTORATE = 49_583, 112, 66_778


# -- a score against a rival's count ----------------------------------------------------------

_SCORE = (
    "Wera Hobhouse became the new MP for Bath. Hobhouse brushed the Conservatives aside with a "
    "large victory of {n} votes to Ben Howlett's 17,742 backers."
)


def test_a_score_against_a_rivals_count_is_the_winners_votes() -> None:
    bath = contest_named(article_of(_SCORE.format(n="23,436")), "Bath")
    assert bath.majority is None
    votes = candidate_named(bath, "Wera Hobhouse").votes
    assert votes is not None
    assert votes.text == "23,436"
    assert findings_of(_SCORE.format(n="23,436"), _ELECTION) == []


def test_a_wrong_count_in_a_score_fires_as_the_winners_votes() -> None:
    found = findings_of(_SCORE.format(n="23,463"), _ELECTION)
    assert [f.text for f in found] == ["23,463"]
    assert "vote" in found[0].message
    assert "majority" not in found[0].message


def test_a_victory_of_a_count_alone_stays_the_majority() -> None:
    text = "Wera Hobhouse held Bath with a victory of 5,694 votes."
    bath = contest_named(article_of(text), "Bath")
    assert bath.majority is not None
    assert bath.majority.text == "5,694"


# -- a gap splitting the top two --------------------------------------------------------------

_SPLIT = "Wera Hobhouse won Bath, with just {n} votes splitting the top two."


def test_a_gap_splitting_the_top_two_is_the_majority() -> None:
    bath = contest_named(article_of(_SPLIT.format(n="5,694")), "Bath")
    assert bath.majority is not None
    assert bath.majority.text == "5,694"
    assert bath.majority.grounds is not None
    assert bath.majority.grounds.loose == ()
    assert all(c.votes is None for c in bath.candidates)
    assert findings_of(_SPLIT.format(n="5,694"), _ELECTION) == []


def test_a_wrong_gap_splitting_the_top_two_fires() -> None:
    found = findings_of(_SPLIT.format(n="5,649"), _ELECTION)
    assert [f.text for f in found] == ["5,649"]


def test_a_gap_splitting_two_not_named_first_is_not_checked() -> None:
    # "splitting them" may be two losers: loosely the majority, so not compared
    text = "Wera Hobhouse won Bath, with 5,649 votes splitting them."
    bath = contest_named(article_of(text), "Bath")
    assert bath.majority is not None
    assert bath.majority.grounds is not None
    assert "what" in bath.majority.grounds.loose
    assert findings_of(text, _ELECTION) == []


# -- a count gained on an earlier candidate or election ---------------------------------------


@pytest.mark.parametrize(
    ("verb", "after", "direction"),
    [
        ("gained an incredible", "on the previous Liberal Democrat candidate", Direction.UP),
        ("gained", "since 2015", Direction.UP),
        ("lost a whopping", "on the last election", Direction.DOWN),
        ("lost", "compared with 2015", Direction.DOWN),
    ],
)
def test_a_count_gained_on_an_earlier_one_is_a_change_of_votes(
    verb: str, after: str, direction: Direction
) -> None:
    text = f"Wera Hobhouse (Liberal Democrat) won Bath. Wera Hobhouse {verb} 9,436 votes {after}."
    article = article_of(text)
    changes = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert [(c.quantity, c.candidate, c.direction) for c in changes] == [
        (Quantity.VOTES, "Wera Hobhouse", direction)
    ]
    assert changes[0].amount is not None
    assert changes[0].amount.text == "9,436"
    assert candidate_named(contest_named(article, "Bath"), "Wera Hobhouse").votes is None
    # (read as her votes, "9,436" was a far wrong count: a warning)
    assert findings_of(text, _ELECTION) == []


def test_a_count_gained_with_no_earlier_one_stays_the_votes_won_loosely() -> None:
    # "gained 23,436 votes" is as often the votes won: a level, its kind loosely tied
    for wording in ("gained an incredible {n} votes", "gained {n} votes"):
        text = f"Wera Hobhouse (Liberal Democrat) won Bath. Wera Hobhouse {wording}."
        votes = candidate_named(
            contest_named(article_of(text.format(n="23,436")), "Bath"), "Wera Hobhouse"
        ).votes
        assert votes is not None
        assert votes.grounds is not None
        assert "what" in votes.grounds.loose
        assert findings_of(text.format(n="23,436"), _ELECTION) == []
        # a level only perhaps: a wrong one is not compared with the record, and says why
        wrong = report_of(text.format(n="23,463"), _ELECTION)
        assert [f.text for f in wrong.findings if f.name == "reference-mismatch"] == []
        assert any("“23,463” may not be a level" in n.reason for n in wrong.not_checked)


# -- a card's fields run together ---------------------------------------------------------------

_CARD = (
    "Bath result\n\nLiberal Democrat, Wera Hobhouse - 23,436\n\n"
    "Conservative, Ben Howlett - 17,742\n\nMajority: 5,694 - {share}Turnout: {turnout}\n"
)


def test_a_cards_run_together_fields_each_go_to_their_own_label() -> None:
    text = _CARD.format(share="11.5%", turnout="74.25%")
    bath = contest_named(article_of(text), "Bath")
    assert bath.majority_share is not None
    assert bath.majority_share.text == "11.5"
    assert bath.turnout is not None
    assert bath.turnout.text == "74.25"
    assert findings_of(text, _ELECTION) == []


@settings(max_examples=8, deadline=None)
# (Within a fifth of the official turnout: one further off is not compared at all.)
@given(turnout=st.integers(min_value=6000, max_value=8900).filter(lambda n: n not in (7425,)))
def test_a_wrong_turnout_on_a_run_together_card_fires_on_it_alone(turnout: int) -> None:
    stated = f"{turnout / 100:.2f}%"
    text = _CARD.format(share="11.5%", turnout=stated)
    found = findings_of(text, _ELECTION)
    # (between the two definitions, 74.25% to 74.42%, a turnout is not checked)
    if not 7425 <= turnout <= 7442:
        assert [f.text for f in found] == [stated]


# -- a turnout over the electorate the article states ------------------------------------------


def _turnout_over(electorate: int) -> str:
    return format_number(Fraction(_VALID * 100, electorate), 2)


_FIELDS = "Wera Hobhouse won Bath.\n\nElectorate: {e}\nTurnout: {t}%\n"


@settings(max_examples=10, deadline=None)
@given(
    electorate=st.integers(min_value=60_000, max_value=72_000).filter(lambda e: e != _ELECTORATE)
)
def test_a_turnout_over_the_stated_electorate_is_only_a_warning(electorate: int) -> None:
    turnout = _turnout_over(electorate)
    text = _FIELDS.format(e=f"{electorate:,}", t=turnout)
    found = {f.text: f for f in findings_of(text, _ELECTION)}
    assert f"{electorate:,}" in found  # the electorate itself is wrong
    on_turnout = found.get(f"{turnout}%")
    if on_turnout is not None:  # (none where the turnout also fits the record's)
        # At most a warning: a note where it is also within 0.1 points of the record's
        # ballots-cast turnout (an electorate near the official one).
        assert on_turnout.severity in (Severity.WARNING, Severity.INFO)
        assert on_turnout.fix is None
        assert "the electorate the article states" in on_turnout.message


def test_a_wrong_turnout_with_the_right_electorate_stays_an_error() -> None:
    text = _FIELDS.format(e=f"{_ELECTORATE:,}", t="76.28")
    found = findings_of(text, _ELECTION)
    assert [(f.text, f.severity) for f in found] == [("76.28%", Severity.ERROR)]
    right = _FIELDS.format(e=f"{_ELECTORATE:,}", t=_turnout_over(_ELECTORATE))
    assert findings_of(right, _ELECTION) == []


# -- a turnout's level reached, after the one it changed from -----------------------------------
# (Gower: 73.32% in 2017, 72.02% valid and 72.22% with rejected ballots in 2019)

_DROPPED = "Tonia Antoniazzi held Gower, as the turnout dropped from 73.3 per cent in 2017 to {t}."


@pytest.mark.parametrize("written", ["72.0", "72.0 per cent", "72.1%"])
def test_the_turnout_a_change_reached_is_the_seats(written: str) -> None:
    text = _DROPPED.format(t=written)
    gower = contest_named(article_of(text), "Gower")
    assert gower.turnout is not None
    assert gower.turnout.text == written.split(maxsplit=1)[0].rstrip("%")
    assert findings_of(text, "uk-ge-2019") == []


@pytest.mark.parametrize("written", ["70.0", "70.0 per cent", "75.1%"])
def test_a_wrong_turnout_a_change_reached_fires(written: str) -> None:
    found = findings_of(_DROPPED.format(t=written), "uk-ge-2019")
    assert [f.text for f in found] == [written]


def test_a_turnout_dated_after_it_is_not_the_storys() -> None:
    text = "Tonia Antoniazzi held Gower. Turnout rose from 70.0% in 2015 to 70.5% in 2016."
    assert contest_named(article_of(text), "Gower").turnout is None


@pytest.mark.parametrize(("written", "right"), [("72.0", True), ("68.0", False)])
def test_a_voter_turnout_is_the_turnout(written: str, right: bool) -> None:
    text = f"Tonia Antoniazzi held Gower. A {written} per cent voter turnout saw her home."
    gower = contest_named(article_of(text), "Gower")
    assert gower.turnout is not None
    assert gower.turnout.text == written
    found = [f.text for f in findings_of(text, "uk-ge-2019")]
    assert found == ([] if right else [f"{written} per cent"])


# -- the electorate the votes cast are out of --------------------------------------------------

_CAST = (
    "Tonia Antoniazzi held Gower. Turnout was 72.2 per cent, with 44,604 ballot papers cast of "
    "a total of {e}."
)


@pytest.mark.parametrize(("written", "right"), [("61,762", True), ("61,726", False)])
def test_the_whole_the_votes_cast_are_out_of_is_the_electorate(written: str, right: bool) -> None:
    text = _CAST.format(e=written)
    electorate = contest_named(article_of(text), "Gower").electorate
    assert electorate is not None
    assert electorate.text == written
    assert [f.text for f in findings_of(text, "uk-ge-2019")] == ([] if right else [written])


def test_a_small_total_the_votes_are_out_of_is_no_electorate() -> None:
    text = "Tonia Antoniazzi held Gower. There were 300 votes cast out of a total of 4,000 postal."
    assert contest_named(article_of(text), "Gower").electorate is None


# -- a majority's level after the size of its change -------------------------------------------


@pytest.mark.parametrize(("written", "right"), [("1,837", True), ("1,873", False)])
def test_a_majority_after_the_size_of_its_fall_is_the_storys(written: str, right: bool) -> None:
    text = f"Tonia Antoniazzi held Gower and saw her majority fall by over 1,400 to {written}."
    gower = contest_named(article_of(text), "Gower")
    assert gower.majority is not None
    assert gower.majority.text == written
    assert [f.text for f in findings_of(text, "uk-ge-2019")] == ([] if right else [written])


# -- a person named with their party by "of" ---------------------------------------------------


@pytest.mark.parametrize(("written", "right"), [("18,371", True), ("18,731", False)])
def test_a_person_of_a_party_is_whose_vote_changed(written: str, right: bool) -> None:
    text = (
        "Tonia Antoniazzi held Gower. Francesca O'Brien of the Conservatives saw her vote "
        f"fall by 1,087 to {written}."
    )
    article = article_of(text)
    changes = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert [(c.quantity, c.candidate, c.direction) for c in changes] == [
        (Quantity.VOTES, "Francesca O'Brien", Direction.DOWN)
    ]
    votes = candidate_named(contest_named(article, "Gower"), "Francesca O'Brien").votes
    assert votes is not None
    assert votes.text == written
    assert [f.text for f in findings_of(text, "uk-ge-2019")] == ([] if right else [written])


# -- a party's change on a card, when the party is an independent ------------------------------
# (North West Durham, 2019: Conservative 34.48% to 41.94%, up 7.46 points; two independents)

_CHANGES = (
    "North West Durham result\n\nConservative Richard Holden won North West Durham.\n\n"
    "{independents}"
    "Vote share change since 2017\n\n  • Conservative {con} Gained\n  • Independent +2.6 Gained\n"
    "  • Labour -13.3 Lost\n"
)
_TWO = "Watts Stelling (Independent) 1,216 votes\nDavid Lindsay (Independent) 414 votes\n\n"
_ONE = "Watts Stelling (Independent) 1,216 votes\n\n"


def _card_changes(text: str) -> dict[str | None, str]:
    return {
        c.party: c.amount.text
        for c in article_of(text).claims
        if isinstance(c, ChangeClaim) and c.amount is not None
    }


def test_an_independents_change_is_not_read_where_two_stood() -> None:
    text = _CHANGES.format(independents=_TWO, con="+7.5")
    assert _card_changes(text) == {"Conservative": "7.5", "Labour": "13.3"}
    assert findings_of(text, "uk-ge-2019", rule=None) == []


def test_an_independents_change_is_read_where_one_stood() -> None:
    text = _CHANGES.format(independents=_ONE, con="+7.5")
    assert _card_changes(text) == {"Conservative": "7.5", "Independent": "2.6", "Labour": "13.3"}


def test_a_partys_wrong_change_on_the_same_card_still_fires() -> None:
    found = findings_of(_CHANGES.format(independents=_TWO, con="+9.5"), "uk-ge-2019", rule=None)
    assert [(f.text, f.severity) for f in found] == [("+9.5", Severity.WARNING)]


# -- majorities changed in several seats, the noun first ---------------------------------------
# (2019: Dudley South 7,730 to 15,565, Stourbridge 7,654 to 13,571, Halesowen and Rowley Regis
# 5,253 to 12,074; Gower 3,269 to 1,837)

_SEVERAL = "Tonia Antoniazzi held Gower with 20,208 votes. Elsewhere {said}."


def _majority_changes(text: str) -> list[tuple[str | None, Direction | None, str]]:
    return [
        (c.contest, c.direction, text[c.span.start : c.span.end])
        for c in article_of(text).claims
        if isinstance(c, ChangeClaim) and c.quantity is Quantity.MAJORITY and c.span is not None
    ]


def test_majorities_doubled_in_several_seats_are_each_seats_rise() -> None:
    text = _SEVERAL.format(
        said="Tory majorities doubled in Dudley South, Stourbridge and Halesowen and Rowley Regis"
    )
    assert _majority_changes(text) == [
        ("Dudley South", Direction.UP, "doubled in Dudley South"),
        ("Stourbridge", Direction.UP, "doubled in Dudley South, Stourbridge"),
        (
            "Halesowen and Rowley Regis",
            Direction.UP,
            "doubled in Dudley South, Stourbridge and Halesowen and Rowley Regis",
        ),
    ]
    # (the multiple is said of the seats together: Stourbridge's rose 1.77 times, unflagged)
    assert findings_of(text, "uk-ge-2019", rule=None) == []


def test_majorities_said_to_fall_where_one_rose_fires_on_that_seat() -> None:
    text = _SEVERAL.format(said="majorities were slashed in Gower and Stourbridge")
    assert [(s, d) for s, d, _ in _majority_changes(text)] == [
        ("Gower", Direction.DOWN),
        ("Stourbridge", Direction.DOWN),
    ]
    found = findings_of(text, "uk-ge-2019", rule="change-direction-mismatch")
    assert [f.text for f in found] == ["slashed"]
    assert "Stourbridge" in found[0].message


# -- a sentence opening with another election's year -------------------------------------------
# (Paisley and Renfrewshire South: an SNP majority of 12.3% in 2015, Labour's 41.54% in 2010)

_OPENED = (
    "Mhairi Black (SNP) won Paisley and Renfrewshire South with 23,548 votes.\n\n"
    "{opening}Labour's Douglas Alexander took {share} in Paisley and Renfrewshire South - a "
    "{party} majority of {lead}."
)


def _majority_share(text: str) -> str | None:
    contest = contest_named(article_of(text), "Paisley and Renfrewshire South")
    return contest.majority_share.text if contest.majority_share is not None else None


@pytest.mark.parametrize("opening", ["In 2010, ", "Back in 2010, "])
def test_a_sentence_opening_with_another_year_dates_its_figures(opening: str) -> None:
    text = _OPENED.format(opening=opening, share="59.6%", party="Labour", lead="41.54%")
    assert _majority_share(text) is None
    assert findings_of(text, "uk-ge-2015") == []


@pytest.mark.parametrize(("lead", "right"), [("12.3%", True), ("14.3%", False)])
def test_the_same_sentence_undated_is_the_storys(lead: str, right: bool) -> None:
    text = _OPENED.format(opening="", share="40.6%", party="SNP", lead=lead)
    assert _majority_share(text) == lead.rstrip("%")
    assert [f.text for f in findings_of(text, "uk-ge-2015")] == ([] if right else [lead])


def test_a_sentence_naming_this_time_too_is_not_dated_by_its_opening() -> None:
    text = _OPENED.format(
        opening="In 2010, Labour won it easily, but this time ",
        share="40.6%",
        party="SNP",
        lead="14.3%",
    )
    assert _majority_share(text) == "14.3"
