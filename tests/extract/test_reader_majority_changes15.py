"""A majority's change said in words with an adverb between ("her majority was greatly
reduced"), or of someone's "own" or "party's" majority ("increased his own majority"),
read as the direction of the seat's majority (issue 8, fifteenth session).

Sentences are ours, in the patterns real copy uses; the record's majorities decide, and each
"wrong" variant turns the direction round as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import findings_in, story_file

from factcheck.io.articles import load_article
from factcheck.models import ChangeClaim, Quantity


def _majority_changes(path: Path) -> list[tuple[str | None, str | None]]:
    return [
        (c.candidate, c.direction_text)
        for c in load_article(path).claims
        if isinstance(c, ChangeClaim) and c.quantity is Quantity.MAJORITY
    ]


def _fired(path: Path) -> list[str]:
    return [f.name for f in findings_in(path) if f.name == "change-direction-mismatch"]


# Broxtowe: Anna Soubry's majority fell from 4,287 (2015) to 863 (2017).
@pytest.mark.parametrize("adverb", ["greatly", "significantly", "sizably", "vastly"])
@pytest.mark.parametrize(("word", "fires"), [("reduced", False), ("increased", True)])
def test_a_majority_changed_with_an_adverb_between(
    tmp_path: Path, adverb: str, word: str, fires: bool
) -> None:
    story = f"In Broxtowe, Anna Soubry held her seat, but her majority was {adverb} {word}."
    path = story_file(tmp_path, story, "uk-ge-2017")
    assert _majority_changes(path) == [("Anna Soubry", word)]
    assert _fired(path) == (["change-direction-mismatch"] if fires else [])


# Edinburgh South: Ian Murray's majority rose from 2,637 (2015) to 15,514 (2017).
@pytest.mark.parametrize("whose", ["his own", "his party's"])
@pytest.mark.parametrize(("word", "fires"), [("increased", False), ("reduced", True)])
def test_his_own_or_his_partys_majority(tmp_path: Path, whose: str, word: str, fires: bool) -> None:
    story = f"Ian Murray {word} {whose} majority in Edinburgh South."
    path = story_file(tmp_path, story, "uk-ge-2017")
    assert _majority_changes(path) == [("Ian Murray", word)]
    assert _fired(path) == (["change-direction-mismatch"] if fires else [])


def test_an_adverb_of_something_else_is_no_majoritys_change(tmp_path: Path) -> None:
    # "majority was only ever" says nothing of a change.
    story = "In Broxtowe, Anna Soubry's majority was only ever a few thousand."
    assert _majority_changes(story_file(tmp_path, story, "uk-ge-2017")) == []


# Foyle: Anne McCloskey polled 2,032 in 2019 and 1,519 in 2024.
_FOYLE = "Colum Eastwood held Foyle with 15,647 votes.\n\nAnne McCloskey saw her vote {words}."


@pytest.mark.parametrize(
    ("words", "fired"),
    [
        ("decrease from 2,032 in 2019 to 1,519 on Thursday", []),
        ("decrease from 2,032 in 2019 to 1,591 on Thursday", ["reference-mismatch"]),
        ("increase from 2,032 in 2019 to 1,519 on Thursday", ["change-direction-mismatch"]),
    ],
)
def test_her_vote_from_one_level_to_another(tmp_path: Path, words: str, fired: list[str]) -> None:
    path = story_file(tmp_path, _FOYLE.format(words=words), "uk-ge-2024")
    article = load_article(path)
    votes = [
        d.votes.text
        for c in article.contests
        for d in c.candidates
        if d.name == "Anne McCloskey" and d.votes is not None
    ]
    assert votes == [words.split(" to ")[1].split(maxsplit=1)[0]]
    changes = [
        (c.previous.text if c.previous else None, c.since)
        for c in article.claims
        if isinstance(c, ChangeClaim) and c.quantity is Quantity.VOTES
    ]
    assert changes == [("2,032", "2019")]
    names = [f.name for f in findings_in(path) if f.severity.value in ("error", "warning")]
    assert names == fired


def test_her_vote_to_a_level_dated_to_another_election_is_left(tmp_path: Path) -> None:
    story = _FOYLE.format(words="decrease from 2,032 to 1,519 in 2019")
    article = load_article(story_file(tmp_path, story, "uk-ge-2024"))
    assert not [
        d
        for c in article.contests
        if not c.dated
        for d in c.candidates
        if d.votes is not None and d.name == "Anne McCloskey"
    ]
