"""The noun a change is "in" is read as a whole word (issue 8, twenty-second session): "a six
percent decrease in voters" is no change of "the vote" (the pattern took "vote" from "voters"
and read a change of the share, which percent-points-confusion then warned of); "a drop in
votes" is the count's plural, read as the share only by convention, so loosely.

Sentences are ours; Cardiff South and Penarth is the 2017 record's seat.
"""

from __future__ import annotations

import pytest
from story_files import findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import ChangeClaim, Document, Quantity

_SEAT = "Labour's Stephen Doughty held Cardiff South and Penarth.\n\n"


def _changes(text: str) -> list[ChangeClaim]:
    article = read_prose(Document(path="s.txt", text=text), election="uk-ge-2017")
    return [c for c in article.claims if isinstance(c, ChangeClaim) and c.amount is not None]


@pytest.mark.parametrize("noun", ["voters", "voter numbers"])
def test_a_change_in_voters_is_no_change_of_the_share(noun: str) -> None:
    text = _SEAT + f"There was a six percent decrease in {noun} at this election."
    assert not any(c.quantity is Quantity.SHARE for c in _changes(text))
    assert findings_of(text, "uk-ge-2017", rule="percent-points-confusion") == []


def test_a_change_in_the_vote_is_still_the_share() -> None:
    text = _SEAT + "The Liberal Democrats saw a six percent decrease in their vote."
    [change] = _changes(text)
    assert change.quantity is Quantity.SHARE
    assert change.amount is not None
    assert change.amount.grounds is not None
    assert "what" not in change.amount.grounds.loose


def test_a_change_in_votes_is_the_share_by_convention_and_loosely() -> None:
    text = _SEAT + "The Liberal Democrats saw a six percent decrease in votes."
    [change] = _changes(text)
    assert change.quantity is Quantity.SHARE
    assert change.amount is not None
    assert change.amount.grounds is not None
    assert "what" in change.amount.grounds.loose
