"""The real-copy scorer's categories (``benchmarks/realcopy.py``, docs/accuracy.md "How it is
scored"): a labelled claim's figure read as the right kind is *correct* with its subject and
seat, *less specific* in its seat with no subject at all, *unplaced* with no seat (its subject
right, or no subject at all), and *misread* when it names another subject or another seat.
Each case is judged on readings built by hand over one labelled sentence of our own (Bolsover
2019, Mark Fletcher), so what is tested is the scorer, not the reader."""

from __future__ import annotations

from typing import Any

import pytest
from script_modules import benchmark

from factcheck.models import Span

realcopy = benchmark("realcopy")

TEXT = "His share of the vote rose by 10.7 per cent."
STATED = "10.7 per cent"
AT = TEXT.index(STATED)


def _label(claim_type: str = "share_change", stated: str = STATED) -> Any:
    row = {
        "story_id": "own-bolsover",
        "election": "uk-ge-2019",
        "seat": "Bolsover",
        "claim_type": claim_type,
        "subject": "Mark Fletcher",
        "stated": stated,
        "official": "+10.7 points",
        "verdict": "true",
        "quote": TEXT,
        "note": "",
    }
    at = TEXT.index(stated)
    return realcopy.Label("own-bolsover", row, Span(start=at, end=at + len(stated)))


def _reading(
    kind: str = "share_change",
    subject: str | None = None,
    party: str | None = None,
    seat: str | None = None,
) -> Any:
    return realcopy.Reading(kind, Span(start=AT, end=AT + len(STATED)), subject, party, seat)


def _outcome(*found: Any) -> str:
    label = _label()
    realcopy._judge_reading(label, list(found), [label])
    return str(label.outcome)


@pytest.mark.parametrize(
    ("reading", "outcome"),
    [
        (_reading(subject="Mark Fletcher", seat="Bolsover"), "correct"),
        (_reading(subject="Mark Fletcher"), "unplaced"),
        # Nobody and nowhere: the right kind tied to nothing feeds the rules no wrong fact.
        (_reading(), "unplaced"),
        (_reading(seat="Bolsover"), "less specific"),
        # Another person, with or without a seat, or the right person in another seat.
        (_reading(subject="Natalie Fleet"), "misread"),
        (_reading(subject="Natalie Fleet", seat="Bolsover"), "misread"),
        (_reading(subject="Mark Fletcher", seat="Mansfield"), "misread"),
        # Nobody, but in another seat: that seat's figure, a misreading.
        (_reading(seat="Mansfield"), "misread"),
        # Another kind, whoever and wherever.
        (_reading(kind="share", subject="Mark Fletcher", seat="Bolsover"), "misread"),
        (_reading(kind="votes"), "misread"),
    ],
)
def test_each_reading_falls_in_the_category_the_docs_define(reading: Any, outcome: str) -> None:
    assert _outcome(reading) == outcome


def test_nothing_read_at_the_figure_is_not_read() -> None:
    assert _outcome() == "not read"


def test_a_reading_tied_to_nothing_does_not_hide_a_correct_one() -> None:
    assert _outcome(_reading(), _reading(subject="Mark Fletcher", seat="Bolsover")) == "correct"


def test_a_reading_tied_to_nothing_does_not_outrank_one_less_specific() -> None:
    assert _outcome(_reading(seat="Bolsover"), _reading()) == "less specific"
    assert _outcome(_reading(), _reading(seat="Bolsover")) == "less specific"
