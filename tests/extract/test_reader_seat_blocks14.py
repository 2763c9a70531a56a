"""Which seat a results list's rows belong to in copy about several seats (issue 8).

County round-ups stack one list per seat, a row to a paragraph ("Jane Smith (Con): 28,486",
a blank line, the next row), each list under its seat's name. Where a heading was lost (an
image, a caption the copy dropped), what is left of it is a wider gap between the lists: the
heading above binds the list right under it, not the next one, whose rows are then in a seat
the words do not name. And "Yeovil's Liberal Democrat candidate" names the seat the clause is
about, as "Yeovil's MP" does; a page's "Most Read" headlines, "next door in" another place and
"Brighton and Hove" (a city) do not turn the story to a seat; "Brecon and Radnor" does.

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

from factcheck.extract.entities import contest_matcher, find_people, is_seat
from factcheck.io.articles import load_article
from factcheck.models import Article, ChangeClaim, Quantity

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


# A page's list of its other stories, pasted between two paragraphs of the story.
_MOST_READ = (
    "Most Read\n- 1 Council approves new car park\n- 2 Pictures: Wells in the snow\n"
    "- 3 Tributes paid to a well-known vet\n\n"
)


@pytest.mark.parametrize(("written", "fires"), [("17,017", False), ("17,071", True)])
def test_a_most_read_list_does_not_turn_the_story_to_a_seat_it_names(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        "In Somerton and Frome, Conservative David Warburton held the seat with 36,230 votes."
        f"\n\n{_MOST_READ}Adam Boyden (Lib Dem) came second with {written} votes.\n"
    )
    path = story_file(tmp_path, story, "uk-ge-2019")
    seats = _seats_by_name(load_article(path))
    assert seats["Adam Boyden"] == "Somerton and Frome"
    # Carried over a paragraph: a warning at most, but read in its own seat.
    assert flagged_in(path) == ([("reference-mismatch", written)] if fires else [])


def test_a_seat_named_in_prose_after_the_list_still_turns_the_story() -> None:
    # The control: the same words as a paragraph of the story, not a numbered list of
    # headlines, name the seat the next figures are in.
    story = (
        "In Somerton and Frome, Conservative David Warburton held the seat with 36,230 votes."
        "\n\nIn Wells, James Heappey held the seat.\n\nTessa Munt (Lib Dem) came second with"
        " 23,345 votes.\n"
    )
    assert _seats_by_name(article_of(story))["Tessa Munt"] == "Wells"


@pytest.mark.parametrize(("placing", "fires"), [("third", False), ("second", True)])
def test_a_placing_opening_a_clause_goes_to_the_person_after_it(
    tmp_path: Path, placing: str, fires: bool
) -> None:
    story = (
        "James Heappey held Wells with 33,336 votes.\n\nTessa Munt received 23,345 votes, and"
        f" in {placing} place was Kama McKenzie of Labour with 4,304 votes.\n"
    )
    path = story_file(tmp_path, story, "uk-ge-2019")
    seat = contest_named(load_article(path), "Wells")
    assert candidate_named(seat, "Tessa Munt").rank is None
    rank = candidate_named(seat, "Kama McKenzie").rank
    assert rank is not None
    assert rank.text == placing
    # (A place read from prose is a warning since the twenty-second session.)
    flagged = flagged_in(path)
    assert bool(flagged) is fires
    assert all(text == placing for _, text in flagged)


def test_a_double_barrelled_name_opening_on_mac_is_one_name() -> None:
    people = find_people("Sixth was Jane MacKessack-Smith of the Green Party with 1,345.")
    assert [p.name for p in people] == ["Jane MacKessack-Smith"]
    # The control: Mc and Mac names of one word stay as they were.
    assert [p.name for p in find_people("Mark McDonald beat Jo MacLeod.")] == [
        "Mark McDonald",
        "Jo MacLeod",
    ]


@pytest.mark.parametrize(("written", "fires"), [("5,102", False), ("5,012", True)])
def test_a_seat_written_without_its_shire_is_the_seat(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        "The Brecon and Radnor result came in at dawn.\n\n"
        f"Chris Davies won the seat with a majority of {written}.\n"
    )
    path = story_file(tmp_path, story, "uk-ge-2015")
    seat = contest_named(load_article(path), "Brecon and Radnorshire")
    assert seat.majority is not None
    assert seat.majority.text == written
    assert errors_in(path) == ([("reference-mismatch", written)] if fires else [])


def test_only_a_place_right_after_and_loses_its_shire() -> None:
    # The control: "Ochil and South Perth" is no way of writing "Ochil and South
    # Perthshire", and "North Hereford" none of "North Herefordshire".
    names = [c.name for c in contest_matcher().find("Ochil and South Perth, North Hereford")]
    assert names == []


def test_next_door_in_another_place_breaks_the_carried_seat() -> None:
    story = (
        "The Brecon and Radnor result came in at dawn. Chris Davies won with 41.1% of the"
        " vote.\n\nNext door in Herefordshire, the Conservatives held on. Jesse Norman got"
        " 52.6% of the vote.\n"
    )
    seats = _seats_by_name(article_of(story))
    assert seats["Chris Davies"] == "Brecon and Radnorshire"
    assert seats["Jesse Norman"] is None
    # The control: the next paragraph, with no other place, stays in the seat.
    same = story.replace("Next door in Herefordshire, the", "The")
    assert _seats_by_name(article_of(same))["Jesse Norman"] == "Brecon and Radnorshire"


@pytest.mark.parametrize(
    ("sentence", "seats"),
    [
        ("Lewes fell, the last seat outside of Brighton and Hove to go.", ["Lewes"]),
        # The controls: seats listed with "and", the first ending in a place word or a
        # compass point, or a place that is a seat of its own.
        ("Labour won Brighton Pavilion and Hove.", ["Brighton Pavilion", "Hove"]),
        (
            "The Greens gained in Hove and Portslade and Brighton Kemptown and Peacehaven.",
            ["Hove and Portslade", "Brighton Kemptown and Peacehaven"],
        ),
        ("They held Carmarthen West and Aberconwy.", ["Aberconwy"]),
        ("They held Windsor and Maidenhead.", ["Windsor", "Maidenhead"]),
        # A list's last two; a seat of several words is no town's half.
        ("They gained Bassetlaw, Chester and Bishop Auckland.", ["Bassetlaw", "Bishop Auckland"]),
    ],
)
def test_a_seat_named_as_half_of_a_joint_place_is_no_seat(sentence: str, seats: list[str]) -> None:
    found = [c for c in contest_matcher().find(sentence) if is_seat(sentence, c)]
    assert [c.name for c in found] == seats


_BATTERSEA = "Labour's Marsha De Cordova defeated Jane Ellison in Battersea, while "


def test_a_later_clause_telling_a_win_of_its_own_is_not_the_seat_named_before() -> None:
    article = article_of(
        _BATTERSEA + "Tory minister Gavin Barwell lost his seat to Labour's Sarah Jones.\n"
    )
    seats = {c.name for co in article.contests if co.name == "Battersea" for c in co.candidates}
    assert "Gavin Barwell" not in seats
    assert "Sarah Jones" not in seats
    gains = [c for c in article.claims if c.candidate == "Sarah Jones"]
    assert [c.contest for c in gains] == [None]


def test_a_later_clause_about_one_new_person_stays_in_the_seat() -> None:
    # The control: one person, and no win of their own: the same seat's, as a loser is.
    article = article_of(_BATTERSEA + "Lib Dem candidate Joanna Smith lost her deposit.\n")
    seats = {c.name: co.name for co in article.contests for c in co.candidates}
    assert seats["Joanna Smith"] == "Battersea"


_GORDON = "Alex Salmond was unseated in Gordon by the Conservatives' Colin Clark.\n\n"


@pytest.mark.parametrize(
    ("sentence", "seat"),
    [
        (
            "Angus Robertson lost his seat to the Tories' Douglas Ross, who won 48% of the vote.",
            None,
        ),
        # The control: the carried seat's own winner, said again.
        (
            "Mr Salmond lost his seat to the Conservatives' Colin Clark, who won 41% of the vote.",
            "Gordon",
        ),
    ],
)
def test_losing_a_seat_to_another_winner_breaks_the_carried_seat(
    sentence: str, seat: str | None
) -> None:
    article = article_of(_GORDON + sentence + "\n")
    shares = {
        c.name: co.name for co in article.contests for c in co.candidates if c.share is not None
    }
    assert list(shares.values()) == [seat]


_ANTRIM = (
    "Robin Swann won South Antrim for the UUP.\n\nSouth Antrim was one of the most closely"
    " watched seats.\n\nMr Swann, a blow-in from North Antrim, stood down as a minister to"
    " run.\n\nHe said: “It’s my pleasure to represent the people of {quoted}.”\n\n"
    "TUV candidate Mel Lucas came fifth with 2,693 votes.\n"
)


def test_a_quotation_naming_the_storys_own_seat_takes_the_story_back() -> None:
    seats = _seats_by_name(article_of(_ANTRIM.format(quoted="South Antrim")))
    assert seats["Mel Lucas"] == "South Antrim"


def test_a_quotation_naming_another_seat_is_the_speakers_aside() -> None:
    # The control: a quotation naming a seat the story is not about does not turn to it.
    seats = _seats_by_name(article_of(_ANTRIM.format(quoted="East Antrim")))
    assert seats["Mel Lucas"] != "East Antrim"


_MONMOUTH = (
    "Catherine Fookes took the Monmouth seat from the Conservatives, Welsh secretary since"
    " {year}.\n\nShe won 21,010 votes across Monmouthshire.\n"
)


def test_a_year_after_2019_puts_a_story_on_the_2024_boundaries() -> None:
    article = article_of(_MONMOUTH.format(year="2022"))
    assert "Monmouth" not in {co.name for co in article.contests}


def test_a_year_before_2020_leaves_the_older_seat() -> None:
    # The control: a story of 2019 or before may name the county beside its seat.
    article = article_of(_MONMOUTH.format(year="2018"))
    assert "Monmouth" in {co.name for co in article.contests}


_CUMBRIA = (
    "Liberal Democrat Tim Farron was re-elected in Westmorland and Lonsdale with 63% of the"
    " vote.\n\nJosh MacAlister won 22,173 votes in Whitehaven and Workington.\n\n"
)


@pytest.mark.parametrize(("written", "fires"), [("9,589", False), ("9,859", True)])
def test_prose_about_a_candidate_of_another_seat_is_read_in_theirs(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = _CUMBRIA + (
        f"Mr Farron secured 31,061 votes, with Conservative Matty Jackman securing {written}.\n"
    )
    path = story_file(tmp_path, story, "uk-ge-2024")
    seats = _seats_by_name(load_article(path))
    assert seats["Matty Jackman"] == "Westmorland and Lonsdale"
    assert flagged_in(path) == ([("reference-mismatch", written)] if fires else [])


def test_prose_about_someone_new_stays_in_the_carried_seat() -> None:
    # The control: nobody the story placed elsewhere; the seat named last holds.
    story = _CUMBRIA + "Reform's David Surtees secured 8,887 votes.\n"
    assert _seats_by_name(article_of(story))["David Surtees"] == "Whitehaven and Workington"


_LADYWOOD = (
    "Birmingham results\n\nAyoub Khan won Birmingham Perry Barr with a majority of 507 votes.\n"
    "In Birmingham Ladywood, Shabana Mahmood held off a challenge from independent Jane Doe.\n"
    "However, her majority fell from more than 32,000 to 3,421.\n"
)


def _majority_changes(article: Article) -> dict[str | None, str | None]:
    return {
        c.candidate or None: c.contest
        for c in article.claims
        if isinstance(c, ChangeClaim) and c.quantity is Quantity.MAJORITY
    }


def test_someone_new_opening_a_sentence_with_her_majority_is_another_seats_winner() -> None:
    story = _LADYWOOD + "Similarly Jess Phillips saw her majority slashed from 13,141 to 693.\n"
    changes = _majority_changes(article_of(story))
    assert "Jess Phillips" in changes
    assert changes["Jess Phillips"] != "Birmingham Ladywood"
    assert "Similarly Jess Phillips" not in changes  # an adverb, no given name


def test_the_carried_seats_own_majority_stays_in_it() -> None:
    # The control: "her majority" of the seat's own winner, named before.
    changes = _majority_changes(article_of(_LADYWOOD))
    assert "Birmingham Ladywood" in changes.values()


_NEWCASTLE = (
    "Newcastle Central was the first seat to declare, with Labour's Chi Onwurah holding on"
    " with a reduced majority.\n\n"
)


def _change_seats(story: str) -> list[str | None]:
    return [
        c.contest
        for c in article_of(story).claims
        if isinstance(c, ChangeClaim) and c.quantity is Quantity.MAJORITY
    ]


@pytest.mark.parametrize(
    ("sentence", "seat"),
    [
        ("The other Labour holds were also won with a reduced majority.", None),
        # The controls: the seat's own hold; other seats named in passing, comparing.
        ("The Labour hold was won with a reduced majority.", "Newcastle Upon Tyne Central"),
        (
            "As with the other seats, the Labour hold was won with a reduced majority.",
            "Newcastle Upon Tyne Central",
        ),
    ],
)
def test_the_other_seats_as_a_sentences_subject_break_the_carried_seat(
    sentence: str, seat: str | None
) -> None:
    assert _change_seats(_NEWCASTLE + sentence + "\n") == ["Newcastle Upon Tyne Central", seat]
