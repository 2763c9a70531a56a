"""A party as the subject of a candidate's figure: "the Lib Dems' 6,402", "Plaid Cymru
received 2,280", "Labour came second with 10,874", "compared to 19,301 votes for Labour",
"UKIP second on 32%", "beat the Conservatives into third".

In a constituency's story a party's votes, share and placing are its candidate's. The figure
is joined to the candidate of that party in that seat whom the story has already named and
tied to the party by its wording ("Labour's Jane Smith", "Jane Smith (Lab)"); when the story
names more than one, the figure is left unread. When it names none, the figure is given to
a candidate known only by party (an empty name), if the sentence's seat is tied explicitly:
the reader never consults the official record (the reference rules find the party's
candidate there), and :func:`~factcheck.extract.reader.read_prose` merges such a candidate
into the party's named one when the story names them later.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck import compiled_re as re
from factcheck.extract.entities import PartyMention
from factcheck.extract.frame import Candidate, Frame
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.extract.vocabulary import PARTY_AS_LABEL, PLACE_MOVES

# A person written only as their party, after the party's name: "the Labour candidate",
# (twentieth session) "The DUP man", "The Reform UK leader", "The Broughty Ferry Tory
# councillor". Their figure is their party's candidate's in the seat, as the party's is.
_PERSON_NOUN = r"(?:\s+(?:party|candidate|man|woman|MP|councillor|leader))?"
# Between the party and its figure. "Reform's 10,857", "the Lib Dems' 6,402", "the Labour
# candidate's 11,455":
_POSSESSIVE = re.compile(
    rf"{_PERSON_NOUN}['’]s?\s+(?:(?:total|tally|haul)\s+of\s+)?", re.IGNORECASE
)
# "Plaid Cymru received 2,280", "Labour came second with 10,874", "UKIP second on 32%",
# "the Tories were in third on, 14.3%", "Reform had 4,981": a verb of polling, or a placing
# and "with"/"on". Nothing else may stand between: "Labour beat Jane Smith by 2,000" names
# the figure's owner otherwise.
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|1st|2nd|3rd|[4-8]th)"
# "Labour who received 14,079", "the Conservative Party which had 66.6%", "The Brexit Party
# also received 4,151", "with the Liberal Democrats winning 1683".
_VERB_LEAD = re.compile(
    rf"{_PERSON_NOUN},?\s+"
    r"(?P<relative>(?:who|which)\s+)?"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?"
    r"(?:(?:also|only|just|then)\s+)?"
    r"(?:(?:(?:came|come|comes|coming|finished|finishing|placed|took|takes|was|were|in)\s+)?(?:in\s+)?"
    # (fifteenth session) or a participle of polling: "Labour came in second place, getting"
    rf"{_ORDINAL}(?:\s+place)?,?\s+(?:with|on|getting|polling|receiving|securing|taking)\s*,?\s+"
    r"|(?:received|receive|receives|receiving|got|gets|getting|polled|polls|polling|secured"
    r"|securing|picked\s+up|picks\s+up|had|has|took|takes|taking|won|wins|winning|scored"
    # (twentieth session) "The Tory claimed 22,637 votes"
    r"|garnered|collected|attracted|managed|amassed|claimed|claims|claiming)\s+"
    r"(?:(?:just|only|a\s+total\s+of|some)\s+)?"
    # "the Conservatives held the seat with 48.2 per cent", "Labour took Gower on 49.9%"
    r"|(?:held|hold|holds|won|wins|took|takes|gained|gains|retained|retains|kept|keeps)"
    r"\s+(?:[A-Za-z'’-]+\s+){1,4}?(?:with|on)\s+(?:(?:just|only)\s+)?)",
    re.IGNORECASE,
)
# Before a party that is the object of the clause, not its subject: "won the seat from
# Labour with 20,000", "beat the Conservatives, who polled …".
_OBJECT_BEFORE = re.compile(
    r"\b(?:from|over|against|beat|beating|beats|defeated|defeating|ousted|ousting|to|than"
    r"|of|by|unseated|unseating)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Between a seat and its winning party: "Arfon is ", "Strangford went ", "Rochdale is another
# ", "Makerfield also ", "Heywood and Middleton held by ", "Jarrow is a "; and between the
# party and its figure: " with ", " hold ", " gain with ", " ".
_SEAT_IS = re.compile(
    r"\s+(?:(?:is|was|went|goes|stays|remains|also|(?:is\s+)?(?:held|won|taken|kept)\s+by"
    r"|(?:went|goes|falls|fell)\s+to)\s+)+(?:(?:a|an|another)\s+)?",
    re.IGNORECASE,
)
_SEAT_WINNER_GAP = re.compile(r"\s+(?:(?:hold|gain)\s+)?(?:with\s+)?", re.IGNORECASE)
# (twentieth session) Rivals set behind the figure before: "takes 23,976 votes, ahead of the
# Conservatives on 15,738 and Reform with 5,679", "followed by Labour with 4,153".
_COMPARING = frozenset({"compared", "versus", "against", "ahead", "followed"})
_ON_WITH = re.compile(r"\s+(?:on|with)\s+(?:(?:just|only)\s+)?", re.IGNORECASE)
_ON_WITH_AFTER_PLACING = re.compile(r",?\s+(?:on|with)\s+(?:(?:just|only)\s+)?", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:compared\s+(?:to|with)|against|versus|ahead\s+of|followed\s+by)|,|\band)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Reform UK took 10.9%, Labour 8% and the Greens 3.4%": a party and a bare figure after a
# party's figure read with a verb, joined to it by a comma or "and"; (twentieth session) or
# with "on" or "with" between, "were third with 11,300 and Reform on 3,199", "had 5,679
# votes in third place, followed by Labour with 4,153 and the Greens on 1,762".
_ELLIPSIS_GAP = re.compile(r"[ \t]+(?:(?:on|with)[ \t]+(?:(?:just|only)[ \t]+)?)?", re.IGNORECASE)
_ELLIPSIS_JOIN = re.compile(r"(?:,|\band|\bfollowed\s+by)\s+(?:the\s+)?$", re.IGNORECASE)


def party_elliptical(f: Frame, m: NumberMention) -> PartySubject | None:
    """The party whose figure ``m`` is by ellipsis ("…, Labour 8% and the Greens 3.4%"):
    the party right before it, after a comma or "and". The caller says whether an earlier
    figure of the sentence, of the same kind, was a party's read with a verb."""
    i = f.count_before(f.parties, m.start)
    if not i or f.contest is None:
        return None
    party = f.parties[i - 1]
    text = f.state.text
    if not _ELLIPSIS_GAP.fullmatch(text, party.span.end, m.start):
        return None
    if not _ELLIPSIS_JOIN.search(
        text, max(f.sent.span.start, party.span.start - 16), party.span.start
    ):
        return None
    written = text[party.span.start : party.span.end]
    return _joined(f, party, f"“{written}” and its figure, after a party's figure", verb=True)


# After a rival's count: "compared to just 19,301 votes for Labour", "26 per cent for the
# Conservatives", (seventeenth session) "29.0% by the Conservatives".
_FOR_PARTY = re.compile(r"\s*(?:votes?\s+)?(?:for|to|by)\s+(?:the\s+)?", re.IGNORECASE)
_RIVAL_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|against|versus|as\s+against|to|while|and)\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PartySubject:
    """A party the wording makes a figure's subject, and the candidate it stands for."""

    party: PartyMention
    candidate: Candidate
    how: str
    """How the party was tied to the figure ("“Reform’s” before it")."""
    verb: bool = False
    """Tied by a verb of polling or a placing ("received", "came second with"), which says
    the figure is a result, as a possessive or "for" does not."""

    @property
    def subject_tie(self) -> tuple[str, bool]:
        """The figure's subject tie: the party by its wording, its candidate by the story."""
        if not self.candidate.name:
            return (
                f"{self.party.party.name}'s candidate in {self.candidate.contest}, whom the "
                f"story names only by party ({self.how})",
                True,
            )
        return (
            f"{self.candidate.name}, {self.party.party.name}'s candidate in "
            f"{self.candidate.contest} as the story names them ({self.how})",
            True,
        )


def party_subject(f: Frame, m: NumberMention, *, rival: bool = True) -> PartySubject | None:
    """The party whose candidate's figure ``m`` is, by the wording around it, or None."""
    if not f.parties or f.contest is None:
        return None
    text = f.state.text
    i = f.count_before(f.parties, m.start)
    if i:
        party = f.parties[i - 1]
        lead = _lead(f, party, m)
        if lead is not None:
            return _joined(f, party, *lead)
    if rival and i < len(f.parties):
        party = f.parties[i]
        if (
            party.span.start - m.end <= 16
            and _FOR_PARTY.fullmatch(text, m.end, party.span.start)
            and _RIVAL_BEFORE.search(text, max(f.sent.span.start, m.start - 30), m.start)
        ):
            return _joined(f, party, f"“for {party.party.name}” after it", verb=False)
    return None


def _lead(f: Frame, party: PartyMention, m: NumberMention) -> tuple[str, bool] | None:
    text = f.state.text
    if m.start - party.span.end > 60:
        return None
    if f.count_before(f.people, m.start) > f.count_before(f.people, party.span.end):
        return None  # a person named between the party and the figure owns it
    written = text[party.span.start : party.span.end]
    if _POSSESSIVE.fullmatch(text, party.span.end, m.start):
        return f"“{written}’s” before it", False
    if (
        len(f.contests) == 1
        and _SEAT_WINNER_GAP.fullmatch(text, party.span.end, m.start)
        and _SEAT_IS.fullmatch(text, f.contests[0].span.end, party.span.start)
    ):
        # A live blog's "Arfon is PC with 13,134", "Jarrow is a Labour hold 18,363 votes",
        # "Heywood and Middleton held by Labour with 43%": the seat's result, its winning
        # party's figure.
        return f"“{written}” as the party a seat named before it is, or went to", True
    if (
        f.says(_COMPARING)
        and _ON_WITH.fullmatch(text, party.span.end, m.start)
        and f.seat_tie(None)[1]  # weaker than a verb: only in a seat the sentence is sure of
        and _COMPARED_BEFORE.search(
            text, max(f.sent.span.start, party.span.start - 20), party.span.start
        )
    ):
        # "compared to Labour on 18.3% and Liberal Democrat with 16.4%": rivals set against
        # the winner's figure, each with its own.
        return f"“{written} on/with” set against another's figure", False
    if _ON_WITH_AFTER_PLACING.fullmatch(text, party.span.end, m.start) and _placed_before(f, party):
        # (twentieth session) "Third was Labour with 12.8%": the placed party's figure.
        return f"“{written}” placed by the placing opening its clause", True
    lead = _VERB_LEAD.fullmatch(text, party.span.end, m.start)
    if lead is not None and (
        # "compared to Labour who received 14,079": the object of one clause, the subject
        # of the relative clause its figure is in.
        lead.group("relative") is not None
        or not _OBJECT_BEFORE.search(
            text, max(f.sent.span.start, party.span.start - 25), party.span.start
        )
    ):
        return f"“{written}” as the subject of its clause", True
    return None


def _joined(f: Frame, party: PartyMention, how: str, verb: bool) -> PartySubject | None:
    cand = party_candidate(f, party)
    return PartySubject(party, cand, how, verb) if cand is not None else None


def party_candidate(f: Frame, party: PartyMention, *, seat: str | None = None) -> Candidate | None:
    """The one candidate of ``party`` in the sentence's seat the story has named so far;
    else, when the sentence's seat is tied explicitly, the party's candidate known only by
    party (created on first use); None when that is unsure. A reading that ties the seat
    explicitly its own way (a results card's heading) gives it as ``seat``."""
    own_seat = seat is not None
    seat, name = seat or f.contest, party.party.name
    found = [
        c
        for c in f.state.candidates.values()
        if c.party == name
        and c.contest == seat
        and not (c.past_holder and c.votes is None and c.share is None and c.rank is None)
    ]
    if found and not own_seat and not f.contests and _NATION in f.seat_tie(None)[0]:
        # "With all 59 seats declared, the SNP won 36.9%" after a seat's story: a party's
        # figure in a paragraph speaking of the nation is the nation's, not its candidate's.
        return None
    if found:
        return found[0] if len(found) == 1 else None
    if seat is None or (not own_seat and (len(f.contests) > 1 or not f.seat_tie(None)[1])):
        return None
    key = (seat, name)
    cand = f.state.by_party.get(key)
    if cand is None:
        cand = Candidate("", party.span, party=name, party_span=party.span, contest=seat)
        cand.anchor = f.state.sentence_index
        f.state.by_party[key] = cand
    return cand


_NATION = "though its paragraph speaks of"


# Between a party and its placing: "UKIP second", "Reform came second", "the Tories were in
# third", "UKIP takes third place", "the Conservatives were beaten into third place".
# (eighteenth session) The leads a person's placing has too (RANK_BEFORE): "Labour were a
# distant second", "the Conservatives did come in second place", "could only manage fourth",
# "held on to second place", "fell to third place", "moved into third", "leaped forward into
# second place" (eleven outlets' parties on the open skeletons). "to" only after a verb of
# moving or keeping: in "X pipped the Conservatives to second place" the place is X's.
# (twenty-second session) A relative clause makes the party the placing's subject whatever
# the party is to the clause before: "a swing from the Liberal Democrats who came third",
# "the Conservatives, who came third in 2015", "UKIP - which came third in each seat" (four
# outlets).
_PLACING_LEAD = re.compile(
    rf"{_PERSON_NOUN},?\s+(?:(?:[-–—]\s+)?(?P<rel>who|which)\s+)?"
    r"(?:(?:has|have|had|was|were|is|are|did|could)\s+)?"
    r"(?:(?:also|only|just|then|again|eventually|narrowly|comfortably)\s+)*"
    r"(?:(?:came|come|comes|coming|finished|finishes|finishing|placed|took|takes|taking|ended\s+up"
    rf"|managed|manage|managing|secured|securing|polled|{PLACE_MOVES}"
    r"|(?:been\s+)?(?:beaten|pushed|knocked|relegated|forced|driven))\s+)?(?:in|into)?\s*"
    r"(?:an?\s+(?:very\s+)?(?:close|distant|strong|poor|respectable|creditable|comfortable"
    r"|narrow|disappointing|solid|good|remote)\s+)?",
    re.IGNORECASE,
)
# "beat Labour into third", "pushed the Tories into fourth place": the party pushed.
_PUSHED_LEAD = re.compile(r"\s+into\s+", re.IGNORECASE)
_PUSHING = re.compile(
    r"\b(?:beat\w*|push\w*|relegat\w*|knock\w*|forc\w*|drove|driv\w*)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# (twentieth session) A placing opening its sentence or clause, then the party it went to, as
# "In second place was X" gives a person theirs (:func:`~.ranks._placing_then_person`): "Third
# was Labour with 12.8%", "In distant third were the Conservatives with 1,121", "Second was
# UKIP on 14%", "…, and fifth were the Greens on 7%".
_PLACING_OPENS_SENTENCE = re.compile(
    r"\s*(?:And\s+)?(?:In\s+)?(?:(?:a\s+)?(?:distant|close)\s+)?$", re.IGNORECASE
)
_PLACING_OPENS_CLAUSE = re.compile(
    r"(?:[,;]\s*(?:and\s+)?|\s(?:and|while)\s+)(?:in\s+)?(?:(?:a\s+)?(?:distant|close)\s+)?$",
    re.IGNORECASE,
)
_PLACING_THEN_PARTY = re.compile(
    r"(?:\s+place)?,?\s+(?:was|were|came)\s+(?:the\s+)?", re.IGNORECASE
)


def _opens_placing(f: Frame, m: NumberMention) -> bool:
    """Does the ordinal ``m`` open its sentence or a clause ("Third …", "…, and fifth …")?"""
    text, start = f.state.text, f.sent.span.start
    return bool(
        _PLACING_OPENS_SENTENCE.fullmatch(text, start, m.start)
        or _PLACING_OPENS_CLAUSE.search(text, max(start, m.start - 20), m.start)
    )


def party_after_placing(f: Frame, m: NumberMention) -> PartySubject | None:
    """The party an ordinal ``m`` opening its sentence or clause went to, named right after
    "was", "were" or "came" ("Third was Labour with 12.8%"), with its candidate; None when
    the wording is not that, or the candidate is unsure."""
    i = f.count_before(f.parties, m.end)
    if i >= len(f.parties) or f.contest is None:
        return None
    party = f.parties[i]
    text = f.state.text
    if not (
        _PLACING_THEN_PARTY.fullmatch(text, m.end, party.span.start)
        # "Second was Labour's Jane Smith": the person's placing, not the party's.
        and not PARTY_AS_LABEL.match(text, party.span.end)
        and _opens_placing(f, m)
    ):
        return None
    written = text[party.span.start : party.span.end]
    return _joined(f, party, f"“{written}” named after the placing opening its clause", True)


def _placed_before(f: Frame, party: PartyMention) -> bool:
    """Is ``party`` the one a placing opening its clause went to ("Fifth were the Greens")?"""
    m = next((n for n in reversed(f.numbers) if n.end <= party.span.start), None)
    return (
        m is not None
        and m.kind is NumberKind.ORDINAL
        and _PLACING_THEN_PARTY.fullmatch(f.state.text, m.end, party.span.start) is not None
        and _opens_placing(f, m)
    )


def party_placed(f: Frame, m: NumberMention) -> tuple[PartyMention, PartySubject | None] | None:
    """The party an ordinal ``m`` places, when the wording makes a party its subject ("UKIP
    second", "pushed Labour into third"), with the candidate it stands for if the story has
    named them; None when no party is the placing's subject."""
    if not f.parties:
        return None
    i = f.count_before(f.parties, m.start)
    if not i:
        return None
    party = f.parties[i - 1]
    text = f.state.text
    if m.start - party.span.end > 40:
        return None
    if f.count_before(f.people, m.start) > f.count_before(f.people, party.span.end):
        return None  # a person named since the party is the placing's subject
    written = text[party.span.start : party.span.end]
    lead = max(f.sent.span.start, party.span.start - 25)
    if _PUSHED_LEAD.fullmatch(text, party.span.end, m.start) and _PUSHING.search(
        text, lead, party.span.start
    ):
        how = f"“{written}” pushed into the placing"
    elif (placing := _PLACING_LEAD.fullmatch(text, party.span.end, m.start)) is not None and (
        placing.group("rel") is not None or not _OBJECT_BEFORE.search(text, lead, party.span.start)
    ):
        how = f"“{written}” as the subject of the placing"
    else:
        return None
    if f.contest is None:
        return party, None
    cand = party_candidate(f, party)
    return party, (PartySubject(party, cand, how, True) if cand is not None else None)
