"""Outcomes said of a list of people (issue 8, fifteenth session): "A, B and C were all
re-elected", "A and B both won their seats", "A (Gower) and B (Neath) both held their seats",
"A, B and C were all defeated". Each person is the verb's subject in their own seat: the one
bracketed after the name, tightly, else the one the story read them in before, loosely.

Sentences are the team's own, built from the bundled record's 2019 seats: each seat's winner
and runner-up. The right people are silent; the wrong ones (runners-up said to be re-elected,
winners said to be defeated) fire through reference-mismatch, at most as warnings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import article_of, filed_findings, ranked_seats_2019, report_of

from factcheck.models import OutcomeClaim, Severity

_ELECTION = "uk-ge-2019"
_SEATS = [(seat, won.name, ranked[1].name) for seat, won, ranked in ranked_seats_2019()]


def _firsts(text: str) -> set[tuple[str | None, str]]:
    return {
        (k.name, c.name)
        for k in article_of(text).contests
        for c in k.candidates
        if c.rank is not None and c.rank.value == 1
    }


def _outcomes(text: str) -> set[tuple[str, str | None]]:
    return {(c.verb, c.contest) for c in article_of(text).claims if isinstance(c, OutcomeClaim)}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pair=st.lists(st.sampled_from(_SEATS), min_size=2, max_size=2, unique_by=lambda s: s[0]),
    wording=st.sampled_from(
        [
            "{a} ({sa}) and {b} ({sb}) were both re-elected.",
            "{a} ({sa}) and {b} ({sb}) both held their seats.",
            "{a} ({sa}) and {b} ({sb}) have all retained their seats.",
        ]
    ),
)
def test_each_person_of_a_list_re_elected_won_and_held_their_bracketed_seat(
    tmp_path: Path, pair: list[tuple[str, str, str]], wording: str
) -> None:
    (sa, wa, ra), (sb, wb, _) = pair
    right = wording.format(a=wa, sa=sa, b=wb, sb=sb)
    wrong = wording.format(a=ra, sa=sa, b=wb, sb=sb)
    read = _firsts(right)
    assume({c.name for k in article_of(right).contests for c in k.candidates} >= {wa, wb})
    assert {(sa, wa), (sb, wb)} <= read, right
    assert {("hold", sa), ("hold", sb)} <= _outcomes(right), right
    said = [f for f in filed_findings(tmp_path, right, _ELECTION) if "not first" in f.message]
    assert said == [], right
    assume(ra in {c.name for k in article_of(wrong).contests for c in k.candidates})
    assert (sa, ra) in _firsts(wrong), wrong


def test_the_seat_a_person_was_read_in_earlier_is_theirs_loosely() -> None:
    text = (
        "In Gower, Labour's Jane Smith polled 20,000 votes. In Neath, Labour's John Brown "
        "polled 18,000 votes.\n\nJane Smith and John Brown were both re-elected.\n"
    )
    assert _firsts(text) == {("Gower", "Jane Smith"), ("Neath", "John Brown")}
    holds = [c for c in article_of(text).claims if isinstance(c, OutcomeClaim)]
    assert {(c.contest, c.party) for c in holds} == {("Gower", "Labour"), ("Neath", "Labour")}
    for c in holds:
        assert c.grounds is not None
        assert "seat" in c.grounds.loose
        assert "what" in c.grounds.loose


def test_a_list_defeated_is_a_gain_in_each_seat_from_their_party() -> None:
    text = (
        "In Gower, Labour's Jane Smith polled 20,000 votes. In Neath, Labour's John Brown "
        "polled 18,000 votes.\n\nJane Smith and John Brown were both defeated.\n"
    )
    gains = [c for c in article_of(text).claims if isinstance(c, OutcomeClaim)]
    assert {(c.verb, c.contest, c.from_party) for c in gains} == {
        ("gain", "Gower", "Labour"),
        ("gain", "Neath", "Labour"),
    }
    assert _firsts(text) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Smith and John Brown were both elected in 2015.",  # another election
        "Jane Smith and John Brown could both be re-elected.",  # a forecast
        "Jane Smith and John Brown win.",  # no "all", "both" or auxiliary
        "Jane Smith and John Brown were both re-elected in Swansea West and Neath.",  # seats
    ],
)
def test_a_list_not_of_this_result_or_of_unsure_seats_is_not_read(sentence: str) -> None:
    text = (
        "In Gower, Labour's Jane Smith polled 20,000 votes. In Neath, Labour's John Brown "
        f"polled 18,000 votes.\n\n{sentence}\n"
    )
    assert _firsts(text) == set()
    assert _outcomes(text) == set()


def test_a_person_of_no_known_seat_is_left_out() -> None:
    text = (
        "In Gower, Labour's Jane Smith polled 20,000 votes.\n\n"
        "Jane Smith and Ann Green were both re-elected.\n"
    )
    assert _firsts(text) == {("Gower", "Jane Smith")}


def test_someone_placed_otherwise_stops_the_list() -> None:
    text = (
        "In Gower, Jane Smith came second with 20,000 votes. In Neath, John Brown polled "
        "18,000 votes.\n\nJane Smith and John Brown were both re-elected.\n"
    )
    assert ("Gower", "Jane Smith") not in _firsts(text)
    assert not any(v == "hold" and s == "Gower" for v, s in _outcomes(text))


def test_a_wrong_list_is_a_warning_or_not_checked(tmp_path: Path) -> None:
    seat, _, second = next(s for s in _SEATS if s[0] == "Gower")
    # The seat in brackets, the only one the story names: compared, a place said in words
    # (a warning with no fix).
    text = f"{second} ({seat}) and Ann Green were both re-elected.\n"
    fired = [f for f in filed_findings(tmp_path, text, _ELECTION) if "not first" in f.message]
    assert [f.severity for f in fired] == [Severity.WARNING]
    # The seat only through an earlier reading of the person: too loose to compare.
    text = (
        f"In {seat}, {second} polled 20,000 votes.\n\n"
        f"{second} and Ann Green were both re-elected.\n"
    )
    assert not [f for f in filed_findings(tmp_path, text, _ELECTION) if "not first" in f.message]
    reasons = [n.reason for n in report_of(text, _ELECTION).not_checked]
    assert any("“first” was read loosely" in r for r in reasons)
