"""A winner called the winner (issue 8, twentieth session): "Jane Smith was a clear winner",
"emerged the winner", "was declared the winner of Bristol West", "was an easy winner with …",
and the noun as a title before the name, "The victor Jane Smith", "Bristol West winner Jane
Smith" (eight outlets on the open skeletons). The winner is first in the seat; the grounds say
how sure that is.

The sentences are ours, in those shapes; people, seat and figures are the bundled record's 2019
result for Bristol West (Thangam Debbonaire, Labour, 47,028; Carla Denyer, Green, 18,809). Said
of the runner-up, the win warns (a place said in words); of the winner, nothing.
"""

from __future__ import annotations

import pytest
from story_files import placing_findings, warned_second, winners_read

_LEAD = "Bristol West\n\nTurnout was 67% in Bristol West.\n\n"

_WORDINGS = [
    "{name} was a clear winner here.",
    "In Bristol West, {name} emerged the winner.",
    "{name} was declared the winner of Bristol West.",
    "{name} was an easy winner with a large majority.",
    "The victor {name} spoke after the count.",
    "Bristol West winner {name} spoke after the count.",
    "The Labour winner, {name}, spoke after the count.",
]


@pytest.mark.parametrize("wording", _WORDINGS)
def test_the_winner_noun_is_the_winner_with_grounds(wording: str) -> None:
    right = _LEAD + wording.format(name="Thangam Debbonaire")
    seat, fig = winners_read(right)["Thangam Debbonaire"]
    assert seat == "Bristol West", right
    assert fig.grounds is not None
    assert fig.grounds.certain, fig.grounds
    assert placing_findings(right, "uk-ge-2019") == [], right


@pytest.mark.parametrize("wording", _WORDINGS)
def test_the_winner_noun_said_of_the_runner_up_warns(wording: str) -> None:
    wrong = _LEAD + wording.format(name="Carla Denyer")
    assert "Carla Denyer" in winners_read(wrong), wrong
    assert warned_second(wrong, "uk-ge-2019"), wrong


def test_he_or_she_declared_the_winner_is_a_loose_subject() -> None:
    text = _LEAD + "After she was declared the winner, Carla Denyer spoke."
    _, fig = winners_read(text)["Carla Denyer"]
    assert fig.grounds is not None
    assert "subject" in fig.grounds.loose


@pytest.mark.parametrize(
    "sentence",
    [
        # Another election's winner, a hope, or a winner of something else.
        "Carla Denyer was the big winner of the night.",
        "Carla Denyer was the winner in 2017.",
        "Carla Denyer was the previous winner.",
        "Former winner Carla Denyer spoke.",
        "Previous Bristol West winner Carla Denyer spoke.",
        "The 2017 Bristol West winner Carla Denyer spoke.",
        "Carla Denyer hopes to be declared the winner.",
        "Carla Denyer was not the winner.",
    ],
)
def test_no_winner_is_read(sentence: str) -> None:
    text = _LEAD + sentence
    assert "Carla Denyer" not in winners_read(text), text
