"""Which seat a sentence's figures belong to when copy names another seat in passing (issue
8's misreadings): a seat that is someone's title, a seat of the past, a seat a second
winner cannot share, a seat the wording says is another.

Sentences are ours, in the patterns real copy uses. Each test has a control: the same story
with the seat named as the story's own, read as before.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.entities import (
    contest_matcher,
    find_people,
    is_seat,
    names_former_seat,
)
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document


def _read(text: str) -> Article:
    return read_prose(Document(path="a.txt", text=text))


def _seats_of(article: Article) -> dict[str, str | None]:
    """Each candidate given a figure or named as a seat's, by name: the seat read."""
    return {c.name: co.name for co in article.contests for c in co.candidates if c.name}


def _contest_figures(article: Article) -> dict[str | None, tuple[str | None, str | None]]:
    return {
        co.name: (
            co.majority.text if co.majority else None,
            co.turnout.text if co.turnout else None,
        )
        for co in article.contests
        if co.majority or co.turnout
    }


_CARD = (
    "Conservative Jane Doe has retained her seat in North West Cambridgeshire.\n\n"
    "{caption}\n\n"
    "Ms Doe increased her majority to 25,983 votes.\n\n"
    "Result:\n\n"
    "Jane Doe (Conservative) - 40,307\n\n"
    "Ann Other (Labour Party) - 14,324\n\n"
    "Turnout: 68.32%\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Jane Doe (left) with new MP for Peterborough John Roe",
        "Jane Doe with the Peterborough MP John Roe",
        "Pictured: Jane Doe and the MP for Peterborough, John Roe.",
    ],
)
def test_a_seat_named_as_someones_title_does_not_take_the_story(caption: str) -> None:
    article = _read(_CARD.format(caption=caption))
    assert _seats_of(article)["Ann Other"] == "North West Cambridgeshire"
    assert _contest_figures(article) == {"North West Cambridgeshire": ("25,983", "68.32")}


def test_a_seat_the_story_turns_to_takes_it() -> None:
    # The control: named as a place the story moves to, the seat is the figures' own.
    article = _read(_CARD.format(caption="Meanwhile the count moved on to Peterborough."))
    assert _seats_of(article)["Ann Other"] == "Peterborough"
    assert _contest_figures(article) == {"Peterborough": ("25,983", "68.32")}


def test_a_title_seat_is_taken_when_no_seat_came_before() -> None:
    article = _read("New MP for Peterborough John Roe polled 20,000 votes.")
    assert _seats_of(article) == {"John Roe": "Peterborough"}


@pytest.mark.parametrize(
    ("words", "seat", "former"),
    [
        ("the former MP for Carmarthen West and South Pembrokeshire, Simon Hart", 1, True),
        ("the ex-MP for Carmarthen West and South Pembrokeshire, Simon Hart", 1, True),
        ("took the seat formerly known as Totnes", 1, True),
        ("the seat previously called Totnes", 1, True),
        ("the MP for Carmarthen West and South Pembrokeshire, Simon Hart", 1, False),
        ("the previously Tory-held constituencies of Totnes", 1, False),
    ],
)
def test_a_seat_of_the_past_is_known_by_its_wording(words: str, seat: int, former: bool) -> None:
    found = contest_matcher().find(words)
    assert len(found) == seat
    assert names_former_seat(words, found[0]) is former


_HART = (
    "Plaid Cymru's Ann Davies won Caerfyrddin with 15,520 votes.\n\n"
    "The {title} MP for Carmarthen West and South Pembrokeshire, Simon Hart, failed to retain "
    "his seat, finishing third with 8,825 votes."
)


def test_figures_after_a_former_seat_are_the_story_seats() -> None:
    article = _read(_HART.format(title="former"))
    assert _seats_of(article)["Simon Hart"] == "Caerfyrddin"
    assert all(co.name != "Carmarthen West and South Pembrokeshire" for co in article.contests)


def test_figures_after_a_present_title_are_that_seats() -> None:
    # The control: "the MP for X" without "former" is X's member, whose figures are X's.
    article = _read(_HART.format(title="sitting"))
    assert _seats_of(article)["Simon Hart"] == "Carmarthen West and South Pembrokeshire"


@pytest.mark.parametrize("old", ["formerly known as", "formerly named"])
def test_a_new_name_beside_its_old_one_is_the_seat(old: str) -> None:
    article = _read(
        f"In South Devon, Liberal Democrat Caroline Voaden took the seat {old} Totnes from"
        " Tory Anthony Mangnall."
    )
    assert _seats_of(article) == {
        "Caroline Voaden": "South Devon",
        "Anthony Mangnall": "South Devon",
    }


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("New Torbay MP Steve Darling called it a rout.", "Torbay"),
        ("Defeated Torbay Tory Kevin Foster said the party had lost its way.", "Torbay"),
        ("Defeated Torbay Labour candidate Jane Doe thanked voters.", "Torbay"),
    ],
)
def test_a_one_word_seat_before_a_party_or_new_is_the_seat(text: str, seat: str) -> None:
    found = [c.name for c in contest_matcher().find(text) if is_seat(text, c)]
    assert found == [seat]
    assert all("Torbay" not in p.name for p in find_people(text))


@given(st.sampled_from(["Gordon Brown", "Angus Robertson", "Ms Gordon"]))
def test_a_seat_word_that_opens_a_name_is_still_a_person(name: str) -> None:
    text = f"Former Prime Minister {name} spoke at the count."
    assert [c.name for c in contest_matcher().find(text) if is_seat(text, c)] == []
