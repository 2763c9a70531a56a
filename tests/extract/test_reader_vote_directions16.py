"""A candidate's vote said to rise or fall without its size (sixteenth session, read on the
stories' skeletons: each claim from its own words).

"LibDem Gordon Lishman saw his vote collapse to just 955", "Naomi Long improved her vote",
"his vote was slashed", "the DUP's Nigel Dodds' vote rose", "as the SNP vote fell" (the
party's candidate's): a change of votes in one direction, which the record can check; a level
it fell or rose to, right after, is the person's votes at this election. A vote share's change
("his vote share fell"), a change with its size ("boosted his vote by 0.7%"), another
election's ("In 2015 her vote rose") and a party's vote in a seat only carried into a
round-up's sentence are not read here.

Sentences are ours, in the patterns real copy uses; figures are the official ones for the seat
and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from story_files import candidate_named, contest_named, findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Direction, Document, Quantity


def _read(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _vote_changes(article: Article) -> list[ChangeClaim]:
    return [
        c for c in article.claims if isinstance(c, ChangeClaim) and c.quantity is Quantity.VOTES
    ]


@pytest.mark.parametrize(
    ("sentence", "who", "seat", "way"),
    [
        (
            "In Blackburn, LibDem Gordon Lishman saw his vote collapse.",
            "Gordon Lishman",
            "Blackburn",
            Direction.DOWN,
        ),
        (
            "In East Londonderry, Gregory Campbell managed to increase his vote and his "
            "percentage share.",
            "Gregory Campbell",
            "East Londonderry",
            Direction.UP,
        ),
        (
            "In Belfast East, Naomi Long improved her vote in the face of a pan-unionist pact.",
            "Naomi Long",
            "Belfast East",
            Direction.UP,
        ),
        (
            "In Belfast South, Alasdair McDonnell held on even though his vote was slashed.",
            "Alasdair McDonnell",
            "Belfast South",
            Direction.DOWN,
        ),
        (
            "In Belfast North, the DUP's Nigel Dodds' vote rose to keep out Sinn Féin's Gerry "
            "Kelly.",
            "Nigel Dodds",
            "Belfast North",
            Direction.UP,
        ),
    ],
)
def test_a_person_s_vote_said_to_rise_or_fall_is_a_change_of_their_votes(
    sentence: str, who: str, seat: str, way: Direction
) -> None:
    [change] = _vote_changes(_read(sentence))
    assert (change.candidate, change.contest, change.direction) == (who, seat, way)
    assert change.amount is None


def test_a_party_s_vote_said_to_fall_is_a_change_of_its_candidate_s_votes() -> None:
    sentence = "In Glasgow North East, Paul Sweeney defeated Anne McLaughlin as the SNP vote fell."
    [change] = _vote_changes(_read(sentence))
    assert (change.party, change.contest, change.direction) == (
        "Scottish National Party",
        "Glasgow North East",
        Direction.DOWN,
    )
    assert findings_of(sentence, "uk-ge-2017", rule="change-direction-mismatch") == []


def test_a_party_s_vote_said_to_rise_when_it_fell_fires() -> None:
    sentence = "In Glasgow North East, Paul Sweeney defeated Anne McLaughlin as the SNP vote rose."
    [finding] = findings_of(sentence, "uk-ge-2017", rule="change-direction-mismatch")
    assert finding.text == "rose"


@pytest.mark.parametrize(("written", "fires"), [("1,527", False), ("1,572", True)])
def test_the_level_a_vote_fell_to_is_the_person_s_votes(written: str, fires: bool) -> None:
    sentence = f"In Belfast South, the UUP's Michael Henderson saw his vote fall to just {written}."
    article = _read(sentence)
    votes = candidate_named(contest_named(article, "Belfast South"), "Michael Henderson").votes
    assert votes is not None
    assert votes.text == written
    [change] = _vote_changes(article)
    assert change.current is not None
    assert change.current.text == written
    assert [f.text for f in findings_of(sentence, "uk-ge-2017")] == ([written] if fires else [])


def test_a_wrong_direction_of_a_person_s_vote_fires() -> None:
    sentence = "In Belfast South, the UUP's Michael Henderson saw his vote rise to 1,527."
    [finding] = findings_of(sentence, "uk-ge-2017", rule="change-direction-mismatch")
    assert finding.text == "rise"


@pytest.mark.parametrize(
    "sentence",
    [
        # a share's change, not the votes'
        "In Belfast South, the UUP's Michael Henderson saw his vote share fall.",
        # the change's size given: read (or not) by the readings of sizes
        "In Welwyn Hatfield, Conservative Grant Shapps boosted his vote by 0.7%.",
        # another election's change
        "In Belfast South, in 2015 Alasdair McDonnell saw his vote fall.",
        # no person or party before "vote"
        "In Belfast South, the vote fell across the constituency.",
    ],
)
def test_no_vote_change_is_read_where_the_words_give_another(sentence: str) -> None:
    assert _vote_changes(_read(sentence)) == []


def test_a_party_s_vote_in_a_seat_only_carried_into_a_round_up_is_not_read() -> None:
    text = (
        "Labour held Bristol East and Bristol South.\n\n"
        "Elsewhere in the region, the Green vote fell."
    )
    assert _vote_changes(_read(text)) == []
