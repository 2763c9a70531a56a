"""What changed between two general elections, which the record does not hold (issue 8).

A seat whose last winner stood again for another party: copy may call the result a gain or a
hold, so neither word is judged. The defector is the same person by the record's
full names; a namesake of the last winner standing for another party is no defector, and a
gain said there is judged (fourteenth session: three Joneses stood in Merthyr Tydfil and
Rhymney in 2019, and "gained … from the Conservatives" went unchecked).

A party that "won back" a seat it won at the last general election may have lost it at a
by-election since: a warning, with no fix, that says so (with the party it was won back from
named, nothing). A person who "won back" a seat they won last time did not: judged.

Every sentence is the team's own. Hand-checked in the bundled record: Broxtowe, won by Anna
Soubry (Conservative) in 2017, by Darren Henry (Conservative) in 2019 with Ms Soubry standing
for The Independent Group for Change; Merthyr Tydfil and Rhymney, won by Gerald Jones
(Labour) both times, with Sara Jones (Conservative) and Colin Jones (Brexit Party) standing in
2019; Bootle, won by Peter Dowd (Labour) in 2017 and 2019.
"""

from __future__ import annotations

from pathlib import Path

from story_files import filed_findings, outcomes_of

from factcheck.models import Severity


def test_a_gain_where_the_last_winner_defected_is_not_judged(tmp_path: Path) -> None:
    text = "The Conservatives gained Broxtowe."
    assert ("Broxtowe", "Conservative", "gain", None) in outcomes_of(text)
    assert filed_findings(tmp_path, text, "uk-ge-2019") == []


def test_a_namesake_of_the_last_winner_is_no_defector(tmp_path: Path) -> None:
    wrong = "Labour gained Merthyr Tydfil and Rhymney from the Conservatives."
    assert ("Merthyr Tydfil and Rhymney", "Labour", "gain", "Conservative") in outcomes_of(wrong)
    found = filed_findings(tmp_path, wrong, "uk-ge-2019")
    assert [f.text for f in found] == [
        "Labour gained Merthyr Tydfil and Rhymney from the Conservatives"
    ], found
    assert "not a gain" in found[0].message
    right = "Labour held Merthyr Tydfil and Rhymney."
    assert outcomes_of(right)
    assert filed_findings(tmp_path, right, "uk-ge-2019") == []


def test_a_party_that_won_back_a_seat_it_held_is_at_most_warned_of(tmp_path: Path) -> None:
    text = "Labour won back Bootle."
    assert ("Bootle", "Labour", "gain", None) in outcomes_of(text)
    found = filed_findings(tmp_path, text, "uk-ge-2019")
    assert [(f.severity, f.fix) for f in found] == [(Severity.WARNING, None)], found
    assert "by-election" in found[0].message
    right = "Labour held Bootle."
    assert outcomes_of(right)
    assert filed_findings(tmp_path, right, "uk-ge-2019") == []


def test_a_person_who_won_back_the_seat_they_held_is_judged(tmp_path: Path) -> None:
    wrong = "Peter Dowd won back Bootle."
    assert ("Bootle", None, "gain", None) in outcomes_of(wrong)
    found = filed_findings(tmp_path, wrong, "uk-ge-2019")
    assert len(found) == 1, found
    assert "not a gain" in found[0].message
    assert "by-election" not in found[0].message  # no by-election undoes it
    right = "Peter Dowd held Bootle."
    assert outcomes_of(right)
    assert filed_findings(tmp_path, right, "uk-ge-2019") == []


def test_beating_a_namesake_of_the_last_winner_is_no_claim_that_the_seat_changed_hands(
    tmp_path: Path,
) -> None:
    # Sara Jones is not Gerald Jones, the Labour member who won in 2017 and again in 2019:
    # beating her says nothing of the seat changing hands (found by a property test that drew
    # Merthyr Tydfil and Rhymney).
    text = (
        "In Merthyr Tydfil and Rhymney, Gerald Jones won with 16,913 votes, beating Sara Jones "
        "into second place."
    )
    assert filed_findings(tmp_path, text, "uk-ge-2019") == []
    # Beating the last winner himself is a gain, and judged: Labour held it.
    wrong = "In Merthyr Tydfil and Rhymney, Sara Jones won, beating Gerald Jones."
    assert [f for f in filed_findings(tmp_path, wrong, "uk-ge-2019") if f.text]
