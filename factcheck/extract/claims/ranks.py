"""Finishing positions: "came third", "followed in third", "dropped from third to fifth"."""

from __future__ import annotations

import itertools
from decimal import Decimal

from factcheck import compiled_re as re
from factcheck.extract.claims.party_subjects import party_after_placing, party_placed
from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import Around, Frame, SeatTie
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.extract.vocabulary import DOWN, RANK_BEFORE, UP, direction
from factcheck.models import ChangeClaim, Figure, Quantity, Span, Unit

# What may follow a placing: "second place", "second with", "second for the Lib Dems",
# "fifth out of five".
# "third after the Conservatives", "second to Mr Mak", "second in the poll", and "second in"
# a seat named right after (:func:`_in_seat_after`).
# (fifteenth session) "second there", "second in the constituency", "second in the vote count":
# the seat the sentence is about, said again (not "second in the race for the leadership").
_RANK_AFTER_OK = re.compile(
    r"^(?:\s+(?:place|spot|slot|position)\b|\s*[,.;)]|\s+with\b|\s+on\b|\s+behind\b|\s*$|\s+and\b|\s+for\b"
    r"|\s+out\s+of\b|\s+after\s+(?:the\s+)?[A-Z]|\s+to\s+(?:the\s+)?[A-Z]|\s+there\b"
    r"|\s+in\s+the\s+(?:poll|constituency|seat|count|vote\s+count)\b"
    r"|\s+in\s+the\s+vote\s*(?:[,.;]|$))"
)
# (sixteenth session) "came third in the Morecambe and Lunesdale vote": "the" before the seat.
_IN = re.compile(r"\s+in\s+(?:the\s+)?")


def _in_seat_after(f: Frame, end: int, who: PersonMention) -> bool:
    """Is a placing ending at ``end`` followed by "in" and a seat's name ("came second in
    South West Hertfordshire"), one ``who`` is not read as standing elsewhere? Not "in the
    first round", "in 2017", "in a row"."""
    m = _IN.match(f.state.text, end)
    seat = f.contest_at(m.end()) if m is not None else None
    if seat is None:
        return False
    cand = f.state.candidates.get(who.name)
    return cand is None or cand.contest in (None, seat.name)


def _seat_after(f: Frame, end: int) -> bool:
    """Is a placing ending at ``end`` followed by "in" and the sentence's one seat ("Labour
    were a distant second in Dundee West")? A party's placing is its candidate's there."""
    m = _IN.match(f.state.text, end) if len(f.contests) == 1 else None
    return m is not None and f.contest_at(m.end()) is f.contests[0]


_RANK_FROM = re.compile(
    rf"\b(?P<dir>{UP}|{DOWN}|moved|went|slid|plunged|leapt|leaped)\s+from\s+$", re.IGNORECASE
)
_TO = re.compile(r"\s+to\s+")
# (twenty-second session) A placing in a relative clause: "a majority of more than 3,000 over
# the former MP, who came second", "a swing from the Liberal Democrats who came third". It is
# said of the words before "who", which may name nobody ("the former MP", "his Conservative
# rival", a party); the sentence's subject is not it.
# (twenty-second session) Placings shared out in order: "A and B finished fourth and fifth
# respectively". Between the run of people and the placings, only a verb of placing.
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")
_RESPECTIVELY_AFTER = re.compile(r"(?:\s+places?)?,?\s+respectively\b")
_PLACED_AFTER_RUN = re.compile(
    r"\s+(?:(?:have|had|has)\s+)?(?:came|finished|were|placed|ended\s+up)\s+(?:in\s+)?"
)
_WHO_BEFORE = re.compile(r"(?:,|[ \t][-–—])?\s+who\s+(?:[a-z]+\s+){1,3}$")


def _elliptical_placing(f: Frame, who: PersonMention, at: int) -> bool:
    """ "X came second with 10,232 and the Conservatives' Y third with 3,753": a placing
    right after a name, in a sentence that has already placed someone with a verb, or right
    after a name that "with" opens ("held Gower with Labour's Y second")."""
    text = f.state.text
    if not (f.sent.span.start <= who.span.start and _GAP.fullmatch(text, who.span.end, at)):
        return False
    return (
        RANK_BEFORE.search(text, f.sent.span.start, who.span.start) is not None
        or bool(_PLACED.search(text, f.sent.span.start, who.span.start))
        or _WITH_BEFORE.search(text, max(f.sent.span.start, who.span.start - 50), who.span.start)
        is not None
    )


_GAP = re.compile(r"\s+")
# "beat Labour into third place", "pushed Tory candidate Jane Smith into fourth place", "beat
# the former first minister and party veteran into second place": the place is the one
# pushed's (the object's), whoever the subject is.
# (fourteenth session) An aside about the one pushed may stand before "into": "beating
# Independent candidate Jane Smith, who polled 13,498 votes, into second place".
_PUSHED_INTO = re.compile(
    r"\b(?P<verb>beat\w*|push\w*|relegat\w*|knock\w*|forc\w*|drove|driv\w*)\s+"
    r"(?:[\w'’.-]+\s+){0,8}[\w'’.-]+(?:,\s+who\s+[^;:.()]{1,60}?,)?\s+into\s+$",
    re.IGNORECASE,
)
# How far before the ordinal the verb may stand (nine words of a title and a name).
_PUSHED_REACH = 120
# (eighteenth session) "X finishing second and Y third": a participle places too.
_PLACED = re.compile(r"\b(?:came|coming|finished|finishing|placed)\s+\w+", re.IGNORECASE)
# (eighteenth session) "held Llanelli with Plaid's Jane Smith second", "with Reform's John
# Brown second": "with", a person (party words before them allowed) and a placing right after,
# a clause of its own (four outlets).
_WITH_BEFORE = re.compile(
    r"\bwith\s+(?:the\s+)?(?:(?:[A-Z][\w'’.-]*(?:['’]s?)?|candidate|[a-z]{2,3})\s+){0,4}$"
)
# "came in a distant third", "came a close second": a placing verb, and a word of how near.
# (sixteenth session) Or the verb "to be": "Jane Smith was a distant fourth", "were a close
# third".
_PLACED_HOW = re.compile(
    r"\b(?:came|come|comes|coming|finished|finishing|placed|ended\s+up|was|were|is|are)\s+"
    r"(?:in\s+)?(?:an?\s+)?"
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
    if k not in used and (_RANK_AFTER_OK.match(after) or _seat_after(f, m.end)):
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
    if k not in used and (_placing_then_person(f, k) or _placing_then_party(f, k)):
        return
    if "respectively" in f.words and _respective_placings(f, k):
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
    if "into" in f.words:
        pushed = _PUSHED_INTO.search(text, max(sent.span.start, m.start - _PUSHED_REACH), m.start)
        if pushed is not None:
            _read_pushed_into(f, k, pushed)
            return  # "beat Labour into third place": the placing is not the subject's
    if (
        RANK_BEFORE.search(before)
        or _PLACED_HOW.search(before)
        or _elliptical_placing(f, who, m.start)
    ) and (_RANK_AFTER_OK.match(after) or _in_seat_after(f, m.end, who)):
        if state.quoted(m.span):
            return  # "it looks like we're back in third": a hope, not a result
        if "who" in f.words and _placed_in_relative_of_another(f, who, m.start):
            return  # "over the former MP, who came second": nobody the reader knows
        cand = f.register(who)
        if cand.rank is None:
            cand.rank = f.figure(m, Unit.RANK, "a placing verb before it", who=who)
        elif cand.rank.value == m.value:
            # The same placing said again ("came second" in prose over a card's "2nd").
            cand.said_again(cand.rank, f.figure(m, Unit.RANK, "a placing verb before it", who=who))
        used.add(k)


def _respective_placings(f: Frame, k: int) -> bool:
    """Is the ordinal ``k`` one of a list of placings shared out "respectively" ("Ms Webbe
    and Mr Vaz finished fourth and fifth respectively")? Each then goes to the person named in
    the same place of the run of people right before the list, as many as the placings, when
    there is one (read here); else to no one: the sentence's subject is only the first of
    them. True when ``k`` is in such a list, read or not."""
    text, numbers = f.state.text, f.numbers
    lo = k
    while (
        lo > 0
        and numbers[lo - 1].kind is NumberKind.ORDINAL
        and _LISTED.fullmatch(text, numbers[lo - 1].end, numbers[lo].start)
    ):
        lo -= 1
    hi = k
    while (
        hi + 1 < len(numbers)
        and numbers[hi + 1].kind is NumberKind.ORDINAL
        and _LISTED.fullmatch(text, numbers[hi].end, numbers[hi + 1].start)
    ):
        hi += 1
    if hi == lo or not _RESPECTIVELY_AFTER.match(text, numbers[hi].end):
        return False
    placings = range(lo, hi + 1)
    f.used.update(placings)
    before = [p for p in f.people if p.span.end <= numbers[lo].start]
    run = before[-len(placings) :]
    if (
        len(run) != len(placings)
        or len({p.name for p in run}) != len(run)
        or not all(
            _LISTED.fullmatch(text, a.span.end, b.span.start) for a, b in itertools.pairwise(run)
        )
        or not _PLACED_AFTER_RUN.fullmatch(text, run[-1].span.end, numbers[lo].start)
        or f.state.quoted(numbers[lo].span)
        or f.earlier(numbers[lo]) is not None
    ):
        return True
    for who, j in zip(run, placings, strict=True):
        cand = f.register(who)
        if cand.rank is None:
            cand.rank = f.figure(
                numbers[j], Unit.RANK, "a placing shared out “respectively”", who=who
            )
    return True


def _placed_in_relative_of_another(f: Frame, who: PersonMention, at: int) -> bool:
    """Is the placing at ``at`` in a relative clause (", who came second", "– who came
    fifth") whose antecedent is not ``who``, the person it would go to? The words before
    "who" are the one placed: a person named right there is ``who`` (the subject the reader
    found is then the antecedent); anything else ("over the former MP, who came second",
    "the Liberal Democrats who came third") names nobody the placing can go to."""
    text = f.state.text
    rel = _WHO_BEFORE.search(text, max(f.sent.span.start, at - 40), at)
    if rel is None:
        return False
    comma = rel.start()
    return not any(p.span.end == comma for p in f.people)


def _read_pushed_into(f: Frame, k: int, pushed: re.Match[str]) -> None:
    """ "Jane Smith pushed Tory candidate John Brown into fourth place": the place is the one
    person named between the verb and "into"; with none named there ("beat the former first
    minister into second place") or several, it is nobody's the reader can say."""
    m = f.numbers[k]
    f.used.add(k)
    named = [p for p in f.people if pushed.end("verb") < p.span.start and p.span.end <= m.start]
    if len(named) != 1 or f.state.quoted(m.span) or f.earlier(m) is not None:
        return
    who = named[0]
    cand = f.register(who)
    if cand.rank is None:
        verb = pushed.group("verb")
        tie = (f"{who.name}, named between “{verb}” and “into”", True)
        cand.rank = f.figure(m, Unit.RANK, f"“{verb} … into” a placing", who=who, subject_tie=tie)


# A placing opening its sentence, then the person given it: "In second place was Welsh Liberal
# Democrat candidate, Mark Williams", "In third was Scottish Greens candidate Alex Armitage",
# "Fourth place went to Reform UK candidate Robert Smith".
# (fifteenth session) Or a participle of placing first: "Coming in third was X", "Coming second
# in the seat last night was X", "Finishing fourth was X".
_OPENS_PLACING = re.compile(
    r"\s*(?:And\s+)?(?:(?:Coming|Finishing|Placed)\s+)?(?:[Ii]n\s+)?(?:the\s+)?"
)
# (fourteenth session) Or opening a later clause: "X received 15,405 votes, and in third
# place was Y". "in" or a clause's joiner must open it: in "X came second, third was Y" the
# ordinal may close the clause before.
_CLAUSE_OPENS_PLACING = re.compile(
    r"(?:[,;–—]\s*(?:and\s+|while\s+|whilst\s+|with\s+|but\s+)?|\s(?:and|while|whilst)\s+)"
    r"[Ii]n\s+(?:the\s+)?$"
)
# (fifteenth session) "came" too ("In second place came X", "Second came X"), and where or
# when before the verb ("Coming second in the seat last night was X").
_PLACING_THEN = re.compile(
    r"(?:\s+place|\s+position)?(?:\s+(?:in|at)\s+the\s+(?:seat|constituency|count|poll|vote)"
    r"(?:\s+(?:last|this)\s+(?:night|morning))?)?"
    r",?\s+(?:was|came|went\s+to|is|goes\s+to)\s+[^.;:()\d]{0,60}?"
)


def _placing_then_person(f: Frame, k: int) -> bool:
    """Reads an ordinal opening its sentence or a later clause whose person follows it ("In
    second place was X", "Fourth place went to X", "…, and in third place was X"); True when
    it did."""
    text, m = f.state.text, f.numbers[k]
    if not (
        _OPENS_PLACING.fullmatch(text, f.sent.span.start, m.start)
        or _CLAUSE_OPENS_PLACING.search(text, max(f.sent.span.start, m.start - 20), m.start)
    ):
        return False
    i = f.count_before(f.people, m.end)
    if i >= len(f.people) or f.count_before(f.people, m.start) != i:
        return False
    who = f.people[i]
    if not _PLACING_THEN.fullmatch(text, m.end, who.span.start):
        return False
    if f.state.quoted(m.span) or f.earlier(m) is not None:
        return True  # the placing's, and nobody's in this election
    f.used.add(k)
    cand = f.register(who)
    if cand.rank is None:
        tie = (f"{who.name}, named right after the placing given", True)
        cand.rank = f.figure(
            m, Unit.RANK, "a placing, then the person it went to", who=who, subject_tie=tie
        )
    return True


def _placing_then_party(f: Frame, k: int) -> bool:
    """(twentieth session) Reads an ordinal opening its sentence or clause whose party follows
    it, as :func:`_placing_then_person` reads a person's ("Third was Labour with 12.8%", "In
    distant third were the Conservatives"): the party's candidate's placing. True when read."""
    m = f.numbers[k]
    ps = party_after_placing(f, m)
    if ps is None:
        return False
    f.used.add(k)
    if f.state.quoted(m.span) or f.earlier(m) is not None:
        return True
    placing = f.figure(m, Unit.RANK, "a placing of a party: " + ps.how, subject_tie=ps.subject_tie)
    cand = ps.candidate
    if cand.rank is None:
        cand.rank = placing
    else:
        cand.restate(cand.rank, placing, f.sent.span)
    return True


# Words that place a person second without an ordinal: "runner-up, Labour candidate
# Charlotte Cornell", "Runner up was Labour's Andy Stamp", "second-placed Simon Fell", "his
# nearest rival, Labour's Ken Rustidge", "a 2,160 vote majority over the SNP's Drew Hendry".
# The person must follow at once, after party words and a comma at most.
# (tenth session) "a majority of just 1,725 over X", "won Midlothian by 8,167 votes over X":
# a hedge before the count, and a win "by" a count of votes "over" someone, say it too.
# (twelfth session) "won by over 10,000 votes from X": a win by a margin "from" someone
# names the runner-up as "over" does, the seat named or not, the count hedged or not.
# (eighteenth session) "claimed victory over X", "a 4,000-vote victory over X": a victory
# "over" someone names the runner-up as a majority "over" them does (five outlets).
# A seat's name between a verb and "by": "Birmingham, Edgbaston", "Kingston upon Hull East",
# "Richmond (Yorks)".
_SEAT_WORDS = r"(?:\(?[A-Z][\w'’&-]*\)?,?\s+(?:(?:and|&|upon|on|under|in|with)\s+)?)"
_HEDGE = (
    r"(?:(?:just|only|a\s+mere|some|around|about|nearly|almost|over|under|(?:more|fewer|less)"
    r"\s+than)\s+)*"
)
_SECOND_WORDS = re.compile(
    r"\b(?:runners?[- ]up|second[- ]placed|(?:his|her|their|its)\s+(?:nearest|closest)"
    rf"\s+(?:rival|challenger)|(?:majority\s+(?:of\s+{_HEDGE}[\d,]+\s+(?:votes?\s+)?)?|victory\s+)"
    r"(?P<over>over)"
    rf"|(?:won|wins|held|retained|took|gained)\s+{_SEAT_WORDS}{{0,5}}"
    rf"by\s+{_HEDGE}[\d,]+\s+votes?\s+(?P<by_over>over|from))\b",
    re.IGNORECASE,
)
# Between the words and the person: "was ", ", ", " position, ", "Labour's ", "Labour
# candidate ", "the SNP's ", "his nearest rival, Sinn Féin's ", "SNP challenger ", "outgoing
# Conservative ".
_SECOND_GAP = re.compile(
    r"(?:\s+position)?(?:,|\s+was|\s+is)?\s+(?:(?:the|his|her|their)\s+)?"
    r"(?:(?:nearest|closest)\s+(?:rival|challenger),?\s+)?"
    r"(?:(?:[A-Z][\w'’.-]*|[a-z]{2,3})(?:['’]s?)?\s+|(?:candidate|challenger|rival),?\s+"
    r"|(?:outgoing|sitting|incumbent|former)\s+|of\s+the\s+){0,5}"
)
SECOND_CUES = ("runner", "placed", "nearest", "closest")
"""Substrings one of which a sentence needs for :func:`read_word_placings` to read it (or
both "majority" and " over ", or "victory over ", " ahead of ", " beat", " votes over ",
" votes from ", " than ", or " los…" with " by ")."""


def read_word_placings(f: Frame) -> None:
    """Second places said in words: "runner-up", "second-placed", "nearest rival", "a
    majority over": each given to the person named right after the words; and the places
    after a placed person's, "followed by" (:func:`read_followed_by`)."""
    if not f.people:
        return
    low = f.low
    if "followed by" in low:
        read_followed_by(f)
    if not f.holds(SECOND_CUES) and not (
        ("majority" in low and " over " in low)
        or "victory over " in low
        or " ahead of " in low
        or " beat" in low
        or " votes over " in low
        or " votes from " in low
        or " than " in low  # "57 more votes than X"
        or (" los" in low and " by " in low)  # "losing by just 149 votes"
    ):
        return
    text, sent = f.state.text, f.sent
    _read_runner_up_of_majority(f)
    for match in _SECOND_WORDS.finditer(text, sent.span.start, sent.span.end):
        i = f.count_before(f.people, match.end())
        if i >= len(f.people) or f.people[i].span.start - match.end() > 60:
            continue
        who = f.people[i]
        if not _SECOND_GAP.fullmatch(text, match.end(), who.span.start):
            continue
        # "a majority of 12,897 over X": the placing is in "over", the majority's own words
        # are the majority's.
        key = "over" if match.group("over") else "by_over" if match.group("by_over") else 0
        start, end = match.span(key)
        m = place_in_words(text, start, end, 2)
        if f.state.quoted(m.span) or f.earlier(m) is not None:
            continue
        if key == "over" and text.startswith("victory", match.start()) and not _placed_here(f, who):
            continue  # a victory with no count and no seat: not enough to place the rival
        cand = f.register(who)
        if cand.rank is None:
            what = f"“{m.text}”: the second place, in words"
            tie = (f"{who.name}, named right after “{m.text}”", True)
            cand.rank = f.figure(m, Unit.RANK, what, who=who, subject_tie=tie)


def _placed_here(f: Frame, who: PersonMention) -> bool:
    """Is the sentence's seat for ``who`` tied explicitly, or were they placed in it before?
    (A seat only carried into the sentence, for someone nobody has placed yet, may be another
    paragraph's.)"""
    if f.seat_tie(who)[1]:
        return True
    known = f.state.candidates.get(who.name) or f.state.same_person(who.name)
    return known is not None and known.contest is not None


def place_in_words(text: str, start: int, end: int, place: int) -> NumberMention:
    """A place said in words ("runner-up", "ahead of", "beat"), as an exact ordinal at those
    words, so that a rank read from them is placed and quoted like any number's."""
    return NumberMention(
        text=text[start:end],
        start=start,
        end=end,
        number_start=start,
        number_end=end,
        value=Decimal(place),
        precision=Decimal(1),
        exact=True,
        kind=NumberKind.ORDINAL,
    )


def first_in_words(
    f: Frame,
    words: Span,
    what: str,
    *,
    who: PersonMention | None = None,
    subject_tie: tuple[str, bool] | None = None,
    seat: SeatTie | None = None,
) -> Figure:
    """First place said by a winner's words ("X held Gower", "lost Gordon to X"), read with
    its grounds like any figure: ``what`` names the words, ``subject_tie`` and ``seat`` say
    how the winner and the seat were tied (each worked out the reader's usual way when not
    given), and the election is the clause's. A rule judging the place then knows how sure
    the reading is, as it does for a number (a win carried from another paragraph is loose).
    """
    m = place_in_words(f.state.text, words.start, words.end, 1)
    fig = f.figure(m, Unit.RANK, what, who=who, subject_tie=subject_tie, seat=seat)
    return fig.model_copy(update={"text": "first"})


# The one a seat's majority was won over: "McDonnell was 900 votes ahead of the DUP's
# Jonathan Bell", "The Conservative candidate beat Labour's Gareth Derrick by 20,971 votes",
# where the count was read as the seat's majority. A majority is the lead over the second.
# (twelfth session) "a majority of just under 14,000, ahead of Labour's Jo Rust", "57 more
# votes than Ulster Unionist Party candidate Tom Elliott": after a comma, and "more than".
_AHEAD_OF_AFTER = re.compile(
    r",?\s*(?:votes?\s+)?(?P<cue>ahead\s+of|clear\s+of|more\s+(?:votes?\s+)?than)\s+",
    re.IGNORECASE,
)
# "Ms Swinson …, losing by just 149 votes to the SNP's Amy Callaghan": the one who lost the
# seat by the majority is the runner-up, named last before the verb.
_LOST_BY_BEFORE = re.compile(
    r"\b(?P<cue>lost|losing|loses|lose)\s+"
    rf"(?:(?:his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}seat\s+|(?-i:{_SEAT_WORDS}{{1,5}}))?"
    r"by\s+(?:(?:just|only|a\s+mere|around|about|some|nearly|almost|under|over)\s+)*$",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(
    r"\s+by\s+(?:(?:just|only|a|an|mere|narrow|slim|whopping|huge|massive|comfortable)\s+)*$",
    re.IGNORECASE,
)
# Party words before a person: "the DUP's ", "Labour candidate ", "Conservative ".
_PARTY_WORDS = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|[a-z]{2,3})(?:['’]s?)?\s+|candidate,?\s+){0,5}"
)


def _read_runner_up_of_majority(f: Frame) -> None:
    text, sent = f.state.text, f.sent
    for seat, figs in f.state.contests.items():
        if seat is None or figs.majority is None:
            continue
        # The majority, or the majority said again in this sentence ("as she defeated Diana
        # Armstrong by more than 4,000 votes" after its exact count).
        fig = figs.majority
        if fig.span is not None and not sent.span.start <= fig.span.start < sent.span.end:
            fig = next(
                (
                    g
                    for g in figs.restated
                    if g.span is not None and sent.span.start <= g.span.start < sent.span.end
                ),
                fig,
            )
        if fig.span is None:
            continue
        span = fig.span
        if not sent.span.start <= span.start < sent.span.end:
            continue
        who = None
        lost = None
        cue = _AHEAD_OF_AFTER.match(text, span.end)
        if cue is not None:
            i = f.count_before(f.people, cue.end())
            if i < len(f.people) and _PARTY_WORDS.fullmatch(
                text, cue.end(), f.people[i].span.start
            ):
                who = f.people[i]
        elif (
            lost := _LOST_BY_BEFORE.search(text, max(sent.span.start, span.start - 60), span.start)
        ) is not None:
            who = f.subject(lost.start())
        else:
            # "beat Labour's Gareth Derrick by 20,971 votes"
            i = f.count_before(f.people, span.start)
            person = f.people[i - 1] if i else None
            if (
                person is not None
                and _BY_BEFORE.fullmatch(text, person.span.end, span.start)
                and _BEAT_THEN_PARTY.search(
                    text, max(sent.span.start, person.span.start - 60), person.span.start
                )
            ):
                who = person
        if who is None or f.state.quoted(span):
            continue
        known = f.state.candidates.get(who.name)
        if known is not None and (known.rank is not None or known.contest not in (None, seat)):
            continue
        cand = f.state.candidate(who, seat)
        if cand.contest != seat:
            continue
        link = f.links.get(who.span.start)
        if link is not None and cand.party is None:
            cand.party, cand.party_span = link.party.name, link.span
        if cue is not None:
            start, end = cue.span("cue")
        elif lost is not None:
            start, end = lost.span("cue")
        else:
            verb = _BEAT_VERB.search(
                text, max(sent.span.start, who.span.start - 60), who.span.start
            )
            start, end = verb.span() if verb is not None else (span.start, span.end)
        m = place_in_words(text, start, end, 2)
        what = f"the one {seat}'s majority ({fig.text}) was won over: second"
        tie = (f"{who.name}, named as the one the majority was over", True)
        if lost is not None:
            what = f"the one who lost {seat} by its majority ({fig.text}): second"
            # The only person named before the verb is sure; the nearest of several, or the
            # one an opening pronoun stands for, is a guess.
            alone = f.count_before(f.people, lost.start()) == 1 and who in f.people
            tie = (f"{who.name}, named before “{lost.group('cue')}”", alone)
        g = fig.grounds
        seat_tie = (g.seat, "seat" not in g.loose, g.seat_named) if g is not None else None
        cand.rank = f.figure(m, Unit.RANK, what, who=who, subject_tie=tie, seat=seat_tie)


_BEAT_VERB = re.compile(r"\b(?:beat|beating|defeated|defeating)\b", re.IGNORECASE)
# "beat Labour's ", "defeated Conservative candidate ", "beat " right before the person.
_BEAT_THEN_PARTY = re.compile(
    r"\b(?:beat|beating|defeated|defeating)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:['’]s?)?\s+"
    r"|candidate\s+){0,4}$"
)


# "closely followed by Conservative Colin Clark", "He was followed by Conor Savage": the
# person the placings go on from, then the cue, then party words before the first name.
_FOLLOWED_BY = re.compile(r"\b(?:(?:closely|narrowly|then|next)\s+)?followed\s+by\s+")
_FOLLOWED_PRONOUN = re.compile(
    r"\s*(?:He|She|They)\s+(?:was|were)\s+(?:(?:closely|narrowly|then)\s+)?followed\s+by\b"
)
# Between two people of the list: their party words ("for the Greens", "of the Scottish
# Labour Party", "(Reform)"), their count (", with 1,493 votes"), a comma, semicolon or "and",
# and the next one's party words ("Reform's ", "the SNP's ").
_FOLLOWED_GAP = re.compile(
    r"(?:['’]s?)?(?:\s*\([^()\n]{1,40}\))?"
    r"(?:,?\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of))*)?"
    r"(?:,?\s+(?:with|on)\s+\d[\d,]*(?:\s+votes?)?)?"
    r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:the\s+)?(?:[A-Z][\w'’.-]*(?:['’]s?)?|candidate)\s+){0,4}"
)
_ORDINAL_WORD = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|1st|2nd|3rd|[4-9]th)\b",
    re.IGNORECASE,
)


def read_followed_by(f: Frame) -> None:
    """The places after a placed person's, in the order named: "Richard Thomson won with
    23,885, closely followed by Conservative Colin Clark" (second); "Fourth place went to
    Robert Smith. He was followed by Conor Savage …; and Shane Painter …" (fifth and sixth).
    The place gone on from is the one of the person named right before the cue in the
    sentence, or, for a sentence opening "He/They was/were followed by", the last placing
    the story wrote before it, when the reader gave it to someone of the seat and nobody
    there placed lower: a placing it did not read would shift every one after it."""
    text, sent, state = f.state.text, f.sent, f.state
    for cue in _FOLLOWED_BY.finditer(text, sent.span.start, sent.span.end):
        i = f.count_before(f.people, cue.end())
        if i >= len(f.people) or not _PARTY_WORDS.fullmatch(
            text, cue.end(), f.people[i].span.start
        ):
            continue
        base = _placed_before(f, cue.start(), i)
        if base is None:
            continue
        listed = [f.people[i]]
        for nxt in f.people[i + 1 :]:
            if not _FOLLOWED_GAP.fullmatch(text, listed[-1].span.end, nxt.span.start):
                break
            listed.append(nxt)
        if state.quoted(Span(start=cue.start(), end=cue.end())):
            continue
        for nth, who in enumerate(listed, start=1):
            start = cue.start() if nth == 1 else who.span.start
            m = place_in_words(text, start, who.span.end, base + nth)
            if f.earlier(m) is not None:
                return
            cand = f.register(who)
            if cand.rank is None:
                what = f"“followed by” after place {base}: place {base + nth} in the order named"
                tie = (f"{who.name}, named {nth} after “followed by”", True)
                cand.rank = f.figure(m, Unit.RANK, what, who=who, subject_tie=tie)


def _placed_before(f: Frame, at: int, first: int) -> int | None:
    """The placing "followed by" at ``at`` goes on from, or None when it is not sure."""
    state, text = f.state, f.state.text
    if first:
        before = state.candidates.get(f.people[first - 1].name)
        rank = before.rank if before is not None else None
        if rank is not None and rank.span is not None and rank.span.start < f.sent.span.start:
            # "… came fourth with 1,009." and paragraphs on "firstly Edmund Fordham followed
            # by Lucy Frazer" (arriving at the count): an order this sentence did not place
            # its first person in may be any order, not the result's.
            return None
        return _sure(f, rank)
    if not _FOLLOWED_PRONOUN.match(text, f.sent.span.start, at + 20):
        return None
    lead = max(0, f.sent.span.start - 400)
    found = list(_ORDINAL_WORD.finditer(text, lead, f.sent.span.start))
    if not found:
        return None
    seat = f.contest
    ranked = [
        c
        for c in state.candidates.values()
        if c.rank is not None and c.contest == seat and seat is not None
    ]
    ranks = [c.rank for c in ranked if c.rank is not None]
    last = found[-1].start()
    placed = [
        c for c in ranked if c.rank and c.rank.span and c.rank.span.start <= last < c.rank.span.end
    ]
    if len(placed) != 1 or any(r.value > placed[0].rank.value for r in ranks if placed[0].rank):
        return None
    named = state.last_person
    # Imported here: the names' folding loads its tables, which few stories come this far for.
    from factcheck.names import surname_key

    if named is not None and surname_key(named.name) != surname_key(placed[0].name):
        # "… Mary Smith polled in second place. ¶ In the top three, A polled 15,199, B 13,068,
        # C 2,151. ¶ They were followed by D": the place gone on from is the last person's
        # named before, not the last place written in words (C's third, not B's second).
        return None
    return _sure(f, placed[0].rank, carried=True)


def _sure(f: Frame, rank: Figure | None, *, carried: bool = False) -> int | None:
    """A whole placing whose seat was read explicitly: the places after it take its seat, so
    a seat only guessed for it would misplace every one of them. Carried from a sentence
    before (``carried``), the story's own seat in a story naming several is such a guess."""
    if rank is None or rank.value != int(rank.value):
        return None
    g = rank.grounds
    if g is None:
        # A winner in words ("Jane Smith won with 23,885") keeps no grounds of its own: the
        # same sentence's seat is the one the places after it take.
        return None if carried else int(rank.value)
    if "seat" in g.loose or (
        carried and f.state.seats_named > 1 and g.seat_named == "story's seat"
    ):
        return None
    return int(rank.value)
