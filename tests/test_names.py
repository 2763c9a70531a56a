"""One name folding: every part of factcheck that compares names agrees on what is one name."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.corpus.common import facts
from factcheck.checks.wording.common import candidate_for, contest_for
from factcheck.extract.entities import ContestMatcher, uk_constituencies
from factcheck.models import Article, CandidateResult, ContestResult, Document, Figure
from factcheck.names import (
    GENERATIONAL_SUFFIXES,
    TITLES,
    name_key,
    person_words,
    same_given_name,
    same_person_name,
    surname_key,
    surname_words,
)
from factcheck.packs import load_packs
from factcheck.reference.matching import (
    ConstituencyNames,
    match_candidate,
    match_constituency,
    party_key,
    same_party,
)

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
    # (A generational suffix is no surname: "Ian Paisley Jr" is a Paisley, tested on its own.)
    if ws[-1] not in GENERATIONAL_SUFFIXES:
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


# -- constituency and party matching: the rules mutation testing found unpinned -------------


def test_a_constituency_with_its_words_in_another_order_is_the_official_one() -> None:
    names = ConstituencyNames(["East Devon", "Central Devon"])
    assert names.match("Devon East") == "East Devon"
    assert names.match("Devon Central") == "Central Devon"


def test_hull_seats_are_found_without_kingston_upon() -> None:
    names = ConstituencyNames(["Kingston upon Hull East", "Kingston upon Hull North"])
    assert names.match("Hull East") == "Kingston upon Hull East"
    assert names.match("Hull North") == "Kingston upon Hull North"


def test_the_city_of_and_the_are_not_part_of_a_seats_name() -> None:
    names = ConstituencyNames(["City of Durham", "The Wrekin", "Chester"])
    assert names.match("Durham") == "City of Durham"
    assert names.match("Wrekin") == "The Wrekin"
    assert names.match("the City of Chester") == "Chester"


def test_a_seat_list_keeps_the_names_it_was_given() -> None:
    names = ConstituencyNames(n for n in ("Poplar and Limehouse", "Bethnal Green and Bow"))
    assert names.names == ("Poplar and Limehouse", "Bethnal Green and Bow")
    assert names.match("poplar and limehouse") == "Poplar and Limehouse"


def test_a_party_has_no_key_when_no_party_is_named() -> None:
    assert party_key(None) is None
    assert party_key("") is None


def test_every_alias_of_a_party_has_the_partys_key() -> None:
    assert party_key("Tories") == party_key("Conservative") == party_key("Con")
    assert party_key("Tories") != party_key("Labour")


def test_a_party_the_pack_does_not_know_is_keyed_by_its_folded_name() -> None:
    assert party_key("Wessex Regionalists Movement") == name_key("Wessex Regionalists Movement")
    assert same_party("Wessex Regionalists Movement", "wessex regionalists movement")


def test_a_newsroom_pack_decides_what_a_party_alias_means(tmp_path: Path) -> None:
    path = tmp_path / "parties.toml"
    path.write_text('[parties.blue]\nname = "Blue Party"\naliases = ["Blues"]\n', "utf-8")
    pack = load_packs([path])
    assert party_key("Blues", pack) == "blue"
    assert party_key("Blues") == name_key("Blues")  # unknown to the bundled pack
    assert same_party("Blues", "Blue Party", pack)
    assert not same_party("Blues", "Blue Party")


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


def test_a_misspelling_exactly_at_the_cutoff_is_taken_for_the_closest_seat() -> None:
    # Two letters changed in 25: rapidfuzz's ratio is exactly SEAT_CUTOFF (92), which is enough.
    names = ConstituencyNames(["Newcastle upon Tyne North", "Newcastle upon Tyne South"])
    assert names.match("Newcastle apon Tyne Nerth") == "Newcastle upon Tyne North"
    # Three letters changed: below the cutoff, no guess.
    assert names.match("Newcastle apon Tyne Nerts") is None


def test_a_misspelling_as_close_to_two_seats_is_not_guessed() -> None:
    names = ConstituencyNames(["Eastwood North", "Eastwood South"])
    assert names.match("Eastwood Nirth") == "Eastwood North"
    assert names.match("Eastwood Sorth") is None


def test_a_name_two_official_seats_share_matches_neither() -> None:
    # Two official names folding to one key (a results file listing a seat twice, say).
    names = ConstituencyNames(["Anytown North", "ANYTOWN NORTH", "East Devon", "Devon East"])
    assert names.match("Anytown North") is None
    assert names.match("Anytown Nerth") is None
    assert names.match("the Devon East") is None


# -- parties: the same party by alias or by a longer form of its name, never by accident --------


def test_a_party_not_named_is_never_the_same_as_another() -> None:
    assert not same_party("Labour", None)
    assert not same_party(None, "Labour")
    assert not same_party(None, None)
    assert not same_party("", "")


def test_different_parties_are_not_the_same_party() -> None:
    assert not same_party("Labour", "Conservative")
    assert same_party("Tories", "Conservative")


def test_a_party_is_the_same_as_a_longer_form_of_its_name() -> None:
    assert same_party("Green", "Green Party")
    assert same_party("Labour and Co-operative", "Labour")


def test_a_longer_name_is_a_longer_form_only_at_a_word_boundary() -> None:
    assert not same_party("Green", "Greenwich Independents")


def test_the_liberal_party_is_not_the_liberal_democrats() -> None:
    assert not same_party("Liberal", "Liberal Democrats")
    assert not same_party("Liberal Democrat Focus", "Liberal")


# -- candidates: one match or none ---------------------------------------------------------------

_FIELD = [
    CandidateResult(name="Anne Smith", party="Labour"),
    CandidateResult(name="Bob Smith", party="Conservative"),
    CandidateResult(name="Christopher Wilford", party="Green"),
    CandidateResult(name="Tomas de Souza", party="Reform UK"),
]


def test_a_surname_two_candidates_share_matches_neither_unless_the_party_says_which() -> None:
    assert match_candidate("Smith", _FIELD) is None
    found = match_candidate("Smith", _FIELD, party="Tories")
    assert found is not None
    assert (found.candidate.name, found.exact, found.score) == ("Bob Smith", True, 100.0)


def test_a_party_no_candidate_stands_for_does_not_rule_everyone_out() -> None:
    found = match_candidate("Wilford", _FIELD, party="Plaid Cymru")
    assert found is not None
    assert found.candidate.name == "Christopher Wilford"


def test_a_surname_with_its_particle_matches_its_candidate() -> None:
    found = match_candidate("de Souza", _FIELD)
    assert found is not None
    assert (found.candidate.name, found.exact) == ("Tomas de Souza", True)


def test_a_misspelt_name_matches_with_the_score_of_the_whole_name() -> None:
    found = match_candidate("Chris Wildford", _FIELD)
    assert found is not None
    assert found.candidate.name == "Christopher Wilford"
    assert not found.exact
    assert 60 <= found.score < 100


def test_someone_else_with_the_same_surname_is_not_the_candidate() -> None:
    # The surname fits, but "Zebedee" is no way of writing "Christopher".
    assert match_candidate("Zebedee Wilford", _FIELD) is None


def test_a_misspelt_surname_close_to_two_candidates_matches_neither() -> None:
    # "Smeth" is one letter from both "Smith" and "Smyth": neither is clearly meant.
    pool = [CandidateResult(name="Jo Smith"), CandidateResult(name="Jo Smyth")]
    assert match_candidate("Jo Smeth", pool) is None
    found = match_candidate("Jo Smeth", pool[:1])
    assert found is not None
    assert found.candidate.name == "Jo Smith"


def test_no_candidates_no_match() -> None:
    assert match_candidate("Anne Smith", []) is None
    assert match_candidate("", _FIELD) is None


def test_a_capitalised_particle_after_a_given_name_belongs_to_the_surname() -> None:
    assert surname_words("Chris Von Ruhland") == ("von", "ruhland")
    assert same_person_name("Chris Von Ruhland", "Christopher von Ruhland")
    # The twin: first in a name, the word is a given name ("Al Gore", "Van Morrison").
    assert surname_words("Al Gore") == ("gore",)
    assert surname_words("Van Morrison") == ("morrison",)
    assert not same_person_name("Chris Von Ruhlend", "Christopher von Ruhland")


def test_a_generational_suffix_is_no_surname() -> None:
    assert surname_key("Ian Paisley Jr") == surname_key("Ian Paisley Jnr") == "paisley"
    assert surname_key("Jr") == "jr"  # a name of one word keeps it
