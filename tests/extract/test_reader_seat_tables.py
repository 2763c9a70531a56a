"""A local paper's results: prose naming each seat as "the Wrekin constituency", then a table
per seat under "Wrekin Constituency Party Votes", a row "Name Party Count" per candidate
(issue 8). Sentences are ours, in that pattern; figures are the official 2017 ones for The
Wrekin, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import candidate_named, contest_named, findings_in, story_file

from factcheck.extract.entities import contest_matcher
from factcheck.io.articles import load_article


@pytest.mark.parametrize(
    "written",
    [
        "MP for the Wrekin constituency",
        "Wrekin Constituency Party Votes",
        "her Wrekin seat",
        "The Wrekin",
    ],
)
def test_a_seat_whose_name_opens_with_the_is_found_without_it(
    written: str,
) -> None:
    assert [c.name for c in contest_matcher().find(written)] == ["The Wrekin"]


@pytest.mark.parametrize(("written", "fires"), [("27,451", False), ("22,579", True)])
def test_the_seat_written_the_wrekin_constituency_is_the_figures_seat(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        "Lucy Allan is re-elected as MP for Telford with 21,777 votes.\n\n"
        f"Mark Pritchard is re-elected as MP for the Wrekin constituency with {written} votes.\n"
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    wrekin = contest_named(load_article(path), "The Wrekin")
    votes = candidate_named(wrekin, "Mark Pritchard").votes
    assert votes is not None
    assert votes.text == written
    flagged = [(f.name, f.text) for f in findings_in(path) if f.text == written]
    assert bool(flagged) == fires
    assert all(name == "reference-mismatch" for name, _ in flagged)


def test_a_party_ending_the_row_before_is_not_the_next_rows_persons(tmp_path: Path) -> None:
    story = (
        "Mark Pritchard is re-elected as MP for the Wrekin constituency with 27,451 votes.\n\n"
        "Wrekin Constituency Party Votes\n"
        "Dylan Harrison Labour 17,887\n"
        "Pat McCarthy Green Party 804\n"
        "Mark Pritchard Conservatives 27,451\n"
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    wrekin = contest_named(load_article(path), "The Wrekin")
    # Pritchard is no Green: the Green Party ends the row before his.
    assert candidate_named(wrekin, "Mark Pritchard").party != "Green Party"
    # So he is found among the official candidates, and his figure is checked and right.
    assert [f for f in findings_in(path) if f.severity.value in ("error", "warning")] == []
