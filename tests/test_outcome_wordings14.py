"""Outcome wordings of real results copy read from the fourteenth session (issue 8): "clung on
to" a seat, said of a party (a hold in words) or of a person (their party's hold only by
implication, at most a warning); a headline's present "Labour lose X to Y"; a seat described
before its name, "lost the totemic seat of X"; "re-taken X from" a party (a gain, said to
be won back); "fended off" a rival or "saw off the challenge" (a person's hold by
implication); a seat named with words around it, "the X Westminster seat", "his redrawn X
seat"; a win in a seat named, "X, Labour, won in Y", "has won the election in Y", "is elected
the new MP for Y", a headline's "X elected as MP for Y". Each fires on a wrong
outcome and is silent on the right one.

Every sentence is the team's own, written in the patterns seen in real copy. Hand-checked in
the bundled record: Hemel Hempstead 2019 a Conservative hold (Mike Penning); Bolsover 2019 a
Conservative gain from Labour (Mark Fletcher beat Dennis Skinner); Bethnal Green and Bow 2017
a Labour hold (Rushanara Ali); Canterbury 2017 a Labour gain (Rosie Duffield).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import filed_findings, outcomes_of, winners_read

from factcheck.models import Severity

# (election, right, wrong, the outcome read, the most severe finding allowed on the wrong one)
PAIRS = [
    (
        "uk-ge-2019",
        "The Conservatives clung on to Hemel Hempstead with 28,968 votes.",
        "The Conservatives clung on to Bolsover with 21,791 votes.",
        "hold",
        Severity.ERROR,
    ),
    (
        "uk-ge-2017",
        "Labour clung on in Bethnal Green and Bow with a majority of 35,393.",
        "Labour clung on in Canterbury with a majority of 187.",
        "hold",
        Severity.ERROR,
    ),
    (
        "uk-ge-2019",
        "Mike Penning has clung on to his Hemel Hempstead seat by 14,563 votes.",
        "Mark Fletcher has clung on to his Bolsover seat by 5,299 votes.",
        "hold",
        Severity.WARNING,
    ),
    (
        "uk-ge-2017",
        "Rushanara Ali clings on in Bethnal Green and Bow, with 42,969 votes.",
        "Rosie Duffield clings on in Canterbury, with 25,572 votes.",
        "hold",
        Severity.WARNING,
    ),
    (
        "uk-ge-2017",
        "The Conservatives lose Canterbury to Labour by 187 votes.",
        "Labour lose Bethnal Green and Bow to the Conservatives by 35,393 votes.",
        "gain",
        Severity.ERROR,
    ),
    (
        "uk-ge-2017",
        "The Conservatives lost the totemic seat of Canterbury, polling 25,385 votes.",
        "Labour lost the totemic seat of Bethnal Green and Bow, polling 42,969 votes.",
        "gain",
        Severity.ERROR,
    ),
    (
        "uk-ge-2017",
        "Labour has re-taken Canterbury from the Conservatives by 187 votes.",
        "Labour has re-taken Canterbury from the Liberal Democrats by 187 votes.",
        "gain",
        Severity.ERROR,
    ),
    (
        "uk-ge-2019",
        "Mike Penning fended off Nabila Ahmed by 14,563 votes in Hemel Hempstead.",
        "Dennis Skinner fended off Mark Fletcher by 5,299 votes in Bolsover.",
        "hold",
        Severity.WARNING,
    ),
    (
        "uk-ge-2019",
        "Mike Penning saw off the Labour challenge in Hemel Hempstead, polling 28,968 votes.",
        "Dennis Skinner saw off the Conservative challenge in Bolsover, polling 16,492 votes.",
        "hold",
        Severity.WARNING,
    ),
    (
        "uk-ge-2019",
        "Mike Penning has retained the Hemel Hempstead Westminster seat with 28,968 votes.",
        "Dennis Skinner has retained the Bolsover Westminster seat with 16,492 votes.",
        "hold",
        Severity.WARNING,
    ),
]


@pytest.mark.parametrize("case", PAIRS)
def test_a_wording_fires_on_the_wrong_outcome_only(
    tmp_path: Path, case: tuple[str, str, str, str, Severity]
) -> None:
    election, right, wrong, verb, worst = case
    assert any(said == verb for _, _, said, _ in outcomes_of(right)), right
    assert filed_findings(tmp_path, right, election) == [], right
    found = filed_findings(tmp_path, wrong, election)
    assert found, wrong
    # A person's outcome is their party's only by implication: at most a warning. (A party's
    # may be an error, when the story's other figures corroborate the seat; a person said to
    # have won who came second is an error on the placing, not the outcome.)
    on_outcome = {f.severity for f in found if verb in f.message}
    allowed = {Severity.ERROR, Severity.WARNING} if worst is Severity.ERROR else {worst}
    assert on_outcome <= allowed, found


@pytest.mark.parametrize(
    "text",
    [
        # "clung to" a hope, a lead, a count: no "on", no seat.
        "The Conservatives clung to hopes of holding Bolsover, polling 21,791 votes.",
        # Clinging on to something that is no seat.
        "Labour clung on to second place in Canterbury with 25,572 votes.",
        # A loss foreseen or supposed is no result.
        "Labour could lose Bethnal Green and Bow to the Conservatives by 100 votes.",
        "If Labour lose Bethnal Green and Bow to the Conservatives, 100 votes will do it.",
        "Rosie Duffield could lose out to Julian Brazier in Canterbury by 187 votes.",
    ],
)
def test_wordings_that_report_no_result_are_not_read(text: str) -> None:
    assert outcomes_of(text) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        # "Re-takes" with no party it was taken from: a hold as often ("re-takes his seat").
        "Labour re-takes Canterbury with 25,572 votes.",
        # "Saw off" an incumbent, or competition: said of a challenger who won as often.
        "Rosie Duffield saw off Tory incumbent Julian Brazier in Canterbury by 187 votes.",
        "Rosie Duffield saw off competition from Julian Brazier in Canterbury by 187 votes.",
    ],
)
def test_wordings_that_may_be_a_hold_or_a_gain_say_neither(text: str) -> None:
    assert not any(verb in ("hold", "gain") and seat for seat, _, verb, _ in outcomes_of(text)), (
        text
    )


def test_a_redrawn_seat_named_in_a_person_s_hold_is_that_seat() -> None:
    # (Said of a person who lost, "retained his redrawn Bolsover seat" is judged through the
    # placing it implies, which the present and this wording do not yet give: a known gap.)
    read = outcomes_of("Mike Penning retained his redrawn Hemel Hempstead seat with 28,968 votes.")
    assert {(seat, verb) for seat, _, verb, _ in read} == {("Hemel Hempstead", "hold")}


@pytest.mark.parametrize(
    "wording",
    [
        "{who}, {party}, won in Bolsover with {votes} votes.",
        "{party} candidate {who} has won the election in Bolsover with {votes} votes.",
        "{who} of the {party} Party is elected the new MP for Bolsover with {votes} votes.",
        "{who} elected as MP for Bolsover with {votes} votes",
    ],
)
def test_a_win_in_a_seat_named_fires_on_the_one_who_came_second(
    tmp_path: Path, wording: str
) -> None:
    # Bolsover 2019: Mark Fletcher (Conservative) 21,791; Dennis Skinner (Labour) 16,492.
    right = wording.format(who="Mark Fletcher", party="Conservative", votes="21,791")
    assert winners_read(right).get("Mark Fletcher", (None, None))[0] == "Bolsover", right
    assert filed_findings(tmp_path, right, "uk-ge-2019") == [], right
    wrong = wording.format(who="Dennis Skinner", party="Labour", votes="16,492")
    found = filed_findings(tmp_path, wrong, "uk-ge-2019")
    assert any("finished second" in f.message for f in found), wrong


@pytest.mark.parametrize(
    "text",
    [
        # A win at another election, or somewhere that is no seat.
        "Mark Fletcher, Conservative, won in Bolsover in 2015 with 21,791 votes.",
        "Mark Fletcher won in London with 21,791 votes.",
        # Elected before, in an aside.
        "Mark Fletcher, who was first elected as MP for Bolsover in 2015, polled 21,791 votes.",
    ],
)
def test_a_win_elsewhere_or_before_is_no_winner_here(text: str) -> None:
    assert "Mark Fletcher" not in winners_read(text), text
