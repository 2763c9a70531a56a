"""A name's edges in the person finder (issue 8, fourteenth session): a sentence's opening word
before a given name is no part of the name ("Similarly Jess Phillips"); of a role's
capitalised words and the name after them, the name is the person ("Shadow Foreign Secretary
Douglas Alexander"); a middle initial after a given name is the name's ("David TC Davies",
"Ethan R Wilkinson", "Peter Ó Donnghaile").

Sentences are ours, in the shapes results copy uses; each has a control.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.entities import find_people, given_names


def _names(text: str) -> list[str]:
    return [p.name for p in find_people(text)]


# -- a sentence's opening word ---------------------------------------------------------------


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name() -> None:
    assert _names("Similarly Jane Hollis saw her majority cut.") == ["Jane Hollis"]
    assert _names("Locally Jane Hollis held on.") == ["Jane Hollis"]
    # Control: given names end in "-ly" too.
    assert _names("Polly Hollis held on.") == ["Polly Hollis"]
    assert _names("Sally Hollis held on.") == ["Sally Hollis"]
    assert _names("Emily Hollis held on.") == ["Emily Hollis"]


def test_an_opening_word_the_text_writes_in_lower_case_too_is_no_part_of_the_name() -> None:
    text = "Tonight Jane Hollis has done it. She won tonight."
    assert _names(text) == ["Jane Hollis"]
    # Control: a word the text never writes in lower case may be a given name the list of
    # candidates' given names leaves out (a place's word, "Angus").
    assert _names("Angus Brendan Hollis held on.") == ["Angus Brendan Hollis"]
    # Control: mid-sentence the word stays ("the count saw Tonight Jane …" is no wording).
    assert _names("Jane Hollis and Anne Marie Hollis won.") == ["Jane Hollis", "Anne Marie Hollis"]


@given(st.sampled_from(sorted(given_names())))
def test_a_given_name_opening_the_sentence_is_always_the_names(first: str) -> None:
    text = f"It was late. {first} Jane Hollis held on, as she did last time; {first.lower()}."
    (person,) = find_people(text)
    assert person.name.split()[0] == first


# -- a role before the name ------------------------------------------------------------------


def test_a_role_of_capitalised_words_before_the_name_is_not_the_name() -> None:
    assert _names("former Shadow Foreign Secretary Jane Hollis lost the seat") == ["Jane Hollis"]
    assert _names("as Shadow Education Secretary Jane Hollis became the MP") == ["Jane Hollis"]
    # Control: the longer run is the name, whatever opens it.
    assert _names("as Welsh Secretary Mari Jane Hollis became the MP") == ["Mari Jane Hollis"]


# -- middle initials -------------------------------------------------------------------------


def test_a_middle_initial_after_a_given_name_is_the_names() -> None:
    assert _names("Welsh secretary David TC Hollis has lost his seat") == ["David TC Hollis"]
    assert _names("UKIP's Ethan R Hollis 3,953") == ["Ethan R Hollis"]
    assert _names("Labour candidate Peter Ó Hollis secured 4,695 votes") == ["Peter Ó Hollis"]


def test_capitals_after_a_surname_end_the_name() -> None:
    assert _names("Jane Hollis UK Director") == ["Jane Hollis"]
    assert _names("Labour MP Jane Hollis won.") == ["Jane Hollis"]
    assert _names("Jane Hollis MP said.") == ["Jane Hollis"]


def test_a_role_of_two_capitals_between_a_seat_and_a_name_is_no_middle_initial() -> None:
    # "MP" between a seat of four words and a person: were it an initial, the run would be
    # six words long, end inside the person's name and leave the seat as the longest "name"
    # (the seat's own words the reader then takes as a seat, not a person).
    text = "Newcastle Upon Tyne Central MP Chi Hollis and Aberavon MP Jane Hollis were elected."
    assert _names(text)[1:] == ["Chi Hollis", "Jane Hollis"]
    # A true middle initial of two capitals still joins: "David TC Hollis" above.
    assert _names("Bristol West MP Thangam Hollis won again.") == ["Thangam Hollis"]


def test_after_a_title_a_word_in_ly_is_a_surname() -> None:
    assert _names("Mr Hennerly said so.") == ["Hennerly"]


def test_an_initial_with_a_full_stop_is_left_to_the_readers_of_lists() -> None:
    # The full stop may end a sentence: the name would cross it.
    assert "Stuart C. Hollis" not in _names("SNP, Stuart C. Hollis - 23,783 (46.5%)")
