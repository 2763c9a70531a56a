"""Which seat a figure belongs to in copy about several seats (issue 8, fifteenth session).

A seat named in an aside of its sentence ("- as with the situation in Yeovil -", a bracket
telling where a candidate lives) is named in passing: the story does not turn to it, and the
sentence's figures outside the aside are not its. A bracket or a pair of dashes that only
labels people or rows ("Marcus Fysh (Yeovil)", "- Jo Smith in Yeovil and Al Brown in Wells
-") still names their seats.

Sentences are ours; the figures are the official 2019 ones for the seats named.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, flagged_in, story_file

from factcheck.models import Article

YEOVIL = [
    ("Marcus Fysh", "Con", "34,588"),
    ("Mick Clark", "LD", "18,407"),
    ("Terry Ledlie", "Lab", "3,761"),
    ("Diane Wood", "Green", "1,629"),
]


def _rows(rows: list[tuple[str, str, str]], between: str = "\n\n") -> str:
    return between.join(f"{name} ({party}): {votes}" for name, party, votes in rows)


def _seats_by_name(article: Article) -> dict[str, str | None]:
    return {c.name: co.name for co in article.contests for c in co.candidates}


# Asides naming another seat in passing, each a clause of its own.
ASIDES = [
    " - as with the situation in Somerton and Frome - ",
    " – who, like her colleague in Somerton and Frome, had campaigned for months – ",
    " (who gave an address in Somerton and Frome on the ballot paper) ",
]


def _aside_story(aside: str, green_votes: str = "1,629") -> str:
    rows = [*YEOVIL[:3], ("Diane Wood", "Green", green_votes)]
    return (
        "Marcus Fysh held Yeovil for the Conservatives with an increased majority.\n\n"
        f"Liberal Democrat Mick Clark{aside}came a distant second.\n\n"
        f"The votes:\n\n{_rows(rows)}\n"
    )


@pytest.mark.parametrize("aside", ASIDES)
def test_a_seat_named_in_an_aside_does_not_take_the_story_there(aside: str) -> None:
    seats = _seats_by_name(article_of(_aside_story(aside)))
    assert {seats[name] for name, _, _ in YEOVIL} == {"Yeovil"}


@pytest.mark.parametrize("aside", ASIDES)
@pytest.mark.parametrize(("written", "fires"), [("1,629", False), ("1,692", True)])
def test_the_list_after_an_aside_is_checked_in_the_storys_seat(
    tmp_path: Path, aside: str, written: str, fires: bool
) -> None:
    # (A warning: the story names two seats, so its list's seat is carried, not named.)
    path = story_file(tmp_path, _aside_story(aside, written), "uk-ge-2019")
    assert flagged_in(path) == ([("reference-mismatch", written)] if fires else [])


def test_an_aside_giving_a_figure_keeps_its_seat_for_it() -> None:
    # "(who won Somerton and Frome by 19,213 votes)": the figure inside is the aside's seat's.
    story = (
        "Marcus Fysh held Yeovil for the Conservatives.\n\n"
        "His colleague David Warburton (who held Somerton and Frome with a majority of 19,213)"
        " congratulated him.\n"
    )
    article = article_of(story)
    majorities = {c.name: c.majority.text for c in article.contests if c.majority is not None}
    assert majorities == {"Somerton and Frome": "19,213"}


@pytest.mark.parametrize(
    "label",
    [
        " (Somerton and Frome) ",
        " - David Warburton in Somerton and Frome and Marcus Fysh in Yeovil - ",
    ],
)
def test_a_bracket_or_dashes_labelling_people_still_name_their_seat(label: str) -> None:
    # The control: no clause, only a seat or people with their seats: the story turns.
    story = (
        "Marcus Fysh held Yeovil for the Conservatives.\n\n"
        f"The other Tory winners{label}were cheered at the count.\n\n"
        "David Warburton (Con): 36,230\n\nAdam Boyden (LD): 17,017\n"
    )
    seats = _seats_by_name(article_of(story))
    assert seats["Adam Boyden"] != "Yeovil"


@settings(max_examples=40, deadline=None)
@given(
    lead=st.sampled_from(["as with", "just as in", "unlike the result in", "much like"]),
    tail=st.sampled_from(["last time", "two years ago", "in the past", "before the count"]),
    dash=st.sampled_from(["-", "–", "—"]),
)
def test_any_dashed_comparison_is_an_aside(lead: str, tail: str, dash: str) -> None:
    aside = f" {dash} {lead} Somerton and Frome {tail} {dash} "
    seats = _seats_by_name(article_of(_aside_story(aside)))
    assert {seats[name] for name, _, _ in YEOVIL} == {"Yeovil"}
