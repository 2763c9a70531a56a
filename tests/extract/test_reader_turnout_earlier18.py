"""A turnout, then the level it changed from in the same clause (issue 8, eighteenth session):
"the turnout was 59.83%, down from 67.4%", "a decrease from 2017's 67%", "that's up from
68.8%", "compared with 54.4% in 2019", "slightly up on 2010's 70.4%". The second level is the
earlier election's turnout: the one its words date it to (checked against that election), else
the election before the story's, tied loosely (so never a finding).

Sentences are ours, in the patterns real copy uses. Gower's official turnout was 73.3% in 2017
(45,576 valid votes of 62,163) and about 72% in 2019."""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import flagged_in, story_file

from factcheck.io.articles import load_article
from factcheck.models import Article, Figure

_LEAD = "Tonia Antoniazzi held Gower for Labour. "


def _turnouts(article: Article) -> dict[str | None, str]:
    """Each turnout read for Gower, by the election the text dates it to (None: the story's,
    or one only inferred)."""
    found: dict[str | None, str] = {}
    for contest in article.contests:
        if contest.name == "Gower" and isinstance(contest.turnout, Figure):
            found[contest.election if contest.dated else None] = contest.turnout.text
    return found


@pytest.mark.parametrize(
    "clause",
    [
        "a decrease from 2017's {v}%",
        "compared with {v}% in 2017",
        "slightly down on 2017's {v}%",
        "lower than the {v} per cent turnout in 2017",
    ],
)
@pytest.mark.parametrize(("written", "fires"), [("73.3", False), ("78.3", True)])
def test_a_dated_earlier_level_after_the_turnout_is_that_election_s(
    tmp_path: Path, clause: str, written: str, fires: bool
) -> None:
    story = _LEAD + "Turnout in Gower was 72.0%, " + clause.format(v=written) + "."
    path = story_file(tmp_path, story, "uk-ge-2019")
    article = load_article(path)
    turnouts = _turnouts(article)
    assert turnouts == {None: "72.0", "uk-ge-2017": written}
    flagged = [text for rule, text in flagged_in(path) if rule == "reference-mismatch"]
    assert any(text is not None and text.startswith(written) for text in flagged) is fires


@pytest.mark.parametrize("written", ["73.3", "78.3"])
def test_an_undated_earlier_level_is_read_loosely_and_never_flagged(
    tmp_path: Path, written: str
) -> None:
    # "down from 78.3%" says no year: the election before is only inferred, so the level is
    # read (an editor can see it) but not compared with the record.
    story = _LEAD + f"In Gower the turnout was 72.0%, down from {written}%."
    path = story_file(tmp_path, story, "uk-ge-2019")
    assert written in _turnouts(load_article(path)).values()
    assert not any(text is not None and written in text for _, text in flagged_in(path))


def test_that_s_up_from_after_a_dash_is_the_earlier_level(tmp_path: Path) -> None:
    story = _LEAD + "The turnout for the Gower constituency is 72.0% - that's down from 73.3%."
    assert "73.3" in _turnouts(load_article(story_file(tmp_path, story, "uk-ge-2019"))).values()


def test_the_story_s_own_year_after_the_second_level_reads_nothing(tmp_path: Path) -> None:
    # "compared with 54.4% in 2019" in a 2019 story: no earlier level, and not this
    # election's turnout either (that is the first level).
    story = _LEAD + "Turnout in Gower was 72.0% compared with 54.4% in 2019."
    turnouts = _turnouts(load_article(story_file(tmp_path, story, "uk-ge-2019")))
    assert turnouts == {None: "72.0"}


def test_a_party_s_share_down_from_a_level_is_no_earlier_turnout(tmp_path: Path) -> None:
    # The first level must be the turnout's: a share between "turnout" and the change makes
    # the change the share's ("with turnout at 72%, Labour's 45.4%, down from 49.0%").
    story = _LEAD + "With turnout in Gower at 72.0%, Labour took 45.4%, down from 49.0%."
    turnouts = _turnouts(load_article(story_file(tmp_path, story, "uk-ge-2019")))
    assert "49.0" not in turnouts.values()
