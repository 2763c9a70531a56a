"""A win said as "has been elected" with no seat in the words (issue 8, nineteenth session):
"Jane Smith has been elected, with …", "… and is elected.", "has been elected once again",
"has been elected as the city's MP", "has been elected Member of Parliament for …" (eleven
outlets). The winner is first in the story's seat; the grounds say how sure that is.

The sentences are ours, in those shapes; people, seat and figures are the bundled record's 2019
result for Bristol West (Thangam Debbonaire, Labour, 47,028; Carla Denyer, Green, 18,809). Said
of the runner-up, the win warns (a place said in words); of the winner, nothing.
"""

from __future__ import annotations

import pytest
from story_files import placing_findings, warned_second, winners_read

_LEAD = "Bristol West\n\nTurnout was 67% in Bristol West.\n\n"

_WORDINGS = [
    "{name} has been elected, with the Conservatives third.",
    "{name}, the candidate, has been elected.",
    "{name} has been elected once again.",
    "{name} has been elected as the city's MP.",
    "{name} has been elected as the new MP.",
    "{name} has been elected Member of Parliament for Bristol West.",
    "{name} is elected.",
    "{name} has been narrowly elected.",
]


@pytest.mark.parametrize("wording", _WORDINGS)
def test_has_been_elected_is_the_winner_with_grounds(wording: str) -> None:
    right = _LEAD + wording.format(name="Thangam Debbonaire")
    seat, fig = winners_read(right)["Thangam Debbonaire"]
    assert seat == "Bristol West", right
    assert fig.grounds is not None
    assert fig.grounds.certain, fig.grounds
    assert placing_findings(right, "uk-ge-2019") == [], right


@pytest.mark.parametrize("wording", _WORDINGS)
def test_has_been_elected_said_of_the_runner_up_warns(wording: str) -> None:
    wrong = _LEAD + wording.format(name="Carla Denyer")
    assert "Carla Denyer" in winners_read(wrong), wrong
    assert warned_second(wrong, "uk-ge-2019"), wrong


@pytest.mark.parametrize(
    "sentence",
    [
        # Another election's, or not this result: no win read.
        "Carla Denyer was elected.",
        "Carla Denyer has been elected to the council.",
        "Carla Denyer has been elected as leader of the party.",
        "Carla Denyer is expected to be elected.",
        "Carla Denyer has not been elected.",
        "In 2017 Carla Denyer has been elected, she says.",
        "The newly elected Carla Denyer spoke.",
        '"I hope Carla Denyer is elected," said a voter.',
    ],
)
def test_no_win_where_the_words_report_none(sentence: str) -> None:
    text = _LEAD + sentence
    assert "Carla Denyer" not in winners_read(text), text
    assert placing_findings(text, "uk-ge-2019") == [], text
