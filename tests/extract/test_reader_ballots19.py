"""The people who voted, counted (issue 8, nineteenth session): "72,149 people who voted",
"37,282 people casting their votes", "45,411 people in the constituency voted", "34,428
voters having their say", "34,967 voters out of a possible 48,690" (five outlets). The count
is the votes cast, checked as the valid votes or the valid votes and rejected ballots
together (``test_reader_ballots13.py``). Not "22,000 people voted Conservative", nor "voted
Leave": a party's or a side's voters, which the poll reading took before.

Sentences are ours, in the patterns real copy uses. Gower 2019: 44,482 valid votes, 44,604
with the 122 rejected ballots, of an electorate of 61,762."""

from __future__ import annotations

import pytest
from story_files import article_of, findings_of

from factcheck.models import ContestResult, Figure

_LEAD = "Tonia Antoniazzi held Gower for Labour. "


def _ballots(contests: tuple[ContestResult, ...]) -> str | None:
    for contest in contests:
        if contest.name == "Gower" and not contest.dated and isinstance(contest.ballots, Figure):
            return contest.ballots.text
    return None


@pytest.mark.parametrize(
    "sentence",
    [
        "There were {n} people who voted, making the turnout 72%.",
        "The turnout was 72 per cent, with {n} people casting their votes.",
        "That meant that {n} people in the constituency voted.",
        "Turnout was 72 per cent, with {n} voters having their say.",
        "Turnout was 72 per cent, translating to {n} voters out of a possible 61,762.",
        "Turnout was 72 per cent, with {n} voters out of an electorate of 61,762.",
    ],
)
@pytest.mark.parametrize(("written", "fires"), [("44,604", False), ("47,604", True)])
def test_a_count_of_the_people_who_voted_is_the_votes_cast(
    sentence: str, written: str, fires: bool
) -> None:
    text = _LEAD + sentence.format(n=written)
    assert _ballots(article_of(text).contests) == written
    assert (written in [f.text for f in findings_of(text, "uk-ge-2019")]) is fires


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 22,000 people voted Conservative.",
        "Some 22,000 people voted Leave in the referendum.",
        "Some 21,000 voters who turned out for Labour stayed loyal.",
        "In 2017, 45,576 people in the constituency voted.",
    ],
)
def test_a_side_s_voters_or_another_year_s_are_not_the_votes_cast(sentence: str) -> None:
    assert _ballots(article_of(_LEAD + sentence).contests) is None
