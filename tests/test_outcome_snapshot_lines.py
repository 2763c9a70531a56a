"""A results snapshot's lines (issue 8, fourteenth session): "Seat: PARTY GAIN", one seat a
line, the lines run together as one sentence (no full stops). Each line's outcome is its own
seat's, named before it on its line, never the seat that opens the next line; an outcome alone
on its line between two seats' lines is no seat's for sure, and is not checked. "Green" right
before the result's noun ("GREEN GAIN") is the Green Party, though nowhere else.

Every sentence is the team's own. Hand-checked in the bundled record: Canterbury 2017 a
Labour gain from the Conservatives; Bethnal Green and Bow 2017 a Labour hold; Gordon 2017 a
Conservative gain from the SNP.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from story_files import filed_findings, outcomes_of

from factcheck.reference.bundled import bundled_results
from factcheck.reference.lookup import winner_of
from factcheck.reference.matching import same_party

_SNAPSHOT = (
    "Results snapshot:\n"
    "Canterbury: {canterbury}\n"
    "Bethnal Green and Bow: {bethnal}\n"
    "Gordon: {gordon}"
)


def test_each_line_s_outcome_is_its_own_seat_s() -> None:
    text = _SNAPSHOT.format(
        canterbury="LABOUR GAIN", bethnal="LABOUR HOLD", gordon="CONSERVATIVE GAIN"
    )
    assert outcomes_of(text) == {
        ("Canterbury", "Labour", "gain", None),
        ("Bethnal Green and Bow", "Labour", "hold", None),
        ("Gordon", "Conservative", "gain", None),
    }


def test_a_snapshot_fires_on_the_wrong_line_only(tmp_path: Path) -> None:
    right = _SNAPSHOT.format(
        canterbury="LABOUR GAIN", bethnal="LABOUR HOLD", gordon="CONSERVATIVE GAIN"
    )
    assert filed_findings(tmp_path, right, "uk-ge-2017") == []
    # The hold said of Canterbury (a gain): read as the next line's seat's, it was true there.
    wrong = _SNAPSHOT.format(
        canterbury="LABOUR HOLD", bethnal="LABOUR HOLD", gordon="CONSERVATIVE GAIN"
    )
    found = filed_findings(tmp_path, wrong, "uk-ge-2017")
    assert [f.text for f in found] == ["LABOUR HOLD"], found
    assert "Canterbury" in found[0].message


def test_an_outcome_alone_on_its_line_between_two_seats_is_not_checked(tmp_path: Path) -> None:
    # Does "LABOUR HOLD" close Canterbury's block or open Gordon's? The layout does not say.
    text = (
        "Canterbury\nRosie Duffield (Lab) 25,572\nJulian Brazier (Con) 25,385\n"
        "LABOUR HOLD\nGordon\nColin Clark (Con) 21,861\nAlex Salmond (SNP) 19,254"
    )
    assert not any(seat == "Gordon" for seat, *_ in outcomes_of(text))
    assert [f for f in filed_findings(tmp_path, text, "uk-ge-2017") if "hold" in f.message] == []


def _decided_2019() -> list[tuple[str, str, bool]]:
    """(seat, winner's party, held) for 2019 seats won by Labour or the Conservatives."""
    record = bundled_results()
    out = []
    for seat in sorted(set().union(*record.surname_index("uk-ge-2019").values())):
        now, then = record.contest(seat, "uk-ge-2019"), record.contest(seat, "uk-ge-2017")
        if now is None or then is None:
            continue
        won, before = winner_of(now), winner_of(then)
        if won is None or before is None or won.party not in ("Labour", "Conservative"):
            continue
        if any(
            c.name == before.name and not same_party(c.party, before.party) for c in now.candidates
        ):
            continue  # a defector's seat: either word may be true
        out.append((seat, won.party, same_party(won.party, before.party)))
    return out


_DECIDED = _decided_2019()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(st.sampled_from(_DECIDED), min_size=2, max_size=5, unique_by=lambda s: s[0]),
    flip=st.integers(min_value=0, max_value=4),
)
def test_any_snapshot_is_read_line_by_line(
    tmp_path: Path, lines: list[tuple[str, str, bool]], flip: int
) -> None:
    names = {s for s, _, _ in lines}
    if any(a != b and a in b for a in names for b in names):
        return  # one seat's name inside another's ("Bolton North East", "Bolton")
    flip %= len(lines)

    def snapshot(wrong_at: int | None) -> str:
        out = ["Results snapshot:"]
        for i, (seat, party, held) in enumerate(lines):
            word = "HOLD" if held != (i == wrong_at) else "GAIN"
            out.append(f"{seat}: {party.upper()} {word}")
        return "\n".join(out)

    right = snapshot(None)
    read = {(s, v) for s, _, v, _ in outcomes_of(right)}
    assert read == {(s, "hold" if h else "gain") for s, _, h in lines}, right
    assert filed_findings(tmp_path, right, "uk-ge-2019") == [], right
    found = filed_findings(tmp_path, snapshot(flip), "uk-ge-2019")
    assert found, snapshot(flip)
    assert all(lines[flip][0] in f.message for f in found), snapshot(flip)


def test_green_before_the_result_s_noun_is_the_green_party(tmp_path: Path) -> None:
    # Brighton, Pavilion 2019 a Green hold (Caroline Lucas); Bristol West 2019 a Labour hold.
    right = "Results snapshot:\nBrighton, Pavilion: GREEN HOLD\nBristol West: LABOUR HOLD"
    assert outcomes_of(right) == {
        ("Brighton, Pavilion", "Green Party", "hold", None),
        ("Bristol West", "Labour", "hold", None),
    }
    assert filed_findings(tmp_path, right, "uk-ge-2019") == []
    wrong = "Results snapshot:\nBrighton, Pavilion: LABOUR HOLD\nBristol West: Green hold"
    found = filed_findings(tmp_path, wrong, "uk-ge-2019")
    assert {f.text for f in found} == {"LABOUR HOLD", "Green hold"}, found


def test_green_elsewhere_is_no_party_s_outcome() -> None:
    # A colour, and a seat's name, before words that are no result's noun.
    text = "Bethnal Green and Bow: LABOUR HOLD\nThe Green gains in Bristol came late."
    assert outcomes_of(text) == {("Bethnal Green and Bow", "Labour", "hold", None)}
