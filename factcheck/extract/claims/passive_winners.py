"""A seat's winner named after "was won by" (issue 8, twelfth session): "The Banff & Buchan
seat was won by Conservative Jane Smith", "Caithness, Sutherland and Easter Ross was won by
SNP candidate Jane Smith with 15,831 votes", "the new constituency was claimed by Labour's
Jane Smith", "South West Devon was won by new MP Jane Smith".

Counted across the open batches: a person after "won by" or "claimed by" in six stories from
five outlets (three of them, from three outlets, in the unseen batches dev3 to dev7, none
read before). The passive says the seat was won, and by whom: the person named after "by"
(a party's name, "candidate", a title before them) is its winner, tied tightly, and so is
the seat when it is the clause's subject ("Gordon was won by", "The Gordon seat, which was
won by"). "The seat" or "the new constituency" with no seat named stands for the sentence's
or the story's seat, which is inferred: the seat is then tied loosely.

(Seventeenth session) A party after "by" with no person: "Workington has been won by the
Conservatives", "The St Ives and North Cornwall seats have been won by the Liberal
Democrats", "The Inverness, Skye and West Ross-shire constituency has been won by the Liberal
Democrats". Counted on the open skeletons: six stories from six outlets (a national
broadcaster, a student paper, a student radio site, an election blog, a regional paper, a
city paper), none read. The party's candidate in each seat named as the subject (the one the
story names, or one known only by party) won it, as a party's "won Gower" is read
(:mod:`.party_winners`): party, verb and seat are the sentence's own words, so tightly.

Not read: an earlier election's ("In 2019 the seat was won by …", "which was won by Bobby
Sands in 1981"), a hope or a negation, words inside a quotation, a person named with another
seat or placed already, and a party whose candidate in the seat is unsure (two named).
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.party_winners import party_won
from factcheck.extract.claims.ranks import place_in_words
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.entities import ContestMention, PartyMention, PersonMention
from factcheck.extract.frame import Frame
from factcheck.models import Span, Unit

WON_BY_CUES = ("won by", "claimed by", "winning candidate")
"""Substrings one of which a sentence needs for :func:`read_passive_winners` to read it."""

# "was won by", "has been won by", "was narrowly claimed by": the auxiliary is required (a
# bare "won by 1,200 votes" is a margin, read elsewhere). (Seventeenth session) "have been
# won by", "were won by", after a list of seats.
_WON_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:\w+ly|also|then|all|both)\s+)?"
    r"(?P<verb>won|claimed)\s+by\s+"
)
# Between "by" and a party winning with no person named: "the", at most.
_BEFORE_PARTY = re.compile(r"(?:the\s+)?")
# The seats as the clause's subject, a list of them: "The St Ives and North Cornwall seats ",
# "Gower and Swansea West ": each item joined by a comma or "and".
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# Between "by" and the winner: a party's name (read as a mention), its possessive,
# "candidate", a title in lower case ("new MP", "former defence minister"), "the".
_BEFORE_WINNER = re.compile(r"\s*(?:(?:the|['’]s?|candidate|MP|[a-z][a-z-]+)\s*){0,5}")
# The seat as the clause's subject, right before the verb: "Gordon ", "The Gordon seat ",
# "Caithness, Sutherland and Easter Ross, ", "South East Cornwall at about 06:45 which ".
_SUBJECT_GAP = re.compile(
    r"(?:\s+(?:seats?|constituenc(?:y|ies)))?(?:\s*,\s*(?:which\s+)?|\s+(?:which\s+)?)$"
)
# "the seat", "the new constituency", "This seat": the sentence's or story's seat.
_THE_SEAT = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:new\s+)?(?:seat|constituency)\s+$")


def _winner_after(f: Frame, at: int) -> PersonMention | None:
    """The person named right after "by" at ``at``, with only party words or a title
    between."""
    i = f.count_before(f.people, at)
    if i >= len(f.people):
        return None
    who = f.people[i]
    text = f.state.text
    gap_start = at
    # The party named between is a mention: skip over it.
    for p in f.parties:
        if at <= p.span.start < who.span.start:
            if not _BEFORE_WINNER.fullmatch(text, gap_start, p.span.start):
                return None
            gap_start = p.span.end
    if not _BEFORE_WINNER.fullmatch(text, gap_start, who.span.start):
        return None
    return who


def _subject_seat(f: Frame, at: int) -> tuple[ContestMention | None, int, bool] | None:
    """The seat the clause ending at ``at`` (the verb) is about: (the seat named as its
    subject, where its words start, tightly) or (None, where "the seat" starts, loosely)."""
    text, sent = f.state.text, f.sent
    i = f.count_before(f.contests, at)
    if i:
        seat = f.contests[i - 1]
        if _SUBJECT_GAP.fullmatch(text, seat.span.end, at):
            return seat, seat.span.start, True
    the = _THE_SEAT.search(text, max(sent.span.start, at - 30), at)
    if the is not None and the.end() == at:
        return None, the.start(), False
    return None


# (thirteenth session) A live page's caption: "The winning candidate was Jane Smith."
_WINNING_CANDIDATE = re.compile(r"\b[Tt]he\s+winning\s+candidate\s+(?:was|is)\s+")


def _read_winning_candidate(f: Frame) -> None:
    """ "The winning candidate was Jane Smith": the person named after it won the sentence's
    seat (named in it, or carried from the caption before, as the seat's tie says)."""
    text, sent = f.state.text, f.sent
    for m in _WINNING_CANDIDATE.finditer(text, sent.span.start, sent.span.end):
        who = _winner_after(f, m.end())
        if who is None or f.contest is None or f.contest_for(who) != f.contest:
            continue
        words = Span(start=m.start(), end=who.span.end)
        if not states_a_result(f, words):
            continue
        cand = f.register(who)
        if cand.contest != f.contest or cand.rank is not None:
            continue
        fig = f.figure(
            place_in_words(text, words.start, words.end, 1),
            Unit.RANK,
            f"“the winning candidate” {who.name}: the seat's winner",
            who=who,
            subject_tie=(f"{who.name}, named after “the winning candidate was”", True),
        )
        cand.rank = fig.model_copy(update={"text": "first"})


def read_passive_winners(f: Frame) -> None:
    """Winners named after "was won by" their seat, or after "the winning candidate was"."""
    text, sent = f.state.text, f.sent
    if "winning candidate" in f.low:
        _read_winning_candidate(f)
    for m in _WON_BY.finditer(text, sent.span.start, sent.span.end):
        who = _winner_after(f, m.end())
        if who is None:
            _read_party_won(f, m)
            continue
        subject = _subject_seat(f, m.start())
        if subject is None:
            continue
        seat, start, tight = subject
        name = seat.name if seat is not None else f.contest
        if name is None:
            continue
        words = Span(start=start, end=who.span.end)
        if not states_a_result(f, words):
            continue
        if f.contest_for(who) != name:
            continue  # the reader ties them to another seat: whose win this is is unsure
        cand = f.register(who)
        if cand.contest != name or cand.rank is not None:
            continue
        how = (
            f"{name}, the subject of “{m.group('verb')} by”"
            if tight
            else f"{name}, the seat “{text[start : m.start()].strip()}” stands for"
        )
        fig = f.figure(
            place_in_words(text, words.start, words.end, 1),
            Unit.RANK,
            f"“{m.group('verb')} by” {who.name}: the seat's winner",
            who=who,
            subject_tie=(f"{who.name}, named after “{m.group('verb')} by”", True),
            seat=(how, tight, "by the words" if tight else "carried"),
        )
        cand.rank = fig.model_copy(update={"text": "first"})


def _party_after(f: Frame, at: int) -> PartyMention | None:
    """The party named right after "by" at ``at``, with no person after it in the clause."""
    for p in f.parties:
        if p.span.start < at:
            continue
        gap = _BEFORE_PARTY.fullmatch(f.state.text, at, p.span.start)
        return p if gap is not None else None
    return None


def _subject_seats(f: Frame, at: int) -> list[ContestMention]:
    """The seats the clause ending at ``at`` is about: the one named right before the verb, or
    the list ending there ("The St Ives and North Cornwall seats have been won by")."""
    text = f.state.text
    i = f.count_before(f.contests, at)
    if not i:
        return []
    last = f.contests[i - 1]
    if not _SUBJECT_GAP.fullmatch(text, last.span.end, at):
        return []
    seats = [last]
    for seat in reversed(f.contests[: i - 1]):
        if not _LIST_JOIN.fullmatch(text, seat.span.end, seats[0].span.start):
            break
        seats.insert(0, seat)
    return seats


def _read_party_won(f: Frame, m: re.Match[str]) -> None:
    """ "Workington has been won by the Conservatives": the party's candidate in each seat
    named as the subject is ranked first, as a party's "won Workington" is."""
    party = _party_after(f, m.end())
    if party is None:
        return
    if f.count_before(f.people, f.sent.span.end) > f.count_before(f.people, party.span.end):
        # A person named after the party ("won by Labour, with Jane Smith beating …"): whose
        # win it is the words leave open, so it is left alone.
        return
    seats = _subject_seats(f, m.start())
    verb = m.group("verb")
    for seat in seats:
        span = Span(start=seat.span.start, end=party.span.end) if len(seats) == 1 else seat.span
        party_won(
            f,
            party,
            seat.name,
            span,
            what=f"“{verb} by” {party.party.name}: {seat.name}'s winner",
            seat_tie=(f"{seat.name}, the subject of “{verb} by”", True, "by the words"),
        )
