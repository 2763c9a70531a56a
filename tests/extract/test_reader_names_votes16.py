"""Candidates and their votes in wordings real copy gave them that the reader missed
(sixteenth session, read on the stories' skeletons: each claim from its own words).

"James Morris and Mike Wood retained Halesowen and Rowley Regis and Dudley South
respectively": every person "respectively" pairs with a seat is the verb's subject and that
seat's candidate, not only the one named right before the verb; a run of people right before
a verb of holding or winning and a list of seats ending the clause ("Kerry McCarthy and Karin
Smyth successfully held Bristol East and Bristol South") pairs them in order too, each the
winner of their own. "Both Chris Davies and Glyn
Davies held …": "Both" is no part of a name. "the UUP's Sam Nicholson in fourth place
(4,425)": the count in brackets after a placing is the votes that placed them, as "came fourth
with 4,425" is. "secured 15,558 votes in the previously safe Labour seat": the seat's past
dates no figure ("had previously polled 15,558 votes" still does).

Sentences are ours, in the patterns real copy uses; figures are the official ones for the seat
and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from story_files import candidate_named, contest_named, findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, OutcomeClaim


def _read(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _seats_of(article: Article) -> dict[str, str | None]:
    return {c.name: contest.name for contest in article.contests for c in contest.candidates}


# People "respectively" pairs with seats.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Elsewhere, Conservatives James Morris and Mike Wood retained Halesowen and Rowley "
            "Regis and Dudley South respectively.",
            {"James Morris": "Halesowen and Rowley Regis", "Mike Wood": "Dudley South"},
        ),
        (
            "Conservatives Damian Collins, Michael Fallon, Charlie Elphicke have held Folkestone "
            "and Hythe, Sevenoaks and Dover respectively.",
            {
                "Damian Collins": "Folkestone and Hythe",
                "Michael Fallon": "Sevenoaks",
                "Charlie Elphicke": "Dover",
            },
        ),
        (
            "Both Chris Davies and Glyn Davies held their seats in Brecon and Radnorshire, and "
            "Montgomeryshire respectively.",
            {"Chris Davies": "Brecon and Radnorshire", "Glyn Davies": "Montgomeryshire"},
        ),
    ],
)
def test_each_person_respectively_paired_with_a_seat_is_its_candidate(
    sentence: str, expected: dict[str, str]
) -> None:
    seats = _seats_of(_read(sentence))
    for person, seat in expected.items():
        assert seats.get(person) == seat
    assert findings_of(sentence, "uk-ge-2017", rule="name-mismatch") == []


def test_a_misspelt_name_respectively_paired_with_a_seat_is_flagged() -> None:
    sentence = (
        "Elsewhere, Conservatives James Morrison and Mike Wood retained Halesowen and Rowley "
        "Regis and Dudley South respectively."
    )
    [finding] = findings_of(sentence, "uk-ge-2017", rule="name-mismatch")
    assert finding.text == "James Morrison"


def test_a_person_named_before_a_paired_run_is_not_its_subject() -> None:
    # Dan Jarvis is only said to have watched: the run "respectively" pairs is the two after.
    sentence = (
        "Dan Jarvis watched as Conservatives James Morris and Mike Wood retained Halesowen and "
        "Rowley Regis and Dudley South respectively."
    )
    assert "Dan Jarvis" not in _seats_of(_read(sentence))


@pytest.mark.parametrize("word", ["Both", "Neither", "Either"])
def test_a_word_of_coordination_is_no_part_of_a_name(word: str) -> None:
    sentence = (
        f"{word} Chris Davies and Glyn Davies held their seats in Brecon and Radnorshire, and "
        "Montgomeryshire respectively."
    )
    names = {c.name for contest in _read(sentence).contests for c in contest.candidates}
    assert "Chris Davies" in names
    assert not any(n.startswith(word) for n in names)


# A count in brackets after a placing.


@pytest.mark.parametrize(("written", "fires"), [("4,425", False), ("4,452", True)])
def test_a_count_in_brackets_after_a_placing_is_the_votes(written: str, fires: bool) -> None:
    sentence = (
        "In Newry and Armagh, Mickey Brady won with 25,666 votes, with the UUP's Sam Nicholson "
        f"in fourth place ({written})."
    )
    contest = contest_named(_read(sentence), "Newry and Armagh")
    votes = candidate_named(contest, "Sam Nicholson").votes
    assert votes is not None
    assert votes.text == written
    assert votes.grounds is not None
    assert votes.grounds.what == "a placing, then its figure in brackets"
    flagged = [f.text for f in findings_of(sentence, "uk-ge-2017")]
    assert flagged == ([written] if fires else [])


def test_a_share_in_brackets_after_a_placing_is_the_share() -> None:
    sentence = (
        "In Bangor Aberconwy, Claire Hughes won, with Plaid Cymru's Catrin Wager in second "
        "place (22.5%)."
    )
    contest = contest_named(_read(sentence), "Bangor Aberconwy")
    wager = candidate_named(contest, "Catrin Wager")
    assert wager.votes is None
    assert wager.share is not None
    assert wager.share.text == "22.5"


def test_a_year_in_brackets_after_a_placing_is_no_count() -> None:
    sentence = (
        "In Newry and Armagh, Mickey Brady won, with the UUP's Sam Nicholson in fourth place "
        "(2017), well behind on 4,425 votes."
    )
    contest = contest_named(_read(sentence), "Newry and Armagh")
    votes = candidate_named(contest, "Sam Nicholson").votes
    assert votes is None or votes.text == "4,425"


# The seat's past dates no figure.


@pytest.mark.parametrize(
    "seat_words",
    ["the previously safe Labour seat", "the previously marginal seat", "the seat"],
)
def test_votes_in_a_seat_described_by_its_past_are_this_election_s(seat_words: str) -> None:
    sentence = f"In Birmingham Ladywood, Shabana Mahmood secured 15,558 votes in {seat_words}."
    contest = contest_named(_read(sentence), "Birmingham Ladywood")
    votes = candidate_named(contest, "Shabana Mahmood").votes
    assert votes is not None
    assert votes.text == "15,558"
    wrong = sentence.replace("15,558", "15,585")
    assert [f.text for f in findings_of(wrong, "uk-ge-2024")] == ["15,585"]


def test_votes_polled_previously_are_not_this_election_s() -> None:
    sentence = "In Birmingham Ladywood, Shabana Mahmood had previously polled 35,558 votes."
    article = _read(sentence)
    assert all(c.votes is None for contest in article.contests for c in contest.candidates)
    assert findings_of(sentence, "uk-ge-2024") == []


# A run of people holding a list of seats pairs them as "respectively" does.


def test_a_run_of_people_holding_a_list_of_seats_pairs_them_in_order() -> None:
    sentence = (
        "And Labour candidates Kerry McCarthy and Karin Smyth successfully held Bristol East "
        "and Bristol South."
    )
    article = _read(sentence)
    assert _seats_of(article) == {"Kerry McCarthy": "Bristol East", "Karin Smyth": "Bristol South"}
    for seat, person in (("Bristol East", "Kerry McCarthy"), ("Bristol South", "Karin Smyth")):
        rank = candidate_named(contest_named(article, seat), person).rank
        assert rank is not None
        assert rank.value == 1
    winners = {(c.contest, c.candidate) for c in article.claims if isinstance(c, OutcomeClaim)}
    assert winners == {("Bristol East", "Kerry McCarthy"), ("Bristol South", "Karin Smyth")}
    assert findings_of(sentence, "uk-ge-2015", rule=None) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # no verb of holding or winning between them
        "Labour's Kerry McCarthy and Karin Smyth campaigned in Bristol East and Bristol South.",
        # the seats' list does not end the clause
        "Kerry McCarthy and Karin Smyth held Bristol East and Bristol South by 2,000 votes "
        "between them.",
    ],
)
def test_people_and_seats_are_not_paired_without_a_verb_of_holding_ending_the_clause(
    sentence: str,
) -> None:
    # Kerry McCarthy, named before the one right before the verb, is paired with no seat.
    assert "Kerry McCarthy" not in _seats_of(_read(sentence))
