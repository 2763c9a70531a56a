"""Winners and declared outcomes in words: "Ali is re-elected in Bethnal Green & Bow", "X held
the seat", "Labour hold", "Conservative gain from Labour", "the SNP gained the seat from
Labour"."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

from factcheck.extract.entities import PartyMention, PersonMention
from factcheck.extract.frame import Frame
from factcheck.extract.vocabulary import PRONOUN_START, other_time
from factcheck.models import Figure, OutcomeClaim, Span, Unit

# Winners: "is re-elected", "was returned to parliament", "held the seat", "topped the poll",
# "was elected MP for", "is voted in once again to", "to remain in the seat". The group ``key``
# is what the rank figure's span covers. The auxiliary is required: a bare "re-elected" is as
# often an adjective ("the newly re-elected MP") as a report of this result.
_WINNER = re.compile(
    r"\b(?:(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+|once\s+again\s+|again\s+)?"
    r"(?P<key>re-?elected|returned\s+to\s+(?:parliament|Parliament|Westminster|the\s+Commons)"
    r"|elected\s+(?:as\s+)?(?:the\s+)?MP\s+for|voted\s+in(?:\s+once\s+again|\s+again)?"
    r"(?=\s+(?:to|in|for|as)\b))"
    r"|(?P<seat>(?:held|won|retained|kept|holds|wins|retains|keeps)\s+(?:on\s+to\s+|onto\s+)?"
    r"(?:the|her|his|their)\s+seat)\b"
    r"|(?P<poll>topped\s+the\s+poll)\b"
    r"|(?P<remain>to\s+(?:remain|stay)\s+in\s+the\s+seat)\b)"
)
# "X held Bethnal Green and Bow": a verb right before a constituency's name.
_WINNER_BEFORE_CONTEST = re.compile(
    r"\b(?P<key>held|won|retained|kept|holds|wins|retains|keeps)\s+(?:on\s+to\s+|onto\s+)?$"
)
# Between the winner's name and the verb only an aside may stand: "Ali, 42, was re-elected".
_WINNER_GAP = re.compile(r"(?:\s*,[^,;:.()]{1,60},)?\s*(?:\([^)]{0,60}\))?\s*")
# Before a winner named far from the verb: at most a party's or a title's words.
_SUBJECT_LEAD = re.compile(r"\s*(?:[\w-]+(?:['’]s)?\s+){0,2}")
_OTHER_CLAUSE = re.compile(
    r"[;:]|\b(?:who|whom|whose|which|while|but|whereas|although|though|and|beat|beating"
    r"|defeated|defeating|ousted|unseated|against|over|than)\b",
    re.IGNORECASE,
)
# A negation, hope or forecast anywhere in the sentence: "failed to win the seat", "is
# expected to be re-elected". Such a sentence reports no result.
_NOT_A_RESULT = re.compile(
    r"\b(?:not|never|no\s+longer|nor|neither|failed|fails|fail|failing|unable|would|could"
    r"|might|should|hopes?|hoped|hoping|expected|expects|likely|set\s+to|bid\s+to|aims?\s+to"
    r"|tipped|if|unless)\b|n['’]t\b",
    re.IGNORECASE,
)
# A phrase about an earlier election: "held the seat since 2010", "won the seat in 2015".
# A new clause ("… to remain in the seat she has held since 2010") dates only itself. (Used
# with .match at an offset, so it has no "^": that would match only at the text's start.)
_EARLIER = re.compile(
    r"(?:(?!\b(?:she|he|they|who|which|that|it)\b)[^.;,]){0,30}?"
    r"\b(?:since|until|till|between|in\s+(?:the\s+)?(?:19|20)\d\d|from\s+(?:19|20)\d\d)\b"
    r"|\s+(?:in\s+)?(?:the\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# Declared outcomes after a party's name: "Labour hold", "Conservative gain from Labour",
# "the SNP gained the seat from Labour", "Labour held the seat".
_OUTCOME_NOUN = re.compile(r"\s+(?P<verb>hold|holds|gain|gains)\b")
_OUTCOME_GAINED = re.compile(
    r"\s+(?P<verb>gained|took|seized|snatched|captured|won)\s+(?P<what>the\s+seat\b)?"
)
_OUTCOME_HELD = re.compile(
    r"\s+(?P<verb>held|retained|kept|retains|keeps)\s+(?:on\s+to\s+|onto\s+)?"
    r"(?P<what>the\s+seat\b)?"
)
_FROM = re.compile(r"\s+from\s+(?:the\s+)?")
# What may follow a bare "Labour hold": the end of the phrase, or where it was.
_OUTCOME_END = re.compile(r"\s*(?:$|[.,;:!?)\]–—-])|\s+the\s+seat\b")
_OUTCOME_IN = re.compile(r"\s+(?:in|at|for)\s+")
# Texts without figures are skipped unread (see _worth_reading); these wordings are worth
# reading for even so. Case matters: "Labour hold" is a result, "hold on" is not.
_OUTCOME_CUE = re.compile(
    r"\b(?:[A-Z][\w-]+\s+(?:hold|gain)\b|re-?elected\b|returned\s+to\s+(?:[Pp]arliament"
    r"|Westminster|the\s+Commons)|elected\s+(?:as\s+)?(?:the\s+)?MP\b|topped\s+the\s+poll"
    r"|voted\s+in\b|(?:held|won|gained|retained|kept)\s+(?:on\s+to\s+)?(?:the\s+seat\b|[A-Z]))"
)

# Every winner or outcome wording (_WINNER, _WINNER_BEFORE_CONTEST, _OUTCOME_CUE and the
# hold/gain verbs) holds one of these, in lower case; testing for them first is far cheaper
# than the patterns, which try every capitalised word. Keep the two in step.
_OUTCOME_WORDS = (
    "hold", "gain", "elected", "returned", "topped", "voted in", "held", "won", "win",
    "retain", "kept", "keep", "remain", "stay", "took", "seized", "snatched", "captured",
)  # fmt: skip
_OUTCOME_WORD = re.compile("|".join(re.escape(w) for w in _OUTCOME_WORDS))


def has_outcome_word(text: str) -> bool:
    """Does ``text`` hold a word every winner or outcome wording needs?"""
    return _OUTCOME_WORD.search(text.lower()) is not None


def may_state_outcome(text: str, start: int = 0) -> bool:
    """Might ``text[start:]`` state a winner or a hold/gain in words?"""
    return has_outcome_word(text) and bool(_OUTCOME_CUE.search(text, start))


def _states_a_result(f: Frame, span: Span) -> bool:
    """Is a winner or outcome phrase at ``span`` a report of this result?

    Not when it is quoted (a hope or a boast), when the sentence negates, hopes or forecasts
    ("failed to win the seat", "is expected to be re-elected"), or when it is dated to an
    earlier time ("has held the seat since 2010").
    """
    state = f.state
    if state.quoted(span) or _NOT_A_RESULT.search(f.sent.text):
        return False
    if other_time(state.text, f.clause_start(span.start), span.start, state.story_year):
        return False  # "In 2017, she won the seat by 92 votes", "Two years ago he held it"
    return not _EARLIER.match(state.text, span.end, f.sent.span.end)


def _winner_subject(f: Frame, at: int) -> PersonMention | None:
    """The person a winner phrase starting at ``at`` is about: the name right before it (an
    aside between them allowed), or the person last named for a sentence opening "She"."""
    state, sent = f.state, f.sent
    who = f.subject(at)
    if who is None:
        return None
    if sent.span.start <= who.span.start < sent.span.end:
        gap_start = who.span.end
    else:
        opening = PRONOUN_START.match(sent.text)
        if opening is None:
            return None
        gap_start = sent.span.start + opening.end()
    if _WINNER_GAP.fullmatch(state.text, gap_start, at):
        return who
    # A longer gap ("Labour's Rushanara Ali gave a speech … after scooping 42,969 votes … to
    # remain in the seat") only when the person opens the sentence, is its first person, and
    # nothing in between starts another clause or names a rival ("X defeated Y to …").
    first = next((p for p in f.people if p.span.start >= sent.span.start), None)
    if (
        first is who
        and _SUBJECT_LEAD.fullmatch(state.text, sent.span.start, who.span.start)
        and not _OTHER_CLAUSE.search(state.text, gap_start, at)
    ):
        return who
    return None


def read_winners(f: Frame) -> None:
    """Winners in words: "Ali is re-elected in Bethnal Green & Bow", "X held the seat".

    The winner's rank becomes 1, a figure whose span covers the key words, so the rules that
    judge placings (against the votes, or the official result) judge it too.
    """
    state, sent = f.state, f.sent
    text = state.text
    found: list[tuple[int, Span]] = []
    for m in _WINNER.finditer(text, sent.span.start, sent.span.end):
        group = next(g for g in ("key", "seat", "poll", "remain") if m.group(g) is not None)
        found.append((m.start(), Span(start=m.start(group), end=m.end(group))))
    for c in f.contests:
        # The verb stands right before the name: a short window keeps this linear however
        # many seats a sentence names.
        wb = _WINNER_BEFORE_CONTEST.search(
            text, max(sent.span.start, c.span.start - 40), c.span.start
        )
        if wb is not None:
            found.append((wb.start(), Span(start=wb.start("key"), end=c.span.end)))
    for at, key in found:
        if not _states_a_result(f, key):
            continue
        who = _winner_subject(f, at)
        if who is None:
            continue
        where = f.contest_for(who)
        known = state.candidates.get(who.name) or state.same_person(who.name)
        if known is not None and known.contest is not None and where not in (None, known.contest):
            continue  # named with another seat earlier: this may be a different race
        cand = f.register(who)
        if cand.rank is None:
            cand.rank = Figure(text="first", value=Decimal(1), unit=Unit.RANK, exact=True, span=key)


def read_outcomes(f: Frame) -> None:
    """Declared outcomes: "Labour hold", "Conservative gain from Labour", "the SNP gained the
    seat from Labour", "Labour held the seat".

    The party must be named right before the verb; a gain's earlier party right after "from".
    The contest is the one the phrase names, else the sentence's when it names at most one.
    """
    state, sent, parties = f.state, f.sent, f.parties
    text = state.text
    end = sent.span.end
    for p in parties:
        at = p.span.end
        noun = _OUTCOME_NOUN.match(text, at, end)
        gained = _OUTCOME_GAINED.match(text, at, end)
        held = _OUTCOME_HELD.match(text, at, end)
        match = noun or gained or held
        if match is None:
            continue
        word = match.group("verb").lower()
        verb: Literal["hold", "gain"] = (
            "hold" if word in ("hold", "holds") or match is held else "gain"
        )
        stop = match.end()
        contest = f.contest_at(stop)
        what = match.group("what") if match is not noun else None
        if contest is not None:
            stop = contest.span.end
        elif match is not noun and what is None:
            continue  # "Labour won 29", "Labour took control": not one seat's outcome
        elif (
            match is noun
            and not _OUTCOME_END.match(text, stop, end)
            and not _FROM.match(text, stop, end)
        ):
            into = _OUTCOME_IN.match(text, stop, end)
            contest = f.contest_at(into.end()) if into else None
            if contest is None:
                continue  # "Labour hold a lead", "SNP gains in Glasgow"
            stop = contest.span.end
        from_party: PartyMention | None = None
        fm = _FROM.match(text, stop, end)
        if fm is not None:
            from_party = next((q for q in parties if q.span.start == fm.end()), None)
            if from_party is None or verb == "hold":
                continue  # "gain from a swing", "held from 1997": not a party it was taken from
            stop = from_party.span.end
        if (
            verb == "gain"
            and word in ("took", "seized", "snatched", "captured", "won")
            and (from_party is None)
        ):
            continue  # "Labour took the seat" may be a hold; only "from" makes it a gain
        span = Span(start=p.span.start, end=stop)
        if not _states_a_result(f, span):
            continue
        if contest is not None:
            name: str | None = contest.name
        elif len(f.contests) <= 1:
            name = f.contest
        else:
            continue  # several seats in the sentence, none in the phrase: which one is unsure
        claim = OutcomeClaim(
            contest=name,
            party=p.party.name,
            verb=verb,
            from_party=from_party.party.name if from_party else None,
            span=span,
        )
        if any(
            isinstance(c, OutcomeClaim)
            and (c.contest, c.party, c.verb, c.from_party)
            == (name, claim.party, verb, claim.from_party)
            for c in state.claims
        ):
            continue  # a caption repeated, or the same result said twice
        state.claims.append(claim)
