"""The twentieth session's whole-module mutation runs of the reader (docs/testing.md,
"Session 20"): each test pins a behaviour that a mutant of a small reader module changed and
no existing test caught.

The sentences are written here in the patterns of the committed examples; none is copied
from an article.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Document, OutcomeClaim


def _article(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _votes(text: str) -> dict[str, int | None]:
    return {
        c.name: int(c.votes.value) if c.votes else None
        for contest in _article(text).contests
        for c in contest.candidates
        if c.name
    }


# -- claims/bare_scores.py ------------------------------------------------------------------


def test_a_bare_score_counts_from_a_hundred_in_exact_digits() -> None:
    # A count under a hundred, or one said roughly, is no seat's tally of votes: the score is
    # left to other readings. A hundred is the least a bare count is read at.
    assert _votes("Jane Smith won Gower with 130, closely followed by John Brown with 100.") == {
        "Jane Smith": 130,
        "John Brown": 100,
    }
    for text in (
        "Jane Smith won Gower with 130, closely followed by John Brown with 99.",
        "Jane Smith won Gower with 99, closely followed by John Brown with 98.",
        "Jane Smith won Gower with about 23,885, closely followed by John Brown with 23,008.",
    ):
        assert set(_votes(text).values()) == {None}, text


def test_a_score_whose_rival_is_a_party_not_a_person_is_left_unread() -> None:
    # "closely followed by Labour with N": no rival named, so whose count it is is unsure.
    text = "Jane Smith won Gower with 23,885, closely followed by Labour with 23,008."
    assert _votes(text) == {"Jane Smith": None}


def test_a_bare_score_is_read_after_a_turnout_read_earlier_in_its_sentence() -> None:
    text = (
        "On a turnout of 65.2%, Jane Smith won Gower with 23,885, closely followed by John "
        "Brown with 23,008."
    )
    assert _votes(text) == {"Jane Smith": 23885, "John Brown": 23008}


def test_a_rivals_count_dated_to_another_election_is_no_score() -> None:
    # The rival's count is their 2017 tally: the winner's count is not set against it.
    text = (
        "Jane Smith won Gower with 23,885, closely followed by John Brown with 23,008 votes "
        "in 2017."
    )
    assert _votes(text)["Jane Smith"] is None


def test_a_bare_score_is_read_after_other_counts_earlier_in_its_sentence() -> None:
    text = (
        "After 41,000 leaflets and 300 meetings, Jane Smith won Gower with 23,885, closely "
        "followed by John Brown with 23,008."
    )
    assert _votes(text) == {"Jane Smith": 23885, "John Brown": 23008}


def test_a_rivals_count_is_read_only_when_the_rivals_words_lead_straight_to_it() -> None:
    # "whose party polled N": the count is the party's, not the rival's tally.
    text = (
        "Jane Smith won Gower with 23,885, closely followed by John Brown, whose party polled "
        "23,008."
    )
    assert set(_votes(text).values()) == {None}


def test_a_bare_score_is_read_after_an_earlier_ahead_of_that_names_no_rival() -> None:
    # "41,000, ahead of Labour's 300": a lead with no person after it is passed over, and the
    # score later in the sentence is still read.
    text = (
        "Delivering leaflets to 41,000, ahead of Labour's 300, Jane Smith won Gower with "
        "23,885, closely followed by John Brown with 23,008."
    )
    assert _votes(text) == {"Jane Smith": 23885, "John Brown": 23008}


def test_a_bare_score_ending_a_paragraph_without_a_full_stop_is_read() -> None:
    text = (
        "Jane Smith won Gower with 23,885, closely followed by John Brown with 23,008\n\n"
        "The count ended at dawn."
    )
    assert _votes(text) == {"Jane Smith": 23885, "John Brown": 23008}


def test_a_bare_score_is_read_only_with_the_verb_of_winning_right_after_the_winner() -> None:
    # An aside between the name and "won": the shape read leaves it to other readings.
    text = (
        "Jane Smith, backed by the unions, won Gower with 23,885, closely followed by John "
        "Brown with 23,008."
    )
    assert set(_votes(text).values()) == {None}


def test_a_bare_score_leaves_a_third_persons_votes_after_it_to_be_read() -> None:
    text = (
        "Jane Smith won Gower with 23,885, closely followed by John Brown with 23,008, while "
        "Ann Jones polled 5,100 votes (10.2%)."
    )
    assert _votes(text) == {"Jane Smith": 23885, "John Brown": 23008, "Ann Jones": 5100}


def test_a_rivals_bare_count_is_read_though_the_winners_was_read_before() -> None:
    text = (
        "Jane Smith took 23,885 votes to hold Gower.\n\nSmith won with 23,885, closely followed "
        "by John Brown with 23,008."
    )
    assert _votes(text) == {"Jane Smith": 23885, "John Brown": 23008}


def test_a_bare_score_ties_the_winners_count_to_the_subject_of_winning() -> None:
    text = "Jane Smith won Gower with 23,885, closely followed by John Brown with 23,008."
    (gower,) = _article(text).contests
    (smith,) = [c for c in gower.candidates if c.name == "Jane Smith"]
    assert smith.votes is not None
    assert smith.votes.grounds is not None
    assert smith.votes.grounds.subject == "Jane Smith, the subject of the verb of winning"
    assert "subject" not in smith.votes.grounds.loose


def test_a_bare_score_in_a_sentence_of_two_seats_puts_the_winner_in_her_clauses_seat() -> None:
    text = (
        "In Gower, Jane Smith won with 23,885, closely followed by John Brown with 23,008, "
        "while in Neath Labour held on."
    )
    (smith,) = [
        c
        for contest in _article(text).contests
        for c in contest.candidates
        if c.name == "Jane Smith"
    ]
    assert smith.votes is not None
    assert smith.votes.grounds is not None
    assert smith.votes.grounds.seat == "Gower, the seat whose clause Jane Smith is named in"
    assert "seat" not in smith.votes.grounds.loose


# -- claims/loss_lists.py -------------------------------------------------------------------


def _gains(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (c.contest, c.candidate, c.party)
        for c in _article(text).claims
        if isinstance(c, OutcomeClaim) and c.verb == "gain"
    ]


def test_a_lost_seat_still_to_be_declared_is_passed_over_and_the_next_row_read() -> None:
    text = "Ann Jones, Neath (to be declared)\nJane Smith, Bath (to John Brown - Conservative)\n"
    assert _gains(text) == [("Bath", "John Brown", "Conservative")]


def test_an_aside_opening_with_to_does_not_decide_whether_a_story_is_read() -> None:
    # Figures this reader leaves alone ("NAME (party) N" inside a sentence) stay unread
    # whether or not an aside such as "(to be declared …)" stands beside them.
    plain = (
        "The count in Gower saw Jane Smith (Labour) 23,885 and John Brown (Conservative) 23,008."
    )
    aside = (
        "The count in Gower (to be declared at dawn) saw Jane Smith (Labour) 23,885 and John "
        "Brown (Conservative) 23,008."
    )
    assert _votes(aside) == _votes(plain)


def test_a_lost_seats_row_is_read_after_a_seat_named_on_the_line_before() -> None:
    text = "Labour seats lost in Neath and\nJane Smith, Bath (to John Brown - Conservative)\n"
    assert _gains(text) == [("Bath", "John Brown", "Conservative")]


def test_a_lost_seats_row_naming_no_winners_party_is_left_alone_and_the_next_row_read() -> None:
    text = "Jane Smith, Bath (to John Brown)\nAnn Jones, Neath (to Tom Hill - Conservative)\n"
    assert _gains(text) == [("Neath", "Tom Hill", "Conservative")]


def test_a_row_with_more_in_its_brackets_is_passed_over_and_the_next_row_read() -> None:
    text = (
        "Ann Jones, Neath (to Tom Hill - Conservative, after a recount)\n"
        "Jane Smith, Bath (to John Brown - Conservative)\n"
    )
    assert _gains(text) == [("Bath", "John Brown", "Conservative")]


def test_a_lost_seats_row_is_read_in_a_story_opening_with_a_blank_line() -> None:
    text = "\nJane Smith, Bath (to John Brown - Conservative)\n"
    assert _gains(text) == [("Bath", "John Brown", "Conservative")]


def test_what_stands_before_the_body_does_not_decide_whether_the_body_is_read() -> None:
    # Front matter holding a row's brackets: the body alone decides whether it is read.
    body = "The count in Gower saw Jane Smith (Labour) 23,885 and John Brown (Conservative) 23,008."
    front = "---\nnote: (to John Brown - Conservative)\n---\n"
    plain = read_prose(Document(path="story.md", text=body))
    fronted = read_prose(
        Document(path="story.md", text=front + body, metadata={"body_start": len(front)})
    )
    assert [c.name for k in fronted.contests for c in k.candidates] == [
        c.name for k in plain.contests for c in k.candidates
    ]


def test_brackets_after_a_seat_with_no_losers_name_before_it_are_no_row() -> None:
    # "Labour lost Neath (to …)" is no row of a list: the next line's row is still read.
    text = (
        "Labour lost Neath (to Tom Hill - Conservative)\n"
        "Jane Smith, Bath (to John Brown - Conservative)\n"
    )
    gains = _gains(text)
    assert ("Bath", "John Brown", "Conservative") in gains
    assert ("Neath", "Tom Hill", "Conservative") not in gains


def test_a_lost_seats_row_says_how_its_gain_and_its_winners_place_were_read() -> None:
    article = _article("Jane Smith, Bath (to John Brown - Conservative)\n")
    (gain,) = [c for c in article.claims if isinstance(c, OutcomeClaim)]
    assert gain.grounds is not None
    assert gain.grounds.what == "a row of a list of seats lost: “(to …)” names who took it"
    (brown,) = [c for k in article.contests for c in k.candidates if c.name == "John Brown"]
    assert brown.rank is not None
    assert brown.rank.grounds is not None
    assert brown.rank.grounds.what == "a row of a list of seats lost: “(to …)” names who won it"
    assert brown.rank.grounds.subject == "John Brown, named in the row's brackets"
    assert brown.rank.grounds.seat == "Bath, the seat the row names"
    assert brown.rank.grounds.loose == ()


def test_a_row_shape_inside_a_line_is_no_row_and_the_next_line_is_read() -> None:
    text = (
        "Also out: Ann Jones, Neath (to Tom Hill - Conservative)\n"
        "Jane Smith, Bath (to John Brown - Conservative)\n"
    )
    gains = _gains(text)
    assert ("Bath", "John Brown", "Conservative") in gains
    assert ("Neath", "Tom Hill", "Conservative") not in gains


def test_a_rows_winner_already_placed_in_the_seat_keeps_the_place_first_read() -> None:
    # The row does not overwrite a placing the story gave before it.
    text = "John Brown came second in Bath.\n\nJane Smith, Bath (to John Brown - Conservative)\n"
    (brown,) = [c for k in _article(text).contests for c in k.candidates if c.name == "John Brown"]
    assert brown.rank is not None
    assert brown.rank.value == 2


# -- tallied.py -----------------------------------------------------------------------------


_TALLY = "The DUP took ten seats on Thursday night, while Sylvia Hermon kept North Down."


def _change_ties(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (c.amount.text, c.amount.grounds.loose)
        for c in _article(text).claims
        if isinstance(c, ChangeClaim) and c.amount is not None and c.amount.grounds is not None
    ]


def test_a_tallied_partys_figure_says_it_may_be_the_partys_across_its_seats() -> None:
    (change,) = [
        c
        for c in _article(f"{_TALLY}\n\nThe DUP's share of the vote rose by 14.5%.").claims
        if isinstance(c, ChangeClaim)
    ]
    assert change.amount is not None
    assert change.amount.grounds is not None
    assert change.amount.grounds.seat.endswith(
        "(won ten): the party's figure may be its figure across them"
    )


def test_a_seats_person_opening_the_sentence_keeps_a_tallied_partys_figure_in_the_seat() -> None:
    text = f"{_TALLY}\n\nSylvia Hermon held on as the DUP's share of the vote rose by 14.5%."
    assert _change_ties(text) == [("14.5", ())]


def test_a_seats_person_named_in_an_earlier_sentence_does_not_keep_the_tie() -> None:
    text = (
        "Polls closed at ten. Sylvia Hermon kept North Down, while the DUP took ten seats. "
        "The DUP's share of the vote rose by 14.5%."
    )
    assert _change_ties(text) == [("14.5", ("seat",))]


def test_a_seats_person_named_in_a_later_sentence_does_not_keep_the_tie() -> None:
    text = f"{_TALLY}\n\nThe DUP's share of the vote rose by 14.5%. Sylvia Hermon was pleased."
    assert _change_ties(text) == [("14.5", ("seat",))]


def test_each_tallied_partys_figure_is_weighed_on_its_own_sentence() -> None:
    # The first figure's sentence names the seat's MP, the second's does not.
    text = (
        f"{_TALLY}\n\nThe DUP's share of the vote rose by 14.5% as Sylvia Hermon held on.\n\n"
        "The DUP's vote rose by 4,000."
    )
    assert _change_ties(text) == [("14.5", ()), ("4,000", ("seat",))]


def test_a_tallied_story_ending_without_a_full_stop_is_read() -> None:
    text = f"{_TALLY}\n\nThe DUP's share of the vote rose by 14.5% as Sylvia Hermon held on"
    assert _change_ties(text) == [("14.5", ())]


# -- claims/party_participles.py ------------------------------------------------------------


def test_a_share_after_a_participle_with_no_party_before_it_stays_the_persons() -> None:
    # No party opens the clause: the participle's share is left to the person's readings.
    text = "Jane Smith held Wigan, winning 45.2% of the vote for Labour."
    shares = [
        (c.name, c.share.value) for k in _article(text).contests for c in k.candidates if c.share
    ]
    assert shares == [("Jane Smith", Decimal("45.2"))]


def _party_shares(text: str) -> list[tuple[str | None, str | None, Decimal, str]]:
    return [
        (k.name, c.party, c.share.value, c.share.grounds.subject)
        for k in _article(text).contests
        for c in k.candidates
        if c.share is not None and c.share.grounds is not None
    ]


def test_a_participles_share_names_the_party_opening_the_sentence() -> None:
    text = "The Conservatives held Wigan, winning 45.2% of the vote."
    assert _party_shares(text) == [
        (
            "Wigan",
            "Conservative",
            Decimal("45.2"),
            "Conservative, the party opening the sentence the participle hangs on",
        )
    ]


def test_a_partys_share_read_before_is_not_replaced_by_a_participles() -> None:
    text = (
        "Labour held Wigan with 45.2% of the vote.\n\nLabour held Wigan, winning 46.0% of the vote."
    )
    assert [share for _, _, share, _ in _party_shares(text)] == [Decimal("45.2")]


def test_a_participles_share_with_no_seat_is_left_unread() -> None:
    assert _party_shares("The Conservatives held on, winning 45.2% of the vote.") == []


def test_a_participles_share_with_another_party_between_says_so_and_is_loose() -> None:
    text = "The DUP held Lagan Valley against an Alliance challenge, winning 33.1% of the vote."
    (share,) = [
        c.share for k in _article(text).contests for c in k.candidates if c.share is not None
    ]
    assert share.grounds is not None
    assert share.grounds.subject == (
        "Democratic Unionist Party, the party opening the sentence the participle hangs on, "
        "another party named between"
    )
    assert "subject" in share.grounds.loose


# -- claims/turnout_cards.py ----------------------------------------------------------------


def test_a_cards_turnout_says_it_was_read_from_the_cards_turnout_block() -> None:
    card = (
        "Gower\n\nParliamentary constituency\n\n  • LAB majority: 1,837\n"
        "  • Registered voters: 61,762\n  • % share: 71.9%\n  • Change since 2017: -2.0\n\n"
        "Vote share\n"
    )
    (gower,) = _article(card).contests
    assert gower.turnout is not None
    assert gower.turnout.grounds is not None
    assert gower.turnout.grounds.what == (
        "the “% share” of a card's turnout block, between “Registered voters” and “Change since”"
    )


def test_a_cards_turnout_change_says_it_is_in_points_by_the_cards_convention() -> None:
    card = (
        "Gower\n\nParliamentary constituency\n\n  • LAB majority: 1,837\n"
        "  • Registered voters: 61,762\n  • % share: 71.9%\n  • Change since 2017: -2.0\n\n"
        "Vote share\n"
    )
    (change,) = [c for c in _article(card).claims if isinstance(c, ChangeClaim)]
    assert change.amount is not None
    assert change.amount.grounds is not None
    assert change.amount.grounds.what == (
        "a card's “Change since” under its turnout: the turnout's change, in points as cards "
        "write it"
    )
    assert "what" in change.amount.grounds.loose


def test_a_cards_change_with_no_sign_gives_no_direction_and_is_left_unread() -> None:
    card = (
        "Gower\n\nParliamentary constituency\n\n  • LAB majority: 1,837\n"
        "  • Registered voters: 61,762\n  • % share: 71.9%\n  • Change since 2017: 2.0\n\n"
        "Vote share\n"
    )
    assert [c for c in _article(card).claims if isinstance(c, ChangeClaim)] == []
