"""Headings that date the results lines under them: "2010 Result:", "Past Results", a year
alone on a line, "What was the 2017 Stafford election result?".

A seat's guide often stacks two lists, the last election's and this one's:

    2010 Result:
    Conservative: 7799 (21.6%)
    MAJORITY: 4576 (12.7%)
    2015 Result:
    Jane Smith (Lab) 15,462 40.0

No figure's clause names a year there: the heading does, for every line below it, until the
next heading or until the lines stop being a list's (a line of prose: long, or ending as a
sentence ends). A figure in such a block is that year's, not the story's, and every reading
that refuses a figure dated to another election (:meth:`~factcheck.extract.frame.Frame.
earlier`) refuses it. A heading is the story's own election's when the story says so (its
front matter), or, when it says nothing, when it names no later general election (a guide
to the 2015 election shows the "2010 Result" and the "2015 Result").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from factcheck import compiled_re as re

GENERAL_ELECTIONS = (
    "1945", "1950", "1951", "1955", "1959", "1964", "1966", "1970", "1974", "1979", "1983",
    "1987", "1992", "1997", "2001", "2005", "2010", "2015", "2017", "2019", "2024",
)  # fmt: skip
"""The UK general elections' years since 1945, in order (1974's two are one year)."""
GE_YEARS = frozenset(GENERAL_ELECTIONS)
"""The same years, to test a year against: one that is none of them may be a by-election's."""
GE_ORDER = GENERAL_ELECTIONS[GENERAL_ELECTIONS.index("1997") :]
"""The general elections the reader sets in order, from 1997: a heading's year is the story's
when the story names no later one, and the election before the story's is the one before it
here."""

# "2015 Result:", "2010 general election results", "Past Results", "Previous results",
# "General Election 2019 votes/vote share:"; or a year alone on its line ("2005*" under "Past
# Results"). The line must be a list's line too.
_HEADING_BODY = (
    r"[ \t]*(?:(?:(?:general[ \t]+election[ \t]+)?(?P<year>(?:19|20)\d\d)"
    r"|(?P<past>past|previous|earlier|notional|last))[ \t]+"
    r"(?:general[ \t]+election[ \t]+)?(?:results?|votes(?:[ \t]*/[ \t]*vote[ \t]+share)?)\b"
    r"|(?P<alone>(?:19|20)\d\d)[ \t]*[*:]?[ \t]*(?=\n|$)"
    # A question for a heading: "What was the 2017 Stafford election result?"
    r"|(?:what[ \t]+(?:was|were)[ \t]+)?the[ \t]+(?P<asked>(?:19|20)\d\d)[ \t]+[^\n?]{0,60}?"
    r"election[ \t]+results?[ \t]*\?[ \t]*(?=\n|$))"
)
_HEADING_FIRST = re.compile(_HEADING_BODY, re.IGNORECASE)
# After a line break: a pattern opening on a literal, which the engine skips to (a "^" in
# multi-line mode would be tried at every character of the story).
_HEADING = re.compile(r"\n" + _HEADING_BODY, re.IGNORECASE)
# A notional result is never a count's: it is the last election's votes recast on new
# boundaries, and its label dates the figures after it ("2019 notional:", "2019 Westminster
# notional result on new boundaries:"), on a list line of its own or, where a card's lines
# ran together, in the middle of one ("… Turnout 49,104 (64.51%)2019 notional: C maj …").
_NOTIONAL = re.compile(
    r"(?<![\w,.])(?P<year>(?:19|20)\d\d)[ \t]+(?:westminster[ \t]+|general[ \t]+election[ \t]+)?"
    r"notional\b(?:[ \t]+results?)?(?:[ \t]+on[ \t]+(?:the[ \t]+)?new[ \t]+boundaries)?[ \t]*:",
    re.IGNORECASE,
)
_LINE_MAX = 100
"""A list's line is short: a longer one is prose, and ends the block."""
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*[ \t]*$")


@dataclass(frozen=True, slots=True)
class DatedBlock:
    """The lines a heading governs: from the heading's start to ``end``."""

    start: int
    end: int
    heading: str
    """The heading's words, as written ("2010 Result")."""
    year: str | None
    """The election year the heading names; None for "Past Results" (earlier ones) and for
    a notional result (no election's count)."""
    story: bool
    """Is it the story's own election?"""


class DatedBlocks:
    """A story's dated blocks, found once, and which of them holds a place."""

    __slots__ = ("_starts", "blocks")

    def __init__(self, text: str, story_year: str | None) -> None:
        self.blocks = _dated_blocks(text, story_year)
        """The blocks, in text order."""
        self._starts = [b.start for b in self.blocks]

    def at(self, at: int) -> DatedBlock | None:
        """The dated block holding ``at``, if any (the story's own election's too)."""
        i = bisect.bisect_right(self._starts, at) - 1
        if i < 0 or at >= self.blocks[i].end:
            return None
        return self.blocks[i]


def _dated_blocks(text: str, story_year: str | None) -> list[DatedBlock]:
    """Every block of list lines under a heading that dates it, in text order; and every run
    of a line after a year's label inside it ("… Lab maj 810 (1.65%) 2019 notional: C maj
    22,609 (43.09%) … Lab 11,029 (21.02%)"), as a news agency's results block is run into
    one line: the figures after the label, to the line's end, are that year's."""
    first = _HEADING_FIRST.match(text)
    found = ([first] if first is not None else []) + list(_HEADING.finditer(text))
    # (A question heading ends as a sentence does, but says nothing else.)
    heads = [m for m in found if m.group("asked") or _list_line(text, _start(m))]
    if "otional" in text:  # most stories: no notional result
        heads = sorted([*heads, *_NOTIONAL.finditer(text)], key=_start)
    out: list[DatedBlock] = []
    for i, m in enumerate(heads):
        limit = _start(heads[i + 1]) if i + 1 < len(heads) else len(text)
        if m.re is _NOTIONAL:
            # Never the story's, nor the record of the year it names (that year's seat had
            # other bounds): no year to compare with. Its block is the rest of its line, or
            # the list below it.
            line_end = text.find("\n", m.end(), limit)
            inline = text[m.end() : line_end if line_end >= 0 else limit].strip()
            end = (
                (line_end if line_end >= 0 else limit)
                if inline
                else _block_end(text, m.end(), limit)
            )
            out.append(DatedBlock(m.start(), end, m.group(0).strip(), None, False))
            continue
        end = _block_end(text, m.end(), limit)
        year = m.group("year") or m.group("alone") or m.group("asked")
        story = _is_story_year(year, story_year, text)
        out.append(DatedBlock(_start(m), end, m.group(0).strip(), year, story))
    return out


def _start(m: re.Match[str]) -> int:
    """Where a heading's line starts (after the line break the pattern opens on)."""
    return m.start() + 1 if m.group(0).startswith("\n") else m.start()


def _list_line(text: str, at: int) -> bool:
    """Is the line holding ``at`` a list's line: short, and not ending as a sentence does?"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    return len(line) <= _LINE_MAX and not _SENTENCE_END.search(line)


def _block_end(text: str, at: int, limit: int) -> int:
    """Where the block whose heading ends at ``at`` stops: at the first line of prose, or at
    ``limit`` (the next heading)."""
    line_end = text.find("\n", at, limit)
    while line_end >= 0:
        start = line_end + 1
        nxt = text.find("\n", start, limit)
        stop = limit if nxt < 0 else nxt
        line = text[start:stop].strip()
        if line and (len(line) > _LINE_MAX or _SENTENCE_END.search(line)):
            return start
        line_end = nxt
    return limit


def _is_story_year(year: str | None, story_year: str | None, text: str) -> bool:
    """Is a heading's ``year`` the story's own election? Front matter's year decides; with
    none, a general election's year is the story's when the story names no later one."""
    if year is None:
        return False
    if story_year is not None:
        return year == story_year
    if year not in GE_ORDER:
        return False
    return not any(later in text for later in GE_ORDER[GE_ORDER.index(year) + 1 :])
