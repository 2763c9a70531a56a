"""People whose surname is also a word ("Catherine West", "Luke Hall", "Theresa May", "Chris
More"), read as people after a given name or a title (issue 8, thirteenth session): before,
every word of ``entities._NOT_NAMES`` ended a name, so these candidates were never read and
a misspelling of theirs ("Paula Sheriff" for Sherriff) never judged.

Sentences are ours, in the shapes results copy uses; each has a control. The candidates are
the bundled record's, so a name is checked against its own official result.
"""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein
from story_files import article_of, findings_of

from factcheck.extract.entities import SURNAME_WORDS, find_people, given_names
from factcheck.models import CandidateResult, ChangeClaim
from factcheck.reference.bundled import bundled_results


@cache
def _record_people() -> list[tuple[str, str, CandidateResult]]:
    """(election, seat, candidate) of every official candidate with a two-word name whose
    given name is listed, in a seat whose name shares no word with theirs."""
    record = bundled_results()
    out = []
    for election in record.elections():
        for seat in sorted(set().union(*record.surname_index(election).values())):
            contest = record.contest(seat, election)
            if contest is None:
                continue
            # (The first eight: the wordings name a place, "came eighth", no further.)
            for cand in contest.candidates[:8]:
                words = cand.name.split()
                if (
                    len(words) == 2
                    and words[0] in given_names()
                    and cand.votes is not None
                    and not set(words) & set(seat.replace(",", " ").split())
                ):
                    out.append((election, seat, cand))
    return out


def _worded() -> list[tuple[str, str, CandidateResult]]:
    """Candidates whose surname is a word: "Catherine West", "Luke Hall"."""
    return [p for p in _record_people() if p[2].name.split()[1] in SURNAME_WORDS]


def _misspelt_as_word() -> list[tuple[str, str, CandidateResult, str]]:
    """Candidates whose surname a slip of one letter dropped or doubled makes a word ("Moore"
    as "More", "Sherriff" as "Sheriff", "Price" as "Prince"), with that word: the first
    letter kept, as a slip keeps it. (A letter changed, "Reid" as "Read", may be another
    person's name: the matcher judges that, not the reader.)"""
    out = []
    for election, seat, cand in _record_people():
        surname = cand.name.split()[1]
        for word in sorted(SURNAME_WORDS):
            if (
                word != surname
                and len(surname) >= 4
                and word[0] == surname[0]
                and abs(len(word) - len(surname)) == 1
                and Levenshtein.distance(word, surname) == 1
            ):
                out.append((election, seat, cand, word))
    return out


_WORDINGS = (
    "In {seat}, {name} polled {votes} votes.",
    "{name} came {place} in {seat} with {votes} votes.",
    "{seat} result:\n{name}: {votes} votes\n",
)
_PLACES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def _story(wording: str, seat: str, name: str, votes: int, place: int) -> str:
    return wording.format(seat=seat, name=name, votes=f"{votes:,}", place=_PLACES[place])


def _place(election: str, seat: str, cand: CandidateResult) -> int:
    contest = bundled_results().contest(seat, election)
    assert contest is not None
    return [c.name for c in contest.candidates].index(cand.name)


def test_the_record_has_people_of_each_kind() -> None:
    # The generated tests below draw from these: none may be empty.
    assert len(_worded()) > 50
    assert len(_misspelt_as_word()) > 50


@settings(max_examples=40, deadline=None)
@given(person=st.sampled_from(_worded()), wording=st.sampled_from(_WORDINGS))
def test_a_surname_that_is_a_word_is_read_and_checked(
    person: tuple[str, str, CandidateResult], wording: str
) -> None:
    election, seat, cand = person
    assert cand.votes is not None
    votes = int(cand.votes.value)
    right = _story(wording, seat, cand.name, votes, _place(election, seat, cand))
    read = [
        (k.name, c.votes.value if c.votes else None)
        for k in article_of(right).contests
        for c in k.candidates
        if c.name == cand.name
    ]
    assert read == [(seat, cand.votes.value)], right
    assert findings_of(right, election, "name-mismatch") == [], right
    assert findings_of(right, election) == [], right
    # The control: a wrong count, now tied to the person, is caught.
    # (A tenth more: near enough to the record to be a slip, so compared; a figure far off is
    # most likely another figure read as this one and is not compared.)
    wrong = _story(
        wording, seat, cand.name, votes + max(1, votes // 10), _place(election, seat, cand)
    )
    assert findings_of(wrong, election), wrong


@settings(max_examples=40, deadline=None)
@given(person=st.sampled_from(_misspelt_as_word()), wording=st.sampled_from(_WORDINGS))
def test_a_surname_misspelt_into_a_word_is_a_name_mismatch(
    person: tuple[str, str, CandidateResult, str], wording: str
) -> None:
    election, seat, cand, word = person
    assert cand.votes is not None
    given_name = cand.name.split()[0]
    place = _place(election, seat, cand)
    slip = _story(wording, seat, f"{given_name} {word}", int(cand.votes.value), place)
    fired = findings_of(slip, election, "name-mismatch")
    assert [f.fix for f in fired] == [cand.name], slip
    right = _story(wording, seat, cand.name, int(cand.votes.value), place)
    assert findings_of(right, election, "name-mismatch") == [], right


def test_a_title_and_a_surname_that_is_a_word_are_a_mention() -> None:
    # Theresa May stood in Maidenhead in 2017: "Mrs May" is she, spelt right.
    text = "In Maidenhead, Conservative Theresa May polled 37,718 votes. Mrs May thanked them."
    assert findings_of(text, "uk-ge-2017", "name-mismatch") == []
    (cand,) = [c for k in article_of(text).contests for c in k.candidates]
    assert cand.name == "Theresa May"
    assert len(cand.mentions) == 1


def test_a_surname_word_is_a_name_only_after_a_given_name_or_a_title() -> None:
    def people(text: str) -> list[str]:
        return [p.name for p in find_people(text)]

    assert people("Labour's Catherine West held the seat.") == ["Catherine West"]
    assert people("Ms West held the seat.") == ["West"]
    assert people("Luke Hall (Conservative) 21,983") == ["Luke Hall"]
    # Controls: a hall with a given name's word, a month, a compass, "Read More".
    assert people("The count was held at the Albert Hall.") == []
    assert people("Polls opened on 7 May in West Lothian.") == []
    assert people("Jane Smith Read More") == ["Jane Smith"]
    assert people("Under Theresa May Labour gained seats.") == ["Theresa May"]


def test_the_month_is_not_a_mention_of_a_person_named_may() -> None:
    text = (
        "In Maidenhead, Conservative Theresa May polled 37,718 votes.\n\n"
        "The election was called in April. May was a busy month for Maidenhead."
    )
    (cand,) = [c for k in article_of(text).contests for c in k.candidates]
    assert cand.name == "Theresa May"
    assert cand.mentions == ()


# -- people named as parties' owners ------------------------------------------------------------

_LEADERS = st.sampled_from(["Theresa May", "Jeremy Corbyn", "Boris Johnson", "Keir Starmer"])


def _change_subjects(text: str) -> list[str | None]:
    return [c.candidate for c in article_of(text).claims if isinstance(c, ChangeClaim)]


@settings(max_examples=10, deadline=None)
@given(first=_LEADERS, second=_LEADERS)
def test_two_parties_owners_are_not_the_subject_of_the_parties_figure(
    first: str, second: str
) -> None:
    # Now that "Theresa May" is read as a person, her party's figure is not hers, nor the
    # other leader's named before her.
    text = (
        f"Labour's Jane Abernethy held Wrexham, with both {first}'s party and {second}'s "
        "party up around 5,000 votes."
    )
    assert not {first, second} & set(_change_subjects(text)), text
    # The control: one owner, and the figure is the person's named before them.
    one = f"Jane Abernethy held Wrexham for {first}'s party, her vote up by 5,000."
    assert _change_subjects(one) == ["Jane Abernethy"], one
