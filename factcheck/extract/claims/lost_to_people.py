"""A seat lost to a person, whoever lost it (issue 8, seventeenth session): "The former
First Minister lost Gordon to Conservative Jane Smith", "…, lost Banbury to Jane Smith",
"but lost North Down to independent Unionist Jane Smith", "Lost Paisley to 20-year-old Jane
Smith".

Counted on the open skeletons: four stories from four outlets (two regional papers, a
national broadcaster's regional page, a blog), each unread because the one who lost is not
named ("the former First Minister", a clause's missing subject), where "Jane Smith lost
Gordon to John Brown" is read. Who lost does not matter: the person named right after "to"
(a party, its possessive or a few words describing them between at most) took the seat, so
they are its winner and it is a gain, by their party (the one the words or the story tie to
them, else theirs in the record); from whom the words do not say.

Not read: a seat not named right before "to", a party with no person after "to" (read
elsewhere), a person the reader ties to another seat, a seat whose gain is read already, and
any loss dated to another election, hoped for or denied
(:func:`~factcheck.extract.claims.outcomes.emit_outcome` judges the sentence).
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.outcomes import emit_outcome
from factcheck.extract.claims.ranks import first_in_words
from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import Frame
from factcheck.models import OutcomeClaim, Span

LOST_CUES = ("lost ", "loses ", "losing ")
"""Substrings one of which a sentence needs for :func:`read_lost_to_people` to read it."""

# Right before the seat: "lost ", "lost her ", "losing his ".
_LOST_BEFORE = re.compile(r"\b(?:[Ll]ost|[Ll]oses|[Ll]osing)\s+(?:(?:his|her|their|its)\s+)?$")
# After the seat, before the winner: " to ", " seat to the ", " to Conservative ", " to
# 20-year-old ", " to independent Unionist ", " to the SNP's " (the party a mention skipped).
_TO = re.compile(r"(?:\s+(?:seat|constituency))?\s+to\s+(?:the\s+)?")
_DESCRIBED = re.compile(r"\s*(?:(?:[a-z0-9][\w-]*|[A-Z][a-z]+)\s+){0,3}?")
_POSSESSIVE = re.compile(r"['’]s?\s+")


def read_lost_to_people(f: Frame) -> None:
    """Each "lost SEAT to NAME": NAME won SEAT, a gain by their party."""
    text, sent = f.state.text, f.sent
    for seat in f.contests:
        lost = _LOST_BEFORE.search(
            text, max(sent.span.start, seat.span.start - 14), seat.span.start
        )
        if lost is None:
            continue
        to = _TO.match(text, seat.span.end, sent.span.end)
        if to is None:
            continue
        who = _winner_at(f, to.end())
        if who is None or f.contest_for(who) != seat.name:
            continue
        if any(
            isinstance(c, OutcomeClaim) and c.contest == seat.name and c.verb == "gain"
            for c in f.state.claims
        ):
            continue  # read already ("Jane Smith lost Gordon to John Brown")
        cand = f.register(who)
        party = cand.party
        link = f.links.get(who.span.start)
        if link is not None:
            party = link.party.name
        span = Span(start=lost.start(), end=who.span.end)
        before = len(f.state.claims)
        emit_outcome(
            f,
            party=party,
            party_tie=(
                f"{party}, {who.name}'s party as the words tie it"
                if party
                else f"{who.name}, named after “to” (their party as the record has it)"
            ),
            party_tight=True,
            verb="gain",
            from_party=None,
            seat=seat.name,
            seat_tie=(f"{seat.name}, named right after “lost”", True, "by the words"),
            span=span,
            what="“lost SEAT to” a person: a gain by the one it was lost to",
            candidate=who.name,
        )
        if len(f.state.claims) > before and cand.contest == seat.name and cand.rank is None:
            cand.rank = first_in_words(
                f,
                span,
                "“lost SEAT to” a person: the one it was lost to won it",
                who=who,
                subject_tie=(f"{who.name}, named right after “to”", True),
                seat=(f"{seat.name}, named right after “lost”", True, "by the words"),
            )


def _winner_at(f: Frame, at: int) -> PersonMention | None:
    """The person named at ``at``, past a party's mention (and its possessive) and up to three
    words describing them ("Conservative", "20-year-old", "independent Unionist")."""
    text = f.state.text
    i = f.count_before(f.people, at)
    if i >= len(f.people):
        return None
    who = f.people[i]
    gap_start = at
    for p in f.parties:
        if at <= p.span.start < who.span.start:
            if not _DESCRIBED.fullmatch(text, gap_start, p.span.start):
                return None
            possessive = _POSSESSIVE.match(text, p.span.end, who.span.start)
            gap_start = possessive.end() if possessive is not None else p.span.end
    if not _DESCRIBED.fullmatch(text, gap_start, who.span.start):
        return None
    return who
