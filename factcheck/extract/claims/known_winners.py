"""Whether a seat's winner has been read already, from another sentence of the story or an
earlier reading of this one: a later wording that would give the seat to someone else is
then about another race."""

from __future__ import annotations

from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import Frame


def has_party_winner(f: Frame, seat: str, party: str | None) -> bool:
    """Has a candidate of another party than ``party`` been read as ``seat``'s winner?"""
    return any(
        c.contest == seat and c.party != party and c.rank is not None and c.rank.value == 1
        for c in [*f.state.candidates.values(), *f.state.by_party.values()]
    )


def has_other_winner(f: Frame, seat: str | None, who: PersonMention) -> bool:
    """Has someone other than ``who`` already been read as the winner of ``seat``?"""
    mine = f.state.candidates.get(who.name) or f.state.same_person(who.name)
    return seat is not None and any(
        c is not mine and c.contest == seat and c.rank is not None and c.rank.value == 1
        for c in f.state.candidates.values()
    )
