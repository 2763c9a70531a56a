"""Majorities of the election before (overturned or defended), majorities stated with a seat
or a change before the figure, and a card's changes of share under a share-change heading
(issue 8).

Sentences are ours, in the patterns real copy uses; figures are the official ones for the
seat and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_in, story_file

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.io.articles import load_article
from factcheck.models import Article, ChangeClaim, ContestResult, Direction, Document, Unit

PREVIOUS = [
    "In Moray, Angus Robertson was defending a majority of {n} but lost to Douglas Ross.",
    "In Moray, Douglas Ross overturned a majority of {n} to take the seat.",
    "In Moray, Douglas Ross overturned Angus Robertson's {n} majority.",
    "In Moray, Douglas Ross overturned a {n} SNP majority.",
    "In Moray, Angus Robertson saw his {n} majority overturned by Douglas Ross.",
    "In Moray, Angus Robertson was defending a {n} majority but lost to Douglas Ross.",
]


def dated(article: Article, name: str) -> ContestResult:
    """The one contest of this name the text dates to another election."""
    found = [c for c in article.contests if c.name == name and c.dated]
    assert len(found) == 1, [(c.name, c.dated) for c in article.contests]
    return found[0]


def current(article: Article, name: str) -> list[ContestResult]:
    """The contests of this name for the story's own election."""
    return [c for c in article.contests if c.name == name and not c.dated]


@pytest.mark.parametrize("wording", PREVIOUS)
def test_a_majority_overturned_or_defended_is_the_election_befores(
    tmp_path: Path, wording: str
) -> None:
    path = story_file(tmp_path, wording.format(n="9,065"), "uk-ge-2017")
    article = load_article(path)
    before = dated(article, "Moray")
    assert before.election == "uk-ge-2015"
    assert before.majority is not None
    assert before.majority.text == "9,065"
    assert before.majority.grounds is not None
    assert "election" in before.majority.grounds.loose  # inferred, never named
    assert all(c.majority is None for c in current(article, "Moray"))
    assert not [f for f in findings_in(path) if f.text == "9,065"]


def test_an_inferred_election_is_not_checked_as_if_named(tmp_path: Path) -> None:
    """A wrong majority of the election before is reported as not checked, with the reason:
    the election is inferred from "defending", and a by-election between would break it."""
    path = story_file(tmp_path, PREVIOUS[0].format(n="9,056"), "uk-ge-2017")
    report = factcheck.check(path)
    assert not [f for f in report.findings if f.text == "9,056"]
    reasons = [str(s) for s in report.not_checked if "9,056" in str(s)]
    assert reasons
    assert "the election before the story's (2015)" in reasons[0]


@pytest.mark.parametrize("wording", PREVIOUS)
def test_without_front_matter_the_record_names_the_election_before(wording: str) -> None:
    text = wording.format(n="9,065")
    article = read_prose(Document(path="s.txt", text=text))
    before = dated(article, "Moray")
    assert before.election is None  # the story does not say which election it reports
    report = factcheck.check(Document(path="s.txt", text=text), election="uk-ge-2017")
    assert not report.findings
    # Looked up as 2015's, so "not checked" names that election's reading, not 2017's.
    assert not [s for s in report.not_checked if "not in the official results" in str(s)]


def test_a_notional_majority_is_no_elections() -> None:
    text = "In Moray, Douglas Ross overturned a notional 9,065 SNP majority."
    article = read_prose(Document(path="s.txt", text=text))
    assert all(c.majority is None for c in article.contests)


@settings(max_examples=60, deadline=None)
@given(
    wording=st.sampled_from(PREVIOUS),
    n=st.integers(100, 39_999),
    hedge=st.sampled_from(["", "more than ", "almost ", "just under "]),
)
def test_generated_previous_majorities_are_read_back(wording: str, n: int, hedge: str) -> None:
    if "majority of" not in wording:
        hedge = ""  # "a more than 9,065 majority" is not English
    text = wording.format(n=f"{hedge}{n:,}")
    article = read_prose(Document(path="s.txt", text=text))
    before = dated(article, "Moray")
    assert before.majority is not None
    assert before.majority.value == n
    assert before.majority.unit is Unit.VOTES
    assert all(c.majority is None for c in current(article, "Moray"))


# -- majorities stated with the seat, or as the level a change reached -------------------------


@pytest.mark.parametrize(
    ("story", "written", "fires"),
    [
        ("Dennis Skinner held Bolsover. His majority in Bolsover was {w}.", "5,288", False),
        ("Dennis Skinner held Bolsover. His majority in Bolsover was {w}.", "5,828", True),
        ("In Bolsover, Dennis Skinner's majority was cut to {w}.", "5,288", False),
        ("In Bolsover, Dennis Skinner's majority was cut to {w}.", "5,100", True),
        ("In Bolsover, Dennis Skinner's majority was cut to {w}.", "5,300", False),  # rounded
        ("In Bolsover, Dennis Skinner's majority is now {w} votes.", "5,288", False),
        ("In Bolsover, Dennis Skinner's majority is now {w} votes.", "5,882", True),
        ("Dennis Skinner held Bolsover with a {w} majority.", "5,288", False),
        ("Dennis Skinner held Bolsover with a {w} majority.", "2,588", True),
    ],
)
def test_majority_wordings_are_read_and_checked(
    tmp_path: Path, story: str, written: str, fires: bool
) -> None:
    path = story_file(tmp_path, story.format(w=written), "uk-ge-2017")
    [seat] = current(load_article(path), "Bolsover")
    assert seat.majority is not None
    assert seat.majority.text == written
    found = [(f.name, f.text) for f in findings_in(path) if f.name == "reference-mismatch"]
    assert found == ([("reference-mismatch", written)] if fires else [])


def test_a_won_by_with_this_time_after_it_is_the_margin(tmp_path: Path) -> None:
    story = "Plaid Cymru's Ben Lake held Ceredigion and has won by 6,329 votes on this occasion."
    [seat] = current(load_article(story_file(tmp_path, story, "uk-ge-2019")), "Ceredigion")
    assert seat.majority is not None
    assert seat.majority.text == "6,329"


# -- a card's changes of share ------------------------------------------------------------------

CARD = (
    "South East Cornwall\n\nVote share\n\nConservative 59.3%\nLabour 20.2%\n\n"
    "Vote share change since 2017\n\n  • Conservative {con} Gained\n  • Labour -2.4 Lost\n"
)


@pytest.mark.parametrize(("con", "fires"), [("+3.9", False), ("+4.9", True)])
def test_a_cards_changes_under_a_share_change_heading(
    tmp_path: Path, con: str, fires: bool
) -> None:
    path = story_file(tmp_path, CARD.format(con=con), "uk-ge-2019")
    changes = [c for c in load_article(path).claims if isinstance(c, ChangeClaim)]
    got = [
        (c.party, c.contest, c.direction, c.amount.text if c.amount else None, c.amount.unit)
        for c in changes
        if c.amount is not None
    ]
    assert got == [
        ("Conservative", "South East Cornwall", Direction.UP, con[1:], Unit.POINTS),
        ("Labour", "South East Cornwall", Direction.DOWN, "2.4", Unit.POINTS),
    ]
    found = [f.text for f in findings_in(path) if f.name == "percent-points-confusion"]
    assert found == ([con] if fires else [])


def test_a_signed_figure_without_the_heading_is_not_a_change() -> None:
    text = "South East Cornwall\n\nConservative 59.3%\n\nSeats\n\n  • Conservative +3.9 Gained\n"
    article = read_prose(Document(path="s.txt", text=text))
    assert not [c for c in article.claims if isinstance(c, ChangeClaim)]


@pytest.mark.parametrize(
    ("line", "amount", "down"),
    [
        ("Alliance 4,824 - 9.8% (+4.4%)", "4.4", False),
        ("Alliance: 9.8% (-4.4)", "4.4", True),
    ],
)
def test_a_bracketed_change_after_a_partys_share(line: str, amount: str, down: bool) -> None:
    text = f"North Belfast\n\nJohn Finucane (SF) 23,078 - 47.1% (+5.4%)\n{line}\n"
    article = read_prose(Document(path="s.txt", text=text))
    changes = [c for c in article.claims if isinstance(c, ChangeClaim) and c.party == "Alliance"]
    assert len(changes) == 1
    change = changes[0]
    assert change.amount is not None
    assert (change.amount.text, change.amount.value) == (amount, Decimal(amount))
    assert change.amount.unit is Unit.POINTS  # cards write points, "%" or not
    assert change.direction is (Direction.DOWN if down else Direction.UP)
    assert change.contest == "Belfast North"
