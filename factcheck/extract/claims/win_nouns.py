"""A person's win said with the noun: "Jane Smith's victory was declared at 4am", "celebrated
her shock victory", "cruised to victory by 3,000 votes", "pulled off a sensational victory for
Labour" (eighteenth session).

Counted on the open skeletons, winners left unread because the win was a noun, with the seat
named nowhere in the words (the forms with a seat after them, "romped to victory in Moray",
"celebrating his win in North Down", are :mod:`~factcheck.extract.claims.outcomes`'
``_WINNER``): a possessive before the noun ("Jane Smith's victory", "his victory", "her win")
in eleven stories from ten outlets (a county paper, an MP's site, student papers, the BBC's
regional pages, a Belfast daily); a verb of ease before "to victory" ("cruised", "eased",
"romped", "coasts") in four outlets; a verb that takes the noun as its object ("pulled off",
"claims", "celebrates", "celebrated") in five.

The winner is the person the noun is said of, found by the rules the reader uses for every
winner in words (:func:`~factcheck.extract.claims.winner_subjects.winner_subject`): the name right
before the verb, or, for a possessive name, the name itself; "his" or "her" is the one person
the sentence names before it, a tie the reading marks as loose. The seat is the person's, as
the sentence or the story gives it (:meth:`Frame.contest_for`), tied as every figure's seat is:
a seat only carried from earlier is loose, so a finding on such a reading is at most a warning.

The same holds for a member's title with no seat in it, given as the story's own seat's:
"Newly elected Tory MP Jane Smith", "Elected MP Jane Smith said", "The new MP for the
constituency is Jane Smith", "Jane Smith was confirmed as the town's next MP" (:func:
`read_member_titles`; five outlets: a city paper, a local paper, the BBC's constituency pages,
a London hyperlocal, a county paper; the titles with the seat named are
:mod:`~factcheck.extract.claims.new_members`').

Not read: a party's win ("Labour's victory", mostly the national result), a win said inside a
quotation, negated, hoped or forecast ("hopes of victory", "would be a win for"), or dated to
another election ("his 2015 election victory"); a possessive pronoun where the sentence names
no one before it or several people ("X with Y after his victory"); "in victory" ("gracious in
victory"); and a person placed in another seat already, or a seat already won by someone else.
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.known_winners import has_other_winner
from factcheck.extract.claims.ranks import place_in_words
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.claims.winner_subjects import winner_subject
from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import Frame
from factcheck.models import Span, Unit

WIN_NOUN_CUES = ("victor", "win")
"""Substrings one of which a sentence's folded text holds for :func:`read_win_nouns` to read
it: every wording below holds "victory" or "win". Not " win": the patterns take any white
space before the noun (a non-breaking space, a line break), so a cue with a plain space
would skip sentences they read."""

# Words that may stand between the owner and the noun: "shock", "landslide", "first ever",
# "comfortable" (one or two words in lower case, no verb of a clause among them).
_ADJECTIVES = r"(?:[a-z][\w-]*\s+){0,2}?"
# After a person's name: "’s victory", "'s shock win", "’s victory speech".
_POSSESSIVE_WIN = re.compile(rf"['’]s?\s+{_ADJECTIVES}(?P<key>victory|win)\b(?![-'’])")
# "his victory", "her shock win": the owner is the person named before in the sentence.
_PRONOUN_WIN = re.compile(
    rf"\b(?P<own>[Hh]is|[Hh]er)\s+{_ADJECTIVES}(?P<key>victory|win)\b(?![-'’])"
)
# A verb of ease, then "to victory": "cruised to victory", "eased to a comfortable victory",
# "romped home to victory", "coasts to victory".
# (twenty-first session) and "a … win" after "to": "stormed to a convincing win" (the article
# needed: "raced to win" is an infinitive).
_TO_VICTORY = re.compile(
    r"\b(?P<key>(?:romp|cruis|eas|sweep|swept|storm|sail|coast|rac|power|stroll|surg)"
    r"(?:ed|es|s|e|ing)?\s+(?:home\s+)?to\s+(?:(?:an?\s+)?(?:[a-z][\w-]*\s+)?victory"
    r"|an?\s+(?:[a-z][\w-]*\s+)?win))\b(?![-'’])"
)
# A verb whose object is the win: "pulled off a sensational victory", "claims comfortable
# victory", "celebrated his win", "sealed a famous victory".
# (twenty-first session) One list of the verbs that take the win as their object, with
# "won", "secured", "gets", "took home" beside "pulled off" and "claimed": "won a sensational
# victory on Friday morning", "after securing a resounding win", "gets convincing win in West
# Tyrone", "took home a convincing win of over 4,000" (five outlets). Not a win of another
# kind ("won a moral victory", "a legal victory", "a leadership win").
_TAKES_VICTORY = re.compile(
    r"\b(?P<key>(?:(?:pulled|pulls|pulling)\s+off|claim(?:ed|s|ing)?|seal(?:ed|s|ing)?"
    r"|clinch(?:ed|es|ing)?|celebrat(?:ed|es|ing)|won|wins|winning|secur(?:ed|es|ing)"
    r"|gets|got|getting|(?:took|takes|taking)\s+home)\s+"
    r"(?:(?:an?|his|her|their)\s+)?(?:(?!(?:moral|pyrrhic|legal|symbolic|court|council"
    r"|leadership|selection|by-election|partial)\b)[a-z][\w-]*\s+){0,2}?(?:victory|win)\b"
    r"(?![-'’]))"
)
# Words making a winner another election's: "the previous winner", "Former winner Jane Smith".
_EARLIER = r"(?:[Ff]ormer|[Pp]revious|[Ll]ast|[Pp]ast|[Dd]efending|[Oo]ne-time|[Ee]x)"
# Such a word, or a year's possessive, right before a title: "Previous Gower winner".
_EARLIER_BEFORE = re.compile(rf"(?:\b{_EARLIER}|\d['’]s?)\s+$")
# (twentieth session) The winner as a noun said of the person: "was a clear winner", "emerged
# the winner", "was declared the winner of Kingston and Surbiton", "was an easy winner with
# 27,628 votes" (eight outlets on the open skeletons: a Belfast daily and blog, an Irish daily,
# a national radio site, a Fife weekly, Aberdeen and Wolverhampton papers, ITV Wales).
_WINNER_NOUN = re.compile(
    r"\b(?P<key>(?:was|is|has\s+been|emerged|emerges)\s+"
    r"(?:(?:declared|named|confirmed|announced)\s+)?(?:as\s+)?(?:the|a|an)\s+"
    rf"(?:(?!{_EARLIER}\b)[a-z][\w-]*\s+){{0,2}}?winner)\b(?![-'’])"
)
# A winner of something else than the seat: "the big winner of the night", "on the night".
_OTHER_WIN_AFTER = re.compile(r"\s+(?:of|on)\s+the\s+(?:night|evening|day|election)\b")
# The winner as a title right before the name: "The victor Kanishka Narayan", "Wolverhampton
# South West winner Stuart Anderson", "the Labour winner, Jane Smith".
_WINNER_TITLE = re.compile(
    rf"(?<![\w'’-])(?P<key>(?:(?!{_EARLIER}\b)(?:[Tt]he|[A-Z][\w'’&-]*)\s+){{1,5}}?"
    r"(?:victor|winner))\s*,?\s+$"
)
# "in victory" ("more gracious in defeat than he was in victory") says nothing of this result.
_IN_BEFORE = re.compile(r"\bin\s+$")


def read_win_nouns(f: Frame) -> None:
    """Winners whose win is a noun said of them, with no seat in the words: "Jane Smith's
    victory", "celebrated her shock victory", "cruised to victory", "pulled off a sensational
    victory". Each is read as the winner of the person's seat (rank 1)."""
    text, sent = f.state.text, f.sent
    start, end = sent.span.start, sent.span.end
    for who in f.people:
        m = _POSSESSIVE_WIN.match(text, who.span.end, end)
        if m is not None:
            _won(f, who, Span(start=who.span.start, end=m.end("key")), tight=True)
    for m in _PRONOUN_WIN.finditer(text, start, end):
        if _IN_BEFORE.search(text, max(start, m.start() - 4), m.start()):
            continue
        before = {p.name: p for p in f.people if p.span.end <= m.start()}
        if len(before) != 1:
            continue  # "X with Y after his victory": whose is unsure
        who = next(iter(before.values()))
        _won(f, who, Span(start=m.start(), end=m.end("key")), tight=False)
    for pattern in (_TO_VICTORY, _TAKES_VICTORY):
        for m in pattern.finditer(text, start, end):
            subject = winner_subject(f, m.start())
            if subject is None:
                continue
            # The name right before the words is sure; a pronoun's person is a guess.
            named = start <= subject.span.start < m.start()
            words = Span(start=subject.span.start if named else m.start(), end=m.end())
            _won(f, subject, words, tight=named)

    if "winner" in f.lower or "victor " in f.lower or "victor," in f.lower:
        _read_winner_nouns(f)


def _read_winner_nouns(f: Frame) -> None:
    """Winners called the winner: "Jane Smith was a clear winner", "emerged the winner", "was
    declared the winner of Gower"; and the title before the name: "The victor Jane Smith",
    "Gower winner Jane Smith"."""
    text, sent = f.state.text, f.sent
    start, end = sent.span.start, sent.span.end
    for m in _WINNER_NOUN.finditer(text, start, end):
        if _OTHER_WIN_AFTER.match(text, m.end(), end):
            continue
        subject = winner_subject(f, m.start())
        if subject is None:
            continue
        # The name right before the words is sure; a pronoun's person is a guess.
        named = start <= subject.span.start < m.start()
        words = Span(start=subject.span.start if named else m.start(), end=m.end("key"))
        _won(f, subject, words, tight=named)
    for who in f.people:
        title = _WINNER_TITLE.search(text, max(start, who.span.start - 60), who.span.start)
        if title is not None and not _EARLIER_BEFORE.search(
            text, max(start, title.start() - 12), title.start()
        ):
            _won(f, who, Span(start=title.start("key"), end=who.span.end), tight=True)


TITLE_CUES = ("new", "next ", "elected ")
"""Substrings one of which a sentence's lower-cased text holds for :func:`read_member_titles`
to read it: every title below holds one ("new", "newly", "next", "elected")."""

# A member's title for this election, with no seat named in it: "the new MP", "Newly elected
# Tory MP", "Elected MP", "the town's next MP", "the new Member of Parliament for the
# constituency".
_TITLE = (
    r"(?:(?:the|our|your)\s+)?(?:(?:town|city|county|area|constituency|seat)['’]s\s+)?"
    r"(?:[Nn]ew(?:ly[\s-]elected)?|[Nn]ext|[Ee]lected)\s+(?:[A-Z][\w'’&-]*\s+){0,3}?"
    r"(?:MP|[Mm]ember\s+of\s+[Pp]arliament)"
    r"(?:\s+for\s+(?:the|this)\s+(?:constituency|seat|area|town|city))?"
)
TITLE = re.compile(_TITLE)
"""A member's title with no seat in it, alone (for the cue test)."""
# The title, then the person: "Newly elected Tory MP Jane Smith", "The new MP for the
# constituency is city councillor Jane Smith" (two words of a role in lower case between).
_TITLE_THEN_NAME = re.compile(rf"\b(?P<title>{_TITLE}),?\s+(?:is\s+)?(?:[a-z][\w-]*\s+){{0,2}}?$")
# The person, then the title: "Jane Smith was confirmed as the town's next MP", "Jane Smith
# became the new MP" (not followed by "for" and a seat: new_members.py's).
_NAME_THEN_TITLE = re.compile(
    r",?\s+(?:is|was|has\s+been|became|becomes|has\s+become)\s+"
    rf"(?P<as>(?:confirmed|named|declared)\s+as\s+)?(?P<title>{_TITLE})(?!\s+for\s)\b"
)
# A title that says whose seat it is without naming it: "the town's next MP", "the new MP for
# the constituency". A bare "X is the new MP" after another seat's news ("Watford saw a change
# of MP. X is the new MP.") is left to the wordings that name the seat, as before.
_TITLE_OWNS_SEAT = re.compile(r"['’]s\s|\sfor\s|[Nn]ext\s|[Ee]lected\s")


def read_member_titles(f: Frame) -> None:
    """Winners given a member's title for this election with no seat in it: "Newly elected
    Tory MP Jane Smith", "Jane Smith was confirmed as the town's next MP". Each is read as
    the winner of the person's seat, as the sentence or the story gives it."""
    text, sent = f.state.text, f.sent
    start = sent.span.start
    for who in f.people:
        before = _TITLE_THEN_NAME.search(text, max(start, who.span.start - 90), who.span.start)
        if before is not None:
            _won(f, who, Span(start=before.start("title"), end=who.span.end), tight=True)
            continue
        after = _NAME_THEN_TITLE.match(text, who.span.end, sent.span.end)
        if after is not None and (
            after.group("as") is not None or _TITLE_OWNS_SEAT.search(after.group("title"))
        ):
            _won(f, who, Span(start=who.span.start, end=after.end("title")), tight=True)


def _won(f: Frame, who: PersonMention, words: Span, *, tight: bool) -> None:
    """Give ``who`` the win said at ``words``, if it reports this result in their seat."""
    if not states_a_result(f, words):
        return
    where = f.contest_for(who)
    if where is None:
        return  # a win in no seat the reader knows: nothing to check it against
    state = f.state
    known = state.candidates.get(who.name) or state.same_person(who.name)
    if known is not None and known.contest is not None and known.contest != where:
        return  # named with another seat before: this may be another race's win
    if (not tight or known is None or known.contest is None) and not f.seat_tie(who)[1]:
        # Nobody placed the person yet, or "his"/"her" only guesses who won, and the seat is
        # only carried from before: a win is no reason to place them there (a round-up's next
        # paragraph may be another seat's).
        return
    if has_other_winner(f, where, who):
        return  # the seat has its winner already: whose win this is is unsure
    cand = f.register(who)
    if cand.rank is not None:
        return  # placed already (the same win said again, or a placing the rules will judge)
    m = place_in_words(state.text, words.start, words.end, 1)
    how = "named with the win" if tight else "the one person named before “his”/“her”"
    fig = f.figure(
        m,
        Unit.RANK,
        f"a win said with no seat in the words (“{m.text}”): first",
        who=who,
        subject_tie=(f"{who.name}, {how}", tight),
    )
    cand.rank = fig.model_copy(update={"text": "first"})
