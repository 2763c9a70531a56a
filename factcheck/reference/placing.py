"""Place a contest the text does not name by the people it lists: the one official contest
of the election whose candidates include every one of them.

A results list under no heading ("H. Benn (Labour) 33,453", "G. Davies (Conservative)
9,755", …) or a table after a headline that names no seat is one seat's result, but the text
does not say which; the reader leaves it without a seat. Three or more people named in it,
each the official candidate of one and the same constituency (surname, initial and party
agreeing), tie it to that constituency *by the record*: reference matching, not reading (the
reader never consults the record). The tie is loose, since the text does not make it: a
finding on such a contest's figures is at most a warning, with no fix.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from factcheck.models import Article, CandidateResult, ContestResult, Grounds, SeatNamed
from factcheck.names import person_words, surname_key
from factcheck.packs import Pack
from factcheck.reference.matching import same_party
from factcheck.reference.source import ResultsSource

__all__ = [
    "MIN_NAMED",
    "Elsewhere",
    "Placing",
    "named_seats",
    "place_by_candidates",
    "said_elsewhere",
    "said_unplaced",
    "seat_stood_in",
    "stood_elsewhere",
    "winner_elsewhere",
]

MIN_NAMED = 3
"""The fewest people a contest must name to be placed: two surnames may both stand in more
than one seat's list by chance ("Smith" and "Jones"); three that all do, in one seat only,
name it."""


@dataclass(frozen=True, slots=True)
class Placing:
    """The official contest a contest was placed in, and why."""

    name: str
    why: str


def place_by_candidates(
    contest: ContestResult, source: ResultsSource, election: str, pack: Pack | None = None
) -> Placing | None:
    """The official contest of ``election`` whose candidates include every person
    ``contest`` names, when exactly one does and it names at least :data:`MIN_NAMED`; None
    otherwise, or when the contest is named already or the source cannot list its contests
    (``surname_index(election)``)."""
    if contest.name is not None:
        return None
    named = [c for c in contest.candidates if c.name and not c.by_party]
    if len({surname_key(c.name) for c in named}) < MIN_NAMED or len(named) != len(
        {surname_key(c.name) for c in named}
    ):
        return None
    index = _surnames(source, election)
    if index is None:
        return None
    seats: set[str] | None = None
    for cand in named:
        found = index.get(surname_key(cand.name), frozenset())
        seats = set(found) if seats is None else seats & found
        if not seats:
            return None
    fits = [
        seat
        for seat in sorted(seats or ())
        if (official := source.contest(seat, election)) is not None
        and all(_stood(cand, official.candidates, pack) for cand in named)
    ]
    if len(fits) != 1:
        return None
    who = ", ".join(c.name for c in named)
    return Placing(fits[0], f"{who} all stood in {fits[0]} ({election}), and in no other seat")


def seat_stood_in(
    name: str,
    official: ContestResult,
    source: ResultsSource,
    election: str,
    *,
    party: str | None = None,
    pack: Pack | None = None,
) -> str | None:
    """The one other contest of ``election`` that the person ``name``, named in full, stood
    in, when they are none of ``official``'s candidates: the same full name there, and the
    same party when ``party`` is given. A person stands in one seat at an election, so a
    reading that put them in ``official`` put them in the wrong seat. None when the record
    cannot say (no index of names, a name not in full, a name in several seats or none)."""
    words = person_words(name)
    if len(words) < 2 or any(person_words(o.name) == words for o in official.candidates):
        return None
    seats = [s for s in _seats_of(name, source, election, party, pack) if s != official.name]
    return seats[0] if len(seats) == 1 else None


def _seats_of(
    name: str,
    source: ResultsSource,
    election: str,
    party: str | None = None,
    pack: Pack | None = None,
) -> list[str]:
    """Every contest of ``election`` in which the person ``name``, named in full, stood (of
    ``party``, when given), in name order; none when the record has no index of names."""
    words = person_words(name)
    index = _surnames(source, election)
    if len(words) < 2 or index is None:
        return []
    return [
        seat
        for seat in sorted(index.get(surname_key(name), frozenset()))
        if (other := source.contest(seat, election)) is not None
        and any(
            person_words(o.name) == words
            and (not party or not o.party or same_party(party, o.party, pack))
            for o in other.candidates
        )
    ]


def named_seats(article: Article) -> frozenset[str]:
    """The seats a story names with something read in them: its contests' (less those dated
    to another election) and its claims' (an outcome said with no figure names its seat too)."""
    return article.seats_named | {c.contest for c in article.claims if c.contest is not None}


@dataclass(frozen=True, slots=True)
class Elsewhere:
    """The person something was said of, the one other seat they stood in, and whether it is
    placed there (:func:`said_elsewhere`)."""

    who: str
    seat: str
    placed: bool


def said_elsewhere(
    people: Iterable[str | None],
    official: ContestResult,
    source: ResultsSource,
    election: str,
    named: Collection[str],
    *,
    grounds: Grounds | None = None,
) -> Elsewhere | None:
    """Where something said of ``people`` (an outcome's winner, then the person it says lost)
    belongs, when a reading put it in ``official``'s seat: for the first of them, named in
    full, who did not stand there (no one of their surname did) but in one other seat of
    ``election`` (:func:`seat_stood_in`), that seat. It is placed there when the story names
    that seat or no seat but ``official``'s (``named``, the seats it names): "Mr Jones lost
    his seat", "She held her seat" say no seat, so the reader gives them the seat the story
    was about, and the record says which was the person's. Not placed when the story names
    other seats but not theirs: one namesake is then all the record shows; nor when the words
    name the seat it was read in (``grounds``: "held onto the marginal seat of Cardiff North",
    said of the party's leader): the words then say whose seat, and the person is misread.
    None when no one stood elsewhere, or the record cannot say."""
    for who in people:
        if who is None or any(surname_key(c.name) == surname_key(who) for c in official.candidates):
            continue
        seat = seat_stood_in(who, official, source, election)
        if seat is not None:
            placed = not _seat_in_words(grounds) and (
                seat in named or all(n == official.name for n in named)
            )
            return Elsewhere(who, seat, placed)
    return None


def said_unplaced(
    people: Iterable[str | None], source: ResultsSource, election: str, named: Collection[str]
) -> Elsewhere | None:
    """Where something said of ``people`` that was read in no seat belongs ("Mr Jones held
    his seat" in a story of several seats, with no seat of its own): for the first of them,
    named in full, who stood in exactly one seat of ``election``, that seat, when the story
    names it (``named``). None otherwise: a person the story never places is placed by the
    record only in a seat the story is about, since one namesake is all the record shows."""
    if _surnames(source, election) is None:
        return None
    for who in people:
        if who is None or len(person_words(who)) < 2:
            continue
        seats = _seats_of(who, source, election)
        if len(seats) == 1:
            return Elsewhere(who, seats[0], True) if seats[0] in named else None
    return None


def _seat_in_words(grounds: Grounds | None) -> bool:
    """Was the seat named with the words read (in their phrase or their sentence, or as one of
    the sentence's seats), not only before them ("named in the paragraph before, which “the
    seat” refers to")? A seat found by the pattern of the words read ("by the words": "named
    right after “lost”", "named before “won”") is not counted."""
    return grounds is not None and grounds.seat_named in _IN_WORDS


_IN_WORDS: frozenset[SeatNamed] = frozenset(
    {"in the phrase", "in the sentence", "one of several in the sentence"}
)


def winner_elsewhere(
    contest: ContestResult, official: ContestResult, source: ResultsSource, election: str
) -> str | None:
    """Why ``contest``, as read, is not ``official``'s by its winner: the person read as
    winning it, named in full, is none of ``official``'s candidates but exactly one other
    contest's of ``election`` (:func:`seat_stood_in`). A person stands in one seat at an
    election, so the reading put a seat's winner, and the figures the winner ties to the
    seat ("Ayoub Khan won by 507 votes"), in the wrong one. None when the record cannot say."""
    for cand in contest.candidates:
        if cand.rank is None or cand.rank.value != 1 or cand.by_party:
            continue
        seat = seat_stood_in(cand.name, official, source, election)
        if seat is not None:
            return f"{cand.name}, read as its winner, stood in {seat} ({election})"
    return None


def stood_elsewhere(  # noqa: PLR0917 (as winner_elsewhere, with the story's seats and pack)
    contest: ContestResult,
    official: ContestResult,
    source: ResultsSource,
    election: str,
    named: Collection[str],
    pack: Pack | None = None,
) -> str | None:
    """Why ``contest``, as read, holds another seat's people: someone it lists, named in full,
    is none of ``official``'s candidates but exactly one other contest's of ``election``
    (:func:`seat_stood_in`, the same party when the text gives one), and that contest is one
    of the seats the story names (``named``). A person stands in one seat at an election, so
    the reading gave that seat's people, and perhaps its figures, to this one ("Bill Rees",
    read under a seat named in his home address, stood in Cardiff South and Penarth). None
    when the record cannot say, or the seat is one the story does not name: then one
    namesake is all the record shows."""
    for cand in contest.candidates:
        if cand.by_party or not cand.name:
            continue
        seat = seat_stood_in(cand.name, official, source, election, party=cand.party, pack=pack)
        if seat is not None and seat in named:
            return f"{cand.name}, read in it, stood in {seat} ({election}), a seat it names"
    return None


def _stood(
    cand: CandidateResult, officials: tuple[CandidateResult, ...], pack: Pack | None
) -> bool:
    """Is ``cand`` one of ``officials``: the same surname, the same first initial (when the
    text gives a given name or an initial) and the same party (when both say)?"""
    written = person_words(cand.name)
    for o in officials:
        theirs = person_words(o.name)
        if not theirs or surname_key(o.name) != surname_key(cand.name):
            continue
        if len(written) >= 2 and written[0][:1] != theirs[0][:1]:
            continue
        if cand.party and o.party and not same_party(cand.party, o.party, pack):
            continue
        return True
    return False


def _surnames(source: ResultsSource, election: str) -> Mapping[str, frozenset[str]] | None:
    """Each official candidate's surname, to the contests of ``election`` they stood in, if
    the source can say (``surname_index(election)``, as the bundled results do)."""
    index = getattr(source, "surname_index", None)
    return index(election) if callable(index) else None
