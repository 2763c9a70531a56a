"""Wordings of real results copy whose false figures went unread (issue 8, recall).

Each test reads a sentence written here in the pattern seen, and checks that the reading lets
a rule fire on a wrong figure and stay silent on the right one.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.intervals import round_count_step
from factcheck.models import ChangeClaim, Document, Finding, Quantity


def _read(text: str) -> list[ChangeClaim]:
    article = read_prose(Document(path="story.txt", text=text))
    return [c for c in article.claims if isinstance(c, ChangeClaim)]


def _stands_for(stated: int, true: int) -> bool:
    """Does a count as written stand for the true one (a round count is a rounding)?"""
    step = round_count_step(stated)
    return stated == true if step is None else stated - step / 2 <= true < stated + step / 2


def _findings(text: str, rule: str, election: str = "uk-ge-2017") -> list[Finding]:
    report = factcheck.check(Document(path="story.txt", text=text), election=election)
    return [f for f in report.findings if f.name == rule]


# -- a list of people's changes with the noun said once -------------------------------------------

_LIST = (
    "Labour candidates increased their shares, including Hilary Benn with a 15.1 point increase "
    "in Leeds Central, and Anneliese Dodds with a {amount} in Oxford East."
)


def test_a_change_whose_noun_the_list_said_once_is_read_for_its_person() -> None:
    benn, dodds = _read(_LIST.format(amount="15.1 point"))
    assert (benn.candidate, benn.contest) == ("Hilary Benn", "Leeds Central")
    assert (dodds.candidate, dodds.contest) == ("Anneliese Dodds", "Oxford East")
    assert dodds.quantity is Quantity.SHARE
    assert dodds.amount is not None
    assert dodds.amount.text == "15.1"


def test_the_elided_change_fires_when_wrong_and_is_silent_when_right() -> None:
    # Dodds's share went from 50.02% to 65.16% (2015 to 2017): up 15.14 points.
    wrong = _findings(_LIST.format(amount="13 point"), "percent-points-confusion")
    assert [f.text for f in wrong] == ["13 point"]
    right = _findings(_LIST.format(amount="15.1 point"), "percent-points-confusion")
    assert right == []


def test_a_noun_after_the_figure_makes_it_a_level_not_an_elided_change() -> None:
    (benn,) = _read(_LIST.format(amount="65.2 per cent share"))
    assert benn.candidate == "Hilary Benn"


def test_no_elided_change_without_a_change_of_a_person_before_it() -> None:
    text = "Turnout rose by 3 points, and Anneliese Dodds with a 15.1 point in Oxford East."
    assert all(c.candidate != "Anneliese Dodds" for c in _read(text))


@settings(max_examples=25, deadline=None)
@given(tenths=st.integers(min_value=10, max_value=300))
def test_the_elided_change_is_judged_like_the_stated_one(tenths: int) -> None:
    amount = f"{tenths // 10}.{tenths % 10} point"
    elided = _findings(_LIST.format(amount=amount), "percent-points-confusion")
    stated = _findings(
        _LIST.format(amount=f"{amount} increase").replace("15.1 point increase", "15.1 point"),
        "percent-points-confusion",
    )
    # In the stated form Dodds's change has its noun (and Benn's, now without one, is not
    # read): the elided and the stated change of Dodds must be judged alike.
    assert [f.text for f in elided if f.text == amount] == [
        f.text for f in stated if f.text == amount
    ]


# -- a second dated margin, by ellipsis ------------------------------------------------------------

_TWO_MARGINS = (
    "The Tories ran Ian Lucas close in Wrexham at the previous two elections, losing by 1,832 "
    "votes in 2017 and {then} in 2015."
)


def _dated_majorities(text: str) -> dict[str, str]:
    article = read_prose(Document(path="story.txt", text=text))
    return {c.election or "": c.majority.text for c in article.contests if c.majority is not None}


def test_a_second_margin_after_and_is_dated_by_the_year_right_after_it() -> None:
    assert _dated_majorities(_TWO_MARGINS.format(then="1,831")) == {
        "uk-ge-2017": "1,832",
        "uk-ge-2015": "1,831",
    }
    with_by = _TWO_MARGINS.format(then="by 1,831 votes")
    assert _dated_majorities(with_by)["uk-ge-2015"] == "1,831"


def test_the_earlier_margin_fires_when_wrong_and_is_silent_when_right() -> None:
    # Wrexham 2015: Lucas 12,181, Atkinson 10,350, a majority of 1,831.
    (wrong,) = _findings(_TWO_MARGINS.format(then="1,832"), "reference-mismatch", "uk-ge-2019")
    assert "uk-ge-2015" in wrong.message
    assert wrong.fix == "1,831"
    assert _findings(_TWO_MARGINS.format(then="1,831"), "reference-mismatch", "uk-ge-2019") == []


def test_a_count_after_and_with_no_year_after_it_is_no_dated_margin() -> None:
    text = "Ian Lucas won Wrexham, losing by 1,832 votes in 2017 and 1,832 supporters cheered."
    assert "uk-ge-2015" not in _dated_majorities(text)
    assert _dated_majorities(text).get("uk-ge-2019") is None


@settings(max_examples=25, deadline=None)
@given(then=st.integers(min_value=100, max_value=9_999))
def test_the_earlier_margin_fires_exactly_when_it_is_not_the_record(then: int) -> None:
    found = _findings(_TWO_MARGINS.format(then=f"{then:,}"), "reference-mismatch", "uk-ge-2019")
    assert bool(found) is not _stands_for(then, 1831)


# -- the level a majority changed to ---------------------------------------------------------------


def _majority(text: str) -> str | None:
    article = read_prose(Document(path="story.txt", text=text))
    found = [c.majority for c in article.contests if not c.dated and c.majority is not None]
    return found[0].text if found else None


_EXTENDED = (
    "In 2017, Plaid won Arfon by just 92 votes but have polled 13,134 votes this time, "
    "extending the party's majority to {level}."
)


def test_the_level_a_majority_was_extended_to_is_this_elections_majority() -> None:
    assert _majority(_EXTENDED.format(level="2,781")) == "2,781"
    assert _majority("Hywel Williams increased his majority to 2,781 votes in Arfon.") == "2,781"
    assert _majority("In Arfon, Hywel Williams's majority was cut to 2,781 votes.") == "2,781"


def test_a_hedged_level_fires_when_false_and_is_silent_when_true() -> None:
    # Arfon 2019: a majority of 2,781. "Almost 2,000" is false; "almost 2,800" is true.
    (wrong,) = _findings(_EXTENDED.format(level="almost 2,000"), "reference-mismatch", "uk-ge-2019")
    assert wrong.text == "almost 2,000"
    assert "2,781" in wrong.message
    assert (
        _findings(_EXTENDED.format(level="almost 2,800"), "reference-mismatch", "uk-ge-2019") == []
    )


def test_a_majority_changed_from_a_level_is_not_read_as_the_new_one() -> None:
    assert _majority("In Arfon, his majority rose from 92 votes in 2017.") is None
    # "to" with no word of change before it is no level of the majority either.
    assert _majority("In Arfon, Hywel Williams spoke of his majority to 300 supporters.") is None


@settings(max_examples=25, deadline=None)
@given(level=st.integers(min_value=100, max_value=20_000))
@example(level=3_000)  # a round thousand stands for 2,500 to 3,500: no finding
@example(level=2_700)
def test_the_level_fires_exactly_when_it_is_not_the_record(level: int) -> None:
    text = _EXTENDED.format(level=f"{level:,}")
    found = _findings(text, "reference-mismatch", "uk-ge-2019")
    assert bool(found) is not _stands_for(level, 2781)
