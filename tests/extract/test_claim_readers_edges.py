"""The smaller claim readings asked directly or through one sentence each: round counts,
hedged and fractional shares, seat tallies (mutation testing, session 9)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from story_files import article_of

from factcheck.extract.claims.rounding import as_rounded
from factcheck.models import BoundClaim, Figure, SeatClaim, Span, Unit


@pytest.mark.parametrize(
    ("value", "step"),
    [(5100, 100), (20000, 1000), (71000, 1000), (1000, 1000), (1100, 100)],
)
def test_a_count_of_a_thousand_or_more_ending_in_two_zeros_is_a_rounding(
    value: int, step: int
) -> None:
    fig = as_rounded(Figure.count(value))
    assert (fig.exact, fig.precision) == (False, Decimal(step))
    assert (fig.value, fig.text) == (Decimal(value), f"{value:,}")


@pytest.mark.parametrize("value", [17440, 1010, 999, 700, 0])
def test_a_count_with_fewer_zeros_or_under_a_thousand_is_as_written(value: int) -> None:
    fig = Figure.count(value)
    assert as_rounded(fig) is fig


@pytest.mark.parametrize(("value", "rounded"), [(900, True), (500, True), (200, True),
                                                (100, False), (950, False), (90, False),
                                                (0, False)])  # fmt: skip
def test_a_margin_in_prose_of_whole_hundreds_is_a_rounding_to_the_hundred(
    value: int, rounded: bool
) -> None:
    fig = Figure.count(value)
    got = as_rounded(fig, hundreds=True)
    if rounded:
        assert (got.exact, got.precision, got.value) == (False, Decimal(100), Decimal(value))
    else:
        assert got is fig


def test_a_count_already_read_as_a_rounding_keeps_its_own_step() -> None:
    fig = Figure(text="5k", value=Decimal(5000), unit=Unit.VOTES, precision=Decimal(1000))
    assert as_rounded(fig) is fig
    assert as_rounded(fig, hundreds=True) is fig


def _at(span: Span | None) -> tuple[int, int] | None:
    return (span.start, span.end) if span is not None else None


def _tallies(text: str) -> list[tuple[object, ...]]:
    return [
        (c.party, c.verb, c.seats.text, *(_at(c.span) or ()), c.quoted)
        for c in article_of(text).claims
        if isinstance(c, SeatClaim) and c.seats.unit is Unit.SEATS and c.contest is None
    ]


@pytest.mark.parametrize(
    ("verb", "said"),
    [("won", "won"), ("win", "won"), ("wins", "won"), ("winning", "won"), ("took", "won"),
     ("gained", "gained"), ("gain", "gained"), ("gains", "gained"), ("gaining", "gained"),
     ("lost", "lost"), ("lose", "lost"), ("loses", "lost"), ("losing", "lost"),
     ("held", "held"), ("holding", "held"), ("hold", "held"),
     ("WON", "won"), ("Gained", "gained")],
)  # fmt: skip
def test_a_partys_seat_tally_after_each_verb_of_winning_or_losing(verb: str, said: str) -> None:
    end = len(f"Labour {verb} 29")
    assert _tallies(f"Labour {verb} 29 seats in the election.") == [
        ("Labour", said, "29", 0, end, False)
    ]


def test_a_tally_may_be_net_further_or_another_and_in_words() -> None:
    assert _tallies("The Liberal Democrats gained a net 5 seats.") == [
        ("Liberal Democrat", "gained", "5", 4, 36, False)
    ]
    assert _tallies("Labour gained a further 4 seats.") == [("Labour", "gained", "4", 0, 25, False)]
    assert _tallies("Labour gained another 3 seats.") == [("Labour", "gained", "3", 0, 23, False)]
    assert _tallies("Labour won twenty-nine seats.") == [
        ("Labour", "won", "twenty-nine", 0, 22, False)
    ]


def test_a_quoted_tally_is_the_speakers() -> None:
    assert _tallies("“Labour won 29 seats,” she said.") == [("Labour", "won", "29", 1, 14, True)]


def test_a_tally_of_a_thousand_or_more_needs_the_word_seats() -> None:
    assert _tallies("Labour won 1,200 seats.") == [("Labour", "won", "1,200", 0, 16, False)]
    assert _tallies("Sinn Fein took 7,143 to finish fourth.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Labour won about 29 seats.",  # a hedged count is no tally
        "Labour won 29 per cent.",
        "Labour won 29pc.",
        "Labour won 29%.",
        "Labour won 29 points.",
        "Labour won 29 votes in Leeds.",
        "Labour won 29 valid votes.",
        "Labour won 29 ballots.",
        "They won 29 seats.",  # no party
        "Labour's 29 seats.",  # no verb
        "Labour's Jane Smith won 29 seats.",  # a person's, not the party's
    ],
)
def test_no_tally_without_an_exact_count_of_seats_a_party_won_or_lost(text: str) -> None:
    assert _tallies(text) == []


def _bounds(text: str) -> list[tuple[object, ...]]:
    return [
        (
            c.quantity.value,
            c.contest,
            c.candidate,
            c.bound.text,
            c.bound.hedge,
            c.exact.text if c.exact is not None else None,
            *(_at(c.span) or ()),
            c.quoted,
        )
        for c in article_of(text).claims
        if isinstance(c, BoundClaim)
    ]


_SEAT = "In Bristol West, Jane Smith took "


def test_a_hedged_or_fractional_share_is_a_bound_on_the_candidates_share() -> None:
    assert _bounds(_SEAT + "more than a third of the vote.") == [
        ("share", "Bristol West", "Jane Smith", "a third", "more-than", None, 33, 62, False)
    ]
    assert _bounds(_SEAT + "a third of the share.") == [
        ("share", "Bristol West", "Jane Smith", "a third", "exact", None, 33, 53, False)
    ]
    assert _bounds(_SEAT + "exactly 40pc of the VOTES.") == [
        ("share", "Bristol West", "Jane Smith", "40", "exactly", None, 33, 58, False)
    ]


@pytest.mark.parametrize(
    ("joint", "end"),
    [(" at ", 66), (", ", 64), (" (", 64), (" with ", 68), (" - ", 65), (" – ", 65)],
)
def test_the_exact_share_after_a_bound_is_kept_with_it(joint: str, end: int) -> None:
    assert _bounds(f"{_SEAT}nearly 40pc of the vote{joint}39.6pc.") == [
        ("share", "Bristol West", "Jane Smith", "40", "nearly", "39.6", 33, end, False)
    ]


@pytest.mark.parametrize(
    "after",
    [
        " at about 39.6pc.",  # hedged itself
        " at 12,000 votes.",  # no share
        " and 39.6pc.",  # not joined to it
    ],
)
def test_only_an_exact_share_joined_to_the_bound_is_its_exact_figure(after: str) -> None:
    ((*_, exact, start, end, quoted),) = _bounds(f"{_SEAT}nearly 40pc of the vote{after}")
    assert (exact, start, quoted) == (None, 33, False)
    assert end in (56, 60)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("In Bristol West, turnout was nearly 70 per cent of the electorate.", 65),
        ("In Bristol West, nearly 60 per cent of voters turned out.", 45),
        ("In Bristol West, nearly 60 per cent of voters went to the polls.", 45),
        ("In Bristol West, nearly 60 per cent of voters cast their ballots.", 45),
        ("In Bristol West, nearly 60 per cent of the turnout.", 50),
    ],
)
def test_a_bound_of_the_electorate_or_the_voters_who_turned_out_is_the_turnouts(
    text: str, end: int
) -> None:
    ((quantity, contest, candidate, *_, span_end, _quoted),) = _bounds(text)
    assert (quantity, contest, candidate, span_end) == ("turnout", "Bristol West", None, end)


@pytest.mark.parametrize(
    "text",
    [
        "In Bristol West, nearly 60 per cent of voters backed her.",  # a share of a poll
        _SEAT + "nearly 40 of the vote.",  # no percentage
        _SEAT + "40pc of the poll.",  # unhedged
    ],
)
def test_no_bound_without_a_hedged_or_fractional_share_or_turnout(text: str) -> None:
    assert _bounds(text) == []


def test_a_bound_dated_to_another_election_is_no_contests() -> None:
    assert _bounds(_SEAT + "nearly 40pc of the share in 2015.") == [
        ("share", None, "Jane Smith", "40", "nearly", None, 33, 57, False)
    ]


def test_a_quoted_bound_is_the_speakers() -> None:
    text = "“In Bristol West, Jane Smith took nearly 40pc of the vote,” he said."
    assert _bounds(text) == [
        ("share", "Bristol West", "Jane Smith", "40", "nearly", None, 34, 58, True)
    ]


def test_a_partys_bound_is_the_seats_share_with_no_candidate() -> None:
    assert _bounds("In Bristol West, Labour took nearly 40pc of the vote.") == [
        ("share", "Bristol West", None, "40", "nearly", None, 29, 52, False)
    ]
