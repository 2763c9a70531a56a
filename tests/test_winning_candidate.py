"""A winner named after "The winning candidate was" (a live page's caption under its result's
heading) and "is declared winner of" with no "the" (issue 8, thirteenth session). The person
named is the seat's winner: fires on a winner who officially lost, silent on the right one.

Every sentence is the team's own, built from the bundled record's people and seats (2019):
a seat's winner and runner-up.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import filed_findings, ranked_seats_2019, winners_read


def _seats() -> list[tuple[str, str, str, str | None]]:
    """(seat, winner, runner-up, winner's party) in 2019."""
    return [
        (seat, won.name, ranked[1].name, won.party) for seat, won, ranked in ranked_seats_2019()
    ]


_SEATS = _seats()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_SEATS),
    wording=st.sampled_from(
        [
            "{seat} declared at 03:10.\n\nThe winning candidate was {who}.",
            "Result in {seat}. The winning candidate was {who}, with a majority of 3,000.",
            "{who} is declared winner of the {seat} constituency.",
            "{who} was declared winner in {seat}.",
        ]
    ),
)
def test_the_winner_named_is_read_as_first(
    tmp_path: Path, seat: tuple[str, str, str, str | None], wording: str
) -> None:
    name, winner, second, _ = seat
    right = wording.format(seat=name, who=winner)
    wrong = wording.format(seat=name, who=second)
    read = winners_read(right)
    assume(winner in read)  # a name the reader takes for no person's is the name reader's
    assert read[winner][0] == name, right
    silent = filed_findings(tmp_path, right, "uk-ge-2019")
    assert not [f for f in silent if "first" in f.message], right
    fired = [f for f in filed_findings(tmp_path, wrong, "uk-ge-2019") if "not first" in f.message]
    assert fired, wrong


def test_a_winning_candidate_still_to_come_is_no_winner() -> None:
    text = "Bolsover has yet to declare. The winning candidate is expected to be Mark Fletcher."
    assert "Mark Fletcher" not in winners_read(text)
