"""Does a winner or outcome phrase report this election's result? Not when it is quoted, when
its sentence negates, hopes or forecasts ("failed to win the seat", "is expected to be
re-elected"), or when it is dated to another time ("has held the seat since 2010", "won the
seat in a 2016 by-election"). Every reading of winners and declared outcomes asks this of its
words before it adds a claim."""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.frame import Frame
from factcheck.extract.text import cue_words
from factcheck.extract.vocabulary import other_time
from factcheck.models import Span

# A negation, hope, forecast or near miss anywhere in the sentence: "failed to win the seat",
# "is expected to be re-elected", "will be trying to help Labour retain the seat" (a campaign
# preview), "came close to losing her seat", "nearly lost", "against the odds of a
# Conservative gain". Such a sentence reports no result.
_NOT_A_RESULT = re.compile(
    r"\b(?:not|never|no\s+longer|nor|neither|failed|fails|fail|failing|unable|would|could"
    r"|might|should|hopes?|hoped|hoping|expected|expects|likely|set\s+to|bid\s+to|aims?\s+to"
    r"|(?:trying|tries|try|seeking|seeks|attempting|attempts)\s+to"
    r"|(?:came|come|comes|coming)\s+(?:close|near)\s+to|(?:nearly|almost)\s+(?:lost|los\w+|won"
    r"|took|taken|seized|gained|fell)|(?:avoided|escaped|avoids|escapes)\s+(?:losing|defeat)"
    r"|tipped|if|unless|odds|chances?|feared|fears"
    # "defying predictions of a Labour gain", "a forecast Labour gain in Gordon"
    r"|predict(?:s|ed|ing|ions?)?|forecasts?|forecasted|projected|projections?|defy(?:ing)?"
    r"|defie[sd])\b|n['’]t\b",
    re.IGNORECASE,
)
# The words one of which every match of _NOT_A_RESULT holds as a whole word, but "n't": few
# sentences hold any, and a test of the sentence's words costs a fraction of the search, which
# tries some fifty wordings ignoring case at most places of the sentence.
_NOT_A_RESULT_WORDS = cue_words(
    "not never no nor neither failed fails fail failing unable would could might should hope"
    " hopes hoped hoping expected expects likely set bid aim aims trying tries try seeking seeks"
    " attempting attempts came come comes coming nearly almost avoided escaped avoids escapes"
    " tipped if unless odds chance chances feared fears predict predicts predicted predicting"
    " prediction predictions forecast forecasts forecasted projected projection projections defy"
    " defying defies defied"
)
_LATER_CLAUSE = re.compile(
    r"[,;:]|\s[–—-]\s|\b(?:after|but|while|whereas|although|though|when|which|who|despite)\b"
    # (ninth session) "Labour has held on to Wrexham despite polls indicating the
    # Conservatives would overturn the seat": the forecast is the later clause's
    r"|\bin\s+spite\s+of\b"
)
# A phrase about an earlier election: "held the seat since 2010", "won the seat in 2015".
# A new clause ("… to remain in the seat she has held since 2010") dates only itself. (Used
# with .match at an offset, so it has no "^": that would match only at the text's start.)
_EARLIER = re.compile(
    # (a figure's separators are no clause break: "won by 1,200 votes in Bolsover in 2017")
    r"(?:(?!\b(?:she|he|they|who|which|that|it)\b)(?:[^.;,]|[.,](?=\d))){0,30}?"
    r"\b(?:(?<!time\s)since|until|till|between|in\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)"
    r"|from\s+(?:19|20)\d\d"
    # "who won Copeland in a by-election earlier this year", "lost the seat to the Liberal
    # Democrats in a December 2016 by-election": not this general election
    r"|(?:in|at)\s+(?:a|an|the|last\s+\w+['’]s|this\s+year['’]s)\s+(?:[\w-]+\s+){0,2}"
    r"by-?elections?"
    # "won the seat from the SDLP two years ago", "at the last election"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\s+(?:ago|earlier|before)"
    r"|(?:at\s+)?the\s+(?:last|previous)\s+(?:general\s+)?election|last\s+time)\b"
    r"|\s+(?:in\s+)?(?:the\s+)?(?P<bare>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Every match of _EARLIER holds one of these in the folded text: a word of it, or the first
# two digits of a year. Most clauses after a winner's words hold none, and the test of them
# costs a twentieth of the pattern's, which tries every wording at each of thirty places.
_EARLIER_CUES = ("since", "until", "till", "between", "19", "20", "election", "years", "last")


def _dated_earlier(f: Frame, start: int) -> bool:
    """Does ``_EARLIER`` match at ``start``, within the sentence, naming another time than
    the story's election? "holds Gower in the 2019 General Election" in a 2019 story is
    this election's result; the story's year is known from front matter or the run."""
    low, at = f.low, start - f.sent.span.start
    for cue in _EARLIER_CUES:
        if low.find(cue, at) >= 0:
            m = _EARLIER.match(f.state.text, start, f.sent.span.end)
            year = m.group("year") or m.group("bare") if m is not None else None
            if m is not None and year is not None and year == f.state.story_year:
                # Words after the year may date it still ("in 2019 and since"): read on.
                return _EARLIER.match(f.state.text, m.end(), f.sent.span.end) is not None
            return m is not None
    return False


# (tenth session) A tenure right after the words: "held by Labour for over 100 years", "held
# the seat for decades": how long, not this election's result. Not across a new clause:
# "losing his seat after being MP for 32 years" is this election's loss.
_TENURE = re.compile(
    r"(?:\s+(?!(?:after|before|being|when|while|as|and|but|since|until)\b)[\w'’-]+){0,3}?"
    r"\s+for\s+(?:(?:over|more\s+than|almost|nearly|about|around|some|well\s+over"
    r"|the\s+(?:past|last))\s+)?(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|many|(?:[a-z]+-)?[a-z]+ty(?:-[a-z]+)?)?\s*(?:[a-z]+\s+){0,2}"
    r"(?:years?|decades?|centur(?:y|ies))\b"
)
# An aside right after an outcome's words, which the clause's dating follows: ", which he
# won with a 831 majority," (a figure's own comma is no clause break).
_ASIDE_AFTER = re.compile(
    r",\s+(?:which|who)\b(?:[^,;:.()\n]|[.,](?=\d)){1,100}?,(?!\d)", re.IGNORECASE
)
_ASIDE_CUES = (", which", ", who")


_ELECTION_LABEL = re.compile(
    # A dateline first, "date 2019-12-13", is the story's date, not another election's.
    r"(?:\s*(?:date\s+)?(?:19|20)\d\d-\d\d-\d\d\b)?"
    r"(?:\s*(?:UK\s+|British\s+)?(?:General\s+)?Election\s+(?:19|20)\d\d\s*[:–—-])?\s*",
    re.IGNORECASE,
)


_ELECTION_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+(?:[Gg]eneral\s+)?[Ee]lection\b")


_BULLET_LINE = re.compile(r"\n[^\S\n]*[•·▪◦*‣⁃]")


def _says_no_result(f: Frame, start: int, end: int) -> bool:
    """Does a word of negation, hope or forecast stand between ``start`` and ``end``, other
    than as a word of someone's name ("won by Labour candidate Julie Hope")?"""
    if not f.says(_NOT_A_RESULT_WORDS) and "n't" not in f.low and "n’t" not in f.low:
        return False  # none of its words in the sentence, so none between start and end
    for m in _NOT_A_RESULT.finditer(f.state.text, start, end):
        i = f.count_before(f.people, m.start())
        if i < len(f.people) and f.people[i].span.start <= m.start():
            continue  # inside the name of the person after the ones ending before it
        return True
    return False


def states_a_result(f: Frame, span: Span) -> bool:
    """Is a winner or outcome phrase at ``span`` a report of this result?

    Not when it is quoted (a hope or a boast), when the sentence negates, hopes or forecasts
    ("failed to win the seat", "is expected to be re-elected"), or when it is dated to an
    earlier time ("has held the seat since 2010").
    """
    state = f.state
    # A negation in a later clause is about something else: "Labour retained the seat after
    # the MP decided not to stand".
    after = _LATER_CLAUSE.search(state.text, span.end, f.sent.span.end)
    if state.quoted(span) or _says_no_result(
        f, f.sent.span.start, after.start() if after else f.sent.span.end
    ):
        return False
    start = f.clause_start(span.start)
    # A bulleted line is an item of its own even where the splitter ran it on from the line
    # before (no full stop there): that line's dates are not this one's.
    line = state.text.rfind("\n", start, span.start)
    if line >= 0 and _BULLET_LINE.match(state.text, line):
        start = line + 1
    # A headline's label names the election it reports: "General Election 2019 - Wrexham
    # turns blue", "Election 2019: Plaid hold …".
    label = _ELECTION_LABEL.match(state.text, start, span.start)
    if other_time(state.text, label.end() if label else start, span.start, state.story_year):
        return False  # "In 2017, she won the seat by 92 votes", "Two years ago he held it"
    if _dated_earlier(f, span.end) or _TENURE.match(state.text, span.end, f.sent.span.end):
        return False
    if f.holds(_ASIDE_CUES):
        aside = _ASIDE_AFTER.match(state.text, span.end, f.sent.span.end)
        if aside is not None and _dated_earlier(f, aside.end()):
            return False  # "has held the seat, which he won with a 831 majority, since 2017"
        if f.aside_dated(span.start, span.end) is not None:
            return False  # "…, which he won with a 831 majority, since 2017": that win, in 2017
    # "who seized the seat from Alex Salmond in the biggest shock of the 2017 General
    # Election": another general election named later in the clause dates it.
    named = _ELECTION_YEAR.search(state.text, span.end, after.start() if after else f.sent.span.end)
    return named is None or named.group("year") == state.story_year
