"""What a reading works in: the state of the whole story being read, and the frame of one
sentence (its mentions, which numbers are taken, and the change being read).

The readings in :mod:`factcheck.extract.claims` take a :class:`Frame` and the number they
are offered, and either attach it (to a candidate, a contest or a claim) or leave it for the
next reading. They never look past the sentence they are given, except through the story's
state: the candidates met so far, the person last named, each person's constituency.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from factcheck import compiled_re as re
from factcheck.extract.entities import ContestMention, PartyMention, PersonMention
from factcheck.extract.headings import GE_ORDER, DatedBlock, DatedBlocks
from factcheck.extract.numbers import NumberMention
from factcheck.extract.text import WORD_RUN, Sentence, cue_words, fold_case, inside, inside_at
from factcheck.extract.vocabulary import (
    CLAUSE_BREAK,
    OTHER_TIME_CUES,
    PRONOUN_START,
    RIVAL_LEAD,
    dated_years,
    other_time,
    purpose_start,
    year_of_the_figure,
)
from factcheck.models import (
    ChangeClaim,
    Claim,
    Figure,
    Grounds,
    SeatNamed,
    Span,
    Unit,
    trusted,
)
from factcheck.names import person_words
from factcheck.packs import Pack

CUE_WINDOW = 300
"""How far before a number, within its clause, a reading looks for its cues. Words further
off do not say what a figure is; looking no further keeps reading linear in the text, however
long a sentence ("turnout in A was 61%, in B 64%, …" over a hundred seats)."""
STORY_SEAT_TIES = (", the only constituency the story names", ", the seat the story is about")
"""How a seat tie made by the story's default, not by words near the figure, ends: the only
seat the story names, or the one it is about (its :data:`~factcheck.models.SeatNamed` is
``"story's only seat"`` or ``"story's seat"``)."""
SeatTie = tuple[str, bool, SeatNamed]
"""A seat tie as a reading makes it: its words (for people), whether it is explicit, and where
the seat was named (for rules: :attr:`~factcheck.models.Grounds.seat_named`)."""
_THE_SEAT = re.compile(r"\b(?:the|this|that)\s+seat\b", re.IGNORECASE)
# A paragraph break with a paragraph after it: text between two paragraphs.
_PARAGRAPH_BETWEEN = re.compile(r"\n[^\S\n]*\n\s*\S[^\n]*\n[^\S\n]*\n")
_BULLET_START = re.compile(r"[^\S\n]*(?:[•·▪◦*‣⁃]|[-–](?=[^\S\n]))")
"""A line that opens with a bullet: a list item, separate from the line before it."""


# Right before a person named as the object of a clause, not its subject: "after narrowly
# defeating Roger Mullin", "he lost to Conservative Derek Thomas", "after long-serving MP Mike
# Wood stood down", "took the seat from Jane Smith", "a minister under Prime Minister Jane Smith".
_OBJECT_LEAD = re.compile(
    r"\b(?:beat|beats|beating|beaten|defeat(?:s|ed|ing)?|oust(?:s|ed|ing)?|unseat(?:s|ed|ing)?"
    r"|succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|from|to|over|against|by|than|after|before|for|of"
    r"|under|behind|ahead\s+of)\s+(?:(?-i:[A-Z])?[\w'’.-]*\s+){0,4}$",
    re.IGNORECASE,
)


def pronoun_antecedent(text: str, start: int, people: Sequence[PersonMention]) -> PersonMention:
    """Whom an opening "She" or "He" of the next sentence stands for, of the ``people`` a
    sentence names (in order): the last not named as the object of a verb of beating or of a
    preposition ("Lesley Laird … after narrowly defeating Roger Mullin. ¶ She pulled in 17,016
    votes"; "Sarah Owen was elected … while his daughter, Rachel Hopkins, was elected in Luton
    South. ¶ She replaced …"), else the last named. ``start`` is where the sentence starts:
    words before it say nothing of its people."""
    if len(people) > 1:
        for p in reversed(people):
            if not _OBJECT_LEAD.search(text, max(start, p.span.start - 60), p.span.start):
                return p
    return people[-1]


# Titles that say a person's sex: an opening "He" does not stand for "Mrs Drummond", nor "She"
# for "Mr Mullin".
_HE_TITLES = ("Mr", "Sir", "Lord")
_SHE_TITLES = ("Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness")


def pronoun_fits(
    text: str,
    pronoun: str,
    person: PersonMention,
    seen: dict[tuple[str, bool], bool] | None = None,
) -> bool:
    """Can an opening ``pronoun`` ("He" or "She") stand for ``person``? Not when the title
    they are named with, here or anywhere in ``text``, says the other sex ("Mrs Drummond had
    been the MP … ¶ He took the seat with 18,290 votes": not hers). A person named with no
    title fits either. ``seen`` keeps the answers for one text: a long live page resolves
    many pronouns to the same few people, and each test scans the whole text."""
    he = pronoun.strip() == "He"
    other = _SHE_TITLES if he else _HE_TITLES
    if person.title is not None and person.title.rstrip(".") in other:
        return False
    if seen is None:
        return not _titled_as(text, person.name, she=he)
    key = (person.name, he)
    if key not in seen:
        seen[key] = _titled_as(text, person.name, she=he)
    return not seen[key]


def _titled_as(text: str, name: str, *, she: bool) -> bool:
    """Is ``name`` given a woman's title (``she``) or a man's anywhere in ``text``?"""
    titles = _SHE_TITLES if she else _HE_TITLES
    # The name as a title may stand before it: whole ("Sir Bob Smith"), its surname ("Ms
    # Smith") or all but the given name ("Ms Ní Chuilín").
    words = name.split()
    forms = {name, words[-1], " ".join(words[1:]) or words[-1]}
    # (Literal tests, only where a pronoun is about to be resolved: no pattern per sentence.)
    return any(f"{t} {n}" in text or f"{t}. {n}" in text for t in titles for n in forms)


def previous_general_election(year: str | None) -> str | None:
    """The year of the UK general election before ``year``'s, if both are known."""
    if year not in GE_ORDER or year == GE_ORDER[0]:
        return None
    return GE_ORDER[GE_ORDER.index(year) - 1]


_YEAR_RIGHT_AFTER = re.compile(r"\s+(?:votes?\s+)?in\s+((?:19|20)\d\d)\b(?![\d,])")
# A dash opens a new clause too when dating a figure to another election: "did in 2015 with
# 25,572 – beating X by just 187 votes" dates the comparison, not the margin. (Whether a
# figure is this election's is judged on the whole clause, dash or not: "in the 2017 General
# Election – where she edged out Labour by 1,554 votes" is not this election's either.)
_DATING_BREAK = re.compile(r"[;:]|\s[–—-]\s|w(?<!\w\w)hile\b|b(?<!\w\w)ut\b|w(?<!\w\w)hereas\b")
# The lookahead lists what a break can start with (in any case, as the pattern ignores it):
# it changes no match, and lets the engine skip every other position, 2.5 times faster.
# A dash between spaces, or words of likeness, end it too: "The turnout was 76.1% – nearly
# identical to the 2017 election" compares the figure with 2017's, and is this election's.
# (Not "identical" itself: a break starting with "i" would be tried at every "i".)
_AFTER_END = re.compile(
    r"(?=[,;:()wbftcavuds–—-])"
    r"(?:[,;:()]|(?<=\s)[–—-](?=\s)"
    r"|\b(?:while|but|whereas|from|than|compared|against|versus|up|down|since|similar|same)\b)",
    re.IGNORECASE,
)


_RELATIVE = re.compile(r"['’]?s?,?\s+(?:who|whose)\b", re.IGNORECASE)
# After a seat, a colon opening the list it heads: "and in Airdrie and Shotts: ".
_LIST_LEAD_AFTER = re.compile(r"[^\S\n]*:")
# From a figure to the seat named right after it: "34,000-vote margin in ", "5,000 votes in
# the ", "majority of 1,200 in ".
# "53.9% for Hull West and Hessle" too. (Not after a comma: "her majority to 15,560, in
# Harrow West it was 13,314" starts anew.)
_IN_RIGHT_AFTER = re.compile(r"\d(?:[\d,.]*\d)?%?[^,;:.!?\n]{0,30}?\s+(?:in|for)\s+(?:the\s+)?")
# Before a party that opens a clause joined on to the one before: "… and the Conservatives"
# (not after a comma: ", the SNP's deputy leader," is an aside about the person).
_JOINED_BEFORE = re.compile(r"\band\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# "Wendy Chamberlain beat the SNP's Stephen Gethins, winning 19,763 votes": the one beaten.
# The beaten may be introduced at length first: "defeated the Lib Dem's leader in Wales, Mark
# Williams, after two recounts, taking 11,623 votes" (the figure is still the winner's).
# The one a seat was taken from is beaten too: "took the Leeds North West seat from Greg
# Mulholland with a majority of 4,224 and 44% of the vote" (the share is the taker's).
_BEATEN_BEFORE = re.compile(
    r"\b(?:(?:beat|beats|defeated|defeats|ousted|ousts|unseated|unseats|saw\s+off|sees\s+off"
    r"|(?:victory|win|triumph)\s+over)"
    r"\s+(?:[\w'’.-]+,?\s+){0,8}"
    r"|(?:took|takes|taken|taking|seized|seizes|snatched|snatches|wrested|wrests|won|gained"
    r"|captured|grabbed|reclaimed|regained|retook|recaptured)"
    r"\s+(?:[\w'’.-]+\s+){0,7}(?:from|off(?:\s+of)?)\s+(?:[\w'’.-]+\s+){0,3})$",
    re.IGNORECASE,
)
# After the one beaten: ", after two recounts, taking ", ", winning ", ", with ", and after
# "with" another figure of the winner's: "with a majority of 4,224 and ".
# Another participle's clause may come first: ", overturning a 5,241 majority and taking "; or
# a short phrase of time or place: " on Friday morning with ".
_SUBJECTS_CLAUSE = re.compile(
    r",?(?:\s+[^,.;:]{1,40},)?(?:\s+(?-i:[a-z]+ing)\s+(?:[^,;:]|(?<=\d),(?=\d)){1,40}?\s+and)?"
    r"(?:\s+(?:on|at|in|after)(?:\s+[\w'’-]+){1,3}?(?=\s+with\b))?"
    r"\s+(?:taking|winning|polling|securing|gaining|collecting"
    r"|with)\s+(?:a\s+total\s+of\s+|just\s+|only\s+)?(?:[^;:]{1,40}?\s+and\s+)?",
    re.IGNORECASE,
)
# Before a rival outpolled ("finished ahead of", "beating"), and after them a participle of
# polling, a margin between allowed: "ahead of Labour's Tom Brown by 200 votes, gaining ".
_AHEAD_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+front\s+of|beating|defeating)\s+(?:[\w'’.-]+,?\s+){0,8}$",
    re.IGNORECASE,
)
_AHEAD_THEN_PARTICIPLE = re.compile(
    r",?(?:\s+by\s+[^,;:.()]{1,60}?)?,?\s+(?:taking|winning|polling|securing|gaining"
    r"|collecting)\s+(?:a\s+total\s+of\s+|just\s+|only\s+|some\s+|around\s+)?",
    re.IGNORECASE,
)
# Every match of the second branch holds "from".
_BEATEN_CUES = cue_words(
    "beat beats defeated defeats ousted ousts unseated unseats saw sees from off"
)
# "Mr Robertson was beaten by Douglas Ross by 18,478 votes to 22,637": the first count is the
# one beaten's, the second the person named before both.
_BEATEN_BY = re.compile(
    r"\b(?:beaten|defeated|ousted|unseated|pipped|edged\s+out)\s+by\s+(?:[\w'’.-]+,?\s+){0,8}$",
    re.IGNORECASE,
)
_COUNT_TO_COUNT = re.compile(r"[\d,.]+\s*(?:votes?\s+)?to\s+\d", re.IGNORECASE)
_BEATEN_WINDOW = 80
# Between two people, words making one the other's winner: "lost his seat to", "defeated".
_PAIRED = re.compile(r"\b(?:lost\b[^.;]{0,30}?\bto|defeated|beat|beaten|ousted|unseated|toppled)\b")
# After a person: a verb of winning or keeping and a capitalised object ("held on to
# Carmarthenshire West …").
_HOLDS_PLACE = re.compile(
    r"\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:held\s+on\s+to|held|holds|retained|retains|kept"
    r"|keeps|won|wins|took|takes|gained|gains|captured|captures)\s+(?:the\s+)?(?P<place>[A-Z])"
)
# After a name in an aside: the aside's closing comma, then the interrupted clause to the
# figure, unbroken: ", came second with ".
_CLOSED_ASIDE = re.compile(r"['’]?s?,[^,;:.()]{1,60}")
_APPOSITION_THEN = re.compile(r"['’]?s?,\s+(?:a|an|the)\s+[^,;:.()]{1,80},[^,;:.()]{1,60}")
_WITH_POSSESSIVE = re.compile(r"\s+(?:with|on|polling|taking|winning)\s+(?:his|her|their)\s+")
# "coming in ahead of Dr McDonnell with 13,299 votes to his 11,303": after a rival's name, a
# score whose second count is the rival's ("his"); the first is the sentence's subject's. A
# comma may stand for the "with": "finished ahead of John Brown, 13,299 votes to his 11,303".
_WITH_BARE = re.compile(r"\s+(?:with|on|polling|taking|winning)\s+|\s*,\s+")
_TO_PRONOUN_AFTER = re.compile(r"\s*(?:votes?\s+)?to\s+(?:his|her|their)\s+\d")
# Figures shared out over several things named: "77.6% and 75.7% respectively", "the two
# constituencies", "both seats".
_RESPECTIVELY = re.compile(
    r"\brespectively\b|\b(?:the\s+)?(?:two|three|four|both)\s+(?:constituencies|seats)\b",
    re.IGNORECASE,
)
_RESPECTIVELY_CUES = cue_words("respectively two three four both")
# Before a seat opening a clause: "In Glasgow South West, …", "…, while in Glasgow North East".
# ("In neighbouring Dover Tory Charlie Elphicke held the seat": a seat beside the story's.)
_IN_OPENING = re.compile(
    r"[\s,]*(?:and\s+)?in\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby)\s+)?",
    re.IGNORECASE,
)
_IN_OPENING_MOST = 30
# Between a seat and a person in the clause of "where" after it: "Bury North, where Labour's".
_WHERE_AFTER = re.compile(r",[^\S\n]*where\b[^,;:.\n]{0,80}", re.IGNORECASE)
# Between two people of a list: "Damian Collins, Michael Fallon", "Kerry McCarthy and".
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")
_RESPECTIVELY_WORD = re.compile(r"\brespectively\b", re.IGNORECASE)
# A verb of holding or winning between a run of people and a list of seats, which pairs them
# in order without "respectively": "A and B successfully held X and Y", "A and B have both
# retained their seats in X and Y".
_PAIRING_VERBS = frozenset(("held", "retained", "kept", "won", "hold", "retain", "keep", "win"))
_PAIRED_BY_VERB = re.compile(
    r"\s+(?:(?:both|all|each|also|have|has|had|successfully|comfortably|easily|narrowly)\s+)"
    r"{0,3}(?:held|retained|kept|won|hold|retain|keep|win)\s+"
    r"(?:(?:their|the)\s+(?:seats?|constituencies)\s+(?:in|of)\s+)?",
    re.IGNORECASE,
)
# The seats' list ends its clause: "… Bristol East and Bristol South." (not "… and Bristol South
# by 2,000 votes between them").
_LIST_ENDS = re.compile(
    r"\s*(?:[.;:!?]|,\s|$|\s+(?:respectively|for\s+(?-i:[A-Z])"
    # "held Exeter and Plymouth with reduced majorities"
    r"|with\s+(?:(?:much|significantly|greatly|slightly|dramatically|vastly)[-\s]+)?"
    r"(?:increased|reduced|bigger|larger|smaller)\s+majorities\b))"
)
# Words saying a majority was held before this election: "entered this poll with a slim
# majority of just 104", "after overturning a majority of 5,339", "was defending a majority of
# more than 23,000", "had enjoyed a majority of", "lost her majority of". A figure they govern
# is the previous election's, however the story's own election is named.
_HELD_BEFORE = re.compile(
    r"\b(?:(?:entered|enters|went\s+into|going\s+into|came\s+into|headed\s+into|heading\s+into)"
    r"\s+(?:this|the)\s+(?:poll|election|contest|race|vote)"
    r"|(?:defend(?:ing|ed|s)?|overturn(?:ing|ed|s)?|overc(?:ame|oming)|(?:wip(?:ed|ing)|wipes)\s+out"
    r"|sitting\s+on|had\s+(?:enjoyed|held|had|won)|lost|loses|losing)"
    r"\s+(?:a|an|his|her|their|its|the)?\s*(?:[\w'’-]+\s+)?majority"
    r"|(?:his|her|their|its)\s+(?:previous|old|former|notional|existing)\s+majority"
    # "the second-most marginal seat before the general election, with a majority of 187"
    r"|before\s+the\s+(?:general\s+)?(?:election|poll|vote)"
    r"|notional)\b",
    re.IGNORECASE,
)
# An aside opened by a relative pronoun after a comma and still open at a figure, closed by
# a comma after it, then the interrupted clause's dating: "has held the seat, which he won
# with a 831 majority, since 2017". (A figure's own comma, "5,479", is no clause break.)
_WHICH_ASIDE_OPEN = re.compile(
    r",\s+(?:which|who|that)\b(?:[^,;:.()\n]|[.,](?=\d))*$", re.IGNORECASE
)
_WHICH_ASIDE_CLOSE = re.compile(
    r"(?:[^,;:.()\n]|[.,](?=\d))*,\s*(?P<when>(?:since|in|from)\s+(?P<year>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_WHICH_ASIDE_CUES = (", which", ", who")
# A year after "in", which a sentence opening on another election's year holds.
_IN_YEAR_CUES = ("in 19", "in 20")
_OFFICER_BEFORE = re.compile(
    r"\b(?:returning|counting|electoral|presiding)\s+officer,?\s+(?:(?:Cllr|Councillor)\s+)?$",
    re.IGNORECASE,
)
# An aside about a person's, a party's or a seat's past, between commas, closed before the
# figure ("The SNP, which previously held the seat from 2015 to 2017, took second place"): it
# dates what it says, not the clause it interrupts. (No figure inside it: "X, who polled
# 20,000 in 2015, …" is read by the readings of dated figures, aside or not.)
_PERSON_ASIDE = re.compile(
    r",\s+(?:who|which|previously|formerly|first)\b[^,;:()\d]{1,150}?"
    r"(?:(?:19|20)\d\d[^,;:()\d]{0,60}?){0,2},"
)
_PERSON_ASIDE_CUES = (", who", ", which", ", previously", ", formerly", ", first")
_YEAR_CUES = (" 19", " 20")
# "in 2010, when he increased his share": a year a clause of "when" refers back to.
_YEAR_WHEN = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*,?\s+when\b")
_WHEN_CUES = frozenset({"when"})
# "since 2010, when": the start of a change, not the figure's year. (Not "compared to 2015
# when Danny Kennedy attracted 16,312 votes", nor "than in 2015, when": the clause of "when"
# tells what that year's figures were.)
_COMPARED_YEAR = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.I)
# A sentence holding none of these (lower case) is not searched for _HELD_BEFORE (though
# "before the election" holds none: _HELD_AT_CUES below), nor one holding none of the next
# for _GONE_AFTER, every match of which holds one.
_HELD_CUES = ("majority", "notional", "into", "enter")
# "Jo Platt's majority of over 9,000 has staggeringly been lost": said after the figure.
_GONE_AFTER = re.compile(
    r"^[^.;:]{0,30}?\b(?:has|had|was|were|have)\s+(?:\w+\s+){0,2}"
    r"(?:lost|overturned|wiped\s+out|erased|overcome|swept\s+away)\b",
    re.IGNORECASE,
)
_GONE_CUES = ("lost", "overturned", "wiped", "erased", "overcome", "swept")
# Every match of _HELD_BEFORE holds one of these, so where they stand bounds where it can match.
# ("before the election" holds none of _HELD_CUES, which are only asked of the whole sentence.)
_HELD_AT_CUES = (*_HELD_CUES, "before")
# "She had a majority of 11,482 but came third": "had" with a majority is written of the
# majority held before the poll as often as of the one won at it ("… who had a majority of
# just 249 over the Conservative"), so it cannot tie the figure surely to either election.
_HAD_MAJORITY = re.compile(
    r"\bhad\s+(?:a|an|his|her|their|its)\s+(?:[\w'’-]+\s+)?majority\s+of\s+"
    r"(?:(?:just|only|some|about|around|over|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
# A plural owner between a person and their figure: the figure is a party's or a group's.
_THEIR = re.compile(r"\btheir\b", re.IGNORECASE)
# A majority turned into another: "turned his 5,288 majority into a 5,299 majority of their
# own", "turned Robertson's 9,000 majority from two years ago into a 4,000 lead". The first is
# the majority before the poll, whatever election the clause names (none, here).
_MAJORITY_NOUN = re.compile(r"\s*(?:-?\s*votes?\s+)?majority\b", re.IGNORECASE)
_TURNED_BEFORE = re.compile(
    r"\b(?:turn|convert|transform)(?:ed|s|ing)?\s+(?:[\w'’.-]+\s+){0,4}$", re.IGNORECASE
)
_MAJORITY_CUES = ("majorit",)
_MAJORITY_OF_BEFORE = re.compile(r"\bmajority\s+of\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
_INTO_AFTER = re.compile(r"[^.;:]{0,50}?\binto\b", re.IGNORECASE)
# Words saying a figure is a poll's or a forecast's, not the count's: "a 35% share of the
# vote on the Moodle opinion poll", "placed second in the students' opinion poll with 30%".
# Every match of _FORECAST holds one of these (lower case). Not "poll": results copy says
# "polled" in nearly every story, and the pattern then scanned the whole text for nothing.
_FORECAST_WORDS = (
    "opinion",
    "exit",
    "straw",
    "polling",
    "mock",
    "survey",
    "forecast",
    "projection",
    "prediction",
    "mrp",
    "poll of polls",
)
_FORECAST = re.compile(
    r"(?=[oespfmOESPFM])\b(?:(?:opinion|exit|straw)\s+polls?|polling\s+(?:suggest|put|show|had|gave)\w*"
    r"|mock\s+(?:election|poll|vote)s?|surveys?|forecast(?:s|ed|ing)?|projection(?:s)?"
    r"|predictions?|MRP|poll\s+of\s+polls)\b",
    re.IGNORECASE,
)
# Between a forecast's words and a figure, words that turn to the count: "in the opinion poll
# with 30%, only managed third place in the final election result with a 14.1% share".
_BACK_TO_COUNT = re.compile(
    r"\b(?:results?|elected|won|polled|received|declared|count|versus|vs|compared|than|against)\b",
    re.IGNORECASE,
)
# A sentence about a whole nation or the country, naming no seat: "a turnout of 62.09%" after
# "were cast in Northern Ireland", "fallen by 3.6% to 24% across Scotland".
# (compiled_re gives the search the letters a match can start with, in either case, so the
# engine rejects most places at once.)
_NATIONWIDE = re.compile(
    r"\b(?:(?:across|in|throughout|around)\s+(?:all\s+of\s+)?(?:Scotland|Wales|England"
    r"|Northern\s+Ireland|the\s+UK|the\s+United\s+Kingdom|Great\s+Britain|Britain"
    r"|the\s+country|the\s+nation)|nationally|nationwide|UK-wide|Scotland-wide|Wales-wide"
    r"|country-wide|across\s+the\s+board|all\s+\d+\s+seats"
    # "Overall 32% of MPs are women … For Labour the figure is 45%": a share of the House's
    # members, which no one seat has.
    r"|of\s+(?:all\s+)?(?:the\s+)?(?:new\s+)?MPs\b"
    # "Across the area, Labour's share of the vote rose by 9%": a region's, not the seat's.
    r"|across\s+the\s+(?:whole\s+)?(?:area|region|county|borough|city|district)"
    r"|regionally|region-wide|county-wide)\b",
    re.IGNORECASE,
)
# Every match of _NATIONWIDE holds one of these as a word (folded), and one of the next as a
# substring of the folded text.
_NATION_CUES = cue_words(
    "scotland wales england ireland uk kingdom britain country nation nationally nationwide board"
    " seats area region regionally county borough city district mps"
)
_NATION_WORDS = (
    "scotland",
    "wales",
    "england",
    "ireland",
    "uk",
    "kingdom",
    "britain",
    "country",
    "nation",
    "board",
    "seats",
    "area",
    "region",
    "county",
    "borough",
    "city",
    "district",
    "mps",
)


# The story's own test for a nation-wide phrase, far cheaper than searching it with
# _NATIONWIDE (which, opening on a word boundary and some twenty wordings, is tried at most
# places of the story): each word a phrase ends on, with the words that stand before it, the
# nearest first, one of each tuple, or any word for an empty one (each chain as the pattern
# spells it; a word is matched by its end, so a chain may let through more than the pattern,
# never less).
_PLACE = ("across", "in", "throughout", "around")
_IN_PLACE = ((_PLACE,), (("of",), ("all",), _PLACE))  # "in Wales", "across all of Wales"
_THE_PLACE = tuple((("the",), *chain) for chain in _IN_PLACE)  # "in the UK"
_THE_AREA = ((("the",), ("across",)), (("whole",), ("the",), ("across",)))  # "across the city"
_NATION_CHAINS: dict[str, tuple[tuple[tuple[str, ...], ...], ...]] = {
    "scotland": _IN_PLACE,
    "wales": _IN_PLACE,
    "england": _IN_PLACE,
    "britain": (*_IN_PLACE, *((("great",), *chain) for chain in _IN_PLACE)),
    "ireland": tuple((("northern",), *chain) for chain in _IN_PLACE),
    "uk": _THE_PLACE,
    "country": _THE_PLACE,
    "nation": _THE_PLACE,
    "kingdom": tuple((("united",), *chain) for chain in _THE_PLACE),
    "board": ((("the",), ("across",)),),
    "mps": ((("of", "all", "the", "new"),),),  # "of all the new MPs": the nearest word
    "seats": (((), ("all",)),),  # "all 59 seats": any word, then "all"
    "area": _THE_AREA,
    "region": _THE_AREA,
    "county": _THE_AREA,
    "borough": _THE_AREA,
    "city": _THE_AREA,
    "district": _THE_AREA,
}
# The wordings that need nothing before them: "nationally", "UK-wide", "regionally".
_NATION_ALONE = ("nationally", "nationwide", "-wide", "regionally")


def _chained(text: str, low: str, at: int, chain: tuple[tuple[str, ...], ...]) -> bool:
    """Do the words before ``at`` end, from the nearest, as ``chain``'s do, each after
    whitespace (the engine's ``\\s`` is ``str.isspace``)?"""
    for words in chain:
        end = at
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == at:
            return False
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if words and not low.endswith(words, start, end):
            return False
        at = start
    return True


def may_be_nationwide(text: str, low: str) -> bool:
    """Could ``_NATIONWIDE`` match somewhere in ``text`` (``low``: its :func:`fold_case`)?
    Every match ends on a word of ``_NATION_CHAINS`` at a word's end, after the words its
    chain gives, or holds one of ``_NATION_ALONE``."""
    for alone in _NATION_ALONE:
        if alone in low:
            return True
    for word, chains in _NATION_CHAINS.items():
        at = low.find(word)
        while at >= 0:
            stop = at + len(word)
            if stop == len(text) or not (text[stop].isalnum() or text[stop] == "_"):
                for chain in chains:
                    if _chained(text, low, at, chain):
                        return True
            at = low.find(word, at + 1)
    return False


def _may_hold(low: str, words: tuple[str, ...]) -> bool:
    """Could a pattern whose every match holds one of ``words`` match in ``low`` (lower
    case)? Substring tests cost far less than the pattern; "ſ", "ı" and the Kelvin sign
    match "s", "i" and "k" when a pattern ignores case, so with them the pattern must run."""
    return any(w in low for w in words) or "ſ" in low or "ı" in low or "\u212a" in low


# A sentence's opening year: "In 2010, …", "Back in 2017, …".
_SENTENCE_YEAR = re.compile(r"\s*(?:Back\s+)?In\s+(?P<year>(?:19|20)\d\d)\s*,\s")
# Another time named later in such a sentence: a year, or the story's own time.
_YEAR_OR_NOW = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:this\s+time|this\s+year|now|today|tonight|this\s+election)\b",
    re.IGNORECASE,
)


# Before a count or percentage read as a level, words that make it a change: "gaining an extra
# 10,000 votes", "losing 24.9% of the vote since 2019", "a further 2,000".
_CHANGE_BEFORE = re.compile(
    r"\b(?:extra|further|additional|another|(?:gain(?:ing|ed|s)?|los(?:ing|t|es|e)|shed(?:s|ding)?"
    # (also "gained an incredible 9,000 votes": an article and one word of emphasis)
    r"|add(?:ing|ed|s)?)(?:\s+(?:an?(?:\s+(?-i:[a-z])[a-z]+)?|some|almost|nearly|around|about"
    r"|over))?)\s+$",
    re.IGNORECASE,
)
_CHANGE_BEFORE_CUES = cue_words(
    "extra further additional another gain gaining gained gains losing lost loses lose shed"
    " sheds shedding add adding added adds"
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent|percent|pc)?\s*(?:more|fewer|extra|additional)\b"
    r"|^[^.;:,]{0,40}?\b(?:since|compared\s+(?:to|with))\s+(?:the\s+)?(?:19|20)\d\d\b"
    # "9,000 votes on the previous Labour candidate", "on last time": counted against before
    r"|^\s*(?:votes?\s+)?on\s+(?:(?:the|his|her|their|its)\s+)?(?:previous|last|former)\b",
    re.IGNORECASE,
)
_CHANGE_AFTER_CUES = (
    "more",
    "fewer",
    "extra",
    "additional",
    "since",
    "compared",
    "previous",
    "last",
    "former",
)


# Between a party and the figure it owns: "Labour's 48.9 per cent", "the Lib Dems' 6,402".
_PARTY_POSSESSIVE = re.compile(r"(?:[^\S\n]+(?:party|candidate))?['’]s?[^\S\n]+", re.IGNORECASE)
# "Jeremy Corbyn's party": a person named only to name a party.
_PARTY_OF = re.compile(r"['’]s?\s+(?:own\s+)?party\b", re.IGNORECASE)

# ", a veteran, who has held the seat since ": a relative clause opened after a name and
# still open (no comma since "who") where the next name is.
# An aside opened right after a name, by a dash or a bracket, still open where the next name
# is: " – sworn in last-minute after former journalist ", " (who replaced ".
_ASIDE_OPEN = re.compile(r"['’]?s?,?\s*(?P<mark>[–—(]|-(?=\s))[^–—()\n]*")
# An apposition opened the same way is an aside about the first name too: "Rees-Mogg, a
# prominent Brexiteer who was business secretary under Liz Truss, came second with 30.2%".
_RELATIVE_OPEN = re.compile(
    r"['’]?s?,\s+(?:(?:[^,;.]*?,\s+)?(?:who|whose)\b|(?:a|an|the)\s+)[^,;.]*"
)


class SaidAgain(list[Figure]):
    """Figures said again, in the order they were read, with their spans kept sorted: a
    person or a majority written hundreds of times in a long text asks at each new place
    whether that place was read already, and a scan of the list per place is quadratic
    (an 8 MB article took 157 s of CPU). Figures are only ever appended."""

    __slots__ = ("_longest", "_spanless", "_spans")

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int]] = []
        self._longest = 0
        self._spanless = False

    def append(self, fig: Figure) -> None:
        """Add ``fig``, keeping its span in the sorted spans :meth:`has_span` looks up."""
        super().append(fig)
        if fig.span is None:
            self._spanless = True
            return
        bisect.insort(self._spans, (fig.span.start, fig.span.end))
        self._longest = max(self._longest, fig.span.end - fig.span.start)

    def has_span(self, span: Span | None) -> bool:
        """Was a figure said again at exactly ``span``?"""
        if span is None:
            return self._spanless
        key = (span.start, span.end)
        k = bisect.bisect_left(self._spans, key)
        return k < len(self._spans) and self._spans[k] == key

    def overlaps(self, span: Span) -> bool:
        """Does a figure said again overlap ``span``? (Only spans starting less than the
        longest one's length before it can reach into it.)"""
        k = bisect.bisect_left(self._spans, (span.start - self._longest + 1, -1))
        for start, end in itertools.islice(self._spans, k, None):
            if start >= span.end:
                return False
            if span.start < end:
                return True
        return False


@dataclass
class Candidate:
    """A person given a figure in the story, as read so far."""

    name: str
    name_span: Span
    party: str | None = None
    party_span: Span | None = None
    votes: Figure | None = None
    share: Figure | None = None
    rank: Figure | None = None
    contest: str | None = None
    seat_unknown: bool = False
    """Read where the seat is another, unnamed one (a list under no heading of its own): not
    the story's default seat."""
    anchor: int = 0
    """The sentence the candidate was first given a figure in."""
    name_grounds: Grounds | None = None
    """How a person named without a figure was read as the seat's candidate
    (:mod:`factcheck.extract.claims.people`); None for a candidate read with a figure."""
    restated: SaidAgain = field(default_factory=SaidAgain)
    """Figures the same sentence gives again with another value (:meth:`restate`)."""
    listed_rank: Figure | None = None
    """The placing a results page's numbering of its cards gives ("1. Conservative" over
    the name): the candidate's placing when no wording gives one, else said again."""
    past_holder: bool = False
    """Named only as the seat's holder before ("formerly represented by"), who may not have
    stood: no party's figure is joined to them."""
    seat_loose: str | None = None
    """How :attr:`contest` was tied when the sentence that gave it tied it loosely (carried
    from an earlier paragraph, the nearest of several seats): a figure that takes its seat
    from the candidate's is then no surer (:func:`~factcheck.extract.claims.margins`)."""

    others: list[Figure] = field(default_factory=list)
    """Votes or shares the story gives the candidate again with another value, left unread
    (another election's, perhaps, or a rounding): kept only to say that pairing the count
    and the share read from different sentences is a guess (``paired_apart``)."""

    def set_aside(self, first: Figure | None, again: Figure) -> None:
        """Note ``again``, a figure of the kind ``first`` is with another value, left unread."""
        if first is not None and first.value != again.value and first.span != again.span:
            self.others.append(again)

    def restate(self, first: Figure | None, again: Figure, sentence: Span) -> bool:
        """Keep ``again``, a second figure of the kind ``first`` is, when the sentence that
        gave ``first`` gives it another value: one of the two is wrong, and the record can
        say which. A figure from another sentence may be another election's or a rounding,
        and is left unread, as is the same value said twice."""
        if (
            first is None
            or first.span is None
            or not sentence.start <= first.span.start < sentence.end
            or first.value == again.value
        ):
            self.set_aside(first, again)
            return False
        self.restated.append(again)
        return True

    def said_again(self, first: Figure | None, again: Figure) -> bool:
        """Keep ``again`` when it is ``first`` written again elsewhere, the same value to the
        same precision and hedge ("Labour's Perry Smith came second with 10,926 votes" over
        the card's "• Votes: 10,926"), so each place the figure is written is checked (the
        arithmetic uses the first). Another value is left unread, as :meth:`restate` says."""
        if (
            first is None
            or first.span == again.span
            or first.value != again.value
            or first.precision != again.precision
            or first.hedge != again.hedge
            or self.restated.has_span(again.span)
        ):
            return False
        self.restated.append(again)
        return True


@dataclass
class ContestFigures:
    """A constituency's own figures, as read so far."""

    turnout: Figure | None = None
    majority: Figure | None = None
    majority_share: Figure | None = None
    electorate: Figure | None = None
    ballots: Figure | None = None
    order: int = 0
    restated: SaidAgain = field(default_factory=SaidAgain)
    """The majority written again with the same value (:func:`said_again`)."""

    def any(self) -> bool:
        """Has any figure been read for the contest?"""
        return (
            self.turnout is not None
            or self.majority is not None
            or self.majority_share is not None
            or self.electorate is not None
            or self.ballots is not None
        )


@dataclass
class ReadState:
    """Everything read from one story so far."""

    text: str
    pack: Pack
    quotes: list[Span]
    candidates: dict[str, Candidate] = field(default_factory=dict)
    contests: dict[str | None, ContestFigures] = field(default_factory=dict)
    earlier: dict[tuple[str, str], ContestFigures] = field(default_factory=dict)
    earlier_candidates: dict[tuple[str, str], dict[str, Candidate]] = field(default_factory=dict)
    """Candidates' figures the text dates to another general election ("In 2015 Mr Lewis
    received 19,033 votes"), by (seat, year), then by name."""
    """Figures the text dates to another general election, by (seat, year)."""
    claims: list[Claim] = field(default_factory=list)
    nationwide: dict[int, tuple[int, list[re.Match[str]]]] = field(default_factory=dict)
    """Per paragraph start: how far it was scanned, and the nation-wide phrases found there."""
    nowhere_nationwide: bool | None = None
    """Whether the story holds no nation-wide phrase at all (None: not looked for yet)."""
    last_person: PersonMention | None = None
    last_party: PartyMention | None = None
    """The party named last before the sentence read, for "The party also took Chichester"."""
    parties_named: set[str] = field(default_factory=set)
    """Every party named before the sentence read: "The party" stands for the last one only
    when no other was named (twentieth session)."""
    person_contest: dict[str, str] = field(default_factory=dict)
    """The constituency each person is first named with, for claims about non-candidates."""
    titled: dict[int, str] = field(default_factory=dict)
    """By a person's mention's start: the seat named as their title right before it
    ("Torbay MP Steve Darling", "MP for Peterborough Paul Bristow")."""
    sentence_index: int = 0
    sentence_starts: list[int] = field(default_factory=list)
    """Where each sentence read starts, in order: which sentence a figure stands in."""
    _by_word: dict[str, list[tuple[int, Candidate]]] = field(default_factory=dict)
    story_year: str | None = None
    """The year of the election the story reports: front matter's, else the latest general
    election year the story names."""
    seats_named: int = 0
    """How many different constituencies the story names."""
    seat_from_front_matter: bool = False
    list_row: tuple[int, str] | None = None
    """Where the last results-list line read ended, and the seat its candidate stands in:
    the line under it with no seat of its own is of the same list."""
    seats_turned_to: set[str] = field(default_factory=set)
    """The seats the story has turned to so far (not those named in passing: a caption, an
    aside, someone's title)."""
    unnamed_rows: list[tuple[int, Candidate]] = field(default_factory=list)
    """The results-list lines right above, of one list, read in no seat (where each ends,
    and its candidate): a line under them in a seat the story gave says whose they are."""
    list_owner: PersonMention | None = None
    """The person a results card's field lines ("• Votes: 869") belong to."""
    other_cards: set[int] = field(default_factory=set)
    """Where the name lines of results cards stand whose votes or share differ from those an
    earlier card gave the same person: another result's card (the last election's)."""
    body_start: int = 0
    """Where the story's body starts (after front matter): its first line is its title."""
    list_headings: dict[int | None, int] = field(default_factory=dict)
    """Where the seats named above results lists of several lines are (None: the story's
    default seat), with where the list read under each starts: a second list under the
    same heading is another seat's."""
    main_seat: str | None = None
    """The seat the story is about: front matter's, else one it names at least twice and at
    least twice as often as any other."""
    entries: list[int] = field(default_factory=list)
    """Where a live page's timed entries start ("04:30 Good news", "… Thurrockpublished at
    02:58"), in text order: a seat carried from one entry is not the next entry's."""
    titled_sex: dict[tuple[str, bool], bool] = field(default_factory=dict)
    """By (name, whether a woman's title is asked): is the person given such a title
    anywhere in the story? Kept with the story, not in a module cache, so that no story's
    text outlives its reading."""
    seat_holders: dict[str, str] = field(default_factory=dict)
    """The seat each person is the member or candidate for, said anywhere in the story
    (:func:`~factcheck.extract.entities.seat_holders`), by name."""
    first_named: dict[str, Span] = field(default_factory=dict)
    """Where each person is first named in full, by name."""
    mentions: dict[str, list[Span]] = field(default_factory=dict)
    """Every place each person is named (in full or short), by name."""
    seat_first_named: dict[str, int] = field(default_factory=dict)
    """Where the story first names each constituency."""
    column_headers: bool | None = None
    """Does the story hold a seat table's column header's cue
    (:data:`~factcheck.extract.claims.commons_tables.HEADER_CUE`)? Found on first asking."""
    by_party: dict[tuple[str, str], Candidate] = field(default_factory=dict)
    """By (seat, party): candidates the story has so far given figures only by their party
    ("the Lib Dems' 6,402"), with an empty name."""
    relisted: dict[str, int] = field(default_factory=dict)
    """By seat: where a list line first gave one of its parties another count or share than
    a line before had (``results_lists``): from there on, the lines are another list of the
    seat (an earlier election's, its heading lost), not more of this one's."""
    forecasts: list[tuple[int, int]] | None = None
    """Where the story speaks of a poll or a forecast (:data:`_FORECAST`), found once."""
    dated: DatedBlocks | None = None
    """The blocks of list lines under a heading that dates them ("2010 Result:"), found at
    the first figure asked about (:mod:`~factcheck.extract.headings`)."""
    change_cues: dict[int, str] = field(default_factory=dict)
    """By a figure's start, the words that make it read as a change if it is taken as a level."""
    low: str | None = None
    """The story folded by :func:`fold_case` (given by the reader, which has it, or made by
    :meth:`folded`); "" when it must be folded part by part."""

    lower_is_folded: bool = False
    """Is ``str.lower()`` of any part of the story its fold (the reader gave :attr:`low`
    from a story holding none of the letters ``fold_case`` changes first)?"""

    def folded(self, start: int, end: int) -> str:
        """``fold_case(self.text[start:end])``, sliced from the story folded once: each
        sentence, paragraph and the whole story were folded apart, and folding text that is
        not ASCII costs about as much as a regex scan of it.

        A slice of the folded story is the fold of the slice: lower-casing maps one character
        to one ("İ", the one that maps to two, is folded to "i" first), and depends on the
        characters around it only for a capital sigma ("Σ"), in whose presence each part is
        folded on its own."""
        low = self.low
        if low is None:
            text = self.text
            low = self.low = fold_case(text) if "Σ" not in text else ""
        if low or not self.text:
            return low[start:end]
        return fold_case(self.text[start:end])

    def other_election_block(self, at: int) -> DatedBlock | None:
        """The block of list lines holding ``at`` under a heading that dates it to another
        election than the story's ("2010 Result:" over "MAJORITY: 4576"), if any."""
        dated = self.dated
        if dated is None:
            dated = self.dated = DatedBlocks(self.text, self.story_year)
        if not dated.blocks:
            return None  # most stories: no heading dates anything
        block = dated.at(at)
        return block if block is not None and not block.story else None

    def quoted(self, span: Span) -> bool:
        """Is ``span`` inside a direct quotation?"""
        return inside(span, self.quotes)

    def as_level(self, fig: Figure | None) -> Figure | None:
        """``fig`` as a candidate's level (votes, share): its ``what`` tie is loose when words
        around it make it a change ("gaining an extra 10,000 votes")."""
        if fig is None or fig.span is None or fig.grounds is None:
            return fig
        cue = self.change_cues.get(fig.span.start)
        g = fig.grounds
        if cue is None or "what" in g.loose:
            return fig
        grounds = g.model_copy(
            update={
                "what": f"{g.what}, though “{cue}” makes it read as a change",
                "loose": ("what", *g.loose),
            }
        )
        return fig.model_copy(update={"grounds": grounds})

    def figure(self, m: NumberMention, unit: Unit, grounds: Grounds | None = None) -> Figure:
        """The figure a number stands for, marked as quoted when it is."""
        return m.to_figure(unit, quoted=inside_at(m.start, m.end, self.quotes), grounds=grounds)

    def same_person(self, name: str) -> Candidate | None:
        """A candidate already seen under another spelling: "Atta-Mills" is "John Atta Mills".

        Only candidates sharing a word with the name are compared (an index by word), so a
        story naming hundreds of people is not read in quadratic time."""
        words = set(person_words(name))
        found: dict[int, Candidate] = {}
        for word in words:
            for order, cand in self._by_word.get(word, ()):
                if order in found:
                    continue
                theirs = set(person_words(cand.name))
                if len(words & theirs) >= 2 and (words <= theirs or theirs <= words):
                    found[order] = cand
        return found[min(found)] if found else None  # the first seen, as a scan would

    def contest_figures(self, contest: str | None) -> ContestFigures:
        """The figures of ``contest``, created on first use."""
        if contest not in self.contests:
            self.contests[contest] = ContestFigures(order=len(self.contests))
        return self.contests[contest]

    def placed(self, name: str) -> str | None:
        """The seat of the candidate ``name`` is, if one was read already and placed."""
        cand = self.candidates.get(name) or self.same_person(name)
        return cand.contest if cand is not None else None

    def candidate(self, person: PersonMention, contest: str | None) -> Candidate:
        """The candidate ``person`` is, created on first use."""
        cand = self.candidates.get(person.name) or self.same_person(person.name)
        if cand is None:
            cand = Candidate(person.name, person.span, contest=contest, anchor=self.sentence_index)
            self.candidates[person.name] = cand
            order = len(self.candidates)
            for word in set(person_words(person.name)):
                self._by_word.setdefault(word, []).append((order, cand))
        elif cand.contest is None:
            cand.contest = contest
        return cand


class MentionIndex:
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
        s, e, left = span.start, span.end, bisect.bisect_left
        n, p, c, h = self._n, self._p, self._c, self._h
        return (
            self.numbers[left(n, s) : left(n, e)],
            self.parties[left(p, s) : left(p, e)],
            self.contests[left(c, s) : left(c, e)],
            self.people[left(h, s) : left(h, e)],
        )


# Right before a seat: words setting a figure against it ("lower than Brecon and Radnor").
_COMPARED_WORDS = cue_words("than compared against")
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|against)\s+"
    r"(?:at\s+the\s+(?:last|previous)\s+(?:general\s+)?election\s+)?(?:(?:in|that\s+(?:of|in))\s+)?$",
    re.IGNORECASE,
)


@dataclass
class Frame:
    """One sentence being read: its mentions, and which numbers have been read already."""

    state: ReadState
    sent: Sentence
    numbers: list[NumberMention]
    parties: list[PartyMention]
    contests: list[ContestMention]
    people: list[PersonMention]
    links: dict[int, PartyMention]
    contest: str | None
    """The constituency the sentence is about, when it names one or follows one."""
    carried_from: int | None = None
    """Where the seat carried from an earlier sentence was named."""
    used: set[int] = field(default_factory=set)
    pending_change: ChangeClaim | None = None
    """A change whose end level may still follow ("up 5 points to 67.68pc")."""
    last_change: ChangeClaim | None = None
    """The change read last in this sentence, which an elliptical one may repeat."""
    _earlier: dict[int, str | None] = field(default_factory=dict)
    # By the pattern's id, the pattern kept beside its breaks so that an id is never taken
    # for another pattern's: a pattern's own hash reads its whole program at every lookup.
    _breaks: dict[int, tuple[re.Pattern[str], list[tuple[int, int]]]] = field(default_factory=dict)

    # The sentence's cues, found once for every reading of every number in it: most of the
    # patterns the readings try before a number need a word most sentences lack, and a test
    # of the sentence's words is far cheaper than the pattern (see ``says`` and ``holds``).
    # (Filled on first use, not by functools.cached_property, which takes a lock per read.)
    _words: frozenset[str] | None = None
    _held: dict[tuple[str, ...], bool] = field(default_factory=dict)
    _seat_ties: dict[tuple[str | None, bool], SeatTie] | None = None
    # Where the sentence's words of a majority held before the poll stand, and those of one
    # gone: found at the first figure's election tie that needs them, for every figure's
    # (see ``_dating_near``).
    _dating: tuple[list[tuple[int, int]], list[int]] | None = None
    # Whether the sentence holds words of a held majority, of a gone one, and "majorit": every
    # figure's election tie asks all three (three calls of ``holds`` each), so the first
    # figure's tie keeps them for the rest (twenty-first session).
    _tie_cues: tuple[bool, bool, bool] | None = None
    # Likewise the cues ``earlier`` asks of every figure (another time's words, an aside's
    # ", which"/", who", "in 19"/"in 20") and ``change_as_level``'s two (words of a change
    # before a figure, after it): the first figure's call keeps them for the sentence's
    # other figures, one attribute read in place of two or three calls (twenty-second
    # session).
    _earlier_cues: tuple[bool, bool, bool] | None = None
    _change_cues: tuple[bool, bool] | None = None
    # Plain attributes, made with the frame, not properties: every sentence needs both (its
    # outcome words are tested on ``lower``, its cues on ``low``), and the readings ask for
    # them some 400 times a story, where a property's call costs ten times an attribute's.
    low: str = field(init=False)
    """The sentence case-folded as patterns ignoring case see it (:func:`fold_case`), offset
    for offset."""
    lower: str = field(init=False)
    """``self.sent.text.lower()``, made once for the readings that test it."""

    def __post_init__(self) -> None:
        span = self.sent.span
        self.low = low = self.state.folded(span.start, span.end)
        self.lower = low if self.state.lower_is_folded else self.sent.text.lower()

    @property
    def words(self) -> frozenset[str]:
        """The sentence's words (runs of ``\\w``), case-folded."""
        words = self._words
        if words is None:
            words = self._words = frozenset(WORD_RUN.findall(self.low))
        return words

    def says(self, cues: frozenset[str]) -> bool:
        """Does the sentence hold one of ``cues`` (lower-case words) as a whole word?

        A sound prefilter for a pattern, searched within the sentence, whose every match holds
        one of the cues between word boundaries."""
        words = self._words
        if words is None:
            words = self.words
        return not cues.isdisjoint(words)

    def holds(self, cues: tuple[str, ...]) -> bool:
        """Does the sentence hold one of ``cues`` (lower case) anywhere, even inside a word?"""
        found = self._held.get(cues)
        if found is None:
            # A loop, not any() over a generator: a third of the cost, for every sentence.
            low = self.low
            found = False
            for c in cues:
                if c in low:
                    found = True
                    break
            self._held[cues] = found
        return found

    def breaks(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """Where ``pattern`` breaks the sentence into clauses, found once per sentence: the
        readings ask for the clause of every number, and rescanning from the sentence's
        start for each would make a long sentence quadratic."""
        cached = self._breaks.get(id(pattern))
        if cached is not None and cached[0] is pattern:
            return cached[1]
        found = [
            b.span()
            for b in pattern.finditer(self.state.text, self.sent.span.start, self.sent.span.end)
        ]
        self._breaks[id(pattern)] = (pattern, found)
        return found

    def clause_start(self, at: int, pattern: re.Pattern[str] = CLAUSE_BREAK) -> int:
        """Where the clause holding offset ``at`` starts."""
        found = self.breaks(pattern)
        i = bisect.bisect_right(found, (at, at)) - 1
        while i >= 0 and found[i][1] > at:
            i -= 1
        return found[i][1] if i >= 0 else self.sent.span.start

    def clause_end(self, at: int, pattern: re.Pattern[str]) -> int:
        """Where the clause holding offset ``at`` ends, by ``pattern``'s breaks."""
        found = self.breaks(pattern)
        i = bisect.bisect_left(found, (at, at))
        return found[i][0] if i < len(found) else self.sent.span.end

    def figure(
        self,
        m: NumberMention,
        unit: Unit,
        what: str,
        *,
        who: PersonMention | None = None,
        contest_level: bool = False,
        what_loose: bool = False,
        seat: SeatTie | None = None,
        subject_tie: tuple[str, bool] | None = None,
    ) -> Figure:
        """The figure ``m`` stands for, with the grounds it was read on.

        ``what`` names the cue that says what the figure measures; ``who`` is the person it
        was tied to (None with ``contest_level`` for a contest's own figure, such as its
        turnout); ``what_loose`` says the cue is only nearness. A reading that ties the
        subject or the seat its own way (a results list's line) gives ``subject_tie`` or
        ``seat`` as (how, explicit).
        """
        loose: list[Literal["what", "subject", "seat", "election"]] = []
        if what_loose:
            loose.append("what")
        if subject_tie is not None:
            subject, tight = subject_tie
            if not tight:
                loose.append("subject")
        elif contest_level:
            subject = "the contest's own figure"
        elif who is None:
            subject = "no one named"
            loose.append("subject")
        else:
            subject, tight = self._subject_tie(who, m.start)
            if not tight:
                loose.append("subject")
        seat_text, tight, seat_named = seat or self._seat_tie(who)
        if tight and self.contests:
            nation = self._nation_between(m)
            if nation is not None:
                # "East Belfast … • Turnout in Northern Ireland at 65.6%": the nation's figure.
                seat_text = f"{seat_text}, though “{nation}” comes between them"
                tight = False
        if not tight:
            loose.append("seat")
        election, tight = self._election_tie(m)
        if not tight:
            loose.append("election")
        if unit in (Unit.VOTES, Unit.PERCENT) and not contest_level:
            cue = self.change_as_level(m)
            if cue is not None:
                self.state.change_cues[m.start] = cue
        # Four strings and a tuple of the literal names: valid by construction.
        grounds = trusted(
            Grounds,
            what=what,
            subject=subject,
            seat=seat_text,
            seat_named=seat_named,
            election=election,
            loose=tuple(loose),
        )
        return self.state.figure(m, unit, grounds)

    def _subject_tie(self, who: PersonMention, at: int) -> tuple[str, bool]:
        if not (self.sent.span.start <= who.span.start < self.sent.span.end):
            return f"“{self.sent.text[:12].strip()}…” taken to mean {who.name}", False
        lead = max(who.span.end, at - 80)
        their = None
        if "their" in self.state.text[lead:at].lower():  # a substring test before the pattern
            their = _THEIR.search(self.state.text, lead, at)
        if their is not None:
            # "new faces Emma Little Pengelly and Paul Girvan, after increasing their vote share
            # by over 10%": the party's share, not the person's named last.
            return f"{who.name}, though “{their.group(0)}” before it speaks of a party", False
        text = self.state.text
        if (
            text[who.span.end : at].strip() == "by"
            and _COUNT_TO_COUNT.match(text, at)
            and _BEATEN_BY.search(
                text, max(self.sent.span.start, who.span.start - 40), who.span.start
            )
        ):
            return (
                f"{who.name}, though “beaten by” makes the first of two counts the loser's",
                False,
            )
        party = self._party_joined_after(who, at)
        if party is not None:
            # "with Jim Brown polling 10,096 votes and the Conservatives coming in third with
            # 5,149": a party joined on after the person is the subject of its own clause.
            return f"{who.name}, though “{party}” is named after them, before it", False
        named_before = self.count_before(self.people, at)
        if named_before <= 1:
            return f"{who.name}, the only person named before it in the sentence", True
        beaten = self.people[named_before - 1]
        if (
            named_before >= 2
            and self.people[named_before - 2] is who
            and self._beaten_then_subjects(who, beaten, at)
        ):
            return f"{who.name}, who beat {beaten.name}, in the clause after the one beaten", True
        if (
            self.people[named_before - 2] is who
            and _CLOSED_ASIDE.fullmatch(text, beaten.span.end, at)
            and self._inside_relative(who, beaten, at)
        ):
            # "Rees-Mogg, a minister under Liz Truss, came second with 30.2%": the aside
            # closes, and the clause it interrupted goes on to the figure.
            return f"{who.name}, whose aside names {beaten.name}, closed before it", True
        gap = text[who.span.end : at]
        if self.people[named_before - 1] is who and _APPOSITION_THEN.fullmatch(gap):
            return f"{who.name}, named before an aside that closes before it", True
        lead = max(self.sent.span.start, who.span.start - _BEATEN_WINDOW)
        if self.says(_BEATEN_CUES) and _BEATEN_BEFORE.search(text, lead, who.span.start):
            return f"{who.name}, the one beaten, named before it", False
        if RIVAL_LEAD.search(
            text, max(self.sent.span.start, who.span.start - 40), who.span.start
        ) and any(who.span.end <= n.start and n.end <= at for n in self.numbers):
            # "polled 15,302 to Tim Barnes' 12,594, with a 39 percent share": the rival's
            # figure comes first; what follows may be the sentence's subject's.
            return f"{who.name}, a rival named with a figure of their own before it", False
        if len(gap) <= 60 and not CLAUSE_BREAK.search(gap):
            return f"{who.name}, named just before it", True
        if _RELATIVE.match(gap) and len(gap) <= 200 and not CLAUSE_BREAK.search(gap):
            # "Christopher Wilford, who trailed behind with … 20.1pc (11,846 votes)": the
            # relative clause is about the person it follows, and names no one else.
            return f"{who.name}, whom the clause holding it describes", True
        return f"{who.name}, the nearest of {named_before} people named before it", False

    def _party_joined_after(self, who: PersonMention, at: int) -> str | None:
        """A party named between ``who`` and the figure at ``at`` as the subject of a clause
        joined on by "and" or a comma ("… and the Conservatives coming in third with"), not
        ``who``'s own party: the figure may be the party's. Its words, or None."""
        if not self.parties:
            return None
        i = self.count_before(self.parties, at)
        text = self.state.text
        while i > 0:
            party = self.parties[i - 1]
            if party.span.start < who.span.end:
                return None
            if _JOINED_BEFORE.search(
                text, max(who.span.end, party.span.start - 12), party.span.start
            ) and not _POSSESSIVE_AFTER.match(text, party.span.end):
                link = self.links.get(who.span.start)
                cand = self.state.candidates.get(who.name)
                own = link.party.name if link is not None else (cand.party if cand else None)
                if own != party.party.name:
                    return text[party.span.start : party.span.end]
            i -= 1
        return None

    def seat_near(self, at: int) -> tuple[str | None, SeatTie]:
        """The seat a contest's own figure at ``at`` belongs to, and how it was tied: with
        several seats in the sentence, the last one named before it in its clause; none when
        its clause names none but names someone (the clause is about their seat)."""
        if len(self.contests) == 1:
            later = self._seat_in_a_later_clause(at)
            if later is not None:
                return None, (later, False, "none")
            if self._compared(self.contests[0], at):
                # "Turnout was lower than Brecon and Radnor, at 66.8%": the one seat named is
                # the one the figure is set against, not its own.
                name = self.contests[0].name
                return None, (f"no seat named but {name}, which it is compared with", False, "none")
        if len(self.contests) <= 1:
            return self.contest, self._seat_tie(None)
        clause = self.clause_start(at)
        right_after = self._seat_right_after(at)
        if right_after is not None:
            return right_after.name, (
                f"{right_after.name}, named right after it: “in …”",
                True,
                "in the clause",
            )
        before = [c for c in self.contests if c.span.end <= at and not self._compared(c, at)]
        if before and before[-1].span.start >= clause:
            seat = before[-1].name
            return seat, (f"{seat}, named before it in its clause", True, "in the clause")
        lead = self.count_before(self.people, clause)
        if before and lead < self.count_before(self.people, at):
            # "… won Livingston by 3,528 votes; Kirsteen Sullivan defeated Martyn Day with a
            # majority of 8,323; and …": a clause about someone else, naming no seat, is
            # about their seat, which the sentence does not name.
            who = self.people[lead].name
            return None, (f"no seat named in its clause, which is about {who}", False, "none")
        seat = before[-1].name if before else self.contests[0].name
        several = len(self.contests)
        return seat, (
            f"{seat}, one of {several} seats named in the sentence",
            False,
            "one of several in the sentence",
        )

    def _compared(self, seat: ContestMention, at: int) -> bool:
        """Is ``seat`` named only as what the figure at ``at`` is compared with ("lower than
        Brecon and Radnor, at 66.8%", "smaller than at the last election in Leeds Central")?"""
        return (
            self.says(_COMPARED_WORDS)
            and _COMPARED_BEFORE.search(
                self.state.text, max(self.sent.span.start, seat.span.start - 50), seat.span.start
            )
            is not None
        )

    def _seat_right_after(self, at: int) -> ContestMention | None:
        """The seat named right after the figure at ``at``, in its clause, by "in" or "for":
        "who won by a 34,000-vote margin in Hall Green" is Hall Green's, whatever seats the
        clause named before ("After poor showings in Edgbaston and Northfield, Roger Godsiff,
        who won …"); so is "53.9% for Hull West and Hessle" after "55.1% for Hull North"."""
        i = self.count_before(self.contests, at)
        if i == len(self.contests):
            return None
        seat = self.contests[i]
        if _IN_RIGHT_AFTER.fullmatch(self.state.text, at, seat.span.start) is None:
            return None
        return seat

    def _seat_in_a_later_clause(self, at: int) -> str | None:
        """Why the sentence's one seat is not that of the contest's figure at ``at``, or None:
        it is named only in a later clause ("… while", "but", "whereas") about someone else,
        and the figure's own clause is about someone named in it ("Mr Hendry won his seat by
        over 10,000 votes in 2019, while Ian Blackford took the Ross, Skye and Lochaber seat
        by a similar margin"): the figure is in that person's seat, which the sentence does
        not name."""
        seat = self.contests[0]
        if seat.span.start < at:
            return None
        found = self.breaks(CLAUSE_BREAK)
        i = bisect.bisect_left(found, (at, at))
        if i == len(found) or found[i][1] > seat.span.start:
            return None  # no break between the figure and the seat
        brk = found[i]
        clause = self.clause_start(at)
        own = self.count_before(self.people, at) - self.count_before(self.people, clause)
        theirs = self.count_before(self.people, seat.span.start) - self.count_before(
            self.people, brk[1]
        )
        if theirs == 0:
            return None
        if own == 0 and not (
            clause == self.sent.span.start and PRONOUN_START.match(self.sent.text)
        ):
            # A clause naming no one is about the seat named later, unless it opens on "She"
            # or "He": "She won by just 22 votes – but … Pete Wishart saw his majority slashed
            # to just 21 in Perth and North Perthshire" is about someone named before.
            return None
        who = self.people[self.count_before(self.people, brk[1])].name
        return f"no seat named in its clause: {seat.name} is named in a later one, about {who}"

    def seat_tie(self, who: PersonMention | None) -> SeatTie:
        """How the sentence's seat (or ``who``'s) was tied, and whether explicitly."""
        return self._seat_tie(who)

    def carried_tie(self) -> SeatTie | None:
        """The tie of the seat carried into a sentence naming none, where it holds for every
        reading: the story's own seat (the front matter's, the only one named, the one the
        story is about; worded as :meth:`seat_tie` words it), or a seat named earlier on the
        same line. None otherwise: what a carry across lines is worth is the caller's to weigh
        (a figure's paragraph, a person's heading, an outcome's paragraph break)."""
        seat = self.contest
        if self.contests or seat is None:
            return None
        state = self.state
        if state.seat_from_front_matter or state.seats_named <= 1 or seat == state.main_seat:
            return self._seat_tie(None)
        at = self.carried_from
        if at is not None and "\n" not in state.text[at : self.sent.span.start]:
            # Not across a line break, as a live blog's next entry or a round-up's next
            # item is.
            return f"{seat}, named earlier on its line", True, "carried"
        return None

    def _seat_tie(self, who: PersonMention | None) -> SeatTie:
        # Every figure of a sentence asks, and the answer depends only on the seat and on
        # whether the person is one of several seats' (what else it reads is fixed while the
        # sentence is read: the story's seats, the people named up to this sentence, where the
        # seat was carried from): worked out once per sentence and seat.
        seat = self.contest_for(who) if who is not None else self.contest
        if who is not None and seat is not None and len(self.contests) > 1:
            opening = self.opening_seat(who)
            if opening is not None and opening.name == seat:
                return (
                    f"{seat}, the seat whose clause {who.name} is named in",
                    True,
                    "in the clause",
                )
        if who is not None and seat is not None and self.titled_seat(who) == seat:
            # "Plymouth Sutton & Devonport MP Luke Pollard was re-elected and is joined by
            # … Fred Thomas in Plymouth Moor View": the title names the person's own seat.
            return f"{seat}, named as {who.name}'s title", True, "title"
        key = (seat, who is not None and len(self.contests) > 1)
        ties = self._seat_ties
        if ties is None:
            ties = self._seat_ties = {}
        else:
            found = ties.get(key)
            if found is not None:
                return found
        tie = ties[key] = self._work_out_seat_tie(seat, key[1])
        return tie

    def _work_out_seat_tie(self, seat: str | None, several: bool) -> SeatTie:
        state = self.state
        if seat is None:
            return "no constituency named", False, "none"
        if several:
            return (
                f"{seat}, the nearest of {len(self.contests)} seats named in the sentence",
                False,
                "one of several in the sentence",
            )
        if len(self.contests) == 1:
            return f"{seat}, named in the sentence", True, "in the sentence"
        if state.seat_from_front_matter:
            return f"{seat}, from the front matter", True, "front matter"
        if (
            not self.contests
            and self.says(_RESPECTIVELY_CUES)
            and _RESPECTIVELY.search(self.sent.text)
        ):
            # "… Sheffield Hallam … York Outer … the turnout for the two constituencies were
            # 77.6% and 75.7%": figures shared out over seats named before, in their order;
            # the seat carried in is only one of them.
            return (
                f"{seat}, carried into a sentence sharing its figures out “respectively”",
                False,
                "carried",
            )
        # A paragraph about a nation or the country that names no seat: its figures are the
        # nation's, whatever seat the story is about ("fallen by 3.6% to 24% across
        # Scotland, ... The Liberal Democrat vote had increased by 3.1%").
        para = state.text.rfind("\n", 0, self.sent.span.start) + 1
        if self.carried_from is None or self.carried_from < para:
            nation = self._nationwide(para, para)
        else:
            nation = self._nationwide(para, self.sent.span.start)
        if nation is not None:
            return f"{seat}, though its paragraph speaks of “{nation.group(0)}”", False, "carried"
        first = state.seat_first_named.get(seat)
        if first is not None and first >= self.sent.span.end and state.sentence_index > 0:
            # Only named further on ("… in Kirkcaldy and Cowdenbeath" four paragraphs later):
            # the figure's seat is one the reader has not met, or could not recognise.
            return f"{seat}, named only later in the story", False, "later in the story"
        if state.seats_named <= 1:
            return f"{seat}{STORY_SEAT_TIES[0]}", True, "story's only seat"
        if seat == state.main_seat:
            return f"{seat}{STORY_SEAT_TIES[1]}", True, "story's seat"
        at = self.carried_from
        if at is not None and "\n\n" not in state.text[at : self.sent.span.start]:
            line = state.text.rfind("\n", at, self.sent.span.start)
            if line >= 0 and _BULLET_START.match(state.text, line + 1):
                # "• Jo Swinson narrowly lost her East Dunbartonshire seat … • SNP's vote share
                # increased by 8.1%": each bullet is an item of its own, often the nation's.
                return f"{seat}, named in an earlier bullet point", False, "carried"
            return f"{seat}, named earlier in its paragraph", True, "carried"
        named = self._paragraph_people(para)
        if named and all(state.person_contest.get(name) == seat for name in named):
            # "… in Foyle, where Sinn Féin's Elisha McCallion had hoped to defend her seat
            # against the SDLP's Colum Eastwood. ¶ Mr Eastwood won back the seat … a majority
            # of 17,170": everyone the paragraph names was named with the seat.
            return (
                f"{seat}, with which {named[0]}, named in its paragraph, was named",
                True,
                "carried",
            )
        if (
            at is not None
            and "seat" in self.sent.text
            and _THE_SEAT.search(self.sent.text)
            and _PARAGRAPH_BETWEEN.search(state.text, at, para) is None
        ):
            # "… Blyth Valley has been Labour since 1931 ¶ (Labour had a near 10k majority in
            # the seat in 2017)": "the seat" is the one named in the paragraph just before.
            return (
                f"{seat}, named in the paragraph before, which “the seat” refers to",
                True,
                "carried",
            )
        return f"{seat}, carried from an earlier paragraph", False, "carried"

    def _paragraph_people(self, para: int) -> list[str]:
        """The people named from ``para`` to the end of the sentence, first named first."""
        end = self.sent.span.end
        found = [
            (spans[-1].start, name)
            for name, spans in self.state.mentions.items()
            if spans and para <= spans[-1].start < end
        ]
        return [name for _, name in sorted(found)]

    def _nation_between(self, m: NumberMention) -> str | None:
        """A nation-wide phrase in the figure's clause between the last seat named before it
        and the figure, which makes the figure the nation's, not the seat's."""
        i = self.count_before(self.contests, m.start)
        if i == 0:
            return None
        lo = max(self.contests[i - 1].span.end, self.clause_start(m.start))
        between = self.state.text[lo : m.start].lower()
        if not _may_hold(between, _NATION_WORDS):
            return None
        para = self.state.text.rfind("\n", 0, self.sent.span.start) + 1
        found = self._nationwide(para, lo)
        return found.group(0) if found is not None and found.end() <= m.start else None

    def _nationwide(self, para: int, start: int) -> re.Match[str] | None:
        """The first nation-wide phrase between ``start`` and the sentence's end.

        The paragraph is scanned once, not once per figure or per sentence: a round-up
        written as one long paragraph would otherwise cost its length for every figure.
        """
        state = self.state
        nowhere = state.nowhere_nationwide
        if nowhere is None:
            # The story's test first: most hold no such phrase, and then no paragraph needs
            # its own tests. A match in a paragraph is one in the story (the pattern looks past
            # its match only for a word boundary, which the line break after the paragraph
            # gives as its end does), so none in the story is none in any. The words before
            # each word a phrase ends on are looked at first; the search runs only in the few
            # stories where they are the phrase's.
            nowhere = state.nowhere_nationwide = (
                not may_be_nationwide(state.text, state.folded(0, len(state.text)))
                or _NATIONWIDE.search(state.text) is None
            )
        if nowhere:
            return None
        end = self.sent.span.end
        scanned, found = self.state.nationwide.get(para, (-1, []))
        if scanned < end:
            line = self.state.text.find("\n", end)
            scanned = len(self.state.text) if line < 0 else line
            low = self.state.folded(para, scanned)
            found = (
                list(_NATIONWIDE.finditer(self.state.text, para, scanned))
                if any(cue in low for cue in _NATION_WORDS)
                # ("Scottish National Party" holds "nation", not the word)
                and not _NATION_CUES.isdisjoint(WORD_RUN.findall(low))
                else []
            )
            self.state.nationwide[para] = (scanned, found)
        # A paragraph holds few such phrases: a walk is cheaper than an index.
        for m in found:
            if m.start() >= start:
                return m if m.end() <= end else None
        return None

    def _election_tie(self, m: NumberMention) -> tuple[str, bool]:
        # A year or "last election" in the clause is the readings' to weigh: they refuse a
        # level it dates, and a change is measured from it. Words of a majority held before
        # the poll date a figure no reading refuses.
        text = self.state.text
        held = None
        clause: tuple[int, int] | None = None  # found only when something needs it
        cues = self._tie_cues
        if cues is None:
            cues = self._tie_cues = (
                self.holds(_HELD_CUES),
                self.holds(_GONE_CUES),
                self.holds(_MAJORITY_CUES),
            )
        held_cue, gone_cue, majority_cue = cues
        if held_cue or gone_cue:
            held_cue, gone_cue = self._dating_near(m, held_cue, gone_cue)
        if held_cue or gone_cue:
            clause = start, end = self._clause_around(m, _DATING_BREAK)
            if held_cue:
                held = _HELD_BEFORE.search(text, max(start, m.start - 80), m.start)
            if held is None and gone_cue:
                held = _GONE_AFTER.search(text[m.end : end])
        if held is not None:
            # "entered this poll with a majority of 104": the majority it had before.
            return f"the story's, though “{held.group(0).strip()}” speaks of before it", False
        # (Its own test of the words, left in, answers as this one does: no call, no test.)
        before = self._majority_before(m) if majority_cue else None
        if before is not None:
            return f"the story's, though “{before}” makes it the majority before it", False
        forecast = None
        forecasts = self.state.forecasts
        if forecasts is None:
            forecasts = self._story_forecasts()
        if forecasts:  # none in the story: no figure of it is a forecast's
            start, end = clause or self._clause_around(m, _DATING_BREAK)
            forecast = self._forecast(m, start, end)
        if forecast is not None:
            return f"the story's, though “{forecast}” speaks of a forecast, not the count", False
        year = self.state.story_year
        if year and year in self.sent.text:
            return f"the sentence names {year}, the story's election", True
        other = self._year_when(m) if self.says(_WHEN_CUES) else None
        if other is not None:
            # "… was returned in 2005 and again in 2010, when he increased his share by 1.4
            # per cent": a clause of its own, but the sentence is about another election.
            return f"the story's, though the sentence names {other} and not {year}", False
        if held_cue and self.earlier(m) is None:  # a year in the clause dates it surely
            had = _HAD_MAJORITY.search(text, max(0, m.start - 60), m.start)
            if had is not None:
                return f"the story's, though “{had.group(0).strip()}” may speak of before it", False
        return "no other election named in its clause: the story's", True

    def _dating_near(self, m: NumberMention, held_cue: bool, gone_cue: bool) -> tuple[bool, bool]:
        """Could :meth:`_election_tie` find, for ``m``, words of a majority held before the
        poll in the 80 characters before it (``_HELD_BEFORE``), and words of one gone after
        it (``_GONE_AFTER``)? ``held_cue`` and ``gone_cue`` say whether the sentence holds
        the words of each.

        A sound prefilter, so that most figures need no clause: every match of each pattern
        holds one of its words (``_HELD_AT_CUES``, ``_GONE_CUES``), inside the sentence when
        ``m`` is. Where the words stand is found once per sentence, and each figure's test is
        a look-up."""
        span = self.sent.span
        if not (span.start <= m.start and m.end <= span.end):
            return held_cue, gone_cue
        dating = self._dating
        if dating is None:
            dating = self._dating = self._dating_cues(held_cue, gone_cue)
        held_at, gone_at = dating
        held = gone = False
        lo, at = m.start - 80, m.start
        for cue_start, cue_end in held_at:
            if lo <= cue_start and cue_end <= at:
                held = True
                break
        end = m.end
        for cue_start in gone_at:
            if cue_start >= end:
                gone = True
                break
        return held, gone

    def _dating_cues(
        self, held_cue: bool, gone_cue: bool
    ) -> tuple[list[tuple[int, int]], list[int]]:
        """Where the sentence's words of a held majority stand (start, end), and where those
        of a gone one start (:meth:`_dating_near`)."""
        held_at = self._cue_places(_HELD_AT_CUES) if held_cue else []
        gone_at = [start for start, _ in self._cue_places(_GONE_CUES)] if gone_cue else []
        return held_at, gone_at

    def _cue_places(self, cues: tuple[str, ...]) -> list[tuple[int, int]]:
        """Every place (start, end in the story) where one of ``cues`` stands in the
        sentence's lower-case text, overlapping places too."""
        low, base = self.low, self.sent.span.start
        places: list[tuple[int, int]] = []
        for cue in cues:
            i = low.find(cue)
            while i >= 0:
                places.append((base + i, base + i + len(cue)))
                i = low.find(cue, i + 1)
        return places

    def _year_when(self, m: NumberMention) -> str | None:
        """A year other than the story's that a "when" clause before ``m`` refers back to
        ("was returned in 2005 and again in 2010, when he increased his share by 1.4 per
        cent"): the figure is that year's, though its own clause names none."""
        text, start = self.state.text, self.sent.span.start
        for found in _YEAR_WHEN.finditer(text, start, m.start):
            year = found.group("year")
            if year != self.state.story_year and not _COMPARED_YEAR.search(
                text, max(start, found.start() - 30), found.start("year")
            ):
                return year
        return None

    def _majority_before(self, m: NumberMention) -> str | None:
        """The words that make a majority ``m`` the one held before the poll: turned "into"
        another ("turned his 5,288 majority into a 5,299 majority of their own", "turning a
        Labour majority of 687 into a Conservative majority of 3,840")."""
        if not self.holds(_MAJORITY_CUES):
            return None  # most sentences: no majority to have turned
        text = self.state.text
        end = self.sent.span.end
        noun = (
            _MAJORITY_NOUN.match(text, m.end, end)
            if "majority" in text[m.end : m.end + 20].lower()
            else None
        )
        if noun is not None:
            after = noun.end()
            lead = max(self.clause_start(m.start), m.start - 60)
            turned = _TURNED_BEFORE.search(text, lead, m.start)
        elif "majority" in text[max(0, m.start - 20) : m.start].lower():
            # "turning a Labour majority of 687 into …": the noun and "of" before it.
            lead = max(self.clause_start(m.start), m.start - 80)
            of = _MAJORITY_OF_BEFORE.search(text, lead, m.start)
            after = m.end if of is not None else -1
            turned = _TURNED_BEFORE.search(text, lead, of.start()) if of is not None else None
        else:
            return None
        if turned is not None and after >= 0 and _INTO_AFTER.match(text, after, end) is not None:
            return f"{turned.group(0).split()[0]} … into"
        return None

    def _forecast(self, m: NumberMention, start: int, end: int) -> str | None:
        """The words in the figure's clause that make it a poll's or a forecast's, unless
        words of the count come between them and the figure."""
        text = self.state.text
        found = self._story_forecasts()
        if not found:
            return None
        i = bisect.bisect_left(found, (start, start))
        for cue_start, cue_end in found[i:]:
            if cue_start >= end:
                break
            lo, hi = (cue_end, m.start) if cue_end <= m.start else (m.end, cue_start)
            if lo <= hi and _BACK_TO_COUNT.search(text, lo, hi) is None:
                return text[cue_start:cue_end]
        return None

    def _story_forecasts(self) -> list[tuple[int, int]]:
        """Where the story speaks of a poll or a forecast: scanned once, at its first figure."""
        found = self.state.forecasts
        if found is None:
            text = self.state.text
            found = []
            if _may_hold(self.state.folded(0, len(text)), _FORECAST_WORDS):
                found = [(f.start(), f.end()) for f in _FORECAST.finditer(text)]
            self.state.forecasts = found
        return found

    def change_as_level(self, m: NumberMention) -> str | None:
        """The words that make a count or percentage read as a level a change instead
        ("gaining an extra 10,000 votes", "losing 24.9% of the vote since 2019"), or None."""
        text = self.state.text
        cues = self._change_cues
        if cues is None:
            cues = self._change_cues = (
                self.says(_CHANGE_BEFORE_CUES),
                self.holds(_CHANGE_AFTER_CUES),
            )
        if cues[0]:
            start = max(self.clause_start(m.start), m.start - 40)
            before = _CHANGE_BEFORE.search(text, start, m.start)
            if before is not None:
                return before.group(0).strip()
        if not cues[1]:
            return None
        end = min(self.sent.span.end, m.end + 60)
        after = _CHANGE_AFTER.search(text[m.end : end])
        return after.group(0).strip() if after is not None else None

    def dated_year(self, m: NumberMention) -> str | None:
        """The general election year ``m`` is dated to ("in 2017 by 2,861 votes"), when that
        is sure: one year, named close before it in its clause or right after it. A relative
        phrase ("at the last election") or a year further off gives None."""
        start, end = self._clause_around(m, _DATING_BREAK)
        right_after = _YEAR_RIGHT_AFTER.match(self.state.text, m.end, end)
        if right_after is not None:
            # "losing by 1,832 votes in 2017 and 1,832 in 2015": the year right after a
            # figure is its own, whatever year an earlier figure of the clause had.
            years = {right_after.group(1)}
        else:
            years = set(dated_years(self.state.text, max(start, m.start - 60), end))
        if not years:
            # "…, which he won with a 831 majority, since 2017": the tenure's year.
            aside = self._aside_dating(m.start, m.end)
            years = {aside.group("year")} if aside is not None else years
        if not years:
            named = year_of_the_figure(self.state.text, start, m.start)
            years = {named[0]} if named is not None else years
        if not years:
            block = self.state.other_election_block(m.start)
            years = {block.year} if block is not None and block.year is not None else years
        if len(years) != 1 or self.earlier(m) is None:
            return None
        (year,) = years
        return year if year in GE_ORDER and year != self.state.story_year else None

    def earlier(self, m: NumberMention) -> str | None:
        """The words tying ``m`` to another election than the story's, if its clause has any:
        "in 2017", "at the last election", "two years ago"."""
        if m.start in self._earlier:
            return self._earlier[m.start]
        when = None
        cues = self._earlier_cues
        if cues is None:
            cues = self._earlier_cues = (
                self.holds(OTHER_TIME_CUES),
                self.holds(_WHICH_ASIDE_CUES),
                self.holds(_IN_YEAR_CUES),
            )
        other_time_cue, aside_cue, year_cue = cues
        if other_time_cue:  # else no clause of the sentence can be dated
            start, end = self._clause_around(m, CLAUSE_BREAK)
            aside = self._closed_aside_before(start, m.start)
            if aside is None:
                when = other_time(self.state.text, start, end, self.state.story_year)
            else:
                # "Ian Murray, who was elected as Labour's only Scottish MP in 2015, won
                # Edinburgh South with 26,269 votes": the aside dates the person's past, not
                # the count after it; the clause around the aside still may.
                year = self.state.story_year
                when = other_time(self.state.text, start, aside[0], year) or other_time(
                    self.state.text, aside[1], end, year
                )
            if when is None:
                # "lower than the 2017 turnout of 77.19 per cent": the comparison's other side
                # is the figure itself, and the year names it.
                named = year_of_the_figure(self.state.text, start, m.start)
                if named is not None and named[0] != self.state.story_year:
                    when = named[1]
        if when is None and aside_cue:
            when = self.aside_dated(m.start, m.end)
        if when is None and year_cue:
            when = self._sentence_dated()
        if when is None:
            # "MAJORITY: 4576" under "2010 Result:": the heading dates the lines below it.
            block = self.state.other_election_block(m.start)
            when = block.heading if block is not None else None
        self._earlier[m.start] = when  # several readings ask of the same number
        return when

    def _sentence_dated(self) -> str | None:
        """ "In 2010, Jane Smith won the seat with 59.6%, while … – a majority of 41.54%": a
        sentence opening with another election's year dates every figure in it, unless it
        names another time as well (a second year, "this time", "now")."""
        opening = _SENTENCE_YEAR.match(self.sent.text)
        if opening is None or opening.group("year") == self.state.story_year:
            return None
        rest = self.sent.text[opening.end() :]
        if _YEAR_OR_NOW.search(rest):
            return None
        return opening.group(0).rstrip(" ,")

    def dated_how(self, m: NumberMention, year: str) -> str:
        """How ``m`` was dated to ``year`` (:meth:`dated_year`), for its grounds."""
        when = self.earlier(m)
        block = self.state.other_election_block(m.start)
        if block is not None and when == block.heading:
            return f"the heading “{block.heading}” over its list"
        if when is not None and when.startswith(("since", "in", "from")) and year in when:
            aside = self._aside_dating(m.start, m.end)
            if aside is not None and aside.group("when") == when:
                return f"“{when}” after the aside it stands in"
        return f"“{year}” in its clause"

    def aside_dated(self, start: int, end: int) -> str | None:
        """The words dating the clause that an aside holding ``text[start:end]`` interrupts: in
        "He has held the seat, which he won with a 831 majority, since 2017" the seat was won
        when the tenure began, in 2017, though the aside's own words name no year."""
        found = self._aside_dating(start, end)
        return found.group("when") if found is not None else None

    def _closed_aside_before(self, start: int, at: int) -> tuple[int, int] | None:
        """The last relative aside about a person ("…, who was first elected in 2015, …",
        "…, previously held by Labour since 1931, …") opened after ``start`` and closed
        before ``at``: where it starts and ends. None when there is none (most sentences say
        no ", who" or ", previously")."""
        if not self.holds(_PERSON_ASIDE_CUES):
            return None
        found = None
        for a in _PERSON_ASIDE.finditer(self.state.text, start, at):
            found = a
        return found.span() if found is not None else None

    def _aside_dating(self, start: int, end: int) -> re.Match[str] | None:
        # The cheap tests first: most sentences hold no relative pronoun, or no year.
        if not self.holds(_WHICH_ASIDE_CUES) or not self.holds(_YEAR_CUES):
            return None
        text, sent = self.state.text, self.sent.span
        closed = _WHICH_ASIDE_CLOSE.match(text, end, sent.end)
        if closed is None or closed.group("year") == self.state.story_year:
            return None
        if _WHICH_ASIDE_OPEN.search(text, max(sent.start, start - 100), start) is None:
            return None
        return closed

    def _clause_around(self, m: NumberMention, breaks: re.Pattern[str]) -> tuple[int, int]:
        # After the figure, its clause ends at a comma or a comparison: "won 5pc, marginally
        # up from the party's performance in 2015" dates the comparison, not the 5pc.
        start = max(self.clause_start(m.start, breaks), m.start - CUE_WINDOW)
        start = purpose_start(self.state.text, start, m.start)
        return start, min(self.clause_end(m.end, _AFTER_END), m.end + CUE_WINDOW)

    def contest_for(self, person: PersonMention) -> str | None:
        """The constituency a person is named with: with several in the sentence, the next
        one after the name ("Ali is re-elected in Bethnal Green & Bow")."""
        if len(self.contests) > 1:
            titled = self.titled_seat(person)
            if titled is not None:
                return titled
            paired = self._respective_seat(person)
            if paired is not None:
                return paired
            opening = self.opening_seat(person)
            if opening is not None and not any(
                opening.span.end <= p.span.start < person.span.start and p.name != person.name
                for p in self.people
            ):
                # (Not past someone else named after it: "In Stafford Jeremy Lefroy kept his
                # seat and Mark Garnier increased his majority in Wyre Forest": Stafford is
                # Lefroy's, Garnier's the one named after him.)
                return opening.name
            i = self.count_before(self.contests, person.span.end)
            if i < len(self.contests):
                after = self.contests[i]
                if i > 0 and _LIST_LEAD_AFTER.match(self.state.text, after.span.end):
                    # "The votes in A were: X 3,209; Y 1,049 and Z 549 and in B: W 3,389":
                    # the seat before a colon heads the list after it, not the person before.
                    return self.contests[i - 1].name
                return after.name  # the first named after the person
            return self.contests[-1].name
        if (
            len(self.contests) == 1
            and len(self.people) > 1
            and (
                self._holds_another(person)
                or self.seat_in_an_earlier_clause(person)
                or self.seat_in_a_later_pair(person)
            )
        ):
            return None
        if (
            len(self.contests) == 1
            and person.span.start < self.sent.span.start
            and self._seat_in_a_later_clause(self.sent.span.start) is not None
        ):
            # The person an opening "She" stands for, in a sentence whose one seat is named
            # only in a later clause about someone else: "She won by just 22 votes – but …
            # Pete Wishart saw his majority slashed to just 21 in Perth".
            return None
        return self.contest

    def seat_in_an_earlier_clause(self, person: PersonMention) -> bool:
        """Is the sentence's one seat named only in an earlier clause, about someone else,
        than the one ``person`` is named in (after "while", "but", "whereas" or ";"), a
        clause telling a win of its own? "Jane Smith defeated John Brown in Battersea, while
        Tory minister Gavin Barwell lost his seat to Labour's Sarah Jones": Barwell's seat is
        another, which the sentence does not name. Not when the story named the person with
        that seat."""
        seat = self.contests[0]
        if seat.span.end > person.span.start:
            return False
        found = self.breaks(CLAUSE_BREAK)
        i = bisect.bisect_left(found, (seat.span.end, seat.span.end))
        if i == len(found) or found[i][1] > person.span.start:
            return False  # no break between the seat and the person
        start = self.clause_start(seat.span.start)
        theirs = self.people[
            self.count_before(self.people, start) : self.count_before(self.people, found[i][0])
        ]
        if not theirs or any(p.name == person.name for p in theirs):
            return False
        # The later clause pairs a winner and a loser of its own ("Gavin Barwell lost his
        # seat to Labour's Sarah Jones"): one seat has one winner. A clause about one person
        # ("while the DUP's Emma Little Pengelly suffered a crushing defeat") is as often the
        # same seat's loser.
        end = self.clause_end(found[i][1], CLAUSE_BREAK)
        ours = self.people[
            self.count_before(self.people, found[i][1]) : self.count_before(self.people, end)
        ]
        if len(ours) < 2 or not _PAIRED.search(
            self.state.text, ours[0].span.end, ours[-1].span.start
        ):
            return False
        return self.state.person_contest.get(person.name) != seat.name

    def seat_in_a_later_pair(self, person: PersonMention) -> bool:
        """Is the sentence's one seat named only in a later clause than ``person``'s (after
        "while", "but", "whereas" or ";"), both clauses telling a win of their own? "He
        defeated Jane Smith while John Brown lost out to Mary Green in Glasgow East": Glasgow
        East is Brown's and Green's, Smith's seat another, which the sentence does not name.
        Not when the story named the person with that seat."""
        seat = self.contests[0]
        if seat.span.start < person.span.end:
            return False
        found = self.breaks(CLAUSE_BREAK)
        i = bisect.bisect_left(found, (person.span.end, person.span.end))
        if i == len(found) or found[i][1] > seat.span.start:
            return False  # no break between the person and the seat
        start = self.clause_start(person.span.start)
        text = self.state.text
        if not _PAIRED.search(text, start, found[i][0]):
            return False  # "Jane Smith held on, while in Glasgow East …": not a win of its own
        end = self.clause_end(seat.span.start, CLAUSE_BREAK)
        theirs = self.people[
            self.count_before(self.people, found[i][1]) : self.count_before(self.people, end)
        ]
        if len(theirs) < 2 or not _PAIRED.search(text, theirs[0].span.end, theirs[-1].span.start):
            return False
        return self.state.person_contest.get(person.name) != seat.name

    def respective_seat(self, person: PersonMention) -> str | None:
        """The seat "respectively" pairs with ``person``, if any (:meth:`_respective_seat`)."""
        return self._respective_seat(person)

    def _respective_seat(self, person: PersonMention) -> str | None:
        """The seat paired with ``person`` by "respectively": "Kerry McCarthy and Karin Smyth
        held Bristol East and Bristol South respectively" gives the n-th person named before
        the seats the n-th seat, when as many people as seats are named there."""
        pairs = self._respective_pairs()
        if pairs is None:
            return None
        for who, seat in pairs:
            if who.name == person.name:
                return seat.name
        return None

    def opening_seat(self, person: PersonMention) -> ContestMention | None:
        """The seat that opens ``person``'s clause ("In Glasgow South West, Iain Davidson lost
        his seat …, while in Glasgow North East … Willie Bain …"; "Bury North, where James
        Frith polled …"): the last seat named before them, after "In" at the clause's start or
        followed by "where", with no seat between; in a sentence naming several seats it is
        theirs, not the next one named after them."""
        i = self.count_before(self.contests, person.span.start)
        if i == 0:
            return None
        seat = self.contests[i - 1]
        text = self.state.text
        if _WHERE_AFTER.fullmatch(text, seat.span.end, person.span.start) and not (
            i >= 2 and _LISTED.fullmatch(text, self.contests[i - 2].span.end, seat.span.start)
        ):
            # "Labour won Bury North, where James Frith polled 21,000 votes, and Bury South":
            # the clause of "where" is the seat's it follows (not after a list of seats,
            # "in South Down and Upper Bann, where …", which may speak of them all).
            return seat
        clause = self.clause_start(seat.span.start)
        if seat.span.start - clause > _IN_OPENING_MOST:
            return None  # (most seats stand further into their clause: no pattern tried)
        lead = _IN_OPENING.fullmatch(text, clause, seat.span.start)
        if lead is None or CLAUSE_BREAK.search(text, seat.span.end, person.span.start):
            return None
        return seat

    def respective_person(self, seat: ContestMention) -> PersonMention | None:
        """The person "respectively" pairs with ``seat`` (see :meth:`_respective_seat`)."""
        pairs = self._respective_pairs()
        if pairs is None:
            return None
        return next((who for who, named in pairs if named is seat), None)

    def respective_pairs(self) -> list[tuple[PersonMention, ContestMention]] | None:
        """Each person "respectively" pairs with a seat, in order (see
        :meth:`_respective_seat`), or None when the sentence pairs none."""
        return self._respective_pairs()

    def _respective_pairs(self) -> list[tuple[PersonMention, ContestMention]] | None:
        # The people are the run named last before the seats, one after another ("A, B and
        # C held X, Y and Z respectively"): as many as the seats, joined by commas or "and".
        # Without "respectively", only a run that is the subject of a verb of holding or
        # winning right before the seats: "Kerry McCarthy and Karin Smyth successfully held
        # Bristol East and Bristol South" pairs them as "respectively" would.
        if len(self.contests) < 2:
            return None
        implied = "respectively" not in self.words
        if implied and not any(w in self.words for w in _PAIRING_VERBS):
            return None
        text = self.state.text
        # The seats are the list named last before "respectively": "A, B and C held X, Y and Z
        # respectively, while D held W" pairs three, and W, after it, is D's alone.
        said = _RESPECTIVELY_WORD.search(text, self.sent.span.start, self.sent.span.end)
        named = [c for c in self.contests if said is None or c.span.end <= said.start()]
        seats = (named or self.contests)[-1:]
        for c in reversed((named or self.contests)[:-1]):
            if not _LISTED.fullmatch(text, c.span.end, seats[0].span.start):
                break
            seats.insert(0, c)
        n = len(seats)
        if n < 2:
            return None
        before = self.people[: self.count_before(self.people, seats[0].span.start)]
        run = before[-n:]
        if len(run) != n or len({p.name for p in run}) != n:
            return None
        if not all(
            _LISTED.fullmatch(text, a.span.end, b.span.start) for a, b in itertools.pairwise(run)
        ):
            return None
        if implied and not (
            _PAIRED_BY_VERB.fullmatch(text, run[-1].span.end, seats[0].span.start)
            and _LIST_ENDS.match(text, seats[-1].span.end, self.sent.span.end)
        ):
            return None
        return list(zip(run, seats, strict=True))

    def titled_seat(self, person: PersonMention) -> str | None:
        """The seat named in the sentence as ``person``'s title ("Torbay MP Steve Darling"),
        if any: theirs, whatever other seat the sentence names after them."""
        titled = self.state.titled.get(person.span.start)
        if titled is None or not any(c.name == titled for c in self.contests):
            return None
        return titled

    def _holds_another(self, person: PersonMention) -> bool:
        """Does ``person`` win or keep a place the reader does not know as a seat, before
        someone else is named with the sentence's one seat? "Simon Hart held on to
        Carmarthenshire West and Pembrokeshire South with 46.8% of the vote, and Stephen
        Crabb retained Preseli Pembrokeshire": Preseli Pembrokeshire is Crabb's, not Hart's."""
        seat = self.contests[0]
        if seat.span.start < person.span.end:
            return False
        if self.count_before(self.people, seat.span.start) <= self.count_before(
            self.people, person.span.end
        ):
            return False  # nobody else named between the person and the seat
        found = _HOLDS_PLACE.match(self.state.text, person.span.end, seat.span.start)
        return found is not None and not any(
            p.span.start == found.start("place") for p in self.parties
        )

    _ends: dict[int, list[int]] = field(default_factory=dict)

    def count_before(
        self, mentions: Sequence[PersonMention | ContestMention | PartyMention], at: int
    ) -> int:
        """How many of ``mentions`` (sorted, not overlapping) end at or before ``at``: found by
        bisection, so a sentence naming hundreds of people is not read in quadratic time."""
        ends = self._ends.get(id(mentions))
        if ends is None:
            ends = self._ends[id(mentions)] = [m.span.end for m in mentions]
        return bisect.bisect_right(ends, at)

    def index_at(
        self, mentions: Sequence[PersonMention | ContestMention | PartyMention], at: int
    ) -> int | None:
        """The index of the mention of ``mentions`` (sorted, not overlapping) that starts
        exactly at ``at``, or None: the one after those ending at or before it."""
        i = self.count_before(mentions, at)
        return i if i < len(mentions) and mentions[i].span.start == at else None

    def register(self, person: PersonMention) -> Candidate:
        """The candidate this person is, with the party the wording ties them to."""
        seat = self.contest_for(person)
        state = self.state
        known = state.candidates.get(person.name)
        placed_before = known is not None and known.contest is not None
        cand = state.candidate(person, seat)
        if not placed_before and cand.contest is not None and cand.contest == seat:
            tie, tight, _ = self._seat_tie(person)
            cand.seat_loose = None if tight else tie
        if seat is None and self.contest is not None and cand.contest is None:
            cand.seat_unknown = True  # in a place the reader does not know: not the story's
        link = self.links.get(person.span.start)
        if link is not None and cand.party is None:
            cand.party, cand.party_span = link.party.name, link.span
        return cand

    def subject(self, at: int) -> PersonMention | None:
        """The candidate a figure at ``at`` belongs to: the nearest person named before it in
        the sentence, or, in a sentence opening "She"/"He" with nobody named before, the
        person last named."""
        i = self.count_before(self.people, at)
        if i >= 2 and _PARTY_OF.match(self.state.text, self.people[i - 1].span.end):
            if _PARTY_OF.match(self.state.text, self.people[i - 2].span.end):
                # "with both Jeremy Corbyn's party and Theresa May's party up around 5,000
                # votes": two parties' owners, and the figure is the parties', no one's.
                return None
            # "Gerard Killen claimed the seat for Jeremy Corbyn's party by winning 19,101
            # votes": a person named as a party's owner is not the subject; the one before is.
            i -= 1
        if i >= 2 and (
            self._inside_relative(self.people[i - 2], self.people[i - 1], at)
            or self._inside_aside(self.people[i - 2], self.people[i - 1], at)
            or self._rival_with_own_figure(self.people[i - 1], at)
            or self._beaten_then_subjects(self.people[i - 2], self.people[i - 1], at)
        ):
            return self.people[i - 2]
        if (
            i == 1
            and (opening := PRONOUN_START.match(self.sent.text)) is not None
            and (them := self.state.last_person) is not None
            and them.name != self.people[0].name
            and pronoun_fits(self.state.text, opening.group(), them, self.state.titled_sex)
            and self._beaten_then_subjects(None, self.people[0], at)
        ):
            # "He reclaimed the seat from Mr Thomas on Friday morning with 25,033 votes": the
            # one beaten is the verb's object; the figure is the subject's, whom "He" stands for.
            return them
        if i and (
            self._beaten_before_possessive(self.people[i - 1], at)
            or self._rival_before_score(self.people[i - 1], at)
            or self._another_partys_possessive(self.people[i - 1], at)
        ):
            return None
        if i and _OFFICER_BEFORE.search(
            self.state.text,
            max(self.sent.span.start, self.people[i - 1].span.start - 40),
            self.people[i - 1].span.start,
        ):
            # "announced by returning officer Chris Burns and Labour increased their lead …
            # with 22,491 votes": the official who declared the count polled nothing.
            return None
        if i:
            return self.people[i - 1]
        opening = PRONOUN_START.match(self.sent.text)
        if opening is not None and self.state.last_person is not None:
            them = self.state.last_person
            return (
                them
                if pronoun_fits(self.state.text, opening.group(), them, self.state.titled_sex)
                else None
            )
        return None

    def _inside_relative(self, first: PersonMention, last: PersonMention, at: int) -> bool:
        """Is ``last`` named inside a relative clause or an apposition about ``first`` that
        closes before ``at``? "Maskey, who has held the seat since Mr Adams' departure, polled
        27,107", "Rees-Mogg, a minister under Liz Truss, came second": the figure is the
        first's."""
        text = self.state.text
        return bool(_RELATIVE_OPEN.fullmatch(text, first.span.end, last.span.start)) and (
            "," in text[last.span.end : at]
        )

    def _another_partys_possessive(self, who: PersonMention, at: int) -> bool:
        """Is the figure at ``at`` right after a party's possessive, named after ``who``, of a
        party not theirs? "Andrew Atkinson won 15,321 votes, but it was not enough to overtake
        Labour's 48.9 per cent share": the figure is the party's (its candidate's, which
        :mod:`~factcheck.extract.claims.party_subjects` reads), not the Conservative's."""
        i = self.count_before(self.parties, at)
        if not i:
            return False
        party = self.parties[i - 1]
        if party.span.start < who.span.end or not _PARTY_POSSESSIVE.fullmatch(
            self.state.text, party.span.end, at
        ):
            return False
        name = party.party.name
        link = self.links.get(who.span.start)
        own = link.party.name if link is not None else None
        if own is None:
            cand = self.state.candidates.get(who.name)
            own = cand.party if cand is not None else None
        if own is not None:
            return own != name
        # Their party unknown: the figure is the party's only if the story has named
        # someone else as its candidate.
        return any(c.party == name and c.name != who.name for c in self.state.candidates.values())

    def _beaten_before_possessive(self, beaten: PersonMention, at: int) -> bool:
        """Is the figure at ``at`` after "with his/her" right after ``beaten``, the one beaten?
        "after his victory over Michelle Gildernew with his 23,608 votes to her 23,078": the
        pronoun is the winner's, who may be named far before; the figure is not the beaten's."""
        text = self.state.text
        if not _WITH_POSSESSIVE.fullmatch(text, beaten.span.end, at):
            return False
        lead = max(self.sent.span.start, beaten.span.start - _BEATEN_WINDOW)
        return bool(_BEATEN_BEFORE.search(text, lead, beaten.span.start))

    def _rival_before_score(self, rival: PersonMention, at: int) -> bool:
        """Is the figure at ``at`` the first of a score "N votes to his M" right after a
        rival's name ("ahead of Dr McDonnell with 13,299 votes to his 11,303")? The second
        count is the rival's, so the first is not."""
        text = self.state.text
        if not _WITH_BARE.fullmatch(text, rival.span.end, at):
            return False
        end = next((n.end for n in self.numbers if n.start == at), None)
        if end is None or not _TO_PRONOUN_AFTER.match(text, end):
            return False
        lead = max(self.sent.span.start, rival.span.start - 40)
        return bool(RIVAL_LEAD.search(text, lead, rival.span.start))

    def _inside_aside(self, first: PersonMention, last: PersonMention, at: int) -> bool:
        """Is ``last`` named inside an aside between dashes or brackets, opened right after
        ``first`` and closed before ``at``? "Claire Malcolmson – sworn in after Tim Walker
        stood down – got 3,408 votes": the figure is Claire Malcolmson's."""
        text = self.state.text
        opened = _ASIDE_OPEN.fullmatch(text, first.span.end, last.span.start)
        if opened is None:
            return False
        close = ")" if opened.group("mark") == "(" else opened.group("mark")
        between = text[last.span.end : at]
        return close in between if close != "-" else " - " in between

    def _beaten_then_subjects(
        self, first: PersonMention | None, beaten: PersonMention, at: int
    ) -> bool:
        """Is ``beaten`` the object of a verb of beating whose subject is ``first``, and the
        figure at ``at`` in a participle clause after it? "Ben Lake defeated the Lib Dem's
        leader, Mark Williams, after two recounts, taking 11,623 votes": Ben Lake's."""
        text = self.state.text
        begin = first.span.end if first is not None else self.sent.span.start
        lead = max(begin, beaten.span.start - _BEATEN_WINDOW)
        if _AHEAD_THEN_PARTICIPLE.fullmatch(text, beaten.span.end, at) and _AHEAD_BEFORE.search(
            text, lead, beaten.span.start
        ):
            # "Jane Smith finished ahead of Labour's Tom Brown, taking 10.2% of the vote": the
            # participle is the subject's ("… ahead of Tom Brown with 8,000" may be his).
            return True
        if not _SUBJECTS_CLAUSE.fullmatch(text, beaten.span.end, at):
            return False
        return bool(_BEATEN_BEFORE.search(text, lead, beaten.span.start))

    def _rival_with_own_figure(self, rival: PersonMention, at: int) -> bool:
        """Is ``rival`` named after "to"/"over"/"than" with a figure of their own before
        ``at``? "Ms Blake polled 15,302 to Tim Barnes' 12,594, with a 39 percent share": the
        share is the sentence's subject's."""
        text = self.state.text
        lead = max(self.sent.span.start, rival.span.start - 40)
        if not RIVAL_LEAD.search(text, lead, rival.span.start):
            return False
        theirs = [n for n in self.numbers if rival.span.end <= n.start and n.end <= at]
        # "Tim Barnes' 12,594 (30.1%)" is still the rival's; after a comma, a new clause.
        return bool(theirs) and "," in text[theirs[-1].end : at]

    def in_a_name(self, at: int) -> bool:
        """Is ``at`` inside a seat's or a person's name the sentence holds? A word of one
        ("South Down", "Simon Fell") is no word of change or of counting."""
        return any(c.span.start <= at < c.span.end for c in self.contests) or any(
            p.span.start <= at < p.span.end for p in self.people
        )

    def contest_at(self, at: int) -> ContestMention | None:
        """The constituency named at ``at`` (after spaces), if any."""
        i = self.count_before(self.contests, at)
        if i < len(self.contests):
            c = self.contests[i]
            if c.span.start >= at and not self.state.text[at : c.span.start].strip():
                return c
        return None

    def party_before(self, at: int) -> PartyMention | None:
        """The party named last before ``at`` in this sentence."""
        i = self.count_before(self.parties, at)
        return self.parties[i - 1] if i else None


@dataclass(frozen=True)
class Around:
    """The words around one number of a sentence, computed once for every reading."""

    k: int
    """The number's index in the frame's numbers."""
    m: NumberMention
    before: str
    """Up to 80 characters before the number, within the sentence."""
    after: str
    """Up to 60 characters after the number, within the sentence."""
    clause_start: int
    """Where the number's clause starts (after a ";", ":", "while", "but" or "whereas")."""
    clause_before: str
    """The clause up to the number, at most :data:`CUE_WINDOW` characters of it."""


def around(f: Frame, k: int) -> Around:
    """The words around the ``k``-th number of the frame."""
    text, sent, m = f.state.text, f.sent, f.numbers[k]
    clause_start = f.clause_start(m.start)
    # Filled in one step: a frozen dataclass's __init__ sets each field through
    # object.__setattr__, a cost paid for every number of every sentence.
    a = object.__new__(Around)
    a.__dict__.update(
        k=k,
        m=m,
        before=text[max(sent.span.start, m.start - 80) : m.start],
        after=text[m.end : min(sent.span.end, m.end + 60)],
        clause_start=clause_start,
        clause_before=text[max(clause_start, m.start - CUE_WINDOW) : m.start],
    )
    return a
