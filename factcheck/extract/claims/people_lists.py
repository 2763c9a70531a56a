"""Outcomes said of a list of people (issue 8, fifteenth session): "Emma Hardy, Diana Johnson
and Karl Turner were all re-elected", "Stewart Hosie and Chris Law both won their seats",
"Jane Smith (Gower) and John Brown (Neath) both held their seats", "A, B and C were all
defeated as Labour swept in".

Counted across the open splits (dev to dev10): two or more people named as the subject of one
verb of result, with "all", "both" or an auxiliary before it, in 27 labelled claims of ten
stories from nine outlets, none read (a person's verb was read only of the name right before
it, the list's last). Each person of the list is the verb's subject, in their own seat: the
one bracketed right after their name ("Jane Smith (Gower)"), tightly; else the one the story
named them with earlier, loosely (the words give no seat; the reading that placed the person
does). A person with neither is left out, and so is a sentence naming seats of its own that
are not the people's brackets (which seat is whose is then a guess).

What the verb says of each person:

- "re-elected", "returned", "held (on to) their seats", "retained their seats", "kept their
  seats": they won (rank 1) and their party held the seat (by implication: the "what" of the
  hold is loose, as for one person's "re-elected");
- "elected", "won (their seats)", "win", "victorious": they won;
- "defeated", "beaten", "ousted", "unseated", "lost their seats": their seat changed hands,
  a gain by a party unsaid, from the person's party, which holds only if they held it.

Not read: a verb dated to another election or forecast
(:func:`~factcheck.extract.claims.stated_results.states_a_result`), a list inside a quotation, and
a list whose people include someone placed otherwise (a winner "defeated", or second "held").
"""

from __future__ import annotations

from typing import Literal

from factcheck import compiled_re as re
from factcheck.extract.claims.mentions_at import person_party
from factcheck.extract.claims.outcomes import emit_outcome, said_again
from factcheck.extract.claims.people import bracketed_seat
from factcheck.extract.claims.ranks import place_in_words
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.entities import ContestMention, PersonMention
from factcheck.extract.frame import Frame, SeatTie
from factcheck.models import Span, Unit

LIST_CUES = (" all ", " both ", " were ", " have ")
"""Substrings one of which a sentence needs for :func:`read_people_lists` to read it."""

# Between two people of the list: a bracket after the first (their seat, their party), then a
# comma or "and"; a title or a party's words of up to five words before the next ("Home
# Secretary Priti Patel, Conservative chairman James Cleverly and …").
_JOIN = re.compile(
    r"(?:[^\S\n]*\([^()\n]{1,60}\))?(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+(?:and|&)[^\S\n]+)"
    r"(?:(?:the[^\S\n]+)?(?:[\w'’()-]+[^\S\n]+){0,5}?)?"
)
# After the list's last person (and their bracket): the verb, with "all"/"both" or an
# auxiliary before it (a bare "A and B win" is a headline's, too short to tell from a list of
# two races).
_VERB = re.compile(
    r"(?:[^\S\n]*\([^()\n]{1,60}\))?[^\S\n]*,?[^\S\n]+"
    r"(?:(?P<aux>(?:were|have|had|are)(?:[^\S\n]+been)?)[^\S\n]+)?"
    r"(?:(?P<all>all|both|each)[^\S\n]+)?(?:(?:been|also|comfortably|easily|narrowly)[^\S\n]+)*"
    r"(?P<verb>(?P<hold>re-?elected|returned"
    r"|(?:held|retained|kept)(?:[^\S\n]+on[^\S\n]*to|[^\S\n]+onto)?[^\S\n]+their[^\S\n]+"
    r"(?:respective[^\S\n]+)?seats)"
    r"|(?P<win>elected|victorious|won(?:[^\S\n]+their[^\S\n]+(?:respective[^\S\n]+)?seats)?|win)"
    r"|(?P<lost>defeated|beaten|ousted|unseated|lost[^\S\n]+their[^\S\n]+seats))\b"
)

Said = Literal["hold", "win", "lost"]


def read_people_lists(f: Frame) -> None:
    """Each person of a list the verb of result is said of (the module's docstring)."""
    text, people = f.state.text, f.people
    for i in range(1, len(people)):
        verb = _VERB.match(text, people[i].span.end, f.sent.span.end)
        if verb is None or (verb.group("aux") is None and verb.group("all") is None):
            continue
        first = i
        while first > 0 and _JOIN.fullmatch(
            text, people[first - 1].span.end, people[first].span.start
        ):
            first -= 1
        if first == i:
            continue  # one person: the person's own readers read it
        listed = people[first : i + 1]
        if len({p.name for p in listed}) != len(listed):
            continue
        _read_list(f, listed, verb)


def _read_list(f: Frame, listed: list[PersonMention], verb: re.Match[str]) -> None:
    key = Span(start=verb.start("verb"), end=verb.end("verb"))
    if f.state.quoted(key) or not states_a_result(f, key):
        return
    said: Said = "hold" if verb.group("hold") else "win" if verb.group("win") else "lost"
    seats = [_seat_of(f, who) for who in listed]
    named = [s[1] for s in seats if s is not None]
    if len(set(named)) != len(named):
        return  # two of them in one seat: a list of several seats' people, misplaced
    bracketed = {s[0].span.start for s in seats if s is not None and s[0] is not None}
    if any(c.span.start not in bracketed for c in f.contests):
        return  # seats of the sentence's own, not the people's brackets: whose is a guess
    for who, seat in zip(listed, seats, strict=True):
        if seat is None:
            continue
        _, name, tie = seat
        if not _placed_as_said(f, who, said):
            return
        words = verb.group("verb")
        if said != "lost":
            _rank(f, who, name, tie, span=Span(start=who.span.start, end=key.end), words=words)
        if said == "win":
            continue
        party, party_tie, party_tight = person_party(f, who)
        emit_outcome(
            f,
            party=party if said == "hold" else None,
            party_tie=party_tie if said == "hold" else "not named",
            party_tight=party_tight if said == "hold" else False,
            verb="hold" if said == "hold" else "gain",
            from_party=party if said == "lost" else None,
            seat=name,
            seat_tie=tie,
            span=key,
            what=f"“{words}”, said of {who.name} among others: the sitting MP "
            + ("won, so the party held the seat" if said == "hold" else "lost the seat"),
            what_tight=False,
            candidate=who.name if said == "hold" else None,
            held_by=who.name if said == "lost" else None,
        )


def _seat_of(f: Frame, who: PersonMention) -> tuple[ContestMention | None, str, SeatTie] | None:
    """The person's seat: bracketed after their name (tight), else the one they were read in
    earlier (loose); None when neither."""
    bracket = bracketed_seat(f, who)
    if bracket is not None:
        return (
            bracket,
            bracket.name,
            (f"{bracket.name}, in brackets after {who.name}", True, "in the clause"),
        )
    known = f.state.candidates.get(who.name) or f.state.same_person(who.name)
    if known is None or known.contest is None:
        return None
    return None, known.contest, (f"{known.contest}, {who.name}'s seat earlier", False, "carried")


def _placed_as_said(f: Frame, who: PersonMention, said: Said) -> bool:
    """Is what the verb says of ``who`` consistent with their placing read already (none, or
    first for a win or a hold, not first for a loss)?"""
    known = f.state.candidates.get(who.name) or f.state.same_person(who.name)
    if known is None or known.rank is None:
        return True
    return (known.rank.value == 1) == (said != "lost")


def _rank(f: Frame, who: PersonMention, seat: str, tie: SeatTie, *, span: Span, words: str) -> None:
    cand = f.state.candidate(who, seat)
    if cand.contest != seat or any(
        c is not cand and c.contest == seat and c.rank is not None and c.rank.value == 1
        for c in f.state.candidates.values()
    ):
        return  # named with another seat, or the seat's winner is someone else
    won = f.figure(
        place_in_words(f.state.text, span.start, span.end, 1),
        Unit.RANK,
        f"“{words}”, said of {who.name} among others",
        who=who,
        seat=tie,
        subject_tie=(f"{who.name}, one of the people “{words}” is said of", True),
    ).model_copy(update={"text": "first"})
    if cand.rank is None:
        cand.rank = won
    else:
        said_again(cand, won)
