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
from factcheck.models import ChangeClaim, Direction, Grounds, Quantity, Severity

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
    assert "what" in (bath.majority.grounds or Grounds()).loose
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
@given(turnout=st.integers(min_value=4000, max_value=9000).filter(lambda n: n not in (7425,)))
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
        assert on_turnout.severity is Severity.WARNING
        assert on_turnout.fix is None
        assert "the electorate the article states" in on_turnout.message


def test_a_wrong_turnout_with_the_right_electorate_stays_an_error() -> None:
    text = _FIELDS.format(e=f"{_ELECTORATE:,}", t="76.28")
    found = findings_of(text, _ELECTION)
    assert [(f.text, f.severity) for f in found] == [("76.28%", Severity.ERROR)]
    right = _FIELDS.format(e=f"{_ELECTORATE:,}", t=_turnout_over(_ELECTORATE))
    assert findings_of(right, _ELECTION) == []
