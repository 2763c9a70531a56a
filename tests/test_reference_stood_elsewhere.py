"""A seat's list read with someone the official record puts in another seat the story names.

A person stands in one seat at an election. When a contest as read lists someone, named in
full, who is none of that seat's official candidates but exactly one other seat's (the same
full name, the same party when the text gives one), and the story names that other seat too,
the reading gave the seat another seat's people: the seat's own figures read with them (a
majority, a turnout) may be the other seat's, so they are reported as not checked, with the
reason; nor are they re-placed in the other seat, since the reading that tied them is the one
shown wrong. A namesake in a seat the story does not name proves nothing. Sentences are
written here in the patterns seen on real copy; names and figures are the record's (2024).
"""

from __future__ import annotations

import pytest
from story_files import report_of

import factcheck

_YARDLEY = "Jess Phillips (Lab) 11,275\nJody McIntyre (Workers Party) 10,582\n"
_PERRY_BARR = "Ayoub Khan (Ind) 13,303\nGarry Hickton (Con) 4,227\n"


def _check(yardley_rows: str, majority: str, perry_barr: bool = True) -> factcheck.Report:
    story = f"Birmingham Yardley\n\n{yardley_rows}Majority: {majority}\n"
    if perry_barr:
        story += f"\nBirmingham Perry Barr\n\n{_PERRY_BARR}"
    return report_of(story, "uk-ge-2024")


def _elsewhere(report: factcheck.Report) -> list[str]:
    return [n.reason for n in report.not_checked if "a seat it names" in n.reason]


def test_a_majority_read_with_another_named_seats_candidate_is_not_compared() -> None:
    # Khalid Mahmood stood in Birmingham Perry Barr; Yardley's majority was 693, not 963.
    report = _check(_YARDLEY + "Khalid Mahmood (Lab) 12,796\n", "963")
    assert [f for f in report.findings if f.text == "963"] == []
    (reason,) = _elsewhere(report)
    assert "Khalid Mahmood, read in it, stood in Birmingham Perry Barr (uk-ge-2024)" in reason


@pytest.mark.parametrize(("written", "fires"), [("693", False), ("963", True)])
def test_the_seats_own_list_is_compared(written: str, fires: bool) -> None:
    # The control: the list holds only the seat's own people.
    report = _check(_YARDLEY, written)
    assert bool([f for f in report.findings if f.text == written]) is fires
    assert _elsewhere(report) == []


def test_another_seats_person_the_story_does_not_name_proves_nothing() -> None:
    # Perry Barr is not named: one namesake elsewhere is all the record would show.
    report = _check(_YARDLEY + "Khalid Mahmood (Lab) 12,796\n", "963", perry_barr=False)
    assert _elsewhere(report) == []
    # The majority is still not compared, for another reason: it follows a second Labour
    # candidate read into the list (tests/test_reference_pooled_levels19.py).
    assert [f.text for f in report.findings if f.text == "963"] == []
    assert any(
        "“963”" in n.reason and "a second Labour candidate" in n.reason for n in report.not_checked
    )


def test_a_namesake_of_another_party_proves_nothing() -> None:
    # The same name for another party than the record's is not that person.
    report = _check(_YARDLEY + "Khalid Mahmood (Green) 1,200\n", "963")
    assert _elsewhere(report) == []
