"""One name folding: every part of factcheck that compares names agrees on what is one name."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.corpus.common import facts
from factcheck.checks.wording.common import candidate_for, contest_for
from factcheck.extract.entities import ContestMatcher, uk_constituencies
from factcheck.models import Article, CandidateResult, ContestResult, Document, Figure
from factcheck.names import TITLES, name_key, person_words, same_given_name, surname_key
from factcheck.reference.matching import match_candidate, match_constituency

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ACCENTED = {"e": "é", "a": "à", "o": "ô", "n": "ñ", "u": "ü", "c": "ç", "i": "ï"}

words = st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=8), min_size=1, max_size=4)


@given(words, st.data())
def test_case_accents_apostrophes_and_ampersands_fold_away(
    ws: list[str], data: st.DataObject
) -> None:
    plain = " and ".join(ws)
    accented = "".join(
        _ACCENTED[c] if c in _ACCENTED and data.draw(st.booleans()) else c for c in plain
    )
    written = data.draw(st.sampled_from([accented.upper(), accented.title(), accented]))
    written = written.replace(" and ", data.draw(st.sampled_from([" & ", " and ", " AND "])))
    assert name_key(written) == name_key(plain) == " ".join(plain.split())
    # Decomposed accents (as some copy systems write them) fold the same as composed ones.
    assert name_key(unicodedata.normalize("NFD", written)) == name_key(plain)


@given(words)
def test_apostrophes_straight_or_curly_are_one_name(ws: list[str]) -> None:
    assert (
        name_key("O’" + " ".join(ws))
        == name_key("O'" + " ".join(ws))
        == name_key("o" + " ".join(ws))
    )


@given(words, st.sampled_from(sorted(TITLES)))
def test_titles_are_not_part_of_a_person_s_name(ws: list[str], title: str) -> None:
    name = " ".join(w.capitalize() for w in ws)
    for written in (f"{title.capitalize()} {name}", f"{title.capitalize()}. {name}"):
        assert person_words(written) == person_words(name) or ws[0] in TITLES
    assert surname_key(f"{title} {name}") == ws[-1]


def test_a_surname_that_is_a_title_word_is_kept() -> None:
    # Jonathan Lord, MP for Woking: "Lord" alone, or after "Mr", is his surname.
    assert person_words("Mr Lord") == ("lord",)
    assert person_words("Lord") == ("lord",)
    assert person_words("Jonathan Lord") == ("jonathan", "lord")


def test_hyphens_and_full_stops_are_word_breaks() -> None:
    assert name_key("Ashton-under-Lyne") == name_key("Ashton Under Lyne")
    assert name_key("St. Albans") == name_key("St Albans")
    assert person_words("Dr. Séan O’Neill-Smith") == ("sean", "oneill", "smith")


# -- the parts that compare names agree -------------------------------------------------------

_OFFICIAL = ContestResult(
    name="Ynys Môn",
    candidates=(
        CandidateResult(name="Virginia Crosbie", party="Conservative"),
        CandidateResult(name="Sean O'Neill", party="Labour"),
    ),
)


def _article(contest: str, candidate: str, votes: int) -> Article:
    return Article(
        document=Document(path=f"{contest}-{candidate}.txt", text=""),
        contests=(
            ContestResult(
                name=contest,
                candidates=(CandidateResult(name=candidate, votes=Figure.count(votes)),),
            ),
        ),
    )


@pytest.mark.parametrize(
    ("contest", "candidate"),
    [
        ("YNYS MON", "Séan O’Neill"),
        ("Ynys Mon", "Mr Sean ONeill"),
        ("ynys môn", "Dr. Sean O'Neill"),
    ],
)
def test_reference_wording_and_corpus_agree_on_one_name(contest: str, candidate: str) -> None:
    # The reference rules find the official contest and candidate ...
    assert match_constituency(contest, ["Ynys Môn", "Arfon"]) == "Ynys Môn"
    found = match_candidate(candidate, _OFFICIAL.candidates)
    assert found is not None
    assert found.exact
    assert found.candidate.name == "Sean O'Neill"
    # ... the wording rules find the claim's contest and candidate in the article ...
    article = Article(document=Document(path="a.txt", text=""), contests=(_OFFICIAL,))
    assert contest_for(article, contest) is _OFFICIAL
    assert candidate_for(_OFFICIAL, candidate, None) is _OFFICIAL.candidates[1]
    # ... and the corpus rules count the two articles' figures as one fact.
    ours = facts(_article(contest, candidate, 10_000))
    theirs = facts(_article("Ynys Môn", "Sean O'Neill", 10_000))
    assert set(ours) == set(theirs)
    assert len(ours) == 1


def test_different_names_stay_different() -> None:
    a = facts(_article("Ynys Môn", "Sean O'Neill", 10_000))
    b = facts(_article("Ynys Môn", "Sean Neill", 10_000))
    assert set(a).isdisjoint(b)
    assert candidate_for(_OFFICIAL, "Sean Neill", None) is None


def test_familiar_and_shortened_given_names_are_the_same_name() -> None:
    from factcheck.names import same_given_name

    assert same_given_name("tom", "thomas")  # familiar form
    assert same_given_name("liz", "elizabeth")
    assert same_given_name("chris", "christopher")  # shortened
    assert same_given_name("naz", "naseem")
    assert not same_given_name("tom", "timothy")
    assert not same_given_name("jane", "joanne")  # a different name, not a form of it


@pytest.mark.parametrize(
    ("written", "official"),
    [("mike", "michael"), ("liz", "elizabeth"), ("james", "jim"), ("charlie", "charlotte")],
)
def test_familiar_forms_either_way_round_are_one_given_name(written: str, official: str) -> None:
    assert same_given_name(written, official)
    assert same_given_name(official, written)


def test_different_given_names_are_not_one() -> None:
    assert not same_given_name("mike", "mark")
    assert not same_given_name("david", "fay")


def test_copy_finds_a_seat_spelt_with_or_without_its_accents() -> None:
    found = ContestMatcher(uk_constituencies()).find("Ynys Môn, then YNYS MON, then Ynys Mon.")
    assert [name_key(c.name) for c in found] == ["ynys mon"] * 3
    assert found[0].name == "Ynys Môn"  # the spelling written, where the record has it
