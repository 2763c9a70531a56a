"""A seat's winner named after "was won by" (issue 8, twelfth session): "Gordon was won by
Conservative Jane Smith", "The Gordon seat was won by SNP candidate Jane Smith with 15,831
votes", "the new constituency was claimed by Labour's Jane Smith". Counted across the open
batches: six stories from five outlets (three from three outlets in the unseen dev3 to dev7).

Every sentence is the team's own, built from the bundled record's 2019 seats: the reference
rule fires on a runner-up named after "won by" and stays silent on the winner. The seat named
as the clause's subject is tied tightly; "the seat" standing for the story's seat loosely
(then the reading is not compared with the record, and the report says why).
An earlier election's, a hope, a party with no person, and a quotation are not read.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from story_files import (
    candidates_read,
    placing_findings,
    ranked_seats_2019,
    seats_read,
    winners_read,
)

import factcheck
from factcheck.extract.reader import _party_matcher
from factcheck.models import Document
from factcheck.packs import default_pack

# Read only in a story with a figure in it (see reader._worth_reading).
_OPENING = "Turnout was 67% across the region.\n\n"


def _read_as_a_party(name: str) -> bool:
    """Does the party pack read the whole of ``name`` as a party? Not "Green" alone (a
    colour, a surname, a place) nor some local parties as the record writes them
    ("Birkenhead Social Justice Party"): the party reader's matter, not this wording's."""
    found = _party_matcher(default_pack()).find(name)
    return [(m.span.start, m.span.end) for m in found] == [(0, len(name))]


_SEATS = [
    (seat, won.name, ranked[1].name, ranked[1].party)
    for seat, won, ranked in ranked_seats_2019()
    # (Not the record's bracketed names, "Richmond (Yorks)", which copy does not write.)
    if ranked[1].party is not None and "(" not in seat and _read_as_a_party(ranked[1].party)
]

_WORDINGS = [
    "{seat} was won by {name} with a clear lead.",
    "The {seat} seat was won by {party} candidate {name}.",
    "{seat}, a marginal, was won by {party}'s {name}.",
    "The count in {seat}, which was narrowly won by new MP {name}, ended at dawn.",
    "{seat} has been claimed by {party} {name}.",
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seat=st.sampled_from(_SEATS), wording=st.sampled_from(_WORDINGS), wrong=st.booleans())
def test_the_one_a_seat_was_won_by_is_its_winner(
    seat: tuple[str, str, str, str], wording: str, wrong: bool
) -> None:
    name, winner, second, party = seat
    who = second if wrong else winner
    # The party named is the runner-up's: a wrong one for the winner says nothing of the win.
    text = _OPENING + wording.format(seat=name, name=who, party=party)
    # Some names are not read as a person's at all ("June Davies": a month): the name reader's
    # matter, not this wording's.
    assume(who in candidates_read(text))
    firsts = winners_read(text)
    assert who in firsts, text
    where, fig = firsts[who]
    assert where == name, text
    assert fig.grounds is not None
    assert fig.grounds.loose == (), text
    assert bool(placing_findings(text, "uk-ge-2019")) is wrong, text


def test_a_surname_that_is_a_word_of_hope_is_still_a_winner() -> None:
    # New Forest East 2019: Julian Lewis won; Labour's Julie Hope came second. "Hope" in
    # her name is no hope that the sentence reports none of.
    text = _OPENING + "The New Forest East seat was won by Labour candidate Julie Hope."
    assert winners_read(text)["Julie Hope"][0] == "New Forest East"
    assert len(placing_findings(text, "uk-ge-2019")) == 1
    right = _OPENING + "The New Forest East seat was won by Conservative candidate Julian Lewis."
    assert placing_findings(right, "uk-ge-2019") == []
    hoped = _OPENING + "Labour hoped the New Forest East seat would be won by Julie Hope."
    assert "Julie Hope" not in winners_read(hoped)


def test_the_seat_standing_for_the_story_s_is_tied_loosely() -> None:
    # Bolsover 2019: Mark Fletcher won; Dennis Skinner came second.
    text = _OPENING + "Bolsover declared at 3am.\n\nThe seat was won by Labour's Dennis Skinner."
    where, fig = winners_read(text)["Dennis Skinner"]
    assert where == "Bolsover"
    assert fig.grounds is not None
    assert fig.grounds.loose == ("seat",)
    # A seat only inferred is not compared with the record: no finding, and the reason said.
    assert not placing_findings(text, "uk-ge-2019")
    report = factcheck.check(Document(path="story.txt", text=text), election="uk-ge-2019")
    assert any(
        n.name == "reference-mismatch" and "“first” was read loosely" in n.reason
        for n in report.not_checked
    )


@pytest.mark.parametrize(
    "text",
    [
        # Another election's.
        "In 2017 Bolsover was won by Dennis Skinner.",
        "Bolsover, which was won by Dennis Skinner in 1970, declared at 3am.",
        # A hope, a quotation.
        "Bolsover could be won by Dennis Skinner.",
        '"Bolsover was won by Dennis Skinner," a supporter shouted.',
        # A party with no person: no candidate to place.
        "Bolsover was won by Labour, said Dennis Skinner.",
        # Won by a margin: no person after "by".
        "Bolsover was won by 5,299 votes, Dennis Skinner said.",
    ],
)
def test_no_winner_is_read_from_other_wins(text: str) -> None:
    assert "Dennis Skinner" not in winners_read(_OPENING + text), text


def _firsts(text: str) -> dict[str, str | None]:
    """Each winner read after the opening, with their seat."""
    return {name: where for name, (where, _) in winners_read(_OPENING + text).items()}


def test_won_by_a_party_alone_reads_no_winner_whoever_was_named_before() -> None:
    # Nobody after "by": the person named before the verb is no winner. (Seventeenth session:
    # the party's candidate, known only by party, is; the empty name is theirs.)
    assert _firsts("Jane Smith said Gower was won by Labour.") == {"": "Gower"}
    # The control: a person after "by" is.
    assert _firsts("Labour said Gower was won by Jane Smith.") == {"Jane Smith": "Gower"}


def test_a_party_outside_the_gap_before_the_winner_does_not_hide_the_winner() -> None:
    # A party named before "won by", or after the winner, is no word between them.
    assert _firsts("Gower was won by Jane Smith of Labour.") == {"Jane Smith": "Gower"}
    text = "Bridgend was won by Labour and Gower was won by Jane Smith."
    assert _firsts(text) == {"Jane Smith": "Gower"}


def test_a_party_after_other_words_than_a_title_is_no_winners_label() -> None:
    # "won by 5,000 votes over Labour's Jane Smith": the margin, and she is the loser.
    assert "Jane Smith" not in _firsts("Gower was won by 5,000 votes over Labour's Jane Smith.")
    # The control: the party as her label alone makes her the winner.
    assert _firsts("Gower was won by Labour's Jane Smith.") == {"Jane Smith": "Gower"}


def test_the_seat_right_before_the_verb_is_the_subject_not_an_earlier_one() -> None:
    # Two seats before the verb: the last is its subject.
    assert _firsts("After Bridgend, Gower was won by Jane Smith.") == {"Jane Smith": "Gower"}


def test_a_won_by_with_no_subject_seat_does_not_end_the_sentences_reading() -> None:
    # "The vote was won by …" has no seat for its subject; the next clause has one.
    text = "The vote was won by John Brown's side, and Gower was won by Jane Smith."
    assert _firsts(text) == {"Jane Smith": "Gower"}


def test_the_seat_in_a_story_naming_none_reads_no_winner() -> None:
    # "The seat" stands for the story's seat; with none named, for nothing.
    assert _firsts("The seat was won by Jane Smith.") == {}
    # The control: with a seat named before, it stands for that one.
    assert _firsts("Gower declared at 3am.\n\nThe seat was won by Jane Smith.") == {
        "Jane Smith": "Gower"
    }


def test_a_winner_tied_to_another_seat_does_not_end_the_sentences_reading() -> None:
    # John Brown was read in Bridgend: whether he won Gower is unsure, and Ann Lee's win after
    # him is read all the same.
    text = (
        "John Brown was elected in Bridgend, and Gower was won by John Brown, and Cardiff North"
        " was won by Ann Lee."
    )
    firsts = _firsts(text)
    assert firsts["Ann Lee"] == "Cardiff North"
    assert firsts["John Brown"] == "Bridgend"


def test_a_seat_named_as_no_subject_of_won_by_gives_its_winner_nothing() -> None:
    # "Gower's Labour members said the leadership contest was won by Jane Smith": the seat is
    # not what was won.
    text = "Gower's Labour members said the leadership contest was won by Jane Smith."
    assert _firsts(text) == {}
    # The control: the seat as the subject.
    assert _firsts("Gower was won by Jane Smith.") == {"Jane Smith": "Gower"}


def test_a_winner_read_before_keeps_the_first_reading() -> None:
    # "The seat was won by …" after her win was read tightly: the loose second reading does
    # not replace it.
    text = _OPENING + "Jane Smith won Gower. The seat was won by Jane Smith with 20,000 votes."
    where, fig = winners_read(text)["Jane Smith"]
    assert where == "Gower"
    assert fig.span is not None
    assert fig.span.end <= text.index("The seat")
    # A placing read before is kept too.
    assert _firsts("Jane Smith came second in Gower. Gower was won by Jane Smith.") == {}


def test_the_seat_tie_says_whether_the_seat_was_named_or_stood_for() -> None:
    (_, named) = winners_read(_OPENING + "Gower was won by Jane Smith.")["Jane Smith"]
    assert named.grounds is not None
    assert named.grounds.seat == "Gower, the subject of “won by”"
    text = _OPENING + "Gower declared at 3am.\n\nThe seat was won by Jane Smith."
    (_, stood) = winners_read(text)["Jane Smith"]
    assert stood.grounds is not None
    assert stood.grounds.seat == "Gower, the seat “The seat” stands for"


def test_a_won_by_read_before_does_not_end_the_sentences_reading() -> None:
    # Her win read already: Ann Lee's win after it is read all the same.
    text = "Jane Smith won Gower. Gower was won by Jane Smith, and Bridgend was won by Ann Lee."
    assert _firsts(text) == {"Jane Smith": "Gower", "Ann Lee": "Bridgend"}


def test_a_seat_named_before_another_subject_of_won_by_is_not_what_was_won() -> None:
    """ "At the Gower count, the raffle was won by Jane Smith": Gower is named, but the raffle is
    what was won; only a seat right before the verb (or its "seat", "which") is its subject."""
    assert _firsts("At the Gower count, the raffle was won by Jane Smith.") == {}
    # The control: the seat as the subject.
    assert _firsts("At the count, Gower was won by Jane Smith.") == {"Jane Smith": "Gower"}


def test_a_winner_already_placed_does_not_end_the_reading_of_the_next_won_by() -> None:
    """Jane Smith's win of Gower is read before; "the seat was won by Jane Smith" adds nothing,
    and John Brown's win of Bridgend after it in the same sentence is still read."""
    text = (
        "Jane Smith won Gower.\n\n"
        "The seat was won by Jane Smith with 20,000 votes, and Bridgend was won by John Brown."
    )
    assert _firsts(text) == {"Jane Smith": "Gower", "John Brown": "Bridgend"}


def test_a_person_named_after_won_by_but_tied_to_another_seat_is_not_placed_there() -> None:
    """ "Bridgend was won by John Brown, and Gower was won by Jane Smith": the reader ties John
    Brown to the seat named after him (Gower), not to Bridgend, so his win is unsure and is not
    read, and he is not made a Gower candidate either: his 12,000 votes stay unplaced."""
    text = (
        _OPENING + "Bridgend was won by John Brown, and Gower was won by Jane Smith. "
        "John Brown polled 12,000 votes."
    )
    assert seats_read(text)["John Brown"] != "Gower"
    assert winners_read(text)["Jane Smith"][0] == "Gower"


def test_a_quoted_rumour_of_a_win_does_not_end_the_reading_of_the_win_reported_after_it() -> None:
    """The quoted "Bridgend was won by John Brown" is a rumour, not a result; Jane Smith's win
    of Gower later in the same sentence is the report."""
    text = (
        '"Bridgend was won by John Brown" was the rumour at midnight, but Gower was won by'
        " Jane Smith."
    )
    assert _firsts(text) == {"Jane Smith": "Gower"}
