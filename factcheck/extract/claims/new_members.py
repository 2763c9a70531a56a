"""Winners named as a seat's new member: "the new MP for Eddisbury Edward Timpson", "Jane
Smith, the new Labour MP for Stockton North", "joined by new Labour colleagues Jane Smith in
Plymouth Moor View and John Brown in South East Cornwall", "three new faces - Jane Smith in
Spelthorne, John Brown in Reigate and Ann Green in Farnham and Bordon".

"New MP" says the person won the seat at the election the story reports. Counted across the
unseen batches dev3, dev4 and dev5, the title stood before or after a name in four stories
from four outlets, and a list of new members each "in" a seat in three stories from three
outlets. Each person is tied to the seat by the words themselves (the title's "for SEAT", or
"NAME in SEAT"), so the winner is read as such, the seat tied tightly.

(Twelfth session) The title after "elected as": "Jane Smith was elected as Workington's new
MP", "Jane Smith was elected as the Derbyshire Dales new MP", "Jane Smith has been elected as
South Norfolk MP", "Jane Smith was elected as Labour MP for Gower". Counted across dev3 to
dev7: three stories from three outlets (and two more inside quotations, not read). The
person is the one named right before the verb, the seat the one the title names: both tied
by the words, so the winner is read tightly.

(Seventeenth session) The seat's member to come, said of the person named right before it:
"Jane Smith will represent Gower", "will continue to represent Gower", "will continue as the
MP for Gower", "will return as MP for Gower", "will be the new MP for Gower", "is the new
Member of Parliament for the Gower constituency"; and the title before the name with the seat
inside it, "New Gower MP Jane Smith", "Newly elected Gower MP Jane Smith", "Gower has a new
MP, Jane Smith". Counted on the open skeletons: eleven stories from eleven outlets (a county
paper, two hyperlocal sites, a student paper, a city paper, a local radio station, an
MP-watching blog among them), none read. Person and seat are tied by the words, tightly; that
they won is what the title or "will represent" says after a count, so each is read as the
seat's winner (not a hold: a member continuing says nothing of the party).

Not read: a new member with no seat in the words ("joined by new MP Lewis Atkinson"), a
sentence dated to another election, a name that is not the very next item of the list, an
election said inside a quotation, and "had been elected" (an earlier election's).
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.ranks import first_in_words, place_in_words
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.entities import ContestMention, PersonMention
from factcheck.extract.frame import Frame
from factcheck.extract.vocabulary import other_time
from factcheck.models import Span, Unit

NEW_CUE = "new "
"""The words every wording holds: the reader offers a sentence to :func:`read_new_members`
only when its folded text does (a substring test)."""

# A party's name or a role between "new" and "MP": "new Labour MP", "new Lib Dem MP".
_PARTY_WORDS = r"(?:[A-Z][\w'’&-]*\s+){0,3}"
# "the new MP for ", "new Labour MP for ", "new member of parliament for ": right before the
# seat.
# (sixteenth session) Capitalised too, opening the sentence: "New SNP MP for Glasgow North,
# Jane Smith, said".
_TITLE_BEFORE_SEAT = re.compile(
    rf"\b[Nn]ew\s+{_PARTY_WORDS}(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\s+for\s+(?:the\s+)?$"
)
# Between the seat and the person the title is given to: nothing but a space or a comma, or
# (sixteenth session) "is": "The new Conservative MP for Gower is Jane Smith".
_SEAT_THEN_NAME = re.compile(r",?\s+(?:is\s+)?")
# Between a person and their title after them: ", the new Labour MP for ", ", new MP for ".
_NAME_THEN_TITLE = re.compile(
    rf",\s+(?:the\s+)?new\s+{_PARTY_WORDS}(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\s+for\s+(?:the\s+)?"
)
# Before a list of new members: "new Labour colleagues ", "three new faces - ", "the new MPs: ".
_LIST_LEAD = re.compile(
    rf"\bnew\s+{_PARTY_WORDS}(?:MPs|colleagues|faces|members|arrivals)\s*[:–—-]?\s*"
)
_IN = re.compile(r"\s+in\s+(?:the\s+)?")

WILL_CUE = "will "
"""The word the member-to-come wordings after a name hold ("will represent", "will be the
new MP for"): :func:`read_members_to_come` reads a sentence only when it does, or holds
:data:`NEW_CUE` ("is the new Member of Parliament for")."""

ELECTED_AS_CUE = "elected as "
"""The words the titles after "elected as" hold: the reader offers a sentence to
:func:`read_elected_as` only when its folded text does (a substring test)."""

# The person, then the verb, right before the title: "Jane Smith was elected as ", "Jane
# Smith has been elected as ", "Jane Smith, 54, was elected as " (not "had been elected": an
# earlier election's).
_ELECTED_AS = re.compile(
    r"(?:\s*,[^,;:.()]{1,40},)?\s+(?:was|is|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:re-?)?elected\s+as\s+(?:the\s+)?"
)
# The seat's title before the seat: "new MP for ", "Labour MP for ", "MP for the ".
_AS_MP_FOR = re.compile(
    rf"(?:new\s+)?{_PARTY_WORDS}(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\s+for\s+(?:the\s+)?"
)
# The seat's title after the seat: "’s new MP", " new MP", " MP", "'s new Labour MP".
_SEAT_MP = re.compile(
    rf"(?:['’]s?)?\s+(?:new\s+)?{_PARTY_WORDS}(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\b"
)
# Between a list's items: ", ", " and ", ", and ".
_ITEM_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


_MP = r"(?:MP|[Mm]ember\s+of\s+[Pp]arliament)"
# (seventeenth session) After the person, right before the seat: "will represent ", "will
# once again represent ", "will continue to represent the ", "will continue as the MP for ",
# "will return as MP for ", "will be the new Labour MP for ", "is the new Member of Parliament
# for the ". An aside may stand between the name and the verb: "Jane Smith, 54, will …".
_TO_COME = re.compile(
    r"(?:\s*,[^,;:.()]{1,40},)?\s+(?:"
    r"will\s+(?:(?:once\s+again|again|now|continue\s+to)\s+)?represent"
    rf"|will\s+(?:continue|return|remain)\s+as\s+(?:the\s+)?(?:new\s+)?{_PARTY_WORDS}{_MP}\s+for"
    rf"|(?:will\s+be|is)\s+the\s+new\s+{_PARTY_WORDS}{_MP}\s+for"
    r")\s+(?:the\s+)?"
)
# Before a seat whose new member is named after it: "New ", "Newly elected ", "newly-elected ".
_NEW_BEFORE_SEAT = re.compile(r"\b[Nn]ew(?:ly[\s-]elected)?\s+$")
# After that seat, right before the name: " MP ", "'s new Labour MP ", " has a new MP, ",
# " has a new MP – Labour's " (the party's possessive is a mention the name follows).
_SEAT_TITLE_NAME = re.compile(rf"(?:['’]s?)?\s+{_PARTY_WORDS}MP\s+")
_SEAT_HAS_NEW = re.compile(
    rf"\s+has\s+a\s+new\s+{_PARTY_WORDS}MP\s*[,:–—-]\s*(?:[A-Z][\w&-]*\s+){{0,3}}?"
)


def _winner(f: Frame, who: PersonMention, seat: ContestMention, words: Span) -> None:
    """``who`` won ``seat``, as the words from ``words`` say."""
    if f.contest_for(who) != seat.name:
        return  # the reader ties them to another seat: whose title this is is unsure
    cand = f.register(who)
    if cand.contest != seat.name or cand.rank is not None:
        return
    cand.rank = first_in_words(
        f,
        words,
        f"named as {seat.name}'s new or returning member: its winner",
        who=who,
        subject_tie=(f"{who.name}, named in those words", True),
        seat=(
            f"{seat.name}, named in the words that make them its member",
            True,
            "by the words",
        ),
    )


def read_new_members(f: Frame) -> None:
    """Winners named as their seat's new member, the seat in the same words."""
    text, sent = f.state.text, f.sent
    if other_time(text, sent.span.start, sent.span.end, f.state.story_year) is not None:
        return  # "the new MP for Hartlepool in 2021": another election's
    for c in f.contests:
        title = _TITLE_BEFORE_SEAT.search(
            text, max(sent.span.start, c.span.start - 60), c.span.start
        )
        if title is not None:
            gap = _SEAT_THEN_NAME.match(text, c.span.end, sent.span.end)
            i = f.count_before(f.people, c.span.end)
            if gap is not None and i < len(f.people) and f.people[i].span.start == gap.end():
                who = f.people[i]
                _winner(f, who, c, Span(start=title.start(), end=who.span.end))
                continue
        i = f.count_before(f.people, c.span.start)
        if i:
            who = f.people[i - 1]
            after = _NAME_THEN_TITLE.fullmatch(text, who.span.end, c.span.start)
            if after is not None:
                _winner(f, who, c, Span(start=who.span.start, end=c.span.end))
    for lead in _LIST_LEAD.finditer(text, sent.span.start, sent.span.end):
        _read_list(f, lead.end())
    for c in f.contests:
        _read_title_with_seat(f, c)


def _read_title_with_seat(f: Frame, c: ContestMention) -> None:
    """ "New Gower MP Jane Smith", "Gower has a new MP, Jane Smith": the seat inside the
    title, the person right after it (a party's possessive between at most)."""
    text, sent = f.state.text, f.sent
    new = _NEW_BEFORE_SEAT.search(text, max(sent.span.start, c.span.start - 20), c.span.start)
    gap = _SEAT_TITLE_NAME.match(text, c.span.end, sent.span.end) if new is not None else None
    start = new.start() if new is not None else c.span.start
    if gap is None:
        gap = _SEAT_HAS_NEW.match(text, c.span.end, sent.span.end)
    if gap is None:
        return
    who = _person_at(f, gap.end())
    if who is None:
        return
    words = Span(start=start, end=who.span.end)
    if states_a_result(f, words):
        _winner(f, who, c, words)


def _person_at(f: Frame, at: int) -> PersonMention | None:
    """The person named at ``at``, or right after a party's possessive there ("Labour's")."""
    i = f.count_before(f.people, at)
    if i >= len(f.people):
        return None
    who = f.people[i]
    if who.span.start == at:
        return who
    for p in f.parties:
        if p.span.start == at and _POSSESSIVE.fullmatch(f.state.text, p.span.end, who.span.start):
            return who
    return None


_POSSESSIVE = re.compile(r"['’]s?\s+")


def read_members_to_come(f: Frame) -> None:
    """The seat's member to come, named right before "will represent" the seat, "will
    continue as" or "will be the new" MP for it: its winner (the module's docstring)."""
    text, sent = f.state.text, f.sent
    if other_time(text, sent.span.start, sent.span.end, f.state.story_year) is not None:
        return  # "will represent Gower until 2029": dated, so not this count's news
    for who in f.people:
        verb = _TO_COME.match(text, who.span.end, sent.span.end)
        if verb is None:
            continue
        seat = f.contest_at(verb.end())
        if seat is None:
            continue
        words = Span(start=who.span.start, end=seat.span.end)
        if states_a_result(f, words):
            _winner(f, who, seat, words)


def _read_list(f: Frame, at: int) -> None:
    """Each "NAME in SEAT" of a list starting at ``at``, joined by commas and "and": the
    winner's words are the item's own (the list's lead says what it is)."""
    text, end = f.state.text, f.sent.span.end
    while True:
        i = f.count_before(f.people, at)
        if i >= len(f.people) or f.people[i].span.start != at:
            return
        who = f.people[i]
        inside = _IN.match(text, who.span.end, end)
        seat = f.contest_at(inside.end()) if inside is not None else None
        if seat is None:
            return
        _winner(f, who, seat, Span(start=who.span.start, end=seat.span.end))
        join = _ITEM_JOIN.match(text, seat.span.end, end)
        if join is None:
            return
        at = join.end()


def read_elected_as(f: Frame) -> None:
    """Winners named right before "was elected as" their seat's MP: "Jane Smith was elected
    as Workington's new MP", "Jane Smith has been elected as Labour MP for Gower"."""
    state, sent = f.state, f.sent
    text = state.text
    if other_time(text, sent.span.start, sent.span.end, state.story_year) is not None:
        return  # "was elected as MP for Hartlepool in 2021": another election's
    for who in f.people:
        verb = _ELECTED_AS.match(text, who.span.end, sent.span.end)
        if verb is None:
            continue
        seat = f.contest_at(verb.end())
        if seat is not None:
            title = _SEAT_MP.match(text, seat.span.end, sent.span.end)
            end = title.end() if title is not None else None
        else:
            before = _AS_MP_FOR.match(text, verb.end(), sent.span.end)
            seat = f.contest_at(before.end()) if before is not None else None
            end = seat.span.end if seat is not None else None
        if seat is None or end is None:
            continue
        words = Span(start=who.span.start, end=end)
        if state.quoted(words):
            continue  # "honoured to be elected as MP for Gower", said by someone
        if f.contest_for(who) != seat.name:
            continue  # the reader ties them to another seat: whose title this is is unsure
        cand = f.register(who)
        if cand.contest != seat.name or cand.rank is not None:
            continue
        m = place_in_words(text, words.start, words.end, 1)
        fig = f.figure(
            m,
            Unit.RANK,
            f"“elected as” {seat.name}'s MP: its winner",
            who=who,
            subject_tie=(f"{who.name}, named right before “elected as”", True),
            seat=(f"{seat.name}, named in the title", True, "title"),
        )
        cand.rank = fig.model_copy(update={"text": "first"})
