"""A hedge that rules out the very number the record holds: "a majority of more than 28,219"
of a majority of 28,219. The message says the number is the record's and the hedge rules it
out; "officially 28,219, not 28,219" said the number was wrong (docs/accuracy.md, "The
eighteenth session"). Our sentences; Bristol West's 2019 majority in the bundled record is
28,219."""

from __future__ import annotations

import pytest
from story_files import findings_of

STORY = "Thangam Debbonaire held Bristol West for Labour with a majority of {said}."


def _messages(said: str) -> list[str]:
    return [f.message for f in findings_of(STORY.format(said=said), "uk-ge-2019")]


@pytest.mark.parametrize(("hedge", "words"), [("more than", "more than"), ("over", "more than")])
def test_a_hedge_ruling_out_the_records_number_says_so(hedge: str, words: str) -> None:
    assert _messages(f"{hedge} 28,219") == [
        "the majority in Bristol West (uk-ge-2019) is officially 28,219, the figure given, "
        f"which “{words}” rules out"
    ]


def test_a_wrong_number_and_a_true_hedge_are_as_before() -> None:
    assert _messages("28,291") == [
        "the majority in Bristol West (uk-ge-2019) is officially 28,219, not 28,291"
    ]
    assert _messages("more than 28,000") == []
    assert _messages("28,219") == []


def _severities(said: str) -> list[str]:
    return [f.severity.value for f in findings_of(STORY.format(said=said), "uk-ge-2019")]


def test_a_hedge_ruling_out_the_records_number_is_a_warning() -> None:
    # (Twenty-first session.) The number is the record's; only the hedge is wrong: a slip of
    # wording, not a wrong figure, so never an error. A wrong number stays an error.
    assert _severities("more than 28,219") == ["warning"]
    assert _severities("just over 28,219") == ["warning"]
    assert _severities("28,291") == ["error"]
