"""Electorates and majorities in points as real results copy words them, unread before the
sixteenth session (issue 8): a results card's "Registered voters: 66,397" over its "% share:"
line (whose "%" was taken as the count's unit), the seat after "for" or inside "the …
constituency" ("The total electorate for Argyll and Bute was 68,875"), the whole a turnout
is of ("60.74 per cent of a possible 34,236", "34,967 voters out of a possible 48,690"), and
a majority's count restated as a percentage ("a majority of 5,102 or 12.7%", "a majority of
5,575 - 11.5% - on a turnout of 65.5%").

Sentences are ours, in the shapes seen in stories of several outlets.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of

from factcheck.extract.numbers import NumberKind, find_numbers
from factcheck.models import Article


def _contest(article: Article, seat: str) -> object:
    found = [c for c in article.contests if c.name == seat and not c.dated]
    assert len(found) <= 1
    return found[0] if found else None


def _electorate(text: str, seat: str) -> str | None:
    contest = _contest(article_of(text), seat)
    fig = getattr(contest, "electorate", None)
    return fig.text if fig is not None else None


def _majority_share(text: str, seat: str) -> str | None:
    contest = _contest(article_of(text), seat)
    fig = getattr(contest, "majority_share", None)
    return fig.text if fig is not None else None


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=10_000, max_value=99_999),
    gap=st.sampled_from(["\n", "\n\n", "\n  ", " \n"]),
)
def test_a_percent_sign_on_another_line_is_no_unit_of_the_count(count: int, gap: str) -> None:
    text = f"Registered voters: {count:,}{gap}% share: 65.5%"
    first = find_numbers(text)[0]
    assert first.kind is NumberKind.COUNT
    assert first.value == count


@pytest.mark.parametrize("gap", ["", " ", "  "])
def test_a_percent_sign_on_the_same_line_is_the_units(gap: str) -> None:
    (m,) = find_numbers(f"a share of 65.5{gap}%")
    assert m.kind is NumberKind.PERCENT


def test_a_cards_registered_voters_over_its_turnout_block_is_the_electorate() -> None:
    text = (
        "Peter Gibson won Darlington with 48.1% of the vote.\n\n• CON majority: 3,294\n\n"
        "• Registered voters: 66,397\n\n% share:\n    65.5%\n\n• Change since 2017: -2.0\n"
    )
    assert _electorate(text, "Darlington") == "66,397"
    turnout = _contest(article_of(text), "Darlington").turnout  # type: ignore[attr-defined]
    assert turnout is not None
    assert turnout.text == "65.5"


@pytest.mark.parametrize(
    ("text", "seat", "electorate"),
    [
        (
            "The total electorate for Argyll and Bute was 68,875 with 51,939 votes cast.",
            "Argyll and Bute",
            "68,875",
        ),
        (
            "Colum Eastwood held Foyle with 40.8% of the vote. The number of eligible voters in"
            " the Foyle constituency was 73,496.",
            "Foyle",
            "73,496",
        ),
        (
            "Overall the Montgomeryshire turnout was 71.82 per cent, translating to 34,967 voters"
            " out of a possible 48,690.",
            "Montgomeryshire",
            "48,690",
        ),
        (
            "The Orkney and Shetland turnout in this election was 60.74 per cent of a possible"
            " 34,236.",
            "Orkney and Shetland",
            "34,236",
        ),
    ],
)
def test_the_electorate_named_in_these_words_is_read(text: str, seat: str, electorate: str) -> None:
    assert _electorate(text, seat) == electorate


@pytest.mark.parametrize(
    "text",
    [
        # A possible whole that is no electorate: seats, not voters; no turnout before it.
        "In Gower, Labour won 45 per cent of a possible 90,000 council votes.",
        # Too few to be a seat's electorate.
        "In Gower, 600 voters out of a possible 900 postal voters returned their ballots.",
    ],
)
def test_a_possible_whole_that_is_no_electorate_is_not_read(text: str) -> None:
    assert _electorate(text, "Gower") is None


@pytest.mark.parametrize(
    ("text", "seat", "points"),
    [
        ("In Gower, Jane Smith has a majority of 5,102 or 12.7%.", "Gower", "12.7"),
        ("In Arfon, her majority is 16,890 or 35.7%.", "Arfon", "35.7"),
        (
            "In Delyn, Sam Jones held the seat with a majority of 5,575 - 11.5% - on a turnout"
            " of 65.5%.",
            "Delyn",
            "11.5",
        ),
    ],
)
def test_a_majoritys_count_restated_as_a_percentage_is_its_share(
    text: str, seat: str, points: str
) -> None:
    assert _majority_share(text, seat) == points


def test_a_percentage_of_the_vote_after_the_majority_is_the_winners_share() -> None:
    text = "In Neath, Jo Bell has a majority of 5,102 or 12.7% of the vote."
    assert _majority_share(text, "Neath") is None
    (cand,) = _contest(article_of(text), "Neath").candidates  # type: ignore[attr-defined]
    assert cand.share is not None
    assert cand.share.text == "12.7"


def test_a_percentage_going_on_to_a_change_is_not_the_majoritys_share() -> None:
    assert (
        _majority_share(
            "In Aberavon, Sam Lee won a majority of 5,575 - 11.5% up on 2017.", "Aberavon"
        )
        is None
    )


@pytest.mark.parametrize(
    ("text", "seat", "points"),
    [
        (
            "In Tooting, Rosena Allin-Khan increased her majority from 5.3% to 26.6%.",
            "Tooting",
            "26.6",
        ),
        (
            "In Blaenau Gwent there was a rise in Labour's majority from 32.5 per cent in the 2010"
            " election to 40 per cent.",
            "Blaenau Gwent",
            "40",
        ),
    ],
)
def test_the_level_a_majority_in_points_changed_to_is_its_share_now(
    text: str, seat: str, points: str
) -> None:
    assert _majority_share(text, seat) == points


def test_the_level_a_share_changed_to_is_no_majoritys() -> None:
    text = "In Tooting, Rosena Allin-Khan increased her share from 45.3% to 59.6%."
    assert _majority_share(text, "Tooting") is None
