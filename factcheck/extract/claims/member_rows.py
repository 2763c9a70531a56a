"""Rows pairing a seat with its member, under a lead that says who they are (issue 8, twelfth
session): "The MPs elected are:" then "Belfast West: Jane Smith (Sinn Féin)", "Hampshire
results:" then "- Aldershot: Conservative, Jane Smith, 26,955 votes", "the profiles of the
10 MPs …" then "Broadland and Fakenham: Jane Smith".

Counted across the unseen batches dev3 to dev7: such rows stood in four stories from three
outlets (a Belfast paper's count, a regional round-up's list of MPs, and one results list in
two BBC stories). A row names one seat and one person, and a party at most; the lead line
above the run of rows says what the person is to the seat:

- a lead naming them as the members ("The MPs elected are:", "the new MPs:", "the 10 MPs
  set to take their places", "the winners:") says each won their seat: read tightly;
- a lead naming the run as results ("Hampshire results:", "Full … results") says less: a
  list of results naming one person per seat names its winners, but that is an assumption
  about the list, so the win is read loosely (a finding on it is at most a warning).

Not read: a run under any other lead (a list of candidates standing, of seats to watch), a
run naming a seat twice (then the rows are not one person per seat), a lead that names
candidates, and a row with anything else on its line (a figure other than the person's
votes, a second person).
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.ranks import place_in_words
from factcheck.extract.entities import ContestMention, PartyMention, PersonMention
from factcheck.extract.frame import Frame
from factcheck.models import Span, Unit

ROW_CUE = ":"
"""What every row holds: the reader offers a sentence to :func:`read_member_rows` only when
it does (a substring test), and names a seat and a person."""

# The line's start before the seat: spaces and a bullet at most.
_ROW_START = re.compile(r"[^\S\n]*(?:[•·▪◦*‣⁃–-][^\S\n]*)?")
# Between the seat and what the row pairs it with.
_COLON = re.compile(r"[^\S\n]*:[^\S\n]*")
# After the person, the party in brackets: "(Sinn Féin)".
_OPEN = re.compile(r"[^\S\n]*\([^\S\n]*")
_CLOSE = re.compile(r"[^\S\n]*\)")
# Between a party and the person it heads, and after the person before their votes.
_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")
# The person's votes closing the row: ", 26,955 votes" (read as votes elsewhere).
_VOTES_END = re.compile(r"[^\S\n]*,[^\S\n]*\d{1,3}(?:,\d{3})*[^\S\n]+votes?\b")
# The end of the row's line.
_LINE_END = re.compile(r"[^\S\n]*\.?[^\S\n]*(?:\n|$)")

# Any line shaped like a row: a capitalised name, a colon, and words with no full stop. The
# run of rows above a row is walked over by this (the reader's mentions are the sentence's
# only), to find the lead line above the run.
_ROW_LIKE = re.compile(
    r"[^\S\n]*(?:[•·▪◦*‣⁃–-][^\S\n]*)?(?P<head>[A-Z][^:\n]{0,60}?)[^\S\n]*:[^\S\n]*"
    r"[A-Z][^\n.:]{0,80}\.?[^\S\n]*"
)
# A lead naming the people as the seats' members: "The MPs elected are:", "the new MPs",
# "Members of Parliament returned", "the 10 MPs set to take their places", "the winners".
_MEMBERS_LEAD = re.compile(
    r"\b(?:(?:MPs|[Mm]embers\s+of\s+[Pp]arliament)\s+(?:elected|returned|are|were|set\s+to\s+take)"
    r"|(?:elected|new|newly[\s-]elected)\s+(?:MPs|[Mm]embers\s+of\s+[Pp]arliament)"
    r"|[Ww]inners|[Ww]inning\s+candidates)\b"
)
# A lead naming the run as results: "Hampshire results:", "Full Hampshire and Isle of Wight
# results", "Results in full:".
_RESULTS_LEAD = re.compile(r"\b[Rr]esults\b[^\S\n]*(?:[:\-–—]|in\s+full\b[^\S\n]*:?)?[^\S\n]*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A lead about candidates, or a forecast, is no list of winners.
_NOT_WINNERS = re.compile(
    r"\b(?:candidates?|standing|stand|contest(?:ing|ed)?|targets?|battlegrounds?|marginals?"
    r"|predict\w*|forecasts?|expected|projected|last\s+time|previous|notional"
    # the members before this election: "The outgoing MPs were:", "Sitting MPs:"
    r"|outgoing|former|retiring|sitting|incumbents?|defeated|ousted|departing|before)\b",
    re.IGNORECASE,
)


# The most lines walked over either way from a row: a run longer than a county's seats is
# left unread, so that each row costs a bounded walk (a table of 650 rows is no quadratic
# read).
_MAX_WALK = 80


def _heads_below(text: str, at: int) -> list[str] | None:
    """The heads (seats as written) of the row-shaped lines from the line starting at ``at``
    down to the first line of another shape; None for a run too long to walk."""
    heads: list[str] = []
    for _ in range(_MAX_WALK):
        if at >= len(text):
            return heads
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if line.strip():
            row = _ROW_LIKE.fullmatch(line)
            if row is None:
                break
            heads.append(row.group("head").strip())
        at = end + 1
    else:
        return None
    return heads


def _lead(text: str, row_start: int) -> tuple[str, bool] | None:
    """The lead line above the run of rows the row at ``row_start`` stands in, as (its words,
    whether it names the people as members rather than results); None when there is none of
    either kind, or the run names a seat twice."""
    heads = _heads_below(text, row_start)
    if heads is None:
        return None
    end = row_start
    for _ in range(_MAX_WALK):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].rstrip("\n")
        if line.strip():
            row = _ROW_LIKE.fullmatch(line)
            if row is None:
                break
            heads.append(row.group("head").strip())
        end = start
    else:
        return None
    if len(set(heads)) < len(heads):
        return None  # a seat named twice: not one person per seat
    # The lead's last sentence: "…in the 2024 General Election. The MPs elected are:".
    said = _SENTENCE_END.split(line.strip())[-1]
    if _NOT_WINNERS.search(said):
        return None
    if _MEMBERS_LEAD.search(said):
        return said, True
    if _RESULTS_LEAD.search(said):
        return said, False
    return None


def _row(f: Frame, seat: ContestMention) -> tuple[PersonMention, PartyMention | None, int] | None:
    """The person and party the row opening with ``seat`` pairs it with, and where the row's
    words end; None if the line holds anything else."""
    text, end = f.state.text, f.sent.span.end
    colon = _COLON.match(text, seat.span.end, end)
    if colon is None:
        return None
    at = colon.end()
    party: PartyMention | None = None
    j = f.index_at(f.parties, at)
    if j is not None:
        # "Aldershot: Conservative, Jane Smith, 26,955 votes"
        party = f.parties[j]
        comma = _COMMA.match(text, party.span.end, end)
        if comma is None:
            return None
        at = comma.end()
    i = f.index_at(f.people, at)
    if i is None:
        return None
    who = f.people[i]
    stop = who.span.end
    if party is None:
        opened = _OPEN.match(text, stop, end)
        k = f.index_at(f.parties, opened.end()) if opened is not None else None
        if k is not None:
            close = _CLOSE.match(text, f.parties[k].span.end, end)
            if close is None:
                return None
            party, stop = f.parties[k], close.end()
    after = stop
    votes = _VOTES_END.match(text, after)
    if votes is not None and party is not None:
        after = votes.end()
    if not _LINE_END.match(text, after):
        return None
    return who, party, stop


def read_member_rows(f: Frame) -> None:
    """Each row of a run pairing a seat with one person, under a lead naming them the seats'
    members (the winner, tightly) or the run as results (the winner, loosely)."""
    text = f.state.text
    for seat in f.contests:
        line = text.rfind("\n", 0, seat.span.start) + 1
        if not _ROW_START.fullmatch(text, line, seat.span.start):
            continue
        row = _row(f, seat)
        if row is None:
            continue
        who, party, stop = row
        lead = _lead(text, line)
        if lead is None:
            continue
        said, members = lead
        if f.contest_for(who) != seat.name:
            continue
        cand = f.register(who)
        if cand.contest != seat.name or cand.rank is not None:
            continue  # named with another seat, or placed already: not this row's to say
        if party is not None and cand.party is None:
            cand.party, cand.party_span = party.party.name, party.span
        words = Span(start=seat.span.start, end=stop)
        m = place_in_words(text, words.start, words.end, 1)
        what = (
            f"a row under “{said}”: the seat's member, so its winner"
            if members
            else f"a row under “{said}” naming one person for the seat: its winner, by "
            "assumption about the list"
        )
        fig = f.figure(
            m,
            Unit.RANK,
            what,
            who=who,
            what_loose=not members,
            subject_tie=(f"{who.name}, named in the row", True),
            seat=(f"{seat.name}, the seat the row names", True, "layout"),
        )
        cand.rank = fig.model_copy(update={"text": "first"})
