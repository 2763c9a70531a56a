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
