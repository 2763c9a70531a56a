"""A year naming the result a figure is, after a comparison's word: "lower than the 2017 voter
turnout of 77.19 per cent", "down from 2019's margin of 6,706", "an increase on the 2015 total
of 11,593" (six outlets on the open skeletons). The comparison's word ("than", "on", "from")
makes the year the other side of a comparison, and here that side is the figure itself: it is
that year's, checked against that election, never this one's (docs/accuracy.md, "The
eighteenth session").

Every sentence is ours; the values are the bundled record's, Bristol West: 2017, turnout
77.00% of the electorate in valid votes (77.18% with rejected ballots), majority 37,336; 2019,
turnout 76.1% (76.45%), majority 28,219.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import report_of

from factcheck.models import Severity

LEAD = "Thangam Debbonaire held Bristol West for Labour with 47,028 votes.\n\n"
COMPARED = ["lower than", "down on", "down from", "compared with", "an increase on"]


def _on(text: str, figure: str) -> list[tuple[str, Severity, str]]:
    report = report_of(LEAD + text, "uk-ge-2019")
    return [(f.name, f.severity, f.message) for f in report.findings if f.text == figure]


@settings(max_examples=10, deadline=None)
@given(compared=st.sampled_from(COMPARED), form=st.sampled_from(["the 2017", "2017's"]))
def test_the_years_turnout_of_a_figure_is_that_years(compared: str, form: str) -> None:
    right = f"Turnout fell, {compared} {form} turnout of 77.0 per cent."
    # Never set against this election's 76.1%: right, it is silent.
    assert _on(right, "77.0 per cent") == []
    wrong = f"Turnout fell, {compared} {form} voter turnout of 79.4 per cent."
    ((rule, _, message),) = _on(wrong, "79.4 per cent")
    assert rule == "reference-mismatch"
    assert "(uk-ge-2017)" in message


@pytest.mark.parametrize("noun", ["majority", "margin"])
def test_the_years_majority_of_a_figure_is_that_years(noun: str) -> None:
    right = f"Her majority of 28,219 was smaller than the 2017 {noun} of 37,336."
    assert _on(right, "37,336") == []
    wrong = f"Her majority of 28,219 was smaller than 2017's {noun} of 37,436."
    ((rule, severity, message),) = _on(wrong, "37,436")
    assert (rule, severity) == ("reference-mismatch", Severity.ERROR)
    assert message == "the majority in Bristol West (uk-ge-2017) is officially 37,336, not 37,436"


def test_the_stories_own_year_names_this_elections_figure() -> None:
    # 2019 is the story's election: its turnout is this one's, and a slip of it fires.
    ((_, _, message),) = _on(
        "Turnout was down on the 2019 turnout of 79.4 per cent.", "79.4 per cent"
    )
    assert "(uk-ge-2019)" in message
