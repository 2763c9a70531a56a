"""Which seat a results list's rows belong to in copy about several seats (issue 8).

County round-ups stack one list per seat, a row to a paragraph ("Jane Smith (Con): 28,486",
a blank line, the next row), each list under its seat's name. Where a heading was lost (an
image, a caption the copy dropped), what is left of it is a wider gap between the lists: the
heading above binds the list right under it, not the next one, whose rows are then in a seat
the words do not name. And "Yeovil's Liberal Democrat candidate" names the seat the clause is
about, as "Yeovil's MP" does.

Sentences are ours; the figures are the official 2019 ones for the seats named.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import (
    article_of,
    candidate_named,
    contest_named,
    errors_in,
    flagged_in,
    story_file,
)

from factcheck.io.articles import load_article
from factcheck.models import Article

SOMERTON = [
    ("David Warburton", "Con", "36,230"),
    ("Adam Boyden", "LD", "17,017"),
    ("Sean Dromgoole", "Lab", "8,354"),
    ("Andrea Dexter", "Green", "3,295"),
]
YEOVIL = [
    ("Marcus Fysh", "Con", "34,588"),
    ("Mick Clark", "LD", "18,407"),
    ("Terry Ledlie", "Lab", "3,761"),
    ("Diane Wood", "Green", "1,629"),
]


def _rows(rows: list[tuple[str, str, str]], between: str = "\n\n") -> str:
    return between.join(f"{name} ({party}): {votes}" for name, party, votes in rows)


def _seats_by_name(article: Article) -> dict[str, str | None]:
    return {c.name: co.name for co in article.contests for c in co.candidates}


def _round_up(first_votes: str = "36,230") -> str:
    somerton = [(SOMERTON[0][0], "Con", first_votes), *SOMERTON[1:]]
    return (
        "The Conservatives held every seat in the south of the county. The votes:\n\n"
        f"Somerton and Frome\n\n{_rows(somerton)}\n\n\n{_rows(YEOVIL)}\n"
    )


def test_a_list_after_a_wider_gap_is_not_the_headings_seat() -> None:
    seats = _seats_by_name(article_of(_round_up()))
    assert {seats[name] for name, _, _ in SOMERTON} == {"Somerton and Frome"}
    assert {seats[name] for name, _, _ in YEOVIL} == {None}


def test_rows_under_one_gap_stay_with_their_heading() -> None:
    # The control: the same rows, as evenly spaced as the heading's own, are one list.
    story = "The votes in each seat\n\nSomerton and Frome\n\n" + _rows(SOMERTON) + "\n"
    seats = _seats_by_name(article_of(story))
    assert set(seats.values()) == {"Somerton and Frome"}


@pytest.mark.parametrize(("written", "fires"), [("36,230", False), ("36,320", True)])
def test_the_headed_list_is_checked_and_the_unheaded_one_is_not(
    tmp_path: Path, written: str, fires: bool
) -> None:
    path = story_file(tmp_path, _round_up(written), "uk-ge-2019")
    seat = contest_named(load_article(path), "Somerton and Frome")
    votes = candidate_named(seat, "David Warburton").votes
    assert votes is not None
    assert votes.text == written
    # Yeovil's rows, read under Somerton and Frome, would be checked against its record.
    assert flagged_in(path) == ([("reference-mismatch", written)] if fires else [])


def test_a_row_placed_by_its_person_takes_its_list_to_their_seat() -> None:
    # The wider gap ends the carry; someone the story named with a seat takes the rows after
    # them to it.
    story = (
        "Marcus Fysh held Yeovil for the Conservatives. The votes:\n\n"
        f"Somerton and Frome\n\n{_rows(SOMERTON)}\n\n\n{_rows(YEOVIL)}\n"
    )
    seats = _seats_by_name(article_of(story))
    assert {seats[name] for name, _, _ in YEOVIL} == {"Yeovil"}


@pytest.mark.parametrize(("majority", "fires"), [("16,181", False), ("16,811", True)])
def test_a_seat_owning_a_partys_candidate_is_the_clauses_seat(
    tmp_path: Path, majority: str, fires: bool
) -> None:
    story = (
        "Conservative David Warburton held Somerton and Frome, while Yeovil's Liberal Democrat"
        f" candidate Mick Clark lost by {majority} votes.\n"
    )
    path = story_file(tmp_path, story, "uk-ge-2019")
    article = load_article(path)
    yeovil = contest_named(article, "Yeovil")
    assert yeovil.majority is not None
    assert yeovil.majority.text == majority
    assert errors_in(path) == ([("reference-mismatch", majority)] if fires else [])


def test_a_persons_possessive_before_a_party_is_no_seat() -> None:
    # The control: a one-word seat's name that is a person's ("Gordon") owning something
    # else than a candidate or an MP stays the person's.
    article = article_of("Gordon's Labour leadership ended in 2010, when he polled 24,000.\n")
    assert all(co.name != "Gordon" for co in article.contests)


# Seats of several words and of one, candidates' names from pools no seat shares a word with.
SEATS = ["Somerton and Frome", "Yeovil", "Wells", "Taunton Deane", "Bridgwater and West Somerset"]
FIRST = ["Anna", "Brian", "Chloe", "David", "Elena", "Farid", "Grace", "Hamid", "Isla", "Jonah"]
LAST = ["Ashworth", "Okafor", "Pennington", "Kowalczyk", "Fairbairn", "Mahmood", "Treharne"]
PARTIES = ["Con", "Lab", "LD", "Green", "Brexit Party"]


@dataclass(frozen=True)
class Block:
    seat: str
    headed: bool
    rows: tuple[tuple[str, str, int], ...]


@st.composite
def round_ups(draw: st.DrawFn) -> tuple[list[Block], int]:
    n = draw(st.integers(2, 4))
    seats = draw(st.permutations(SEATS))[:n]
    names = iter(draw(st.permutations([f"{a} {b}" for a in FIRST for b in LAST])))
    blocks = []
    for k, seat in enumerate(seats):
        size = draw(st.integers(2, 5))
        votes = sorted(draw(st.lists(st.integers(120, 39_999), min_size=size, max_size=size)))
        parties = draw(st.permutations(PARTIES))[:size]
        rows = tuple(
            (next(names), party, v) for party, v in zip(parties, reversed(votes), strict=True)
        )
        blocks.append(Block(seat, k == 0 or draw(st.booleans()), rows))
    return blocks, draw(st.integers(1, 2))


def _render(blocks: list[Block], gap: int) -> str:
    """Rows ``gap`` blank lines apart, lists one more; a heading ``gap`` above its list."""
    between = "\n" * (gap + 1)
    parts = []
    for b in blocks:
        rows = between.join(f"{name} ({party}): {votes:,}" for name, party, votes in b.rows)
        parts.append(f"{b.seat}{between}{rows}" if b.headed else rows)
    return "The votes from across the county\n\n" + ("\n" * (gap + 2)).join(parts) + "\n"


@settings(max_examples=40, deadline=None)
@given(round_ups())
def test_each_row_is_read_in_its_own_lists_seat_or_in_none(case: tuple[list[Block], int]) -> None:
    blocks, gap = case
    article = article_of(_render(blocks, gap))
    read = {c.name: (co.name, c.votes) for co in article.contests for c in co.candidates}
    for b in blocks:
        for name, _, votes in b.rows:
            seat, figure = read[name]
            assert figure is not None
            assert figure.value == votes
            assert seat == (b.seat if b.headed else None), (name, b)
