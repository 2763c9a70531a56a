"""Turnout as real results copy words it, unread before the sixteenth session (issue 8): the
turnout described as a share of the electorate named by its place, its size or as the voting
population ("73.5 per cent of the North Devon electorate turned out"), in a headline's
present ("70.5% of the electorate turn out to vote") or as people taking to the polls; the
unit written twice ("a 58.8% per cent turnout"); the rate restated after the count ("was
31,757, or 61.86 per cent"); the direction of turnout said with its levels ("Turnout was
68%, down slightly from 2017", "Turnout in South Antrim leaped from 54.5% in 2015 to 63.4%");
and the amount before its direction ("a 54% turnout – 6% down on 2019").

Sentences are ours, in the shapes seen in stories of several outlets; figures are official
ones for the seat named where a finding depends on them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

from factcheck.models import Article, BoundClaim, ChangeClaim, Direction, Quantity


def _turnout(article: Article, seat: str) -> str | None:
    """The turnout read for this election's contest in ``seat``, as written."""
    for c in article.contests:
        if c.name == seat and not c.dated and c.turnout is not None:
            return c.turnout.text
    return None


def _changes(article: Article) -> list[ChangeClaim]:
    return [
        c for c in article.claims if isinstance(c, ChangeClaim) and c.quantity is Quantity.TURNOUT
    ]


@pytest.mark.parametrize(
    ("text", "seat", "level"),
    [
        (
            "Selaine Saxby held the seat as 73.5 per cent of the North Devon electorate turned"
            " out to vote.",
            "North Devon",
            "73.5",
        ),
        ("Stirling: 70.5% of the Stirling area electorate turn out to vote\n", "Stirling", "70.5"),
        (
            "The count in Dundee East had persuaded 68.4% of Dundee East's voting population to"
            " turn up.",
            "Dundee East",
            "68.4",
        ),
        (
            "In Lagan Valley there was a big vote, with 56% of the 71,152 electorate turning out"
            " to vote.",
            "Lagan Valley",
            "56",
        ),
        ("In Leicester East 63.34% of people took to the polls.", "Leicester East", "63.34"),
        (
            "In Paisley and Renfrewshire North, 41,663 votes were cast, a 58.8% per cent turnout.",
            "Paisley and Renfrewshire North",
            "58.8",
        ),
        ("The turnout for Blaenau Gwent was 31,757, or 61.86 per cent.", "Blaenau Gwent", "61.86"),
        (
            "Houghton and Sunderland South has an electorate of 78,448 with a turnout of 40,032"
            " which equates to 51.03%.",
            "Houghton and Sunderland South",
            "51.03",
        ),
    ],
)
def test_the_turnout_described_in_other_words_is_read_as_the_seats(
    text: str, seat: str, level: str
) -> None:
    assert _turnout(article_of(text), seat) == level


@pytest.mark.parametrize(
    "text",
    [
        # The voters counted, not the electorate: the party's share of their votes.
        "In Bolsover, the Conservatives polled 18,865 votes - 41 per cent of the 46,519 electors"
        " who cast their ballots.",
        # A share won, not a share that voted.
        "In Bolsover, Labour won the support of 26% of the Bolsover electorate.",
        # Another vote's turnout.
        "In Bolsover, 41% of the Bolsover electorate turned out to vote Leave in the referendum.",
        # The unit twice, but a share, not a turnout.
        "In Bolsover, Labour took a 41.2% per cent share of the vote.",
        # After the turnout's count, another's figure: her share, not the rate.
        "Turnout in Bolsover was 61.3%, with Jane Smith polling 17,000 votes, or 45.1 per cent.",
    ],
)
def test_a_share_of_voters_or_of_another_vote_is_no_turnout(text: str) -> None:
    assert _turnout(article_of(text), "Bolsover") in (None, "61.3")


def test_a_rate_after_the_turnouts_count_is_read_but_not_anothers_share() -> None:
    text = "Turnout in Bolsover was 46,000, with Jane Smith polling 17,000 votes, or 45.1 per cent."
    article = article_of(text)
    assert _turnout(article, "Bolsover") is None
    (contest,) = [c for c in article.contests if c.name == "Bolsover"]
    (cand,) = contest.candidates
    assert cand.share is not None
    assert cand.share.text == "45.1"


@pytest.mark.parametrize(
    ("text", "seat", "way", "since", "words"),
    [
        (
            "Turnout in West Suffolk was 64.56%, a small drop on 67.03% in 2017.",
            "West Suffolk",
            Direction.DOWN,
            "2017",
            "a small drop",
        ),
        (
            "Turnout in Workington was 68%, down slightly from 2017.",
            "Workington",
            Direction.DOWN,
            "2017",
            "down slightly",
        ),
        (
            "Turnout in Carlisle was 59.25%, which is down from 65.9% in 2019.",
            "Carlisle",
            Direction.DOWN,
            "2019",
            "down",
        ),
        (
            "The turnout for the Bosworth constituency is 69.49% - that's up from 68.8%.",
            "Bosworth",
            Direction.UP,
            None,
            "up",
        ),
        (
            "Turnout in South Antrim leaped from 54.5% in 2015 to 63.4% in this election.",
            "South Antrim",
            Direction.UP,
            "2015",
            "leaped",
        ),
        (
            "In Wrexham the result came as the turnout dropped from 70.5 per cent in 2017 to 67.5.",
            "Wrexham",
            Direction.DOWN,
            "2017",
            "dropped",
        ),
        (
            "Turnout in Belfast East was up from 58.7 per cent in 2010 to 63.1 per cent.",
            "Belfast East",
            Direction.UP,
            "2010",
            "up",
        ),
    ],
)
def test_turnouts_direction_said_with_its_levels_is_read(
    text: str, seat: str, way: Direction, since: str | None, words: str
) -> None:
    article = article_of(text)
    (claim,) = _changes(article)
    assert (claim.contest, claim.direction, claim.since) == (seat, way, since)
    assert claim.direction_text == words
    assert claim.amount is None
    assert claim.previous is None  # the earlier level is read as that election's turnout


@pytest.mark.parametrize(
    "text",
    [
        # The figure before the direction is Labour's share: its change, not the turnout's.
        "Turnout was high and Labour took 45% in Ogmore, a small drop on 2017.",
        # The level is dated: another election's change.
        "Turnout in 2015 was 66% in Monmouth, down from 2010.",
        # Another quantity's figure between.
        "Turnout was high in Ogmore and the Labour share was 45%, down from 2017.",
    ],
)
def test_a_direction_that_is_not_the_turnouts_is_not_read_as_it(text: str) -> None:
    assert _changes(article_of(text)) == []


def test_a_change_by_an_amount_is_one_claim_with_its_amount() -> None:
    (claim,) = _changes(article_of("In Aberavon, turnout fell by 3.1 points from 2017."))
    assert claim.amount is not None
    assert claim.amount.text == "3.1"


@pytest.mark.parametrize(
    ("text", "seat", "way", "amount", "since"),
    [
        (
            "Candidates in Boston and Skegness were told of a 54% turnout – 6% down on 2019.",
            "Boston and Skegness",
            Direction.DOWN,
            "6",
            "2019",
        ),
        (
            "The turnout for Colchester was 66% – 4% up on the 2010 General Election.",
            "Colchester",
            Direction.UP,
            "4",
            "2010",
        ),
    ],
)
def test_an_amount_before_its_direction_is_the_turnouts_change(
    text: str, seat: str, way: Direction, amount: str, since: str
) -> None:
    (claim,) = _changes(article_of(text))
    assert (claim.contest, claim.direction, claim.since) == (seat, way, since)
    assert claim.amount is not None
    assert claim.amount.text == amount


def test_an_amount_down_with_no_election_after_is_no_change() -> None:
    assert article_of("In Colchester, Jane Smith was 5% down in the polls all week.").claims == ()


_WAYS = [
    ("a small drop on", Direction.DOWN),
    ("down slightly from", Direction.DOWN),
    ("which was down on", Direction.DOWN),
    ("a rise on", Direction.UP),
    ("up from", Direction.UP),
    ("that's higher than", Direction.UP),
]
_SEATS = ["Gower", "North Devon", "Dundee East", "Workington"]


@settings(max_examples=40, deadline=None)
@given(
    seat=st.sampled_from(_SEATS),
    way=st.sampled_from(_WAYS),
    level=st.decimals(min_value=40, max_value=85, places=1),
    year=st.sampled_from(["2010", "2015", "2017", "2019"]),
)
def test_any_level_then_direction_wording_is_read_with_its_seat_and_year(
    seat: str, way: tuple[str, Direction], level: object, year: str
) -> None:
    words, direction = way
    text = f"Turnout in {seat} was {level}%, {words} {year}."
    article = article_of(text)
    assert _turnout(article, seat) == str(level)
    (claim,) = _changes(article)
    assert (claim.contest, claim.direction, claim.since) == (seat, direction, year)
    assert claim.span is not None
    said = text[claim.span.start : claim.span.end]
    assert said.startswith(claim.direction_text or "")


def test_a_turnout_of_the_electorate_named_by_place_is_checked() -> None:
    # North Devon's official 2017 turnout is 73.49% of the electorate.
    right = (
        "Peter Heaton-Jones held North Devon, as 73.5 per cent of the North Devon electorate"
        " turned out."
    )
    wrong = right.replace("73.5", "77.5")
    assert findings_of(right, "uk-ge-2017") == []
    assert [f.text for f in findings_of(wrong, "uk-ge-2017")] == ["77.5 per cent"]


def _bounds(article: Article) -> list[BoundClaim]:
    return [
        c for c in article.claims if isinstance(c, BoundClaim) and c.quantity is Quantity.TURNOUT
    ]


@pytest.mark.parametrize(
    ("text", "seat", "bound"),
    [
        (
            "The turnout in East Dunbartonshire was more than 80 per cent.",
            "East Dunbartonshire",
            "more than 80 per cent",
        ),
        ("There was a turn out of almost 61% in North Down.", "North Down", "almost 61%"),
        (
            "In Upper Bann, the turn-out was just under 60 per cent.",
            "Upper Bann",
            "just under 60 per cent",
        ),
        ("In Gower, turnout was around 62%.", "Gower", "around 62%"),
    ],
)
def test_a_hedged_turnout_is_read_as_a_bound_on_the_seats(text: str, seat: str, bound: str) -> None:
    (claim,) = _bounds(article_of(text))
    assert claim.contest == seat
    assert claim.bound.span is not None
    assert text[claim.bound.span.start : claim.bound.span.end] == bound


@pytest.mark.parametrize(
    "text",
    [
        # Several seats, or a benchmark: no one seat's turnout.
        "Turnout across the Capital was lower, falling below 70 per cent in all five seats.",
        "In Gower, turnout was around 62% in all four seats of the county.",
        "Turnout in Gower and Arfon was about 65%.",
        # Another election's.
        "In 2017, the turnout in Delyn was about 70%.",
        # Not the turnout's copula: a share after it.
        "With turnout high, Labour won about 45% of the vote in Gower.",
    ],
)
def test_a_hedged_figure_that_is_no_seats_turnout_is_no_bound(text: str) -> None:
    assert _bounds(article_of(text)) == []


def test_a_hedged_turnout_is_checked_against_the_record() -> None:
    # East Dunbartonshire's official 2019 turnout is 80.26%.
    story = "Jo Swinson lost East Dunbartonshire.\n\nThe turnout in East Dunbartonshire was {}.\n"
    assert findings_of(story.format("more than 80 per cent"), "uk-ge-2019") == []
    wrong = findings_of(story.format("more than 85 per cent"), "uk-ge-2019")
    assert [f.text for f in wrong] == ["more than 85 per cent"]
