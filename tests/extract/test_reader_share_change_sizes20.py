"""The size of a share's change with words between the direction and the figure (twentieth
session).

Counted on the open skeletons (claims.csv joined to stories.csv), unread with the person and
seat named, one wording an outlet, four outlets in all, each a word the reading of a change's
size did not allow where it stands:

- a noun of change with "of": "a gain of 12 per cent on 2015" ("gain" was taken as the verb
  of a level won, as "gained 17%" is);
- the quantity after "in": "an increase in share of 18 per cent on 2015";
- a word of the size: "improved by a substantial 16.5 per cent", "down just 0.9 per cent";
- the seat between the quantity and "by": "boosted his share of the vote in Hertfordshire
  North East by 3.3%".

Each is then the share's change, which `percent-points-confusion` judges. Not "lost by just
384 votes" (a margin, read before), and not "a gain of 12 seats".

Our own sentences, in those patterns. Workington (the record): Sue Hayman (Labour) 42.33% in
2015, 51.15% in 2017: up 8.82 points, 20.84% in relative terms.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Direction, Document, Quantity, Severity

HEAD = "Workington\n\nLabour's Sue Hayman held Workington. "


def _read(text: str) -> Article:
    return read_prose(Document(path="t.txt", text=text), election="uk-ge-2017")


def _findings(text: str) -> list[tuple[str, str]]:
    report = factcheck.check(Document(path="t.txt", text=text), election="uk-ge-2017")
    return [
        (f.name, text[f.start : f.end] if f.start is not None else "")
        for f in report.findings
        if f.severity is not Severity.INFO
    ]


def _share_changes(article: Article) -> list[ChangeClaim]:
    return [
        c for c in article.claims if isinstance(c, ChangeClaim) and c.quantity is Quantity.SHARE
    ]


WORDINGS = [
    ("Sue Hayman took 51.1% of the vote, a gain of {} on 2015.", Direction.UP),
    ("Sue Hayman won 51.1%, an increase in share of {} on 2015.", Direction.UP),
    ("Sue Hayman's share improved by a substantial {}.", Direction.UP),
    ("Sue Hayman's share was up just {} on 2015.", Direction.UP),
    ("Sue Hayman boosted her share of the vote in Workington by {}.", Direction.UP),
]


@pytest.mark.parametrize(("wording", "way"), WORDINGS)
def test_the_size_is_read_as_the_share_change(wording: str, way: Direction) -> None:
    (change,) = _share_changes(_read(HEAD + wording.format("20.8 per cent") + "\n"))
    assert change.candidate == "Sue Hayman"
    assert change.direction is way
    assert change.amount is not None
    assert change.amount.text == "20.8"


@pytest.mark.parametrize(("wording", "way"), WORDINGS)
def test_points_written_as_per_cent_are_flagged_and_relative_per_cent_is_not(
    wording: str, way: Direction
) -> None:
    # 8.8 is the change in points, written "per cent": the wording rule fires; 20.8 per cent
    # is the relative change, rightly worded: silent.
    wrong = HEAD + wording.format("8.8 per cent") + "\n"
    assert ("percent-points-confusion", "8.8 per cent") in _findings(wrong)
    right = HEAD + wording.format("20.8 per cent") + "\n"
    assert [f for f in _findings(right) if f[0] == "percent-points-confusion"] == []


def test_a_margin_lost_by_just_a_few_votes_is_no_change() -> None:
    article = _read(HEAD + "Clark Vasey, who lost by just 384 votes in 2015, tried again.\n")
    assert not [c for c in article.claims if isinstance(c, ChangeClaim)]


def test_a_gain_of_seats_is_no_change_of_the_vote() -> None:
    article = _read("Labour made a gain of 12 seats in the north.\n")
    assert not [
        c
        for c in article.claims
        if isinstance(c, ChangeClaim) and c.quantity in (Quantity.SHARE, Quantity.VOTES)
    ]
