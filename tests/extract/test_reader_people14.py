"""Wordings that tie a person to a seat, found missing among the names the open splits left
unread (issue 8, fourteenth session): "clung on to his seat", "made a Labour gain in", "was
booted out by the voters of", "celebrated a storming win in", "hailed his re-election",
"have returned X as their MP", "oust X", "ousted in <seat> by X", "X's <seat> seat", "X's
old seat of <seat> went to Y".

Every sentence is ours, in the patterns of real results copy, with a control that stays
unread.
"""

from __future__ import annotations

import pytest
from story_files import article_of

from factcheck.models import Article

TURNOUT = "\n\nTurnout was 61.2%."


def _read(text: str) -> Article:
    return article_of(text + TURNOUT)


def _named(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """Each candidate read: (their seat, their name grounds' loose ties)."""
    out: dict[str, tuple[str | None, tuple[str, ...]]] = {}
    for contest in _read(text).contests:
        for c in contest.candidates:
            assert c.name_grounds is not None
            out[c.name] = (contest.name, c.name_grounds.loose)
    return out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Hollis, the party's chief whip, clung on to her Bolton West seat.", "Jane Hollis"),
        ("Jane Hollis made a Labour gain in Bolton West.", "Jane Hollis"),
        ("Jane Hollis was booted out by the voters of Bolton West.", "Jane Hollis"),
        # ("Jane Hollis celebrated a storming win in Bolton West." is read as her win since the
        # eighteenth session, its seat tied by the win's grounds: test_reader_win_nouns18.py.)
        ("Jane Hollis has hailed her re-election as MP for Bolton West.", "Jane Hollis"),
        ("Voters in Bolton West have returned Jane Hollis as their MP.", "Jane Hollis"),
        ("Bolton West voters oust Labour's Jane Hollis after ten years.", "Jane Hollis"),
        ("Tom Baird was ousted in Bolton West by Jane Hollis.", "Jane Hollis"),
        ("Tom Baird was ousted in Bolton West by Jane Hollis.", "Tom Baird"),
        ("One of those seats was Jane Hollis' Bolton West constituency.", "Jane Hollis"),
        ("Jane Hollis’s Bolton West seat was among the first to declare.", "Jane Hollis"),
        ("Tom Baird’s old seat of Bolton West went to Conservative Jane Hollis.", "Jane Hollis"),
    ],
)
def test_the_wording_ties_the_person_to_the_seat(text: str, name: str) -> None:
    seat, loose = _named(text)[name]
    assert seat == "Bolton West"
    assert loose == ()


def test_a_seat_once_someones_ties_them_loosely_as_its_holder_before() -> None:
    text = "Tom Baird’s old seat of Bolton West went to Conservative Jane Hollis."
    assert _named(text)["Tom Baird"] == ("Bolton West", ("what",))


@pytest.mark.parametrize(
    "text",
    [
        # A place after the possessive, with no "seat": her home, her campaign, her count.
        "Jane Hollis’s Bolton West campaign office was busy.",
        "Such places as Jane Hollis’s Bolton West went the other way.",
        # "by" after a verb of no result.
        "Tom Baird was greeted in Bolton West by Jane Hollis.",
        # "went to" a place, not a person.
        "Jane Hollis went to the count in Bolton West.",
        # A person's vote told of is no tie ("boosted his vote by 0.7%" may be points).
        "Jane Hollis boosted her vote in Bolton West.",
    ],
)
def test_the_controls_stay_unread(text: str) -> None:
    assert _named(text) == {}
