"""A seat's winner said as a party's win (issue 8, fifteenth session): "Labour won Gower",
"Labour has won in Leigh", "Lib Dems win Guildford", "The Lib Dems also won the new seats of
Henley and Thame, Bicester and Woodstock and Didcot and Wantage", "with Labour winning South
Dorset", "The Lib Dems have won the seat with a majority of 12,172 votes".

Counted across the open splits (dev to dev10): a party's "won" (or "wins", "has won",
"winning") with a seat named right after it stood in about forty labelled claims of twenty
stories from fifteen outlets, none read, where a person's "won" of the same shape ("Jane
Smith won Gower") was. The party named right before the verb (an auxiliary or an adverb
between) won each seat named right after it, or each seat of the list that follows: its
candidate in that seat (the one the story named, or one known only by party) is ranked first.
The party, the verb and the seat are the sentence's own words, so the win is read tightly;
"the seat" with no seat named stands for the sentence's seat as carried from before (the
seat tie is then the carried one's, loose unless the engine finds it explicit).

(Seventeenth session) A first win is a gain: "Labour won Canterbury for the first time since
1918", "The Conservatives finally won Dudley North for the first time in history", and a seat
electing a party's member for the first time, "Canterbury has elected a Labour MP for the
first time", "the voters of Blyth Valley returned a Conservative MP for the first time",
"Ynys Mon will be represented by a Conservative MP for the first time since 1987". Counted
on the open skeletons: nine stories from seven outlets, read at most as winners. The party
did not hold the seat before, so it gained it (from whom the words do not say); "for the
first time" must follow the seat itself ("held the seat with over 50% for the first time"
says it of the share, and is no gain).

Not read: a win dated to another election ("won Gower in 2017") or forecast, hoped for or
denied (:func:`~factcheck.extract.claims.stated_results.states_a_result`), a count of seats with
none named ("won five of Cumbria's six seats", "won every seat in Gwent"), a win "back" or
"from" a party (a gain, which :func:`~factcheck.extract.claims.outcomes.read_outcomes` reads),
a national win ("won the election"), a seat whose winner is already another party's or
person's, and a party whose candidate in the seat is unsure (two of them named).
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.known_winners import has_party_winner
from factcheck.extract.claims.outcome_seats import seats_from
from factcheck.extract.claims.outcomes import emit_outcome, said_again
from factcheck.extract.claims.party_subjects import party_candidate
from factcheck.extract.claims.ranks import place_in_words
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.entities import ContestMention, PartyMention
from factcheck.extract.frame import Frame, SeatTie
from factcheck.models import Span, Unit

WON_CUES = ("won ", "wins ", "win ", "winning ")
"""Substrings one of which a sentence needs for :func:`read_party_winners` to read it."""

# Right after the party: an auxiliary or adverb, then the verb ("have won", "also won",
# "win", "winning"); "had won" is an earlier result's, and is not read.
_VERB = re.compile(
    r"(?:\s+party)?(?:\s+(?:now|also|again|comfortably|easily|narrowly|just|duly|convincingly"
    r"|finally))*"
    r"\s+(?P<verb>(?:(?:has|have)\s+(?:also\s+|now\s+|(?:\w+ly\s+))?)?(?:won|wins|win|winning))\s+"
)
# Between the verb and the seat: "in", "on", or a noun naming the seat as such, "the new seats
# of", "the marginal constituency of", "both the" (then "A and B seats").
_BEFORE_SEAT = re.compile(
    r"(?:(?:in|on)\s+(?:the\s+)?|the\s+(?:[a-z][\w-]*\s+){0,2}?(?:seats?|constituenc(?:y|ies))"
    r"\s+of\s+|(?:both\s+)?the\s+(?=[A-Z]))?"
)
# "the seat" with no seat named: the sentence's seat, carried.
_THE_SEAT = re.compile(r"the\s+(?:seat|constituency)\b(?!\s+of\b)(?!['’])")
# After the seat (or its list): a gain's words, read as the gain it is, or the noun of a list
# "both the Worcester and Redditch seats".
_GAIN_AFTER = re.compile(r"(?:\s+seats?)?\s+(?:back\b|from\s)")
_BACK_BEFORE = re.compile(r"back\s+")


def read_party_winners(f: Frame) -> None:
    """Each seat a party is said to have won (the module's docstring): its candidate first."""
    text, sent = f.state.text, f.sent
    for party in f.parties:
        verb = _VERB.match(text, party.span.end, sent.span.end)
        if verb is None or _BACK_BEFORE.match(text, verb.end()):
            continue
        lead = _BEFORE_SEAT.match(text, verb.end(), sent.span.end)
        at = lead.end() if lead is not None else verb.end()
        seats = seats_from(f, at)
        if seats:
            _read_named(f, party, verb, seats)
        elif not f.contests and _THE_SEAT.match(text, verb.end(), sent.span.end):
            _read_the_seat(f, party, verb)


def _read_named(
    f: Frame, party: PartyMention, verb: re.Match[str], seats: list[ContestMention]
) -> None:
    text = f.state.text
    if _GAIN_AFTER.match(text, seats[-1].span.end, f.sent.span.end):
        return  # "won Gower from Labour", "won Gower back": a gain, read as one elsewhere
    said = verb.group("verb")
    first = _FIRST_TIME.match(text, seats[-1].span.end, f.sent.span.end)
    for seat in seats:
        # One seat's win runs from the party's name; in a list, the words before it are every
        # seat's, so each item's claim is its own name.
        span = Span(start=party.span.start, end=seat.span.end) if len(seats) == 1 else seat.span
        party_won(
            f,
            party,
            seat.name,
            span,
            what=f"“{said}” {seat.name}, said of {party.party.name}",
            seat_tie=(f"{seat.name}, named after “{said}”", True, "by the words"),
        )
        if first is not None:
            _first_gain(f, party, seat, span, words_end=first.end())


# (seventeenth session) Right after the seat (or the list): "for the first time", "for first
# time", "for the first time ever", "for the first time in history".
_FIRST_TIME = re.compile(r"(?:\s+seats?)?,?\s+for\s+(?:the\s+)?first\s+time\b")
# "Canterbury has elected a Labour MP for the first time", "returned a Conservative MP for the
# first time", "will be represented by a Conservative MP for the first time since 1987": the
# seat, a verb of electing, and a party's member.
_SEAT_ELECTED_PARTY = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:elected|returned|(?:will\s+be\s+|is\s+now\s+)?represented\s+by)"
    r"\s+(?:a|an|its\s+first)\s+"
)
_MP_FIRST_TIME = re.compile(
    r"\s+(?:MP|[Mm]ember\s+of\s+[Pp]arliament)(?:\s+for\s+the\s+first\s+time\b|(?=\s*[.,;]|$))"
)


def _first_gain(
    f: Frame, party: PartyMention, seat: ContestMention, span: Span, *, words_end: int
) -> None:
    """The party's first win of ``seat``: a gain, from a party the words do not name."""
    emit_outcome(
        f,
        party=party.party.name,
        party_tie=f"{party.party.name}, named as the winner",
        party_tight=True,
        verb="gain",
        from_party=None,
        seat=seat.name,
        seat_tie=(f"{seat.name}, named in the words", True, "by the words"),
        span=span,
        what="a party's win “for the first time”: the seat was not theirs",
        words_at=Span(start=span.start, end=words_end),
    )


def read_first_party_members(f: Frame) -> None:
    """ "Canterbury has elected a Labour MP for the first time": the party's candidate won
    the seat named before the verb, and gained it ("its first Conservative MP" too)."""
    text, sent = f.state.text, f.sent
    for seat in f.contests:
        verb = _SEAT_ELECTED_PARTY.match(text, seat.span.end, sent.span.end)
        if verb is None:
            continue
        i = f.count_before(f.parties, verb.end())
        if i >= len(f.parties) or f.parties[i].span.start != verb.end():
            continue
        party = f.parties[i]
        mp = _MP_FIRST_TIME.match(text, party.span.end, sent.span.end)
        first = "its first" in text[verb.start() : verb.end()]
        if mp is None or not (first or "first time" in text[mp.start() : mp.end()]):
            continue
        span = Span(start=seat.span.start, end=mp.end())
        party_won(
            f,
            party,
            seat.name,
            span,
            what=f"{seat.name} electing a {party.party.name} MP for the first time",
            seat_tie=(f"{seat.name}, the subject of the verb", True, "by the words"),
        )
        _first_gain(f, party, seat, span, words_end=mp.end())


def _read_the_seat(f: Frame, party: PartyMention, verb: re.Match[str]) -> None:
    seat = f.contest
    if seat is None:
        return
    said = verb.group("verb")
    end = _THE_SEAT.match(f.state.text, verb.end())
    assert end is not None
    party_won(
        f,
        party,
        None,
        Span(start=party.span.start, end=end.end()),
        what=f"“{said} the seat”, said of {party.party.name}",
        seat_tie=None,
    )


def party_won(
    f: Frame,
    party: PartyMention,
    seat: str | None,
    span: Span,
    *,
    what: str,
    seat_tie: SeatTie | None,
) -> None:
    """Rank the party's candidate in ``seat`` (None: the sentence's) first at ``span``: the
    party won it, as the words at ``span`` say (also :mod:`.passive_winners`' "won by")."""
    if not states_a_result(f, span):
        return
    where = seat or f.contest
    if where is None or has_party_winner(f, where, party.party.name):
        return
    cand = party_candidate(f, party, seat=seat)
    if cand is None or (cand.rank is not None and cand.rank.value != 1):
        return
    if any(
        c is not cand and c.contest == where and c.rank is not None and c.rank.value == 1
        for c in f.state.candidates.values()
    ):
        return  # the seat's winner is read already, a person: another race's, or a slip
    m = place_in_words(f.state.text, span.start, span.end, 1)
    won = f.figure(
        m,
        Unit.RANK,
        what,
        subject_tie=(f"{party.party.name}, named before the verb", True),
        seat=seat_tie,
    ).model_copy(update={"text": "first"})
    if cand.rank is None:
        cand.rank = won
    else:
        said_again(cand, won)  # "Labour win Gower" over "Jane Smith won Gower for Labour"
