"""A figure with no seat beside several lists of no named seat (issue 8, twentieth session).

A guide to a county's seats gives each seat's result as a list under a heading the reader
does not take for a seat (a picture's, a table's, or lost), and a majority line of its own
("MAJORITY: 4576 (12.7%)") that may be any list's. Read with no seat, the majority joined
every list, and majority-mismatch set it against candidates it was never about. In a story
naming two seats or more, a figure whose seat was inferred is not set against the
candidates; a story with two lists or more of no named seat is now treated the same way.
One such list keeps its findings. Lines written here in the format seen; the figures are
the record's (Cardiff Central and Cardiff North, 2015; 4,576 and 12.7% are Cardiff
Central's 2010 majority).
"""

from __future__ import annotations

import pytest
from story_files import report_of

_MAJORITY = "MAJORITY: 4576 (12.7%)\n\n"
_CENTRAL = (
    "Labour Jo Stevens 15,462 40.0\n\nLiberal Democrat Jenny Willott 10,481 27.1\n\n"
    "Conservative Richard Hopkin 5,674 14.7\n\nMajority 4,981 12.9\n\n"
)
_NORTH = (
    "Conservative Craig Williams 21,709 42.4\n\nLabour Mari Williams 19,572 38.3\n\n"
    "UKIP Ethan R Wilkinson 3,953 7.7\n\nMajority 2,137 4.2\n\n"
)


def _mismatches(text: str) -> list[str]:
    found = report_of(text, "uk-ge-2015").findings
    return [f.text or "" for f in found if f.name == "majority-mismatch"]


def _set_aside(text: str) -> list[str]:
    return [
        n.reason
        for n in report_of(text, "uk-ge-2015").not_checked
        if n.name == "majority-mismatch" and "lists of no named seat" in n.reason
    ]


@pytest.mark.parametrize(("lists", "fires"), [(_NORTH, True), (_CENTRAL + _NORTH, False)])
def test_a_majority_with_no_seat_is_set_against_one_list_only(lists: str, fires: bool) -> None:
    # 12.7 points is no lead in either list: with one list it can only be that one's.
    text = _MAJORITY + lists
    assert bool(_mismatches(text)) is fires
    assert bool(_set_aside(text)) is not fires
