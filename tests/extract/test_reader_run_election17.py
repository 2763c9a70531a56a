"""The run's election is the story's own when its front matter names none (issue 8,
seventeenth session).

The reader knew the story's election only from front matter (``election:``), so with
``factcheck check --election uk-ge-2019 story.txt`` a sentence naming the story's own year
("held Gower in the 2019 election with a majority of …") was taken as another election's
and its figure left unchecked as this one's. The election given to the run
(``--election``, ``check(election=...)``, a configured ``election``) now reaches the reader;
a year that is another election's still dates its figure to that election.

Sentences are ours, in the patterns real copy uses. Gower: Tonia Antoniazzi (Labour) won
in 2017 with 22,727 votes (49.9%), a majority of 3,269, and in 2019 with 20,208 votes
(45.4%), a majority of 1,837; each "wrong" variant changes one figure as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.api import _load_batch, _ReadSettings
from factcheck.config import Config
from factcheck.extract.reader import read_prose
from factcheck.io.articles import read_article
from factcheck.models import Article, Document, OutcomeClaim

_MAJORITY = "Tonia Antoniazzi held Gower for Labour in the {year} election with a majority of {n}."
_SHARE = "Labour's Tonia Antoniazzi took {n}% of the vote in Gower in {year}."
_VOTES = "Tonia Antoniazzi holds Gower in the {year} General Election with {n} votes."

# (sentence, 2019's figure, a slip of it, 2017's figure)
_CASES = [
    (_MAJORITY, "1,837", "1,387", "3,269"),
    (_SHARE, "45.4", "54.4", "49.9"),
    (_VOTES, "20,208", "20,280", "22,727"),
]


def _story(sentence: str, year: str, n: str) -> Document:
    """A story with no front matter: its election is only the run's."""
    return Document(path="story.txt", text=sentence.format(year=year, n=n) + "\n")


def _this_elections(article: Article) -> list[str]:
    """The figures read into the story's own contests (not another election's)."""
    out = []
    for c in article.contests:
        if c.dated:
            continue
        if c.majority is not None:
            out.append(c.majority.text)
        for cand in c.candidates:
            out += [f.text for f in (cand.votes, cand.share) if f is not None]
    return out


def _dated(article: Article) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.election) for c in article.contests if c.dated]


@pytest.mark.parametrize(("sentence", "right", "wrong", "earlier"), _CASES)
def test_the_runs_year_is_this_elections(
    sentence: str, right: str, wrong: str, earlier: str
) -> None:
    article = read_prose(_story(sentence, "2019", right), election="uk-ge-2019")
    assert right in _this_elections(article)
    assert _dated(article) == []


@pytest.mark.parametrize(("sentence", "right", "wrong", "earlier"), _CASES)
def test_another_year_is_still_another_elections(
    sentence: str, right: str, wrong: str, earlier: str
) -> None:
    article = read_prose(_story(sentence, "2017", earlier), election="uk-ge-2019")
    assert earlier not in _this_elections(article)
    if sentence is not _SHARE:  # a share another election's is left unread, not kept
        assert _dated(article) == [("Gower", "uk-ge-2017")]


@pytest.mark.parametrize(("sentence", "right", "wrong", "earlier"), _CASES)
def test_without_an_election_a_year_dates_nothing_to_this_one(
    sentence: str, right: str, wrong: str, earlier: str
) -> None:
    # No front matter, no run's election: which election is the story's is not known, so
    # the year's figure is not taken as this election's (as before).
    article = read_prose(_story(sentence, "2019", right))
    assert right not in _this_elections(article)


@pytest.mark.parametrize(("sentence", "right", "wrong", "earlier"), _CASES)
def test_front_matter_names_the_files_own_election(
    sentence: str, right: str, wrong: str, earlier: str
) -> None:
    # Front matter is the file's own word: under a run's uk-ge-2019 a story declaring
    # uk-ge-2017 still reads "in 2019" as another election's.
    text = "---\nelection: uk-ge-2017\n---\n" + sentence.format(year="2019", n=right) + "\n"
    article = read_article(Document(path="story.md", text=text), None, "uk-ge-2019")
    assert right not in _this_elections(article)


def _flagged(report: factcheck.Report) -> list[str]:
    return [f.name for f in report.findings if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize(("sentence", "right", "wrong", "earlier"), _CASES)
def test_check_fires_on_a_wrong_figure_of_the_given_election(
    sentence: str, right: str, wrong: str, earlier: str
) -> None:
    assert _flagged(factcheck.check(_story(sentence, "2019", wrong), election="uk-ge-2019"))
    assert not _flagged(factcheck.check(_story(sentence, "2019", right), election="uk-ge-2019"))


def test_the_majority_tied_by_its_year_is_an_error() -> None:
    # Subject, seat and election all named: a sure reading, so an error (it was a warning
    # when the year was read as a dated contest's, the election inferred).
    report = factcheck.check(_story(_MAJORITY, "2019", "1,387"), election="uk-ge-2019")
    assert [(f.name, f.severity.value) for f in report.findings] == [
        ("reference-mismatch", "error")
    ]


@pytest.mark.parametrize(("sentence", "right", "wrong", "earlier"), _CASES)
def test_another_years_right_figure_stays_silent(
    sentence: str, right: str, wrong: str, earlier: str
) -> None:
    # 2017's figure under uk-ge-2019 is 2017's: never checked against 2019's record.
    report = factcheck.check(_story(sentence, "2017", earlier), election="uk-ge-2019")
    assert not _flagged(report)


def test_a_configured_election_is_the_storys_too() -> None:
    config = Config(election="uk-ge-2019")
    assert _flagged(factcheck.check(_story(_MAJORITY, "2019", "1,387"), config=config))
    assert not _flagged(factcheck.check(_story(_MAJORITY, "2019", "1,837"), config=config))


def test_a_file_read_by_path_gets_the_runs_election(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(_MAJORITY.format(year="2019", n="1,387") + "\n", encoding="utf-8")
    assert _flagged(factcheck.check(path, election="uk-ge-2019"))
    # A worker reading a folder's files in batches is given it too.
    (article,) = _load_batch([str(path)], _ReadSettings(election="uk-ge-2019"))
    assert isinstance(article, Article)
    assert "1,387" in _this_elections(article)


# An outcome whose words the story's own year follows ("holds Gower in the 2019 General
# Election") is this election's; another year after them dates it to that election.
_HOLD = "{who} holds Gower in the {year} General Election."


def _outcomes(article: Article) -> list[str]:
    return [c.verb for c in article.claims if isinstance(c, OutcomeClaim)]


@pytest.mark.parametrize(("year", "read"), [("2019", True), ("2017", False)])
def test_an_outcome_dated_by_the_storys_own_year_is_read(year: str, read: bool) -> None:
    text = _HOLD.format(who="Tonia Antoniazzi", year=year) + "\n"
    article = read_prose(Document(path="story.txt", text=text), election="uk-ge-2019")
    assert bool(_outcomes(article)) is read


@pytest.mark.parametrize(
    ("who", "flagged"), [("Francesca O'Brien", True), ("Tonia Antoniazzi", False)]
)
def test_check_fires_on_a_wrong_winner_of_the_given_elections_year(who: str, flagged: bool) -> None:
    story = Document(path="story.txt", text=_HOLD.format(who=who, year="2019") + "\n")
    assert bool(_flagged(factcheck.check(story, election="uk-ge-2019"))) is flagged
    # Dated to 2017, when she did not stand, it is no claim about 2019's result.
    story = Document(path="story.txt", text=_HOLD.format(who=who, year="2017") + "\n")
    assert not _flagged(factcheck.check(story, election="uk-ge-2019"))
