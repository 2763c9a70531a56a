"""A count, then the verb that won it and its owner (issue 8, nineteenth session): "the 1,727
votes picked up by Brexit Party candidate Cameron Edwards", "the 17,421 received by
Conservative incumbent Kirstene Hair", "the 8,487 vote achieved by Mr Easton", "the 5,096
that were cast for Liberal Democrat candidate Sammy Barry-Mears" (four outlets). The count is
the owner's votes; not a count with a noun of its own between ("the 3,000 majority achieved
by"), nor one of another election ("back in 2017"): that is left unread.

Sentences are ours, in the patterns real copy uses. Gower 2019: Tonia Antoniazzi (Labour)
20,208, Francesca O'Brien (Conservative) 18,371, Alison Chapman (Liberal Democrat) 2,236."""

from __future__ import annotations

import pytest
from story_files import article_of, findings_of

from factcheck.models import Figure

_LEAD = "Tonia Antoniazzi held Gower for Labour with 20,208 votes. "


def _votes_of(text: str, surname: str) -> str | None:
    for contest in article_of(text).contests:
        if contest.name != "Gower" or contest.dated:
            continue
        for c in contest.candidates:
            if c.name is not None and c.name.endswith(surname) and isinstance(c.votes, Figure):
                return c.votes.text
    return None


@pytest.mark.parametrize(
    ("sentence", "surname"),
    [
        (
            "She was well ahead of the {n} votes picked up by Conservative candidate "
            "Francesca O'Brien.",
            "O'Brien",
        ),
        (
            "Her votes beat the {n} received by Conservative challenger Francesca O'Brien.",
            "O'Brien",
        ),
        ("Ms Antoniazzi overcame the {n} vote achieved by Francesca O'Brien.", "O'Brien"),
        ("Compare the {n} that were cast for Conservative candidate Francesca O'Brien.", "O'Brien"),
    ],
)
@pytest.mark.parametrize(("written", "fires"), [("18,371", False), ("18,731", True)])
def test_a_count_won_by_its_owner_named_after_it_is_theirs(
    sentence: str, surname: str, written: str, fires: bool
) -> None:
    text = _LEAD + sentence.format(n=written)
    assert _votes_of(text, surname) == written
    assert (written in [f.text for f in findings_of(text, "uk-ge-2019")]) is fires


@pytest.mark.parametrize(
    "sentence",
    [
        # a noun of its own: the count is a majority, not her votes
        "It erased the 3,269 majority achieved by Francesca O'Brien's party.",
        # a sentence that counts no votes: "received by" alone does not say what was received
        "That beat the 18,371 received by Conservative challenger Francesca O'Brien.",
        # another election's: left unread, not taken as this one's
        "That was up on the 18,000 votes achieved by Francesca O'Brien back in 2017.",
    ],
)
def test_no_votes_without_the_wording(sentence: str) -> None:
    assert _votes_of(_LEAD + sentence, "O'Brien") is None
