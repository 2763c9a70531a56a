"""Results lists by party, majorities in thousands, and a seat's name as a surname (issue 8).

Sentences are ours, in the patterns real copy uses; figures are the official ones for the
seat and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import contest_named, errors_in, story_file

from factcheck.io.articles import load_article

CORNWALL = (
    "South East Cornwall: the count is in.\n\nVote share\n\n"
    "Conservative 59.3%\nLabour {labour}\nLiberal Democrat 16.1%\n"
)


@pytest.mark.parametrize(("labour", "fires"), [("20.2%", False), ("21.2%", True)])
def test_a_list_of_parties_shares_is_the_seats_candidates(
    tmp_path: Path, labour: str, fires: bool
) -> None:
    path = story_file(tmp_path, CORNWALL.format(labour=labour), "uk-ge-2019")
    seat = contest_named(load_article(path), "South East Cornwall")
    shares = {c.party: c.share.text for c in seat.candidates if c.share is not None}
    assert shares == {
        "Conservative": "59.3",
        "Labour": labour.rstrip("%"),
        "Liberal Democrat": "16.1",
    }
    assert all(c.name == "" for c in seat.candidates)  # known only by party
    assert errors_in(path) == ([("reference-mismatch", labour)] if fires else [])


def test_a_party_line_over_its_figure_is_read_as_one_line(tmp_path: Path) -> None:
    story = "North Down: the count is in.\n\nVote share\n\n"
    story += "Alliance Party\n45.2%\n\nConservative\n4.8%\n"
    seat = contest_named(load_article(story_file(tmp_path, story, "uk-ge-2019")), "North Down")
    shares = {c.party: c.share.text for c in seat.candidates if c.share is not None}
    assert shares == {"Alliance": "45.2", "Conservative": "4.8"}


def test_a_list_of_seat_tallies_is_no_seats_votes(tmp_path: Path) -> None:
    story = "Moray: the count is in, and the national picture.\n\n"
    story += "Seats won\n\nLabour 262\nConservative 317\n"
    article = load_article(story_file(tmp_path, story, "uk-ge-2017"))
    assert all(c.votes is None for co in article.contests for c in co.candidates)


def test_signed_change_lines_are_not_shares(tmp_path: Path) -> None:
    story = "South East Cornwall: the count is in.\n\nVote share change since 2017\n\n"
    story += "Conservative +3.9\nLabour -2.4\n"
    article = load_article(story_file(tmp_path, story, "uk-ge-2019"))
    assert all(c.share is None for co in article.contests for c in co.candidates)


@pytest.mark.parametrize(
    ("written", "fires"), [("13k", False), ("14k", False), ("16k", True), ("12k", True)]
)
def test_a_majority_in_thousands_allows_a_thousand_either_side(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = "Lib Dem results: 72 seats.\n\n"
    story += (
        f"North East Fife – Wendy Chamberlain returns to Parliament, with a {written} majority."
    )
    path = story_file(tmp_path, story, "uk-ge-2024")
    majority = contest_named(load_article(path), "North East Fife").majority
    assert majority is not None
    assert majority.text == written
    assert errors_in(path) == ([("reference-mismatch", written)] if fires else [])


def test_an_overturned_majority_in_thousands_is_not_this_elections(tmp_path: Path) -> None:
    story = "Lib Dem results: 72 seats.\n\n"
    story += "North East Fife – Wendy Chamberlain overturned a 2k majority to win the seat."
    article = load_article(story_file(tmp_path, story, "uk-ge-2024"))
    assert all(c.majority is None for c in article.contests)


def test_a_one_word_seat_after_a_first_name_is_a_surname(tmp_path: Path) -> None:
    story = (
        "Caithness, Sutherland and Easter Ross – Jamie Stone retains his seat with a 10k majority."
    )
    path = story_file(tmp_path, story, "uk-ge-2024")
    article = load_article(path)
    assert [c.name for c in article.contests] == ["Caithness, Sutherland and Easter Ross"]
    majority = article.contests[0].majority
    assert majority is not None
    assert majority.text == "10k"
    assert errors_in(path) == []


@pytest.mark.parametrize("headline", ["Tories Hold Stone", "In Stone, the Tories held on"])
def test_a_one_word_seat_after_a_headline_word_is_still_the_seat(
    tmp_path: Path, headline: str
) -> None:
    story = f"{headline} with a majority of 5,466 votes."
    article = load_article(story_file(tmp_path, story, "uk-ge-2024"))
    assert "Stone" in {c.name for c in article.contests}


@pytest.mark.parametrize(
    "sentence",
    [
        "The chair of Kensington, Chelsea and Fulham Conservatives won with a majority of 1,000.",
        "A Bolsover Conservatives spokesman said the majority of 5,299 votes was a surprise.",
    ],
)
def test_a_seat_named_in_a_local_partys_name_is_not_the_seat(tmp_path: Path, sentence: str) -> None:
    article = load_article(story_file(tmp_path, sentence, "uk-ge-2019"))
    named = {c.name for c in article.contests}
    assert not named & {"Kensington", "Chelsea and Fulham", "Bolsover"}
