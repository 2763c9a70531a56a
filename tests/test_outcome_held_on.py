"""A hold without an object (issue 8): "Alan Mak held on by 92 votes", "Jane Smith narrowly
hung on". The person is the winner and their party held the seat; it fires on someone who did
not win and is silent on the one who did.

Every sentence is the team's own, built from the bundled record's people and seats (2019,
seats whose 2019 winner also won in 2017).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import filed_findings, ranked_seats_2019

from factcheck.extract.reader import read_prose
from factcheck.models import Document, OutcomeClaim
from factcheck.reference.bundled import bundled_results
from factcheck.reference.lookup import winner_of


def _holds(text: str) -> set[tuple[str | None, str | None]]:
    article = read_prose(Document(path="a.txt", text=text))
    return {
        (c.contest, c.candidate)
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    }


def _seats() -> list[tuple[str, str, str]]:
    """(seat, winner, runner-up) where the 2019 winner also won in 2017."""
    record = bundled_results()
    out = []
    for seat, won, ranked in ranked_seats_2019():
        then = record.contest(seat, "uk-ge-2017")
        held = winner_of(then) if then is not None else None
        if held is not None and won.name == held.name:
            out.append((seat, won.name, ranked[1].name))
    return out


_SEATS = _seats()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_SEATS),
    wording=st.sampled_from(
        [
            "In {seat}, {who} held on.",
            "In {seat}, {who} narrowly held on by 1,200 votes.",
            "{who} hung on, the count in {seat} showed.",
            "In {seat}, {who} clung on with a reduced majority.",
        ]
    ),
)
def test_a_hold_without_an_object_is_the_winner_s(
    tmp_path: Path, seat: tuple[str, str, str], wording: str
) -> None:
    name, winner, second = seat
    right = wording.format(seat=name, who=winner)
    # Some names are not read as a person's in any wording ("June Davies": a month; "Vicky
    # Ashworth te Velde"); that is the name reader's, not this wording's.
    wrong = wording.format(seat=name, who=second)
    for text, who in ((right, winner), (wrong, second)):
        article = read_prose(Document(path="a.txt", text=text))
        assume(any(c.name == who for k in article.contests for c in k.candidates))
    assert (name, winner) in _holds(right), right
    silent = filed_findings(tmp_path, right, "uk-ge-2019")
    assert not [f for f in silent if "first" in f.message], right
    fired = filed_findings(tmp_path, wrong, "uk-ge-2019")
    assert any("not first" in f.message for f in fired), wrong


@pytest.mark.parametrize(
    "text",
    [
        # An object or a purpose after "held on": not a seat's result.
        "In Bolsover, Dennis Skinner held on to power in the local party.",
        "In Bolsover, Dennis Skinner held on for a recount.",
        "In Bolsover, Dennis Skinner held on until the last box was counted.",
        # A hope is no result.
        "In Bolsover, Dennis Skinner hoped he had held on.",
    ],
)
def test_held_on_with_an_object_or_a_hope_is_no_hold(text: str) -> None:
    assert _holds(text) == set(), text
