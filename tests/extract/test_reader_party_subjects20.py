"""A party as the subject of a figure (issue 8, twentieth session).

A person written only as their party, as the subject of a verb of polling: "The Tory claimed
22,637 votes", "The DUP man polled 15,480 votes", "The Broughty Ferry Tory councillor took
10,986 votes" (with "The Reform UK leader claimed", four outlets). The figure is the party's
candidate's in the seat, as a party's own is ("the Labour candidate won 26,081 votes").

Rivals set behind the figure before, each with "on" or "with": "takes 23,976 votes, ahead of
the Conservatives on 15,738 and Reform with 5,679", "had 5,679 votes in third place, followed
by Labour with 4,153 and the Greens on 1,762", "were third with 11,300 (24.4%) and Reform on
3199 (6.9%)", "collected just 3,357 votes, …, and Labour with 11,203 votes" (four outlets).

Sentences are ours, in the patterns real copy uses. Gower 2019: Tonia Antoniazzi (Labour)
20,208, Francesca O'Brien (Conservative) 18,371, John Davies (Plaid Cymru) 2,288, Sam Bennett
(Liberal Democrat) 2,236, Rob Ross (Brexit Party) 1,379."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

from factcheck.models import Figure, OutcomeClaim

# A heading names the seat, so that a party's figure is tied to it explicitly (a seat only
# carried from the sentence before gives a party's figure to nobody).
_LEAD = "Gower: Labour hold\n\nLabour's Tonia Antoniazzi held Gower with 20,208 votes. "
# The Conservative candidate named, so that a figure said of "the Tory" joins her by the story.
_NAMED = _LEAD + "Conservative Francesca O'Brien came second. "


def _party_votes(text: str, party: str) -> str | None:
    """The votes read for ``party``'s candidate in Gower, as written."""
    for contest in article_of(text).contests:
        if contest.name != "Gower" or contest.dated:
            continue
        for c in contest.candidates:
            if c.party == party and isinstance(c.votes, Figure):
                return c.votes.text
    return None


def _flagged(text: str) -> list[str]:
    return [f.text or "" for f in findings_of(text, "uk-ge-2019")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tory claimed {n} votes.",
        "The Conservative man polled {n} votes.",
        "The Swansea Tory councillor took {n} votes.",
        "The Conservative woman received {n} votes.",
        "The Tory candidate claimed {n} votes.",
    ],
)
@pytest.mark.parametrize("lead", [_LEAD, _NAMED])
@pytest.mark.parametrize(("written", "fires"), [("18,371", False), ("18,731", True)])
def test_a_person_written_as_their_party_polls_the_partys_votes(
    sentence: str, lead: str, written: str, fires: bool
) -> None:
    text = lead + sentence.format(n=written)
    assert _party_votes(text, "Conservative") == written
    assert (written in _flagged(text)) is fires


def test_the_named_candidate_is_the_one_joined() -> None:
    """With the party's candidate named before, "the Tory" is her: one candidate, not two."""
    text = _NAMED + "The Tory claimed 18,371 votes."
    gower = [c for c in article_of(text).contests if c.name == "Gower"]
    tories = [c for c in gower[0].candidates if c.party == "Conservative"]
    assert [c.name for c in tories] == ["Francesca O'Brien"]


@pytest.mark.parametrize(
    "sentence",
    [
        # another election's count: the MP's first election, not this one
        "The Tory MP was first elected in 2010 with 18,000 votes.",
        # a count that is no result: a margin of victory
        "The Tory candidate claimed victory by 2,000 votes.",
        # a count said as gained is a change, not a level (the changes' reading)
        "The Tory candidate gained 3,000 votes.",
    ],
)
def test_no_votes_without_the_wording(sentence: str) -> None:
    assert _party_votes(_LEAD + sentence, "Conservative") is None


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        (
            "Ms Antoniazzi took 20,208 votes, ahead of the Conservatives on 18,371 and Plaid "
            "Cymru with {n}.",
            "Plaid Cymru",
        ),
        (
            "The Conservatives had 18,371 votes in second place, followed by Plaid Cymru with "
            "{n} and the Lib Dems on 2,236.",
            "Plaid Cymru",
        ),
        (
            "The Conservatives had 18,371 votes in second place, followed by Plaid Cymru with "
            "2,288 and the Lib Dems on {n}.",
            "Liberal Democrat",
        ),
        ("The Conservatives were second with 18,371 and Plaid Cymru on {n}.", "Plaid Cymru"),
        (
            "The Brexit Party collected just 1,379 votes, and Plaid Cymru with {n} votes.",
            "Plaid Cymru",
        ),
        (
            "Ms Antoniazzi took 20,208 votes, ahead of the Conservatives on {n}.",
            "Conservative",
        ),
    ],
)
@pytest.mark.parametrize("wrong", [False, True])
def test_rivals_on_or_with_their_figure_are_read(sentence: str, party: str, wrong: bool) -> None:
    right, slip = {
        "Plaid Cymru": ("2,288", "2,828"),
        "Liberal Democrat": ("2,236", "2,263"),
        "Conservative": ("18,371", "18,731"),
    }[party]
    written = slip if wrong else right
    text = _LEAD + sentence.format(n=written)
    assert _party_votes(text, party) == written
    assert (written in _flagged(text)) is wrong


@pytest.mark.parametrize(
    "sentence",
    [
        # no figure of a party or person before it to be the ellipsis of
        "Plaid Cymru on 2,288 was a surprise.",
        # "on" a time, not a figure
        "Ms Antoniazzi took 20,208 votes, ahead of Plaid Cymru on Thursday night.",
    ],
)
def test_no_rival_without_the_wording(sentence: str) -> None:
    assert _party_votes(_LEAD + sentence, "Plaid Cymru") is None


@settings(max_examples=40, deadline=None)
@given(
    noun=st.sampled_from(["", " candidate", " man", " woman", " MP", " councillor"]),
    verb=st.sampled_from(["claimed", "polled", "received", "took", "won"]),
    votes=st.integers(min_value=1_000, max_value=19_999),
)
def test_a_party_written_as_a_person_polls_any_count(noun: str, verb: str, votes: int) -> None:
    """Whatever the noun and the verb of polling, the count is the party's candidate's."""
    written = f"{votes:,}"
    text = _LEAD + f"The Tory{noun} {verb} {written} votes."
    assert _party_votes(text, "Conservative") == written


# -- "The party" as the subject of an outcome ---------------------------------------------------
# Don Valley and Rother Valley 2019: both gained by the Conservatives from Labour.

_DON_VALLEY = "Labour's Caroline Flint loses Don Valley to the Conservatives.\n\n"


def _outcomes_in(text: str, seat: str) -> set[tuple[str | None, str | None, str]]:
    return {
        (c.party, c.from_party, c.verb)
        for c in article_of(text).claims
        if isinstance(c, OutcomeClaim) and c.contest == seat
    }


def test_the_party_is_not_a_persons_label_when_two_parties_are_named() -> None:
    """The party named last only as a person's label, another named before: either may be
    meant, so the outcome is left unread (it was read as the Conservatives' loss, and warned
    that the seat was gained from Labour, which the copy says)."""
    text = (
        _DON_VALLEY + "That came after Conservative Nick Fletcher won a majority of 3,630.\n\n"
        "The party has also lost Rother Valley, in yet another shock defeat."
    )
    assert _outcomes_in(text, "Rother Valley") == set()
    assert findings_of(text, "uk-ge-2019") == []


@pytest.mark.parametrize(
    ("before", "loser", "fires"),
    [
        # the party named as a party: it is the one that lost
        ("The Labour Party was stunned.", "Labour", False),
        ("It was a bad night for Labour.", "Labour", False),
        # the copy says the Conservatives lost it: wrong, and said
        ("The Conservatives were stunned.", "Conservative", True),
    ],
)
def test_the_party_named_as_a_party_is_the_antecedent(before: str, loser: str, fires: bool) -> None:
    text = _DON_VALLEY + before + "\n\nThe party has also lost Rother Valley."
    assert _outcomes_in(text, "Rother Valley") == {(None, loser, "gain")}
    assert bool(findings_of(text, "uk-ge-2019")) is fires


def test_a_persons_label_is_the_antecedent_when_no_other_party_is_named() -> None:
    text = "Conservative Nick Fletcher won Don Valley.\n\nThe party also took Rother Valley."
    assert _outcomes_in(text, "Rother Valley") == {("Conservative", None, "gain")}


# -- a placing opening its clause, then the party it went to -----------------------------------


def _party_rank_and_share(text: str, party: str) -> tuple[str | None, str | None]:
    for contest in article_of(text).contests:
        if contest.name != "Gower" or contest.dated:
            continue
        for c in contest.candidates:
            if c.party == party:
                rank = c.rank.text if isinstance(c.rank, Figure) else None
                share = c.share.text if isinstance(c.share, Figure) else None
                return rank, share
    return None, None


@pytest.mark.parametrize(
    "sentence",
    [
        "{Place} was Plaid Cymru with {share}.",
        "{Place} came Plaid Cymru on {share}.",
        "In {place} place was Plaid Cymru, with {share}.",
        "In distant {place} were Plaid Cymru with {share}.",
        "The Conservatives took 41.3%, and {place} were Plaid Cymru on {share}.",
    ],
)
@pytest.mark.parametrize(
    ("place", "share", "fires"),
    [("third", "5.1%", None), ("fourth", "5.1%", "fourth"), ("third", "5.8%", "5.8%")],
)
def test_a_placing_then_the_party_it_went_to(
    sentence: str, place: str, share: str, fires: str | None
) -> None:
    text = _LEAD + sentence.format(Place=place.capitalize(), place=place, share=share)
    rank, read_share = _party_rank_and_share(text, "Plaid Cymru")
    assert rank is not None
    assert rank.lower() == place
    assert read_share == share.rstrip("%")  # (a figure's text is its number)
    flagged = [t.lower().rstrip("%") for t in _flagged(text)]
    assert flagged == ([] if fires is None else [fires.rstrip("%")])


def test_no_party_placing_without_the_wording() -> None:
    # the ordinal closes the clause before: "came second" is the Conservatives'
    rank, _ = _party_rank_and_share(
        _LEAD + "The Conservatives came second, Plaid Cymru on 5.1%.", "Plaid Cymru"
    )
    assert rank is None


def test_a_party_as_a_persons_label_places_the_person() -> None:
    """ "Third was Plaid Cymru's John Davies": his placing, not a second Plaid candidate's."""
    text = _LEAD + "Third was Plaid Cymru's John Davies with 5.1%."
    gower = [c for c in article_of(text).contests if c.name == "Gower"]
    plaid = [
        (c.name, c.rank.text if isinstance(c.rank, Figure) else None)
        for c in gower[0].candidates
        if c.party == "Plaid Cymru"
    ]
    assert plaid == [("John Davies", "Third")]
