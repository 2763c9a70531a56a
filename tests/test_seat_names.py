"""Seats and people as copy writes them (issue 8).

Constituencies: "Stoke on Trent North" without hyphens, "Hampshire North East", "East Devon's
MP", "Durham, City of", "his Dumfriesshire seat", "Outwood and Morley", "Fermanagh/South
Tyrone"; and words that only
look like seats: "Gordon Brown", "Ms Gordon", a bare "Gordon" after "Laura Gordon", "a Sevenoaks
councillor", "the Mayor of Hartlepool".
People: a hyphenated surname misspelt ("Woods-Brass" for Wood-Brass) is a misspelling; a
familiar first name, a dropped middle name or a title is not. Every sentence is written here in
the patterns seen in real coverage.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from story_files import report_of

import factcheck
from factcheck.extract.entities import (
    ContestMatcher,
    is_seat,
    person_surnames,
    uk_constituencies,
)
from factcheck.extract.reader import read_prose
from factcheck.models import CandidateResult, Document, Finding
from factcheck.names import (
    name_key,
    same_person_name,
    seat_short_form,
    seat_spellings,
    surname_words,
)
from factcheck.reference.matching import ConstituencyNames, match_candidate

_NAMES = uk_constituencies()
_MATCHER = ContestMatcher(_NAMES)
_KEYS = {name_key(n) for n in _NAMES}


def _seats(text: str) -> list[str]:
    return [m.name for m in _MATCHER.find(text) if is_seat(text, m)]


def _named(report: factcheck.Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.name == rule]


# -- constituencies as people write them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("The Total Stoke on Trent North Electorate is 70,000.", "stoke on trent north"),
        ("Jonathan Gullis takes Stoke North seat from Labour.", "stoke on trent north"),
        ("Ranil Jayawardena held Hampshire North East.", "north east hampshire"),
        ("East Devon's MP Hugo Swire held off the challenge.", "east devon"),
        ("East Devon’s MP Hugo Swire held off the challenge.", "east devon"),
        ("The count in North Belfast went on late.", "belfast north"),
        ("The count in north Belfast went on late.", "belfast north"),
        ("The Tories held south-west Norfolk.", "south west norfolk"),
        ("Craig Mackinlay held Thanet South.", "south thanet"),
        ("The result on the Isle of Wight came last.", "isle of wight"),
        ("Caroline Lucas held Brighton, Pavilion.", "brighton pavilion"),
        ("Caroline Lucas held Brighton Pavilion.", "brighton pavilion"),
        ("Virginia Crosbie won Ynys Mon.", "ynys mon"),
        ("Virginia Crosbie won Ynys Môn.", "ynys mon"),
        ("Rushanara Ali held Bethnal Green & Bow.", "bethnal green and bow"),
        ("Labour held Durham, City of, with ease.", "city of durham"),
        ("Diana Johnson held Hull North.", "kingston upon hull north"),
        ("Andrea Jenkyns retained her Outwood and Morley constituency.", "morley and outwood"),
        ("Ed Balls lost MORLEY AND OUTWOOD by 422 votes.", "morley and outwood"),
        ("Fermanagh/South Tyrone - UUP GAIN FROM SF", "fermanagh and south tyrone"),
        ("Sinn Fein take Fermanagh South Tyrone after a recount.", "fermanagh and south tyrone"),
        ("The count in South Tyrone and Fermanagh ran late.", "fermanagh and south tyrone"),
        (
            "David Mundell retained his Dumfriesshire seat by 617 votes.",
            "dumfriesshire clydesdale and tweeddale",
        ),
        (
            "Labour held the Carmarthen West constituency.",
            "carmarthen west and south pembrokeshire",
        ),
    ],
)
def test_a_seat_written_as_people_write_it_is_the_seat(text: str, seat: str) -> None:
    assert [name_key(s) for s in _seats(text)] == [seat]


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Brown spoke at the count.",
        "Angus Robertson spoke at the count.",
        "A Sevenoaks councillor spoke at the count.",
        "The Sevenoaks District Council election is next year.",
        "The Mayor of Hartlepool spoke at the count.",
        "The Hartlepool mayoral election is next year.",
        "A Hartlepool-born singer spoke at the count.",
        "Gordon's speech was short.",
        "Dumfriesshire voted late.",  # a short form only with "seat" or "constituency"
        "Stoke voted late.",  # three seats begin so
        "Newcastle-under-Lyme",  # the town, not Newcastle upon Tyne's seats
        "Rain in north Wales and east London.",  # regions, not seats
        "The mid-term results came in.",
        "Gordon Buchan spoke at the count.",  # "and" left out of two words: a person
    ],
)
def test_words_that_only_look_like_seats_are_not_seats(text: str) -> None:
    found = _seats(text)
    assert found in ([], ["Newcastle-under-Lyme"])  # its own seat, never another's
    if "Newcastle" not in text:
        assert found == []


def _seats_in_story(text: str) -> list[str]:
    mentions = _MATCHER.find(text)
    surnames = person_surnames(text, mentions)
    return [m.name for m in mentions if is_seat(text, m, surnames)]


# People called Gordon, Angus or Ross next to a results sentence about another seat: Gordon and
# Angus were Conservative gains in 2017, Sevenoaks a Conservative hold, so reading the person's
# name as the seat would give a false "not a hold".
@pytest.mark.parametrize("surname", ["Gordon", "Angus", "Ross"])
@pytest.mark.parametrize(
    "who",
    [
        "Laura {s}",
        "Ms {s}",
        "Dr. {s}, a local GP,",
        "Councillor {s}",
        "Sir Malcolm {s}",
        "Former aid worker Laura {s} stood again. {s}",
    ],
)
def test_a_person_named_like_a_seat_next_to_a_result_is_silent(surname: str, who: str) -> None:
    person = who.format(s=surname)
    text = f"Sevenoaks: Conservative hold.\n\n{person} said the Conservatives held the seat."
    assert _named(report_of(text, "uk-ge-2017"), "reference-mismatch") == []
    assert surname not in _seats_in_story(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Conservatives held Gordon.",
        "Former aid worker Laura Gordon stood again. The Conservatives held Gordon.",
        "Former aid worker Laura Gordon stood again. The Conservatives kept the Gordon seat.",
        "Former aid worker Laura Gordon stood again.\n\nGordon: Conservative hold",
    ],
)
def test_the_seat_gordon_named_as_a_seat_still_has_its_hold_checked(text: str) -> None:
    (finding,) = _named(report_of(text, "uk-ge-2017"), "reference-mismatch")
    assert "not a hold" in finding.message
    assert "Gordon" in finding.message


_ONE_WORD_SEATS = sorted(n for n in _NAMES if n.isalpha())
_GIVEN_NAMES = st.sampled_from(["Laura", "Jamie", "Olivia", "Callum", "Douglas", "Kirstene"])


@given(_GIVEN_NAMES, st.sampled_from(_ONE_WORD_SEATS), st.sampled_from(["", "Ms ", "Dr "]))
def test_a_one_word_seat_as_a_persons_surname_is_never_a_seat(
    given_name: str, seat: str, title: str
) -> None:
    # The person, then the bare surname again: neither is the seat ...
    person = f"{title}{given_name} {seat}" if title != "Ms " else f"Ms {seat}"
    text = f"The party chose {person} as its candidate. {seat} said the count was slow."
    assert _seats_in_story(text) == []
    # ... but the same name where the wording says seat is.
    assert _seats_in_story(f"{text} Labour won {seat}.") == [seat]


def test_a_possessive_seat_ends_before_its_s() -> None:
    text = "East Devon's MP"
    (m,) = _MATCHER.find(text)
    assert text[m.span.start : m.span.end] == "East Devon"


def test_a_seat_in_copy_is_checked_against_the_record_under_its_official_name() -> None:
    # Stoke-on-Trent North, 2019: Jonathan Gullis won 20,974 votes.
    right = "In Stoke on Trent North, Jonathan Gullis won 20,974 votes."
    wrong = (
        "In Stoke on Trent North, Jonathan Gullis won 20,947 votes. "
        "In Stoke on Trent North, Ruth Smeeth won 14,688 votes."
    )
    assert _named(report_of(right, "uk-ge-2019"), "reference-mismatch") == []
    (finding,) = _named(report_of(wrong, "uk-ge-2019"), "reference-mismatch")
    assert finding.fix == "20,974"


def test_the_record_finds_a_seat_by_any_spelling_of_it() -> None:
    names = ConstituencyNames(["Stoke-on-Trent North", "Stoke-on-Trent South", "Arfon"])
    assert names.match("Stoke on Trent North") == "Stoke-on-Trent North"
    assert names.match("Stoke South") == "Stoke-on-Trent South"
    assert names.match("Stoke") is None


# -- properties over every official name ---------------------------------------------------------

_SEPARATORS = st.sampled_from([" ", "-"])


def _place_in_other_names(words: tuple[str, ...]) -> bool:
    """A name without its "The" whose word other seats' names hold too ("Cotswolds", with
    North and South Cotswolds in 2024): copy means the place as often as the seat."""
    return (
        len(words) == 1
        and f"the {words[0]}" in _KEYS
        and sum(words[0] in k.split() for k in _KEYS) > 1
    )


def test_a_name_of_two_parts_is_swapped_or_loses_its_and_but_one_of_three_does_not() -> None:
    assert ("outwood", "and", "morley") in seat_spellings("Morley and Outwood")
    assert ("morley", "outwood") not in seat_spellings("Morley and Outwood")  # two words
    assert ("fermanagh", "south", "tyrone") in seat_spellings("Fermanagh and South Tyrone")
    three = seat_spellings("Dumfriesshire, Clydesdale and Tweeddale")
    assert not any(w[0] == "tweeddale" or "and" not in w for w in three)


def test_a_swapped_name_two_seats_share_names_neither() -> None:
    # Made-up seats: "Ayton and Beeford" swapped is the other's official name, which wins;
    # "Ayton Cowden and Dale" and "Ayton and Cowden Dale" both lose their "and" to the same
    # words, so those words name neither.
    matcher = ContestMatcher(
        ["Ayton and Beeford", "Beeford and Ayton", "Ayton Cowden and Dale", "Ayton and Cowden Dale"]
    )
    assert [m.name for m in matcher.find("The count in Beeford and Ayton ran late.")] == [
        "Beeford and Ayton"
    ]
    assert matcher.find("The count in Ayton Cowden Dale ran late.") == []
    assert [m.name for m in matcher.find("The count in Dale and Ayton Cowden ran late.")] == [
        "Ayton Cowden and Dale"
    ]


def test_cotswolds_alone_is_the_place_but_the_wrekin_alone_is_the_seat() -> None:
    assert _seats("The count in Cotswolds ran late.") == []
    assert _seats("The count in the Cotswolds ran late.") == []
    assert _seats("The count in The Cotswolds ran late.") == ["The Cotswolds"]
    assert _seats("The count in Wrekin ran late.") == ["The Wrekin"]


def _owners(words: tuple[str, ...]) -> set[str]:
    """The official seats (by key) one of whose spellings is ``words``."""
    return {name_key(n) for n in _NAMES if words in seat_spellings(n)}


@given(
    st.sampled_from(_NAMES),
    st.data(),
)
def test_every_spelling_of_a_seat_finds_that_seat_or_nothing(
    name: str, data: st.DataObject
) -> None:
    spellings = seat_spellings(name)
    words = data.draw(st.sampled_from(spellings))
    # Written with capitals, "&" or "and", and the joining words hyphenated or not.
    parts = [w.title() if w not in ("on", "upon", "under", "of") else w for w in words]
    parts = ["&" if p == "And" and data.draw(st.booleans()) else p for p in parts]
    text = parts[0]
    for p in parts[1:]:
        text += data.draw(_SEPARATORS) if p in ("on", "upon", "under") else " "
        text += p
    possessive = data.draw(st.sampled_from(["", "'s", "’s"]))
    found = [name_key(m.name) for m in _MATCHER.find(f"The count in {text}{possessive} ran late.")]
    key = " ".join(words)
    if key in _KEYS:
        assert found == [key]  # an official name is always its own seat
    elif _place_in_other_names(words):
        assert found == []  # "Cotswolds": the place, as likely as The Cotswolds
    elif len(_owners(words)) == 1:
        assert found == [name_key(name)]
    else:
        assert found == []  # two seats are written so: neither is guessed


@given(st.sampled_from(_NAMES))
def test_a_short_form_with_seat_after_it_finds_its_seat_or_nothing(name: str) -> None:
    short = seat_short_form(name)
    if short is None:
        return
    text = " ".join(w.title() for w in short)
    found = [name_key(m.name) for m in _MATCHER.find(f"She held her {text} seat.")]
    owners = {name_key(n) for n in _NAMES if seat_short_form(n) == short}
    if " ".join(short) in _KEYS:
        assert found == [" ".join(short)]
    elif len(owners) == 1 and not _owners(short):
        assert found == [name_key(name)]
    else:
        assert found in ([], [name_key(n) for n in _NAMES if short in seat_spellings(n)][:1])
    # Without "seat" after it, a short form is not its seat (a shorter seat inside it may be:
    # "Gateshead" of "Gateshead Central").
    if " ".join(short) not in _KEYS and not _owners(short):
        found = [name_key(m.name) for m in _MATCHER.find(f"She held her {text} majority.")]
        assert name_key(name) not in found


_FIRST_WORDS = {s[0] for n in _NAMES for s in seat_spellings(n)} | {
    w for n in _NAMES if (s := seat_short_form(n)) for w in s[:1]
}


@given(
    st.lists(
        st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True).filter(
            lambda w: name_key(w) not in _FIRST_WORDS
        ),
        min_size=1,
        max_size=6,
    )
)
def test_words_no_seat_begins_with_are_never_a_seat(words: list[str]) -> None:
    assert _MATCHER.find(" ".join(words) + " won the seat.") == []


# One spelling per seat, as one election's record has (two entries with one key are two seats).
_RECORD_NAMES = ConstituencyNames({name_key(n): n for n in _NAMES}.values())


@given(st.sampled_from(_NAMES))
def test_the_record_matches_every_spelling_copy_uses(name: str) -> None:
    # A spelling that belongs to this seat alone finds it, as the reader's matcher does.
    for words in seat_spellings(name):
        owners = {name_key(n) for n in _NAMES if words in seat_spellings(n)}
        if owners == {name_key(name)}:
            assert name_key(_RECORD_NAMES.match(" ".join(words)) or "") == name_key(name)


# -- people's names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("Mike Smith", "Michael Smith"),
        ("Liz Jones", "Elizabeth Jones"),
        ("Jane Smith", "Jane Mary Smith"),  # a dropped middle name
        ("Jane Mary Smith", "Jane Smith"),
        ("Ms Ali", "Rushanara Ali"),
        ("Dr Rushanara Ali", "Rushanara Ali"),
        ("Mr Duncan Smith", "Iain Duncan Smith"),
        ("Wood-Brass", "Sam Wood-Brass"),
        ("Sam Wood Brass", "Sam Wood-Brass"),
        ("J Smith", "James Smith"),
        ("Ian de Wulverton", "Ian de Wulverton"),
        ("Mike O'Brien", "Michael O’Brien"),
    ],
)
def test_names_written_as_people_write_them_are_the_same_name(written: str, official: str) -> None:
    assert same_person_name(written, official)


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("Sam Woods-Brass", "Sam Wood-Brass"),
        ("Mr Woods-Brass", "Sam Wood-Brass"),
        ("Louis Smith", "Louise Smith"),  # one letter, another name
        ("Ann-Marie Trevelyan", "Anne-Marie Trevelyan"),
        ("Tina Lashmore", "Teena Lashmore"),
        ("Chris Wildford", "Christopher Wilford"),
    ],
)
def test_a_misspelt_name_is_not_the_same_name(written: str, official: str) -> None:
    assert not same_person_name(written, official)


_GIVEN = st.sampled_from(["Sam", "Michael", "Elizabeth", "Anne", "Rushanara", "Ian"])
_SURNAME = st.from_regex(r"[A-Z][a-z]{2,8}(?:-[A-Z][a-z]{2,8})?", fullmatch=True)


@given(_GIVEN, _SURNAME, st.sampled_from(["", "Mr ", "Ms ", "Dr "]))
def test_a_name_with_a_title_or_without_its_given_name_is_the_same_name(
    given_name: str, surname: str, title: str
) -> None:
    official = f"{given_name} {surname}"
    assert same_person_name(f"{title}{official}", official)
    assert same_person_name(f"{title}{surname}", official) or not title
    assert surname_words(f"{title}{official}") == tuple(name_key(surname).split())


@given(_GIVEN, _SURNAME, st.data())
def test_a_letter_changed_in_a_hyphenated_surname_is_a_misspelling(
    given_name: str, surname: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(1, len(surname) - 1).filter(lambda i: surname[i].isalpha()))
    # Another letter, not the same one in the other case: names compare without case.
    other = "x" if surname[at].lower() != "x" else "y"
    wrong = surname[:at] + (other.upper() if surname[at].isupper() else other) + surname[at + 1 :]
    assert not same_person_name(f"{given_name} {wrong}", f"{given_name} {surname}")


def test_name_mismatch_fires_on_a_misspelt_hyphenated_surname() -> None:
    # Houghton and Sunderland South, 2024: Sam Wood-Brass (Reform UK), 11,668 votes.
    text = (
        "In Houghton and Sunderland South, Bridget Phillipson held the seat for Labour with "
        "18,837 votes. Reform UK's Sam {surname} came second with 11,668 votes. Mr {surname} "
        "said it was a start."
    )
    found = _named(report_of(text.format(surname="Woods-Brass"), "uk-ge-2024"), "name-mismatch")
    assert [(f.text, f.fix) for f in found] == [
        ("Sam Woods-Brass", "Sam Wood-Brass"),
        ("Mr Woods-Brass", "Mr Wood-Brass"),
    ]
    assert _named(report_of(text.format(surname="Wood-Brass"), "uk-ge-2024"), "name-mismatch") == []


def test_the_record_tells_a_hyphenated_surname_from_its_last_part() -> None:
    cands = [
        CandidateResult(name="Sam Wood-Brass", party="Reform UK"),
        CandidateResult(name="Kim Brass", party="Green"),
    ]
    found = match_candidate("Sam Woods-Brass", cands)
    assert found is not None
    assert found.candidate.name == "Sam Wood-Brass"
    assert not found.exact


def test_spelling_variants_keep_their_words_in_order() -> None:
    # The reading keeps the seat as written in the report; the record's spelling is shown.
    article = read_prose(
        Document(path="s.txt", text="In Stoke on Trent North, Jonathan Gullis won 20,974 votes.")
    )
    assert [name_key(c.name or "") for c in article.contests] == ["stoke on trent north"]
    assert re.fullmatch(r"Stoke-[Oo]n-Trent North", article.contests[0].name or "")


def test_a_seat_renamed_with_a_second_part_is_found_by_its_old_name() -> None:
    # Boundary reviews add a second place to a seat's name; copy keeps the old one.
    names = ConstituencyNames(["Gordon and Buchan", "Angus and Perthshire Glens", "Arfon"])
    assert names.match("Gordon") == "Gordon and Buchan"
    assert names.match("Angus") == "Angus and Perthshire Glens"
    two = ConstituencyNames(["Gordon and Buchan", "Gordon and Deeside"])
    assert two.match("Gordon") is None  # the first part of two seats' names


def test_a_misspelling_never_crosses_a_compass_point() -> None:
    # "East Dunbartonshire" (abolished in 2024) is not West Dunbartonshire misspelt.
    names = ConstituencyNames(["West Dunbartonshire", "Mid Dunbartonshire"])
    assert names.match("East Dunbartonshire") is None
    assert names.match("West Dunbartonshir") == "West Dunbartonshire"


@given(st.sampled_from(_NAMES), st.sampled_from(["north", "south", "east", "west"]))
def test_another_compass_point_is_another_seat(name: str, point: str) -> None:
    words = name_key(name).split()
    swapped = [point if w in ("north", "south", "east", "west") else w for w in words]
    if swapped == words or " ".join(swapped) in _KEYS:
        return
    assert name_key(_RECORD_NAMES.match(" ".join(swapped)) or "") != name_key(name)
