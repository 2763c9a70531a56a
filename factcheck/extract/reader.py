"""Read a results story into typed models: contests, candidates' figures, and claims.

The reader works sentence by sentence over mentions found once for the whole text (numbers,
parties, constituencies, people), and attaches each number to what it measures by the words
next to it: "39,558 votes" and "(67.3pc)" after a candidate's name are their votes and share;
"turnout … 67.68pc" is a turnout; "up about five per cent" is the size of a change; "down from
15.2pc" its earlier level; "came third" a finishing position; "Labour won 29" a seat tally;
"Ali is re-elected in Bethnal Green & Bow" or "X held the seat" a winner (rank 1); "Labour
hold" or "Conservative gain from Labour" a declared outcome.

It prefers to miss a figure than to misread one: a number is attached only when its wording
says what it is, because a misattributed figure would make a rule cry wolf. Every figure keeps
its span, and a figure inside a direct quotation is marked as quoted.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Literal

from factcheck.extract.entities import (
    ContestMatcher,
    ContestMention,
    Party,
    PartyMatcher,
    PartyMention,
    PersonMention,
    find_people,
    uk_constituencies,
)
from factcheck.extract.numbers import NumberKind, NumberMention, find_numbers
from factcheck.extract.text import Sentence, inside, quotations, sentences
from factcheck.models import (
    Article,
    BoundClaim,
    CandidateResult,
    ChangeClaim,
    Claim,
    ContestResult,
    Direction,
    Document,
    Figure,
    OutcomeClaim,
    Provenance,
    Quantity,
    SeatClaim,
    Span,
    Unit,
)
from factcheck.packs import Pack, default_pack

# -- vocabulary ---------------------------------------------------------------------------------

_UP = (
    "up|rose|risen|rising|rise|rises|increased|increase|increases|increasing|gained|gain|gains"
    "|gaining|grew|grown|growing|jumped|jump|climbed|climbing|boosted|boost|higher|soared|surged"
    "|extended|extending|improved"
)
_DOWN = (
    "down|fell|fallen|falling|fall|falls|decreased|decrease|decreasing|dropped|drop|drops"
    "|dropping|lost|losing|cut|cutting|reduced|reducing|slipped|slipping|slumped|declined"
    "|decline|lower|shrank|shrunk|halved|narrowed"
)
# "gained 17%", "lost 12", "gaining 31.6 percent of the votes" usually state a level won, not
# a change; these verbs make a change only with "by" ("gained by 2 points").
_LEVEL_VERBS = frozenset(
    ["gained", "gain", "gains", "gaining", "lost", "losing", "won", "winning", "took", "taking"]
)
_DIRECTION_WORD = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.IGNORECASE)
_QUANTITY_WORD = re.compile(
    r"\b(?P<q>turnout|majority|majorities|share(?:\s+of\s+the\s+votes?)?|shares|vote share"
    r"|votes?)\b",
    re.IGNORECASE,
)
_QUANTITIES = {
    "turnout": Quantity.TURNOUT,
    "majority": Quantity.MAJORITY,
    "majorities": Quantity.MAJORITY,
    "share": Quantity.SHARE,
    "shares": Quantity.SHARE,
    "vote share": Quantity.SHARE,
    "vote": Quantity.VOTES,
    "votes": Quantity.VOTES,
}
_POSSESSIVE = r"(?:his|her|their|its|the|a|an)"

# Before a number: "up ", "rose by ", "increasing her majority by "
_AMOUNT_BEFORE = re.compile(
    rf"\b(?P<dir>{_UP}|{_DOWN})(?:\s+{_POSSESSIVE})?"
    r"(?:\s+(?P<q>majority|share|vote share|turnout))?"
    r"\s+(?:by\s+)?(?:around\s+|about\s+)?$",
    re.IGNORECASE,
)
# After a number: " increase on her majority", " rise in turnout", " swing"
_AMOUNT_AFTER = re.compile(
    r"^\s+(?P<noun>increase|rise|fall|drop|decrease|jump|gain|cut|boost|swing|decline)\b"
    rf"(?:\s+(?:in|on|of|to)\s+(?:{_POSSESSIVE}\s+)?"
    r"(?P<q>majority|share|vote share|turnout|vote))?",
    re.IGNORECASE,
)
_PREVIOUS_BEFORE = re.compile(
    rf"(?:\b(?P<dir>{_UP}|{_DOWN})\s+)?\b(?:from|compared\s+(?:to|with)|against)\s+$", re.IGNORECASE
)
_CURRENT_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_SINCE = re.compile(
    r"\b(?:from|since|compared\s+(?:to|with)|than(?:\s+in)?|on)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MAJORITY_BEFORE = re.compile(r"\bmajority\s+(?:of\s+)?(?:just\s+|only\s+)?$", re.IGNORECASE)
SeatVerb = Literal["won", "gained", "lost", "held", "net"]
_SEAT_VERBS: dict[str, SeatVerb] = {
    "won": "won",
    "win": "won",
    "wins": "won",
    "winning": "won",
    "took": "won",
    "gained": "gained",
    "gain": "gained",
    "gains": "gained",
    "gaining": "gained",
    "lost": "lost",
    "lose": "lost",
    "losing": "lost",
    "loses": "lost",
    "held": "held",
    "holding": "held",
    "hold": "held",
}
_SEAT_BEFORE = re.compile(
    r"\b(?P<verb>won|win|wins|winning|took|gained|gain|gains|gaining|lost|lose|loses|losing"
    r"|held|holding|hold)\s+(?:a\s+net\s+|another\s+|a\s+further\s+)?$",
    re.IGNORECASE,
)
_NOT_SEATS_AFTER = re.compile(r"^\s+(?:votes?|per\s*cent|percent|pc|%|points?)\b", re.IGNORECASE)
_SEATS_AFTER = re.compile(r"^\s+(?:seats?|councillors|MPs)\b")
_VOTES_AFTER = re.compile(r"^\s*(?:of\s+the\s+)?(?:valid\s+)?votes?\b|^\s+ballots\b", re.I)
_SHARE_CUE_AFTER = re.compile(
    r"^\s*(?:share|of\s+the\s+(?:vote|votes|poll|share)|vote\s+share|of\s+votes)\b", re.I
)
_SHARE_CUE_BEFORE = re.compile(r"(?:\bshare\s+(?:of\s+)?|\(\s*|\bat\s+)$", re.IGNORECASE)
_RANK_BEFORE = re.compile(
    r"\b(?:came|come|comes|coming|finished|finishing|finish|placed|followed\s+in|was|were"
    r"|is|in|into|pushed\s+into|back\s+in|ended\s+up)\s+$",
    re.IGNORECASE,
)
_RANK_AFTER_OK = re.compile(
    r"^(?:\s+place\b|\s*[,.;)]|\s+with\b|\s+on\b|\s+behind\b|\s*$|\s+and\b)"
)
_RANK_FROM = re.compile(
    rf"\b(?P<dir>{_UP}|{_DOWN}|moved|went|slid|plunged|leapt|leaped)\s+from\s+$", re.IGNORECASE
)
_PRONOUN_START = re.compile(r"^\s*(?:She|He)\b")

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
    r"\b(?:since|until|till|between|in\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d)\b"
    r"|\s+(?:in\s+)?(?:19|20)\d\d\b",
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
_CLAUSE_BREAK = re.compile(r"[;:]|\bwhile\b|\bbut\b|\bwhereas\b")


# -- the reader ---------------------------------------------------------------------------------


@cache
def _contest_matcher() -> ContestMatcher:
    return ContestMatcher(uk_constituencies())


_PARTY_MATCHERS: dict[int, tuple[Pack, PartyMatcher]] = {}


def _party_matcher(pack: Pack) -> PartyMatcher:
    cached = _PARTY_MATCHERS.get(id(pack))
    if cached is not None and cached[0] is pack:
        return cached[1]
    parties = [
        Party(key, p.name, p.abbreviation, p.aliases, p.caseless) for key, p in pack.parties.items()
    ]
    matcher = PartyMatcher(parties)
    _PARTY_MATCHERS[id(pack)] = (pack, matcher)
    return matcher


@dataclass
class _Candidate:
    name: str
    name_span: Span
    party: str | None = None
    party_span: Span | None = None
    votes: Figure | None = None
    share: Figure | None = None
    rank: Figure | None = None
    contest: str | None = None
    anchor: int = 0
    """The sentence the candidate was first given a figure in."""


@dataclass
class _ContestFigures:
    turnout: Figure | None = None
    majority: Figure | None = None
    majority_share: Figure | None = None
    order: int = 0


@dataclass
class _State:
    text: str
    pack: Pack
    quotes: list[Span]
    candidates: dict[str, _Candidate] = field(default_factory=dict)
    contests: dict[str | None, _ContestFigures] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    last_person: PersonMention | None = None
    person_contest: dict[str, str] = field(default_factory=dict)
    sentence_index: int = 0
    """The constituency each person is first named with, for claims about non-candidates."""

    def quoted(self, span: Span) -> bool:
        return inside(span, self.quotes)

    def figure(self, m: NumberMention, unit: Unit) -> Figure:
        fig = m.to_figure(unit)
        if self.quoted(fig.span or Span(start=m.start, end=m.end)):
            fig = fig.model_copy(update={"quoted": True})
        return fig

    def _same_person(self, name: str) -> _Candidate | None:
        """A candidate already seen under another spelling: "Atta-Mills" is "John Atta Mills"."""
        words = set(name.replace("-", " ").lower().split())
        for cand in self.candidates.values():
            theirs = set(cand.name.replace("-", " ").lower().split())
            if len(words & theirs) >= 2 and (words <= theirs or theirs <= words):
                return cand
        return None

    def contest_figures(self, contest: str | None) -> _ContestFigures:
        if contest not in self.contests:
            self.contests[contest] = _ContestFigures(order=len(self.contests))
        return self.contests[contest]

    def candidate(self, person: PersonMention, contest: str | None) -> _Candidate:
        cand = self.candidates.get(person.name) or self._same_person(person.name)
        if cand is None:
            cand = _Candidate(person.name, person.span, contest=contest, anchor=self.sentence_index)
            self.candidates[person.name] = cand
        elif cand.contest is None:
            cand.contest = contest
        return cand


def read_prose(doc: Document, pack: Pack | None = None) -> Article:
    """Read a plain-text or Markdown results story into an :class:`Article`."""
    pack = pack or default_pack()
    text = doc.text
    start = doc.metadata.get("body_start", 0)
    start = start if isinstance(start, int) and 0 <= start <= len(text) else 0
    if not _may_hold_results(text):
        return Article(document=doc)
    numbers = [m for m in find_numbers(text, pack) if m.start >= start]
    if not _worth_reading(text, numbers, start):
        return Article(document=doc)
    parties = [p for p in _party_matcher(pack).find(text) if p.span.start >= start]
    contests = [c for c in _contest_matcher().find(text) if c.span.start >= start]
    people = _resolve_people(
        text, find_people(text, [p.span for p in parties] + [c.span for c in contests]), start
    )
    state = _State(text=text, pack=pack, quotes=quotations(text))
    links = _party_links(text, people, parties)
    default_contest = _default_contest(doc, contests)
    current = default_contest
    index = _Index(numbers, parties, contests, people)
    for i, sent in enumerate(sentences(text, start)):
        state.sentence_index = i
        nums, sparties, scontests, speople = index.within(sent.span)
        if scontests:
            sentence_contest = scontests[0].name if len(scontests) == 1 else None
        else:
            sentence_contest = current
        _read_sentence(
            _Frame(
                state, sent, nums, sparties, scontests, speople, links, sentence_contest or current
            )
        )
        if scontests:
            current = scontests[-1].name
        if speople:
            state.last_person = speople[-1]
    return _assemble(doc, state, default_contest)


_COUNTED_AFTER = re.compile(r"\s*(?:of\s+the\s+)?(?:valid\s+)?(?:votes?|ballots|seats?)\b", re.I)
_MAJORITY_CHANGE = re.compile(
    rf"\b(?P<dir>{_UP}|{_DOWN})\s+(?:his|her|their|its|the)\s+majority\b", re.IGNORECASE
)


# Every wording the reader keeps needs one of these: a percentage sign or word, a count of
# votes, ballots or seats, a share, a poll, a turnout, points, or a majority. A text with none
# of them holds no result, so the number pass (half the reading time) is skipped for it.
_RESULT_CUES = (
    "%", "per cent", "percent", "per-cent", "vote", "ballot", "seat", "share", "poll",
    "turnout", "electorate", "majorit",
)  # fmt: skip
# Short unit marks are tested after a digit and as whole words: as bare substrings they are
# in "support" and "appointed". Two patterns on the lower-cased text: a digit-led one, which
# the regex engine skips to quickly, and "points" only where the substring occurs.
_UNIT_AFTER_DIGIT = re.compile(r"\d\s?(?:pc|pct|pp|ppts?|pts)\b")
_POINTS_WORD = re.compile(r"\bpoints?\b")


def _may_hold_results(text: str) -> bool:
    low = text.lower()
    return (
        any(cue in low for cue in _RESULT_CUES)
        or bool(_UNIT_AFTER_DIGIT.search(low))
        or ("point" in low and bool(_POINTS_WORD.search(low)))
        or _may_state_outcome(text)
    )


# Every winner or outcome wording (_WINNER, _WINNER_BEFORE_CONTEST, _OUTCOME_CUE and the
# hold/gain verbs) holds one of these, in lower case; testing for them first is far cheaper
# than the patterns, which try every capitalised word. Keep the two in step.
_OUTCOME_WORDS = (
    "hold", "gain", "elected", "returned", "topped", "voted in", "held", "won", "win",
    "retain", "kept", "keep", "remain", "stay", "took", "seized", "snatched", "captured",
)  # fmt: skip


_OUTCOME_WORD = re.compile("|".join(re.escape(w) for w in _OUTCOME_WORDS))


def _has_outcome_word(text: str) -> bool:
    return _OUTCOME_WORD.search(text.lower()) is not None


def _may_state_outcome(text: str, start: int = 0) -> bool:
    return _has_outcome_word(text) and bool(_OUTCOME_CUE.search(text, start))


def _worth_reading(text: str, numbers: list[NumberMention], start: int) -> bool:
    """Does the text hold anything a results reading would keep?

    Most political prose has no result in it; skipping the entity work there is what makes
    reading a large archive fast. A percentage, a count of votes or seats, a placing, a
    change of majority, or a winner or hold/gain in words is enough to read the whole text.
    """
    for m in numbers:
        if m.kind in (NumberKind.PERCENT, NumberKind.POINTS, NumberKind.FRACTION):
            return True
        if m.kind is NumberKind.COUNT and _COUNTED_AFTER.match(text, m.end):
            return True
        if m.kind is NumberKind.ORDINAL and _RANK_BEFORE.search(
            text[max(0, m.start - 30) : m.start]
        ):
            return True
    # The substring test first: the regex has to try every word boundary of a long text.
    if "majorit" in text and _MAJORITY_CHANGE.search(text, start):
        return True
    # A winner or a hold/gain is stated in words, with no figure at all.
    return _may_state_outcome(text, start)


class _Index:
    """Mentions sorted by position, sliced per sentence by bisection."""

    def __init__(
        self,
        numbers: list[NumberMention],
        parties: list[PartyMention],
        contests: list[ContestMention],
        people: list[PersonMention],
    ) -> None:
        self.numbers = numbers
        self.parties = parties
        self.contests = contests
        self.people = people
        self._n = [m.start for m in numbers]
        self._p = [m.span.start for m in parties]
        self._c = [m.span.start for m in contests]
        self._h = [m.span.start for m in people]

    def within(
        self, span: Span
    ) -> tuple[list[NumberMention], list[PartyMention], list[ContestMention], list[PersonMention]]:
        """The mentions that start inside ``span``."""

        def cut(keys: list[int]) -> slice:
            return slice(bisect.bisect_left(keys, span.start), bisect.bisect_left(keys, span.end))

        return (
            self.numbers[cut(self._n)],
            self.parties[cut(self._p)],
            self.contests[cut(self._c)],
            self.people[cut(self._h)],
        )


def _default_contest(doc: Document, contests: list[ContestMention]) -> str | None:
    named = doc.metadata.get("contest")
    if isinstance(named, str) and named.strip():
        found = _contest_matcher().find(named)
        return found[0].name if found else named.strip()
    if not contests:
        return None
    counts: dict[str, int] = {}
    for c in contests:
        counts[c.name] = counts.get(c.name, 0) + 1
    return max(
        counts,
        key=lambda name: (counts[name], -next(i for i, c in enumerate(contests) if c.name == name)),
    )


def _resolve_people(text: str, people: list[PersonMention], start: int) -> list[PersonMention]:
    """Full names as found; short references ("Ms Ali", "Fitzpatrick") resolved to them."""
    full: dict[str, str] = {}
    for p in people:
        if len(p.name.split()) >= 2:
            full.setdefault(p.surname, p.name)
    out: list[PersonMention] = []
    taken: list[tuple[int, int]] = []
    for p in people:
        if p.span.start < start:
            continue
        if len(p.name.split()) >= 2:
            out.append(p)
        elif p.name in full:
            out.append(PersonMention(p.span, full[p.name], p.title))
        else:
            continue
        taken.append((p.span.start, p.span.end))
    # Bare surnames: "Fitzpatrick’s share", "Bagshaw was trailed by".
    if full:
        starts = [a for a, _ in taken]
        for m in _SURNAME.finditer(text, start):
            name = full.get(m.group(1))
            if name is None:
                continue
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and taken[i][0] <= m.start() < taken[i][1]:
                continue
            out.append(PersonMention(Span(start=m.start(1), end=m.end(1)), name))
    out.sort(key=lambda p: p.span.start)
    return out


_SURNAME = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’-]*?)(?=['’]s\b|[^\w'’-]|$)")


_LINK_BEFORE = re.compile(r"^(?:['’]s|s?['’])?\s+(?:[\w-]+\s+){0,4}$|^\s+$")
_LINK_AFTER = re.compile(r"^,?\s*\(\s*$|^,\s*$|^\s+of\s+the\s+$|^\s+for\s+the\s+$|^\s+\(\s*$")


def _party_links(
    text: str, people: list[PersonMention], parties: list[PartyMention]
) -> dict[int, PartyMention]:
    """Which party each person mention (by start offset) is tied to by the wording."""
    links: dict[int, PartyMention] = {}
    starts = [p.span.start for p in parties]
    for person in people:
        i = bisect.bisect_left(starts, person.span.start)
        before = parties[i - 1] if i > 0 else None
        after = parties[i] if i < len(parties) else None
        if after is not None:
            gap = text[person.span.end : after.span.start]
            if len(gap) <= 12 and _LINK_AFTER.match(gap):
                links[person.span.start] = after
                continue
        if before is not None:
            gap = text[before.span.end : person.span.start]
            if len(gap) <= 50 and _LINK_BEFORE.match(gap) and "." not in gap:
                links[person.span.start] = before
                continue
            if gap.strip() == "," and re.search(
                r"\b(?:Representing|For)\s+(?:the\s+)?$",
                text[max(0, before.span.start - 20) : before.span.start],
            ):
                links[person.span.start] = before
    return links


def _subject(
    state: _State, sent: Sentence, people: list[PersonMention], at: int
) -> PersonMention | None:
    """The candidate a figure at ``at`` belongs to: the nearest person named before it in the
    same clause, or, in a sentence opening "She"/"He" with nobody named before, the person
    last named."""
    before = [p for p in people if p.span.end <= at]
    if before:
        return before[-1]
    if _PRONOUN_START.match(sent.text) and state.last_person is not None:
        return state.last_person
    return None


def _direction(word: str | None) -> Direction | None:
    if not word:
        return None
    m = _DIRECTION_WORD.fullmatch(word)
    if m is None:
        return None
    return Direction.UP if m.group("up") else Direction.DOWN


def _quantity(word: str | None) -> Quantity | None:
    if not word:
        return None
    # "share of the vote" is a share, whatever noun it ends with.
    return _QUANTITIES.get(
        " ".join(word.lower().split()[:1]) if word.lower().startswith("share") else word.lower()
    )


def _last_quantity(text: str) -> Quantity | None:
    found = None
    for m in _QUANTITY_WORD.finditer(text):
        found = m.group("q")
    return _quantity(found)


@dataclass
class _Frame:
    """One sentence being read: its mentions, and which numbers have been read already."""

    state: _State
    sent: Sentence
    numbers: list[NumberMention]
    parties: list[PartyMention]
    contests: list[ContestMention]
    people: list[PersonMention]
    links: dict[int, PartyMention]
    contest: str | None
    """The constituency the sentence is about, when it names one or follows one."""
    used: set[int] = field(default_factory=set)

    def contest_for(self, person: PersonMention) -> str | None:
        """The constituency a person is named with: with several in the sentence, the next
        one after the name ("Ali is re-elected in Bethnal Green & Bow")."""
        if len(self.contests) > 1:
            after = [c for c in self.contests if c.span.start >= person.span.end]
            before = [c for c in self.contests if c.span.end <= person.span.start]
            if after:
                return after[0].name
            if before:
                return before[-1].name
        return self.contest

    def register(self, person: PersonMention) -> _Candidate:
        """The candidate this person is, with the party the wording ties them to."""
        cand = self.state.candidate(person, self.contest_for(person))
        link = self.links.get(person.span.start)
        if link is not None and cand.party is None:
            cand.party, cand.party_span = link.party.name, link.span
        return cand


def _read_sentence(f: _Frame) -> None:
    state, sent, numbers, parties = f.state, f.sent, f.numbers, f.parties
    contests, people, contest, used = f.contests, f.people, f.contest, f.used
    contest_for = f.contest_for
    text = state.text
    pending_change: ChangeClaim | None = None
    last_change: ChangeClaim | None = None

    for person in people:
        where = contest_for(person) if contests else None
        if where is not None:
            state.person_contest.setdefault(person.name, where)

    # Outcomes in words ("re-elected", "Labour hold") are rare; most sentences lack every
    # word they need, and the substring test is far cheaper than the patterns.
    if _has_outcome_word(sent.text):
        _read_winners(f)
        _read_outcomes(f)

    if not numbers and "majorit" not in sent.text:
        return
    # Directional claims about a majority without a figure: "increased his majority".
    for mc in _MAJORITY_CHANGE.finditer(sent.text):
        at = sent.span.start + mc.start()
        if any(n.start >= at and n.start <= sent.span.start + mc.end() + 25 for n in numbers):
            continue  # "increasing her majority by nearly 11 per cent": the amount is read below
        who = _subject(state, sent, people, at)
        state.claims.append(
            ChangeClaim(
                quantity=Quantity.MAJORITY,
                contest=contest_for(who) if who else contest,
                candidate=who.name if who else None,
                direction=_direction(mc.group("dir")),
                direction_text=mc.group("dir"),
                direction_span=Span(start=at, end=at + len(mc.group("dir"))),
                span=Span(start=at, end=sent.span.start + mc.end()),
                quoted=state.quoted(Span(start=at, end=at + 1)),
            )
        )

    for k, m in enumerate(numbers):
        if m.kind in (NumberKind.YEAR, NumberKind.OTHER):
            continue
        before = text[max(sent.span.start, m.start - 80) : m.start]
        after = text[m.end : min(sent.span.end, m.end + 60)]
        clause_start = sent.span.start
        for cb in _CLAUSE_BREAK.finditer(text, sent.span.start, m.start):
            clause_start = cb.end()
        clause_before = text[clause_start : m.start]

        # Seat tallies: "Labour won 29", "the Conservatives lost 12", "set to gain 29 seats".
        if m.kind is NumberKind.COUNT and m.hedge == "exact":
            sm = _SEAT_BEFORE.search(before)
            party = _party_before(parties, m.start, sent.span.start)
            if (
                sm
                and party is not None
                and not _NOT_SEATS_AFTER.match(after)
                and (_SEATS_AFTER.match(after) or not _VOTES_AFTER.match(after))
                and not any(p.span.start > party.span.end and p.span.end <= m.start for p in people)
            ):
                verb = _SEAT_VERBS[sm.group("verb").lower()]
                state.claims.append(
                    SeatClaim(
                        quantity=Quantity.SEATS,
                        party=party.party.name,
                        verb=verb,
                        seats=state.figure(m, Unit.SEATS),
                        span=Span(start=party.span.start, end=m.end),
                        quoted=state.quoted(m.span),
                        contest=None,
                    )
                )
                used.add(k)
                continue

        # A stated majority: "a majority of 6,186", "a majority of 14.1 points".
        if _MAJORITY_BEFORE.search(before) and m.hedge == "exact":
            figs = state.contest_figures(contest)
            if m.kind is NumberKind.COUNT and figs.majority is None:
                figs.majority = state.figure(m, Unit.VOTES)
                used.add(k)
                continue
            if m.kind in (NumberKind.PERCENT, NumberKind.POINTS) and figs.majority_share is None:
                figs.majority_share = state.figure(m, Unit.POINTS)
                used.add(k)
                continue

        # Hedged and fractional descriptions: "less than a third of the share at 20.1pc",
        # "nearly 40pc of the vote".
        if m.hedge != "exact" or m.kind is NumberKind.FRACTION:
            bound = _read_bound(f, k)
            if bound is not None:
                state.claims.append(bound)
                used.add(k)
                continue

        # Finishing positions: "came third", "followed in third", "dropped from third to fifth".
        if m.kind is NumberKind.ORDINAL:
            _read_rank(f, k)
            continue

        if m.kind not in (
            NumberKind.PERCENT,
            NumberKind.POINTS,
            NumberKind.COUNT,
            NumberKind.FRACTION,
        ):
            continue

        # The size of a change: "up about five per cent", "a nearly 11 per cent increase on her
        # majority", "increasing her majority by nearly 11 per cent".
        # The pattern ends at the number and spans a few words; searching only the clause's
        # tail gives the same matches without trying every position of a long clause.
        tail = max(0, len(clause_before) - 80)
        ab = _AMOUNT_BEFORE.search(clause_before, tail)
        if (
            ab is not None
            and ab.group("dir").lower() in _LEVEL_VERBS
            and not re.search(r"\bby\s+(?:around\s+|about\s+)?$", clause_before[tail:])
        ):
            ab = None
        aa = _AMOUNT_AFTER.match(after)
        if (ab or aa) and m.kind is not NumberKind.FRACTION:
            noun_q = (ab.group("q") if ab else None) or (aa.group("q") if aa else None)
            if aa and aa.group("noun").lower() == "swing":
                used.add(k)
                continue  # swings are read by a later rule; never a share or a change of one
            quantity = _quantity(noun_q) or _last_quantity(clause_before)
            who = _subject(state, sent, people, m.start)
            if quantity is None and m.kind is NumberKind.COUNT:
                quantity = Quantity.VOTES if _VOTES_AFTER.match(after) else None
            if quantity is None and m.kind is NumberKind.PERCENT and who is not None:
                quantity = Quantity.SHARE if _SHARE_CUE_AFTER.match(after) else None
            if quantity is not None:
                dir_word = ab.group("dir") if ab else (aa.group("noun") if aa else None)
                dir_start = (
                    clause_start + ab.start("dir")
                    if ab
                    else m.end + (aa.start("noun") if aa else 0)
                )
                unit = (
                    Unit.POINTS
                    if m.kind is NumberKind.POINTS
                    else Unit.PERCENT
                    if m.kind is NumberKind.PERCENT
                    else Unit.SEATS
                    if quantity is Quantity.SEATS
                    else Unit.VOTES
                )
                end = m.end + (aa.end() if aa else 0)
                claim = ChangeClaim(
                    quantity=quantity,
                    contest=contest_for(who)
                    if who and quantity is not Quantity.TURNOUT
                    else contest,
                    candidate=who.name
                    if who and quantity in (Quantity.SHARE, Quantity.VOTES, Quantity.MAJORITY)
                    else None,
                    direction=_direction(dir_word),
                    direction_text=dir_word,
                    direction_span=Span(start=dir_start, end=dir_start + len(dir_word))
                    if dir_word
                    else None,
                    amount=state.figure(m, unit),
                    since=_since(text[m.end : sent.span.end]),
                    span=Span(start=min(dir_start, m.start), end=end),
                    quoted=state.quoted(m.span),
                )
                if quantity is Quantity.TURNOUT:
                    figs = state.contest_figures(contest)
                    if figs.turnout is not None:
                        claim = claim.model_copy(update={"current": figs.turnout})
                pending_change = claim
                state.claims.append(claim)
                last_change = claim
                used.add(k)
                continue

        # The level a change starts from or ends at: "(down from 15.2pc)", "compared to 9.3pc",
        # "to 67.68pc".
        if m.kind in (NumberKind.PERCENT, NumberKind.POINTS) and m.hedge == "exact":
            pb = _PREVIOUS_BEFORE.search(before)
            if pb:
                who = _subject(state, sent, people, m.start)
                completed = _previous_claim(f, m, pb, who, last_change)
                if completed is not None:
                    if last_change is not None and completed.amount is last_change.amount:
                        # The "from" completes the change already read: replace, not add.
                        state.claims.remove(last_change)
                    state.claims.append(completed)
                    last_change = completed
                    used.add(k)
                    continue
            if _CURRENT_BEFORE.search(before) and pending_change is not None:
                current = state.figure(m, Unit.PERCENT)
                updated = pending_change.model_copy(
                    update={
                        "current": current,
                        "span": Span(
                            start=pending_change.span.start if pending_change.span else m.start,
                            end=m.end,
                        ),
                    }
                )
                state.claims[state.claims.index(pending_change)] = updated
                if pending_change.quantity is Quantity.TURNOUT:
                    figs = state.contest_figures(contest)
                    if figs.turnout is None:
                        figs.turnout = current
                pending_change = last_change = updated
                used.add(k)
                continue

        # Turnout: "Turnout in the constituency was 64pc", "with turnout at 67.7%".
        if (
            m.kind is NumberKind.PERCENT
            and m.hedge == "exact"
            and re.search(r"\bturnout\b", clause_before, re.IGNORECASE)
            and not re.search(r"\bturnout\b.*\b(?:in|at|for)\s+(?:19|20)\d\d", clause_before, re.I)
        ):
            figs = state.contest_figures(contest)
            if figs.turnout is None:
                figs.turnout = state.figure(m, Unit.PERCENT)
                used.add(k)
                continue

        # Elliptical second change: "Fitzpatrick’s share up nine per cent …, and Ms Ali’s
        # nearly 11pc."
        if (
            last_change is not None
            and last_change.amount is not None
            and m.kind is _amount_kind(last_change)
        ):
            who = _subject(state, sent, people, m.start)
            gap = text[who.span.end : m.start] if who else ""
            if (
                who is not None
                and who.name != last_change.candidate
                and re.fullmatch(r"['’]s\s+", gap)
            ):
                claim = last_change.model_copy(
                    update={
                        "candidate": who.name,
                        "contest": state.candidates[who.name].contest
                        if who.name in state.candidates
                        else state.person_contest.get(who.name),
                        "amount": state.figure(m, last_change.amount.unit),
                        "direction_span": None,
                        "span": Span(start=who.span.start, end=m.end),
                        "since": last_change.since,
                        "previous": None,
                        "current": None,
                        "quoted": state.quoted(m.span),
                    }
                )
                state.claims.append(claim)
                used.add(k)
                continue

    _read_results(f)


def _states_a_result(f: _Frame, span: Span) -> bool:
    """Is a winner or outcome phrase at ``span`` a report of this result?

    Not when it is quoted (a hope or a boast), when the sentence negates, hopes or forecasts
    ("failed to win the seat", "is expected to be re-elected"), or when it is dated to an
    earlier time ("has held the seat since 2010").
    """
    state = f.state
    if state.quoted(span) or _NOT_A_RESULT.search(f.sent.text):
        return False
    return not _EARLIER.match(state.text, span.end, f.sent.span.end)


def _winner_subject(f: _Frame, at: int) -> PersonMention | None:
    """The person a winner phrase starting at ``at`` is about: the name right before it (an
    aside between them allowed), or the person last named for a sentence opening "She"."""
    state, sent = f.state, f.sent
    who = _subject(state, sent, f.people, at)
    if who is None:
        return None
    if sent.span.start <= who.span.start < sent.span.end:
        gap_start = who.span.end
    else:
        opening = _PRONOUN_START.match(sent.text)
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


def _read_winners(f: _Frame) -> None:
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
        wb = _WINNER_BEFORE_CONTEST.search(text, sent.span.start, c.span.start)
        if wb is not None:
            found.append((wb.start(), Span(start=wb.start("key"), end=c.span.end)))
    for at, key in found:
        if not _states_a_result(f, key):
            continue
        who = _winner_subject(f, at)
        if who is None:
            continue
        where = f.contest_for(who)
        known = state.candidates.get(who.name) or state._same_person(who.name)
        if known is not None and known.contest is not None and where not in (None, known.contest):
            continue  # named with another seat earlier: this may be a different race
        cand = f.register(who)
        if cand.rank is None:
            cand.rank = Figure(text="first", value=Decimal(1), unit=Unit.RANK, exact=True, span=key)


def _read_outcomes(f: _Frame) -> None:
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
        contest = _contest_at(f, stop)
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
            contest = _contest_at(f, into.end()) if into else None
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


def _contest_at(f: _Frame, at: int) -> ContestMention | None:
    """The constituency named at ``at`` (after spaces), if any."""
    for c in f.contests:
        if c.span.start >= at and not f.state.text[at : c.span.start].strip():
            return c
    return None


def _amount_kind(claim: ChangeClaim) -> NumberKind | None:
    """The number kind a change amount was written as."""
    if claim.amount is None:
        return None
    return {Unit.PERCENT: NumberKind.PERCENT, Unit.POINTS: NumberKind.POINTS}.get(
        claim.amount.unit, NumberKind.COUNT
    )


def _since(after: str) -> str | None:
    m = _SINCE.search(after[:80])
    return m.group("year") if m else None


def _party_before(parties: list[PartyMention], at: int, floor: int) -> PartyMention | None:
    before = [p for p in parties if floor <= p.span.end <= at]
    return before[-1] if before else None


def _previous_claim(
    f: _Frame,
    m: NumberMention,
    pb: re.Match[str],
    who: PersonMention | None,
    last_change: ChangeClaim | None,
) -> ChangeClaim | None:
    """A change stated by its earlier level: "12.7pc … (down from 15.2pc)", "2.5pc compared to
    9.3pc", or the "from" of a change already read in this clause."""
    state, sent, contest = f.state, f.sent, f.contest
    previous = state.figure(m, Unit.PERCENT)
    dir_word = pb.group("dir")
    if (
        last_change is not None
        and last_change.previous is None
        and last_change.span is not None
        and m.start - last_change.span.end < 40
    ):
        update: dict[str, object] = {
            "previous": previous,
            "span": Span(start=last_change.span.start, end=m.end),
        }
        return last_change.model_copy(update=update)
    if who is None:
        return None
    cand = state.candidates.get(who.name)
    current = cand.share if cand is not None else None
    # The level this change ends at is the candidate's share given in this sentence.
    if (
        current is None
        or current.span is None
        or not (sent.span.start <= current.span.start < m.start)
    ):
        current = _share_in_sentence(state, sent, who, m.start)
    if current is None:
        return None
    start = pb.start() + (m.start - len(state.text[max(sent.span.start, m.start - 80) : m.start]))
    dir_start = start if dir_word else None
    return ChangeClaim(
        quantity=Quantity.SHARE,
        contest=cand.contest if cand else contest,
        candidate=who.name,
        direction=_direction(dir_word),
        direction_text=dir_word,
        direction_span=Span(start=dir_start, end=dir_start + len(dir_word))
        if dir_word and dir_start is not None
        else None,
        previous=previous,
        current=current,
        since=_since(state.text[m.end : sent.span.end]),
        span=Span(start=start, end=m.end),
        quoted=state.quoted(m.span),
    )


def _share_in_sentence(
    state: _State, sent: Sentence, who: PersonMention, before: int
) -> Figure | None:
    """A percentage attached as ``who``'s share earlier in this sentence, read afresh."""
    text = state.text
    for m in find_numbers(text[who.span.end : before], state.pack):
        if m.kind is NumberKind.PERCENT and m.hedge == "exact":
            shifted = m.to_figure(Unit.PERCENT)
            offset = who.span.end
            assert shifted.span is not None
            return shifted.model_copy(
                update={
                    "span": Span(start=shifted.span.start + offset, end=shifted.span.end + offset),
                    "quoted": state.quoted(
                        Span(start=shifted.span.start + offset, end=shifted.span.end + offset)
                    ),
                }
            )
    return None


_BOUND_OF = re.compile(
    r"^\s+(?:of\s+(?:the\s+)?(?P<q>share|vote|votes|poll|turnout|electorate|voters))"
    r"(?P<at>(?:\s+at|,|\s+with|\s+-|\s+–|\s*\()\s*)?",
    re.IGNORECASE,
)


def _read_bound(f: _Frame, k: int) -> BoundClaim | None:
    """A hedged or fractional share: "less than a third of the share at 20.1pc"."""
    state, sent, numbers, people = f.state, f.sent, f.numbers, f.people
    m = numbers[k]
    if m.kind not in (NumberKind.FRACTION, NumberKind.PERCENT):
        return None
    text = state.text
    of = _BOUND_OF.match(text[m.end : min(sent.span.end, m.end + 60)])
    if of is None:
        return None
    quantity = (
        Quantity.TURNOUT
        if of.group("q").lower() in ("turnout", "electorate", "voters")
        else Quantity.SHARE
    )
    who = _subject(state, sent, people, m.start) if quantity is Quantity.SHARE else None
    exact: Figure | None = None
    end = m.end + of.end()
    nxt = numbers[k + 1] if k + 1 < len(numbers) else None
    if (
        of.group("at") is not None
        and nxt is not None
        and nxt.kind is NumberKind.PERCENT
        and nxt.hedge == "exact"
        and nxt.start == end
    ):
        exact = state.figure(nxt, Unit.PERCENT)
        end = nxt.end
    return BoundClaim(
        quantity=quantity,
        contest=f.contest_for(who) if who is not None else f.contest,
        candidate=who.name if who is not None else None,
        bound=state.figure(m, Unit.PERCENT),
        exact=exact,
        span=Span(start=m.start, end=end),
        quoted=state.quoted(m.span),
    )


def _read_rank(f: _Frame, k: int) -> None:
    state, sent, numbers, people, used = f.state, f.sent, f.numbers, f.people, f.used
    text = state.text
    m = numbers[k]
    before = text[max(sent.span.start, m.start - 40) : m.start]
    after = text[m.end : min(sent.span.end, m.end + 30)]
    who = _subject(state, sent, people, m.start)
    if who is None or k in used:
        return
    reg = f.register
    # "dropped from third to fifth"
    rf = _RANK_FROM.search(before)
    nxt = numbers[k + 1] if k + 1 < len(numbers) else None
    if (
        rf
        and nxt is not None
        and nxt.kind is NumberKind.ORDINAL
        and re.fullmatch(r"\s+to\s+", text[m.end : nxt.start])
    ):
        cand = reg(who)
        previous = state.figure(m, Unit.RANK)
        current = state.figure(nxt, Unit.RANK)
        if cand.rank is None:
            cand.rank = current
        dir_word = rf.group("dir")
        dir_start = m.start - len(before) + rf.start("dir")
        state.claims.append(
            ChangeClaim(
                quantity=Quantity.RANK,
                contest=cand.contest,
                candidate=who.name,
                direction=_direction(dir_word),
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
    if _RANK_BEFORE.search(before) and _RANK_AFTER_OK.match(after):
        if state.quoted(m.span):
            return  # "it looks like we're back in third": a hope, not a result
        cand = reg(who)
        if cand.rank is None:
            cand.rank = state.figure(m, Unit.RANK)
        used.add(k)


_OTHER_NOUN_AFTER = re.compile(
    r"\s+(?!votes?\b|ballots\b|of\s+(?:the\s+)?(?:valid\s+)?votes?\b)(?:of\b|[A-Za-z]{3,})",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_PAIR_GAP = re.compile(r"\s*(?:votes?\s*)?(?:\(|[-–—]\s*(?:a\s+)?|,\s*(?:or\s+)?|or\s+)\s*")
_VOTES_LEAD = re.compile(
    r"\b(?:with|on|polled|polling|won|winning|took|taking|securing|secured|received|receiving|got"
    r"|scooping|scooped|gaining|garnering|garnered)\s+(?:a\s+(?:whopping\s+|total\s+of\s+)?)?$",
    re.IGNORECASE,
)


def _read_results(f: _Frame) -> None:
    """Candidates' votes and shares, where the wording says so.

    A count is a candidate's votes when "votes" follows it ("39,558 votes", "3,959 of the
    votes"), or when it sits tight against a share of theirs ("989 (1.7pc)", "5pc (2,982)",
    "6.5pc or 3,888 votes", "12.7pc of the votes with 7,576"). A percentage is a share when
    the wording says so ("a 71.8pc share", "12.7pc of the votes") or when it sits tight
    against a vote count of theirs. Counts written in words, polls and tables without such
    wording are left alone: a misread figure would make a rule cry wolf.
    """
    state, sent, numbers, people, used, register = (
        f.state,
        f.sent,
        f.numbers,
        f.people,
        f.used,
        f.register,
    )
    text = state.text
    items: list[tuple[int, NumberMention, PersonMention]] = []
    for k, m in enumerate(numbers):
        if k in used or m.hedge != "exact" or m.kind not in (NumberKind.COUNT, NumberKind.PERCENT):
            continue
        if (
            m.kind is NumberKind.COUNT
            and (
                not _DIGITS.fullmatch(m.number_text)
                # "155 seats", "3680 of 3746": a count of something else, or a ratio.
                or _OTHER_NOUN_AFTER.match(text[m.end : m.end + 20])
                or re.search(r"\d\s+(?:of|out\s+of)\s+$", text[max(0, m.start - 20) : m.start])
            )
        ):
            continue
        who = _subject(state, sent, people, m.start)
        if who is not None:
            items.append((k, m, who))
    votes: dict[int, PersonMention] = {}
    shares: dict[int, PersonMention] = {}
    for k, m, who in items:
        after = text[m.end : min(sent.span.end, m.end + 40)]
        before = text[max(sent.span.start, m.start - 30) : m.start]
        if m.kind is NumberKind.COUNT and _VOTES_AFTER.match(after):
            votes[k] = who
        elif (
            m.kind is NumberKind.PERCENT
            and m.value <= 100
            and (
                _SHARE_CUE_AFTER.match(after)
                or (re.search(r"\b(?:a|an)\s+$", before) and re.match(r"\s*share\b", after))
            )
        ):
            shares[k] = who
    # Pairs: two neighbouring figures of the same person, one a count and one a percentage,
    # where at least one is cued or the gap between them is a bracket, dash or "or".
    by_k = {k: (m, who) for k, m, who in items}
    order = [k for k, _, _ in items]
    for a, b in itertools.pairwise(order):
        (ma, wa), (mb, wb) = by_k[a], by_k[b]
        if wa.name != wb.name or ma.kind is mb.kind:
            continue
        gap = text[ma.end : mb.start]
        tight = bool(_PAIR_GAP.fullmatch(gap))
        cued_pair = (a in votes or a in shares or b in votes or b in shares) and len(gap) <= 60
        if not tight and not (
            cued_pair
            and (
                _VOTES_LEAD.search(text[max(sent.span.start, mb.start - 30) : mb.start])
                or gap.rstrip().endswith("(")
            )
        ):
            continue
        for k, m in ((a, ma), (b, mb)):
            if m.kind is NumberKind.COUNT and m.value >= 1:
                votes.setdefault(k, wa)
            elif m.kind is NumberKind.PERCENT and m.value <= 100:
                shares.setdefault(k, wa)
    for k in sorted(votes):
        cand = register(votes[k])
        if cand.votes is None:
            cand.votes = state.figure(numbers[k], Unit.VOTES)
    for k in sorted(shares):
        cand = register(shares[k])
        if cand.share is None:
            cand.share = state.figure(numbers[k], Unit.PERCENT)


def _assemble(doc: Document, state: _State, default_contest: str | None) -> Article:
    election = doc.metadata.get("election")
    grouped: dict[str | None, list[_Candidate]] = {}
    unnamed: list[_Candidate] = []
    for cand in state.candidates.values():
        if cand.votes is None and cand.share is None and cand.rank is None:
            continue
        name = cand.contest or default_contest
        if name is None:
            unnamed.append(cand)
        else:
            grouped.setdefault(name, []).append(cand)
    groups: list[tuple[str | None, list[_Candidate]]] = list(grouped.items())
    # With no constituency named, which candidates stood against each other is unknown; those
    # given figures in the same or the next sentence are taken as one contest, and a story
    # that moves on to another race starts another. Lumping every race of a story together
    # would make the arithmetic rules compare figures from different contests.
    cluster: list[_Candidate] = []
    for cand in sorted(unnamed, key=lambda c: c.anchor):
        if cluster and cand.anchor - cluster[-1].anchor > 1:
            groups.append((None, cluster))
            cluster = []
        cluster.append(cand)
    if cluster:
        groups.append((None, cluster))
    for name, f in state.contests.items():
        if _has_figures(f) and name not in grouped and not (name is None and unnamed):
            groups.append((name, []))
    contests = []
    for name, cands in groups:
        figs = state.contests.get(name) or _ContestFigures()
        contests.append(
            ContestResult(
                name=name,
                election=election if isinstance(election, str) else None,
                candidates=tuple(
                    CandidateResult(
                        name=c.name,
                        name_span=c.name_span,
                        party=c.party,
                        party_span=c.party_span,
                        votes=c.votes,
                        share=c.share,
                        rank=c.rank,
                    )
                    for c in cands
                ),
                turnout=figs.turnout,
                majority=figs.majority,
                majority_share=figs.majority_share,
                provenance=Provenance.ARTICLE,
            )
        )
    return Article(document=doc, contests=tuple(contests), claims=tuple(state.claims))


def _has_figures(f: _ContestFigures) -> bool:
    return f.turnout is not None or f.majority is not None or f.majority_share is not None
