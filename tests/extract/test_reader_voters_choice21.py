"""The seat or its voters as the ones who chose (issue 8, twenty-first session): "Voters in
Walsall North have returned Jane Smith", "Gower returns Labour MP Jane Smith", "Blaenau Gwent
has elected Labour's Jane Smith as MP", "The city re-elected Jane Smith", "Gower voters
returned Jane Smith (Labour)", "Clwyd South had also returned a Conservative MP" (nine outlets
on the open skeletons). The one chosen won the seat; "re-elected" and "returned" say, as their
passives do, that the sitting MP won, so the party held it (a hold the record then judges).

The sentences are ours, in those shapes; people, seats and figures are the bundled record's
2019 results: Bristol West (Thangam Debbonaire, Labour, held it; Carla Denyer, Green, second),
Bury North (James Daly took it for the Conservatives from Labour).
"""

from __future__ import annotations

import pytest
from story_files import findings_of, outcomes_of, placing_findings, warned_second, winners_read

from factcheck.models import Severity

_LEAD = "Bristol West\n\nTurnout was 76.1% in Bristol West.\n\n"

_WORDINGS = [
    "Voters in Bristol West have returned {name}.",
    "Bristol West returns {name} with a large majority.",
    "Bristol West voters re-elected {name}.",
    "Bristol West has elected {name} as its MP.",
    "The city re-elected {name} on a high turnout.",
]


@pytest.mark.parametrize("wording", _WORDINGS)
def test_the_one_the_seat_chose_won(wording: str) -> None:
    right = _LEAD + wording.format(name="Labour's Thangam Debbonaire")
    seat, fig = winners_read(right)["Thangam Debbonaire"]
    assert seat == "Bristol West", right
    assert fig.grounds is not None
    assert findings_of(right, "uk-ge-2019", None) == [], right


@pytest.mark.parametrize("wording", _WORDINGS)
def test_the_runner_up_said_to_be_chosen_warns(wording: str) -> None:
    wrong = _LEAD + wording.format(name="Carla Denyer")
    assert "Carla Denyer" in winners_read(wrong), wrong
    assert warned_second(wrong, "uk-ge-2019"), wrong


@pytest.mark.parametrize(
    "wording",
    [
        "Voters in Bristol West re-elected Labour's {name}.",
        "Bristol West returns Labour MP {name}.",
    ],
)
def test_re_elected_or_returned_by_the_seat_is_a_hold(wording: str) -> None:
    text = _LEAD + wording.format(name="Thangam Debbonaire")
    assert ("Bristol West", "Labour", "hold", None) in outcomes_of(text)


def test_elected_by_the_seat_says_no_hold() -> None:
    text = _LEAD + "Bristol West has elected Labour's Thangam Debbonaire as its MP."
    assert not any(o[2] == "hold" for o in outcomes_of(text))


def test_a_hold_said_of_a_gain_is_found() -> None:
    # Bury North changed hands in 2019: "re-elected" by its voters says it did not.
    text = (
        "Bury North\n\nTurnout was 68.1% in Bury North.\n\n"
        "Voters in Bury North re-elected Conservative James Daly."
    )
    assert ("Bury North", "Conservative", "hold", None) in outcomes_of(text)
    fired = [f for f in findings_of(text, "uk-ge-2019") if "hold" in f.message]
    assert [f.severity for f in fired] == [Severity.WARNING]
    assert "took Bury North from Labour" in fired[0].message


def test_a_party_mp_chosen_is_the_party_candidates_win() -> None:
    right = _LEAD + "Bristol West has elected a Labour MP once more."
    assert winners_read(right)[""][0] == "Bristol West"
    assert placing_findings(right, "uk-ge-2019") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A negation, a hope, a forecast, a quotation of a prediction.
        "Bristol West has never before returned Carla Denyer.",
        "Bristol West voters hope to re-elect Carla Denyer.",
        "Bristol West voters are expected to elect Carla Denyer.",
        "“Bristol West returns Carla Denyer tonight,” the pollster predicted.",
        # Another election's choice.
        "Voters in Bristol West returned Carla Denyer in 2017.",
        "Two years ago Bristol West voters elected Carla Denyer.",
        # A choice of something else.
        "Bristol West voters re-elected Carla Denyer as leader of the council group.",
        "The party re-elected Carla Denyer as its co-leader.",
    ],
)
def test_no_choice_is_read(sentence: str) -> None:
    text = _LEAD + sentence
    assert "Carla Denyer" not in winners_read(text), text
    assert not any(o[2] == "hold" for o in outcomes_of(text)), text


def test_a_place_with_no_seat_named_needs_the_story_to_have_one() -> None:
    # Two seats named before: "the city" may be either, so nothing is read.
    lead = "Bristol West and Bristol East both declared.\n\nTurnout was 76.1% in Bristol West.\n\n"
    assert "Carla Denyer" not in winners_read(lead + "The city re-elected Carla Denyer.")
