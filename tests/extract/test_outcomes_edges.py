"""Winners and outcomes (``claims/outcomes.py``) at the edges the twelfth session's mutation
run found untested.

Sentences are ours, in the patterns real copy uses; each has a control read the other way.
"""

from __future__ import annotations

from factcheck.extract.reader import read_prose
from factcheck.models import Document


def _firsts(text: str) -> list[str]:
    """The people read as placed first."""
    article = read_prose(Document(path="a.txt", text=text))
    return [
        c.name
        for co in article.contests
        for c in co.candidates
        if c.rank is not None and c.rank.value == 1
    ]


def test_a_win_for_a_person_after_a_beaten_party_is_theirs() -> None:
    # "Tories beaten in win for Jane Smith": the beaten word before her is about the party;
    # the "win for" names her as the winner.
    assert _firsts("Bristol West\n\nTories beaten in win for Jane Smith") == ["Jane Smith"]
    # The control: with no word of winning, nobody is placed first.
    assert _firsts("Bristol West\n\nTories beaten, says Jane Smith") == []


def test_at_the_expense_of_after_someone_not_placed_first_reads_no_loser() -> None:
    # "at the expense of John Brown" takes a loser only from a winner read in the sentence;
    # a candidate with votes but no placing is no winner.
    text = (
        "Bristol West\n\nJane Smith polled 24,000 votes. Jane Smith gained support at the"
        " expense of John Brown."
    )
    assert _firsts(text) == []
    # The control: a winner read in the sentence keeps her placing.
    text = "Bristol West\n\nJane Smith was elected in Bristol West, at the expense of John Brown."
    assert _firsts(text) == ["Jane Smith"]
