"""Results lists in newsroom formats: a line (or a bracketed group) per candidate.

    Jane Smith (Lab) 15,906 (33.41%) +9.82%
    Jane Smith, Conservative: 27,614
    • Jane Smith, Conservative - 16,045
    Foyle – Jane Smith – SDLP – 15,647 votes – 40.8% vote share
    Conservative WIN (Jane Smith – 25,281), 2nd Labour (John Brown – 13,128), …

and results cards, where the candidate's name stands on a line of its own and fields follow:

    Jane Smith
    • Votes: 869
    • Vote share %: 1.6

A line is a list cell only when, besides one person's name, a party, a seat and its figures,
it holds nothing but list words ("votes", "share", "WIN"…): a prose line never is. The first
whole count is the candidate's votes and the first unsigned percentage their share; a signed
figure after the share ("+9.82%", a card's "• Vote share change: -2.4") is the change of that
share, read in points: lists write points with a "%" sign, and reading it as per cent would
make a wording rule cry wolf. That is a convention, not a word, so the reading is loose.
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.party_subjects import party_candidate
from factcheck.extract.entities import (
    ContestMention,
    Party,
    PartyMention,
    PersonMention,
    contest_matcher,
)
from factcheck.extract.frame import Candidate, Frame, SeatTie
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.extract.text import visible_from
from factcheck.extract.vocabulary import DIGITS
from factcheck.models import (
    ChangeClaim,
    Direction,
    Figure,
    Grounds,
    Quantity,
    Span,
    Unit,
    span_of,
)

# Where one cell of a list ends and the next begins inside a sentence.
_CELL_BREAK = re.compile(r"\n|•|\|| & (?!Co-?op)|(?<=\)),\s+|;\s+")
_LIST_WORDS = frozenset(
    """votes vote share shares per cent pc percent of the majority win won elected hold gain
    gains holds change since mp candidate total valid header_vote_share net percentage in
    seats and party co-op coop""".split()  # noqa: SIM905
)
# (fifteenth session) And a results page's card labels as copied, "Votes 21,317
# header_vote_share 51.1 Net percentage change in seats +8.8", on a line of their own.
_LINE_WORDS = frozenset(
    """votes vote share per cent pc percent mp co-op coop header_vote_share net percentage
    change in seats""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A card's field labels: "Votes", "Vote share", "Vote share change"; and a card written out
# in words after the figure, "• 20,250 total votes taken.", "• 40.2% share of the total
# vote", "• +0.2% change in share of the votes".
_VOTES_FIELD = re.compile(r"^\W*(?:total\s+)?votes?(?:\s+(?:taken|cast|won))?\W*$", re.IGNORECASE)
_SHARE_FIELD = re.compile(
    r"^\W*(?:vote\s+)?share(?:\s+of\s+the\s+(?:total\s+)?votes?)?\W*$", re.IGNORECASE
)
_CHANGE_FIELD = re.compile(
    r"^\W*(?:(?:vote\s+)?share\s+change|change\s+in\s+(?:vote\s+)?share(?:\s+of\s+the\s+votes?)?)"
    r"\W*$",
    re.IGNORECASE,
)
# A card's name line written out: ", with candidate Jane Smith" (after the party's line).
_WITH_CANDIDATE = ("with", "candidate")
_CARD_LINE = re.compile(r"^[\s•*\-–\d.]*$")
_MARKER = re.compile(r"\s*\d{1,3}[.)]")


def _cells(f: Frame) -> list[Span]:
    sent = f.sent
    if "|" not in sent.text:
        return _breaks(f.state.text, sent.span.start, sent.span.end)
    # A table's row ("Conservative | Jane Smith | 25,580 | 41.3% | +7.2% |") is one line of
    # the list, its bars the columns: one cell. Other lines break as a list's lines do.
    text, out = f.state.text, []
    begin = sent.span.start
    while begin < sent.span.end:
        end = text.find("\n", begin, sent.span.end)
        end = sent.span.end if end < 0 else end
        if _TABLE_ROW.fullmatch(text, begin, end):
            out.append(span_of(begin, end))
        else:
            out.extend(_breaks(text, begin, end))
        begin = end + 1
    return out


# A table's row: three or more bars between its cells.
_TABLE_ROW = re.compile(r"[^|\n]*(?:\|[^|\n]*){3,}")


def table_row(text: str, cell: Span) -> bool:
    """Is ``cell`` a whole table row?"""
    return "|" in text[cell.start : cell.end] and bool(
        _TABLE_ROW.fullmatch(text, cell.start, cell.end)
    )


def _breaks(text: str, start: int, end: int) -> list[Span]:
    out: list[Span] = []
    begin = start
    for m in _CELL_BREAK.finditer(text, start, end):
        if m.start() > begin:
            out.append(span_of(begin, m.start()))
        begin = m.end()
    if end > begin:
        out.append(span_of(begin, end))
    return out


def _within(span: Span, start: int, end: int) -> bool:
    return span.start <= start and end <= span.end


def _leftover(text: str, cell: Span, taken: list[tuple[int, int]]) -> list[str]:
    """The words of a cell outside names, parties, seats and figures."""
    pieces = []
    at = cell.start
    for a, b in sorted(taken):
        if a > at:
            pieces.append(text[at:a])
        at = max(at, b)
    pieces.append(text[at : cell.end])
    return _WORD.findall(" ".join(pieces))  # (no group: each match whole, as a string)


def read_results_list(f: Frame) -> None:
    """Read the sentence's list cells, if it has any; leave prose alone."""
    if (
        not f.people
        and f.state.list_owner is None
        and not (f.numbers and (f.parties or _abbreviation_opens(f)))
    ):
        return  # a cell names its candidate or party, or follows a card's name line
    own_line = "\n" not in f.sent.text and _own_line(f)
    if "\n" not in f.sent.text and not own_line and not _looks_inline_list(f):
        return  # one line of prose; a list's lines are read together
    state = f.state
    text = state.text
    party_line: PartyMention | None = None
    numbered = False  # whether the party's line was a card's numbered one ("1. Conservative")
    number: NumberMention | None = None  # that number
    cells = _cells(f)
    if len(cells) >= 3 and f.people:
        # "The rest of the count was Jane Smith (Con) 210; John Brown (SDLP) 4,238; …": the
        # words leading into the list are no part of its first cell.
        first = cells[0]
        lead = f.people[0].span.start
        if first.start < lead < first.end and _LEAD_IN.fullmatch(text, first.start, lead):
            cells[0] = span_of(lead, first.end)
    for cell in cells:
        people = _labelled(text, [p for p in f.people if _within(cell, p.span.start, p.span.end)])
        nums = [
            (k, n)
            for k, n in enumerate(f.numbers)
            if k not in f.used and _within(cell, n.start, n.end)
        ]
        marked = bool(nums) and bool(_MARKER.fullmatch(text, cell.start, nums[0][1].end + 1))
        marker = nums[0][1] if marked else None
        if marked:
            f.used.add(nums[0][0])  # "1. Foyle – …": the list's numbering, not a figure
            nums = nums[1:]
        parties = [p.span for p in f.parties if _within(cell, p.span.start, p.span.end)]
        seats = [c for c in f.contests if _within(cell, c.span.start, c.span.end)]
        taken = (
            [_bracket_after(text, p.span, cell) for p in people]
            + [(s.start, s.end) for s in parties]
            + [(c.span.start, c.span.end) for c in seats]
            + [(n.start, n.end) for _, n in nums]
        )
        words = _leftover(text, cell, taken)
        # A line standing alone between blank lines is a list's only when it holds a list's
        # cell words and nothing of prose: "won", "of", "seats" make it a sentence.
        cell_words = _LINE_WORDS if own_line else _LIST_WORDS
        odd = [w for w in words if w.lower() not in cell_words]
        if odd and _placed_in_prose(nums, odd):
            continue  # "Jane Smith came fourth in Gower." alone: a sentence, its placing prose
        cell_parties = [p for p in f.parties if _within(cell, p.span.start, p.span.end)]
        if not people and not nums and not words and len(cell_parties) == 1:
            party_line = cell_parties[0]  # "Alliance Party", its figure on the next line
            numbered, number = marked, marker
            continue
        if not people and party_line is not None and len(nums) == 1 and not words:
            _read_party_cell(f, party_line, nums, cell)
        card_party, party_line = party_line, None
        if len(people) == 1 and not nums and (len(odd) <= 1 or tuple(words) == _WITH_CANDIDATE):
            state.list_owner = people[0]  # a card's name line: its fields follow
            if card_party is not None and (
                tuple(words) == _WITH_CANDIDATE or (numbered and not words)
            ):
                # "Liberal Democrat", then ", with candidate Jane Smith"; "1. Conservative",
                # then "Jane Smith" alone on the next line: her card's party line.
                cand = state.candidate(people[0], f.contest)
                if cand.party is None:
                    cand.party, cand.party_span = card_party.party.name, card_party.span
                if (
                    numbered
                    and number is not None
                    and cand.listed_rank is None
                    and 1 <= number.value <= 20
                ):
                    # "1. Conservative", then "Mark Spencer": a results page numbers its cards
                    # in the order of the count, so the number is the placing. That is the
                    # page's convention, not a word: the reading is loose, and a placing the
                    # story words ("the new MP for …") goes first.
                    cand.listed_rank = f.figure(
                        number,
                        Unit.RANK,
                        "a results card's number before its party line",
                        who=people[0],
                        what_loose=True,
                        subject_tie=(f"{people[0].name}, the card's name line under it", True),
                    )
            continue
        if (
            state.list_owner is not None
            and not people
            and len(nums) == 1
            and len(odd) > 1
            and _field_label(words)
        ):
            # "• 20,250 total votes taken.": a field whose label is words, not one word.
            _read_field(f, state.list_owner, nums[0], words)
            continue
        if not nums or len(odd) > 1 or len(people) > 1:
            if not _CARD_LINE.match(text[cell.start : cell.end]):
                state.list_owner = None if people else state.list_owner
            continue
        if people:
            state.list_owner = None  # a candidate's own line ends the card above it
            person, led = _party_opened(f, cell, people[0])
            if led is None and _CARD_FIELDS in text[cell.start : cell.end]:
                # "Liberal Democrat" over "Jane Smith Votes 680 header_vote_share 2.1 …": a
                # results page's card opens with its party's line, in this sentence or as the
                # last thing before it (a blank line between).
                above = card_party or state.last_party
                if above is not None and not text[above.span.end : cell.start].strip():
                    led = above
            _read_cell(f, cell, person, nums=nums, seats=seats, led=led)
        elif len(cell_parties) == 1 and len(nums) <= 3 and not words:
            # "Conservative 59.3%" under the cards: a party's line ends the card above it.
            state.list_owner = None
            _read_party_cell(f, cell_parties[0], nums, cell)
        elif state.list_owner is not None and len(nums) == 1:
            _read_field(f, state.list_owner, nums[0], words)
        elif not cell_parties and nums and len(nums) <= 3 and len(words) == 1:
            label = abbreviation_label(f, cell, words[0])
            if label is not None:
                _read_party_cell(f, label, nums, cell)


_LABEL = re.compile(r"[\s•*\-–]*([A-Z][a-z]+)\b")


def _abbreviation_opens(f: Frame) -> bool:
    """(nineteenth session) Does the sentence open with a party's abbreviation, the word alone
    ("Green 2.4%", "Green: 1161 (2.7%)" on a line of its own between blank lines, as
    "Labour 37.0%" stands beside it)? Such a line names no party the party matcher finds
    ("Green" alone is a colour or a surname in prose), so without this it never reached the
    list's reading, which takes the word as the party only as a line's one word."""
    text, start = f.state.text, f.sent.span.start
    m = _LABEL.match(text, start, f.sent.span.end)
    return (
        m is not None
        # (nineteenth session) Most such sentences open with a word no party abbreviates
        # ("The", "In"): one look-up rules them out before the label is matched again and the
        # pack's parties walked.
        and m.group(1).upper() in f.state.pack.party_abbreviations
        and abbreviation_label(f, f.sent.span, m.group(1)) is not None
    )


def _party_opened(
    f: Frame, cell: Span, person: PersonMention
) -> tuple[PersonMention, PartyMention | None]:
    """A list line's name that opens with a party's official abbreviation, before a name of
    two words or more: "Green Chris Von Ruhland 2,461", as its neighbours open "Labour Jo
    Stevens 15,462". The name is the rest; the word, the party (:func:`abbreviation_label`:
    in prose "Green" may be a surname, but not first on a line of figures before a full name).
    """
    words = person.name.split()
    if person.title is not None or len(words) < 3:
        return person, None
    label = abbreviation_label(f, cell, words[0])
    if label is None or label.span.start != person.span.start:
        return person, None
    text = f.state.text
    at = text.index(words[1], label.span.end, person.span.end)
    rest = PersonMention(span_of(at, person.span.end), " ".join(words[1:]))
    return rest, label


def abbreviation_label(f: Frame, cell: Span, word: str) -> PartyMention | None:
    """The party a list line opens with by its official abbreviation alone ("Green: 1161
    (2.7%)", "Green 1,864"): in prose "Green" is as often a colour or a surname, so only as
    the one word of a line of figures."""
    if word.upper() not in f.state.pack.party_abbreviations:
        return None  # no party's abbreviation, in any case: the walk below would find none
    m = _LABEL.match(f.state.text, cell.start, cell.end)
    if m is None or m.group(1) != word:
        return None
    for key, p in f.state.pack.parties.items():
        if p.abbreviation == word and key != "independent":
            party = Party(key, p.name, p.abbreviation, p.aliases, p.caseless)
            return PartyMention(span_of(m.start(1), m.end(1)), party)
    return None


# Words above a list of parties' figures that make them seat tallies, not one seat's votes.
_TALLY_WORDS = re.compile(r"\b(?:seats|MPs|tally|tallies|projection|forecast|poll)\b", re.I)


_LIST_LINE = "a results-list line"
"""How the ``what`` of a figure read from a list line begins (:func:`_relisted`)."""

PARTY_LINE = f"{_LIST_LINE} naming a party"
"""The ``what`` of a figure read from a list line that names a party, not a person: the
reader tells a party's own line by it when it pairs a candidate's count and share."""


def _read_party_cell(
    f: Frame, party: PartyMention, nums: list[tuple[int, NumberMention]], cell: Span
) -> None:
    """A list line naming a party, not a person: "- SNP – 20,388", "Conservative 59.3%",
    "Alliance Party" over "45.2%", "Conservative: 15862 (37.1%)", "Alliance 4,824 - 9.8%
    (+4.4%)". In a seat's story it is the party's candidate's result, read as the party's
    figures in prose are (:mod:`.party_subjects`): its count the votes, its unsigned
    percentage the share, and a signed percentage after the share that share's change."""
    text = f.state.text
    tally = _TALLY_WORDS.search(text, max(0, f.sent.span.start - 150), nums[0][1].start)
    heading = _heading_above(f)
    if tally is not None and not (heading is not None and heading[1] > tally.end()):
        # "Seats: Labour 411, Conservative 121": a tally, not this seat's votes (unless a
        # seat's heading stands between: "The four seats that changed hands ¶ North Down").
        return
    if f.state.other_election_block(cell.start) is not None:
        return  # under "2010 Result:": another election's list
    votes: tuple[int, NumberMention] | None = None
    share: tuple[int, NumberMention] | None = None
    changes: list[NumberMention] = []
    for k, n in nums:
        signed = (
            n.number_text.startswith(("+", "-", "−"))
            or (n.start > cell.start and text[n.start - 1] in "+−")
            or (n.start > cell.start + 1 and text[n.start - 2 : n.start] in ("(-", "(+"))
        )
        if n.hedge != "exact" or _torn(text, n):
            return  # a hedged figure is no list cell; nor is a count cut off at the line end
        if signed:
            changes.append(n)
        elif (n.kind is NumberKind.COUNT and DIGITS.fullmatch(n.number_text) and n.value >= 1) or (
            n.kind is NumberKind.YEAR and _year_is_count(text, cell, n, [party.span])
        ):
            if votes is not None or share is not None:
                return  # two counts, or a count after the share: not a line of one result
            votes = (k, n)
        elif n.kind is NumberKind.PERCENT and n.value <= 100 and share is None:
            share = (k, n)
        else:
            return
    if any(_dated(f, n) for n in (*(x[1] for x in (votes, share) if x), *changes)):
        return  # another election's figures
    if votes is None and share is None:
        return  # a change column alone
    cand = party_candidate(f, party, seat=heading[0] if heading is not None else None)
    if cand is None:
        return
    name = party.party.name
    tie = (
        (f"{name}'s candidate in {cand.contest}, on the party's line of the list", True)
        if not cand.name
        else (f"{cand.name}, {name}'s candidate as the story names them", True)
    )
    what = PARTY_LINE
    for k, _ in nums:
        f.used.add(k)
    if _relisted(f, cand, party, votes=votes, share=share, cell=cell):
        return  # the line's figures are another list's: taken, so no other reading has them
    seat: SeatTie | None = (
        (f"{heading[0]}, the list's heading", True, "layout") if heading is not None else None
    )
    if votes is not None and cand.votes is None:
        cand.votes = f.figure(votes[1], Unit.VOTES, what, subject_tie=tie, seat=seat)
    elif votes is not None and _said_again(f, cand.votes, votes[1]):
        cand.restated.append(f.figure(votes[1], Unit.VOTES, what, subject_tie=tie, seat=seat))
    if share is not None and cand.share is not None and _said_again(f, cand.share, share[1]):
        cand.restated.append(f.figure(share[1], Unit.PERCENT, what, subject_tie=tie, seat=seat))
    elif share is not None and cand.share is None:
        cand.share = f.figure(share[1], Unit.PERCENT, what, subject_tie=tie, seat=seat)
        for n in changes:
            # "(+4.4%)", "(-0.2)": points, as lists write a share's change (not "+3,000").
            as_points = n.kind is NumberKind.PERCENT or "." in n.number_text
            if as_points and n.start > share[1].start:
                seat_tie = seat if seat is not None else f.seat_tie(None)
                change_column(
                    f,
                    n,
                    cand,
                    person=None,
                    seat=cand.contest,
                    seat_tie=seat_tie,
                    what=what,
                    subject_tie=tie,
                )


def _relisted(
    f: Frame,
    cand: Candidate,
    party: PartyMention,
    *,
    votes: tuple[int, NumberMention] | None,
    share: tuple[int, NumberMention] | None,
    cell: Span,
) -> bool:
    """Is the line naming ``party`` one of a second list of the seat, not read as this one's?
    It is when it gives the party another count or share than a line before did (the seat's
    list, then its last election's under a heading the reader did not see: "Conservative:
    20827 (45.5%)", later "Con: 18536 (42%)"), or when such a line came before it in the
    seat and the party has no figure yet ("BNP: 2797 (6%)" after it). Neither list can be
    told from the other by its lines alone: the first is kept, as stories give this
    election's first, and the seat's later lines are left unread (``ReadState.relisted``)."""
    state, seat = f.state, cand.contest
    if seat is None:
        return False
    mine = [cand]
    if cand.name and party.party.name is not None:
        # A party's line read before its candidate was named is kept apart until the
        # contest is assembled: its figures are this party's too.
        listed = state.by_party.get((seat, party.party.name))
        if listed is not None:
            mine.append(listed)
    for n, unit in ((votes, "votes"), (share, "share")):
        if n is None:
            continue
        for c in mine:
            had: Figure | None = c.votes if unit == "votes" else c.share
            if (
                had is not None
                and had.value != n[1].value
                and had.grounds is not None
                and had.grounds.what.startswith(_LIST_LINE)
            ):
                # (A count read from prose that a list line gives otherwise is left as it
                # was: the line's other figures are read, the seat's next lines too.)
                state.relisted.setdefault(seat, cell.start)
                return True
    since = state.relisted.get(seat)
    if since is None or since >= cell.start or any(c.votes or c.share for c in mine):
        return False
    key = (seat, party.party.name)
    if not cand.name and state.by_party.get(key) is cand and cand.rank is None:
        del state.by_party[key]  # made for this line alone: the seat has no such candidate
    return True


def _named_right_above(f: Frame, cell: Span) -> bool:
    """Was the seat carried into ``cell``'s line named in the paragraph right above it (blank
    lines between allowed): a heading or a sentence introducing the list ("Full result in
    Bedford", "The Tories have kept the Hamble Valley seat")?"""
    at = f.carried_from
    if at is None:
        return False
    text = f.state.text
    line = text.rfind("\n", 0, cell.start)
    while line > 0 and not text[text.rfind("\n", 0, line) + 1 : line].strip():
        line = text.rfind("\n", 0, line)  # back over blank lines
    return at > text.rfind("\n\n", 0, line)


def _join_rows_above(f: Frame, cell: Span, cand: Candidate, *, placed: bool) -> None:
    """Keep the run of a list's lines read in no seat, right above ``cell``; when this line's
    person is one the story ``placed`` (their seat not the line's or a heading's), the lines
    of the run are that seat's too. Results lists are often in alphabetical order, so the
    winner the prose placed may stand under the lines of those they beat ("Jane Adams
    (Green) 1,204" above "Tom Brown (Lab) 21,009"): as a line takes the seat of the line
    above it, it takes that of the line below. Loose, as that is: a convention of layout."""
    state, text = f.state, f.state.text
    rows = state.unnamed_rows
    if rows and not _ROW_GAP.fullmatch(text, rows[-1][0], cell.start):
        rows.clear()
    if cand.contest is None:
        rows.append((cell.end, cand))
        return
    seat = cand.contest
    if not placed:
        rows.clear()
        return
    for _, above in rows:
        if above.contest is not None:
            continue
        above.contest, above.seat_unknown = seat, False
        above.seat_loose = f"{seat}, the seat of the list's line below"
        for key in ("votes", "share", "rank"):
            fig = getattr(above, key)
            if fig is not None and fig.grounds is not None:
                loose = tuple(dict.fromkeys((*fig.grounds.loose, "seat")))
                grounds = fig.grounds.model_copy(
                    update={"seat": above.seat_loose, "seat_named": "layout", "loose": loose}
                )
                setattr(above, key, fig.model_copy(update={"grounds": grounds}))
    rows.clear()


def _said_again(f: Frame, first: Figure | None, n: NumberMention) -> bool:
    """Is the list line's figure ``n`` the value ``first``, read in an earlier sentence,
    said again? "Stephen Flynn received 20,388 votes" in prose, then "- SNP – 20,388" in
    the full results under it: the list's is kept as said again, so each place the story
    writes the figure is checked where it stands (the arithmetic uses the first)."""
    return (
        first is not None
        and first.span is not None
        and first.span.end <= f.sent.span.start
        and first.value == n.value
    )


_GROUP_OPEN = re.compile(r"[ \t]*\([ \t]*")
# Before a list line's placing: "2nd Labour (Jane Smith – 13,128)" opens on it.
_PLACING_LEAD = re.compile(r"[\s•*\-–&]*")

_HEADING_LINE = re.compile(r"[ \t:]*\n\s*")


def _heading_above(f: Frame) -> tuple[str, int] | None:
    """The seat named alone on a line right above a list that names none ("North Belfast",
    a blank line, then "Alliance 4,824 - 9.8%"), with where that heading ends: an explicit
    tie, as a seat carried from an earlier paragraph is not."""
    if f.contests or f.carried_from is None:
        return None
    text, at = f.state.text, f.carried_from
    if not _LINE_LEAD.match(text, text.rfind("\n", 0, at) + 1, at):
        return None
    found = contest_matcher().find(text[at : at + 100])
    if not found or found[0].span.start != 0:
        return None
    end = at + found[0].span.end
    if not _HEADING_LINE.fullmatch(text, end, f.sent.span.start):
        return None
    return found[0].name, end


_LINE_LEAD = re.compile(r"[ \t•*\-–]*$")
_LINE_TAIL = re.compile(r"[ \t]*(?:\n|$)")


_BRACKET_AFTER = re.compile(r"[ \t]*\([^()\n]{1,60}\)")


def _labelled(text: str, people: list[PersonMention]) -> list[PersonMention]:
    """The cell's people, less any inside the bracket right after another's name: "Mike
    Gilbert (Blue Revolution) 397" names one person, of a party the pack does not know."""
    if len(people) < 2:
        return people
    out: list[PersonMention] = []
    label_end = -1  # where the bracket after the last person kept ends
    for p in people:
        if p.span.start < label_end:
            continue
        out.append(p)
        b = _BRACKET_AFTER.match(text, p.span.end)
        label_end = b.end() if b is not None else -1
    return out


def _bracket_after(text: str, person: Span, cell: Span) -> tuple[int, int]:
    """A person's words on a list line, with the bracket right after the name: "B. Palfreman
    (United Kingdom Independence) 2,056" labels the candidate, whether or not the pack knows
    the party it names."""
    m = _BRACKET_AFTER.match(text, person.end, cell.end)
    return (person.start, m.end() if m is not None else person.end)


def _own_line(f: Frame) -> bool:
    """Is the sentence a whole line of its own, as a list's lines stand between blank lines
    ("Jane Smith (Lab) 20,959", a blank line, "John Brown (C) 9,780")?"""
    text, span = f.state.text, f.sent.span
    line_start = text.rfind("\n", 0, span.start) + 1
    return bool(_LINE_LEAD.match(text, line_start, span.start)) and bool(
        _LINE_TAIL.match(text, span.end)
    )


# Words leading into a list on its line: "The rest of the count was ", "Other results: ".
_LEAD_IN = re.compile(r"[^\n;|•()\d]{0,60}?(?::|\b(?:was|were|is|are)\b)[ \t]*")


# Verbs of placing ("came fourth", "finished second"): a line holding one is prose, even
# standing alone between blank lines as a list's lines do (a one-sentence paragraph).
_PLACING_VERBS = frozenset(
    {"came", "come", "comes", "coming", "finished", "finishing", "finish", "placed", "trailed"}
    | {"scraped", "manage", "managed"}
)


def _placed_in_prose(nums: list[tuple[int, NumberMention]], odd: list[str]) -> bool:
    """Does a line that would be a list cell place someone in words instead, a verb of
    placing and an ordinal ("Jane Smith came fourth in Gower.")? A list's line gives a
    placing as a cell ("2nd Labour (Jane Smith – 13,128)"), never with a verb; left to the
    list, the ordinal would be taken as a cell and go unread."""
    return any(n.kind is NumberKind.ORDINAL for _, n in nums) and any(
        w.lower() in _PLACING_VERBS for w in odd
    )


def _looks_inline_list(f: Frame) -> bool:
    """One line holding several "(Name – 25,281)" groups."""
    return f.sent.text.count("(") >= 3 and len(f.people) >= 3


def _read_cell(
    f: Frame,
    cell: Span,
    person: PersonMention,
    *,
    nums: list[tuple[int, NumberMention]],
    seats: list[ContestMention],
    led: PartyMention | None = None,
) -> None:
    """One candidate's line: their votes, share and (consumed unread) change; ``led``, the
    party the line opens with before the name (:func:`_party_opened`)."""
    state, text, what = f.state, f.state.text, _LIST_LINE
    if state.other_election_block(cell.start) is not None:
        return  # under "2010 Result:": another election's candidate, figures and all
    nums = _past_footnote(f, person, nums)
    placing: NumberMention | None = None
    if person.span.start > nums[0][1].start and not seats:
        # "2nd Labour (Jane Smith – 13,128)" reads left to right; a figure before the name
        # belongs to someone else unless it is the cell's placing.
        first = nums[0][1]
        if first.kind is NumberKind.ORDINAL and _PLACING_LEAD.fullmatch(
            text, cell.start, first.start
        ):
            placing = first
        nums = [(k, n) for k, n in nums if n.start > person.span.end]
        if not nums:
            return
    seat = f.contest
    seat_tie: SeatTie | None = None
    unnamed = False  # the seat is another, unnamed one: not the story's default either
    if len(seats) == 1:
        seat = seats[0].name
        seat_tie = (f"{seat}, named on the same line of the list", True, "layout")
    else:
        heading = _heading(f, cell.start)
        partial = _partial_heading(f, cell.start, heading)
        if partial is not None:
            # "North East" over the lines: a seat only with the place the title names.
            seat = _titled_seat(f, partial)
            unnamed = seat is None
            if seat is not None:
                seat_tie = (f"{seat}, the list's heading with the title's place", True, "layout")
        elif heading is not None:
            seat = heading.name
            seat_tie = (f"{seat}, the list's heading", True, "layout")
            _claim_heading(f, heading.span.start)
        elif f.contests:
            # Lines above the list's first seat heading: whose they are is unknown.
            seat, seat_tie = None, ("above the first seat named in the list", False, "none")
        elif not _claim_heading(f, f.carried_from) or (
            f.carried_from is None
            and state.seats_named > 1
            and len(f.people) > 1
            and f.contest != state.main_seat
        ):
            # A second list under one heading, or a list before any seat is named in a
            # story of several: the seat is another, unnamed one.
            seat, unnamed = None, True
    named_at = state.seat_first_named.get(seat) if seat_tie is None and seat is not None else None
    if named_at is not None and named_at >= cell.end and state.sentence_index > 0:
        # A card whose page names no seat above it ("Elisha McCallion Votes 18,256 …" on a
        # page naming South Down only in a later paragraph): the seat named later is not
        # its own, which the people it lists can still tell.
        seat, unnamed = None, True
    above = state.list_row
    if (
        seat_tie is None
        and not unnamed
        and above is not None
        and above[1] != seat
        and _ROW_GAP.fullmatch(text, above[0], cell.start)
        and person.name not in state.person_contest
        and state.placed(person.name) is None
    ):
        # "Jane Smith - Labour - 7,448" right under a line whose candidate the story placed
        # in Clacton, after a sentence naming Ashfield in passing: the lines of one list are
        # one seat's, and the line above says which, where the carried seat only guesses.
        seat = above[1]
        seat_tie = (f"{seat}, the seat of the list's line above", False, "layout")
    elif (
        # (twenty-first session) A list under no heading, whose seat is only carried from a
        # paragraph further up than the one right above it, in a story that has named
        # several seats by then ("Lowestoft: Labour gain", then "Result: Conservative hold,
        # majority 3,247", then the list): which seat's list it is the carry only guesses,
        # and a wrong guess sets every line against another seat's record. It is
        # read in no seat; the people it lists may still place it (the record's placing by
        # candidates, or a line below naming someone the story placed).
        seat_tie is None
        and not unnamed
        and seat is not None
        and not (above is not None and not text[above[0] : cell.start].strip(_ROW_MARKS))
        and not f.seat_tie(None)[1]
        and len(state.seats_turned_to) > 1
        and not _named_right_above(f, cell)
    ):
        seat, unnamed = None, True
    placed = seat_tie is None and state.placed(person.name) is not None
    cand = state.candidate(person, seat)
    if unnamed and cand.contest is None:
        cand.seat_unknown = True
    _join_rows_above(f, cell, cand, placed=placed)
    state.list_row = (cell.end, cand.contest) if cand.contest is not None else None
    link = f.links.get(person.span.start)
    if link is not None and cand.party is None:
        cand.party, cand.party_span = link.party.name, link.span
    if cand.party is None and led is not None:
        cand.party, cand.party_span = led.party.name, led.span
    if cand.party is None:
        _bracketed_abbreviation(f, person, cand)
    row_parties = [p for p in f.parties if _within(cell, p.span.start, p.span.end)]
    if (
        cand.party is None
        and len(row_parties) == 1
        and (
            table_row(text, cell)
            or _GROUP_OPEN.fullmatch(text, row_parties[0].span.end, person.span.start)
        )
    ):
        # "Conservative | Jane Smith | 25,580": the row's party column is hers; so is the
        # party a group opens with, "2nd Labour (Jane Smith – 13,128)".
        cand.party, cand.party_span = row_parties[0].party.name, row_parties[0].span
    subject_tie = (f"{person.name}, on the same line", True)
    if placing is not None and cand.rank is None and f.earlier(placing) is None:
        cand.rank = f.figure(
            placing,
            Unit.RANK,
            "a results-list line's placing before the name",
            who=person,
            seat=seat_tie,
            subject_tie=subject_tie,
        )
    marks = [person.span] + [p.span for p in f.parties if _within(cell, p.span.start, p.span.end)]
    paired = _two_pairs(text, cell, nums)
    if paired and seat_tie is not None and seat_tie[1] and cand.name_grounds is None:
        # Her figures are left unread, but the line still names her as the seat's candidate.
        cand.name_grounds = Grounds(
            what="named on a seat's table row (no header says which figures are hers)",
            subject=subject_tie[0],
            seat=seat_tie[0],
            seat_named=seat_tie[2],
            election="no other election named on its line: the story's",
        )
    votes_here: NumberMention | None = None  # the count this line gave as her votes
    bare_share: NumberMention | None = None  # the bare decimal read after it as her share
    for k, n in nums:
        if _MAJORITY_IN_CELL.search(text, cell.start, n.start):
            # "Jane Smith - 29,992 (majority 14,337)": the seat's, left to its reading. A line
            # whose only figure is that ("Jane Smith (CON HOLD by 19,620)") still names her as
            # the seat's candidate, tied as the line ties its figures.
            if (
                len(nums) == 1
                and seat_tie is not None
                and seat_tie[1]
                and cand.name_grounds is None
            ):
                cand.name_grounds = Grounds(
                    what="named on a results-list line giving the seat's majority",
                    subject=subject_tie[0],
                    seat=seat_tie[0],
                    seat_named=seat_tie[2],
                    election="no other election named on its line: the story's",
                )
            continue
        f.used.add(k)
        if paired and n.kind in (NumberKind.COUNT, NumberKind.PERCENT):
            continue  # two (count, percentage) pairs: which is hers only a header can say
        as_count = n.kind is NumberKind.YEAR and _year_is_count(text, cell, n, marks)
        if n.hedge != "exact" or (not as_count and _dated(f, n)) or _torn(text, n):
            continue
        # A sign touches its figure ("+9.82%", "(-2.4)"); "Labour - 22,727" is a separator.
        signed = n.start > cell.start and text[n.start - 1] in "+-−"
        if signed or n.number_text.startswith(("+", "-", "−")):
            if n.kind is NumberKind.PERCENT and cand.share is not None:
                change_column(f, n, cand, person=person, seat=seat, seat_tie=seat_tie, what=what)
            elif bare_share is not None and _bare_column(text, bare_share, n):
                # "… 24,459 48.3 +7.7": the signed decimal after a bare share is its change.
                change_column(f, n, cand, person=person, seat=seat, seat_tie=seat_tie, what=what)
            elif (
                cand.share is not None
                and seat is not None
                and cand.party is not None
                and not cand.party.lower().startswith("independent")
                and _CARD_CHANGE_LABEL.search(text, cell.start, n.start)
            ):
                # A results page's card gives its party's change since the last election (an
                # independent's, or a party new to the seat, is its whole share): the party's,
                # not the person's, who may have stood for another party then. In a seat not
                # known, a party's change is no one's the record could place.
                change_column(
                    f,
                    n,
                    cand,
                    person=person,
                    seat=seat,
                    seat_tie=seat_tie,
                    what=what,
                    subject_tie=(
                        f"{cand.party}, the card's party (its change is the party's)",
                        True,
                    ),
                )
                state.claims[-1] = state.claims[-1].model_copy(update={"candidate": None})
            continue  # a change column: points written with "%", never read as per cent
        if _CARD_SHARE_LABEL.search(text, cell.start, n.start):
            # "Jane Smith Votes 21,317 header_vote_share 51.1 Net percentage change in seats
            # +8.8", a results page's card as copied: the field's label says the bare number
            # is her share, in per cent, as a "%" would.
            if n.kind is NumberKind.COUNT and n.value <= 100 and cand.share is None:
                cand.share = f.figure(
                    n,
                    Unit.PERCENT,
                    f"{what}: a card's vote-share field (“header_vote_share”)",
                    who=person,
                    seat=seat_tie,
                    subject_tie=subject_tie,
                )
            continue
        if (
            votes_here is not None
            and cand.share is None
            and _bare_column(text, votes_here, n)
            and all(_signed_decimal(m) for _, m in nums if m.start > n.start)
        ):
            # "Jane Smith (Lab) 24,459 48.3": a decimal of at most 100 right after her votes,
            # in the column a list gives the share, with no header or "%" to say so; only a
            # signed change may follow (a count after it is a column no one can name). The
            # column's place is a convention, not a word: the reading is loose.
            bare_share = n
            cand.share = f.figure(
                n,
                Unit.PERCENT,
                f"{what}: a bare decimal in the share's column, after the votes",
                who=person,
                what_loose=True,
                seat=seat_tie,
                subject_tie=subject_tie,
            )
            continue
        count = n.kind is NumberKind.COUNT or as_count
        if count and DIGITS.fullmatch(n.number_text) and n.value >= 1:
            if cand.votes is None:
                cand.votes = f.figure(
                    n, Unit.VOTES, what, who=person, seat=seat_tie, subject_tie=subject_tie
                )
                votes_here = n
            elif _prose_figure(cand.votes, what) and cand.votes.value != n.value:
                # "Jane Smith is re-elected with 16,094 votes" above the seat's table's "Jane
                # Smith Conservatives 21,777": the table is the count; the prose's other value
                # is kept as said again, so the record can still judge it.
                cand.restated.append(cand.votes)
                cand.votes = f.figure(
                    n, Unit.VOTES, what, who=person, seat=seat_tie, subject_tie=subject_tie
                )
            elif _said_again(f, cand.votes, n):
                # (tenth session) "Nick Boles retained his seat with 35,090 votes", then the
                # full result's "Nick Boles (Conservative) 35,090": the same count, said again.
                cand.restated.append(
                    f.figure(
                        n, Unit.VOTES, what, who=person, seat=seat_tie, subject_tie=subject_tie
                    )
                )
        elif n.kind is NumberKind.PERCENT and n.value <= 100 and cand.share is None:
            cand.share = f.figure(
                n, Unit.PERCENT, what, who=person, seat=seat_tie, subject_tie=subject_tie
            )
        elif n.kind is NumberKind.PERCENT and _said_again(f, cand.share, n):
            cand.restated.append(
                f.figure(n, Unit.PERCENT, what, who=person, seat=seat_tie, subject_tie=subject_tie)
            )


# A share or its change written as a bare decimal, "48.3", "+7.7", "−14.31": one or two
# places, as lists print them (a whole number there may be anything: a footnote, a count).
_BARE_DECIMAL = re.compile(r"[+\-−]?\d{1,3}\.\d{1,2}")
# Between two columns of a list's line: spaces, or a table's bar.
_COLUMN_GAP = re.compile(r"[ \t]*(?:\|[ \t]*)?")


# What may stand between a list's lines at any gap (blank lines, bullets): text that is
# nothing else once they are stripped holds no heading or sentence that could start another
# list, so the lines are of one list however far apart.
_ROW_MARKS = " \t\n•*-–"
# Between two lines of one list: a line break, or a blank line (a row to a paragraph), and
# the bullets lines open with; not a wider gap, where a heading may have been lost.
_ROW_GAP = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t•*\-–]*")


def _bare_column(text: str, before: NumberMention, n: NumberMention) -> bool:
    """Is ``n`` a bare decimal of at most 100 in the column right after ``before`` (the
    line's votes, or its bare share), with nothing but spaces or a table's bar between?"""
    return (
        n.kind is NumberKind.COUNT
        and n.hedge == "exact"
        and abs(n.value) <= 100
        and bool(_BARE_DECIMAL.fullmatch(n.number_text))
        and bool(_COLUMN_GAP.fullmatch(text, before.end, n.start))
    )


def _signed_decimal(n: NumberMention) -> bool:
    """Is ``n`` a signed bare decimal, a share's change as lists print it ("+7.7")?"""
    return n.number_text[:1] in "+-−" and bool(_BARE_DECIMAL.fullmatch(n.number_text))


# A results page's card fields as copied, right before their figures: the share's label, and
# the label of the share's change since the last election ("Net percentage change in seats").
_CARD_FIELDS = "header_vote_share"
_CARD_SHARE_LABEL = re.compile(r"\bheader_vote_share[ \t]*$")
_CARD_CHANGE_LABEL = re.compile(r"\bnet percentage change in seats[ \t]*$", re.IGNORECASE)


# Right before a figure on a candidate's line: the word saying it is the seat's majority, or
# a margin's "by" ("Jane Smith (CON HOLD by 19,620)": won by that many, not that many votes).
_MAJORITY_IN_CELL = re.compile(
    r"\b(?:majority|maj\.?|by(?:\s+(?:just|only))?)[ \t]*[:–-]?[ \t]*$", re.IGNORECASE
)


# Between a name and a footnote's number, and between that number and the votes: spaces.
_FOOTNOTE_GAP = re.compile(r"[ \t]+")


def _past_footnote(
    f: Frame, person: PersonMention, nums: list[tuple[int, NumberMention]]
) -> list[tuple[int, NumberMention]]:
    """The line's figures less a footnote's number after the name: in "Jane Smith 10 2,461
    6.4" the "10" is a marker (a note's number, printed on the line), not her votes, since
    a whole count follows it straight away and a line gives one candidate one count. (A
    marker glued to the name, "Smith10", is no number at all.)"""
    if len(nums) < 2:
        return nums
    (k, first), (_, second) = nums[0], nums[1]
    text = f.state.text
    if (
        first.kind is NumberKind.COUNT
        and len(first.number_text) <= 2
        and first.number_text.isdigit()
        and second.kind is NumberKind.COUNT
        and DIGITS.fullmatch(second.number_text)
        and first.start >= person.span.end
        and _FOOTNOTE_GAP.fullmatch(text, person.span.end, first.start)
        and _FOOTNOTE_GAP.fullmatch(text, first.end, second.start)
    ):
        f.used.add(k)
        return nums[1:]
    return nums


def _two_pairs(text: str, cell: Span, nums: list[tuple[int, NumberMention]]) -> bool:
    """Does the line hold two whole counts each with an unsigned percentage after it, as a
    seat's table row does ("Bath HOBHOUSE, Wera 69,662 69.1% 19,883 41.3% -12.1%": electorate
    and turnout, then votes and share)? A candidate's line gives one count and one share;
    with two pairs, which is the candidate's votes and share (and which the seat's electorate
    and turnout, or another election's) is for the columns' header to say
    (:mod:`.commons_tables` reads the rows under one). Without it, neither pair is read: the
    first count is the votes only on a line of one result."""
    pairs, count = 0, False
    for _, n in nums:
        signed = n.number_text.startswith(("+", "-", "−")) or (
            n.start > cell.start and text[n.start - 1] in "+-−"
        )
        if signed:
            continue
        if n.kind is NumberKind.COUNT and DIGITS.fullmatch(n.number_text) and n.value >= 1:
            count = True
        elif n.kind is NumberKind.PERCENT and count:
            pairs, count = pairs + 1, False
    return pairs >= 2


def _torn(text: str, n: NumberMention) -> bool:
    """Is ``n`` a count cut off by the end of its line, its thousands separator last, with the
    rest of it on the next line or nothing after ("Labour Party 2," where the copy broke
    "2,621")? What is left is no figure. ("Green 575," over another line is a list's comma.)"""
    if not text.startswith(",", n.end):
        return False
    tail = _LINE_TAIL.match(text, n.end + 1)
    return tail is not None and (
        tail.end() >= len(text.rstrip()) or bool(_THOUSANDS_REST.match(text, tail.end()))
    )


_THOUSANDS_REST = re.compile(r"[ \t]*\d{3}(?!\d)")


def _prose_figure(fig: Figure, what: str) -> bool:
    """Was ``fig`` read from prose (not another list line), written exactly in full?"""
    g = fig.grounds
    return fig.exact and fig.hedge == "exact" and g is not None and not g.what.startswith(what)


def change_column(
    f: Frame,
    n: NumberMention,
    cand: Candidate,
    *,
    person: PersonMention | None,
    seat: str | None,
    seat_tie: SeatTie | None,
    what: str,
    subject_tie: tuple[str, bool] | None = None,
) -> None:
    """A list line's signed column after the share ("(36.60%, -14.31%)", "(39.94%) +11.40%"):
    the change of that share since the last election. Lists write it in points with a "%"
    sign, so it is read as points, by that convention and not by a word: the "what" tie is
    loose, and a finding on it is at most a warning. A line naming a party, not a person
    (:mod:`.party_cards`), gives no ``person`` but its own ``subject_tie``."""
    state = f.state
    sign = n.number_text[:1] if n.number_text[:1] in "+-−" else state.text[n.start - 1]
    down = sign in "-−"
    size = abs(n.value)
    amount = f.figure(
        n,
        Unit.POINTS,
        f"{what}: a signed change of the share, in points as lists write it",
        who=person,
        what_loose=True,
        seat=seat_tie,
        subject_tie=subject_tie
        or (f"{person.name if person is not None else cand.name}, on the same line", True),
    )
    amount = amount.model_copy(update={"value": size, "text": n.number_text.lstrip("+-−")})
    claim = ChangeClaim(
        quantity=Quantity.SHARE,
        contest=seat,
        candidate=cand.name or None,
        party=cand.party,
        direction=Direction.DOWN if down else Direction.UP,
        amount=amount,
        current=cand.share,
        span=n.span,
        quoted=amount.quoted,
    )
    state.claims.append(claim)


# A heading that is only the compass part of a seat's name ("North East" over a list in a
# story titled "Leeds … Election Results").
_PARTIAL_HEADING = re.compile(
    r"^[ \t]*((?:North|South|East|West|Central|Mid)(?:[ \t]+(?:North|South|East|West|Central))?)"
    r"[ \t]*$",
    re.MULTILINE,
)
_TITLE_WORD = re.compile(r"[A-Z][\w'’-]+")


def _partial_heading(f: Frame, at: int, heading: ContestMention | None) -> str | None:
    """The last compass heading line above ``at`` in the sentence, below any seat heading."""
    begin = heading.span.end if heading is not None else f.sent.span.start
    found = None
    for m in _PARTIAL_HEADING.finditer(f.state.text, begin, at):
        found = m.group(1)
    return found


def _titled_seat(f: Frame, partial: str) -> str | None:
    """The one seat a word of the story's first line and a compass heading name together:
    "Leeds" and "North East" name Leeds North East."""
    text = f.state.text
    start = visible_from(text, f.state.body_start)
    end = text.find("\n", start)
    title = text[start : end if end >= 0 else len(text)][:200]
    seats = set()
    for w in _TITLE_WORD.finditer(title):
        for name in (f"{w.group()} {partial}", f"{partial} {w.group()}"):
            found = contest_matcher().find(name)
            if len(found) == 1 and found[0].span.end - found[0].span.start == len(name):
                seats.add(found[0].name)
    return seats.pop() if len(seats) == 1 else None


def _claim_heading(f: Frame, at: int | None) -> bool:
    """Take the heading at ``at`` for this sentence's list, if the list has several lines;
    False when another list of several lines already took it."""
    if len(f.people) < 2:
        return True
    taken = f.state.list_headings.setdefault(at, f.sent.span.start)
    return taken == f.sent.span.start


_BRACKETED = re.compile(r"\s*\(\s*([A-Za-z]{2,5})\s*\)")


def _bracketed_abbreviation(f: Frame, person: PersonMention, cand: Candidate) -> None:
    """ "Jane Smith (PC) 1,669": the party by its official abbreviation, in brackets right
    after a list line's name. Only there: in prose "PC" is as often a police constable."""
    m = _BRACKETED.match(f.state.text, person.span.end)
    if m is None:
        return
    for party in f.state.pack.parties.values():
        if party.abbreviation == m.group(1):
            cand.party, cand.party_span = party.name, Span(start=m.start(1), end=m.end(1))
            return


def _dated(f: Frame, n: NumberMention) -> bool:
    """Does ``n``'s clause date it to another election? Not by a year that is another list
    line's count: "Conservative 1959 - 4.8%" under "Jane Smith (UUP) 4936 - 12.1%"."""
    when = f.earlier(n)
    if when is None:
        return False
    text = f.state.text
    for m in f.numbers:
        if m.kind is not NumberKind.YEAR or m.number_text != when:
            continue
        line = span_of(text.rfind("\n", 0, m.start) + 1, m.end)
        end = text.find("\n", m.end)
        cell = span_of(line.start, len(text) if end < 0 else end)
        marks = [p.span for p in f.parties if _within(cell, p.span.start, p.span.end)] + [
            p.span for p in f.people if _within(cell, p.span.start, p.span.end)
        ]
        if not _year_is_count(text, cell, m, marks):
            return True
    return not any(m.kind is NumberKind.YEAR and m.number_text == when for m in f.numbers)


_SEPARATOR_ONLY = re.compile(
    # (A label that dates, not a party's: "Jane Smith (Con) Born 1974", "Elected 2015".)
    r"[\s:,;()\[\]|•*\-–—]*(?:(?!(?:Born|Elected|Re-elected|First|Since|Until|From|In)\b)"
    r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*[\s:,;()\[\]|\-–—]+)?"
)
_COUNT_TAIL = re.compile(r"\s*(?:votes?\b)?\s*(?:[(\[,;|–—-].*)?", re.DOTALL)


def _year_is_count(text: str, cell: Span, n: NumberMention, marks: list[Span]) -> bool:
    """Is a year-like number ("2019") in a list cell the candidate's count? Yes when only
    separators (and a capitalised label, a party the pack does not know) stand between it
    and the name or party before it, and only a separator or "votes" after it: "Jane Smith,
    Green: 2019". "Jane Smith (Lab), elected 2015" is a year."""
    before = [s.end for s in marks if s.end <= n.start]
    if not before:
        return False
    return bool(_SEPARATOR_ONLY.fullmatch(text, max(before), n.start)) and bool(
        _COUNT_TAIL.fullmatch(text, n.end, cell.end)
    )


def _heading(f: Frame, at: int) -> ContestMention | None:
    """The seat named last before ``at`` in the sentence: a list's heading ("Putney" on the
    line above "Jane Smith (Lab) 22,780"), which governs the lines under it."""
    before = [c for c in f.contests if c.span.end <= at]
    return before[-1] if before else None


def _field_label(words: list[str]) -> bool:
    """Do ``words`` label a card's field (votes, share, or its change)?"""
    label = " ".join(words)
    return bool(
        _VOTES_FIELD.match(label) or _SHARE_FIELD.match(label) or _CHANGE_FIELD.match(label)
    )


def _read_field(
    f: Frame, owner: PersonMention, num: tuple[int, NumberMention], words: list[str]
) -> None:
    """A card's field line: "• Votes: 869", "• Vote share %: 1.6"."""
    k, n = num
    label = " ".join(words)
    change = _CHANGE_FIELD.match(label) is not None
    if not (change or _VOTES_FIELD.match(label) or _SHARE_FIELD.match(label)):
        return  # "Lab majority 11,179", "Turnout - 67.42 per cent": for the other readings
    f.used.add(k)
    heading = _heading(f, n.start)
    seat = heading.name if heading is not None else f.contest
    what = f"a results card's “{label}” line"
    seat_tie: SeatTie | None = (
        (f"{seat}, the card's heading", True, "layout") if heading is not None else None
    )
    signed = n.number_text.startswith(("+", "-", "−"))
    if n.hedge != "exact" or signed != change:
        return
    cand = f.state.candidate(owner, seat)
    tie = (f"{owner.name}, the card's name line above it", True)
    other = owner.span.start in f.state.other_cards
    if change:
        if other and n.kind in (NumberKind.COUNT, NumberKind.PERCENT):
            _other_card_change(f, n, cand, owner, seat=seat, seat_tie=seat_tie, what=what)
        elif cand.share is not None and n.kind in (NumberKind.COUNT, NumberKind.PERCENT):
            change_column(
                f, n, cand, person=owner, seat=seat, seat_tie=seat_tie, what=what, subject_tie=tie
            )
        return
    votes = _VOTES_FIELD.match(label) and n.kind is NumberKind.COUNT
    share = (
        _SHARE_FIELD.match(label)
        and n.kind in (NumberKind.COUNT, NumberKind.PERCENT)
        and n.value <= 100
    )
    if votes and cand.votes is None:
        cand.votes = f.figure(n, Unit.VOTES, what, who=owner, subject_tie=tie, seat=seat_tie)
    elif share and cand.share is None:
        cand.share = f.figure(n, Unit.PERCENT, what, who=owner, subject_tie=tie, seat=seat_tie)
    elif (votes and cand.votes is not None and cand.votes.value != n.value) or (
        share and cand.share is not None and cand.share.value != n.value
    ):
        # A second card for the same person with other figures ("23,639 total votes taken"
        # under a card of 29,548): another result's, the last election's or the one before.
        f.state.other_cards.add(owner.span.start)


def _other_card_change(
    f: Frame,
    n: NumberMention,
    cand: Candidate,
    owner: PersonMention,
    *,
    seat: str | None,
    seat_tie: SeatTie | None,
    what: str,
) -> None:
    """The share change on a card of another result (:func:`_read_field`): that result's
    change, not one of the share an earlier card gave, so it is read with no level and its
    election as unknown (the cards name none): no rule can measure it against this one's."""
    before = len(f.state.claims)
    change_column(
        f,
        n,
        cand,
        person=owner,
        seat=seat,
        seat_tie=seat_tie,
        what=what,
        subject_tie=(f"{owner.name}, the card's name line above it", True),
    )
    if len(f.state.claims) == before:
        return
    claim = f.state.claims[-1]
    assert isinstance(claim, ChangeClaim)
    assert claim.amount is not None
    g = claim.amount.grounds
    assert g is not None
    grounds = g.model_copy(
        update={
            "election": f"another result's: a card for {owner.name} with other figures than an "
            "earlier card's",
            "loose": (*g.loose, "election"),
        }
    )
    amount = claim.amount.model_copy(update={"grounds": grounds})
    f.state.claims[-1] = claim.model_copy(update={"amount": amount, "current": None})
