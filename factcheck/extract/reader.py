"""Read a results story into typed models: contests, candidates' figures, and claims.

The reader works sentence by sentence over mentions found once for the whole text (numbers,
parties, constituencies, people), and offers each number to the readings in
:mod:`factcheck.extract.claims`, in the order of :data:`NUMBER_READINGS`; the first that reads
it takes it. The order is the reader's judgement of which wording is the most specific:

1. ``seats.read_seat_tally``: "Labour won 29" (a count right after a verb of winning and a
   party) is a seat tally before it can be anything else;
2. ``margins.read_majority``: "a majority of 6,186", "a majority of 14.1 points"; then
   ``margins.read_margin``: a margin is the majority, never a vote total ("beat Ms Smith by
   1,204 votes", "a 3,210-vote victory", "finished 612 votes behind");
3. ``bounds.read_bound``: hedged or fractional shares, "less than a third of the share";
4. ``ranks.read_rank``: every ordinal is a placing ("came third") or nothing;
   ``turnout_cards.read_card_turnout``: a results card's turnout block under "Registered
   voters" ("% share: 65.5%", "Change since 2017: -2.0");
   ``changes.read_card_change``: a party's signed change on a results card's line, "LAB:
   48.4% (+8.2)", "• Conservative +3.9 Gained" under a share-change heading;
5. ``changes.read_amount``: the size of a change, "up about five per cent";
6. ``changes.read_level``: a change's earlier or later level, "down from 15.2pc", "to 67.68pc";
7. ``turnout.read_turnout``: "turnout was 64pc"; ``turnout.read_turnout_share``: "64.7% of
   the electorate" where the sentence says they voted; ``turnout.read_electorate``: "an
   electorate of 71,000", "• Registered voters: 71,825";
8. ``changes.read_elliptical``: "…, and Ms Ali's nearly 11pc" (a second change by ellipsis);
9. ``party_participles.read_participle_share``: "The DUP held the seat, winning 43% of the
   vote" (a share after a participle said of the party opening the sentence).

A number is offered only to the readings :data:`OFFERS` says can read it (by its kind, its
hedge and the cue words its sentence holds, tested once per sentence), in the same order.

First, a sentence that is a results list (a line per candidate: "Jane Smith (Lab) 15,906
(33.41%)") is read cell by cell (:mod:`~factcheck.extract.claims.results_lists`), and a
list across seats ("Dudley North (31.3 per cent), Bassetlaw (27.6 per cent)" after
"majorities") seat by seat (:mod:`~factcheck.extract.claims.seat_lists`), a table of seats
under a header naming its columns ("Bath HOBHOUSE, Wera 69,662 69.1% …") column by column
(:mod:`~factcheck.extract.claims.commons_tables`), and a card by party
code ("LAB: 48.4% (+8.2)" under a seat's heading, :mod:`~factcheck.extract.claims.party_cards`):
the number readings would give its figures to one seat at most. Then winners and declared outcomes
in words are read (:mod:`~factcheck.extract.claims.outcomes`) and a majority's or turnout's
direction without a figure ("increased his majority", "turnout was up on 2017"); after them,
what is left is offered to
:func:`~factcheck.extract.claims.votes_shares.read_votes_and_shares`, which reads candidates'
votes and shares where the wording ties them to a person. Last,
:func:`~factcheck.extract.claims.people.read_people` reads the people the sentence names as a
seat's candidates without a figure ("Labour's Jane Smith won Bristol West").

It prefers to miss a figure than to misread one: a number is attached only when its wording
says what it is, because a misattributed figure would make a rule cry wolf. Every figure keeps
its span, and a figure inside a direct quotation is marked as quoted.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from factcheck import compiled_re as re
from factcheck.extract.carried import (
    carry_doubt,
    named_seat_instead,
    one_list,
    own_seat_instead,
    prose_seat_instead,
)
from factcheck.extract.claims.bare_scores import SCORE_CUES, read_bare_score
from factcheck.extract.claims.beat_winners import read_beat_winners
from factcheck.extract.claims.bounds import read_bound
from factcheck.extract.claims.challengers import CHALLENGE_CUES, read_challengers
from factcheck.extract.claims.changes import (
    may_state_vote_direction,
    read_amount,
    read_card_change,
    read_elliptical,
    read_level,
    read_majority_directions,
    read_share_directions,
    read_turnout_directions,
    read_vote_directions,
    read_vote_from_to,
)
from factcheck.extract.claims.commons_tables import HEADER_CUE, read_commons_rows
from factcheck.extract.claims.coordinated_outcomes import (
    COORDINATED_CUES,
    read_coordinated_outcomes,
)
from factcheck.extract.claims.earlier_winners import EARLIER_WIN_CUES, read_earlier_winners
from factcheck.extract.claims.loss_lists import ROW_CUE, may_hold_loss_rows, read_loss_rows
from factcheck.extract.claims.lost_to_people import LOST_CUES, read_lost_to_people
from factcheck.extract.claims.margins import read_majority, read_margin
from factcheck.extract.claims.member_rows import ROW_CUE as MEMBER_ROW_CUE
from factcheck.extract.claims.member_rows import read_member_rows
from factcheck.extract.claims.new_members import (
    ELECTED_AS_CUE,
    NEW_CUE,
    WILL_CUE,
    read_elected_as,
    read_members_to_come,
    read_new_members,
)
from factcheck.extract.claims.outcomes import (
    has_outcome_word,
    may_name_member,
    may_state_outcome,
    read_outcomes,
    read_seat_is_party,
    read_winners,
)
from factcheck.extract.claims.overturned import OVERTURN_CUES, may_overturn, read_overturned
from factcheck.extract.claims.party_cards import read_party_cards
from factcheck.extract.claims.party_participles import PARTICIPLE_CUES, read_participle_share
from factcheck.extract.claims.party_winners import (
    WON_CUES,
    read_first_party_members,
    read_party_winners,
)
from factcheck.extract.claims.passive_winners import WON_BY_CUES, read_passive_winners
from factcheck.extract.claims.people import read_people
from factcheck.extract.claims.people_lists import LIST_CUES, read_people_lists
from factcheck.extract.claims.place_holds import PLACE_HOLD_CUES, read_place_holds
from factcheck.extract.claims.purpose_holds import PURPOSE_CUES, read_purpose_holds
from factcheck.extract.claims.ranks import read_rank, read_word_placings
from factcheck.extract.claims.results_lists import PARTY_LINE, read_results_list
from factcheck.extract.claims.seat_lists import read_seat_lists
from factcheck.extract.claims.seats import SEAT_CUES, read_seat_tally
from factcheck.extract.claims.turnout import (
    BALLOTS_CUES,
    ELECTORATE_CUES,
    TURNOUT_CUES,
    TURNOUT_SHARE_CUES,
    read_ballots,
    read_electorate,
    read_turnout,
    read_turnout_share,
)
from factcheck.extract.claims.turnout_cards import CARD_TURNOUT_CUES, read_card_turnout
from factcheck.extract.claims.voters_choice import CHOSEN_CUES, read_voters_choice
from factcheck.extract.claims.votes_shares import read_votes_and_shares
from factcheck.extract.claims.win_nouns import (
    TITLE_CUES,
    WIN_NOUN_CUES,
    read_member_titles,
    read_win_nouns,
)
from factcheck.extract.entities import (
    SURNAME_WORDS,
    TITLES,
    ContestMatcher,
    ContestMention,
    Party,
    PartyMatcher,
    PartyMention,
    PersonMention,
    aside_seats,
    contest_matcher,
    district_mentions,
    find_people,
    given_names,
    is_seat,
    names_excepted_seat,
    names_former_seat,
    names_past_candidacy,
    person_surnames,
    places_split_in_2024,
    seat_holders,
    seat_titles,
    seats_before_2024,
    seats_not_yet_held,
    short_seat_mentions,
    split_other_era_seats,
)
from factcheck.extract.frame import (
    Around,
    Candidate,
    ContestFigures,
    Frame,
    MentionIndex,
    ReadState,
    around,
    pronoun_antecedent,
)
from factcheck.extract.numbers import NumberKind, NumberMention, find_numbers
from factcheck.extract.tallied import loosen_tallied
from factcheck.extract.text import (
    Sentence,
    enclosing,
    inside,
    page_furniture,
    photo_captions,
    quotations,
    sentences,
)
from factcheck.extract.vocabulary import MAJORITY_CHANGE, MAJORITY_MULTIPLIED, RANK_BEFORE
from factcheck.models import (
    Article,
    CandidateResult,
    ContestResult,
    Document,
    Figure,
    Provenance,
    Span,
    Unit,
    span_of,
    trusted,
)
from factcheck.names import name_key, person_words, same_given_name, surname_key
from factcheck.packs import Pack, default_pack

NumberReading = Callable[[Frame, Around], bool]
NUMBER_READINGS: tuple[NumberReading, ...] = (
    read_seat_tally,
    read_majority,
    read_margin,
    read_bound,
    read_rank,
    read_card_turnout,
    read_card_change,
    read_amount,
    read_level,
    read_turnout,
    read_turnout_share,
    read_electorate,
    read_ballots,
    read_elliptical,
    read_participle_share,
)
"""The readings a number is offered to, in order; the first that reads it takes it."""

_C, _PCT, _PTS = NumberKind.COUNT, NumberKind.PERCENT, NumberKind.POINTS
_FR, _ORD = NumberKind.FRACTION, NumberKind.ORDINAL
_ANY = frozenset({_C, _PCT, _PTS, _FR, _ORD})
_EXACT_ONLY, _HEDGED_ONLY, _EITHER = (True,), (False,), (True, False)


@dataclass(frozen=True, slots=True)
class Offer:
    """When a reading of :data:`NUMBER_READINGS` can read a number: each field is a test
    the reading itself makes first and declines on, so a number failing one is never
    offered to it (the reader's cue-word dispatch, worked out once per sentence)."""

    kinds: frozenset[NumberKind]
    """The kinds of number it reads."""
    exact: tuple[bool, ...] = _EITHER
    """Whether it reads exact numbers (True), hedged ones (False), or both."""
    cues: tuple[str, ...] = ()
    """Substrings of the folded sentence (``Frame.low``) one of which it needs; none: no test.
    A reading that tests whole words gives them here: a word's presence is a substring's."""


OFFERS: dict[NumberReading, tuple[Offer, ...]] = {
    # A reading with several offers reads a number that meets any one of them.
    read_seat_tally: (Offer(frozenset({_C}), _EXACT_ONLY, cues=tuple(sorted(SEAT_CUES))),),
    read_majority: (Offer(_ANY, cues=("maj",)),),
    read_margin: (
        Offer(frozenset({_C})),
        Offer(frozenset({_PCT, _PTS}), _EXACT_ONLY, cues=("majority", "lead")),
    ),
    read_bound: (Offer(frozenset({_FR})), Offer(frozenset({_PCT}), _HEDGED_ONLY)),
    read_rank: (Offer(frozenset({_ORD})),),
    read_card_turnout: (Offer(frozenset({_C, _PCT, _PTS}), _EXACT_ONLY, cues=CARD_TURNOUT_CUES),),
    read_card_change: (Offer(frozenset({_C, _PCT}), _EXACT_ONLY),),
    read_amount: (Offer(frozenset({_C, _PCT, _PTS})),),
    read_level: (Offer(frozenset({_C, _PCT, _PTS}), _EXACT_ONLY),),
    # (a count too: the bare second level of "from 70.5 per cent to 67.5")
    read_turnout: (Offer(frozenset({_PCT, _C}), _EXACT_ONLY, cues=TURNOUT_CUES),),
    read_turnout_share: (Offer(frozenset({_PCT}), _EXACT_ONLY, cues=TURNOUT_SHARE_CUES),),
    read_electorate: (Offer(frozenset({_C}), cues=ELECTORATE_CUES),),
    read_ballots: (Offer(frozenset({_C}), cues=BALLOTS_CUES),),
    read_elliptical: (Offer(frozenset({_C, _PCT, _PTS})),),
    read_participle_share: (Offer(frozenset({_PCT}), _EXACT_ONLY, cues=PARTICIPLE_CUES),),
}
"""Which numbers each number reading can read, by kind, hedge and the sentence's cues.

Sound by construction, not by measurement: each offer restates tests its reading makes
before anything else and declines on (``tests/extract/test_reading_dispatch.py`` offers
every number to every reading and checks that none reads one its offers turn away). A
reading that learns a wording outside its offer must widen the offer, or the test fails."""

_CUE_TESTS: tuple[tuple[str, ...], ...] = tuple(
    sorted({o.cues for offers in OFFERS.values() for o in offers if o.cues})
)
_Table = dict[tuple[NumberKind, bool], tuple[NumberReading, ...]]
_TABLES: dict[int, _Table] = {}


def _table(found: int) -> _Table:
    """The readings offered each (kind, exact) in a sentence holding the cues of
    ``_CUE_TESTS`` whose bits are set in ``found``: worked out once per outcome."""
    held = {cues for i, cues in enumerate(_CUE_TESTS) if found >> i & 1}
    table: _Table = {}
    for kind in _ANY:
        for exact in (True, False):
            table[kind, exact] = tuple(
                reading
                for reading in NUMBER_READINGS
                if any(
                    kind in o.kinds and exact in o.exact and (not o.cues or o.cues in held)
                    for o in OFFERS[reading]
                )
            )
    _TABLES[found] = table
    return table


def offers(f: Frame) -> _Table:
    """The readings each (kind, exact) number of the frame's sentence is offered, in order."""
    low = f.low
    found = 0
    for i, cues in enumerate(_CUE_TESTS):
        for cue in cues:
            if cue in low:
                found |= 1 << i
                break
    table = _TABLES.get(found)
    return table if table is not None else _table(found)


def _contest_matcher() -> ContestMatcher:
    return contest_matcher()


_PARTY_MATCHERS: dict[int, tuple[Pack, PartyMatcher]] = {}


def _party_matcher(pack: Pack) -> PartyMatcher:
    cached = _PARTY_MATCHERS.get(id(pack))
    if cached is not None and cached[0] is pack:
        return cached[1]
    parties = [
        Party(key, p.name, p.abbreviation, p.aliases, p.caseless) for key, p in pack.parties.items()
    ]
    matcher = PartyMatcher(parties)
    _PARTY_MATCHERS[id(pack)] = (pack, matcher)
    return matcher


def read_prose(doc: Document, pack: Pack | None = None, *, election: str | None = None) -> Article:
    """Read a plain-text or Markdown results story into an :class:`Article`.

    ``election`` is the run's (``--election``, ``check(election=...)``, a configured
    ``election``): the story's own when its front matter names none, so that a figure the
    text dates to that election's year is read as this election's.
    """
    pack = pack or default_pack()
    text = doc.text
    start = doc.metadata.get("body_start", 0)
    start = start if isinstance(start, int) and 0 <= start <= len(text) else 0
    low = text.lower()
    if not _may_hold_results(text, low):
        return trusted(Article, document=doc)
    numbers = _unpadded([m for m in find_numbers(text, pack) if m.start >= start])
    if not _worth_reading(text, numbers, start):
        return trusted(Article, document=doc)
    parties = [p for p in _party_matcher(pack).find(text) if p.span.start >= start]
    story_year = _story_year(doc, election)
    # "Ogmore and Rhondda" in a 2019 story: two seats of its election, not 2024's one.
    mentions = split_other_era_seats(text, _contest_matcher().find(text), story_year)
    surnames = person_surnames(text, mentions)
    seats = [c for c in mentions if c.span.start >= start and is_seat(text, c, surnames)]
    unheld = seats_not_yet_held(story_year)
    if unheld:
        seats = [c for c in seats if c.name not in unheld]
    furniture = page_furniture(text)
    if furniture:
        seats = [c for c in seats if not inside(c.span, furniture)]
    if "In " in text:
        # "In Boston, …" in a story naming Boston and Skegness: the seat by its first word.
        short = short_seat_mentions(text, seats)
        seats = sorted([*seats, *short], key=lambda c: c.span.start) if short else seats
    # "Northfield" in a story on Birmingham's seats: the seat by its district alone.
    districts = district_mentions(text, seats)
    if districts:
        seats = sorted(
            [*seats, *(c for c in districts if is_seat(text, c, surnames))],
            key=lambda c: c.span.start,
        )
    # A past seat ("the former MP for X") is no seat of the story's, but its words are no
    # person's name either.
    contests = [c for c in seats if not names_former_seat(text, c)]
    # Every seat abolished in 2024 is history only in a story whose own front matter says it
    # is 2024's: a run's election is given for a whole folder, so a story naming an old seat
    # ("won Ross, Skye and Lochaber by 9,434 votes in 2019") keeps it unless its text says
    # it is on the new boundaries.
    abolished = seats_before_2024(text, contests, _story_year(doc))
    abolished += places_split_in_2024(contests, story_year)
    if abolished:
        gone = {c.span.start for c in abolished}
        contests = [c for c in contests if c.span.start not in gone]
    people = _resolve_people(
        text,
        find_people(text, [p.span for p in parties] + [c.span for c in seats]),
        start,
        parties,
    )
    titles = seat_titles(text, contests, people)
    seat_at = {c.span.start: c.name for c in contests}
    holders = seat_holders(text, contests, people) if contests else {}
    state = ReadState(
        text=text,
        pack=pack,
        quotes=quotations(text),
        story_year=story_year,
        seats_named=len({c.name for c in contests}),
        seat_first_named=_seats_first_named(contests),
        seat_from_front_matter=_named_contest(doc) is not None,
        body_start=start,
        seat_holders=holders,
        titled={p.span.start: seat_at[at] for at, p in titles.items()},
        # The story folded once for every cue test (ReadState.folded): ``str.lower`` is
        # ``fold_case`` unless the text holds a letter the latter folds first.
        low=None if any(c in text for c in _FOLDED_FIRST) else low,
    )
    state.lower_is_folded = state.low is not None
    links = _party_links(text, people, parties)
    default_contest = _default_contest(doc, contests)
    state.entries = _entry_starts(text)
    # Seats named in photo captions (pasted twice or thrice) are not counted to find the
    # story's seat: they are the page's, and one photo would outweigh the story's words.
    captions = photo_captions(text)
    captioned = {c.span.start for c in contests if inside(c.span, captions)} if captions else set()
    state.main_seat = _main_seat(
        doc,
        [c for c in contests if c.span.start not in captioned] if captioned else contests,
        default_contest,
        state.entries,
    )
    if not (
        state.seat_from_front_matter or state.seats_named <= 1 or default_contest == state.main_seat
    ):
        # Figures before any seat is named, in a story naming several seats and about none of
        # them (a results card above a round-up of the region's seats, each named once), are
        # in a seat the reader has not met: not the first named, which is a guess.
        default_contest = None
    current = default_contest
    current_at: int | None = None
    several = False  # the carried seat is the last of several one sentence named
    lost = False  # the seat was carried until words broke the carry: none is known now
    # The carried seat is one prose about a person took the story to (their seat, not named
    # in words): the next person the story named with another seat takes it on again.
    person_turned = False
    index = MentionIndex(numbers, parties, contests, people)
    # Seats named only as exceptions ("… and all others in Lincolnshire, except in Lincoln"):
    # the sentence speaks of other seats, so it is read in the seat it would have without
    # them; the story may still turn to them after it.
    excepted = (
        {c.span.start for c in contests if names_excepted_seat(text, c)}
        if any(cue in low for cue in _EXCEPT_CUES)
        else set()
    )
    # Seats named in an aside of their sentence ("- as with the situation in Newport West -"):
    # the story does not turn to them, nor are the sentence's figures outside it theirs.
    asides = aside_seats(text, contests)
    if captioned:
        # (A caption's seat is its own sentence's, as an aside giving a figure keeps its.)
        asides |= dict.fromkeys(captioned, True)
    split = sentences(text, start)
    if contests and "\n" in text:
        split = _split_at_seat_headings(text, split, contests)
    state.sentence_starts = [sent.span.start for sent in split]
    for i, sent in enumerate(split):
        state.sentence_index = i
        nums, sparties, scontests, speople = index.within(sent.span)
        named = scontests
        if excepted and scontests:
            scontests = [c for c in scontests if c.span.start not in excepted]
        if asides and scontests and current is not None:
            # (An aside giving a figure, "who won Bristol West by 5,000", keeps its seat for
            # the sentence; it still does not turn the story.)
            scontests = [
                c for c in scontests if asides.get(c.span.start, True) or c.name == state.main_seat
            ]
        if scontests and _has(sent.text, _STOOD_CUES):
            # "… in 1997 when he stood for the Referendum Party in The Cotswolds": a seat of
            # the person's past, in a profile of their seat now; neither read nor turned to.
            # (Unless it is the seat the story is on: "Boris Johnson unsuccessfully contested
            # the Clwyd South constituency in 1997", under "Clwyd South".)
            span = (sent.span.start, sent.span.end)
            past = {
                c.span.start
                for c in scontests
                if c.name != current and names_past_candidacy(text, c, span, state.story_year)
            }
            if past:
                scontests = [c for c in scontests if c.span.start not in past]
                named = [c for c in named if c.span.start not in past]
        if (
            not scontests
            and state.main_seat is not None
            and current != state.main_seat
            and _BACK_HOME.match(sent.text)
        ):
            # "Locally, the party increased its votes": back to the story's own seat after
            # a passing one ("Sir Vince Cable reclaimed the Twickenham seat").
            current, current_at = state.main_seat, state.seat_first_named.get(state.main_seat)
            several = lost = False
        if scontests:
            sentence_contest = scontests[0].name if len(scontests) == 1 else None
        else:
            sentence_contest = current
        frame = Frame(
            state, sent, nums, sparties, scontests, speople, links, sentence_contest or current
        )
        frame.carried_from = current_at
        # (The story's default seat, before any seat is named, is a carry like another.)
        if not scontests and current is not None and not lost:
            lost = _carry_lost(frame, current, several=several)
            # The carry broke, or holds only as the seat the story names most (a round-up
            # of three seats names one more often): someone the story named with another
            # seat takes the sentence to that seat.
            own = (
                own_seat_instead(frame, current)
                if lost or (current == state.main_seat and not state.seat_from_front_matter)
                else None
            )
            if own is not None:
                current, current_at = own
                frame.contest, frame.carried_from = own
                several = lost = False
            elif not lost:
                # Prose giving a figure to another seat's candidate: the story has turned to
                # that seat, as naming it would have ("Clive Efford beat the Tory candidate
                # by 2,693 votes. ¶ Conservative candidate Spencer Drury earned 15,700 votes"
                # is Eltham's, whatever seat was named two paragraphs up). Once turned so,
                # the next person named with another seat turns it on again.
                own = prose_seat_instead(frame, current)
                if own is None and person_turned:
                    own = named_seat_instead(frame, current)
                if own is not None:
                    frame.contest, frame.carried_from = own
                    current, current_at = own
                    person_turned = True
        elif not scontests and lost and current is not None and speople:
            # The carry broke earlier (a round-up's next list, its heading lost); someone the
            # story named with a seat takes the sentence back to theirs ("1st - Jane Smith",
            # named earlier as that seat's winner, opening the list after an unnamed seat's).
            own = own_seat_instead(frame, current)
            if own is not None:
                current, current_at = own
                frame.contest, frame.carried_from = own
                several = lost = False
        if lost and not scontests:
            # No seat is known here: the people given figures are in an unnamed one.
            frame.contest = frame.carried_from = None
        _read_sentence(frame)
        if lost and not scontests:
            _seat_unknown(state, speople)
        # A seat named only as someone's title ("with new MP for Peterborough Paul Bristow")
        # is theirs, named in passing: the story stays with the seat it was on.
        # So is a seat named inside a quotation ("If I can improve things in Brighton and
        # Hove, …"): a speaker's place, not the story turning to another seat (unless it is
        # the seat the story is about: "It's my pleasure to represent the people of South
        # Antrim" takes the story back to it).
        turned = (
            [
                c
                for c in named
                if c.span.start not in titles
                and (c.name == state.main_seat or not _quoted_aside(state, c))
                and not _past_title_aside(text, c)
                and (c.span.start not in asides or c.name == state.main_seat)
            ]
            if current
            else named
        )
        if turned:
            person_turned = False
            current = turned[-1].name
            current_at = turned[-1].span.start
            state.seats_turned_to.update(c.name for c in turned)
            several = len({c.name for c in turned}) > 1
            lost = False
        if speople:
            state.last_person = pronoun_antecedent(text, sent.span.start, speople)
        if sparties:
            state.last_party = sparties[-1]
            state.parties_named.update(p.party.name for p in sparties)
    return _assemble(doc, state, default_contest)


def _split_at_seat_headings(
    text: str, sents: list[Sentence], contests: list[ContestMention]
) -> list[Sentence]:
    """The sentences, each line holding only a seat's name (a heading) made a sentence of its
    own. Copy whose paragraphs are single lines runs a heading into the list under it and the
    list into the next heading, as a list's lines end in no full stop: "Berwickshire,
    Roxburgh and Selkirk", a line of prose, "John Lamont - 25,747 (48.4%)", …, "Carlisle",
    "Votes are still being counted in Carlisle, …". Read as one sentence, the first seat's
    lines fall under the second's name; cut at its headings, each list follows its own.
    Seats named on consecutive lines are a list of seats, not headings."""
    cuts = _seat_heading_cuts(text, contests)
    if not cuts:
        return sents
    out: list[Sentence] = []
    k = 0
    for sent in sents:
        start, end = sent.span.start, sent.span.end
        while k < len(cuts) and cuts[k] <= start:
            k += 1
        j = k
        while j < len(cuts) and cuts[j] < end:
            _add_piece(out, text, start, cuts[j])
            start = cuts[j]
            j += 1
        _add_piece(out, text, start, end)
    return out


def _add_piece(out: list[Sentence], text: str, begin: int, end: int) -> None:
    chunk = text[begin:end]
    stripped = chunk.strip()
    if stripped:
        s = begin + len(chunk) - len(chunk.lstrip())
        out.append(Sentence(span_of(s, s + len(stripped)), stripped))


# Before a heading's seat on its line: nothing, or a bullet or Markdown heading's marks; after
# it, a colon at most; the next line opens as a sentence or a list's line does.
_HEADING_LEAD = re.compile(r"[ \t#*•]*")
_HEADING_TAIL = re.compile(r"[ \t:*]*\n")
_NEXT_LINE = re.compile(r"\s*[A-Z0-9•*\-–]")


def _seat_heading_cuts(text: str, contests: list[ContestMention]) -> list[int]:
    """Where lines holding only a seat's name start and end, sorted."""
    lines: list[tuple[int, int]] = []
    for c in contests:
        line_start = text.rfind("\n", 0, c.span.start) + 1
        if not _HEADING_LEAD.fullmatch(text, line_start, c.span.start):
            continue
        tail = _HEADING_TAIL.match(text, c.span.end)
        if tail is None or not _NEXT_LINE.match(text, tail.end()):
            continue
        if lines and lines[-1][0] == line_start:
            continue
        lines.append((line_start, tail.end() - 1))
    cuts: list[int] = []
    for i, (a, b) in enumerate(lines):
        after_prev = i > 0 and not text[lines[i - 1][1] : a].strip()
        before_next = i + 1 < len(lines) and not text[b : lines[i + 1][0]].strip()
        if after_prev or before_next:
            continue  # a list of seats, one a line
        cuts += [a, b]
    return cuts


# Every wording of an exception holds one of these (entities.names_excepted_seat).
_EXCEPT_CUES = ("except", "apart", "other", "excluding", "save", "but")
# Every wording of a past candidacy holds one of these (entities.names_past_candidacy).
_STOOD_CUES = ("stood", "contested", "fought", "ran ", "Stood", "Contested", "Fought", "Ran ")
_HUNDREDTH = Decimal("0.01")
_TENTH = Decimal("0.1")


def _unpadded(numbers: list[NumberMention]) -> list[NumberMention]:
    """The numbers, with percentages of two decimals read to one when the story writes three
    or more that way and every one ends in 0 ("41.10%", "28.90%", "14.90%"): a table padded
    to two places from shares of one, so "28.90%" stands for 28.85 to 28.95, as "28.9%"
    would, and the official 28.92% does not contradict it."""
    padded = [m for m in numbers if m.kind is NumberKind.PERCENT and m.precision == _HUNDREDTH]
    if len(padded) < 3 or any(m.value % _TENTH for m in padded):
        return numbers
    return [
        replace(m, precision=_TENTH)
        if m.kind is NumberKind.PERCENT and m.precision == _HUNDREDTH
        else m
        for m in numbers
    ]


_BACK_HOME = re.compile(r"\s*(?:Locally|Closer\s+to\s+home|Back\s+(?:home|locally))\b")


# A person's past title in an aside about them: "Drew Hendry, who had been SNP MP for
# Inverness, Nairn, Badenoch and Strathspey, is seeking re-election".
_PAST_TITLE_BEFORE = re.compile(
    r",[^\S\n]*who[^\S\n]+had[^\S\n]+been[^\S\n]+(?:the[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:MP|member)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?$",
    re.IGNORECASE,
)


def _past_title_aside(text: str, c: ContestMention) -> bool:
    """Is the seat named as a person's past title in an aside about them ("…, who had been
    SNP MP for X, is seeking re-election")? The story does not turn to it: a boundary
    change's story names the old seat beside the new one it is on."""
    return _PAST_TITLE_BEFORE.search(text, max(0, c.span.start - 60), c.span.start) is not None


def _quoted_aside(state: ReadState, c: ContestMention) -> bool:
    """Is the seat named inside a quotation closed on its own line (a speaker's words), or
    inside one continued into the next paragraph, which opens with a quotation mark again (as
    news copy continues a speech)? Any other quotation left open runs to its paragraph's end,
    which may be the story's: no aside."""
    # Quotations do not overlap: only the one found by bisection can hold the seat (a scan
    # of them all, per seat named, is quadratic in a long story).
    q = enclosing(c.span, state.quotes)
    if q is None:
        return False
    text = state.text
    return (text[q.end - 1] in '”"' and "\n" not in text[q.start : q.end]) or (
        _CONTINUED_QUOTE.match(text, q.end) is not None
    )


# A quotation's next paragraph opening with a quotation mark: the speech goes on.
_CONTINUED_QUOTE = re.compile(r'\n[^\S\n]*\n\s*[“"]')


def _carry_lost(f: Frame, seat: str, *, several: bool) -> bool:
    """Does the seat carried into the frame's sentence (which names none) fail there? Words
    may break it (:func:`~factcheck.extract.carried.carry_doubt`); and the last of several
    seats one sentence named ("Stockton North is a Labour hold, as is Tynemouth.") is no more
    the next sentence's than the others, unless it is the story's own seat. A seat the front
    matter gives holds throughout."""
    state = f.state
    if state.seat_from_front_matter:
        return False
    if several and seat != state.main_seat:
        return True
    if _new_entry(state, f.carried_from, f.sent.span.start):
        return True
    return carry_doubt(f, seat) is not None


def _new_entry(state: ReadState, carried_from: int | None, at: int) -> bool:
    """Does a live page's new timed entry start between where a seat was named and ``at``?
    Each entry is on its own seat or none: "04:30 Labour hold Bolton West … ¶ 04:45 A big
    night for the Greens … their vote rose 9%" is not Bolton West's. A seat named before
    the first entry (the page's introduction) carries no more than any other."""
    entries = state.entries
    if not entries or carried_from is None:
        return False
    i = bisect.bisect_right(entries, carried_from)
    return i < len(entries) and entries[i] <= at


def _seat_unknown(state: ReadState, people: list[PersonMention]) -> None:
    """The people a sentence without a known seat gave figures are in a seat not named:
    not the story's default one either."""
    for person in people:
        cand = state.candidates.get(person.name)
        if cand is not None and cand.contest is None:
            cand.seat_unknown = True


_COUNTED_AFTER = re.compile(
    r"\s*(?:of\s+the\s+)?(?:valid\s+)?(?:votes?|ballots|seats?)\b|[-‑]vote\b"
    # "57 more votes than X": a gap in votes
    r"|\s+(?:more|fewer)\s+votes\b"
    # "a 7,000 majority", "a 2,607 Conservative majority"
    r"|\s+(?:[A-Z][\w-]+\s+)?majority\b",
    re.I,
)
# "a majority of 1,968", "a margin of 4,195", "the majorities were 4,513 in Sedgefield and
# …", "his majority in Bolsover was 5,100", "her majority was cut to 92": a count that is a
# seat's majority.
_MARGIN_BEFORE = re.compile(
    r"\b(?:majority|majorities|margin)\s+(?:of\s+|was\s+|is\s+|were\s+"
    r"|in\s+[^.;,]{1,30}?\s(?:was|is)\s+|(?:[\w-]+\s+){1,3}to\s+)?$",
    re.I,
)
# Every wording the reader keeps needs one of these: a percentage sign or word, a count of
# votes, ballots or seats, a share, a poll, a turnout, points, or a majority. A text with none
# of them holds no result, so the number pass (half the reading time) is skipped for it.
_RESULT_CUES = (
    "%", "per cent", "percent", "per-cent", "vote", "ballot", "seat", "share", "poll",
    "turnout", "electorate", "majorit",
)  # fmt: skip
# Short unit marks are tested after a digit and as whole words: as bare substrings they are
# in "support" and "appointed". Two patterns on the lower-cased text: a digit-led one, which
# the regex engine skips to quickly, and "points" only where the substring occurs.
_UNIT_AFTER_DIGIT = re.compile(r"\d\s?(?:pc|pct|pp|ppts?|pts)\b")
_POINTS_WORD = re.compile(r"\bpoints?\b")
# A results list's line with neither "votes" nor "%": "H. Benn (Labour) 33,453", "Jane Smith
# (Con): 28,486". The literal ")" leads, so the engine skips to each closing bracket.
_LIST_COUNT = re.compile(r"\)[ \t]*(?:[:\-–][ \t]*)?\d{1,3}(?:,\d{3})*[ \t]*(?:\n|$)")


_FOLDED_FIRST = ("İ", "ı", "ſ", "Σ")
"""Letters ``fold_case`` changes before lower-casing ("Σ": see ``ReadState.folded``)."""


def _may_hold_results(text: str, low: str) -> bool:
    """Could ``text`` (``low``: its ``str.lower()``) hold a result the reader keeps?"""
    return (
        any(cue in low for cue in _RESULT_CUES)
        or bool(_UNIT_AFTER_DIGIT.search(low))
        or ("point" in low and bool(_POINTS_WORD.search(low)))
        or (")" in text and bool(_LIST_COUNT.search(text)))
        or may_state_outcome(text)
        or may_hold_loss_rows(text)
        or may_overturn(text)
    )


def _worth_reading(text: str, numbers: list[NumberMention], start: int) -> bool:
    """Does the text hold anything a results reading would keep?

    Most political prose has no result in it; skipping the entity work there is what makes
    reading a large archive fast. A percentage, a count of votes or seats, a placing, a
    change of majority, or a winner or hold/gain in words is enough to read the whole text.
    """
    for m in numbers:
        if m.kind in (NumberKind.PERCENT, NumberKind.POINTS, NumberKind.FRACTION):
            return True
        if m.kind is NumberKind.COUNT and (
            _COUNTED_AFTER.match(text, m.end)
            or _MARGIN_BEFORE.search(text, max(0, m.start - 48), m.start)
            or _LIST_COUNT.match(text, text.rfind(")", max(0, m.start - 4), m.start))
        ):
            return True
        if m.kind is NumberKind.ORDINAL and RANK_BEFORE.search(
            text[max(0, m.start - 30) : m.start]
        ):
            return True
    # The substring test first: the regex has to try every word boundary of a long text.
    if "majorit" in text and (
        MAJORITY_CHANGE.search(text, start) or MAJORITY_MULTIPLIED.search(text, start)
    ):
        return True
    # A winner or a hold/gain is stated in words, with no figure at all; or a vote's rise or
    # fall ("saw his vote collapse").
    return (
        may_state_outcome(text, start)
        or may_hold_loss_rows(text, start)
        or may_overturn(text, start)
        or may_state_vote_direction(text)
    )


_ELECTION_YEAR = re.compile(r"(?:19|20)\d\d")


def _seats_first_named(contests: list[ContestMention]) -> dict[str, int]:
    """Where each constituency is first named (mentions come in text order)."""
    first: dict[str, int] = {}
    for c in contests:
        first.setdefault(c.name, c.span.start)
    return first


def _story_year(doc: Document, run: str | None = None) -> str | None:
    """The year of the election the story reports, when its front matter names it, else
    when the run names one (``run``: the election the story is checked against).

    Not guessed from the text: copy names past elections far more often than its own ("in
    2017 she won by 92 votes"), so a year the story does not declare is taken as another
    election's, and a figure it dates is left unread rather than misread.
    """
    named = doc.metadata.get("election")
    # Front matter is the file's own word on its election; the run's is the user's, for
    # every file that says nothing (a conflict between the two is the engine's to settle).
    election = named if isinstance(named, str) and named.strip() else run
    if isinstance(election, str):
        found = _ELECTION_YEAR.findall(election)
        if found:
            return str(found[-1])
    return None


def _named_contest(doc: Document) -> str | None:
    named = doc.metadata.get("contest")
    return named.strip() if isinstance(named, str) and named.strip() else None


# A live blog's entry opening with its time: "04:30 Good news -", "Update 1:56am: Putney is …".
# A line opening on a clock time, its line break first: searched in the text after a line break
# put before it, it is a match of "^…" under MULTILINE in the text, line for line (no match
# runs over a line's end), but the engine skips to each line break rather than try every place.
_ENTRY_TIME = re.compile(
    r"\n[ \t]*(?:Update:?[ \t]+)?\d{1,2}[:.]\d\d[ \t]*(?:am|pm)?\b", re.IGNORECASE
)


# Where a live page's entry starts: a line opening on a clock time ("04:30 Good news",
# "Update 1:56am:", "10.30pm"; not a share, "45.20% Labour"), or an entry heading with the
# page's time stamp ("Conservatives hold Epping Forestpublished at 03:09", as the page is
# copied, stamp glued on).
# (Two patterns, each opening on a literal the engine skips to: one alternation opening on
# "^" would be tried at every character of the story.)
_CLOCK_LINE = re.compile(
    r"\n[ \t]*(?:Update:?[ \t]+)?(?:\d{1,2}:\d\d|\d{1,2}[:.]\d\d[ \t]*(?:am|pm))\b(?![%.,:]\d)",
    re.IGNORECASE,
)
_STAMPED = re.compile(r"published[ \t]+at[ \t]+\d{1,2}[:.]\d\d\b")


def _entry_starts(text: str) -> list[int]:
    """Where each of a live page's timed entries starts: its time's line, or the line right
    above it, which is the entry's heading ("Morley and Outwood\n8:20 am GMT")."""
    # (A line break put before the text lets its first line match too: a match's start in
    # the longer string is its line's start in the text.)
    found = [m.start() for m in _CLOCK_LINE.finditer("\n" + text)]
    if "published" in text:
        found = sorted([*found, *(m.start() for m in _STAMPED.finditer(text))])
    out = []
    for at in found:
        line = text.rfind("\n", 0, at) + 1
        above = text.rfind("\n", 0, max(line - 1, 0)) + 1
        if line > 0 and text[above : line - 1].strip():
            line = above
        out.append(line)
    return out


def _main_seat(
    doc: Document, contests: list[ContestMention], default: str | None, stamps: list[int]
) -> str | None:
    """The seat the story is about, when that is clear: front matter's, or one named at least
    twice and at least twice as often as any other, unless the story is a live blog of timed
    entries (three or more), each on its own seat or none."""
    if _named_contest(doc) is not None:
        return default
    entries = _ENTRY_TIME.finditer("\n" + doc.text)
    if len(stamps) >= 3 or (next(entries, None) and next(entries, None) and next(entries, None)):
        return None
    counts = Counter(c.name for c in contests)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _default_contest(doc: Document, contests: list[ContestMention]) -> str | None:
    named = _named_contest(doc)
    if named is not None:
        found = _contest_matcher().find(named)
        return found[0].name if found else named.strip()
    if not contests:
        return None
    counts: dict[str, int] = {}
    for c in contests:
        counts[c.name] = counts.get(c.name, 0) + 1
    return max(
        counts,
        key=lambda name: (counts[name], -next(i for i, c in enumerate(contests) if c.name == name)),
    )


def _resolve_people(
    text: str, people: list[PersonMention], start: int, parties: Iterable[PartyMention] = ()
) -> list[PersonMention]:
    """Full names as found; short references ("Ms Ali", "Fitzpatrick") resolved to them; a
    surname inside a party's name ("Green" of "5th Green Party" where Michael Green stood)
    is the party's."""
    # Per surname, each full name with where it is named, in the text's order: two people
    # may share one ("Sir Gary Streeter" retiring, "Gareth Streeter" standing), and "Mr
    # Streeter" is then the one named last before it, unless named as a relative or a
    # predecessor ("his father, Pat Finucane", "the retirement of Sir Gary Streeter"): the
    # story goes on about the other.
    full: dict[str, list[tuple[int, str]]] = {}
    facts = _NAME_FACTS
    for p in people:
        several, key = facts.get(p.name) or _name_facts(p.name)
        if several:
            named = full.setdefault(key, [])
            if not named or named[-1][1] != p.name:
                named.append((p.span.start, p.name))
    for key, named in full.items():
        if len(named) > 1 and len({n for _, n in named}) > 1:
            kept = [
                (at, n) for at, n in named if not _RELATION_BEFORE.search(text, max(0, at - 50), at)
            ]
            if kept:
                full[key] = kept

    def full_name(key: str, at: int) -> str | None:
        named = full.get(key)
        if not named:
            return None
        if len(named) == 1:
            return named[0][1]
        i = bisect.bisect_right(named, (at, "\uffff")) - 1
        return named[max(i, 0)][1]  # none before: the first named after

    out: list[PersonMention] = []
    taken: list[tuple[int, int]] = []
    for p in people:
        if p.span.start < start:
            continue
        several, key = facts.get(p.name) or _name_facts(p.name)
        if several:
            out.append(p)
        elif (name := full_name(key, p.span.start)) is not None:
            out.append(PersonMention(p.span, name, p.title))
        elif p.title in _GIVEN_NAME_TITLES and (name := _by_given_name(p.name, people)):
            # "Sir Julian" after Sir Julian Brazier: a knight or dame is called by title and
            # given name.
            out.append(PersonMention(p.span, name, p.title))
        elif p.title is not None and (name := _slip_of(key, full)) is not None:
            # "Mr Spitfield" where only Spencer Pitfield was named: a titled surname one
            # letter from one person's, and no one's as written, is that person misspelt.
            out.append(PersonMention(p.span, name, p.title))
        else:
            continue
        taken.append((p.span.start, p.span.end))
    # Bare surnames: "Fitzpatrick’s share", "Bagshaw was trailed by".
    if full:
        # (Not a party named by the word alone: "Green said" may be Michael Green.)
        taken += [
            (p.span.start, p.span.end)
            for p in parties
            if " " in text[p.span.start : p.span.end].strip()
        ]
        taken.sort()
        starts = [a for a, _ in taken]
        # The capitalised words are listed in C, and each different one resolved once; only
        # the few that name someone are then looked for, where each occurs as such a word
        # (a match of the pattern cannot start inside another, so these are its matches).
        by_given: dict[str, set[str]] = {}
        for named in full.values():
            for _, n in named:
                by_given.setdefault(person_words(n)[0], set()).add(n)
        for word in set(_SURNAME.findall(text, start)):
            if word in SURNAME_WORDS:
                continue  # "May", "West" alone are the month, the compass: "Mrs May" is hers
            key = (facts.get(word) or _name_facts(word))[1]
            given = by_given.get(key, set()) if word in given_names() else set()
            if key in full:
                if given - {n for _, n in full[key]}:
                    continue  # one person's surname, another's given name: neither is sure
                only = None
            elif len(given) == 1 and not _written_lower(text, word):
                # "Chris received 20,081 votes", "Ben retained his seat" after Chris Davies,
                # Ben Lake: a given name alone, in copy that calls people so, is the one
                # person of the story named in full with it. Not a word the text also
                # writes in lower case ("Will", "Mark", "Grant" open sentences too).
                only = next(iter(given))
            else:
                continue
            at = text.find(word, start)
            while at >= 0:
                m = _SURNAME.match(text, at)
                end = at + len(word)
                if m is not None and m.end() == end:
                    i = bisect.bisect_right(starts, at) - 1
                    name = full_name(key, at) if only is None else only
                    if only is not None and (
                        not _VERB_AFTER.match(text, end)
                        or _TITLE_BEFORE.search(text, max(0, at - 12), at)
                    ):
                        # "Yemm, Steve – Labour", a list's "935 Christine"; "Mr Julian" is a
                        # surname (only a knight or dame is titled before a given name).
                        name = None
                    if name is not None and not (i >= 0 and taken[i][0] <= at < taken[i][1]):
                        out.append(PersonMention(span_of(at, end), name))
                at = text.find(word, end)
    # Mentions start at different places: the order is the text's, whatever was found first.
    out.sort(key=lambda p: p.span.start)
    return out


_GIVEN_NAME_TITLES = frozenset({"Sir", "Dame"})
"""Titles said before a given name alone: "Sir Ed", "Dame Andrea" (never "Mr Ed")."""


def _by_given_name(word: str, people: list[PersonMention]) -> str | None:
    """The one person the story names in full whose given name is ``word`` ("Julian Brazier"
    for "Sir Julian"), or a familiar or shortened form of it ("Edward Davey" for "Sir Ed")
    when no one's is that word as written; of several, the one named with a knight's or a
    dame's title ("Sir David Amess", not David Smith); else None, for no one is sure."""
    if not _named_in_full(word) and word[:1].isupper():
        key = name_key(word)
        for same in (True, False):
            named: dict[str, bool] = {}
            for p in people:
                words = person_words(p.name)
                if len(words) >= 2 and (
                    words[0] == key if same else same_given_name(key, words[0])
                ):
                    named[p.name] = named.get(p.name, False) or p.title in _GIVEN_NAME_TITLES
            if len(named) > 1:
                named = {n: titled for n, titled in named.items() if titled}
            if named:
                return next(iter(named)) if len(named) == 1 else None
    return None


def _written_lower(text: str, word: str) -> bool:
    """Does ``text`` also write ``word`` in lower case, as a word of its own?"""
    lower = word.lower()
    at = text.find(lower)
    while at >= 0:
        end = at + len(lower)
        if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            return True
        at = text.find(lower, end)
    return False


_WORD_CHAR = re.compile(r"[\w'’-]")
# After a given name alone, what a sentence says of the person: a word in lower case, perhaps
# after a possessive ("Chris received", "Mark's success").
_VERB_AFTER = re.compile(r"(?:['’]s)?[^\S\n]+[a-z]")
_TITLE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(t for t in TITLES if t not in _GIVEN_NAME_TITLES)})\.?[^\S\n]+$"
)


SLIP_SURNAME_MIN = 6
"""The fewest letters of a surname a titled mention one slip away is taken for: "Mr Davis"
is not Davies's (one letter, and each a common name of its own), nor is "Ms Hay" Hayes's;
"Mr Spitfield" is Pitfield's."""


def _slip_of(key: str, full: dict[str, list[tuple[int, str]]]) -> str | None:
    """The one person of the story whose surname ``key`` misspells by one slip (a letter
    added, dropped, changed or two swapped), if exactly one surname is that near and no
    one's is spelt so; else None."""
    if len(key) < SLIP_SURNAME_MIN:
        return None
    from rapidfuzz.distance import DamerauLevenshtein

    near = [
        k
        for k in full
        if len(k) >= SLIP_SURNAME_MIN
        and abs(len(k) - len(key)) <= 1
        and DamerauLevenshtein.distance(k, key, score_cutoff=1) == 1
    ]
    if len(near) != 1 or len({n for _, n in full[near[0]]}) != 1:
        return None  # two near surnames, or two people of the one surname: no one sure
    return full[near[0]][0][1]


# Before a name, words making the person someone's relative or predecessor, within the
# sentence: "his father, defence lawyer ", "following the retirement of Sir ".
_RELATION_BEFORE = re.compile(
    r"\b(?:father|mother|son|daughter|wife|husband|brother|sister|widow|widower|grandfather"
    r"|grandmother|predecessor|the\s+late|retirement\s+of|retired|replac(?:es|ed|ing)"
    r"(?!\s+by\b))\b"
    r"[^.;:!?\n]{0,40}$",
    re.IGNORECASE,
)
_NAME_FACTS: dict[str, tuple[bool, str]] = {}


def _name_facts(name: str) -> tuple[bool, str]:
    """Whether ``name`` is a full name (:func:`_named_in_full`), and its
    :func:`surname_key`, remembered: a story's capitalised words and names are resolved
    several times each, and most recur from story to story ("Labour", "The", the seat's
    name)."""
    if len(_NAME_FACTS) > 50_000:
        _NAME_FACTS.clear()
    facts = _NAME_FACTS[name] = (_named_in_full(name), surname_key(name))
    return facts


def _named_in_full(name: str) -> bool:
    """Is ``name`` a full name, not a surname alone ("Mr Paisley Jr" is Paisley)?"""
    words = name.split()
    return len(words) >= 2 and not (
        len(words) == 2 and words[1].rstrip(".").lower() in ("jr", "jnr", "junior", "snr", "sr")
    )


# Opening with the capital (a character class; the word start is checked behind it) lets the
# engine skip in C to the next capital: a lookahead would not. The word runs on over letters,
# digits, "_" and hyphens, and over an apostrophe unless a possessive "'s" opens there: where
# a lazy repeat would stop first (``_SURNAME_LAZY``, the pattern this replaces: the same
# matches, ``tests/extract/test_cue_prefilters.py``), but as a greedy run of a class, which
# the engine takes in one loop of its own rather than testing a lookahead at every letter.
_SURNAME = re.compile(r"([A-ZÀ-ÖØ-Þ](?<![\w'’-].)[\w-]*(?:['’](?!s\b)[\w-]*)*)")


# (Not across a verb: "Labour have unseated Nick Clegg" ties no party to Clegg.)
_LINK_BEFORE = re.compile(
    r"^(?:['’]s|s?['’])?\s+(?!.*\b(?:have|has|had|beat|beats|defeated|defeats|unseated|unseats"
    # "the Tories also took Bridgend from Madeleine Moon": the one taken from is another's
    r"|ousted|ousts|against|over|from"
    # (tenth session) nor across a new clause: "competition from Reform UK as long-serving MP
    # Grahame Morris was re-elected" (Reform UK is the rival's)
    r"|as|while|whereas|when|where|after|but|although|though|because)\b"
    # nor past a noun the party qualifies and "with" or "amid": "amid Labour challenge with
    # Caroline Dinenage retaining seat" (she is not Labour's; "Labour, with candidate Jane
    # Smith" still ties).
    r"|[^\W\d_][\w-]*\s+(?:with|amid)\b)(?:[\w-]+\s+){0,4}$"
    r"|^\s+$"
)
# "Former Conservative MP Lee Anderson", "ex-Labour councillor": a party the person left, or
# may have.
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Oo]ne-time|[Ee]rstwhile)\s*$")
_DIGIT = re.compile(r"\d")
_APPOSITION_GAP = re.compile(r",\s+the\s+")
_APPOSITION_ROLE = re.compile(r"(?:\s+[Pp]arty)?\s+(?:candidate|MP|incumbent|challenger|nominee)\b")
_LINK_AFTER = re.compile(r"^,?\s*\(\s*$|^,\s*$|^\s+of\s+the\s+$|^\s+for\s+the\s+$|^\s+\(\s*$")


def _party_links(
    text: str, people: list[PersonMention], parties: list[PartyMention]
) -> dict[int, PartyMention]:
    """Which party each person mention (by start offset) is tied to by the wording."""
    links: dict[int, PartyMention] = {}
    starts = [p.span.start for p in parties]
    last_end = -1  # where the person before ends: a party before them is theirs, not this one's
    for person in people:
        prev_end, last_end = last_end, person.span.end
        i = bisect.bisect_left(starts, person.span.start)
        before = parties[i - 1] if i > 0 else None
        after = parties[i] if i < len(parties) else None
        if after is not None:
            gap = text[person.span.end : after.span.start]
            if len(gap) <= 12 and _LINK_AFTER.match(gap):
                links[person.span.start] = after
                continue
            # "Chris Ruane, the Labour candidate beat …": an apposition naming the role.
            if _APPOSITION_GAP.fullmatch(gap) and _APPOSITION_ROLE.match(text, after.span.end):
                links[person.span.start] = after
                continue
        if before is not None:
            gap = text[before.span.end : person.span.start]
            # Not across a blank line: a headline ending on a party ("… from Tories") is
            # no tie to the name opening the next paragraph; nor across a line ending on a
            # figure: "Pat McCarthy Green Party 804\nMark Pritchard Conservatives 27,452" is
            # a table's rows, the party of the row before.
            if (
                len(gap) <= 50
                and prev_end <= before.span.start
                and _LINK_BEFORE.match(gap)
                and "." not in gap
                and "\n\n" not in gap
                and not ("\n" in gap and _DIGIT.search(gap))
                and not _FORMER_BEFORE.search(
                    text, max(0, before.span.start - 12), before.span.start
                )
            ):
                links[person.span.start] = before
                continue
            if gap.strip() == "," and re.search(
                r"\b(?:Representing|For)\s+(?:the\s+)?$",
                text[max(0, before.span.start - 20) : before.span.start],
            ):
                links[person.span.start] = before
    return links


def _has(text: str, cues: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of ``cues``? A loop, not any() over a generator, which costs
    more than the tests themselves for a few short cues, once a sentence."""
    for cue in cues:  # noqa: SIM110
        if cue in text:
            return True
    return False


def _read_sentence(f: Frame) -> None:
    state, sent = f.state, f.sent
    for person in f.people:
        where = f.contest_for(person) if f.contests else None
        if where is not None:
            state.person_contest.setdefault(person.name, where)
        state.mentions.setdefault(person.name, []).append(person.span)
        if person.name not in state.first_named and person.title is None:
            written = state.text[person.span.start : person.span.end]
            if person_words(written) == person_words(person.name):
                state.first_named[person.name] = person.span

    # Outcomes in words ("re-elected", "Labour hold") are rare; most sentences lack every
    # word they need, and the substring test is far cheaper than the patterns.
    if ROW_CUE in sent.text:
        read_loss_rows(f)  # "Jane Smith, Bath (to John Brown - Conservative)"
    if has_outcome_word(f.lower, lowered=True):
        read_winners(f)
        read_outcomes(f)
        if _has(sent.text, COORDINATED_CUES):
            read_coordinated_outcomes(f)  # "The party gained A from Labour and held B"
        if f.parties and f.holds(PLACE_HOLD_CUES):
            read_place_holds(f)  # "The SNP have held both Dundee constituencies"
        if f.people and f.contests and f.holds(PURPOSE_CUES):
            read_purpose_holds(f)  # "Jane Smith, who beat Labour to hold Gower"
        read_beat_winners(f)  # "X beat Labour's Y": X won (after the gains read from Y)
        if f.people and f.contests and f.holds(LOST_CUES):
            read_lost_to_people(f)  # "The former minister lost Gordon to Jane Smith"
        if f.parties and f.holds(WON_CUES):
            read_party_winners(f)  # "Labour won Gower": the party's candidate won
        if len(f.people) > 1 and f.holds(LIST_CUES):
            read_people_lists(f)  # "A, B and C were all re-elected": each in their seat
    elif f.people and may_name_member(f.lower):
        read_winners(f)  # "Jane Smith becomes Cambridge MP": the title its only outcome word
    else:
        read_seat_is_party(f)  # "Wigan is Labour with 21,042 votes": no outcome word
    if f.parties and f.contests and ("first time" in f.low or "its first" in f.low):
        read_first_party_members(f)  # "Gower has elected a Labour MP for the first time"
    if f.holds(OVERTURN_CUES):
        read_overturned(f)  # "X overturned a Conservative majority": a gain from them
    if (f.people or f.parties) and f.holds(CHALLENGE_CUES):
        read_challengers(f)  # "saw off the challenge of Labour's Y": Y second
    if (NEW_CUE in f.low or "newly" in f.low) and f.people and f.contests:
        read_new_members(f)  # "the new MP for Eddisbury Edward Timpson"
    if (f.people or f.parties) and f.holds(WON_BY_CUES):
        read_passive_winners(f)  # "Gordon was won by Conservative Jane Smith"
    if (f.people or f.parties) and f.holds(CHOSEN_CUES):
        read_voters_choice(f)  # "Voters in Gower have returned Jane Smith"
    if ELECTED_AS_CUE in f.low and f.people and f.contests:
        read_elected_as(f)  # "Jane Smith was elected as Workington's new MP"
    if (WILL_CUE in f.low or NEW_CUE in f.low) and f.people and f.contests:
        read_members_to_come(f)  # "Jane Smith will represent Gower", "will be the new MP for"
    if MEMBER_ROW_CUE in sent.text and f.people and f.contests:
        read_member_rows(f)  # "The MPs elected are:" then "Belfast West: Jane Smith (SF)"
    if f.people and _has(f.lower, WIN_NOUN_CUES):
        # After the wordings that name the seat: "will return as MP for Gower following his
        # election victory" is read as that title says, not as the noun.
        read_win_nouns(f)  # "Jane Smith's victory", "cruised to victory": no seat named
    if f.people and _has(f.lower, TITLE_CUES):
        read_member_titles(f)  # "Newly elected Tory MP Jane Smith": no seat in the title

    if f.people and f.holds(EARLIER_WIN_CUES):
        read_earlier_winners(f)  # "who had held the seat since 2010": that year's winner
    if "turnout" in f.low:
        read_turnout_directions(f)  # "turnout was up on 2017": no figure needed
    if " vote " in f.low or " vote." in f.low or " vote," in f.low:
        read_vote_directions(f)  # "saw his vote collapse", "as the SNP vote fell"
    if "share" in f.low:
        read_share_directions(f)  # "increased her share of the vote": no figure needed
    if not f.numbers and "majorit" not in sent.text:
        if f.people:
            read_results_list(f)  # a results card's name line, before its fields
            read_word_placings(f)
            read_people(f)
        return
    if f.contests and f.people:
        if state.column_headers is None:
            state.column_headers = HEADER_CUE in state.text
        if state.column_headers:
            read_commons_rows(f)  # "Bath HOBHOUSE, Wera 69,662 69.1% …" under its columns
    read_seat_lists(f)  # "Telford Constituency – 65.83 per cent" is no candidate's line
    read_results_list(f)
    read_party_cards(f)  # "LAB: 48.4% (+8.2)" under a seat's heading
    read_majority_directions(f)
    if " from " in f.low and "vote" in f.low:
        read_vote_from_to(f)  # "saw his vote fall from 9,239 to 2,011"
    table: _Table | None = None
    for k, m in enumerate(f.numbers):
        if k in f.used or m.kind in (NumberKind.YEAR, NumberKind.OTHER):
            continue
        if table is None:
            table = offers(f)
        readings = table[m.kind, m.hedge == "exact"]
        if not readings:
            continue
        a = around(f, k)
        for reading in readings:
            if reading(f, a):
                if m.kind is not NumberKind.ORDINAL:
                    f.used.add(k)
                break
    if len(f.numbers) > 1 and f.people and f.holds(SCORE_CUES):
        read_bare_score(f)  # "won with 23,885, closely followed by John Brown with 23,008"
    read_votes_and_shares(f)
    read_word_placings(f)
    read_people(f)


def _other_mentions(spans: Iterable[Span], but: Span | None) -> tuple[Span, ...]:
    """``spans`` without ``but``: compared by offsets, as spans' equality would, but in a
    fraction of the time (a model's equality compares its fields and private state)."""
    if but is None:
        return tuple(spans)
    start, end = but.start, but.end
    return tuple(m for m in spans if m.start != start or m.end != end)


def _by_party(state: ReadState) -> list[tuple[str, Candidate]]:
    """Candidates given figures only by their party, once each is merged into the party's
    candidate the story names in the same seat (before or after), so a contest never lists
    one party twice. One is dropped when the seat's named candidates include one whose party
    the story does not give (who may be the same person, unless their placings differ), if
    that one has a figure of a kind it has (counted twice) or it has only a placing (a
    person's placing, often, that the wording gave the party); or several of the party."""
    out: list[tuple[str, Candidate]] = []
    for (seat, party), cand in state.by_party.items():
        rivals = [c for c in state.candidates.values() if c.contest == seat]
        # (Not one named only as the seat's holder before, who may not have stood.)
        same = [c for c in rivals if c.party == party and not _past_holder(c)]
        if not same:
            same = _twin(rivals, cand)
        if len(same) == 1:
            named = same[0]
            for mine, theirs in ((named.votes, cand.votes), (named.share, cand.share)):
                if theirs is not None and _said_again(mine, theirs):
                    named.restated.append(theirs)
            named.votes = named.votes or cand.votes
            named.share = named.share or cand.share
            named.rank = named.rank or cand.rank
        elif not same and all(
            c.party is not None
            or _placed_apart(c, cand)
            or _counted_apart(c, cand)
            or (not _both_given(c, cand) and (cand.votes or cand.share))
            for c in rivals
        ):
            out.append((seat, cand))
    return out


def _past_holder(c: Candidate) -> bool:
    return c.past_holder and c.votes is None and c.share is None and c.rank is None


def _twin(rivals: list[Candidate], cand: Candidate) -> list[Candidate]:
    """The one named candidate of no known party given the same exact figure as ``cand``,
    known only by party: "Stephen Flynn received 20,388 votes", then "- SNP – 20,388" in the
    full results. One person, whose party the list gives; the party's figure is kept as
    said again, so each place the story writes it is checked where it stands."""
    twins = [
        c
        for c in rivals
        if c.party is None
        and any(_said_again(a, b) for a, b in ((c.votes, cand.votes), (c.share, cand.share)))
    ]
    if len(twins) != 1:
        return []
    named = twins[0]
    named.party, named.party_span = cand.party, cand.party_span
    return twins


def _with_listed_rank(c: Candidate) -> tuple[Figure, ...]:
    """The candidate's figures said again, with the placing a results card's numbering gives
    when the wording gave the same one elsewhere ("1." over the card, "the new MP for …")."""
    listed = c.listed_rank
    if (
        listed is not None
        and c.rank is not None
        and c.rank.span != listed.span
        and c.rank.value == listed.value
    ):
        return (*c.restated, listed)
    return tuple(c.restated)


def _paired_apart(state: ReadState, c: Candidate) -> str | None:
    """Why pairing the candidate's count with their share is a guess, or None: the two stand
    in different sentences, and the story gives the candidate another count or share besides
    (said again with another value, or left unread), so a share may sit beside a count of
    another election and be paired with this one's (:attr:`CandidateResult.paired_apart`)."""
    votes, share = c.votes, c.share
    if votes is None or share is None or votes.span is None or share.span is None:
        return None
    starts = state.sentence_starts
    if bisect.bisect_right(starts, votes.span.start) == bisect.bisect_right(
        starts, share.span.start
    ):
        return None
    lines = [g for g in (votes, share) if g.grounds is not None and g.grounds.what == PARTY_LINE]
    if (
        len(lines) == 1
        and "\n\n"
        in state.text[min(votes.span.end, share.span.end) : max(votes.span.start, share.span.start)]
    ):
        # "Conservative Stephen Mosley 22,025 votes", then paragraphs on, "Conservatives 2.5
        # per cent" (a change, its cue in the sentence before) or "Con 76.7%" under "In 2019
        # the constituency was won by …": a party's own line is joined to its candidate by
        # party alone, and a line paragraphs away from the count may be another list's.
        given = lines[0]
        return (
            f"“{given.text}{'%' if given is share else ''}” is given on the party's own line, "
            f"paragraphs away from {c.name or 'the candidate'}'s "
            f"“{(votes if given is share else share).text}”"
        )
    kinds = (Unit.VOTES, Unit.PERCENT)
    other = next(
        (
            g
            for g in (*c.restated, *c.others)
            if g.unit in kinds and g.value != (votes if g.unit is Unit.VOTES else share).value
        ),
        None,
    )
    if other is None:
        return None
    what = "votes" if other.unit is Unit.VOTES else "per cent"
    return (
        f"“{votes.text}” and “{share.text}%” stand in different sentences, and the story "
        f"gives {c.name or 'the candidate'} “{other.text}” {what} too"
    )


def _said_again(first: Figure | None, again: Figure | None) -> bool:
    """Is ``again`` the figure ``first`` is, written again elsewhere (the same value to the
    same precision)?"""
    return (
        first is not None
        and again is not None
        and first.span != again.span
        and first.value == again.value
        and first.precision == again.precision
    )


def _both_given(a: Candidate, b: Candidate) -> bool:
    """Do ``a`` and ``b`` have a figure of the same kind? If they are one person, listing
    both would count it twice; if not, each figure is its own ("Mark Williams came second",
    "Liberal Democrats 6,949")."""
    return (
        (a.votes is not None and b.votes is not None)
        or (a.share is not None and b.share is not None)
        or (a.rank is not None and b.rank is not None)
    )


def _counted_apart(a: Candidate, b: Candidate) -> bool:
    """Do ``a`` and ``b`` have vote counts too far apart to be one person's ("Chris Davies
    … taking 20,081 votes against the Lib Dem's 12,043")? One person's count said twice
    differs by a slip at most ("Byron Davies 19,458", then "The Conservatives came second
    with 19,548": perhaps one person, a digit swapped), so only counts a tenth or more apart
    are two people's."""
    if a.votes is None or b.votes is None:
        return False
    x, y = a.votes.value, b.votes.value
    return abs(x - y) * 10 > max(x, y)


def _placed_apart(a: Candidate, b: Candidate) -> bool:
    """Do ``a`` and ``b`` have different stated placings (so cannot be one person)?"""
    return a.rank is not None and b.rank is not None and a.rank.value != b.rank.value


# A line of a results card between two candidates' names: a bulleted line ("• Votes:
# 15,096") or a numbered one ("2. Labour").
_CARD_LINE = re.compile(r"[^\S\n]*(?:[•·▪◦*‣⁃]|[-–](?=[^\S\n])|\d{1,2}[.)][^\S\n])[^\n]*\n")


def _one_card(text: str, last: Candidate, cand: Candidate) -> bool:
    """Are two candidates, given figures sentences apart, on one results card: the lines
    between their names all bulleted or numbered ("• Votes: 19,609", "• Vote share %: 47.2",
    "2. Labour"), with no blank line? Each bullet is a sentence of its own, so the card's
    candidates are sentences apart, though nothing between them leaves the contest."""
    if not (last.name and cand.name) or last.name_span.end >= cand.name_span.start:
        return False
    at = text.find("\n", last.name_span.end, cand.name_span.start)
    if at < 0:
        return False
    at += 1
    line = text.rfind("\n", at, cand.name_span.start) + 1
    while at < line:
        m = _CARD_LINE.match(text, at)
        if m is None:
            return False
        at = m.end()
    return at == line


def _assemble(doc: Document, state: ReadState, default_contest: str | None) -> Article:
    election = doc.metadata.get("election")
    grouped: dict[str | None, list[Candidate]] = {}
    unnamed: list[Candidate] = []
    by_party = _by_party(state)  # first: it gives figures to named candidates
    for cand in state.candidates.values():
        named_only = cand.name_grounds is not None and cand.contest is not None
        unread = cand.votes is None and cand.share is None and cand.rank is None
        if unread and cand.listed_rank is None and not named_only:
            continue
        name = cand.contest or (None if cand.seat_unknown else default_contest)
        if name is None:
            unnamed.append(cand)
        else:
            grouped.setdefault(name, []).append(cand)
    for seat, cand in by_party:
        grouped.setdefault(seat, []).append(cand)
    groups: list[tuple[str | None, list[Candidate]]] = list(grouped.items())
    # With no constituency named, which candidates stood against each other is unknown; those
    # given figures in the same or the next sentence are taken as one contest, and a story
    # that moves on to another race starts another. Lumping every race of a story together
    # would make the arithmetic rules compare figures from different contests.
    cluster: list[Candidate] = []
    for cand in sorted(unnamed, key=lambda c: c.anchor):
        last = cluster[-1] if cluster else None
        if last is not None and (
            (cand.anchor - last.anchor > 1 and not _one_card(state.text, last, cand))
            or (
                cand.seat_unknown
                and cand.anchor != last.anchor
                # (Rows of one list, its seat unknown, are one contest: the record may
                # place it by its people.)
                and not one_list(state.text, last.name_span.start, cand.name_span.start)
            )
        ):
            groups.append((None, cluster))
            cluster = []
        cluster.append(cand)
    if cluster:
        groups.append((None, cluster))
    for name, f in state.contests.items():
        if f.any() and name not in grouped and not (name is None and unnamed):
            groups.append((name, []))
    # The models are built from values the reader made (strings, spans, figures, the enum),
    # valid by construction: they are not validated again.
    dated_keys = [k for k, figs in state.earlier.items() if figs.any()]
    dated_keys += [k for k in state.earlier_candidates if k not in state.earlier]
    dated = []
    for seat, year in dated_keys:
        figs = state.earlier.get((seat, year)) or ContestFigures()
        earlier = state.earlier_candidates.get((seat, year), {})
        dated.append(
            trusted(
                ContestResult,
                name=seat,
                # No year: the election before the story's, which the record's order names.
                election=f"uk-ge-{year}" if year else None,
                dated=True,
                candidates=tuple(
                    trusted(
                        CandidateResult,
                        name=c.name,
                        name_span=None,
                        party=c.party,
                        party_span=c.party_span,
                        votes=c.votes,
                        # (a first place said with its year: claims/earlier_winners.py)
                        rank=c.rank,
                    )
                    for c in earlier.values()
                ),
                turnout=figs.turnout,
                majority=figs.majority,
                majority_share=figs.majority_share,
                # (an earlier election's majority written again: claims/margins.py)
                restated=tuple(figs.restated),
                provenance=Provenance.ARTICLE,
            )
        )
    contests = []
    mentions = state.mentions
    # A fuller or shorter form of a candidate's name ("Caroline Louise Flint" of Caroline
    # Flint, "David James Duguid"), whose figures were joined to the candidate's: a mention
    # of theirs too, so that it is read, and its spelling checked, as theirs.
    for other in [n for n in mentions if n not in state.candidates]:
        same = state.same_person(other)
        # (The same given name and surname: "Kenny Selbie Scottish" and "Green Chris Von
        # Ruhlend", names run on into a party's word, are no forms of the candidate's.)
        if (
            same is not None
            and surname_key(other) == surname_key(same.name)
            and person_words(other)[:1] == person_words(same.name)[:1]
        ):
            spans = [*mentions.get(same.name, ()), *mentions[other]]
            mentions[same.name] = sorted(spans, key=lambda s: s.start)
    for name, cands in groups:
        figs = state.contests.get(name) or ContestFigures()
        contests.append(
            trusted(
                ContestResult,
                name=name,
                election=election if isinstance(election, str) else None,
                candidates=tuple(
                    trusted(
                        CandidateResult,
                        name=c.name,
                        name_span=c.name_span if c.name else None,
                        party=c.party,
                        party_span=c.party_span,
                        votes=state.as_level(c.votes),
                        share=state.as_level(c.share),
                        rank=c.rank if c.rank is not None else c.listed_rank,
                        name_grounds=c.name_grounds,
                        by_party=not c.name,
                        mentions=_other_mentions(mentions.get(c.name, ()), c.name_span),
                        restated=_with_listed_rank(c),
                        paired_apart=_paired_apart(state, c),
                    )
                    for c in cands
                ),
                turnout=figs.turnout,
                majority=figs.majority,
                majority_share=figs.majority_share,
                electorate=figs.electorate,
                ballots=figs.ballots,
                restated=tuple(figs.restated),
                provenance=Provenance.ARTICLE,
            )
        )
    # A party's figure the story's seat was given by default, in a story tallying the party's
    # seats, may be the party's across them: its seat tie is loose (a tally may come later).
    loosen_tallied(state)
    # The contests and claims are models the reader built: the article is not validated again.
    return trusted(Article, document=doc, contests=(*contests, *dated), claims=tuple(state.claims))
