"""reference-mismatch at its edges: the guards a sweep (each "stay silent" condition removed in
turn, docs/testing.md) showed no other test noticed."""

from __future__ import annotations

import json
from pathlib import Path

import factcheck
from factcheck.config import Config

RULE = "reference-mismatch"
FRONT = "---\nelection: uk-ge-2017\n---\n"


def _check(tmp_path: Path, text: str, config: Config | None = None) -> factcheck.Report:
    path = tmp_path / "article.txt"
    path.write_text(FRONT + text, encoding="utf-8")
    return factcheck.check(path, select=[RULE], config=config)


def test_a_quoted_vote_count_the_record_contradicts_is_the_speakers_and_not_compared(
    tmp_path: Path,
) -> None:
    # Jim Fitzpatrick polled 39,558 in 2017; a speaker may mean another time.
    report = _check(
        tmp_path, "“Jim Fitzpatrick held Poplar and Limehouse with 39,585 votes,” she said.\n"
    )
    assert report.findings == ()
    (note,) = report.not_checked
    assert note.reason.startswith(
        "not compared with the official record as Jim Fitzpatrick's vote in Poplar and "
        "Limehouse: “39,585” is in a quotation"
    )


def test_a_quoted_share_the_record_contradicts_is_the_speakers_and_not_compared(
    tmp_path: Path,
) -> None:
    text = "Labour's Jim Fitzpatrick took 67.9pc of the vote in Poplar and Limehouse.\n"
    (finding,) = _check(tmp_path, text).findings
    assert finding.message.startswith(
        "Jim Fitzpatrick's share in Poplar and Limehouse is officially 67.26%, not 67.9%"
    )
    report = _check(tmp_path, f"“{text.strip().removesuffix('.')},” she said.\n")
    assert report.findings == ()
    (note,) = report.not_checked
    assert "“67.9” is in a quotation" in note.reason


def _record_without_electorate(tmp_path: Path) -> Config:
    """A reference file whose Poplar and Limehouse has counts but no electorate or majority."""
    path = tmp_path / "record.json"
    contest = {
        "name": "Poplar and Limehouse",
        "valid_votes": 40000,
        "candidates": [
            {"name": "Jim Fitzpatrick", "party": "Labour", "votes": 25000},
            {"name": "Bob Jones", "party": "Conservative", "votes": 15000},
        ],
    }
    path.write_text(json.dumps({"election": "uk-ge-2017", "contests": [contest]}), "utf-8")
    return Config(reference=str(path))


def test_a_turnout_is_not_checked_against_a_record_without_an_electorate(
    tmp_path: Path,
) -> None:
    report = _check(
        tmp_path,
        "In Poplar and Limehouse, Labour's Jim Fitzpatrick won with 25,000 votes. "
        "Turnout was 61pc.\n",
        _record_without_electorate(tmp_path),
    )
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "the official record of Poplar and Limehouse has no electorate"
    ]


def test_an_electorate_or_majority_is_not_checked_against_a_record_without_one(
    tmp_path: Path,
) -> None:
    report = _check(
        tmp_path,
        "In Poplar and Limehouse, Labour's Jim Fitzpatrick won with 25,000 votes, a majority "
        "of 10,000. The electorate was 70,000.\n",
        _record_without_electorate(tmp_path),
    )
    assert report.findings == ()
    assert sorted(n.reason for n in report.not_checked) == [
        "the official record of Poplar and Limehouse (uk-ge-2017) has no electorate",
        "the official record of Poplar and Limehouse (uk-ge-2017) has no majority",
    ]
