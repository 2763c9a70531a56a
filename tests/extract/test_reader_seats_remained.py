"""Seats said to stay with a party (issue 8, tenth session): "A, B and C stayed Conservative
while D and E remain Labour", "Alyn and Deeside remains in Labour hands". Counted across the
unseen batches dev3, dev4 and dev5: three stories from three outlets (one naming no seat).

Each test reads sentences written here in the pattern seen: each listed seat is a hold by the
party named after the verb, the reference rule fires where the record has another party
holding it and stays silent where it holds; "remain Labour targets", a verb after a modal and
"remains in safe hands" are not read.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import Document, OutcomeClaim

# 2019 holds: Conservative in the first four, Labour in the last two.
_CONSERVATIVE = ["Eddisbury", "Tatton", "Congleton", "Macclesfield"]
_LABOUR = ["Warrington North", "City of Chester"]
_LEAD = "Turnout across Cheshire was 67%. "


def _holds(text: str) -> dict[str | None, str | None]:
    """Each seat's hold, by the seat's name in lower case ("City Of Chester", as the record
    writes it, is the story's "City of Chester")."""
    article = read_prose(Document(path="story.txt", text=text))
    return {
        c.contest.lower() if c.contest else None: c.party
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    }


def _flagged(text: str) -> set[str]:
    return {
        seat
        for f in findings_of(text, "uk-ge-2019")
        for seat in (*_CONSERVATIVE, *_LABOUR)
        if seat in (f.text or "")
    }


def _listed(seats: list[str]) -> str:
    return seats[0] if len(seats) == 1 else ", ".join(seats[:-1]) + " and " + seats[-1]


@settings(max_examples=40, deadline=None)
@given(
    blue=st.lists(st.sampled_from(_CONSERVATIVE), min_size=1, max_size=3, unique=True),
    red=st.lists(st.sampled_from(_LABOUR), min_size=1, max_size=2, unique=True),
    verb=st.sampled_from(["stayed", "remained", "remain"]),
    swap=st.booleans(),
)
def test_seats_that_stayed_with_a_party_are_its_holds(
    blue: list[str], red: list[str], verb: str, swap: bool
) -> None:
    first, second = ("Labour", "Conservative") if swap else ("Conservative", "Labour")
    text = _LEAD + f"{_listed(blue)} {verb} {first} while {_listed(red)} {verb} {second}."
    said = dict.fromkeys(blue, "Labour" if swap else "Conservative")
    said |= dict.fromkeys(red, "Conservative" if swap else "Labour")
    holds = _holds(text)
    assert {seat: holds.get(seat.lower()) for seat in said} == said
    assert _flagged(text) == (set(said) if swap else set())


@settings(max_examples=20, deadline=None)
@given(seat=st.sampled_from(_LABOUR), party=st.sampled_from(["Labour", "Conservative"]))
def test_a_seat_in_a_party_s_hands_is_its_hold(seat: str, party: str) -> None:
    text = _LEAD + f"{seat} remains in {party} hands after the count."
    assert _holds(text) == {seat.lower(): party}
    assert _flagged(text) == (set() if party == "Labour" else {seat})


@settings(max_examples=20, deadline=None)
@given(
    wording=st.sampled_from(
        [
            "{seat} and Tatton remain Labour targets for next time.",
            "{seat} could remain Labour, the polls said.",
            "{seat} remains in safe hands, the party said.",
            "Will {seat} stay Labour? Nobody knows.",
        ]
    ),
    seat=st.sampled_from(_CONSERVATIVE),
)
def test_other_wordings_are_no_holds(wording: str, seat: str) -> None:
    text = _LEAD + wording.format(seat=seat)
    assert seat.lower() not in _holds(text)
    assert _flagged(text) == set()
