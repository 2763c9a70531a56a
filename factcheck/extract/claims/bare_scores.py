"""A winner's and a rival's counts set against each other without the word "votes":
"Jane Smith won with 23,885, closely followed by Conservative John Brown with 23,008",
"Plaid Cymru's Jane Smith retained Arfon with 16,127, ahead of Labour's John Brown on 12,219".

Neither count says what it counts, but together they are a score: the winner's count after
"won … with", the rival's after "followed by NAME with" or "ahead of NAME on", the first the
larger. Such counts are votes (a majority would be said so, "won with a majority of"), each
of the person named right before it, so every tie is explicit. Counted across the unseen
batches dev3, dev4 and dev5, the wording stood in three stories from three outlets; one of
its rival's counts was wrong.

Only that shape is read: one person before each count (the winner the only one named before
the first), nobody else between; a verb of winning, and at most six words (the seat, "the
seat") between it and "with"; a rival's lead right after the first count's comma. Anything
else is left to the other readings.
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import Frame
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.extract.vocabulary import DIGITS
from factcheck.models import Unit

SCORE_CUES = ("followed by", "ahead of", "in front of")
"""Substrings one of which a sentence needs for :func:`read_bare_score` to read it."""

# Between the winner and their count: "won with ", "retained Carmarthen East and Dinefwr
# with ", "has held the seat with just ". Not across "majority", "by" or "votes": those say
# what the count is, and other readings read them.
_WON_WITH = re.compile(
    r"(?:['’]s)?,?\s+(?:(?:has|have|had|narrowly|comfortably|easily)\s+)?"
    r"(?:won|wins|retained|retains|held|holds|kept|keeps|took|takes|regained|gained|captured)"
    r"(?:\s+(?!(?:with|by|majority|votes?|a|an)\b)[\w'’&-]+){0,6}?\s+with\s+(?:just\s+|only\s+)?"
)
# From the winner's count to the rival: ", closely followed by ", ", ahead of ".
_RIVAL_LEAD = re.compile(
    r"\s*,\s+(?:(?:closely|narrowly|comfortably|well|just|only)\s+)?"
    r"(?:followed\s+by|ahead\s+of|in\s+front\s+of)\s+"
)
# Between the rival's lead and the rival: their party ("Labour's ", "Conservative "), a role
# ("Labour candidate ").
_RIVAL_WORDS = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w'’&-]*(?:['’]s?)?|candidate|MP|incumbent|challenger|leader)\s+){0,3}"
)
# Between the rival and their count: " with ", " on ", "'s ".
_RIVAL_COUNT = re.compile(r"(?:\s+(?:with|on)\s+(?:just\s+|only\s+)?|['’]s?\s+)")
# After each count: the clause ends, or "votes" (said of the second only).
_COUNT_END = re.compile(r"\s*(?:[,.;]|$)|\s+votes?\b")


def _bare_count(m: NumberMention) -> bool:
    return (
        m.kind is NumberKind.COUNT
        and m.hedge == "exact"
        and m.value >= 100
        and bool(DIGITS.fullmatch(m.number_text))
    )


def _only_person_before(f: Frame, at: int, since: int) -> PersonMention | None:
    """The one person named between ``since`` and ``at``, or None."""
    between = [p for p in f.people if since <= p.span.start and p.span.end <= at]
    return between[0] if len(between) == 1 else None


def read_bare_score(f: Frame) -> None:
    """A winner's and a rival's counts, with no "votes", set against each other."""
    text, numbers = f.state.text, f.numbers
    for k in range(len(numbers) - 1):
        a, b = numbers[k], numbers[k + 1]
        if k in f.used or k + 1 in f.used or not (_bare_count(a) and _bare_count(b)):
            continue
        if a.value <= b.value or f.earlier(a) is not None or f.earlier(b) is not None:
            continue
        lead = _RIVAL_LEAD.match(text, a.end, b.start)
        if lead is None:
            continue
        rival = _only_person_before(f, b.start, lead.end())
        if (
            rival is None
            or not _RIVAL_WORDS.fullmatch(text, lead.end(), rival.span.start)
            or not _RIVAL_COUNT.fullmatch(text, rival.span.end, b.start)
            or not _COUNT_END.match(text, b.end, f.sent.span.end)
        ):
            continue
        if f.count_before(f.people, a.start) != 1:
            continue  # "A, with B, won with N": the verb's subject is unsure
        winner = f.people[0]
        if winner.name == rival.name or not _WON_WITH.fullmatch(text, winner.span.end, a.start):
            continue
        if any(winner.span.end <= n.start < a.start for n in numbers):
            continue  # another figure between the verb and "with": whose is unsure
        f.used.update((k, k + 1))
        for who, n, role in ((winner, a, "winner"), (rival, b, "rival")):
            cand = f.register(who)
            if cand.votes is not None:
                continue
            if who is winner:
                what = "“won … with N”, set against a rival's smaller count: a score's first"
                tie = (f"{who.name}, the subject of the verb of winning", True)
            else:
                what = "“followed by / ahead of NAME with N” after the winner's count"
                tie = (f"{who.name}, the {role} named right before it", True)
            cand.votes = f.figure(n, Unit.VOTES, what, who=who, subject_tie=tie)
