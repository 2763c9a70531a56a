"""A change of a majority said of someone who did not stand in the seat it was tied to
(twenty-second session, docs/accuracy.md).

"Chris Matheson increased his majority in Chester by more than 9,000", in a story about
Southport and City of Chester, was tied to the story's first seat, and hedge-mismatch set
it against Southport's majorities, at error with a fix. A majority's levels are the
seat's, whoever the change is said of, so nothing checked that the person stood there. The
record's levels of a majority are now no levels of a change said of a person, named in full,
whom the record does not have among that seat's candidates.

Every sentence is ours; the figures are the bundled record's: Cambridge 2017 (Daniel
Zeichner, Labour, majority 599 in 2015 and 12,661 in 2017); Heidi Allen stood in South
Cambridgeshire, not Cambridge.
"""

from __future__ import annotations

import pytest
from story_files import findings_of

from factcheck.models import Severity

STORY = (
    "Cambridge results\n\n"
    "The Labour candidate Daniel Zeichner won 29,032 votes, winning a majority of 12,661.\n\n"
    "{who} increased {their} majority in Cambs by {by}.\n"
)
HEDGE = "hedge-mismatch"


def _hedges(who: str, their: str, by: str) -> list[tuple[Severity, str | None]]:
    text = STORY.format(who=who, their=their, by=by)
    return [(f.severity, f.text) for f in findings_of(text, "uk-ge-2017", rule=HEDGE)]


def test_a_change_said_of_someone_who_stood_elsewhere_is_not_set_against_this_seat() -> None:
    assert _hedges("Heidi Allen", "her", "nearly 5,000") == []


def test_the_seats_own_member_is_still_checked() -> None:
    # Zeichner's majority rose by 12,062: "nearly 5,000" is false of it, "more than 12,000"
    # is true.
    assert _hedges("Daniel Zeichner", "his", "nearly 5,000") == [(Severity.ERROR, "nearly 5,000")]
    assert _hedges("Daniel Zeichner", "his", "more than 12,000") == []


@pytest.mark.parametrize("by", ["nearly 5,000", "more than 20,000", "almost 1,000"])
def test_no_wording_of_the_strangers_change_is_judged(by: str) -> None:
    assert _hedges("Heidi Allen", "her", by) == []
