"""Changes: their size ("up about five per cent", "a nearly 11 per cent increase on her
majority"), their levels ("down from 15.2pc", "to 67.68pc"), a second change said
elliptically ("…, and Ms Ali's nearly 11pc"), and a majority's direction without a figure
("increased his majority")."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from factcheck import compiled_re as re
from factcheck.extract.claims.party_cards import code_party
from factcheck.extract.claims.people import bracketed_seat, seat_right_after
from factcheck.extract.claims.results_lists import abbreviation_label
from factcheck.extract.entities import ContestMention, PartyMention, PersonMention
from factcheck.extract.frame import Around, Candidate, Frame, SeatTie
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.extract.text import cue_words
from factcheck.extract.vocabulary import (
    CLAUSE_BREAK,
    DIGITS,
    DIRECTION_WORD,
    DIRECTION_WORDS,
    DOWN,
    MAJORITY_CHANGE,
    MULTIPLIED,
    POSSESSIVE,
    QUANTITY_WORD,
    SHARE_CUE_AFTER,
    UP,
    VOTES_AFTER,
    direction,
    last_quantity,
    other_time,
    quantity,
    since,
)
from factcheck.models import ChangeClaim, Claim, Direction, Figure, Quantity, Span, Unit

# "gained 17%", "lost 12", "gaining 31.6 percent of the votes" usually state a level won, not
# a change; these verbs make a change only with "by" ("gained by 2 points").
_LEVEL_VERBS = frozenset(
    ["gained", "gain", "gains", "gaining", "lost", "losing", "won", "winning", "took", "taking"]
)
# Before a number: "up ", "rose by ", "increasing her majority by "
_AMOUNT_BEFORE = re.compile(
    # "shed over 1000 votes"; "a loss of 3,244", "a reduction of 11,234" (after "of" only)
    rf"\b(?P<dir>{UP}|{DOWN}|shed|sheds|shedding|loss|reduction|crumbled|slashed|eroded)"
    # "increased the DUP vote by 554", "increased her party's vote by 332", "cutting Mr
    # Hendry's lead by almost 7,800 votes"
    # (twentieth session) "an increase in share of 18 per cent": the noun's quantity after "in"
    r"(?:\s+in(?=\s+(?:(?:his|her|their|its|the)\s+)?(?:vote\s+)?share\b))?"
    rf"(?:\s+{POSSESSIVE}(?:\s+party['’]s)?(?:\s+(?-i:[A-Z])[\w'’-]*)?"
    r"|(?:\s+(?-i:[A-Z])[\w.-]*){1,2}['’]s)?"
    r"(?:\s+(?P<q>majority|share(?:\s+of\s+the\s+vote)?|vote share|turnout"
    r"|percentage\s+of\s+the\s+vote(?:\s+share)?|votes?(?=\s+by\b)|lead(?=\s+by\b)))?"
    # (twentieth session) the seat between the quantity and "by": "boosted his share of the
    # vote in Hertfordshire North East by 3.3%"
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’.-]*){0,3}(?=\s+by\b))?"
    # (twentieth session) and a word of the size between "by" and the figure: "improved by a
    # substantial 16.5 per cent", "down just 0.9 per cent"
    r"\s+(?:by\s+(?:a\s+(?:further|substantial|massive|whopping|huge|modest|mere|healthy)\s+)?"
    # ("lost by just 384" is a margin's, read before; "just" only right after the direction)
    r"|(?P<of>of)\s+|(?:just|only)\s+)?(?:around\s+|about\s+)?$",
    re.IGNORECASE,
)
# The words of _AMOUNT_BEFORE's direction that DIRECTION_WORDS does not hold, and theirs.
_MORE_DIRECTIONS = {
    "crumbled": Direction.DOWN,
    "slashed": Direction.DOWN,
    "eroded": Direction.DOWN,
    "shed": Direction.DOWN,
    "sheds": Direction.DOWN,
    "shedding": Direction.DOWN,
    "loss": Direction.DOWN,
    "reduction": Direction.DOWN,
}
_AMOUNT_CUES = DIRECTION_WORDS | frozenset(_MORE_DIRECTIONS)
_NOUNS_OF = frozenset({"loss", "reduction"})
# A bound's words that say a level was crossed right after a verb of change: "fell below 70
# per cent", "rose above 50%" give the new level's bound, not the change's size.
_CROSSED = frozenset({"below", "above", "beneath"})
_SHED = frozenset({"shed", "sheds", "shedding"})
# "picked up", "racked up", "ended up": verbs whose "up" is no direction.
_PHRASAL_UP = re.compile(
    r"\b(?:picked|picking|picks|racked|racking|scooped|snapped|mopped|ended|ending|summed"
    r"|chalked|notched|totted|totting|made|making)\s+$",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+(?:around\s+|about\s+)?$")
# "an increase of nearly 7,000": "of" after a change only when it is a noun.
_CHANGE_NOUNS = frozenset(
    [
        "increase",
        "decrease",
        "rise",
        "fall",
        "drop",
        "gain",
        "cut",
        "boost",
        "jump",
        "decline",
        "dip",
        "slump",
        "loss",
        "reduction",
    ]
)
# After a number: " increase on her majority", " rise in turnout", " swing"
_AMOUNT_AFTER = re.compile(
    r"^\s+(?P<noun>increase|rise|fall|drop|decrease|jump|gain|cut|boost|swing|decline|slump"
    r"|collapse|surge|dip|reduction"
    # (sixteenth session) "a 54% turnout – 6% down on 2019", "six per cent up on 2010": the
    # amount before its direction, against an earlier election named
    r"|(?:up|down)(?=\s+(?:on|from|since)\s+(?:the\s+)?(?:(?:19|20)\d\d|last|previous)\b))\b"
    rf"(?:\s+(?:in|on|of|to)\s+(?:{POSSESSIVE}\s+)?"
    # (twenty-second session) whole words: "a decrease in voters" is no change of "the vote"
    r"(?P<q>majority|share|vote share|turnout|votes?)\b)?",
    re.IGNORECASE,
)
# "polled 4,500 fewer votes than in 2017", "six per cent more votes": a change of the vote
# by its comparative, whose direction the comparative gives.
_FEWER_MORE_AFTER = re.compile(
    # "1 more vote on Thursday than she did in 2019", "130 less than the party won in the last
    # General Election", "(around 1,000 more than in 2015)", "4,571 more votes this year"
    # ("10,000 votes less than the party's result": the noun may come first)
    r"^\s+(?:votes\s+(?=(?:fewer|more|less)\b))?"
    r"(?P<noun>fewer|more|less)(?:\s+(?P<q>votes?))?(?:\s+[\w-]+){0,2}?\s+"
    r"(?:than\s+(?:(?:in|at)\s+(?:the\s+)?(?:(?:19|20)\d\d|last|previous)|last\s+time"
    r"|(?:he|she|they|it|the\s+party)\s+(?:did|got|had|won|polled|received)"
    # (eighteenth session) "almost 7,000 more than his 2015 result", "10,000 votes less than
    # the party's result in the 2015 General Election", "5,307 fewer votes than his
    # counterpart in the last election": an owner's earlier result, dated
    r"|(?:his|her|their|its|the\s+party['’]s)\s+(?:(?:19|20)\d\d\s+(?:result|total|tally|vote)"
    r"|(?:result|total|tally|vote|counterpart)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:19|20)\d\d|last|previous)))"
    r"|this\s+(?:year|time)(?=\s*[.,;]))\b",
    re.IGNORECASE,
)
"""Only against an earlier election: "3,269 fewer votes than Jane Smith" is a gap, not a change."""
# "3,528 more votes than the majority at the 2017 election": a change of the majority.
_MORE_THAN_MAJORITY_AFTER = re.compile(
    r"^\s+(?P<noun>fewer|more)\s+votes?\s+than\s+(?:the|his|her|their|its)\s+(?P<q>majority)\b",
    re.IGNORECASE,
)
_COMPARATIVES = {"fewer": Direction.DOWN, "less": Direction.DOWN, "more": Direction.UP}
_PREVIOUS_BEFORE = re.compile(
    rf"(?:\b(?P<dir>{UP}|{DOWN})\s+)?\b(?:from|compared\s+(?:to|with)|against)\s+"
    # (nineteenth session) "up from the 42.9% she achieved in 2015", "compared to the 2.6% in
    # the last election"
    r"(?:(?:the|his|her)\s+)?$",
    re.IGNORECASE,
)
_PREVIOUS_CUES = frozenset({"from", "compared", "against"})
_CURRENT_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:own\s+)?")
# "… Anneliese Dodds with a 15.1 percent increase in Oxford East. This compares to Zeichner's
# own 15.9 percent win": a sentence opening with a comparison continues the last one's change.
_COMPARES = re.compile(r"\s*(?:this|that|it)\s+compares\s+(?:to|with)\s", re.IGNORECASE)
# "… Hilary Benn with a 15.2 percent increase in Leeds Central, and Anneliese Dodds with a
# 15.1 percent in Oxford East": the list's noun said once, left out of the next item.
_WITH_GAP = re.compile(r"\s+with\s+an?\s+", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:in\s+(?:the\s+)?[A-Z]|[,.;)]|$)")


# "on increased majority", "with a bigger majority", "a much reduced majority",
# "strengthened their majority", "gained on his majority": a majority's direction in an
# adjective or a verb the words of change do not list; and after the noun, "saw his majority
# reduced to 3,758", "her majority was cut by more than half".
_MAJORITY_WORDS = re.compile(
    r"\b(?:(?:much\s+|significantly\s+|greatly\s+|slightly\s+)?(?P<adj>increased|reduced"
    r"|decreased|diminished|bigger|larger|greater|smaller|narrower|slimmer|thinner|higher|lower"
    r"|slashed|strengthened|weakened|improved|healthier)\s+majority"
    r"|(?P<verb>strengthen(?:ed|s|ing)?|weaken(?:ed|s|ing)?|gained\s+on|added\s+to"
    # "Mr Carmichael nearly quadrupled his majority", "doubles Labour majority"
    rf"|{MULTIPLIED})"
    r"\s+(?:(?:his|her|their|its|the)\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?majority"
    # "saw their majority slashed", "his majority crumbled"
    # "his majority was significantly reduced", "Anna Soubry's majority was greatly reduced"
    rf"|majority\s+(?:(?:was|has\s+been|had\s+been|is|being)\s+)?(?:[a-z]+ly\s+)?(?P<post>{UP}|{DOWN}"
    r"|slashed|crumbled|eroded))\b",
    re.IGNORECASE,
)
_MAJORITY_DOWN = frozenset(
    [
        "reduced",
        "decreased",
        "diminished",
        "smaller",
        "narrower",
        "slimmer",
        "thinner",
        "lower",
        "slashed",
        "weakened",
        "weaken",
        "weakens",
        "weakening",
    ]
)
_GAINING_THE = re.compile(r"gain\w*\s+the\b", re.IGNORECASE)
_NATIONAL_MAJORITY = re.compile(
    r"\b(?:parliamentary|overall|working|Commons|government)(?:['’]s)?\s+$", re.IGNORECASE
)
# "increases Labour majority in Canterbury": a party's name between the verb and the noun.
_PARTY_MAJORITY = re.compile(
    rf"\b(?P<dir>(?i:{UP}|{DOWN}))\s+(?:the\s+)?(?P<party>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"\s+majority\b"
)
# "The Conservatives increased their majorities in Camborne and Redruth, South East Cornwall
# and Truro and Falmouth": one direction for each seat the clause names after it.
# "Tory majorities doubled in Dudley South, Stourbridge and Halesowen": the noun first.
_MAJORITIES_IN = re.compile(
    # ("increasing majorities in constituencies such as Ipswich, Bury St Edmunds and …")
    rf"\b(?P<dir>{UP}|{DOWN}|{MULTIPLIED})\s+(?:(?:their|the|its)\s+majorities\s+in\b"
    r"|majorities\s+in\s+(?:constituencies|seats)\s+(?:such\s+as|like|including)\b)"
    r"|\bmajorities\s+(?:(?:were|have\s+been|had\s+been|have|had)\s+)?"
    rf"(?P<post>{UP}|{DOWN}|{MULTIPLIED}|slashed)\s+in\b",
    re.IGNORECASE,
)
# Between a majority's direction and a number after it: "by" makes the number the change's
# size, read as an amount; otherwise it is the level ("an increased majority of 6,437").
_AMOUNTS = frozenset({NumberKind.PERCENT, NumberKind.POINTS, NumberKind.COUNT})
_BY_AMOUNT = re.compile(r"\bby\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


# "Turnout in Gordon was up on the 2017 election", "voter turnout was slightly down on 2010":
# turnout's direction against an earlier election, with no figure.
_TURNOUT_DIRECTION = re.compile(
    r"\bturnout(?:\s+in\s+(?P<seat>(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,4}))?"
    r"\s+(?:was|is|has\s+been|were)\s+(?:(?:slightly|marginally|sharply|well|significantly"
    r"|considerably|just|a\s+little)\s+)?(?P<dir>up|down|higher|lower)\s+(?:on|from|than)\s+"
    r"(?:in\s+)?(?:the\s+)?(?:(?P<year>(?:19|20)\d\d)\b(?:\s+(?:general\s+)?election)?"
    r"|(?:last|previous)\s+(?:general\s+)?election|last\s+time)",
    re.IGNORECASE,
)


# (Sixteenth session) Turnout's seat, when the clause names it: "Turnout in Gordon", "the
# turnout for Colchester", "turnout in this constituency" (the sentence's own seat).
_TURNOUT_SEAT = (
    r"(?:\s+(?:in|for)\s+(?:(?P<seat>(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,4})"
    r"|(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:constituency|seat)))?"
)
_HEDGE_WORDS = r"(?:slightly|marginally|sharply|well|significantly|considerably|just|a\s+little)"
# A change said after the level it reached: "Turnout in West Suffolk was 64.56%, a small drop
# on 67.03% in 2017", "Turnout was 59.25%, which is down from 65.9% in 2019", "The Bosworth
# turnout is 69.49% - that's up from 68.8%", "Turnout in Workington was 68%, down slightly
# from 2017". Nothing but the seat and a verb between "turnout" and its level (no figure, no
# other quantity's noun), and nothing but a comma or dash between the level and the change.
_TURNOUT_LEVEL_THEN_WAY = re.compile(
    rf"\bturn[ -]?out\b{_TURNOUT_SEAT}"
    r"(?P<verb>(?:(?:(?!\b(?:share|majority|votes?)\b)[^.;:!?\d]){0,40}?"
    r"\b(?:was|is|were|stood\s+at|stands\s+at|of|at|reached|hit))?\s+)"
    r"(?:(?:just|only|about|around)\s+)?\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent|pc)(?:\s*per\s*cent)?"
    r"\s*(?:,|[-–—])?\s*(?:(?:which|that)\s+(?:is|was)\s+|that['’]s\s+)?"
    r"(?P<dir>a\s+(?:(?:small|slight|big|large|sharp|significant|marginal|huge)\s+)?"
    r"(?:drop|fall|decrease|decline|dip|rise|increase)"
    rf"|(?:{_HEDGE_WORDS}\s+)?(?:up|down|higher|lower)(?:\s+{_HEDGE_WORDS})?)"
    r"\s+(?:on|from|than)\b",
    re.IGNORECASE,
)
# A verb of change right after turnout and its seat, then where it went from or to: "Turnout
# in South Antrim leaped from 54.5% in 2015 to 63.4%", "as the turnout dropped from 70.5 per
# cent", "Turnout was up from 58.7 per cent in 2010", "with turnout rising to 70% from 67.8%".
# ("by" is the amount's, read with it: "turnout fell by 3.1 points".)
_TURNOUT_VERB_WAY = re.compile(
    rf"\bturn[ -]?out\b{_TURNOUT_SEAT}\s+"
    r"(?:(?:was|is|has\s+been|had\s+been|were|has|had)\s+)?(?:(?:also|again)\s+)?"
    rf"(?:{_HEDGE_WORDS}\s+)?"
    r"(?P<dir>up|down|higher|lower|rose|risen|rising|fell|fallen|falling|dropped|dropping"
    r"|leaped|leapt|jumped|climbed|increased|decreased|declined|slipped|slumped|plunged|grew"
    r"|surged|dipped)"
    rf"(?:\s+{_HEDGE_WORDS})?\s+(?:from|to|on|than)\s+(?=\d|(?:the\s+)?(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?![\d,])")
# Where the clause of a change's earlier level ends: "…down from 65.9% in 2019, while …".
_CLAUSE_END = re.compile(r"\.(?!\d)|[;:!?]|,\s+(?:while|but|whereas|and)\b")


def read_turnout_directions(f: Frame) -> None:
    """Turnout's direction without a figure: "Turnout in Gordon was up on the 2017 election",
    "voter turnout was slightly down on 2010" (the seat's, against the election named); and
    (sixteenth session) the direction said with its levels, "Turnout was 59.25%, down from
    65.9% in 2019", "Turnout in Arfon jumped from 53.6% in 2015 to 60.8%": the levels are read
    as the turnouts they are (this election's, and the one they are dated to), the words as
    the direction, since the year the clause names (none: the election before)."""
    sent, state = f.sent, f.state
    taken: list[tuple[int, int]] = []
    found: list[tuple[re.Match[str], str | None]] = [
        (mt, mt.group("year")) for mt in _TURNOUT_DIRECTION.finditer(sent.text)
    ]
    for pattern in (_TURNOUT_LEVEL_THEN_WAY, _TURNOUT_VERB_WAY):
        for mt in pattern.finditer(sent.text):
            if any(a < mt.end() and mt.start() < b for a, b in taken) or any(
                m0.start() < mt.end() and mt.start() < m0.end() for m0, _ in found
            ):
                continue
            if _YEAR.search(sent.text, 0, mt.start("dir")):
                continue  # "Turnout in 2015 was 66%, down from 2010": another election's change
            if _named_between(f, mt.start(), mt.start("dir")):
                continue  # a party or person between: their figure, not the turnout
            end = _CLAUSE_END.search(sent.text, mt.end())
            rest = sent.text[mt.end() : end.start() if end else len(sent.text)][:60]
            dated = _YEAR.search(rest)
            found.append((mt, dated.group(0) if dated else None))
            taken.append((mt.start(), mt.end()))
    for mt, year in found:
        if mt.group("seat"):
            named = f.contest_at(sent.span.start + mt.start("seat"))
            if named is None:
                continue  # "turnout in Scotland was up": a nation's, or a seat not known
            seat: str | None = named.name
        elif len(f.contests) <= 1:
            seat = f.contest
        else:
            continue  # several seats named: whose turnout is not said
        at = sent.span.start + mt.start("dir")
        word = mt.group("dir")
        state.claims.append(
            ChangeClaim(
                quantity=Quantity.TURNOUT,
                contest=seat,
                direction=_way(word),
                direction_text=word,
                direction_span=Span(start=at, end=at + len(word)),
                since=year,
                span=Span(start=at, end=sent.span.start + mt.end()),
                quoted=state.quoted(Span(start=at, end=at + 1)),
            )
        )


_LEAPED = frozenset({"leaped", "leapt"})


def _way(words: str) -> Direction | None:
    """The direction the first word of change in ``words`` states ("down slightly": down)."""
    for word in words.split():
        way = Direction.UP if word.lower() in _LEAPED else direction(word)
        if way is not None:
            return way
    return None


def _named_between(f: Frame, start: int, end: int) -> bool:
    """Is a person or party named between the sentence's offsets ``start`` and ``end``?"""
    a, b = f.sent.span.start + start, f.sent.span.start + end
    return any(a <= p.span.start < b for p in f.people) or any(
        a <= p.span.start < b for p in f.parties
    )


def read_majority_directions(f: Frame) -> None:
    """Directional claims about a majority without a figure: "increased his majority", "with
    an increased majority", "strengthened their majority", "saw his majority reduced to
    3,758" (the level is read as the majority), "increased their majorities in" several
    seats (one claim each)."""
    state, sent = f.state, f.sent
    if "majorit" not in sent.text:
        return  # far cheaper than the pattern, which tries every word of change
    found: list[tuple[int, int, str, Direction | None]] = [
        (mc.start(), mc.end(), mc.group("dir"), direction(mc.group("dir")))
        for mc in (MAJORITY_CHANGE.finditer(sent.text) if f.says(DIRECTION_WORDS) else ())
        # "won the election, gaining the majority": a majority won, not one grown
        if not _GAINING_THE.match(mc.group(0))
    ]
    for mw in _MAJORITY_WORDS.finditer(sent.text):
        word = mw.group("adj") or mw.group("verb") or mw.group("post")
        if any(a <= mw.start() < b or mw.start() <= a < mw.end() for a, b, _, _ in found):
            continue
        if mw.group("post"):
            way = direction(word) or _MORE_DIRECTIONS.get(word.lower())
            if way is None or _NATIONAL_MAJORITY.search(sent.text, 0, mw.start()):
                continue  # "Labour's parliamentary majority was increased": no seat's
            found.append((mw.start(), mw.end(), word, way))
            continue
        down = word.lower() in _MAJORITY_DOWN
        start = mw.start("adj") if mw.group("adj") else mw.start("verb")
        found.append((start, mw.end(), word, Direction.DOWN if down else Direction.UP))
    if f.parties and f.says(DIRECTION_WORDS):
        for pm in _PARTY_MAJORITY.finditer(sent.text):
            at = sent.span.start + pm.start("party")
            if not any(p.span.start == at for p in f.parties):
                continue
            if not any(a <= pm.start() < b for a, b, _, _ in found):
                found.append((pm.start(), pm.end(), pm.group("dir"), direction(pm.group("dir"))))
    for begin, end, word, way in found:
        at = sent.span.start + begin
        stop = sent.span.start + end
        factor = _FACTORS.get(word.lower()[:5])
        if any(
            at <= n.start <= stop + 25
            and n.kind is not NumberKind.YEAR
            and (
                n.start < stop
                # "cut by more than half": a fraction is no amount the readings below take
                or (n.kind in _AMOUNTS and _BY_AMOUNT.search(state.text, stop, n.start))
            )
            for n in f.numbers
        ):
            continue  # "increasing her majority by nearly 11 per cent": the amount is read below
        who = f.subject(at)
        multiple = _multiple(f, at, word, factor, who) if factor is not None else None
        begin_at = multiple.span.start if multiple is not None and multiple.span else at
        state.claims.append(
            ChangeClaim(
                quantity=Quantity.MAJORITY,
                contest=f.contest_for(who) if who else f.contest,
                candidate=who.name if who else None,
                direction=way,
                direction_text=word,
                direction_span=Span(start=at, end=at + len(word)),
                amount=multiple,
                span=Span(start=begin_at, end=stop),
                quoted=state.quoted(Span(start=at, end=at + 1)),
            )
        )
    if "majorities" in sent.text and f.contests:
        _read_majorities_in_seats(f)
        _read_with_majorities(f)
    if "majorities" in sent.text and len(f.people) > 1:
        _read_majorities_of_people(f)


# "saw his vote fall from 9,239 to 2,011", "her vote decreased from 2,032 in 2019 to 1,519":
# a person's vote, a verb of change, and both levels, the earlier one dated or not.
_VOTE_FROM_TO = re.compile(
    r"\b(?:his|her)\s+(?:own\s+)?vote\s+(?:(?:has|had|was)\s+)?(?:[a-z]+ly\s+)?"
    rf"(?P<dir>{UP}|{DOWN}|collapse|plummet|slump|went\s+up|went\s+down|go\s+up|go\s+down)"
    r"(?:\s+(?:down|up))?\s+from\s+(?P<a>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:\s+(?:votes?\s+)?in\s+(?P<year>(?:19|20)\d\d))?\s+to\s+(?P<b>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?!\s*(?:%|per\s*cent|pc\b|points?\b|[\d,]))",
    re.IGNORECASE,
)
# (nineteenth session) The verb first, then the person's own vote and both levels: "She
# increased her share of the vote from 27,610 in 2019 to 29,222", "increases her vote share
# from 29,444 in 2017 to 33,736", "boosted his tally from 3,203 to 5,433" (counts, so votes,
# whatever noun copy puts on them).
_DIRECTION_THEN_VOTE_FROM_TO = re.compile(
    r"\b(?P<dir>increas(?:e|ed|es|ing)|boost(?:ed|s|ing)?|rais(?:e|ed|es|ing)|lift(?:ed|s|ing)?"
    r"|grew|grow|grows|growing|improv(?:e|ed|es|ing)|cut|cutting|reduc(?:e|ed|es|ing))"
    r"\s+(?:his|her)\s+(?:own\s+)?(?:vote(?:\s+share)?|share\s+of\s+the\s+vote|tally|total"
    r"|number\s+of\s+votes)\s+from\s+(?P<a>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:\s+(?:votes?\s+)?in\s+(?P<year>(?:19|20)\d\d))?\s+to\s+(?:just\s+|only\s+)?"
    r"(?P<b>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?!\s*(?:%|per\s*cent|pc\b|points?\b|[\d,]))",
    re.IGNORECASE,
)
_GOES_DOWN = re.compile(r"collapse|plummet|slump|went\s+down|go\s+down|cut|reduc", re.IGNORECASE)


def read_vote_from_to(f: Frame) -> None:
    """A person's vote from one level to another: "saw his vote fall from 9,239 to 2,011".
    The later level is their votes at this election, the person the subject of the clause
    ("his", "her": the person named before it, or an opening "He" stands for, loosely); the
    earlier is the change's
    start. Only when the earlier level alone is dated (or nothing is): "to 2,011 in 2015"
    would be another election's."""
    text, sent = f.state.text, f.sent
    found = [*_VOTE_FROM_TO.finditer(text, sent.span.start, sent.span.end)]
    if " from " in sent.text:
        found += _DIRECTION_THEN_VOTE_FROM_TO.finditer(text, sent.span.start, sent.span.end)
    for mv in found:
        a_at, b_at = mv.start("a"), mv.start("b")
        a = next((n for n in f.numbers if n.start == a_at), None)
        b = next((n for n in f.numbers if n.start == b_at), None)
        if a is None or b is None or a.value < 100 or b.value < 100:
            continue
        ka, kb = f.numbers.index(a), f.numbers.index(b)
        if ka in f.used or kb in f.used:
            continue
        who = f.subject(mv.start())
        if who is None:
            continue
        after = other_time(text, b.end, f.clause_end(b.end, CLAUSE_BREAK), f.state.story_year)
        year = mv.group("year")
        if after is not None or (year is not None and year == f.state.story_year):
            continue  # the later level dated too: another election's change
        if year is None and f.earlier(b) is not None:
            continue
        f.used.update((ka, kb))
        word = mv.group("dir")
        down = _GOES_DOWN.match(word) is not None or direction(word.split()[0]) is Direction.DOWN
        cand = f.register(who)
        what = "“his/her vote … from … to” the level reached"
        current = f.figure(b, Unit.VOTES, what, who=who)
        if cand.votes is None:
            cand.votes = current
        previous = f.figure(
            a, Unit.VOTES, "“his/her vote … from” the level it changed from", who=who
        )
        at = mv.start("dir")
        f.state.claims.append(
            ChangeClaim(
                quantity=Quantity.VOTES,
                contest=cand.contest,
                candidate=who.name,
                direction=Direction.DOWN if down else Direction.UP,
                direction_text=word,
                direction_span=Span(start=at, end=at + len(word)),
                previous=previous,
                current=current,
                since=year,
                span=Span(start=mv.start(), end=b.end),
                quoted=f.state.quoted(Span(start=at, end=at + 1)),
            )
        )


# A person's or party's vote, then a verb of its change, no figure needed: "saw his vote
# collapse", "his vote was slashed", "the DUP's Nigel Dodds' vote rose", "as the SNP vote fell"
# (not "his vote share fell": a share's change).
_VOTE_THEN_DIRECTION = re.compile(
    r"(?:\b(?P<pron>his|her)|(?P<poss>['’]s?)|(?<=[A-Za-z]))\s+(?:own\s+)?vote(?!\s+share)"
    r"\s+(?:(?:has|had|was|have)\s+(?:been\s+)?)?(?:[a-z]+ly\s+)?"
    rf"(?P<dir>{UP}|{DOWN}|collapsed?|plummet(?:ed)?|slump(?:ed)?|slashed|went\s+up|went\s+down)"
    r"\b",
    re.IGNORECASE,
)
# A verb of change, then the person's own vote: "managed to increase his vote", "improved her
# vote" (not "increased his vote share").
_DIRECTION_THEN_VOTE = re.compile(
    r"\b(?P<dir>increas(?:e|ed|ing)|improv(?:e|ed|ing)|boost(?:ed|ing)?|rais(?:e|ed|ing)"
    r"|lift(?:ed|ing)?|grew|grow|doubl(?:e|ed|ing))\s+(?P<pron>his|her)\s+(?:own\s+)?vote\b"
    r"(?!\s+share|s)",
    re.IGNORECASE,
)
_VOTE_WORD = re.compile(r"vote", re.IGNORECASE)
_VOTE_DOWN = re.compile(r"collapse|plummet|slump|slashed|went\s+down", re.IGNORECASE)
# The level the vote changed to, right after the verb: "saw his vote fall to just 1,527".
_VOTE_TO_LEVEL = re.compile(r"\s+to\s+(?:just\s+|only\s+|a\s+mere\s+)?(?=\d)", re.IGNORECASE)


def may_state_vote_direction(text: str) -> bool:
    """Could ``text`` say a vote rose or fell without a figure ("saw his vote collapse")? The
    whole-text test a story with no other result passes on."""
    return " vote" in text and bool(
        next(_votes_then_direction(text, 0, len(text)), None) or _DIRECTION_THEN_VOTE.search(text)
    )


def _votes_then_direction(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of :data:`_VOTE_THEN_DIRECTION` in ``text[start:end]``, as its ``finditer``
    gives them, each tried only where one can open: a match is a possessor (at most three
    characters, or none after a letter), space, perhaps "own" and space, then "vote" and space.
    The pattern's first alternatives ("his", a quote, a lookbehind) leave the engine no first
    character to skip to, so ``finditer`` tried it at every place of the sentence."""
    pos = start
    for v in _VOTE_WORD.finditer(text, start, end):
        at = v.start()
        if at <= pos or not text[at - 1].isspace() or not text[at + 4 : at + 5].isspace():
            continue  # (inside the last match, "devote", "votes": no match holds this one)
        opens: set[int] = set()
        gap = at
        for _ in range(2):  # the possessor before the space, or before "own" and its space
            while gap > pos and text[gap - 1].isspace():
                gap -= 1
            opens.update(range(max(pos, gap - 3), gap + 1))
            gap = max(pos, gap - 3)
        for place in sorted(opens):
            m = _VOTE_THEN_DIRECTION.match(text, place, end)
            if m is not None:
                yield m
                pos = m.end()
                break


def _owners_seat(f: Frame, who: PersonMention | None) -> str | None:
    """The seat of a change said of ``who`` (or of a party, when None): the person's as read
    before, else one the sentence ties them to or the story carries; None when neither ties
    it, since a seat only carried from an earlier paragraph of a round-up may be another's."""
    known = f.state.candidates.get(who.name) if who is not None else None
    if known is not None and known.contest is not None:
        return known.contest
    contest = f.contest_for(who) if who is not None else f.contest
    if contest is None or not (f.seat_tie(who)[1] or f.carried_tie() is not None):
        return None
    return contest


def _direction_said(
    f: Frame,
    quantity: Quantity,
    *,
    contest: str | None,
    who: PersonMention | None,
    party: PartyMention | None,
    up: bool,
    word: str,
    at: int,
    span: Span,
    current: Figure | None = None,
) -> None:
    """Record a change of ``quantity`` said by its word of direction ``word`` at ``at`` ("her
    vote fell", "an increased share"), of a person or a party, with no amount."""
    f.state.claims.append(
        ChangeClaim(
            quantity=quantity,
            contest=contest,
            candidate=who.name if who is not None else None,
            party=party.party.name if party is not None else None,
            direction=Direction.UP if up else Direction.DOWN,
            direction_text=word,
            direction_span=Span(start=at, end=at + len(word)),
            current=current,
            span=span,
            quoted=f.state.quoted(Span(start=at, end=at + 1)),
        )
    )


def read_vote_directions(f: Frame) -> None:
    """The direction of a candidate's vote, said without its size: "LibDem Gordon Lishman saw
    his vote collapse", "Naomi Long improved her vote", "as the SNP vote fell" (the party's
    candidate's). A level it fell or rose to, right after ("saw his vote fall to just 1,527"),
    is the person's votes at this election. A clause giving the change's size or its earlier
    level ("by 0.7%", "from 9,239 to 2,011") is left to the readings of those."""
    state, sent, text = f.state, f.sent, f.state.text
    found = [
        *_votes_then_direction(text, sent.span.start, sent.span.end),
        *_DIRECTION_THEN_VOTE.finditer(text, sent.span.start, sent.span.end),
    ]
    for m in found:
        start, end, word = m.start(), m.end(), m.group("dir")
        clause_end = f.clause_end(end, CLAUSE_BREAK)
        level = None
        if (to := _VOTE_TO_LEVEL.match(text, end, clause_end)) is not None:
            level = next(
                (
                    n
                    for n in f.numbers
                    if n.start == to.end() and n.kind is NumberKind.COUNT and n.hedge == "exact"
                ),
                None,
            )
        after = [
            n for n in f.numbers if end <= n.start < clause_end and n.kind is not NumberKind.YEAR
        ]
        if len(after) > (0 if level is None else 1):
            # "boosted his vote by 0.7%", "from 17,725 to 18,087", "dropped to 21,929 – a loss
            # of 2,426": the change's size or other level, read with it elsewhere
            continue
        if level is not None and (level.value < 100 or f.numbers.index(level) in f.used):
            continue
        if other_time(text, f.clause_start(start), clause_end, state.story_year) is not None:
            continue  # "in 2015 her vote rose": another election's change
        who: PersonMention | None = None
        party: PartyMention | None = None
        if m.group("pron") or m.group("poss"):
            # "his vote", "Nigel Dodds' vote": the person named last before it.
            who = f.subject(start)
        else:
            # "as the SNP vote fell": the party named right before "vote".
            party = next(
                (
                    p
                    for p in f.parties
                    if p.span.end <= start and not text[p.span.end : start].strip()
                ),
                None,
            )
        if who is None and party is None:
            continue
        # The seat: the person's as read before, else one the sentence names or the story's
        # own; a seat only carried from an earlier paragraph of a round-up may be another's.
        contest = _owners_seat(f, who)
        if contest is None:
            continue
        down = _VOTE_DOWN.match(word) is not None or direction(word.split()[0]) is Direction.DOWN
        current = None
        if level is not None:
            if who is None:
                continue  # a party's level is read by the party readings, if at all
            f.used.add(f.numbers.index(level))
            cand = f.register(who)
            current = f.figure(level, Unit.VOTES, "“his/her vote … to” the level reached", who=who)
            if cand.votes is None:
                cand.votes = current
            contest = cand.contest
        at = m.start("dir")
        begin = m.start("pron") if m.group("pron") and m.start("pron") < at else at
        span = Span(start=min(begin, at), end=level.end if level is not None else end)
        _direction_said(
            f,
            Quantity.VOTES,
            contest=contest,
            who=who,
            party=party,
            up=not down,
            word=word,
            at=at,
            span=span,
            current=current,
        )


# (eighteenth session) A share's direction said without its size, in three shapes:
# a verb, then the owner's share: "increased his vote share", "hugely increased the party's
# share of the vote", "managed to improve her share of the vote";
_DIRECTION_THEN_SHARE = re.compile(
    r"\b(?P<dir>increas(?:e|ed|es|ing)|improv(?:e|ed|es|ing)|boost(?:ed|s|ing)?"
    r"|grew|grow|grows|growing|rais(?:e|ed|ing)|lift(?:ed|ing)?|cut|cutting|reduc(?:e|ed|ing))"
    r"\s+(?P<own>his|her|their|its|our|the\s+party['’]s|(?:the\s+)?(?-i:[A-Z])[\w'’-]*['’]s?)"
    r"\s+(?:party['’]s\s+)?(?:own\s+)?(?:vote\s+share|shares?(?:\s+of\s+the\s+(?:vote|poll))?)\b",
    re.IGNORECASE,
)
# the owner's share, then a verb: "saw his share of the vote rise slightly", "Ms Long's share
# of the vote actually increased", "saw their share of the vote drop";
_SHARE_THEN_DIRECTION = re.compile(
    r"(?P<own>\b(?:his|her|their|its|our)|['’]s?)\s+(?:party['’]s\s+)?(?:own\s+)?"
    r"(?:vote\s+share|share\s+of\s+the\s+(?:vote|poll))\s+"
    r"(?:(?:has|had|was|have|did|actually|also)\s+)*(?:[a-z]+ly\s+)?"
    rf"(?P<dir>{UP}|{DOWN}|plummet(?:ed)?|decreas(?:e|ed))\b",
    re.IGNORECASE,
)
# a noun of the share's change: "re-elected with an increased share of the vote", "on a
# much-reduced share of the vote", "despite a drop in his share of the vote".
_CHANGED_SHARE = re.compile(
    r"\b(?:an?\s+(?:(?:much|slightly|significantly)[\s-])?"
    r"(?P<adj>increased|reduced|decreased|higher|lower)\s+(?:vote\s+)?share\b"
    r"|an?\s+(?P<noun>drop|fall|rise|increase|decrease|boost)\s+in\s+"
    r"(?P<own>his|her|their|its)\s+(?:vote\s+)?share\b)",
    re.IGNORECASE,
)
_SHARE_UP = frozenset({"increased", "higher", "rise", "increase", "boost"})
_WORDS_OF_SHARE = cue_words("share shares")
_NATIONWIDE = cue_words("nationally national nationwide country countrywide uk britain across")


def read_share_directions(f: Frame) -> None:
    """The direction of a candidate's share of the vote, said without its size ("increased
    his vote share", "saw her share of the vote drop", "with an increased share of the
    vote"), so the record can judge the direction. Whose: the person a "his"/"her" stands
    for, the party "its"/"their" or a possessive names (one party only in the clause: "Both
    Labour and the Conservatives increased their share" is two). A clause giving a size or a
    level ("by 3.3%", "from 40% to 52.8%") is left to the readings of those."""
    if not f.says(_WORDS_OF_SHARE):
        return
    state, sent, text = f.state, f.sent, f.state.text
    found = [
        *_DIRECTION_THEN_SHARE.finditer(text, sent.span.start, sent.span.end),
        *_SHARE_THEN_DIRECTION.finditer(text, sent.span.start, sent.span.end),
        *_CHANGED_SHARE.finditer(text, sent.span.start, sent.span.end),
    ]
    for m in found:
        start, end = m.start(), m.end()
        # The word of direction: the verb's, else the noun phrase's adjective or noun.
        key = "dir" if "dir" in m.re.groupindex else ("adj" if m.group("adj") else "noun")
        word, at = m.group(key), m.start(key)
        clause_start, clause_end = f.clause_start(start), f.clause_end(end, CLAUSE_BREAK)
        if any(
            clause_start <= n.start < clause_end and n.kind is not NumberKind.YEAR
            for n in f.numbers
        ):
            continue  # "from 40% to 52.8%", "by 3.3%": read with its figures elsewhere
        if other_time(text, clause_start, clause_end, state.story_year) is not None:
            continue  # "in 2015 her share rose": another election's change
        own = (m.group("own") or "").lower()
        who: PersonMention | None = None
        party: PartyMention | None = None
        parties = [p for p in f.parties if clause_start <= p.span.start and p.span.end <= end]
        named = own not in ("his", "her", "their", "its", "our", "the party's", "")
        if own in ("his", "her", "") or (named and not parties):
            # "his share", "Ms Long's share", "re-elected with an increased share": a person's
            who = f.subject(start)
            if who is not None and who.span.start < clause_start:
                who = None
        if named and parties:
            party = parties[-1]  # "the SNP's share", "Labour's share of the vote"
        elif (
            who is None and own in ("its", "their", "our", "the party's", "") and len(parties) == 1
        ):
            party = parties[0]  # one party in the clause: "Both A and B …" names two
        if (who is None and party is None) or (
            who is None and (len(f.contests) > 1 or f.says(_NATIONWIDE))
        ):
            # "an increased vote share in A and B": whose, in which? "Nationally, Labour
            # increased its share": the nation's, not the seat's candidate's.
            continue
        contest = _owners_seat(f, who)
        if contest is None:
            continue
        low = word.lower()
        up = low in _SHARE_UP or (
            low not in ("reduced", "decreased", "lower")
            and (
                direction(low) is Direction.UP
                or low.startswith(("improv", "boost", "grow", "grew", "rais", "lift"))
            )
        )
        _direction_said(
            f,
            Quantity.SHARE,
            contest=contest,
            who=who,
            party=party,
            up=up,
            word=word,
            at=at,
            span=Span(start=start, end=end),
        )


# "doubled", "trebled", "quadrupled" (by their first five letters): the multiple each says.
_FACTORS = {"doubl": 2, "tripl": 3, "trebl": 3, "quadr": 4}
# Up to four words right before a verb of multiplying: a hedge among them ("nearly", "more
# than") is the multiple's.
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z]+\s+){1,4}$")


def _multiple(f: Frame, at: int, word: str, factor: int, who: PersonMention | None) -> Figure:
    """The multiple a verb says a majority grew by ("nearly quadrupled his majority": nearly
    4 times), with the hedge written right before the verb. The word stands for no rounded
    numeral, so its precision is a tenth: how far it stretches is the hedge pack's (a
    twentieth of the multiple, its granularity floor)."""
    text = f.state.text
    start, hedge, hedge_text = at, "exact", ""
    before = _WORDS_BEFORE.search(text, max(f.sent.span.start, at - 40), at)
    if before is not None:
        words = before.group(0).split()
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[-k:])
            name = f.state.pack.hedge_for(phrase)
            if name is not None:
                hedge, hedge_text = name, phrase
                start = text.rindex(words[-k], 0, at)
                break
    mention = NumberMention(
        text=text[start : at + len(word)],
        start=start,
        end=at + len(word),
        number_start=at,
        number_end=at + len(word),
        value=Decimal(factor),
        precision=Decimal("0.1"),
        exact=False,
        kind=NumberKind.COUNT,
        hedge=hedge,
        hedge_text=hedge_text,
    )
    return f.figure(
        mention,
        Unit.TIMES,
        f"a multiple of the majority before (“{word}”)",
        who=who,
        contest_level=who is None,
    )


# "A (Grantham and Bourne), B (Rutland and Stamford) … have all kept their seats, albeit with
# reduced majorities", "A, B and C have all seen significant increases in their majorities":
# one direction for each person the clause opens with.
_PEOPLE_MAJORITIES = re.compile(
    r"\b(?:(?:much|significantly|greatly|slightly|sharply)\s+)?(?P<adj>increased|reduced"
    r"|decreased|diminished|bigger|larger|greater|smaller|narrower|slimmer|higher|lower|slashed)"
    r"\s+majorities\b"
    r"|\b(?P<noun>increases|rises|falls|reductions|cuts|drops)\s+in\s+their\s+majorities\b",
    re.IGNORECASE,
)
_UP_NOUNS = frozenset({"increases", "rises"})
# Between two people of the clause's subject: a bracket (their seat or party), a comma or
# "and".
_SUBJECTS_GAP = re.compile(
    r"(?:[^\S\n]*\([^()\n]{1,60}\))?(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)"
)


def _read_majorities_of_people(f: Frame) -> None:
    """The direction of each listed person's majority, said once in the plural for them all,
    each in the seat in brackets after their name or the one the story read them in (a
    person whose seat is not known is left out)."""
    state, sent, text = f.state, f.sent, f.state.text
    for mm in _PEOPLE_MAJORITIES.finditer(sent.text):
        at = sent.span.start + mm.start()
        run = [p for p in f.people if p.span.end <= at]
        if len(run) < 2 or f.clause_start(run[0].span.start) > sent.span.start:
            continue
        # The list of people opening the sentence, each joined to the next.
        listed = [run[0]]
        for p in run[1:]:
            if not _SUBJECTS_GAP.fullmatch(text, listed[-1].span.end, p.span.start):
                break
            listed.append(p)
        if len(listed) < 2 or text[sent.span.start : listed[0].span.start].strip():
            continue
        word = mm.group("adj") or mm.group("noun")
        way = (
            Direction.UP
            if word.lower() in _UP_NOUNS or word.lower() not in _MAJORITY_DOWN | _DOWN_NOUNS
            else Direction.DOWN
        )
        start = sent.span.start + mm.start("adj" if mm.group("adj") else "noun")
        for who in listed:
            seat = bracketed_seat(f, who)
            name = seat.name if seat is not None else _known_seat(f, who.name)
            if name is None:
                continue
            state.claims.append(
                ChangeClaim(
                    quantity=Quantity.MAJORITY,
                    contest=name,
                    candidate=who.name,
                    direction=way,
                    direction_text=word,
                    direction_span=Span(start=start, end=start + len(word)),
                    span=Span(start=start, end=sent.span.start + mm.end()),
                    quoted=state.quoted(Span(start=start, end=start + 1)),
                )
            )


_DOWN_NOUNS = frozenset({"falls", "reductions", "cuts", "drops"})


def _known_seat(f: Frame, name: str) -> str | None:
    """The seat the story read ``name`` in so far, if any."""
    cand = f.state.candidates.get(name)
    if cand is not None and cand.contest is not None:
        return cand.contest
    return f.state.person_contest.get(name)


def _read_majorities_in_seats(f: Frame) -> None:
    """ "increased their majorities in A, B and C": the direction for each seat named after
    it in its clause (up to a clause's end or a number, which would be one seat's figure)."""
    state, sent = f.state, f.sent
    for mm in _MAJORITIES_IN.finditer(sent.text):
        key = "dir" if mm.group("dir") else "post"
        start = sent.span.start + mm.start(key)
        stop = sent.span.start + mm.end()
        end = f.clause_end(stop, _SEATS_LIST_END)
        if any(stop <= n.start < end for n in f.numbers):
            continue
        seats = [c for c in f.contests if stop <= c.span.start and c.span.end <= end]
        word = mm.group(key)
        # A multiple ("doubled") is said of the seats together: only its direction is each
        # seat's ("doubled in A, B and C" for majorities 1.8 and 2.3 times what they were).
        said = Direction.UP if word[:5].lower() in _FACTORS else direction(word)
        if word.lower() == "slashed":
            said = Direction.DOWN
        for c in {c.name: c for c in seats}.values():
            state.claims.append(
                ChangeClaim(
                    quantity=Quantity.MAJORITY,
                    contest=c.name,
                    direction=said,
                    direction_text=word,
                    direction_span=Span(start=start, end=start + len(word)),
                    # (to the seat's own name: each seat's claim is its words and its seat)
                    span=Span(start=start, end=c.span.end),
                    quoted=state.quoted(Span(start=start, end=start + 1)),
                )
            )


_SEATS_LIST_END = re.compile(r"[;:.!?]|\s[–—]\s|\bwhile\b|\bbut\b|\bwhereas\b")
# "held Crawley and Hastings and Rye with increased majorities": the direction of each seat's
# majority, the seats named before it in its clause ("with increased majorities in the case of
# Arfon and Ceredigion" is read as "majorities in" is).
_WITH_MAJORITIES = re.compile(
    r"\bwith\s+(?:(?:much|significantly|greatly|slightly|dramatically|vastly)[-\s]+)?"
    r"(?P<adj>increased|reduced|decreased|diminished|bigger|larger|greater|smaller|narrower"
    r"|slimmer|healthier)\s+majorities\b(?P<in>\s+in\b(?:\s+the\s+case\s+of\b)?)?",
    re.IGNORECASE,
)
_SMALLER = frozenset(("reduced", "decreased", "diminished", "smaller", "narrower", "slimmer"))


def _read_with_majorities(f: Frame) -> None:
    """ "The Tories held Crawley and Hastings and Rye with increased majorities": the
    direction for each seat of the list the clause names right before it (nothing but its
    verb, and a party, between), when it names no seat after; "with increased majorities in
    the case of Arfon and Ceredigion": each seat named after it."""
    state, sent, text = f.state, f.sent, f.state.text
    for mw in _WITH_MAJORITIES.finditer(text, sent.span.start, sent.span.end):
        words = Span(start=mw.start(), end=mw.end("adj") + len(" majorities"))
        if mw.group("in"):
            end = f.clause_end(mw.end(), _SEATS_LIST_END)
            seats = [c for c in f.contests if mw.end() <= c.span.start and c.span.end <= end]
        else:
            if any(c.span.start >= mw.end() for c in f.contests):
                continue  # a seat named after it too: which seats it speaks of is unclear
            seats = _list_before(f, mw.start())
        if len({c.name for c in seats}) < 2:
            continue  # one seat's ("… with an increased majority") is read with the singular
        if any(
            min(c.span.start for c in seats) <= n.start < max(c.span.end for c in seats)
            for n in f.numbers
        ):
            continue  # a figure between the seats: one seat's, not the list's
        word = mw.group("adj")
        said = Direction.DOWN if word.lower() in _SMALLER else Direction.UP
        at = mw.start("adj")
        for c in {c.name: c for c in seats}.values():
            state.claims.append(
                ChangeClaim(
                    quantity=Quantity.MAJORITY,
                    contest=c.name,
                    direction=said,
                    direction_text=word,
                    direction_span=Span(start=at, end=at + len(word)),
                    # (its words to the seat's name after them, else the words alone: the
                    # seats before share one phrase, as each seat's claim)
                    span=Span(start=words.start, end=c.span.end) if mw.group("in") else words,
                    quoted=state.quoted(Span(start=at, end=at + 1)),
                )
            )


_CAPITAL = re.compile(r"\b[A-Z]")


def _list_before(f: Frame, at: int) -> list[ContestMention]:
    """The seats listed right before ``at`` in its clause ("Crawley and Hastings and Rye",
    "Preseli Pembrokeshire and Monmouth respectively"), each joined to the next by a comma or
    "and", with no name but a party's after the last: a list broken by words the reader did
    not take for a seat ("Hemsworth and Normanton, Pontefract and Castleford") is no list."""
    text = f.state.text
    begin = max(f.sent.span.start, f.clause_start(at))
    seats = [c for c in f.contests if begin <= c.span.start and c.span.end <= at]
    if not seats:
        return []
    tail = text[seats[-1].span.end : at]
    for p in f.parties:
        if seats[-1].span.end <= p.span.start and p.span.end <= at:
            tail = tail.replace(text[p.span.start : p.span.end], "")
    if _CAPITAL.search(tail):
        return []
    run = [seats[-1]]
    for c in reversed(seats[:-1]):
        if not _JOINED.fullmatch(text, c.span.end, run[0].span.start):
            break
        run.insert(0, c)
    return run


_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")


_FOLD_AFTER = re.compile(r"^[-\s]?fold\b", re.IGNORECASE)


def read_amount(f: Frame, a: Around) -> bool:
    """The size of a change: "up about five per cent", "a nearly 11 per cent increase on her
    majority", "increasing her majority by nearly 11 per cent"."""
    m = a.m
    if m.kind not in (NumberKind.PERCENT, NumberKind.POINTS, NumberKind.COUNT):
        return False
    if m.kind is NumberKind.COUNT and _FOLD_AFTER.match(a.after):
        return True  # "increased her majority almost ten fold": a multiple, not a size in votes
    state = f.state
    loss = False
    clause_before = a.clause_before
    # The pattern ends at the number and spans a few words; searching only the clause's
    # tail gives the same matches without trying every position of a long clause.
    tail = max(0, len(clause_before) - 80)
    ab = _AMOUNT_BEFORE.search(clause_before, tail) if f.says(_AMOUNT_CUES) else None
    if (
        ab is not None
        and ab.group("dir").lower() in _LEVEL_VERBS
        # (twentieth session) "a gain of 12 per cent on 2015": the noun's size, not a level
        and not (ab.group("of") and ab.group("dir").lower() in _CHANGE_NOUNS)
        and not _BY_BEFORE.search(clause_before, tail)
        and not (loss := _loss_as_change(ab, a))
    ):
        ab = None
    if ab is not None and _PHRASAL_UP.search(clause_before, tail, ab.start("dir")):
        ab = None  # "picked up 15,199 votes": a level won, not a rise
    if (
        ab is not None
        and m.hedge_text.lower() in _CROSSED
        and not ab.group(0).rstrip().lower().endswith("by")
    ):
        ab = None  # "turnout falling below 70 per cent": the level crossed, not the change
    if ab is not None and f.in_a_name(m.start - len(clause_before) + ab.start("dir")):
        ab = None  # "won South Down by 1,620 votes": a seat's name, not a fall
    if ab is not None and ab.group("of") and ab.group("dir").lower() not in _CHANGE_NOUNS:
        ab = None  # "of" after a verb ("lost of"): no change's size
    if ab is not None and ab.group("dir").lower() in _NOUNS_OF and not ab.group("of"):
        ab = None  # "a loss by …": only "a loss of 3,244" gives a loss's size
    noun_of = ab is not None and ab.group("dir").lower() in _NOUNS_OF
    aa = _AMOUNT_AFTER.match(a.after) or _MORE_THAN_MAJORITY_AFTER.match(a.after)
    compared = False  # "more/fewer (votes) than in 2015", of a count
    if aa is None:
        aa = _FEWER_MORE_AFTER.match(a.after)
        if aa is not None and aa.group("q") is None and m.kind is not NumberKind.COUNT:
            # "46.3% of the votes – 8.5% more than in 2017": without "votes", only a count
            aa = None
        compared = aa is not None
    extra = None
    if not (ab or aa):
        extra = _EXTRA_BEFORE.search(clause_before, tail) if f.says(_EXTRA_CUES) else None
        if extra is None and f.says(_GAIN_CUES) and _COMPARED_AFTER.match(a.after):
            extra = _GAIN_BEFORE.search(clause_before, tail)
        if extra is None or m.kind is not NumberKind.COUNT or not VOTES_AFTER.match(a.after):
            return False
    noun_q = (ab.group("q") if ab else None) or (aa.group("q") if aa else None)
    party_after = _party_after_noun(f, m.end + aa.end()) if aa else None
    if party_after is not None and noun_q is None:
        # "a 9.9 per cent slump in the Labour party's share of the vote"
        owned = _OWNED_QUANTITY.match(state.text, party_after.span.end)
        noun_q = owned.group("q") if owned else None
    if aa and aa.group("noun").lower() == "swing":
        return True  # swings are read by a later rule; never a share or a change of one
    # "cutting Mr Hendry's lead by almost 7,800 votes": a lead in votes is the majority
    q = (Quantity.MAJORITY if (noun_q or "").lower() == "lead" else quantity(noun_q)) or (
        last_quantity(clause_before)
    )
    if (
        ab is not None
        and q is not None
        and quantity(noun_q) is None
        and m.kind in (NumberKind.PERCENT, NumberKind.POINTS)
        and _named_since_quantity(f, m, clause_before, ab)
    ):
        # "Labour increased its majority, up 12 per cent, with the Tories up 9 per cent": a
        # party or person named after the quantity word, right before the change, is whose
        # change it is: their share, not the majority's.
        q = Quantity.SHARE
    if q is None and m.kind is NumberKind.COUNT and (noun_of or compared):
        # "while Mr Elliott's vote dropped from 24,355 to 21,929 – a loss of 2,426", "with
        # 2,664 (around 1,000 more than in 2015)": a count's change, of what the sentence
        # named before it, else of the votes.
        q = last_quantity(state.text[f.sent.span.start : m.start]) or Quantity.VOTES
    if loss or extra is not None or (ab is not None and ab.group("dir").lower() in _SHED):
        # What was lost or added is named right after the figure ("votes", "of the vote"),
        # whatever noun the clause named before ("his majority crumbled as he lost …").
        q = Quantity.VOTES if m.kind is NumberKind.COUNT else Quantity.SHARE
    who = f.subject(m.start)
    if q is None and m.kind is NumberKind.COUNT:
        q = Quantity.VOTES if VOTES_AFTER.match(a.after) else None
    if q is None and m.kind is NumberKind.PERCENT and who is not None:
        q = Quantity.SHARE if SHARE_CUE_AFTER.match(a.after) else None
    if q is None and m.kind is NumberKind.POINTS and (who or f.party_before(m.start)):
        # "the Tories were down 19.1 points": a party's or person's points are of the share.
        q = Quantity.SHARE
    # (eighteenth session) "Ms Smith saw a drop of 2.8%", "Labour slumped by 15.7%", "took a
    # 10.6% increase": a word of change and a percentage, said of a party or person in its own
    # clause, with no quantity named: their share, by convention rather than by a word, so
    # the reading is loose (at most a warning).
    by_owner = (
        q is None
        and m.kind is NumberKind.PERCENT
        and not f.says(_NOT_SHARE_WORDS)
        and _owner_in_clause(f, who, m.start, a.clause_start)
    )
    if by_owner:
        q = Quantity.SHARE
    if q is None:
        return False
    if (
        q is Quantity.SHARE
        and m.kind is NumberKind.COUNT
        and noun_q is None
        and _last_quantity_word(clause_before) == "support"
    ):
        q = Quantity.VOTES  # "Mr Robertson's support fell by about 6,000": a count of votes
    if extra is not None and who is None and f.party_before(m.start) is None:
        return False  # "an extra 2,000 votes were cast": no one's vote changed
    # "won with 16,148 of the votes — an 8 per cent decline": what declined is only the
    # quantity named last before it, and "votes" read as the share is a guess: loose.
    guessed = (
        quantity(noun_q) is None
        and q is Quantity.VOTES
        and not (ab and _VOTE_SUBJECT.search(clause_before, 0, ab.start("dir")))
    )
    # "ten per cent fewer votes": the plural names the count itself, not "the vote".
    votes_in_per_cent = (
        q is Quantity.VOTES and m.kind is NumberKind.PERCENT and (noun_q or "").lower() == "votes"
    )
    if q is Quantity.VOTES and m.kind in (NumberKind.PERCENT, NumberKind.POINTS):
        # "Labour's vote increased by 2.6 per cent", "six per cent fewer votes", "the SNP
        # vote was down 10 points": copy means the share of the vote; the wording rules then
        # judge per cent against points. But "10 per cent less votes" is, word for word, the
        # count falling by a tenth: read as the share by convention, not by a word, so the
        # reading is loose (points name the share, whatever noun they follow).
        q = Quantity.SHARE
    party = party_after
    if party is not None:
        who = None  # "a 1.7 per cent increase in the Conservatives'": named after the change
    else:
        party = f.party_before(m.start)
    if party is not None and who is not None and _own_party(f, who, party):
        pass  # "Sylvia Hermon, an independent unionist, …": the person's own party
    elif party is not None and (who is None or who.span.end <= party.span.start):
        # "Labour's vote", "the Lib Dem vote", "Sinn Féin managed to grow their share": the
        # party named nearest before the change is its subject.
        who = None
    else:
        party = None
    if loss and m.kind is NumberKind.PERCENT and _OF_THEIR_SUPPORT.match(a.after):
        # "the conservatives have lost 4.2% of their support": whose is the subject's, named
        # right before the verb; "The Lib Dems' support has increased by 6.4% and the
        # conservatives have lost 4.2% …" names no subject of it (another figure between).
        owner = who or party
        verb_at = m.start - len(clause_before) + (ab.start("dir") if ab else 0)
        if owner is None or _DIGIT.search(state.text, owner.span.end, verb_at):
            return True
    if who is None and party is not None and q in (Quantity.SHARE, Quantity.VOTES):
        _, (_, seat_sure, _) = f.seat_near(m.start)
        if not seat_sure:
            # "the DUP, with their vote falling by 8.65 per cent" in a round-up, the seat only
            # carried from another paragraph: as often the party's national figure.
            return True
    dir_word = ab.group("dir") if ab else (aa.group("noun") if aa else None)
    dir_start = a.clause_start + ab.start("dir") if ab else m.end + (aa.start("noun") if aa else 0)
    if extra is not None:
        dir_word = extra.group("dir")
        dir_start = m.start - len(clause_before) + extra.start("dir")
    unit = (
        Unit.POINTS
        if m.kind is NumberKind.POINTS
        else Unit.PERCENT
        if m.kind is NumberKind.PERCENT
        else Unit.SEATS
        if q is Quantity.SEATS
        else Unit.VOTES
    )
    end = m.end + (aa.end() if aa else 0)
    # "Hilary Benn with a 15.2 percent increase in Leeds Central, …": with several seats in
    # the sentence, the one named right after the person is theirs, explicitly.
    near = seat_right_after(f, who) if who is not None and len(f.contests) > 1 else None
    seat_tie: SeatTie | None = (
        (f"{near.name}, named right after {who.name}", True, "in the clause")
        if near and who
        else None
    )
    claim = ChangeClaim(
        quantity=q,
        contest=near.name
        if near is not None and q is not Quantity.TURNOUT
        else f.contest_for(who)
        if who and q is not Quantity.TURNOUT
        else f.contest,
        candidate=who.name
        if who and q in (Quantity.SHARE, Quantity.VOTES, Quantity.MAJORITY)
        else None,
        party=party.party.name if party is not None and q is not Quantity.TURNOUT else None,
        direction=_COMPARATIVES.get((dir_word or "").lower())
        or _MORE_DIRECTIONS.get((dir_word or "").lower())
        or (direction(dir_word) or Direction.UP if extra is not None else direction(dir_word)),
        direction_text=dir_word,
        direction_span=Span(start=dir_start, end=dir_start + len(dir_word)) if dir_word else None,
        amount=f.figure(
            m,
            unit,
            f"a word of change (“{dir_word}”)",
            what_loose=(guessed or votes_in_per_cent or by_owner)
            and m.kind is not NumberKind.COUNT,
            who=who if q in (Quantity.SHARE, Quantity.VOTES, Quantity.MAJORITY) else None,
            contest_level=q is Quantity.TURNOUT or who is None,
            seat=seat_tie,
        ),
        since=since(state.text[m.end : f.sent.span.end]),
        span=Span(start=min(dir_start, m.start), end=end),
        quoted=state.quoted(m.span),
    )
    if q is Quantity.TURNOUT:
        figs = state.contest_figures(f.contest)
        if figs.turnout is not None:
            claim = claim.model_copy(update={"current": figs.turnout})
    f.pending_change = claim
    state.claims.append(claim)
    f.last_change = claim
    return True


# "he lost 8,920 votes", "losing 24.9% of the vote since 2019": a verb of loss before a count of
# votes, or before a share measured against an earlier election, states a change. "Won 40%"
# and "gained 12,000 votes" (as often the votes won) stay levels.
_LOSS_VERBS = frozenset({"lost", "losing"})


def _loss_as_change(ab: re.Match[str], a: Around) -> bool:
    if ab.group("dir").lower() not in _LOSS_VERBS or ab.group("q") or ab.group("of"):
        return False
    m = a.m
    if m.kind is NumberKind.COUNT:
        return (
            DIGITS.fullmatch(m.number_text) is not None and VOTES_AFTER.match(a.after) is not None
        )
    if m.kind is NumberKind.PERCENT and _OF_THEIR_SUPPORT.match(a.after):
        return True  # "lost 4.2% of their support": of what they had, a fall of the share
    return (
        m.kind is NumberKind.PERCENT
        and SHARE_CUE_AFTER.match(a.after) is not None
        and (since(a.after) is not None or _HAD_IN.search(a.after) is not None)
    )


# Words of a sentence whose percentages may change something else than a share: the
# electorate, opinion polls, a population, a count of seats.
_NOT_SHARE_WORDS = cue_words("electorate electorates polls population seats")


def _owner_in_clause(f: Frame, who: PersonMention | None, at: int, clause_start: int) -> bool:
    """Is a person or party named in the clause before ``at`` (the change's subject)? Not a
    person listed "with" a change ("Hilary Benn with a 15.2 percent increase in Leeds
    Central, …"): such a list takes its quantity from the sentence before it, often a
    majority."""
    if who is not None and clause_start <= who.span.start < at:
        return _WITH_GAP.match(f.state.text, who.span.end) is None
    party = f.party_before(at)
    return party is not None and clause_start <= party.span.start


# "the conservatives have lost 4.2% of their support", "after losing 17% of his support"
_DIGIT = re.compile(r"\d")
# (eighteenth session) and "of its vote share", "of his party's vote share", "of their share
# of the 2015 vote": what the owner had, so a fall of their share. (Not "of his voters":
# word for word a relative fall of the count.)
_OF_THEIR_SUPPORT = re.compile(
    r"\s+of\s+(?:his|her|their|its)\s+(?:party['’]s\s+)?"
    r"(?:support|vote\s+share|share(?:\s+of\s+the\s+(?:(?:19|20)\d\d\s+)?vote)?)\b",
    re.I,
)


# "losing 25% of the vote share he had in 2019": the share measured against an election.
_HAD_IN = re.compile(
    r"\b(?:he|she|they|it)\s+(?:had|won|got|took)\s+in\s+(?:19|20)\d\d\b", re.IGNORECASE
)


# "gaining an extra 10,000 votes", "a further 2,000 votes": votes added, a rise of the vote.
_EXTRA_BEFORE = re.compile(
    r"\b(?P<dir>extra|additional|further)\s+(?:(?:almost|nearly|around|about|over|some)\s+)?$",
    re.IGNORECASE,
)
_EXTRA_CUES = frozenset({"extra", "additional", "further"})
# "gained an incredible 9,000 votes on the previous Labour candidate", "lost 4,000 votes since
# 2010": a verb that alone would give the votes won (a level), with the count then measured
# against an earlier election or candidate, gives the change.
_GAIN_BEFORE = re.compile(
    r"\b(?P<dir>gain(?:ed|s|ing)?|lost|los(?:es|ing))\s+"
    r"(?:(?:an?\s+(?-i:[a-z])[a-z]+|almost|nearly|around|about|over|some)\s+)?$",
    re.IGNORECASE,
)
_GAIN_CUES = frozenset({"gain", "gained", "gains", "gaining", "lost", "loses", "losing"})
_COMPARED_AFTER = re.compile(
    r"^\s+votes?\s+(?:on|since|compared\s+(?:to|with))\s+(?:(?:the|his|her|their|its)\s+)?"
    r"(?:previous|last|former|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


def _named_since_quantity(
    f: Frame, m: NumberMention, clause_before: str, ab: re.Match[str]
) -> bool:
    """Is a party or person named between the clause's last quantity word and the direction
    word of ``ab`` (the change before ``m``)? Only the direction's own words between ("the
    Tories up"): a verb or a figure between is another clause's."""
    last = None
    for mq in QUANTITY_WORD.finditer(clause_before):
        last = mq
    if last is None:
        return False
    base = m.start - len(clause_before)
    after_q, dir_at = base + last.end(), base + ab.start("dir")
    spans = [p.span for p in f.parties] + [p.span for p in f.people]
    named = [x for x in spans if after_q <= x.start and x.end <= dir_at]
    return (
        bool(named)
        and _SUBJECT_THEN_DIR.fullmatch(f.state.text, max(s.end for s in named), dir_at) is not None
    )


# Between a party or person and the direction word of their change: "the Tories up".
_SUBJECT_THEN_DIR = re.compile(r"(?:['’]s?)?\s+(?:(?:vote|share|were|was|are|is)\s+)*")


def _last_quantity_word(text: str) -> str | None:
    """The quantity word named last in ``text``, lower-cased."""
    found = None
    for mq in QUANTITY_WORD.finditer(text):
        found = mq.group("q")
    return found.lower() if found else None


# "Labour's vote increased by", "the Lib Dem vote was down": the vote is what changed.
_VOTE_SUBJECT = re.compile(r"\bvotes?\s+(?:(?:was|has|had|were|have)\s+)?$", re.IGNORECASE)
# ("Jane Smith of the Alliance Party saw her vote increase": "of" names her party too)
_APPOSITION = re.compile(r",?\s+(?:an?|the|of(?:\s+the)?)\s+", re.IGNORECASE)


def _own_party(f: Frame, who: PersonMention, party: PartyMention) -> bool:
    """Is ``party`` the person's own, by the wording ("Labour's Jane Smith", "Jane Smith, an
    independent unionist")?"""
    link = f.links.get(who.span.start)
    if link is not None and link.span == party.span:
        return True
    return bool(_APPOSITION.fullmatch(f.state.text, who.span.end, party.span.start))


_OWNED_QUANTITY = re.compile(
    r"(?:\s+party)?['’]s?\s+(?P<q>share(?:\s+of\s+the\s+vote)?|vote\s+share|vote)\b",
    re.IGNORECASE,
)
_IN_PARTY = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?$", re.IGNORECASE)


def _party_after_noun(f: Frame, at: int) -> PartyMention | None:
    """The party a change's noun is said of right after it: "a 9.9 per cent slump in the
    Labour party's share", "a 1.7 per cent increase for the Conservatives"."""
    for p in f.parties:
        if p.span.start >= at:
            gap = f.state.text[at : p.span.start]
            return p if len(gap) <= 12 and _IN_PARTY.fullmatch(gap) else None
    return None


# (nineteenth session) A person's count of votes, then the change of it said by its earlier
# level: "He won 30,317 votes, up from 2010's figure of 27,125", "took 18,075 of the votes, up
# from his total in 2015 of 15,204", "received 9,677 votes, significantly down from 24,267 in
# 2019", "securing 14,325 votes - an increase on the 2015 total of 11,593", "racked up 7,398
# votes - a huge increase on the 4,573 he was awarded in 2015". Only a comma or a dash, a
# word of direction and "from"/"on" between the two counts (and the words naming the earlier
# one: "the", "his 2015 total of"); matched whole between them, never searched for.
_EARLIER_AFTER_COUNT = re.compile(
    r"[ \t]*(?:(?:of\s+the\s+)?votes?\b)?[ \t]*(?:,|[ \t]*[-–—])[ \t]*"
    r"(?:(?:which\s+(?:is|was)|that['’]s)\s+)?"
    r"(?:(?:just|only|slightly|significantly|considerably|well|sharply|substantially|marginally)"
    r"\s+)?"
    r"(?P<dir>up|down|an?\s+(?:(?:huge|big|large|small|slight|significant|massive|sharp|marked"
    r"|substantial|modest)\s+)?(?:increase|rise|drop|fall|decrease|reduction|jump|decline))"
    r"\s+(?:from|on)\s+(?:(?P<det>the|his|her)\s+)?"
    r"(?:(?P<y1>(?:19|20)\d\d)(?:['’]s)?\s+)?"
    r"(?:(?:total|figure|tally|result|vote|haul)\s+(?:(?:in|at)\s+(?P<y2>(?:19|20)\d\d)\s+)?"
    r"of\s+)?",
    re.IGNORECASE,
)
_EARLIER_COUNT_CUES = frozenset(
    {"up", "down", "increase", "rise", "drop", "fall", "decrease", "reduction", "jump", "decline"}
)
_LEVEL_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?![\d,])")
# A verb of polling right before a count: what makes the count a person's votes when no
# "votes" follows it ("received 12,043, an increase on 11,351 from 2015").
_POLLED_BEFORE = re.compile(
    r"\b(?:polled|polling|won|winning|took|taking|secured|securing|received|receiving|got"
    r"|getting|collected|garnered|amassed|racked\s+up|picked\s+up)\s+(?:a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)


def _votes_from_earlier(f: Frame, a: Around) -> bool:
    """A person's votes, then their change said by its earlier level (see
    :data:`_EARLIER_AFTER_COUNT`): the change is read with that level as its start and the
    count before it as its end, both the person's (the earlier one the election the clause
    dates it to, else the one before; the reference rule sets it against that election's
    record). The count before is left to be read as the person's votes."""
    m, k = a.m, a.k
    if (
        k == 0
        or not DIGITS.fullmatch(m.number_text.replace(",", ""))
        or m.value < 100
        or not a.before.endswith((" ", "\t"))
        or not f.says(_EARLIER_COUNT_CUES)
    ):
        return False
    j = k - 1
    while j > 0 and f.numbers[j].kind is NumberKind.YEAR:
        j -= 1  # "up from his 2015 total of": the year names the earlier level
    cur = f.numbers[j]
    if (
        cur.kind is not NumberKind.COUNT
        or cur.hedge != "exact"
        or cur.value < 100
        or j in f.used
        or not DIGITS.fullmatch(cur.number_text.replace(",", ""))
    ):
        return False
    text = f.state.text
    mt = _EARLIER_AFTER_COUNT.fullmatch(text, cur.end, m.start)
    if mt is None:
        return False
    clause_start = f.clause_start(cur.start)
    if not (
        VOTES_AFTER.match(text, cur.end)
        or _POLLED_BEFORE.search(text, max(clause_start, cur.start - 30), cur.start)
    ):
        return False  # a count not said to be votes: "a majority of 5,000, up from …"
    who = f.subject(cur.start)
    if who is None or who.span.start < f.sent.span.start:
        return False
    clause_end = f.clause_end(m.end, CLAUSE_BREAK)
    if (mt.group("det") or "").lower() == "the" and not _OWN_AFTER.match(text, m.end):
        return False  # "an increase on the 2015 total of 11,593": as often the party's then
    if _PARTYS_AFTER.match(text, m.end, clause_end):
        return False  # "an increase on 11,351 from 2015 for the party": the party's level
    dated = _LEVEL_YEAR.search(text, m.end, min(clause_end, m.end + 60))
    year = mt.group("y1") or mt.group("y2") or (dated.group(0) if dated else None)
    if year is not None and year == f.state.story_year:
        return False  # the later count dated: not an earlier level
    if other_time(text, clause_start, cur.start, f.state.story_year) is not None:
        return False  # "In 2015 he won 30,317 votes, up from …": another election's change
    f.used.add(k)
    word = mt.group("dir")
    way = Direction.DOWN if any(w in word.lower() for w in _EARLIER_DOWN) else Direction.UP
    at = mt.start("dir")
    cand = f.register(who)
    current = f.figure(cur, Unit.VOTES, "a count, then its change from an earlier level", who=who)
    previous = f.figure(
        m, Unit.VOTES, f"“{word} {text[mt.end('dir') : m.start].strip()}” before it", who=who
    )
    f.state.claims.append(
        ChangeClaim(
            quantity=Quantity.VOTES,
            contest=cand.contest,
            candidate=who.name,
            direction=way,
            direction_text=word,
            direction_span=Span(start=at, end=at + len(word)),
            previous=previous,
            current=current,
            since=year,
            span=Span(start=at, end=m.end),
            quoted=f.state.quoted(m.span),
        )
    )
    return True


# After "the" and the earlier level, the person's own: "the 4,573 he was awarded in 2015".
_OWN_AFTER = re.compile(r"\s+(?:votes?\s+)?(?:he|she)\s+(?:was|had|won|got|polled|received)\b")
# After the earlier level, the party's: "11,351 from 2015 for the party".
_PARTYS_AFTER = re.compile(r"[^.;:]{0,30}?\bfor\s+(?:the|his|her)\s+party\b", re.IGNORECASE)
_EARLIER_DOWN = ("down", "drop", "fall", "decrease", "reduction", "decline")


def read_level(f: Frame, a: Around) -> bool:
    """The level a change starts from or ends at: "(down from 15.2pc)", "compared to 9.3pc",
    "to 67.68pc"."""
    m = a.m
    if m.kind is NumberKind.COUNT and m.hedge == "exact":
        return _votes_reached(f, a) or _votes_from_earlier(f, a)
    if m.kind not in (NumberKind.PERCENT, NumberKind.POINTS) or m.hedge != "exact":
        return False
    state = f.state
    pb = _PREVIOUS_BEFORE.search(a.before) if f.says(_PREVIOUS_CUES) else None
    if pb and _rival_named_after(f, m):
        # (seventeenth session) "won 51.1% of the vote compared to 41.7% for the
        # Conservatives": a rival's share set against hers, not the level hers changed from.
        return False
    if pb:
        completed = _previous_claim(f, m, pb, f.subject(m.start), f.last_change)
        if completed is not None:
            last = f.last_change
            if last is not None and completed.amount is last.amount:
                # The "from" completes the change already read: replace, not add.
                del state.claims[_position(state.claims, last)]
                if f.pending_change is last:
                    # It is no longer in the list, so no "to" may complete it; nor should one
                    # complete the replacement, whose "from" may be another quantity's ("cut
                    # by 586, although his share did rise from 42% to 47.5%").
                    f.pending_change = None
            state.claims.append(completed)
            f.last_change = completed
            return True
    pending = f.pending_change
    if _CURRENT_BEFORE.search(a.before) and pending is not None:
        current = f.figure(m, Unit.PERCENT, "“to” after a change", contest_level=True)
        updated = pending.model_copy(
            update={
                "current": current,
                "span": Span(start=pending.span.start if pending.span else m.start, end=m.end),
            }
        )
        state.claims[_position(state.claims, pending)] = updated
        if pending.quantity is Quantity.TURNOUT:
            figs = state.contest_figures(f.contest)
            if figs.turnout is None:
                figs.turnout = current
        f.pending_change = f.last_change = updated
        return True
    return False


# After a figure set against another: "for", "by" or "to", then its owner's name.
_FOR_RIVAL = re.compile(r"[ \t]*(?:of\s+the\s+vote\s+)?(?:for|by|to)\s+(?:the\s+)?", re.IGNORECASE)


def _rival_named_after(f: Frame, m: NumberMention) -> bool:
    """Is ``m`` followed by "for"/"by" and a party or person ("41.7% for the Conservatives",
    "20.8 per cent for Mr Robertson"): the figure of the one named, not an earlier level?"""
    gap = _FOR_RIVAL.match(f.state.text, m.end, f.sent.span.end)
    if gap is None:
        return False
    at = gap.end()
    return any(p.span.start == at for p in f.parties) or any(p.span.start == at for p in f.people)


def _votes_reached(f: Frame, a: Around) -> bool:
    """ "Mr Robertson's support fell by about 6,000 to 18,478": the count a person's vote
    changed to, right after the change, is their votes."""
    m, pending = a.m, f.pending_change
    if (
        pending is None
        or pending.quantity is not Quantity.VOTES
        or pending.candidate is None
        or pending.span is None
        or not DIGITS.fullmatch(m.number_text)
        or not _CURRENT_BEFORE.search(a.before)
        or len(f.state.text[pending.span.end : m.start]) > 12
        or f.earlier(m) is not None
    ):
        return False
    who = f.subject(m.start)
    if who is None or who.name != pending.candidate:
        return False
    cand = f.register(who)
    if cand.votes is None:
        cand.votes = f.figure(m, Unit.VOTES, "“to” after a change of their vote", who=who)
    f.pending_change = None
    return True


def read_elliptical(f: Frame, a: Around) -> bool:
    """A second change said by ellipsis: "Fitzpatrick's share up nine per cent …, and Ms
    Ali's nearly 11pc"; in a list of people's changes, "…, and Anneliese Dodds with a 15.1
    percent in Oxford East" (a noun after the figure makes it a level, not an ellipsis)."""
    last, m, state = f.last_change, a.m, f.state
    if last is None and _COMPARES.match(f.sent.text):
        last = _previous_change(f)
    if last is None or last.amount is None or m.kind is not _amount_kind(last):
        return False
    who = f.subject(m.start)
    if who is None or who.name == last.candidate:
        return False
    if not _POSSESSIVE_GAP.fullmatch(state.text, who.span.end, m.start) and not (
        last.candidate is not None
        and _WITH_GAP.fullmatch(state.text, who.span.end, m.start)
        and _NO_NOUN_AFTER.match(state.text, m.end)
    ):
        return False
    near = seat_right_after(f, who) if len(f.contests) > 1 else None
    seat_tie: SeatTie | None = (
        (f"{near.name}, named right after {who.name}", True, "in the clause") if near else None
    )
    claim = last.model_copy(
        update={
            "candidate": who.name,
            "contest": near.name
            if near is not None
            else state.candidates[who.name].contest
            if who.name in state.candidates
            else state.person_contest.get(who.name),
            "amount": f.figure(
                m, last.amount.unit, "a change said by ellipsis", who=who, seat=seat_tie
            ),
            "direction_span": None,
            "span": Span(start=who.span.start, end=m.end),
            "since": last.since,
            "previous": None,
            "current": None,
            "quoted": state.quoted(m.span),
        }
    )
    state.claims.append(claim)
    return True


def _previous_change(f: Frame) -> ChangeClaim | None:
    """The change read last, when it stands in the sentence just before this one."""
    claims = f.state.claims
    last = claims[-1] if claims else None
    if not isinstance(last, ChangeClaim) or last.span is None or last.candidate is None:
        return None
    between = f.state.text[last.span.end : f.sent.span.start]
    return last if len(between) <= 80 and "\n\n" not in between else None


def _amount_kind(claim: ChangeClaim) -> NumberKind | None:
    """The number kind a change amount was written as."""
    if claim.amount is None:
        return None
    return {Unit.PERCENT: NumberKind.PERCENT, Unit.POINTS: NumberKind.POINTS}.get(
        claim.amount.unit, NumberKind.COUNT
    )


def _previous_claim(
    f: Frame,
    m: NumberMention,
    pb: re.Match[str],
    who: PersonMention | None,
    last_change: ChangeClaim | None,
) -> ChangeClaim | None:
    """A change stated by its earlier level: "12.7pc … (down from 15.2pc)", "2.5pc compared to
    9.3pc", or the "from" of a change already read in this clause."""
    state, sent = f.state, f.sent
    previous = f.figure(
        m, Unit.PERCENT, f"“{pb.group(0).strip()}” before it", who=who, contest_level=who is None
    )
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
        current = _share_in_sentence(f, who, m.start)
    if current is None and not pb.group(0).lower().startswith(("compared", "against")):
        current = _share_reached(f, who, m, cand)
    if current is None:
        return None
    start = pb.start() + (m.start - len(state.text[max(sent.span.start, m.start - 80) : m.start]))
    dir_start = start if dir_word else None
    if dir_word is None:
        # "increased her share of the vote from 40% to 52.8%": the word of direction before
        # the quantity's noun, in the clause.
        said = None
        for found in DIRECTION_WORD.finditer(state.text, f.clause_start(m.start), start):
            said = found  # the last before the level
        if said is not None:
            dir_word, dir_start = said.group(0), said.start()
    return ChangeClaim(
        quantity=Quantity.SHARE,
        contest=cand.contest if cand else f.contest,
        candidate=who.name,
        direction=direction(dir_word),
        direction_text=dir_word,
        direction_span=Span(start=dir_start, end=dir_start + len(dir_word))
        if dir_word and dir_start is not None
        else None,
        previous=previous,
        current=current,
        since=since(state.text[m.end : sent.span.end]),
        span=Span(start=start, end=m.end),
        quoted=state.quoted(m.span),
    )


# (nineteenth session) Between a share's earlier level and the level it reached: "from 40%
# to 52.8%", "from 24% in 2015, the first time she stood in the seat, to 35% in 2017" (an
# aside between commas), "from 44% to over 50%".
_FROM_TO_GAP = re.compile(
    r"(?:\s+in\s+(?:19|20)\d\d)?(?:,[^,.;:()\d]{0,60},)?\s+to\s+(?:(?:just|only|over|almost)\s+)?"
)


def _share_reached(
    f: Frame, who: PersonMention, m: NumberMention, cand: Candidate | None
) -> Figure | None:
    """The share ``who``'s changed to, right after its earlier level ``m``: "saw his share rise
    from 44% to 50%". Read as their share at this election, unless the clause dates it to
    another ("to 47.5% in 2015")."""
    clause = f.state.text[f.clause_start(m.start) : m.start]
    if last_quantity(clause) not in (Quantity.SHARE, Quantity.VOTES):
        return None  # "as the turnout dropped from 73.3 per cent to 72.0": not a share
    # (The gap is matched whole below: a year or an ordinal in it, "in 2015, the first time
    # she stood", is no level.)
    k = next(
        (i for i, n in enumerate(f.numbers) if n.start > m.start and n.kind is NumberKind.PERCENT),
        None,
    )
    if k is None or k in f.used:
        return None
    n = f.numbers[k]
    if n.value > 100 or n.hedge != "exact":
        return None
    if not _FROM_TO_GAP.fullmatch(f.state.text, m.end, n.start):
        return None
    after = f.clause_end(n.end, CLAUSE_BREAK)
    if other_time(f.state.text, n.end, after, f.state.story_year) is not None:
        return None  # "to 47.5% in 2015": another election's change
    f.used.add(k)
    level = f.figure(n, Unit.PERCENT, "“from … to” the level a share reached", who=who)
    if cand is None:
        cand = f.register(who)
    if cand.share is None:
        cand.share = level
    return level


def _share_in_sentence(f: Frame, who: PersonMention, before: int) -> Figure | None:
    """A percentage written after ``who`` and before ``before`` in this sentence: the level a
    change stated only by its earlier level ends at. Not one read already as another
    figure: in "turnout rising to 70% from 67.8%" the 70% is the turnout, and 67.8% its
    earlier level, not a share's."""
    for k, n in enumerate(f.numbers):
        if n.start < who.span.end:
            continue
        if n.end > before:
            break
        if k in f.used:
            continue
        if n.kind is NumberKind.PERCENT and n.hedge == "exact":
            return f.figure(n, Unit.PERCENT, "a percentage after the name", who=who)
    return None


def _position(claims: list[Claim], claim: Claim) -> int:
    """Where this very claim is, searched from the end, where it was just put: ``index``
    compares models field by field from the start, claims × claims on a long article."""
    for k in range(len(claims) - 1, -1, -1):
        if claims[k] is claim:
            return k
    raise ValueError("the claim is not in the list")


# -- a results card's change of a party's share ---------------------------------------------------

_SIGNS = "+-−"
_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*")
_CLOSE_BRACKET = re.compile(r"[ \t]*\)")
# Between a party and its share on a card's line: "LAB: 48.4%", "Alliance 4,824 - 9.8%".
_PARTY_TO_SHARE = re.compile(r"[ \t]*[:–—-]?[ \t]*(?:[\d,]+[ \t]*(?:votes?)?[ \t]*[:–—-]?[ \t]*)?")
# "• Conservative +3.9 Gained": a line holding a party's signed change and nothing else; a
# card may put the party's code before its name ("CON Conservative +7.5 Gained").
_BULLET_TO_PARTY = re.compile(r"[ \t]*(?:[•*·▪-][ \t]*)?(?:(?P<code>[A-Z]{2,4})[ \t]+)?")
_PARTY_TO_CHANGE = re.compile(r"[ \t]*[:–—-]?[ \t]*")
_CHANGE_LINE_END = re.compile(r"[ \t]*(?:gained|lost|gain|loss|up|down)?[ \t]*(?=\n|$)", re.I)
_CHANGE_HEADING = re.compile(
    r"\b(?:(?:vote\s+)?share\s+change|change\s+(?:in|of)\s+(?:the\s+)?(?:vote\s+)?share)\b", re.I
)
_HEADING_REACH = 300
"""How far above a change's line its "share change" heading may be."""


def _first_word(text: str, at: int) -> str:
    """The word starting at ``at`` ("" when none does)."""
    w = _WORD.match(text, at)
    return w.group(0) if w else ""


_WORD = re.compile(r"[A-Za-z]+")


def _code_of(f: Frame, code: str) -> str | None:
    """The key of the party a card's code stands for ("CON", "GRN"), or None."""
    party = code_party(f.state.pack, code)
    return party.key if party is not None else None


def _independents(f: Frame, seat: str) -> int:
    """How many independents the story has named in the seat so far."""
    party = f.state.pack.parties.get("independent")
    if party is None:
        return 0
    return sum(
        1 for c in f.state.candidates.values() if c.contest == seat and c.party == party.name
    )


def read_card_change(f: Frame, a: Around) -> bool:
    """A party's signed change of share on a results card's line: "LAB: 48.4% (+8.2)" (in
    brackets right after the party's share), "• Conservative +3.9 Gained" (alone on the
    party's line, under a "Vote share change" heading; the party named by its short name,
    "• Green +0.7 Gained", or after its own code, "GRN Green +1.4 Gained"). Cards write these
    changes in points, with or without a "%" sign, so the amount is read as points by that
    convention, not by a word: the "what" tie is loose. A line naming a person is a results
    list's, read there."""
    m = a.m
    if m.number_text[:1] not in _SIGNS or m.hedge != "exact":
        return False
    if m.kind is not NumberKind.COUNT and m.kind is not NumberKind.PERCENT:
        return False
    text = f.state.text
    line_start = text.rfind("\n", 0, m.start) + 1
    if any(line_start <= p.span.start < m.start for p in f.people):
        return False
    prev = f.numbers[a.k - 1] if a.k else None
    if prev is not None and prev.start < line_start:
        prev = None
    party = f.party_before(m.start)
    if party is None or party.span.start < line_start:
        if prev is not None:
            return False
        # "• Green +0.7 Gained", "GRN Green +1.4 Gained": in prose "Green" may be a colour or
        # a surname, but as the one word opening a card's line it is the party's label.
        lead = _BULLET_TO_PARTY.match(text, line_start)
        at = lead.end() if lead else line_start
        party = abbreviation_label(f, Span(start=at, end=m.start), _first_word(text, at))
        if party is None:
            return False
    if prev is not None:
        if (
            prev.kind is not NumberKind.PERCENT
            or prev.number_text[:1] in _SIGNS
            or not _OPEN_BRACKET.fullmatch(text, prev.end, m.start)
            or not _CLOSE_BRACKET.match(text, m.end)
            or not _PARTY_TO_SHARE.fullmatch(text, party.span.end, prev.start)
        ):
            return False
        if sum(1 for n in f.numbers if party.span.end <= n.start < prev.start) > 1:
            return False  # "LAB: 48.4%", "Alliance 4,824 - 9.8%": at most the votes between
        what = "a signed figure in brackets after a party's share on its line"
    else:
        if (
            "." not in m.number_text  # a change of seats is whole: "Conservative +48"
            or not (bullet := _BULLET_TO_PARTY.fullmatch(text, line_start, party.span.start))
            or (bullet.group("code") and _code_of(f, bullet.group("code")) != party.party.key)
            or not _PARTY_TO_CHANGE.fullmatch(text, party.span.end, m.start)
            or not _CHANGE_LINE_END.match(text, m.end)
            or not _CHANGE_HEADING.search(text, max(0, line_start - _HEADING_REACH), line_start)
        ):
            return False
        what = "a signed figure after a party, on a line under a share-change heading"
    seat, tie = f.seat_near(m.start)
    if seat is None:
        return False
    if party.party.key == "independent" and _independents(f, seat) > 1:
        return False  # "• Independent +2.6 Gained": which of the seat's independents is unsaid
    down = m.number_text[:1] != "+"
    amount = f.figure(
        m,
        Unit.POINTS,
        f"{what}: a change of the share, in points as cards write it",
        what_loose=True,
        seat=tie,
        subject_tie=(f"{party.party.name}, on the same line", True),
    )
    amount = amount.model_copy(update={"value": abs(m.value), "text": m.number_text[1:]})
    f.state.claims.append(
        ChangeClaim(
            quantity=Quantity.SHARE,
            contest=seat,
            party=party.party.name,
            direction=Direction.DOWN if down else Direction.UP,
            amount=amount,
            span=m.span,
            quoted=amount.quoted,
        )
    )
    return True
