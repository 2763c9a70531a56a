"""A turnout dated to another election is that election's and nothing else's (issue 12's
mutation testing, session 16: the `return True` after `read_turnout` keeps such a level).

Once kept as an earlier turnout, the figure is spent: no later reading in the sentence may take
it again, however it is worded. The sentences are the team's own."""

from __future__ import annotations

from factcheck.extract.reader import read_prose
from factcheck.models import ChangeClaim, Document


def _changes(text: str) -> list[tuple[str | None, str]]:
    article = read_prose(Document(path="story.txt", text=text))
    return [
        (c.candidate, c.amount.text)
        for c in article.claims
        if isinstance(c, ChangeClaim) and c.amount is not None
    ]


def test_a_dated_turnout_after_a_person_s_possessive_is_no_change_of_that_person_s() -> None:
    # "Tom Jones's 68.8 per cent in 2015" follows a change of Jane Smith's: by ellipsis it
    # could be read as his change too, but the clause is about turnout and the year dates it.
    text = (
        "Jane Smith's share of the vote rose by 5.2 per cent, but turnout fell short of "
        "Tom Jones's 68.8 per cent in 2015."
    )
    assert _changes(text) == [("Jane Smith", "5.2")]


def test_the_same_ellipsis_with_no_turnout_in_its_clause_is_the_second_person_s_change() -> None:
    # The control: the ellipsis reading is there to be had when the figure is no turnout.
    text = "Jane Smith's share of the vote rose by 5.2 per cent, and Tom Jones's 6.8 per cent."
    assert ("Tom Jones", "6.8") in _changes(text)
