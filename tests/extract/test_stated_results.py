"""``stated_results.states_a_result``, asked directly of a phrase in a one-sentence frame: the
readings of winners and outcomes all ask it before they add a claim."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import frame
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.text import Sentence
from factcheck.models import Span, span_of
from factcheck.packs import default_pack


def _states(text: str, words: str, *, year: str | None = "2019", quoted: bool = False) -> bool:
    """Is ``words`` (their first place in ``text``) a report of this result, in a story of
    ``year``'s election? ``quoted``: the whole sentence stands inside a quotation."""
    state = frame.ReadState(
        text=text, pack=default_pack(), quotes=[span_of(0, len(text))] if quoted else []
    )
    state.story_year = year
    f = frame.Frame(
        state, Sentence(span=span_of(0, len(text)), text=text), [], [], [], [], {}, None
    )
    at = text.index(words)
    return states_a_result(f, Span(start=at, end=at + len(words)))


@pytest.mark.parametrize(
    "text",
    [
        "Jane Smith held the seat for Labour.",
        "Labour retained the seat after the sitting MP decided not to stand.",
        "Jane Smith held the seat in the 2019 general election.",
        "Jane Smith held the seat, beating the Conservative candidate by 900 votes.",
        # A headline's label names the election it reports.
        "General Election 2017 - Jane Smith held the seat.",
    ],
)
def test_a_result_said_plainly_is_this_elections(text: str) -> None:
    assert _states(text, "held" if "held" in text else "retained")


@pytest.mark.parametrize(
    "text",
    [
        "Jane Smith failed to hold the seat for Labour.",
        "Jane Smith is expected to hold the seat for Labour.",
        "Jane Smith nearly lost the seat to the Conservatives.",
        "Jane Smith didn't hold the seat for Labour.",
        "Jane Smith has held the seat since 2010.",
        "Jane Smith held the seat in 2015.",
        "Jane Smith held the seat for over 20 years.",
        "In 2017, Jane Smith held the seat by 92 votes.",
        "Jane Smith held the seat at the last election.",
    ],
)
def test_a_negated_hoped_or_earlier_result_is_not_this_elections(text: str) -> None:
    assert not _states(text, "held" if "held" in text else "hold" if "hold" in text else "lost")


def test_a_quoted_result_is_no_report() -> None:
    text = "Jane Smith held the seat for Labour."
    assert _states(text, "held")
    assert not _states(text, "held", quoted=True)


def test_the_storys_own_year_is_no_earlier_time() -> None:
    text = "Jane Smith held the seat in 2017."
    assert _states(text, "held", year="2017")
    assert not _states(text, "held", year="2019")


def test_an_aside_after_the_words_does_not_hide_their_date() -> None:
    text = "Jane Smith held the seat, which she won with a 900 majority, since 2017."
    assert not _states(text, "held the seat")
    assert _states("Jane Smith held the seat, which she won with a 900 majority.", "held the seat")


@given(year=st.integers(min_value=1950, max_value=2030))
def test_a_year_after_the_words_dates_them_unless_it_is_the_storys(year: int) -> None:
    text = f"Jane Smith held the seat in {year}."
    assert _states(text, "held", year="2019") == (year == 2019)
