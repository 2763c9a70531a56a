"""Two of the labelling rules of docs/accuracy.md ("How claims are labelled"), on the open labels.

Rule 1: a hedge ("over", "more than", "just over") before a count that is exactly the record's
figure makes the claim false: "over 5,376" excludes 5,376. Rule 6: a round figure with no
hedge stands for the rounding interval of its last non-zero digit ("26,500" is 26,450 to
26,549), so it is true when the record's count is in it and false when it is not. The
twenty-second session found open labels of both kinds labelled unclear (and one round figure
labelled true outside its interval) and made them follow the rules; these tests keep them so.
The examples below are our own.
"""

from __future__ import annotations

import csv
import re

from script_modules import REPO

_COUNT = r"\d{1,3}(?:,\d{3})+|\d{4,}"
_OVER = re.compile(rf"^(?:just )?(?:over|more than) ({_COUNT})(?: votes)?$")
# Words that widen a figure beyond its rounding interval, before it or after it.
_HEDGE = re.compile(
    r"\b(?:over|more than|almost|nearly|near|around|about|under|some|roughly|approximately|"
    r"close to|closer to|less than|fewer than|in excess of|upwards of|below|above|short of|"
    r"greater than|plus|or so|to spare|at least|up to)\b|\+"
)
_ROUND_TYPES = {"votes", "majority", "electorate"}


def _int(text: str) -> int:
    return int(text.replace(",", ""))


def _official_count(official: str) -> int | None:
    m = re.match(rf"({_COUNT}|\d+)(?:\s|$)", official.strip())
    return _int(m.group(1)) if m else None


def _hedged_on_exact(row: dict[str, str]) -> bool:
    """A hedge of "more" before the record's exact count."""
    m = _OVER.match(row["stated"].strip())
    return m is not None and _int(m.group(1)) == _official_count(row["official"])


def _round_verdict(row: dict[str, str]) -> str | None:
    """The verdict rule 6 gives an unhedged round count, or None when the rule is silent."""
    if row["claim_type"] not in _ROUND_TYPES:
        return None
    numbers = re.findall(_COUNT, row["stated"])
    official = _official_count(row["official"])
    if len(numbers) != 1 or official is None:
        return None
    written = numbers[0]
    value = _int(written)
    zeros = len(str(value)) - len(str(value).rstrip("0"))
    if value < 1000 or zeros < 2:
        return None
    at = row["quote"].find(row["stated"])
    before = row["quote"][max(0, at - 25) : max(0, at)] if at >= 0 else ""
    after = row["quote"][at + len(row["stated"]) :][:12] if at >= 0 else ""
    if _HEDGE.search(row["stated"].lower()) or _HEDGE.search(before.lower() + " " + after.lower()):
        return None
    half = 10**zeros // 2
    return "true" if value - half <= official < value + half else "false"


def _row(stated: str, official: str, verdict: str, claim_type: str = "majority") -> dict[str, str]:
    quote = f"Jane Doe held the seat with a majority of {stated} on Friday."
    return {
        "claim_type": claim_type,
        "stated": stated,
        "official": official,
        "verdict": verdict,
        "quote": quote,
    }


def test_the_rules_on_our_own_examples() -> None:
    assert _hedged_on_exact(_row("over 4,210", "4210", "false"))
    assert not _hedged_on_exact(_row("over 4,000", "4210", "true"))
    assert _round_verdict(_row("26,500", "26536", "")) == "true"
    assert _round_verdict(_row("26,500", "26551", "")) == "false"  # to the hundred, not 500
    assert _round_verdict(_row("15,000", "15596", "")) == "false"
    assert _round_verdict(_row("15,000", "14500", "")) == "true"
    assert _round_verdict(_row("4,210", "4210", "")) is None  # not a round figure
    hedged = _row("6,000", "6683", "")
    hedged["quote"] = "Jane Doe held the seat with a majority of almost 6,000 on Friday."
    assert _round_verdict(hedged) is None


def _open_rows() -> list[dict[str, str]]:
    with (REPO / "benchmarks" / "realcopy" / "stories.csv").open(
        newline="", encoding="utf-8"
    ) as fh:
        opened = {r["story_id"] for r in csv.DictReader(fh) if r["split"] != "heldout"}
    with (REPO / "benchmarks" / "realcopy" / "claims.csv").open(newline="", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["story_id"] in opened]


def test_open_labels_follow_rules_1_and_6() -> None:
    rows = _open_rows()
    over = [r for r in rows if _hedged_on_exact(r)]
    assert len(over) >= 6
    assert [(r["story_id"], r["stated"]) for r in over if r["verdict"] != "false"] == []
    ruled = [(r, _round_verdict(r)) for r in rows if r["verdict"] in ("true", "false")]
    ruled = [(r, v) for r, v in ruled if v is not None]
    assert len(ruled) >= 50
    assert [(r["story_id"], r["stated"]) for r, v in ruled if r["verdict"] != v] == []
