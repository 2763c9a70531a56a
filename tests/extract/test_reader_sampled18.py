"""The eighteenth session's run of the rest of session 17's sample of the reader's mutants
(docs/testing.md, "Session 18"): each test pins a behaviour a sampled mutant changed and no
test caught.

The sentences are written here in the patterns of the committed examples; none is copied
from an article.
"""

from __future__ import annotations

from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document


def _article(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _turnouts(text: str) -> dict[str | None, float]:
    return {
        contest.name: float(contest.turnout.value)
        for contest in _article(text).contests
        if contest.turnout is not None
    }


# -- reader.py ------------------------------------------------------------------------------


def test_a_winner_named_again_after_the_carry_broke_takes_the_story_back_to_their_seat() -> None:
    # "as did Neath" leaves the carry on the last of two seats, neither the story's own, and
    # the paragraph after names no one, so no seat is known there. Naming Gower's winner again
    # takes the story back to Gower, and it stays there: the turnout after is Gower's.
    text = (
        "Jane Smith won Gower for Labour with 20,000 votes. "
        "John Brown won Neath for Labour with 18,000 votes. Labour held Gower, as did Neath."
        "\n\nIt was a long night for the party."
        "\n\nJane Smith thanked her team. Turnout was 65%."
    )
    assert _turnouts(text) == {"Gower": 65.0}
