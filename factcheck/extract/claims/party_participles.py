"""A party's share given by a participle after its clause (issue 8, eleventh session): "The
DUP have held off an Alliance Party challenge, winning 43% of the vote", "The Conservatives
have won their first seat, holding Swindon North with 56.3 per cent of the vote", "the
Alliance Party leaped forward into second place, winning 16% of the vote".

The participle after a comma is said of the subject of the clause it hangs on: the party
opening the sentence, with no person named before the participle. The share is that party's
candidate's in the sentence's seat (:func:`~.party_subjects.party_candidate`). The tie of a
participle to its subject is grammar, not a cue at the figure, so the subject tie is loose (a
finding on it is at most a warning).
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.party_subjects import party_candidate
from factcheck.extract.frame import Around, Frame
from factcheck.extract.numbers import NumberKind
from factcheck.models import Unit

# The participle before the share, after the comma that hangs it on the clause: "…, winning
# 43%", "…, holding Swindon North with 56.3 per cent", "…, also taking 12%".
_PARTICIPLE = re.compile(
    r",\s*(?:(?:also|again|comfortably|easily|narrowly)\s+)?"
    r"(?P<verb>winning|taking|securing|polling|gaining|claiming|picking\s+up"
    r"|(?:holding|taking|winning|gaining|retaining|keeping)\s+[^,;:]{1,80}?\s+with)"
    r"\s+(?:(?:just|only|some|nearly|almost|over|more\s+than|around|about)\s+)?$"
)
# After the share: "of the vote", "of the votes cast", "of the poll", "share", "vote share".
_OF_THE_VOTE = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:votes?|poll|ballots?)\b|(?:vote\s+)?share\b)", re.IGNORECASE
)
# Before the party opening the sentence: "The", "But the", "Meanwhile,".
_LEAD = re.compile(r"\s*(?:[-–•*]\s+)?(?:(?:The|the|But|And|Meanwhile,?|Elsewhere,?)\s+){0,2}")
PARTICIPLE_CUES = (
    "winning",
    "taking",
    "securing",
    "polling",
    "gaining",
    "claiming",
    "picking",
    "holding",
    "retaining",
    "keeping",
)
"""Substrings one of which a sentence needs for :func:`read_participle_share` to read it."""


def read_participle_share(f: Frame, a: Around) -> bool:
    """A share after a participle whose subject is the party opening the sentence."""
    m = a.m
    if m.kind is not NumberKind.PERCENT or m.hedge != "exact" or not f.parties:
        return False
    text, sent = f.state.text, f.sent
    if not _OF_THE_VOTE.match(text, m.end):
        return False
    participle = _PARTICIPLE.search(text, max(sent.span.start, m.start - 120), m.start)
    if participle is None:
        return False
    subject = f.parties[0]
    if not sent.span.start <= subject.span.start < participle.start():
        return False
    if not _LEAD.fullmatch(text, sent.span.start, subject.span.start):
        return False  # the party does not open the sentence: not the clause's subject
    if f.count_before(f.people, m.start):
        return False  # a person named before the share may be its owner
    if f.earlier(m) is not None:
        return False  # "winning 43% in 2017": another election's share
    cand = party_candidate(f, subject)
    if cand is None or cand.share is not None:
        return False
    name = subject.party.name
    # The only party named before the participle is its subject for certain; with another
    # between ("The DUP held off an Alliance challenge, winning 43%"), grammar still says
    # the opening one, but the reading may be wrong: loosely.
    alone = f.count_before(f.parties, participle.start()) == 1
    how = f"{name}, the party opening the sentence the participle hangs on"
    cand.share = f.figure(
        m,
        Unit.PERCENT,
        f"“{participle.group('verb').split()[0]} … of the vote”: a share",
        subject_tie=(how if alone else f"{how}, another party named between", alone),
    )
    return True
