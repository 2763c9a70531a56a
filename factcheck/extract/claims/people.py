"""Candidates named in prose without a figure: "Labour's Jane Smith won Bristol West", "Jane
Smith, the new MP for Bristol West", "Bristol West MP Jane Smith", "beat the Conservative
candidate, John Brown", "took the seat from John Brown".

A person becomes a candidate of a seat only when the wording says they stood there: a verb of
the result with the person as its subject ("won", "held", "lost his seat", "was re-elected")
or its object ("defeating", "took the seat from", "lost to", "a majority over"), or a noun
that says so ("MP for", "Bristol West MP", "the Labour candidate"). A name merely near a seat
is not read: party leaders, councillors, returning officers and pundits are named in results
copy as often as candidates, and a wrong name attached to a seat would make ``name-mismatch``
cry wolf. The reader never looks the person up in the official record; the rules do.

The name's tie to its seat is recorded in :class:`~factcheck.models.Grounds` on the candidate
(``name_grounds``): the seat named in the sentence is explicit; a seat carried from a heading
or an earlier paragraph, or a person only described as the seat's former holder ("the seat
held by"), is loose, so a finding on the name is at most a warning and offers no fix.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from factcheck import compiled_re as re
from factcheck.extract.entities import ContestMention, PersonMention, contest_matcher
from factcheck.extract.frame import STORY_SEAT_TIES, Candidate, Frame
from factcheck.extract.text import cue_words, visible_from
from factcheck.extract.vocabulary import other_time
from factcheck.models import Figure, Grounds, SeatNamed, Span, Unit
from factcheck.names import name_key, person_words

# Auxiliaries and adverbs between a subject and its verb: "has been re-elected", "narrowly won".
_AUX = (
    r"(?:(?:has|have|had|was|is|were|has\s+been|had\s+been|also|again|now|then|just|duly|later"
    r"|both|almost|nearly)\s+)*"
)
_ADVERB = r"(?:[a-z]+ly\s+)?"
_SUBJECT_VERB = (
    r"(?:won|wins|winning|held|holds|retained|retains|retaining|kept|keeps|gained|gains"
    # "took a helicopter to Bolton": no result
    r"|(?:took|takes|taken|taking)(?!\s+an?\s)"
    r"|captured|captures|seized|seizes|seizing|snatched|snatches|snatching"
    r"|regained|reclaimed"
    r"|reclaims|reclaiming|recaptured|re-?captured|re-?capturing|clinched|romped|stormed"
    r"|elected|re-?elected|returned|lost|loses|losing|beat|beats|defeated|defeats|ousted"
    r"|ousts|unseated|unseats|removed|polled|received|secured|topped"
    # "with Danny Kinahan unseating the DUP's Willie McCrea"
    r"|unseating|ousting|defeating|toppling"
    # "came third", "came in a distant third", "finished a close second"
    r"|(?:came|finished)\s+(?:in\s+)?(?:an?\s+(?:(?:distant|close|strong|respectable|poor)\s+)?)?"
    r"(?:first|second|third|fourth|fifth|sixth|last|top)|held\s+off|hung\s+on|hangs\s+on"
    # "clung on to his Aberdeen South seat", "fended off", "was booted out by the voters of"
    r"|clung\s+on|clings\s+on|fended\s+off|fends\s+off|(?:was\s+)?booted\s+out"
    # "made a Labour gain in Cardiff Central"
    r"|made\s+an?\s+(?:[\w-]+\s+){0,2}gain"
    r"|conceded|overturned|emerged\s+victorious"
    r"|managed\s+to\s+(?:hold|win|retain|keep|overturn|grow)|strolled\s+home|romped\s+home"
    r"|cruised|swept|suffered\s+(?:a\s+)?(?:\w+\s+)?defeat"
    # "celebrated a storming win in Bristol East", "hailed his re-election as MP for"
    r"|(?:celebrated|celebrates|celebrating|hailed|hails)\s+(?:his|her|their|an?)\s+"
    r"(?:\w+\s+){0,2}(?:majority|victory|win|re-?election)"
    r"|(?:is|was|became|becomes)\s+(?:now\s+)?(?:its|the|their)\s+(?:new\s+)?MP"
    # "re-takes his seat", "was declared the winner", "is the first ever Labour winner of"
    r"|re-?takes|re-?took|re-?taken|declared\s+(?:the\s+)?(?:winner|victor)"
    r"|(?:is|was|became)\s+the\s+(?:first\s+)?(?:ever\s+)?(?:[\w-]+\s+){0,2}winner\s+(?:of|in)"
    # "saw his share of the vote rise", "saw a greatly-reduced majority in his seat": a
    # person whose own share or majority is told of stood
    r"|saw\s+(?:his|her|their|a)\s+(?:[\w-]+\s+){0,2}(?:majority|share|vote\s+share)"
    # "saw his vote fall to just 1,527", "saw her vote decrease from 2,032"
    r"|saw\s+(?:his|her|their)\s+vote\s+(?:fall|drop|rise|increase|decrease|climb|slump|grow)"
    # "increased her majority to 15,560", "almost doubled his majority", "increased their
    # leads": only a seat's winner has a majority or a lead to grow.
    r"|(?:increased|increases|increasing|doubled|doubles|doubling|trebled|tripled|extended"
    r"|extends|extending|grew|grows)\s+(?:his|her|their)\s+(?:[\w,-]+\s+)?(?:majorit(?:y|ies)"
    r"|leads?)\b"
    # "claiming a majority of 2,601" (a majority in the Commons is _NATIONAL's)
    r"|(?:claimed|claims|claiming)\s+an?\s+(?:[\w,-]+\s+){0,2}majority"
    # "was a distant fourth", "coming in second", "was third on 8,792" (never "was first
    # elected", "was last seen"); "edged out", "has been pipped to the post"
    r"|(?:was|is|coming|finishing|ending\s+up|ended\s+up)\s+(?:in\s+)?"
    r"(?:an?\s+(?:(?:distant|close|strong|respectable|poor)\s+)?)?"
    r"(?:second|third|fourth|fifth|sixth|seventh)(?![\w-]|\s+(?:time|term|largest|biggest"
    r"|highest|lowest|safest|most|best|worst|successive|consecutive|favourite))"
    r"|(?:was|is|finished|ended\s+up)\s+(?:the\s+)?runner[-\s]up"
    # "Ukip's Paul Salvage pushed Tory Jo Baker into third place"
    r"|(?:pushed|pushing|pushes)\s+(?:[\w'’-]+\s+){1,5}?into\s+(?:second|third|fourth|fifth"
    r"|sixth)"
    r"|edged\s+out|overcame|(?:was|been)\s+pipped|keeping\s+(?:his|her|their)\s+seats?"
    # "with Plaid's Vaughan Williams second", "UKIP's Kevin Newton in fourth": a place alone,
    # ending its clause or item
    r"|(?:in\s+)?(?:second|third|fourth|fifth|sixth)(?:\s+place)?(?=\s*(?:[,.;:)]|$|and\b"
    r"|with\b|on\s+\d))"
    r"|beaten|will\s+become\s+(?:[\w'’-]+\s+){0,3}MP"
    # (sixteenth session) "Paul Holmes holding onto the Hamble Valley seat", "will represent
    # Glasgow South West", "will continue as the MP for Brighton Pavilion", "managed to hang on
    # in the new Godalming & Ash constituency", "was also successful in taking the seat of",
    # "crushed her opponents in Bristol West", "made it three election victories in a row"
    r"|holding\s+on(?:to|\s+to)?|holding\s+(?:the|his|her|their)\s+seat"
    r"|will\s+represent(?=\s+(?-i:[A-Z]))"
    r"|(?:will\s+)?continues?\s+as\s+(?:the\s+)?(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\s+for"
    r"|(?:managed\s+to\s+)?(?:hang|hanging)\s+on|(?:(?:was|were)\s+)?successful\s+in\s+"
    r"(?:taking|winning|holding|retaining|keeping)|crushed\s+(?:his|her|their)\s+opponents"
    r"|(?:made|makes|making)\s+it\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w-]+\s+){0,2}(?:victories|wins)"
    r"|(?:remained|remains)\s+(?:the\s+)?(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\s+for"
    r"|became\s+(?:the\s+)?(?:[\w-]+\s+){0,3}MP)\b"
)
# What may stand between a name and its verb: an aside in commas or brackets ("Jane Smith,
# 42, won", "Jane Smith (pictured) won"), "MP", or a relative "who".
_GAP = (
    r"(?:\s*,[^,;:.()\"“”]{1,80},|\s*\([^)]{0,60}\)|\s+[–—]\s[^–—\n.;:]{1,60}\s[–—]"
    # "Jane Smith of the Alliance Party polled", "Jane Smith for the Liberal Democrats
    # received"
    r"|\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*(?:MP\s+|,?\s*who\s+)?"
)
_SUBJECT = re.compile(rf"{_GAP}{_AUX}{_ADVERB}{_SUBJECT_VERB}")
_APPOSITION_START = re.compile(r",\s*$")
_APPOSITION_END = re.compile(r"\s*,")
# "Jane Smith's 2,131 majority win in Wrexham", "Jane Smith's victory in".
_POSSESSIVE = re.compile(
    r"['’]s?\s+(?:[\d,]+[-\s]+(?:vote\s+)?)?(?:majority|victory|win|re-?election|election)\b"
    # "Nick Boles' election agent read out a message": the agent's, no result of the person's.
    r"(?!\s+(?:agents?|campaigns?|team|teams|officers?|literature|leaflets?|expenses|pledges?)\b)"
)

# Before a name, words that make it the one beaten or replaced; those needing an outcome verb
# earlier in the clause ("took Bridgend from", "lost his seat to") are in _NEEDS_VERB.
_OBJECT = re.compile(
    r"\b(?:beat|beating|beats|defeated|defeating|defeats|oust|ousted|ousting|ousts|unseated"
    r"|unseating|unseats|pushing\s+out|pushed\s+out|replacing|replaced|overturn(?:ed|ing)?"
    r"|removed|removing|toppled|toppling|chose|picked|elected|re-?elected|(?P<by>by)"
    # "Voters in Walsall North have returned Eddie Hughes as their MP"
    r"|returned"
    r"|saw\s+off|seeing\s+off|sees\s+off|challenge\s+of|loss\s+of|defeat\s+of|victory\s+over"
    # "edged out Labour's Eleanor Smith", "pipped Jane Smith", "finished 2,959 votes clear of"
    r"|edged\s+out|edging\s+out|pipped|pipping|outpolled|outpolling|kicking\s+out|kicked\s+out"
    r"|votes\s+clear\s+of"
    # "to keep out Sinn Féin's Gerry Kelly", "which knocked Rod Cantrill into fourth"
    r"|keep\s+out|keeping\s+out|kept\s+out|knocked|knocking"
    # "Romsey and Southampton North stayed with Conservative Caroline Nokes"
    r"|(?:stayed|stays|remained|remains)\s+with"
    r"|majority\s+over|lead\s+over|win\s+over|ahead\s+of|behind|(?P<needs>from|to|over|against))"
    # "beat the Conservative, Kristan Hopkins": a party's word in apposition before the name;
    # "beating former First Minister Alex Salmond": up to three words of a role.
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:(?-i:[A-Z])[\w'’-]*,\s+)?$",
    re.IGNORECASE,
)
_NEEDS_VERB = re.compile(
    r"\b(?:won|win|wins|winning|took|take|takes|taken|taking|gained|gain|gains|gaining|seized"
    r"|snatched|captured|reclaim\w*|recaptur\w*|re-captur\w*|regained|lost|lose|loses|losing"
    r"|re-?tak\w*|re-?took|picked"
    r"|defend\w*|majority|fell|falls|switched|turned|beat|beaten|defeat\w*"
    # "Tom Watson's old seat of West Bromwich East went to Conservative Nicola Richards"
    r"|went|goes|passed)\b",
    re.IGNORECASE,
)
# "was defeated by", "was ousted by": the one named after "by" won.
_BY_VERB = re.compile(
    r"\b(?:defeated|ousted|unseated|beaten|beat|toppled|replaced|succeeded|overturned)\s+"
    # "was ousted in East Renfrewshire by": the seat between the verb and "by"
    r"(?:(?:in|at)\s+(?:(?:[A-Z][\w'’-]*|and|&),?\s+){1,8})?$",
    re.IGNORECASE,
)
_HELD_BY = re.compile(
    r"\b(?P<before>(?:formerly|previously|once)\s+)?(?:held|occupied|represented)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Nouns naming a candidate or the seat's member: "the Labour candidate, Jane Smith", "Jane
# Smith, the new MP for", "sitting MP Jane Smith", "Bristol West MP Jane Smith".
_ROLE_BEFORE = re.compile(
    r"\b(?:candidate|incumbent|challenger|(?:nearest|closest|main)\s+(?:rival|challenger)"
    # "the incoming MP Craig Williams", "New Conservative MP Mark Fletcher", "Independent MP"
    r"|(?:sitting|new|incoming|re-?elected|defeated|outgoing|departing|Independent)\s+"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}?MP|second[-\s]placed|runner-up)"
    r",?\s+$|(?:^|\n)\s*MP:\s*$",
    re.IGNORECASE,
)
_ROLE_AFTER = re.compile(
    r",?\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:candidate|MP\s+for|member\s+for)\b",
    re.IGNORECASE,
)
_SEAT_MP = re.compile(r"(?:['’]s?)?\s+MP,?\s+(?:the\s+)?")
# A sentence reporting no result: a forecast, a hope, a condition.
_NOT_A_RESULT = re.compile(
    r"\b(?:would|could|might|should|hopes?|hoped|hoping|expected|expects|likely|set\s+to"
    r"|bid\s+to|aims?\s+to|tipped|if|unless|predicted|predicts|poll\s+suggests|hopeful"
    r"|mayor|mayoral|council\s+(?:elections?|seats?|polls?|by-?elections?|contests?|races?|wards?)"
    r"|seats?\s+on\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}council"
    r"|assembly|by-?election|police\s+and\s+crime|leadership)\b",
    re.IGNORECASE,
)
# The words of _NOT_A_RESULT that make the sentence a forecast or a hope (not another race).
_FORECAST_WORDS = frozenset(
    {
        *("would", "could", "might", "should", "hope", "hopes", "hoped", "hoping", "expected"),
        *("expects", "likely", "set", "bid", "aim", "aims", "tipped", "if", "unless"),
        *("predicted", "predicts", "poll", "hopeful"),
    }
)
# Every match of _NOT_A_RESULT holds one of these words, or "election" ("by-election").
_NOT_A_RESULT_CUES = cue_words(
    "would could might should hope hopes hoped hoping expected expects likely set bid aim aims"
    " tipped if unless predicted predicts poll hopeful mayor mayoral council assembly police"
    " leadership"
)
# Words that are not in people's names though capitalised like them.
_NOT_PERSON = frozenset(
    """ireland northern scotland scottish wales welsh england english britain british
    kingdom cymru fein féin sinn unionist unionists democrats conservatives tories labour
    party constituency council borough county city town valley general election results
    result live blog news exit poll commons parliament westminster downing street
    liberal green reform brexit alliance credit credits photo picture image caption getty
    pa""".split()  # noqa: SIM905
)
# A seat the matcher does not know ("MP for North Belfast", "won Dumfriesshire"): the seat
# carried from earlier is then not this person's.
_OTHER_SEAT = re.compile(
    r"\b(?:MP\s+for|member\s+for|won|wins|held|holds|took|takes|gained|gains|retained|retains"
    r"|kept|keeps|lost|loses|taking|winning|holding"
    # "was returned again for Carmarthen West and South Pembs", "re-elected in …"; not a
    # party ("elected for Reform UK in Clacton")
    r"|(?:re-?elected|elected|returned)(?:\s+again)?\s+(?:for|in)(?!\s+(?:the\s+)?(?:Reform"
    r"|Labour|Conservative|Liberal|Lib|Green|Plaid|Scottish|SNP|Alliance|Sinn|Ulster|UUP|DUP"
    r"|SDLP|Democratic|Social|Independent|Brexit|UKIP|Workers|Tory|Tories)\b)"
    # "held on to Carmarthenshire West and Pembrokeshire South", "clung on to"
    r"|(?:held|holds|holding|hung|hangs|clung|clings)\s+on(?:\s+to)?)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?=[A-Z])"
    # "ousted by Labour in the Suffolk Coast constituency": a seat named as one
    r"|\bin\s+the\s+(?=(?:[A-Z][\w'’-]*\s+){1,4}(?:constituency|seat)\b)"
)
# (twenty-second session) The ties of a carried seat that only guess which of a story's seats
# a person's is, and the words of an outcome of the person's own seat, unnamed ("lost his
# seat", "was unseated", "ousted", "defeated"): together, the name is read in no seat.
_GUESSED_TIES = (STORY_SEAT_TIES[1], ", named only later in the story")
_OWN_SEAT_OUTCOME = re.compile(
    r"\b(?:his|her|their)\s+(?:own\s+)?seats?\b|\b(?:unseated|ousted|defeated|lost|loses|losing)\b",
    re.IGNORECASE,
)
# What a heading line may hold besides the seat's name: "* South Down *", "1 Aberdeen North",
# "Sunderland Central result".
_HEADING_WORDS = frozenset({"result", "results", "constituency", "seat", "declared", "count"})
# A sentence moving away from the seat being read: the seat carried from before is not its.
_ELSEWHERE = re.compile(
    r"\W*(?:elsewhere|meanwhile|across|nationally|in\s+other|in\s+the\s+rest)\b", re.IGNORECASE
)
# A national result, not a seat's: "won the election", "took power", "a majority in the
# Commons".
_NATIONAL = re.compile(
    r"\b(?:the\s+(?:general\s+)?election|power|office|(?<!in\s)the\s+country|the\s+leadership"
    r"|(?:a|an|the|their|its)\s+(?:\w+\s+){0,2}majority\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:Commons|Parliament|House|seats))\b",
    re.IGNORECASE,
)
# A list item's marker: items of a list are each about their own seat.
_BULLET = re.compile(r"\s*(?:[•*▪◦·–—-]|\d+[.)])\s")
_CLAUSE_END = re.compile(
    r"[;:.!?]|\s[–—]\s|\bwhile\b|\bbut\b|\bwhereas\b|,\s*(?:which|who|whom|where|when)\b"
)

Cue = tuple[str, bool]
"""How a person was read as a candidate, and whether the wording says so (not only nearness)."""


# A line of a list of seats' results: "3. North Down – Alex Easton – Ind – 20,913 votes".
_SEP = r"(?:\s+[–—-]\s*|\s*[–—]\s*)"
_WINNER_LINE = re.compile(
    rf"[ \t]*(?:\d{{1,3}}[.)]\s*)?(?P<seat>[^–—\n\d][^–—\n]*?){_SEP}(?P<name>[^–—\n\d]+?){_SEP}"
    rf"(?P<party>[^–—\n\d]{{1,40}}?){_SEP}[\d,]+\s+votes\b"
)

_DASHES = ("-", "–", "—")  # one in each separator


def _winner_line_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_WINNER_LINE.match(text, start, end)``, tried only where three dashes stand: each of
    its three separators holds one, and its lazy runs try every way of splitting a line of
    prose before they fail."""
    dashes = 0
    for dash in _DASHES:
        dashes += text.count(dash, start, end)
    return _WINNER_LINE.match(text, start, end) if dashes >= 3 else None


# How many lines either side of one a list's other lines are looked for.
_LIST_REACH = 8
_LINE = re.compile(r"[^\n]*")


def _winners_list(text: str, start: int) -> bool:
    """Is the line at ``start`` in a list of seats' winners: at least three such lines near
    it (blank lines between allowed), each a different seat, of at least two parties? A
    list of one party's candidates, or one seat's candidates, is no list of winners."""
    lines: list[re.Match[str]] = []
    at = start
    for _ in range(_LIST_REACH * 2):  # backwards, skipping blank lines
        if at == 0:
            break
        prev = text.rfind("\n", 0, at - 1) + 1
        m = _winner_line_at(text, prev, at - 1)
        if m is None and text[prev : at - 1].strip():
            break
        if m is not None:
            lines.append(m)
        at = prev
    at = start
    for _ in range(_LIST_REACH * 2 + 1):  # this line and forwards
        line = _LINE.match(text, at)
        assert line is not None
        m = _winner_line_at(text, at, line.end())
        if m is None and line.group().strip():
            break
        if m is not None:
            lines.append(m)
        if line.end() >= len(text):
            break
        at = line.end() + 1
    seats = [" ".join(m.group("seat").split()).lower() for m in lines]
    parties = {" ".join(m.group("party").split()).lower() for m in lines}
    return len(lines) >= 3 and len(set(seats)) == len(seats) and len(parties) >= 2


def _read_winner_line(f: Frame) -> None:
    """ "3. North Down – Alex Easton – Ind – 20,913 votes" in a list of seats' winners: the
    one person a seat's line names is its winner (rank 1, its span the name and party)."""
    text, sent = f.state.text, f.sent
    line_start = text.rfind("\n", 0, sent.span.start) + 1
    if text[line_start : sent.span.start].strip():
        return  # not the start of a line
    m = _winner_line_at(text, line_start, sent.span.end)
    if m is None:
        return
    seat = next((c for c in f.contests if c.span.start == m.start("seat")), None)
    who = next((p for p in f.people if p.span.start == m.start("name")), None)
    if seat is None or who is None or len(f.people) != 1:
        return
    if not _winners_list(text, line_start):
        return
    cand = f.state.candidate(who, seat.name)
    if cand.contest != seat.name or cand.rank is not None:
        return
    cand.rank = Figure(
        text="first",
        value=Decimal(1),
        unit=Unit.RANK,
        exact=True,
        span=Span(start=m.start("name"), end=m.end("party")),
        grounds=Grounds(
            what="the one person named on a seat's line of a list of several seats' results",
            subject=f"{who.name}, named on the line",
            seat=f"{seat.name}, the line's seat",
            seat_named="layout",
            election="no other election named in its line: the story's",
            loose=("what",),
        ),
    )


# A round-up's line: "Jane Smith – Watford, Conservative hold". The party's outcome is read
# by the outcomes reader; the person named before the seat is its winner's name.
_NAME_SEAT = re.compile(_SEP)
_PARTY_OUTCOME = re.compile(
    r"\s*,\s*(?P<party>[^,\n–—]{1,40}?)\s+(?:hold|gain)(?:\s+from\s[^\n]{1,40})?[ \t]*$"
)


def _read_outcome_lines(f: Frame) -> None:
    """ "Jane Smith – Watford, Conservative hold" on a line of its own: she stood in Watford
    for the party named (and won: the line reports the seat's result under her name)."""
    text, state = f.state.text, f.state
    for who in f.people:
        line_start = text.rfind("\n", 0, who.span.start) + 1
        if text[line_start : who.span.start].strip(" \t•*-") or who.name in state.candidates:
            continue
        sep = _NAME_SEAT.match(text, who.span.end)
        seat = f.contest_at(sep.end()) if sep else None
        line_end = text.find("\n", who.span.end)
        line_end = len(text) if line_end < 0 else line_end
        said = _PARTY_OUTCOME.match(text, seat.span.end, line_end) if seat else None
        if seat is None or said is None:
            continue
        party = next((p for p in f.parties if p.span.start == said.start("party")), None)
        if party is None:
            continue
        cand = state.candidate(who, seat.name)
        if cand.contest != seat.name:
            continue
        if cand.party is None:
            cand.party, cand.party_span = party.party.name, party.span
        cand.name_grounds = Grounds(
            what="named before the seat on a line giving its outcome",
            subject=f"{who.name}, named on the line",
            seat=f"{seat.name}, the line's seat",
            seat_named="layout",
            election="no other election named in its line: the story's",
        )


# A seat's record: "1 Aberdeen North / Party: SNP / MP: Jane Smith", one field a line.
_RECORD_MP = re.compile(r"[ \t]*MP:[ \t]*")
_RECORD_PARTY = re.compile(r"[ \t]*Party:[ \t]*(?P<party>[^\n]*?)[ \t]*\n")


def _read_record_mp(f: Frame) -> None:
    """ "Party: SNP" then "MP: Jane Smith" under a seat's heading: she is its winner (rank
    1, its span the party and the name)."""
    text = f.state.text
    for who in f.people:
        line_start = text.rfind("\n", 0, who.span.start) + 1
        if not _RECORD_MP.fullmatch(text, line_start, who.span.start):
            continue
        line_end = text.find("\n", who.span.end)
        if text[who.span.end : line_end if line_end >= 0 else len(text)].strip():
            continue  # more than the name on the line
        prev = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        party = _RECORD_PARTY.match(text, prev, line_start)
        cand = f.state.candidates.get(who.name) or f.state.same_person(who.name)
        if party is None or cand is None or cand.contest is None:
            continue
        if cand.rank is not None and not (
            cand.rank.value == 1
            and cand.rank.span is not None
            and cand.rank.span.start > who.span.end
        ):
            continue  # ranked otherwise, or first before the record: left as read
        # (a winner in words after the record, "Ms Smith held her seat", says it again)
        _record_rank(cand, who, Span(start=party.start("party"), end=who.span.end))


def _record_rank(cand: Candidate, who: PersonMention, span: Span) -> None:
    cand.rank = Figure(
        text="first",
        value=Decimal(1),
        unit=Unit.RANK,
        exact=True,
        span=span,
        grounds=Grounds(
            what="named as the seat's MP in its record",
            subject=f"{who.name}, the record's MP",
            seat=f"{cand.contest}, the record's seat",
            seat_named="layout",
            election="no other election named in the record: the story's",
        ),
    )


def read_people(f: Frame) -> None:
    """Register the people a sentence names as candidates of a seat, by explicit wording.

    A person already read as a candidate (with a figure, a rank, or earlier) is left as it is;
    a person is read here at most once per story.
    """
    if "votes" in f.sent.text and f.contests and f.people:
        _read_winner_line(f)
    if f.contests and f.people and ("hold" in f.low or "gain" in f.low):
        _read_outcome_lines(f)
    _read_people(f)
    if "MP:" in f.sent.text:
        _read_record_mp(f)


def _read_people(f: Frame) -> None:
    state = f.state
    if not f.people:
        return
    forecast = False
    if f.says(_NOT_A_RESULT_CUES) or "election" in f.low:
        for m in _NOT_A_RESULT.finditer(f.sent.text):
            if m.group(0).split()[0].lower() not in _FORECAST_WORDS:
                if _a_title(f, f.sent.span.start + m.start(), f.sent.span.start + m.end()):
                    continue  # "Metro Mayor Dan Norris", "DUP assembly member William Irwin"
                return  # another race: a mayor's, a council's, a by-election
            forecast = True
    for person in f.people:
        if person.name in state.candidates or state.quoted(person.span):
            continue
        if visible_from(state.text, person.span.end) == len(state.text):
            continue  # the text ends on the name, with no full stop: it may be cut off
        words = person_words(person.name)
        if len(words) < 2 or any(w in _NOT_PERSON for w in words):
            continue
        if any(
            c.span.start < person.span.end and person.span.start < c.span.end for c in f.contests
        ):
            continue  # "Môn" in "Ynys Môn" taken for a surname: a seat's name, not a person
        if state.same_person(person.name) is not None:
            continue
        cue = _candidate_cue(f, person)
        if cue is None or (forecast and cue[0] != _ROLE_CUE):
            # In a forecast or a hope, only a role says the person stood: "Conservative
            # candidate Jane Smith had high hopes", "Jane Smith, the Labour candidate likely
            # to become the next MP for Ilford South".
            continue
        own = possessed_seat(f, person) if cue[0] in (_OWN_SEAT_CUE, _PAST_HOLDER_CUE) else None
        near = (
            own[0]
            if own is not None
            else seat_right_after(f, person)
            if cue[0] == _IN_SEAT_CUE
            else bracketed_seat(f, person)
            if cue[0] == _BRACKET_SEAT_CUE
            else _seat_then_verb(f, person)
            if cue[0] == _SEAT_VERB_CUE
            else None
        )
        if near is not None:
            # The seat the cue named, not the clause's: a decimal point ("a 15.2 percent
            # increase") would end the clause before it.
            seat: tuple[str, str, bool, SeatNamed] | None = (
                near.name,
                f"{near.name}, named right after the person",
                True,
                "in the clause",
            )
        else:
            seat = _seat_of(f, person, subject=not cue[0].endswith(("object", "holder", "stood")))
        if seat is None and cue[0] == _OBJECT_CUE:
            seat = _beaters_seat(f, person)
        if seat is None or (
            not f.contests and _several_seats_people(f, person, subject=cue[0] in _SUBJECT_CUES)
        ):
            continue
        name, seat_text, seat_tight, seat_named = seat
        start, end = _clause(f, person)
        if other_time(state.text, start, end, state.story_year):
            continue  # "who won the seat in 2015", "two years ago she took": another race
        if _NATIONAL.search(state.text, person.span.end, end):
            continue  # "Jane Smith won the election": a party leader, not a seat's candidate
        what, what_tight = cue
        loose: list[Literal["what", "subject", "seat", "election"]] = []
        if not what_tight:
            loose.append("what")
        if not seat_tight:
            loose.append("seat")
        first = state.first_named.get(person.name, person.span)
        cand = state.candidate(PersonMention(first, person.name, person.title), name)
        link = f.links.get(person.span.start)
        if link is not None and cand.party is None:
            cand.party, cand.party_span = link.party.name, link.span
        # "the constituency formerly represented by Ukip's Douglas Carswell": he may not have
        # stood, so his party's figures are not given to him (party_subjects).
        cand.past_holder = what == _PAST_HOLDER_CUE
        cand.name_grounds = Grounds(
            what=what,
            subject=f"{person.name}, the person the wording is about",
            seat=seat_text,
            seat_named=seat_named,
            election="no other election named in its clause: the story's",
            loose=tuple(loose),
        )


# After a word of another race, what makes it a person's title: "Mayor Dan Norris", "assembly
# member William Irwin", "Mayor of London Sadiq Khan" (a name must follow).
_TITLE_AFTER = re.compile(r"[^\S\n]+(?:members?[^\S\n]+|of[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){1,2})?")
# Before it: "former Belfast mayor", "the city's former deputy mayor", "ex-mayor".
_TITLE_BEFORE = re.compile(
    r"\b(?:former|ex-?|deputy|then|one-time)[^\S\n]*(?:[A-Z][\w'’-]*[^\S\n]+){0,2}$", re.IGNORECASE
)
_TITLE_WORDS = frozenset({"mayor", "assembly"})


def _a_title(f: Frame, start: int, end: int) -> bool:
    """Is the word of another race at ``start:end`` a person's title ("Metro Mayor Dan
    Norris", "former Belfast mayor", "DUP assembly member William Irwin") rather than that
    race? Then the sentence may still tell of the general election: "… was unseated by
    Labour Metro Mayor Dan Norris"."""
    text = f.state.text
    if text[start:end].lower() not in _TITLE_WORDS:
        return False
    if _TITLE_BEFORE.search(text, max(f.sent.span.start, start - 40), start):
        return True
    after = _TITLE_AFTER.match(text, end)
    at = after.end() if after is not None else end
    return any(p.span.start == at for p in f.people)


# Between two people of a list: "A, B and C", "Alliance's A and Sinn Fein's B".
_LIST_GAP = re.compile(
    r"(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+(?:and|&)[^\S\n]+)"
    r"(?:(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?['’]s?[^\S\n]+)?"
)
# Before a list, a plural that makes its people several seats' ("defeated MPs A, B and C").
_PLURAL_ROLE = re.compile(r"\b(?:MPs|members|candidates|newcomers)[^\S\n]+$")


def _several_seats_people(f: Frame, person: PersonMention, *, subject: bool) -> bool:
    """Is the person one of a list of people in a sentence naming no seat, who are several
    seats' people: after a plural role ("defeated MPs Margaret Ritchie, Mark Durkan and
    Alasdair McDonnell"), or in a story of several seats ("Alex Salmond and Angus Robertson
    have lost their seats", subjects of the verb: those it beat are one seat's, "ahead of
    UKIP's A, the Green Party's B and C")? Then the seat carried in is at most one of
    theirs."""
    text, people = f.state.text, f.people
    i = next(j for j, p in enumerate(people) if p is person)
    first = i
    while first > 0 and _LIST_GAP.fullmatch(
        text, people[first - 1].span.end, people[first].span.start
    ):
        first -= 1
    last = i
    while last + 1 < len(people) and _LIST_GAP.fullmatch(
        text, people[last].span.end, people[last + 1].span.start
    ):
        last += 1
    if first == last:
        return False
    lead = people[first].span.start
    link = f.links.get(lead)
    if link is not None and link.span.end <= lead:
        lead = link.span.start
    if _PLURAL_ROLE.search(text, max(f.sent.span.start, lead - 20), lead):
        return True
    return subject and f.state.seats_named > 1


def _clause(f: Frame, person: PersonMention) -> tuple[int, int]:
    text, sent = f.state.text, f.sent
    start = f.clause_start(person.span.start)
    m = _CLAUSE_END.search(text, person.span.end, sent.span.end)
    return start, m.start() if m else sent.span.end


def _candidate_cue(f: Frame, person: PersonMention) -> Cue | None:
    """The wording that makes ``person`` a candidate, or None."""
    text, sent = f.state.text, f.sent
    end = min(sent.span.end, person.span.end + 200)
    if _SUBJECT.match(text, person.span.end, end):
        return _SUBJECT_CUE, True
    if len(f.contests) > 1 and len(f.people) > 1:
        # "James Morris and Mike Wood retained Halesowen and Dudley South respectively": the
        # verb's subject is the run of people "respectively" (or the verb, right before the
        # seats) pairs with the seats, not only the last of them, named right before it.
        pairs = f.respective_pairs()
        if pairs and any(p.span.start == person.span.start for p, _ in pairs[:-1]):
            last = pairs[-1][0]
            if _SUBJECT.match(text, last.span.end, min(sent.span.end, last.span.end + 200)):
                return _SUBJECT_CUE, True
    if _seat_then_verb(f, person) is not None:
        return _SEAT_VERB_CUE, True
    # A name in apposition, "Conservative Scottish Leader, Douglas Ross, lost his seat":
    # the verb after the comma closing it.
    appos = _APPOSITION_END.match(text, person.span.end, end)
    if (
        appos is not None
        and _APPOSITION_START.search(
            text, max(sent.span.start, person.span.start - 3), person.span.start
        )
        and _SUBJECT.match(text, appos.end(), end)
    ):
        return _APPOSITION_CUE, True
    if _SAW_LOSE.match(text, person.span.end, end) and _SAW_BEFORE.search(
        text, max(sent.span.start, person.span.start - 40), person.span.start
    ):
        # "a night which also saw Nigel Dodds lose his seat in Belfast North"
        return _SUBJECT_CUE, True
    if _POSSESSIVE.match(text, person.span.end, end):
        return "the person's win or majority", True
    own = possessed_seat(f, person)
    if own is not None:
        # "Jess Phillips' Birmingham Yardley constituency": the person's seat, so they held
        # or fought it; "Tom Watson's old seat of West Bromwich East": held, maybe no more.
        return (_PAST_HOLDER_CUE, False) if own[1] else (_OWN_SEAT_CUE, True)
    if _ROLE_AFTER.match(text, person.span.end, min(end, person.span.end + 60)):
        return _ROLE_CUE, True
    # Before the name: a role ("the Labour candidate", "sitting MP"), the seat's MP ("Totnes
    # MP"), or a verb it is the object of; a party's words before the name ("the SDLP's")
    # are skipped for the verb.
    window = max(sent.span.start, person.span.start - 80)
    if _ROLE_BEFORE.search(text, window, person.span.start):
        return _ROLE_CUE, True
    lead = person.span.start
    link = f.links.get(person.span.start)
    if link is not None and link.span.end <= person.span.start:
        lead = link.span.start
        # "his nearest rival, Labour's Ken Rustidge": the role before the party's name.
        if _ROLE_BEFORE.search(text, max(sent.span.start, lead - 80), lead):
            return _ROLE_CUE, True
    for c in f.contests:
        if c.span.end <= person.span.start and _SEAT_MP.fullmatch(text, c.span.end, lead):
            return "named as the seat's MP", True
    window = max(sent.span.start, lead - 80)
    held = _HELD_BY.search(text, window, lead)
    if held is not None:
        return (_PAST_HOLDER_CUE if held.group("before") else _HOLDER_CUE), False
    if bracketed_seat(f, person) is not None:
        # "Gareth Davies (Grantham and Bourne), Alicia Kearns (Rutland and Stamford) … have
        # all kept their seats": a round-up's people, each with their seat in brackets.
        return _BRACKET_SEAT_CUE, False
    if seat_right_after(f, person) is not None:
        # "one MP in Scotland, Ian Murray in Edinburgh South", "Hilary Benn with a 15.2
        # percent increase in Leeds Central": a result's sentence naming the person with the
        # seat. Only nearness says they stood there, so the tie is loose.
        return _IN_SEAT_CUE, False
    if _alone_on_line(f, person):
        # "Frome & East Somerset – Anna Sabine is our champion here": a round-up's line
        # opening with its seat, naming one person.
        return "the one person named on a line opening with a seat and a dash", False
    obj = _OBJECT.search(text, window, lead)
    if obj is None:
        return None
    if obj.group("by") is not None and not _BY_VERB.search(
        text, max(window, obj.start() - 80), obj.start()
    ):
        return None
    if obj.group("needs") is not None:
        clause = f.clause_start(obj.start())
        if not _NEEDS_VERB.search(text, max(clause, obj.start() - 120), obj.start()):
            return None
    return _OBJECT_CUE, True


# "saw Nigel Dodds lose his seat", "watched Jane Smith win her seat back": a bare verb of the
# result after the person, with "saw" before them (alone, "Jane Smith may lose her seat" is a
# forecast).
_SAW_BEFORE = re.compile(
    r"\b(?:saw|see|sees|seeing|watched)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:[\w'’-]+['’]s?\s+)?$"
)
_SAW_LOSE = re.compile(r"\s+(?:lose|win|hold|retain|keep|regain)\s+(?:his|her|their)\s+seats?\b")
_OBJECT_CUE = "a verb of the result with the person as its object"
_SUBJECT_CUE = "a verb of the result with the person as its subject"
_APPOSITION_CUE = "a verb of the result with the person, in apposition, as its subject"
_SUBJECT_CUES = (_SUBJECT_CUE, _APPOSITION_CUE)
# A sentence opening with a pronoun or a possessive one: "His majority of 12,897 over …".
_PRONOUN_OPENING = re.compile(r"\s*(?:She|He|Her|His)\b")


def _beaters_seat(f: Frame, person: PersonMention) -> tuple[str, str, bool, SeatNamed] | None:
    """The seat of the one who beat ``person`` ("His majority of 12,897 over Labour's
    Charlotte Holloway", "Williams beat Labour candidate Mary Gwen"), in a sentence naming no
    seat whose carried seat is unsure: where every other person the sentence names (or its
    opening pronoun stands for) was read as a candidate. The tie is loose: it goes through
    another person, not the seat's name."""
    state = f.state
    named = [p.name for p in f.people if p.name != person.name]
    if _PRONOUN_OPENING.match(f.sent.text) and state.last_person is not None:
        named.append(state.last_person.name)
    seats = set()
    for name in named:
        cand = state.candidates.get(name)
        if cand is None or cand.contest is None:
            return None
        seats.add(cand.contest)
    if len(seats) != 1:
        return None
    (seat,) = seats
    return seat, f"{seat}, where {named[0]}, who beat them, stood", False, "carried"


# "Ian Murray in Edinburgh South", "Hilary Benn with a 15.2 percent increase in Leeds Central".
_IN_SEAT = re.compile(
    r"(?:\s*\([^()\n]{1,30}\))?\s+(?:with\s+an?\s+(?:[^,;.()\n]|\.(?=\d)){0,40}?\s+)?"
    r"in\s+(?:the\s+)?"
)
# After "Name in Seat", the clause ends or a list goes on: not "Jane Smith in Bolsover said".
_IN_SEAT_END = re.compile(r"\s*(?:[,.;:)–—]|$|and\b|with\b|by\b)")
# A round-up's line opening with a seat's name and a dash: "Woking – …", "• St Ives - …".
_SEAT_DASH_LINE = re.compile(
    r"[ \t]*(?:[•*▪-][ \t]*)?(?P<head>[A-Z][^\n–—]{0,60}?)[ \t]+[–—-][ \t]"
)


_ROLE_CUE = "named as the seat's candidate or member"
_HOLDER_CUE = "named as the seat's former holder"
_PAST_HOLDER_CUE = "named as the seat's holder before, who may not have stood"
_IN_SEAT_CUE = "named with the seat right after the name (“… in <seat>”)"
_OWN_SEAT_CUE = "named as the owner of the seat (“<name>'s <seat> seat”)"


_BRACKET_SEAT_CUE = "named with the seat in brackets right after the name (“… (<seat>)”)"
_SEAT_VERB_CUE = "a verb of the result after the person and their seat (“… in <seat> won”)"
_OPEN_BRACKET = re.compile(r"[^\S\n]*\([^\S\n]*")
_CLOSE_BRACKET = re.compile(r"[^\S\n]*\)")


def bracketed_seat(f: Frame, person: PersonMention) -> ContestMention | None:
    """The seat filling the brackets right after the person's name: "Alicia Kearns (Rutland
    and Stamford)". Only a seat the whole bracket names: "(Lab)", "(42)" and "(pictured)"
    name none, and "(MP for Wells since 2015)" says more than the seat."""
    text = f.state.text
    opened = _OPEN_BRACKET.match(text, person.span.end, f.sent.span.end)
    seat = f.contest_at(opened.end()) if opened is not None else None
    if seat is None or not _CLOSE_BRACKET.match(text, seat.span.end, f.sent.span.end):
        return None
    return seat


# "Jess Phillips, re-elected in Birmingham Yardley": the seat after a participle of the result.
_ELECTED_IN = re.compile(r",\s+(?:re-?elected|elected|returned)\s+(?:in|for)\s+(?:the\s+)?")


def _seat_then_verb(f: Frame, person: PersonMention) -> ContestMention | None:
    """The seat of "Ian Murray in Edinburgh South secured the largest majority" (a verb of
    the result right after the person and their seat) or "Jess Phillips, re-elected in
    Birmingham Yardley": named with the person, and the wording says they stood there."""
    text, end = f.state.text, f.sent.span.end
    elected = _ELECTED_IN.match(text, person.span.end, end)
    if elected is not None:
        return f.contest_at(elected.end())
    in_seat = _IN_SEAT.match(text, person.span.end, end)
    seat = f.contest_at(in_seat.end()) if in_seat is not None else None
    if seat is None or not _SUBJECT.match(text, seat.span.end, min(end, seat.span.end + 200)):
        return None
    return seat


# After a name, its possessive and what may stand before the seat it owns: "Jess Phillips'
# Birmingham Yardley constituency", "Sir Bob Russell's Colchester seat", "Tom Watson's old
# seat of West Bromwich East".
_OWN_SEAT = re.compile(
    r"['’]s?[^\S\n]+(?:(?P<past>old|former|previous)[^\S\n]+(?:seat|constituency)[^\S\n]+of[^\S\n]+)?"
)
_SEAT_NOUN = re.compile(r"[^\S\n]+(?:seat|constituency)\b")


def possessed_seat(f: Frame, person: PersonMention) -> tuple[ContestMention, bool] | None:
    """The seat the wording gives ``person`` as theirs ("Jess Phillips' Birmingham Yardley
    constituency", "Tom Watson's old seat of West Bromwich East"), and whether it was theirs
    before ("old", "former"); None when there is none. A place after the possessive without
    "seat" or "constituency" ("Caroline Flint's Don Valley") is not read: it may be her home,
    her campaign, her count."""
    text = f.state.text
    m = _OWN_SEAT.match(text, person.span.end, f.sent.span.end)
    if m is None:
        return None
    seat = f.contest_at(m.end())
    if seat is None:
        return None
    past = m.group("past") is not None
    if not past and not _SEAT_NOUN.match(text, seat.span.end, f.sent.span.end):
        return None
    return seat, past


def seat_right_after(f: Frame, person: PersonMention) -> ContestMention | None:
    """The seat in "Name in <seat>" or "Name with a … increase in <seat>", ending its clause
    or its item of a list (a change's reading ties the change to it too)."""
    text = f.state.text
    in_seat = _IN_SEAT.match(text, person.span.end, f.sent.span.end)
    seat = f.contest_at(in_seat.end()) if in_seat is not None else None
    return seat if seat is not None and _IN_SEAT_END.match(text, seat.span.end) else None


def _alone_on_line(f: Frame, person: PersonMention) -> bool:
    """Does the person's line open with a seat's name and a dash ("Woking – …", not "Mansfield
    Winner – …"), and name no one else so far?"""
    text = f.state.text
    start = text.rfind("\n", 0, person.span.start) + 1
    head = _SEAT_DASH_LINE.match(text, start, person.span.start)
    if head is None:
        return False
    a, b = head.span("head")
    if not any(c.span.start == a and c.span.end == b for c in f.contests):
        # The seat named in an earlier sentence of the line: its name must fill the head.
        if f.carried_from != a:
            return False
        found = contest_matcher().find(text[a:b])
        if not any(c.span.start == 0 and c.span.end == b - a for c in found):
            return False
    end = text.find("\n", person.span.end)
    end = len(text) if end < 0 else end
    return not any(
        name != person.name and any(start <= s.start < end for s in spans)
        for name, spans in f.state.mentions.items()
    )


def _other_seat_first(f: Frame, person: PersonMention, seat: ContestMention) -> bool:
    """Does the person's clause name a seat the matcher does not know, after the person and
    before ``seat`` ("Simon Hart held on to Carmarthenshire West and Pembrokeshire South …,
    and Stephen Crabb retained Preseli Pembrokeshire")? The seat named is then another's."""
    if seat.span.start < person.span.end:
        return False
    text = f.state.text
    for m in _OTHER_SEAT.finditer(text, person.span.end, seat.span.start):
        # Two capitalised words at least: "holds the Scottish seat" names no seat.
        if f.contest_at(m.end()) is None and _PLACE_WORDS.match(text, m.end()):
            return True
    return False


_PLACE_WORDS = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)+")


# After a person, a relative clause saying where they won: ", who won by a 34,000-vote margin
# in ", ", who held on in ", ", who was re-elected in the ".
_WON_IN_AFTER = re.compile(
    r",?[^\S\n]+who[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?"
    r"(?:won|held|retained|kept|took|was[^\S\n]+re-?elected|was[^\S\n]+elected)\b"
    # (No comma but a number's: ", who had held it since 2010, and in South Devon …" turns
    # to another seat.)
    r"(?:[^,;:.!?\n]|,(?=\d)){0,60}?[^\S\n]in[^\S\n]+(?:the[^\S\n]+)?"
)


def _won_in_seat(f: Frame, person: PersonMention) -> str | None:
    """The seat a relative clause right after the person says they won in ("Roger Godsiff,
    who won by a 34,000-vote margin in Hall Green"), whatever seats the sentence named
    before them ("After poor showings in Edgbaston and Northfield, …")."""
    for c in f.contests:
        if c.span.start >= person.span.end:
            if _WON_IN_AFTER.fullmatch(f.state.text, person.span.end, c.span.start):
                return c.name
            return None
    return None


def _paragraph_names(f: Frame, seat: str) -> bool:
    """Does the sentence's paragraph hold the longest word of ``seat``'s name ("Sadly Tom
    Doe has lost his seat. Kensington was the last seat to declare.")?"""
    text = f.state.text
    start = text.rfind("\n\n", 0, f.sent.span.start) + 1
    end = text.find("\n\n", f.sent.span.end)
    word = max(name_key(seat).split(), key=len)
    return word in text[start : len(text) if end < 0 else end].lower()


def _seat_of(
    f: Frame, person: PersonMention, subject: bool
) -> tuple[str, str, bool, SeatNamed] | None:
    """The seat the person stood in, how it was tied, and whether the tie is explicit."""
    contests = f.contests
    if len(contests) == 1:
        c = contests[0]
        if (
            _other_seat_first(f, person, c)
            or f.seat_in_an_earlier_clause(person)
            or f.seat_in_a_later_pair(person)
        ):
            return None
        if any(
            p is not person and p.name != person.name and f.titled_seat(p) == c.name
            for p in f.people
        ):
            # "Dame Eleanor Laing increased her majority, while Southend West MP Sir David
            # Amess …": the one seat named is another person's title, not hers.
            return None
        return c.name, f"{c.name}, named in the sentence", True, "in the sentence"
    if contests:
        titled = f.titled_seat(person)
        if titled is not None:
            # "Both Lancaster and Fleetwood MP Cat Smith and Morecambe and Lunesdale MP David
            # Morris have held on": the title names the person's own seat, whatever seat is
            # named after them.
            return titled, f"{titled}, named as {person.name}'s title", True, "title"
        paired = f.respective_seat(person)
        if paired is not None:
            # "Kerry McCarthy and Thangam Debbonaire have held their seats in Bristol East and
            # Bristol West respectively": the n-th person's is the n-th seat.
            return (
                paired,
                f"{paired}, paired with {person.name} by “respectively”",
                True,
                "by the words",
            )
        opening = f.opening_seat(person)
        if opening is not None and not any(
            opening.span.end <= p.span.start < person.span.start for p in f.people
        ):
            # "In Hampstead and Kilburn, Tulip Siddiq increased her majority to 15,560, in
            # Harrow West it was 13,314 for Gareth Thomas": the seat opening the person's
            # clause is theirs, not the next item's named after them. (Not past someone
            # else: "In A, X was elected over Y and Z won over W in B" is Z's B.)
            return (
                opening.name,
                f"{opening.name}, opening the person's clause",
                True,
                "in the clause",
            )
        won_in = _won_in_seat(f, person)
        if won_in is not None:
            return (
                won_in,
                f"{won_in}, named in a clause saying where {person.name} won",
                True,
                "in the clause",
            )
        # Several seats: in the person's clause, with no one else named between them, the
        # first named after a subject ("X won Y"), the last before an object ("took Y from X"),
        # else the other way round.
        start, end = _clause(f, person)
        after = [c for c in contests if person.span.end <= c.span.start and c.span.end <= end]
        before = [c for c in contests if start <= c.span.start and c.span.end <= person.span.start]
        ordered = [*after[:1], *before[-1:]] if subject else [*before[-1:], *after[:1]]
        for c in ordered:
            lo, hi = (
                (c.span.end, person.span.start)
                if c.span.end <= person.span.start
                else (person.span.end, c.span.start)
            )
            if not any(lo <= p.span.start < hi for p in f.people if p is not person):
                return c.name, f"{c.name}, named in the person's clause", True, "in the clause"
        return None
    seat = f.contest
    if seat is None:
        return None
    start, end = _clause(f, person)
    text = f.state.text
    # (To the sentence's end: "Jane Smith, who …, was ousted in the Suffolk Coast
    # constituency" names her seat after the relative clause that ends hers.)
    for m in _OTHER_SEAT.finditer(text, start, f.sent.span.end):
        if f.contest_at(m.end()) is None and (m.start() < end or m.group().startswith("in")):
            return None
    if _ELSEWHERE.match(f.sent.text):
        return None
    carried = f.carried_tie()
    if carried is not None:
        if (
            carried[0].endswith(_GUESSED_TIES)
            and _OWN_SEAT_OUTCOME.search(f.sent.text)
            and not _paragraph_names(f, seat)
        ):
            # "… but Nick Clegg lost his seat", "Angus Robertson was ousted": the person's
            # own seat, which the paragraph does not name, is a guess in a story of several
            # (the seat it names most, or one it names only further on). Read there, the
            # name is set against a seat the person did not stand in.
            return None
        return (seat, *carried)
    at = f.carried_from
    if at is None:
        return None
    # A seat carried from another line is taken only from a heading naming it alone, as a
    # round-up's sections are headed; from prose or a bullet it may be another seat's story.
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    rest = {w for w in name_key(text[line_start:line_end]).split() if not w.isdigit()}
    rest -= set(name_key(seat).split())
    if rest <= _HEADING_WORDS:
        return seat, f"{seat}, the heading above it", False, "layout"
    between = text[line_end : f.sent.span.start]
    bullet = _BULLET.match(text, line_start) or _BULLET.match(between.lstrip(" \t\n"))
    if between.count("\n") <= 2 and not between.strip() and not bullet:
        return seat, f"{seat}, named in the paragraph before", False, "carried"
    return None
