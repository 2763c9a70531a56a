"""Winners said in words, fifteenth session (issue 8): a party's win of a named seat ("Labour
won Gower", "the Lib Dems have won in Gower", "Labour win Gower and Neath"), the one named
after "lost to" ("Jane Smith lost out to Labour's John Brown"), and the candidate of a seat
table's row that gives them the seat's majority.

Every sentence is the team's own, built from the bundled record's people and seats (2019): a
seat's winner and runner-up, their parties. The right outcome is silent; the wrong one (the
runner-up's party or person said to have won) fires through reference-mismatch, at most as a
warning where the win is implied.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import article_of, filed_findings, ranked_seats_2019

from factcheck.models import Severity

_ELECTION = "uk-ge-2019"
# The parties as copy names them as a sentence's subject.
_SUBJECT = {
    "Conservative": "The Conservatives",
    "Labour": "Labour",
    "Liberal Democrat": "The Liberal Democrats",
    "Scottish National Party": "The SNP",
    "Plaid Cymru": "Plaid Cymru",
}


def _firsts(text: str) -> set[tuple[str | None, str, str | None]]:
    """(seat, person or "", party) of everyone the reader ranked first."""
    return {
        (k.name, c.name, c.party)
        for k in article_of(text).contests
        for c in k.candidates
        if c.rank is not None and c.rank.value == 1
    }


def _party_seats() -> list[tuple[str, str, str]]:
    """(seat, winner's party, runner-up's party) in 2019, both parties ones copy names."""
    return [
        (seat, won.party, ranked[1].party)
        for seat, won, ranked in ranked_seats_2019()
        if won.party in _SUBJECT and ranked[1].party in _SUBJECT and won.party != ranked[1].party
    ]


def _people() -> list[tuple[str, str, str]]:
    """(seat, winner, runner-up) in 2019, leaving out people with a word of their name that
    is a seat's whole name ("Gordon Munro": Gordon), which the seat reader takes for the
    seat: a known gap of the name reader, not these wordings'."""
    from factcheck.reference.bundled import bundled_results

    record = bundled_results()

    def seat_word(name: str) -> bool:
        return any(record.contest(w, "uk-ge-2019") is not None for w in name.split())

    return [
        (seat, won.name, ranked[1].name)
        for seat, won, ranked in ranked_seats_2019()
        if not seat_word(won.name) and not seat_word(ranked[1].name)
    ]


_PARTY_SEATS = _party_seats()
_PEOPLE = _people()
# (A figure in the story: a text with none is not worth reading as results.)
_TAIL = "\n\nTurnout was up on the last election, with 30,000 votes cast.\n"


def _first_said(tmp_path: Path, text: str) -> list[Severity]:
    """The severities of reference-mismatch findings on a winner ("not first")."""
    return [
        f.severity
        for f in filed_findings(tmp_path, text + _TAIL, _ELECTION)
        if "not first" in f.message
    ]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_PARTY_SEATS),
    wording=st.sampled_from(
        [
            "{party} won {seat}.",
            "{party} have won in {seat}.",
            "{party} has won the {seat} seat with a big majority.",
            "{party} also won the marginal constituency of {seat}.",
            "Election night: {party} win {seat}",
        ]
    ),
)
def test_a_party_said_to_have_won_a_seat_is_its_winner(
    tmp_path: Path, seat: tuple[str, str, str], wording: str
) -> None:
    name, won, second = seat
    right = wording.format(party=_SUBJECT[won], seat=name)
    wrong = wording.format(party=_SUBJECT[second], seat=name)
    assert (name, "", won) in _firsts(right + _TAIL), right
    assert _first_said(tmp_path, right) == [], right
    assert _first_said(tmp_path, wrong) == [Severity.WARNING], wrong


def test_each_seat_of_a_list_a_party_won_is_its_own() -> None:
    text = "Labour have won Gower, Neath and Swansea West." + _TAIL
    assert {(seat, party) for seat, _, party in _firsts(text)} == {
        ("Gower", "Labour"),
        ("Neath", "Labour"),
        ("Swansea West", "Labour"),
    }
    # A list's leading words are every seat's: each seat's claim is its own name.
    for k in article_of(text).contests:
        rank = k.candidates[0].rank
        assert rank is not None
        assert rank.span is not None
        assert text[rank.span.start : rank.span.end] == k.name


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour won Gower in 2017.",  # another election
        "Labour had won Gower before.",  # an earlier result
        "Labour hope to win Gower.",  # a hope
        "Labour failed to win Gower.",  # a negation
        "Labour won back Gower.",  # a gain, read as one elsewhere
        "Labour won five of the six seats in Wales.",  # no seat named
        "Labour won the election and Gower voted for them.",  # the nation's win
    ],
)
def test_a_party_win_not_of_this_race_is_not_read(sentence: str) -> None:
    assert _firsts(sentence + _TAIL) == set(), sentence


def test_a_seat_whose_winner_is_read_already_keeps_them() -> None:
    text = "Jane Smith won Gower for Labour with 20,000 votes. The Conservatives won Gower."
    assert {(s, who) for s, who, _ in _firsts(text + _TAIL)} == {("Gower", "Jane Smith")}


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_PEOPLE),
    wording=st.sampled_from(
        [
            "In {seat}, {loser} lost to {who}.",
            "{loser} lost out to {who} in {seat}.",
            "In {seat}, {loser} lost their seat to {who} by 1,200 votes.",
            "In {seat}, {loser} conceded defeat to {who}.",
            "In {seat}, {loser} is losing out to {who}, the count shows.",
        ]
    ),
)
def test_the_one_someone_lost_to_is_read_as_the_winner(
    tmp_path: Path, seat: tuple[str, str, str], wording: str
) -> None:
    name, winner, second = seat
    right = wording.format(seat=name, who=winner, loser=second)
    wrong = wording.format(seat=name, who=second, loser=winner)
    for text in (right, wrong):
        article = article_of(text + _TAIL)
        # Some names are not read as a person's in any wording ("June Davies": a month);
        # that is the name reader's, not this wording's.
        assume(sum(c.name in (winner, second) for k in article.contests for c in k.candidates) == 2)
    assert (name, winner) in {(s, who) for s, who, _ in _firsts(right + _TAIL)}, right
    assert _first_said(tmp_path, right) == [], right
    fired = _first_said(tmp_path, wrong)
    # The win is implied ("lost to" says only who finished ahead): at most a warning.
    assert fired, wrong
    assert set(fired) == {Severity.WARNING}, wrong


@pytest.mark.parametrize(
    "sentence",
    [
        "In Gower, Jane Smith stood in 2015, only to lose to John Brown.",  # an infinitive
        "In Gower, Jane Smith lost to John Brown in 2015.",  # another election
        "In Gower, Jane Smith lost to John Brown in a by-election.",  # another race
        "In Gower, Jane Smith could lose to John Brown.",  # a forecast
        "In Gower, Jane Smith lost to John Brown for second place.",  # a lower place
    ],
)
def test_a_loss_not_of_this_race_names_no_winner(sentence: str) -> None:
    assert ("Gower", "John Brown") not in {(s, w) for s, w, _ in _firsts(sentence + _TAIL)}


def test_the_one_lost_to_with_no_seat_anywhere_is_left_unplaced() -> None:
    # No seat named or carried: the winner is left for a later line to place.
    text = "Jane Smith lost to John Brown.\n\nGower\n\nJohn Brown, Labour: 20,000 votes\n"
    assert not any(who == "John Brown" and seat is None for seat, who, _ in _firsts(text))


def test_lost_out_to_is_a_gain_as_lost_to_is() -> None:
    from factcheck.models import OutcomeClaim

    def gains(text: str) -> list[tuple[str, str | None, str | None]]:
        return [
            (c.verb, c.contest, c.party)
            for c in article_of(text + _TAIL).claims
            if isinstance(c, OutcomeClaim)
        ]

    plain = gains("Labour's Jane Smith lost to Conservative John Brown in Gower.")
    assert plain == [("gain", "Gower", "Conservative")]
    assert gains("Labour's Jane Smith lost out to Conservative John Brown in Gower.") == plain


def _restated_wins(text: str) -> list[tuple[str, str]]:
    """(person, words) of each win said again, as kept on the candidate."""
    return [
        (c.name, text[f.span.start : f.span.end])
        for k in article_of(text).contests
        for c in k.candidates
        for f in c.restated
        if f.span is not None and f.value == 1
    ]


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_PEOPLE),
    again=st.sampled_from(
        [
            "{who} won {seat} with a majority of 1,200.",
            "{who} has won the seat.",
            "It was a landslide victory for {who} in {seat}.",
        ]
    ),
)
def test_a_win_said_again_is_read_and_checked_where_it_is_written(
    tmp_path: Path, seat: tuple[str, str, str], again: str
) -> None:
    name, winner, second = seat
    story = "{who} wins {seat}\n\n" + again
    right = story.format(who=winner, seat=name)
    wrong = story.format(who=second, seat=name)
    article = article_of(right + _TAIL)
    assume(any(c.name == winner for k in article.contests for c in k.candidates))
    assert [who for who, _ in _restated_wins(right + _TAIL)] == [winner], right
    assert _first_said(tmp_path, right) == [], right
    assert [who for who, _ in _restated_wins(wrong + _TAIL)] == [second], wrong
    fired = [
        f for f in filed_findings(tmp_path, wrong + _TAIL, _ELECTION) if "not first" in f.message
    ]
    # Each place the wrong win is written is found; the second says it is said again.
    assert len(fired) == 2, wrong
    assert "said again" in fired[1].message, wrong
    assert fired[1].severity is Severity.WARNING, wrong


def test_a_win_read_twice_from_the_same_words_is_one_claim() -> None:
    # "won Gower" is read by two wordings here (the person's and the seat's): one claim.
    text = "Jane Smith won Gower with 20,000 votes." + _TAIL
    assert _restated_wins(text) == []


def test_no_win_is_said_again_of_someone_placed_otherwise() -> None:
    text = "Jane Smith came second in Gower. Jane Smith has won the seat." + _TAIL
    assert _restated_wins(text) == []


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_PEOPLE),
    wording=st.sampled_from(
        [
            "In {seat}, {who} triumphed over {rival}.",
            "{who} triumphed in {seat} with 15,000 votes.",
            "In {seat}, {who} was victorious.",
            "{who} has become the new MP for {seat}.",
        ]
    ),
)
def test_a_win_in_other_words_is_read_as_the_winner(
    tmp_path: Path, seat: tuple[str, str, str], wording: str
) -> None:
    name, winner, second = seat
    right = wording.format(seat=name, who=winner, rival=second)
    wrong = wording.format(seat=name, who=second, rival=winner)
    for text in (right, wrong):
        article = article_of(text + _TAIL)
        assume(any(c.name in (winner, second) for k in article.contests for c in k.candidates))
    assert (name, winner) in {(s, w) for s, w, _ in _firsts(right + _TAIL)}, right
    assert _first_said(tmp_path, right) == [], right
    assert _first_said(tmp_path, wrong) == [Severity.WARNING], wrong


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Smith triumphed in 2017.",  # another election
        "Jane Smith was victorious in 2015.",  # another election
        "Jane Smith hopes to become the new MP for Gower.",  # a hope
    ],
)
def test_a_win_in_other_words_not_of_this_race_is_not_read(sentence: str) -> None:
    assert _firsts(sentence + _TAIL) == set(), sentence


@pytest.mark.parametrize("mark", ["ELECTED", "(elected)", "(ELECTED)", "- Elected"])
def test_the_one_a_results_line_marks_elected_is_the_winner(tmp_path: Path, mark: str) -> None:
    seat, won, ranked = next(s for s in ranked_seats_2019() if s[0] == "Gower")
    second = ranked[1]
    assert won.votes is not None
    assert second.votes is not None

    def card(marked: str) -> str:
        lines = [
            f"{c.name} ({c.party}): {int(c.votes.value):,}"
            + (f" {mark}" if c.name == marked else "")
            for c in (won, second)
            if c.votes is not None
        ]
        return f"{seat}\n\n" + "\n".join(lines) + "\n"

    right, wrong = card(won.name), card(second.name)
    assert (seat, won.name) in {(s, w) for s, w, _ in _firsts(right)}, right
    assert _first_said(tmp_path, right) == [], right
    assert _first_said(tmp_path, wrong), wrong


def test_elected_on_a_line_with_no_count_or_two_people_marks_no_one() -> None:
    text = "Gower\n\nJane Smith (Labour) ELECTED\nJane Smith and John Brown 20,000 (elected)\n"
    assert _firsts(text + _TAIL) == set()


def _holds(text: str) -> set[tuple[str | None, str | None]]:
    from factcheck.models import OutcomeClaim

    return {
        (c.contest, c.party)
        for c in article_of(text).claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    }


def test_a_hold_after_an_unknown_place_and_where_is_not_the_carried_seats(
    tmp_path: Path,
) -> None:
    lead = (
        "Gower\n\nTonia Antoniazzi won the seat with 20,208 votes, ahead of Conservative "
        "John Brown.\n\n"
    )
    # A misspelt seat before "where": the person's seat is that place, unknown to the reader,
    # not Gower, where he was read before (the Conservatives did not hold Gower in 2019: a
    # false alarm if read there).
    misspelt = (
        lead + "It was different in Neathh Valley, where Conservative John Brown held his seat.\n"
    )
    assert ("Gower", "Conservative") not in _holds(misspelt)
    assert not [
        f for f in filed_findings(tmp_path, misspelt, _ELECTION) if "Conservative hold" in f.message
    ]
    # The seat known: the hold is read there.
    known = lead + "It was different in Neath, where Labour's Christina Rees held her seat.\n"
    assert ("Neath", "Labour") in _holds(known)


def _gains(text: str) -> set[tuple[str | None, str | None, str | None]]:
    from factcheck.models import OutcomeClaim

    return {
        (c.contest, c.party, c.from_party)
        for c in article_of(text).claims
        if isinstance(c, OutcomeClaim) and c.verb == "gain"
    }


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    # (A record's name with a bracket, "Richmond (Yorks)", is not how copy writes a seat.)
    seat=st.sampled_from([s for s in _PARTY_SEATS if "(" not in s[0]]),
    described=st.sampled_from(["", "iconic ", "key marginal "]),
)
def test_a_party_losing_a_described_seat_to_another_is_its_gain(
    tmp_path: Path, seat: tuple[str, str, str], described: str
) -> None:
    name, won, second = seat
    # (The record's 2019 winner took it from the runner-up's party, or held it: whether the
    # gain is right is the record's to say; here, that it is read, and said of whom.)
    to = _SUBJECT[won].replace("The ", "the ", 1)
    text = f"{_SUBJECT[second]} has lost the {described}{name} seat to {to}."
    assert (name, won, second) in _gains(text + _TAIL), text


def test_losing_the_battle_for_a_seat_is_no_gain() -> None:
    assert _gains("Labour lost the battle for Gower to the Conservatives." + _TAIL) == set()


def test_a_person_winning_a_described_seat_is_its_winner() -> None:
    text = "Jane Smith won the newly-created Gower seat for Labour." + _TAIL
    assert ("Gower", "Jane Smith") in {(s, w) for s, w, _ in _firsts(text)}


def test_a_described_seat_lost_is_checked_as_a_gain(tmp_path: Path) -> None:
    # Blyth Valley, 2019: a Conservative gain from Labour.
    right = "Labour has lost the iconic Blyth Valley seat to the Conservatives." + _TAIL
    wrong = "Labour has lost the iconic Blyth Valley seat to the Liberal Democrats." + _TAIL
    assert not [f for f in filed_findings(tmp_path, right, _ELECTION) if "gain" in f.message]
    assert [f for f in filed_findings(tmp_path, wrong, _ELECTION) if "gain" in f.message]
