"""The winner said by whom they beat (issue 8, eleventh session): "Jane Smith beat Labour's
John Brown by 1,020 votes in Gordon", "John Brown was beaten by Labour's Jane Smith in
Gordon". The one who beat a named rival is read as first, loosely (the win is implied), so a
wrong winner is a warning through reference-mismatch and the right one is silent.

Every sentence is the team's own, built from the bundled record's people and seats (2019):
a seat's winner and runner-up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import filed_findings, ranked_seats_2019

from factcheck.extract.reader import read_prose
from factcheck.models import Document, Severity


def _firsts(text: str) -> set[tuple[str | None, str]]:
    """(seat, person) of everyone the reader ranked first."""
    article = read_prose(Document(path="a.txt", text=text))
    return {
        (k.name, c.name)
        for k in article.contests
        for c in k.candidates
        if c.rank is not None and c.rank.value == 1
    }


def _seats() -> list[tuple[str, str, str, str]]:
    """(seat, winner, runner-up, runner-up's party) in 2019."""
    return [
        (seat, won.name, ranked[1].name, ranked[1].party)
        for seat, won, ranked in ranked_seats_2019()
        if ranked[1].party is not None
    ]


_SEATS = _seats()
_PARTY_WORDS = {"Conservative": "the Conservatives'", "Labour": "Labour's"}


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_SEATS),
    wording=st.sampled_from(
        [
            "{who} beat {rival} by 1,200 votes in {seat}.",
            "In {seat}, {who} has beaten {rival}.",
            "{who} defeated {rival} in {seat}.",
            "In {seat}, {rival} was beaten by {who}.",
            "In {seat}, {rival} was narrowly defeated by {who}.",
        ]
    ),
)
def test_the_one_who_beat_a_rival_is_read_as_the_winner(
    tmp_path: Path, seat: tuple[str, str, str, str], wording: str
) -> None:
    name, winner, second, _ = seat
    right = wording.format(seat=name, who=winner, rival=second)
    wrong = wording.format(seat=name, who=second, rival=winner)
    for text in (right, wrong):
        article = read_prose(Document(path="a.txt", text=text))
        # Some names are not read as a person's in any wording ("June Davies": a month);
        # that is the name reader's, not this wording's.
        assume(sum(c.name in (winner, second) for k in article.contests for c in k.candidates) == 2)
    assert (name, winner) in _firsts(right), right
    silent = filed_findings(tmp_path, right, "uk-ge-2019")
    assert not [f for f in silent if "first" in f.message], right
    fired = [f for f in filed_findings(tmp_path, wrong, "uk-ge-2019") if "not first" in f.message]
    assert fired, wrong
    # The win is implied, not said: at most a warning.
    assert all(f.severity is Severity.WARNING for f in fired), wrong


def test_a_party_before_the_one_beaten_is_theirs() -> None:
    # Bolsover 2019: Mark Fletcher (Conservative) beat Labour's Dennis Skinner.
    text = "Mark Fletcher beat Labour's Dennis Skinner by 5,299 votes in Bolsover."
    assert ("Bolsover", "Mark Fletcher") in _firsts(text)
    article = read_prose(Document(path="a.txt", text=text))
    (fig,) = [c.rank for k in article.contests for c in k.candidates if c.name == "Mark Fletcher"]
    assert fig is not None
    assert fig.grounds is not None
    assert fig.grounds.loose == ("what",)
    assert fig.span is not None
    assert text[fig.span.start : fig.span.end] == "Mark Fletcher"


@pytest.mark.parametrize(
    "text",
    [
        # A lower place: the one who beat the rival did not win.
        "In Bolsover, Dennis Skinner beat Mark Fletcher into third place.",
        "In Bolsover, Dennis Skinner beat Mark Fletcher for second place.",
        # Hopes, negations and another time are no result of this race.
        "In Bolsover, Dennis Skinner failed to beat Mark Fletcher.",
        "In Bolsover, Dennis Skinner hopes to beat Mark Fletcher.",
        "In 2017, Dennis Skinner beat Mark Fletcher in Bolsover.",
        # No person beaten: a party may be beaten into any place.
        "In Bolsover, Dennis Skinner beat the Liberal Democrats.",
        # Two seats, the one beaten's not named after them: the next seat is another race's.
        "Dennis Skinner beat Mark Fletcher; Lisa Nandy held Wigan and Bolsover went blue.",
    ],
)
def test_no_win_is_read_without_a_race_won(text: str) -> None:
    assert ("Bolsover", "Dennis Skinner") not in _firsts(text), text


def test_a_round_up_s_carried_seat_is_not_the_one_beaten_s() -> None:
    # Several seats named before, none in the sentence: the seat carried from the sentence
    # before may be another race's.
    text = (
        "Lisa Nandy held Wigan. Mark Fletcher won Bolsover.\n\n"
        "Jane Example defeated SNP MP John Example with a majority of 8,323."
    )
    assert not {who for _, who in _firsts(text)} & {"Jane Example"}
