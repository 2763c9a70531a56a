"""Results cards by party code: a seat's heading, then a line per party giving its share and
its change since the last election,

    Swindon South:
    LAB: 48.4% (+8.2)
    CON: 26.9% (-24.7)
    RFM: 13.8% (New)

(the cards election-night accounts post, quoted in blogs), a run of codes and shares on one
line, "The results in full: LAB 55.1% UKIP 21.5% CON 18.5% GRN 2.8% LIB 2.1%", and the first
two on a line of their own under a seat's heading, "LAB 50.6% – CON 42.2%".

The codes are the party's abbreviation in the pack, written in capitals ("LAB", "CON",
"SNP", "DUP"), or one of the few codes such cards use besides (:data:`CARD_CODES`). They are
read only in these shapes: in prose "CON" or "ALL" is no party. A line's share is the
party's candidate's in the seat (found as a party's figure in prose is,
:func:`~.party_subjects.party_candidate`), and its signed bracket the change of that share,
in points as cards write it (a convention, so loosely read: :func:`.change_column`).
Independents are left alone: a code cannot say which of several stood.

A card's seat is the heading directly over it: the seat named last before the line, with
nothing but a colon and the card's earlier lines between them (an explicit tie). A run on one
line takes the sentence's seat, when that is tied explicitly.
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.party_subjects import party_candidate
from factcheck.extract.claims.results_lists import change_column
from factcheck.extract.entities import Party, PartyMention, contest_matcher
from factcheck.extract.frame import Candidate, Frame, SeatTie
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.models import Unit, span_of
from factcheck.packs import Pack

CARD_CODES: dict[str, str] = {
    "LDM": "LD",
    "LDEM": "LD",
    "LIB": "LD",
    "GRN": "Green",
    "GRE": "Green",
    "RFM": "RUK",
    "REF": "RUK",
    "PLC": "PC",
    "BXP": "BRX",
    "ALL": "APNI",
}
"""Codes results cards use besides the pack's abbreviations, by the abbreviation they stand
for: "LDM" and "LIB" for the Liberal Democrats, "GRN" for the Greens, "RFM" for Reform UK."""

_SHARE = r"(?:100|\d{1,2}(?:\.\d{1,2})?)%"
# "LAB: 48.4% (+8.2)", "RFM: 13.8% (New)": a code, a colon, a share and its change.
_CARD_ENTRY = re.compile(
    rf"\b([A-Z]{{2,4}}):[ \t]*({_SHARE})[ \t]*\([ \t]*(?:([+\-−]?\d{{1,2}}(?:\.\d{{1,2}})?)"
    r"|New)[ \t]*\)"
)
# Between a card's heading and one of its lines: a colon, the card's earlier lines, and the
# emoji before each code (or the "?" a copy that lost them shows).
_CARD_GAP = re.compile(rf"[ \t]*:?(?:\W*\b[A-Z]{{2,4}}:[ \t]*{_SHARE}[ \t]*\([^()\n]{{1,8}}\))*\W*")
# "LAB 55.1% UKIP 21.5% CON 18.5%": three or more codes with their shares, nothing between.
_RUN = re.compile(rf"\b(?:[A-Z]{{2,4}}[ \t]+{_SHARE}[ \t]+){{2,}}[A-Z]{{2,4}}[ \t]+{_SHARE}")
_RUN_ENTRY = re.compile(rf"([A-Z]{{2,4}})[ \t]+({_SHARE})")
# "LAB 50.6% – CON 42.2%" on a line of its own: the first two, a dash between.
_PAIR = re.compile(
    rf"^[ \t]*[A-Z]{{2,4}}[ \t]+{_SHARE}[ \t]+[–—-][ \t]+[A-Z]{{2,4}}[ \t]+{_SHARE}[ \t]*$",
    re.MULTILINE,
)


def read_party_cards(f: Frame) -> None:
    """Read the sentence's party-code card lines and runs, if it has any."""
    text, sent = f.state.text, f.sent
    if "%" not in sent.text:
        return
    at = {n.start: k for k, n in enumerate(f.numbers)}
    for m in _CARD_ENTRY.finditer(text, sent.span.start, sent.span.end):
        seat = _heading(f, m.start())
        if seat is None:
            continue
        entry = _entry(f, at, m, seat)
        if entry is None:
            continue
        cand, n = entry
        what = "a results card's line giving a party's code and share"
        seat_tie: SeatTie = (f"{seat}, the card's heading", True, "layout")
        tie = _subject_tie(cand, m.group(1))
        cand.share = f.figure(n, Unit.PERCENT, what, seat=seat_tie, subject_tie=tie)
        change = _number(f, at, m.start(3)) if m.group(3) else None
        if change is not None:
            f.used.add(change[0])
            if change[1].number_text.startswith(("+", "-", "−")):
                change_column(
                    f,
                    change[1],
                    cand,
                    person=None,
                    seat=seat,
                    seat_tie=seat_tie,
                    what=what,
                    subject_tie=tie,
                )
    for run in _RUN.finditer(text, sent.span.start, sent.span.end):
        _read_run(f, at, run)
    for pair in _PAIR.finditer(text, sent.span.start, sent.span.end):
        _read_run(f, at, pair)


def _read_run(f: Frame, at: dict[int, int], run: re.Match[str]) -> None:
    seat, tie = f.contest, f.seat_tie(None)
    if seat is None or not tie[1] or len(f.contests) > 1:
        return
    for m in _RUN_ENTRY.finditer(f.state.text, run.start(), run.end()):
        entry = _entry(f, at, m, seat)
        if entry is None:
            continue
        cand, n = entry
        cand.share = f.figure(
            n,
            Unit.PERCENT,
            "a run of party codes and shares",
            seat=tie,
            subject_tie=_subject_tie(cand, m.group(1)),
        )


def _entry(
    f: Frame, at: dict[int, int], m: re.Match[str], seat: str
) -> tuple[Candidate, NumberMention] | None:
    """A code-and-share entry's candidate and share, the share spent; None when the code names
    no candidate, the share is not free to read, or the candidate already has a share."""
    cand = _candidate(f, m.group(1), m.start(1), m.end(1), seat)
    share = _number(f, at, m.start(2))
    if cand is None or share is None or cand.share is not None:
        return None
    f.used.add(share[0])
    return cand, share[1]


def _number(f: Frame, at: dict[int, int], start: int) -> tuple[int, NumberMention] | None:
    k = at.get(start)
    if k is None or k in f.used:
        return None
    n = f.numbers[k]
    if n.hedge != "exact" or n.kind not in (NumberKind.PERCENT, NumberKind.COUNT):
        return None
    return k, n


def _subject_tie(cand: Candidate, code: str) -> tuple[str, bool]:
    if cand.name:
        return f"{cand.name}, the {cand.party} candidate the story names (“{code}”)", True
    return f"{cand.party}'s candidate in {cand.contest}, by its code “{code}”", True


def _candidate(f: Frame, code: str, start: int, end: int, seat: str) -> Candidate | None:
    party = code_party(f.state.pack, code)
    if party is None:
        return None
    return party_candidate(f, PartyMention(span_of(start, end), party), seat=seat)


def code_party(pack: Pack, code: str) -> Party | None:
    """The pack's party a card's code stands for ("LAB", "CON", "LDM"); None for an
    independent or an unknown code."""
    key = pack.party_abbreviations.get(CARD_CODES.get(code, code).upper())
    if key is None or key == "independent":
        return None
    p = pack.parties[key]
    return Party(key, p.name, p.abbreviation, p.aliases, p.caseless)


_NO_WORDS = re.compile(r"\W*")
# The end of a card's last line, right before what follows it ("(+1.6)Labour HOLD").
_CARD_END = re.compile(r"\)\W*$")


def card_seat(f: Frame, at: int) -> str | None:
    """The seat of the card whose last line stands right before ``at``: "… GRN: 4.3% (+1.6)
    Labour HOLD." declares the card's seat's outcome, whatever seat the sentence names after
    it (the next card's heading)."""
    text = f.state.text
    lead = max(f.sent.span.start, at - 40)
    if not _CARD_END.search(text, lead, at):
        return None
    last = None
    for entry in _CARD_ENTRY.finditer(text, lead, at):
        last = entry
    if last is None or not _NO_WORDS.fullmatch(text, last.end(), at):
        return None
    return _heading(f, last.start())


def _heading(f: Frame, at: int) -> str | None:
    """The seat whose heading stands directly over the card line at ``at``, or None."""
    text = f.state.text
    before = [c for c in f.contests if c.span.end <= at]
    if before:
        seat, end = before[-1].name, before[-1].span.end
    elif f.carried_from is not None:
        # The heading closes an earlier sentence ("… July 4, 2024 Blyth & Ashington:"): the
        # seat named last before this one, whatever seat this sentence goes on to name.
        found = contest_matcher().find(text[f.carried_from : f.carried_from + 100])
        if not found or found[0].span.start != 0:
            return None
        seat, end = found[0].name, f.carried_from + found[0].span.end
    else:
        return None
    if at - end > 400 or not _CARD_GAP.fullmatch(text, end, at):
        return None
    return seat
