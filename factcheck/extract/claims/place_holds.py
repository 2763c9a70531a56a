"""A party's seats in a place, held by count (issue 8, twelfth session): "The SNP have held
both Dundee constituencies", "Labour has held both its seats in Newport", "Labour held all
three of its seats in Newcastle".

Counted across the unseen batches dev3 to dev7: three stories from three outlets (seven
claims) where the place is a word of the seats' names; more say a count with a place that
is not ("all three seats across the south of Scotland", "the borough's two seats"), which no
seat's name can resolve, and are not read.

The words name no seat, only a count and a place: the seats are the ones the story names
whose official names hold the place ("Dundee East", "Dundee West"), read only when there are
exactly as many as the count. Each is a hold by the party named before the verb (tied
tightly); the seat is inferred from the count and the place, so it is tied loosely (a
finding on it is at most a warning).

Not read: a count with no place, a place matching more or fewer seats named than the count,
"all their seats" (no count to check), "had held" (an earlier time), and any hope or
negation (:func:`~factcheck.extract.claims.outcomes.emit_outcome` judges the sentence).
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.outcomes import emit_outcome
from factcheck.extract.frame import Frame
from factcheck.models import Span

PLACE_HOLD_CUES = ("both", "all ", "its ", "their ")
"""Substrings one of which a sentence needs for :func:`read_place_holds` to read it (with an
outcome word, which the reader tests first)."""

_COUNTS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_NUM = r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])"
_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
# After the party: the verb and the counted seats, "have held both Dundee constituencies",
# "has held both its seats in Newport", "held all three of its seats in Newcastle".
_HELD_COUNTED = re.compile(
    r"(?:\s+(?:has|have|now|also|again|comfortably|easily))*"
    r"\s+(?P<verb>held|retained|kept|holds|retains|keeps)\s+(?:on\s*to\s+|onto\s+)?"
    rf"(?:(?P<both>both)(?:\s+of)?(?:\s+(?:its|their))?|all\s+(?P<all>{_NUM})(?:\s+of)?"
    rf"(?:\s+(?:its|their|the))?|(?:its|their)\s+(?P<own>{_NUM}))\s+"
    rf"(?:(?P<before>{_PLACE})\s+)?(?:(?:Westminster|Parliamentary|parliamentary)\s+)?"
    r"(?:seats|constituencies)\b"
    rf"(?:\s+(?:in|across)\s+(?:the\s+)?(?P<after>{_PLACE}))?"
)


def _count(m: re.Match[str]) -> int:
    if m.group("both"):
        return 2
    said = m.group("all") or m.group("own")
    return _COUNTS.get(said.lower()) or int(said)


def read_place_holds(f: Frame) -> None:
    """Holds of a party's counted seats in a place, the seats the story names there."""
    state = f.state
    text, end = state.text, f.sent.span.end
    for p in f.parties:
        m = _HELD_COUNTED.match(text, p.span.end, end)
        if m is None:
            continue
        place = m.group("before") or m.group("after")
        if place is None or (m.group("before") and m.group("after")):
            continue
        word = re.compile(rf"(?<![\w'’-]){re.escape(place)}(?![\w'’-])")
        seats = sorted(name for name in state.seat_first_named if word.search(name))
        count = _count(m)
        if len(seats) != count:
            continue  # the place names more or fewer seats than the count: which is unsure
        name = p.party.name
        for seat in seats:
            emit_outcome(
                f,
                party=name,
                party_tie=f"{name}, named before the verb",
                party_tight=True,
                verb="hold",
                from_party=None,
                seat=seat,
                seat_tie=(
                    f"{seat}, one of the {count} seats the story names in {place}",
                    False,
                    "carried",
                ),
                span=Span(start=p.span.start, end=m.end()),
                what=f"“{m.group('verb')}” a count of seats: a hold of each",
            )
