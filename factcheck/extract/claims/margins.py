"""Majorities: "a majority of 6,186", "a majority of 14.1 points"."""

from __future__ import annotations

from decimal import Decimal

from factcheck import compiled_re as re
from factcheck.extract.claims.rounding import as_rounded
from factcheck.extract.frame import (
    Around,
    ContestFigures,
    Frame,
    SeatTie,
    previous_general_election,
)
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.extract.vocabulary import (
    BY_MARGIN_BEFORE,
    DIGITS,
    DOWN,
    MULTIPLIED,
    PRONOUN_START,
    UP,
    other_time,
)
from factcheck.models import Figure, OutcomeClaim, Unit
from factcheck.packs import truth_interval

_SEATS_AFTER = re.compile(r"^\s+(?:seats?|MPs)\b")
# A card's field separator: "Majority: 3,758", "Labour majority - 2175" (spaced either way).
_FIELD_SEP = r"(?:\s*:|\s+[-–—])"
# "majority", or its abbreviation as results tables write it: "Lab maj 810", "MAJ: 2069", "Maj
# of 536" (not "Maj Gen", a rank).
_NOUN = r"(?:majority|maj\b(?!\.?\s*Gen\b)\.?)"
_MAJORITY_BEFORE = re.compile(
    # "Mr Finucane's majority over the DUP deputy leader was 1,943 votes", "his majority in
    # Bolsover was 5,100"
    rf"\b{_NOUN}(?:\s+(?:over|in|for)(?:\s+[\w'’-]+){{1,6}}?(?=\s+(?:was|is|of|stood)\b))?"
    rf"(?:{_FIELD_SEP}|\s+(?:of|was|is|stood\s+at|stands\s+at|at)?)\s*(?:now\s+)?"
    r"(?:just\s+|only\s+)?$"
    # "holds the seat with the largest majority, a whopping 17,251": the figure in apposition
    r"|\bmajority,\s+an?\s+(?:(?:whopping|massive|huge|mere|slim|narrow|healthy"
    r"|comfortable|impressive|record)\s+)?$",
    re.IGNORECASE,
)


# "extending the party's majority to almost 2,000", "saw his majority cut to 92", "her
# majority was reduced to 1,509": the level a majority changed to, this election's.
# Verbs of a majority's change that are no share's ("slashed", "beefing up"), with the
# vocabulary's words of rise and fall.
_MAJORITY_VERB = (
    rf"(?:{UP}|{DOWN}|slash(?:ed|es|ing)?|beef(?:ed|s|ing)?\s+up|bolster(?:ed|s|ing)?"
    r"|trimmed|whittled(?:\s+down)?)"
)
# A multiple between the majority and its levels: "increased her majority almost ten fold
# from 531 to 4,599".
_FOLD = r"(?:\s+(?:(?:almost|nearly|about|some|more\s+than|over)\s+)?[\w]+[-\s]?fold)?"
_MAJORITY_CHANGED = (
    # "boost the Conservative majority", "increased the party's majority", "beefing up her
    # majority" (sixteenth session: "a rise in Labour's majority from 32.5 per cent")
    rf"(?:\b(?:{_MAJORITY_VERB}|{MULTIPLIED})\s+(?:in\s+)?(?:(?:his|her|their|its|the)\s+)?"
    rf"(?:[\w-]+(?:['’]s?)?\s+)?majority{_FOLD}"
    # "Mr Murray's majority in Edinburgh South was reduced", "her majority has plummeted",
    # "her majority was vastly reduced", "saw her majority slashed"
    r"|\bmajority\s+(?:(?:in|for)\s+(?-i:[A-Z])[\w'’-]*(?:,?\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,5}"
    r"\s+)?(?:(?:was|has\s+been|had\s+been|has|had|have|is|being)\s+)?(?:[a-z]+ly\s+)?"
    rf"{_MAJORITY_VERB})"
)
# "increased his own majority in Edinburgh South from 11,095 to 17,251": the seat, named
# between the majority and its levels.
# (Or the seat in words: "increased the party's majority in the constituency from 57 votes".)
_IN_SEAT = (
    r"(?:\s+(?:in|for)\s+(?-i:[A-Z])[\w'’-]*(?:,?\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,5}"
    r"|\s+in\s+the\s+(?:seat|constituency))"
)
# Words dating the level a majority changed from, between it and "to": "from 1,800 at the
# last election to more than 19,000", "from just 21 votes in 2017 to 7,538", "from 2,637 just
# two years ago to a huge 15,514". They date that level alone, not the one it changed to.
_FROM_DATED = (
    r"\s+(?:in\s+(?:the\s+)?(?:19|20)\d\d(?:\s+(?:general\s+)?election)?"
    r"|at\s+the\s+(?:last|previous)\s+(?:general\s+)?election"
    r"|(?:just\s+)?(?:two|three|four|five)\s+years\s+(?:ago|earlier|before))"
)
# Words of emphasis between "from" or "to" and the level: "to just 2,353", "from a tiny 21",
# "to a huge 15,514".
_LEVEL_WORDS = (
    r"(?:just\s+|only\s+|an?\s+(?:huge|whopping|massive|mere|tiny|slim|narrow|healthy|record"
    r"|rock[-\s]solid|comfortable|commanding|thumping|respectable|paltry|bare)\s+)?"
)
# A level a majority changed from, hedged or not: "from under 200", "from over 15,000".
_FROM_LEVEL = (
    rf"\s+from\s+{_LEVEL_WORDS}(?:(?:over|under|about|around|almost|nearly|some"
    r"|(?:more|less|fewer)\s+than|just\s+(?:over|under))\s+)?[\d,]+(?:\s+votes)?"
    # (sixteenth session) or in points of the vote: "increased her majority from 5.3% to 26.6%"
    r"(?:\.\d+\s*(?:%|per\s*cent|points?)|\s*(?:%|per\s*cent|points?))?"
    rf"(?:{_FROM_DATED})?"
)
# The size of the change between the majority and the level it reached: "saw his majority
# increase by over 5,000 to 14,000".
_BY_AMOUNT = (
    r"\s+by\s+(?:(?:(?:over|under|about|around|almost|nearly|some|(?:more|less)\s+than"
    r"|just\s+(?:over|under))\s+)?[\d,]+(?:\s+votes)?|(?:just\s+)?(?:one|a\s+single)\s+vote)"
)
# (Nineteenth session) The level a majority changed from, written before "to" and the level it
# reached, with a verb of change before it or after it: "increased the Tory majority of 195 to
# more than 2000", "increasing his 3810 majority to 11503", "her majority of 7,000 from 2017 was
# slashed to just 843". The words date the first level alone ("from 2017"), as in "from … to".
_FROM_YEAR = r"\s+from\s+(?:19|20)\d\d"
_CHANGED_DET = (
    rf"\b(?:{_MAJORITY_VERB}|{MULTIPLIED})\s+(?:his|her|their|its|the)\s+(?:[\w-]+(?:['’]s?)?\s+)?"
)
_PASSIVE_CHANGE = (
    r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    rf"(?:{_MAJORITY_VERB}|{MULTIPLIED})"
)
_OF_LEVEL_BEFORE = re.compile(
    rf"(?P<verb>{_CHANGED_DET})?\bmajority\s+of\s+{_LEVEL_WORDS}$", re.IGNORECASE
)
_LEVEL_OF_AFTER = re.compile(
    rf"^(?:\s+votes)?(?P<when>{_FROM_DATED}|{_FROM_YEAR})?(?P<passive>{_PASSIVE_CHANGE})?"
    rf"\s+to\s+{_LEVEL_WORDS}(?:(?:over|under|about|around|almost|nearly|more\s+than|less\s+than)"
    r"\s+)?\d",
    re.IGNORECASE,
)
_LEVEL_NOUN_BEFORE = re.compile(rf"{_CHANGED_DET}(?:previous\s+)?$", re.IGNORECASE)
_LEVEL_NOUN_AFTER = re.compile(
    rf"^[- ](?:vote\s+)?majority(?P<when>{_FROM_DATED})?\s+to\s+{_LEVEL_WORDS}"
    r"(?:(?:over|under|about|around|almost|nearly|more\s+than|less\s+than)\s+)?\d",
    re.IGNORECASE,
)
_MAJORITY_TO_BEFORE = re.compile(
    # "increase his majority from 14,684 to 17,063": the level it started from may come first.
    # ("increased its majority by one vote in the seat from 1,831 to 1,832")
    rf"(?:{_MAJORITY_CHANGED}(?:{_BY_AMOUNT})?{_IN_SEAT}?(?:{_FROM_LEVEL}|{_BY_AMOUNT})?"
    # "taking her 2015 majority of 428 to over 5,376", "took his majority to 9,000"
    r"|\b(?:tak(?:e|es|ing)|took|push(?:es|ed|ing)?)\s+(?:his|her|their|its|the)\s+"
    r"(?:[\w-]+\s+)?majority(?:\s+of\s+[\d,]+(?:\s+votes)?)?"
    # (nineteenth session) "increased the Tory majority of 195 to", "increasing his 3810
    # majority to", "her majority of 7,000 from 2017 was slashed to"
    rf"|{_CHANGED_DET}(?:majority\s+of\s+[\d,]+(?:\s+votes)?|[\d,]+[- ](?:vote\s+)?majority)"
    rf"(?:{_FROM_DATED})?"
    rf"|\bmajority\s+of\s+[\d,]+(?:\s+votes)?(?:{_FROM_DATED}|{_FROM_YEAR})?{_PASSIVE_CHANGE})"
    rf"\s+to\s+{_LEVEL_WORDS}$",
    re.IGNORECASE,
)
# "increase his majority from 14,684 to 17,063", "her majority fell from 11,778 to 5,288": the
# level a majority changed from, the election before's (taken to be the general election before:
# a by-election between would break that, so the tie to that election stays loose).
_MAJORITY_FROM_BEFORE = re.compile(
    rf"{_MAJORITY_CHANGED}(?:{_BY_AMOUNT})?{_IN_SEAT}?\s+from\s+{_LEVEL_WORDS}$",
    re.IGNORECASE,
)
# After the level it changed from: words dating it (``when``), then "to" and a figure.
_TO_AFTER = re.compile(
    rf"^(?:\s+votes)?(?P<when>{_FROM_DATED})?\s+to\s+{_LEVEL_WORDS}"
    r"(?:(?:over|under|about|around|almost|nearly|more\s+than|less\s+than)\s+)?\d",
    re.IGNORECASE,
)
# "defending a majority of more than 18,000 which he managed to increase to a whopping ": the
# majority's level now, after the relative clause's verb of change.
_MAJORITY_WHICH_TO = re.compile(
    r"\bmajority\b[^.;]{0,40}?\b(?:which|that)\s+(?:he|she|they|it)\s+(?:\w+\s+){0,2}?"
    rf"(?:{UP}|{DOWN})\s+(?:it\s+)?to\s+(?:a\s+)?(?:whopping\s+|just\s+|only\s+|massive\s+)?$",
    re.IGNORECASE,
)
_OVERTURNED_OF_BEFORE = re.compile(
    r"\b(?:overturn\w*|defend\w*|overc[ao]me|overcoming|wip\w+\s+out|inherit\w*|erod\w*)\s+"
    r"(?:a|an|his|her|their|its|the)\s+(?:[\w'’-]+\s+)?majority\s+of\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
_MAJORITY_FIELD = re.compile(rf"\b{_NOUN}{_FIELD_SEP}\s*$", re.IGNORECASE)
# "LAB majority ¶ 11,503": a card's label alone on its line, the figure alone on the next.
_MAJORITY_LINE_ABOVE = re.compile(
    r"(?:^|\n)[ \t•*\-]*(?:[A-Za-z]{2,12}[ \t]+)?majority[ \t:]*\n[ \t]*$",
    re.IGNORECASE,
)
_FIELD_LINE = re.compile(r"[ \t]*(?:\n|$)")


# (Nineteenth session) A majority's level, then the level it changed from in the same clause:
# "a slim majority of 1,306 down from the 6,706 in 2019", "a 10,319 majority, compared to 8,597
# in 2010", "his majority was 843, compared to more than 7,000 in the 2017 election", "a majority
# of 17,392 - up from 7,512", "increasing his majority to 18,757 against 1,236 last time",
# "cutting his majority to 9,565 from 13,598". The second level is the earlier election's
# majority: the one its words date it to, else the election before the story's (loosely), as a
# turnout's earlier level is read (claims/turnout.py). Bare "from" only after "to" and the level.
_EARLIER_AFTER_MAJORITY = re.compile(
    r"(?:\bmajority\b[^.;:!?\d]{0,40}?\s(?P<link>of|was|is|to|at)\s+"
    r"(?:just\s+|only\s+|an?\s+[a-z-]+\s+)?[\d,]+(?:\s+votes)?"
    r"|\b[\d,]+[- ](?:vote\s+)?majority)"
    # "over Labour candidate Jane Smith, up from 7,729": the rival the majority was over
    r"(?:\s+(?:over|against)\s+[^,.;:!?\d]{1,60}?)?"
    r"\s*(?:,|[-–—])?\s*(?:(?:which|that)\s+(?:is|was)\s+|that['’]s\s+)?"
    r"(?:a\s+(?:[a-z]+\s+)?(?:drop|fall|decrease|decline|dip|rise|increase|cut|reduction)\s+(?:on|from)"
    r"|(?:(?:slightly|marginally|sharply|well|significantly|considerably|substantially|just)\s+)?"
    r"(?:up|down|higher|lower|bigger|smaller|larger)\s+(?:on|from|than)"
    r"|compared\s+(?:with|to)|against|(?P<from>from))"
    r"\s+(?:the\s+)?(?:(?P<year>(?:19|20)\d\d)['’′]s\s+)?(?:(?:figure|majority|margin|total)\s+of\s+)?"
    r"(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
# The words right before the earlier level, one of which the pattern needs: a cheap test first.
_EARLIER_CUES = (" from ", " on ", " than ", " with ", " to ", " against ", " of ")
# After the earlier level, words making it another count: "compared with 12,000 votes for
# the Greens", "against 9,000 seats".
_OTHER_COUNT_AFTER = re.compile(r"^(?:\s+votes?)?\s+(?:for|to|by|seats?|MPs)\b", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _earlier_after_majority(f: Frame, a: Around) -> bool:
    """ "A majority of 1,306, down from 6,706 in 2019": keep the second level as the earlier
    election's majority (see ``_EARLIER_AFTER_MAJORITY``)."""
    m = a.m
    if m.kind is not NumberKind.COUNT or not (m.hedge == "exact" or _hedged_digits(m)):
        return False
    tail = a.before[-28:]
    if not any(cue in tail for cue in _EARLIER_CUES):
        return False
    if m.hedge == "exact" and _YEAR_DIGITS.fullmatch(m.number_text):
        return False  # "from 2017": a year, not a level
    # The pattern from the last "majority" before the figure (or the count right before it,
    # "a 10,319 majority"), not from every place of the window: most counts in a sentence
    # naming a majority are nowhere near one.
    window = a.before[-160:]
    at = window.lower().rfind("majority")
    if at < 0:
        return False
    found = _EARLIER_AFTER_MAJORITY.search(window, max(0, at - 16))
    if found is None or (found.group("from") and found.group("link") != "to"):
        return False
    if _OTHER_COUNT_AFTER.match(a.after):
        return False
    what = "a majority, then “down from”/“compared with” before it: the level it changed from"
    year = found.group("year")
    if year is not None:
        # "down from 2019's 6,706": the year before the level is its own.
        if year != f.state.story_year:
            seat, tie = _level_seat(f, m)
            _keep_earlier(f, m, seat, tie, year, what=what, election=f"“{year}’s” before it")
        return True
    _keep_changed_from(f, m, what=what, dated=f.earlier(m) is not None)
    return True


def _level_seat(f: Frame, m: NumberMention) -> tuple[str | None, SeatTie]:
    """The seat of a majority's earlier level: the one named near it, else the seat of the
    candidates the sentence names (as for a majority's change from one level to another)."""
    seat, tie = f.seat_near(m.start)
    if seat is None or _FAR in tie[0]:
        seat, tie = _candidates_seat(f, seat, tie)
    return seat, tie


def _changed_from_before_to(f: Frame, a: Around) -> bool:
    """ "Increased the Tory majority of 195 to more than 2000", "increasing his 3810 majority
    to 11503", "her majority of 7,000 from 2017 was slashed to just 843": the first level is
    the one the majority changed from, the election before's (or the one its words name), never
    this election's; the level after "to" is this election's (``_MAJORITY_TO_BEFORE``)."""
    m = a.m
    if m.kind is not NumberKind.COUNT or m.hedge != "exact" or not DIGITS.fullmatch(m.number_text):
        return False
    when = None
    of = _LEVEL_OF_AFTER.match(a.after)
    if of is not None:
        before = _OF_LEVEL_BEFORE.search(a.before[-90:])
        if before is None or not (before.group("verb") or of.group("passive")):
            return False
        when = of.group("when")
    else:
        noun = _LEVEL_NOUN_AFTER.match(a.after)
        if noun is None or not _LEVEL_NOUN_BEFORE.search(a.before[-60:]):
            return False
        when = noun.group("when")
    what = "“majority of … to” around it, the level it changed from"
    year = _YEAR_DIGITS.search(when) if when is not None and "from" in when else None
    if year is not None:
        # "of 7,000 from 2017": that election's, when it was one.
        if year.group(0) != f.state.story_year:
            seat, tie = _level_seat(f, m)
            _keep_earlier(
                f, m, seat, tie, year.group(0), what=what, election=f"“{when.strip()}” after it"
            )
        return True
    _keep_changed_from(f, m, what=what, dated=when is not None)
    return True


def read_majority(f: Frame, a: Around) -> bool:
    """A stated majority, in votes or in points, for the sentence's contest."""
    m = a.m
    if "maj" not in f.low:
        return False
    if " to " in a.after[:48] and _changed_from_before_to(f, a):
        return True
    if _earlier_after_majority(f, a):
        return True
    changed_to = -1  # where the words of a change to the level start: they do not date it
    above = False  # the card's label on the line above
    if _MAJORITY_BEFORE.search(a.before):
        cue = "“majority” before it"
    elif _FIELD_LINE.match(f.state.text, m.end) and _MAJORITY_LINE_ABOVE.search(a.before):
        cue, above = "“majority” on the line above, a card's label", True
    elif " from" in a.before[-18:] and _MAJORITY_FROM_BEFORE.search(a.before):
        to = _TO_AFTER.match(a.after)
        if m.kind is NumberKind.COUNT and (m.hedge == "exact" or _hedged_digits(m)) and to:
            _read_majority_before(f, m, dated=to.group("when") is not None)
            return True
        return False
    elif " to" in a.before[-28:] and (to := _MAJORITY_TO_BEFORE.search(a.before)):
        cue = "“majority … to” before it, the level it changed to"
        changed_to = m.start - len(a.before) + to.start()
    elif " to" in a.before[-24:] and (to := _MAJORITY_WHICH_TO.search(a.clause_before)):
        cue = "“majority … which he increased to” before it, the level it changed to"
        changed_to = m.start - len(a.clause_before) + to.start()
    else:
        return False
    if m.hedge != "exact" and not _hedged_digits(m):
        return False  # "a majority of about 64 per cent": left to the share readings
    if changed_to >= 0 and _emphatic_bound(m):
        return True  # "taking her majority to over 5,376": the figure itself, said loosely
    if _SEATS_AFTER.match(a.after):
        return True  # a parliament's majority: not a seat's
    seat, tie = f.seat_near(m.start)
    if seat is None or _FAR in tie[0]:
        seat, tie = _candidates_seat(f, seat, tie)
        if seat is None and _FAR in tie[0]:
            return True
    if _OVERTURNED_OF_BEFORE.search(a.before):
        # "after overturning a majority of 5,339 to win by 149 votes": the last election's
        # majority, kept for the election a year in its clause names, else the one before.
        _read_previous(f, m, seat, tie, what=f"{cue}, overturned or defended")
        return True
    field = above or (_FIELD_LINE.match(f.state.text, m.end) and _MAJORITY_FIELD.search(a.before))
    if field:
        # "Majority: 3,758" on a card's line: the line is the clause; the prose that runs on
        # after a single line break ("… a similar majority to 2019") does not date it.
        text = f.state.text
        start = text.rfind("\n", 0, m.start) + 1
        if other_time(text, start, m.end, f.state.story_year) is not None:
            return True
        if f.state.other_election_block(m.start) is not None:
            # "Labour majority - 2175" under "2017 Result:" in a later story: that year's.
            _read_dated(f, m, seat, tie, what="a “Majority:” field")
            return True
    elif f.earlier(m) is not None and not (
        # "taking her 2015 majority of 428 to over 5,376": the year dates the level it
        # changed from; the one it changed to is this election's unless dated outside the
        # words of the change ("at the last election …, reducing his majority to 2,353").
        changed_to >= 0
        and _undated(f, a.clause_start, changed_to)
        and _undated(f, m.end, m.end + len(a.after))
    ):
        _read_dated(f, m, seat, tie, what=cue)
        return True  # another election's majority: not this contest's
    figs = f.state.contest_figures(seat)
    what = "a “Majority:” field" if field else cue
    if m.kind is NumberKind.COUNT:
        fig = as_rounded(f.figure(m, Unit.VOTES, what, contest_level=True, seat=tie))
        if figs.majority is None:
            figs.majority = fig
            card = _MAJORITY_FIELD.search(a.before) is not None
            _read_bracketed_share(f, a.k, seat, tie, card=card)
            return True
        if _restate(figs, fig):
            return True
    if m.kind in (NumberKind.PERCENT, NumberKind.POINTS) and figs.majority_share is None:
        figs.majority_share = f.figure(m, Unit.POINTS, what, contest_level=True, seat=tie)
        return True
    return False


# Margins and gaps, never a vote total: "beat Ms Smith by 1,204 votes", "won by 52 votes",
# "a 3,210-vote victory", "a margin of 9,876", "finished 612 votes behind".
_WIN_BY_BEFORE = re.compile(
    # ("CON HOLD by 19,620", "Lib Dem gain by 6,293": a result's margin)
    r"\b(?:win|wins|won|winning|beat|beating|lost|losing|lose|hold|holds|held|gain|gains"
    r"|gained)\s+by\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
_MARGIN_VERB = re.compile(
    r"\b(?:beat\w*|defeat\w*|oust\w*|unseat\w*|edg\w+|won|win\w*|lost|los(?:e|es|ing)"
    r"|held|hold|holds|holding|clung|cling|clings|clinging|hung|hang|hangs|hanging|trail\w*"
    r"|pipped|scraped|victor\w*|triumph\w*|saw\s+off|sees\s+off|seeing\s+off"
    r"|prevail\w*|elected|re-elected|seat|gain\w*|took|taking|(?:re-?)?captur\w*|seiz\w*"
    r"|snatch\w*|retain\w*|kept|keeping|overturn\w*|strolled|romped|swept"
    # (Eighteenth session) verbs of defeat and of narrow wins that several outlets write
    # before "by N votes": "toppling the Conservative's Matt Warman by 2,010 votes",
    # "trouncing X by some 12,005 votes", "trumped X by just under 2,000 votes", "was
    # outstripped by", "had overtaken X by", "fended off X by just 21 votes", "eased home
    # by", "crept over the finish line by 104 votes".
    r"|toppl\w*|trounc\w*|trump(?:ed|s|ing)|outstrip\w*|overt(?:ook|akes?|aken|aking)"
    r"|fend(?:ed|s|ing)?\s+off|(?:eased|eases|easing|cruised|cruises|coasted|coasts)\s+home"
    r"|crept|creeps)\b",
    re.IGNORECASE,
)
# "beat the Conservatives into third place by 1,161 votes": a gap between two losers.
_LOSERS_GAP = re.compile(
    # (not "pushing Sir Julian into second place …, a difference of 187 votes": the winner's
    # gap to the runner-up)
    r"\b(?:(?:for|in)\s+(?:second|2nd)|(?:into|for|in)\s+(?:third|fourth|fifth|3rd|4th|5th))"
    r"(?:\s+place)?\b",
    re.I,
)
_NOT_MARGIN = re.compile(
    r"\b(?:majority|vote\s+share|share|turnout|rose|risen|increased|decreased|fell|fallen|dropped"
    # "cutting Mr Hendry's lead by almost 7,800 votes": the lead's change, not the lead
    r"|grew|cut|cuts|cutting|reduced|up|down|swing|lead"
    # "as the Liberal Democrat vote declined by nearly 9,000": a change's size
    r"|declined?|declining|slump\w*|plummet\w*|tumbled|dipped|slipped|shrank|shrunk|climbed"
    r"|jumped|surged|soared)\b",
    re.IGNORECASE,
)
_VOTES_OR_END = re.compile(
    # (Not "defeated by 20-year-old SNP candidate Mhairi Black": an age.)
    r"^(?:\s+votes?(?!\s+to\s+\d)\b|\s*(?:[,.;:)–—]|-(?!years?\b)|$)|\s+(?:over|from|against)\b"
    # "has won by 6,329 on this occasion", "won by 630 this time"
    r"|\s+(?:on\s+this\s+occasion|this\s+time)\b)"
)
# A count set against a rival's: "17,740 votes to John Brown's 13,524", "20,030 to 10,857",
# "9,000 votes to the Conservative's 6,000" (a name of at most four words, possessive).
_SCORE_AFTER = re.compile(
    r"^\s*(?:votes?\s+)?to\s+(?:(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*['’]s?\s+)?"
    r"[\d,]*\d\b(?!\s*(?:%|per\s*cent|pc\b))"
)
_MARGIN_NOUN_AFTER = re.compile(
    r"^(?:[-‑]|\s)?votes?\s+(?:majority|margin|victory|win|lead|advantage)\b", re.IGNORECASE
)
# "turned Angus Robertson's 9,000 majority into a 4,000 lead for himself": a lead in votes.
_LEAD_AFTER = re.compile(r"^(?:[-‑\s]votes?)?\s+lead\b(?!\s+(?:in|on)\s+the\s+polls?\b)")
_A_BEFORE = re.compile(
    r"\b(?:an?|his|her|their|its)\s+(?:(?:slim|narrow|healthy|comfortable|commanding|clear"
    r"|solid|big|huge|massive|whopping)\s+)?$",
    re.IGNORECASE,
)
_INTO_BEFORE = re.compile(r"\binto\s+(?:an?\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "a 9,752 majority", "his slim 213 majority", "a 2,607 Conservative majority".
_MAJORITY_AFTER = re.compile(
    # (not "a 2 majority of 5,000"; but "a 5,299 majority of their own")
    r"^(?:\s+[A-Z][\w-]+)?\s+majority\b(?!\s+of\b(?!\s+(?:his|her|their|its)\s+own\b))"
)
# "turned his 5,288 majority into a 5,299 majority of their own": the first is the one before.
_TURNED_LEAD = re.compile(
    r"\b(?:turn|convert|transform)(?:ed|s|ing)?\s+(?:[\w'’.-]+\s+){0,4}$", re.IGNORECASE
)
_INTO_LATER = re.compile(r"[^.;:]{0,50}?\binto\b", re.IGNORECASE)
# A majority overturned or defended is the previous election's, whether or not a year says so.
_OVERTURNED_BEFORE = re.compile(
    r"\b(?:overturn\w*|defend\w*|overc[ao]me|overhaul\w*|wip\w+\s+out|inherit\w*"
    r"|erod\w*|notional|former|previous|old)\b",
    re.IGNORECASE,
)
_OVERTURNED_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w-]+)?\s+majority\s+(?:was\s+|had\s+been\s+|being\s+)?(?:overturn\w*"
    r"|wip\w+|slash\w*|cut|reduc\w*|overc[ao]me|erased|halved|turned\s+over)\b",
    re.IGNORECASE,
)
# A margin as the sentence's subject, its verb right before the count: "The margin holding off
# Daniel Donnelly of the Alliance, which has grown …, was just 1,306 votes", "The gap between
# Sinn Féin and the SDLP was 8,462". No other count between: "the gap, 2,000 in 2017, is now".
_MARGIN_SUBJECT = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,3}?(?:the|her|his|their|its)\s+(?:(?:winning|final|overall)\s+)?"
    r"(?:margin|gap|difference)\b[^;:\d]{0,160}?\b(?:was|is|stood\s+at|came\s+to)\s+"
    r"(?:just\s+|only\s+|a\s+mere\s+)?$",
    re.IGNORECASE,
)
_MARGIN_OF_BEFORE = re.compile(
    # "a difference of 187 votes", "a cushion of just 274", "the margin was 20 votes", "this
    # time around the difference was 57"
    r"\b(?:(?:margin|lead|victory|win|difference|cushion)\s+of"
    r"|(?:margin|difference)\s+(?:was|is|stood\s+at)"
    # "Her margin of victory – 346 votes – was close enough", "a margin of victory of 1,200"
    r"|margin\s+of\s+victory(?:\s*[–—:-]|\s+(?:of|was|is)))\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
# "secured 209 more votes than second-placed Simon Fell", "34,969 votes – 9,762 more than Dr
# Mathias", "530 ahead of Mrs Gildernew": a gap to a rival named after it (a capital, or "the
# … candidate"), not a change ("more votes than in 2017", "than the majority at …").
# Fewer votes than the winner is a gap too: "polled 2,812 votes fewer than his Tory rival Craig
# Mackinlay" (not "10,000 votes less than the party's result in 2015": a change). (Not "more
# than her nearest rival" without a name: copy says it of other contests, "topped the poll in
# the Assembly election with almost 2,000 more votes than her nearest rival".)
_GAP_TO_RIVAL_AFTER = re.compile(
    r"^\s+(?:votes?\s+)?(?:(?:more|fewer|less)\s+(?:votes?\s+)?than|ahead\s+of)\s+"
    r"(?:second[-\s]placed\s+)?"
    r"(?:(?-i:[A-Z])|the\s+(?:[\w-]+\s+){0,3}(?:candidate|runner-up)\b)"
    r"|^\s+(?:votes?\s+)?(?:fewer|less)\s+(?:votes?\s+)?than\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:rival|opponent|challenger)\b"
    # (sixteenth session) "11,567 more than her nearest rival", "over 17,000 more than that of
    # his nearest rival": the runner-up, by their place ("nearest"); another election's is
    # dated by its clause ("topped the poll in the Assembly election with almost 2,000 more
    # votes than her nearest rival") and read as that election's
    r"|^\s+(?:votes?\s+)?more\s+(?:votes?\s+)?than\s+(?:that\s+of\s+)?(?:his|her|their)\s+"
    r"(?:nearest|closest)\s+(?:rival|opponent|challenger)\b",
    re.IGNORECASE,
)
_GAP_AFTER = re.compile(
    # ("21 votes splitting the top two", "dividing them": a gap said of no one in particular)
    r"^\s+(?:votes?\s+(?:ahead(?:\s+of)?|behind|clear\s+of|short\s+of|more\s+than|separating"
    r"|splitting|dividing|between"
    # "Just 57 votes separated Michelle Gildernew from the UUP politician", "Just 31 votes
    # came between Smith … and Labour's Simon Letts" (loose, as "separating" is), "there were
    # only 422 votes in it": the contest's margin (not "votes in it for Labour", a share of
    # the count)
    r"|separated|came\s+between|in\s+it\b(?!\s+(?:for|to)\b))"
    r"|clear\s+of\s+(?:his|her|their|the)\s+(?:nearest|closest)\s+(?:rival|challenger))\b",
    re.IGNORECASE,
)


# The count of a gap said of two it keeps apart, named after it: "separated", "separating",
# "came between".
_APART_AFTER = re.compile(
    r"^\s+votes?\s+(?:separat\w+|splitting|dividing|between|came\s+between)\b", re.IGNORECASE
)


# "winning 17,062 votes ahead of Labour's Rhea Keehn, on 11,553": a count polled, then the
# rival with a count of their own: the first is the winner's total, not the gap.
_POLLED_BEFORE = re.compile(
    r"\b(?:winning|won|polling|polled|securing|secured|taking|took|receiving|received|getting"
    r"|got)\s+(?:just\s+|only\s+|some\s+)?$",
    re.IGNORECASE,
)
_RIVALS_OWN_COUNT = re.compile(
    r"^\s+votes?\s+ahead\s+of\s+[^;:.()\d]{1,60}?(?:['’]s?\s+|,?\s+(?:on|with)\s+)\d"
)
_TOP_TWO_AFTER = re.compile(
    r"^\s+votes?\s+(?:separating|splitting|dividing|between)\s+the\s+(?:top|first|leading)\s+"
    r"two\b(?!\s+(?:parties|unionist|nationalist|challengers|rivals|losers))",
    re.IGNORECASE,
)


def _overturned_before(f: Frame, a: Around) -> bool:
    """Do the clause's last 80 characters say a majority before the count was overturned or
    defended ("overturned a 2,607 majority")? Not a name's words: "held Old Bexley and Sidcup
    with a 1,234-vote majority" is this election's."""
    tail = a.clause_before[-80:]
    offset = a.m.start - len(tail)
    return any(not f.in_a_name(offset + w.start()) for w in _OVERTURNED_BEFORE.finditer(tail))


def _not_margin(f: Frame, a: Around) -> bool:
    """Do words of the clause's last 40 characters say the count is no margin (a majority, a
    change's size)? Not a name's: "won South Down by 1,620 votes", "Simon Fell beat Chris
    Altree by 5,789 votes" give margins."""
    tail = a.clause_before[-40:]
    offset = a.m.start - len(tail)
    return any(not f.in_a_name(offset + w.start()) for w in _NOT_MARGIN.finditer(tail))


def _emphatic_bound(m: NumberMention) -> bool:
    """A bound ("over", "more than") on a count not rounded to tens or hundreds: copy writes
    "to over 5,376" for exactly 5,376, as emphasis; the bound would be wrong by one vote."""
    if m.hedge not in ("more-than", "less-than"):
        return False
    step = 100 if m.value >= 1000 else 10
    return m.value % step != 0


def _undated(f: Frame, start: int, end: int) -> bool:
    """Do no words between ``start`` and ``end`` tie the text to another election?"""
    return start >= end or other_time(f.state.text, start, end, f.state.story_year) is None


def _hedged_digits(m: NumberMention) -> bool:
    """A hedged count written in digits ("almost 2,000", "just under 3,000", "some 2,500"):
    read with its hedge, which the rules judge by the hedge pack's intervals."""
    return m.kind is NumberKind.COUNT and bool(DIGITS.fullmatch(m.number_text))


# "Sinn Fein were 62 votes ahead, before a recount began", "a lead of 62 votes could be too
# much to overtake in the recount": a count's figure the recount may change, not the result.
_BEFORE_RECOUNT = re.compile(
    r"\bbefore\s+(?:a|the)\s+recount\b|\b(?:could|might|may)\b.*\brecount\b"
)
_SHARE_OF_MARGIN = re.compile(r"\s*(?:,|\(|or|–|-)\s*$")
# "losing by 1,832 votes in 2017 and 1,832 in 2015": a second dated margin, by ellipsis.
_DATED_MARGIN_BEFORE = re.compile(
    r"\b(?:win|wins|won|winning|beat|beating|lost|losing|lose)\s+by\s+[\d,]+\s+votes?\s+in\s+"
    r"(?:19|20)\d\d\s*,?\s+and\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"^(?:\s+votes?)?\s+in\s+(?:19|20)\d\d\b")
# A margin's noun, a comma, then at most a few lower-case words and a preposition or verb
# right before the count: "majority, this time of just 346", "margins, the result coming
# down to just 630". A name or a clause of its own between would make it someone's count.
_APPOSED_MARGIN = re.compile(
    r"\b(?:majority|margins?)\s*,\s+(?P<between>(?:(?-i:[a-z])[\w'’-]*\s+){0,5}?)"
    r"(?:of|to|at|was|being)\s+(?:(?:just|only|a\s+mere)\s+)?$",
    re.IGNORECASE,
)
# Words that make the count after the comma something else: a vote polled ("having received
# 28,809 votes"), a change's size ("an increase of 3,000"), a clause joined on.
_NOT_APPOSED = re.compile(
    r"\b(?:receiv\w*|poll\w*|won|win\w*|got|getting|secur\w*|tak\w*|took|gain\w*|garner\w*"
    r"|increase\w*|decrease\w*|rise|rose|risen|fall|fell|drop\w*|cut\w*|reduc\w*|swing|change"
    r"|share|turnout|more|fewer|less|than|compared|from|and|but|while|whereas|which|who"
    r"|votes?|candidates?|party|parties)\b",
    re.IGNORECASE,
)


def read_margin(f: Frame, a: Around) -> bool:
    """A margin of victory in votes is the contest's majority, whoever it is said of."""
    m = a.m
    if m.kind in (NumberKind.PERCENT, NumberKind.POINTS):
        return _read_lead_share(f, a)
    if m.kind is not NumberKind.COUNT:
        return False
    if not DIGITS.fullmatch(m.number_text):
        # "a 13k majority": thousands, rounded, only before the noun itself.
        if _THOUSANDS.fullmatch(m.number_text) and _MAJORITY_AFTER.match(a.after):
            if _overturned_before(f, a) or _OVERTURNED_AFTER.match(a.after):
                return True  # "overturned a 13k majority": not read in thousands
            return _read_thousands(f, m)
        return False
    if _SCORE_AFTER.match(a.after):
        # "a large victory of 17,740 votes to John Brown's 13,524": a score, the winner's
        # count set against a rival's, never the margin between them.
        return False
    noun = _MARGIN_NOUN_AFTER.match(a.after)
    if noun is not None and not (
        noun.group(0).lower().endswith("majority") and _overturned_before(f, a)
    ):
        what = "“-vote majority/victory/lead” after it"
    elif noun is not None or _MAJORITY_AFTER.match(a.after):
        # (Also "overturned a huge 2,081 vote majority".)
        gone = _overturned_before(f, a) or (
            _TURNED_LEAD.search(a.clause_before[-60:]) and _INTO_LATER.match(a.after)
        )
        if gone or _OVERTURNED_AFTER.match(a.after):
            # "overturned a 2,607 Conservative majority": the last election's. A notional
            # majority (on new boundaries) is no election's record.
            if "notional" not in a.clause_before[-80:].lower() and (
                m.hedge == "exact" or _hedged_digits(m)
            ):
                seat, tie = f.seat_near(m.start)
                what = "“majority” after it, overturned or defended"
                _read_previous(f, m, seat, tie, what=what)
            return True
        what = "“majority” after it"
    elif _MARGIN_OF_BEFORE.search(a.before):
        what = "“margin of” before it"
    elif (
        a.clause_start == f.sent.span.start
        and ("margin" in f.low or "gap" in f.low or "difference" in f.low)
        and _MARGIN_SUBJECT.match(a.clause_before)
        and _VOTES_OR_END.match(a.after)
    ):
        what = "“the margin … was” before it, the margin the sentence is about"
    elif "lead" in a.after[:12] and _LEAD_AFTER.match(a.after) and _A_BEFORE.search(a.before):
        what = "“lead” after it"
    elif _POLLED_BEFORE.search(a.before) and _RIVALS_OWN_COUNT.match(a.after):
        return False  # "winning 17,062 votes ahead of X, on 11,553": the winner's total
    elif _GAP_AFTER.match(a.after):
        what = "“votes ahead of/behind” after it"
    elif _GAP_TO_RIVAL_AFTER.match(a.after) and not _not_margin(f, a):
        # (not "saw his majority cut by 8,172 ahead of the Conservative": a change's size)
        what = "“more than”/“ahead of” a rival after it"
    elif (
        _WITH_JUST_BEFORE.search(a.before)
        and _VOTES_ONLY_AFTER.match(a.after)
        and _KEPT_OR_WON_VERB.search(a.clause_before)
        and not _LOST_VERB.search(a.clause_before)
        and m.value < _FEW_VOTES
    ):
        # "held his marginal seat with just 331 votes", "secured victory with just 20 votes":
        # too few to be a winner's total in a parliamentary seat, so the margin.
        what = "“held/won … with just … votes”, too few for a winner's total"
    elif _DATED_MARGIN_BEFORE.search(a.before) and _YEAR_AFTER.match(a.after):
        what = "a second dated margin after “and”"
    elif (
        "," in a.before
        and ("majorit" in f.low or "margin" in f.low)
        and (apposed := _APPOSED_MARGIN.search(a.clause_before)) is not None
        and not _NOT_APPOSED.search(apposed.group("between"))
        and _VOTES_OR_END.match(a.after)
    ):
        # "with a reduced majority, this time of just 346 votes", "by the slimmest of
        # margins, the result coming down to just 630 votes": the count restates the margin
        # named before the comma, never a vote total.
        what = "a margin's noun, then a comma and words restating it"
    elif _WIN_BY_BEFORE.search(a.before) and _VOTES_OR_END.match(a.after):
        # "after overturning a majority of 5,339 to win by 149 votes": the verb is right
        # before the "by", whatever else the clause names.
        what = "“win by … votes”"
    elif (
        "by" in f.words
        and BY_MARGIN_BEFORE.search(a.before)
        and _VOTES_OR_END.match(a.after)
        and _MARGIN_VERB.search(a.clause_before)
        and not _not_margin(f, a)
    ):
        what = "“by … votes” after a verb of winning or losing"
    else:
        return False
    if m.hedge != "exact" and not _hedged_digits(m):
        return True  # "by a few hundred votes": not read as the majority
    if "recount" in f.low and _BEFORE_RECOUNT.search(f.low):
        return True
    if _LOSERS_GAP.search(a.clause_before) or _LOSERS_GAP.match(a.after, 6):
        return True  # a gap between runners-up, not the majority
    if _APART_AFTER.match(a.after) and _LOSERS_GAP.search(
        f.state.text, m.end, min(f.sent.span.end, m.end + 160)
    ):
        # "Only 155 votes separated the Labour and Conservative candidates in second and
        # third places": the two it separates are runners-up.
        return True
    seat, tie = f.seat_near(m.start)
    if seat is None or _FAR in tie[0]:
        seat, tie = _candidates_seat(f, seat, tie)
        if seat is None and _FAR in tie[0]:
            return True
    # "turned his 9,000 majority from two years ago into a 4,000 lead": what it was turned
    # into is this election's (unless dated after it), and the winner's.
    into = " into" in a.before[-24:] and _INTO_BEFORE.search(a.before) is not None
    if f.earlier(m) is not None and not (into and _undated(f, m.end, m.end + len(a.after))):
        _read_dated(f, m, seat, tie, what=what)
        return True  # another election's margin: not this contest's majority
    if not into and _said_of_a_loser(f, m.start, seat):
        return True  # "Douglas Ross won Moray. Angus Robertson beat Jo Kirby by 13,270 votes"
    if _AHEAD_OF_AFTER.match(a.after) and _leader_of_another_party(f, m.start, seat):
        return True  # "SNP hold Falkirk. Labour's Craig Martin was 1941 votes ahead of …"
    figs = f.state.contest_figures(seat)
    # A gap "separating them" or "between them" need not be the winner's: loose, unless it
    # names the two it separates as the first two ("splitting the top two").
    loose = any(
        w in a.after[:20] for w in ("separating", "separated", "splitting", "dividing", "between")
    ) and not _TOP_TWO_AFTER.match(a.after)
    fig = as_rounded(
        f.figure(m, Unit.VOTES, what, contest_level=True, what_loose=loose, seat=tie),
        hundreds=True,
    )
    if figs.majority is None:
        figs.majority = fig
        _read_share_of_margin(f, a.k, seat, tie)
    else:
        _restate(figs, fig)
    return True


def _restate(figs: ContestFigures, fig: Figure) -> bool:
    """Keep ``fig``, the contest's majority written again with the value (and hedge) it was
    read with first ("won by just 20 votes", then "a majority of 20"), or as a bound the
    first, exact, meets, or exactly within the first's bound ("to less than 2,000", then "the
    1,992 majority"), so each place it is written is checked; another value is left unread
    (it may be another election's)."""
    first = figs.majority
    if (
        first is None
        or fig.span == first.span
        or not ((fig.value == first.value and fig.hedge == first.hedge) or _bound_met(first, fig))
        or figs.restated.has_span(fig.span)
    ):
        return False
    figs.restated.append(fig)
    return True


def _bound_met(first: Figure, again: Figure) -> bool:
    """Is one of two counts exact and the other a bound it meets ("less than 2,000" and
    1,992; "more than 4,000" and 4,671)? Then both say one majority, when both are tied to
    the seat by words, not carried to it (two seats' margins meet one bound as easily)."""
    if any(f.grounds is None or "seat" in f.grounds.loose for f in (first, again)):
        return False
    hedged = {first.hedge, again.hedge} - {"exact"}
    if len(hedged) != 1 or hedged.pop() not in ("more-than", "less-than"):
        return False
    exact, bound = (first, again) if first.hedge == "exact" else (again, first)
    if bound.hedge == "exact":
        return False
    return exact.value in truth_interval(bound)


_WITH_JUST_BEFORE = re.compile(r"\bwith\s+(?:just|only|a\s+mere|a\s+paltry)\s+$", re.IGNORECASE)
_VOTES_ONLY_AFTER = re.compile(r"\s+votes?\b(?!\s+(?:cast|counted|in\s+total))", re.IGNORECASE)
# The winner's verbs: kept the seat ("held", "clung on to") or won it ("secured victory",
# "was elected", "took the seat"). A loser's verb in the clause makes the count theirs: "lost
# his deposit with just 800 votes".
_KEPT_OR_WON_VERB = re.compile(
    r"\b(?:held|holds|hold|holding|retain\w*|kept|keeps|clung\s+on\s+to|hung\s+on\s+to"
    r"|won|wins|win|winning|victor\w*|triumph\w*|(?:re-?)?elected|clinch\w*|took|takes|taking"
    r"|seiz\w*|snatch\w*|gain\w*|captur\w*)\b",
    re.IGNORECASE,
)
_LOST_VERB = re.compile(
    r"\b(?:lost|los(?:e|es|ing)|beaten|defeated|came|finished|trailed|deposit)\b", re.IGNORECASE
)
_FEW_VOTES = 2000
"""Below this, a winner's count "with just" is a margin: no MP has won with so few votes."""


# "Ceredigion (Lib Dem lead of 8.20%)": the winner's lead over the runner-up, in points.
_LEAD_OF_BEFORE = re.compile(r"\blead\s+of\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
_POLL_WORDS = re.compile(r"\b(?:polls?|polling|survey|forecast|projected|MRP)\b", re.IGNORECASE)


def _read_lead_share(f: Frame, a: Around) -> bool:
    """A lead in per cent beside the one seat its sentence names: the majority as a share.
    Not in a sentence about polls ("Labour's poll lead of 20%"). Also a percentage right
    before "majority" ("taken the seat with 12.3% majority"), in any seat's sentence."""
    m = a.m
    if m.hedge != "exact":
        return False
    if "majority" in f.low and _MAJORITY_AFTER.match(a.after):
        if _overturned_before(f, a) or _OVERTURNED_AFTER.match(a.after):
            return True  # "overturned a 12.3% majority": the last election's
        what = "“majority” right after it"
    elif "lead" not in f.low or not _LEAD_OF_BEFORE.search(a.before) or len(f.contests) != 1:
        return False
    else:
        what = "“lead of” before it, beside the seat"
    if _POLL_WORDS.search(f.sent.text):
        return False
    seat, tie = f.seat_near(m.start)
    if f.earlier(m) is not None:
        return True  # another election's lead
    figs = f.state.contest_figures(seat)
    if figs.majority_share is None:
        figs.majority_share = f.figure(m, Unit.POINTS, what, contest_level=True, seat=tie)
    return True


_BRACKET_GAP = re.compile(r"\s*(?:votes?\s*)?\(\s*")
_RESTATED_GAP = re.compile(r"\s*(?:votes?\s*)?,?\s*(?:or|[-–—])\s+")
_RESTATED_END = re.compile(r"\s*(?:[-–—,.;:)]|$)")
# (also "Majority: 4,216 - 9.2%": the count, a dash, the share)
_CARD_GAP = re.compile(r"[ \t]+(?:[-–—][ \t]+)?")
# The card's next field run on after the share, on the same line: "9.2%Turnout: 61.62%".
_NEXT_FIELD = re.compile(r"[ \t]*(?-i:[A-Z])[A-Za-z]+(?:[ \t][A-Za-z]+)?[ \t]*:")


def _read_bracketed_share(
    f: Frame, k: int, seat: str | None, tie: SeatTie, *, card: bool = False
) -> None:
    """ "A Conservative majority of 6,286 (15.66%)": the majority again, as a share of the
    vote, in brackets right after its count; on a card's "Majority:" field (``card``), also
    spaced after it, ending the line ("PC majority: 3,668 13.7%")."""
    if k + 1 >= len(f.numbers):
        return
    m, n = f.numbers[k], f.numbers[k + 1]
    text = f.state.text
    if n.kind is not NumberKind.PERCENT or n.hedge != "exact":
        return
    if _BRACKET_GAP.fullmatch(text, m.end, n.start):
        if _OF_THE_VOTE_AFTER.match(text, n.end):
            # "a majority of 7,268 (42% of the vote)": a share said of the vote, the
            # winner's, not the majority's: left to the share readings.
            return
        what = "a percentage in brackets right after the majority's count"
    elif _RESTATED_GAP.fullmatch(text, m.end, n.start) and _RESTATED_END.match(text, n.end):
        # (Sixteenth session) "He has a majority of 5,102 or 12.7%.", "a majority of 5,575 -
        # 11.5% - on a turnout of 65.5%": the count restated as a percentage, ending its clause
        # ("or 12.7% of the vote" is the winner's share; "- 11.5% up on 2017", a change).
        what = "a percentage right after the majority's count, restated (“or”, a dash)"
    elif (
        card
        and _CARD_GAP.fullmatch(text, m.end, n.start)
        and (_FIELD_LINE.match(text, n.end) or _NEXT_FIELD.match(text, n.end))
    ):
        what = "a percentage ending a “Majority:” field's line, after its count"
    else:
        return
    figs = f.state.contest_figures(seat)
    if figs.majority_share is None:
        figs.majority_share = f.figure(n, Unit.POINTS, what, contest_level=True, seat=tie)
    f.used.add(k + 1)


_OF_THE_VOTE_AFTER = re.compile(r"\s*(?:%|per\s*cent)?\s+of\s+(?:the\s+)?(?:votes?|poll)\b", re.I)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d)?\s?[kK]")


def _read_thousands(f: Frame, m: NumberMention) -> bool:
    """ "another 10k majority": the contest's majority, in rounded thousands."""
    seat, tie = f.seat_near(m.start)
    if f.earlier(m) is not None:
        # "Labour had a near 10k majority in the seat in 2017": kept for that election.
        year = f.dated_year(m)
        if year is not None:
            _keep_earlier(
                f,
                m,
                seat,
                tie,
                year,
                what="“majority” after it, in thousands",
                election=f.dated_how(m, year),
                thousands=True,
            )
        return True  # another election's: not this contest's
    figs = f.state.contest_figures(seat)
    if figs.majority is None:
        what = "“majority” after it, in thousands"
        fig = f.figure(m, Unit.VOTES, what, contest_level=True, seat=tie)
        # Copy writes "13k" for 13,786 as often as for 12,600: a truncation or a rounding,
        # so it allows a thousand either side.
        figs.majority = fig.model_copy(update={"exact": False, "precision": Decimal(2000)})
    return True


def _read_dated(f: Frame, m: NumberMention, seat: str | None, tie: SeatTie, *, what: str) -> None:
    """A majority the text dates to another general election ("He gained North East
    Derbyshire in 2017 by 2,861 votes"): kept for that election, when the seat is sure."""
    year = f.dated_year(m)
    if year is not None:
        _keep_earlier(f, m, seat, tie, year, what=what, election=f.dated_how(m, year))
        return
    when = f.earlier(m)
    if when is None:
        return
    story = f.state.story_year
    last = previous_general_election(story)
    ago = _YEARS_AGO.fullmatch(when)
    if (
        _LAST_ELECTION.fullmatch(when)
        or _previously(f, when)
        or (
            ago is not None
            and story is not None
            and last is not None
            and int(story) - _NUMBER_WORDS[ago.group(1).lower()] == int(last)
        )
    ):
        # "his narrow win of 599 votes in the last election", "two years ago" in a 2019
        # story: the general election before the story's. A by-election between would be
        # "the last election" too, so the tie to that election stays loose.
        election = f"the election before the story's ({last})" if last else "the election before"
        _keep_earlier(
            f,
            m,
            seat,
            tie,
            last or PREVIOUS,
            what=what,
            election=f"{election}, from “{when}”",
            loose=True,
        )


def _previously(f: Frame, when: str) -> bool:
    """(Nineteenth session) "Previously she had a majority of 26,195", "Labour previously had a
    majority of just 48": with no year in the sentence, the majority before this election's,
    which is the last general election's unless a by-election came between (so loosely)."""
    return when.lower() == "previously" and not _YEAR_DIGITS.search(f.sent.text)


# The words of :func:`other_time` that name the election before the story's.
_LAST_ELECTION = re.compile(
    r"(?:the\s+)?(?:last|previous)\s+(?:general\s+)?election|at\s+the\s+last|last\s+time"
    r"|before\s+(?:the|this)\s+(?:general\s+)?election",
    re.IGNORECASE,
)
_YEARS_AGO = re.compile(r"(two|three|four|five)\s+years\s+(?:ago|earlier|before)", re.IGNORECASE)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


_FAR = "carried from an earlier paragraph"


# A sentence opening with a pronoun or a possessive one: "His majority of 12,897 over …".
_PRONOUN_OPENING = re.compile(r"\s*(?:She|He|Her|His)\b")


def _candidates_seat(f: Frame, seat: str | None, tie: SeatTie) -> tuple[str | None, SeatTie]:
    """A contest's figure in a sentence naming no seat, whose seat is unknown or was carried
    from an earlier paragraph: the seat of the candidates the sentence names ("Mr Farry defeated
    Alex Easton of the DUP by just under 3,000 votes", with Farry read as North Down's
    earlier), when every one the story has read as a candidate stood in the same seat: the
    person named is the tie. A pronoun opening the sentence ("He defeated …") names the
    person last named, a guess: it may confirm a seat carried in, loosely, not overrule it."""
    named = [p.name for p in f.people]
    pronoun = None
    if _PRONOUN_OPENING.match(f.sent.text) and f.state.last_person is not None:
        pronoun = f.state.last_person.name
        named.append(pronoun)
    seats: set[str] = set()
    for name in named:
        cand = f.state.candidates.get(name)
        if cand is not None and cand.contest is not None:
            seats.add(cand.contest)
    if len(seats) != 1:
        return None, tie
    (found,) = seats
    who = next(n for n in named if (c := f.state.candidates.get(n)) and c.contest == found)
    if who == pronoun and pronoun not in (p.name for p in f.people):
        if seat is not None and seat != found:
            # "He" is a guess at the last person named: it may confirm the seat carried in,
            # never overrule it.
            return None, tie
        pronoun_seat = f"{found}, the seat of {who}, whom the opening pronoun stands for"
        return found, (pronoun_seat, False, "carried")
    loose = f.state.candidates[who].seat_loose
    if loose is not None:
        # The person was placed in the seat by a carry or a guess: the figure is no surer.
        how = f"{found}, the seat {who}, named in the sentence, was read in ({loose})"
        return found, (how, False, "in the sentence")
    return found, (
        f"{found}, the seat {who}, named in the sentence, stood in",
        True,
        "in the sentence",
    )


PREVIOUS = ""
"""The year of :attr:`ReadState.earlier`'s key for "the election before the story's" when the
story does not say which election it reports: the record's order of elections then names it."""


def _read_previous(
    f: Frame, m: NumberMention, seat: str | None, tie: SeatTie, *, what: str
) -> None:
    """A majority overturned or defended ("was defending a majority of 9,065", "overturned a
    2,607 Conservative majority"): the last election's, kept for the election a year in its
    clause names, else for the general election before the story's. That one is inferred (a
    by-election between would break it), so the tie to it is loose: a warning at most."""
    if f.dated_year(m) is not None:
        _read_dated(f, m, seat, tie, what=what)
        return
    year = previous_general_election(f.state.story_year)
    election = f"the election before the story's ({year})" if year else "the election before"
    _keep_earlier(
        f,
        m,
        seat,
        tie,
        year or PREVIOUS,
        what=what,
        election=f"{election}, as a majority overturned or defended is",
        loose=True,
    )


def _read_majority_before(f: Frame, m: NumberMention, *, dated: bool = False) -> None:
    """ "increase his majority from 14,684 to 17,063": the first figure is the majority at the
    general election before the story's, when the seat is sure; that election is inferred, not
    named, so the tie to it is loose (a warning at most). With the story's election unknown,
    the record's order of elections names the one before the run's, as for a majority
    overturned. Words right after the figure that date it ("from 1,800 at the last election
    to …", ``dated``) tie it to the election they name."""
    _keep_changed_from(
        f, m, what="“majority … from” before it, the level it changed from", dated=dated
    )


def _keep_changed_from(f: Frame, m: NumberMention, *, what: str, dated: bool) -> None:
    """Keep ``m``, the level a majority changed from, as the majority of the election its
    words date it to (``dated``), else of the general election before the story's, loosely
    (:func:`_read_majority_before`)."""
    seat, tie = _level_seat(f, m)
    if dated:
        _read_dated(f, m, seat, tie, what=what)
        return
    if f.earlier(m) is not None:
        return  # the clause is dated elsewhere: which level its date is of is unsure
    year = previous_general_election(f.state.story_year)
    election = f"the election before the story's ({year})" if year else "the election before"
    _keep_earlier(
        f,
        m,
        seat,
        tie,
        year or PREVIOUS,
        what=what,
        election=f"{election}, from “from”",
        loose=True,
    )


def _keep_earlier(
    f: Frame,
    m: NumberMention,
    seat: str | None,
    tie: SeatTie,
    year: str,
    *,
    what: str,
    election: str,
    loose: bool = False,
    thousands: bool = False,
) -> None:
    """Keep ``m`` as ``seat``'s majority at the ``year`` election (the first one read), when the
    seat is sure; ``election`` says how the year was tied, ``loose`` whether only inferred,
    ``thousands`` whether written in thousands ("10k", allowing a thousand either side)."""
    if seat is None or not tie[1]:
        return
    figs = f.state.earlier.setdefault((seat, year), ContestFigures())
    if figs.majority is not None and thousands:
        return
    fig = f.figure(m, Unit.VOTES, what, contest_level=True, seat=tie)
    assert fig.grounds is not None
    update: dict[str, object] = {"election": election}
    if loose and "election" not in fig.grounds.loose:
        update["loose"] = (*fig.grounds.loose, "election")
    grounds = fig.grounds.model_copy(update=update)
    fig = fig.model_copy(update={"grounds": grounds})
    if figs.majority is not None:
        # (nineteenth session) That election's majority written again, as this election's
        # is ("previously had a majority of over 5,000", then "his 5,235 vote majority at
        # the 2017 general election"): kept when it says the same, so each place is checked.
        _restate(figs, as_rounded(fig))
    elif thousands:
        figs.majority = fig.model_copy(update={"exact": False, "precision": Decimal(2000)})
    else:
        figs.majority = as_rounded(fig)


_BEAT_OBJECT = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeating|defeats|ousted|ousting|unseated|unseating"
    r"|edged\s+out|saw\s+off|seeing\s+off|(?:held|holding|holds|fended|fending)\s+off"
    r"|push(?:ed|ing)"
    # (eighteenth session) "toppling the Conservative's Matt Warman by 2,010 votes"
    r"|toppl(?:ed|es|ing)|trounc(?:ed|es|ing)|trump(?:ed|s|ing)|outstripp(?:ed|ing)"
    r"|overt(?:ook|akes?|aken|aking)"
    # "won Livingston from the SNP's Hannah Bardell by 3,528 votes": the one the seat was
    # taken from; "retains his seat ahead of Alliance leader Naomi Long by 2,676 votes"
    r"|(?:won|wins|winning|took|takes|taking|gained|gaining|captured|capturing|seized"
    r"|seizing|snatched|snatching)\s+(?:[\w'’.-]+\s+){1,5}?from|ahead\s+of)"
    r"\s+(?:[\w'’.-]+,?\s+){0,6}$",
    re.IGNORECASE,
)


def _said_of_a_loser(f: Frame, at: int, seat: str | None) -> bool:
    """Is the person a margin is said of (named last before it) someone other than the
    seat's winner as read so far? Then the margin is a gap between losers."""
    who = f.subject(at)
    if who is None:
        return False
    text = f.state.text
    lead = max(f.sent.span.start, who.span.start - 80)
    if _BEAT_OBJECT.search(text, lead, who.span.start):
        # "Williams beat Labour candidate Mary Gwen by only 92 votes": the one named last is
        # the one beaten; the margin is the beater's, named before them or by the pronoun
        # opening the sentence ("He defeated Alex Easton …"), or unnamed ("The Conservative
        # candidate beat …"): then it is the seat's winner's.
        i = f.people.index(who)
        if i > 0:
            who = f.people[i - 1]
        elif PRONOUN_START.match(f.sent.text) and f.state.last_person is not None:
            who = f.state.last_person
        else:
            return False
    for cand in f.state.candidates.values():
        won = cand.rank is not None and cand.rank.value == 1
        if won and cand.contest == seat and cand.name != who.name:
            return True
    return False


# The count, then words making the one named before it the leader: "1941 votes ahead of",
# "57 more votes than", "clear of". ("votes behind" makes them the one led.)
_AHEAD_OF_AFTER = re.compile(
    r"\s+(?:votes?\s+)?(?:ahead\s+of|clear\s+of|more\s+(?:votes?\s+)?than)\b", re.IGNORECASE
)


def _leader_of_another_party(f: Frame, at: int, seat: str | None) -> bool:
    """(twenty-second session) Is the one a lead is said of ("Labour's Craig Martin was 1941
    votes ahead of the Tories' Callum Laidlaw"), the first person named in the sentence and
    named with a party, of another party than the one a hold or gain read so far gave the
    seat ("SNP hold Falkirk seat")? Then the lead is a gap between losers, not the majority,
    and the one named after it is not second. Only for the leader opening the sentence: a
    person named later may be the one the seat was taken from ("took the seat from the
    Conservative's Karl McCartney, with a sizeable 8,793 majority")."""
    if seat is None or not f.people:
        return False
    who = f.subject(at)
    if who is None or who is not f.people[0]:
        return False
    link = f.links.get(who.span.start)
    if link is None:
        return False
    theirs = link.party.name
    return any(
        isinstance(c, OutcomeClaim) and c.contest == seat and c.party and c.party != theirs
        for c in f.state.claims
    )


def _read_share_of_margin(f: Frame, k: int, seat: str | None, tie: SeatTie) -> None:
    """ "by 530 votes, 1% of the vote": the margin again, as a share of the vote."""
    if k + 1 >= len(f.numbers):
        return
    m, n = f.numbers[k], f.numbers[k + 1]
    gap = f.state.text[m.end : n.start]
    if (
        n.kind is NumberKind.PERCENT
        and n.hedge == "exact"
        and len(gap) <= 12
        and _SHARE_OF_MARGIN.search(gap.replace("votes", "").replace("vote", ""))
    ):
        figs = f.state.contest_figures(seat)
        if figs.majority_share is None:
            what = "a share of the vote right after a margin"
            figs.majority_share = f.figure(n, Unit.POINTS, what, contest_level=True, seat=tie)
        f.used.add(k + 1)
