"""Becoming the seat's MP with no "for" after the title (issue 8, twenty-first session):
"Jane Smith becomes Cambridge MP", "has become Stroud's first ever female MP", "becomes the
city's first black MP", "with Jane Smith becoming the new MP", "became its first MP" (eleven
outlets on the open skeletons, dev11 among them). The one named before the words won the seat;
the seat is the one the sentence names, or the story's when it names only one (in a round-up
the seat carried from the sentence before may be another race's).

The sentences are ours, in those shapes; people, seat and figures are the bundled record's 2019
result for Bristol West (Thangam Debbonaire, Labour, 47,028; Carla Denyer, Green, 18,809). Said
of the runner-up, the win warns (a place said in words); of the winner, nothing.
"""

from __future__ import annotations

import pytest
from story_files import placing_findings, warned_second, winners_read

_LEAD = "Bristol West\n\nTurnout was 67% in Bristol West.\n\n"

_WORDINGS = [
    "{name} becomes Bristol West MP after the count.",
    "{name} has become Bristol West's first ever female MP.",
    "In Bristol West, {name} becomes the city's new MP.",
    "The count ended with {name} becoming the new MP.",
    "{name} became its new Member of Parliament.",
    "{name} has become the new MP.",
]


@pytest.mark.parametrize("wording", _WORDINGS)
def test_becoming_the_mp_is_the_win(wording: str) -> None:
    right = _LEAD + wording.format(name="Thangam Debbonaire")
    seat, fig = winners_read(right)["Thangam Debbonaire"]
    assert seat == "Bristol West", right
    assert fig.grounds is not None
    assert placing_findings(right, "uk-ge-2019") == [], right


@pytest.mark.parametrize("wording", _WORDINGS)
def test_becoming_the_mp_said_of_the_runner_up_warns(wording: str) -> None:
    wrong = _LEAD + wording.format(name="Carla Denyer")
    assert "Carla Denyer" in winners_read(wrong), wrong
    assert warned_second(wrong, "uk-ge-2019"), wrong


@pytest.mark.parametrize(
    "sentence",
    [
        # A hope, a forecast, a quotation of a prediction.
        "Carla Denyer hopes to become Bristol West's new MP.",
        "Carla Denyer would become the new MP if the Greens gained the seat.",
        "Carla Denyer is expected to become the new MP.",
        "“Carla Denyer becomes Bristol West's new MP tonight,” the pollster predicted.",
        # An earlier election's member, or a member since then.
        "Carla Denyer first became the MP for the seat at an earlier election.",
        "Carla Denyer became Bristol West's new MP in 2017.",
        "Since she became the MP, Carla Denyer has campaigned on housing.",
        "Before becoming an MP, Carla Denyer was an engineer.",
        # Titles that say no win.
        "Carla Denyer became an independent MP after leaving her party.",
        "Carla Denyer became the longest-serving MP in the city.",
        "Carla Denyer became the first MP to be born in the city.",
    ],
)
def test_no_win_is_read(sentence: str) -> None:
    text = _LEAD + sentence
    assert "Carla Denyer" not in winners_read(text), text
    assert placing_findings(text, "uk-ge-2019") == [], text


def test_in_a_round_up_the_seat_must_be_named() -> None:
    # Two seats named before: the seat carried into the sentence may be another race's, so
    # a title that names no seat reads nothing; naming it reads the win there.
    lead = "Bristol West and Bristol East both declared.\n\nKerry McCarthy held Bristol East.\n\n"
    assert "Carla Denyer" not in winners_read(lead + "Carla Denyer has become the new MP.")
    named = lead + "Carla Denyer has become Bristol West's new MP."
    assert winners_read(named)["Carla Denyer"][0] == "Bristol West"
