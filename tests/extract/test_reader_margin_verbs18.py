"""Margins after verbs of defeat (issue 8, eighteenth session): "toppling X by 2,010 votes",
"trounced X by some 12,005 votes", "trumped X by", "outstripped X by", "had overtaken X by",
"fended off X by just 21 votes", "eased home by", "crept over the finish line by 104 votes".

Each outlet writes its own verb, but the reading is one: the count after "by … votes" that
follows a verb of winning or of beating a named rival is the margin, never a vote total.
Sentences are ours, in the patterns real copy uses; figures are the official ones for the seat
and year named, and each "wrong" variant changes one as a slip would."""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import contest_named, flagged_in, story_file

from factcheck.io.articles import load_article

# Boston and Skegness 2024: Reform's Richard Tice beat the Conservative Matt Warman by 2,010.
_BOSTON = "Richard Tice has won Boston and Skegness for Reform UK, {verb} Matt Warman by {n} votes."


@pytest.mark.parametrize(
    "verb", ["toppling the Conservative's", "trouncing the Conservative", "trumping"]
)
@pytest.mark.parametrize(("written", "fires"), [("2,010", False), ("2,100", True)])
def test_a_count_after_a_verb_of_defeat_and_by_is_the_majority(
    tmp_path: Path, verb: str, written: str, fires: bool
) -> None:
    path = story_file(tmp_path, _BOSTON.format(verb=verb, n=written), "uk-ge-2024")
    seat = contest_named(load_article(path), "Boston and Skegness")
    assert seat.majority is not None
    assert seat.majority.text == written
    # Read as a margin, not as Warman's or Tice's vote total.
    assert all(c.votes is None for c in seat.candidates)
    assert (("reference-mismatch", written) in flagged_in(path)) is fires


@pytest.mark.parametrize(("written", "fires"), [("21", False), ("12", True)])
def test_fended_off_by_a_few_votes_is_the_majority(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        f"Pete Wishart fended off the Conservative Ian Duncan by just {written} votes in "
        "Perth and North Perthshire."
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    seat = contest_named(load_article(path), "Perth and North Perthshire")
    assert seat.majority is not None
    assert seat.majority.text == written
    assert (("reference-mismatch", written) in flagged_in(path)) is fires


def test_had_overtaken_a_rival_by_is_the_margin(tmp_path: Path) -> None:
    story = "In Boston and Skegness, Richard Tice had overtaken Matt Warman by 2,010 votes."
    seat = contest_named(
        load_article(story_file(tmp_path, story, "uk-ge-2024")), "Boston and Skegness"
    )
    assert seat.majority is not None
    assert seat.majority.text == "2,010"


def test_eased_home_by_is_the_margin(tmp_path: Path) -> None:
    story = "Richard Tice eased home by 2,010 votes in Boston and Skegness."
    seat = contest_named(
        load_article(story_file(tmp_path, story, "uk-ge-2024")), "Boston and Skegness"
    )
    assert seat.majority is not None
    assert seat.majority.text == "2,010"


def test_a_verb_of_defeat_between_losers_gives_no_majority(tmp_path: Path) -> None:
    # The runner-up toppling the third-placed candidate "for second place": a gap between
    # losers, which the verb does not make the winner's margin.
    story = (
        "Richard Tice has won Boston and Skegness. Matt Warman toppled Paul Kenny by 2,010 "
        "votes for second place."
    )
    seat = contest_named(
        load_article(story_file(tmp_path, story, "uk-ge-2024")), "Boston and Skegness"
    )
    assert seat.majority is None


def test_the_verb_alone_without_by_reads_no_margin(tmp_path: Path) -> None:
    # "trounced" before a count with no "by": the count is the winner's total, not a margin.
    story = "Richard Tice trounced his rivals in Boston and Skegness with 15,520 votes."
    seat = contest_named(
        load_article(story_file(tmp_path, story, "uk-ge-2024")), "Boston and Skegness"
    )
    assert seat.majority is None
