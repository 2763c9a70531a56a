"""A seat's own figures given after another list was read into its contest.

A results page may give a seat's result and, under a heading the reader does not take for a
date (a picture, a table caption), the result before it. Read as one contest, it holds two
people of one party (``ContestResult.pooled``); a turnout, electorate or count of votes cast
that the text gives after the second of them may be the earlier list's, so it is reported as
not checked, with the reason. The seat's figures before it (the first list's majority) and
each candidate's own figures are checked as before. Lists written here in the newsroom
format seen; the figures are the record's (Ipswich, 2017 and 2019).
"""

from __future__ import annotations

import pytest
from story_files import report_of

from factcheck.models import CandidateResult, ContestResult, Figure, Grounds, Span, Unit

_FIRST = (
    "Ipswich - Conservative gain\n\n"
    "Tom Hunt, Conservative - 24,952 (majority {majority})\n\n"
    "Sandy Martin, Labour - 19,473\n\n"
)
_EARLIER = "Sandy Martin, Labour* - 24,224 (majority 831)\n\nBen Gummer, Conservative - 23,393\n\n"
# 2017's turnout line: 51,137 valid votes of 75,668; 2019's were 49,579 of 75,525.
_LEVELS = "Turnout - 68 per cent (51,237 out of electorate of 75,668)\n"


def _flagged(text: str) -> list[str]:
    return [f.text or "" for f in report_of(text, "uk-ge-2019").findings]


def _set_aside(text: str) -> list[str]:
    return [
        n.reason
        for n in report_of(text, "uk-ge-2019").not_checked
        if "a second Conservative candidate read into the contest" in n.reason
    ]


@pytest.mark.parametrize(("earlier", "fires"), [(False, True), (True, False)])
def test_levels_after_a_second_list_are_not_compared(earlier: bool, fires: bool) -> None:
    text = _FIRST.format(majority="5,479") + (_EARLIER if earlier else "") + _LEVELS
    flagged = _flagged(text)
    assert ("51,237" in flagged) is fires
    assert ("75,668" in flagged) is fires
    reasons = _set_aside(text)
    assert bool(reasons) is not fires
    if reasons:
        assert any("“51,237”" in r and "it follows Ben Gummer" in r for r in reasons)


def test_the_first_lists_majority_is_still_compared() -> None:
    # 5,497 for 5,479: before the second list, so judged.
    text = _FIRST.format(majority="5,497") + _EARLIER + _LEVELS
    assert "5,497" in _flagged(text)
    assert "51,237" not in _flagged(text)


def _cand(name: str, party: str, at: int) -> CandidateResult:
    grounds = Grounds(
        what="a results-list line",
        subject="on the line",
        seat="s",
        seat_named="layout",
        election="e",
    )
    votes = Figure(
        text="100",
        value=100,
        unit=Unit.VOTES,
        exact=True,
        span=Span(start=at + 20, end=at + 23),
        grounds=grounds,
    )
    return CandidateResult(
        name=name, name_span=Span(start=at, end=at + len(name)), party=party, votes=votes
    )


def test_pooled_gives_the_pair_in_the_order_the_text_does() -> None:
    later, earlier = _cand("Ben Gummer", "Conservative", 90), _cand("Tom Hunt", "Conservative", 5)
    contest = ContestResult(name="Ipswich", candidates=(later, earlier))
    assert contest.pooled() == (earlier, later)
    # Independents may be several; two forms of one name are one person.
    independents = ContestResult(
        candidates=(_cand("Ann Lee", "Independent", 1), _cand("Bo Kay", "Independent", 50))
    )
    assert independents.pooled() is None
    one = ContestResult(
        candidates=(
            _cand("Theo Clarke", "Conservative", 1),
            _cand("Theodora Clarke", "Conservative", 50),
        )
    )
    assert one.pooled() is None
