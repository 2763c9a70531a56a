"""A party's figure in a story that counts the party's seats (factcheck.extract.tallied).

"The DUP took ten seats ... The DUP's share of the vote rose by 14.5%": the share may be the
party's across its ten seats, not the one seat the story names, so its seat tie is loose and
no finding compares it with that seat's record. The controls keep the tie where the words put
the figure in the seat: no tally, a tally of one seat, the seat named in the sentence, a
person's figure, one of the seat's people named in the sentence.

North Down in 2017 (the record): DUP 23.61% in 2015, 38.13% in 2017, up 14.52 points.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import ChangeClaim, Document, Severity

RULE = "percent-points-confusion"
TALLY = "The DUP took ten seats on Thursday night, while Sylvia Hermon kept North Down."


def _change(text: str) -> ChangeClaim:
    article = read_prose(Document(path="t.txt", text=text))
    (change,) = [c for c in article.claims if isinstance(c, ChangeClaim)]
    return change


def _report(text: str) -> factcheck.Report:
    return factcheck.check(Document(path="t.txt", text=text), election="uk-ge-2017", select=[RULE])


def test_a_tallied_partys_share_is_not_the_story_seats_by_default() -> None:
    text = f"{TALLY}\n\nThe DUP's share of the vote rose by 14.5%."
    change = _change(text)
    assert change.party == "Democratic Unionist Party"
    assert change.amount is not None
    assert change.amount.grounds is not None
    assert "seat" in change.amount.grounds.loose
    assert "counts Democratic Unionist Party's seats (won ten)" in change.amount.grounds.seat
    report = _report(text)
    assert report.findings == ()
    (skipped,) = [n for n in report.not_checked if n.name == RULE]
    assert "read loosely" in skipped.reason


@pytest.mark.parametrize(
    "text",
    [
        # No tally: the one seat the story names is the share's.
        "Sylvia Hermon kept North Down on Thursday night.\n\nThe DUP's share of the vote rose "
        "by 14.5%.",
        # The seat named in the sentence.
        f"{TALLY}\n\nIn North Down, the DUP's share of the vote rose by 14.5%.",
        # A tally of one seat is no count across seats.
        "The DUP took one seat on Thursday night, while Sylvia Hermon kept North Down.\n\nThe "
        "DUP's share of the vote rose by 14.5%.",
        # One of the seat's people named in the sentence: the seat's contest.
        f"{TALLY}\n\nThe DUP's share of the vote rose by 14.5% as Sylvia Hermon held on.",
    ],
)
def test_a_share_the_words_put_in_the_seat_keeps_its_tie(text: str) -> None:
    change = _change(text)
    assert change.amount is not None
    assert change.amount.grounds is not None
    assert "seat" not in change.amount.grounds.loose
    # Per cent for a rise of 14.52 points: the wrong unit, found as ever.
    (finding,) = _report(text).findings
    assert finding.severity is Severity.ERROR
    assert "14.52 percentage points" in finding.message


def test_the_right_unit_stays_silent_in_a_tallied_story_too() -> None:
    text = f"{TALLY}\n\nIn North Down, the DUP's share of the vote rose by 14.5 points."
    assert _report(text).findings == ()


def test_a_persons_share_keeps_its_tie() -> None:
    text = f"{TALLY}\n\nSylvia Hermon's share of the vote fell by 8 points."
    change = _change(text)
    assert change.candidate == "Sylvia Hermon"
    assert change.amount is not None
    assert change.amount.grounds is not None
    assert "seat" not in change.amount.grounds.loose
