"""Which seat a figure belongs to in copy about several seats (issue 8, thirteenth session): a
round-up's results lists stacked without their headings ("1st - …", "2nd - …", then "1st - …"
again), each list a seat of its own.

Each test reads sentences written here in the pattern seen, and checks that a rule fires on a
wrong figure and stays silent on the right one; names and figures are the record's.
"""

from __future__ import annotations

import random

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from story_files import findings_of, ranked_seats_2019, seats_read

from factcheck.extract.entities import contest_matcher
from factcheck.extract.headings import DatedBlocks
from factcheck.extract.reader import _seat_heading_cuts
from factcheck.models import CandidateResult, Severity
from factcheck.reference.bundled import bundled_results

_SEATS = ranked_seats_2019()
_ORDINALS = ("1st", "2nd", "3rd")


def _block(ranked: list[CandidateResult], *, votes_of_first: str | None = None) -> str:
    """A seat's list as a round-up writes it, a line per candidate between blank lines, with
    no heading naming the seat: "1st - Jane Smith, Labour: 21,234"."""
    lines = []
    for place, c in zip(_ORDINALS, ranked[:2], strict=False):
        assert c.votes is not None
        votes = votes_of_first if place == "1st" and votes_of_first else c.votes.text
        lines.append(f"{place} - {c.name}, {c.party}: {votes}")
    return "\n\n".join(lines)


def _distinct(
    picks: list[int],
) -> list[tuple[str, CandidateResult, list[CandidateResult]]]:
    seats = [_SEATS[i] for i in picks]
    names = [c.name for _, _, ranked in seats for c in ranked[:2]]
    assume(len({s for s, _, _ in seats}) == len(seats) and len(set(names)) == len(names))
    # A name the other seats' names hold a word of would be read as another's.
    words = [w for n in names for w in n.split()]
    assume(len(set(words)) == len(words))
    return seats


_PICK = st.lists(st.integers(0, len(_SEATS) - 1), min_size=2, max_size=3, unique=True)


@given(picks=_PICK, order=st.randoms(use_true_random=False))
@settings(max_examples=40, deadline=None)
def test_each_stacked_list_is_read_in_its_winners_seat(
    picks: list[int], order: random.Random
) -> None:
    seats = _distinct(picks)
    prose = "\n\n".join(f"In {seat}, {won.name} won the seat." for seat, won, _ in seats)
    stacked = list(seats)
    order.shuffle(stacked)
    lists = "\n\n\n".join(_block(ranked) for _, _, ranked in stacked)
    read = seats_read(f"{prose}\n\nThe results are below:\n\n{lists}")
    for seat, _, ranked in seats:
        for c in ranked[:2]:
            assert read.get(c.name) == seat, (c.name, seat, read)


@given(picks=_PICK)
@settings(max_examples=40, deadline=None)
def test_a_list_whose_winner_the_story_never_tied_to_a_seat_is_no_named_seats(
    picks: list[int],
) -> None:
    seats = _distinct(picks)
    named, unnamed = seats[:-1], seats[-1]
    prose = "\n\n".join(f"In {seat}, {won.name} won the seat." for seat, won, _ in named)
    lists = "\n\n\n".join(_block(ranked) for _, _, ranked in seats)
    read = seats_read(f"{prose}\n\nThe results are below:\n\n{lists}")
    for c in unnamed[2][:2]:
        # Given to none of the seats named: its own is one the words never name.
        assert read.get(c.name) not in {s for s, _, _ in named}, (c.name, read)


def _two_seat_roundup(
    first: tuple[str, CandidateResult, list[CandidateResult]],
    second: tuple[str, CandidateResult, list[CandidateResult]],
    votes: str | None,
) -> str:
    (seat_a, won_a, ranked_a), (seat_b, won_b, ranked_b) = first, second
    return (
        f"In {seat_a}, {won_a.name} won the seat.\n\n"
        f"In {seat_b}, {won_b.name} won the seat.\n\n"
        "The results are below:\n\n"
        f"{_block(ranked_a, votes_of_first=votes)}\n\n\n{_block(ranked_b)}"
    )


@given(picks=st.lists(st.integers(0, len(_SEATS) - 1), min_size=2, max_size=2, unique=True))
@settings(max_examples=30, deadline=None)
def test_a_wrong_count_in_the_first_stacked_list_is_checked_in_its_own_seat(
    picks: list[int],
) -> None:
    first, second = _distinct(picks)
    won = first[1]
    assert won.votes is not None
    wrong = f"{int(won.votes.value) + 1000:,}"
    found = [
        f
        for f in findings_of(_two_seat_roundup(first, second, wrong), "uk-ge-2019")
        if f.text == wrong
    ]
    assert len(found) == 1
    assert first[0] in found[0].message
    assert found[0].severity in (Severity.ERROR, Severity.WARNING)


@given(picks=st.lists(st.integers(0, len(_SEATS) - 1), min_size=2, max_size=2, unique=True))
@settings(max_examples=30, deadline=None)
def test_the_right_counts_and_placings_of_stacked_lists_are_silent(picks: list[int]) -> None:
    first, second = _distinct(picks)
    # Read as one seat's list, the second list's winner outpolling the first's would make
    # the placings cry wolf.
    assert findings_of(_two_seat_roundup(first, second, None), "uk-ge-2019", rule=None) == []


# -- a seat's name alone on a line heads the lines under it, in copy of one-line paragraphs ---


def _card(seat: str, ranked: list[CandidateResult], *, votes_of_first: str | None = None) -> str:
    """A seat's entry as a page of one-line paragraphs writes it: the seat's name on a line,
    a line of prose, then a line per candidate ("Labour, Jane Smith - 21,234 (48.4%)") no full
    stop ends, so the reader's sentence runs on into the next seat's name."""
    lines = [seat, "Votes have now been counted in this seat."]
    for place, c in enumerate(ranked[:2]):
        assert c.votes is not None
        assert c.share is not None
        votes = votes_of_first if place == 0 and votes_of_first else c.votes.text
        lines.append(f"{c.party}, {c.name} - {votes} ({c.share.value:.1f}%)")
    return "\n".join(lines)


@given(picks=_PICK)
@settings(max_examples=40, deadline=None)
def test_each_line_is_read_in_the_seat_heading_it(picks: list[int]) -> None:
    seats = _distinct(picks)
    text = "Here is the seat-by-seat breakdown:\n" + "\n".join(
        _card(seat, ranked) for seat, _, ranked in seats
    )
    read = seats_read(text)
    for seat, _, ranked in seats:
        for c in ranked[:2]:
            assert read.get(c.name) == seat, (c.name, seat, read)


@given(picks=st.lists(st.integers(0, len(_SEATS) - 1), min_size=2, max_size=2, unique=True))
@settings(max_examples=30, deadline=None)
def test_a_wrong_count_under_a_seat_heading_is_checked_in_that_seat(picks: list[int]) -> None:
    (seat_a, won, ranked_a), (seat_b, _, ranked_b) = _distinct(picks)
    assert won.votes is not None
    wrong = f"{int(won.votes.value) + 1000:,}"
    text = f"{_card(seat_a, ranked_a, votes_of_first=wrong)}\n{_card(seat_b, ranked_b)}"
    found = [f for f in findings_of(text, "uk-ge-2019") if f.text == wrong]
    assert len(found) == 1
    assert seat_a in found[0].message
    assert seat_b not in found[0].message


@given(picks=st.lists(st.integers(0, len(_SEATS) - 1), min_size=2, max_size=2, unique=True))
@settings(max_examples=30, deadline=None)
def test_the_right_counts_under_seat_headings_are_silent(picks: list[int]) -> None:
    (seat_a, _, ranked_a), (seat_b, _, ranked_b) = _distinct(picks)
    text = f"{_card(seat_a, ranked_a)}\n{_card(seat_b, ranked_b)}"
    assert findings_of(text, "uk-ge-2019", rule=None) == []


def test_seats_named_on_consecutive_lines_are_a_list_not_headings() -> None:
    text = "Labour gained three seats:\nBolton North East\nBury North\nBury South\nThe Tories said."
    mentions = contest_matcher().find(text)
    assert [c.name for c in mentions] == ["Bolton North East", "Bury North", "Bury South"]
    assert _seat_heading_cuts(text, mentions) == []
    lone = "Bury North\nThe count ended late."
    assert _seat_heading_cuts(lone, contest_matcher().find(lone)) == [0, len("Bury North")]


# -- "General Election 2017 votes/vote share:" dates the lines under it ------------------------


def test_a_general_election_votes_heading_dates_its_block() -> None:
    text = (
        "Carlisle\nGeneral Election 2017 votes/vote share:\nConservatives, John Stevenson - "
        "23,659 (55.2%)\nLabour, Ruth Alcroft - 15,340 (35.8%)\nThe count goes on."
    )
    (block,) = DatedBlocks(text, "2019").blocks
    assert block.year == "2017"
    assert not block.story
    assert block.heading == "General Election 2017 votes/vote share"


# (The title names the story's election: unnamed, a heading's year could be the story's own.)
_EARLIER_LIST = (
    "General Election 2019: the count\n{seat}\nVotes are still being counted here.\nGeneral Election 2017 votes/vote share:\n"
    "{lines}\nThe count goes on."
)


@given(pick=st.integers(0, len(_SEATS) - 1))
@settings(max_examples=30, deadline=None)
def test_an_earlier_elections_list_is_not_checked_as_the_storys(pick: int) -> None:
    seat, _, ranked = _SEATS[pick]
    before = bundled_results().contest(seat, "uk-ge-2017")
    assume(before is not None)
    assert before is not None
    now = {c.name: c.votes.value for c in ranked if c.votes is not None}
    # Each line's name stood in 2019 too, with another count: checked as 2019's, it would
    # be a false alarm.
    rows = [c for c in before.candidates if c.name in now and c.votes is not None]
    assume(len(rows) >= 2 and all(c.votes and c.votes.value != now[c.name] for c in rows))
    lines = "\n".join(
        f"{c.party}, {c.name} - {c.votes.text} ({c.share.value:.1f}%)"
        for c in rows
        if c.votes and c.share
    )
    text = _EARLIER_LIST.format(seat=seat, lines=lines)
    assert findings_of(text, "uk-ge-2019", rule=None) == []
    # The same lines under no heading are the story's, and the 2019 record's counts differ.
    bare = text.replace("General Election 2017 votes/vote share:\n", "")
    assert findings_of(bare, "uk-ge-2019", rule=None) != []
