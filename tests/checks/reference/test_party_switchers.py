"""A candidate who stood for another party at the election before: their own earlier figure
and their new party's are two series, and the record measures neither as "theirs".

Eddisbury, official record: Antoinette Sandbach won it for the Conservatives in 2017
(56.88%) and stood for the Liberal Democrats in 2019 (18.09%); the Liberal Democrats' 2017
candidate had 5.46%.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hand_built import at

import factcheck
from factcheck import Figure, Unit
from factcheck.config import Config
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


def test_a_renamed_party_is_one_series_when_the_newsrooms_pack_says_so(tmp_path: Path) -> None:
    # Barnsley East: Tony Devoy stood for Yorkshire First in 2015 (647 of 38,517, 1.68%) and
    # for The Yorkshire Party, its new name, in 2017. A newsroom pack naming the one an alias
    # of the other makes his 2015 share his own earlier level, which "3.1%" is not.
    pack = tmp_path / "parties.toml"
    pack.write_text(
        '[parties.yorkshire]\nname = "The Yorkshire Party"\naliases = ["Yorkshire First"]\n',
        "utf-8",
    )

    def check(previous: str, config: Config | None = None) -> factcheck.Report:
        text = f"In Barnsley East, Tony Devoy's share rose from {previous}% in 2015."
        claim = ChangeClaim(
            quantity=Quantity.SHARE,
            contest="Barnsley East",
            direction=Direction.UP,
            previous=_share(text, f"{previous}%", previous),
            since="2015",
            candidate="Tony Devoy",
        )
        devoy = CandidateResult(name="Tony Devoy", party="The Yorkshire Party")
        article = Article(
            document=Document(path="story.txt", text=text),
            contests=(ContestResult(name="Barnsley East", candidates=(devoy,)),),
            claims=(claim,),
        )
        return factcheck.check(article, election="uk-ge-2017", select=[RULE], config=config)

    newsroom = Config(packs=(str(pack),))
    (finding,) = check("3.1", newsroom).findings
    assert finding.message == (
        "Tony Devoy's (Yorkshire First) share in Barnsley East in 2015 is officially 1.68%, "
        "not 3.1%"
    )
    assert check("1.7", newsroom).findings == ()
    report = check("3.1")
    assert report.findings == ()
    assert [s.reason for s in report.not_checked] == [
        "Tony Devoy stood for Yorkshire First in 2015, for The Yorkshire Party now: their own "
        "figure then and their party's are two series"
    ]
