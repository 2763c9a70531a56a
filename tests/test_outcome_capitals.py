"""Results in capitals (issue 8): a results service's codes ("Seat (CON) – CON HOLD", "LAB
GAIN FROM CON"), a headline's or a story's first words ("LABOUR has held …"). A party's name
in capitals is that party; its abbreviation in capitals only as a result's code, before "HOLD"
or "GAIN" or after "GAIN FROM" (elsewhere "LAB" is a card's code, read where cards are). Each
wording fires on a wrong outcome and is silent on the right one.

Every sentence is the team's own. Hand-checked in the bundled record: Canterbury 2017 a
Labour gain from the Conservatives; Bethnal Green and Bow 2017 a Labour hold; Gordon 2017 a
Conservative gain from the SNP; Hemel Hempstead 2019 a Conservative hold.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from story_files import filed_findings, outcomes_of

from factcheck.reference.bundled import bundled_results
from factcheck.reference.lookup import winner_of


@pytest.mark.parametrize(
    ("election", "right", "wrong"),
    [
        # A results service's line: the seat, the party that held it, the result code.
        (
            "uk-ge-2017",
            "Bethnal Green and Bow (LAB) – LAB HOLD",
            "Canterbury (CON) – LAB HOLD",
        ),
        (
            "uk-ge-2017",
            "Canterbury (CON) – LABOUR GAIN",
            "Bethnal Green and Bow (LAB) – LABOUR GAIN",
        ),
        ("uk-ge-2017", "Gordon: CON GAIN FROM SNP", "Gordon: CON GAIN FROM LAB"),
        ("uk-ge-2019", "Hemel Hempstead – CONSERVATIVE HOLD", "Hemel Hempstead – LABOUR HOLD"),
        # A story's first words in capitals.
        (
            "uk-ge-2017",
            "LABOUR has held Bethnal Green and Bow with a bigger majority.",
            "LABOUR has held Canterbury with a bigger majority.",
        ),
        (
            "uk-ge-2017",
            "THE CONSERVATIVES have taken Gordon from the SNP.",
            "THE CONSERVATIVES have taken Canterbury from Labour.",
        ),
    ],
)
def test_a_result_in_capitals_fires_on_the_wrong_outcome_only(
    tmp_path: Path, election: str, right: str, wrong: str
) -> None:
    assert filed_findings(tmp_path, right, election) == []
    assert outcomes_of(right), right  # read, not passed over
    found = filed_findings(tmp_path, wrong, election)
    assert found, wrong


@pytest.mark.parametrize(
    "text",
    [
        # Two letters in capitals are other things: a police constable, a file format.
        "PC Jones said the count in Gordon was calm. PC HOLD ON was the call sign.",
        "Gordon: SF GAIN in the sci-fi poll",
        # Capitals that are no party's name.
        "Gordon: CONCERN over the count; LABOURING the point was no help.",
        # An abbreviation in capitals that is no result's code.
        "Gordon: the CON campaign said LAB had no hold on the seat.",
    ],
)
def test_capitals_that_name_no_party_are_no_outcome(text: str) -> None:
    assert outcomes_of(text) == set(), text


# Seats of 2019 whose winner and the 2017 winner were Labour or Conservative, with a single
# winner each time and no earlier winner standing for another party (a defection makes either
# word true).
_CAPITALS = {"Labour": ("LAB", "LABOUR"), "Conservative": ("CON", "CONSERVATIVE", "TORY")}


def _two_party_seats() -> list[tuple[str, str, str]]:
    record = bundled_results()
    seats = []
    for seat in sorted(set().union(*record.surname_index("uk-ge-2019").values())):
        now, then = record.contest(seat, "uk-ge-2019"), record.contest(seat, "uk-ge-2017")
        if now is None or then is None:
            continue
        won, held = winner_of(now), winner_of(then)
        if won is None or held is None or won.party not in _CAPITALS or held.party not in _CAPITALS:
            continue
        if any(c.name == held.name and c.party != held.party for c in now.candidates):
            continue
        seats.append((seat, won.party, held.party))
    return seats


_SEATS = _two_party_seats()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_SEATS),
    data=st.data(),
    line=st.sampled_from(["{seat}: {code}", "{seat} – {code}", "{seat} ({old}) – {code}"]),
)
def test_any_seat_s_code_in_capitals_is_read_and_judged(
    tmp_path: Path, seat: tuple[str, str, str], data: st.DataObject, line: str
) -> None:
    name, won, held = seat
    party = data.draw(st.sampled_from(_CAPITALS[won]))
    old = data.draw(st.sampled_from(_CAPITALS[held]))
    true = f"{party} HOLD" if won == held else f"{party} GAIN FROM {old}"
    false = f"{party} GAIN FROM {old}" if won == held else f"{party} HOLD"
    right = line.format(seat=name, code=true, old=old)
    assert (name, won, "hold" if won == held else "gain") in {
        (s, p, v) for s, p, v, _ in outcomes_of(right)
    }, right
    assert filed_findings(tmp_path, right, "uk-ge-2019") == [], right
    wrong = line.format(seat=name, code=false, old=old)
    assert filed_findings(tmp_path, wrong, "uk-ge-2019"), wrong
