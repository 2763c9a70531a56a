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


# -- claims/loss_lists.py -------------------------------------------------------------------


def test_the_winner_a_lost_seats_row_names_is_first_in_words() -> None:
    # The row says whom the seat went to, never a number: the placing it implies is written
    # "first", which is what a finding on a wrong placing quotes as stated.
    text = "MPs who lost their seats:\n\n* Jane Smith, Gower (to John Brown – Conservative)\n"
    ranks = [
        (contest.name, c.name, c.rank.value, c.rank.text)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.rank is not None
    ]
    assert ranks == [("Gower", "John Brown", 1, "first")]
