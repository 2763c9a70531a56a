"""Names read in the wrong seat on real results copy, and the wordings that now keep them
out of it (issue 8, eighth session): a name read in another seat makes ``name-mismatch``
cry wolf, so a person whose seat the wording leaves open is better not read.

Sentences are ours, in the shapes seen in several stories; each has a control.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

from factcheck.extract.entities import contest_matcher, find_people, names_former_seat
from factcheck.models import Article


def _seat_of(article: Article, name: str) -> str | None:
    for contest in article.contests:
        for cand in contest.candidates:
            if cand.name == name:
                return contest.name
    return None


def _named(article: Article) -> set[str]:
    return {c.name for co in article.contests for c in co.candidates if c.name}


_GIVEN = ("Alys", "Bronwen", "Cedric", "Dafydd", "Eilidh", "Fergus", "Gwyneth", "Hamish")
_SURNAMES = ("Abernethy", "Blackwood", "Carrick", "Dunmore", "Elphinstone", "Fairbairn")
names = st.builds(lambda g, s: f"{g} {s}", st.sampled_from(_GIVEN), st.sampled_from(_SURNAMES))


# -- a seat of the past: "the former X MP", "previously the Labour MP for X" ---------------------


@pytest.mark.parametrize(
    ("words", "former"),
    [
        ("narrowly ahead of Conservative Robin Millar, the former Aberconwy MP.", True),
        ("She was previously the Labour MP for Lewisham East from 2010.", True),
        ("He had formerly been MP for Lewisham East.", True),
        # Controls: a present member, and a seat "previously" held by a party.
        ("Robin Millar, the Aberconwy MP, came third.", False),
        ("She is the Labour MP for Lewisham East.", False),
        ("the previously Tory-held constituencies of Totnes", False),
    ],
)
def test_a_former_member_s_seat_is_a_past_one(words: str, former: bool) -> None:
    (seat,) = contest_matcher().find(words)
    assert names_former_seat(words, seat) is former


@settings(max_examples=10, deadline=None)
@given(winner=names, third=names)
def test_a_former_seat_named_with_a_candidate_does_not_take_the_story(
    winner: str, third: str
) -> None:
    if winner.rsplit(maxsplit=1)[-1] == third.rsplit(maxsplit=1)[-1]:
        return
    text = (
        f"Labour's {winner} won Bangor Aberconwy with 14,008 votes.\n\n"
        f"Plaid Cymru were second, narrowly ahead of Conservative {third}, the former Aberconwy"
        " MP.\n\n"
        f"{winner.rsplit(maxsplit=1)[-1]} thanked the people of Bangor Aberconwy."
    )
    article = article_of(text)
    assert _seat_of(article, winner) == "Bangor Aberconwy"
    assert "Aberconwy" not in {co.name for co in article.contests}


# -- "Locally, …": back to the story's own seat after a passing one ------------------------------

_LOCALLY = (
    "Liberal Democrat Alistair Carmichael held Orkney and Shetland with 11,312 votes.\n\n"
    "The SNP's Miriam Brett came second in Orkney and Shetland.\n\n"
    "Sir Vince Cable reclaimed the Twickenham seat he lost two years ago.\n\n"
    "{opening}Labour's {name} came third, with 2,664 votes."
)


def test_locally_returns_to_the_story_s_seat() -> None:
    article = article_of(_LOCALLY.format(opening="Locally, ", name="Robina Barton"))
    assert _seat_of(article, "Robina Barton") == "Orkney and Shetland"
    # Orkney and Shetland 2017: Robina Barton (Labour) came third with 2,664 votes.
    text = _LOCALLY.format(opening="Locally, ", name="Robina Barton")
    assert findings_of(text, "uk-ge-2017") == []
    assert findings_of(text, "uk-ge-2017", "name-mismatch") == []
    wrong = _LOCALLY.format(opening="Locally, ", name="Robina Burton")
    assert [f.text for f in findings_of(wrong, "uk-ge-2017", "name-mismatch")] == ["Robina Burton"]


def test_without_the_cue_the_passing_seat_is_carried() -> None:
    # The control: nothing says the story went back, so the last seat named is carried.
    article = article_of(_LOCALLY.format(opening="", name="Robina Barton"))
    assert _seat_of(article, "Robina Barton") != "Orkney and Shetland"


# -- several seats' people in one list ------------------------------------------------------------

_ROUNDUP = (
    "Labour's Jane Roe gained Kensington by 20 votes.\n\n"
    "{sentence} Kensington was the last seat to declare.\n\n"
    "Labour also gained Battersea and Colne Valley."
)


@settings(max_examples=10, deadline=None)
@given(a=names, b=names)
def test_people_losing_their_seats_together_are_not_the_carried_seat_s(a: str, b: str) -> None:
    if a == b:
        return
    article = article_of(_ROUNDUP.format(sentence=f"Good news: {a} and {b} have lost their seats."))
    assert not _named(article) & {a, b}


def test_one_person_losing_their_seat_is_still_read() -> None:
    # The control: one subject, in a story about the seat, is read in it.
    article = article_of(_ROUNDUP.format(sentence="Sadly Tom Doe has lost his seat."))
    assert _seat_of(article, "Tom Doe") == "Kensington"


@pytest.mark.parametrize("role", ["defeated MPs", "party colleagues and former MPs"])
def test_a_list_after_a_plural_role_is_several_seats(role: str) -> None:
    text = (
        "Sinn Fein's Chris Hazzard won South Down with 20,328 votes.\n\n"
        f"The party leader paid tribute to {role} Margaret Ritchie, Mark Durkan and Alasdair"
        " McDonnell, all beaten."
    )
    article = article_of(text)
    assert _seat_of(article, "Chris Hazzard") == "South Down"
    assert not _named(article) & {"Margaret Ritchie", "Mark Durkan", "Alasdair McDonnell"}


def test_a_list_of_those_beaten_in_one_seat_is_read() -> None:
    # The control: the objects of one result's verb stood in the seat the story is about.
    text = (
        "Conservative Jane Doe held North East Cambridgeshire, ahead of Labour's Tom Roe.\n\n"
        "Darren Fower was in third place, ahead of UKIP's Robin Talbot, the Green Party's Ruth"
        " Johnson and English Democrat Stephen Goldspink.\n\n"
        "North East Cambridgeshire has been Conservative since 1987. Peterborough was a gain."
    )
    article = article_of(text)
    assert _seat_of(article, "Robin Talbot") == "North East Cambridgeshire"


def test_a_name_starts_at_a_word_s_start() -> None:
    found = find_people("paid tribute to defeated MPs Margaret Ritchie and Mark Durkan.")
    assert [p.name for p in found] == ["Margaret Ritchie", "Mark Durkan"]


# -- a seat the matcher does not know, named after the person's verb -----------------------------


@settings(max_examples=10, deadline=None)
@given(a=names, b=names)
def test_an_unknown_seat_after_the_verb_is_not_the_sentence_s_other_seat(a: str, b: str) -> None:
    if a == b:
        return
    text = (
        f"Meanwhile, the Conservatives' {a} held on to Carmarthenshire West and Pembrokeshire"
        f" South, and former Welsh Secretary {b} retained Preseli Pembrokeshire."
    )
    article = article_of(text)
    assert _seat_of(article, a) is None
    assert _seat_of(article, b) == "Preseli Pembrokeshire"


def test_a_known_seat_after_the_verb_is_read() -> None:
    # The control: both seats known, each person in their own.
    text = (
        "Meanwhile, the Conservatives' Jane Doe held on to Carmarthen West and South"
        " Pembrokeshire, and former Welsh Secretary Tom Roe retained Preseli Pembrokeshire."
    )
    article = article_of(text)
    assert _seat_of(article, "Jane Doe") == "Carmarthen West and South Pembrokeshire"
    assert _seat_of(article, "Tom Roe") == "Preseli Pembrokeshire"


def test_a_seat_named_as_a_constituency_is_not_the_carried_one() -> None:
    text = (
        "Labour's Heidi Alexander won Swindon South.\n\n"
        "The Conservative Jane Doe, who has held senior posts, was ousted by Labour in the"
        " Suffolk Coast constituency."
    )
    article = article_of(text)
    assert _seat_of(article, "Heidi Alexander") == "Swindon South"
    assert _seat_of(article, "Jane Doe") is None
    assert "Suffolk Coast" not in _named(article)


# -- more wordings that say a person stood -------------------------------------------------------

# A story with no result in it is not read at all: each opens with one.
_WORTH_READING = "Turnout was 64.1%.\n\n"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Redcar voters picked Jacob Young over Labour's Anna Turley by 3,527 votes.",
            {"Jacob Young": "Redcar", "Anna Turley": "Redcar"},
        ),
        (
            "Cardiff North stayed blue, and the incoming MP Craig Williams thanked voters.",
            {"Craig Williams": "Cardiff North"},
        ),
        (
            "New Conservative MP Mark Fletcher paid tribute to Mr Skinner in Bolsover.",
            {"Mark Fletcher": "Bolsover"},
        ),
        (
            "In Barrow and Furness, second-placed Simon Fell was gracious.",
            {"Simon Fell": "Barrow and Furness"},
        ),
        (
            "Steve Barclay held North East Cambridgeshire, well ahead of his nearest rival,"
            " Labour's Ken Rustidge.",
            {
                "Steve Barclay": "North East Cambridgeshire",
                "Ken Rustidge": "North East Cambridgeshire",
            },
        ),
        (
            "The DUP had a good night in Belfast East, retaking it from Alliance's Naomi Long.",
            {"Naomi Long": "Belfast East"},
        ),
        (
            "In East Dunbartonshire, the Lib Dem leader lost, losing her seat to young cancer"
            " survivor Amy Callaghan.",
            {"Amy Callaghan": "East Dunbartonshire"},
        ),
        (
            "In Inverness, Skye and West Ross-shire, the SNP's Drew Hendry later conceded defeat.",
            {"Drew Hendry": "Inverness, Skye and West Ross-shire"},
        ),
    ],
)
def test_a_wording_that_says_the_person_stood(text: str, read: dict[str, str]) -> None:
    article = article_of(_WORTH_READING + text)
    assert {name: _seat_of(article, name) for name in read} == read


@pytest.mark.parametrize(
    "text",
    [
        # Controls: the same people named in sentences that say nothing of standing.
        "In Inverness, Skye and West Ross-shire, the SNP's Drew Hendry later spoke to reporters.",
        "New Conservative leader Mark Fletcher paid tribute to Mr Skinner in Bolsover.",
        "In Barrow and Furness, the well-placed Simon Fell was gracious.",
    ],
)
def test_a_person_merely_named_is_not_read(text: str) -> None:
    assert _named(article_of(_WORTH_READING + text)) == set()


@pytest.mark.parametrize(("name", "fires"), [("Mark Fletcher", False), ("Mark Flecher", True)])
def test_a_new_mp_s_name_is_checked(name: str, fires: bool) -> None:
    # Bolsover 2019: Mark Fletcher (Conservative) won.
    text = (
        _WORTH_READING + f"New Conservative MP {name} paid tribute to Dennis Skinner in Bolsover."
    )
    found = [f.text for f in findings_of(text, "uk-ge-2019", "name-mismatch")]
    assert found == ([name] if fires else [])


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Ian Murray in Edinburgh South secured the largest majority in Scotland.",
            {"Ian Murray": "Edinburgh South"},
        ),
        (
            "Jess Phillips, re-elected in Birmingham Yardley, thanked her volunteers.",
            {"Jess Phillips": "Birmingham Yardley"},
        ),
        # The control: the person and the seat, then a verb of no result.
        ("Ian Murray in Edinburgh South said he was delighted.", {"Ian Murray": None}),
    ],
)
def test_a_person_named_with_their_seat_then_a_verb_of_the_result(
    text: str, read: dict[str, str | None]
) -> None:
    article = article_of(_WORTH_READING + text)
    assert {name: _seat_of(article, name) for name in read} == read
