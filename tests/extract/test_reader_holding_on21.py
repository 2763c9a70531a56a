"""Holding on and winning "home", each one word list shared by every pattern and cue that
needs it (issue 8, twenty-first session). The readings had each listed their own part of the
words: "clung on to his seat" was read and "hung on to his seat", "hangs on to seat", "was
hanging on to his seat", "managed to cling on" were not; "romped home" was read and
"squeaked home" not. With them, "came out on top" (with its margin, or where) and "won
comfortably in" a seat: nine outlets on the open skeletons, dev11 among them.

A person holding on held the seat for their party (a hold the record judges) and won it; a
win "home" or "on top" is a win. In a story of several seats, a wording that names no seat is
read only of someone the story has placed: the seat carried from the sentence before may be
another race's.

The sentences are ours; people, seats and figures are the bundled record's 2019 results:
Bristol West (Thangam Debbonaire, Labour, held it; Carla Denyer, Green, second), Bury North
(James Daly took it for the Conservatives from Labour).
"""

from __future__ import annotations

import pytest
from story_files import findings_of, outcomes_of, placing_findings, warned_second, winners_read

from factcheck.models import Severity

_LEAD = "Bristol West\n\nTurnout was 76.1% in Bristol West.\n\n"
_BURY = "Bury North\n\nTurnout was 68.1% in Bury North.\n\n"

_HOLDS = [
    "Labour's {name} hung on to her seat.",
    "Labour's {name} hangs on to seat",
    "Labour's {name} was hanging on to her seat by a wide margin.",
    "Labour's {name} managed to cling on.",
    "Labour's {name} clings on with a big majority.",
]


@pytest.mark.parametrize("wording", _HOLDS)
def test_holding_on_is_the_partys_hold(wording: str) -> None:
    right = _LEAD + wording.format(name="Thangam Debbonaire")
    assert ("Bristol West", "Labour", "hold", None) in outcomes_of(right), right
    assert findings_of(right, "uk-ge-2019", None) == [], right


@pytest.mark.parametrize("wording", _HOLDS)
def test_holding_on_said_of_a_gain_is_found(wording: str) -> None:
    wrong = _BURY + wording.replace("Labour's", "Conservative").format(name="James Daly")
    assert ("Bury North", "Conservative", "hold", None) in outcomes_of(wrong), wrong
    fired = [f for f in findings_of(wrong, "uk-ge-2019") if "hold" in f.message]
    assert [f.severity for f in fired] == [Severity.WARNING], wrong
    assert "took Bury North from Labour" in fired[0].message


_WINS = [
    "{name} squeaks home in Bristol West.",
    "{name} barely squeaked home in the early hours.",
    "{name} scraped home.",
    "In the end {name} came out on top with a majority of just 819.",
    "{name} came out on top by 47,028 votes to 18,809.",
    "{name} came out on top in Bristol West.",
    "{name} won comfortably in Bristol West.",
]


@pytest.mark.parametrize("wording", _WINS)
def test_a_win_home_or_on_top_is_the_win(wording: str) -> None:
    right = _LEAD + wording.format(name="Thangam Debbonaire")
    seat, fig = winners_read(right)["Thangam Debbonaire"]
    assert seat == "Bristol West", right
    assert fig.grounds is not None
    assert placing_findings(right, "uk-ge-2019") == [], right


@pytest.mark.parametrize("wording", _WINS)
def test_a_win_home_or_on_top_said_of_the_runner_up_warns(wording: str) -> None:
    wrong = _LEAD + wording.format(name="Carla Denyer")
    assert "Carla Denyer" in winners_read(wrong), wrong
    assert warned_second(wrong, "uk-ge-2019"), wrong


@pytest.mark.parametrize(
    "sentence",
    [
        # A hope, a forecast, a quotation of a prediction.
        "Carla Denyer hopes to hang on to her seat.",
        "Carla Denyer would have hung on to her seat with more votes.",
        "Carla Denyer is expected to come out on top.",
        "“Carla Denyer squeaks home tonight,” the pollster predicted.",
        # Another election's.
        "Carla Denyer hung on to her seat in 2017.",
        "Carla Denyer came out on top in 2017.",
        "Two years ago Carla Denyer squeaked home.",
        # Not a result: the words of holding on with nothing a result needs after them.
        "Carla Denyer said voters should hang on to their hopes.",
        "Carla Denyer came out on top in the leadership debate.",
    ],
)
def test_no_outcome_is_read(sentence: str) -> None:
    text = _LEAD + sentence
    assert "Carla Denyer" not in winners_read(text), text
    assert not any(o[2] == "hold" for o in outcomes_of(text)), text


def test_in_a_round_up_someone_unplaced_is_not_given_the_carried_seat() -> None:
    lead = "Bristol West and Bristol East both declared.\n\nKerry McCarthy held Bristol East.\n\n"
    assert "Carla Denyer" not in winners_read(lead + "Carla Denyer came out on top.")
    assert "Carla Denyer" not in winners_read(lead + "Carla Denyer squeaked home.")
    placed_first = "In Bristol West, Carla Denyer won 18,809 votes.\n\n"
    placed = lead + placed_first + "Carla Denyer came out on top."
    assert winners_read(placed)["Carla Denyer"][0] == "Bristol West"
