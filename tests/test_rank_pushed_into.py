"""A place someone was pushed into (issue 8, thirteenth session): "the Greens' Ann Brown pushed
Tory candidate John Brown into fourth place", "beat the former first minister and party
veteran into second place". The place is the one pushed's, named between the verb and
"into" (a title and a party's words may stand before the name); with nobody named there it
is nobody's the reader can say, and never the subject's. Each fires on a wrong place and is
silent on the right one.

Every sentence is the team's own, built from the bundled record's people and seats (2019):
a seat's winner, runner-up and third.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import figures_by_name, filed_findings, ranked_seats_2019

from factcheck.packs import default_pack
from factcheck.reference.matching import same_party

_ORDINALS = {2: "second", 3: "third", 4: "fourth"}


def _seats() -> list[tuple[str, list[tuple[str, str | None, int]]]]:
    """(seat, its first three candidates' (name, party, votes)) in 2019."""
    return [
        (seat, [(c.name, c.party, int(c.votes.value) if c.votes else 0) for c in ranked[:3]])
        for seat, _, ranked in ranked_seats_2019()
        if len(ranked) >= 3 and all(c.votes for c in ranked[:3])
    ]


_SEATS = _seats()
_PARTIES = [p.name for p in default_pack().parties.values()]


def _known_party(party: str | None) -> bool:
    """A party the party pack knows: a local party it does not ("Heavy Woollen District
    Independents") reads as a person's name between the verb and "into", and two people
    named there place nobody, rightly (a gap of the party pack, not this test's)."""
    return party is not None and any(same_party(party, name) for name in _PARTIES)


# Each gives the pusher's own count, as results copy does: a sentence with a placing and no
# figure at all is not read as a result (a gap of its own, not this test's).
_WORDINGS = (
    "In {seat}, {who} polled {votes} votes and pushed {rival} into {place} place.",
    "{who} won in {seat} with {votes} votes, pushing {party} candidate {rival} into {place}.",
    "In {seat}, {who} beat the {party} candidate {rival} into {place} place.",
    "{who} took {votes} votes and relegated sitting MP {rival} into {place} place in {seat}.",
)
# Every draw is a usable one (the one pushed has a known party; only the winner "won"), so that
# no filtering is left to assume() and Hypothesis's filter health check cannot trip.
_CASES = [
    (seat, pusher, wording)
    for seat in _SEATS
    for pusher in (0, 1)
    if _known_party(seat[1][pusher + 1][1])
    for wording in _WORDINGS
    if pusher == 0 or "won" not in wording
]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=st.sampled_from(_CASES))
def test_the_place_is_the_one_pushed_s(
    tmp_path: Path, case: tuple[tuple[str, list[tuple[str, str | None, int]]], int, str]
) -> None:
    seat, pusher, wording = case
    name, ranked = seat
    (who, _, votes), (rival, party, _) = ranked[pusher], ranked[pusher + 1]
    place = pusher + 2  # the one pushed is right behind the pusher
    wrong_place = place + 1 if place < 4 else place - 1
    said = {"seat": name, "who": who, "rival": rival, "party": party, "votes": f"{votes:,}"}
    right = wording.format(**said, place=_ORDINALS[place])
    wrong = wording.format(**said, place=_ORDINALS[wrong_place])
    read = figures_by_name(right)
    assume(rival in read)  # a name the reader takes for no person's is the name reader's
    assert read[rival][0] == name, right
    assert read[rival][3] == place, right
    # The pusher is given no place by it (first only where the words say "won").
    assert read.get(who, (None, None, None, None))[3] in (None, 1), right
    assert not [f for f in filed_findings(tmp_path, right, "uk-ge-2019") if f.text], right
    fired = filed_findings(tmp_path, wrong, "uk-ge-2019")
    assert [f for f in fired if f.text == _ORDINALS[wrong_place]], wrong


def test_no_one_named_between_the_verb_and_into_places_nobody() -> None:
    text = (
        "Mark Fletcher beat the veteran Labour MP and former miner into second place in Bolsover."
    )
    read = figures_by_name(text)
    assert all(rank is None for _, _, _, rank in read.values()), read


def test_the_subject_of_a_push_is_not_given_the_place(tmp_path: Path) -> None:
    # Officially Mark Fletcher won Bolsover in 2019: "second" is Dennis Skinner's.
    text = "Mark Fletcher beat Labour's Dennis Skinner into second place in Bolsover."
    read = figures_by_name(text)
    assert read["Dennis Skinner"][3] == 2
    assert read.get("Mark Fletcher", (None, None, None, None))[3] is None
    assert filed_findings(tmp_path, text, "uk-ge-2019") == []
