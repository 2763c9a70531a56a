"""A gain said by a majority overturned (issue 8, thirteenth session): "Reform UK chairman Jane
Smith overturned a 27,402-vote Conservative majority in Boston and Skegness", "The Liberal
Democrats have overturned a Conservative majority of almost 10,000 votes to win Oxford West
and Abingdon", "Alliance overturn the DUP's 6,499 majority to take the seat", "with their
candidate, Jane Smith, overturning a majority of two", "as he wiped out John Brown's massive
majority".

Counted across the open batches: a majority overturned or wiped out by the one who won, in
eight stories from eight outlets (2015 to 2024), none read as an outcome before. A majority
overturned is the seat changing hands, said outright: a gain (the "what" tie is tight) by
the subject's party, from the party whose majority it was (a party's name among the words
before "majority"); a person named there ("Conservative John Brown's 2,137 majority") is the
one who held the seat, kept as the outcome's ``held_by``. The subject is a party right before
the verb (tight), or a person, whose party is theirs as every person's outcome gives it (said
of a person, the gain is the party's by implication: loose). The majority's own figure is the
previous election's, read where majorities are (``margins``), not here.

Not read: an infinitive ("needed to overturn a majority of 5,000"), a hope, negation or
forecast and an earlier election's ("in 2015 she overturned …"; see
:func:`~factcheck.extract.claims.stated_results.states_a_result`), a majority that is no seat's
("overturned the government's majority"), and a sentence naming several seats with none after
the words (which seat changed hands is unsure).
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.mentions_at import person_party
from factcheck.extract.claims.outcome_seats import story_seat
from factcheck.extract.claims.outcomes import emit_outcome, emit_person_outcome
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.claims.winner_subjects import winner_subject
from factcheck.extract.entities import ContestMention
from factcheck.extract.frame import Frame, SeatTie
from factcheck.extract.vocabulary import AUX
from factcheck.models import OutcomeClaim, Span

OVERTURN_CUES = ("overturn", "wiped out", "wipes out", "wiping out")
"""Substrings one of which a sentence needs for :func:`read_overturned` to read it."""

# The verb and what it overturned: up to eight words ending in "majority" (a count's comma or
# point is no clause break: "Conservative John Brown's 2,137 majority").
_OVERTURNED = re.compile(
    r"(?<!\bto\s)(?<!\bto\s\s)\b(?P<verb>overturn(?:ed|s|ing)?|wip(?:ed|es|ing)\s+out)\s+"
    r"(?P<object>(?:(?:[\w'’-]|[,.](?=\d))+\s+){0,8}?)majority\b"
)
# A party before the verb, an auxiliary or adverb between: "The Liberal Democrats have
# overturned", "Alliance overturn".
_PARTY_GAP = re.compile(rf"{AUX}\s+")
# A majority of no seat: the nation's, the government's.
_NO_SEATS = re.compile(
    r"\b(?:government|parliamentary|overall|working|Commons|national)\b", re.IGNORECASE
)


def read_overturned(f: Frame) -> None:
    """A gain in each sentence saying its subject overturned or wiped out a majority."""
    text, sent = f.state.text, f.sent
    for m in _OVERTURNED.finditer(text, sent.span.start, sent.span.end):
        start, end = m.start("verb"), m.end()
        words = m.group("object")
        if _NO_SEATS.search(words):
            continue
        span = Span(start=start, end=end)
        if not states_a_result(f, span):
            continue
        taken = next((p for p in f.parties if m.start("object") <= p.span.start < end), None)
        owner = next((p for p in f.people if m.start("object") <= p.span.start < end), None)
        from_party = taken.party.name if taken is not None else None
        held_by = owner.name if owner is not None else None
        seats = _seats_after(f, end)
        party = next(
            (
                p
                for p in reversed(f.parties)
                if p.span.end <= start and p.span.start >= sent.span.start
            ),
            None,
        )
        if party is not None and _PARTY_GAP.fullmatch(text, party.span.end, start):
            # (The words up to the verb: the majority's figure is another reading's.)
            said = Span(start=party.span.start, end=m.end("verb"))
            _emit_party(
                f,
                party=party.party.name,
                span=said,
                seats=seats,
                from_party=from_party,
                held_by=held_by,
                verb=m["verb"],
            )
            continue
        who = winner_subject(f, start)
        if who is None or who is owner:
            continue
        if _read_already(f, seats):
            continue
        emit_person_outcome(
            f,
            who,
            seats,
            end,
            party=person_party(f, who),
            verb="gain",
            span=Span(start=who.span.start, end=m.end("verb")),
            what=f"“{m['verb']}” a majority: the seat changed hands",
            from_party=from_party,
            candidate=who,
            held_by=held_by,
        )


# Where the clause after the words ends: "… majority in Gordon, while Labour held …".
_CLAUSE_END = re.compile(r"[;:]|,\s|\s[–—-]\s|\b(?:while|whereas|but|and\s+(?:the|Labour))\b")


def _seats_after(f: Frame, at: int) -> list[ContestMention]:
    """The seat named after the words in their clause ("… majority in Boston and Skegness",
    "… to win Oxford West and Abingdon"), if one is."""
    end = f.clause_end(at, _CLAUSE_END)
    named = [c for c in f.contests if at <= c.span.start < end]
    return named[:1]


def _read_already(f: Frame, seats: list[ContestMention]) -> bool:
    """Has the sentence a gain read already in the seat (the "to win …" after the words)?"""
    names = {c.name for c in seats}
    return any(
        isinstance(c, OutcomeClaim)
        and c.verb == "gain"
        and c.span is not None
        and f.sent.span.start <= c.span.start < f.sent.span.end
        and (not names or c.contest in names)
        for c in f.state.claims
    )


def _emit_party(
    f: Frame,
    *,
    party: str,
    span: Span,
    seats: list[ContestMention],
    from_party: str | None,
    held_by: str | None,
    verb: str,
) -> None:
    """The gain said of a party: in the seat named after the words, else the sentence's one
    seat or the story's (:func:`~factcheck.extract.claims.outcome_seats.story_seat`)."""
    if _read_already(f, seats):
        return
    if seats:
        seat: str | None = seats[0].name
        tie: SeatTie = (f"{seats[0].name}, named after the words", True, "by the words")
    elif len(f.contests) > 1:
        return  # several seats, none after the words: which changed hands is unsure
    else:
        seat, tie = story_seat(f)
    emit_outcome(
        f,
        party=party,
        party_tie=f"{party}, named before “{verb}”",
        party_tight=True,
        verb="gain",
        from_party=from_party,
        seat=seat,
        seat_tie=tie,
        span=span,
        what=f"“{verb}” a majority: the seat changed hands",
        held_by=held_by,
        words_at=span,
    )


def may_overturn(text: str, start: int = 0) -> bool:
    """Might ``text[start:]`` say a majority was overturned? (A text with no figure is read
    for it all the same: see ``reader._worth_reading``.)"""
    return any(cue in text for cue in OVERTURN_CUES) and _OVERTURNED.search(text, start) is not None
