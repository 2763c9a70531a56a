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

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from factcheck.models import CandidateResult, ContestResult
from factcheck.names import person_words, surname_key
from factcheck.packs import Pack
from factcheck.reference.matching import same_party
from factcheck.reference.source import ResultsSource

__all__ = [
    "MIN_NAMED",
    "Placing",
    "place_by_candidates",
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
    index = _surnames(source, election)
    if index is None:
        return None
    seats = [
        seat
        for seat in sorted(index.get(surname_key(name), frozenset()))
        if seat != official.name
        and (other := source.contest(seat, election)) is not None
        and any(
            person_words(o.name) == words
            and (not party or not o.party or same_party(party, o.party, pack))
            for o in other.candidates
        )
    ]
    return seats[0] if len(seats) == 1 else None


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
