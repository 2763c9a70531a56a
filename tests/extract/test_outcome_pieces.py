"""The pieces several outcome readings share, asked directly of the frames the reader builds
for each sentence: who is named at a place (``mentions_at``), who a winner's words are about
(``winner_subjects``), the seats an outcome is said of (``outcome_seats``) and whether a
seat's winner is read already (``known_winners``)."""

from __future__ import annotations

import pytest

from factcheck.extract import reader
from factcheck.extract.claims.known_winners import has_other_winner
from factcheck.extract.claims.mentions_at import (
    from_party_at,
    party_at,
    person_at,
    person_party,
    rival_after,
)
from factcheck.extract.claims.outcome_seats import seats_before, seats_from, story_seat
from factcheck.extract.claims.winner_subjects import winner_subject
from factcheck.extract.entities import ContestMention
from factcheck.extract.frame import Frame
from factcheck.extract.reader import read_prose
from factcheck.models import Document


def _frames(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Frame]:
    """Every sentence's frame of ``text``, as the readings are given them."""
    seen: list[Frame] = []
    readings = reader._read_sentence

    def record(f: Frame) -> None:
        seen.append(f)
        readings(f)

    monkeypatch.setattr(reader, "_read_sentence", record)
    read_prose(Document(path="a.txt", text=text))
    return seen


def _frame(text: str, words: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Frame, int]:
    """The frame of the sentence holding ``words``, and where they start."""
    at = text.index(words)
    f = next(f for f in _frames(text, monkeypatch) if f.sent.span.start <= at < f.sent.span.end)
    return f, at


STORY = (
    "Jane Smith, 42, was re-elected in Gower with 20,000 votes. "
    "Labour's Jane Smith beat the Conservative candidate John Brown by 1,200 votes. "
    "Plaid Cymru took the seat from a sitting Labour MP in Arfon with 11,000 votes."
)


def test_a_name_is_found_at_its_start_after_spaces_only(monkeypatch: pytest.MonkeyPatch) -> None:
    f, at = _frame(STORY, "Jane Smith, 42", monkeypatch)
    assert (who := person_at(f, at)) is not None
    assert who.name == "Jane Smith"
    assert person_at(f, at - 1) is not None  # a space before it
    assert person_at(f, at + 1) is None  # inside the name
    assert party_at(f, at) is None


def test_the_party_taken_from_may_stand_a_few_words_on(monkeypatch: pytest.MonkeyPatch) -> None:
    f, at = _frame(STORY, "a sitting Labour MP", monkeypatch)
    assert party_at(f, at) is None
    p = from_party_at(f, at)
    assert p is not None
    assert p.party.name == "Labour"
    far, at_far = _frame(STORY, "took the seat", monkeypatch)
    assert from_party_at(far, at_far) is None  # more than three words before the party


def test_a_rival_is_named_with_their_partys_words_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    f, at = _frame(STORY, "the Conservative candidate", monkeypatch)
    who, party, end = rival_after(f, at + len("the "))
    assert who is not None
    assert (who.name, party) == ("John Brown", "Conservative")
    assert end == who.span.end
    f, at = _frame(STORY, "Jane Smith beat", monkeypatch)
    assert rival_after(f, at + len("Jane Smith beat ")) == (
        None,
        None,
        at + len("Jane Smith beat "),
    )


def test_a_persons_party_is_the_one_named_with_them_tightly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    f, at = _frame(STORY, "Jane Smith beat", monkeypatch)
    who = person_at(f, at)
    assert who is not None
    name, _, tight = person_party(f, who)
    assert (name, tight) == ("Labour", True)


def test_the_winner_is_the_one_named_before_the_words_an_aside_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    f, at = _frame(STORY, "was re-elected", monkeypatch)
    who = winner_subject(f, at)
    assert who is not None
    assert who.name == "Jane Smith"
    text = "Jane Smith thanked her team and Labour held the seat in Gower with 20,000 votes."
    f, at = _frame(text, "held the seat", monkeypatch)
    assert winner_subject(f, at) is None  # another clause stands between
    text = "Jane Smith, thanking her team, held the seat in Gower with 20,000 votes."
    f, at = _frame(text, "held the seat", monkeypatch)
    assert (who := winner_subject(f, at)) is not None
    assert who.name == "Jane Smith"


def _names(seats: list[ContestMention]) -> list[str]:
    return [c.name for c in seats]


def test_the_seats_listed_after_the_words_are_all_the_outcomes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Labour gained Ipswich, Lowestoft and Norwich North from the Conservatives."
    f, at = _frame(text, "Ipswich", monkeypatch)
    assert _names(seats_from(f, at)) == ["Ipswich", "Lowestoft", "Norwich North"]
    assert seats_from(f, at - len("gained ")) == []  # no seat starts there


def test_the_seats_listed_right_before_the_words_are_theirs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Ipswich and Lowestoft were Labour gains, with 20,000 votes between them."
    f, at = _frame(text, " were", monkeypatch)
    assert _names(seats_before(f, at)) == ["Ipswich", "Lowestoft"]
    text = "Ipswich and Lowestoft voters were pleased, with 20,000 votes between them."
    f, at = _frame(text, " were", monkeypatch)
    assert seats_before(f, at) == []  # a word between the list and the verb


def test_an_outcome_naming_no_seat_is_the_sentences_only_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Labour held the seat in Ipswich with 20,000 votes."
    f, _ = _frame(text, "held", monkeypatch)
    assert story_seat(f) == ("Ipswich", ("Ipswich, named in the sentence", True, "in the sentence"))
    text = (
        "Labour won Ipswich with 20,000 votes and Lowestoft with 18,000 votes. "
        "Labour held the seat comfortably."
    )
    f, _ = _frame(text, "held the seat", monkeypatch)
    seat, (_, tight, named) = story_seat(f)
    assert seat is None
    assert not tight
    assert named == "none"


def test_a_seat_with_its_winner_read_has_no_other(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Jane Smith won Gower with 20,000 votes, ahead of John Brown. "
        "John Brown thanked Jane Smith and his team."
    )
    f, at = _frame(text, "John Brown thanked", monkeypatch)
    brown, smith = person_at(f, at), person_at(f, text.index("Jane Smith and"))
    assert brown is not None
    assert smith is not None
    assert has_other_winner(f, "Gower", brown)
    assert not has_other_winner(f, "Gower", smith)
    assert not has_other_winner(f, None, brown)
