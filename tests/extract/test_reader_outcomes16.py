"""Outcomes and places said in words, sixteenth session (issue 8): wordings found unread in
the open splits' skeletons (each labelled quote read on its own, ``realcopy.py --skeletons``).

- a placing in a one-sentence paragraph ("Jane Smith came fourth in Gower." between blank
  lines, as a list's lines stand), "was a distant fourth", "came distant second", "in third
  slot", "could only manage third place", "scraped third", "came home third";
- the winner as "the new Conservative MP for Gower", "The new Conservative MP for Gower is
  Jane Smith", "was elected Labour MP for Gower", "has won a surprise victory in Gower",
  "celebrates his Gower win", "Gower – the new MP is Jane Smith";
- holds: "held on for Labour", "held for Labour", "re-elected as Gower MP", "Gower: Labour
  hold seat", "retains parliamentary seat", "Wigan: Jane Smith (LAB HOLD by 8,562)", "Labour
  hold both A and B", "Labour held the three other seats: A, B and C", "Gower – the MP remains
  Jane Smith", "secures second term", "was returned for a fourth term in Gower", "held off
  the challenge", "held onto control of Gower", "only just kept their hold on";
- gains: "Jane Smith wins back Gower", "wins back seat for Labour", "They lost A and B to
  the Conservatives" opening the sentence, and a headline's
  "Conservatives take Lincoln from Labour" in a story with no figure.

Every sentence is the team's own, built from the bundled record's 2019 seats and people where
the record matters; each near miss beside its wording is left unread.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import (
    article_of,
    candidates_read,
    filed_findings,
    outcomes_of,
    ranked_seats_2019,
    winners_read,
)

from factcheck.models import CandidateResult, OutcomeClaim, Severity

_ELECTION = "uk-ge-2019"
# Read only in a story with a figure in it (see reader._worth_reading).
_OPENING = "Turnout was 67% across the region.\n\n"
# (A seat whose name holds a comma, "Brighton, Pavilion", is a sentence's question of its own:
# "In Brighton, Pavilion, …".)
_SEATS = [s for s in ranked_seats_2019() if "," not in s[0]]
# The parties as copy names them after "for".
_FOR_PARTY = {
    "Conservative": "the Conservatives",
    "Labour": "Labour",
    "Liberal Democrat": "the Liberal Democrats",
    "Scottish National Party": "the SNP",
    "Plaid Cymru": "Plaid Cymru",
}
_Seat = tuple[str, CandidateResult, list[CandidateResult]]


def _places(text: str) -> dict[str, tuple[str | None, int]]:
    """Each candidate read with a placing: (seat, place)."""
    return {
        c.name: (k.name, int(c.rank.value))
        for k in article_of(text).contests
        for c in k.candidates
        if c.rank is not None
    }


def _holds(text: str) -> list[OutcomeClaim]:
    return [c for c in article_of(text).claims if isinstance(c, OutcomeClaim) and c.verb == "hold"]


# --- places ---------------------------------------------------------------------------


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_SEATS),
    wording=st.sampled_from(
        [
            "{name} came {nth} in {seat}.",
            "{name} finished {nth}.",
            "{name} was a distant {nth} in {seat}.",
            "{name} was a close {nth}.",
            "{name} came {nth} in the {seat} vote.",
        ]
    ),
)
def test_a_placing_in_a_paragraph_of_its_own_is_read(seat: _Seat, wording: str) -> None:
    name, _, ranked = seat
    loser = ranked[1].name
    # The seat named first, as the story's: the paragraph of one sentence stands alone.
    text = f"{name}\n\n" + _OPENING + wording.format(name=loser, nth="second", seat=name) + "\n"
    assume(loser in candidates_read(text))
    assert _places(text).get(loser) == (name, 2), text


def test_a_results_list_line_standing_alone_is_still_a_list_line() -> None:
    text = _OPENING + "Gower\n\nJane Smith (Lab) 15,906\n\nJohn Brown (Con) 9,780\n"
    read = {
        c.name: c.votes.value if c.votes else None
        for k in article_of(text).contests
        for c in k.candidates
    }
    assert read == {"Jane Smith": 15906, "John Brown": 9780}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("In Gower, Jane Smith came distant second.", 2),
        ("In Gower, Labour's Jane Smith in third slot with 1,936 votes.", 3),
        ("Jane Smith was in third spot with 1,936 votes in Gower.", 3),
        ("In Gower, Jane Smith could only manage third place with 11,971 votes.", 3),
        ("Jane Smith scraped third in Gower", 3),
        ("In Gower, Jane Smith came home third with 11,157 votes.", 3),
        ("In Gower, Jane Smith was coming in third position.", 3),
    ],
)
def test_a_placing_in_these_words_is_read(sentence: str, place: int) -> None:
    assert _places(_OPENING + sentence + "\n").get("Jane Smith") == ("Gower", place), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "In Gower, Jane Smith came close to second place.",  # near, not placed
        "In Gower, Jane Smith came home to a third term.",  # a term, not a place
        "In Gower, Jane Smith could only manage a third of the vote.",  # a fraction
    ],
)
def test_near_a_placing_is_no_placing(sentence: str) -> None:
    assert "Jane Smith" not in _places(_OPENING + sentence + "\n"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Smith was a strong candidate in Gower.",  # no place
        "Jane Smith was a second-term MP in Gower.",  # an ordinal of something else
        "Jane Smith was a distant memory in Gower.",  # no ordinal at all
    ],
)
def test_to_be_a_distant_something_else_is_no_placing(sentence: str) -> None:
    assert "Jane Smith" not in _places(_OPENING + sentence + "\n")


# --- winners ----------------------------------------------------------------------------


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_SEATS),
    wording=st.sampled_from(
        [
            "{name} is the new {party} MP for {seat}.",
            "The new {party} MP for {seat} is {name}.",
            "{name} was elected {party} MP for {seat} on Friday.",
            "{name} has won a surprise victory in {seat}.",
            "{name} celebrates his {seat} win",
            "{seat} – the new MP is {name} with a majority of 5,000",
            "{seat} – the MP remains {name} with an increased majority",
        ]
    ),
    wrong=st.booleans(),
)
def test_the_winner_said_in_these_words_is_read_and_checked(
    tmp_path: Path, seat: _Seat, wording: str, wrong: bool
) -> None:
    name, won, ranked = seat
    person = ranked[1] if wrong else won
    who = person.name
    # (The person's own party: a title naming another would contradict the words.)
    assume(person.party in ("Conservative", "Labour", "Liberal Democrat", "Plaid Cymru"))
    text = _OPENING + wording.format(name=who, seat=name, party=person.party) + "\n"
    assume(who in candidates_read(text))
    firsts = winners_read(text)
    assert who in firsts, text
    assert firsts[who][0] == name, text
    fired = [f for f in filed_findings(tmp_path, text, _ELECTION) if "not first" in f.message]
    assert bool(fired) is wrong, text


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Smith was the new Labour MP for Gower in 2010.",  # another election
        "Jane Smith hopes to be the new Labour MP for Gower.",  # a hope
        "Jane Smith was elected Labour MP for a second term.",  # no seat
        "Jane Smith won a surprise victory in the party's ballot.",  # no seat
        "Jane Smith celebrates his daughter's win.",  # no seat
    ],
)
def test_no_winner_is_read_where_the_words_name_no_win_of_this_seat(sentence: str) -> None:
    assert "Jane Smith" not in winners_read(_OPENING + sentence + "\n"), sentence


# --- holds -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "seat", "party"),
    [
        ("In Wigan, Jane Smith held on for Labour by more than 3,000 votes.", "Wigan", "Labour"),
        ("In Wigan, Jane Smith held for Labour.", "Wigan", "Labour"),
        ("Jane Smith re-elected as Wigan MP", "Wigan", None),
        ("Jane Smith was re-elected as Wigan's MP.", "Wigan", None),
        ("Wigan: Liberal Democrats hold seat", "Wigan", "Liberal Democrat"),
        ("Wigan: Jane Smith retains parliamentary seat", "Wigan", None),
        ("Wigan: Jane Smith* (LAB HOLD by 8,562)", "Wigan", "Labour"),
        ("Wigan – the MP remains Jane Smith with an increased majority", "Wigan", None),
        ("Wigan – the MP is still Jane Smith, who has held the seat since 2010", "Wigan", None),
        ("Jane Smith secures second term for Labour in Wigan", "Wigan", None),
        ("Jane Smith has secured a second term as Wigan MP.", "Wigan", None),
        ("Jane Smith was returned for a fourth term in Wigan.", "Wigan", None),
        ("In Wigan, Jane Smith easily held off the challenge of Labour", "Wigan", None),
        ("In Wigan, Jane Smith managed to hold off a strong challenge", "Wigan", None),
        ("LABOUR held onto control of Wigan and increased its majority.", "Wigan", "Labour"),
        (
            "The Conservatives only just kept their hold on the Wigan constituency",
            "Wigan",
            "Conservative",
        ),
        ("Wigan: Jane Smith (LAB HOLD by 8,562 votes)", "Wigan", "Labour"),
    ],
)
def test_a_hold_said_in_these_words_is_read_in_its_seat(
    sentence: str, seat: str, party: str | None
) -> None:
    holds = _holds(_OPENING + sentence + "\n")
    assert [(h.contest, h.party) for h in holds] == [(seat, party)], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "In Wigan, Jane Smith held on for a recount.",  # "for" no party
        "In Wigan, Jane Smith held on for Christmas.",  # "for" a word that is no party
        "In Wigan, Jane Smith held for 20 years.",  # a tenure
        "Jane Smith re-elected as party leader.",  # no seat
        "Wigan: Liberal Democrats hold seat talks",  # a noun's object, not a result
        "Labour hold by-election talks in Wigan.",  # no margin after "by"
        "Wigan – the new MP is Jane Smith",  # a new member: a winner, not a hold
        "Wigan – the MP is Jane Smith",  # the member, not said to be kept
        "Jane Smith hopes to secure a second term in Wigan.",  # a hope
        "In Wigan, Jane Smith held off on announcing her plans.",  # no challenge held off
        "In Wigan, Jane Smith hopes to hold off the challenge.",  # a hope
    ],
)
def test_no_hold_is_read_where_the_words_say_none(sentence: str) -> None:
    assert _holds(_OPENING + sentence + "\n") == [], sentence


def test_a_party_holding_both_seats_named_holds_each() -> None:
    text = _OPENING + "Labour hold both Wigan and Makerfield\n"
    assert outcomes_of(text) == {
        ("Wigan", "Labour", "hold", None),
        ("Makerfield", "Labour", "hold", None),
    }


def test_the_seats_counted_then_listed_after_a_colon_are_each_held() -> None:
    text = _OPENING + "Labour held the three other seats: Wigan, Makerfield, and Leigh.\n"
    assert outcomes_of(text) == {
        ("Wigan", "Labour", "hold", None),
        ("Makerfield", "Labour", "hold", None),
        ("Leigh", "Labour", "hold", None),
    }
    # Counted with no list after them, the seats are none the reader can name.
    assert outcomes_of(_OPENING + "Labour held the three other seats.\n") == set()


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seat=st.sampled_from(_SEATS))
def test_a_hold_for_a_party_named_after_for_is_read_in_the_seat_named(seat: _Seat) -> None:
    name, won, _ = seat
    assume(won.party in _FOR_PARTY)
    text = f"In {name}, {won.name} held on for {_FOR_PARTY[won.party or '']}.\n"
    assume(won.name in candidates_read(_OPENING + text))
    holds = _holds(_OPENING + text)
    assert [(h.contest, h.candidate, h.party) for h in holds] == [(name, won.name, won.party)], text


# --- gains -----------------------------------------------------------------------------


def test_they_opening_a_sentence_of_seats_lost_gives_each_to_the_party_after_to() -> None:
    text = _OPENING + "They lost Darlington, Redcar and Sedgefield to the Conservatives.\n"
    assert outcomes_of(text) == {
        ("Darlington", "Conservative", "gain", None),
        ("Redcar", "Conservative", "gain", None),
        ("Sedgefield", "Conservative", "gain", None),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "They lost Canterbury, which they had held since 1918.",  # to nobody said
        "They lost Darlington to the Conservatives in 2010.",  # another election
        "They could lose Darlington to the Conservatives.",  # a forecast
    ],
)
def test_they_lost_without_a_winner_of_this_election_is_not_read(sentence: str) -> None:
    assert outcomes_of(_OPENING + sentence + "\n") == set(), sentence


@pytest.mark.parametrize(
    ("sentence", "seat", "party"),
    [
        ("Jane Smith wins back Gower by a landslide", "Gower", None),
        ("Gower: Jane Smith wins back seat for Labour with record victory", "Gower", "Labour"),
    ],
)
def test_a_seat_won_back_is_a_gain(sentence: str, seat: str, party: str | None) -> None:
    gains = [
        (c.contest, c.party, c.candidate)
        for c in article_of(_OPENING + sentence + "\n").claims
        if isinstance(c, OutcomeClaim) and c.verb == "gain"
    ]
    assert gains == [(seat, party, "Jane Smith")], sentence


def test_headlines_of_seats_taken_are_read_in_a_story_with_no_figure(tmp_path: Path) -> None:
    # No figure anywhere: the wording alone makes the story worth reading.
    text = (
        "Conservatives take back Lincoln from Labour\n\nConservatives take Scunthorpe from Labour\n"
    )
    assert outcomes_of(text) == {
        ("Lincoln", "Conservative", "gain", "Labour"),
        ("Scunthorpe", "Conservative", "gain", "Labour"),
    }
    # Lincoln and Scunthorpe did change hands so in 2019: nothing to flag.
    assert [
        f for f in filed_findings(tmp_path, text, _ELECTION) if f.severity is Severity.ERROR
    ] == []


def test_a_results_line_s_hold_by_a_margin_in_a_seat_not_known_is_not_the_line_before_s() -> None:
    # "Wigan Borough" is no seat the reader knows: its hold is not Wigan's, carried from the
    # line before.
    text = (
        _OPENING
        + "Wigan: Jane Smith (LAB HOLD by 8,562)\n\nWigan Borough: Ann Green (CON HOLD by 14,408)\n"
    )
    assert [(h.contest, h.party) for h in _holds(text)] == [("Wigan", "Labour")]
