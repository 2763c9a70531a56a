"""A gain or hold said in words, where the seat's last winner may have stood again for another
party: copy may then call the result a gain or a hold by either count, so the outcome is not
judged. But that needs the *same person*: a namesake is someone else. In Merthyr Tydfil and
Rhymney, Labour's Gerald Jones won in 2017 and 2019; in 2019 a Sara Jones stood for the
Conservatives and a Colin Jones for the Brexit Party. Neither is Gerald Jones, so "Labour gain"
there is a plain error (the flaky property test that drew this seat found it). Anna Soubry,
who won Broxtowe for the Conservatives in 2017 and stood in 2019 for The Independent Group for
Change, is the same person, so "Conservative gain" there is left alone.

A seat "regained" by the party that won it at both general elections may have been lost between
them, at a by-election the record does not hold (Brecon and Radnorshire, 2019, where Fay Jones
took back the seat Chris Davies had won in 2017): a warning with no fix. But an MP who won at
both general elections held the seat throughout: "won back his seat" is judged.
"""

from __future__ import annotations

from pathlib import Path

from hand_built import at
from story_files import filed_findings

import factcheck
from factcheck import CandidateResult, ContestResult
from factcheck.models import Article, Document, OutcomeClaim


def test_a_namesake_of_the_last_winner_is_no_defector_so_a_false_gain_is_found(
    tmp_path: Path,
) -> None:
    text = "Labour gain in Merthyr Tydfil and Rhymney, where Gerald Jones won again."
    (finding,) = filed_findings(tmp_path, text, "uk-ge-2019")
    assert finding.message == (
        "“Labour gain” contradicts the official results (uk-ge-2019): not a gain: Labour won "
        "Merthyr Tydfil and Rhymney in 2017 too"
    )
    assert finding.fix == "Labour hold"


def test_the_hold_said_of_a_seat_whose_winner_has_namesakes_is_silent(tmp_path: Path) -> None:
    text = "Labour hold in Merthyr Tydfil and Rhymney, where Gerald Jones won again."
    assert filed_findings(tmp_path, text, "uk-ge-2019") == []


def test_the_last_winner_standing_for_another_party_leaves_the_outcome_unjudged(
    tmp_path: Path,
) -> None:
    # Soubry left the Conservatives between the elections: the Conservatives' 2019 win is a
    # hold by the 2017 result and a gain from her by her new party, so either word is fair.
    for said in ("Conservative gain", "Conservative hold"):
        text = f"{said} in Broxtowe, where Darren Henry beat Anna Soubry."
        assert filed_findings(tmp_path, text, "uk-ge-2019") == [], said


def _won_back(text: str, said: str, seat: str, winner: str) -> factcheck.Report:
    """A story whose reader took ``said`` as the Conservatives winning ``seat`` back."""
    claim = OutcomeClaim(
        contest=seat, span=at(text, said), verb="gain", party="Conservative", back=True
    )
    contest = ContestResult(name=seat, candidates=(CandidateResult(name=winner),))
    article = Article(
        document=Document(path="story.txt", text=text), contests=(contest,), claims=(claim,)
    )
    return factcheck.check(article, election="uk-ge-2019", select=["reference-mismatch"])


def test_a_seat_regained_by_the_party_that_won_it_both_times_is_a_warning_without_a_fix() -> None:
    text = "Fay Jones regained Brecon and Radnorshire for the Conservatives."
    report = _won_back(
        text, "regained Brecon and Radnorshire", "Brecon and Radnorshire", "Fay Jones"
    )
    (finding,) = report.findings
    assert "unless it lost the seat at a by-election since" in finding.message
    assert finding.severity is factcheck.Severity.WARNING
    assert finding.fix is None


def test_an_mp_who_won_both_times_did_not_win_back_their_seat() -> None:
    # Alex Chalk won Cheltenham for the Conservatives in 2017 and 2019: no by-election
    # can have taken it from him between.
    text = "Alex Chalk won back Cheltenham for the Conservatives."
    (finding,) = _won_back(text, "won back Cheltenham", "Cheltenham", "Alex Chalk").findings
    assert "not a gain: Conservative won Cheltenham in 2017 too" in finding.message
