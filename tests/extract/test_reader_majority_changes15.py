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
