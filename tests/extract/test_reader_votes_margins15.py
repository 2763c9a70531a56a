"""Votes, majorities and whose count is whose, as real copy words them (issue 8, fifteenth
session): a gap to a rival is a margin, not a vote total ("polled 2,812 votes fewer than his
Tory rival"); a list line's "HOLD by N" is the seat's majority; a score after "beating" is the
beater's first; a participle clause after "won the seat off X" is the winner's; and a clause
that opens on "She" is not in the seat a later clause about someone else names.

Sentences are ours, in the patterns real copy uses; figures are the official ones for the
seat and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import candidate_named, contest_named, findings_in, story_file

from factcheck.io.articles import load_article


def _on(path: Path, text: str) -> list[tuple[str, str]]:
    return [(f.name, f.severity.value) for f in findings_in(path) if f.text == text]


# South Thanet, 2015: Craig Mackinlay (Con) 18,838, Nigel Farage (UKIP) 16,026: 2,812.
@pytest.mark.parametrize(("written", "fires"), [("2,812", False), ("2,182", True)])
@pytest.mark.parametrize("word", ["fewer", "less"])
def test_votes_fewer_than_a_rival_are_the_majority(
    tmp_path: Path, written: str, fires: bool, word: str
) -> None:
    story = (
        "Nigel Farage's bid to win the South Thanet seat ended when it was announced he had"
        f" polled {written} votes {word} than his Tory rival Craig Mackinlay."
    )
    path = story_file(tmp_path, story, "uk-ge-2015")
    seat = contest_named(load_article(path), "South Thanet")
    assert seat.majority is not None
    assert seat.majority.text == written
    assert all(c.votes is None for c in seat.candidates)  # never Farage's votes
    # (A warning: nothing else the sentence says of South Thanet corroborates the seat.)
    assert [n for n, _ in _on(path, written)] == (["reference-mismatch"] if fires else [])


def test_votes_fewer_than_an_earlier_result_are_no_majority(tmp_path: Path) -> None:
    story = (
        "Paul Nuttall won just 3,308 votes in Boston and Skegness, more than 10,000 votes"
        " less than his party's result at the last general election."
    )
    seat = contest_named(
        load_article(story_file(tmp_path, story, "uk-ge-2017")), "Boston and Skegness"
    )
    assert seat.majority is None


# Hertsmere, 2019: Oliver Dowden (Con) held it by 21,313.
@pytest.mark.parametrize(("written", "fires"), [("21,313", False), ("21,331", True)])
@pytest.mark.parametrize("outcome", ["CON HOLD by", "Conservative hold by just"])
def test_a_list_lines_hold_by_n_is_the_majority(
    tmp_path: Path, written: str, fires: bool, outcome: str
) -> None:
    story = (
        "How the county voted last time:\n\n"
        "    Watford: Dean Russell (CON HOLD by 4,433)\n\n"
        f"    Hertsmere: Oliver Dowden ({outcome} {written})\n"
    )
    path = story_file(tmp_path, story, "uk-ge-2019")
    article = load_article(path)
    seat = contest_named(article, "Hertsmere")
    assert seat.majority is not None
    assert seat.majority.text == written
    dowden = candidate_named(seat, "Oliver Dowden")
    assert dowden.votes is None  # not his votes
    assert dowden.name_grounds is not None
    assert not dowden.name_grounds.loose
    assert _on(path, written) == ([("reference-mismatch", "error")] if fires else [])


def test_a_list_lines_count_without_by_is_still_the_votes(tmp_path: Path) -> None:
    story = "Hertsmere:\n\n    Oliver Dowden (Con) 32,451\n\n    Holly Kal-Weiss (Lab) 11,138\n"
    seat = contest_named(load_article(story_file(tmp_path, story, "uk-ge-2019")), "Hertsmere")
    dowden = candidate_named(seat, "Oliver Dowden")
    assert dowden.votes is not None
    assert dowden.votes.text == "32,451"
    assert seat.majority is None


# Richmond Park, 2015: Zac Goldsmith (Con) 34,404, Robin Meltzer (LD) 11,389.
_RICHMOND = (
    "Tania Mathias won Twickenham as Vince Cable lost his seat.\n"
    "Reporter Will Kelleher captured the moment after Vince Cable's loss\n"
    "Zac Goldsmith had moments earlier romped home in Richmond Park, {verb} Liberal Democrat"
    " Robin Meltzer by {first} votes to {second}."
)


@pytest.mark.parametrize("verb", ["beating", "defeating", "seeing off"])
@pytest.mark.parametrize(
    ("first", "second", "wrong"),
    [("34,404", "11,389", None), ("34,440", "11,389", "34,440"), ("34,404", "11,398", "11,398")],
)
def test_a_score_after_beating_is_the_beaters_first(
    tmp_path: Path, verb: str, first: str, second: str, wrong: str | None
) -> None:
    story = _RICHMOND.format(verb=verb, first=first, second=second)
    path = story_file(tmp_path, story, "uk-ge-2015")
    seat = contest_named(load_article(path), "Richmond Park")
    goldsmith = candidate_named(seat, "Zac Goldsmith")
    meltzer = candidate_named(seat, "Robin Meltzer")
    assert goldsmith.votes is not None
    assert goldsmith.votes.text == first
    assert meltzer.votes is not None
    assert meltzer.votes.text == second
    errors = [(f.name, f.text) for f in findings_in(path) if f.severity.value == "error"]
    assert errors == ([("reference-mismatch", wrong)] if wrong else [])


def test_a_score_takes_the_last_two_people_named(tmp_path: Path) -> None:
    # Twickenham, 2015: Tania Mathias (Con) 25,580, Vince Cable (LD) 23,563. People named in
    # an earlier clause are not the two of the score.
    story = (
        "Zac Goldsmith thanked Robin Meltzer; Tania Mathias beat Vince Cable in Twickenham by"
        " 25,580 votes to 23,563."
    )
    seat = contest_named(load_article(story_file(tmp_path, story, "uk-ge-2015")), "Twickenham")
    mathias = candidate_named(seat, "Tania Mathias").votes
    cable = candidate_named(seat, "Vince Cable").votes
    assert mathias is not None
    assert cable is not None
    assert (mathias.text, cable.text) == ("25,580", "23,563")


def test_a_score_after_a_clause_break_between_the_last_two_is_left(tmp_path: Path) -> None:
    # "defeated" after the semicolon describes Robin Meltzer; it says nothing of Zac Goldsmith.
    story = (
        "In Richmond Park Tania Mathias praised Zac Goldsmith; defeated candidate Robin Meltzer"
        " said the count was 34,404 votes to 11,389."
    )
    article = load_article(story_file(tmp_path, story, "uk-ge-2015"))
    named = [c for contest in article.contests for c in contest.candidates]
    assert all(c.votes is None for c in named if c.name == "Zac Goldsmith")


# Portsmouth South, 2017: Stephen Morgan (Lab) 18,290, Flick Drummond (Con) 16,736.
@pytest.mark.parametrize(("written", "fires"), [("18,290", False), ("18,920", True)])
@pytest.mark.parametrize("off", ["off", "off of", "from"])
def test_a_participle_after_the_one_beaten_is_the_winners(
    tmp_path: Path, written: str, fires: bool, off: str
) -> None:
    story = (
        f"Labour's Stephen Morgan won Portsmouth South {off} Conservative Flick Drummond,"
        f" overturning a 5,241 majority and taking {written} votes."
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    seat = contest_named(load_article(path), "Portsmouth South")
    morgan = candidate_named(seat, "Stephen Morgan")
    assert morgan.votes is not None
    assert morgan.votes.text == written
    assert all(c.votes is None for c in seat.candidates if c.name == "Flick Drummond")
    assert _on(path, written) == ([("reference-mismatch", "error")] if fires else [])


# Perth and North Perthshire, 2017: Pete Wishart (SNP) held it by 21.
_PRONOUN_CLAUSE = (
    "Among the smallest majorities since 1945 is the 1974 win for the SNP by Margaret Bain,"
    " who took East Dunbartonshire from the Conservatives.\n\n"
    "She won by just {n} votes – but this election saw it surpassed when the SNP's Pete"
    " Wishart saw his majority slashed to just 21 in Perth and North Perthshire."
)


@given(n=st.integers(min_value=2, max_value=999).filter(lambda n: n != 21))
@settings(max_examples=15, deadline=None)
def test_a_clause_opening_on_she_is_not_in_a_later_clauses_seat(n: int) -> None:
    from factcheck.extract.reader import read_prose
    from factcheck.models import Document

    article = read_prose(Document(path="s.txt", text=_PRONOUN_CLAUSE.format(n=n)))
    for contest in article.contests:
        if contest.name == "Perth and North Perthshire" and contest.majority is not None:
            assert contest.majority.text != str(n)
        for c in contest.candidates:
            if c.name == "Margaret Bain":
                assert contest.name != "Perth and North Perthshire"


@pytest.mark.parametrize(("written", "fires"), [("21", False), ("12", True)])
def test_a_pronoun_clause_naming_its_own_seat_is_read(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        "Pete Wishart was the SNP's candidate.\n\n"
        f"He won by just {written} votes in Perth and North Perthshire, but he held the seat."
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    seat = contest_named(load_article(path), "Perth and North Perthshire")
    assert seat.majority is not None
    assert seat.majority.text == written
    assert [n for n, _ in _on(path, written)] == (["reference-mismatch"] if fires else [])


# Workington, 2017: Sue Hayman (Lab) 21,317, Clark Vasey (Con) 17,392.
_CARD = (
    "General Election 2017 results\n\n\n"
    "Sue Hayman Votes {v} header_vote_share 51.1 Net percentage change in seats +8.8\n\n\n"
    "Clark Vasey Votes 17,392 header_vote_share 41.7 Net percentage change in seats +11.6\n"
)


@pytest.mark.parametrize(("written", "fires"), [("21,317", False), ("21,371", True)])
def test_a_results_pages_card_lines_are_read(tmp_path: Path, written: str, fires: bool) -> None:
    story = "Workington\n\nParliamentary constituency\n\nLAB HOLD\n\n" + _CARD.format(v=written)
    path = story_file(tmp_path, story, "uk-ge-2017")
    seat = contest_named(load_article(path), "Workington")
    hayman = candidate_named(seat, "Sue Hayman").votes
    assert hayman is not None
    assert hayman.text == written
    # The card's share is read too (51.1 after "header_vote_share"): a wrong count is also
    # one the share cannot be of.
    expected = ["reference-mismatch", "share-votes-mismatch"] if fires else []
    assert sorted(n for n, _ in _on(path, written)) == expected


def test_a_card_above_the_first_seat_named_is_not_that_seats(tmp_path: Path) -> None:
    # The page names no seat above its card; a seat named only in a later paragraph, about
    # something else, is not the card's. Its people still say which contest it is.
    story = (
        "Parliamentary constituency\n\nLAB HOLD\n\n"
        + _CARD.format(v="21,317")
        + "\nThe party's leader said it was farcical for South Down to think it could win.\n"
    )
    article = load_article(story_file(tmp_path, story, "uk-ge-2017"))
    named = {c.name for c in article.contests for d in c.candidates if d.name == "Sue Hayman"}
    assert named == {None}


# Ashfield, 2024: Lee Anderson (Reform) 17,062, Rhea Keehn (Lab) 11,554; majority 5,508.
@pytest.mark.parametrize(("written", "fires"), [("17,062", False), ("17,602", True)])
def test_a_count_polled_ahead_of_a_rival_with_their_own_is_the_total(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        f"Lee Anderson topped the poll in Ashfield, winning {written} votes ahead of Labour's"
        " Rhea Keehn, on 11,554."
    )
    path = story_file(tmp_path, story, "uk-ge-2024")
    seat = contest_named(load_article(path), "Ashfield")
    anderson = candidate_named(seat, "Lee Anderson").votes
    assert anderson is not None
    assert anderson.text == written
    assert seat.majority is None
    assert [n for n, _ in _on(path, written)] == (["reference-mismatch"] if fires else [])


@pytest.mark.parametrize(("written", "fires"), [("5,508", False), ("5,580", True)])
def test_a_gap_ahead_of_a_rival_is_still_the_majority(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = f"Lee Anderson won Ashfield, finishing {written} votes ahead of Labour's Rhea Keehn."
    path = story_file(tmp_path, story, "uk-ge-2024")
    seat = contest_named(load_article(path), "Ashfield")
    assert seat.majority is not None
    assert seat.majority.text == written
    assert [n for n, _ in _on(path, written)] == (["reference-mismatch"] if fires else [])


@pytest.mark.parametrize(
    "role", ["returning officer", "acting returning officer", "counting officer"]
)
def test_the_official_declaring_the_count_polled_nothing(tmp_path: Path, role: str) -> None:
    story = (
        f"The Caerphilly result was announced just after 2am by {role} Chris Burns and Labour"
        " increased their lead by 4,627 votes with 22,491 votes."
    )
    article = load_article(story_file(tmp_path, story, "uk-ge-2017"))
    burns = [d for c in article.contests for d in c.candidates if d.name == "Chris Burns"]
    assert all(d.votes is None for d in burns)


# Caerphilly, 2017: Wayne David (Lab) 22,491.
@pytest.mark.parametrize(("written", "fires"), [("22,491", False), ("22,941", True)])
def test_a_person_named_without_an_officers_title_keeps_their_count(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        f"The Caerphilly result was announced just after 2am: Wayne David polled {written} votes."
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    david = candidate_named(contest_named(load_article(path), "Caerphilly"), "Wayne David").votes
    assert david is not None
    assert david.text == written
    assert [n for n, _ in _on(path, written)] == (["reference-mismatch"] if fires else [])
