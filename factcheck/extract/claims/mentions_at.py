"""Who is named at a place of a sentence: the party or person whose name starts there (after
spaces), the party a seat was taken "from" a few words on, the person or party named after a
verb with their party's words or title between ("beat Labour's Jane Smith", "ousted former
Minister John Brown"), and the party a person an outcome is about stands for."""

from __future__ import annotations

from typing import TypeVar

from factcheck import compiled_re as re
from factcheck.extract.entities import PartyMention, PersonMention
from factcheck.extract.frame import Frame

_M = TypeVar("_M", PartyMention, PersonMention)


def _named_at(f: Frame, found: list[_M], at: int) -> _M | None:
    """The mention of ``found`` (the sentence's parties or people) at ``at``, after spaces."""
    i = f.count_before(found, at)
    if i < len(found):
        m = found[i]
        if m.span.start >= at and not f.state.text[at : m.span.start].strip():
            return m
    return None


def party_at(f: Frame, at: int) -> PartyMention | None:
    """The party named at ``at`` (after spaces), if any."""
    return _named_at(f, f.parties, at)


def person_at(f: Frame, at: int) -> PersonMention | None:
    """The person named at ``at`` (after spaces), if any."""
    return _named_at(f, f.people, at)


# Between "from" and the party a seat was taken from: a few words describing its holder,
# "from Wales' only Liberal Democrat", "from a sitting Labour MP".
_FROM_WORDS = re.compile(r"(?:[\w'’-]+\s+){1,3}")


def from_party_at(f: Frame, at: int) -> PartyMention | None:
    """The party a seat was taken from, named at ``at`` or a few words on."""
    p = party_at(f, at)
    if p is None:
        i = f.count_before(f.parties, at)
        if i < len(f.parties) and _FROM_WORDS.fullmatch(f.state.text, at, f.parties[i].span.start):
            p = f.parties[i]
    return p


def person_party(f: Frame, who: PersonMention) -> tuple[str | None, str, bool]:
    """The party of a person an outcome is about: the one the wording ties them to, else the
    one they were given earlier in the story (a looser tie)."""
    link = f.links.get(who.span.start)
    if link is not None and link.span.start >= f.sent.span.start:
        return link.party.name, f"{link.party.name}, named with {who.name}", True
    cand = f.state.candidates.get(who.name) or f.state.same_person(who.name)
    if cand is not None and cand.party is not None:
        return cand.party, f"{cand.party}, {who.name}'s party earlier in the story", False
    return None, f"no party named for {who.name}", False


# Between a party and its person: "Labour's", "Conservative candidate", "SNP MSP".
_ROLE_GAP = re.compile(
    r"(?:['’]s?)?\s*(?:(?:deputy|former|shadow|veteran|sitting|Scottish|Welsh|Westminster"
    r"|Commons|party|energy|health|education)\s+){0,3}"
    r"(?:(?:candidate|rival|challenger|MP|MSP|MS|MLA|councillor|leader|secretary|minister"
    r"|spokesman|spokeswoman|stalwart"
    # (ninth session) "unseated Labour frontbencher Thangam Debbonaire"
    r"|frontbencher|backbencher|incumbent|heavyweight|grandee)\s+)?"
)


# Before a person named with no party: their title, "former First Minister Alex Salmond",
# "Education Secretary Gillian Keegan", "veteran MP Jane Smith".
# (nineteenth session) "defeating incumbent Jane Smith", "ousting incumbent Conservative MP
# Jane Smith", "beat outgoing MP Jane Smith", "unseated the long-standing MP Jane Smith",
# "defeated former junior minister Jane Smith" (five outlets): the sitting member's words.
_TITLE_GAP = re.compile(
    r"(?:(?:former|ex-|deputy|shadow|veteran|sitting|then|long-serving|long-standing|outgoing"
    r"|incumbent|junior|party)\s+)*"
    r"(?:(?:[A-Z][a-z]+\s+){0,2}(?:Minister|Secretary|[Ll]eader|minister|secretary|MP|spokesman"
    r"|spokeswoman|[Cc]hairman|Chancellor|Speaker)\s+|(?<=incumbent\s))"
)


def rival_after(f: Frame, at: int) -> tuple[PersonMention | None, str | None, int]:
    """Who is named at ``at`` (a person, perhaps after their party's words or their title, or
    a party): the person, their party, and where the naming ends."""
    named = party_at(f, at)
    if named is not None:
        gap = _ROLE_GAP.match(f.state.text, named.span.end)
        q = person_at(f, gap.end() if gap else named.span.end)
        if q is not None:
            return q, named.party.name, q.span.end
        return None, named.party.name, named.span.end
    q = person_at(f, at)
    if q is None:
        title = _TITLE_GAP.match(f.state.text, at, f.sent.span.end)
        q = person_at(f, title.end()) if title else None
    if q is None:
        return None, None, at
    return q, person_party(f, q)[0], q.span.end
