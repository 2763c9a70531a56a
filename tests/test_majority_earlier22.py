"""A stated majority that is the seat's majority at the election before, in the record
(twenty-second session, docs/accuracy.md).

"Plaid Cymru had targeted Ynys Mon to try and take the seat from Labour, who have a narrow
majority of 0.66% there" was written of 2015's majority, before the vote; read as 2017's,
majority-mismatch set it against the 2017 count at error. reference-mismatch already says
such a figure is most likely the earlier election's; majority-mismatch now does not set it
against this count either, and says why.

Every sentence is ours; the figures are the bundled record's: Cambridge 2015 (majority 599
of 51,774 valid votes, 1.16%) and 2017 (Daniel Zeichner 51.9%, Julian Huppert 29.3%: a
majority of 22.6 points).
"""

from __future__ import annotations

import pytest
from story_files import findings_of, report_of

RULE = "majority-mismatch"
STORY = (
    "Cambridge result\n\n"
    "Daniel Zeichner (Labour) 29,032 (51.9%)\n\n"
    "Julian Huppert (Liberal Democrat) 16,371 (29.3%)\n\n"
    "John Hayward (Conservative) 9,133 (16.3%)\n\n"
    "Stuart Tuckwood (Green) 1,265 (2.3%)\n\n"
    "Keith Garrett (Rebooting Democracy) 133 (0.2%)\n\n"
    "The Liberal Democrats had targeted Cambridge to try and take the seat from Labour, who "
    "have a narrow majority of {m} there.\n"
)


def _found(m: str) -> list[str | None]:
    return [f.text for f in findings_of(STORY.format(m=m), "uk-ge-2017", rule=RULE)]


def test_the_earlier_elections_majority_is_not_set_against_this_count() -> None:
    assert _found("1.2%") == []
    reasons = [
        n.reason
        for n in report_of(STORY.format(m="1.2%"), "uk-ge-2017").not_checked
        if n.name == RULE
    ]
    assert any("is the majority in Cambridge at uk-ge-2015" in r for r in reasons)


@pytest.mark.parametrize("m", ["1.5%", "12.6%"])
def test_a_majority_that_is_no_record_of_the_seat_is_still_found(m: str) -> None:
    assert _found(m) == [m]


def test_the_right_majority_is_silent() -> None:
    assert _found("22.6%") == []
