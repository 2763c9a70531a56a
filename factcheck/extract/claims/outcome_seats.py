"""The seats an outcome in words is said of: those listed after its words ("gained Ipswich,
Lowestoft and Norwich North"), those listed before them as the clause's subject ("Fareham and
Rushcliffe are Tory holds"), the one on the outcome's own line of a list, or, where the
sentence names none, its only seat or the story's own."""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.entities import ContestMention
from factcheck.extract.frame import Frame, SeatTie

# Seats in a list: "Canterbury and Ealing Southall", "Solihull, Aldershot, Rugby and Hampshire
# North East".
# An aside may follow each: "Nottingham South (University of Nottingham), Bristol West …".
_LIST_JOIN = re.compile(r"(?:\s*\([^()]{0,60}\))?(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)")


def seats_from(f: Frame, at: int) -> list[ContestMention]:
    """The seats named from ``at`` on: one, or a list joined by commas and "and". An item
    between two seats named like a seat the reader does not know ("A, Chester, B": the
    record's "City of Chester"; a misspelt "Plymouth Moorview") is passed over, and the list
    runs on (thirteenth session)."""
    text, end = f.state.text, f.sent.span.end
    out: list[ContestMention] = []
    c = f.contest_at(at)
    while c is not None:
        out.append(c)
        join = _LIST_JOIN.match(text, c.span.end, end)
        c = f.contest_at(join.end()) if join is not None else None
        for skip in _SKIPPED_ITEMS if c is None else ():
            item = skip.match(text, out[-1].span.end, end)
            if item is None:
                continue
            after = f.contest_at(item.end())
            if after is not None and _unknown_item(f, out[-1].span.end, item.end(), many=True):
                c = after
                break
    return out


def seats_on_line(f: Frame, at: int) -> list[ContestMention]:
    """:func:`seats_from`, when the first seat is on the line ``at`` stands on. A list's
    lines are one sentence to the splitter, so the seat on the next line ("Ipswich: LABOUR
    GAIN" over "Lowestoft: LABOUR GAIN") is the next item's, not the outcome's (fourteenth
    session: ITV's results snapshot, every outcome read as the next seat's)."""
    seats = seats_from(f, at)
    if seats and "\n" in f.state.text[at : seats[0].span.start]:
        return []
    return seats


# Before a list of seats that is the subject: the clause's start, a bullet, a linking word;
# or anything but a list's joiner, which says the list holds words not read as seats.
_UNREAD_ITEM = re.compile(r"(?:,|\band|&)\s*$", re.IGNORECASE)


_LIST_LEAD = re.compile(
    r"[\s•*·,–—-]*(?:(?:and|also|then|meanwhile|elsewhere|but)\b[\s,]*)*", re.IGNORECASE
)


def seats_before(f: Frame, at: int) -> list[ContestMention]:
    """The seats listed right before ``at`` as the subject of their clause: "Fareham and
    Rushcliffe [are Tory holds]". Empty unless the list opens its clause."""
    text = f.state.text
    i = f.count_before(f.contests, at)
    out: list[ContestMention] = []
    stop = at
    while i > 0:
        c = f.contests[i - 1]
        gap = text[c.span.end : stop]
        if (out and not _LIST_JOIN.fullmatch(gap) and not _unknown_item(f, c.span.end, stop)) or (
            not out and gap.strip()
        ):
            break
        out.append(c)
        stop = c.span.start
        i -= 1
    if not out:
        return []
    lead = f.clause_start(stop)
    first = _LEADING_ITEMS.search(text, lead, stop)
    if first is not None and _unknown_item(f, first.start(), stop, leading=True):
        stop = first.start()  # "Carmarthen West, Monmouth and …": a name the reader lacks
    if not _LIST_LEAD.fullmatch(text, lead, stop) and _UNREAD_ITEM.search(
        text, max(lead, stop - 8), stop
    ):
        return []  # "…, the Vale and Aberconwy": a list whose items are not all seats'
    out.reverse()
    return out


# A list's item the reader does not know as a seat, but named like one ("Monmouth, Carmarthen
# West and Aberconwy remained blue"): capitalised words, no person's or party's name.
_ITEM = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|&))*?"


_MIDDLE_ITEM = re.compile(rf"\s*,\s*{_ITEM}(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)")


# One or two such items between two seats of a list after its verb.
_SKIPPED_ITEMS = tuple(
    re.compile(rf"(?:\s*,\s*{_ITEM}){{{n}}}(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)")
    for n in (1, 2)
)


_LEADING_ITEMS = re.compile(rf"(?:(?<=\s)|^){_ITEM}(?:\s*,\s*(?:and\s+)?{_ITEM})*\s*,\s*$")


def _unknown_item(
    f: Frame, start: int, end: int, leading: bool = False, *, many: bool = False
) -> bool:
    """Is ``text[start:end]`` one or more list items named like seats the reader does not
    know, with their joiners (``many``: one or two items, as :data:`_SKIPPED_ITEMS` match)?"""
    patterns = _SKIPPED_ITEMS if many else (_LEADING_ITEMS if leading else _MIDDLE_ITEM,)
    if not any(p.fullmatch(f.state.text, start, end) for p in patterns):
        return False
    spans = [m.span for m in f.people] + [p.span for p in f.parties]
    return not any(start < s.end and s.start < end for s in spans)


def story_seat(f: Frame) -> tuple[str | None, SeatTie]:
    """The seat an outcome naming none belongs to: the sentence's only one, else the story's
    own seat. A seat carried from an earlier entry of a live blog is no tie at all: such an
    outcome is left without a seat rather than bound to the wrong one."""
    if len(f.contests) == 1:
        name = f.contests[0].name
        return name, (f"{name}, named in the sentence", True, "in the sentence")
    seat = f.contest
    if not f.contests and seat is not None:
        tie = f.carried_tie()
        if tie is not None:
            return seat, tie
        # The figures' explicit ties across a paragraph break: a seat's heading or the
        # paragraph before that "the seat" refers to, or the seat everyone the paragraph
        # names was named with ("… in Foyle, where … ¶ Mr Eastwood won back the seat").
        # (Within a paragraph its lines are a live blog's entries: no tie.)
        at = f.carried_from
        tie = f.seat_tie(None)
        if tie[1] and (at is None or "\n\n" in f.state.text[at : f.sent.span.start]):
            return seat, tie
    return None, ("no seat named with it, and the story names several", False, "none")


def line_seat(f: Frame, at: int) -> ContestMention | None:
    """The one seat named on the line ``at`` stands on, when the sentence runs over several
    lines (lines with no full stop are one sentence to the splitter)."""
    text, sent = f.state.text, f.sent
    if "\n" not in sent.text:
        return None
    lo = text.rfind("\n", sent.span.start, at) + 1 or sent.span.start
    hi = text.find("\n", at, sent.span.end)
    hi = sent.span.end if hi < 0 else hi
    on = [c for c in f.contests if lo <= c.span.start and c.span.end <= hi]
    return on[0] if len(on) == 1 else None
