"""The win as the object of a verb, one list of verbs (issue 8, twenty-first session): "won a
sensational victory on Friday morning", "after securing a resounding win", "gets convincing
win in West Tyrone", "took home a convincing win", beside "pulled off" and "claimed" (read
since the eighteenth session), and "a … win" after a verb of ease, "stormed to a convincing
win" (five outlets on the open skeletons, dev11 among them). The winner is the person the
win is said of; not a win of another kind ("a moral victory", "a leadership win").

The sentences are ours; people, seat and figures are the bundled record's 2019 result for
Bristol West (Thangam Debbonaire, Labour, 47,028; Carla Denyer, Green, 18,809).
"""

from __future__ import annotations

import pytest
from story_files import placing_findings, warned_second, winners_read

_LEAD = "Bristol West\n\nTurnout was 76.1% in Bristol West.\n\n"

_WORDINGS = [
    "{name} won a sensational victory on Friday morning.",
    "{name} stormed to a convincing win in Bristol West.",
    "{name} gets convincing win in Bristol West",
    "{name} took home a convincing win.",
    "{name} was beaming after securing a resounding win in Bristol West.",
]


@pytest.mark.parametrize("wording", _WORDINGS)
def test_the_win_as_an_object_is_the_win(wording: str) -> None:
    right = _LEAD + wording.format(name="Thangam Debbonaire")
    seat, fig = winners_read(right)["Thangam Debbonaire"]
    assert seat == "Bristol West", right
    assert fig.grounds is not None
    assert placing_findings(right, "uk-ge-2019") == [], right


@pytest.mark.parametrize("wording", _WORDINGS)
def test_the_win_said_of_the_runner_up_warns(wording: str) -> None:
    wrong = _LEAD + wording.format(name="Carla Denyer")
    assert "Carla Denyer" in winners_read(wrong), wrong
    assert warned_second(wrong, "uk-ge-2019"), wrong


@pytest.mark.parametrize(
    "sentence",
    [
        # A win of another kind.
        "Carla Denyer won a moral victory.",
        "Carla Denyer won a leadership victory last year.",
        # A hope, a forecast, a quotation of a prediction.
        "Carla Denyer hopes to secure a win.",
        "Carla Denyer would have won a famous victory with more votes.",
        "“Carla Denyer gets a convincing win tonight,” the pollster predicted.",
        # Another election's.
        "In 2017 Carla Denyer won a shock victory.",
        # An infinitive, not the noun.
        "Carla Denyer raced to win the seat.",
    ],
)
def test_no_win_is_read(sentence: str) -> None:
    text = _LEAD + sentence
    assert "Carla Denyer" not in winners_read(text), text
