"""Lists across seats: one contest figure named once, then given for several seats.

"The new majorities in three of these seats are more than 20 points: Dudley North (31.3 per
cent), Bassetlaw (27.6 per cent) and Great Grimsby (22.2 per cent)", "Turnout was highest in
Ilford North at 66.1 per cent, Ilford South at 58.9 per cent and Leyton and Wanstead at 61.2
per cent", "turnout was 66.1 per cent in Ilford North and 58.9 per cent in Ilford South",
"Turnout in Ilford North and Ilford South was 66.1 and 58.9 per cent respectively".

Each item ties its figure to the seat written right beside it (an explicit seat), and the
quantity ("majority", "turnout") is the one named before the list. Without this reading the
first figure would take the sentence's seat (none, with several named, so one carried from
before) and the others would be left unread. Only a contest's own figures are read here: a
turnout, a majority in votes, a majority in points. A list whose words speak of a change
("turnout fell in …"), of another election ("in 2017", "defending majorities") or of shares
is left to the other readings.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck import compiled_re as re
from factcheck.extract.claims.rounding import as_rounded
from factcheck.extract.entities import ContestMention
from factcheck.extract.frame import CUE_WINDOW, Frame, SeatTie
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.extract.vocabulary import DIGITS, DIRECTION_WORD, other_time
from factcheck.models import Unit

# Between a seat and its figure in an item: "Dudley North (31.3 per cent)", "Ilford North at
# 66.1 per cent", "Ilford North on 66.1%", "Ilford North: 66.1%", "Telford Constituency –
# 65.83 per cent" (a line of a list under "Turnout:").
_SEAT_FIRST_GAP = re.compile(
    r"(?:[^\S\n]+(?i:constituency))?"
    r"(?:[^\S\n]*\([^\S\n]*|[^\S\n]+(?:at|on)[^\S\n]+|[^\S\n]*[:–—][^\S\n]*)"
)
# After an item's figure: the bracket closing a "(" item; the end of an item otherwise.
_CLOSE = re.compile(r"[^\S\n]*\)")
_ITEM_END = re.compile(r"[^\S\n]*(?:[,;.\n]|and\b|$)")
# Between a figure and its seat when the figure comes first: "66.1 per cent in Ilford North".
_FIGURE_FIRST_GAP = re.compile(r"[^\S\n]+in[^\S\n]+")
# Between one item and the next: ", ", "; ", " and ", ", and ", a line break (one item a line).
_BETWEEN = re.compile(r"[^\S\n]*(?:[,;][^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+|\n)[^\S\n]*")
# "Turnout in Ilford North and Ilford South was 66.1 and 58.9 per cent respectively".
_RESPECTIVELY = re.compile(r"[^\S\n]*,?[^\S\n]*respectively\b", re.IGNORECASE)
# The quantity the list gives, named before it (the last such noun before its first item).
_QUANTITY = re.compile(
    r"\b(?:(?P<majority>majority|majorities)|(?P<turnout>turnouts?)"
    r"|(?P<other>shares?|votes?|swings?|lead|leads|support|electorates?|margins?|gains?|losses))\b",
    re.IGNORECASE,
)
# Words before the list that make its figures another election's: "defending majorities".
_BEFORE_POLL = re.compile(
    r"\b(?:defend\w*|overturn\w*|overc[ao]me|previous|former|old|notional|inherit\w*)\b",
    re.IGNORECASE,
)
_CHANGE_WORDS = re.compile(r"\b(?:change[sd]?|swing|since|compared)\b", re.IGNORECASE)
_MIN_ITEMS = 2
_MEASURES = frozenset({NumberKind.PERCENT, NumberKind.POINTS, NumberKind.COUNT})


@dataclass(frozen=True, slots=True)
class _Item:
    seat: ContestMention
    k: int
    """The figure's index in the frame's numbers."""


def read_seat_lists(f: Frame) -> None:
    """Read every list across seats in the sentence (see the module's docstring)."""
    if len(f.numbers) < _MIN_ITEMS or ("majorit" not in f.low and "turnout" not in f.low):
        return  # the substring tests first: every list read here names one of them
    if len(f.contests) < _MIN_ITEMS and "respectively" not in f.low:
        return
    k = 0
    while k < len(f.numbers):
        items = _seat_first(f, k) or _figure_first(f, k)
        if len(items) >= _MIN_ITEMS:
            _read(f, items, respectively=False)
            k = items[-1].k + 1
            continue
        items, run_end = _respectively(f, k)
        if len(items) >= _MIN_ITEMS:
            _read(f, items, respectively=True)
        # No figure inside a run of figures with nothing but ", " or " and " between them
        # but its last can open a list: each is tried once, so a long run costs its length.
        k = max(k + 1, run_end)


def _contest_ending_at(f: Frame, end: int, gap: re.Pattern[str]) -> ContestMention | None:
    """The seat named right before ``end``, with only ``gap`` between them."""
    i = f.count_before(f.contests, end)
    if not i:
        return None
    c = f.contests[i - 1]
    return c if gap.fullmatch(f.state.text, c.span.end, end) else None


def _measure(m: NumberMention) -> bool:
    return m.hedge == "exact" and m.kind in _MEASURES


def _seat_first(f: Frame, k: int) -> list[_Item]:
    """ "Dudley North (31.3 per cent), Bassetlaw (27.6 per cent) and …" from the ``k``-th
    number on."""
    text = f.state.text
    items: list[_Item] = []
    while k < len(f.numbers):
        m = f.numbers[k]
        if k in f.used or not _measure(m):
            break
        seat = _contest_ending_at(f, m.start, _SEAT_FIRST_GAP)
        if seat is None:
            break
        if items and not _BETWEEN.fullmatch(text, _item_end(f, items[-1]), seat.span.start):
            break
        bracket = "(" in text[seat.span.end : m.start]
        end = _CLOSE if bracket else _ITEM_END
        if not end.match(text, m.end, f.sent.span.end):
            break
        items.append(_Item(seat, k))
        k += 1
    return items


def _item_end(f: Frame, item: _Item) -> int:
    """Where an item ends: after its figure, and the bracket closing it."""
    m = f.numbers[item.k]
    close = _CLOSE.match(f.state.text, m.end, f.sent.span.end)
    return close.end() if close is not None and item.seat.span.end < m.start else m.end


def _figure_first(f: Frame, k: int) -> list[_Item]:
    """ "66.1 per cent in Ilford North and 58.9 per cent in Ilford South"."""
    text = f.state.text
    items: list[_Item] = []
    prev_end: int | None = None
    while k < len(f.numbers):
        m = f.numbers[k]
        if k in f.used or not _measure(m):
            break
        if prev_end is not None and not _BETWEEN.fullmatch(text, prev_end, m.start):
            break
        i = f.count_before(f.contests, m.end)
        if i >= len(f.contests):
            break
        seat = f.contests[i]
        if not _FIGURE_FIRST_GAP.fullmatch(text, m.end, seat.span.start):
            break
        if not _ITEM_END.match(text, seat.span.end, f.sent.span.end):
            break
        items.append(_Item(seat, k))
        prev_end = seat.span.end
        k += 1
    return items


def _respectively(f: Frame, k: int) -> tuple[list[_Item], int]:
    """ "Ilford North and Ilford South … 66.1 and 58.9 per cent respectively": as many seats,
    in a run, as figures in a run ending in "respectively", taken in order; with the index of
    the run's last figure. A run whose seats the sentence does not name in a run of their own
    ("the turnout for the two constituencies were 77.6% and 75.7%, respectively") is taken,
    and left unread: given to the one seat the sentence has, it would be misread."""
    text = f.state.text
    run = [k]
    while run[-1] + 1 < len(f.numbers) and _BETWEEN.fullmatch(
        text, f.numbers[run[-1]].end, f.numbers[run[-1] + 1].start
    ):
        run.append(run[-1] + 1)
    last = f.numbers[run[-1]]
    if len(run) < _MIN_ITEMS or not (
        _RESPECTIVELY.match(text, last.end, f.sent.span.end)
        or f.low.lstrip().startswith("respectively")
    ):
        return [], run[-1]
    if any(j in f.used or not _measure(f.numbers[j]) for j in run):
        return [], run[-1]
    first = f.numbers[run[0]]
    i = f.count_before(f.contests, first.start)
    seats = [f.contests[i - 1]] if i else []
    while len(seats) < len(run) and i - len(seats) > 0:
        before = f.contests[i - len(seats) - 1]
        if not _BETWEEN.fullmatch(text, before.span.end, seats[0].span.start):
            break
        seats.insert(0, before)
    if len(seats) != len(run):
        cue = _cue(f, first.start)
        if cue is not None and not cue.group("other"):
            f.used.update(run)
        return [], run[-1]
    return [_Item(seat, j) for seat, j in zip(seats, run, strict=True)], run[-1]


def _cue(f: Frame, first: int) -> re.Match[str] | None:
    """The quantity named last before ``first`` (a list's start) in its sentence."""
    cue = None
    lead = max(f.sent.span.start, first - CUE_WINDOW)
    for q in _QUANTITY.finditer(f.state.text, lead, first):
        cue = q
    return cue


def _unit_kind(f: Frame, items: list[_Item], item: _Item) -> NumberKind:
    """An item's kind of number; a bare decimal takes the list's unit, written once: "Ilford
    South at 58.9 and Leyton at 61.2 per cent", "66.1 and 58.9 per cent respectively"."""
    m = f.numbers[item.k]
    if m.kind is NumberKind.COUNT and "." in m.number_text:
        for other in items:
            kind = f.numbers[other.k].kind
            if kind in (NumberKind.PERCENT, NumberKind.POINTS):
                return kind
    return m.kind


def _read(f: Frame, items: list[_Item], *, respectively: bool) -> None:
    """Attach each item's figure to its seat, as the quantity named before the list (before
    its figures, when the seats come first: "Sheffield Central and Leeds Central had the
    highest majorities, of 27,748 and 23,698 respectively"); or, when the list is not one of
    a contest's figures, leave it to the other readings."""
    text = f.state.text
    if respectively:
        first = f.numbers[items[0].k].start
    else:
        first = min(min(i.seat.span.start, f.numbers[i.k].start) for i in items)
    lead = max(f.sent.span.start, first - CUE_WINDOW)
    cue = _cue(f, first)
    if cue is None or cue.group("other"):
        return
    words = text[cue.start() : first]
    story_year = f.state.story_year
    last = max(f.numbers[i.k].end for i in items)
    if DIRECTION_WORD.search(words) or _CHANGE_WORDS.search(words):
        if all(i.seat.span.end <= f.numbers[i.k].start for i in items) and not respectively:
            # "Turnout fell most in Ilford North (5.1 per cent) and Ilford South (4.2 per
            # cent)": changes, which no reading ties to their seats; read as levels they
            # would be misread.
            f.used.update(i.k for i in items)
        return  # "turnout fell 5.1 per cent in A and …": the change readings' to read
    if _BEFORE_POLL.search(text, lead, first) or other_time(text, lead, last, story_year):
        return
    units = {_unit_kind(f, items, i) for i in items}
    if cue.group("turnout"):
        kind = "turnout"
        if units - {NumberKind.PERCENT}:
            return
    elif units <= {NumberKind.PERCENT, NumberKind.POINTS}:
        kind = "majority_share"
    elif units == {NumberKind.COUNT} and all(
        DIGITS.fullmatch(f.numbers[i.k].number_text) for i in items
    ):
        kind = "majority"
    else:
        return
    if len({i.seat.name for i in items}) != len(items):
        return  # one seat twice: not a list across seats
    what = f"“{cue.group(0)}” before a list of seats, each with its figure"
    for item in items:
        m = f.numbers[item.k]
        f.used.add(item.k)
        tie: SeatTie = (f"{item.seat.name}, named beside it in a list of seats", True, "layout")
        figs = f.state.contest_figures(item.seat.name)
        if kind == "turnout" and figs.turnout is None:
            figs.turnout = f.figure(m, Unit.PERCENT, what, contest_level=True, seat=tie)
        elif kind == "majority_share" and figs.majority_share is None:
            figs.majority_share = f.figure(m, Unit.POINTS, what, contest_level=True, seat=tie)
        elif kind == "majority" and figs.majority is None:
            figs.majority = as_rounded(f.figure(m, Unit.VOTES, what, contest_level=True, seat=tie))
