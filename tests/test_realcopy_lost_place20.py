"""The scorer: a loss read as the seat's gain reads the loser's place, less specifically
(twentieth session, issue 8: misreadings).

"Jane Smith lost her seat" is read as a gain in her seat, taken from her (the outcome's
``held_by``). Labelled as her place ("losing her seat", second), it was counted a
misreading, though the gain says what the label does, bar the place: she held the seat and
did not come first. It is now *less specific* (in her seat; *unplaced* in none), as a
winner read for a labelled gain is. Seen in four outlets' labels (a regional daily, a
Belfast daily, a BBC region and a Highland weekly). Not for a false label, a place of first,
or a gain taken from someone else. Our Bolsover 2019 story: Dennis Skinner (Labour) came
second, Mark Fletcher (Conservative) won.
"""

from __future__ import annotations

from typing import Any

import pytest
from script_modules import benchmark, label_row

realcopy = benchmark("realcopy")


def _outcome(text: str, quote: str, *, subject: str = "Dennis Skinner", **row: str) -> Any:
    label = label_row(claim_type="rank", subject=subject, stated=quote, quote=quote, **row)
    score = realcopy.Score()
    realcopy.score_story("own-bolsover", text, [label], score)
    (scored,) = score.labels
    return scored


_QUOTE = "has lost his seat"
_TEXT = "In Bolsover, Labour veteran Dennis Skinner has lost his seat after 49 years.\n"


def test_a_loss_read_as_the_seats_gain_reads_the_losers_place_less_specifically() -> None:
    label = _outcome(_TEXT, _QUOTE, official="2nd")
    assert label.outcome == "less specific"
    assert label.reading.kind == "gain"
    assert label.reading.held_by == "Dennis Skinner"


@pytest.mark.parametrize(
    ("official", "verdict"),
    [("2nd", "false"), ("1st", "true")],
)
def test_not_for_a_false_label_or_a_first_place(official: str, verdict: str) -> None:
    assert _outcome(_TEXT, _QUOTE, official=official, verdict=verdict).outcome == "misread"


def test_not_for_a_gain_taken_from_someone_else() -> None:
    text = _TEXT.replace("Dennis Skinner", "Mark Fletcher")
    label = _outcome(text, _QUOTE, official="2nd")
    assert label.outcome == "misread"
