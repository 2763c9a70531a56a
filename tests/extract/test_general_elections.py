"""The UK general elections' years are defined once (:mod:`factcheck.extract.headings`): the
years since 1945 that an earlier win may be dated to, and the order, from 1997, that the reader
takes the election before the story's from."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import frame, headings
from factcheck.extract.claims import earlier_winners
from factcheck.extract.frame import previous_general_election
from factcheck.extract.headings import GE_ORDER, GE_YEARS, GENERAL_ELECTIONS


def test_the_years_are_in_order_and_the_readers_order_is_their_tail() -> None:
    assert list(GENERAL_ELECTIONS) == sorted(set(GENERAL_ELECTIONS))
    assert GENERAL_ELECTIONS[0] == "1945"
    assert GENERAL_ELECTIONS[-len(GE_ORDER) :] == GE_ORDER
    assert GE_ORDER[0] == "1997"
    assert frozenset(GENERAL_ELECTIONS) == GE_YEARS
    assert "1992" in GE_YEARS  # an earlier win may be dated to it
    assert "1993" not in GE_YEARS  # a by-election's year


def test_the_readers_use_the_one_definition() -> None:
    # No copy of its own: a reader holds the very objects the headings define.
    assert vars(earlier_winners)["GE_YEARS"] is headings.GE_YEARS
    assert vars(frame)["GE_ORDER"] is headings.GE_ORDER
    assert "_GE_YEARS" not in vars(earlier_winners)
    assert "_GE_YEARS" not in vars(frame)


@given(st.integers(min_value=1900, max_value=2100).map(str))
def test_the_election_before_is_the_one_before_in_the_readers_order(year: str) -> None:
    before = previous_general_election(year)
    if year in GE_ORDER[1:]:
        assert before == GE_ORDER[GE_ORDER.index(year) - 1]
    else:
        assert before is None  # 1997 has none before it in the order, nor a by-election year
