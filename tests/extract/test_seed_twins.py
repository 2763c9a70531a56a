"""Edited twins of the real seed articles: one planted error each, and exactly the right rule
must fire (and an edit that corrects the wording must silence its rule)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Document

ARTICLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
SEED_000 = (ARTICLES / "000_ebfbf1afab7ada99.txt").read_text(encoding="utf-8")
SEED_001 = (ARTICLES / "001_0c5695e86abff121.txt").read_text(encoding="utf-8")


def _findings(text: str) -> Counter[str]:
    report = factcheck.check(read_prose(Document(path="twin.txt", text=text)))
    return Counter(f.name for f in report.findings)


def _edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} must occur once"
    return text.replace(old, new)


def test_the_seeds_fire_only_wording_rules() -> None:
    assert set(_findings(SEED_000)) <= {"percent-points-confusion", "hedge-mismatch"}
    assert _findings(SEED_000)["percent-points-confusion"] == 3
    assert set(_findings(SEED_001)) == {"majority-share-confusion", "percent-points-confusion"}


@pytest.mark.parametrize(
    ("seed", "old", "new", "rule"),
    [
        # 7,576 typed 7,756: 7,756 cannot be 12.7% of the ~59,800 the other pairs imply.
        (SEED_001, "of the votes with 7,576", "of the votes with 7,756", "share-votes-mismatch"),
        # Masroor (3,888) said to be second, behind nobody but Ali: Chirico had 7,576.
        (SEED_001, "followed in third", "followed in second", "rank-order-mismatch"),
        # "up from 15.2pc" when the share is now 12.7pc.
        (SEED_001, "(down from 15.2pc)", "(up from 15.2pc)", "change-direction-mismatch"),
        # 11,846 typed 11,486 in seed 000.
        (SEED_000, "(11,846 votes)", "(11,486 votes)", "share-votes-mismatch"),
        # A wrong rank word in seed 000: Bagshaw's 3,959 was third, not second.
        (SEED_000, "came third with 3,959", "came second with 3,959", "rank-order-mismatch"),
    ],
)  # fmt: skip
def test_a_planted_error_fires_exactly_its_rule(seed: str, old: str, new: str, rule: str) -> None:
    before, after = _findings(seed), _findings(_edit(seed, old, new))
    assert after - before == Counter({rule: 1})
    assert before - after == Counter()


@pytest.mark.parametrize(
    ("seed", "old", "new", "rule"),
    [
        (SEED_000, "turnout up about five per cent", "turnout up about five percentage points",
         "percent-points-confusion"),
        (SEED_001, "with a nearly 11 per cent increase on her majority",
         "with her share of the vote up nearly 11 points", "majority-share-confusion"),
        (SEED_001, "up 1.6pc from the 2015", "up 1.6 points from the 2015",
         "percent-points-confusion"),
    ],
)  # fmt: skip
def test_correcting_the_wording_silences_its_rule(seed: str, old: str, new: str, rule: str) -> None:
    before, after = _findings(seed), _findings(_edit(seed, old, new))
    assert before - after == Counter({rule: 1})
    assert after - before == Counter()
