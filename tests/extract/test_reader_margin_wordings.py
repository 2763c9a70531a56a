"""Margins written as a lead, as "held … with just N votes", as a share beside the majority,
and dated stories (issue 8).

Sentences are ours, in the patterns real copy uses; figures are the official ones for the
seat and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import contest_named, findings_in, story_file

from factcheck.extract.reader import read_prose
from factcheck.io.articles import load_article
from factcheck.models import Document, Unit

MARGINALS = (
    "The ten most marginal Welsh seats:\n\n10) Ceredigion (Lib Dem lead of {c})\n\n"
    "1) Gower (Con lead of 0.06%)\n"
)


@pytest.mark.parametrize(("written", "fires"), [("8.20%", False), ("9.20%", True)])
def test_a_lead_in_per_cent_beside_its_seat_is_the_majority_share(
    tmp_path: Path, written: str, fires: bool
) -> None:
    path = story_file(tmp_path, MARGINALS.format(c=written), "uk-ge-2015")
    article = load_article(path)
    share = contest_named(article, "Ceredigion").majority_share
    assert share is not None
    assert (share.text, share.unit) == (written.rstrip("%"), Unit.POINTS)
    gower = contest_named(article, "Gower").majority_share
    assert gower is not None
    assert gower.text == "0.06"
    found = [(f.name, f.text) for f in findings_in(path) if f.name == "reference-mismatch"]
    assert found == ([("reference-mismatch", written)] if fires else [])


def test_a_poll_lead_is_no_seats_majority(tmp_path: Path) -> None:
    story = "In Ceredigion, polls gave Plaid a lead of 8.20% over the Lib Dems before the vote."
    article = load_article(story_file(tmp_path, story, "uk-ge-2015"))
    assert all(c.majority_share is None for c in article.contests)


@pytest.mark.parametrize(("written", "fires"), [("331", False), ("313", True)])
def test_held_with_just_a_few_votes_is_the_majority(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        f"In Pudsey, Stuart Andrew held his marginal Conservative seat with just {written} votes."
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    article = load_article(path)
    seat = contest_named(article, "Pudsey")
    assert seat.majority is not None
    assert seat.majority.text == written
    assert all(c.votes is None for c in seat.candidates)  # never the winner's total
    named = [(f.name, f.severity.value) for f in findings_in(path) if f.text == written]
    assert named == ([("reference-mismatch", "error")] if fires else [])


def test_held_with_a_winners_count_is_not_a_margin(tmp_path: Path) -> None:
    story = "In Pudsey, Stuart Andrew held his seat with just 25,550 votes."
    seat = contest_named(load_article(story_file(tmp_path, story, "uk-ge-2017")), "Pudsey")
    assert seat.majority is None


def test_a_dateline_does_not_date_the_figures_after_it(tmp_path: Path) -> None:
    story = (
        " date 2019-12-13 The SNP took back Gordon from the Conservatives with a majority of"
        " just 819 votes."
    )
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    seat = contest_named(load_article(path), "Gordon")
    assert seat.majority is not None
    assert seat.majority.text == "819"


SCORES = [
    "In Moray, Angus Robertson was beaten by Douglas Ross by {r} votes to {w}.",
    "In Moray, Angus Robertson was beaten by Douglas Ross by {w} votes to {r}.",
    "In Moray, Douglas Ross beat Angus Robertson {w} votes to {r}.",
    "In Moray, Angus Robertson lost his seat to Douglas Ross by {r} votes to {w}.",
]


@pytest.mark.parametrize("story", SCORES)
@pytest.mark.parametrize(("ross", "fires"), [("22,637", False), ("22,673", True)])
def test_a_score_gives_the_larger_count_to_the_winner(
    tmp_path: Path, story: str, ross: str, fires: bool
) -> None:
    path = story_file(tmp_path, story.format(w=ross, r="18,478"), "uk-ge-2017")
    seat = contest_named(load_article(path), "Moray")
    votes = {c.name: c.votes.text for c in seat.candidates if c.votes is not None}
    assert votes == {"Douglas Ross": ross, "Angus Robertson": "18,478"}
    errors = [(f.name, f.text) for f in findings_in(path) if f.severity.value == "error"]
    assert errors == ([("reference-mismatch", ross)] if fires else [])


def test_a_score_with_no_verb_of_beating_is_left_alone(tmp_path: Path) -> None:
    story = "In Moray, Angus Robertson and Douglas Ross finished 18,478 votes to 22,637."
    seat = load_article(story_file(tmp_path, story, "uk-ge-2017"))
    assert all(c.votes is None for co in seat.contests for c in co.candidates)


@pytest.mark.parametrize(("lake", "fires"), [("11,623", False), ("11,632", True)])
def test_a_figure_after_the_one_beaten_is_the_subjects(
    tmp_path: Path, lake: str, fires: bool
) -> None:
    story = (
        "Plaid Cymru has taken the Ceredigion seat. Ben Lake, 24, defeated the Lib Dem's leader"
        f" in Wales, Mark Williams, after two recounts, taking {lake} votes."
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    seat = contest_named(load_article(path), "Ceredigion")
    votes = {c.name: c.votes.text for c in seat.candidates if c.votes is not None}
    assert votes == {"Ben Lake": lake}
    named = [f.name for f in findings_in(path) if f.text == lake]
    assert bool(named) is fires


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        ("Conservative majority - 331", False),
        ("Conservative majority - 313", True),
        ("Majority – 313", True),
        ("Majority: 331", False),
    ],
)
def test_a_cards_majority_field_after_a_dash_is_the_seats_majority(
    tmp_path: Path, line: str, fires: bool
) -> None:
    story = (
        f"Pudsey: the seat at a glance\n\nStuart Andrew (Conservative) - 25,550 votes\n\n{line}\n"
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    seat = contest_named(load_article(path), "Pudsey")
    written = line.rsplit(" ", 1)[1]
    assert seat.majority is not None
    assert seat.majority.text == written
    named = [(f.name, f.severity.value) for f in findings_in(path) if f.text == written]
    assert named == ([("reference-mismatch", "error")] if fires else [])


@pytest.mark.parametrize(("written", "fires"), [("12.3%", False), ("13.2%", True)])
def test_a_percentage_right_before_majority_is_the_majority_share(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = f"Ian Blackford has taken Ross, Skye and Lochaber with {written} majority."
    path = story_file(tmp_path, story, "uk-ge-2015")
    share = contest_named(load_article(path), "Ross, Skye and Lochaber").majority_share
    assert share is not None
    assert (share.text, share.unit) == (written.rstrip("%"), Unit.POINTS)
    named = [(f.name, f.severity.value) for f in findings_in(path) if f.text == written]
    assert named == ([("reference-mismatch", "error")] if fires else [])


def test_an_overturned_percentage_majority_is_not_this_elections() -> None:
    story = "Ian Blackford overturned a 12.3% majority to take Ross, Skye and Lochaber."
    article = read_prose(Document(path="s.txt", text=story))
    assert all(c.majority_share is None for c in article.contests)


@pytest.mark.parametrize(("written", "fires"), [("15.66%", False), ("16.55%", True)])
def test_a_bracketed_percentage_after_the_majority_is_its_share(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        "Stoke-on-Trent North result: Jonathan Gullis won with 20,974 votes.\n\n"
        f"A Conservative majority of 6,286 ({written})"
    )
    path = story_file(tmp_path, story, "uk-ge-2019")
    seat = contest_named(load_article(path), "Stoke-on-Trent North")
    assert seat.majority is not None
    assert seat.majority.text == "6,286"
    assert seat.majority_share is not None
    assert seat.majority_share.text == written.rstrip("%")
    errors = [(f.name, f.text) for f in findings_in(path) if f.severity.value == "error"]
    assert errors == ([("reference-mismatch", written)] if fires else [])


@settings(max_examples=50, deadline=None)
@given(
    seat=st.sampled_from(["Gower", "Moray", "Putney", "Wrexham", "Sevenoaks"]),
    n=st.integers(10, 29_999),
    tenths=st.integers(1, 999),
    bracketed=st.booleans(),
)
def test_generated_majority_shares_are_read_back(
    seat: str, n: int, tenths: int, bracketed: bool
) -> None:
    p = f"{tenths / 10:.1f}"
    text = (
        f"In {seat}, Jane Smith won with a majority of {n:,} ({p}%)."
        if bracketed
        else f"In {seat}, Jane Smith won with {p}% majority."
    )
    seat_read = contest_named(read_prose(Document(path="s.txt", text=text)), seat)
    assert seat_read.majority_share is not None
    assert seat_read.majority_share.text == p
    assert seat_read.majority_share.unit is Unit.POINTS
    if bracketed:
        assert seat_read.majority is not None
        assert seat_read.majority.value == n


@pytest.mark.parametrize(("written", "fires"), [("20", False), ("21", True)])
def test_won_with_just_a_few_votes_is_the_majority(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = f"In Kensington, Emma Dent Coad secured victory with just {written} votes."
    path = story_file(tmp_path, story, "uk-ge-2017")
    seat = contest_named(load_article(path), "Kensington")
    assert seat.majority is not None
    assert seat.majority.text == written
    assert all(c.votes is None for c in seat.candidates)  # never the winner's total
    errors = [(f.name, f.text) for f in findings_in(path) if f.severity.value == "error"]
    assert errors == ([("reference-mismatch", written)] if fires else [])


@pytest.mark.parametrize(("written", "fires"), [("25,983", False), ("25,893", True)])
def test_a_majority_increased_to_in_a_relative_clause_is_the_majority_now(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        "In North West Cambridgeshire, Shailesh Vara was defending a majority of more than"
        f" 18,000 which he managed to increase to a whopping {written} votes."
    )
    path = story_file(tmp_path, story, "uk-ge-2019")
    seat = contest_named(load_article(path), "North West Cambridgeshire")
    assert seat.majority is not None
    assert seat.majority.text == written
    assert all(c.votes is None for c in seat.candidates)
    # One figure alone is not corroborated by the rest of the story: at most a warning.
    named = [f.name for f in findings_in(path) if f.text == written]
    assert named == (["reference-mismatch"] if fires else [])
