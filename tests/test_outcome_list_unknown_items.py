"""A list of seats after an outcome's verb with an item the reader does not know as a seat
(issue 8, thirteenth session): "The ten Conservative seats gained by Labour were A, Chester, B
…" ("Chester" is the record's "City of Chester"), "gained A, Plymouth Moorview, B" (a
misspelling). The item is passed over and the list runs on: each seat named after it has the
outcome too. Fires on a wrong outcome in a seat after the unknown item, silent on the right.

Every sentence is the team's own. Hand-checked in the bundled record (2019): Bolsover,
Gedling, Bassetlaw and Ashfield Conservative gains from Labour; Hemel Hempstead a
Conservative hold.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from story_files import filed_findings, outcomes_of

from factcheck.reference.bundled import bundled_results
from factcheck.reference.lookup import winner_of

_UNKNOWN = ["Chester", "Wyvernshire", "Ashbyford"]
"""Named like seats (one word: two capitalised words may be taken for a person's name), and
none of the record's (nor any seat's first word)."""


def test_a_list_runs_on_past_an_item_that_is_no_seat_the_reader_knows(tmp_path: Path) -> None:
    right = "The Conservatives gained Bolsover, Chester, Gedling and Bassetlaw from Labour."
    read = {(s, v, p) for s, _, v, p in outcomes_of(right)}
    assert read == {(s, "gain", "Labour") for s in ("Bolsover", "Gedling", "Bassetlaw")}
    assert filed_findings(tmp_path, right, "uk-ge-2019") == []
    wrong = "The Conservatives gained Bolsover, Chester, Ashfield and Hemel Hempstead from Labour."
    fired = filed_findings(tmp_path, wrong, "uk-ge-2019")
    assert any("Hemel Hempstead" in f.message for f in fired), [f.message for f in fired]


def test_a_list_stops_at_a_person_or_a_party() -> None:
    # A person's or a party's name is no unknown seat: the list is over.
    text = "The Conservatives gained Bolsover, Dennis Skinner, Gedling and Bassetlaw from Labour."
    assert {s for s, *_ in outcomes_of(text)} <= {"Bolsover"}, outcomes_of(text)


def _con_gains_from_labour() -> list[str]:
    record = bundled_results()
    every = set().union(
        *(set().union(*record.surname_index(e).values()) for e in record.elections())
    )
    out = []
    for seat in sorted(set().union(*record.surname_index("uk-ge-2019").values())):
        now, then = record.contest(seat, "uk-ge-2019"), record.contest(seat, "uk-ge-2017")
        if now is None or then is None:
            continue
        won, held = winner_of(now), winner_of(then)
        # (A seat whose name holds a comma, "Birmingham, Northfield", is a list's question
        # of its own.)
        if "," in seat:
            continue
        # (Nor one whose name opens another seat's: "Heywood and Middleton, North West Durham"
        # holds the 2024 seat "Heywood and Middleton North", written with a comma.)
        if any(other.startswith(seat + " ") for other in every):
            continue
        if won and held and won.party == "Conservative" and held.party == "Labour":
            out.append(seat)
    return out


_GAINS = _con_gains_from_labour()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seats=st.lists(st.sampled_from(_GAINS), min_size=3, max_size=5, unique=True),
    unknown=st.sampled_from(_UNKNOWN),
    where=st.integers(min_value=1, max_value=2),
)
def test_every_seat_of_a_list_with_an_unknown_item_is_read(
    seats: list[str], unknown: str, where: int
) -> None:
    items = [*seats[:where], unknown, *seats[where:]]
    text = f"The Conservatives gained {', '.join(items[:-1])} and {items[-1]} from Labour."
    read = {
        s for s, p, v, f in outcomes_of(text) if (p, v, f) == ("Conservative", "gain", "Labour")
    }
    assert read == set(seats), text


def test_a_seat_before_a_comma_is_its_own_item_though_a_longer_name_begins_with_it() -> None:
    """ "Heywood and Middleton, North West Durham": the 2019 seat, then the next item; not the
    2024 seat "Heywood and Middleton North" read across the comma (hypothesis found it, with
    "Chester" the unknown item before them)."""
    text = (
        "The Conservatives gained High Peak, Chester, Heywood and Middleton, North West Durham"
        " and Ashfield from Labour."
    )
    read = {
        s for s, p, v, f in outcomes_of(text) if (p, v, f) == ("Conservative", "gain", "Labour")
    }
    assert read == {"High Peak", "Heywood and Middleton", "North West Durham", "Ashfield"}
    # The control: written whole, with no comma, the 2024 seat is read.
    text = "The Conservatives gained Heywood and Middleton North from Labour."
    assert {s for s, *_ in outcomes_of(text)} == {"Heywood and Middleton North"}
