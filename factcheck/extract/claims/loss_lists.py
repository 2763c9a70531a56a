"""Lists of seats lost, a row each: "• Robert Smith, Aberdeenshire West & Kincardine (to Stuart
Donaldson - SNP)", "Jane Smith, Bath (to John Brown, Conservative)".

A row names the one who lost, the seat, and in brackets after "to" the winner and the
winner's party: the seat changed hands to that party (a gain by it) and the winner came
first. Everything is tied by the row itself: the seat is the one the row names, the winner
and party the ones its brackets name, so the readings are tight. The loser's party is not
read (the row does not say it; a heading above may, in words this reading does not trust).

Only a row of exactly that shape is read: a line opening with a person's name (a bullet
before it allowed), a comma, a seat the reader knows, then "(to NAME - PARTY)". Anything
else in the brackets ("(to recount)", "(to be declared)") names no person and party, and is
left alone.
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.outcomes import emit_outcome
from factcheck.extract.claims.ranks import first_in_words
from factcheck.extract.frame import Frame
from factcheck.models import Span

ROW_CUE = "(to "
"""The words a row holds: the reader offers a sentence to :func:`read_loss_rows` only when
it does (a substring test)."""

# A row's brackets, for telling whether a text is worth reading at all (tested only where
# the substring ROW_CUE is): "(to Stuart Donaldson - SNP)".
_ROW_BRACKETS = re.compile(
    r"\(to[^\S\n]+[A-Z][^()\n]{1,60}?[^\S\n]*[-–—,][^\S\n]*[A-Z][^()\n]{0,40}\)"
)


def may_hold_loss_rows(text: str, start: int = 0) -> bool:
    """Might ``text[start:]`` hold a row of a list of seats lost?"""
    return ROW_CUE in text and _ROW_BRACKETS.search(text, start) is not None


# The line's start before the loser's name: spaces and a bullet at most.
_ROW_START = re.compile(r"[^\S\n]*(?:[•·▪◦*‣⁃–-][^\S\n]*)?")
# Between the loser's name and the seat.
_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")
# After the seat: the bracket and "to".
_TO = re.compile(r"[^\S\n]*\([^\S\n]*to[^\S\n]+")
# Between the winner's name and party: "Stuart Donaldson - SNP", "Dawn Butler, Labour".
_SEP = re.compile(r"[^\S\n]*[-–—,][^\S\n]*")
_CLOSE = re.compile(r"[^\S\n]*\)")


def read_loss_rows(f: Frame) -> None:
    """Each row of a list of seats lost: a gain by the winner's party in the row's seat, and
    the winner first there."""
    text, sent = f.state.text, f.sent
    end = sent.span.end
    for c in f.contests:
        to = _TO.match(text, c.span.end, end)
        if to is None:
            continue
        i = f.index_at(f.people, to.end())
        if i is None:
            continue
        winner = f.people[i]
        sep = _SEP.match(text, winner.span.end, end)
        j = f.index_at(f.parties, sep.end()) if sep else None
        if j is None:
            continue
        party = f.parties[j]
        close = _CLOSE.match(text, party.span.end, end)
        if close is None:
            continue
        # The loser's name opens the row, a comma before the seat.
        k = f.count_before(f.people, c.span.start)
        loser = f.people[k - 1] if k else None
        if loser is None or not _COMMA.fullmatch(text, loser.span.end, c.span.start):
            continue
        line = text.rfind("\n", 0, loser.span.start) + 1
        if not _ROW_START.fullmatch(text, line, loser.span.start):
            continue
        name = party.party.name
        emit_outcome(
            f,
            party=name,
            party_tie=f"{name}, named in the row's brackets",
            party_tight=True,
            verb="gain",
            from_party=None,
            seat=c.name,
            seat_tie=(f"{c.name}, the seat the row names", True, "layout"),
            span=Span(start=c.span.start, end=close.end()),
            what="a row of a list of seats lost: “(to …)” names who took it",
            candidate=winner.name,
        )
        cand = f.state.candidate(winner, c.name)
        if cand.contest != c.name or cand.rank is not None:
            continue  # named with another seat, or already placed: not this row's to say
        if cand.party is None:
            cand.party, cand.party_span = name, party.span
        cand.rank = first_in_words(
            f,
            Span(start=to.end() - len(to.group().lstrip(" \t(")), end=party.span.end),
            "a row of a list of seats lost: “(to …)” names who won it",
            who=winner,
            subject_tie=(f"{winner.name}, named in the row's brackets", True),
            seat=(f"{c.name}, the seat the row names", True, "layout"),
        )
