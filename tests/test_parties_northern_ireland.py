"""Northern Ireland's parties as results copy writes them: the TUV by its initials and Sinn
Féin as "SF" (results cards: "SDLP GAIN FROM SF"), and People Before Profit, whose last
word is another party's name (Alliance). Unknown to the party pack, a figure or an
outcome said of them was read with no party, and so not checked.

Hand-checked in the bundled record: North Antrim 2024, Jim Allister (Traditional Unionist
Voice) 11,642 ahead of Ian Paisley (DUP) 11,192; Foyle 2019, an SDLP gain from Sinn Féin
(Colum Eastwood); Belfast West 2019, Paul Maskey (Sinn Féin) first and Gerry Carroll
(People Before Profit Alliance) second.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import filed_findings

from factcheck.extract.reader import read_prose
from factcheck.models import Document


def test_the_tuv_is_read_as_a_party() -> None:
    article = read_prose(
        Document(path="a.txt", text="Jim Allister of the TUV won North Antrim with 11,642 votes.")
    )
    parties = [c.party for contest in article.contests for c in contest.candidates]
    assert parties == ["Traditional Unionist Voice"]


def test_a_vote_said_of_the_tuv_is_checked_against_its_candidate(tmp_path: Path) -> None:
    assert (
        filed_findings(tmp_path, "In North Antrim, the TUV won 11,642 votes.", "uk-ge-2024") == []
    )
    wrong = filed_findings(tmp_path, "In North Antrim, the TUV won 11,192 votes.", "uk-ge-2024")
    assert [f.text for f in wrong] == ["11,192"]
    assert "Jim Allister" in wrong[0].message


def test_sf_in_an_outcome_is_sinn_fein(tmp_path: Path) -> None:
    right = "In Foyle, the SDLP took the seat from SF."
    assert filed_findings(tmp_path, right, "uk-ge-2019") == []
    wrong = filed_findings(tmp_path, "In Foyle, SF took the seat from the SDLP.", "uk-ge-2019")
    assert len(wrong) == 1
    assert "Sinn Féin gain" in wrong[0].message


@pytest.mark.parametrize("party", ["People Before Profit", "People Before Profit Alliance"])
def test_people_before_profit_is_not_the_alliance_party(party: str) -> None:
    text = (
        f"In Belfast West, Paul Maskey beat the {party} candidate Gerry Carroll into second place."
    )
    article = read_prose(Document(path="a.txt", text=text))
    parties = {c.name: c.party for contest in article.contests for c in contest.candidates}
    assert parties["Gerry Carroll"] == "People Before Profit Alliance"


def test_a_place_said_of_people_before_profit_is_checked_against_its_candidate(
    tmp_path: Path,
) -> None:
    said = (
        "In Belfast West, Paul Maskey beat the People Before Profit candidate Gerry Carroll "
        "into {}."
    )
    assert filed_findings(tmp_path, said.format("second place"), "uk-ge-2019") == []
    wrong = filed_findings(tmp_path, said.format("third place"), "uk-ge-2019")
    assert [f.text for f in wrong] == ["third"]
    assert "Gerry Carroll officially finished second" in wrong[0].message
