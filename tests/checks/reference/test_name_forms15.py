"""Two forms of a name that are no misspelling of the candidate's, in name-mismatch and in the
matcher every reference rule finds its candidate with: middle names as initials written
without stops ("David TC Davies" for the record's David T. C. Davies), and another person
whose surname is only like the candidate's and whose given name is unlike (named for a past
election: "Dominic Bradley" is not Mickey Brady misspelt).

The record is our own (a results file passed as the reference): Poplar and Limehouse,
uk-ge-2017, with candidates each test chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from poplar_record import SEAT, check, record, won
from rapidfuzz import fuzz

from factcheck.models import CandidateResult
from factcheck.names import familiar_forms, same_given_name, same_person_name
from factcheck.reference.matching import FIRST_NAME_CUTOFF, match_candidate

_GIVEN = sorted({full for _, full in familiar_forms() if len(full) >= 4})


# -- middle names as initials ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("Owain TC Prothero", "Owain T. C. Prothero"),
        ("Owain T.C. Prothero", "Owain T. C. Prothero"),
        ("Owain T. C. Prothero", "Owain TC Prothero"),
    ],
)
def test_middle_initials_without_stops_are_the_recorded_name(
    tmp_path: Path, written: str, official: str
) -> None:
    assert same_person_name(written, official)
    config = record(tmp_path, (official, "Labour", 21000), ("Ann Quell", "Conservative", 9000))
    report = check(tmp_path, won(written), config)
    assert (report.findings, report.not_checked) == ((), ())  # compared, and found right


def test_other_middle_initials_or_a_misspelt_surname_still_fire(tmp_path: Path) -> None:
    assert not same_person_name("Owain TD Prothero", "Owain T. C. Prothero")
    config = record(
        tmp_path, ("Owain T. C. Prothero", "Labour", 21000), ("Ann Quell", "Conservative", 9000)
    )
    (f,) = check(tmp_path, won("Owain TC Prothro"), config).findings
    assert (f.text, f.fix) == ("Owain TC Prothro", "Owain TC Prothero")
    (f,) = check(tmp_path, won("Owain TD Prothero"), config).findings
    assert f.text == "Owain TD Prothero"


# -- another person: a like surname and an unlike given name -----------------------------------


def test_a_like_surname_with_an_unlike_given_name_is_another_person() -> None:
    field = [CandidateResult(name="Mickey Hardy"), CandidateResult(name="Ann Quell")]
    assert match_candidate("Dominic Hardey", field) is None
    # Controls: one slip in either part, or a familiar form beside the slip, is the candidate.
    for written in ("Micky Hardey", "Mickey Hardey", "Michael Hardey", "Micky Hardy"):
        found = match_candidate(written, field)
        assert found is not None, written
        assert found.candidate.name == "Mickey Hardy"


def test_another_person_is_not_checked_and_a_slip_of_the_candidate_fires(tmp_path: Path) -> None:
    config = record(tmp_path, ("Mickey Hardy", "Labour", 21000), ("Ann Quell", "Green", 900))
    report = check(tmp_path, won("Dominic Hardey"), config)
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert "is not, or not only one of, the official candidates" in skipped.reason
    (f,) = check(tmp_path, won("Mickey Hardey"), config).findings
    assert (f.text, f.fix) == ("Mickey Hardey", "Mickey Hardy")
    report = check(tmp_path, won("Mickey Hardy"), config)
    assert (report.findings, report.not_checked) == ((), ())


def test_another_persons_figure_is_not_compared_with_the_candidates(tmp_path: Path) -> None:
    config = record(tmp_path, ("Mickey Hardy", "Labour", 21000), ("Ann Quell", "Green", 900))
    text = f"In {SEAT}, Labour's Dominic Hardey won with 12,000 votes.\n"
    assert check(tmp_path, text, config, "reference-mismatch").findings == ()
    text = f"In {SEAT}, Labour's Mickey Hardy won with 12,000 votes.\n"
    (f,) = check(tmp_path, text, config, "reference-mismatch").findings
    assert f.text == "12,000"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(_GIVEN), st.sampled_from(_GIVEN), st.data())
def test_an_unlike_given_name_never_makes_a_slipped_surname_the_candidates(
    own: str, other: str, data: st.DataObject
) -> None:
    assume(not same_given_name(other, own) and fuzz.ratio(other, own) < FIRST_NAME_CUTOFF)
    surname = "harrowby"
    at = data.draw(st.integers(min_value=1, max_value=len(surname) - 1))
    slipped = surname[:at] + data.draw(st.sampled_from("aeiou")) + surname[at + 1 :]
    assume(slipped != surname)
    field = [CandidateResult(name=f"{own.title()} Harrowby"), CandidateResult(name="Ann Quell")]
    assert match_candidate(f"{other.title()} {slipped.title()}", field) is None
    # Control: the candidate's own given name beside the same slip is the candidate.
    found = match_candidate(f"{own.title()} {slipped.title()}", field)
    assert found is not None
    assert found.candidate.name == f"{own.title()} Harrowby"
