"""A party's second outcome, said by a verb sharing the subject of the clause before (issue 8,
twelfth session): "The party gained Dundee West from Labour and held Dundee East", "The
Tories lost South Norfolk to Labour but retained North West Norfolk and Mid Norfolk",
"Conservatives win Gedling from Labour, hold Rushcliffe, Broxtowe and Newark"; or by a
participle after a comma: "The Conservatives have won their first seat, holding Swindon
North", "The Greens won their first seat in the East, taking the newly-created Waveney
Valley".

Counted across the unseen batches dev3 to dev7: a second verb in three stories from three
outlets (eleven claims), a participle in two more from two more outlets, none read before:
:func:`~factcheck.extract.claims.outcomes.read_outcomes` reads a verb only right after the
party naming its subject.

The subject is the party opening the sentence (only "The", "But" and the like before it, and
no possessive: "Labour's Jane Smith" opens with a person), or, for a sentence opening "It",
"They" or "The party", the party an outcome read in the same sentence gave that pronoun. The
second verb's seats are the ones named right after it, tied tightly; a gain needs "gained"
(or "captured", "seized") or a "from" party after the seats ("won Bolsover" alone may be a
hold), except "taking": a seat taken is nearly always captured, a gain by implication, read
loosely as :mod:`~factcheck.extract.claims.outcomes` reads "took the seat". The subject is
tied by grammar across the first clause: tightly when no other party is named between it and
the verb, loosely otherwise ("…from Labour, hold Rushcliffe" is still the Conservatives', but
a reading across another party's name may be wrong), and loosely through a pronoun.
"""

from __future__ import annotations

from typing import Literal

from factcheck import compiled_re as re
from factcheck.extract.claims.mentions_at import from_party_at
from factcheck.extract.claims.outcome_seats import seats_from
from factcheck.extract.claims.outcomes import emit_outcome
from factcheck.extract.frame import Frame
from factcheck.extract.vocabulary import PARTY_PRONOUN, TAKEN_FROM
from factcheck.models import OutcomeClaim, Span

COORDINATED_CUES = (" and ", " but ", ", ")
"""Substrings one of which a sentence needs for :func:`read_coordinated_outcomes` to read it
(with an outcome word, which the reader tests first)."""

# The second verb, after the first clause: ", and held ", " but retained ", ", hold " (a
# headline's present), " and also gained ". Only verbs that say a hold, or a gain with
# "gained" or a "from" after the seats; never "lost" (the party it went to is another
# clause's matter).
_SECOND_VERB = re.compile(
    r"(?:\s*,\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?:(?:also|then|easily|comfortably"
    r"|narrowly|still)\s+)?"
    r"(?P<verb>held|retained|kept|hold|holds|retain|retains|keep|keeps|gained|gain|gains"
    r"|regained|took|take|takes|won|win|wins"
    # (after a comma) a participle: ", holding Swindon North", ", taking the newly-created
    # Waveney Valley"
    r"|(?<=,\s)(?:holding|retaining|keeping|gaining|regaining|capturing|seizing|snatching"
    r"|taking|winning))\s+(?:on\s*to\s+|onto\s+)?(?:the\s+seats?\s+of\s+)?"
    r"(?:the\s+(?:newly[\s-]created\s+|new\s+)?)?"
)
_HOLD_VERBS = frozenset(
    {"held", "retained", "kept", "hold", "holds", "retain", "retains", "keep", "keeps"}
    | {"holding", "retaining", "keeping"}
)
_GAIN_ALONE = frozenset(
    {"gained", "gain", "gains", "regained", "gaining", "regaining", "capturing", "seizing"}
    | {"snatching"}
)
# A seat taken with no party it was taken from: a gain by implication (read loosely).
_TAKING = "taking"
# Before the party opening the sentence: "The", "But the", "Meanwhile,", a bullet.
_LEAD = re.compile(
    r"[^\S\n]*(?:[-–•*·][^\S\n]*)?(?:(?:The|the|But|And|Meanwhile,?|Elsewhere,?)\s+){0,2}"
)
_POSSESSIVE = re.compile(r"['’]s?\b")


def _subject(f: Frame) -> tuple[str, str, bool, int] | None:
    """The party the sentence opens with as its subject: (its name, how it was tied, whether
    tightly, where the subject's words end); None when the sentence opens with no party."""
    text, sent = f.state.text, f.sent
    if f.parties:
        first = f.parties[0]
        if (
            _LEAD.fullmatch(text, sent.span.start, first.span.start)
            and not _POSSESSIVE.match(text, first.span.end)
            and not f.count_before(f.people, first.span.start)
        ):
            name = first.party.name
            return name, f"{name}, the party opening the sentence", True, first.span.end
    lead = PARTY_PRONOUN.match(text, sent.span.start, sent.span.end)
    if lead is None:
        return None
    # The party an outcome read in this sentence gave the pronoun (loosely, as it was read).
    mine = [
        c
        for c in f.state.claims
        if isinstance(c, OutcomeClaim)
        and c.span is not None
        and c.party is not None
        and c.span.start == lead.end() - len(lead.group().strip())
    ]
    if not mine:
        return None
    name = mine[-1].party or ""
    return name, f"{name}, the party “{lead.group().strip()}” stands for", False, lead.end()


def read_coordinated_outcomes(f: Frame) -> None:
    """Outcomes said by a second verb sharing the subject of the sentence's first clause."""
    subject = _subject(f)
    if subject is None:
        return
    party, how, tight, after = subject
    text, end = f.state.text, f.sent.span.end
    claims = f.state.claims
    read_before = len(claims)
    for m in _SECOND_VERB.finditer(text, after, end):
        seats = seats_from(f, m.end())
        if not seats:
            continue
        # (The joiner stands right before the verb: no other subject can come between.)
        if f.count_before(f.people, m.start()) > f.count_before(f.people, after):
            continue  # a person named in the first clause may be the verb's subject
        between = [
            p for p in f.parties if after <= p.span.start < m.start() and p.party.name != party
        ]
        word = m.group("verb").lower()
        stop = seats[-1].span.end
        from_party: str | None = None
        if word not in _HOLD_VERBS:
            fm = TAKEN_FROM.match(text, stop, end)
            found = from_party_at(f, fm.end()) if fm is not None else None
            if found is None and word not in _GAIN_ALONE and word != _TAKING:
                continue  # "and won Bolsover": a win, which may be a hold
            if found is not None:
                if found.party.name == party:
                    continue
                from_party, stop = found.party.name, found.span.end
        verb: Literal["hold", "gain"] = "hold" if word in _HOLD_VERBS else "gain"
        implied = word == _TAKING and from_party is None
        alone = tight and not between
        for seat in seats:
            emit_outcome(
                f,
                party=party,
                party_tie=how if alone else f"{how}, another party named before the verb",
                party_tight=alone,
                verb=verb,
                from_party=from_party,
                seat=seat.name,
                seat_tie=(f"{seat.name}, named after the verb", True, "by the words"),
                span=Span(start=m.start("verb"), end=stop),
                what=f"“{m.group('verb')}”, a seat taken: a gain by implication"
                if implied
                else f"“{m.group('verb')}”, a second verb of the sentence's subject: a {verb}",
                what_tight=not implied,
            )
    if len(claims) > read_before:
        # The outcomes read here go before the first clause's: an "It" opening the next
        # sentence stands for the party of the outcome that opens this one (see
        # outcomes._pronoun_party), which the second verb's outcomes do not.
        start = f.sent.span.start
        first = next(
            (
                i
                for i, c in enumerate(claims[:read_before])
                if c.span is not None and c.span.start >= start
            ),
            read_before,
        )
        claims[first:] = [*claims[read_before:], *claims[first:read_before]]
