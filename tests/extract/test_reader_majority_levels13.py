"""A majority's two levels, "from … to" (issue 8, thirteenth session): the level it changed
from when the story does not say which election it reports ("increased his majority from 866
to 4,590"), when words right after it date it ("from 1,800 at the last election to more than
19,000", "from just 21 votes in 2017 to 7,538"), with the seat named between the majority and
its levels ("increased his own majority in Edinburgh South from 11,095 to 17,251"), and with
words of emphasis before a level ("from a tiny 21", "to a huge 15,514").

Sentences are ours, in the shapes seen in several stories of several outlets; figures are the
official ones for the seat and year named, and a wrong variant changes one as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, filed_findings, findings_of

import factcheck
from factcheck.models import Article, ContestResult, Document


def _levels(article: Article, seat: str) -> tuple[ContestResult | None, ContestResult | None]:
    """The seat's contest of the story's election, and the one dated to another, each only
    when a majority was read for it."""
    now = [c for c in article.contests if c.name == seat and not c.dated and c.majority]
    then = [c for c in article.contests if c.name == seat and c.dated and c.majority]
    assert len(now) <= 1
    assert len(then) <= 1
    return (now[0] if now else None, then[0] if then else None)


_UNDATED = [
    "Jane Doe held {seat} and increased her majority from {a} to {b}.",
    "Jane Doe held {seat}, where her majority rose from {a} to {b}.",
    "Jane Doe held {seat} and saw her majority soar from {a} to {b}.",
    "Jane Doe held {seat}. She increased her own majority in {seat} from {a} to {b}.",
    "Jane Doe held {seat} and increased her majority from {a} votes to a huge {b}.",
]


@pytest.mark.parametrize("wording", _UNDATED)
def test_the_level_it_changed_from_is_the_election_befores_even_undeclared(
    wording: str,
) -> None:
    text = wording.format(seat="Morecambe and Lunesdale", a="866", b="4,590")
    now, then = _levels(article_of(text), "Morecambe and Lunesdale")
    assert now is not None
    assert now.majority is not None
    assert now.majority.text == "4,590"
    assert then is not None
    assert then.majority is not None
    assert then.majority.text == "866"
    # The story names no election: the record's order of elections names the one before.
    assert then.election is None
    assert then.majority.grounds is not None
    assert "election" in then.majority.grounds.loose  # inferred, never named


@settings(max_examples=12, deadline=None)
# (Near 6,437: a figure far off is not compared for that reason first.)
# (Not 6,437 itself: the right level is no wrong one, and nothing is reported on it.)
@given(a=st.integers(min_value=5_200, max_value=7_700).filter(lambda n: n % 10 != 0 and n != 6_437))
def test_an_undeclared_level_before_is_not_checked_as_if_named(a: int) -> None:
    """Dover: 6,437 in 2017, 12,278 in 2019. The level before is the election before's by
    inference: a wrong one is reported as not checked, with the reason, never as an error."""
    text = f"Natalie Elphicke held Dover and nearly doubled her majority from {a:,} to 12,278."
    report = factcheck.check(Document(path="s.txt", text=text), election="uk-ge-2019")
    assert not [f for f in report.findings if f.text == f"{a:,}"]
    reasons = [s.reason for s in report.not_checked if f"“{a:,}” was read loosely" in s.reason]
    assert reasons
    assert "election" in reasons[0]


@settings(max_examples=12, deadline=None)
# (Near 4,590: a figure far off is not compared, tests/test_reference_far_figures.py.)
@given(b=st.integers(min_value=3_700, max_value=5_500).filter(lambda n: n % 10 != 0))
def test_the_level_now_fires_when_wrong_and_is_silent_when_right(b: int) -> None:
    text = (
        f"David Morris held Morecambe and Lunesdale and increased his majority from 866 to {b:,}."
    )
    fired = [f for f in findings_of(text, "uk-ge-2015") if f.text == f"{b:,}"]
    assert bool(fired) == (b != 4_590)


_DATED_AFTER = [
    # (wording, the election the level before is dated to)
    (
        "Pete Wishart held {seat} and increased his majority from just {a} votes in 2017 to {b}.",
        "uk-ge-2017",
    ),
    ("Pete Wishart held {seat} and saw his majority soar from {a} in 2017 to {b}.", "uk-ge-2017"),
]


@pytest.mark.parametrize(("wording", "election"), _DATED_AFTER)
def test_a_year_right_after_the_level_before_dates_it_alone(wording: str, election: str) -> None:
    text = wording.format(seat="Perth and North Perthshire", a="21", b="7,550")
    now, then = _levels(article_of(text), "Perth and North Perthshire")
    assert then is not None
    assert then.majority is not None
    assert then.majority.text == "21"
    assert then.election == election
    assert then.majority.grounds is not None
    assert not then.majority.grounds.loose
    # The year dates only the level it changed from: the level now is this election's.
    assert now is not None
    assert now.majority is not None
    assert now.majority.text == "7,550"


@settings(max_examples=12, deadline=None)
# (Near 21: a figure far from the record is not compared, tests/test_reference_far_figures.py.)
@given(a=st.integers(min_value=17, max_value=25).filter(lambda n: n % 10 != 0))
def test_a_dated_level_before_fires_when_wrong(
    tmp_path_factory: pytest.TempPathFactory, a: int
) -> None:
    """Perth and North Perthshire: 21 in 2017, 7,550 in 2019; the year names the election."""
    tmp = tmp_path_factory.mktemp("perth")
    text = (
        "Pete Wishart held Perth and North Perthshire and increased his majority from just"
        f" {a} votes in 2017 to 7,550."
    )
    fired = [f for f in filed_findings(tmp, text, "uk-ge-2019") if f.text == str(a)]
    assert bool(fired) == (a != 21)


def test_the_last_election_after_the_level_before_dates_it(tmp_path: Path) -> None:
    """Dundee East: 1,821 in 2010, 19,162 in 2015. "at the last election" names the election
    before the story's, which a by-election between would change: loosely."""
    text = (
        "Stewart Hosie held Dundee East and saw his majority soar from 1,821 at the last"
        " election to 19,162."
    )
    now, then = _levels(article_of(text), "Dundee East")
    assert now is not None
    assert now.majority is not None
    assert now.majority.text == "19,162"
    assert then is not None
    assert then.majority is not None
    assert then.majority.text == "1,821"
    assert then.majority.grounds is not None
    assert "election" in then.majority.grounds.loose
    assert filed_findings(tmp_path, text, "uk-ge-2015") == []


def test_a_clause_dated_elsewhere_leaves_the_level_before_unread() -> None:
    """ "In 2017 she increased her majority from 14,684 to 17,063" in a later story: the year
    may be the change's, so which election the first level is of is unsure."""
    text = "In 2017 Jane Doe increased her majority in West Suffolk from 14,684 to 17,063."
    _now, then = _levels(article_of(text), "West Suffolk")
    assert then is None
