"""The seventeenth session's samples of the reader's never-run mutants (docs/testing.md,
"Session 17"): each test pins a behaviour a sampled mutant changed and no test caught.

The sentences are written here in the patterns of the committed examples; none is copied
from an article.
"""

from __future__ import annotations

from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document


def _article(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _votes(text: str) -> dict[str, int]:
    return {
        c.name: int(c.votes.value)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.name and c.votes is not None
    }


# -- claims/bare_scores.py ------------------------------------------------------------------


def test_two_equal_bare_counts_are_no_winners_score() -> None:
    # A winner's count must be the larger: equal counts "won with N, ahead of X on N" say
    # something else (a slip, or another count), so neither is read as votes.
    text = (
        "Plaid Cymru held Carmarthen East and Dinefwr, the count's votes showed. "
        "Jonathan Edwards won with 14,500, ahead of Labour's David Darkin on 14,500."
    )
    assert _votes(text) == {}


def test_a_bare_scores_counts_say_how_each_was_read() -> None:
    # The grounds are what a reader of the report sees: each count says which wording tied it.
    text = (
        "Plaid Cymru held Carmarthen East and Dinefwr, the count's votes showed. "
        "Jonathan Edwards won with 16,127, ahead of Labour's David Darkin on 12,219."
    )
    grounds = {
        c.name: c.votes.grounds
        for contest in _article(text).contests
        for c in contest.candidates
        if c.votes is not None
    }
    winner, rival = grounds["Jonathan Edwards"], grounds["David Darkin"]
    assert winner is not None
    assert rival is not None
    assert winner.what.startswith("“won … with N”, set against a rival's smaller count")
    assert rival.what == "“followed by / ahead of NAME with N” after the winner's count"
    assert rival.subject == "David Darkin, the rival named right before it"


def _firsts(text: str) -> set[tuple[str | None, str | None]]:
    return {
        (contest.name, c.name)
        for contest in _article(text).contests
        for c in contest.candidates
        if c.rank is not None and c.rank.value == 1
    }


# -- claims/beat_winners.py -----------------------------------------------------------------


def test_a_win_over_a_rival_is_not_placed_in_either_of_two_seats_named_after_it() -> None:
    # "X beat Y" with no seat right after Y: the two seats later in the sentence are another
    # clause's, so X is first in neither (even with exactly two seats named).
    text = "Jane Smith beat John Brown, and Labour held Wigan and Makerfield."
    assert _firsts(text) == set()
