"""A results card's share-change lines labelled by the party's short name or code (issue 8):
"• Green +0.7 Gained", "GRN Green +1.4 Gained", "LAB Labour -11.9 Lost".

In prose "Green" is as often a colour or a surname, so the reader names no party by it; as
the one word opening a card's line, under a "Vote share change" heading, it is the party's
label. A code before the party's name must be that party's own. Sentences are ours, in the
layouts real cards use; figures are South East Cornwall's official ones (2017 to 2019), and
each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_in, story_file

from factcheck.extract.reader import read_prose
from factcheck.models import ChangeClaim, Direction, Document

HEAD = (
    "South East Cornwall\n\nVote share\n\nConservative 59.3%\nLabour 20.2%\n\n"
    "Vote share change since 2017\n\n"
)


def _changes(text: str) -> list[tuple[str | None, Direction | None, str | None]]:
    article = read_prose(Document(path="c.txt", text=text))
    return [
        (c.party, c.direction, c.amount.text if c.amount else None)
        for c in article.claims
        if isinstance(c, ChangeClaim)
    ]


@pytest.mark.parametrize(("green", "fires"), [("+0.3", False), ("+1.3", True)])
def test_a_green_line_on_a_card_is_the_green_partys_change(
    tmp_path: Path, green: str, fires: bool
) -> None:
    body = HEAD + f"  • Conservative +3.9 Gained\n  • Green {green} Gained\n"
    path = story_file(tmp_path, body, "uk-ge-2019")
    assert _changes(body) == [
        ("Conservative", Direction.UP, "3.9"),
        ("Green Party", Direction.UP, green[1:]),
    ]
    found = [f.text for f in findings_in(path) if f.name == "percent-points-confusion"]
    assert found == ([green] if fires else [])


def test_a_cards_code_before_the_partys_name_is_read_with_it() -> None:
    body = HEAD + "CON Conservative +3.9 Gained\n\nGRN Green +0.3 Gained\n\nLAB Labour -2.4 Lost\n"
    assert _changes(body) == [
        ("Conservative", Direction.UP, "3.9"),
        ("Green Party", Direction.UP, "0.3"),
        ("Labour", Direction.DOWN, "2.4"),
    ]


def test_a_code_of_another_party_leaves_the_line_unread() -> None:
    # "CON Labour": the line contradicts itself, so whose change it is cannot be said.
    body = HEAD + "CON Labour -2.4 Lost\n\nGRN Conservative +3.9 Gained\n"
    assert _changes(body) == []


@pytest.mark.parametrize(
    "line",
    [
        "  • Chris Green +0.3 Gained\n",  # a person's line: a results list's, read there
        "  • Green tea +0.3 Gained\n",  # a word after the label: no card's line
    ],
)
def test_green_that_is_no_label_is_not_the_party(line: str) -> None:
    assert ("Green Party", Direction.UP, "0.3") not in _changes(HEAD + line)


def test_a_green_line_without_the_heading_is_no_change() -> None:
    body = "South East Cornwall\n\nConservative 59.3%\n\nSeats\n\n  • Green +0.3 Gained\n"
    assert _changes(body) == []


_PARTIES = [
    ("Conservative", "CON", "Conservative"),
    ("Labour", "LAB", "Labour"),
    ("Liberal Democrat", "LD", "Liberal Democrat"),
    ("Green", "GRN", "Green Party"),
]


@settings(max_examples=40, deadline=None)
@given(
    picks=st.lists(
        st.tuples(
            st.sampled_from(range(len(_PARTIES))),
            st.integers(min_value=-299, max_value=299).filter(bool),
        ),
        min_size=1,
        max_size=4,
        unique_by=lambda p: p[0],
    ),
    layout=st.sampled_from(["  • {name} {change} {word}", "{code} {name} {change} {word}"]),
)
def test_each_line_of_a_rendered_card_reads_back_to_its_party(
    picks: list[tuple[int, int]], layout: str
) -> None:
    lines = []
    want = []
    for k, tenths in picks:
        name, code, party = _PARTIES[k]
        size = f"{abs(tenths) // 10}.{abs(tenths) % 10}"
        sign = "+" if tenths > 0 else "-"
        word = "Gained" if tenths > 0 else "Lost"
        lines.append(layout.format(name=name, code=code, change=sign + size, word=word))
        want.append((party, Direction.UP if tenths > 0 else Direction.DOWN, size))
    body = HEAD + "\n\n".join(lines) + "\n"
    assert _changes(body) == want
    for c in read_prose(Document(path="c.txt", text=body)).claims:
        assert isinstance(c, ChangeClaim)
        assert c.amount is not None
        assert c.contest == "South East Cornwall"
        assert c.amount.value == Decimal(c.amount.text)
