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
from story_files import article_of

from factcheck.extract.entities import (
    contest_matcher,
    find_people,
    is_seat,
    names_former_seat,
)
from factcheck.models import Article, OutcomeClaim


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
    # (Ann Other first: a line under Jane Doe's would be in her seat whatever the story's
    # turn, as the lines of one list are; the nineteenth session.)
    "Ann Other (Labour Party) - 14,324\n\n"
    "Jane Doe (Conservative) - 40,307\n\n"
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
    article = article_of(_CARD.format(caption=caption))
    assert _seats_of(article)["Ann Other"] == "North West Cambridgeshire"
    assert _contest_figures(article) == {"North West Cambridgeshire": ("25,983", "68.32")}


def test_a_seat_the_story_turns_to_takes_it() -> None:
    # The control: named as a place the story moves to, the seat is the figures' own.
    article = article_of(_CARD.format(caption="Meanwhile the count moved on to Peterborough."))
    # (Ann Other's line stands right above Jane Doe's, whom the story placed: the lines of
    # one list are one seat's, above a placed line as below it; the twenty-first session.)
    assert _seats_of(article)["Ann Other"] == "North West Cambridgeshire"
    # A majority whose seat is only carried from an earlier paragraph is not that seat's
    # (claims/margins.py: on real copy it was another seat's more often than not); said of
    # a candidate read in another seat ("Ms Doe increased her majority"), it is hers. That
    # prose about Ms Doe turns the story back to her seat (the twenty-second session), so
    # the list under it and its turnout, whose line names no one, are hers too.
    assert _contest_figures(article) == {"North West Cambridgeshire": ("25,983", "68.32")}
    majority = next(c.majority for c in article.contests if c.majority is not None)
    assert majority.grounds is not None
    assert "Jane Doe" in majority.grounds.seat


def test_a_title_seat_is_taken_when_no_seat_came_before() -> None:
    article = article_of("New MP for Peterborough John Roe polled 20,000 votes.")
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
    article = article_of(_HART.format(title="former"))
    assert _seats_of(article)["Simon Hart"] == "Caerfyrddin"
    assert all(co.name != "Carmarthen West and South Pembrokeshire" for co in article.contests)


def test_figures_after_a_present_title_are_that_seats() -> None:
    # The control: "the MP for X" without "former" is X's member, whose figures are X's. (X
    # is a seat contested in 2024: one abolished then, as Carmarthen West and South
    # Pembrokeshire was, is no seat of a story about a seat first contested in 2024.)
    article = article_of(
        "Plaid Cymru's Ann Davies won Caerfyrddin with 15,520 votes.\n\n"
        "The sitting MP for Ceredigion Preseli, Ben Lake, held his seat with 21,738 votes."
    )
    assert _seats_of(article)["Ben Lake"] == "Ceredigion Preseli"


def test_an_abolished_seats_title_is_history_in_a_story_on_the_new_seats() -> None:
    article = article_of(_HART.format(title="sitting"))
    assert _seats_of(article)["Simon Hart"] == "Caerfyrddin"
    assert all(co.name != "Carmarthen West and South Pembrokeshire" for co in article.contests)


@pytest.mark.parametrize("old", ["formerly known as", "formerly named"])
def test_a_new_name_beside_its_old_one_is_the_seat(old: str) -> None:
    article = article_of(
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


def _votes_by_seat(article: Article) -> dict[str, str | None]:
    return {
        c.name: co.name
        for co in article.contests
        for c in co.candidates
        if c.name and c.votes is not None
    }


@pytest.mark.parametrize(
    ("second", "seat"),
    [
        # One seat has one winner: someone new elected is elected elsewhere.
        ("Jane Doe was elected with 27,282 votes (50.2% of the vote).", None),
        ("Jane Doe has been re-elected with 27,282 votes.", None),
        # The control: a rival's figure in the winner's seat.
        ("Her Conservative rival Jane Doe polled 27,282 votes.", "North Shropshire"),
    ],
)
def test_a_second_winner_is_not_in_the_seat_already_won(second: str, seat: str | None) -> None:
    article = article_of(
        "Helen Morgan has been re-elected as MP for North Shropshire with a 15,133 majority.\n"
        f"{second}\n"
    )
    assert _votes_by_seat(article)["Jane Doe"] == seat


@given(st.integers(min_value=100, max_value=60_000))
def test_a_second_winners_votes_never_go_to_the_seat_won(n: int) -> None:
    article = article_of(
        "Helen Morgan has been re-elected as MP for North Shropshire.\n\n"
        f"Jane Doe was elected with {n:,} votes.\n"
    )
    assert _votes_by_seat(article)["Jane Doe"] is None


def test_a_majority_changed_marks_the_seats_winner() -> None:
    article = article_of(
        "Alec Shelbrooke also gained on his majority, being re-elected in Elmet and Rothwell.\n\n"
        "In the city's most tightly fought seat, Stuart Andrew held his marginal Conservative"
        " seat with a majority of just 331 votes.\n"
    )
    assert _contest_figures(article) == {None: ("331", None)}


def test_a_win_told_as_also_is_in_another_seat() -> None:
    article = article_of(
        "Labour's Jane Doe held Bristol West.\n\n"
        "Independent MP Lady Ann Roe was also returned, with a majority of 2,000.\n"
    )
    assert _contest_figures(article) == {None: ("2,000", None)}


@pytest.mark.parametrize(
    ("opening", "seat"),
    [
        ("In the second constituency to declare,", None),
        ("In another seat,", None),
        ("In the same constituency,", "Rutherglen and Hamilton West"),
    ],
)
def test_words_naming_another_seat_break_the_carry(opening: str, seat: str | None) -> None:
    article = article_of(
        "The SNP's Margaret Ferrier won Rutherglen and Hamilton West.\n\n"
        f"{opening} Conservative Jane Roe polled 9,000 votes.\n"
    )
    assert _votes_by_seat(article)["Jane Roe"] == seat


@pytest.mark.parametrize(
    ("owner", "seat"),
    [
        ("Dundee's Chris Law", None),
        ("Edinburgh's Chris Law", "Edinburgh South"),
    ],
)
def test_a_place_owning_the_person_that_is_not_the_seats(owner: str, seat: str | None) -> None:
    article = article_of(
        "Labour's Ian Murray polled 33,000 votes in Edinburgh South.\n\n"
        f"{owner} polled 15,000 votes, one of the closest results.\n"
    )
    assert _votes_by_seat(article)["Chris Law"] == seat


@pytest.mark.parametrize(
    ("seat_words", "seat"),
    [("her Edinburgh seat", None), ("her seat", "East Renfrewshire")],
)
def test_a_place_owning_a_seat_that_is_not_the_carried_one(
    seat_words: str, seat: str | None
) -> None:
    article = article_of(
        "Labour's Blair McDougall polled 24,000 votes in East Renfrewshire.\n\n"
        f"Joanna Cherry was another casualty, losing {seat_words} to Labour's Scott Arthur, who"
        " polled 20,000 votes.\n"
    )
    assert _votes_by_seat(article)["Scott Arthur"] == seat


@pytest.mark.parametrize(
    ("holds", "seat"),
    [
        ("Labour holds Leicester West, Swansea East and Blaydon.", None),
        ("Labour holds Blaydon.", "Blaydon"),
    ],
)
def test_the_last_of_several_seats_is_not_carried(holds: str, seat: str | None) -> None:
    article = article_of(f"{holds}\nLabour's John Cryer with 28,836 votes.\n")
    assert _votes_by_seat(article)["John Cryer"] == seat


@pytest.mark.parametrize(
    "second",
    [
        "Her Liberal Democrat rival Jane Doe won 5pc (2,982 votes).",
        "Her Liberal Democrat rival Jane Doe took 2,982 votes.",
        "Her Liberal Democrat rival Jane Doe secured a third of the vote, 2,982 votes.",
        "Her Liberal Democrat rival Jane Doe was defeated, with 2,982 votes.",
    ],
)
def test_a_figure_won_or_a_defeat_is_no_second_winner(second: str) -> None:
    article = article_of(
        "Helen Morgan has been re-elected as MP for North Shropshire with a 15,133 majority.\n"
        f"{second}\n"
    )
    assert _votes_by_seat(article)["Jane Doe"] == "North Shropshire"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Votes\nFay Easton Independant 380\n", ["Fay Easton"]),
        ("Jane Doe Independent 380\n", ["Jane Doe"]),
        ("Abolish the Welsh Senedd got 372 votes.", []),
        ("Scrap Holyrood Now polled 120 votes.", []),
    ],
)
def test_a_party_word_misspelt_or_a_parliament_is_no_name(text: str, people: list[str]) -> None:
    assert [p.name for p in find_people(text)] == people


def test_an_embedded_posts_byline_ends_the_sentence_before_it() -> None:
    from factcheck.extract.text import sentences

    text = "Labour HOLD.— Election Maps UK (@ElectionMapsUK) July 4, 2024 Blyth & Ashington: LAB"
    assert [s.text for s in sentences(text)] == [
        "Labour HOLD.",
        "— Election Maps UK (@ElectionMapsUK) July 4, 2024 Blyth & Ashington: LAB",
    ]


def test_a_cards_outcome_is_its_own_seats_not_the_next_cards() -> None:
    card = "{seat}: LAB: 47.1% (+6.7) CON: 13.8% (-19.1) Labour {verb}.— Maps UK (@MapsUK) 2024 "
    text = (
        card.format(seat="Swindon South", verb="GAIN from Conservative")
        + card.format(seat="Houghton and Sunderland South", verb="HOLD")
        + "Blyth & Ashington: LAB: 49.6% (+1.9)"
    )
    found = [(c.contest, c.verb) for c in article_of(text).claims if isinstance(c, OutcomeClaim)]
    assert found == [("Swindon South", "gain"), ("Houghton and Sunderland South", "hold")]


@pytest.mark.parametrize(
    ("who", "seat"),
    [
        # Someone new's own constituency is not the one another person was named with.
        ("Keir Starmer", None),
        # The control: the person named with the seat, in their own constituency.
        ("Tony Blair", "Sedgefield"),
    ],
)
def test_someone_news_own_seat_is_not_another_persons(who: str, seat: str | None) -> None:
    article = article_of(
        "In 1997, Tony Blair won 33,526 votes in his Sedgefield constituency.\n\n"
        f"Later, {who} polled 18,884 votes in his constituency.\n"
    )
    assert _votes_by_seat(article)[who] == seat


def test_a_loser_losing_his_seat_is_in_the_carried_seat() -> None:
    article = article_of(
        "Plaid Cymru's Ann Davies won Caerfyrddin.\n\n"
        "Simon Hart lost his seat, finishing third with 8,825 votes.\n"
    )
    assert _votes_by_seat(article)["Simon Hart"] == "Caerfyrddin"
