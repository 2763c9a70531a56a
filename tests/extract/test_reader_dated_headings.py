"""Figures tied to another election by a heading, and numbers on a list line that are no
figure (issue 8, the tenth session's dev5 findings).

A seat guide stacks the last election's list over this one's ("2017 Result:" then "2019
Result:"): the heading dates every line below it until the next heading or a line of prose.
A list printed with its notes' numbers after each name ("Jane Smith 4 15,862") gives the
candidate one count, the one after the marker. Sentences are ours, in the patterns real copy
uses; figures are the official ones for the seat and year named, and each "wrong" variant
changes one as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import candidate_named, contest_named, flagged_in, story_file

from factcheck.extract.reader import read_prose
from factcheck.io.articles import load_article
from factcheck.models import Document

IPSWICH = (
    "Ipswich: the seat at a glance\n"
    "{old} \n"
    "Labour: 24224 (47.4%)\n"
    "Conservative: 23393 (45.8%)\n"
    "MAJORITY: {old_majority} (1.6%)\n"
    "2019 Result:\n"
    "Conservative Tom Hunt 24,952 50.3\n"
    "Labour Sandy Martin 19,473 39.2\n"
    "Majority {majority} 10.9\n"
)


def _story(old: str = "2017 Result:", old_majority: str = "831", majority: str = "5,479") -> str:
    return IPSWICH.format(old=old, old_majority=old_majority, majority=majority)


@pytest.mark.parametrize(("majority", "fires"), [("5,479", False), ("5,749", True)])
def test_the_list_under_this_elections_heading_is_checked(
    tmp_path: Path, majority: str, fires: bool
) -> None:
    path = story_file(tmp_path, _story(majority=majority), "uk-ge-2019")
    seat = contest_named(load_article(path), "Ipswich")
    assert seat.majority is not None
    assert seat.majority.text == majority
    flagged = flagged_in(path)
    assert (("reference-mismatch", majority) in flagged) is fires
    assert all(text != "831" for _, text in flagged)


def test_the_last_elections_majority_under_its_heading_is_that_elections(
    tmp_path: Path,
) -> None:
    path = story_file(tmp_path, _story(), "uk-ge-2019")
    article = load_article(path)
    dated = [c for c in article.contests if c.name == "Ipswich" and c.dated]
    assert [(c.election, c.majority.text if c.majority else None) for c in dated] == [
        ("uk-ge-2017", "831")
    ]
    # Nor is a line of the 2017 list a 2019 candidate's: the parties' lines stay unread.
    assert {c.name for c in contest_named(article, "Ipswich").candidates} == {
        "Tom Hunt",
        "Sandy Martin",
    }


@pytest.mark.parametrize(("old_majority", "fires"), [("831", False), ("813", True)])
def test_a_majority_under_another_elections_heading_is_checked_against_that_election(
    tmp_path: Path, old_majority: str, fires: bool
) -> None:
    path = story_file(tmp_path, _story(old_majority=old_majority), "uk-ge-2019")
    flagged = flagged_in(path)
    assert (("reference-mismatch", old_majority) in [f[:2] for f in flagged]) is fires
    assert ("reference-mismatch", "5,479") not in flagged


def test_a_line_of_prose_ends_the_headings_block(tmp_path: Path) -> None:
    # The block stops at the sentence: its majority is the story's election's again.
    story = (
        "Ipswich: the seat at a glance\n2017 Result:\nLabour: 24224 (47.4%)\n"
        "MAJORITY: 831 (1.6%)\n\nThis time Tom Hunt won Ipswich with a majority of {m} votes.\n"
    )
    for majority, fires in (("5,479", False), ("5,497", True)):
        path = story_file(tmp_path, story.format(m=majority), "uk-ge-2019")
        seat = contest_named(load_article(path), "Ipswich")
        assert seat.majority is not None
        assert seat.majority.text == majority
        assert (("reference-mismatch", majority) in flagged_in(path)) is fires


_OTHER_HEADINGS = st.sampled_from(
    [
        "2017 Result:",
        "2017 Results",
        "2017 general election result",
        "Past Results",
        "Previous results",
        "2017",
        "2017*",
        "What was the 2017 Ipswich election result?",
        "What were the 2017 general election results?",
    ]
)


@settings(max_examples=40, deadline=None)
@given(heading=_OTHER_HEADINGS, majority=st.integers(min_value=100, max_value=30_000))
def test_no_figure_under_another_elections_heading_is_read_as_the_storys(
    heading: str, majority: int
) -> None:
    text = (
        "---\nelection: uk-ge-2019\n---\n"
        f"Ipswich: the seat at a glance\n{heading}\nLabour: 24224 (47.4%)\n"
        f"Conservative: 23393 (45.8%)\nMAJORITY: {majority:,} (1.6%)\n"
    )
    article = read_prose(Document(path="s.md", text=text, metadata={"election": "uk-ge-2019"}))
    for c in article.contests:
        if not c.dated:
            assert c.majority is None
            assert all(cand.votes is None and cand.share is None for cand in c.candidates)


# A round-up's seat, then the last election's list under a question for a heading.
ASKED = (
    "Ipswich - Conservative gain\n"
    "Tom Hunt, Conservative - 24,952 (majority 5,479)\n"
    "Sandy Martin, Labour - 19,473\n"
    "Tom Hunt took the seat from Labour, beating Sandy Martin into second place.\n"
    "{heading}\n"
    "Sandy Martin, Labour - 24,224 (majority {old_majority})\n"
    "Ben Gummer, Conservative - 23,393\n"
)


@pytest.mark.parametrize(("old_majority", "fires"), [("831", False), ("813", True)])
def test_a_question_heading_dates_the_list_under_it(
    tmp_path: Path, old_majority: str, fires: bool
) -> None:
    story = ASKED.format(
        heading="What was the 2017 Ipswich election result?", old_majority=old_majority
    )
    path = story_file(tmp_path, story, "uk-ge-2019")
    article = load_article(path)
    # The 2017 candidates are not the story's: Sandy Martin placed second is not contradicted
    # by Ben Gummer's 2017 count, nor is the 2017 majority checked against 2019's.
    assert {c.name for c in contest_named(article, "Ipswich").candidates} == {
        "Tom Hunt",
        "Sandy Martin",
    }
    flagged = flagged_in(path)
    assert not [f for f in flagged if f[0] == "rank-order-mismatch"], flagged
    assert (("reference-mismatch", old_majority) in [f[:2] for f in flagged]) is fires


def test_a_question_in_prose_dates_nothing(tmp_path: Path) -> None:
    # The control: a question asked in a sentence of prose is no heading.
    story = ASKED.format(
        heading="Who could have guessed what the 2017 Ipswich election result would bring?",
        old_majority="831",
    )
    article = load_article(story_file(tmp_path, story, "uk-ge-2019"))
    assert not [c for c in article.contests if c.dated]


GOWER = (
    "Gower, the closest count of the night\n"
    "Conservative Byron Davies {mark} {votes} 37.1\n"
    "Labour Liz Evans 15,835 37.0\n"
    "Majority 27 0.1\n"
)


@pytest.mark.parametrize(("votes", "fires"), [("15,862", False), ("15,826", True)])
def test_a_notes_number_after_a_name_is_no_vote(tmp_path: Path, votes: str, fires: bool) -> None:
    path = story_file(tmp_path, GOWER.format(mark="4", votes=votes), "uk-ge-2015")
    seat = contest_named(load_article(path), "Gower")
    davies = candidate_named(seat, "Byron Davies")
    assert davies.votes is not None
    assert davies.votes.text == votes
    flagged = flagged_in(path)
    assert (("reference-mismatch", votes) in flagged) is fires
    assert all(text != "4" for _, text in flagged)


def test_a_lone_small_count_after_a_name_is_still_the_votes(tmp_path: Path) -> None:
    # With no count after it, a small number is the candidate's count ("Jane Smith 34").
    story = (
        "Gower, the full count\nIndependent Jane Example 34 0.1\nLabour Liz Evans 15,835 37.0\n"
        "Majority 27 0.1\n"
    )
    article = read_prose(Document(path="s.txt", text=story))
    example = candidate_named(contest_named(article, "Gower"), "Jane Example")
    assert example.votes is not None
    assert example.votes.text == "34"


@settings(max_examples=40, deadline=None)
@given(
    mark=st.integers(min_value=1, max_value=99), votes=st.integers(min_value=100, max_value=60_000)
)
def test_no_notes_number_is_read_as_the_votes(mark: int, votes: int) -> None:
    text = f"Gower, the full count\nLabour Jane Example {mark} {votes:,} 37.0\nMajority 27 0.1\n"
    article = read_prose(Document(path="s.txt", text=text))
    example = candidate_named(contest_named(article, "Gower"), "Jane Example")
    assert example.votes is not None
    assert example.votes.value == votes
