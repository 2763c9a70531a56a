"""change-direction-mismatch on a change stated without figures ("increased his majority"):
both levels come from the official record of the seat, this election's and the one before.

The bundled House of Commons Library records: Aberconwy, Guto Bebb (Conservative) held with a
majority of 3,999 in 2015 and 635 in 2017; Poplar and Limehouse, Jim Fitzpatrick (Labour) held
with 16,924 in 2015 and 27,712 in 2017; Angus was won by the SNP in 2015 and the Conservatives
in 2017; Clacton was redrawn for 2024.
"""

from __future__ import annotations

from hand_built import article, at, change
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import Severity
from factcheck.checks.wording.change_direction_mismatch import ChangeDirectionMismatch
from factcheck.models import (
    CandidateResult,
    ChangeClaim,
    ContestResult,
    Direction,
    Figure,
    Quantity,
)
from factcheck.rule import RuleContext, Violation

RULE = "change-direction-mismatch"


def _check(
    text: str,
    word: str,
    direction: Direction,
    seat: str,
    election: str | None = "uk-ge-2017",
    **who: str,
) -> factcheck.Report:
    claim = change(
        text, word, direction, Quantity.MAJORITY, contest=seat, span=at(text, word), **who
    )
    # The winner's own count, right, so the article is seen to be about the record's seat.
    winner = {"Aberconwy": ("Guto Bebb", 14337), "Poplar and Limehouse": ("Jim Fitzpatrick", 39558)}
    contests = tuple(
        ContestResult(name=seat, candidates=(CandidateResult(name=name, votes=Figure.count(n)),))
        for name, n in [winner.get(seat, ("", 0))]
        if name
    )
    return factcheck.check(
        article(text, claim, contests=contests), election=election, select=[RULE]
    )


def _skips(report: factcheck.Report) -> list[str]:
    return [s.reason for s in report.not_checked if s.name == RULE]


def test_an_increase_of_a_majority_that_fell_is_an_error_with_the_records_figures() -> None:
    text = "In Aberconwy, Guto Bebb increased his majority."
    (finding,) = _check(
        text, "increased", Direction.UP, "Aberconwy", candidate="Guto Bebb"
    ).findings
    assert finding.severity is Severity.ERROR
    assert "from 3,999 to 635" in finding.message
    assert "official record (2015 and 2017)" in finding.message
    assert finding.fix == "decreased"
    assert finding.text == "increased"


def test_a_fall_in_a_majority_that_fell_is_silent() -> None:
    text = "In Aberconwy, the Conservatives saw their majority reduced."
    report = _check(text, "reduced", Direction.DOWN, "Aberconwy", party="Conservative")
    assert report.findings == ()


def test_an_increase_of_a_majority_that_rose_is_silent_and_a_fall_is_not() -> None:
    text = "Labour increased their majority in Poplar and Limehouse."
    assert (
        _check(text, "increased", Direction.UP, "Poplar and Limehouse", party="Labour").findings
        == ()
    )
    text = "Labour decreased their majority in Poplar and Limehouse."
    (finding,) = _check(
        text, "decreased", Direction.DOWN, "Poplar and Limehouse", party="Labour"
    ).findings
    assert "from 16,924 to 27,712" in finding.message


def test_a_seat_carried_from_before_gives_a_warning_without_a_fix() -> None:
    text = "The MP for Aberconwy spoke. He increased his majority."
    (finding,) = _check(text, "increased", Direction.UP, "Aberconwy").findings
    assert finding.severity is Severity.WARNING
    assert finding.fix is None
    assert "the seat is not named with it" in finding.message


def test_a_seat_that_changed_hands_is_not_checked() -> None:
    text = "In Angus, the Conservatives increased their majority."
    report = _check(text, "increased", Direction.UP, "Angus")
    assert report.findings == ()
    (reason,) = _skips(report)
    assert "Angus changed hands" in reason


def test_a_majority_of_someone_who_did_not_win_is_not_checked() -> None:
    text = "In Aberconwy, Labour increased their majority."
    report = _check(text, "increased", Direction.UP, "Aberconwy", party="Labour")
    assert report.findings == ()
    (reason,) = _skips(report)
    assert "Guto Bebb (Conservative) won Aberconwy" in reason


def test_a_redrawn_seat_is_not_checked() -> None:
    text = "In Clacton, Reform increased their majority."
    report = _check(text, "increased", Direction.UP, "Clacton", election="uk-ge-2024")
    assert report.findings == ()
    (reason,) = _skips(report)
    assert "Clacton was redrawn" in reason


def test_without_an_election_nothing_is_checked() -> None:
    text = "In Aberconwy, Guto Bebb increased his majority."
    report = _check(
        text, "increased", Direction.UP, "Aberconwy", election=None, candidate="Guto Bebb"
    )
    assert report.findings == ()
    (reason,) = _skips(report)
    assert "without the earlier value" in reason


class _Record:
    """A results source holding one seat, Anytown, won by Labour at both elections."""

    name = "a test record"

    def __init__(self, before: int, after: int) -> None:
        self._majority = {"x-2015": before, "x-2017": after}

    def contest(self, name: str, election: str) -> ContestResult | None:
        if name != "Anytown" or election not in self._majority:
            return None
        m = self._majority[election]
        return ContestResult(
            name="Anytown",
            candidates=(
                CandidateResult(name="Ann Lee", party="Labour", votes=Figure.count(m + 1000)),
                CandidateResult(name="Bob Roe", party="Conservative", votes=Figure.count(1000)),
            ),
            majority=Figure.count(m),
        )

    def previous(self, election: str) -> str | None:
        return "x-2015" if election == "x-2017" else None


@given(
    before=st.integers(min_value=1, max_value=60_000),
    after=st.integers(min_value=1, max_value=60_000),
    direction=st.sampled_from(Direction),
    word=st.sampled_from(["increased", "saw his majority shrink", "cut"]),
)
def test_it_fires_exactly_when_the_direction_disagrees_with_the_records_majorities(
    before: int, after: int, direction: Direction, word: str
) -> None:
    text = f"In Anytown, Ann Lee {word}."
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY,
        contest="Anytown",
        candidate="Ann Lee",
        direction=direction,
        direction_text=word,
        span=at(text, word),
    )
    ctx = RuleContext(election="x-2017", election_given=True, reference=_Record(before, after))
    outcomes = list(ChangeDirectionMismatch().check_article(article(text, claim), ctx))
    fired = [o for o in outcomes if isinstance(o, Violation)]
    agrees = after > before if direction is Direction.UP else after < before
    assert len(fired) == (0 if agrees else 1)
    if fired:
        assert fired[0].severity is Severity.ERROR
        assert f"from {before:,} to {after:,}" in fired[0].message


def test_a_change_with_a_size_but_no_earlier_level_is_not_set_against_the_record() -> None:
    # "up by 17" may be of something else the reader tied to the seat (seats overall, or a
    # party's majority in the Commons); only a person's majority is surely their seat's.
    text = "In Aberconwy, the Conservatives increased their majority by 17."
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY,
        contest="Aberconwy",
        party="Conservative",
        direction=Direction.UP,
        direction_text="increased",
        amount=Figure.count(17),
        span=at(text, "increased"),
    )
    report = factcheck.check(article(text, claim), election="uk-ge-2017", select=[RULE])
    assert report.findings == ()
    (reason,) = _skips(report)
    assert "without the earlier value" in reason
