"""The twenty-first session's whole-module mutation runs of the reader (docs/testing.md,
"Session 21"): each test pins a behaviour that a mutant of a reader module changed and no
existing test caught.

The sentences and cards are written here in the patterns of the committed examples; none is
copied from an article.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.extract.headings import DatedBlocks
from factcheck.extract.reader import read_prose
from factcheck.models import (
    Article,
    ChangeClaim,
    Direction,
    Document,
    Figure,
    OutcomeClaim,
    Quantity,
)


def _article(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _turnout_changes(article: Article) -> list[ChangeClaim]:
    return [
        c for c in article.claims if isinstance(c, ChangeClaim) and c.quantity is Quantity.TURNOUT
    ]


# -- claims/turnout_cards.py ----------------------------------------------------------------

# A card's turnout block with its fields on lines of their own, no bullets: one sentence.
_BLOCK = "Registered voters: 61,762\n% share: 71.9%\nChange since 2017: -2.0"


def test_a_card_opening_the_story_is_read_for_the_seat_the_story_names() -> None:
    # The block starts the text; the story's one seat is named after it.
    article = _article(_BLOCK + "\n\nGower stayed Labour.")
    (gower,) = article.contests
    assert gower.name == "Gower"
    assert gower.electorate is not None
    assert gower.electorate.value == 61762
    assert gower.turnout is not None
    assert gower.turnout.value == Decimal("71.9")
    (change,) = _turnout_changes(article)
    assert change.contest == "Gower"


def test_a_cards_turnout_change_written_with_a_percent_sign_is_still_in_points() -> None:
    card = (
        "Gower\n\n  • LAB majority: 1,837\n  • Registered voters: 61,762\n  • % share: 71.9%\n"
        "  • Change since 2017: -2.0%\n\nVote share\n"
    )
    (change,) = _turnout_changes(_article(card))
    assert change.contest == "Gower"
    assert change.since == "2017"
    assert change.amount is not None
    assert change.amount.value == Decimal("2.0")
    assert change.amount.unit.value == "points"


def test_a_persons_share_beside_a_change_since_an_election_is_still_theirs() -> None:
    # "change since" is a card's cue, but this share is in no card's block.
    article = _article(
        "Jane Smith won Gower with 45.5% of the vote, a change since 2017 of +3.1 points."
    )
    shares = {c.name: c.share.value for k in article.contests for c in k.candidates if c.share}
    assert shares == {"Jane Smith": Decimal("45.5")}
    article = _article("Labour held Gower. Turnout was 71.9%, a change since 2017 of 2 points.")
    (gower,) = article.contests
    assert gower.turnout is not None
    assert gower.turnout.value == Decimal("71.9")


def test_a_card_under_a_line_naming_its_seat_is_read_for_that_seat() -> None:
    article = _article("The Gower result\n" + _BLOCK)
    (gower,) = article.contests
    assert gower.turnout is not None
    assert gower.turnout.value == Decimal("71.9")
    assert gower.turnout.grounds is not None
    assert gower.turnout.grounds.seat == "Gower, named in the sentence"
    (change,) = _turnout_changes(article)
    assert change.contest == "Gower"


def test_a_card_under_a_line_naming_two_seats_is_left_unread() -> None:
    # Which of the two the card is, the line does not say.
    article = _article("Labour held Gower, and Swansea West next door\n" + _BLOCK)
    assert [k.turnout for k in article.contests if k.turnout is not None] == []
    assert _turnout_changes(article) == []


def test_a_cards_turnout_change_quotes_its_size_and_points_at_its_figure() -> None:
    text = "Labour held Gower.\n\n" + _BLOCK
    (change,) = _turnout_changes(_article(text))
    assert change.direction is Direction.DOWN
    assert change.amount is not None
    # The sign is the direction; the amount is the size of the change, as written.
    assert change.amount.text == "2.0"
    assert change.span is not None
    assert text[change.span.start : change.span.end] == "-2.0"


def test_a_cards_turnout_change_inside_quotation_marks_is_a_quoted_claim() -> None:
    text = "Labour held Gower.\n\n“" + _BLOCK + "”"
    (change,) = _turnout_changes(_article(text))
    assert change.amount is not None
    assert change.amount.quoted
    assert change.quoted


# -- claims/challengers.py ------------------------------------------------------------------


def _ranks(text: str) -> dict[tuple[str | None, str, str | None], int]:
    """(seat, name, party) -> place, for every candidate with a place read."""
    return {
        (k.name, c.name, c.party): int(c.rank.value)
        for k in _article(text).contests
        for c in k.candidates
        if c.rank is not None
    }


def _rank_of(text: str, name: str, party: str | None = None) -> Figure:
    found = [
        c.rank
        for k in _article(text).contests
        for c in k.candidates
        if c.rank is not None and c.name == name and (party is None or c.party == party)
    ]
    assert len(found) == 1, (text, found)
    return found[0]


def test_a_party_fought_off_by_name_alone_is_second() -> None:
    for text, party in (
        ("In Gower, Jane Smith managed to fight off Plaid to win by 1,200 votes.", "Plaid Cymru"),
        ("In Gower, Jane Smith saw off the challenge of Labour by 1,200 votes.", "Labour"),
    ):
        assert _ranks(text) == {("Gower", "", party): 2, ("Gower", "Jane Smith", None): 1}, text
        second = _rank_of(text, "", party)
        assert second.grounds is not None
        # The party is named as the challenge: tied explicitly; only the place is implied.
        assert second.grounds.subject == f"{party}, named as the challenge seen off"
        assert second.grounds.loose == ("what",)


def test_a_persons_challenge_seen_off_says_how_both_places_were_read() -> None:
    text = "In Gower, Jane Smith saw off the challenge of Labour's John Brown by 1,200 votes."
    second = _rank_of(text, "John Brown")
    assert second.grounds is not None
    assert second.grounds.what == (
        "“saw off the challenge of”: the main challenger beaten, so second by implication"
    )
    assert second.grounds.subject == "John Brown, named as the challenge seen off"
    assert second.grounds.loose == ("what",)
    first = _rank_of(text, "Jane Smith")
    assert first.grounds is not None
    assert first.grounds.what == (
        "“saw off the challenge of”: the challenge seen off, so the winner by implication"
    )
    assert first.grounds.subject == "Jane Smith, named before “saw off the challenge of”"


def test_a_challenger_in_a_sentence_of_several_seats_is_tied_to_the_nearest() -> None:
    text = (
        "Jane Smith saw off the challenge of Labour's John Brown in Gower, while Mary Jones "
        "held Neath."
    )
    assert _ranks(text) == {
        ("Gower", "John Brown", "Labour"): 2,
        ("Gower", "Jane Smith", None): 1,
        ("Neath", "Mary Jones", None): 1,
    }
    second = _rank_of(text, "John Brown")
    assert second.grounds is not None
    assert second.grounds.seat == "Gower, the nearest of 2 seats named in the sentence"


def test_the_party_before_the_challenge_is_the_challenger_not_one_named_after_it() -> None:
    text = "In Gower, Jane Smith held off the Labour challenge Plaid Cymru had warned about."
    assert ("Gower", "", "Labour") in _ranks(text)
    assert ("Gower", "", "Plaid Cymru") not in _ranks(text)


def test_a_challenge_named_by_no_party_places_no_one_second() -> None:
    text = "In Gower, Jane Smith saw off the Momentum challenge to win by 1,200 votes."
    assert 2 not in _ranks(text).values()


def test_each_challenge_seen_off_in_a_sentence_is_read_after_one_that_is_not() -> None:
    # The first challenge of each sentence is left unread, for its own reason; the second,
    # in another clause, is this election's and a seat's.
    for text in (
        # dated to an earlier election
        "In 2017, Jane Smith saw off the challenge of Labour's John Brown in Gower; this time "
        "she saw off the challenge of Plaid's Tom Evans.",
        # no challenger named
        "Jane Smith held off a late challenge in Gower, and Mary Jones saw off the challenge "
        "of Labour's John Brown in Neath.",
        # a region's, not a seat's
        "The Conservatives held off the challenge of UKIP in Essex, and in Gower Jane Smith "
        "saw off the challenge of Labour's John Brown.",
        # a round-up's general view
        "Labour largely held off Plaid; in Gower Jane Smith saw off the challenge of Labour's "
        "John Brown.",
        # a party with no one candidate: two seats named
        "Labour held off Plaid in Gower and Neath, while Jane Smith saw off the challenge of "
        "Labour's John Brown in Swansea West.",
        # the winner and the challenger read as one person (namesakes)
        "In Neath, Jane Smith saw off Jane Smith, and Mary Jones saw off the challenge of "
        "Plaid's Tom Evans.",
    ):
        seconds = [who for who, place in _ranks(text).items() if place == 2]
        assert len(seconds) == 1, text
        assert seconds[0][1] in ("John Brown", "Tom Evans"), text


def test_a_challenger_placed_already_leaves_the_next_challenge_to_be_read() -> None:
    text = (
        "Labour's John Brown came second in Gower.\n\nJane Smith saw off the challenge of John "
        "Brown in Gower, while in Neath Mary Jones saw off the challenge of Plaid's Tom Evans."
    )
    assert _ranks(text)[("Neath", "Tom Evans", "Plaid Cymru")] == 2


# -- headings.py ----------------------------------------------------------------------------


def _dated(text: str, story_year: str | None, figure: str) -> tuple[str, str | None] | None:
    """The heading and year dating ``figure`` in ``text`` to another election, if any."""
    block = DatedBlocks(text, story_year).at(text.index(figure))
    return None if block is None or block.story else (block.heading, block.year)


def test_a_notional_label_and_an_elections_heading_each_date_their_own_lines() -> None:
    text = "Gower\n2019 notional:\nC maj 22,609\n2024 Result:\nLab 11,029\n"
    assert [b.heading for b in DatedBlocks(text, "2024").blocks] == [
        "2019 notional:",
        "2024 Result",
    ]
    assert _dated(text, "2024", "22,609") == ("2019 notional:", None)
    assert _dated(text, "2024", "11,029") is None  # the story's own election


def test_each_of_three_headings_dates_the_list_under_it() -> None:
    text = "2010 Result:\nLab 7,799\n2015 Result:\nLab 8,000\n2017 Result:\nLab 9,000\n"
    assert _dated(text, "2017", "7,799") == ("2010 Result", "2010")
    assert _dated(text, "2017", "8,000") == ("2015 Result", "2015")
    assert _dated(text, "2017", "9,000") is None


def test_a_notional_label_inside_a_line_dates_only_the_rest_of_that_line() -> None:
    # A card's fields run together on one line: the figures after the label are the
    # notional result's; the list line under it is not.
    text = "Gower\nLab maj 810 (1.65%) 2019 notional: C maj 22,609 (43.09%)\nLab 11,029 (21.02%)\n"
    assert _dated(text, None, "810") is None
    assert _dated(text, None, "22,609") == ("2019 notional:", None)
    assert _dated(text, None, "11,029") is None


def test_a_notional_label_ending_its_line_dates_the_list_under_it() -> None:
    text = "Gower\n2019 notional:\nC maj 22,609\nLab 11,029\n\nJane Smith won the seat."
    assert _dated(text, None, "22,609") == ("2019 notional:", None)
    assert _dated(text, None, "11,029") == ("2019 notional:", None)
    assert _dated(text, None, "Jane Smith") is None


def test_a_line_of_prose_opening_on_an_elections_results_is_no_heading() -> None:
    text = (
        "Gower\n2017 general election results showed Labour ahead in the seat, as expected.\n"
        "Lab 22,000\n"
    )
    assert DatedBlocks(text, "2019").blocks == []
    assert _dated(text, "2019", "22,000") is None


def test_a_line_of_prose_opening_on_a_figure_ends_the_list_before_it() -> None:
    text = "2010 Result:\nLab 7,799\n22,000 people voted in the seat this time, more than ever.\n"
    assert _dated(text, "2017", "7,799") == ("2010 Result", "2010")
    assert _dated(text, "2017", "22,000") is None


def test_a_line_of_prose_opening_the_text_or_ending_it_is_no_heading() -> None:
    first = "2017 general election results showed Labour ahead in the seat.\nLab 22,000\n"
    assert DatedBlocks(first, "2019").blocks == []
    last = "Gower\n2017 general election results gave Labour 22,000 votes."
    assert _dated(last, "2019", "22,000") is None


def test_a_heading_line_of_a_hundred_characters_is_still_a_lists() -> None:
    words = (
        "2017 general election results for the seat of Gower as declared by the returning "
        "officer at the count in the leisure centre"
    )
    heading = words[:100]  # a list's line is at most a hundred characters
    assert len(heading) == 100
    text = "Gower\n" + heading + "\nLab 22,000\n"
    assert _dated(text, "2019", "22,000") == (heading[:29], "2017")
    longer = "Gower\n" + words[:101] + "\nLab 22,000\n"
    assert _dated(longer, "2019", "22,000") is None


def test_a_notional_label_on_a_last_line_with_no_break_dates_the_rest_of_it() -> None:
    text = "Gower: Lab maj 810 (1.65%) 2019 notional: C maj 22,609 (43.09%)"
    assert _dated(text, None, "810") is None
    assert _dated(text, None, "22,609") == ("2019 notional:", None)


# -- claims/overturned.py -------------------------------------------------------------------


def _gains(text: str) -> list[OutcomeClaim]:
    return [c for c in _article(text).claims if isinstance(c, OutcomeClaim) and c.verb == "gain"]


def test_a_majority_wiped_out_names_whose_it_was() -> None:
    (gain,) = _gains("Jane Smith wiped out Labour's majority in Gower.")
    assert (gain.contest, gain.candidate, gain.from_party) == ("Gower", "Jane Smith", "Labour")
    (gain,) = _gains("Jane Smith wiped out John Brown's majority in Gower.")
    assert (gain.contest, gain.candidate) == ("Gower", "Jane Smith")
    assert gain.grounds is not None
    assert gain.grounds.held_by == "John Brown"


def test_a_majority_wiped_out_by_no_one_named_is_no_ones_gain() -> None:
    assert _gains("The party wiped out John Brown's majority in Gower.") == []


def test_a_persons_overturned_majority_is_their_gain() -> None:
    gains = _gains(
        "Jane Smith won Gower. Labour's John Brown overturned a Conservative majority in Neath."
    )
    assert [(g.contest, g.candidate, g.party, g.from_party) for g in gains] == [
        ("Neath", "John Brown", "Labour", "Conservative")
    ]


def test_a_partys_overturned_majority_says_which_verb_said_it() -> None:
    (gain,) = _gains("Alliance overturned the DUP's majority in Gower.")
    assert gain.grounds is not None
    assert gain.grounds.what == "“overturned” a majority: the seat changed hands"
    assert gain.grounds.subject == "Alliance, named before “overturned”"
    assert gain.grounds.seat == "Gower, named after the words"
    assert gain.grounds.loose == ()


def test_each_majority_overturned_in_a_sentence_is_read_after_one_that_is_not() -> None:
    for text, seat in (
        # the government's majority: no seat's
        (
            "The result wiped out the government's working majority, as the Liberal Democrats "
            "overturned a Conservative majority of 4,000 in Gower.",
            "Gower",
        ),
        # dated to an earlier election
        (
            "In 2015 she overturned a majority of 2,000; this time Labour overturned a "
            "Conservative majority in Gower.",
            "Gower",
        ),
        # the first read already as a party's gain
        (
            "Labour overturned a Conservative majority in Gower, and Plaid overturned a Labour "
            "majority in Neath.",
            "Neath",
        ),
        # no one named as the first's subject
        (
            "The result wiped out a Conservative majority in Gower, and Jane Smith overturned a "
            "Labour majority in Neath.",
            "Neath",
        ),
        # the first's seat gained in words already
        (
            "Jane Smith gained Gower, overturning a Conservative majority; John Brown overturned "
            "a Labour majority in Neath.",
            "Neath",
        ),
    ):
        assert seat in {g.contest for g in _gains(text)}, text


def test_a_majority_overturned_in_a_sentence_of_two_seats_named_before_it_is_unread() -> None:
    assert _gains("Labour overturned a Conservative majority, as Gower and Neath declared.") == []


def test_a_majority_overturned_is_read_after_a_gain_in_another_seat() -> None:
    gains = _gains("Labour gained Neath, and Plaid overturned a Labour majority in Gower.")
    assert {(g.contest, g.party) for g in gains} == {
        ("Neath", "Labour"),
        ("Gower", "Plaid Cymru"),
    }
    gains = _gains("Labour held Neath.\n\nPlaid overturned a Labour majority in Gower.")
    assert [(g.contest, g.party) for g in gains] == [("Gower", "Plaid Cymru")]


def test_a_majority_overturned_is_gained_in_the_first_seat_named_after_it() -> None:
    gains = _gains("Jane Smith overturned a Conservative majority in Gower and Neath.")
    assert [(g.contest, g.candidate) for g in gains] == [("Gower", "Jane Smith")]


def test_a_text_saying_overturn_of_no_majority_is_not_read_for_results() -> None:
    # The reader's cheap gate: nothing here is a result, so no seat or person is read.
    article = _article("Labour hopes to overturn the ruling. Jane Smith is the MP for Gower.")
    assert list(article.contests) == []


def test_a_past_results_heading_dates_its_list_to_an_earlier_election() -> None:
    text = "Gower\n\nPast Results\nLab 20,000\nCon 18,000\n\nJane Smith won the seat this time."
    assert _dated(text, None, "20,000") == ("Past Results", None)
    assert _dated(text, None, "Jane Smith") is None


def test_a_list_line_of_a_hundred_characters_stays_in_its_headings_block() -> None:
    line = ("Lab 7,799 " + "and a list line that runs on with more words and no stop " * 3)[:100]
    assert len(line) == 100
    text = "2010 Result:\n" + line + "\nCon 6,000\n"
    assert _dated(text, "2017", "6,000") == ("2010 Result", "2010")


def test_a_list_cut_short_by_a_notional_label_is_dated_up_to_the_label() -> None:
    # A news agency's run-together block: the 2017 list's line runs into a long notional one.
    text = (
        "2017 Result:\nLab 1,000 2019 notional: C maj 22,609 (43.09%) Lab 11,029 (21.02%) "
        "LD 5,000 (10.0%) Grn 2,000 (4.0%) Reform 1,000 (2.0%)\n"
    )
    assert _dated(text, "2019", "1,000") == ("2017 Result", "2017")
    assert _dated(text, "2019", "22,609") == ("2019 notional:", None)


def test_a_heading_naming_no_general_elections_year_is_not_the_storys() -> None:
    # With no front matter, only a general election's year can be the story's own.
    text = "Gower\n\n2016 Result:\nLab 20,000\nCon 18,000\n"
    assert _dated(text, None, "20,000") == ("2016 Result", "2016")


def test_a_notional_label_after_a_line_of_prose_still_dates_its_list() -> None:
    text = "Gower\nJane Smith won the seat.\n2019 notional:\nC maj 22,609\nLab 11,029\n"
    assert _dated(text, None, "22,609") == ("2019 notional:", None)
