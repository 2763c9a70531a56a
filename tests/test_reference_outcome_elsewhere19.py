"""An outcome said of a person who stood in another seat is not that seat's outcome.

A hold or a gain read with a seat carried from earlier in the story ("Conservative David
Mundell held his seat" after a paragraph on Berwickshire) is set against the carried seat's
record. When the person it is said of (the winner, or the one who lost the seat), named in
full, is none of that seat's candidates and exactly one other seat's of the election, the
outcome is the other seat's: it is reported as not checked, with the reason, when the story
names other seats but not that one (when it names that seat, or no other, the outcome is judged
in the person's seat since the twentieth session: tests/test_reference_outcome_placed20.py). A
person who did stand in the carried seat is judged as before.
Sentences are written here in the patterns seen on real copy; names and figures are the
record's.
"""

from __future__ import annotations

import pytest
from story_files import report_of

_VALE = (
    "Labour gain Vale of Clwyd\n\n"
    "Chris Ruane won back the Vale of Clwyd for Labour, beating James Davies by 2,379 votes.\n\n"
)
_EDINBURGH = "Ian Murray held Edinburgh South for Labour with a majority of 2,637.\n\n"
_CLWYD_SOUTH = "\nLabour also held Clwyd South.\n"


def _outcome_findings(text: str, election: str, words: str) -> list[str]:
    return [
        f.severity.value
        for f in report_of(text, election).findings
        if f.name == "reference-mismatch" and f.text == words
    ]


def _elsewhere(text: str, election: str) -> list[str]:
    return [
        n.reason
        for n in report_of(text, election).not_checked
        if "the outcome is another seat's" in n.reason
    ]


@pytest.mark.parametrize(
    ("person", "fires"),
    [
        ("Mark Tami", False),  # stood in Alyn and Deeside, next door
        ("Chris Ruane", True),  # the seat's own winner: Labour gained it, no hold
    ],
)
def test_a_hold_said_of_another_seats_winner_is_not_the_carried_seats(
    person: str, fires: bool
) -> None:
    # (Another seat named after it, not his: a story naming no other seat, or his, judges the
    # outcome in Mark Tami's.)
    text = _VALE + f"Labour's {person} comfortably held onto his seat.\n" + _CLWYD_SOUTH
    assert bool(_outcome_findings(text, "uk-ge-2017", "held onto his seat")) is fires
    reasons = _elsewhere(text, "uk-ge-2017")
    if fires:
        assert reasons == []
    else:
        (reason,) = reasons
        assert "Mark Tami did not stand in Vale Of Clwyd in 2017 but in Alyn and Deeside" in reason


@pytest.mark.parametrize(
    ("loser", "fires"),
    [
        ("Chief Secretary Danny Alexander", False),  # Inverness, Nairn, Badenoch and Strathspey
        ("The Conservatives' Miles Briggs", True),  # he stood in Edinburgh South: judged
    ],
)
def test_a_seat_lost_by_another_seats_member_is_not_the_carried_seats(
    loser: str, fires: bool
) -> None:
    text = _EDINBURGH + f"{loser} lost his seat to the SNP.\n"
    assert bool(_outcome_findings(text, "uk-ge-2015", "lost his seat")) is fires
    # Danny Alexander's loss is judged in his own seat, the story naming no other (true):
    # before the twentieth session it was not checked, as another seat's.
    assert _elsewhere(text, "uk-ge-2015") == []


_IPSWICH = "The Ipswich count ran late into the morning, and the result came at dawn.\n\n"


@pytest.mark.parametrize(
    ("winner", "fires"),
    [
        ("employment minister Priti Patel", False),  # she stood in Witham
        ("Ben Gummer", True),  # Ipswich's own winner: 3,773 is not its 3,733
    ],
)
def test_a_majority_read_with_another_seats_winner_is_not_the_carried_seats(
    winner: str, fires: bool
) -> None:
    text = _IPSWICH + (
        f"It ended with {winner} retaining the seat for the Conservatives with a majority "
        "of 3,773.\n"
    )
    report = report_of(text, "uk-ge-2015")
    assert bool([f for f in report.findings if f.text == "3,773"]) is fires
    said = [n.reason for n in report.not_checked if "said to have won it" in n.reason]
    assert bool(said) is not fires
    if said:
        assert "Priti Patel, said to have won it, stood in Witham (uk-ge-2015)" in said[0]
