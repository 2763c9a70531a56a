"""An earlier election's winner, said with its year: "Jane Smith, who had held the seat since
2010", "Mr Brown was first elected in 2015", "who has been the MP for Gower since 2017", "until
Mr Green won the seat in 2005", "the seat had been held by Jane Smith since 2010" (twentieth
session).

Counted on the open skeletons, winners of an earlier election left unread because the reader
kept no first place for a dated contest: a tenure said with "held … since" a year in some 25
outlets (the BBC's regional pages, PA copy, city and county papers, radio sites, student and
hyperlocal papers), "first elected … in" a year in about 20, "MP since" a year in about 12,
"won the seat in" a year in about 8. Each says the person won the seat at that year's general
election: they are read as the first place of that year's contest, the dated contest the reader
already keeps for votes given with a year (:func:`~factcheck.extract.claims.votes_shares.
_read_dated_votes`), never this election's, so the record of that year judges it where it is
bundled and nothing does where it is not.

The winner is the person named right before the words (or before ", who"), or after "held by"
and "won by"; "he" or "she" right before the words is the one person the sentence names before
it, a tie the reading marks as loose. The seat is one named in the words ("had held Stockton
South since 2010", "first elected as Chesterfield MP"), else the person's as the sentence or
the story gives it (:meth:`Frame.contest_for`), tied as every figure's seat is.

Not read: a year that is no general election's (a by-election's), the story's own year or a
later one, a council's, an assembly's or a party office's election ("elected to the council in
2010", "elected leader in 2015"), a party as the holder ("held by Labour since 1992"), and a
tenure with no year ("for 14 years", "for decades").
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.ranks import first_in_words
from factcheck.extract.entities import PersonMention, boundaries_2024
from factcheck.extract.frame import Candidate, Frame, SeatTie
from factcheck.extract.headings import GE_YEARS
from factcheck.extract.numbers import NumberKind
from factcheck.models import Span
from factcheck.names import name_key

EARLIER_WIN_CUES = ("held", "elected", "mp ", "won", "taken", "took", "represented")
"""Substrings one of which a sentence's folded text holds for :func:`read_earlier_winners`
to read it (with a year among its numbers): every wording below holds one."""

# Up to six words between a verb and its year, none of them a number, a word that starts
# another clause or the "by" of a passive ("the Angus seat", "the seat for the Liberal
# Democrats", "the St Austell and Newquay Conservative").
_SOME = r"(?:(?!by\b|but\b|when\b|after\b|before\b|while\b)[A-Za-z][\w'’&-]*\s+){0,6}?"
_EARLIER_WIN = re.compile(
    r"(?:"
    # a tenure: "has held the seat since 2010", "had held Stockton South since 2010", "has
    # represented the constituency since 2010", "has held on to since the 2005 election"
    r"\b(?:(?:has|had|have)\s+(?:previously\s+|also\s+)?)?(?:held|represented)\s+"
    rf"(?:on\s+to\s+)?{_SOME}since\s+(?:the\s+)?(?:its\s+(?:creation|formation)\s+in\s+)?"
    # a member's tenure: "has been the MP for Gower since 2017", "Labour MP since 2015",
    # "has served as the MP for Monmouth since 2005"
    r"|\b(?:(?:(?:has|had)\s+been|(?:has|had)\s+served\s+as|served\s+as)\s+(?:the\s+|an\s+)?)?"
    r"(?:(?:[A-Z][\w'’&-]*|and|&)\s+){0,6}?MP\s+(?:for\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’&-]*|and|&|area|constituency|seat)\s+){1,6}?)?since\s+(?:the\s+)?"
    # first elected: "was first elected in 2010", "first elected as Chesterfield MP in 2010",
    # "was elected to the seat in 2015", "after being elected in 1992"
    r"|\b(?:(?:was|had\s+been|being|been)\s+)?(?:first\s+)?elected\s+"
    rf"{_SOME}in\s+(?:the\s+)?"
    # a win of the seat: "won the seat in 2005", "who had taken the seat in 2015", "who won in
    # 2019", "took Gower in 2017" (not "won 500 votes in 2015", "took part in 2015")
    r"|\b(?:(?:has|had)\s+)?(?:first\s+)?(?:won|taken|took)\s+"
    r"(?:(?:the|his|her|this)\s+(?:[A-Z][\w'’&-]*\s+){0,4}?(?:seat|constituency)\s+|it\s+"
    r"|(?:[A-Z][\w'’&-]*\s+){1,5}?(?=in\s)|(?=in\s))"
    r"in\s+(?:the\s+)?"
    r")(?P<year>(?:19|20)\d\d)\b(?![,.]\d|%)"
)
# Offices and other bodies an "elected … in" year may be about: not a Commons seat.
_OTHER_BODY = re.compile(
    r"\b(?:council\w*|leader|mayor|assembly|senedd|holyrood|stormont|msp|mla|mep|european"
    r"|police|commissioner|chair\w*|deputy|speaker|lords)\b",
    re.IGNORECASE,
)
# Between the person and the words: "Jane Smith, who ", "Jane Smith (Lab), who ", "Jane Smith
# ", "Jerome Mayhew, 54, ", "Cat Smith, " (an apposition: "Cat Smith, Labour MP since 2015").
_NAMED_GAP = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?(?:\s*,\s*\d\d\s*,)?(?:\s*,?\s+who|\s*,)?\s+"
    r"(?:(?:also|previously|first|originally)\s+)?"
)
# "he" or "she" right before the words: "the seat she has held since 2010".
_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+$")
# "held by" or "won by" a person: "had been held by Jane Smith since 2010", "was won by Frank
# Field in 2010", "won by the departing Peter Grant in 2019".
_BY = re.compile(r"\b(?P<verb>held|won|taken)\s+by\s+")
_BY_LEAD = re.compile(r"(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}")
_BY_AFTER = re.compile(
    r",?\s+(?:since|in)\s+(?:the\s+)?(?:its\s+(?:creation|formation)\s+in\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b(?![,.]\d|%)"
)


def read_earlier_winners(f: Frame) -> None:
    """Winners of an earlier general election said with its year ("who had held the seat since
    2010", "was first elected in 2015", "won the seat in 2005"): each is read as the first
    place of that year's contest in the person's seat, a contest the text dates to that
    election and never this one's."""
    for n in f.numbers:  # a loop, not any() over a generator: a third of the cost
        if n.kind is NumberKind.YEAR:
            break
    else:
        return  # no year: no earlier election's win is said
    text, sent = f.state.text, f.sent
    start, end = sent.span.start, sent.span.end
    for m in _EARLIER_WIN.finditer(text, start, end):
        if _OTHER_BODY.search(text, m.start(), m.end()):
            continue
        found = _holder(f, m.start())
        if found is not None:
            who, tight = found
            _won_then(f, who, Span(start=m.start(), end=m.end()), m.group("year"), tight=tight)
    if "by " not in f.low:
        return
    for m in _BY.finditer(text, start, end):
        lead = _BY_LEAD.match(text, m.end(), end)
        at = lead.end() if lead is not None else m.end()
        holder = next((p for p in f.people if m.end() <= p.span.start <= at), None)
        if holder is None:
            continue
        after = _BY_AFTER.match(text, holder.span.end, end)
        if after is None or (m.group("verb") == "held") != (after.group(0).find("since") >= 0):
            continue  # "held by X in 2010" or "won by X since 2010": not these wordings
        words = Span(start=m.start(), end=after.end())
        # The figure points at "held by" alone: the name after it is read as a name, and
        # quoted for a finding on it, as the person's own words.
        verb = Span(start=m.start(), end=m.start() + len(m.group(0).rstrip()))
        _won_then(f, holder, words, after.group("year"), tight=True, at=verb)


def _holder(f: Frame, at: int) -> tuple[PersonMention, bool] | None:
    """The person the words at ``at`` are said of, and whether they are named there (True)
    or only stood for by "he"/"she" (False)."""
    text, start = f.state.text, f.sent.span.start
    i = f.count_before(f.people, at)
    if i:
        last = f.people[i - 1]
        gap = _NAMED_GAP.fullmatch(text, last.span.end, at)
        if gap is not None:
            return last, True
    if _PRONOUN_BEFORE.search(text, max(start, at - 5), at):
        before = {p.name: p for p in f.people[:i]}
        if len(before) == 1:
            return next(iter(before.values())), False
    return None


def _won_then(
    f: Frame, who: PersonMention, words: Span, year: str, *, tight: bool, at: Span | None = None
) -> None:
    """Give ``who`` the first place of ``year``'s contest in their seat, read at ``words``
    (the figure pointing at ``at``, if given, within them)."""
    story = f.state.story_year
    if story is None or year not in GE_YEARS or year >= story:
        # A by-election's year, or this election's (or a later one's); or a story whose own
        # election is unknown, for which "since 2010" may be its own.
        return
    text = f.state.text
    inside = [c for c in f.contests if words.start <= c.span.start < words.end]
    if inside:
        if _key(text[inside[0].span.start : inside[0].span.end]) != _key(inside[0].name):
            # "the MP for Monmouth since 2005" read as this election's Monmouthshire: the
            # seat of that year had another name, and perhaps other bounds.
            return
        seat: str | None = inside[0].name
        seat_tie: SeatTie = (f"{seat}, named in the words", True, "by the words")
    else:
        seat = f.contest_for(who)
        seat_tie = f.seat_tie(who)
        known = f.state.candidates.get(who.name) or f.state.same_person(who.name)
        if seat is not None and known is not None and known.contest == seat:
            seat_tie = (
                f"{seat}, where {who.name} stood, as the story said before",
                True,
                "carried",
            )
        elif not (f.contests and seat_tie[1]):
            # A seat only carried in, for someone the story has not placed: the story's seat
            # may be another's ("Jane Smith, Labour MP since 2015" in a neighbour's story).
            return
    if seat is None:
        return  # in no seat the reader knows: nothing to check it against
    if year != "2024" and name_key(seat) in boundaries_2024()[0]:
        return  # a seat first contested in 2024 ("Monmouthshire"): the earlier one was another
    how = "named with the words" if tight else "the one person named before “he”/“she”"
    fig = first_in_words(
        f,
        at or words,
        f"an earlier election's win (“{' '.join(text[words.start : words.end].split())}”): first",
        who=who,
        subject_tie=(f"{who.name}, {how}", tight),
        seat=seat_tie,
    )
    grounds = fig.grounds
    if grounds is not None:
        grounds = grounds.model_copy(
            update={
                "election": f"“{year}” in the words",
                "loose": tuple(t for t in grounds.loose if t != "election"),
            }
        )
        fig = fig.model_copy(update={"grounds": grounds})
    cands = f.state.earlier_candidates.setdefault((seat, year), {})
    cand = cands.get(who.name)
    if cand is None:
        cand = cands[who.name] = Candidate(who.name, who.span, contest=seat)
        link = f.links.get(who.span.start)
        known = f.state.candidates.get(who.name)
        if link is not None:
            cand.party, cand.party_span = link.party.name, link.span
        elif known is not None:
            cand.party = known.party
    if cand.rank is None:
        cand.rank = fig


def _key(seat: str) -> str:
    """A seat's name as compared with another spelling of it: "Perth & North Perthshire" is
    "Perth and North Perthshire"."""
    return " ".join(seat.lower().replace("&", "and").replace("-", " ").replace(",", "").split())
