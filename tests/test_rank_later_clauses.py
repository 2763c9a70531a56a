"""Places given in a later clause of the sentence (issue 8, fourteenth session): "X polled
22,341 votes, and in third place was Y" (the place is Y's, named after it, not X's before
it), and "beating Z, who polled 13,498 votes, into second place" (an aside about the one
pushed between the name and "into"). Each fires on a wrong place and is silent on the right
one.

Every sentence is the team's own, built from the bundled record's people and seats (2019):
a seat's winner, runner-up and third.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import figures_by_name, filed_findings, ranked_seats_2019

_SEATS = [
    (seat, [(c.name, c.party, int(c.votes.value) if c.votes else 0) for c in ranked[:4]])
    for seat, _, ranked in ranked_seats_2019()
    if len(ranked) >= 4 and all(c.votes for c in ranked[:4])
]
_ORDINALS = {2: "second", 3: "third", 4: "fourth"}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seat=st.sampled_from(_SEATS), place=st.sampled_from([2, 3]))
def test_a_place_opening_a_later_clause_is_the_person_s_after_it(
    tmp_path: Path, seat: tuple[str, list[tuple[str, str | None, int]]], place: int
) -> None:
    name, ranked = seat
    (winner, _, votes), (placed, _, placed_votes) = ranked[0], ranked[place - 1]
    text = (
        "In {seat}, {winner} polled {votes:,} votes, and in {place} place was {who} with "
        "{placed:,} votes."
    )
    right = text.format(
        seat=name,
        winner=winner,
        votes=votes,
        place=_ORDINALS[place],
        who=placed,
        placed=placed_votes,
    )
    read = figures_by_name(right)
    assume(placed in read)  # a name the reader takes for no person's is the name reader's
    assert read[placed][3] == place, right
    assert read.get(winner, (None, None, None, None))[3] in (None, 1), right
    assert not [f for f in filed_findings(tmp_path, right, "uk-ge-2019") if f.text], right
    wrong = text.format(
        seat=name,
        winner=winner,
        votes=votes,
        place=_ORDINALS[place + 1],
        who=placed,
        placed=placed_votes,
    )
    fired = filed_findings(tmp_path, wrong, "uk-ge-2019")
    assert [f for f in fired if f.text == _ORDINALS[place + 1]], wrong


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seat=st.sampled_from(_SEATS))
def test_an_aside_about_the_one_pushed_keeps_the_place_theirs(
    tmp_path: Path, seat: tuple[str, list[tuple[str, str | None, int]]]
) -> None:
    name, ranked = seat
    (winner, _, votes), (second, _, second_votes) = ranked[0], ranked[1]
    text = (
        "In {seat}, {winner} won with {votes:,} votes, beating {who}, who polled {theirs:,} "
        "votes, into {place} place."
    )
    said = {"seat": name, "winner": winner, "votes": votes, "who": second, "theirs": second_votes}
    right = text.format(**said, place="second")
    read = figures_by_name(right)
    assume(second in read)
    assert read[second][3] == 2, right
    assert read[winner][3] in (None, 1), right
    assert not [f for f in filed_findings(tmp_path, right, "uk-ge-2019") if f.text], right
    wrong = text.format(**said, place="third")
    fired = filed_findings(tmp_path, wrong, "uk-ge-2019")
    assert [f for f in fired if f.text == "third"], wrong


def test_a_place_closing_a_clause_is_not_read_as_opening_the_next() -> None:
    # "third" here may close "X came second, third …": no "in" opens a clause with it.
    read = figures_by_name("Jane Smith came second with 12,000 votes, third was John Brown.")
    assert read["Jane Smith"][3] == 2
    assert read.get("John Brown", (None, None, None, None))[3] is None
