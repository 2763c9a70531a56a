"""A placing reached or kept, and a party's placing led as a person's is (issue 8, eighteenth
session): "fell to fourth", "dropped back to third", "held on to second place", "polled third",
"to take third place", "with Plaid's Jane Smith second"; "Labour were a distant second", "the
Conservatives did come in second place", "could only manage fourth", "moved into third",
"leaped forward into second place", and "second in" the sentence's one seat after a party.

The sentences are ours, in the shapes seen in fifteen outlets' stories; the seat and people are
the bundled record's 2019 result for Bristol West (Thangam Debbonaire, Labour, first; Carla
Denyer, Green, second; Suria Aujla, Conservative, third; Neil Hipkiss, Brexit Party, fourth).
A wrong place fires, as a warning (a place said in words); the right one is silent.
"""

from __future__ import annotations

import pytest
from story_files import findings_of

from factcheck.models import Severity

_LEAD = "Bristol West\n\nTurnout was 67% in Bristol West.\n\n"


def _placings(text: str) -> list[tuple[str, Severity]]:
    """The placing findings on the story: (message, severity)."""
    return [
        (f.message, f.severity)
        for f in findings_of(_LEAD + text, "uk-ge-2019")
        if "officially finished" in f.message
    ]


# (wording with {place}, the subject's official place)
_PARTY_LEADS = [
    ("The Greens were a distant {place}.", "second"),
    ("The Conservatives did come in {place} place, with a big rise.", "third"),
    ("The Conservatives could only manage {place}.", "third"),
    ("The Greens held on to {place} place.", "second"),
    ("The Brexit Party fell to {place} place.", "fourth"),
    ("The Conservatives moved into {place}.", "third"),
    ("The Greens leaped forward into {place} place in the constituency.", "second"),
    ("The Greens were a close {place} in Bristol West.", "second"),
]
_PERSON_LEADS = [
    ("The incumbent, Neil Hipkiss, fell to {place}.", "fourth"),
    ("Suria Aujla dropped back to {place} place.", "third"),
    ("Carla Denyer held on to {place} place.", "second"),
    ("With 8,822 votes Suria Aujla polled {place}.", "third"),
    ("Suria Aujla polled 8,822 votes to take {place} place.", "third"),
    # A placing right after a person "with" opens, or after a participle's placing.
    ("Thangam Debbonaire held Bristol West with the Greens' Carla Denyer {place}.", "second"),
    ("Thangam Debbonaire held the seat, with Conservative Suria Aujla {place}.", "third"),
    (
        "Thangam Debbonaire won, with Carla Denyer finishing second and Tory Suria Aujla {place}.",
        "third",
    ),
]
_WRONG = {"second": "third", "third": "fourth", "fourth": "second"}


@pytest.mark.parametrize(("wording", "place"), _PARTY_LEADS + _PERSON_LEADS)
def test_a_placing_reached_or_kept_is_read_and_checked(wording: str, place: str) -> None:
    assert _placings(wording.format(place=place)) == [], wording
    wrong = _placings(wording.format(place=_WRONG[place]))
    assert len(wrong) == 1, wording
    message, severity = wrong[0]
    assert f"finished {place}" in message
    assert severity is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        # The one pipped or beaten "to" a place is not given it.
        "The Brexit Party pipped the Greens to fourth place.",
        "The Greens were beaten to third place.",
        # Not a placing: an ordinal that runs on into another phrase.
        "Thangam Debbonaire held Bristol West with Suria Aujla second time around.",
    ],
)
def test_no_placing_is_read_where_the_party_is_not_its_subject(text: str) -> None:
    assert _placings(text) == [], text
