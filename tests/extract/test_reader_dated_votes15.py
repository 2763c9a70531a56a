"""A candidate's votes the text dates to another general election by its year ("In 2015 Mr
Lewis received 19,033 votes"): kept in that election's contest, where the record of that year
judges them (issue 8, fifteenth session). Only where every tie is explicit: an aside that
names a year ("X, who was first elected in 2015, won with N") dates nothing of the count.

Sentences are ours, in the patterns real copy uses; figures are the official ones for the
seat and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import findings_in, story_file

from factcheck.io.articles import load_article
from factcheck.models import Article


def _dated_votes(article: Article) -> list[tuple[str | None, str | None, str, str]]:
    return [
        (c.name, c.election, d.name, d.votes.text)
        for c in article.contests
        if c.dated
        for d in c.candidates
        if d.votes is not None
    ]


# Norwich South: Clive Lewis (Lab) 19,033 in 2015; Fermanagh and South Tyrone: Michelle
# Gildernew (SF) 21,986 in 2019.
_CASES = [
    (
        "uk-ge-2017",
        "Clive Lewis held Norwich South with 31,311 votes.\n\n"
        "In 2015 Mr Lewis received {v} votes, a 39.3 per cent share.",
        ("Norwich South", "uk-ge-2015", "Clive Lewis"),
        "19,033",
        "19,303",
    ),
    (
        "uk-ge-2024",
        "Pat Cullen won Fermanagh and South Tyrone for Sinn Féin, succeeding Michelle"
        " Gildernew, who polled {v} in 2019.",
        ("Fermanagh and South Tyrone", "uk-ge-2019", "Michelle Gildernew"),
        "21,986",
        "21,968",
    ),
]


@pytest.mark.parametrize("case", _CASES)
@pytest.mark.parametrize("which", ["right", "wrong"])
def test_votes_dated_by_their_year_are_that_elections(
    tmp_path: Path, case: tuple[str, str, tuple[str, str, str], str, str], which: str
) -> None:
    election, story, (seat, year, person), right, wrong = case
    written = right if which == "right" else wrong
    path = story_file(tmp_path, story.format(v=written), election)
    assert _dated_votes(load_article(path)) == [(seat, year, person, written)]
    found = [(f.name, f.severity.value) for f in findings_in(path) if f.text == written]
    assert found == ([] if which == "right" else [("reference-mismatch", "error")])


@pytest.mark.parametrize(
    "sentence",
    [
        # An aside names the year: the count after it is this election's, not 2015's.
        "Ian Murray, who was elected as Labour's only Scottish MP in 2015, won Edinburgh"
        " South with 26,269 votes.",
        # A comma between the person and the count: another clause, perhaps about no one.
        "In Edinburgh South Ian Murray had a majority of 2,637 in the 2015 election, however,"
        " 15,541 votes was the gap this time.",
        # A year read as a count: "her 2015 vote".
        "Ian Murray held Edinburgh South with 26,269 votes.\n\nIan Murray topped his 2015 vote"
        " in Edinburgh South.",
        # "at the last election": which election is not sure (a by-election may stand between).
        "Ian Murray polled 19,293 votes at the last election in Edinburgh South.",
    ],
)
def test_no_dated_votes_without_explicit_ties(tmp_path: Path, sentence: str) -> None:
    article = load_article(story_file(tmp_path, sentence, "uk-ge-2017"))
    assert _dated_votes(article) == []


# Edinburgh South, 2017: Ian Murray (Lab) 26,269; Wrexham, 2019: Sarah Atherton (Con), by
# 2,131; Pendle, 2017: Andrew Stephenson (Con) 21,986.
_ASIDES = [
    # West Aberdeenshire and Kincardine, 2019: Fergus Mutch (SNP) 21,909, second.
    (
        "uk-ge-2019",
        "In West Aberdeenshire and Kincardine the SNP, which previously held the seat from 2015"
        " to 2017, took second place, with candidate Fergus Mutch receiving {v} votes.",
        "21,909",
        "21,990",
    ),
    (
        "uk-ge-2017",
        "Ian Murray, who was elected as Labour's only Scottish MP in 2015, won Edinburgh South"
        " with {v} votes.",
        "26,269",
        "26,296",
    ),
    (
        "uk-ge-2019",
        "In Wrexham, Sarah Atherton won the seat, previously held by Labour since 1931, with a"
        " majority of {v}.",
        "2,131",
        "2,311",
    ),
    (
        "uk-ge-2017",
        "In Pendle, Andrew Stephenson, who first became its MP in 2010, polled {v} votes.",
        "21,986",
        "21,689",
    ),
]


@pytest.mark.parametrize("case", _ASIDES)
@pytest.mark.parametrize("which", ["right", "wrong"])
def test_an_aside_dating_a_persons_past_does_not_date_the_count_after_it(
    tmp_path: Path, case: tuple[str, str, str, str], which: str
) -> None:
    election, story, right, wrong = case
    written = right if which == "right" else wrong
    path = story_file(tmp_path, story.format(v=written), election)
    article = load_article(path)
    figures = [
        f.text
        for c in article.contests
        if not c.dated
        for f in (c.majority, *(d.votes for d in c.candidates))
        if f is not None
    ]
    assert figures == [written]
    found = [f.name for f in findings_in(path) if f.text == written]
    assert found == ([] if which == "right" else ["reference-mismatch"])


def test_a_count_inside_the_clause_the_year_dates_is_still_that_years(tmp_path: Path) -> None:
    # The year outside any aside still dates its clause: 2015's count, not 2017's.
    story = "Ian Murray held Edinburgh South in 2015 with 19,293 votes, the SNP's surge aside."
    article = load_article(story_file(tmp_path, story, "uk-ge-2017"))
    assert all(d.votes is None for c in article.contests if not c.dated for d in c.candidates)
