"""A results card's numbered party line over its candidate's name (issue 8, thirteenth
session): "1. Conservative", then "Jane Hunt" alone on the next line, then her "• Votes:" and
"• Vote share %:" fields. The party is hers, so a table of shares by party further down
("Conservative 51.2%") is her share said again, kept and checked where it stands.

Cards are ours, in the layout constituency result pages use; figures are the official ones for
the seat and year named, and a wrong variant changes one as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import contest_named, findings_in, story_file

from factcheck.io.articles import load_article

# Loughborough, 2019: Jane Hunt (Conservative) 27,954 votes, 51.2%; Stuart Brady (Labour)
# 20,785, 38.0%.
_CARDS = (
    "  1. Conservative\n    Jane Hunt\n    • Votes: 27,954\n    • Vote share %: {card}\n"
    "  2. Labour\n    Stuart Brady\n    • Votes: 20,785\n    • Vote share %: 38.0\n\n"
    "Jane Hunt has been elected MP for Loughborough.\n\n"
    "Vote share\n\nParty % share\nConservative {con}\nLabour 38.0%\n"
)


def _story(con: str, card: str = "51.2") -> str:
    return _CARDS.format(con=con, card=card)


def _read(tmp_path: Path, con: str) -> dict[str, tuple[str | None, str | None, list[str]]]:
    path = story_file(tmp_path, _story(con), "uk-ge-2019")
    seat = contest_named(load_article(path), "Loughborough")
    # (fifteenth session) The shares said again: the card's numbering, a placing said again
    # beside the winner's words, is kept there too.
    return {
        c.name: (
            c.party,
            c.share.text if c.share else None,
            [r.text for r in c.restated if r.unit.value == "percent"],
        )
        for c in seat.candidates
    }


def test_a_numbered_party_line_is_the_next_names_party(tmp_path: Path) -> None:
    read = _read(tmp_path, "51.2%")
    assert read["Jane Hunt"][0] == "Conservative"
    assert read["Stuart Brady"][0] == "Labour"


def test_the_party_table_says_each_share_again(tmp_path: Path) -> None:
    read = _read(tmp_path, "51.2%")
    assert read["Jane Hunt"][1:] == ("51.2", ["51.2"])
    assert read["Stuart Brady"][1:] == ("38.0", ["38.0"])
    assert len(read) == 2  # no third candidate known only by party
    assert findings_in(story_file(tmp_path, _story("51.2%"), "uk-ge-2019")) == []


def test_another_value_in_the_table_is_left_unread(tmp_path: Path) -> None:
    """A figure of another sentence with another value may be another election's or a
    rounding: left unread, as for any figure said again elsewhere."""
    read = _read(tmp_path, "50.2%")
    assert read["Jane Hunt"][1:] == ("51.2", [])
    assert len(read) == 2


@settings(max_examples=10, deadline=None)
@given(tenths=st.integers(min_value=420, max_value=600))
def test_the_table_share_is_checked_where_it_stands(
    tmp_path_factory: pytest.TempPathFactory, tenths: int
) -> None:
    """The card and the table give one share: each place it is written is checked."""
    share = f"{tenths / 10:.1f}"
    path = story_file(tmp_path_factory.mktemp("cards"), _story(f"{share}%", share), "uk-ge-2019")
    where = {f.start for f in findings_in(path) if f.name == "reference-mismatch"}
    # (Offsets count from the file's start, front matter included.)
    table = path.read_text(encoding="utf-8").rindex(f"Conservative {share}%") + len("Conservative ")
    assert (table in where) == (tenths != 512)


def test_an_unnumbered_party_heading_gives_no_party(tmp_path: Path) -> None:
    """A party's name alone over a name, with no card's numbering, may be a heading of
    anything ("Conservative" over a list of councillors): the person keeps no party."""
    text = (
        "Conservative\nJane Hunt\n• Votes: 27,954\n\n"
        "Jane Hunt has been elected MP for Loughborough.\n"
    )
    seat = contest_named(load_article(story_file(tmp_path, text, "uk-ge-2019")), "Loughborough")
    (hunt,) = [c for c in seat.candidates if c.name == "Jane Hunt"]
    assert hunt.party is None
