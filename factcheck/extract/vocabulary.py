"""Words the readings share: directions of change, quantities, and the cues that say a number
is a count of votes, a share or a placing.

A pattern used by one reading lives in that reading's module; only what several readings (or
the prefilter) test lives here, so a change of wording is made once.
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.models import Direction, Quantity

UP = (
    "up|rose|risen|rising|rise|rises|increased|increase|increases|increasing|gained|gain|gains"
    "|gaining|grew|grown|growing|jumped|jump|climbed|climbing|boosted|boost|higher|soared|surged"
    "|extended|extending|improved|grow|grows|soar|soars|soaring"
)
DOWN = (
    "down|fell|fallen|falling|fall|falls|decreased|decrease|decreasing|dropped|drop|drops"
    "|dropping|lost|losing|cut|cutting|reduced|reducing|slipped|slipping|slumped|declined"
    "|decline|lower|shrank|shrunk|halved|narrowed|dipped|dipping|dip|slump|plunged|plummeted"
    "|tumbled|collapsed|crashed"
)
# A rise said as a multiple: "more than doubling her majority", "trebled his majority".
MULTIPLIED = (
    "doubled|doubles|doubling|tripled|triples|tripling|trebled|trebles|trebling|quadrupled"
    "|quadruples|quadrupling"
)
DIRECTION_WORDS = frozenset(f"{UP}|{DOWN}".split("|"))
"""Every word of change, for a sentence's cue test (:meth:`~factcheck.extract.frame.Frame.says`)."""
DIRECTION_WORD = re.compile(rf"\b(?:(?P<up>{UP})|(?P<down>{DOWN}))\b", re.IGNORECASE)
QUANTITY_WORD = re.compile(
    r"\b(?P<q>turnout|majority|majorities|share(?:\s+of\s+the\s+votes?)?|shares|vote share"
    r"|percentage\s+of\s+the\s+vote(?:\s+share)?|support|votes?)\b",
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
    "support": Quantity.SHARE,
}
POSSESSIVE = r"(?:his|her|their|its|the|a|an)"

VOTES_AFTER = re.compile(r"^\s*(?:of\s+the\s+)?(?:valid\s+)?votes?\b|^\s+ballots\b", re.I)
SHARE_CUE_AFTER = re.compile(
    # (sixteenth session) and "of the overall vote", "of the popular vote", "of all votes
    # cast", "of ballots cast", "of those who voted": of the votes cast, in other words
    r"^\s*(?:share|of\s+the\s+(?:valid\s+|overall\s+|popular\s+)?(?:vote|votes|poll|share)"
    r"|vote\s+share|of\s+votes|of\s+all\s+(?:the\s+)?(?:votes|ballots)\s+cast"
    r"|of\s+(?:the\s+)?ballots\s+cast|of\s+those\s+voting|of\s+those\s+who\s+voted)\b",
    re.I,
)
PLACE_MOVES = (
    r"(?:(?:fell|falls|fall|falling|dropped|drops|dropping|slipped|slips|slumped|sank|slid|rose"
    r"|rises|climbed|climbs|jumped|leapt|leaped|moved|moves|moving)"
    r"(?:\s+(?:back|up|down|forward))?\s+(?:to|into)"
    r"|(?:held|holds|holding|hung|hangs|hanging|clung|clings)\s+on\s+to)"
)
"""Verbs of a placing reached or kept, up to the word before it: "fell to", "dropped back
to", "moved up to", "leaped forward into", "held on to" (a pattern's text, for
:data:`RANK_BEFORE` and a party's placing lead alike)."""
RANK_BEFORE = re.compile(
    r"\b(?:came|come|comes|coming|finished|finishing|finish|placed|followed\s+in|was|were"
    r"|is|in|into|pushed\s+into|back\s+in|ended\s+up"
    # "taking second place", "only managed third place", "secured fourth"
    r"|took|taking|takes|managed|managing|secured|securing|claimed|claiming"
    # (sixteenth session) "could only manage third place", "scraped third", "came home third"
    r"|manage|scraped|came\s+home"
    # (eighteenth session) a placing reached or kept: "fell to fourth", "dropped back to third",
    # "moved up to second", "held on to second place", "polled third", "to take third place"
    rf"|{PLACE_MOVES}|polled|take)\s+$",
    re.IGNORECASE,
)
PRONOUN_START = re.compile(r"^\s*(?:She|He)\b")
# A party's pronoun opening an outcome's clause: "It held the seat", "The party gained …".
PARTY_PRONOUN = re.compile(r"\s*(?:It|They|(?P<noun>The\s+party))\b")
# After a party named only as a person's label: "Conservative John Brown", "Labour's Jane
# Smith", "Tory MP" (a capital after it, or after its possessive). The party is then no
# subject of its own: not the antecedent of "The party", nor the one a placing went to.
PARTY_AS_LABEL = re.compile(r"(?:['’]s?)?[ \t]+[A-Z]")
# Between an outcome's subject and its verb only an auxiliary or an adverb may stand: "Labour
# has held Hartlepool", "Labour now holds just Edinburgh South" (a pattern's part, for the
# outcome readings of several modules).
# ("the Tory party have taken": "party" after a name the party is known by without it)
AUX = (
    # (sixteenth session) "The Conservatives only just kept their hold on St Ives"
    r"(?:\s+party)?(?:\s+(?:has|have|had|now|also|again|comfortably|easily|narrowly|just|only"
    # (ninth session) "The party successfully captured …", "they unexpectedly lost …"
    r"|successfully|unexpectedly|duly|convincingly))*"
)
# Before the party a seat was taken from: " from the Tories", "again from the Tories" ("gained
# the seat of Harrogate and Knaresborough, again from the Tories"), " off Labour".
TAKEN_FROM = re.compile(r"(?:,?\s+again)?\s+(?:from|From|FROM|off)\s+(?:the\s+)?")
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,3}, \d{3}|\d+")
"""A whole count written in digits ("39,558", "989"), not in words or with a decimal point, as
:mod:`~factcheck.extract.numbers` reads them: "9, 974" too."""
RIVAL_LEAD = re.compile(
    r"\b(?:to|over|against|than|beating|ahead\s+of|compared\s+(?:to|with))\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
"""Words before a rival's name: "polled 8,557 votes to Labour candidate Naz Shah's …"."""
BY_MARGIN_BEFORE = re.compile(
    r"\bby\s+(?:an?\s+)?(?:(?:even|more|less|very|just|only|mere|slim|narrow"
    r"|convincing|comfortable|healthy|whopping|huge|massive|decisive|tiny"
    # "held on by a paper-thin 92 votes", "by a bare 41 votes"
    r"|(?:paper|wafer|razor|hair)[- ]thin|bare|scant|paltry|measly|narrowest|slimmest"
    r"|tight|close|knife-edge|solid|resounding|clear|sizeable|sizable)\s+)*$",
    re.IGNORECASE,
)
"""Words before a margin or the size of a change, never a vote total: "won by just 20 votes",
"overturning her majority by just 20 votes", "rose by 2,000 votes"."""
# "while", "but" or "whereas" as whole words: each alternative opens with a literal, so the
# engine skips to the few places a break can start; "w(?<!\w\w)hile" is "\bwhile", four
# times faster to scan for (every sentence is scanned for its clause breaks). ";|:", not
# "[;:]": a class is no literal, and one such alternative makes the engine try every place.
CLAUSE_BREAK = re.compile(r";|:|w(?<!\w\w)hile\b|b(?<!\w\w)ut\b|w(?<!\w\w)hereas\b")
MAJORITY_CHANGE = re.compile(
    rf"\b(?P<dir>{UP}|{DOWN})\s+(?:his|her|their|its|the)\s+(?:own\s+|party['’]s\s+)?majority\b",
    re.IGNORECASE,
)
# "nearly doubled his majority from 6,437 to 12,278": a majority's rise said as a multiple.
MAJORITY_MULTIPLIED = re.compile(
    rf"\b(?:{MULTIPLIED})\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+)?majority\b",
    re.IGNORECASE,
)
_SINCE = re.compile(
    r"\b(?:from|since|compared\s+(?:to|with)|than(?:\s+in)?|on)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def direction(word: str | None) -> Direction | None:
    """The direction a word of change states: "rose" is up, "slumped" down."""
    if not word:
        return None
    m = DIRECTION_WORD.fullmatch(word)
    if m is None:
        return None
    return Direction.UP if m.group("up") else Direction.DOWN


def quantity(word: str | None) -> Quantity | None:
    """The quantity a noun names: "majority", "turnout", "share of the vote"."""
    if not word:
        return None
    # "share of the vote" and "percentage of the vote" are shares, whatever noun they end with.
    low = word.lower()
    if low.startswith(("share", "percentage")):
        return Quantity.SHARE
    return _QUANTITIES.get(low)


def last_quantity(text: str) -> Quantity | None:
    """The quantity named last in ``text``."""
    found = None
    for m in QUANTITY_WORD.finditer(text):
        found = m.group("q")
    return quantity(found)


def since(after: str) -> str | None:
    """The year a change is measured from: "… since 2015", "compared with 2017"."""
    m = _SINCE.search(after[:80])
    return m.group("year") if m else None


# Words that date a figure to another election than the story's. A year is another election
# only when it is not the story's own; "since 2015" and "from 2017" date a change's start,
# which the change readings read themselves, so they are not offered these figures.
_OTHER_ELECTION = re.compile(
    r"\b(?:(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:general\s+)?election"
    # "his display of 10 years ago", "when he first took the seat more than a decade ago"
    r"|(?:two|three|four|five|several|\d{1,2})\s+years\s+(?:ago|earlier|before|after)"
    r"|(?:a|more\s+than\s+a|over\s+a|nearly\s+a|almost\s+a)\s+decade\s+(?:ago|earlier|before)"
    # "topped the poll in the Foyle Assembly election": another kind of election
    r"|(?:assembly|holyrood|senedd|stormont|council|local|mayoral|european)\s+elections?"
    # (not "in the previously safe Labour seat", "the previously Tory held constituency": the
    # seat's past, which dates no figure)
    r"|first\s+elected|previously(?!\s+(?:safe|marginal|(?:tory|labour|conservative)[-\s]held)"
    r"\s+(?:(?:labour|tory|conservative)\s+)?(?:seat|constituency|stronghold)\b)"
    r"|at\s+the\s+last|by-?election"
    r"|before\s+(?:the|this)\s+(?:general\s+)?election"
    r"|last\s+time|in\s+the\s+past)\b",
    re.IGNORECASE,
)
_OTHER_ELECTION_WORDS = (
    "election",
    "years",
    "decade",
    "elected",
    "previously",
    "last",
    "past",
)
OTHER_TIME_CUES = (*_OTHER_ELECTION_WORDS, "19", "20")
"""Text :func:`other_time` finds nothing in unless it holds one of these (case-folded)."""
# (Not a date's year, "2019-12-13": the day a story is dated dates none of its figures.)
_YEAR = re.compile(r"(?<![\d,.£$])((?:19|20)\d\d)(?!\d|,\d|-\d\d-\d\d|\s*(?:votes|seats|%))")


# An infinitive of what the count won: "… overturned X's 2,137 majority of the 2015 General
# Election to win a majority of 4,174". What follows it is what the verb achieved.
_PURPOSE = re.compile(
    r"\bto\s+(?:win|take|gain|secure|claim|clinch|hold|retain|keep|regain|record|post|poll"
    r"|land|seize|snatch|grab|capture|earn|become|finish|increase|boost|build|extend|overturn)\b",
    re.IGNORECASE,
)
# Before a year that dates a noun, not a verb: "the majority of the 2015 election", "his 2015
# majority", "Williams' 2015 majority", "the 2015 majority"; not "in 2015", "at the 2015 poll".
_YEAR_OF_NOUN = re.compile(
    r"(?:\bof(?:\s+the)?|['’]s?|\b(?:his|her|their|its)|(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)"
    r"(?<!\bby\s)(?<!\bfor\s)\bthe)\s+$",
    re.IGNORECASE,
)


def purpose_start(text: str, start: int, end: int) -> int:
    """Where the clause dating ``text[end]`` starts, given that it starts at ``start`` by its
    breaks: after an infinitive of what was won ("to win a majority of 4,174"), when every
    year before that names a noun's election ("X's 2,137 majority of the 2015 General
    Election"), not the verb's ("in 2015 she overturned …, to win"). A year so placed dates
    its noun; the purpose clause is the story's."""
    if text.find("19", start, end) < 0 and text.find("20", start, end) < 0:
        return start
    purpose = None
    for found in _PURPOSE.finditer(text, start, end):
        purpose = found  # the last: the clause the figure stands in
    if purpose is None:
        return start
    years = list(_YEAR.finditer(text, start, purpose.start()))
    if not years or any(
        not _YEAR_OF_NOUN.search(text, max(start, y.start() - 20), y.start()) for y in years
    ):
        return start
    return purpose.start()


def other_time(text: str, start: int, end: int, story_year: str | None) -> str | None:
    """The words in ``text[start:end]`` that date it to another election than the story's
    (``story_year``): "in 2017", "at the last election", "two years ago"; or None."""
    clause = text[start:end]
    low = clause.lower()
    # Every wording of the pattern holds one of these words, and a year "19" or "20": most
    # clauses hold neither, and the substring tests cost far less than the patterns. (The
    # pattern ignores case as Unicode does, so "ſ" and "ı" also match "s" and "i".)
    asides: list[tuple[int, int]] | None = None  # found once, only if something dates
    if any(word in low for word in _OTHER_ELECTION_WORDS) or "ſ" in low or "ı" in low:
        for m in _OTHER_ELECTION.finditer(text, start, end):
            if asides is None:
                asides = _asides(text, start, end, low)
            if not any(a < m.start() < b for a, b in asides):
                return m.group(0)
    if "19" not in clause and "20" not in clause:
        return None
    for y, at in _dated_years(text, start, end):
        if y != story_year:
            if asides is None:
                asides = _asides(text, start, end, low)
            if not any(a < at < b for a, b in asides):
                return y
    return None


_SPACED_DASH = re.compile(r"\s[–—-]\s")
# "Mr Chalk who was first elected to serve Cheltenham in 2015 won by less than 1,000 votes":
# a relative clause about the person, closed by the main clause's verb of the result.
_RELATIVE_CLAUSE = re.compile(
    r"\bwho\s+(?:was|were|is|had\s+been|has\s+been)\b[^.;:]{0,100}?\s"
    r"(?=(?:won|wins|held|holds|took|takes|lost|loses|retained|kept|secured|polled|beat"
    r"|defeated|increased|cut|saw)\b)",
    re.IGNORECASE,
)


def _asides(text: str, start: int, end: int, low: str) -> list[tuple[int, int]]:
    """The asides in ``text[start:end]`` (``low``, folded) whose times are their own, not the
    clause's: one set off by a pair of spaced dashes ("took the constituency - which 20
    years ago had been the safest Tory seat - from the SNP"), and a relative clause about a
    person closed by the verb of the result ("who was first elected in 2015 won by …")."""
    out: list[tuple[int, int]] = []
    if "-" in low or "–" in low or "—" in low:
        dashes = [d.start() for d in _SPACED_DASH.finditer(text, start, end)]
        out += list(zip(dashes[::2], dashes[1::2], strict=False))
    if "who" in low:
        out += [(r.start(), r.end()) for r in _RELATIVE_CLAUSE.finditer(text, start, end)]
    return out


# A year after these words dates the start of a change or a tenure ("since 2010", "up from
# the 2015 election"), not the figure beside it.
_COMPARED_BEFORE = re.compile(
    r"\b(?:since|from|compared\s+(?:to|with)|than|until|till|between|and|on"
    # "polled 1 more vote than she did in 2019": the year of the comparison's other side
    r"|than\s+(?:he|she|they|it|we|I)\s+(?:did|had|got|polled|managed)\s+(?:in|at))"
    r"\s+(?:the\s+)?"
    # "the constituency's MP since May 2015": a month between
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+)?$",
    re.IGNORECASE,
)
_COMPARED_REACH = 35
"""How far before a year its comparison cue may start: the longest, "than they managed in the
September " (single-spaced), has 35 characters (a window of 30 dated the year after it)."""


# (eighteenth session) A year naming the result a figure is, right before it: "lower than the
# 2017 voter turnout of 77.19 per cent", "down from 2019's margin of 6,706", "an increase on
# the 2015 total of 11,593", "up from 2010's figure of 27,125" (six outlets). A comparison's
# word before the year ("than", "on", "from") makes the year the other side of a comparison
# (:data:`_COMPARED_BEFORE`), and here that other side is the figure itself.
_YEAR_NOUN_OF = re.compile(
    r"(?:\bthe\s+(?P<the>(?:19|20)\d\d)|\b(?P<owner>(?:19|20)\d\d)['’′]s)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:turnout|majority|margin|total|tally|figure|share|vote|votes|count)"
    r"\s+of\s+(?:(?:just|only|around|about|almost|nearly|some|over|under)\s+)?$"
)
_NOUN_REACH = 60
"""How far before a figure "the 2017 voter turnout of" may start."""


def year_of_the_figure(text: str, start: int, at: int) -> tuple[str, str] | None:
    """The year and the words naming the figure at ``at`` as that year's result ("the 2017
    turnout of", "2019's margin of"), looked for after ``start``; or None."""
    found = _YEAR_NOUN_OF.search(text, max(start, at - _NOUN_REACH), at)
    if found is None:
        return None
    return found.group("the") or found.group("owner"), found.group(0).strip()


def dated_years(text: str, start: int, end: int) -> list[str]:
    """The years in ``text[start:end]`` that date what is said there: "in 2017", "her 2017
    majority", not "since 2010" or "up from 2015"."""
    return [y for y, _ in _dated_years(text, start, end)]


def _dated_years(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """:func:`dated_years`, each with where it is written."""
    out = []
    for y in _YEAR.finditer(text, start, end):
        if not _COMPARED_BEFORE.search(text, max(start, y.start() - _COMPARED_REACH), y.start()):
            out.append((y.group(1), y.start()))
    return out
