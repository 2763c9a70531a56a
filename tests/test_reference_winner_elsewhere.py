"""A seat's figures read with a winner the official record puts in another seat.

A person stands in one seat at an election. When the person a story is read as saying won a
seat, named in full, is none of that seat's official candidates but is exactly one other
seat's, the reading put the winner in the wrong seat, and the seat's own figures the winner
came with ("X won by 507 votes") are most likely the other seat's: compared with the wrong
record they would cry wolf, so they are reported as not checked, with the reason. Sentences
are written here in the patterns seen on real copy; names and figures are the record's.
"""

from __future__ import annotations

from story_files import report_of

import factcheck
from factcheck.models import Document, Severity

_STORY = (
    "{seat} was a tense count for Labour.\n\n"
    "There were recounts across the city overnight.\n\n"
    "After a second count, Ayoub Khan won by {n} votes."
)


def _check(seat: str, n: str) -> factcheck.Report:
    return report_of(_STORY.format(seat=seat, n=n), "uk-ge-2024")


def test_a_majority_read_in_a_seat_its_winner_did_not_stand_in_is_not_compared() -> None:
    # Ayoub Khan won Birmingham Perry Barr by 507; Birmingham Yardley's majority was 693.
    report = _check("Birmingham Yardley", "507")
    assert [f for f in report.findings if f.text == "507"] == []
    (reason,) = [n.reason for n in report.not_checked if "read as its winner" in n.reason]
    assert "Ayoub Khan, read as its winner, stood in Birmingham Perry Barr" in reason


def test_a_wrong_majority_in_the_winners_own_seat_fires() -> None:
    report = _check("Birmingham Perry Barr", "570")
    (finding,) = [f for f in report.findings if f.text == "570"]
    assert finding.severity in (Severity.ERROR, Severity.WARNING)
    assert "Birmingham Perry Barr" in finding.message


def test_the_right_majority_in_the_winners_own_seat_is_silent() -> None:
    report = _check("Birmingham Perry Barr", "507")
    assert [f for f in report.findings if f.text == "507"] == []
    assert not any("read as its winner" in n.reason for n in report.not_checked)


def test_a_winner_named_by_surname_alone_proves_nothing() -> None:
    # "Khan" alone may be any of several candidates of that name: the seat is compared.
    text = (
        "Birmingham Yardley was a tense count for Labour.\n\n"
        "After a second count, Khan won by 507 votes."
    )
    report = factcheck.check(Document(path="story.txt", text=text), election="uk-ge-2024")
    assert not any("read as its winner" in n.reason for n in report.not_checked)


def test_a_winner_elsewhere_with_no_figures_of_the_seat_sets_none_aside() -> None:
    # Only the seat's own figures (a majority, a turnout) are set aside as the other seat's;
    # his own votes are compared as his (and he is not among the seat's candidates).
    text = (
        "Birmingham Yardley was a tense count for Labour.\n\n"
        "There were recounts across the city overnight.\n\n"
        "After a second count, Ayoub Khan won with 12,000 votes."
    )
    report = factcheck.check(Document(path="story.txt", text=text), election="uk-ge-2024")
    assert not any("read as its winner" in n.reason for n in report.not_checked)
    # The control: with his majority read in the seat, it is set aside.
    assert any(
        "read as its winner" in n.reason for n in _check("Birmingham Yardley", "507").not_checked
    )
