"""A results card's turnout block (issue 8, eleventh session): the fields a card gives after
the seat's registered voters, with the heading "Turnout" lost in copying,

    • CON majority: 22,967
    • Registered voters: 76,343
    • % share:
        65.5%
    • Change since 2017: -2.0

(the layout of the BBC's results cards, which other outlets copy: the fields on one line or
each value on a line of its own). The "% share" between "Registered voters" and "Change
since" is the share of them who voted, the turnout: the block's three fields say so as a
"Turnout:" label would. "Change since 2017" is the turnout's change since that election,
read as points by the cards' convention, not by a word: its "what" tie is loose (a finding
on it is at most a warning). Only a card whose seat is tied explicitly is read: a page that
lost its seat's heading may be placed by a seat named later, another race's.
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.frame import Around, Frame
from factcheck.extract.numbers import NumberKind
from factcheck.models import ChangeClaim, Direction, Quantity, Unit

# The card's fields up to a value, each on its line (a bullet allowed before a label, the
# value on the label's line or the next): "Registered voters: 76,343", then "% share:".
_VOTERS = r"(?:[•*·▪][ \t]*)?Registered\s+voters:[ \t]*\n?[ \t]*[\d,]+[ \t]*\n\s*"
_SHARE_LABEL = r"(?:[•*·▪][ \t]*)?%[ \t]*share:[ \t]*"
_TURNOUT_AT = re.compile(rf"{_VOTERS}{_SHARE_LABEL}\n?[ \t]*$")
_CHANGE_AT = re.compile(
    rf"{_VOTERS}{_SHARE_LABEL}(?:\n?[ \t]*\d{{1,2}}(?:\.\d{{1,2}})?%[ \t]*)?\n\s*"
    r"(?:[•*·▪][ \t]*)?Change\s+since\s+(?P<year>(?:19|20)\d\d):[ \t]*\n?[ \t]*$"
)
# The block's last field, right after the turnout: "Change since 2017:".
_CHANGE_NEXT = re.compile(r"[ \t]*\n\s*(?:[•*·▪][ \t]*)?Change\s+since\s+(?:19|20)\d\d:")
_REACH = 160
"""How far before a value its card's fields may start."""
_SIGNS = "+-−"
CARD_TURNOUT_CUES = ("share:", "change since")
"""Substrings one of which a sentence needs for :func:`read_card_turnout` to read it."""


def read_card_turnout(f: Frame, a: Around) -> bool:
    """The turnout ("% share: 65.5%") or its change in points ("Change since 2017: -2.0")
    in a results card's block under "Registered voters", for the card's seat."""
    m = a.m
    if m.hedge != "exact" or not f.holds(CARD_TURNOUT_CUES):
        return False
    text = f.state.text
    lo = max(0, m.start - _REACH)
    signed = m.number_text[:1] in _SIGNS
    if m.kind is NumberKind.PERCENT and not signed:
        if _TURNOUT_AT.search(text, lo, m.start) is None or not _CHANGE_NEXT.match(text, m.end):
            return False
        seat, tie = f.seat_near(m.start)
        if seat is None or not tie[1]:
            return False
        figs = f.state.contest_figures(seat)
        if figs.turnout is None:
            # The block's three fields around it say what it is, as a "Turnout:" label
            # would: an explicit tie.
            figs.turnout = f.figure(
                m,
                Unit.PERCENT,
                "the “% share” of a card's turnout block, between “Registered voters” and "
                "“Change since”",
                contest_level=True,
                seat=tie,
            )
        return True
    if not signed or m.kind not in (NumberKind.COUNT, NumberKind.PERCENT, NumberKind.POINTS):
        return False
    block = _CHANGE_AT.search(text, lo, m.start)
    if block is None:
        return False
    seat, tie = f.seat_near(m.start)
    if seat is None or not tie[1]:
        return False
    amount = f.figure(
        m,
        Unit.POINTS,
        "a card's “Change since” under its turnout: the turnout's change, in points as cards "
        "write it",
        what_loose=True,
        contest_level=True,
        seat=tie,
    )
    amount = amount.model_copy(update={"value": abs(m.value), "text": m.number_text[1:]})
    f.state.claims.append(
        ChangeClaim(
            quantity=Quantity.TURNOUT,
            contest=seat,
            direction=Direction.UP if m.number_text[:1] == "+" else Direction.DOWN,
            amount=amount,
            since=block.group("year"),
            span=m.span,
            quoted=amount.quoted,
        )
    )
    return True
