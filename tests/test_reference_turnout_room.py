"""A 2015 turnout a little above the valid-vote one, written rounded.

The 2015 record gives no count of rejected ballots, so a declared turnout (ballot papers over
the electorate) up to a point above the valid-vote turnout may be exactly right. A rounded
figure stands for an interval: it may be right when any value in it is, so "73%" for a seat
whose valid-vote turnout is 72.4955% (53,095 of 73,239 in Cheadle) is not checked, while
"74%" (73.5% or more, over a point above) is wrong. Sentences written here.
"""

from __future__ import annotations

import pytest
from story_files import findings_of


def _turnout_findings(pct: str) -> list[str]:
    text = f"Cheadle: Conservative gain from the Liberal Democrats, on a turnout of {pct}."
    return [f.text or "" for f in findings_of(text, "uk-ge-2015")]


@pytest.mark.parametrize("pct", ["73%", "72.6%", "72.5%"])
def test_a_rounded_turnout_within_the_rejected_ballots_room_is_not_checked(pct: str) -> None:
    assert _turnout_findings(pct) == []


@pytest.mark.parametrize("pct", ["74%", "73.6%", "71%"])
def test_a_turnout_beyond_the_room_or_below_the_valid_vote_one_fires(pct: str) -> None:
    assert _turnout_findings(pct) == [pct]
