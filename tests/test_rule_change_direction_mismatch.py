"""change-direction-mismatch (WRD104): "up" when the figures went down, or the reverse.

Seed 001, Bethnal Green and Bow: "Charlotte Chirico came second, winning 12.7pc of the votes
with 7,576 (down from 15.2pc)". 12.7 stands for [12.65, 12.75), 15.2 for [15.15, 15.25): the
change lies in (12.65 − 15.25, 12.75 − 15.15) = (−2.6, −2.4), wholly below zero. "Down" is
right; "up" is wrong whatever the unrounded shares were.
"""

from __future__ import annotations

from hand_built import change, check_article, count, fig, rank
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import (
    CandidateResult,
    Confidence,
    Consequence,
    ContestResult,
    Severity,
)
from factcheck.models import ChangeClaim, Direction, Quantity

RULE = "change-direction-mismatch"


def check(
    text: str, *claims: ChangeClaim, contests: tuple[ContestResult, ...] = ()
) -> factcheck.Report:
    return check_article(text, *claims, contests=contests, select=[RULE])


SEED_001 = (
    "The Conservative’s general election first-timer Charlotte Chirico came second, winning "
    "12.7pc of the votes with 7,576 (down from 15.2pc), while Independent Ajmal Masroor "
    "followed in third with 6.5pc or 3,888 votes."
)


def _bethnal_green(text: str) -> ContestResult:
    return ContestResult(
        name="Bethnal Green and Bow",
        candidates=(
            CandidateResult(
                name="Charlotte Chirico",
                party="Conservative",
                votes=count(text, "7,576"),
                share=fig(text, "12.7pc", "12.7"),
            ),
        ),
    )


def _chirico(text: str, word: str, direction: Direction) -> ChangeClaim:
    # As the reader files it: the earlier share on the claim, the later one in the results.
    return change(
        text,
        word,
        direction,
        contest="Bethnal Green and Bow",
        candidate="Charlotte Chirico",
        previous=fig(text, "15.2pc", "15.2"),
        since="2015",
    )


def test_seed_001_down_from_is_right() -> None:
    text = SEED_001
    report = check(
        text, _chirico(text, "down from", Direction.DOWN), contests=(_bethnal_green(text),)
    )
    assert report.findings == ()
    assert report.not_checked == ()


def test_up_from_a_higher_share_fires_on_the_direction_words() -> None:
    text = SEED_001.replace("down from", "up from")
    report = check(text, _chirico(text, "up from", Direction.UP), contests=(_bethnal_green(text),))
    (finding,) = report.findings
    assert finding.name == RULE
    assert finding.severity is Severity.ERROR
    assert finding.confidence is Confidence.HIGH
    assert finding.consequences == (Consequence.DIRECTION,)
    assert finding.text == "up from"
    assert finding.start == text.index("up from")
    assert finding.message == (
        "“up from”, but Charlotte Chirico's share of the vote went from 15.2% to 12.7%: a fall "
        "of 2.5 points"
    )
    assert finding.fix == "down from"
    assert finding.arithmetic == ("12.7 − 15.2 = -2.5 (allowing for rounding: (-2.6, -2.4))",)
    assert finding.evidence["difference_interval"] == "(-2.6, -2.4)"
    assert finding.evidence["current_from_results"] is True
    assert {r.start for r in finding.related} == {text.index("15.2pc"), text.index("12.7pc")}


RANKS = "Alistair Polson of the Green Party dropped from third to fifth, winning just 2.5pc."


def _polson(text: str, word: str, direction: Direction) -> ChangeClaim:
    return change(
        text,
        word,
        direction,
        Quantity.RANK,
        candidate="Alistair Polson",
        previous=rank(text, "third", 3),
        current=rank(text, "fifth", 5),
    )


def test_seed_001_dropped_from_third_to_fifth_is_right() -> None:
    assert check(RANKS, _polson(RANKS, "dropped", Direction.DOWN)).findings == ()


def test_rose_from_third_to_fifth_is_wrong() -> None:
    # Position 3 -> 5: a larger number is a worse place, so "rose" (a better place) is wrong.
    text = RANKS.replace("dropped", "rose")
    (finding,) = check(text, _polson(text, "rose", Direction.UP)).findings
    assert finding.severity is Severity.ERROR
    assert finding.text == "rose"
    assert finding.message == (
        "“rose”, but Alistair Polson's position went from third to fifth: a worse position"
    )
    assert finding.fix == "fell"
    assert finding.arithmetic == (
        "position third → fifth: a worse place (a smaller number is better)",
    )


def test_figures_equal_within_rounding_only_warn() -> None:
    # 40 stands for [39.5, 40.5), 39.8 for [39.75, 39.85): the change lies in
    # (39.5 − 39.85, 40.5 − 39.75) = (−0.35, 0.75), which holds zero: either way is possible.
    text = "Labour's share in Anytown rose to 40pc, up from 39.8pc."
    claim = change(
        text,
        "up from",
        Direction.UP,
        party="Labour",
        previous=fig(text, "39.8pc", "39.8"),
        current=fig(text, "40pc", "40"),
    )
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.WARNING
    assert finding.confidence is Confidence.LOW
    assert finding.consequences == ()
    assert "(the change lies in (-0.35, 0.75))" in finding.message


def test_turnout_takes_its_later_level_from_the_results() -> None:
    # 67.68 − 62.59 = 5.09 > 0 for every value allowed: "fell" is wrong.
    text = "Turnout in Poplar and Limehouse fell from 62.59pc in 2015 to 67.68pc."
    contest = ContestResult(name="Poplar and Limehouse", turnout=fig(text, "67.68pc", "67.68"))
    claim = change(
        text,
        "fell",
        Direction.DOWN,
        Quantity.TURNOUT,
        previous=fig(text, "62.59pc", "62.59"),
    )
    (finding,) = check(text, claim, contests=(contest,)).findings
    assert finding.fix == "rose"
    assert (
        finding.message == "“fell”, but turnout went from 62.59% to 67.68%: a rise of 5.09 points"
    )


def test_a_quoted_direction_is_checked_but_only_warns() -> None:
    text = SEED_001.replace("down from", "up from")
    claim = _chirico(text, "up from", Direction.UP).model_copy(update={"quoted": True})
    (finding,) = check(text, claim, contests=(_bethnal_green(text),)).findings
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("in a quotation, “up from”, but")
    assert finding.consequences == (Consequence.DIRECTION,)


def test_without_an_earlier_value_it_is_not_checked() -> None:
    text = "William Dyer won 5pc (2,982), marginally up from the party’s performance in 2015."
    claim = change(text, "up from", Direction.UP, candidate="William Dyer")
    report = check(text, claim)
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.name == RULE
    assert "without the earlier value" in skipped.reason


# -- properties -------------------------------------------------------------------------------

tenths = st.integers(min_value=0, max_value=1000)


two_levels = st.lists(tenths, min_size=2, max_size=2, unique=True)
"""An earlier and a later level, in tenths of a point, never equal."""


def _tenth(n: int) -> str:
    return f"{n // 10}.{n % 10}"


def _claim(before: int, after: int, direction: Direction) -> tuple[str, ChangeClaim]:
    word = "up from" if direction is Direction.UP else "down from"
    text = f"Labour's share in Anytown was {_tenth(after)}pc, {word} {_tenth(before)}pc."
    return text, change(
        text,
        word,
        direction,
        party="Labour",
        previous=fig(text, f"{_tenth(before)}pc", _tenth(before), after=word),
        current=fig(text, f"{_tenth(after)}pc", _tenth(after)),
    )


@given(two_levels)
def test_a_direction_matching_the_sign_never_fires(levels: list[int]) -> None:
    before, after = levels
    text, claim = _claim(before, after, Direction.UP if after > before else Direction.DOWN)
    assert check(text, claim).findings == ()


@given(two_levels)
def test_a_flipped_direction_always_fires(levels: list[int]) -> None:
    # Figures to one place differ by at least 0.1; each allows ±0.05, so the change interval,
    # (d − 0.1, d + 0.1) with d the face difference, never holds zero: always an error.
    before, after = levels
    text, claim = _claim(before, after, Direction.DOWN if after > before else Direction.UP)
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.ERROR
    assert finding.fix == ("up from" if after > before else "down from")
