"""The labels' convention for a count of the votes cast (twentieth session, issue 8).

A count of every vote cast in a seat ("Total votes cast 54,858", "the total votes polled
was 49,425") is labelled as the turnout, stated as a count, as about twenty labels of the
open splits state it; the reader reads it so (the contest's ballots). Three open labels, in
three outlets, had typed it as votes with no subject, so their right reading was counted a
misreading; they now follow the convention. Our Bolsover 2019 story: 42,193 votes cast.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from script_modules import REPO, benchmark, label_row

realcopy = benchmark("realcopy")

_QUOTE = "Total number of votes cast: 42,193."


def _outcome(claim_type: str) -> Any:
    row = label_row(claim_type=claim_type, subject="", stated="42,193", quote=_QUOTE)
    score = realcopy.Score()
    text = "Dennis Skinner lost Bolsover to the Conservatives.\n\n" + _QUOTE + "\n"
    realcopy.score_story("own-bolsover", text, [row], score)
    (label,) = score.labels
    return label


def test_the_count_of_votes_cast_labelled_as_turnout_is_read() -> None:
    assert _outcome("turnout").outcome == "correct"
    # Typed as votes with no subject, the same right reading was counted a misreading.
    assert _outcome("votes").outcome == "misread"


# The words that make a count the votes cast, right before it or after it.
_CAST = re.compile(r"votes cast|votes polled|[Tt]urnout:?\s*$")


def test_no_open_label_types_the_count_of_votes_cast_as_votes() -> None:
    stories = REPO / "benchmarks" / "realcopy" / "stories.csv"
    with stories.open(newline="", encoding="utf-8") as fh:
        opened = {r["story_id"] for r in csv.DictReader(fh) if r["split"] != "heldout"}
    labels = REPO / "benchmarks" / "realcopy" / "claims.csv"
    with Path(labels).open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["story_id"] in opened]
    odd = []
    for r in rows:
        at = r["quote"].find(r["stated"])
        if r["claim_type"] != "votes" or r["subject"].strip() or at < 0:
            continue
        before, after = r["quote"][:at], r["quote"][at + len(r["stated"]) :]
        if _CAST.search(before) or after.lstrip().startswith(("votes cast", "votes polled")):
            odd.append((r["story_id"], r["stated"]))
    assert odd == []
    assert any(r["claim_type"] == "turnout" and "votes cast" in r["quote"] for r in rows)
