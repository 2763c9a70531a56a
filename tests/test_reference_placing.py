"""A results list the text leaves without a seat, placed by the people it lists: the one
official contest whose candidates include every one of them (reference matching, so a
finding on its figures is at most a warning, with no fix)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of

from factcheck.models import CandidateResult, ContestResult, Severity
from factcheck.names import person_words
from factcheck.reference.bundled import bundled_results
from factcheck.reference.placing import MIN_NAMED, place_by_candidates

# Leeds Central 2017: Hilary Benn (Labour) 33,453, Gerry Davies (Conservative) 9,755, Bill
# Palfreman (UKIP) 2,056, Ed Carlisle (Green) 1,189, Andrew Nash (Lib Dem) 1,063.
_LIST = (
    "Leeds results\n\n"
    "H. Benn (Labour) {benn}\n"
    "G. Davies (Conservative) 9,755\n"
    "E. Carlisle (Green) 1,189\n"
    "A. Nash (Liberal Democrat) 1,063\n"
)


@settings(max_examples=15, deadline=None)
@given(benn=st.integers(min_value=33_400, max_value=33_500).filter(lambda v: v % 10 != 0))
def test_a_list_with_no_seat_is_checked_in_the_seat_its_people_stood_in(benn: int) -> None:
    found = [
        f
        for f in findings_of(_LIST.format(benn=f"{benn:,}"), "uk-ge-2017")
        if f.text == f"{benn:,}"
    ]
    assert bool(found) is (benn != 33_453)
    for f in found:
        # The text does not name the seat: the record does, so the finding only warns.
        assert f.severity is Severity.WARNING
        assert f.fix is None
        assert "Leeds Central" in f.message


def test_two_people_or_people_of_two_seats_place_nothing() -> None:
    two = "Leeds results\n\nH. Benn (Labour) 30,000\nG. Davies (Conservative) 9,755\n"
    assert findings_of(two, "uk-ge-2017") == []
    # Hilary Benn (Leeds Central) with Leeds East's Richard Burgon and Matthew Robinson.
    mixed = _LIST.replace("G. Davies (Conservative) 9,755", "R. Burgon (Labour) 25,428").replace(
        "E. Carlisle (Green) 1,189", "M. Robinson (Conservative) 12,676"
    )
    assert findings_of(mixed.format(benn="30,000"), "uk-ge-2017") == []


def test_a_wrong_initial_or_party_places_nothing() -> None:
    source = bundled_results()
    names = [("Hilary Benn", "Labour"), ("Gerry Davies", "Conservative"), ("Andrew Nash", None)]
    ok = ContestResult(candidates=tuple(CandidateResult(name=n, party=p) for n, p in names))
    placing = place_by_candidates(ok, source, "uk-ge-2017")
    assert placing is not None
    assert placing.name == "Leeds Central"
    for bad in (("Z. Benn", "Labour"), ("H. Benn", "Conservative")):
        wrong = ContestResult(
            candidates=(CandidateResult(name=bad[0], party=bad[1]), *ok.candidates[1:])
        )
        assert place_by_candidates(wrong, source, "uk-ge-2017") is None
    named = ContestResult(name="Leeds Central", candidates=ok.candidates)
    assert place_by_candidates(named, source, "uk-ge-2017") is None  # named: nothing to place


_INDEX = bundled_results().surname_index("uk-ge-2017")
_SEATS = sorted(set().union(*_INDEX.values()))


@settings(max_examples=40, deadline=None)
@given(seat=st.sampled_from(_SEATS), data=st.data())
def test_any_seat_s_people_by_initial_place_that_seat_and_no_other(
    seat: str, data: st.DataObject
) -> None:
    official = bundled_results().contest(seat, "uk-ge-2017")
    assert official is not None
    people = list(official.candidates)
    count = data.draw(st.integers(min_value=min(MIN_NAMED, len(people)), max_value=len(people)))
    chosen = data.draw(st.permutations(people))[:count]
    listed = ContestResult(
        candidates=tuple(
            # The initial of the first given name: a title ("Sir Dudley the Crazed") is none.
            CandidateResult(
                name=f"{person_words(c.name)[0][0].upper()}. {c.name.split()[-1]}", party=c.party
            )
            for c in chosen
        )
    )
    placing = place_by_candidates(listed, bundled_results(), "uk-ge-2017")
    surnames = {c.name.split()[-1] for c in chosen}
    if len(surnames) < MIN_NAMED or len(surnames) < len(chosen):
        assert placing is None
    else:
        assert placing is not None  # three people of one seat stood together nowhere else
        assert placing.name == seat
