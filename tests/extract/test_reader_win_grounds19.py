"""A first place read from a winner's words carries its grounds (issue 8, nineteenth session).

Seven readings made "first" from words of winning with no record of what tied it to its
person, seat and election (a win said in words, a pair of people and seats "respectively", "SEAT
is PARTY with …", a seat's new or returning member, "beat X to hold SEAT", "lost SEAT to X", a
list of seats lost): a rule judging the place could not tell a win named with its seat from one
whose winner is only who "she" stands for. Each now reads it as ``win_nouns`` does
(``ranks.first_in_words``). The sentences are ours, in the shapes the stories use; people,
seats and figures are the bundled record's 2019 results (Bristol West: Thangam Debbonaire,
Labour, 47,028, Carla Denyer, Green, second; Bristol North West: Darren Jones, Labour, 27,330,
Mark Weston, Conservative, second; Redcar: Jacob Young, Conservative, gained it from Labour's
Anna Turley). A win given to the runner-up warns (a place said in words); the winner's is silent.
"""

from __future__ import annotations

import pytest
from story_files import article_of, placing_findings, warned_second

import factcheck
from factcheck.models import Document, Figure, Severity

_BRISTOL = "Bristol West\n\nTurnout was 67% in Bristol West.\n\n"
_NORTH_WEST = "Bristol North West\n\nTurnout was 71% in Bristol North West.\n\n"
_REDCAR = "Turnout in Redcar was 62%.\n\n"


def _firsts(text: str) -> dict[str, Figure]:
    """Each first place read, by the candidate's name (a party's candidate by its party)."""
    return {
        c.name or f"{c.party}'s candidate": c.rank
        for k in article_of(text).contests
        for c in k.candidates
        if c.rank is not None and c.rank.value == 1
    }


# (lead, sentence with {winner}, the winner, the runner-up, the words the figure covers)
_SITES = [
    # outcomes.read_winners: a verb of winning with its seat.
    (_BRISTOL, "{who} held Bristol West.", "Thangam Debbonaire", "Carla Denyer", "held Bristol"),
    # new_members: the seat's new or returning member.
    (_BRISTOL, "{who} will represent Bristol West.", "Thangam Debbonaire", "Carla Denyer", None),
    # purpose_holds: "beat X to hold SEAT".
    (
        _BRISTOL,
        "{who} beat Suria Aujla to hold Bristol West.",
        "Thangam Debbonaire",
        "Carla Denyer",
        None,
    ),
    # lost_to_people: "lost SEAT to X" (no person loses it in the words).
    (_REDCAR, "The former minister lost Redcar to {who}.", "Jacob Young", "Anna Turley", None),
    # loss_lists: a row of a list of seats lost.
    (
        "Seats Labour lost:\n\n",
        "• Anna Turley, Redcar (to {who} - Conservative)",
        "Jacob Young",
        "Peter Gibson",
        None,
    ),
]


@pytest.mark.parametrize(("lead", "sentence", "winner", "runner_up", "words"), _SITES)
def test_a_win_in_words_is_first_with_its_grounds(
    lead: str, sentence: str, winner: str, runner_up: str, words: str | None
) -> None:
    text = lead + sentence.format(who=winner)
    fig = _firsts(text)[winner]
    assert fig.text == "first"
    assert fig.grounds is not None, text
    assert fig.grounds.certain, fig.grounds
    assert winner in fig.grounds.subject
    if words is not None:
        assert fig.span is not None
        assert words in text[fig.span.start : fig.span.end]
    assert placing_findings(text, "uk-ge-2019") == [], text


@pytest.mark.parametrize(("lead", "sentence", "winner", "runner_up", "words"), _SITES[:3])
def test_a_win_given_to_the_runner_up_warns(
    lead: str, sentence: str, winner: str, runner_up: str, words: str | None
) -> None:
    text = lead + sentence.format(who=runner_up)
    assert _firsts(text)[runner_up].grounds is not None
    assert warned_second(text, "uk-ge-2019"), text


def test_a_seat_lost_to_the_runner_up_warns() -> None:
    text = _REDCAR + "The former minister lost Redcar to Anna Turley."
    assert _firsts(text)["Anna Turley"].grounds is not None
    fired = placing_findings(text, "uk-ge-2019")
    assert [f.severity for f in fired] == [Severity.WARNING]


def test_a_row_of_seats_lost_to_the_runner_up_warns() -> None:
    # Peter Gibson was Redcar's Conservative runner-up in 2017, not its winner.
    text = "Seats Labour lost:\n\n• Anna Turley, Redcar (to Peter Gibson - Conservative)"
    assert _firsts(text)["Peter Gibson"].grounds is not None
    fired = placing_findings(text, "uk-ge-2017")
    assert [f.severity for f in fired] == [Severity.WARNING]


def test_people_and_seats_paired_respectively_each_carry_their_own_seat() -> None:
    text = (
        "Thangam Debbonaire and Darren Jones held Bristol West and Bristol North West respectively."
    )
    firsts = _firsts(text)
    west, north_west = firsts["Thangam Debbonaire"], firsts["Darren Jones"]
    assert west.grounds is not None
    assert west.grounds.certain
    assert north_west.grounds is not None
    assert north_west.grounds.certain
    assert "Bristol North West" in north_west.grounds.seat
    assert "Bristol North West" not in west.grounds.seat
    assert placing_findings(text, "uk-ge-2019") == []


@pytest.mark.parametrize(("party", "fires"), [("Labour", False), ("Conservative", True)])
def test_a_seat_said_to_be_a_party_is_its_candidate_first(party: str, fires: bool) -> None:
    text = _NORTH_WEST + f"Bristol North West is {party} with 27,330 votes."
    fig = _firsts(text)[f"{party}'s candidate"]
    assert fig.grounds is not None
    assert fig.grounds.certain
    assert "Bristol North West" in fig.grounds.seat
    fired = [
        f
        for f in placing_findings(text, "uk-ge-2019")
        if "first" in f.message and "Bristol North West" in f.message
    ]
    assert bool(fired) is fires, (text, fired)


def test_a_win_said_of_she_is_loose_and_not_compared_with_the_record() -> None:
    # Whom "She" stands for is the reader's guess: the place is read, its subject loose, and
    # the record is not set against a guess (as a count said of "she" is not).
    text = _BRISTOL + "Carla Denyer spoke at the count.\n\nShe was re-elected."
    fig = _firsts(text)["Carla Denyer"]
    assert fig.grounds is not None
    assert fig.grounds.loose == ("subject",)
    assert placing_findings(text, "uk-ge-2019") == []
    report = factcheck.check(Document(path="t.txt", text=text), election="uk-ge-2019")
    assert any("read loosely (subject" in s.reason for s in report.not_checked)
