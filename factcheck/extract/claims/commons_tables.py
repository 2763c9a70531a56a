"""Tables of seats, one row a seat, under a header naming every column (issue 8, fourteenth
session): "Constituency Candidate Electorate Turnout Votes Vote share Vote change Majority"
over rows "Bath HOBHOUSE, Wera 69,662 69.1% 19,883 41.3% -12.1% 11,218", as the House of
Commons Library's results pages set out one party's candidates across a region.

Counted in the open splits: three such tables, of 2015, 2019 and 2024, with 22 rows at most.
A row opens with the seat, then the candidate (surname first, in capitals), then one figure
per column the header names after "Candidate", in the header's order. The header says what
each figure is, the row's first column whose seat it is and its second whose candidate: all
tight ties. A row is read only when its figures are exactly the header's columns, each of
the kind its column holds; a header naming a column this reading does not know (a party
column, a swing) leaves the whole table unread.

(Fifteenth session) A row under a "Majority" column gives its candidate the seat's majority,
the winner's lead: the candidate is read as the seat's winner, loosely (the header says what
the column holds, not who won). In the open splits such tables hold 43 labelled winners.
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.ranks import place_in_words
from factcheck.extract.claims.results_lists import change_column
from factcheck.extract.entities import ContestMention, PersonMention
from factcheck.extract.frame import Frame, SeatTie
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.extract.vocabulary import DIGITS
from factcheck.models import Unit

HEADER_CUE = "Candidate"
"""A word the header holds: a row is read only in a text holding it (a substring test)."""

# The header: the seat's and the candidate's columns, then the figures' (a word or two each).
_HEADER = re.compile(
    r"[^\S\n]*(?:Constituency|Seat)[^\S\n]+(?:Candidate|Member|MP)(?P<columns>(?:[^\S\n]+\w+)+)"
    r"[^\S\n]*"
)
# Each figure column the reading knows, as headers write it; the kind of number it holds.
_COLUMN = re.compile(
    r"[^\S\n]+(?P<col>Electorate|Turnout|Votes|Vote[^\S\n]+share|Share|Vote[^\S\n]+change"
    r"|Change|Majority|Position)(?=[^\S\n]|$)",
    re.IGNORECASE,
)
_KINDS = {
    "electorate": NumberKind.COUNT,
    "turnout": NumberKind.PERCENT,
    "votes": NumberKind.COUNT,
    "vote share": NumberKind.PERCENT,
    "share": NumberKind.PERCENT,
    "vote change": NumberKind.PERCENT,
    "change": NumberKind.PERCENT,
    "majority": NumberKind.COUNT,
    "position": NumberKind.ORDINAL,
}
# Between the seat and the candidate, between the candidate and the first figure, and between
# figures: spaces on the line.
_GAP = re.compile(r"[^\S\n]+")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")
_MORE_GIVEN = re.compile(r"(?:[^\S\n]+(?-i:[A-Z])[a-z]+(?:-(?-i:[A-Z])[a-z]+)?)+(?=[^\S\n]+\d)")
# A row above another: any line with a figure on it (the walk up to the header stops at any
# other line, and after this many rows).
_FIGURE_LINE = re.compile(r"[^\n]*\d[^\n]*")
_MAX_ROWS = 80


def _columns(text: str, row_start: int) -> tuple[str, list[str]] | None:
    """The header over the run of rows the row at ``row_start`` stands in, as (its words, its
    figure columns folded to lower case), or None when the line above the run is no header
    or names a column this reading does not know."""
    end = row_start
    for _ in range(_MAX_ROWS):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start : end - 1] if text[end - 1 : end] == "\n" else text[start:end]
        header = _HEADER.fullmatch(line)
        if header is not None:
            cols = header.group("columns")
            found = [" ".join(c.group("col").lower().split()) for c in _COLUMN.finditer(cols)]
            if "".join(c.group(0) for c in _COLUMN.finditer(cols)) != cols.rstrip():
                return None  # a column not known here: the figures cannot be matched
            return line.strip(), found
        if not line.strip() or _FIGURE_LINE.fullmatch(line) is None:
            return None
        end = start
    return None


def _row(f: Frame, seat: ContestMention) -> tuple[PersonMention, list[int]] | None:
    """The candidate and the figures (indices in the frame's numbers) of the row the seat
    opens, or None when the line is not a seat, a candidate and figures alone."""
    text = f.state.text
    gap = _GAP.match(text, seat.span.end)
    if gap is None:
        return None
    i = f.index_at(f.people, gap.end())
    if i is None:
        return None
    who = f.people[i]
    # (more given names the name's reading did not know: "JONES, Susan Elan 54,996 …")
    more = _MORE_GIVEN.match(text, who.span.end)
    at, ks = (more.end() if more is not None else who.span.end), []
    for k, n in enumerate(f.numbers):
        if n.start < at:
            continue
        space = _GAP.fullmatch(text, at, n.start)
        # (a sign glued to its figure, "-12.1%", is part of the gap's text)
        signed = text[n.start - 1 : n.start] in "+-−" and _GAP.fullmatch(text, at, n.start - 1)
        if space is None and not signed:
            break
        ks.append(k)
        at = n.end
    if not ks:
        return None
    if not _LINE_END.match(text, at):
        ks.append(-1)  # something else on the line: no row to read, whatever its header
    return who, ks


def read_commons_rows(f: Frame) -> None:
    """Each row of a seat table under a header naming its columns (the module's docstring)."""
    text = f.state.text
    for seat in f.contests:
        line = text.rfind("\n", 0, seat.span.start) + 1
        if text[line : seat.span.start].strip():
            continue  # the seat opens its line, or it is no row
        row = _row(f, seat)
        if row is None:
            continue
        who, ks = row
        header = _columns(text, line)
        if header is None:
            # A seat, a person surname first and figures, under no header this reading knows:
            # what each figure is cannot be told, so no other reading guesses.
            f.used.update(k for k in ks if k >= 0)
            continue
        said, cols = header
        nums = [f.numbers[k] for k in ks if k >= 0]
        if len(cols) != len(ks) or any(
            not _fits(n, _KINDS[c]) for n, c in zip(nums, cols, strict=False)
        ):
            # A row under the header whose figures are not its columns ("JONES, Gerald
            # 61,71", cut off): no figure of it can be told, so no other reading guesses.
            f.used.update(k for k in ks if k >= 0)
            continue
        _read_row(f, seat, who, said, list(zip(cols, ks, nums, strict=True)))


def _fits(n: NumberMention, kind: NumberKind) -> bool:
    if n.kind is not kind or n.hedge != "exact":
        return False
    return kind is not NumberKind.COUNT or DIGITS.fullmatch(n.number_text) is not None


def _read_row(
    f: Frame,
    seat: ContestMention,
    who: PersonMention,
    said: str,
    cells: list[tuple[str, int, NumberMention]],
) -> None:
    state = f.state
    name = seat.name
    cand = state.candidate(who, name)
    if cand.contest != name:
        return  # named with another seat before: not this row's to say
    figs = state.contest_figures(name)
    seat_tie: SeatTie = (f"{name}, the row's first column", True, "layout")
    subject_tie = (f"{who.name}, the row's candidate", True)
    for col, k, n in cells:
        f.used.add(k)
        what = f"the “{col}” column of a table headed “{said}”"
        if col == "electorate" and figs.electorate is None:
            figs.electorate = f.figure(n, Unit.PEOPLE, what, contest_level=True, seat=seat_tie)
        elif col == "turnout" and figs.turnout is None:
            figs.turnout = f.figure(n, Unit.PERCENT, what, contest_level=True, seat=seat_tie)
        elif col == "majority" and figs.majority is None:
            figs.majority = f.figure(n, Unit.VOTES, what, contest_level=True, seat=seat_tie)
        elif col == "votes" and cand.votes is None:
            cand.votes = f.figure(
                n, Unit.VOTES, what, who=who, seat=seat_tie, subject_tie=subject_tie
            )
        elif col in ("vote share", "share") and cand.share is None and n.value <= 100:
            cand.share = f.figure(
                n, Unit.PERCENT, what, who=who, seat=seat_tie, subject_tie=subject_tie
            )
        elif col in ("vote change", "change") and cand.share is not None:
            change_column(
                f,
                n,
                cand,
                person=who,
                seat=name,
                seat_tie=seat_tie,
                what=what,
                subject_tie=subject_tie,
            )
        elif col == "position" and cand.rank is None:
            cand.rank = f.figure(
                n, Unit.RANK, what, who=who, seat=seat_tie, subject_tie=subject_tie
            )
    lead = next((n for col, _, n in cells if col == "majority"), None)
    said_here = (
        lead is not None
        and figs.majority is not None
        and figs.majority.span is not None
        and figs.majority.span.start == lead.start
    )
    if said_here and cand.rank is None:
        # (fifteenth session) The row gives its candidate the seat's majority, the winner's
        # lead over the runner-up: the row's candidate won the seat. The header says only
        # what the column holds, so the win is implied (loosely, at most a warning).
        words = place_in_words(state.text, who.span.start, who.span.end, 1)
        cand.rank = f.figure(
            words,
            Unit.RANK,
            f"the seat's majority in the “Majority” column of the candidate's row, under a "
            f"table headed “{said}”: the winner's lead",
            who=who,
            what_loose=True,
            seat=seat_tie,
            subject_tie=subject_tie,
        ).model_copy(update={"text": "first"})
