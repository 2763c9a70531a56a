"""Seat tallies: "Labour won 29", "the Conservatives lost 12", "set to gain 29 seats"."""

from __future__ import annotations

from typing import Literal

from factcheck import compiled_re as re
from factcheck.extract.frame import Around, Frame
from factcheck.extract.numbers import NumberKind
from factcheck.extract.text import cue_words
from factcheck.extract.vocabulary import VOTES_AFTER
from factcheck.models import Quantity, SeatClaim, Span, Unit

SeatVerb = Literal["won", "gained", "lost", "held", "net"]
_SEAT_VERBS: dict[str, SeatVerb] = {
    "won": "won",
    "win": "won",
    "wins": "won",
    "winning": "won",
    "took": "won",
    "gained": "gained",
    "gain": "gained",
    "gains": "gained",
    "gaining": "gained",
    "lost": "lost",
    "lose": "lost",
    "losing": "lost",
    "loses": "lost",
    "held": "held",
    "holding": "held",
    "hold": "held",
}
_SEAT_BEFORE = re.compile(
    r"\b(?P<verb>won|win|wins|winning|took|gained|gain|gains|gaining|lost|lose|loses|losing"
    r"|held|holding|hold)\s+(?:a\s+net\s+|another\s+|a\s+further\s+)?$",
    re.IGNORECASE,
)
SEAT_CUES = cue_words(
    "won win wins winning took gained gain gains gaining lost lose loses losing held holding hold"
)
"""The words :data:`_SEAT_BEFORE` needs one of: the reader offers a count only where one is."""
_NOT_SEATS_AFTER = re.compile(r"^\s+(?:votes?|per\s*cent|percent|pc|%|points?)\b", re.IGNORECASE)
_SEATS_AFTER = re.compile(r"^\s+(?:seats?|councillors|MPs)\b")


def read_seat_tally(f: Frame, a: Around) -> bool:
    """A party's count of seats, right after a verb of winning or losing."""
    m = a.m
    if m.kind is not NumberKind.COUNT or m.hedge != "exact":
        return False
    sm = _SEAT_BEFORE.search(a.before) if f.says(SEAT_CUES) else None
    if sm is None:
        return False
    party = f.party_before(m.start)
    if (
        party is None
        or _NOT_SEATS_AFTER.match(a.after)
        or not (_SEATS_AFTER.match(a.after) or not VOTES_AFTER.match(a.after))
        # "Sinn Fein took 7,143 to finish fourth": a count in the thousands with no "seats"
        # after it is votes; no house the tallies are of has a thousand seats.
        or (m.value >= 1000 and not _SEATS_AFTER.match(a.after))
        or any(p.span.start > party.span.end and p.span.end <= m.start for p in f.people)
    ):
        return False
    state = f.state
    state.claims.append(
        SeatClaim(
            quantity=Quantity.SEATS,
            party=party.party.name,
            verb=_SEAT_VERBS[sm.group("verb").lower()],
            seats=f.figure(m, Unit.SEATS, "a verb of winning after a party", contest_level=True),
            span=Span(start=party.span.start, end=m.end),
            quoted=state.quoted(m.span),
            contest=None,
        )
    )
    return True
