"""The eighteenth session's run of the rest of session 17's sample of the reader's mutants
(docs/testing.md, "Session 18"): each test pins a behaviour a sampled mutant changed and no
test caught.

The sentences are written here in the patterns of the committed examples; none is copied
from an article.
"""

from __future__ import annotations

from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Direction, Document, OutcomeClaim, Quantity


def _article(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _turnouts(text: str) -> dict[str | None, float]:
    return {
        contest.name: float(contest.turnout.value)
        for contest in _article(text).contests
        if contest.turnout is not None
    }


# -- reader.py ------------------------------------------------------------------------------


def test_a_winner_named_again_after_the_carry_broke_takes_the_story_back_to_their_seat() -> None:
    # "as did Neath" leaves the carry on the last of two seats, neither the story's own, and
    # the paragraph after names no one, so no seat is known there. Naming Gower's winner again
    # takes the story back to Gower, and it stays there: the turnout after is Gower's.
    text = (
        "Jane Smith won Gower for Labour with 20,000 votes. "
        "John Brown won Neath for Labour with 18,000 votes. Labour held Gower, as did Neath."
        "\n\nIt was a long night for the party."
        "\n\nJane Smith thanked her team. Turnout was 65%."
    )
    assert _turnouts(text) == {"Gower": 65.0}


# -- claims/changes.py ----------------------------------------------------------------------


def test_a_change_said_by_ellipsis_borrows_the_kind_of_change_but_not_the_level_reached() -> None:
    # "and John Brown's 3 points": his change is of the same share, but the 45% it reached
    # was Jane Smith's, not his.
    text = "Jane Smith's share in Gower was up 9 points to 45%, and John Brown's 3 points."
    changes = [
        (c.candidate, c.amount.text if c.amount else None, c.current.text if c.current else None)
        for c in _article(text).claims
        if isinstance(c, ChangeClaim)
    ]
    assert changes == [("Jane Smith", "9", "45"), ("John Brown", "3", None)]


# -- reader.py: a party's candidate beside the people named -----------------------------


def test_a_partys_share_stays_beside_a_person_of_no_party_given_only_votes() -> None:
    # Jane Smith's party is not said, and she has a count but no share: the Conservatives'
    # share may be another candidate's, so it is kept, not merged away as perhaps hers.
    text = "Jane Smith won Gower with 20,000 votes. The Conservatives took 30.1% of the vote."
    listed = sorted(
        (
            c.name,
            c.party,
            int(c.votes.value) if c.votes else None,
            float(c.share.value) if c.share else None,
        )
        for contest in _article(text).contests
        for c in contest.candidates
    )
    assert listed == [("", "Conservative", None, 30.1), ("Jane Smith", None, 20000, None)]


# -- claims/loss_lists.py -------------------------------------------------------------------


def test_the_winner_a_lost_seats_row_names_is_first_in_words() -> None:
    # The row says whom the seat went to, never a number: the placing it implies is written
    # "first", which is what a finding on a wrong placing quotes as stated.
    text = "MPs who lost their seats:\n\n* Jane Smith, Gower (to John Brown – Conservative)\n"
    ranks = [
        (contest.name, c.name, int(c.rank.value), c.rank.text)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.rank is not None
    ]
    assert ranks == [("Gower", "John Brown", 1, "first")]


def test_a_lost_seats_rows_gain_is_tied_tightly_to_the_seat_the_row_names() -> None:
    # The row names its seat itself: a wrong gain there can be an error, not merely a warning.
    text = "MPs who lost their seats:\n\n* Jane Smith, Gower (to John Brown – Conservative)\n"
    ties = [
        (c.contest, c.verb, c.grounds.seat, c.grounds.loose)
        for c in _article(text).claims
        if isinstance(c, OutcomeClaim) and c.grounds is not None
    ]
    assert ties == [("Gower", "gain", "Gower, the seat the row names", ())]


def test_an_earlier_majority_in_thousands_allows_a_thousand_either_side() -> None:
    # "10k" for 2017 is kept as that election's majority, not exact: 9,000 to 11,000.
    text = (
        "---\nelection: uk-ge-2019\n---\n"
        "Jane Smith held Gower for Labour. Labour had a 10k majority in Gower in 2017."
    )
    earlier = [
        (c.name, int(c.majority.value), c.majority.exact, int(c.majority.precision))
        for c in _article(text).contests
        if c.dated and c.majority is not None and c.majority.precision is not None
    ]
    assert earlier == [("Gower", 10000, False, 2000)]


# -- claims/outcomes.py ---------------------------------------------------------------------


def test_seats_lost_to_a_party_and_listed_after_a_dash_are_each_its_gain() -> None:
    text = "Labour lost two key seats to the Conservatives - Vale of Clwyd and Gower."
    gains = {
        (c.contest, c.party, c.from_party)
        for c in _article(text).claims
        if isinstance(c, OutcomeClaim) and c.verb == "gain"
    }
    assert gains == {
        ("Vale Of Clwyd", "Conservative", "Labour"),
        ("Gower", "Conservative", "Labour"),
    }


def test_a_second_win_at_the_expense_of_a_party_is_read_after_a_first_naming_no_one() -> None:
    # "at the expense of the party's old rivals" names no one: that clause gives no gain,
    # and the next one, "at the expense of the SNP", still does.
    text = (
        "Labour's Jane Smith won Gordon, at the expense of the party's old rivals, and "
        "Conservative John Roe won Moray, at the expense of the SNP."
    )
    gains = {
        (c.contest, c.candidate, c.from_party)
        for c in _article(text).claims
        if isinstance(c, OutcomeClaim) and c.verb == "gain"
    }
    assert gains == {("Moray", "John Roe", "Scottish National Party")}


# -- claims/party_participles.py ------------------------------------------------------------


def test_a_partys_share_after_a_participle_says_which_verb_made_it_a_share() -> None:
    # The grounds are what a reader of a finding sees: the participle's own verb, quoted.
    text = "Labour held Gower, winning 45.2% of the vote."
    grounds = [
        c.share.grounds
        for contest in _article(text).contests
        for c in contest.candidates
        if c.share is not None
    ]
    assert [g.what if g is not None else None for g in grounds] == [
        "“winning … of the vote”: a share"
    ]


# -- claims/party_subjects.py ---------------------------------------------------------------


def test_a_partys_share_is_its_named_candidates_and_says_so() -> None:
    # The story named Labour's candidate in Gower: the party's share is hers, and its grounds
    # name her, not an unnamed candidate merged into her afterwards.
    text = (
        "Labour's Jane Smith won Gower with 20,000 votes. Conservative John Brown won "
        "Monmouth. In Gower, Labour took 45.2% of the vote."
    )
    shares = [
        (contest.name, c.name, c.share.value, c.share.grounds.subject)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.share is not None and c.share.grounds is not None
    ]
    assert [(seat, name, float(v)) for seat, name, v, _ in shares] == [
        ("Gower", "Jane Smith", 45.2)
    ]
    assert shares[0][3].startswith("Jane Smith, Labour's candidate in Gower")


def test_a_party_named_without_its_candidate_is_the_candidate_in_the_seat_of_the_sentence() -> None:
    text = "In Gower, Labour took 45.2% of the vote and the Conservatives 30.1%."
    subjects = sorted(
        c.share.grounds.subject.split(",")[0]
        for contest in _article(text).contests
        for c in contest.candidates
        if c.share is not None and c.share.grounds is not None
    )
    assert subjects == ["Conservative's candidate in Gower", "Labour's candidate in Gower"]


# -- claims/party_winners.py ----------------------------------------------------------------


def test_a_party_that_won_a_seat_is_first_there_by_the_words_it_was_said_in() -> None:
    text = "Plaid Cymru won Arfon."
    ranks = [
        (contest.name, c.party, int(c.rank.value), c.rank.grounds.what)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.rank is not None and c.rank.grounds is not None
    ]
    assert ranks == [("Arfon", "Plaid Cymru", 1, "“won” Arfon, said of Plaid Cymru")]


# -- claims/people_lists.py -----------------------------------------------------------------


def _firsts(text: str) -> set[tuple[str | None, str | None]]:
    return {
        (contest.name, c.name)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.rank is not None and c.rank.value == 1
    }


def test_people_said_to_have_held_their_seats_win_them_past_a_runner_up_already_named() -> None:
    # Someone second in Gower is no winner there: Jane Smith, of the list, still wins it.
    text = (
        "Conservative Ann Roe came second in Gower. "
        "Jane Smith (Gower) and John Brown (Neath) both held their seats."
    )
    assert _firsts(text) == {("Gower", "Jane Smith"), ("Neath", "John Brown")}


# -- claims/seat_lists.py -------------------------------------------------------------------


def test_each_seats_figure_in_a_list_of_seats_quotes_the_word_before_the_list() -> None:
    text = "The majorities were 4,513 in Sedgefield and 4,500 in Workington."
    said = {
        contest.name: (int(contest.majority.value), contest.majority.grounds.what)
        for contest in _article(text).contests
        if contest.majority is not None and contest.majority.grounds is not None
    }
    what = "“majorities” before a list of seats, each with its figure"
    assert said == {"Sedgefield": (4513, what), "Workington": (4500, what)}


# -- claims/results_lists.py ----------------------------------------------------------------


def test_a_list_line_of_two_counts_each_with_a_share_reads_neither_without_its_header() -> None:
    # Which pair is her votes and share, and which the seat's electorate and turnout, is for
    # a columns' header to say: with none, the line gives her no figure.
    text = "Gower\n\nJane Smith (Labour) 69,662 69.1% 19,883 41.3%\n"
    figures = [
        (c.name, c.votes, c.share)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.votes is not None or c.share is not None
    ]
    assert figures == []


# -- claims/ranks.py ------------------------------------------------------------------------


def test_the_one_person_who_lost_by_the_seats_majority_is_second_tied_tightly() -> None:
    # John Brown is the only person named before "lost": the placing is surely his.
    text = "In Gower, Labour's majority was 1,204. Conservative John Brown lost by 1,204."
    seconds = [
        (contest.name, c.name, int(c.rank.value), c.rank.grounds.loose)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.rank is not None and c.rank.grounds is not None
    ]
    assert seconds == [("Gower", "John Brown", 2, ())]


# -- claims/turnout_cards.py ----------------------------------------------------------------


def _card_turnout_change(sign: str) -> list[tuple[str | None, Direction | None]]:
    text = (
        "Darlington\n\nParliamentary constituency\n\n"
        "  • CON majority: 3,294\n"
        "  • Registered voters: 66,397\n"
        "  • % share: 65.5%\n"
        f"  • Change since 2017: {sign}2.0\n\n"
        "Vote share\n"
    )
    return [
        (c.contest, c.direction)
        for c in _article(text).claims
        if isinstance(c, ChangeClaim) and c.quantity is Quantity.TURNOUT
    ]


def test_a_cards_turnout_change_goes_the_way_its_sign_says() -> None:
    assert _card_turnout_change("+") == [("Darlington", Direction.UP)]
    assert _card_turnout_change("-") == [("Darlington", Direction.DOWN)]


# -- entities.py ----------------------------------------------------------------------------


def test_a_surname_of_two_letters_ends_a_name_as_any_surname_does() -> None:
    text = "Labour's Jane Li won Gower with 20,000 votes."
    votes = {
        c.name: int(c.votes.value)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.name and c.votes is not None
    }
    assert votes == {"Jane Li": 20000}


# -- frame.py -------------------------------------------------------------------------------


def test_a_majority_in_an_aside_closed_by_a_year_is_that_years() -> None:
    # "…, which she has represented with a majority of 831, since 2017": the tenure's year
    # dates the majority, so it is set aside as another election's, not checked as this one's.
    text = (
        "---\nelection: uk-ge-2019\n---\n"
        "Jane Smith held Gower, which she has represented with a majority of 831, since 2017."
    )
    dated = [
        (contest.name, contest.dated, contest.majority.grounds.election)
        for contest in _article(text).contests
        if contest.majority is not None and contest.majority.grounds is not None
    ]
    assert dated == [("Gower", True, "“since 2017” after the aside it stands in")]


# -- claims/margins.py ----------------------------------------------------------------------


def test_a_gap_splitting_two_people_not_named_as_the_top_two_is_a_loose_majority() -> None:
    # The two it splits need not be the first two: the figure is read as the majority, loosely.
    text = "In Gower, just 1,204 votes splitting Jane Smith and John Brown."
    read = [
        (contest.name, int(contest.majority.value), contest.majority.grounds.loose)
        for contest in _article(text).contests
        if contest.majority is not None and contest.majority.grounds is not None
    ]
    assert read == [("Gower", 1204, ("what",))]
