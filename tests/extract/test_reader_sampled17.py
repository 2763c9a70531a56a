"""The seventeenth session's samples of the reader's never-run mutants (docs/testing.md,
"Session 17"): each test pins a behaviour a sampled mutant changed and no test caught.

The sentences are written here in the patterns of the committed examples; none is copied
from an article.
"""

from __future__ import annotations

from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Direction, Document, OutcomeClaim, Quantity


def _article(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _votes(text: str) -> dict[str, int]:
    return {
        c.name: int(c.votes.value)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.name and c.votes is not None
    }


# -- claims/bare_scores.py ------------------------------------------------------------------


def test_two_equal_bare_counts_are_no_winners_score() -> None:
    # A winner's count must be the larger: equal counts "won with N, ahead of X on N" say
    # something else (a slip, or another count), so neither is read as votes.
    text = (
        "Plaid Cymru held Carmarthen East and Dinefwr, the count's votes showed. "
        "Jonathan Edwards won with 14,500, ahead of Labour's David Darkin on 14,500."
    )
    assert _votes(text) == {}


def test_a_bare_scores_counts_say_how_each_was_read() -> None:
    # The grounds are what a reader of the report sees: each count says which wording tied it.
    text = (
        "Plaid Cymru held Carmarthen East and Dinefwr, the count's votes showed. "
        "Jonathan Edwards won with 16,127, ahead of Labour's David Darkin on 12,219."
    )
    grounds = {
        c.name: c.votes.grounds
        for contest in _article(text).contests
        for c in contest.candidates
        if c.votes is not None
    }
    winner, rival = grounds["Jonathan Edwards"], grounds["David Darkin"]
    assert winner is not None
    assert rival is not None
    assert winner.what.startswith("“won … with N”, set against a rival's smaller count")
    assert rival.what == "“followed by / ahead of NAME with N” after the winner's count"
    assert rival.subject == "David Darkin, the rival named right before it"


def _firsts(text: str) -> set[tuple[str | None, str | None]]:
    return {
        (contest.name, c.name)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.rank is not None and c.rank.value == 1
    }


# -- claims/beat_winners.py -----------------------------------------------------------------


def test_a_win_over_a_rival_is_not_placed_in_either_of_two_seats_named_after_it() -> None:
    # "X beat Y" with no seat right after Y: the two seats later in the sentence are another
    # clause's, so X is first in neither (even with exactly two seats named).
    text = "Jane Smith beat John Brown, and Labour held Wigan and Makerfield."
    assert _firsts(text) == set()


def test_a_round_ups_winner_named_with_a_seat_before_wins_it_by_beating_a_rival_later() -> None:
    # Several seats in the story and none in the sentence: the seat is the one the winner
    # was named with earlier, so the win is theirs there.
    text = (
        "Lisa Nandy held Wigan. Jane Smith, the Conservative candidate in Bolsover, was "
        "confident.\n\nJane Smith defeated John Brown."
    )
    assert ("Bolsover", "Jane Smith") in _firsts(text)


def test_a_win_over_a_rival_said_after_a_first_place_keeps_the_first_place() -> None:
    # Already first ("came first"), then "beat" a rival: the same place said again.
    text = "In Bolsover, Jane Smith came first. Jane Smith beat John Brown in Bolsover."
    assert _firsts(text) == {("Bolsover", "Jane Smith")}


# -- claims/loss_lists.py -------------------------------------------------------------------


def test_a_lost_seats_row_naming_no_party_does_not_stop_the_rows_after_it() -> None:
    # Two rows on consecutive lines are one sentence: the first names no party the reader
    # knows ("Residents"), the second is read all the same.
    text = (
        "Jane Smith, Gower (to John Brown - Residents)\nAnn Roe, Bath (to Mary Poe - Conservative)"
    )
    assert _firsts(text) == {("Bath", "Mary Poe")}
    (gain,) = [c for c in _article(text).claims if isinstance(c, OutcomeClaim)]
    assert (gain.contest, gain.party, gain.verb) == ("Bath", "Conservative", "gain")


# -- claims/people_lists.py -----------------------------------------------------------------


def test_a_list_said_to_have_won_their_seats_places_each_first_and_says_no_gain() -> None:
    # "won their seats" says each came first, not that a seat changed hands or was held.
    text = (
        "In Gower, Labour's Jane Smith polled 20,000 votes. In Neath, Labour's John Brown "
        "polled 18,000 votes.\n\nJane Smith and John Brown both won their seats."
    )
    assert _firsts(text) == {("Gower", "Jane Smith"), ("Neath", "John Brown")}
    assert [c for c in _article(text).claims if isinstance(c, OutcomeClaim)] == []


# -- claims/results_lists.py ----------------------------------------------------------------


def test_a_partys_line_under_a_seats_heading_is_that_seats() -> None:
    text = (
        "Labour held Gower and Neath.\n\nGower\n\nLabour 20,000\n\nConservative 15,000\n\n"
        "Neath\n\nLabour 18,000\n\nPlaid Cymru 9,000"
    )
    labour = {
        k.name: int(c.votes.value)
        for k in _article(text).contests
        for c in k.candidates
        if c.party == "Labour" and c.votes is not None
    }
    assert labour == {"Gower": 20000, "Neath": 18000}


# -- claims/turnout_cards.py ----------------------------------------------------------------

_CARD = (
    "{seat}\n\nParliamentary constituency\n\n  • Votes cast were counted overnight\n\n"
    "  • LAB majority: 5,000\n  • Registered voters: 60,000\n  • % share: 65.5%\n"
    "  • Change since 2017: -2.0\n\nVote share\n"
)


def test_a_cards_turnout_is_read_only_for_a_seat_tied_tightly() -> None:
    # One card: its seat is the story's, and the block's "% share" is its turnout. Two cards:
    # each block's seat is only carried from an earlier paragraph of a story of two seats,
    # a loose tie the reading declines (it never guesses a card's seat).
    one = _article(_CARD.format(seat="Neath"))
    assert [(k.name, k.turnout.text) for k in one.contests if k.turnout] == [("Neath", "65.5")]
    two = _article(_CARD.format(seat="Gower") + "\n\n" + _CARD.format(seat="Neath"))
    assert [k.name for k in two.contests if k.turnout is not None] == []


# -- frame.py -------------------------------------------------------------------------------


def test_a_count_far_after_the_nearest_of_two_people_is_tied_to_them_loosely() -> None:
    # Two people before the count, the nearer more than 60 characters back and no "who"
    # between: the count is probably hers, but the tie is a guess.
    text = (
        "In Gower, Labour held the seat. John Brown watched as Jane Smith of the Green Party "
        "fought a long and hard campaign in the villages and in the town and won 2,000 votes."
    )
    (smith,) = [c for k in _article(text).contests for c in k.candidates if c.votes]
    assert smith.name == "Jane Smith"
    assert smith.votes is not None
    assert smith.votes.grounds is not None
    assert smith.votes.grounds.subject == "Jane Smith, the nearest of 2 people named before it"
    assert "subject" in smith.votes.grounds.loose


# -- tallied.py -----------------------------------------------------------------------------


def test_a_tally_of_two_seats_already_makes_a_partys_share_loose() -> None:
    # Two seats are a count across seats: the party's share may be across both, not the one
    # seat the story names (one seat is no such count: tests/test_tallied.py).
    text = (
        "The DUP took two seats on Thursday night, while Sylvia Hermon kept North Down.\n\n"
        "The DUP's share of the vote rose by 14.5%."
    )
    (change,) = [c for c in _article(text).claims if isinstance(c, ChangeClaim)]
    assert change.amount is not None
    assert change.amount.grounds is not None
    assert "seat" in change.amount.grounds.loose
    # (Twentieth session's mutation run of tallied.py) the tie says the tally it counts.
    assert "counts Democratic Unionist Party's seats (won two)" in change.amount.grounds.seat


# -- claims/ranks.py ------------------------------------------------------------------------


def test_a_drop_from_one_place_to_another_is_a_change_of_place_and_the_later_place() -> None:
    text = "In Ludlow, the Conservatives held the seat. Jane Smith dropped from third to fifth."
    article = _article(text)
    (change,) = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert change.quantity is Quantity.RANK
    assert change.candidate == "Jane Smith"
    assert change.direction is Direction.DOWN
    assert change.previous is not None
    assert change.current is not None
    assert (int(change.previous.value), int(change.current.value)) == (3, 5)
    assert ("Ludlow", "Jane Smith") not in _firsts(text)
    (smith,) = [c for k in article.contests for c in k.candidates if c.name == "Jane Smith"]
    assert smith.rank is not None
    assert smith.rank.value == 5


# -- claims/margins.py ----------------------------------------------------------------------


def test_the_difference_between_two_people_is_the_seats_margin_not_a_count() -> None:
    text = "The difference between Jane Smith and John Brown in Gower was 1,200 votes."
    article = _article(text)
    (gower,) = article.contests
    assert gower.majority is not None
    assert gower.majority.text == "1,200"
    assert _votes(text) == {}


# -- claims/overturned.py -------------------------------------------------------------------


def test_a_party_overturning_a_persons_majority_keeps_that_person_as_the_one_who_held_it() -> None:
    text = "The Liberal Democrats overturned Conservative John Brown's 2,137 majority in Bath."
    (gain,) = [c for c in _article(text).claims if isinstance(c, OutcomeClaim)]
    assert (gain.contest, gain.party, gain.verb) == ("Bath", "Liberal Democrat", "gain")
    assert gain.grounds is not None
    assert gain.grounds.held_by == "John Brown"


def test_a_person_overturning_a_majority_in_a_seat_named_after_gains_that_seat() -> None:
    # Two seats in the sentence: the one named after "majority" is the gain's, tightly.
    text = "In Gower, Labour held on, while Jane Smith overturned a Conservative majority in Bath."
    (gain,) = [c for c in _article(text).claims if isinstance(c, OutcomeClaim)]
    assert (gain.contest, gain.from_party, gain.verb) == ("Bath", "Conservative", "gain")
    assert gain.grounds is not None
    assert gain.grounds.seat == "Bath, named in the phrase"


# -- claims/party_winners.py ----------------------------------------------------------------


def test_a_party_that_won_the_seat_is_first_in_the_seat_carried_from_before() -> None:
    text = "The count in Gower was late.\n\nLabour won the seat with ease."
    (gower,) = _article(text).contests
    (labour,) = gower.candidates
    assert labour.party == "Labour"
    assert labour.rank is not None
    assert labour.rank.value == 1


def test_each_clause_opening_with_a_seat_ties_its_persons_count_to_it() -> None:
    text = (
        "In Gower, Jane Smith polled 20,000 votes, while in Neath, John Brown polled 18,000 votes."
    )
    ties = {
        (k.name, c.name): (c.votes.grounds.seat, c.votes.grounds.loose)
        for k in _article(text).contests
        for c in k.candidates
        if c.votes is not None and c.votes.grounds is not None
    }
    assert ties == {
        ("Gower", "Jane Smith"): ("Gower, the seat whose clause Jane Smith is named in", ()),
        ("Neath", "John Brown"): ("Neath, the seat whose clause John Brown is named in", ()),
    }


# -- claims/people.py -----------------------------------------------------------------------


def test_each_line_of_a_list_of_seats_winners_places_its_one_person_first() -> None:
    text = (
        "1. North Down – Jane Smith – Ind – 20,913 votes\n\n"
        "2. Strangford – John Brown – DUP – 18,000 votes\n\n"
        "3. Lagan Valley – Ann Roe – Alliance – 17,000 votes"
    )
    assert _firsts(text) == {
        ("North Down", "Jane Smith"),
        ("Strangford", "John Brown"),
        ("Lagan Valley", "Ann Roe"),
    }
    assert _votes(text) == {"Jane Smith": 20913, "John Brown": 18000, "Ann Roe": 17000}
