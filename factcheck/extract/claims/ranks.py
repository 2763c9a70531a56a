"""Finishing positions: "came third", "followed in third", "dropped from third to fifth"."""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.party_subjects import party_placed
from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import Around, Frame
from factcheck.extract.numbers import NumberKind
from factcheck.extract.vocabulary import DOWN, RANK_BEFORE, UP, direction
from factcheck.models import ChangeClaim, Quantity, Span, Unit

# What may follow a placing: "second place", "second with", "second for the Lib Dems",
# "fifth out of five".
_RANK_AFTER_OK = re.compile(
    r"^(?:\s+place\b|\s*[,.;)]|\s+with\b|\s+on\b|\s+behind\b|\s*$|\s+and\b|\s+for\b"
    r"|\s+out\s+of\b)"
)
_RANK_FROM = re.compile(
    rf"\b(?P<dir>{UP}|{DOWN}|moved|went|slid|plunged|leapt|leaped)\s+from\s+$", re.IGNORECASE
)
_TO = re.compile(r"\s+to\s+")


def _elliptical_placing(f: Frame, who: PersonMention, at: int) -> bool:
    """ "X came second with 10,232 and the Conservatives' Y third with 3,753": a placing
    right after a name, in a sentence that has already placed someone with a verb."""
    text = f.state.text
    if not (f.sent.span.start <= who.span.start and _GAP.fullmatch(text, who.span.end, at)):
        return False
    return RANK_BEFORE.search(text, f.sent.span.start, who.span.start) is not None or bool(
        _PLACED.search(text, f.sent.span.start, who.span.start)
    )


_GAP = re.compile(r"\s+")
_PUSHED_INTO = re.compile(
    r"\b(?:beat\w*|push\w*|relegat\w*|knock\w*|forc\w*|drove|driv\w*)\s+(?:[\w'’-]+\s+){1,5}"
    r"into\s+$",
    re.IGNORECASE,
)
_PLACED = re.compile(r"\b(?:came|finished|placed)\s+\w+", re.IGNORECASE)
# "came in a distant third", "came a close second": a placing verb, and a word of how near.
_PLACED_HOW = re.compile(
    r"\b(?:came|come|comes|coming|finished|finishing|placed|ended\s+up)\s+(?:in\s+)?an?\s+"
    r"(?:very\s+|respectable\s+|creditable\s+)?(?:close|distant|strong|poor|respectable"
    r"|creditable|comfortable|narrow|disappointing|solid|good|remote)\s+$",
    re.IGNORECASE,
)


def read_rank(f: Frame, a: Around) -> bool:
    """An ordinal is a placing or nothing: every ordinal stops here, read or not."""
    if a.m.kind is not NumberKind.ORDINAL:
        return False
    _read_ordinal(f, a.k)
    return True


def _read_ordinal(f: Frame, k: int) -> None:
    state, sent, numbers, used = f.state, f.sent, f.numbers, f.used
    text = state.text
    m = numbers[k]
    before = text[max(sent.span.start, m.start - 40) : m.start]
    after = text[m.end : min(sent.span.end, m.end + 30)]
    if k not in used and _RANK_AFTER_OK.match(after):
        placed = party_placed(f, m)
        if placed is not None:
            # A party is the placing's subject: its candidate's, if the story names them,
            # and never the person named before the party.
            _, ps = placed
            used.add(k)
            if ps is not None and not state.quoted(m.span) and f.earlier(m) is None:
                cand = ps.candidate
                what = "a placing of a party: " + ps.how
                placing = f.figure(m, Unit.RANK, what, subject_tie=ps.subject_tie)
                if cand.rank is None:
                    cand.rank = placing
                else:
                    cand.restate(cand.rank, placing, sent.span)
            return
    who = f.subject(m.start)
    if who is None or k in used or f.earlier(m) is not None:
        return
    # "dropped from third to fifth"
    rf = _RANK_FROM.search(before) if "from" in f.words else None
    nxt = numbers[k + 1] if k + 1 < len(numbers) else None
    if (
        rf
        and nxt is not None
        and nxt.kind is NumberKind.ORDINAL
        and _TO.fullmatch(text, m.end, nxt.start)
    ):
        cand = f.register(who)
        previous = f.figure(m, Unit.RANK, "“from … to” placings", who=who)
        current = f.figure(nxt, Unit.RANK, "“from … to” placings", who=who)
        if cand.rank is None:
            cand.rank = current
        dir_word = rf.group("dir")
        dir_start = m.start - len(before) + rf.start("dir")
        state.claims.append(
            ChangeClaim(
                quantity=Quantity.RANK,
                contest=cand.contest,
                candidate=who.name,
                direction=direction(dir_word),
                direction_text=dir_word,
                direction_span=Span(start=dir_start, end=dir_start + len(dir_word)),
                previous=previous,
                current=current,
                span=Span(start=dir_start, end=nxt.end),
                quoted=state.quoted(m.span),
            )
        )
        used.update({k, k + 1})
        return
    if "into" in f.words and _PUSHED_INTO.search(before):
        return  # "beat Labour into third place": the placing is Labour's, not the subject's
    if (
        RANK_BEFORE.search(before)
        or (" a" in before and _PLACED_HOW.search(before))
        or _elliptical_placing(f, who, m.start)
    ) and _RANK_AFTER_OK.match(after):
        if state.quoted(m.span):
            return  # "it looks like we're back in third": a hope, not a result
        cand = f.register(who)
        if cand.rank is None:
            cand.rank = f.figure(m, Unit.RANK, "a placing verb before it", who=who)
        used.add(k)
