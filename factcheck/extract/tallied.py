"""A party's figure in a story that counts the party's seats is not the story's seat's by default.

"The DUP won 10 seats, Sinn Féin won seven ... The DUP increased its vote share by just over
10%": a story that tallies a party's seats speaks of the party across those seats, so a share
or change it gives of the party, in a sentence naming no seat, is as likely the party's across
the nation as the one seat the story names or is about. The frame ties such a figure to the
story's seat by assumption (``seat_named`` "story's only seat" or "story's seat"); here, once the
whole story is read (a tally may come after the figure), the tie is marked loose for a party
the story gives a tally of two seats or more. A figure of a person, or of a party in a
sentence or paragraph that names its seat, keeps its tie: the words put it in the seat.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.frame import ReadState
from factcheck.models import BoundClaim, ChangeClaim, Claim, Figure, SeatClaim, SeatNamed, Span

_FIELDS = {ChangeClaim: ("amount", "previous", "current"), BoundClaim: ("bound", "exact")}
_STORY_SEATS: frozenset[SeatNamed] = frozenset({"story's only seat", "story's seat"})


def tallied_parties(claims: Sequence[Claim]) -> dict[str, str]:
    """The parties the story gives a tally of two seats or more, each with its words ("won
    10")."""
    out: dict[str, str] = {}
    for claim in claims:
        if isinstance(claim, SeatClaim) and claim.party and claim.seats.value >= 2:
            out.setdefault(claim.party, f"{claim.verb} {claim.seats.text}")
    return out


def loosen_tallied(state: ReadState) -> None:
    """Mark loose, in place, the seat tie of every party's change or bound that the story's
    seat was given by default, where the story tallies that party's seats and the sentence
    names none of the seat's people."""
    claims = state.claims
    tallied = tallied_parties(claims)
    if not tallied:
        return
    for i, claim in enumerate(claims):
        fields = _FIELDS.get(type(claim))
        if fields is None or claim.candidate or claim.party not in tallied:
            continue
        assert claim.party is not None
        if claim.span is not None and _names_seat_people(state, claim.span, claim.contest):
            continue
        update: dict[str, Figure] = {}
        for name in fields:
            fig = getattr(claim, name)
            loose = _loosened(fig, claim.party, tallied[claim.party])
            if loose is not None:
                update[name] = loose
        if update:
            claims[i] = claim.model_copy(update=update)


def _names_seat_people(state: ReadState, span: Span, seat: str | None) -> bool:
    """Does the sentence holding ``span`` name someone the story names with ``seat``?"""
    text = state.text
    start = max(text.rfind(stop, 0, span.start) for stop in _STOPS) + 1
    ends = [at for at in (text.find(stop, span.end) for stop in _STOPS) if at >= 0]
    end = min(ends, default=len(text))
    return any(
        state.person_contest.get(name) == seat and any(start <= s.start < end for s in spans)
        for name, spans in state.mentions.items()
    )


_STOPS = (".", "!", "?", "\n")


def _loosened(fig: Figure | None, party: str, tally: str) -> Figure | None:
    g = fig.grounds if fig is not None else None
    if fig is None or g is None or "seat" in g.loose or g.seat_named not in _STORY_SEATS:
        return None
    grounds = g.model_copy(
        update={
            "seat": f"{g.seat}, though the story counts {party}'s seats ({tally}): the "
            "party's figure may be its figure across them",
            "loose": (*g.loose, "seat"),
        }
    )
    return fig.model_copy(update={"grounds": grounds})
