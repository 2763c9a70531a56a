"""A person's win said with the noun, the seat named nowhere in the words (issue 8, eighteenth
session): "Jane Smith's shock victory", "celebrated her win", "cruised to victory", "pulled off
a sensational victory"; a member's title with no seat in it ("Newly elected Tory MP Jane
Smith", "was confirmed as the town's next MP"); and a victory "over" someone, which names the
runner-up as a majority "over" them does.

The sentences are ours, in the shapes seen in ten outlets' stories; the people, seats and
figures are the bundled record's 2019 result for Bristol West (Thangam Debbonaire, Labour,
47,028; Carla Denyer, Green, 18,809; Suria Aujla, Conservative, 8,822). A win said of the
runner-up fires, at most as a warning (a place said in words); the winner's is silent.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import (
    article_of,
    candidates_read,
    findings_of,
    placing_findings,
    ranked_seats_2019,
    warned_second,
    winners_read,
)

from factcheck.models import Severity

# The seat named first, so the sentence after it is about that seat; a figure makes the story
# worth reading (see reader._worth_reading).
_LEAD = "Bristol West\n\nTurnout was 67% in Bristol West.\n\n"

_WORDINGS = [
    "{name}'s shock victory delighted the party faithful.",
    "{name}’s victory was declared just before 4am.",
    "{name} cruised to victory by a wide margin.",
    "{name} eased to a comfortable victory.",
    "{name} romped to victory with a huge majority.",
    "{name} pulled off a sensational victory for the party.",
    "{name} claims comfortable victory",
    "{name} celebrated a famous win with supporters.",
    # A member's title with no seat in it: the story's seat's winner.
    "Newly elected MP {name} spoke to supporters.",
    "Elected MP {name} said her first priority was housing.",
    "The new MP for the constituency is city councillor {name}.",
    "{name} was confirmed as the city's next MP.",
    "{name} celebrated a storming win in Bristol West.",
    "We spoke to {name} minutes after her win in Bristol West.",
]


@pytest.mark.parametrize("wording", _WORDINGS)
def test_a_win_said_as_a_noun_is_the_winner(wording: str) -> None:
    right = _LEAD + wording.format(name="Thangam Debbonaire")
    assert winners_read(right).get("Thangam Debbonaire", (None,))[0] == "Bristol West", right
    assert placing_findings(right, "uk-ge-2019") == [], right


@pytest.mark.parametrize("wording", _WORDINGS[:-1])
def test_a_win_given_to_the_runner_up_warns(wording: str) -> None:
    wrong = _LEAD + wording.format(name="Carla Denyer")
    assert winners_read(wrong).get("Carla Denyer", (None,))[0] == "Bristol West", wrong
    assert warned_second(wrong, "uk-ge-2019"), wrong


@pytest.mark.parametrize(
    "text",
    [
        # Hoped for, negated, forecast or said in a quotation: no result.
        "Carla Denyer hopes for a victory in Bristol West.",
        "Carla Denyer's victory never came.",
        '"It would be a famous win," said Carla Denyer.',
        # Another election's win.
        "Carla Denyer's 2017 victory was narrow.",
        # "in victory" says nothing of this result.
        "Thangam Debbonaire was gracious in defeat and Carla Denyer was gracious in victory.",
        # Whose win "her" is cannot be told: two people named before it.
        "Carla Denyer stood beside Suria Aujla after her victory.",
        # A title asked about, or the next MP hoped for: no result.
        "Who will be the city's next MP? Carla Denyer hopes it will be her.",
        "Carla Denyer would be the new MP if the polls were right.",
        # A verb whose object is someone else's win.
        "Carla Denyer congratulated the winner on a famous win.",
    ],
)
def test_no_win_is_read_where_the_words_report_none(text: str) -> None:
    assert "Carla Denyer" not in winners_read(_LEAD + text), text
    assert placing_findings(_LEAD + text, "uk-ge-2019") == [], text


def test_a_win_of_someone_placed_in_another_seat_is_not_read() -> None:
    # Placed in Bristol West by her count, a win said in a Bristol South paragraph may be
    # another race's (or a slip of the seat): not read.
    text = (
        "Carla Denyer polled 18,809 votes in Bristol West.\n\n"
        "Karin Smyth polled 27,895 votes in Bristol South.\n\n"
        "In Bristol South, Carla Denyer's victory was the talk of the count.\n"
    )
    assert "Carla Denyer" not in winners_read(text)


# -- a victory "over" someone: the runner-up ----------------------------------------------------


@pytest.mark.parametrize(
    ("rival", "fires"),
    [("the Green Party's Carla Denyer", False), ("Conservative Suria Aujla", True)],
)
def test_a_victory_over_someone_names_the_runner_up(rival: str, fires: bool) -> None:
    text = _LEAD + f"Thangam Debbonaire claimed victory over {rival}.\n"
    fired = [f for f in findings_of(text, "uk-ge-2019") if "finished" in f.message]
    assert bool(fired) is fires, text
    assert all(f.severity is Severity.WARNING for f in fired)


def test_a_margin_s_victory_over_someone_names_the_runner_up() -> None:
    text = _LEAD + "Thangam Debbonaire secured a 24,000-vote victory over Green Carla Denyer.\n"
    assert placing_findings(text, "uk-ge-2019") == []
    wrong = _LEAD + "Thangam Debbonaire secured a 24,000-vote victory over Tory Suria Aujla.\n"
    fired = [f for f in findings_of(wrong, "uk-ge-2019") if "finished third" in f.message]
    assert len(fired) == 1, wrong


# -- every 2019 seat -----------------------------------------------------------------------------

_SEATS = [
    (seat, won.name, ranked[1].name) for seat, won, ranked in ranked_seats_2019() if "(" not in seat
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_SEATS),
    wording=st.sampled_from(_WORDINGS[:-2]),
    wrong=st.booleans(),
)
def test_a_win_said_as_a_noun_is_checked_in_any_seat(
    seat: tuple[str, str, str], wording: str, wrong: bool
) -> None:
    name, winner, second = seat
    who = second if wrong else winner
    text = f"{name}\n\nTurnout was 67% in {name}.\n\n" + wording.format(name=who)
    assume(who in candidates_read(text))
    assert winners_read(text)[who][0] == name, text
    fired = placing_findings(text, "uk-ge-2019")
    assert bool(fired) is wrong, text
    assert all(f.severity is Severity.WARNING for f in fired), text


def test_a_victory_over_someone_in_a_seat_only_carried_places_no_one() -> None:
    # Three seats named before, none in the sentence: the one carried (Bristol North West) may
    # not be the rival's, and nobody has placed Carla Denyer yet.
    text = (
        "Thangam Debbonaire held Bristol West.\n\n"
        "Karin Smyth held Bristol South.\n\n"
        "Darren Jones held Bristol North West.\n\n"
        "She secured a 4,000-vote victory over Green challenger Carla Denyer.\n"
    )
    ranks = [c.rank for k in article_of(text).contests for c in k.candidates]
    names = [c.name for k in article_of(text).contests for c in k.candidates]
    assert ("Carla Denyer" in names) <= (ranks[names.index("Carla Denyer")] is None)
