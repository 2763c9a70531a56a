"""Shares named by the whole they are of in other words (issue 8, sixteenth session): "of the
overall vote", "of the popular vote", "of all votes cast", "of ballots cast", "of those who
voted". Each says the percentage is of the votes cast, as "of the vote" does.

Sentences are ours, in the shapes seen in stories of several outlets.
"""

from __future__ import annotations

import pytest
from story_files import article_of


def _share(text: str, seat: str, name: str) -> str | None:
    for c in article_of(text).contests:
        if c.name == seat:
            for cand in c.candidates:
                if cand.name == name and cand.share is not None:
                    return cand.share.text
    return None


@pytest.mark.parametrize(
    "whole",
    [
        "of the overall vote",
        "of the popular vote",
        "of all votes cast",
        "of all the ballots cast",
        "of ballots cast",
        "of those who voted",
        "of those voting",
    ],
)
def test_a_share_of_the_votes_cast_in_other_words_is_read(whole: str) -> None:
    text = f"In Gower, Jane Smith won 5,514 votes, equating to 13.8% {whole}."
    assert _share(text, "Gower", "Jane Smith") == "13.8"


@pytest.mark.parametrize(
    "whole",
    ["of the overall budget", "of the popular press", "of all voters polled", "of those asked"],
)
def test_a_percentage_of_another_whole_is_no_share(whole: str) -> None:
    text = f"In Gower, Jane Smith said 13.8% {whole} backed her."
    assert _share(text, "Gower", "Jane Smith") is None
