"""Misreadings met on dev2, the first held-out fifth opened for reading (issue 8, seventh
session): a seat named only by its possessive, a sentence set in another place, a seat the
story gives the sentence's person elsewhere, a majority's count read as votes, a share read as
a turnout after a turnout in votes.

Sentences are ours, in the patterns real copy uses. Each test has a control: the same words
with the reading that should stay, read as before. Figures checked against the record are the
official ones for the seat and year named; a "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from story_files import article_of, findings_in, story_file

import factcheck
from factcheck.extract.carried import _place_words
from factcheck.extract.entities import contest_matcher, is_seat, uk_constituencies
from factcheck.models import Article, OutcomeClaim
from factcheck.names import same_person_name


def _seats(text: str) -> list[str]:
    return [c.name for c in contest_matcher().find(text) if is_seat(text, c)]


def _by_name(article: Article) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each named candidate: (seat, votes, share) as read."""
    return {
        c.name: (
            co.name,
            c.votes.text if c.votes else None,
            c.share.text if c.share else None,
        )
        for co in article.contests
        for c in co.candidates
        if c.name
    }


@cache
def _one_word_seats() -> list[str]:
    return sorted(s for s in uk_constituencies() if " " not in s and "-" not in s)


# --- A one-word seat's possessive, before what only a constituency has -----------------------


@given(
    st.sampled_from(_one_word_seats()),
    st.sampled_from(["new MP", "MP", "re-elected MP", "third member of parliament", "voters"]),
    st.sampled_from(["'s", "’s"]),
)
def test_a_seats_possessive_before_its_mp_names_the_seat(seat: str, owns: str, s: str) -> None:
    text = f"{seat}{s} {owns} will be Jane Doe, who won 20,000 votes."
    assert _seats(text) == [seat]


@given(st.sampled_from(_one_word_seats()), st.sampled_from(["book", "speech", "son"]))
def test_a_seats_possessive_before_anything_else_is_not_the_seat(seat: str, noun: str) -> None:
    # The control: "Gordon's book" is a person's as often as a seat's.
    text = f"Critics liked {seat}'s {noun} more than most."
    assert _seats(text) == []


@pytest.mark.parametrize(("written", "fires"), [("28,830", False), ("28,380", True)])
def test_a_possessive_seat_takes_the_figures_after_it(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        "Most of Kent voted Conservative, other than Canterbury, which voted for Labour.\n\n"
        f"Dover’s new MP will be Natalie Elphicke, who won {written} votes."
    )
    path = story_file(tmp_path, story, "uk-ge-2019")
    found = [f.message for f in findings_in(path) if f.text == written]
    # Dover's record, not Canterbury's (a warning: nothing else the story says confirms it).
    dover = "Natalie Elphicke's vote in Dover is officially 28,830"
    assert [m.startswith(dover) for m in found] == ([True] if fires else [])


def test_a_heading_word_before_a_seat_is_no_first_name() -> None:
    text = "Labour's Toby Perkins retained Chesterfield.\n\nFull Bolsover results below:"
    assert _seats(text) == ["Chesterfield", "Bolsover"]


# --- A sentence set in a place that is not the carried seat's ---------------------------------


@cache
def _places_not_seats() -> list[str]:
    """Capitalised words of seats' names that name no seat on their own ("Maidstone")."""
    places = []
    for word in sorted(_place_words()):
        written = word.capitalize()
        # "In Westminster" is Parliament as often as a place, and the reader keeps the carried
        # seat after it (the only one of these 580 words it keeps it for): not this property's.
        if word == "westminster":
            continue
        if word.isalpha() and len(word) > 4 and not contest_matcher().find(f"In {written},"):
            places.append(written)
    return places


@given(st.sampled_from(_places_not_seats()), st.integers(min_value=100, max_value=60_000))
def test_a_sentence_set_in_another_place_does_not_take_the_carried_seat(place: str, n: int) -> None:
    article = article_of(
        "Folkestone and Hythe\n\n"
        "Damian Collins, Folkestone and Hythe's re-elected MP, received 35,483 votes.\n\n"
        f"In {place}, Helen Grant, the re-elected Conservative MP, received {n:,} votes."
    )
    seat = _by_name(article)["Helen Grant"][0]
    assert seat != "Folkestone and Hythe" or place.lower() in ("folkestone", "hythe")


def test_a_sentence_set_in_a_place_of_the_carried_seat_keeps_it() -> None:
    # The control: Folkestone is in the carried seat's name.
    article = article_of(
        "Damian Collins held Folkestone and Hythe with 35,483 votes.\n\n"
        "In Folkestone, Labour's Laura Davison received 9,000 votes."
    )
    assert _by_name(article)["Laura Davison"] == ("Folkestone and Hythe", "9,000", None)


@pytest.mark.parametrize(
    ("where", "seat"),
    [("Uxbridge, west London", None), ("Islington North", "Islington North")],
)
def test_the_stories_seat_before_it_is_named_is_doubted_too(where: str, seat: str | None) -> None:
    # The story's seat by count is Islington North, named only later: a sentence set in
    # Uxbridge before it is not Islington North's.
    article = article_of(
        f"Boris Johnson was re-elected in {where}, with 25,351 votes.\n\n"
        "Speaking at his count in Islington North, Jeremy Corbyn said Labour had lost.\n"
    )
    assert _by_name(article)["Boris Johnson"] == (seat, "25,351", None)


# --- A person the story makes another seat's member -------------------------------------------

_CABLE = (
    "Vince Cable lost to Conservative rival Tania Mathias by {n:,} votes.\n\n"
    "Another Liberal Democrat who lost is Sir Bob Russell, the MP for Colchester since 1997."
    " Colchester's Conservative candidate Will Quince won. Colchester, Essex, has a new MP.\n\n"
    "{said}"
)


@given(st.integers(min_value=100, max_value=20_000))
def test_a_person_another_seats_member_does_not_take_the_stories_seat(n: int) -> None:
    article = article_of(_CABLE.format(n=n, said="Mr Cable, 71, had been the MP for Twickenham."))
    assert all(co.majority is None for co in article.contests if co.name == "Colchester")


def test_without_a_seat_of_their_own_the_stories_seat_holds() -> None:
    # The control: nothing says which seat Vince Cable's is; the story's seat is carried.
    article = article_of(_CABLE.format(n=2017, said="Mr Cable, 71, said it was a cruel night."))
    (colchester,) = [co for co in article.contests if co.name == "Colchester"]
    assert colchester.majority is not None
    assert colchester.majority.text == "2,017"


# --- A majority's count is no candidate's votes -----------------------------------------------


@given(st.integers(min_value=100, max_value=30_000), st.integers(min_value=100, max_value=30_000))
def test_a_count_a_majority_governs_is_no_vote_total(a: int, b: int) -> None:
    # The seat's majority is read first, so no reading of majorities takes the count.
    for text in (
        f"Jo Swinson had a majority of just {a:,} votes, which was overturned.",
        f"It means Ms Swinson's majority has plummeted from {a:,} to {b:,} votes.",
        f"Ms Swinson, whose majority was cut to {b:,} votes, thanked her team.",
    ):
        article = article_of(f"Jo Swinson has lost her seat by just 149 votes.\n\n{text}")
        assert all(v is None for _, v, _ in _by_name(article).values()), text


@given(st.integers(min_value=100, max_value=30_000))
def test_a_count_after_the_majority_in_another_clause_is_votes(n: int) -> None:
    # The control: a comma ends the majority's clause; the votes after it are hers.
    article = article_of(f"In East Dunbartonshire, Jane Doe won a majority, polling {n:,} votes.")
    assert _by_name(article)["Jane Doe"][1] == f"{n:,}"


@given(st.integers(min_value=100, max_value=999))
def test_a_ranges_upper_end_after_by_is_no_vote_total(n: int) -> None:
    article = article_of(
        "In Portsmouth North, Penny Mordaunt has lost her seat to Labour's Amanda Martin by"
        f" around {n} to {n + 200:,} votes."
    )
    assert all(v is None for _, v, _ in _by_name(article).values())


# --- A turnout's cue is spent on the first figure after it ------------------------------------


def _turnout(article: Article) -> str | None:
    # (An earlier election's turnout, "down from 76%", is kept in a dated contest of its own.)
    found = [co.turnout.text for co in article.contests if co.turnout and not co.dated]
    assert len(found) <= 1
    return found[0] if found else None


@given(st.integers(min_value=20, max_value=80))
def test_a_share_after_a_turnout_in_votes_is_no_turnout(share: int) -> None:
    article = article_of(
        "Canterbury's turnout was 56,800, and Ms Rosie Duffield won 25,572 votes - a"
        f" {share}% share - pushing Sir Julian Brazier into second place."
    )
    assert _turnout(article) is None
    assert _by_name(article)["Rosie Duffield"] == ("Canterbury", "25,572", f"{share}")


@pytest.mark.parametrize(
    ("sentence", "turnout"),
    [
        # The controls: a bracketed percentage of the turnout's count, a change's end level.
        ("The Stoke-on-Trent North electorate is 84,357; Turnout 40,134 (47.58%).", "47.58"),
        ("In Canterbury, turnout was down from 76% to 70%.", "70"),
        ("In Canterbury, turnout was 72.6%, up on 2015.", "72.6"),
    ],
)
def test_a_turnouts_own_percentage_is_still_read(sentence: str, turnout: str) -> None:
    assert _turnout(article_of(sentence)) == turnout


# --- An age, a hope, a by-election: no margin, no outcome of this election --------------------


def _majorities(article: Article) -> dict[str | None, str]:
    return {co.name: co.majority.text for co in article.contests if co.majority and not co.dated}


@given(st.integers(min_value=18, max_value=90), st.sampled_from(["-year-old", "-year old"]))
def test_an_age_after_defeated_by_is_no_margin(age: int, old: str) -> None:
    article = article_of(
        "In Paisley and Renfrewshire South, Labour's Douglas Alexander has been defeated by"
        f" {age}{old} SNP candidate Mhairi Black."
    )
    assert _majorities(article) == {}


def test_a_count_after_defeated_by_is_still_the_margin() -> None:
    # The control.
    article = article_of(
        "In Paisley and Renfrewshire South, Douglas Alexander was defeated by 5,684."
    )
    assert _majorities(article) == {"Paisley and Renfrewshire South": "5,684"}


def _outcomes(article: Article) -> list[tuple[str, str | None, str | None]]:
    return [(c.verb, c.party, c.contest) for c in article.claims if isinstance(c, OutcomeClaim)]


@pytest.mark.parametrize(
    "hope", ["against the odds of", "despite fears of", "whatever the chances of"]
)
def test_the_odds_of_a_gain_are_no_gain(hope: str) -> None:
    article = article_of(f"In Canterbury, {hope} a Conservative gain, Labour's Rosie Duffield won.")
    assert ("gain", "Conservative", "Canterbury") not in _outcomes(article)


def test_a_gain_declared_is_read() -> None:
    # The control.
    article = article_of("Canterbury: Conservative gain from Labour.")
    assert ("gain", "Conservative", "Canterbury") in _outcomes(article)


@pytest.mark.parametrize(("when", "read"), [(" in a December 2016 by-election", False), ("", True)])
def test_a_seat_lost_at_a_by_election_is_no_outcome_of_this_one(when: str, read: bool) -> None:
    article = article_of(
        "Zac Goldsmith, standing again as a Conservative, re-took Richmond Park by just 45"
        f" votes. He lost the seat to the Liberal Democrats{when}."
    )
    gains = [o for o in _outcomes(article) if o[0] == "gain" and o[1] == "Liberal Democrat"]
    assert bool(gains) is read


# --- A majority overturned or held before the election is the last election's -----------------


@given(st.integers(min_value=100, max_value=9_999))
def test_an_overturned_vote_majority_is_the_last_elections(n: int) -> None:
    article = article_of(f"Sinn Fein overturned a huge {n:,} vote majority for Belfast North.")
    assert _majorities(article) == {}


def test_a_vote_majority_won_is_this_elections() -> None:
    # The control.
    article = article_of("Sinn Fein won Belfast North with a 1,943 vote majority.")
    assert _majorities(article) == {"Belfast North": "1,943"}


@pytest.mark.parametrize(("when", "fires"), [("before", False), ("at", True)])
def test_a_majority_before_the_election_is_not_this_ones(
    tmp_path: Path, when: str, fires: bool
) -> None:
    # 187 is Canterbury's 2017 majority: said of the time before the 2019 election, right.
    story = (
        "The Kent constituency of Canterbury was the second-most marginal seat in the region"
        f" {when} the general election, under 2% with a majority of just 187."
    )
    path = story_file(tmp_path, story, "uk-ge-2019")
    report = factcheck.check(path)
    assert [f.name for f in report.findings if f.text == "187"] == []
    # Read as 2019's ("at"), it is set against 2019's 1,836: far from it and exactly 2017's
    # majority, it is not compared, and the reason names 2017's (s-14).
    named = "it is the majority in Canterbury (uk-ge-2017)"
    assert any(named in n.reason for n in report.not_checked) is fires


# --- Whose figure: an aside, a son's suffix, the one beaten -----------------------------------


@pytest.mark.parametrize(
    ("aside", "whose"),
    [
        ("– sworn in after former journalist Tim Walker stood down –", "Claire Malcolmson"),
        ("(who replaced Tim Walker)", "Claire Malcolmson"),
        # The control: no aside closes; the figure is the one named last.
        ("thanked Tim Walker, who", "Tim Walker"),
    ],
)
def test_a_person_inside_an_aside_does_not_take_the_figure(aside: str, whose: str) -> None:
    article = article_of(
        f"In Canterbury, the Liberal Democrats' Claire Malcolmson {aside} got 3,408 votes."
    )
    voted = {name: v for name, (_, v, _) in _by_name(article).items() if v}
    assert voted == {whose: "3,408"}


@given(st.integers(min_value=1_000, max_value=30_000), st.sampled_from(["Jr", "Jnr", "Junior"]))
def test_a_sons_suffix_is_no_other_person(n: int, jr: str) -> None:
    article = article_of(
        "In North Antrim, Ian Paisley lost the seat he has held since 2010.\n\n"
        f"Mr Paisley {jr} came a close second with {n:,} votes."
    )
    voted = {name: v for name, (_, v, _) in _by_name(article).items() if v}
    assert len(voted) == 1
    ((name, votes),) = voted.items()
    assert name == "Ian Paisley"
    assert votes == f"{n:,}"


@pytest.mark.parametrize("pronoun", ["his", "their"])
def test_a_possessive_after_the_one_beaten_is_not_theirs(pronoun: str) -> None:
    article = article_of(
        "In Fermanagh and South Tyrone, the UUP's Tom Elliott celebrated after his victory over"
        f" Michelle Gildernew with {pronoun} 23,608 votes to her 23,078."
    )
    assert "23,608" not in {v for _, v, _ in _by_name(article).values()}


def test_the_one_beaten_with_a_figure_of_their_own() -> None:
    # The control: the one beaten's own figure, said of her.
    article = article_of(
        "In Fermanagh and South Tyrone, Tom Elliott won. Michelle Gildernew polled 23,078 votes."
    )
    assert _by_name(article)["Michelle Gildernew"][1] == "23,078"


@pytest.mark.parametrize(
    ("written", "same"),
    [
        ("Mr Paisley Jr", True),
        ("Ian Paisley Jr.", True),
        ("Ian Paisley Junior", True),
        # The controls: a misspelling with the suffix is still one; a suffix alone names no one.
        ("Ian Paisly Jr", False),
        ("Jr", False),
    ],
)
def test_a_sons_suffix_is_no_part_of_the_name_on_the_ballot(written: str, same: bool) -> None:
    assert same_person_name(written, "Ian Paisley") is same
