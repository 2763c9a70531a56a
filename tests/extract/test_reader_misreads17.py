"""Misreadings the seventeenth session found on the stories' skeletons whose own words
misread them, whatever stood around them.

A score after one person only ("beating Liberal Democrat Jane Smith by 20,000 votes to
15,000", "over the SNP's John Brown, 11,705 votes to 11,501", "was beaten by Jane Smith by
18,478 votes to 22,637"): the one beaten has the smaller count, the one who beat the larger;
the other count is nobody's here (it was the nearest person's: the one beaten was given the
winner's total). "The Shadow Education Secretary received …", "The Broughty Ferry Tory
councillor took …": a run of capitals between "the" and a role is the role's words up to its
first given name or title, not a person called "Shadow Education".

Sentences are ours, in the patterns real copy uses; figures are the official ones for the seat
and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from story_files import candidates_read, figures_by_name, findings_of

# A score after one person only.


@pytest.mark.parametrize(
    ("sentence", "who", "votes"),
    [
        (
            "The Liberal Democrats kept Caithness, Sutherland and Easter Ross by a whisker "
            "over the SNP's Karl Rosie, 11,705 votes to 11,501.",
            "Karl Rosie",
            11501,
        ),
        (
            "beating Liberal Democrat Jane Smith by 20,000 votes to 15,000.",
            "Jane Smith",
            15000,
        ),
        (
            "She held the seat comfortably, defeating Tom Brown 20,000 votes to 15,000.",
            "Tom Brown",
            15000,
        ),
        (
            "In the end he was beaten by former councillor Jane Smith by 18,478 votes to 22,637.",
            "Jane Smith",
            22637,
        ),
    ],
)
def test_a_score_after_one_person_gives_them_their_side(
    sentence: str, who: str, votes: int
) -> None:
    assert figures_by_name(sentence)[who][1] == votes


def test_a_score_after_its_subject_is_still_theirs() -> None:
    # No word of beating before the one person: they are the score's subject.
    assert (
        figures_by_name("Jane Smith won with 20,000 votes to 15,000 for Labour.")["Jane Smith"][1]
        == 20000
    )


def test_the_winners_count_is_not_flagged_as_the_beaten_ones() -> None:
    right = (
        "The Liberal Democrats kept Caithness, Sutherland and Easter Ross by a whisker "
        "over the SNP's Karl Rosie, 11,705 votes to 11,501."
    )
    assert findings_of(right, "uk-ge-2019") == []
    # The one beaten's count, written wrong, is still caught.
    wrong = right.replace("11,501", "11,051")
    assert [f.text for f in findings_of(wrong, "uk-ge-2019")] == ["11,051"]


# Titles and places after "the".


@pytest.mark.parametrize(
    "sentence",
    [
        "The Shadow Education Secretary received 18,837 votes, 47.05% of the vote.",
        "The Broughty Ferry Tory councillor took 10,986 votes.",
        "the Newcastle City councillor polled 4,000 votes.",
    ],
)
def test_a_title_after_the_is_nobody(sentence: str) -> None:
    assert candidates_read(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The Shadow Education Secretary Bridget Phillipson received 18,837 votes.",
            "Bridget Phillipson",
        ),
        ("The Rev Willie McCrea polled 10,000 votes.", "Rev Willie McCrea"),
        # No role after the run: a name (the reader takes the nickname from "Crofter" on).
        ("Independent Ronnie the Crofter Campbell got 499 votes.", "Crofter Campbell"),
    ],
)
def test_a_name_after_a_title_or_with_a_nickname_is_kept(sentence: str, who: str) -> None:
    assert who in candidates_read(sentence)
