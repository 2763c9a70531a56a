"""A majority and the level it changed from (issue 8, nineteenth session).

- After the level, in its clause: "a slim majority of 1,306 down from the 6,706 in 2019", "a
  10,319 majority, compared to 8,597 in 2010", "majority to 18,757 against 1,236 last time",
  "cutting his majority to 9,565 from 13,598" (eight outlets).
- Before "to" and the level it reached: "increased the Tory majority of 195 to more than
  2000", "increasing his 3810 majority to 11503", "her majority of 7,000 from 2017 was slashed
  to just 843" (three outlets). The first level was read as this election's majority: a
  misreading, and a wrong finding on correct copy.
- "Previously she had a majority of 26,195" (three outlets): the majority before this one.

The earlier level is the earlier election's majority: the one its words date it to (checked
against that election), else the election before the story's, tied loosely (never a finding).

Sentences are ours, in the patterns real copy uses. Gower: Tonia Antoniazzi (Labour) won by
3,269 in 2017 and by 1,837 in 2019."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import flagged_in, story_file

from factcheck.extract.reader import read_prose
from factcheck.io.articles import load_article
from factcheck.models import Article, Document, Figure

_LEAD = "Tonia Antoniazzi held Gower for Labour"


def _majorities(article: Article) -> dict[str | None, list[str]]:
    """Each majority read for Gower (restated ones after the first), by the election the text
    dates it to (None: the story's; "before": the election before, only inferred)."""
    found: dict[str | None, list[str]] = {}
    for contest in article.contests:
        if contest.name != "Gower" or not isinstance(contest.majority, Figure):
            continue
        key: str | None = None
        if contest.dated:
            grounds = contest.majority.grounds
            loose = grounds is not None and "election" in grounds.loose
            key = "before" if loose else contest.election
        texts = [contest.majority.text, *(f.text for f in contest.restated)]
        found[key] = texts
    return found


def _flagged(path: Path, written: str) -> bool:
    return any(
        rule == "reference-mismatch" and text is not None and written in text
        for rule, text in flagged_in(path)
    )


@pytest.mark.parametrize(
    "clause",
    [
        "with a majority of 1,837, down from {v} in 2017",
        "with a 1,837 majority, compared to {v} in 2017",
        "with a majority of 1,837 over Francesca O'Brien, down from {v} in 2017",
        "with a slim majority of 1,837 down from the {v} in 2017",
        "with a majority of 1,837, down from 2017's {v}",
    ],
)
@pytest.mark.parametrize(("written", "fires"), [("3,269", False), ("3,296", True)])
def test_a_dated_earlier_level_after_the_majority_is_that_election_s(
    tmp_path: Path, clause: str, written: str, fires: bool
) -> None:
    story = f"{_LEAD} {clause.format(v=written)}."
    path = story_file(tmp_path, story, "uk-ge-2019")
    assert _majorities(load_article(path)) == {None: ["1,837"], "uk-ge-2017": [written]}
    assert _flagged(path, written) is fires


@pytest.mark.parametrize("written", ["3,269", "3,296"])
@pytest.mark.parametrize(
    "clause",
    [
        "with a majority of 1,837, down from {v}",
        "with her majority cut to 1,837 from {v}",
        "with a majority of 1,837 against {v} last time",
    ],
)
def test_an_earlier_level_with_no_year_is_the_election_before_s_loosely(
    tmp_path: Path, clause: str, written: str
) -> None:
    # No year: the election before is inferred ("last time" names no year either: a
    # by-election between would be the last time too), so the level is read, not flagged.
    path = story_file(tmp_path, f"{_LEAD} {clause.format(v=written)}.", "uk-ge-2019")
    majorities = _majorities(load_article(path))
    assert majorities[None] == ["1,837"]
    assert written in (majorities.get("before") or majorities.get("uk-ge-2017") or [])
    assert not _flagged(path, written)


@pytest.mark.parametrize(
    "sentence",
    [
        "She cut the Labour majority of {old} to {new}.",
        "She saw Labour home, cutting her {old} majority to {new}.",
        "Her majority of {old} from 2017 was slashed to {new}.",
    ],
)
@pytest.mark.parametrize(("new", "fires"), [("1,837", False), ("1,873", True)])
def test_the_level_a_majority_changed_from_is_never_this_election_s(
    tmp_path: Path, sentence: str, new: str, fires: bool
) -> None:
    # Read before as this election's majority, 3,269 raised a wrong finding against 1,837,
    # and the level it reached was left unread.
    story = f"{_LEAD}. " + sentence.format(old="3,269", new=new)
    path = story_file(tmp_path, story, "uk-ge-2019")
    majorities = _majorities(load_article(path))
    assert majorities[None] == [new]
    assert "3,269" not in majorities[None]
    assert not _flagged(path, "3,269")
    assert _flagged(path, new) is fires


def test_a_year_after_from_dates_the_first_level(tmp_path: Path) -> None:
    story = f"{_LEAD}. Her majority of 3,296 from 2017 was slashed to 1,837."
    path = story_file(tmp_path, story, "uk-ge-2019")
    assert _majorities(load_article(path)) == {None: ["1,837"], "uk-ge-2017": ["3,296"]}
    assert _flagged(path, "3,296")


@pytest.mark.parametrize(
    "sentence",
    ["Previously she had a majority of {v}.", "Labour previously had a majority of {v} in Gower."],
)
@pytest.mark.parametrize("written", ["3,269", "3,296"])
def test_a_majority_held_previously_is_the_last_one_loosely(
    tmp_path: Path, sentence: str, written: str
) -> None:
    path = story_file(tmp_path, f"{_LEAD}. " + sentence.format(v=written), "uk-ge-2019")
    assert _majorities(load_article(path)) == {"before": [written]}
    assert not _flagged(path, written)


def test_previously_with_a_year_in_the_sentence_is_left_to_the_year(tmp_path: Path) -> None:
    story = f"{_LEAD}. Previously, in 2015, the seat had a majority of 27."
    majorities = _majorities(load_article(story_file(tmp_path, story, "uk-ge-2019")))
    assert "before" not in majorities


def test_an_earlier_majority_written_again_is_kept_both_times(tmp_path: Path) -> None:
    # A bound, then the exact figure it meets: one majority, each place checked.
    story = (
        f"{_LEAD}. She previously had a majority of over 3,000. In 2017 she won Gower by 3,269 "
        "votes."
    )
    majorities = _majorities(load_article(story_file(tmp_path, story, "uk-ge-2019")))
    assert majorities == {"before": ["3,000", "3,269"]}  # the first with its hedge, "over"


@pytest.mark.parametrize(
    "story",
    [
        # another count after the comparison: a rival's votes, not the earlier majority
        f"{_LEAD} with a majority of 1,837, compared with 18,371 votes for Francesca O'Brien.",
        # a year after "from" is no level
        f"{_LEAD} with a majority of 1,837 from 2017 onwards.",
        # a range, with no verb of change: no level it changed from
        f"{_LEAD}. Polls gave her a majority of 1,000 to 2,000 votes.",
    ],
)
def test_no_earlier_majority_without_the_wording(tmp_path: Path, story: str) -> None:
    majorities = _majorities(load_article(story_file(tmp_path, story, "uk-ge-2019")))
    assert all(key is None for key in majorities)


_CONNECTIVES = (", down from {v} in 2017", ", compared to {v} in 2017", " - up from {v} in 2017")


@settings(max_examples=40, deadline=None)
@given(
    now=st.integers(min_value=100, max_value=40_000),
    then=st.integers(min_value=100, max_value=40_000),
    connective=st.sampled_from(_CONNECTIVES),
)
def test_the_two_levels_are_recovered_whatever_their_values(
    now: int, then: int, connective: str
) -> None:
    text = f"{_LEAD} with a majority of {now:,}" + connective.format(v=f"{then:,}") + ".\n"
    article = read_prose(Document(path="story.md", text=text), election="uk-ge-2019")
    assert _majorities(article) == {None: [f"{now:,}"], "uk-ge-2017": [f"{then:,}"]}
