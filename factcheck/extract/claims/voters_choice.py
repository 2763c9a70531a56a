"""The seat or its voters as the ones who chose (issue 8, twenty-first session): "Voters in
Walsall North have returned Jane Smith", "Gower returns Labour MP Jane Smith", "Blaenau Gwent
has elected Labour's Jane Smith as MP", "The city re-elected Jane Smith", "Gower voters
returned Jane Smith (Labour)", "Clwyd South had also returned a Conservative MP".

Counted on the open skeletons (dev to dev11): a person chosen in seven outlets (a BBC regional
page, two Welsh weeklies, a Belfast daily, a Welsh daily, a Plymouth weekly's "chose … to
return", a county weekly), a party's MP in two more. The one chosen is the object of the verb:
the seat's winner, read as the passive of each verb is ("Jane Smith was re-elected", "was
returned": the sitting MP won, so the party held the seat, by implication). "elected" says
only who won. The seat is the one the subject names; a subject naming none ("the city", "its
voters") takes the story's seat the usual way, and only where the story has named one seat,
or the sentence names it. Not a hope, a forecast or a negation ("has never before returned a
Tory MP"), a quotation, another election's choice, nor a choice of something else ("re-elected
her as leader").
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.mentions_at import party_at, person_party, rival_after
from factcheck.extract.claims.outcomes import emit_person_outcome, said_again
from factcheck.extract.claims.party_subjects import party_candidate
from factcheck.extract.claims.ranks import first_in_words
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.entities import ContestMention, PersonMention
from factcheck.extract.frame import Frame, SeatTie
from factcheck.models import Grounds, Span

CHOSEN_CUES = ("elected", "elects", "returned", "returns")
"""One of these (folded) a sentence needs for :func:`read_voters_choice` to read it."""

# The verb after the seat or its voters, with the words that may stand between: "Gower
# returns", "Gower voters returned", "Gower's voters have once again re-elected", "Walsall
# North has also elected".
_VERB = (
    r"(?:(?:has|have|had)\s+)?(?:(?:also|again|once\s+again|duly|comfortably|narrowly)\s+)?"
    r"(?P<verb>re-?elected|re-?elects|returned|returns|elected|elects)\s+"
)
# Right after a seat's name: its voters, then the verb.
_AFTER_SEAT = re.compile(
    r"(?:['’]s?\s+(?:voters|electorate|electors|constituents)|\s+(?:voters|electors|constituents))?"
    r"[^\S\n]+" + _VERB
)
# Right before a seat's name: "Voters in ", "The people of ", "Constituents in ".
_BEFORE_SEAT = re.compile(
    r"\b(?:[Vv]oters|[Ee]lectors|[Cc]onstituents|[Tt]he\s+people|[Pp]eople)\s+(?:in|of)\s+"
    r"(?:the\s+)?$"
)
# A subject naming no seat: "The city", "The remain-voting city", "Its voters", "Voters".
_PLACE_SUBJECT = re.compile(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:city|town|constituency|seat|borough|county|island|voters|electorate|constituents)"
    r"|[Vv]oters|[Ee]lectors|[Cc]onstituents)\s+" + _VERB
)
# One of these every match of _PLACE_SUBJECT holds (folded): most sentences hold none.
_PLACE_WORDS = (
    "city", "town", "constituen", "seat", "borough", "county", "island", "voters", "elector",
)  # fmt: skip
# A party's MP as the one chosen: "a Conservative MP", "another Labour MP".
_A_PARTY = re.compile(r"(?:a|an|another)\s+")
_PARTY_MP = re.compile(r"\s+(?:MP|[Mm]ember\s+of\s+[Pp]arliament|candidate)\b")
# After the one chosen, "as" must name the seat's title: "as their MP", "as MP for a second
# term", not "as leader" or "as Speaker".
_AS = re.compile(r"\s+as\s+")
_AS_MP = re.compile(
    r"(?:(?:their|its|the|an?|our)\s+)?(?:new\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}"
    r"(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\b"
)


def read_voters_choice(f: Frame) -> None:
    """The one the seat or its voters elected, re-elected or returned (the module's
    docstring): first in the seat; the sitting MP's hold after "re-elected"/"returned"."""
    text, sent = f.state.text, f.sent
    start, end = sent.span.start, sent.span.end
    for c in f.contests:
        verb = _AFTER_SEAT.match(text, c.span.end, end)
        if verb is not None:
            _chosen(f, verb, c, c.span.start)
            continue
        voters = _BEFORE_SEAT.search(text, max(start, c.span.start - 30), c.span.start)
        verb = _VERB_AT.match(text, c.span.end, end) if voters is not None else None
        if voters is not None and verb is not None:
            _chosen(f, verb, c, voters.start())
    if not f.holds(_PLACE_WORDS):
        return
    for m in _PLACE_SUBJECT.finditer(text, start, end):
        if f.contests or f.state.seats_named <= 1:
            # With no seat in the sentence, only the story's one seat is the place meant.
            _chosen(f, m, None, m.start())


_VERB_AT = re.compile(r"[^\S\n]+" + _VERB)


def _chosen(f: Frame, verb: re.Match[str], seat: ContestMention | None, words_at: int) -> None:
    """The one named right after ``verb`` won ``seat`` (None: the seat tied the usual way)."""
    text, end = f.state.text, f.sent.span.end
    after = verb.end()
    who, _, stop = rival_after(f, after)
    party = None
    if who is None:
        a = _A_PARTY.match(text, after, end)
        party = party_at(f, a.end()) if a is not None else None
        mp = _PARTY_MP.match(text, party.span.end, end) if party is not None else None
        if party is None or mp is None:
            return
        stop = mp.end()
    elif (bracket := _BRACKETED_PARTY.match(text, stop, end)) is not None:
        stop = bracket.end()  # "returned Jane Smith (Labour)"
    tail = _AS.match(text, stop, end)
    if tail is not None and _AS_MP.match(text, tail.end(), end) is None:
        return  # "re-elected her as leader": a choice of something else
    words = Span(start=words_at, end=stop)
    if not states_a_result(f, words):
        return
    seat_tie: SeatTie | None = (
        (f"{seat.name}, the seat that chose them", True, "by the words")
        if seat is not None
        else None
    )
    if seat is not None and who is not None and f.contest_for(who) not in (None, seat.name):
        return  # the reader ties them to another seat: whose choice this is is unsure
    said = text[verb.start("verb") : verb.end("verb")]
    what = f"“{said}” by the seat or its voters: the one chosen won"
    if party is not None:
        cand = party_candidate(f, party, seat=seat.name if seat is not None else None)
        if cand is None or cand.rank is not None:
            return
        cand.rank = first_in_words(
            f,
            words,
            what,
            subject_tie=(f"{party.party.name}'s candidate, the party's MP chosen", True),
            seat=seat_tie,
        )
        return
    assert who is not None
    _person_won(f, who, seat, words, said=said, what=what, seat_tie=seat_tie)
    if said.lower().replace("-", "").startswith(("reelect", "return")):
        emit_person_outcome(
            f,
            who,
            [seat] if seat is not None else [],
            who.span.end,
            party=person_party(f, who),
            verb="hold",
            span=Span(start=verb.start("verb"), end=verb.end("verb")),
            what=f"“{said}” by the seat or its voters: the sitting MP won, so the party held "
            "the seat (unless the MP changed party)",
            candidate=who,
        )


_BRACKETED_PARTY = re.compile(r"\s*\([^()\n]{2,40}\)")


def _person_won(
    f: Frame,
    who: PersonMention,
    seat: ContestMention | None,
    words: Span,
    *,
    said: str,
    what: str,
    seat_tie: SeatTie | None,
) -> None:
    """``who``, named right after ``said``, won ``seat`` (None: the seat tied the usual
    way), as ``what`` says; ``seat_tie`` ties a seat named."""
    cand = f.register(who)
    if seat is not None and cand.contest not in (None, seat.name):
        return
    subject = f"{who.name}, named right after “{said}”"
    place = first_in_words(f, words, what, who=who, subject_tie=(subject, True), seat=seat_tie)
    if cand.rank is None:
        cand.rank = place
    else:
        said_again(cand, place)
    if (
        cand.name_grounds is None
        and seat is not None
        and seat_tie is not None
        and cand.contest == seat.name
    ):
        # The name is read by these words, as the names' reader reads "have returned X as
        # their MP" (which it leaves to this reading once the person is a candidate).
        cand.name_grounds = Grounds(
            what=f"named as the one “{said}” by the seat or its voters",
            subject=subject,
            seat=seat_tie[0],
            seat_named=seat_tie[2],
            election="no other election named in its clause: the story's",
        )
