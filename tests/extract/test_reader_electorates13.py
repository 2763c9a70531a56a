"""Electorates of real results copy that went unread (issue 8, thirteenth session): a card's
"Electorate" label with no colon, its figure after it or on the next line ("Electorate
77,935", "Electorate ¶ 71,271", "Electorate 78,244; total vote 46,236"), the noun after the
count ("57.3 per cent of the 75,210 electorate", "of a 72,315 electorate"), the seat between
the noun and its verb ("The number of eligible voters in Foyle was 73,496"), and the people
who could vote ("72,242 residents registered to vote").

Sentences are ours, in the shapes seen in stories of several outlets; figures are the official
2024 or 2019 ones for the seat named, and a wrong variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

_WORDINGS = [
    # (story with {n} for the electorate, seat, election, official electorate)
    (
        "Markus Campbell-Savours held Penrith and Solway.\n\nElectorate {n}\n",
        "Penrith and Solway",
        "uk-ge-2024",
        77_935,
    ),
    (
        "Dáire Hughes held Newry and Armagh.\n\nElectorate {n}; total vote 46,236 (59.1%)\n",
        "Newry and Armagh",
        "uk-ge-2024",
        78_244,
    ),
    (
        "Mary Foy held City of Durham.\n\nElectorate\n{n}\nTurnout\n68.6%\n",
        "City of Durham",
        "uk-ge-2019",
        71_271,
    ),
    (
        "Lewis Cocking held Broxbourne. Turnout in the constituency was 57.3 per cent of the {n}"
        " electorate.",
        "Broxbourne",
        "uk-ge-2024",
        75_210,
    ),
    (
        "Hamish Falconer held Lincoln. Turnout for the night was 58.53% of a {n} electorate.",
        "Lincoln",
        "uk-ge-2024",
        72_315,
    ),
    (
        "Colum Eastwood held Foyle. The number of eligible voters in Foyle was {n}.",
        "Foyle",
        "uk-ge-2024",
        73_496,
    ),
    (
        "Victoria Collins held Harpenden and Berkhamsted. There were {n} residents registered"
        " to vote in the new constituency.",
        "Harpenden and Berkhamsted",
        "uk-ge-2024",
        72_242,
    ),
]


def _electorate(text: str, seat: str) -> str | None:
    found = [
        c.electorate.text for c in article_of(text).contests if c.name == seat and c.electorate
    ]
    return found[0] if found else None


@pytest.mark.parametrize(("wording", "seat", "election", "official"), _WORDINGS)
def test_the_electorate_is_read_and_silent_when_right(
    wording: str, seat: str, election: str, official: int
) -> None:
    text = wording.format(n=f"{official:,}")
    assert _electorate(text, seat) == f"{official:,}"
    assert findings_of(text, election) == []


@pytest.mark.parametrize(("wording", "seat", "election", "official"), _WORDINGS)
@settings(max_examples=6, deadline=None)
# (A count ending in "00" stands for every count it rounds: only unrounded slips are drawn.)
@given(slip=st.integers(min_value=1, max_value=99))
def test_a_wrong_electorate_fires(
    wording: str, seat: str, election: str, official: int, slip: int
) -> None:
    if (official + slip) % 100 == 0:
        slip += 1
    wrong = f"{official + slip:,}"
    text = wording.format(n=wrong)
    assert _electorate(text, seat) == wrong
    assert [f.text for f in findings_of(text, election)] == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # Too few to be a seat's electorate: some people, not the electorate.
        "Jane Smith held Gower. 300 people were eligible to vote twice.",
        # The noun after a count with no article: not said to be the electorate.
        "Jane Smith held Gower. Officials counted 61,820 electorate cards.",
        # The label in prose, not a card's field.
        "Jane Smith held Gower. Electorate 61,820 voters turned out in 2015 too.",
    ],
)
def test_other_counts_near_the_words_are_not_the_electorate(text: str) -> None:
    assert _electorate(text, "Gower") is None
