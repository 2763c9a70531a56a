"""A headline's bare "seat" and the Scottish and Welsh parties' names (issue 8, thirteenth
session): "Jane Smith loses seat after 22 years", "Jane Smith holds seat" (the person's own
seat, with no "his" or "her" before it), "lost his Gordon seat to the Scottish Conservatives",
"lost to Welsh Labour" (the party's name as the Scottish or Welsh party writes it). Each fires
on a wrong outcome and is silent on the right one.

Every sentence is the team's own. Hand-checked in the bundled record: Gordon 2017 a
Conservative gain from the SNP (Alex Salmond the sitting MP, Colin Clark the winner);
Bolsover 2019 a Conservative gain from Labour (Dennis Skinner the sitting MP); Bethnal Green
and Bow 2017 a Labour hold (Rushanara Ali).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import filed_findings, outcomes_of


@pytest.mark.parametrize(
    ("election", "right", "wrong"),
    [
        # A headline's bare "seat": the person's own, lost (a gain by a party unsaid, judged
        # on whether the seat changed hands from them).
        (
            "uk-ge-2019",
            "Dennis Skinner loses seat after 49 years in Bolsover",
            "Dennis Skinner holds seat after 49 years in Bolsover",
        ),
        (
            "uk-ge-2017",
            "Rushanara Ali holds seat in Bethnal Green and Bow",
            "Rushanara Ali loses seat in Bethnal Green and Bow",
        ),
        # The Scottish and Welsh parties' names are the parties'.
        (
            "uk-ge-2017",
            "Alex Salmond has lost his Gordon seat to the Scottish Conservatives.",
            "Alex Salmond has lost his Gordon seat to Scottish Labour.",
        ),
        (
            "uk-ge-2017",
            "The Scottish Conservatives have taken Gordon from the SNP.",
            "Scottish Labour have taken Gordon from the SNP.",
        ),
    ],
)
def test_a_headline_s_outcome_fires_on_the_wrong_outcome_only(
    tmp_path: Path, election: str, right: str, wrong: str
) -> None:
    assert outcomes_of(right), right  # read, not passed over
    assert filed_findings(tmp_path, right, election) == [], right
    assert filed_findings(tmp_path, wrong, election), wrong


def test_a_scottish_party_s_name_is_the_party_s() -> None:
    assert outcomes_of("The Scottish Conservatives have taken Gordon from the SNP.") == {
        ("Gordon", "Conservative", "gain", "Scottish National Party")
    }
    assert outcomes_of("Welsh Labour have taken Gordon from the Welsh Conservatives.") == {
        ("Gordon", "Labour", "gain", "Conservative")
    }


@pytest.mark.parametrize(
    "text",
    [
        # "seats", a seat of power, and a seat's possessive are no one's own seat.
        "Labour loses seats across Bolsover council",
        "Dennis Skinner holds seat of power in Bolsover",
        "Dennis Skinner loses seat's nomination in Bolsover",
    ],
)
def test_no_person_s_seat_is_read_where_none_is_said(text: str) -> None:
    assert not {o for o in outcomes_of(text) if o[0] == "Bolsover" and o[1] is None}, text
