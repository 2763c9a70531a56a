"""Familiar forms of given names (``data/familiar-names.txt``) and namesakes, in name-mismatch
and in the matcher every reference rule finds its candidate with.

The record here is our own (a results file passed as the reference): Poplar and Limehouse,
uk-ge-2017, with a Labour candidate whose given name each test chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from poplar_record import SEAT, check, record, won

from factcheck.models import CandidateResult
from factcheck.names import familiar_forms, same_given_name
from factcheck.reference.matching import match_candidate, namesake

_PAIRS = sorted(familiar_forms())
_FULL = sorted({full for _, full in _PAIRS if len(full) >= 4})


def _field(given: str) -> tuple[tuple[str, str, int], ...]:
    return ((f"{given} Harrowby", "Labour", 21000), ("Ann Quell", "Conservative", 9000))


# -- the pack --------------------------------------------------------------------------------


def test_the_pack_is_folded_and_pairs_a_form_with_a_different_name() -> None:
    assert ("ged", "gerard") in familiar_forms()
    assert ("becca", "rebecca") in familiar_forms()
    for form, full in _PAIRS:
        assert form != full
        assert form.isalpha()
        assert form.islower()
        assert full.isalpha()
        assert full.islower()


# -- name-mismatch: a familiar form is no misspelling; a slip is one ---------------------------


@pytest.mark.parametrize(
    ("written", "official"),
    [("Ged", "Gerard"), ("Rebecca", "Becca"), ("Bill", "William"), ("Liz", "Elizabeth")],
)
def test_a_familiar_form_either_way_round_is_silent(
    tmp_path: Path, written: str, official: str
) -> None:
    report = check(tmp_path, won(f"{written} Harrowby"), record(tmp_path, *_field(official)))
    assert (report.findings, report.not_checked) == ((), ())  # compared, and found right


def test_a_misspelt_given_name_beside_the_familiar_forms_still_fires(tmp_path: Path) -> None:
    # "Gerrard" is neither Gerard nor a form of it: the writer's slip.
    report = check(tmp_path, won("Gerrard Harrowby"), record(tmp_path, *_field("Gerard")))
    (f,) = report.findings
    assert (f.text, f.fix) == ("Gerrard Harrowby", "Gerard Harrowby")


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(_PAIRS), st.booleans())
def test_every_familiar_form_in_the_pack_is_silent_either_way_round(
    tmp_path: Path, pair: tuple[str, str], swap: bool
) -> None:
    form, full = (w.title() for w in pair)
    written, official = (full, form) if swap else (form, full)
    report = check(tmp_path, won(f"{written} Harrowby"), record(tmp_path, *_field(official)))
    assert (report.findings, report.not_checked) == ((), ())  # compared, and found right


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(_FULL), st.data())
def test_a_one_letter_slip_of_a_given_name_always_fires(
    tmp_path: Path, full: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=1, max_value=len(full) - 1))
    letter = data.draw(st.sampled_from("abcdefghijklmnoprstuvwy"))
    slipped = full[:at] + letter + full[at + 1 :]
    # A slip that lands on a form of the name ("jon" of john) is that form, not a slip.
    assume(slipped != full and not same_given_name(slipped, full))
    # A capitalised word ending in "-ly" that is no known given name reads as a sentence
    # adverb ("Finally Harrowby won"), so "Nicoly Harrowby" is read as no one: a slip the
    # reader cannot tell from an adverb is outside this property (it failed one draw in
    # about forty on main).
    assume(not slipped.endswith("ly"))
    official = f"{full.title()} Harrowby"
    report = check(
        tmp_path, won(f"{slipped.title()} Harrowby"), record(tmp_path, *_field(full.title()))
    )
    (f,) = report.findings
    assert f.fix == official


# -- namesakes: another person of the surname is never the candidate ---------------------------


_SMITHS = [
    CandidateResult(name="Anne Smith", party="Labour"),
    CandidateResult(name="Bob Smith", party="Conservative"),
]


def test_a_given_name_that_is_no_form_of_the_candidates_is_a_namesake() -> None:
    assert namesake("Khalid Okafor", "Shabana Okafor")
    assert not namesake("Tina Okafor", "Teena Okafor")  # a slip: the same person misspelt
    assert not namesake("Robert Smith", "Bob Smith")  # a familiar form
    assert not namesake("Ms Okafor", "Shabana Okafor")  # no given name written
    assert not namesake("Khalid Okafor", "Shabana Okafar")  # another surname: not this test's


def test_the_matcher_never_takes_a_namesake_for_the_candidate() -> None:
    assert match_candidate("Khalid Okafor", [CandidateResult(name="Shabana Okafor")]) is None
    found = match_candidate("Shabana Okafor", [CandidateResult(name="Shabana Okafor")])
    assert found is not None


def test_of_two_candidates_of_one_surname_a_familiar_form_says_which() -> None:
    found = match_candidate("Robert Smith", _SMITHS)
    assert found is not None
    assert found.candidate.name == "Bob Smith"
    # A spelling merely near one of them ("Andy" is three letters of Anne) says nothing.
    assert match_candidate("Andy Smith", _SMITHS) is None
    assert match_candidate("Smith", _SMITHS) is None


def test_a_namesakes_figure_is_not_compared_with_the_candidates(tmp_path: Path) -> None:
    config = record(tmp_path, *_field("Shabana"))
    text = f"In {SEAT}, Labour's Khalid Harrowby won with 12,000 votes.\n"
    assert check(tmp_path, text, config, "reference-mismatch").findings == ()
    # Control: the candidate herself, with the same wrong figure.
    text = f"In {SEAT}, Labour's Shabana Harrowby won with 12,000 votes.\n"
    (f,) = check(tmp_path, text, config, "reference-mismatch").findings
    assert f.text == "12,000"


def test_a_namesake_is_not_checked_and_says_whose_surname_it_shares(tmp_path: Path) -> None:
    report = check(tmp_path, won("Khalid Harrowby"), record(tmp_path, *_field("Shabana")))
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == (
        f"“Khalid Harrowby” shares only a surname with Shabana Harrowby, an official candidate "
        f"of {SEAT} (uk-ge-2017)"
    )
