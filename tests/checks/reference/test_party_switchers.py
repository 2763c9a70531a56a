"""A candidate who stood for another party at the election before: their own earlier figure
and their new party's are two series, and the record measures neither as "theirs".

Eddisbury, official record: Antoinette Sandbach won it for the Conservatives in 2017
(56.88%) and stood for the Liberal Democrats in 2019 (18.09%); the Liberal Democrats' 2017
candidate had 5.46%.
"""

from __future__ import annotations

from decimal import Decimal

from hand_built import at

import factcheck
from factcheck import Figure, Unit
from factcheck.models import (
    Article,
    CandidateResult,
    ChangeClaim,
    ContestResult,
    Direction,
    Document,
    Quantity,
)
from factcheck.packs import default_pack
from factcheck.reference.lookup import previous_candidate

RULE = "reference-mismatch"


def _share(text: str, phrase: str, value: str) -> Figure:
    return Figure(
        text=value, value=Decimal(value), unit=Unit.PERCENT, precision=Decimal("0.1"),
        span=at(text, phrase),
    )  # fmt: skip


def _check(text: str, previous: str, **who: str) -> factcheck.Report:
    claim = ChangeClaim(
        quantity=Quantity.SHARE,
        contest="Eddisbury",
        direction=Direction.UP if "Liberal" in who.get("party", "") else Direction.DOWN,
        previous=_share(text, f"{previous}%", previous),
        since="2017",
        **who,
    )
    contest = ContestResult(
        name="Eddisbury",
        candidates=(CandidateResult(name="Antoinette Sandbach", party="Liberal Democrat"),),
    )
    article = Article(
        document=Document(path="story.txt", text=text), contests=(contest,), claims=(claim,)
    )
    return factcheck.check(article, election="uk-ge-2019", select=[RULE])


def test_the_switchers_own_earlier_share_is_not_checked_and_says_why() -> None:
    text = "In Eddisbury, Antoinette Sandbach's share fell from 50.9% in 2017."
    report = _check(text, "50.9", candidate="Antoinette Sandbach")
    assert report.findings == ()
    assert [s.reason for s in report.not_checked] == [
        "Antoinette Sandbach stood for Conservative in 2017, for Liberal Democrat now: their "
        "own figure then and their party's are two series"
    ]


def test_the_new_partys_earlier_share_is_its_own_candidates() -> None:
    right = "In Eddisbury, the Liberal Democrats' share rose from 5.5% in 2017."
    assert _check(right, "5.5", party="Liberal Democrat").findings == ()
    wrong = "In Eddisbury, the Liberal Democrats' share rose from 9.5% in 2017."
    (finding,) = _check(wrong, "9.5", party="Liberal Democrat").findings
    assert "5.46%" in finding.message


def test_previous_candidate_is_the_same_person_only_for_the_same_party() -> None:
    pack = default_pack()
    then = ContestResult(
        candidates=(
            CandidateResult(name="Jane Smith", party="Conservative"),
            CandidateResult(name="Tom Brown", party="Liberal Democrat"),
        )
    )
    moved = CandidateResult(name="Jane Smith", party="Liberal Democrat")
    stayed = CandidateResult(name="Jane Smith", party="Conservative")
    assert previous_candidate(moved, then, pack) is None
    assert previous_candidate(moved, then, pack, by_party=True) == then.candidates[1]
    assert previous_candidate(stayed, then, pack) == then.candidates[0]
