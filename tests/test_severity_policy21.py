"""Severity policy, twenty-first session (docs/accuracy.md, "Severity policy on unseen copy").

rank-order-mismatch: a first place that the story says only as a win in words ("won the
seat") is not set against the story's counts, since the count it meets may be another
election's (a past winner's) or another seat's with every tie explicit; a place the story
writes ("came second") is checked as before, at error with its fix, and so is a contest given
as data.

hedge-mismatch: a change's words true of levels taken from the record (the story gives
neither) are not judged for looseness; words false of them are an error with its fix.

Every sentence is ours; the values are the bundled record's: Cambridge 2017 (Daniel Zeichner,
Labour, 29,032, first; Julian Huppert, Liberal Democrat, 16,371, second; John Hayward,
Conservative, 9,133, third).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of, report_of

import factcheck
from factcheck.models import CandidateResult, ContestResult, Figure, Severity, Unit

RANK = "rank-order-mismatch"
WINNER = "Labour hold Cambridge\n\nDaniel Zeichner attracted {n} votes."
# A past winner, his count read as this election's: every tie of it explicit.
PAST_WIN = (
    "It was a far cry from the night Julian Huppert won the seat for the Liberal Democrats "
    "with {m} votes."
)
WRITTEN_PLACE = "Julian Huppert came first with {m} votes."


def _story(second: str, n: int = 29032, m: int = 16371) -> str:
    return WINNER.format(n=f"{n:,}") + "\n\n" + second.format(m=f"{m:,}")


def _reasons(text: str) -> list[str]:
    return [n.reason for n in report_of(text, "uk-ge-2017").not_checked if n.name == RANK]


def test_a_win_in_words_set_against_a_larger_count_is_not_checked() -> None:
    text = _story(PAST_WIN)
    assert findings_of(text, "uk-ge-2017", rule=RANK) == []
    # Other places of the story may be not checked for reasons of their own.
    assert [r for r in _reasons(text) if r.startswith("Julian Huppert's first place")] == [
        "Julian Huppert's first place is a win said in words, not a place the story writes: "
        "which contest and election the counts set against it are of is itself a reading, so "
        "the win is judged against the official record, not against them"
    ]
    # Without an election (no record) it is not checked either.
    report = factcheck.check(factcheck.Document(path="story.txt", text=text))
    assert [f for f in report.findings if f.name == RANK] == []


def test_a_place_the_story_writes_is_found_as_a_warning() -> None:
    # (twenty-second session) A place read from prose is at most a warning, with no fix.
    (f,) = findings_of(_story(WRITTEN_PLACE), "uk-ge-2017", rule=RANK)
    assert (f.severity, f.fix, f.text) == (Severity.WARNING, None, "first")
    assert "Daniel Zeichner (29,032 votes)" in f.message


def test_a_written_place_that_fits_the_counts_is_silent() -> None:
    text = _story("Julian Huppert came second with {m} votes.")
    assert findings_of(text, "uk-ge-2017", rule=RANK) == []


def test_a_win_given_as_data_keeps_its_error() -> None:
    contest = ContestResult(
        name="Cambridge",
        candidates=(
            CandidateResult(name="Daniel Zeichner", votes=Figure.count(29032)),
            CandidateResult(
                name="Julian Huppert",
                votes=Figure.count(16371),
                rank=Figure.count(1, Unit.RANK).model_copy(update={"text": "first"}),
            ),
        ),
        complete=True,
    )
    (f,) = [f for f in factcheck.check(contest).findings if f.name == RANK]
    assert (f.severity, f.fix) == (Severity.ERROR, "came second")


@settings(max_examples=15, deadline=None)
@given(m=st.integers(min_value=1000, max_value=29031))
def test_only_the_written_place_is_weighed_against_the_larger_count(m: int) -> None:
    assert findings_of(_story(PAST_WIN, m=m), "uk-ge-2017", rule=RANK) == []
    (f,) = findings_of(_story(WRITTEN_PLACE, m=m), "uk-ge-2017", rule=RANK)
    assert f.text == "first"


# hedge-mismatch: a change's words judged against the record's levels (the story gives
# neither). Cambridge's majority went from 599 (2015) to 12,661 (2017), up 12,062.
HEDGE = "hedge-mismatch"
CHANGE = "Labour's Daniel Zeichner held Cambridge and increased his majority by {words} votes."


def test_words_false_of_the_records_change_are_an_error_with_its_fix() -> None:
    (f,) = findings_of(CHANGE.format(words="nearly 11,000"), "uk-ge-2017", rule=HEDGE)
    assert (f.severity, f.fix) == (Severity.ERROR, "more than 12,000 votes")
    assert "up 12,062 votes" in f.message


def test_words_true_of_the_records_change_are_not_judged_for_looseness() -> None:
    # "More than 11,000" for 12,062 was an info note with a tighter fix: the story never
    # printed the levels it was judged against.
    text = CHANGE.format(words="more than 11,000")
    assert findings_of(text, "uk-ge-2017", rule=HEDGE) == []
    reasons = [n.reason for n in report_of(text, "uk-ge-2017").not_checked if n.name == HEDGE]
    assert reasons == [
        "“more than 11,000” is true of the change (Daniel Zeichner's majority went from 599 to "
        "12,661, up 12,062 votes (official results, 2015 and 2017)); how loose it is is not "
        "judged against the record's levels, which the story does not give"
    ]


def test_words_true_and_fair_of_the_records_change_are_silent() -> None:
    text = CHANGE.format(words="more than 12,000")
    assert findings_of(text, "uk-ge-2017", rule=HEDGE) == []
    assert not [n for n in report_of(text, "uk-ge-2017").not_checked if n.name == HEDGE]
