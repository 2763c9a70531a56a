"""Winners said in words, fifteenth session (issue 8): a party's win of a named seat ("Labour
won Gower", "the Lib Dems have won in Gower", "Labour win Gower and Neath"), the one named
after "lost to" ("Jane Smith lost out to Labour's John Brown"), and the candidate of a seat
table's row that gives them the seat's majority.

Every sentence is the team's own, built from the bundled record's people and seats (2019): a
seat's winner and runner-up, their parties. The right outcome is silent; the wrong one (the
runner-up's party or person said to have won) fires through reference-mismatch, at most as a
warning where the win is implied.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import article_of, filed_findings, ranked_seats_2019

from factcheck.models import Severity

_ELECTION = "uk-ge-2019"
# The parties as copy names them as a sentence's subject.
_SUBJECT = {
    "Conservative": "The Conservatives",
    "Labour": "Labour",
    "Liberal Democrat": "The Liberal Democrats",
    "Scottish National Party": "The SNP",
    "Plaid Cymru": "Plaid Cymru",
}


def _firsts(text: str) -> set[tuple[str | None, str, str | None]]:
    """(seat, person or "", party) of everyone the reader ranked first."""
    return {
        (k.name, c.name, c.party)
        for k in article_of(text).contests
        for c in k.candidates
        if c.rank is not None and c.rank.value == 1
    }


def _party_seats() -> list[tuple[str, str, str]]:
    """(seat, winner's party, runner-up's party) in 2019, both parties ones copy names."""
    return [
        (seat, won.party, ranked[1].party)
        for seat, won, ranked in ranked_seats_2019()
        if won.party in _SUBJECT and ranked[1].party in _SUBJECT and won.party != ranked[1].party
    ]


def _people() -> list[tuple[str, str, str]]:
    """(seat, winner, runner-up) in 2019; not a winner one of whose names is a seat's whole
    name ("Angus Brendan MacNeil": the reader takes "Angus" for the seat, a gap of the seat
    finder's, not of these wordings)."""
    ranked = ranked_seats_2019()
    seats = {seat for seat, _, _ in ranked}
    return [
        (seat, won.name, others[1].name)
        for seat, won, others in ranked
        if not any(word in seats for word in won.name.split())
    ]


_PARTY_SEATS = _party_seats()
_PEOPLE = _people()
# (A figure in the story: a text with none is not worth reading as results.)
_TAIL = "\n\nTurnout was up on the last election, with 30,000 votes cast.\n"


def _first_said(tmp_path: Path, text: str) -> list[Severity]:
    """The severities of reference-mismatch findings on a winner ("not first")."""
    return [
        f.severity
        for f in filed_findings(tmp_path, text + _TAIL, _ELECTION)
        if "not first" in f.message
    ]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_PARTY_SEATS),
    wording=st.sampled_from(
        [
            "{party} won {seat}.",
            "{party} have won in {seat}.",
            "{party} has won the {seat} seat with a big majority.",
            "{party} also won the marginal constituency of {seat}.",
            "Election night: {party} win {seat}",
        ]
    ),
)
def test_a_party_said_to_have_won_a_seat_is_its_winner(
    tmp_path: Path, seat: tuple[str, str, str], wording: str
) -> None:
    name, won, second = seat
    right = wording.format(party=_SUBJECT[won], seat=name)
    wrong = wording.format(party=_SUBJECT[second], seat=name)
    assert (name, "", won) in _firsts(right + _TAIL), right
    assert _first_said(tmp_path, right) == [], right
    assert _first_said(tmp_path, wrong) == [Severity.WARNING], wrong


def test_each_seat_of_a_list_a_party_won_is_its_own() -> None:
    text = "Labour have won Gower, Neath and Swansea West." + _TAIL
    assert {(seat, party) for seat, _, party in _firsts(text)} == {
        ("Gower", "Labour"),
        ("Neath", "Labour"),
        ("Swansea West", "Labour"),
    }
    # A list's leading words are every seat's: each seat's claim is its own name.
    for k in article_of(text).contests:
        rank = k.candidates[0].rank
        assert rank is not None
        assert rank.span is not None
        assert text[rank.span.start : rank.span.end] == k.name


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour won Gower in 2017.",  # another election
        "Labour had won Gower before.",  # an earlier result
        "Labour hope to win Gower.",  # a hope
        "Labour failed to win Gower.",  # a negation
        "Labour won back Gower.",  # a gain, read as one elsewhere
        "Labour won five of the six seats in Wales.",  # no seat named
        "Labour won the election and Gower voted for them.",  # the nation's win
    ],
)
def test_a_party_win_not_of_this_race_is_not_read(sentence: str) -> None:
    assert _firsts(sentence + _TAIL) == set(), sentence


def test_a_seat_whose_winner_is_read_already_keeps_them() -> None:
    text = "Jane Smith won Gower for Labour with 20,000 votes. The Conservatives won Gower."
    assert {(s, who) for s, who, _ in _firsts(text + _TAIL)} == {("Gower", "Jane Smith")}


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_PEOPLE),
    wording=st.sampled_from(
        [
            "In {seat}, {loser} lost to {who}.",
            "{loser} lost out to {who} in {seat}.",
            "In {seat}, {loser} lost their seat to {who} by 1,200 votes.",
            "In {seat}, {loser} conceded defeat to {who}.",
            "In {seat}, {loser} is losing out to {who}, the count shows.",
        ]
    ),
)
def test_the_one_someone_lost_to_is_read_as_the_winner(
    tmp_path: Path, seat: tuple[str, str, str], wording: str
) -> None:
    name, winner, second = seat
    right = wording.format(seat=name, who=winner, loser=second)
    wrong = wording.format(seat=name, who=second, loser=winner)
    for text in (right, wrong):
        article = article_of(text + _TAIL)
        # Some names are not read as a person's in any wording ("June Davies": a month);
        # that is the name reader's, not this wording's.
        assume(sum(c.name in (winner, second) for k in article.contests for c in k.candidates) == 2)
    assert (name, winner) in {(s, who) for s, who, _ in _firsts(right + _TAIL)}, right
    assert _first_said(tmp_path, right) == [], right
    fired = _first_said(tmp_path, wrong)
    # The win is implied ("lost to" says only who finished ahead): at most a warning.
    assert fired, wrong
    assert set(fired) == {Severity.WARNING}, wrong


@pytest.mark.parametrize(
    "sentence",
    [
        "In Gower, Jane Smith stood in 2015, only to lose to John Brown.",  # an infinitive
        "In Gower, Jane Smith lost to John Brown in 2015.",  # another election
        "In Gower, Jane Smith lost to John Brown in a by-election.",  # another race
        "In Gower, Jane Smith could lose to John Brown.",  # a forecast
        "In Gower, Jane Smith lost to John Brown for second place.",  # a lower place
    ],
)
def test_a_loss_not_of_this_race_names_no_winner(sentence: str) -> None:
    assert ("Gower", "John Brown") not in {(s, w) for s, w, _ in _firsts(sentence + _TAIL)}


def test_the_one_lost_to_with_no_seat_anywhere_is_left_unplaced() -> None:
    # No seat named or carried: the winner is left for a later line to place.
    text = "Jane Smith lost to John Brown.\n\nGower\n\nJohn Brown, Labour: 20,000 votes\n"
    assert not any(who == "John Brown" and seat is None for seat, who, _ in _firsts(text))


def test_lost_out_to_is_a_gain_as_lost_to_is() -> None:
    from factcheck.models import OutcomeClaim

    def gains(text: str) -> list[tuple[str, str | None, str | None]]:
        return [
            (c.verb, c.contest, c.party)
            for c in article_of(text + _TAIL).claims
            if isinstance(c, OutcomeClaim)
        ]

    plain = gains("Labour's Jane Smith lost to Conservative John Brown in Gower.")
    assert plain == [("gain", "Gower", "Conservative")]
    assert gains("Labour's Jane Smith lost out to Conservative John Brown in Gower.") == plain


def _restated_wins(text: str) -> list[tuple[str, str]]:
    """(person, words) of each win said again, as kept on the candidate."""
    return [
        (c.name, text[f.span.start : f.span.end])
        for k in article_of(text).contests
        for c in k.candidates
        for f in c.restated
        if f.span is not None and f.value == 1
    ]


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_PEOPLE),
    again=st.sampled_from(
        [
            "{who} won {seat} with a majority of 1,200.",
            "{who} has won the seat.",
            "It was a landslide victory for {who} in {seat}.",
        ]
    ),
)
def test_a_win_said_again_is_read_and_checked_where_it_is_written(
    tmp_path: Path, seat: tuple[str, str, str], again: str
) -> None:
    name, winner, second = seat
    story = "{who} wins {seat}\n\n" + again
    right = story.format(who=winner, seat=name)
    wrong = story.format(who=second, seat=name)
    article = article_of(right + _TAIL)
    assume(any(c.name == winner for k in article.contests for c in k.candidates))
    assert [who for who, _ in _restated_wins(right + _TAIL)] == [winner], right
    assert _first_said(tmp_path, right) == [], right
    fired = [
        f for f in filed_findings(tmp_path, wrong + _TAIL, _ELECTION) if "not first" in f.message
    ]
    # Each place the wrong win is written is found; the second says it is said again.
    assert len(fired) == 2, wrong
    assert "said again" in fired[1].message, wrong
    assert fired[1].severity is Severity.WARNING, wrong


def test_a_win_read_twice_from_the_same_words_is_one_claim() -> None:
    # "won Gower" is read by two wordings here (the person's and the seat's): one claim.
    text = "Jane Smith won Gower with 20,000 votes." + _TAIL
    assert _restated_wins(text) == []


def test_no_win_is_said_again_of_someone_placed_otherwise() -> None:
    text = "Jane Smith came second in Gower. Jane Smith has won the seat." + _TAIL
    assert _restated_wins(text) == []
