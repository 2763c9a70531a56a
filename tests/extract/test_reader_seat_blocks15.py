"""Which seat a figure belongs to in copy about several seats (issue 8, fifteenth session).

A seat named in an aside of its sentence ("- as with the situation in Yeovil -", a bracket
telling where a candidate lives) is named in passing: the story does not turn to it, and the
sentence's figures outside the aside are not its. A bracket or a pair of dashes that only
labels people or rows ("Marcus Fysh (Yeovil)", "- Jo Smith in Yeovil and Al Brown in Wells
-") still names their seats.

Sentences are ours; the figures are the official 2019 ones for the seats named.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, errors_in, flagged_in, story_file

from factcheck.models import Article, ContestResult
from factcheck.reference.bundled import bundled_results
from factcheck.reference.placing import place_by_candidates

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


# Asides naming another seat in passing, each a clause of its own.
ASIDES = [
    " - as with the situation in Somerton and Frome - ",
    " – who, like her colleague in Somerton and Frome, had campaigned for months – ",
    " (who gave an address in Somerton and Frome on the ballot paper) ",
]


def _aside_story(aside: str, green_votes: str = "1,629") -> str:
    rows = [*YEOVIL[:3], ("Diane Wood", "Green", green_votes)]
    return (
        "Marcus Fysh held Yeovil for the Conservatives with an increased majority.\n\n"
        f"Liberal Democrat Mick Clark{aside}came a distant second.\n\n"
        f"The votes:\n\n{_rows(rows)}\n"
    )


@pytest.mark.parametrize("aside", ASIDES)
def test_a_seat_named_in_an_aside_does_not_take_the_story_there(aside: str) -> None:
    seats = _seats_by_name(article_of(_aside_story(aside)))
    assert {seats[name] for name, _, _ in YEOVIL} == {"Yeovil"}


@pytest.mark.parametrize("aside", ASIDES)
@pytest.mark.parametrize(("written", "fires"), [("1,629", False), ("1,692", True)])
def test_the_list_after_an_aside_is_checked_in_the_storys_seat(
    tmp_path: Path, aside: str, written: str, fires: bool
) -> None:
    # (A warning: the story names two seats, so its list's seat is carried, not named.)
    path = story_file(tmp_path, _aside_story(aside, written), "uk-ge-2019")
    assert flagged_in(path) == ([("reference-mismatch", written)] if fires else [])


def test_an_aside_giving_a_figure_keeps_its_seat_for_it() -> None:
    # "(who won Somerton and Frome by 19,213 votes)": the figure inside is the aside's seat's.
    story = (
        "Marcus Fysh held Yeovil for the Conservatives.\n\n"
        "His colleague David Warburton (who held Somerton and Frome with a majority of 19,213)"
        " congratulated him.\n"
    )
    article = article_of(story)
    majorities = {c.name: c.majority.text for c in article.contests if c.majority is not None}
    assert majorities == {"Somerton and Frome": "19,213"}


@pytest.mark.parametrize(
    "label",
    [
        " (Somerton and Frome) ",
        " - David Warburton in Somerton and Frome and Marcus Fysh in Yeovil - ",
    ],
)
def test_a_bracket_or_dashes_labelling_people_still_name_their_seat(label: str) -> None:
    # The control: no clause, only a seat or people with their seats: the story turns.
    story = (
        "Marcus Fysh held Yeovil for the Conservatives.\n\n"
        f"The other Tory winners{label}were cheered at the count.\n\n"
        "David Warburton (Con): 36,230\n\nAdam Boyden (LD): 17,017\n"
    )
    seats = _seats_by_name(article_of(story))
    assert seats["Adam Boyden"] != "Yeovil"


@settings(max_examples=40, deadline=None)
@given(
    lead=st.sampled_from(["as with", "just as in", "unlike the result in", "much like"]),
    tail=st.sampled_from(["last time", "two years ago", "in the past", "before the count"]),
    dash=st.sampled_from(["-", "–", "—"]),
)
def test_any_dashed_comparison_is_an_aside(lead: str, tail: str, dash: str) -> None:
    aside = f" {dash} {lead} Somerton and Frome {tail} {dash} "
    seats = _seats_by_name(article_of(_aside_story(aside)))
    assert {seats[name] for name, _, _ in YEOVIL} == {"Yeovil"}


# -- lists stacked under no heading ----------------------------------------------------------

SOMERSET = [
    "Somerton and Frome",
    "Yeovil",
    "Wells",
    "Bridgwater and West Somerset",
    "Taunton Deane",
    "North Somerset",
]
_ABBREVIATED = {"Conservative": "Con", "Liberal Democrat": "LD", "Labour": "Lab"}


def _official(seat: str) -> ContestResult:
    found = bundled_results().contest(seat, "uk-ge-2019")
    assert found is not None
    return found


def _block(seat: str, bullet: str, between: str, wrong: str | None = None) -> str:
    """A seat's official 2019 rows (its last row's votes written ``wrong`` if given), and
    its majority as the list's closing line."""
    official = _official(seat)
    rows = []
    for i, c in enumerate(official.candidates):
        assert c.votes is not None
        votes = f"{int(c.votes.value):,}"
        if wrong is not None and i == len(official.candidates) - 1:
            votes = wrong
        rows.append(f"{bullet}{c.name} ({_ABBREVIATED.get(c.party or '', c.party)}) {votes}")
    assert official.majority is not None
    return between.join(rows) + f"\n\nMajority: {int(official.majority.value):,}"


def _unheaded(seats: list[str], bullet: str = "• ", between: str = "\n", **wrong: str) -> str:
    return (
        "The Liberal Democrats held Bath but had hoped to win back seats in the south of the"
        " county.\n\nRebecca Pow held Taunton Deane for the Conservatives with a reduced"
        " majority.\n\n"
        "Results in full:\n\n"
        + "\n\n".join(_block(s, bullet, between, wrong.get(s.split()[0])) for s in seats)
        + "\n"
    )


def _contest_of(article: Article, person: str) -> ContestResult:
    found = [co for co in article.contests if any(c.name == person for c in co.candidates)]
    assert len(found) == 1, person
    return found[0]


def test_unheaded_lists_are_not_the_seat_named_last() -> None:
    article = article_of(_unheaded(["Somerton and Frome", "Yeovil"]))
    seats = _seats_by_name(article)
    for seat in ("Somerton and Frome", "Yeovil"):
        for c in _official(seat).candidates:
            assert seats[c.name] in (None, seat), (c.name, seats[c.name])


def test_each_unheaded_list_is_one_contest_the_record_places() -> None:
    article = article_of(_unheaded(["Somerton and Frome", "Yeovil"]))
    for seat in ("Somerton and Frome", "Yeovil"):
        first = _official(seat).candidates[-1].name
        contest = _contest_of(article, first)
        if contest.name is None:
            placed = place_by_candidates(contest, bundled_results(), "uk-ge-2019")
            assert placed is not None
            assert placed.name == seat


@pytest.mark.parametrize(("written", "fires"), [("3,295", False), ("3,259", True)])
def test_an_unheaded_lists_figure_is_checked_in_its_own_seat(
    tmp_path: Path, written: str, fires: bool
) -> None:
    path = story_file(
        tmp_path, _unheaded(["Somerton and Frome", "Yeovil"], Somerton=written), "uk-ge-2019"
    )
    # A warning, not an error: the record placed the list, the text did not.
    assert flagged_in(path) == ([("reference-mismatch", written)] if fires else [])
    assert errors_in(path) == []


def test_a_list_listing_the_seats_person_stays_in_the_seat() -> None:
    # The control: Rebecca Pow, named with Taunton Deane, heads the list: it is that seat's.
    article = article_of(_unheaded(["Taunton Deane"]))
    seats = _seats_by_name(article)
    assert {seats[c.name] for c in _official("Taunton Deane").candidates} == {"Taunton Deane"}


def test_rows_after_a_turnout_line_under_a_heading_open_no_new_list() -> None:
    # The control: a heading, its turnout, then its rows: the turnout line closes nothing.
    story = (
        "The Conservatives held both seats.\n\nYeovil\n\nTurnout: 71.9%\n\n"
        + _rows(YEOVIL)
        + "\n\nWells\n\nJames Heappey (Con) 33,336\n"
    )
    seats = _seats_by_name(article_of(story))
    assert {seats[name] for name, _, _ in YEOVIL} == {"Yeovil"}


@settings(max_examples=30, deadline=None)
@given(
    seats=st.lists(
        st.sampled_from([s for s in SOMERSET if s != "Taunton Deane"]),
        min_size=2,
        max_size=4,
        unique=True,
    ),
    bullet=st.sampled_from(["• ", "  • ", "- ", ""]),
    between=st.sampled_from(["\n", "\n\n"]),
    headed=st.booleans(),
)
def test_stacked_lists_read_each_row_in_its_own_seat(
    seats: list[str], bullet: str, between: str, headed: bool
) -> None:
    """N seats' lists, with their headings or without: a row is read in its own seat or in
    none (an unnamed contest the record places in its own seat), never in another's."""
    if headed:
        story = (
            "The Conservatives held every seat in the county.\n\n"
            + "\n\n".join(f"{s}\n\n{_block(s, bullet, between)}" for s in seats)
            + "\n"
        )
    else:
        story = _unheaded(seats, bullet, between)
    article = article_of(story)
    for seat in seats:
        for c in _official(seat).candidates:
            contest = _contest_of(article, c.name)
            if headed:
                assert contest.name == seat
                continue
            assert contest.name in (None, seat), (c.name, contest.name)
            if contest.name is None:
                placed = place_by_candidates(contest, bundled_results(), "uk-ge-2019")
                assert placed is None or placed.name == seat


# -- page furniture and photo captions ---------------------------------------------------------


def _captioned(caption: str, wood_votes: str = "1,629") -> str:
    rows = [*YEOVIL[:3], ("Diane Wood", "Green", wood_votes)]
    return (
        "Marcus Fysh held Yeovil for the Conservatives.\n\n"
        f"{_rows(rows[:2])}\n\n{caption}\n\n{_rows(rows[2:])}\n"
    )


CAPTION = "James Heappey celebrates his win in Wells"


@pytest.mark.parametrize(
    "caption",
    [f"{CAPTION}{CAPTION}\n{CAPTION}", f"{CAPTION}{CAPTION}"],
    ids=["twice-then-once", "twice"],
)
def test_a_photo_caption_between_rows_does_not_take_the_list_away(caption: str) -> None:
    seats = _seats_by_name(article_of(_captioned(caption)))
    assert {seats[name] for name, _, _ in YEOVIL} == {"Yeovil"}


@pytest.mark.parametrize(("written", "fires"), [("1,629", False), ("1,692", True)])
def test_the_rows_after_a_caption_are_checked_in_their_seat(
    tmp_path: Path, written: str, fires: bool
) -> None:
    path = story_file(tmp_path, _captioned(f"{CAPTION}{CAPTION}\n{CAPTION}", written), "uk-ge-2019")
    assert flagged_in(path) == ([("reference-mismatch", written)] if fires else [])


def test_a_caption_still_says_what_it_says() -> None:
    # The caption is read: its own figure is its seat's.
    caption = "James Heappey polled 33,336 votes in Wells"
    article = article_of(_captioned(f"{caption}{caption}\n{caption}"))
    seats = _seats_by_name(article)
    assert seats["James Heappey"] == "Wells"


def test_a_line_of_prose_naming_another_seat_does_take_the_story_there() -> None:
    # The control: the same words written once, as the story's own paragraph, turn to Wells.
    seats = _seats_by_name(article_of(_captioned(f"Next door, {CAPTION}.")))
    assert seats["Diane Wood"] != "Yeovil"


@pytest.mark.parametrize("lead", ["Read more:", "READ MORE:", "Related:", "See also:"])
@pytest.mark.parametrize(("written", "fires"), [("34,588", False), ("34,858", True)])
def test_a_link_to_another_story_is_no_turn_to_its_seat(
    tmp_path: Path, lead: str, written: str, fires: bool
) -> None:
    story = (
        "Marcus Fysh held Yeovil for the Conservatives.\n\n"
        f"{lead} Labour has just lost Wells to the Conservatives\n\n"
        f"Mr Fysh polled {written} votes.\n"
    )
    seats = _seats_by_name(article_of(story))
    assert seats["Marcus Fysh"] == "Yeovil"
    path = story_file(tmp_path, story, "uk-ge-2019")
    assert flagged_in(path) == ([("reference-mismatch", written)] if fires else [])


# -- "won the seat off of X, overturning …, and taking N votes": the winner's votes ---------------


@pytest.mark.parametrize("took", ["off of", "off", "from"])
@pytest.mark.parametrize(("written", "fires"), [("25,572", False), ("25,752", True)])
def test_votes_after_the_one_a_seat_was_taken_off_are_the_takers(
    tmp_path: Path, took: str, written: str, fires: bool
) -> None:
    story = (
        f"Labour's Rosie Duffield won Canterbury {took} Conservative Julian Brazier, overturning"
        f" a 9,798 majority and taking {written} votes.\n"
    )
    article = article_of(story)
    duffield = [c for co in article.contests for c in co.candidates if c.name == "Rosie Duffield"]
    assert [c.votes.text for c in duffield if c.votes is not None] == [written]
    path = story_file(tmp_path, story, "uk-ge-2017")
    assert [f for f in flagged_in(path) if f[1] == written] == (
        [("reference-mismatch", written)] if fires else []
    )


# -- a city's seat by its district alone ------------------------------------------------------


def _city_round_up(heading: str, sambrook_votes: str = "19,957") -> str:
    rows = [
        ("Gary Sambrook", "Con", sambrook_votes),
        ("Richard Burden", "Lab", "18,317"),
        ("Jamie Scott", "LD", "1,961"),
    ]
    return (
        "Labour held most of its Birmingham seats, but the Conservatives had hopes in"
        " Northfield, Edgbaston and Selly Oak.\n\n"
        f"{heading}\n{_rows(rows, between=chr(10))}\n"
        "Edgbaston\nPreet Kaur Gill (Lab) 21,217\nAlex Yip (Con) 15,603\n"
    )


@pytest.mark.parametrize("heading", ["Northfield", "NORTHFIELD", "Northfield:"])
def test_a_citys_district_heading_names_its_seat(heading: str) -> None:
    seats = _seats_by_name(article_of(_city_round_up(heading)))
    assert seats["Gary Sambrook"] == "Birmingham, Northfield"
    assert seats["Alex Yip"] == "Birmingham, Edgbaston"


@pytest.mark.parametrize(("written", "fires"), [("19,957", False), ("19,597", True)])
def test_a_district_headed_list_is_checked_in_its_seat(
    tmp_path: Path, written: str, fires: bool
) -> None:
    path = story_file(tmp_path, _city_round_up("Northfield", written), "uk-ge-2019")
    assert [f for f in flagged_in(path) if f[1] == written] == (
        [("reference-mismatch", written)] if fires else []
    )


def test_a_district_without_its_city_names_no_seat() -> None:
    # The control: no Birmingham, nor any of its seats, in the story: "Northfield" may be a
    # place anywhere (or a person: "Jane Northfield").
    story = "Northfield\nGary Sambrook (Con) 19,957\nRichard Burden (Lab) 18,317\n"
    seats = _seats_by_name(article_of(story))
    assert seats["Gary Sambrook"] != "Birmingham, Northfield"


def test_a_district_that_is_a_persons_surname_is_the_person() -> None:
    story = "In Birmingham, Labour held Edgbaston. Councillor Jane Northfield said: it was close.\n"
    article = article_of(story)
    assert all(c.name != "Birmingham, Northfield" for c in article.contests)


# -- the seat right after a figure, and where a person won --------------------------------------


@pytest.mark.parametrize(("written", "fires"), [("28,508", False), ("28,805", True)])
def test_a_figure_followed_by_in_a_seat_is_that_seats(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        "After poor showings for the Tories in Edgbaston and Northfield, Labour's Tahir Ali,"
        f" who won by a {written}-vote margin in Hall Green, said the city had spoken.\n"
    )
    article = article_of(story)
    majorities = {c.name: c.majority.text for c in article.contests if c.majority is not None}
    assert majorities == {"Birmingham, Hall Green": written}
    seats = _seats_by_name(article)
    assert seats.get("Tahir Ali") in (None, "Birmingham, Hall Green")
    path = story_file(tmp_path, story, "uk-ge-2019")
    assert [f for f in flagged_in(path) if f[1] == written] == (
        [("reference-mismatch", written)] if fires else []
    )


def test_a_figure_after_a_comma_starts_anew() -> None:
    # The control: "majority to 1,640, in Edgbaston it was 5,614": each its own seat's.
    story = (
        "In Northfield, Gary Sambrook took the seat with a majority of 1,640, in Edgbaston"
        " it was 5,614 for Preet Kaur Gill.\n"
    )
    article = article_of(story)
    majorities = {c.name: c.majority.text for c in article.contests if c.majority is not None}
    assert majorities.get("Birmingham, Northfield", "1,640") == "1,640"


# -- a two-part seat with its second part's compass point moved, as the BBC wrote it ------------


@pytest.mark.parametrize("heading", ["Ochil & Perthshire South", "Ochil and Perthshire South"])
@pytest.mark.parametrize(("written", "fires"), [("4,498", False), ("4,948", True)])
def test_a_compass_point_moved_in_the_second_part_names_the_seat(
    tmp_path: Path, heading: str, written: str, fires: bool
) -> None:
    # Ochil and South Perthshire, 2019: John Nicolson won by 4,498 votes.
    story = f"{heading}\n\nSNP GAIN\n\nJohn Nicolson won the seat with a majority of {written}.\n"
    article = article_of(story)
    majorities = {c.name: c.majority.text for c in article.contests if c.majority is not None}
    assert majorities == {"Ochil and South Perthshire": written}
    path = story_file(tmp_path, story, "uk-ge-2019")
    assert [f for f in flagged_in(path) if f[1] == written] == (
        [("reference-mismatch", written)] if fires else []
    )


# -- a seat before a colon heads the list after it ----------------------------------------------


def test_a_seat_leading_a_list_with_a_colon_is_not_the_rows_before_it() -> None:
    story = (
        "The other votes in Somerton and Frome were: Adam Boyden (Liberal Democrat) 17,017;"
        " Sean Dromgoole (Labour) 8,354 and Andrea Dexter (Green) 3,295 and in Yeovil:"
        " Mick Clark (Liberal Democrat) 18,407; Terry Ledlie (Labour) 3,761.\n\n"
        "The winners polled 36,230 and 34,588 votes.\n"
    )
    seats = _seats_by_name(article_of(story))
    for name in ("Adam Boyden", "Sean Dromgoole", "Andrea Dexter"):
        assert seats[name] == "Somerton and Frome", name
    for name in ("Mick Clark", "Terry Ledlie"):
        assert seats[name] == "Yeovil", name


def test_a_seat_named_after_a_person_without_a_colon_is_theirs() -> None:
    # The control: "Ali is re-elected in Bethnal Green": the seat after the person is theirs.
    story = (
        "Adam Boyden polled 17,017 votes in Somerton and Frome, and Mick Clark 18,407 in"
        " Yeovil.\n\nThe Conservatives held both seats.\n"
    )
    seats = _seats_by_name(article_of(story))
    assert seats["Adam Boyden"] == "Somerton and Frome"


@pytest.mark.parametrize("prep", ["for", "in"])
def test_turnouts_each_followed_by_their_seat_are_each_its_own(prep: str) -> None:
    story = (
        f"Turnout figures show 75.6% {prep} Somerton and Frome, 71.9% {prep} Yeovil and 75.3%"
        f" {prep} Wells.\n"
    )
    article = article_of(story)
    turnouts = {c.name: c.turnout.text for c in article.contests if c.turnout is not None}
    assert turnouts == {"Somerton and Frome": "75.6", "Yeovil": "71.9", "Wells": "75.3"}
