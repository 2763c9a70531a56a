"""A seat's list of party lines, then another list of the same seat's parties (issue 8,
twentieth session).

A constituency guide gives the seat's result as party lines ("Conservative: 21794 (44.8%)"),
names the MP, then lists an earlier election's result the same way under a heading the
reader does not see (a picture, a table, a heading lost). Read as more of the first list,
the second's lines gave the MP the earlier count and share, and parties that did not stand
this time joined the contest, so every rule that adds the list up cried wolf. A party line
that gives a party another count or share than an earlier line of the seat did starts a
second list: it and the seat's later lines of parties not yet listed are left unread, and
the first list is checked as before. Lines written here in the format seen; the figures
are the record's (Ipswich: 2015, and 2010 from the 1918-2017 file).
"""

from __future__ import annotations

import pytest
from story_files import report_of

from factcheck.extract.reader import read_prose
from factcheck.models import Document

_FIRST = (
    "Ipswich\n\n"
    "Conservative: {con} (44.8%)\n\nLabour: 18061 (37.1%)\n\nUKIP: 5703 (11.7%)\n\n"
    "Green: 1736 (3.6%)\n\nLib Dem: 1400 (2.9%)\n\nMAJORITY: 3733 (7.7%)\n\n"
    "Current MP\nBEN GUMMER (Conservative)\n\n"
)
_EARLIER = "Con: 18371 (39%)\n\nLab: 16292 (35%)\n\nLDem: 8556 (18%)\n\nBNP: 1270 (3%)\n"


def _flagged(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.text or "") for f in report_of(text, "uk-ge-2015").findings]


def _counts(text: str) -> dict[str, str | None]:
    article = read_prose(Document(path="s.txt", text=text), election="uk-ge-2015")
    return {
        c.party or c.name: c.votes.text if c.votes else None
        for contest in article.contests
        for c in contest.candidates
    }


def test_a_second_list_of_the_seat_is_not_added_to_the_first() -> None:
    counts = _counts(_FIRST.format(con="21794") + _EARLIER)
    assert counts["Conservative"] == "21794"  # the first list's, not "18371"
    assert counts["Labour"] == "18061"
    assert "British National Party" not in counts  # a party of the second list only
    assert _flagged(_FIRST.format(con="21794") + _EARLIER) == []


def test_the_first_list_is_read_the_same_without_the_second() -> None:
    alone = _counts(_FIRST.format(con="21794"))
    assert alone == _counts(_FIRST.format(con="21794") + _EARLIER)


@pytest.mark.parametrize("earlier", [False, True])
def test_a_slip_in_the_first_list_is_still_found(earlier: bool) -> None:
    # 21749 for 21794: the record and the list's own shares say so, second list or not.
    text = _FIRST.format(con="21749") + (_EARLIER if earlier else "")
    assert ("reference-mismatch", "21749") in _flagged(text)


def test_a_line_said_again_with_the_same_figures_is_no_second_list() -> None:
    again = "Conservative: 21794 (44.8%)\n\nBNP: 1270 (3%)\n"
    counts = _counts(_FIRST.format(con="21794") + again)
    # Not a second list: a party first named after it is read as before.
    assert counts["British National Party"] == "1270"


def test_a_count_from_prose_does_not_make_the_list_a_second_one() -> None:
    # The count in prose is a slip or a rounding; the list after it is the seat's own.
    text = (
        "Ipswich\n\nIn Ipswich the Conservatives won 21,800 votes.\n\n"
        "Conservative: 21794 (44.8%)\n\nLabour: 18061 (37.1%)\n\nGreen: 1736 (3.6%)\n"
    )
    counts = _counts(text)
    assert counts["Labour"] == "18061"
    assert counts["Green Party"] == "1736"
