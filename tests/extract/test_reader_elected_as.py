"""Winners named by the title after "elected as" (issue 8, twelfth session): "Jane Smith was
elected as Workington's new MP", "Jane Smith has been elected as South Norfolk MP", "Jane
Smith was elected as Labour MP for Gower". Counted across the unseen batches dev3 to dev7:
three stories from three outlets.

Every sentence is the team's own, built from the bundled record's 2019 seats: the reference
rule fires on a runner-up named so and stays silent on the winner. A quoted election, one
dated to another year, and "had been elected" are not read.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import (
    candidates_read,
    placing_findings,
    ranked_seats_2019,
    winners_read,
)

# Read only in a story with a figure in it (see reader._worth_reading).
_OPENING = "Turnout was 67% across the region.\n\n"

# (Not the record's bracketed names, "Richmond (Yorks)": copy writes no possessive on them.)
_SEATS = [
    (seat, won.name, ranked[1].name) for seat, won, ranked in ranked_seats_2019() if "(" not in seat
]

_WORDINGS = [
    "{name} was elected as {seat}'s new MP in the early hours.",
    "{name} was elected as {seat}’s new MP.",
    "{name} was elected as the {seat} new MP with a clear lead.",
    "{name} has been elected as {seat} MP for a second term.",
    "{name}, 54, was elected as Conservative MP for {seat}.",
    "{name} has been elected as the new MP for {seat}.",
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seat=st.sampled_from(_SEATS), wording=st.sampled_from(_WORDINGS), wrong=st.booleans())
def test_the_one_elected_as_a_seat_s_mp_is_its_winner(
    seat: tuple[str, str, str], wording: str, wrong: bool
) -> None:
    name, winner, second = seat
    who = second if wrong else winner
    text = _OPENING + wording.format(name=who, seat=name)
    firsts = winners_read(text)
    # Some names are not read as a person's at all ("June Davies": a month): the name reader's
    # matter, not this wording's.
    assume(who in candidates_read(text))
    assert who in firsts, text
    where, fig = firsts[who]
    assert where == name, text
    assert fig.grounds is not None
    assert fig.grounds.loose == (), text
    assert bool(placing_findings(text, "uk-ge-2019")) is wrong, text


@pytest.mark.parametrize(
    "text",
    [
        # Said by someone: a boast or a thanks, kept as said.
        '"I am honoured to be elected as Labour MP for Bolsover," said Dennis Skinner.',
        # Another election's.
        "Dennis Skinner was elected as Bolsover's MP in 1970.",
        "Dennis Skinner had been elected as Bolsover's MP many times before.",
        # No seat in the title.
        "Dennis Skinner was elected as an MP in Derbyshire.",
    ],
)
def test_no_winner_is_read_where_the_election_is_not_this_one(text: str) -> None:
    assert "Dennis Skinner" not in winners_read(_OPENING + text), text
