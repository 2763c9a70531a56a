"""A gain said by a majority overturned (issue 8, thirteenth session): "The Conservatives have
overturned a Labour majority of 5,000 to win Bolsover", "Jane Smith overturned a 27,402-vote
Conservative majority in Gordon", "Alliance overturn the DUP's 6,499 majority to take the
seat". The seat changed hands: a gain by the subject's party, from the party whose majority
it was. Each wording fires on a wrong outcome (a seat that did not change hands, or changed
them from another party) and is silent on the right one.

Every sentence is the team's own, built from the bundled record's seats and people: 2019's
Labour and Conservative seats, each against its 2017 winner.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import filed_findings, outcomes_of

from factcheck.reference.bundled import bundled_results
from factcheck.reference.lookup import winner_of

_NAMES = {"Labour": "Labour", "Conservative": "Conservative"}
_SUBJECTS = {"Labour": "Labour", "Conservative": "The Conservatives"}
_MIDDLE = {"Labour": "Labour", "Conservative": "the Conservatives"}


def _seats() -> list[tuple[str, str, str, str]]:
    """(seat, 2019 winner's name, their party, the 2017 winner's party), Labour or
    Conservative each time, no earlier winner standing for another party."""
    record = bundled_results()
    out = []
    for seat in sorted(set().union(*record.surname_index("uk-ge-2019").values())):
        now, then = record.contest(seat, "uk-ge-2019"), record.contest(seat, "uk-ge-2017")
        if now is None or then is None:
            continue
        won, held = winner_of(now), winner_of(then)
        if won is None or held is None or won.party not in _NAMES or held.party not in _NAMES:
            continue
        if any(c.name == held.name and c.party != held.party for c in now.candidates):
            continue
        out.append((seat, won.name, won.party, held.party))
    return out


_SEATS = _seats()
_GAINS = [s for s in _SEATS if s[2] != s[3]]
_HOLDS = [s for s in _SEATS if s[2] == s[3] and s[0] != "Brecon and Radnorshire"]
# (Brecon and Radnorshire: a by-election between 2017 and 2019 makes the Conservatives'
# 2019 win a gain from the Liberal Democrats.)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    gain=st.sampled_from(_GAINS),
    hold=st.sampled_from(_HOLDS),
    wording=st.sampled_from(
        [
            "{subject} have overturned a {loser} majority of 5,000 to win {seat}.",
            "{subject} overturned the {loser} majority in {seat}.",
            "In {seat}, {middle} overturned a 7,000-vote {loser} majority.",
            "{subject} wiped out a {loser} majority of 4,000 in {seat}.",
        ]
    ),
)
def test_a_party_that_overturned_a_majority_gained_the_seat(
    tmp_path: Path,
    gain: tuple[str, str, str, str],
    hold: tuple[str, str, str, str],
    wording: str,
) -> None:
    seat, _, won, lost = gain
    right = wording.format(
        subject=_SUBJECTS[won], middle=_MIDDLE[won], loser=_NAMES[lost], seat=seat
    )
    assert (seat, won, "gain", lost) in outcomes_of(right), right
    assert filed_findings(tmp_path, right, "uk-ge-2019") == [], right
    # A seat its party held: no majority of the other party's was overturned there.
    seat, _, won, _ = hold
    other = "Labour" if won == "Conservative" else "Conservative"
    wrong = wording.format(
        subject=_SUBJECTS[won], middle=_MIDDLE[won], loser=_NAMES[other], seat=seat
    )
    assert filed_findings(tmp_path, wrong, "uk-ge-2019"), wrong


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(gain=st.sampled_from(_GAINS), hold=st.sampled_from(_HOLDS))
def test_a_person_who_overturned_a_majority_gained_the_seat_for_their_party(
    tmp_path: Path, gain: tuple[str, str, str, str], hold: tuple[str, str, str, str]
) -> None:
    seat, person, won, lost = gain
    right = f"{_NAMES[won]} candidate {person} overturned a {_NAMES[lost]} majority in {seat}."
    read = outcomes_of(right)
    assume(read)  # a name the reader takes for no person's is the name reader's
    assert (seat, won, "gain", lost) in read, right
    assert filed_findings(tmp_path, right, "uk-ge-2019") == [], right
    seat, person, won, _ = hold
    other = "Labour" if won == "Conservative" else "Conservative"
    wrong = f"{_NAMES[won]} candidate {person} overturned a {other} majority in {seat}."
    assume(outcomes_of(wrong))
    assert filed_findings(tmp_path, wrong, "uk-ge-2019"), wrong


@pytest.mark.parametrize(
    "text",
    [
        # An infinitive, a hope, a negation: no result.
        "Labour needed to overturn a Conservative majority of 5,000 in Bolsover.",
        "Labour hopes to win Bolsover and overturn the Conservative majority.",
        "Labour failed to overturn the Conservative majority in Bolsover.",
        # A majority of no seat.
        "Labour overturned the government's majority in a vote on Bolsover's hospital.",
        # An earlier election's.
        "In 2017 Labour overturned a Conservative majority in Bolsover.",
    ],
)
def test_no_gain_is_read_where_no_majority_was_overturned_at_this_election(text: str) -> None:
    assert not {o for o in outcomes_of(text) if o[2] == "gain"}, text
