"""A candidate's share by the definitions the record publishes, and a share of all ballot
papers written beside the right count.

Birmingham Northfield 2024: Laurence Turner's 14,929 of 37,652 valid votes is 39.6499…%, which
the Commons Library prints 0.3965 (39.65%): copy rounding the printed share writes 39.7%.
Blaenau Gwent 2015: Steffan Lewis's 2,849 of 31,683 valid votes is 8.99%; of the 31,757
ballot papers (the 2015 record counts no rejected ballots) it is 8.97%. Hastings and Rye 2017:
Amber Rudd's 25,668 is 46.87% of the 54,766 valid votes and 46.79% of the 54,863 ballot
papers. Sentences
written here.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from story_files import findings_of, report_of

from factcheck.models import CandidateResult, ContestResult, Figure, Unit
from factcheck.reference.lookup import PRINTED_SHARE_PLACES, share_definitions


def _northfield(pct: str) -> list[tuple[str, str | None]]:
    text = f"Labour's Laurence Turner won Birmingham Northfield with 14,929 votes ({pct}%)."
    return [(f.severity.value, f.text) for f in findings_of(text, "uk-ge-2024")]


@pytest.mark.parametrize("pct", ["39.7", "39.6", "39.65"])
def test_a_share_rounded_from_the_exact_or_the_printed_share_passes(pct: str) -> None:
    assert _northfield(pct) == []


@pytest.mark.parametrize("pct", ["39.8", "39.4", "39.66"])
def test_a_share_neither_rounds_to_fires_as_an_error(pct: str) -> None:
    assert _northfield(pct) == [("error", f"{pct}%")]


def _blaenau(pct: str, votes: str = "2,849") -> list[tuple[str, str | None]]:
    text = (
        "In Blaenau Gwent, Labour's Nick Smith held the seat with 18,380 votes. Plaid Cymru's "
        f"Steffan Lewis took {pct} per cent, {votes} votes."
    )
    return [(f.severity.value, f.text) for f in findings_of(text, "uk-ge-2015")]


@pytest.mark.parametrize("pct", ["8.97", "8.9"])
def test_a_2015_share_just_below_beside_the_right_count_is_not_checked(pct: str) -> None:
    assert _blaenau(pct) == []
    text = (
        "In Blaenau Gwent, Labour's Nick Smith held the seat with 18,380 votes. Plaid Cymru's "
        f"Steffan Lewis took {pct} per cent, 2,849 votes."
    )
    reasons = [s.reason for s in report_of(text, "uk-ge-2015").not_checked]
    assert any("share of all ballot papers" in r and "no rejected ballots" in r for r in reasons)


@pytest.mark.parametrize("pct", ["8.8", "9.1"])
def test_a_2015_share_beyond_the_room_or_above_fires(pct: str) -> None:
    assert _blaenau(pct) == [("error", f"{pct} per cent")]


def test_a_2015_share_just_below_beside_a_wrong_count_fires() -> None:
    # The count is not the official one: nothing says the writer divided by another total.
    assert ("error", "8.97 per cent") in _blaenau("8.97", votes="2,850")


def _not_compared(text: str, election: str) -> list[str]:
    return [
        n.reason
        for n in report_of(text, election).not_checked
        if "share of all ballot papers" in n.reason
    ]


def test_the_share_of_all_ballot_papers_beside_the_right_count_is_not_compared() -> None:
    # (Twenty-second session: a warning until then; on the open real copy such warnings were
    # wrong 8 times in 11, on shares the labels call unclear: a definition the record does
    # not settle.) The reason names both shares.
    text = "Amber Rudd (Con) held Hastings and Rye with 25,668 votes (46.8%)."
    assert findings_of(text, "uk-ge-2017") == []
    # 54,766 valid votes and 97 rejected ballots: 25,668 is 46.7856…% of the 54,863 papers.
    [reason] = _not_compared(text, "uk-ge-2017")
    assert "46.79%" in reason
    assert "46.87%" in reason


def test_a_share_that_is_no_definition_beside_the_right_count_stays_an_error() -> None:
    text = "Amber Rudd (Con) held Hastings and Rye with 25,668 votes (46.5%)."
    [f] = findings_of(text, "uk-ge-2017")
    assert f.severity.value == "error"
    assert f.fix == "46.9%"


@pytest.mark.parametrize(
    "text",
    [
        "Amber Rudd held Hastings and Rye for the Conservatives with {pct} per cent of the vote.",
        "Amber Rudd held Hastings and Rye with {pct}% of the vote.",
    ],
)
def test_the_share_of_all_ballot_papers_with_no_count_beside_is_not_compared(text: str) -> None:
    # (Twenty-first session: an error with a fix unless the official count stood beside it;
    # on the newly opened dev11 a correct share of ballots, "46.6 per cent" of Peterborough
    # 2019, was "fixed" so.) A share right by a definition councils use is never an error,
    # nor (twenty-second session) a warning.
    assert findings_of(text.format(pct="46.8"), "uk-ge-2017") == []
    assert len(_not_compared(text.format(pct="46.8"), "uk-ge-2017")) == 1
    [wrong] = findings_of(text.format(pct="46.5"), "uk-ge-2017")
    assert wrong.severity.value == "error"
    assert wrong.fix == "46.9%"
    assert findings_of(text.format(pct="46.9"), "uk-ge-2017") == []


@given(
    votes=st.integers(min_value=1, max_value=60_000),
    rest=st.integers(min_value=0, max_value=60_000),
)
def test_the_printed_share_is_the_exact_share_to_two_places(votes: int, rest: int) -> None:
    contest = ContestResult(
        name="Anywhere",
        valid_votes=Figure(text=str(votes + rest), value=votes + rest, unit=Unit.VOTES),
        candidates=(
            CandidateResult(
                name="A Person", votes=Figure(text=str(votes), value=votes, unit=Unit.VOTES)
            ),
        ),
    )
    shares = share_definitions(contest.candidates[0], contest)
    exact, printed = shares["valid"], shares["printed"]
    assert exact == Fraction(votes * 100, votes + rest)
    step = Fraction(1, 10**PRINTED_SHARE_PLACES)
    assert (printed / step).denominator == 1
    assert -step / 2 < printed - exact <= step / 2


@pytest.mark.parametrize(
    ("pct", "found"),
    [("41.7", None), ("41.8", None), ("41.5", "error")],
)
def test_a_2019_share_of_all_ballot_papers_is_not_compared_and_a_slip_fires(
    pct: str, found: str | None
) -> None:
    # Torfaen 2019: 15,546 of 37,176 valid votes is 41.82%; of the 37,302 ballot papers
    # (126 rejected) it is 41.68%.
    text = f"Nick Thomas-Symonds held Torfaen for Labour with {pct} per cent of the vote."
    got = [f.severity.value for f in findings_of(text, "uk-ge-2019")]
    assert got == ([found] if found else [])
    assert bool(_not_compared(text, "uk-ge-2019")) is (pct == "41.7")
