"""Whether the seat carried into a sentence that names none still holds there.

A sentence naming no constituency takes the one the story was last on: "Labour's Jane Smith
won Bristol West. She polled 20,000 votes." Round-ups and live blogs break that carry
without naming a seat, and then the carried seat is a guess that misreads every figure it
is given. :func:`carry_doubt` says why the carry fails:

- a second winner: the sentence says someone new won (or that someone "lost his seat to"
  them), and the carried seat's winner is already someone else ("Helen Morgan was
  re-elected in North Shropshire. ¶ Victoria Collins was elected with 27,282 votes"): one
  seat has one winner; or says someone new "also" won ("Lady Sylvia Hermon was also
  returned"): a win besides those told before;
- another seat in words: "in the second constituency to declare", "another seat", "next
  door in Herefordshire", "the other Labour holds";
- a place that is not the carried seat's: "her Edinburgh seat", "in the Suffolk Coast
  constituency", "Dundee's Chris Law", "Bath's Liberal Democrat" after a
  sentence about Edinburgh South (a place the matcher cannot make a seat of, since several
  seats share it, is still not the one carried);
- someone new's own majority ("Jess Phillips also saw her majority slashed") where the
  carried seat's winner is someone else;
- someone new's own seat ("Starmer's vote share in his constituency") where the carried seat
  is another person's ("Tony Blair's … in his Sedgefield constituency") and not the story's
  own;
- a results list placing someone new first ("1st - Jane Smith, Labour: 21,234") where the
  carried seat's winner is already someone else: a round-up's next seat's list, its heading
  lost or never written;
- a list row set off from the rows above it by a wider gap than theirs: the next list, whose
  heading was lost (the heading above binds the list right under it).

The reader then leaves the sentence's figures without a seat (unplaced) until a seat is
named again: a figure without a seat is checked against nothing, a figure in the wrong one
against the wrong record.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from factcheck import compiled_re as re
from factcheck.extract.entities import PersonMention, uk_constituencies
from factcheck.extract.frame import Frame, ReadState
from factcheck.extract.text import cue_words
from factcheck.models import ChangeClaim, OutcomeClaim, Quantity
from factcheck.names import name_key, surname_key

# After a person, words saying they won: "was elected", "has been re-elected", "was also
# returned", "held his seat", "defeated Conservative …"; not a figure won ("won 5pc", "took
# 48% of the vote", "secured a third"), a lower placing ("took second place") nor a defeat
# ("was defeated").
_WON_AFTER = re.compile(
    r",?[^\S\n]+(?:"
    r"(?:(?:has|had|was|is)[^\S\n]+(?:been[^\S\n]+)?)?(?P<also>also[^\S\n]+)?"
    r"(?:re-?elected|elected|returned)"
    r"|(?:(?:has|had)[^\S\n]+)?(?P<also2>also[^\S\n]+)?"
    r"(?:re-?took|won|wins|held|holds|retained|retains|kept|defeated|defeats|beat|beats"
    r"|unseated|ousted|took|takes|seized|gained|clinched|secured)"
    r"(?![^\S\n]+(?:(?:just|only|over|nearly|almost|around|about|some|a|an|the)[^\S\n]+)*"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|third|quarter|half|fifth"
    # "took second place", "took the runner-up position": a placing below first, no win.
    r"|second|fourth|sixth|seventh|last|runner|2nd|3rd|[4-9]th"
    r"|share|majority)))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Every match of _WON_AFTER holds one of these as a whole word ("re-elected" is "re" and
# "elected").
_WON_CUES = cue_words(
    "elected returned retook took won wins held holds retained retains kept defeated defeats"
    " beat beats unseated ousted takes seized gained clinched secured lost"
)
# After a person, words making the next person named the winner: "lost his seat to the
# Conservatives' Douglas Ross".
_LOST_TO = re.compile(
    r",?[^\S\n]+(?:(?:has|had)[^\S\n]+)?lost[^\S\n]+(?:his|her|their)[^\S\n]+seat[^\S\n]+to\b"
)
# Words naming a seat other than the one the story was on.
_ANOTHER_SEAT = re.compile(
    r"\b(?:(?:the\s+)?(?:second|third|fourth|fifth|next|neighbouring)|another)"
    r"\s+(?:constituency|seat)\b"
    # "Next door in Herefordshire, …": the place next to the one the story was on.
    r"|\bnext[\s-]door\b(?=,?\s+(?:in|at)\b)"
    # "The other Labour holds were also won with a reduced majority": the seats besides it,
    # the sentence's subject (not "As with the two other seats declared so far, …").
    r"|^(?:the\s+|all\s+the\s+)?other\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:seats|constituencies|holds|gains|wins|MPs)\b",
    re.IGNORECASE,
)
_ANOTHER_CUES = cue_words("second third fourth fifth next neighbouring another other")
_OWN_CUES = cue_words("his her")
# A place owning a seat or a person: "her Edinburgh seat", "Dundee's Chris Law".
_PLACE_SEAT = re.compile(
    r"\b(?:his|her|their|its)\s+((?:[A-Z][\w'’-]*\s+){1,3})(?:seat|constituency)\b"
)
# "in the Suffolk Coast constituency": the noun makes the words a seat, one the matcher may
# not know (a new or misspelt name), so one place word in them is enough.
_THE_PLACE_SEAT = re.compile(
    r"\bthe\s+((?:[A-Z][\w'’-]*\s+){1,3})(?:seat|constituency)\b(?!\s+of\b)"
)
# (The owner's words on one line: a heading above, "Election Night", is not part of the name.)
_PLACE_OWNS = re.compile(r"\b([A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*){0,2})['’]s?\s+$")
# A place a sentence is set in: "In Maidstone, Helen Grant …", "re-elected in Uxbridge, west
# London": opening the sentence, or after a verb of winning or the count, and closed by
# punctuation (not "in Kent's only Labour seat").
_IN_PLACE = re.compile(
    r"(?:^|\b(?:elected|returned|won|held|retained|gained|victory|count|standing|stood)\s+)"
    r"[Ii]n\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)(?=\s*[,.;:]|\s*$)"
)
_IN_PLACE_CUES = cue_words("elected returned won held retained gained victory count standing stood")
# Capitalised words that own a seat without naming a place: "his Westminster seat".
_NOT_PLACES = frozenset(
    name_key(w)
    for w in "Westminster Commons Parliament Holyrood Senedd Stormont Assembly Council".split()  # noqa: SIM905
)
_COMPASS_WORDS = (
    "north south east west central north-east north-west south-east south-west mid inner"
    " outer upper lower city of the and upon on in under by with st"
)
_COMPASS = frozenset(_COMPASS_WORDS.split())


# A person's own seat, unnamed: "Starmer's vote share in his constituency".
# (Only "in": "lost his seat" may be the loser's, and the carried seat the one lost.)
_OWN_SEAT = re.compile(r"\bin\s+(?:his|her)\s+(?:own\s+)?(?:seat|constituency)\b", re.IGNORECASE)


@cache
def _place_words() -> frozenset[str]:
    """The folded words of UK constituency names that are places, not compass points."""
    words: set[str] = set()
    for seat in uk_constituencies():
        words.update(w for w in name_key(seat).split() if w not in _COMPASS)
    return frozenset(words)


def carry_doubt(f: Frame, seat: str) -> str | None:
    """Why ``seat``, carried into the frame's sentence (which names no seat), is not the
    sentence's: the words that break the carry, or None when it holds."""
    sent = f.sent
    if f.people and f.numbers:
        gap = _wider_gap(f)
        if gap is not None:
            return gap
        closed = _after_closing_line(f)
        if closed is not None:
            return closed
        opened = _list_after_prose(f, seat)
        if opened is not None:
            return opened
    if f.says(_ANOTHER_CUES):
        found = _ANOTHER_SEAT.search(sent.text)
        if found is not None:
            return found.group(0)
    place = _other_place(f, seat)
    if place is not None:
        return place
    if f.people:
        holder = _another_seats_member(f, seat)
        if holder is not None:
            return holder
    if f.people and f.says(_OWN_CUES):
        own = _someone_elses_seat(f, seat)
        if own is not None:
            return own
    if f.people and f.says(_WON_CUES):
        won = _second_winner(f.state, f.people, seat, f.sent.span.end)
        if won is not None:
            return won
    if f.people and f.says(_MAJORITY_CUES):
        # "Jess Phillips … also saw her majority slashed": a majority is its seat's winner's,
        # and the carried seat's winner is someone else.
        # Only of the person opening the sentence, the one named before it: "beating her
        # closest rival, Conservative Jane Smith by 8,659 votes and extending her majority"
        # is the winner's, named before the sentence.
        theirs = _OWN_MAJORITY.search(sent.text)
        first = f.people[0]
        if (
            theirs is not None
            and first.span.start - sent.span.start <= _OPENING
            and f.count_before(f.people, sent.span.start + theirs.start()) == 1
        ):
            words = f"{first.name}: “{theirs.group(0)}”,"
            other = _other_winner(f.state, first, seat, words)
            if other is not None:
                return other
    if f.people and f.says(_FIRST_CUES):
        return _second_list(f, seat)
    return None


# A line of a results list: a name opening it (after a bullet), a figure on it, and no
# sentence ending inside it (a line of prose is no row).
_ROW = re.compile(r"[ \t•*\-–]*[A-Z][^\n]{0,100}?\d[^\n]{0,60}")
_PROSE_BREAK = re.compile(r"[.!?][ \t]+[A-Z]")


# The lower-case words a list's row may hold besides names, parties and figures.
_ROW_WORDS = frozenset(
    "votes vote share per cent pc percent of the majority seat elected and change".split()  # noqa: SIM905
)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


# The lines already judged, for the story last read: (its text, {(start, end): a row?}).
# Every sentence of a list asks of its own line and of the one or two above it, three
# times over (a gap, a closing line, a row of prose), so each line is judged once. Keyed by
# the text's identity, and swapped whole for another text, so a thread reading another
# story never sees this one's answers.
_ROWS_SEEN: list[tuple[str, dict[tuple[int, int], bool]]] = [("", {})]


def _row_at(text: str, start: int, end: int) -> bool:
    """Is the line from ``start`` to ``end`` a results list's row: a name, a figure, and at
    most one word of prose ("Mr Farron secured 31,061 votes, with …" is a sentence)?"""
    seen = _ROWS_SEEN[0]
    if seen[0] is not text:
        seen = _ROWS_SEEN[0] = (text, {})
    found = seen[1].get((start, end))
    if found is None:
        found = seen[1][start, end] = _judge_row(text, start, end)
    return found


def _judge_row(text: str, start: int, end: int) -> bool:
    if _ROW.fullmatch(text, start, end) is None or _PROSE_BREAK.search(text, start, end):
        return False
    odd = 0  # words of prose: the second settles it
    for w in _LOWER_WORD.finditer(text, start, end):
        if w.group() not in _ROW_WORDS:
            odd += 1
            if odd > 1:
                return False
    return True


def _line_before(text: str, start: int) -> tuple[int, int, int] | None:
    """The non-blank line before the line starting at ``start``: its start and end, and how
    many blank lines stand between; None at the story's start."""
    end = start - 1
    blanks = 0
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            return begin, end, blanks
        blanks += 1
        end = begin - 1
    return None


def prose_seat_instead(f: Frame, seat: str) -> tuple[str, int] | None:
    """The seat of the sentence alone, when it is prose giving a figure to someone the story
    read as another seat's candidate (:func:`own_seat_instead`): "Mr Farron, who has been MP
    since 2005, secured 31,061 votes" is about his seat, whatever seat the story was on; the
    story stays there after it. Not a list's row, which a heading lost above it may put in
    a seat the words do not name."""
    if not f.people or not f.numbers or _list_row(f):
        return None
    return own_seat_instead(f, seat)


def _list_row(f: Frame) -> bool:
    """Is the frame's sentence a line of a results list, alone on its line?"""
    return _row_line(f) is not None


def _row_line(f: Frame) -> tuple[int, int] | None:
    """Where the line of the frame's sentence starts and ends, when the sentence opens it
    (after bullets at most) and the line is a results list's row; None otherwise."""
    text, start = f.state.text, f.sent.span.start
    line = text.rfind("\n", 0, start) + 1
    if not _LINE_LEAD.fullmatch(text, line, start):
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return (line, end) if _row_at(text, line, end) else None


def _wider_gap(f: Frame) -> str | None:
    """A list row set off from the rows above it by a wider gap than the one between them:
    the start of another list. Copy that stacks seats' results lists, a row to a paragraph,
    puts each list under its seat's name; where a heading was lost (an image, a table's
    caption), the gap is what is left of it ("Jane Smith (Con): 28,486", a blank line, "John
    Brown (Lab): 27,505", two blank lines, "Mary Jones (Con): 31,582"). The heading binds
    the list right under it, not the next one."""
    row = _row_line(f)
    if row is None:
        return None
    text, line = f.state.text, row[0]
    above = _line_before(text, line)
    if above is None or above[2] == 0:
        return None  # no gap: the rows run on
    prev_start, prev_end, gap = above
    if not _row_at(text, prev_start, prev_end):
        return None
    before = _line_before(text, prev_start)
    if before is None or before[2] >= gap or not _row_at(text, before[0], before[1]):
        return None
    return f"{gap} blank lines before the row, {before[2]} between the rows above it"


_LINE_LEAD = re.compile(r"[ \t•*\-–]*")
# A results list's closing line: its turnout, majority, electorate or spoilt ballots ("Turnout
# 58.68%", "Labour majority - 1,992", "Majority: 4,667").
_CLOSING_LINE = re.compile(
    r"[ \t•*\-–]*(?:[A-Z][\w-]*[ \t]+){0,2}"
    r"(?:turnout|majority|maj|electorate|spoilt|spoiled|rejected|swing)\b[^\n]*",
    re.IGNORECASE,
)


def _after_closing_line(f: Frame) -> str | None:
    """A list row right after another list's closing lines: a seat's list ends on its
    turnout or majority, so rows after them open the next seat's list. Copy that stacks a
    round-up's lists under headings an image held, or never wrote ("• BURDEN, Richard (Lab)
    18,317", …, "Turnout 58.68%", then "• JAVID, Sajid (Cons) 34,408"), leaves their seat
    unnamed: not the seat the first list was carried into."""
    row = _row_line(f)
    if row is None:
        return None
    text, (line, end) = f.state.text, row
    above = _line_before(text, line)
    closing = None
    while above is not None and _CLOSING_LINE.fullmatch(text, above[0], above[1]):
        closing = above
        above = _line_before(text, above[0])
    if closing is None or above is None or not _row_at(text, above[0], above[1]):
        return None
    if _CLOSING_LINE.fullmatch(text, line, end):
        return None  # another closing line, not a row
    return f"a list row after the closing line “{text[closing[0] : closing[1]].strip()}”"


# A line of prose: four lower-case words (a heading, "Northfield", "Results for Bristol
# West:", holds fewer).
_PROSE_WORDS = 4
# The fewest rows a results list has: one or two short lines may be prose ("The SDLP's John
# Coyle took 2,732 votes.").
_LIST_ROWS = 3


def _list_after_prose(f: Frame, seat: str) -> str | None:
    """The first row of a list under no heading, in a story of several seats, when the seat
    carried into it was named in the prose of an earlier paragraph, is not the story's own
    seat, and the list names nobody the story tied to it. "Sajid Javid retained his
    Bromsgrove seat. ¶ Results in full: ¶ • BURDEN, Richard (Lab) 18,317", … with no Javid in
    the list: the list is another seat's (the round-up's first, named in words the reader did
    not take for a seat), and the reader cannot tell which. ("Belfast West: Paul Maskey
    retains his seat. ¶ Full result: ¶ Gerry Carroll …, Paul Maskey …" is Belfast West's.)
    So too right under the sentence naming the seat (twenty-first session): "Jane Smith held
    her Bromsgrove seat. ¶ BURDEN, Richard (Lab) 18,317 …", a list without her, is not hers."""
    state = f.state
    at = f.carried_from
    if (
        at is None
        or state.seats_named <= 1
        or seat == state.main_seat
        or state.seat_from_front_matter
    ):
        return None
    text, start = state.text, f.sent.span.start
    line = text.rfind("\n", 0, start) + 1
    if not _LINE_LEAD.fullmatch(text, line, start):
        return None
    above = _line_before(text, line)
    if above is None or _row_at(text, above[0], above[1]):
        return None  # not a list's first row
    named = text.rfind("\n", 0, at) + 1
    named_end = text.find("\n", at)
    named_end = len(text) if named_end < 0 else named_end
    if sum(1 for _ in _LOWER_WORD.finditer(text, named, named_end)) < _PROSE_WORDS:
        return None  # a heading, however far above
    theirs = {surname_key(n) for n, s in state.person_contest.items() if s == seat}
    theirs |= {surname_key(c.name) for c in state.candidates.values() if c.contest == seat}
    theirs.discard("")
    if not theirs:
        return None  # nobody to tell the list by
    rows, end = _list_from(text, line)
    if rows < _LIST_ROWS:
        return None
    listed = set(name_key(text[line:end]).split())
    if theirs & listed:
        return None
    return f"a list opening under no heading, after prose naming {seat}, without its people"


def one_list(text: str, first: int, second: int) -> bool:
    """Are the lines holding ``first`` and ``second`` (offsets, the first above) rows of one
    results list: rows both, with only blank lines and other rows between, and no closing
    line (a turnout, a majority) ending the first's list before the second?"""
    line = text.rfind("\n", 0, first) + 1
    last = text.rfind("\n", 0, second) + 1
    if last <= line:
        return False
    while line <= last:
        stop = text.find("\n", line)
        stop = len(text) if stop < 0 else stop
        if text[line:stop].strip() and (
            not _row_at(text, line, stop) or _CLOSING_LINE.fullmatch(text, line, stop)
        ):
            return False
        line = stop + 1
    return True


def _list_from(text: str, line: int) -> tuple[int, int]:
    """How many rows the list opening at ``line`` has (blank lines between them allowed),
    and where its last row ends: at its closing line (a turnout, a majority) or the first
    line that is no row."""
    rows, end = 0, line
    while line < len(text):
        stop = text.find("\n", line)
        stop = len(text) if stop < 0 else stop
        if text[line:stop].strip():
            if not _row_at(text, line, stop) or _CLOSING_LINE.fullmatch(text, line, stop):
                break
            rows, end = rows + 1, stop
        line = stop + 1
    return rows, end


# A person's own majority: "saw her majority slashed".
_OWN_MAJORITY = re.compile(r"\b(?:his|her)\s+(?:own\s+)?majority\b", re.IGNORECASE)
_MAJORITY_CUES = cue_words("majority")
_OPENING = 20  # how far into its sentence the person opening it may be named ("Similarly, ")


# A list line opening on a placing first, right before the name: "1st - Jane Smith, Labour:
# 21,234", "• First: Jane Smith (Lab) 20,959".
_PLACED_FIRST = re.compile(r"[ \t•*\-–]*(?:1st|first)\b[ \t]*[-–—:.)]?[ \t]*", re.IGNORECASE)
_FIRST_CUES = cue_words("1st first")


def _second_list(f: Frame, seat: str) -> str | None:
    """A list line placing someone first, when the carried seat's winner is someone else: one
    seat has one winner, so the line opens another seat's list. A round-up stacks its seats'
    lists ("1st - …", "2nd - …", "Turnout: …", then "1st - …" again) under headings a page's
    copy may have lost: each list after the first is in a seat the words do not name."""
    text, sent = f.state.text, f.sent
    line = text.rfind("\n", 0, sent.span.start) + 1
    opening = _PLACED_FIRST.match(text, line, f.people[0].span.start)
    if opening is None or opening.end() != f.people[0].span.start:
        return None
    name = f.people[0].name
    known = f.state.candidates.get(name)
    if known is not None and known.contest == seat:
        return None  # the seat's own candidate
    winner = _winner_of(f.state, seat)
    if winner is None or winner == name:
        return None
    return f"{text[line : opening.end()].strip()} {name}, when {winner} won {seat}"


def _other_place(f: Frame, seat: str) -> str | None:
    """A place the sentence ties a seat or a person to, which is not in the carried seat's
    name: "her Edinburgh seat", "Dundee's Chris Law"."""
    text, sent = f.state.text, f.sent
    owned: list[str] = []
    loosely: list[str] = []
    if f.holds(("seat", "constituency")):  # every match holds one
        owned = [m.group(1) for m in _PLACE_SEAT.finditer(sent.text)]
        loosely = [m.group(1) for m in _THE_PLACE_SEAT.finditer(sent.text)]
    if sent.text.startswith(("In ", "in ")) or f.says(_IN_PLACE_CUES):
        owned += [m.group(1) for m in _IN_PLACE.finditer(sent.text)]
    if "'" in sent.text or "’" in sent.text:
        # A place owning a person, or a party's member: "Dundee's Chris Law", "Bath's Liberal
        # Democrat, who … increased her majority".
        starts = [p.span.start for p in f.people] + [p.span.start for p in f.parties]
        for at in starts:
            m = _PLACE_OWNS.search(text, max(sent.span.start, at - 40), at)
            if m is not None:
                owned.append(m.group(1))
    if not owned and not loosely:
        return None
    party_words = {
        w for p in f.parties for w in name_key(text[p.span.start : p.span.end]).split()
    } | {w for p in f.parties for w in name_key(p.party.name).split()}
    ours = set(name_key(seat).split())
    places = _place_words()
    for words, need_all in [(w, True) for w in owned] + [(w, False) for w in loosely]:
        folded = [w for w in name_key(words).split() if w not in _COMPASS]
        if (
            folded
            and (all if need_all else any)(w in places for w in folded)
            and not any(w in party_words or w in _NOT_PLACES for w in folded)
            and not ours.intersection(folded)
        ):
            return words.strip()
    return None


def _another_seats_member(f: Frame, seat: str) -> str | None:
    """The sentence's first person, when the story makes them another seat's member or
    candidate, and nobody in the sentence the carried seat's: "Mr Cable lost to Tania Mathias
    by more than 2,000 votes" in a story whose seat, by count, is Colchester, and which says
    elsewhere that Mr Cable "had been the MP for Twickenham"."""
    holders = f.state.seat_holders
    if not holders:
        return None
    theirs = holders.get(f.people[0].name)
    if theirs is None or theirs == seat:
        return None
    if any(holders.get(p.name) == seat for p in f.people):
        return None
    return f"{f.people[0].name}, the member for {theirs}"


def own_seat_instead(f: Frame, seat: str) -> tuple[str, int] | None:
    """The seat the sentence's first person was read as a candidate of earlier in the story,
    and where they were first named, when it is not the carried ``seat`` and nobody the
    sentence names is the carried seat's. "David Mundell was returned for Dumfriesshire,
    Clydesdale and Tweeddale … John Lamont retained Berwickshire, Roxburgh and Selkirk. ¶
    Mr Mundell said he had been returned with an increased majority": his seat, not the one
    named last. The story tied the person to that seat in words, so the sentence is read in
    it; the tie stays a carry (loose across a paragraph)."""
    if not f.people:
        return None
    state = f.state
    first = f.people[0].name
    cand = state.candidates.get(first)
    # (A candidate read in a seat, not merely named near one: "Jeremy Corbyn's party had
    # hoped to hold Glasgow North East" makes him no candidate there.)
    theirs = cand.contest if cand is not None else None
    if theirs is None or theirs == seat:
        return None
    for p in f.people:
        known = state.candidates.get(p.name)
        if state.person_contest.get(p.name) == seat or (
            known is not None and known.contest == seat
        ):
            return None
    spans = state.mentions.get(first)
    return (theirs, spans[0].start) if spans else None


def named_seat_instead(f: Frame, seat: str) -> tuple[str, int] | None:
    """The seat the story named the sentence's first person with (or read them as a
    candidate of), and where they were first named, when it is not the carried ``seat`` and
    nobody the sentence names is the carried seat's: as :func:`own_seat_instead`, but a
    person named with a seat counts as well as one read as its candidate. For a carry that
    prose about a person set, not words naming a seat: "Cat Smith won her third term … ¶
    Mr Morris won his fourth term", Mr Morris named earlier "also victorious in Morecambe
    and Lunesdale", takes the story back to his seat; a list's row opening on him too."""
    if not f.people:
        return None
    state = f.state
    first = f.people[0].name
    cand = state.candidates.get(first)
    theirs = state.person_contest.get(first) or (cand.contest if cand is not None else None)
    if theirs is None or theirs == seat:
        return None
    for p in f.people:
        known = state.candidates.get(p.name)
        if state.person_contest.get(p.name) == seat or (
            known is not None and known.contest == seat
        ):
            return None
    spans = state.mentions.get(first)
    return (theirs, spans[0].start) if spans else None


def _someone_elses_seat(f: Frame, seat: str) -> str | None:
    """ "His constituency" of someone new, where the carried seat is another person's and
    not the story's own: "Tony Blair's vote share in his Sedgefield constituency … ¶
    Starmer's vote share in his constituency decreased by 16%" is not Sedgefield's."""
    state = f.state
    if seat == state.main_seat:
        return None
    found = _OWN_SEAT.search(state.text, f.sent.span.start, f.sent.span.end)
    if found is None:
        return None
    # The person named last before "his constituency" owns it; named before anyone, it
    # points forward ("In his constituency, Keir Starmer polled …" is Starmer's).
    i = f.count_before(f.people, found.start())
    owner = f.people[i - 1 if i else 0].name
    known = state.candidates.get(owner)
    if state.person_contest.get(owner) == seat or (known is not None and known.contest == seat):
        return None
    others = [n for n, s in state.person_contest.items() if s == seat and n != owner]
    return f"{owner}: “{found.group(0)}”, in {others[0]}'s seat" if others else None


def _second_winner(
    state: ReadState, people: Sequence[PersonMention], seat: str, end: int
) -> str | None:
    """The words saying someone won, when the carried seat's winner is someone else (a win
    dated to another election, "had won the seat … in 2017", is the seat's earlier one)."""
    text = state.text
    for k, p in enumerate(people):
        won = _WON_AFTER.match(text, p.span.end)
        if won is None:
            lost = _LOST_TO.match(text, p.span.end)
            if lost is not None and k + 1 < len(people):
                # "X lost his seat to Y": Y won it.
                reason = _other_winner(state, people[k + 1], seat, f"{p.name}{lost.group(0)}")
                if reason is not None:
                    return reason
            continue
        year = _YEAR.search(text, won.end(), end)
        if year is not None and year.group() != state.story_year:
            continue
        known = state.candidates.get(p.name)
        if known is not None and known.contest == seat:
            return None  # the seat's own candidate
        if won.group("also") is not None or won.group("also2") is not None:
            # "Lady Sylvia Hermon was also returned": a win besides those told before,
            # so in another seat.
            return f"{p.name}{won.group(0)}"
        winner = _winner_of(state, seat)
        if winner is not None and winner != p.name:
            return f"{p.name}{won.group(0)}, when {winner} won {seat}"
        return None
    return None


def _other_winner(state: ReadState, who: PersonMention, seat: str, words: str) -> str | None:
    """The words saying ``who`` won, when the carried seat's winner is someone else."""
    known = state.candidates.get(who.name)
    if known is not None and known.contest == seat:
        return None
    winner = _winner_of(state, seat)
    if winner is None or winner == who.name:
        return None
    return f"{words} {who.name}, when {winner} won {seat}"


def _winner_of(state: ReadState, seat: str) -> str | None:
    """Who the story has said won ``seat`` so far, if anyone."""
    for cand in state.candidates.values():
        if cand.contest == seat and cand.rank is not None and cand.rank.value == 1:
            return cand.name
    for claim in state.claims:
        if claim.contest != seat or not claim.candidate:
            continue
        # A hold or gain said of a person; a change of their majority ("Alec Shelbrooke
        # also gained on his majority"): the majority is the winner's.
        if isinstance(claim, OutcomeClaim) or (
            isinstance(claim, ChangeClaim) and claim.quantity is Quantity.MAJORITY
        ):
            return claim.candidate
    return None
