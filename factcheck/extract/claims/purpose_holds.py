"""A hold said as what a win was for (issue 8, seventeenth session): "Jane Smith, who beat
Labour to hold Gower", "Jane Smith saw off the challenge of John Brown to retain Gower",
"Jane Smith romped over the line to retain Gower for Labour".

Counted on the open skeletons: three stories from three outlets (a national broadcaster's
regional page, a local radio station, a Belfast radio station), each unread. The infinitive
alone is no result ("hoping to hold Gower", "failed to hold Gower", "expected to retain
it"): only after a verb of beating or winning in the same clause does it say the seat was
kept. The winner is the person named right before that verb (their party as the story ties
it, the party "for" names after the seat, or none: the person is the subject); the seat is
the one named right after "to hold", so both are tied tightly. Each is read as a hold, and
the person as the seat's winner.

Not read: the infinitive after any other verb, a seat not named right after it, a person
tied to another seat, and any hope, negation or other date
(:func:`~factcheck.extract.claims.outcomes.emit_outcome` judges the sentence).
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.outcomes import emit_outcome
from factcheck.extract.claims.ranks import first_in_words
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import Frame
from factcheck.models import Span

PURPOSE_CUES = ("to hold ", "to retain ", "to keep ")
"""Substrings one of which a sentence needs for :func:`read_purpose_holds` to read it."""

# Right after the person, the verb of beating or winning whose purpose the hold is, its
# object, and the infinitive: " beat Labour to hold ", ", who beat Labour to hold ", " saw
# off the challenge of John Brown to retain ", " romped over the line to retain ".
_WON_TO_HOLD = re.compile(
    r"(?:\s*,\s*who)?\s+(?:(?:comfortably|easily|narrowly|convincingly|again)\s+)?"
    r"(?:beat|defeated|saw\s+off|fended\s+off|held\s+off|edged\s+out|romped|cruised|did\s+enough)"
    r"\b[^.;:!?\n]{0,80}?\bto\s+(?P<verb>hold|retain|keep)\s+(?:on\s+to\s+)?"
)
# After the seat: "for Labour", "for the SNP".
_FOR_PARTY = re.compile(r"\s+for\s+(?:the\s+)?")


def read_purpose_holds(f: Frame) -> None:
    """Each "X beat Y to hold SEAT": a hold of SEAT by X's party, and X its winner."""
    text, sent = f.state.text, f.sent
    for who in f.people:
        m = _WON_TO_HOLD.match(text, who.span.end, sent.span.end)
        if m is None:
            continue
        seat = f.contest_at(m.end())
        if seat is None or f.contest_for(who) != seat.name:
            continue
        # A person whose party neither the words nor the story give is still the subject:
        # the hold is their party's, which the record knows.
        party, party_tie = _party_of(f, who, seat.span.end)
        span = Span(start=m.start("verb"), end=seat.span.end)
        words = Span(start=who.span.start, end=seat.span.end)
        if not states_a_result(f, words):
            continue
        emit_outcome(
            f,
            party=party,
            party_tie=party_tie,
            party_tight=True,
            verb="hold",
            from_party=None,
            seat=seat.name,
            seat_tie=(
                f"{seat.name}, named right after “to {m.group('verb')}”",
                True,
                "by the words",
            ),
            span=span,
            what=f"“to {m.group('verb')}” after a verb of winning: the seat kept",
            candidate=who.name,
            words_at=words,
        )
        cand = f.register(who)
        if cand.contest == seat.name and cand.rank is None:
            cand.rank = first_in_words(
                f,
                words,
                f"“to {m.group('verb')}” the seat after a verb of winning: its winner",
                who=who,
                subject_tie=(f"{who.name}, named right before the verb of winning", True),
                seat=(
                    f"{seat.name}, named right after “to {m.group('verb')}”",
                    True,
                    "by the words",
                ),
            )


def _party_of(f: Frame, who: PersonMention, after_seat: int) -> tuple[str | None, str]:
    """The winner's party: named after the seat ("to retain Gower for Labour"), else the one
    the story ties to the person."""
    text = f.state.text
    gap = _FOR_PARTY.match(text, after_seat, f.sent.span.end)
    if gap is not None:
        for p in f.parties:
            if p.span.start == gap.end():
                return p.party.name, f"{p.party.name}, named after the seat with “for”"
    name = who.name
    link = f.links.get(who.span.start)
    if link is not None:
        return link.party.name, f"{link.party.name}, tied to {name} by the wording"
    cand = f.state.candidates.get(name)
    if cand is not None and cand.party is not None:
        return cand.party, f"{cand.party}, {name}'s party as the story ties it"
    return None, f"{name}, named right before the verb (their party as the record has it)"
