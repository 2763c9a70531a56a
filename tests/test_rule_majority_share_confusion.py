"""majority-share-confusion (WRD101): a "majority" that is really a share, or a change in one.

Bethnal Green and Bow. 2017: Ali (Lab) 42,969 (71.8%), Chirico (Con) 7,576 (12.7%): majority
42,969 − 7,576 = 35,393. 2015: Ali's majority 24,317, her share 61.2%.
  majority, relative: 100 × (35,393 − 24,317) / 24,317 = 100 × 11,076 / 24,317 = 45.548%;
  share, in points:   71.8 − 61.2 = 10.6, allowing for rounding (10.5, 10.7).
Seed 001's "a nearly 11 per cent increase on her majority": "nearly 11" is fair for
[10.45, 11) (granularity 0.55 for 11). The share change fits; the majority's does not.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hand_built import at, change, check_article, count, fig
from hypothesis import assume, given
from hypothesis import strategies as st

import factcheck
from factcheck import (
    CandidateResult,
    Confidence,
    ContestResult,
    Figure,
    Severity,
    Unit,
)
from factcheck.intervals import to_decimal
from factcheck.models import ChangeClaim, Direction, Quantity

RULE = "majority-share-confusion"


def check(
    text: str,
    *claims: ChangeClaim,
    contests: tuple[ContestResult, ...] = (),
    select: tuple[str, ...] = (RULE,),
) -> factcheck.Report:
    return check_article(text, *claims, contests=contests, select=select)


SEED_001 = (
    "The newly re-elected Bethnal Green and Bow MP described her overwhelming win as an "
    "“expression of hope over fear” as she swept to power with a nearly 11 per cent increase "
    "on her majority. Labour’s Rushanara Ali scooped a whopping 42,969 votes - a 71.8pc share. "
    "Charlotte Chirico came second, winning 12.7pc of the votes with 7,576, while Ajmal "
    "Masroor followed in third with 6.5pc or 3,888 votes. William Dyer won 5pc (2,982). "
    "Alistair Polson won just 2.5pc. Ian de Wulverton won just 1.5pc (894 votes)."
)


def _bethnal_green(
    text: str, *, complete: bool | None = True, second: Figure | None = None
) -> ContestResult:
    """Seed 001's results: Polson is given only as a share, below Chirico's."""
    rows = [
        ("Rushanara Ali", "Labour", "42,969", "71.8pc"),
        ("Charlotte Chirico", "Conservative", "7,576", "12.7pc"),
        ("Ajmal Masroor", "Independent", "3,888", "6.5pc"),
        ("William Dyer", "Liberal Democrat", "2,982", "5pc"),
        ("Alistair Polson", "Green Party", None, "2.5pc"),
        ("Ian de Wulverton", "UKIP", "894", "1.5pc"),
    ]
    return ContestResult(
        name="Bethnal Green and Bow",
        complete=complete,
        candidates=tuple(
            CandidateResult(
                name=name,
                party=party,
                votes=count(text, votes) if votes else None,
                share=fig(text, share, share.removesuffix("pc")),
                rank=second if name == "Charlotte Chirico" else None,
            )
            for name, party, votes, share in rows
        ),
    )


def _majority_claim(text: str, phrase: str, value: str, **fields: object) -> ChangeClaim:
    return ChangeClaim.model_validate(
        {
            "quantity": Quantity.MAJORITY,
            "contest": "Bethnal Green and Bow",
            "direction": Direction.UP,
            "amount": fig(text, phrase, value, hedge="nearly" if "nearly" in phrase else "exact"),
            **fields,
        }
    )


# -- no previous figures: say what each reading would mean ---------------------------------


def _seed_001_claim(text: str) -> ChangeClaim:
    return _majority_claim(
        text,
        "nearly 11 per cent",
        "11",
        direction_text="increase",
        direction_span=at(text, "increase"),
    )


def _second(text: str) -> Figure:
    return Figure(
        text="second", value=Decimal(2), unit=Unit.RANK, exact=True, span=at(text, "second")
    )


@pytest.mark.parametrize("how", ["complete list", "said to come second"])
def test_seed_001_nearly_11_per_cent_on_her_majority_is_ambiguous(how: str) -> None:
    # Majority: 35,393 / (1 + x/100) for x in [10.45, 11): from 35,393/1.11 = 31,885.6 (open)
    # to 35,393/1.1045 = 32,044.4. Share: [71.75, 71.85) − [10.45, 11) = (60.75, 61.4).
    # The 2015 figures (majority 24,317, share 61.2%) fit the share reading only.
    # The lead, 42,969 − 7,576 = 35,393, is certain when every candidate is listed (Polson's
    # 2.5% is below Chirico's 12.7%), or when the text says Chirico came second.
    text = SEED_001
    contest = (
        _bethnal_green(text)
        if how == "complete list"
        else _bethnal_green(text, complete=None, second=_second(text))
    )
    (finding,) = check(text, _seed_001_claim(text), contests=(contest,)).findings
    assert finding.name == RULE
    assert finding.severity is Severity.WARNING
    assert finding.confidence is Confidence.MEDIUM
    assert finding.text == "nearly 11 per cent"
    assert finding.start == text.index("nearly 11 per cent")
    assert finding.message == (
        "a majority is the winner's lead in votes, so “nearly 11 per cent” is ambiguous: read as "
        "the majority, it grew from between 31,886 and 32,044 to 35,393; read as Rushanara "
        "Ali's share in points, it rose from between 60.75% and 61.4% to 71.8%"
    )
    assert finding.arithmetic == (
        "if the majority, in per cent: 35,393 / (1 + 11/100) = 31,886",
        "if the share, in points: 71.8 − 11 = 60.8",
    )
    assert finding.fix == (
        "say which: “Rushanara Ali's share of the vote rose by nearly 11 percentage points”, or "
        "give the majority in votes before and after"
    )
    assert finding.evidence["implied_previous_share_if_points"] == "(60.75, 61.4)"


def _seed_001_cut(text: str, *, quoted: bool = False) -> ChangeClaim:
    return _majority_claim(
        text,
        "11 per cent",
        "11",
        direction=Direction.DOWN,
        direction_text="cut",
        direction_span=at(text, "cut"),
        quoted=quoted,
    )


def test_a_majority_cut_in_per_cent_is_ambiguous_and_each_reading_works_upwards() -> None:
    # "11" stands for [10.5, 11.5). Majority: 35,393 / (1 − x/100), from 35,393/0.895 =
    # 39,545.3 to 35,393/0.885 = 39,992.1 (open). Share: [71.75, 71.85) + [10.5, 11.5) =
    # [82.25, 83.35).
    text = SEED_001.replace("a nearly 11 per cent increase on", "her majority cut 11 per cent,")
    (finding,) = check(text, _seed_001_cut(text), contests=(_bethnal_green(text),)).findings
    assert finding.message == (
        "a majority is the winner's lead in votes, so “11 per cent” is ambiguous: read as "
        "the majority, it shrank from between 39,545 and 39,992 to 35,393; read as Rushanara "
        "Ali's share in points, it fell from between 82.25% and 83.35% to 71.8%"
    )
    assert finding.arithmetic == (
        "if the majority, in per cent: 35,393 / (1 − 11/100) = 39,767",
        "if the share, in points: 71.8 + 11 = 82.8",
    )
    assert finding.fix == (
        "say which: “Rushanara Ali's share of the vote fell by 11 percentage points”, or "
        "give the majority in votes before and after"
    )
    assert finding.evidence["implied_previous_share_if_points"] == "[82.25, 83.35)"
    assert "implied_previous_majority" in finding.evidence


def test_an_ambiguous_majority_change_in_a_quotation_says_so() -> None:
    text = SEED_001.replace("a nearly 11 per cent increase on", "her majority cut 11 per cent,")
    claim = _seed_001_cut(text, quoted=True)
    (finding,) = check(text, claim, contests=(_bethnal_green(text),)).findings
    assert finding.message.startswith("in a quotation, a majority is the winner's lead")


def test_without_a_certain_runner_up_only_the_share_reading_is_given() -> None:
    # Not said to be complete, and nothing says who came second: an unlisted candidate could
    # have more than 7,576 votes, so the lead in votes is unknown.
    text = SEED_001
    contest = _bethnal_green(text, complete=None)
    (finding,) = check(text, _seed_001_claim(text), contests=(contest,)).findings
    assert "read as the majority" not in finding.message
    assert finding.message.endswith("it rose from between 60.75% and 61.4% to 71.8%")


def test_with_no_figures_at_all_it_still_warns() -> None:
    text = (
        "Rushanara Ali was returned to parliament, increasing her majority by nearly 11 per cent."
    )
    claim = _majority_claim(text, "nearly 11 per cent", "11", candidate="Rushanara Ali")
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.WARNING
    assert finding.confidence is Confidence.LOW
    assert "could be the majority in votes changing by 11 per cent" in finding.message


def test_a_majority_change_in_points_without_figures_is_not_checked() -> None:
    text = "Rushanara Ali increased her majority by 11 points."
    claim = _majority_claim(text, "11 points", "11").model_copy(
        update={"amount": fig(text, "11 points", "11", unit=Unit.POINTS)}
    )
    report = check(text, claim)
    assert report.findings == ()
    assert [n.name for n in report.not_checked] == [RULE]


def test_a_majority_without_an_amount_is_not_this_rules_business() -> None:
    text = "Jim Fitzpatrick increased his majority easily."
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY, candidate="Jim Fitzpatrick", direction=Direction.UP
    )
    report = check(text, claim)
    assert report.findings == ()
    assert report.not_checked == ()


# -- both years known -----------------------------------------------------------------------

WITH_2015 = (
    "Labour’s Rushanara Ali held Bethnal Green and Bow, increasing her majority by nearly 11 "
    "per cent, from 24,317 to 35,393. Her share of the vote rose from 61.2pc to 71.8pc."
)


def _with_2015(
    text: str, phrase: str, value: str, unit: Unit = Unit.PERCENT
) -> tuple[ChangeClaim, ...]:
    majority = change(
        text,
        "increasing",
        Direction.UP,
        Quantity.MAJORITY,
        candidate="Rushanara Ali",
        contest="Bethnal Green and Bow",
        amount=fig(
            text, phrase, value, hedge="nearly" if "nearly" in phrase else "exact", unit=unit
        ),
        previous=count(text, "24,317"),
        current=count(text, "35,393"),
    )
    share = change(
        text,
        "rose",
        Direction.UP,
        candidate="Rushanara Ali",
        contest="Bethnal Green and Bow",
        previous=fig(text, "61.2pc", "61.2"),
        current=fig(text, "71.8pc", "71.8"),
    )
    return majority, share


def _ali_only(text: str) -> ContestResult:
    return ContestResult(
        name="Bethnal Green and Bow",
        candidates=(CandidateResult(name="Rushanara Ali", party="Labour"),),
    )


def test_a_share_change_called_a_majority_change_is_an_error() -> None:
    text = WITH_2015
    claims = _with_2015(text, "nearly 11 per cent", "11")
    (finding,) = check(text, *claims, contests=(_ali_only(text),)).findings
    assert finding.severity is Severity.ERROR
    assert finding.confidence is Confidence.HIGH
    assert finding.text == "nearly 11 per cent"
    assert finding.message == (
        "“nearly 11 per cent” is the change in Rushanara Ali's share of the vote, not in the "
        "majority (and in points, not per cent): the share of the vote went from 61.2% to "
        "71.8%, up 10.6 percentage points; the majority itself changed by 11,076 votes or 45.55%"
    )
    assert finding.fix == (
        "Rushanara Ali's share of the vote rose by nearly 11 percentage points; the majority "
        "rose from 24,317 to 35,393"
    )
    assert finding.evidence["fits"] == "share-points"
    assert finding.evidence["share_points_interval"] == "(10.5, 10.7)"
    assert "majority in per cent: 100 × (35,393 − 24,317) / 24,317 = 45.55%" in finding.arithmetic


def test_the_right_relative_change_of_the_majority_is_silent() -> None:
    # 45.548% lies in [45.45, 45.55), what "45.5" stands for.
    text = WITH_2015.replace("nearly 11 per cent", "45.5 per cent")
    claims = _with_2015(text, "45.5 per cent", "45.5")
    assert check(text, *claims, contests=(_ali_only(text),)).findings == ()


def test_the_majority_change_in_votes_is_silent() -> None:
    text = WITH_2015.replace("nearly 11 per cent", "11,076 votes")
    claims = _with_2015(text, "11,076 votes", "11076", unit=Unit.VOTES)
    assert check(text, *claims, contests=(_ali_only(text),)).findings == ()


def test_a_wrong_unhedged_relative_change_fits_nothing() -> None:
    # 20 per cent stands for [19.5, 20.5): neither 45.55% nor the 10.6-point share rise.
    text = WITH_2015.replace("nearly 11 per cent", "20 per cent")
    claims = _with_2015(text, "20 per cent", "20")
    (finding,) = check(text, *claims, contests=(_ali_only(text),)).findings
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "“20 per cent” fits no reading of the change in Rushanara Ali's majority: the majority "
        "went from 24,317 to 35,393, up 45.55% (other readings: majority in votes up 11,076 "
        "votes; winner's share in points up 10.6 percentage points; winner's share in per cent "
        "up 17.32%)"
    )
    assert finding.fix == "46 per cent"
    assert finding.confidence is Confidence.MEDIUM
    assert finding.evidence["majority_relative_interval"] == "[45.5483817905, 45.5483817905]"
    assert finding.arithmetic[0] == "majority in votes: 35,393 − 24,317 = 11,076"


def test_the_hedge_finding_on_the_same_words_is_kept_underneath() -> None:
    # hedge-mismatch also calls "nearly 11" false of a 45.55% rise: one finding, both messages.
    text = WITH_2015
    claims = _with_2015(text, "nearly 11 per cent", "11")
    report = check(text, *claims, contests=(_ali_only(text),), select=(RULE, "hedge-mismatch"))
    (finding,) = report.findings
    assert finding.name == RULE
    also = finding.evidence["also"]
    assert isinstance(also, list)
    assert [a["name"] for a in also if isinstance(a, dict)] == ["hedge-mismatch"]


def test_a_quoted_confusion_only_warns() -> None:
    text = WITH_2015
    majority, share = _with_2015(text, "nearly 11 per cent", "11")
    quoted = majority.model_copy(update={"quoted": True})
    (finding,) = check(text, quoted, share, contests=(_ali_only(text),)).findings
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("in a quotation, “nearly 11 per cent” is the change in")


# -- a majority that is the winner's share -----------------------------------------------------

AS_SHARE = (
    "Labour’s Rushanara Ali held Bethnal Green and Bow with a majority of 71.8pc, taking "
    "42,969 votes, a 71.8pc share."
)


def _as_share(text: str, majority_share: Figure | None, majority: Figure | None) -> ContestResult:
    return ContestResult(
        name="Bethnal Green and Bow",
        candidates=(
            CandidateResult(
                name="Rushanara Ali",
                party="Labour",
                votes=count(text, "42,969"),
                share=fig(text, "71.8pc", "71.8", after="votes"),
            ),
        ),
        majority_share=majority_share,
        majority=majority,
    )


def test_a_majority_equal_to_the_winners_share_is_an_error() -> None:
    text = AS_SHARE
    stated = fig(text, "71.8pc", "71.8", unit=Unit.POINTS)
    (finding,) = check(text, contests=(_as_share(text, stated, None),)).findings
    assert finding.severity is Severity.ERROR
    assert finding.start == text.index("71.8pc")
    assert finding.message == (
        "a majority of 71.8 points is Rushanara Ali's share of the vote (71.8%), not the lead "
        "over the runner-up"
    )
    assert finding.fix == "a 71.8% share"
    assert [r.start for r in finding.related] == [text.index("71.8pc", text.index("votes"))]


def test_a_majority_in_votes_is_silent() -> None:
    text = AS_SHARE.replace("a majority of 71.8pc", "a majority of 35,393")
    assert check(text, contests=(_as_share(text, None, count(text, "35,393")),)).findings == ()


def test_with_every_share_shown_majority_mismatch_says_it() -> None:
    text = SEED_001 + " Ali won with a majority of 71.8pc."
    contest = _bethnal_green(text).model_copy(
        update={
            "majority_share": fig(text, "71.8pc", "71.8", unit=Unit.POINTS, after="majority of")
        }
    )
    report = check(text, contests=(contest,), select=(RULE, "majority-mismatch"))
    (finding,) = report.findings
    assert finding.name == "majority-mismatch"
    assert "it is the winner's share" in finding.message


def test_a_majority_said_to_rise_to_the_winners_share_is_an_error() -> None:
    text = "Rushanara Ali took a 71.8pc share, and her majority rose to 71.8pc."
    contest = ContestResult(
        name="Bethnal Green and Bow",
        candidates=(CandidateResult(name="Rushanara Ali", share=fig(text, "71.8pc", "71.8")),),
    )
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY,
        candidate="Rushanara Ali",
        direction=Direction.UP,
        current=fig(text, "71.8pc", "71.8", unit=Unit.POINTS, after="majority"),
    )
    (finding,) = check(text, claim, contests=(contest,)).findings
    assert finding.severity is Severity.ERROR
    assert finding.start == text.index("71.8pc", text.index("majority"))


# -- properties -------------------------------------------------------------------------------

majorities = st.integers(min_value=100, max_value=40000)
tenths = st.integers(min_value=50, max_value=950)


two_majorities = st.lists(majorities, min_size=2, max_size=2, unique=True)
two_shares = st.lists(tenths, min_size=2, max_size=2, unique=True)


def _tenth(n: int) -> str:
    return f"{n // 10}.{n % 10}"


def _story(
    m0: int, m1: int, s0: int, s1: int, stated: str
) -> tuple[str, tuple[ChangeClaim, ...], ContestResult]:
    text = (
        f"Sarah Jones held Anytown, her majority changing by {stated} per cent, from {m0:,} to "
        f"{m1:,}. Her share went from {_tenth(s0)}pc to {_tenth(s1)}pc."
    )
    majority = ChangeClaim(
        quantity=Quantity.MAJORITY,
        candidate="Sarah Jones",
        contest="Anytown",
        direction=Direction.UP if m1 > m0 else Direction.DOWN,
        amount=fig(text, f"{stated} per cent", stated),
        previous=count(text, f"{m0:,}"),
        current=count(text, f"{m1:,}", after="to"),
    )
    share = ChangeClaim(
        quantity=Quantity.SHARE,
        candidate="Sarah Jones",
        contest="Anytown",
        previous=fig(text, f"{_tenth(s0)}pc", _tenth(s0)),
        current=fig(text, f"{_tenth(s1)}pc", _tenth(s1), after="went"),
    )
    contest = ContestResult(name="Anytown", candidates=(CandidateResult(name="Sarah Jones"),))
    return text, (majority, share), contest


@given(two_majorities, tenths, tenths)
def test_a_correct_relative_majority_change_never_fires(ms: list[int], s0: int, s1: int) -> None:
    m0, m1 = ms
    # Rounded to one place the way the writer would (half-up, exactly): it lies in its own
    # rounding interval, so the named reading fits whatever the share did.
    stated = str(to_decimal(abs(Fraction(100 * (m1 - m0), m0)), 1))
    text, claims, contest = _story(m0, m1, s0, s1, stated)
    assert check(text, *claims, contests=(contest,)).findings == ()


@given(two_majorities, two_shares)
def test_a_share_change_called_a_majority_change_always_fires(ms: list[int], ss: list[int]) -> None:
    (m0, m1), (s0, s1) = ms, ss
    x = Fraction(abs(s1 - s0), 10)
    relative = abs(Fraction(100 * (m1 - m0), m0))
    # The majority's change (exact: whole counts) is outside what the amount stands for.
    assume(not (x - Fraction(1, 20) <= relative < x + Fraction(1, 20)))
    text, claims, contest = _story(m0, m1, s0, s1, _tenth(abs(s1 - s0)))
    (finding,) = check(text, *claims, contests=(contest,)).findings
    assert finding.severity is Severity.ERROR
    assert finding.evidence["fits"] == "share-points"


def test_a_share_that_may_not_be_the_winners_is_not_compared_with_the_majority() -> None:
    # Found by a property test: B's 0% is the only share listed, A and C have no figures, so
    # B need not be the winner, and a stated majority of 0 points (a tie between A and C)
    # is consistent. Only a winner who is certainly first is compared with the majority.
    contest = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(name="A"),
            CandidateResult(name="B", share=Figure.percentage("0")),
            CandidateResult(name="C"),
        ),
        majority_share=Figure.percentage("0", unit=Unit.POINTS),
    )
    assert factcheck.check(contest, select=[RULE]).findings == ()


# -- the whole finding, word for word (mutation testing: docs/testing.md) -----------------------


def test_a_majority_equal_to_the_winners_share_gives_the_whole_working() -> None:
    text = AS_SHARE
    stated = fig(text, "71.8pc", "71.8", unit=Unit.POINTS)
    (finding,) = check(text, contests=(_as_share(text, stated, None),)).findings
    assert finding.confidence is Confidence.HIGH
    assert finding.evidence == {
        "stated_majority": "71.8",
        "winner": "Rushanara Ali",
        "winner_share": "71.8",
        "stated_interval": "[71.75, 71.85)",
        "share_interval": "[71.75, 71.85)",
        "lead_in_votes": None,
        "lead_ceiling": "70.9116666667",
    }
    assert finding.arithmetic == (
        "stated majority 71.8 points stands for [71.75, 71.85)",
        "Rushanara Ali's share 71.8% stands for [71.75, 71.85): they overlap",
        "the runner-up polled at least the other shares or an even split of the rest, so the "
        "lead is at most 70.912 points",
    )
    assert [r.message for r in finding.related] == ["the winner's share"]


def test_a_majority_equal_to_the_winners_share_offers_the_lead_in_votes_when_known() -> None:
    text = AS_SHARE + " Charlotte Chirico came second with 7,576."
    contest = _as_share(text, fig(text, "71.8pc", "71.8", unit=Unit.POINTS), None)
    second = Figure(text="second", value=Decimal(2), unit=Unit.RANK, span=at(text, "second"))
    chirico = CandidateResult(name="Charlotte Chirico", votes=count(text, "7,576"), rank=second)
    contest = contest.model_copy(update={"candidates": (*contest.candidates, chirico)})
    (finding,) = check(text, contests=(contest,)).findings
    assert finding.fix == "a 71.8% share, and a majority of 35,393"
    assert finding.evidence["lead_in_votes"] == 35393


def test_a_quoted_majority_equal_to_the_winners_share_only_warns() -> None:
    text = AS_SHARE
    stated = fig(text, "71.8pc", "71.8", unit=Unit.POINTS).model_copy(update={"quoted": True})
    (finding,) = check(text, contests=(_as_share(text, stated, None),)).findings
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("in a quotation, a majority of 71.8 points is ")
