"""Winners named as a seat's new member (issue 8, tenth session): "the new MP for SEAT NAME",
"NAME, the new Labour MP for SEAT", "new colleagues NAME in SEAT and NAME in SEAT", "three
new faces - NAME in SEAT, NAME in SEAT and NAME in SEAT". Counted across the unseen batches
dev3, dev4 and dev5: the title in four stories from four outlets, the list in three stories
from three outlets.

Each test reads sentences written here in the pattern seen: the reference rule fires on a
named winner who did not win (a runner-up) and stays silent on the one who did, and a new
member with no seat in the words, another election's, or a former member is not read as a
winner.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of, report_of

from factcheck.extract.reader import read_prose
from factcheck.models import Document

# 2019: each seat's winner and runner-up.
_SEATS = {
    "Eddisbury": ("Edward Timpson", "Terry Savage"),
    "Tatton": ("Esther McVey", "James Weinberg"),
    "Spelthorne": ("Kwasi Kwarteng", "Pavitar Mann"),
    "Reigate": ("Crispin Blunt", "Susan Gregory"),
    "Congleton": ("Fiona Bruce", "Jo Dale"),
    "Macclesfield": ("David Rutley", "Neil Puttick"),
}
# Read only in a story with a figure in it (see reader._worth_reading).
_LEAD = "Turnout was 70% across the county. "


def _winners(text: str) -> dict[str, str | None]:
    article = read_prose(Document(path="story.txt", text=text))
    return {
        c.name: contest.name
        for contest in article.contests
        for c in contest.candidates
        if c.name and c.rank is not None and c.rank.value == 1
    }


def _flagged(text: str) -> set[str]:
    return {
        name
        for f in findings_of(text, "uk-ge-2019")
        for seat, people in _SEATS.items()
        for name in people
        if name in (f.text or "") and seat in (f.text or "")
    }


_TITLES = [
    "The new MP for {seat} {name} thanked the voters.",
    "{name}, the new MP for {seat}, thanked the voters.",
    "{name}, new Conservative MP for {seat}, thanked the voters.",
    "The party's new member of parliament for {seat}, {name}, thanked the voters.",
]


@settings(max_examples=40, deadline=None)
@given(
    wording=st.sampled_from(_TITLES),
    seat=st.sampled_from(sorted(_SEATS)),
    runner_up=st.booleans(),
)
def test_the_new_mp_for_a_seat_is_its_winner(wording: str, seat: str, runner_up: bool) -> None:
    name = _SEATS[seat][1 if runner_up else 0]
    text = _LEAD + wording.format(seat=seat, name=name)
    assert _winners(text) == {name: seat}
    assert (name in _flagged(text)) is runner_up


_LISTS = [
    "The party was joined by new colleagues {a} in {sa} and {b} in {sb}.",
    "The Conservatives saw two new faces - {a} in {sa} and {b} in {sb} - at Westminster.",
    "Its new MPs: {a} in {sa}, {b} in {sb}.",
]


@settings(max_examples=40, deadline=None)
@given(
    wording=st.sampled_from(_LISTS),
    seats=st.lists(st.sampled_from(sorted(_SEATS)), min_size=2, max_size=2, unique=True),
    wrong=st.sampled_from([None, 0, 1]),
)
def test_each_new_member_in_a_seat_is_its_winner(
    wording: str, seats: list[str], wrong: int | None
) -> None:
    names = [_SEATS[s][1 if i == wrong else 0] for i, s in enumerate(seats)]
    text = _LEAD + wording.format(a=names[0], sa=seats[0], b=names[1], sb=seats[1])
    assert _winners(text) == dict(zip(names, seats, strict=True))
    # Read as each seat's winner; but in a story of two seats a winner in words is not set
    # against the record (s-14: which seat it is said of is itself a reading), and says so.
    assert _flagged(text) == set()
    said = [
        n.reason for n in report_of(text, "uk-ge-2019").not_checked if "said in words" in n.reason
    ]
    assert len(said) == (0 if wrong is None else 1)


@given(
    wording=st.sampled_from(
        [
            # no seat in the words: whose seat is unsure
            "The party was joined by new MP {name} and others at Westminster.",
            # another election's new member
            "In 2017 the new MP for {seat} was {name}.",
            "{name} became the new MP for {seat} in 2017.",
            # a former member, a new candidate: no winner
            "The former MP for {seat} {name} thanked the voters.",
            "The new candidate for {seat} {name} thanked the voters.",
            # a list item with another person between
            "New colleagues include {name} and Boris Johnson in {seat}.",
        ]
    ),
    seat=st.sampled_from(sorted(_SEATS)),
)
@settings(max_examples=30, deadline=None)
def test_other_new_people_are_no_winners(wording: str, seat: str) -> None:
    name = _SEATS[seat][1]
    text = _LEAD + wording.format(seat=seat, name=name)
    assert name not in _winners(text)
    assert name not in _flagged(text)


def test_a_list_after_a_colon_is_each_new_members_win() -> None:
    # "the new Labour colleagues: NAME in SEAT, NAME in SEAT and NAME in SEAT".
    text = _LEAD + (
        "Among the new Labour colleagues: Edward Timpson in Eddisbury, Esther McVey in Tatton"
        " and Fiona Bruce in Congleton."
    )
    assert _winners(text) == {
        "Edward Timpson": "Eddisbury",
        "Esther McVey": "Tatton",
        "Fiona Bruce": "Congleton",
    }
    # The control: a list not right after the lead ("include …") is not read as the list.
    text = _LEAD + "The new Labour colleagues include Edward Timpson in Eddisbury."
    assert _winners(text) == {}


def test_a_placing_read_before_is_not_replaced_by_a_title() -> None:
    # "came second" read first: a title after does not make her the winner.
    text = (
        _LEAD
        + "Terry Savage came second in Eddisbury. Terry Savage was elected as Eddisbury's new MP."
    )
    assert _winners(text) == {}
    text = (
        _LEAD
        + "Terry Savage came second in Eddisbury. The new MP for Eddisbury Terry Savage spoke."
    )
    assert _winners(text) == {}
    # The control: with no placing before, the title makes the winner.
    assert _winners(_LEAD + "Edward Timpson was elected as Eddisbury's new MP.") == {
        "Edward Timpson": "Eddisbury"
    }


def test_a_title_for_a_seat_other_than_the_one_the_reader_ties_them_to_is_unsure() -> None:
    # "In Tatton, NAME was elected as Eddisbury's new MP": which seat is hers is unsure.
    assert _winners(_LEAD + "In Tatton, Edward Timpson was elected as Eddisbury's new MP.") == {}


def _placed_first(text: str) -> list[str]:
    return [
        c.name
        for co in read_prose(Document(path="a.txt", text=text)).contests
        for c in co.candidates
        if c.rank is not None and c.rank.value == 1
    ]


def test_the_person_right_before_the_new_mps_title_is_its_winner() -> None:
    # "John Brown, the new MP for Gower": the person right before the title, not one further
    # back in the sentence.
    assert _placed_first("Jane Smith praised John Brown, the new MP for Gower, at the count.") == [
        "John Brown"
    ]
    # The control: with no title after him, nobody is placed first.
    assert _placed_first("Jane Smith praised John Brown at the count in Gower.") == []


def test_elected_as_a_seats_mp_after_someone_else_is_read() -> None:
    # Jane Smith, named first, was not elected; John Brown "was elected as the Gower MP".
    text = (
        "In Gower, Jane Smith was narrowly beaten after she amassed 17,409 votes, but John Brown"
        " was elected as the Gower MP with 17,759 votes."
    )
    assert _placed_first(text) == ["John Brown"]
    # The control: with nobody elected as its MP, nobody is placed first.
    text = text.replace("was elected as the Gower MP", "finished")
    assert _placed_first(text) == []


def test_elected_as_another_seats_mp_places_no_candidate_read_elsewhere() -> None:
    # Jane Smith was read in Gower; "elected as the Bridgend MP" does not make her Gower's
    # winner (nor Bridgend's: the reader ties her to Gower).
    text = (
        "In Gower, Labour's Jane Smith polled 20,000 votes.\n\nJane Smith was elected as the"
        " Bridgend MP with 18,000 votes."
    )
    assert _placed_first(text) == []
    # The control: elected as her own seat's MP, she is its winner.
    assert _placed_first(text.replace("the Bridgend MP", "the Gower MP")) == ["Jane Smith"]


def test_a_second_new_mp_for_a_seat_in_the_sentence_is_read_too() -> None:
    """Two titles, each right before its seat and its person: both are winners."""
    text = _LEAD + (
        "The new MP for Eddisbury Edward Timpson and the new MP for Tatton Esther McVey were"
        " sworn in together."
    )
    assert _winners(text) == {"Edward Timpson": "Eddisbury", "Esther McVey": "Tatton"}


@pytest.mark.parametrize(
    "text",
    [
        "In Tatton, Edward Timpson, the new MP for Eddisbury, spoke first.",
        "In Tatton, Edward Timpson was elected as Eddisbury's new MP.",
    ],
)
def test_an_unsure_title_leaves_the_person_to_the_readers_of_candidates(text: str) -> None:
    """The reader ties Edward Timpson to Tatton, the seat opening his clause, and the title
    names Eddisbury: whose title it is is unsure, so he is placed nowhere first, and the title
    reader leaves no trace: he is still named as a candidate, with the grounds of that tie."""
    article = read_prose(Document(path="story.txt", text=_LEAD + text))
    named = {c.name: c for k in article.contests for c in k.candidates}
    assert "Edward Timpson" in named
    cand = named["Edward Timpson"]
    assert cand.rank is None
    assert cand.name_grounds is not None
    assert "opening the person's clause" in (cand.name_grounds.seat or "")


@pytest.mark.parametrize(
    "text",
    [
        "Among the new MPs: Edward Timpson in Eddisbury and others.",
        "Among the new MPs: Edward Timpson in Eddisbury, and more to come.",
    ],
)
def test_a_list_of_new_members_ending_with_no_person_reads_the_ones_named(text: str) -> None:
    """ "… and others": the list ends where no person follows a join; the members named are
    read."""
    assert _winners(_LEAD + text) == {"Edward Timpson": "Eddisbury"}


def test_elected_as_a_seat_s_member_with_no_title_after_the_seat_is_no_win() -> None:
    """ "Esther McVey was elected as Tatton's first woman MP": no "MP" right after the seat (nor
    "MP for" before it) makes the title a seat's member, and the win is not read; "Edward
    Timpson was elected as Eddisbury MP" after it in the same sentence is."""
    text = _LEAD + "Esther McVey was elected as Tatton's first woman MP."
    assert _winners(text) == {}
    text = _LEAD + (
        "Esther McVey was elected as Tatton's first woman MP, and Edward Timpson was elected"
        " as Eddisbury MP."
    )
    assert _winners(text) == {"Edward Timpson": "Eddisbury"}


def test_a_quoted_election_does_not_end_the_reading_of_the_one_reported() -> None:
    """The quoted "was elected as Tatton MP" was read out in error; Esther McVey's election
    after it is the report."""
    text = _LEAD + (
        'Moments after "James Weinberg was elected as Tatton MP" was read out in error, Esther'
        " McVey was elected as Tatton MP."
    )
    assert _winners(text) == {"Esther McVey": "Tatton"}


def test_a_title_for_another_seat_does_not_end_the_reading_of_the_next_elected_as() -> None:
    """Edward Timpson's title is unsure (the reader ties him to Tatton); Esther McVey, elected
    as Tatton's new MP after him, is its winner."""
    text = _LEAD + (
        "In Tatton, Edward Timpson was elected as Eddisbury's new MP and Esther McVey was"
        " elected as Tatton's new MP."
    )
    assert _winners(text) == {"Esther McVey": "Tatton"}


def test_a_winner_placed_before_does_not_end_the_reading_of_the_next_elected_as() -> None:
    """Edward Timpson's win is read first; "elected as Eddisbury MP" adds nothing, and Esther
    McVey's election after it in the same sentence is read."""
    text = _LEAD + (
        "Edward Timpson won Eddisbury.\n\nEdward Timpson was elected as Eddisbury MP and Esther"
        " McVey was elected as Tatton MP."
    )
    assert _winners(text) == {"Edward Timpson": "Eddisbury", "Esther McVey": "Tatton"}
