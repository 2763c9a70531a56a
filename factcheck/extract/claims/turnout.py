"""Turnout and the electorate: "Turnout in the constituency was 64pc", "with turnout at
67.7%", "an electorate of 71,000", "• Registered voters: 71,825"."""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.margins import PREVIOUS
from factcheck.extract.claims.rounding import as_rounded
from factcheck.extract.frame import (
    Around,
    ContestFigures,
    Frame,
    SeatTie,
    previous_general_election,
)
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.extract.vocabulary import DIGITS, SHARE_CUE_AFTER
from factcheck.models import Unit

# "Turn out was 70 per cent", "a 60% turn out to vote": the noun in two words, as copy writes
# it too; not the verb ("voters did turn out, giving her 48.9 per cent").
_TWO_WORDS = (
    r"(?<!\bdid\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bnot\s)"
    r"\bturn[ -]out\b(?=\s+(?:was|is|were|of|at|figure|rate|level|in\s+(?-i:[A-Z])"
    r"|to\s+vote|on\s+the|for\s+the)\b|\s*[:–—-])"
)
_TURNOUT = re.compile(rf"\bturnout\b|{_TWO_WORDS}", re.IGNORECASE)
TURNOUT_CUES = ("turnout", "turn out", "turn-out")
"""Substrings one of which a sentence needs for :func:`read_turnout` to read it."""
# (On the same line: "Majority: 3,668 13.7%" over a card's "Turnout" field on the next line
# is no turnout; nor is "Majority: 4,216 - 9.2%Turnout: 61.62%", a card's fields run together,
# whose "Turnout:" labels the figure after it.)
_TURNOUT_AFTER = re.compile(
    # ("a 75.9 per cent voter turnout": the voters' turnout is the turnout)
    # ("a 58.8% per cent turnout": the unit written twice, a slip that leaves the cue)
    # ("With a 76.36 per cent turn out, Ms Allen polled …": the two words right after a
    # percentage are the noun whatever follows; the verb takes its subject before it)
    rf"[ \t]*(?:per[ \t]*cent[ \t]+)?(?:(?:voter|voters['’]?|electoral)[ \t]+)?"
    rf"(?:turnout\b(?![ \t]*:)|{_TWO_WORDS}|turn[ -]out\b(?=[ \t]*[,;]))",
    re.IGNORECASE,
)
# "• Turnout: 70.13%", "Turnout - 67.42 per cent": a results card's field, whose colon or
# dash opens a new clause.
_TURNOUT_LABEL = re.compile(r"\bturn[ -]?out\s*[:–—-]\s*$", re.IGNORECASE)
# "Turnout" alone on the line above a figure alone on its own, as a summary card sets its
# fields out ("Electorate ¶ 66,519 ¶ Turnout ¶ 72.8% ¶ Share of the vote"): the label above
# is the figure's, whatever heading the next line begins.
_TURNOUT_LINE_ABOVE = re.compile(r"(?:^|\n)[ \t•*\-]*turn[ -]?out[ \t:]*\n[ \t]*$", re.IGNORECASE)
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")
# "higher than the 62 per cent average for seats declared so far", "the national average
# of 66%", "Average: 66.2%": a benchmark across seats, no seat's turnout.
_AVERAGE_AFTER = re.compile(
    r"[ \t]+(?:(?:national|UK|UK-wide|overall|regional|Scottish|Welsh|English)[ \t]+)?"
    r"(?:average|mean|median)\b",
    re.IGNORECASE,
)
_AVERAGE_BEFORE = re.compile(
    r"\b(?:average|mean|median)(?:\s+turnout)?"
    r"(?:\s*:\s*|\s+(?:of|was|is|at|stood\s+at|stands\s+at)\s+(?:just\s+|only\s+)?|\s+)$",
    re.IGNORECASE,
)
# "Turnout was down from 76% to 70%": the first figure is the last election's.
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_FIGURE_AFTER = re.compile(r"\s+to\s+\d", re.IGNORECASE)
# "turnout rising to 70% from …": the level it reached, right before the one it rose from.
_TO_FIGURE_BEFORE = re.compile(
    r"\bto\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|pc)\s+from\s+$", re.IGNORECASE
)
_DATED = re.compile(
    rf"(?:\bturnout\b|{_TWO_WORDS}).*\b(?:in|at|for)\s+(?:19|20)\d\d", re.IGNORECASE
)


# "3% of the population", "of residents": a share of people who are not the electorate.
_OF_OTHERS = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:local|whole|adult|area['’]s)\s+)?(?:population|residents|adults)\b",
    re.IGNORECASE,
)


def _turnout_slot(f: Frame, at: int) -> tuple[ContestFigures, SeatTie] | None:
    """Where a turnout at ``at`` goes, with how its seat was tied, or None when that seat's
    turnout is read already: the seat named before it in its clause, loosely when the
    sentence names several (it may give another's turnout)."""
    seat, tie = f.seat_near(at)
    several = _seats_named(f)
    if several > 1:
        tie = (
            f"{seat}, one of {several} seats named in the sentence",
            False,
            "one of several in the sentence",
        )
    figs = f.state.contest_figures(seat)
    return None if figs.turnout is not None else (figs, tie)


def _seats_named(f: Frame) -> int:
    """How many seats the sentence names: one named twice ("Jane Smith held North Devon, as
    73.5 per cent of the North Devon electorate turned out") is one."""
    return len({c.name for c in f.contests})


# "turnout dropped from 70.5 per cent in 2017 to ": the level it changed from, with its year,
# right before the one it changed to (which the year does not date).
_FROM_LEVEL_TO_BEFORE = re.compile(
    r"\bfrom\s+\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|pc)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:(?:19|20)\d\d|last\s+(?:general\s+)?election))?"
    r"\s+to\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
# A level right after it dated on its own: "to 67.5 per cent in 2019".
_YEAR_RIGHT_AFTER = re.compile(r"(?:\s*(?:%|per\s*cent|pc))?\s+(?:in|at)\s+(?:19|20)\d\d\b")
# A bare level after a percentage's "from … to" ("from 70.5 per cent to 67.5"): a percentage
# by ellipsis, so two digits and a decimal at most.
_BARE_LEVEL = re.compile(r"\d{1,2}(?:\.\d+)?")


def _level_changed_to(f: Frame, a: Around) -> bool:
    """ "As the turnout dropped from 70.5 per cent in 2017 to 67.5": the turnout now, the level
    a change of turnout reached, read as the seat's turnout. The year dates the level it
    changed from only, and the unit, left off the second level, is the first's."""
    m = a.m
    if " to" not in a.before[-16:] or _FROM_LEVEL_TO_BEFORE.search(a.before[-80:]) is None:
        return False
    if m.hedge != "exact" or _YEAR_RIGHT_AFTER.match(a.after):
        return False
    if m.kind is not NumberKind.PERCENT and not (
        m.kind is NumberKind.COUNT and _BARE_LEVEL.fullmatch(m.number_text)
    ):
        return False
    if not _TURNOUT.search(a.clause_before):
        return False
    slot = _turnout_slot(f, m.start)
    if slot is None:
        return False
    figs, tie = slot
    what = "“turnout … from … to” before it, the level it changed to"
    figs.turnout = f.figure(m, Unit.PERCENT, what, contest_level=True, seat=tie)
    return True


# A change's verb and "by", then at most three lower-case words, right before the figure:
# "up by a significant 9%", "fell by almost 4%". (The changes are read before the levels;
# one this wording still left is unread, not a level.)
_CHANGED_BY_BEFORE = re.compile(
    r"\b(?:up|down|rose|risen|rising|fell|fallen|falling|increased|decreased|dropped|grew"
    r"|climbed|jumped|slipped|declined)\s+by\s+(?:[a-z-]+\s+){0,3}$"
)


# (Eighteenth session) A turnout's level, then its change against an earlier level in the same
# clause: "in Redditch the turnout was 59.83%, down from 67.4%", "Turnout was 64%, a decrease
# from 2017's 67%", "The Bosworth turnout is 69.49% - that's up from 68.8%", "42.42% compared
# with 54.4% in 2019", "70.7%, slightly up on 2010's 70.4%", "lower than the 64.11 per cent".
# The second level is the earlier election's turnout: the one its words date it to, else the
# election before the story's (loosely). Nothing but the seat and a verb between "turnout"
# and the first level (no figure), as in the change reading (claims/changes.py).
_EARLIER_AFTER_LEVEL = re.compile(
    r"\bturn[ -]?out\b[^.;!?\d]{0,60}\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent|pc)"
    r"\s*(?:,|[-–—])?\s*(?:(?:which|that)\s+(?:is|was)\s+|that['’]s\s+)?"
    r"(?:a\s+(?:(?:small|slight|big|large|sharp|significant|marginal|huge)\s+)?"
    r"(?:drop|fall|decrease|decline|dip|rise|increase)\s+(?:on|from)"
    r"|(?:(?:slightly|marginally|sharply|well|significantly|considerably|just)\s+)?"
    r"(?:up|down|higher|lower)(?:\s+(?:slightly|marginally|sharply|significantly))?"
    r"\s+(?:on|from|than)"
    r"|compared\s+(?:with|to))"
    r"\s+(?:the\s+)?(?:(?P<year>(?:19|20)\d\d)['’]s\s+)?$",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The words right before the earlier level, one of which the pattern needs: a cheap test first.
_EARLIER_CUES = (" from ", " on ", " than ", " with ", " to ", "'s ", "’s ")


def _earlier_after_level(f: Frame, a: Around) -> bool:
    """ "Turnout was 59.83%, down from 67.4%": keep the second level as the earlier
    election's turnout (see ``_EARLIER_AFTER_LEVEL``)."""
    tail = a.before[-24:]
    if not any(cue in tail for cue in _EARLIER_CUES):
        return False
    found = _EARLIER_AFTER_LEVEL.search(a.before[-140:])
    if found is None:
        return False
    what = "a turnout, then “down from”/“compared with” before it: the level it changed from"
    year = found.group("year")
    if year is not None:
        # "slightly up on 2010's 70.4%": the year before the level is its own.
        if year != f.state.story_year:
            _keep_earlier(f, a, dated=True, what=what, year=year)
        return True
    if f.earlier(a.m) is not None:
        _keep_earlier(f, a, dated=True, what=what)
    elif not _A_YEAR.search(a.after[:40]):
        # No year named: the level it changed from is the election before's, loosely. (A
        # year after it that is the story's own says no earlier level: left unread.)
        _keep_earlier(f, a, dated=False, what=what)
    return True


def read_turnout(f: Frame, a: Around) -> bool:
    """An exact percentage after "turnout" in its clause, unless the turnout is dated."""
    m = a.m
    if not f.holds(TURNOUT_CUES):
        return False  # every wording below needs the word
    if _level_changed_to(f, a):
        return True
    if m.kind is not NumberKind.PERCENT:
        return False
    after = bool(_TURNOUT_AFTER.match(a.after))  # "The 61.9% turnout was the lowest"
    if not after and m.hedge == "exact" and _earlier_after_level(f, a):
        return True
    label = bool(_TURNOUT_LABEL.search(a.before)) or (
        bool(_TURNOUT_LINE_ABOVE.search(a.before)) and bool(_LINE_ENDS.match(a.after))
    )
    if (
        m.kind is not NumberKind.PERCENT
        or m.hedge != "exact"
        or not (after or label or _TURNOUT.search(a.clause_before))
        or _DATED.search(a.clause_before)
    ):
        return False
    if not (after or label) and _spent(f, a):
        return False
    if _OF_OTHERS.match(a.after):
        return False  # "just 3% of the population … were persuaded to turn out": not voters
    if _CHANGED_BY_BEFORE.search(a.before):
        return False  # "Turnout was up by a significant 9%": a change, never the level
    if not after and (_AVERAGE_AFTER.match(a.after) or _AVERAGE_BEFORE.search(a.before)):
        return True  # an average over many seats: taken, so no other reading gives it a seat
    if _WON_SHARE_BEFORE.search(a.before):
        return False  # "With turnout down, the SNP took 30% of the electorate": a share won
    if f.earlier(m) is not None:
        # Another election's turnout ("a decrease from 2017's 67%", "up on the 61 per cent
        # who voted in 2015"): that election's, when its clause names it.
        _keep_earlier(f, a, dated=True)
        return True
    if _FROM_BEFORE.search(a.before[-8:]):
        if _TO_FIGURE_AFTER.match(a.after) or _TO_FIGURE_BEFORE.search(a.before[-40:]):
            # "down from 76% to 70%", "rising to 70% from 67.8%": the earlier turnout.
            _keep_earlier(f, a, dated=False)
            return True
        # "turnout fell from 68.8%": the level it changed from is not this election's, and,
        # with no level it reached, maybe not the turnout's ("with the Conservatives' share
        # down from 45%"): no reading (session 16's mutation run).
        return False
    # With several seats in the sentence, the one named before it in its clause ("Turnout in
    # Ilford North was 66.1 per cent, …"), not one carried from before; loosely, as the
    # sentence may give it as another's change ("fell 5.1 per cent in A and 4.2 per cent in
    # B"). A list of seats with their turnouts is read explicitly (claims/seat_lists.py).
    slot = _turnout_slot(f, m.start)
    if slot is None:
        return False
    figs, tie = slot
    what = (
        "“turnout” right after it"
        if after
        else "a “Turnout:” field"
        if label
        else "“turnout” before it in its clause"
    )
    figs.turnout = f.figure(m, Unit.PERCENT, what, contest_level=True, seat=tie)
    return True


# "64.7% of the electorate", "64.1% of those eligible to vote", "61.88% of eligible voters",
# "75.25% of people in Truro": a share of the people who could vote, right after the figure.
# (Sixteenth session) The electorate may be named by its place or its size, or called the
# voting population: "of the North Devon electorate", "of the Stirling area electorate", "of
# the 71,152 electorate", "of Dundee East's voting population".
# ("41 per cent of the 46,519 electors who cast their ballots" counts the voters, not the
# electorate: a share of the votes.)
_ELECTORATE_OWNER = (
    r"(?:(?:local|whole|constituency['’]s)\s+"
    r"|(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,4}\s+(?:area\s+)?)?"
)
_OF_ELECTORS = (
    rf"\s+of\s+(?:(?:the\s+)?{_ELECTORATE_OWNER}(?:electorate|voting\s+population)\b"
    rf"|(?:the\s+)?{_ELECTORATE_OWNER}electors\b(?!\s+who\b)"
    r"|the\s+\d{1,3}(?:,\d{3})+\s+electorate\b"
    r"|(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,4}['’]s\s+"
    r"(?:electorate|voting\s+population)\b"
    r"|(?:the\s+)?(?:eligible|registered)\s+(?:voters|electors)\b"
    r"|those\s+(?:eligible|registered)(?:\s+to\s+vote)?\b"
    r"|(?P<people>people)\b)"
)
_OF_ELECTORS_AFTER = re.compile(_OF_ELECTORS, re.IGNORECASE)
# What says they voted: "turnout", or a verb of turning out, not of voting for someone or
# something ("voted Leave", "cast their votes for Labour", "voted to remain").
_TURNED_OUT = re.compile(
    # ("70.5% of the electorate turn out to vote", a headline's present; "persuaded 62% of
    # the voting population to turn up"; "63% of people took to the polls", "took part")
    r"\bturnout\b|\bturn(?:ed|ing|s)?\s+(?:out|up)\b(?!\s+for\b)"
    r"|\b(?:took|take|takes|taking)\s+(?:to\s+the\s+polls|part)\b"
    r"|\bcast\s+(?:their|a|his|her)\s+(?:votes?|ballots?)\b(?!\s+for\b)"
    r"|\b(?:went|go|going)\s+to\s+(?:the\s+)?(?:polls|polling\s+stations?|ballot\s+box)\b"
    r"|\b(?:having|had|have)\s+their\s+say\b"
    r"|\bvoted\b(?=\s*(?:[,.;:–—-]|$)|\s+(?:in|at|on|across|this|last|yesterday)\b)",
    re.IGNORECASE,
)
# A vote that was not a general election's: its turnout is no constituency's.
_OTHER_VOTE = re.compile(
    r"\b(?:referend\w*|Leave|Remain|Brexit|EU|council\w*|mayor\w*|by-election|Assembly|Holyrood"
    r"|Senedd)\b"
)
# Before a share of the electorate that someone won, not that voted: "won the support of
# just 26% of the electorate", "took 24% of the electorate".
_WON_SHARE_BEFORE = re.compile(
    r"\b(?:won|wins|winning|took|takes|taking|secured|securing|gained|gaining|received"
    r"|receiving|got|getting|polled|polling|support|backing|votes|vote)\s+(?:of\s+)?"
    r"(?:(?:just|only|some|around|about|nearly|almost|barely)\s+)?$",
    re.IGNORECASE,
)
TURNOUT_SHARE_CUES = (
    "electorate",
    "electors",
    "eligible",
    "registered",
    "people",
    "voting population",
)
"""Substrings one of which a sentence needs for :func:`read_turnout_share` to read it."""


def read_turnout_share(f: Frame, a: Around) -> bool:
    """An exact percentage "of the electorate" (or "of those eligible to vote", "of people in
    Truro") in a sentence that says they voted ("turned out", "cast their vote", "turnout"):
    the turnout, described rather than named."""
    m = a.m
    if m.kind is not NumberKind.PERCENT or m.hedge != "exact" or m.value > 100:
        return False
    of = _OF_ELECTORS_AFTER.match(a.after)
    if of is None or _WON_SHARE_BEFORE.search(a.before):
        return False
    text, sent = f.state.text, f.sent
    if of.group("people") is not None:
        # "people" alone is anyone: only a verb of turning out in the figure's own clause,
        # after it, says they are the voters ("75.25% of people in Truro having their say").
        end = f.clause_end(m.end, _CLAUSE_AFTER)
        voted = _TURNED_OUT.search(text, m.end, end)
    else:
        voted = _TURNED_OUT.search(sent.text)
    if voted is None or _OTHER_VOTE.search(sent.text):
        return False
    what = f"“{of.group(0).strip()}” after it, in a sentence saying they voted (“{voted.group(0)}”)"
    if f.earlier(m) is not None:
        # "38,677 people cast their vote in 2015, 61.7% of the electorate": that election's.
        _keep_earlier(f, a, dated=True, what=what)
        return True
    slot = _turnout_slot(f, m.start)
    if slot is None:
        return False
    figs, tie = slot
    figs.turnout = f.figure(m, Unit.PERCENT, what, contest_level=True, seat=tie)
    return True


# The end of a figure's clause, after it: a comma, a semicolon, or a new clause's word (not
# "and": "of people in Truro and Falmouth having their say").
_CLAUSE_AFTER = re.compile(r"[,;:]|\s(?:while|but|whereas)\s")


def _keep_earlier(
    f: Frame,
    a: Around,
    *,
    dated: bool,
    what: str = "“turnout” before it in its clause",
    year: str | None = None,
) -> None:
    """Keep a turnout of another election as that election's, for the seat it is said of
    when that is sure: the year its clause names (``dated``), else, for the first level of
    "from 76% to 70%", the general election before the story's, which is inferred (a
    by-election between would break it), so tied loosely."""
    m = a.m
    if year is not None:
        # (eighteenth session) the year written as the level's owner, "2010's 70.4%"
        election, loose = f"“{year}’s” before it", False
    elif dated:
        year = f.dated_year(m)
        if year is None:
            return  # "at the last election", or a year of no general election
        election, loose = f.dated_how(m, year), False
    else:
        before = previous_general_election(f.state.story_year)
        year = before or PREVIOUS
        election = f"the election before the story's{f' ({before})' if before else ''}"
        election, loose = f"{election}, the level “from … to” starts from", True
    seat, tie = f.seat_near(m.start)
    if seat is None or not tie[1] or len(f.contests) > 1:
        return
    figs = f.state.earlier.setdefault((seat, year), ContestFigures())
    if figs.turnout is not None:
        return
    fig = f.figure(m, Unit.PERCENT, what, contest_level=True, seat=tie)
    assert fig.grounds is not None
    update: dict[str, object] = {"election": election}
    if loose:
        update["loose"] = (*fig.grounds.loose, "election")
    figs.turnout = fig.model_copy(update={"grounds": fig.grounds.model_copy(update=update)})


# After a card's "Electorate" field: the line's end, or the next field after a semicolon
# ("Electorate 78,244; total vote 46,236").
_LINE_ENDS_OR_FIELD = re.compile(r"[^\S\n]*(?:\n|$|;)")
# (Sixteenth session) or restated as a rate: "a turnout of 40,032 which equates to 51.03%",
# "The turnout was 31,757, or 61.86 per cent", "43,292 votes cast, equivalent to 63.44%".
_BRACKETED = re.compile(
    r"\s*(?:votes?(?:\s+cast)?\s*)?(?:\(\s*|,?\s*(?:or|(?:which|that)\s+(?:equates|equated"
    r"|amounts|amounted)\s+to|equivalent\s+to|equating\s+to|representing)\s+)"
)


def _spent(f: Frame, a: Around) -> bool:
    """Is the "turnout" before the figure another figure's, or the figure a share? "Canterbury's
    turnout was 56,800, and Ms Duffield won 25,572 votes - a 45% share": a count came between
    them (a turnout's other percentages may: "down from 76% to 70%"), or a share's noun follows the
    figure."""
    if SHARE_CUE_AFTER.match(a.after):
        return True
    cues = list(_TURNOUT.finditer(a.clause_before))
    if not cues:
        return False
    start = a.m.start - len(a.clause_before) + cues[-1].end()
    text = f.state.text
    for n in f.numbers:
        # "Turnout 40,134 (47.58%)": the count's bracketed percentage is the turnout too.
        if (
            start <= n.start < a.m.start
            and n.kind is NumberKind.COUNT
            and not _BRACKETED.fullmatch(text, n.end, a.m.start)
        ):
            return True
    return False


# "an electorate of 71,000", "Electorate: 66,075", "• Registered voters: 71,825", "The Total
# Stoke on Trent North Electorate is 84,357".
_ELECTORATE_BEFORE = re.compile(
    r"\b(?P<noun>electorate|(?:registered|eligible)\s+(?:voters|electors)|electors)"
    # "The number of eligible voters in Foyle was 73,496": the seat between (sixteenth
    # session: "The total electorate for Argyll and Bute was", "in the East Derry constituency")
    r"(?:\s+(?:in|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,4}"
    r"(?:\s+constituency)?)?"
    r"(?:\s*[:–—-]\s*|\s+(?:is|was|of|stood\s+at|stands\s+at|at|numbered|numbers)\s+)"
    r"(?:just\s+|only\s+|some\s+)?$"
    # "Electorate 77,935", "Electorate ¶ 71,271": a results card's label opening its line,
    # the figure right after it or alone on the next line.
    r"|(?:^|\n)[^\S\n]*(?P<label>Electorate)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)$",
    re.IGNORECASE,
)
# "66,075 registered voters", "71,825 electors"; not "46,519 electors who cast their ballots",
# the ones who voted. "of the 75,210 electorate", "a 72,315 electorate": the noun after the
# count, after an article. "72,242 residents registered to vote", "71,000 people eligible to
# vote": the people who could vote.
_ELECTORATE_AFTER = re.compile(
    r"\s+(?P<noun>(?:registered|eligible)\s+(?:voters|electors)|electors"
    r"|(?:people|residents|voters)\s+(?:were\s+)?(?:registered|eligible)\s+to\s+vote)\b"
    r"(?!,?\s+(?:who|that)\s+(?:\w+\s+)?(?:cast|voted|turned|went|came))"
    r"|\s+(?P<after>electorate)\b",
    re.IGNORECASE,
)
# A Westminster seat's electorate is tens of thousands (the smallest, Na h-Eileanan an Iar,
# about 21,000): a count below this, said of people "registered to vote", is a few of them.
_FEWEST_ELECTORS = 10_000
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)


# "with 45,965 ballot papers cast of a total of 74,595", "votes cast out of a possible 71,000":
# the whole the votes cast are out of is the electorate.
_CAST_OF_TOTAL_BEFORE = re.compile(
    r"\b(?:(?:ballot\s+papers|ballots|votes)\s+(?:were\s+)?cast|voters)\s+(?:out\s+)?of\s+"
    r"(?:a\s+(?:total|possible)\s+(?:of\s+)?|an\s+eligible\s+)$"
    # (sixteenth session) "translating to 34,967 voters out of a possible 48,690"; "The
    # turnout was 60.74 per cent of a possible 34,236" (a turnout's rate of its whole)
    r"|\bturn[ -]?out\b(?:[^.;:]|\.(?=\d)){0,60}?\d(?:%|\s*per\s*cent)\s+of\s+a\s+possible\s+$",
    re.IGNORECASE,
)
ELECTORATE_CUES = ("lector", "voters", " to vote", " cast ", "possible")
"""Substrings one of which a sentence needs for :func:`read_electorate` to read it."""


def read_electorate(f: Frame, a: Around) -> bool:
    """A whole count named as the electorate, before or after it, for the figure's seat."""
    m = a.m
    if m.kind is not NumberKind.COUNT or not DIGITS.fullmatch(m.number_text):
        return False
    near = a.before[-50:] + " " + a.after[:30]
    if (
        "lector" not in near
        and "voters" not in near
        and " to vote" not in near
        and " cast " not in near
        and "possible" not in near
    ):
        return False  # the substring tests first: most counts are nowhere near the words
    before = _ELECTORATE_BEFORE.search(a.before[-80:])
    if before is None and (" cast " in near or "possible" in near):
        before = _CAST_OF_TOTAL_BEFORE.search(a.before[-100:])
        if before is not None and m.value < _FEWEST_ELECTORS:
            return False  # "votes cast out of a total of 300 postal ballots": no electorate
    cue = before or _ELECTORATE_AFTER.match(a.after)
    if cue is None:
        return False
    people = cue.groupdict().get("noun") or ""
    if (cue.groupdict().get("after") or " to vote" in people) and m.value < _FEWEST_ELECTORS:
        return False  # "300 people were eligible to vote twice": too few for a seat's electorate
    if cue.groupdict().get("after") and not _ARTICLE_BEFORE.search(a.before[-6:]):
        return False  # "66,075 electorate" with no article: a count of something else, maybe
    if cue.groupdict().get("label") and not _LINE_ENDS_OR_FIELD.match(a.after):
        return False  # "Electorate 78,244 in 2019 …": prose, not a card's field
    if m.hedge != "exact" or f.earlier(m) is not None:
        return True  # another election's electorate, or a hedged one: not this contest's
    seat, tie = f.seat_near(m.start)
    figs = f.state.contest_figures(seat)
    if figs.electorate is None:
        # The words that tied it, as written ("Registered voters:", "71,825 electors").
        groups = cue.groupdict()
        noun = groups.get("noun") or groups.get("label") or groups.get("after")
        what = (
            f"“{noun}” {'before' if cue is before else 'after'} it"
            if noun
            else f"“{cue.group(0).strip()}” before it, the whole of the votes cast"
        )
        figs.electorate = as_rounded(f.figure(m, Unit.PEOPLE, what, contest_level=True, seat=tie))
    return True


# The votes cast, as a count: "A total of 49,321 votes were cast", "there were 41,416 votes
# cast", "with 72,651 ballot papers", "41,671 people voted in Dundee West", "the 51,097 that
# were cast"; not a candidate's ("19,065 people voted for me", "votes cast for Labour").
_CAST_AFTER = re.compile(
    r"[^\S\n]+(?:(?:valid[^\S\n]+)?(?:votes?|ballots|ballot[^\S\n]+papers)"
    r"(?:[^\S\n]+(?:were|being|had[^\S\n]+been|have[^\S\n]+been))?"
    # (Not "ballot papers issued": postal papers issued and never returned among them.)
    r"[^\S\n]+(?:cast|polled|counted|verified)\b"
    r"|(?:valid[^\S\n]+)?ballot[^\S\n]+papers\b(?![^\S\n]+issued)|ballots[^\S\n]+cast\b"
    # (not "22,000 people voted Conservative", "voted Leave": a party's or a side's voters)
    r"|people[^\S\n]+(?:voted|voting|cast[^\S\n]+(?:a|their)[^\S\n]+votes?)\b"
    r"(?![^\S\n]+(?-i:[A-Z]))"
    # (nineteenth session) the people who voted, counted: "72,149 people who voted", "37,282
    # people casting their votes", "45,411 people in the constituency voted", "34,428 voters
    # having their say", "34,967 voters out of a possible 48,690" (five outlets).
    r"|(?:people|voters|electors)(?:[^\S\n]+in[^\S\n]+the[^\S\n]+(?:constituency|seat))?"
    r"[^\S\n]+(?:who[^\S\n]+)?(?:voted(?=[^\S\n]*(?:[,.;:–—-]|$)"
    r"|[^\S\n]+(?:in|at|on|across|this|last|yesterday)\b)"
    r"|casting[^\S\n]+(?:a|their)[^\S\n]+(?:votes?|ballots?)\b|turn(?:ed|ing)[^\S\n]+out\b"
    r"|having[^\S\n]+their[^\S\n]+say\b|went[^\S\n]+to[^\S\n]+the[^\S\n]+polls\b)"
    r"|voters[^\S\n]+out[^\S\n]+of[^\S\n]+(?:a[^\S\n]+possible|an[^\S\n]+electorate)\b"
    r"|(?:that|which)[^\S\n]+were[^\S\n]+cast\b)"
    r"(?![^\S\n]+(?:for|to|in[^\S\n]+(?:(?:her|his|their|its)[^\S\n]+)?(?:favou?r|support))\b)",
    re.IGNORECASE,
)
# Before the count: "Total votes cast 54,858", "Votes polled: 47,370", "The total number of
# votes cast across Ross, Skye and Lochaber constituency was 38,503", "a valid vote count of
# 48,593", "total vote 46,236 (59.1%)", "Valid votes: 47,144".
_CAST_BEFORE = re.compile(
    r"\b(?:total[^\S\n]+(?:number[^\S\n]+of[^\S\n]+)?votes?(?:[^\S\n]+(?:cast|polled))?"
    r"|votes?[^\S\n]+(?:cast|polled)|valid[^\S\n]+votes|valid[^\S\n]+vote[^\S\n]+count"
    r"|number[^\S\n]+of[^\S\n]+votes(?:[^\S\n]+cast)?)"
    r"(?:[^\S\n]+(?:across|in|from)[^\S\n]+[^.;:\n]{1,60}?)?"
    r"(?:[^\S\n]*[:–—-][^\S\n]*|[^\S\n]+(?:was|were|is|of|stood[^\S\n]+at)[^\S\n]+|[^\S\n]+)$",
    re.IGNORECASE,
)
# Fewer than this many votes cast is no Westminster seat's poll (the smallest, Na h-Eileanan
# an Iar, cast about 20,000): "1,000 ballot papers" is some of them.
_FEWEST_CAST = 10_000
BALLOTS_CUES = (
    "cast",
    "polled",
    "ballot",
    "turnout",
    "turn out",
    "turn-out",
    "voted",
    "voting",
    "valid vote",
    "total vote",
    "number of votes",
    "turned out",
    "turning out",
    "their say",
    "went to the polls",
    "out of a",
    "out of an",
)
"""Substrings one of which a sentence needs for :func:`read_ballots` to read it."""


def read_ballots(f: Frame, a: Around) -> bool:
    """A count of the votes cast: named so after it ("49,321 votes were cast", "72,651 ballot
    papers") or before it ("Votes polled: 47,370", "the total number of votes … was 56,064"),
    or a count after "turnout" in its clause ("Turnout was 42,946", "from a turnout of
    20,794", "TURNOUT 60.1% (43,999)"): the contest's, checked as valid votes or as valid
    votes and rejected ballots together. Another election's is left unread."""
    m = a.m
    if m.kind is not NumberKind.COUNT or not DIGITS.fullmatch(m.number_text):
        return False
    if m.value < _FEWEST_CAST:
        return False
    if _CAST_AFTER.match(a.after):
        if a.before.rstrip().lower().endswith("whom"):
            # "Chris White, for whom 24,021 people voted": the people voted for a candidate;
            # the count is theirs, not the seat's.
            return False
        what = "“votes cast” or “ballot papers” after it"
    elif _CAST_BEFORE.search(a.before):
        what = "“votes cast” or “total votes” before it"
    elif (
        f.holds(TURNOUT_CUES)
        and (cue := _last_turnout(a.clause_before)) is not None
        # On the count's own line: a table's header naming a "Turnout" column above its
        # rows ("Electorate Turnout Votes") says nothing of the row's first count.
        and "\n" not in a.clause_before[cue:]
        and _turnout_count(f, m, m.start - len(a.clause_before) + cue)
        and not _OTHER_COUNT_AFTER.match(a.after)
    ):
        what = "“turnout” before it in its clause, a count"
    else:
        return False
    if f.earlier(m) is not None:
        return False  # "38,677 people cast their vote in 2015": that election's
    # The seat named before it in its clause, loosely when the sentence names several (as
    # a turnout's: :func:`_turnout_slot`).
    seat, tie = f.seat_near(m.start)
    several = _seats_named(f)
    if several > 1:
        tie = (
            f"{seat}, one of {several} seats named in the sentence",
            False,
            "one of several in the sentence",
        )
    figs = f.state.contest_figures(seat)
    if figs.ballots is not None:
        return False
    figs.ballots = as_rounded(f.figure(m, Unit.VOTES, what, contest_level=True, seat=tie))
    return True


# After a count following "turnout", words making it another count or a change: "a turnout
# of 4,000 more than in 2019", "turnout up 2,000".
_OTHER_COUNT_AFTER = re.compile(
    r"[^\S\n]+(?:seats?|MPs|constituencies|wards|councils|more|fewer|less|lower|higher|up|down)\b",
    re.IGNORECASE,
)


def _last_turnout(clause: str) -> int | None:
    """Where the last "turnout" of ``clause`` ends, or None."""
    found = None
    for cue in _TURNOUT.finditer(clause):
        found = cue.end()
    return found


_VOTES_NOUN_AFTER = re.compile(r"[^\S\n]*votes?\b", re.IGNORECASE)


def _turnout_count(f: Frame, m: NumberMention, cue_end: int) -> bool:
    """Is the count ``m`` the turnout a "turnout" ending at ``cue_end`` names: nobody and no
    party named between them ("Turnout was 54.2%, with Mr Kinahan winning 11,942 votes" is
    his), no other figure between but a percentage the count is bracketed after ("TURNOUT
    60.1% (43,999)"), and no "votes" after it (someone's votes)?"""
    text = f.state.text
    if _VOTES_NOUN_AFTER.match(text, m.end):
        return False
    named = [p.span.start for p in f.people] + [p.span.start for p in f.parties]
    if any(cue_end <= at < m.start for at in named):
        return False
    # (A figure inside brackets closed before the count is an aside's: "The turnout on
    # yesterday (Thursday 4 July) was 74,786".)
    between = [
        n
        for n in f.numbers
        if cue_end <= n.start
        and n.end <= m.start
        and not (
            text.rfind("(", cue_end, n.start) > text.rfind(")", cue_end, n.start)
            and text.find(")", n.end, m.start) >= 0
        )
    ]
    if not between:
        return True
    last = between[-1]
    return (
        len(between) == 1
        and last.kind is NumberKind.PERCENT
        and _BRACKETED.fullmatch(text, last.end, m.start) is not None
    )
