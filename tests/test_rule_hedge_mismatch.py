"""hedge-mismatch (WRD103): a hedge or fraction word that does not fit the exact figure.

The hedge pack (rules/hedges.toml) gives, for a fraction word, a granularity of half the
distance to the nearest other landmark: a third (33.33) is 8.33 from a quarter and 6.67 from
two-fifths, so g = 3.33; half is 10 from two-fifths and three-fifths, so g = 5; a fifth is 5
from a quarter and 10 from a tenth, so g = 2.5. For a whole number such as 11, g is 0.5, or 5%
of it if more: 0.55.

  "less than a third": true below 33.33, fair from the landmark below (a quarter): [25, 33.33).
  "more than half":    true above 50, fair up to 50 + g: (50, 55].
  "nearly 11":         true below 11, fair from 11 − g: [10.45, 11).
  "just over a fifth", "more than a fifth": fair for (20, 22.5].
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from hand_built import at, change, check_article, fig, fraction
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
from factcheck.models import BoundClaim, ChangeClaim, Direction, Quantity
from factcheck.packs import default_pack, pragmatic_interval, truth_interval

RULE = "hedge-mismatch"
PACK = default_pack()


def check(
    text: str, *claims: BoundClaim | ChangeClaim, contests: tuple[ContestResult, ...] = ()
) -> factcheck.Report:
    return check_article(text, *claims, contests=contests, select=[RULE])


def bound(
    text: str, phrase: str, words: str, hedge: str, exact: str | None, *, quoted: bool = False
) -> BoundClaim:
    return BoundClaim(
        quantity=Quantity.SHARE,
        contest="Poplar and Limehouse",
        candidate="Christopher Wilford",
        bound=fraction(text, phrase, words, hedge),
        exact=fig(text, f"{exact}pc", exact) if exact is not None else None,
        quoted=quoted,
    )


SEED_000 = (
    "Jim Fitzpatrick increased his majority easily, followed by the Conservatives’ Christopher "
    "Wilford, who trailed behind with less than a third of the share at 20.1pc (11,846 votes)."
)


# -- bounds on a share ------------------------------------------------------------------------


def test_seed_000_less_than_a_third_for_20_1_is_loose_not_wrong() -> None:
    # True (20.1 < 33.33) but [20.05, 20.15) misses the fair [25, 33.33): a quarter lies
    # between. Tighter: "more than a fifth" (fair (20, 22.5], width 2.5), or with the writer's
    # own hedge "less than a quarter" (fair [20, 25), width 5).
    text = SEED_000
    report = check(text, bound(text, "less than a third", "a third", "less-than", "20.1"))
    (finding,) = report.findings
    assert finding.name == RULE
    assert finding.severity is Severity.INFO
    assert not report.failed()
    assert finding.text == "less than a third"
    assert finding.start == text.index("less than a third")
    assert finding.message == (
        "“less than a third” is true of 20.1% but loose: a quarter lies between 20.1% and a third"
    )
    assert finding.fix == "more than a fifth, or less than a quarter"
    assert finding.arithmetic == (
        "“less than a third” is true for below 33.33%",
        "and fair for between 25% and 33.33%",
        "20.1% stands for [20.05, 20.15)",
    )
    assert finding.evidence["fair_interval"] == "[25, 33.3333333333)"
    assert [r.start for r in finding.related] == [text.index("20.1pc")]


def test_just_over_a_fifth_for_20_1_is_silent() -> None:
    text = SEED_000.replace("less than a third", "just over a fifth")
    report = check(text, bound(text, "just over a fifth", "a fifth", "just-over", "20.1"))
    assert report.findings == ()
    assert report.not_checked == ()


def test_the_exact_figure_can_come_from_the_results() -> None:
    text = SEED_000.replace(" at 20.1pc (11,846 votes)", " (20.1pc, 11,846 votes)")
    contest = ContestResult(
        name="Poplar and Limehouse",
        candidates=(
            CandidateResult(
                name="Christopher Wilford",
                party="Conservative",
                votes=Figure.count(11846, span=at(text, "11,846")),
                share=fig(text, "20.1pc", "20.1"),
            ),
        ),
    )
    claim = bound(text, "less than a third", "a third", "less-than", None)
    (finding,) = check(text, claim, contests=(contest,)).findings
    assert finding.severity is Severity.INFO


def test_less_than_a_third_for_35_is_false() -> None:
    # 35 stands for [34.5, 35.5): nothing in it is below 33.33.
    text = SEED_000.replace("20.1pc", "35pc")
    (finding,) = check(
        text, bound(text, "less than a third", "a third", "less-than", "35")
    ).findings
    assert finding.severity is Severity.ERROR
    assert finding.confidence is Confidence.HIGH
    assert finding.message == "“less than a third” is not true of 35%: it needs below 33.33%"
    # "more than a third" is fair for (33.33, 36.67]; "less than two-fifths" for [33.33, 40).
    assert finding.fix == "more than a third, or less than two-fifths"


def test_more_than_a_third_for_35_is_silent() -> None:
    text = SEED_000.replace("less than a third", "more than a third").replace("20.1pc", "35pc")
    assert (
        check(text, bound(text, "more than a third", "a third", "more-than", "35")).findings == ()
    )


def test_more_than_half_for_49_8_is_false() -> None:
    # 49.8 stands for [49.75, 49.85), all below 50. "Nearly half" is fair for [45, 50).
    text = "Labour's Sarah Jones took more than half of the vote in Anytown at 49.8pc."
    claim = BoundClaim(
        quantity=Quantity.SHARE,
        candidate="Sarah Jones",
        bound=fraction(text, "more than half", "half", "more-than"),
        exact=fig(text, "49.8pc", "49.8"),
    )
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.ERROR
    assert finding.message == "“more than half” is not true of 49.8%: it needs above 50%"
    assert finding.fix == "nearly half"


def test_nearly_11_for_11_4_is_false() -> None:
    # 11.4 stands for [11.35, 11.45), all above 11. Fair and tightest: "more than 11",
    # (11, 11.55] (just over 11 is the same interval, later in the pack).
    text = "Labour's share of the vote in Anytown was nearly 11pc, at 11.4pc."
    claim = BoundClaim(
        quantity=Quantity.SHARE,
        party="Labour",
        bound=fig(text, "nearly 11pc", "11", hedge="nearly"),
        exact=fig(text, "11.4pc", "11.4"),
    )
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.ERROR
    assert finding.text == "nearly 11pc"
    assert finding.message == "“nearly 11pc” is not true of 11.4%: it needs between 9.9% and 11%"
    assert finding.fix == "more than 11"


def test_a_quoted_false_bound_only_warns() -> None:
    text = "“We won less than a third of the share at 35pc,” said Christopher Wilford."
    claim = bound(text, "less than a third", "a third", "less-than", "35", quoted=True)
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("in a quotation, “less than a third” is not true of 35%")


def test_a_bound_with_nothing_to_compare_is_not_checked() -> None:
    text = "Christopher Wilford trailed behind with less than a third of the share."
    report = check(text, bound(text, "less than a third", "a third", "less-than", None))
    assert report.findings == ()
    assert [n.name for n in report.not_checked] == [RULE]


# -- hedged changes ---------------------------------------------------------------------------


def _share_change(text: str, amount: Figure, before: str, after: str) -> ChangeClaim:
    return change(
        text,
        "rose",
        Direction.UP,
        party="Labour",
        amount=amount,
        previous=fig(text, f"{before}pc", before),
        current=fig(text, f"{after}pc", after),
    )


def test_nearly_11_points_for_a_rise_of_11_4_is_false() -> None:
    # 71.8 − 60.4 = 11.4 points, in (11.3, 11.5): all above 11.
    text = "Labour's share in Bethnal Green and Bow rose nearly 11 points, from 60.4pc to 71.8pc."
    amount = fig(text, "nearly 11 points", "11", unit=Unit.POINTS, hedge="nearly")
    (finding,) = check(text, _share_change(text, amount, "60.4", "71.8")).findings
    assert finding.severity is Severity.ERROR
    assert finding.text == "nearly 11 points"
    assert finding.message == (
        "“nearly 11 points” is not true of the change: Labour's share of the vote went from "
        "60.4% to 71.8%, up 11.4 percentage points"
    )
    assert finding.fix == "more than 11 percentage points"
    assert (
        finding.arithmetic[0] == "71.8 − 60.4 = 11.4 points (allowing for rounding: (11.3, 11.5))"
    )


def test_nearly_11_points_for_a_rise_of_10_9_is_silent() -> None:
    # 71.8 − 60.9 = 10.9, in (10.8, 11.0): it meets the fair [10.45, 11).
    text = "Labour's share in Bethnal Green and Bow rose nearly 11 points, from 60.9pc to 71.8pc."
    amount = fig(text, "nearly 11 points", "11", unit=Unit.POINTS, hedge="nearly")
    assert check(text, _share_change(text, amount, "60.9", "71.8")).findings == ()


def test_more_than_5_points_for_11_4_is_loose() -> None:
    # True (11.4 > 5) but "more than 5" is fair only up to 5.5.
    text = "Labour's share in Bethnal Green and Bow rose more than 5 points, from 60.4pc to 71.8pc."
    amount = fig(text, "more than 5 points", "5", unit=Unit.POINTS, hedge="more-than")
    (finding,) = check(text, _share_change(text, amount, "60.4", "71.8")).findings
    assert finding.severity is Severity.INFO
    assert finding.fix == "more than 11 percentage points"


def test_a_per_cent_change_is_judged_on_either_reading() -> None:
    # Seed 000's turnout: 5.09 points or 8.13% relative. "About five" is fair for the points
    # reading, so the hedge is fine here; the unit is percent-points-confusion's business.
    text = "Turnout in Poplar and Limehouse rose about five per cent, from 62.59pc to 67.68pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        Quantity.TURNOUT,
        amount=Figure(
            text="five",
            value=Decimal(5),
            unit=Unit.PERCENT,
            hedge="about",
            span=at(text, "about five per cent"),
        ),
        previous=fig(text, "62.59pc", "62.59"),
        current=fig(text, "67.68pc", "67.68"),
    )
    assert check(text, claim).findings == ()


def test_a_hedged_change_without_levels_is_not_checked() -> None:
    text = "Labour's share in Anytown rose nearly 11 points."
    amount = fig(text, "nearly 11 points", "11", unit=Unit.POINTS, hedge="nearly")
    claim = ChangeClaim(
        quantity=Quantity.SHARE, party="Labour", direction=Direction.UP, amount=amount
    )
    report = check(text, claim)
    assert report.findings == ()
    assert [n.name for n in report.not_checked] == [RULE]


def test_a_hedged_change_with_only_one_level_is_not_checked_and_says_why() -> None:
    text = "Labour's share in Anytown rose nearly 11 points to 40.0pc."
    amount = fig(text, "nearly 11 points", "11", unit=Unit.POINTS, hedge="nearly")
    claim = ChangeClaim(
        quantity=Quantity.SHARE,
        party="Labour",
        direction=Direction.UP,
        amount=amount,
        current=fig(text, "40.0pc", "40.0"),
    )
    report = check(text, claim)
    assert (report.findings, report.errors) == ((), ())
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "“nearly 11 points” (Labour's share of the vote) is stated without both levels, so "
        "the change cannot be computed"
    )


def test_a_hedged_change_of_a_majority_names_the_winner_whose_majority_it_is() -> None:
    text = "Smith won, her majority up nearly 11 per cent."
    amount = fig(text, "nearly 11 per cent", "11", hedge="nearly")
    contest = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(name="Smith", share=Figure.percentage("60")),
            CandidateResult(name="Jones", share=Figure.percentage("40")),
        ),
    )
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY, contest="Anytown", direction=Direction.UP, amount=amount
    )
    report = check_article(text, claim, contests=(contest,), select=[RULE])
    (skipped,) = report.not_checked
    assert skipped.reason.startswith("“nearly 11 per cent” (Smith's majority) is stated")


# -- properties -------------------------------------------------------------------------------

LANDMARKS = sorted({lm.words[0] for lm in PACK.landmarks.values()})
FAIR_HEDGES = sorted(n for n, h in PACK.hedges.items() if h.pragmatic is not None)
HEDGES = sorted(PACK.hedges)


def _tenth(n: int) -> str:
    return f"{n // 10}.{n % 10}"


def _claim(words: str, hedge: str, exact: int) -> tuple[str, BoundClaim]:
    phrase = f"{PACK.hedges[hedge].words[0]} {words}"
    text = f"Labour's Sarah Jones won {phrase} of the vote in Anytown, at {_tenth(exact)}pc."
    claim = BoundClaim(
        quantity=Quantity.SHARE,
        candidate="Sarah Jones",
        bound=fraction(text, phrase, words, hedge),
        exact=fig(text, f"{_tenth(exact)}pc", _tenth(exact)),
    )
    return text, claim


def _rounding_interval(tenths: int) -> tuple[Fraction, Fraction]:
    """What a share to one place stands for, half-up: [x − 0.05, x + 0.05)."""
    x = Fraction(tenths, 10)
    return x - Fraction(1, 20), x + Fraction(1, 20)


@st.composite
def fair_shares(draw: st.DrawFn) -> tuple[str, str, int]:
    """A landmark, a hedge, and a share to one place whose whole rounding interval is fair."""
    words = draw(st.sampled_from(LANDMARKS))
    hedge = draw(st.sampled_from(FAIR_HEDGES))
    _, claim = _claim(words, hedge, 500)
    fair = pragmatic_interval(claim.bound, pack=PACK)
    assert fair.lo is not None
    assert fair.hi is not None
    # Tenths t with [t − 0.05, t + 0.05) inside the fair interval: t from lo + 0.05 (one more
    # when lo is open and hit exactly) up to hi − 0.05.
    first = math.ceil((fair.lo + Fraction(1, 20)) * 10)
    last = math.floor((fair.hi - Fraction(1, 20)) * 10)
    assume(first <= last)
    exact = draw(st.integers(max(first, 1), min(last, 999)))
    return words, hedge, exact


@given(fair_shares())
def test_a_share_inside_the_fair_range_never_fires(drawn: tuple[str, str, int]) -> None:
    words, hedge, exact = drawn
    text, claim = _claim(words, hedge, exact)
    fair = pragmatic_interval(claim.bound, pack=PACK)
    assert fair.lo is not None
    assert fair.hi is not None
    lo, hi = _rounding_interval(exact)
    assume((lo > fair.lo or (lo == fair.lo and fair.lo_closed)) and hi <= fair.hi)
    assert check(text, claim).findings == ()


@given(st.sampled_from(LANDMARKS), st.sampled_from(HEDGES), st.integers(1, 999))
def test_a_share_outside_the_truth_always_fires(words: str, hedge: str, exact: int) -> None:
    text, claim = _claim(words, hedge, exact)
    truth = truth_interval(claim.bound, pack=PACK)
    lo, hi = _rounding_interval(exact)
    # The share's whole interval lies on the far side of a bound of the truth interval.
    below = truth.lo is not None and (hi < truth.lo or (hi == truth.lo))
    above = truth.hi is not None and (lo > truth.hi or (lo == truth.hi and not truth.hi_closed))
    assume(below or above)
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.ERROR


def test_words_broken_across_lines_are_quoted_on_one() -> None:
    text = SEED_000.replace("less than a third", "more\nthan a third")
    claim = bound(text, "more\nthan a third", "a third", "more-than", "20.1")
    (finding,) = check(text, claim).findings
    assert finding.message == "“more than a third” is not true of 20.1%: it needs above 33.33%"
    assert finding.text == "more\nthan a third"


# -- a hedged change, word for word (mutation testing: docs/testing.md) -------------------------


def _amount(text: str, phrase: str, value: str, unit: Unit, hedge: str) -> Figure:
    return Figure(
        text=value,
        value=Decimal(value.replace(",", "")),
        unit=unit,
        hedge=hedge,
        span=at(text, phrase),
    )


def test_a_loose_hedge_on_a_change_in_points_gives_the_whole_working() -> None:
    text = "Labour's share in Bethnal Green and Bow rose more than 5 points, from 60.4pc to 71.8pc."
    amount = _amount(text, "more than 5 points", "5", Unit.POINTS, "more-than")
    (finding,) = check(text, _share_change(text, amount, "60.4", "71.8")).findings
    assert finding.message == (
        "“more than 5 points” is true of the change but loose: Labour's share of the vote went "
        "from 60.4% to 71.8%, up 11.4 percentage points"
    )
    assert finding.confidence is Confidence.MEDIUM
    assert finding.evidence == {
        "stated": "more than 5 points",
        "hedge": "more-than",
        "previous": "60.4",
        "current": "71.8",
        "truth_interval": "(5, inf)",
        "fair_interval": "(5, 5.5]",
        "points_change": "11.4",
        "points_interval": "(11.3, 11.5)",
    }
    assert finding.arithmetic == (
        "71.8 − 60.4 = 11.4 points (allowing for rounding: (11.3, 11.5))",
        "“more than 5 points” is true for above 5 points and fair for between 5 points and "
        "5.5 points",
    )


def test_a_false_hedge_in_per_cent_of_a_share_names_both_readings() -> None:
    text = "Labour's share in Bethnal Green and Bow rose nearly 11 per cent, from 60.4pc to 71.8pc."
    amount = _amount(text, "nearly 11 per cent", "11", Unit.PERCENT, "nearly")
    (finding,) = check(text, _share_change(text, amount, "60.4", "71.8")).findings
    assert finding.severity is Severity.ERROR
    assert finding.confidence is Confidence.MEDIUM  # two readings: which was meant is open
    assert finding.message == (
        "“nearly 11 per cent” is not true of the change: Labour's share of the vote went from "
        "60.4% to 71.8%, up 11.4 percentage points, or 18.87% read as per cent"
    )
    assert finding.fix == "more than 11 percentage points"
    assert finding.evidence["relative_change"] == "18.8741721854"
    assert finding.evidence["relative_interval"] == "(18.6931348222, 19.0555095278)"
    assert finding.arithmetic[0] == (
        "100 × (71.8 − 60.4) / 60.4 = 18.87% (allowing for rounding: (18.693, 19.056))"
    )
    assert finding.arithmetic[2] == (
        "“nearly 11 per cent” is true for between 9.9% and 11% and fair for between 10.45% and 11%"
    )


def test_a_false_hedge_on_a_fall_says_down() -> None:
    text = "Labour's share in Bethnal Green and Bow rose nearly 11 points, from 71.8pc to 60.4pc."
    amount = _amount(text, "nearly 11 points", "11", Unit.POINTS, "nearly")
    (finding,) = check(text, _share_change(text, amount, "71.8", "60.4")).findings
    assert finding.confidence is Confidence.HIGH
    assert finding.message.endswith("went from 71.8% to 60.4%, down 11.4 percentage points")
    assert finding.evidence["points_change"] == "-11.4"


def _vote_change(text: str, amount: Figure, before: str, after: str) -> ChangeClaim:
    return ChangeClaim(
        quantity=Quantity.VOTES,
        party="Labour",
        direction=Direction.UP,
        amount=amount,
        previous=Figure.count(int(before.replace(",", "")), span=at(text, before)),
        current=Figure.count(int(after.replace(",", "")), span=at(text, after)),
    )


def test_a_false_hedge_on_a_change_of_votes_is_in_votes() -> None:
    text = "Labour's vote in Anytown rose by nearly 1,000, from 12,204 to 13,304."
    amount = _amount(text, "nearly 1,000", "1,000", Unit.VOTES, "nearly")
    (finding,) = check(text, _vote_change(text, amount, "12,204", "13,304")).findings
    assert finding.message == (
        "“nearly 1,000” is not true of the change: Labour's vote went from 12,204 to 13,304, "
        "up 1,100 votes"
    )
    assert finding.fix == "more than 1,000 votes"
    assert finding.evidence["count_change"] == "1100"
    assert finding.arithmetic == (
        "13,304 − 12,204 = 1,100",
        # "1,000" may be rounded to the thousand: g is 500, and "nearly" reaches 2g below.
        "“nearly 1,000” is true for between 0 and 1,000 and fair for between 500 and 1,000",
    )


def test_a_hedged_change_of_votes_in_per_cent_is_relative() -> None:
    text = "Labour's vote in Anytown rose by about 5 per cent, from 12,000 to 13,200."
    amount = _amount(text, "about 5 per cent", "5", Unit.PERCENT, "about")
    (finding,) = check(text, _vote_change(text, amount, "12,000", "13,200")).findings
    assert finding.message == (
        "“about 5 per cent” is not true of the change: Labour's vote went from 12,000 to "
        "13,200, up 10%"
    )
    assert finding.arithmetic == (
        "100 × (13,200 − 12,000) / 12,000 = 10%",
        "“about 5 per cent” is true for between 4% and 6% and fair for between 4.5% and 5.5%",
    )


def test_a_change_of_votes_in_points_or_between_unlike_levels_is_not_checked() -> None:
    text = "Labour's vote in Anytown rose by about 5 points, from 12,000 to 13,200."
    amount = _amount(text, "about 5 points", "5", Unit.POINTS, "about")
    report = check(text, _vote_change(text, amount, "12,000", "13,200"))
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "“about 5 points” (Labour's vote) is in a unit the change cannot be measured in"
    ]
    text = "Labour's vote in Anytown rose by about 5 points, from 12,000 to 13.2pc."
    amount = _amount(text, "about 5 points", "5", Unit.POINTS, "about")
    claim = _vote_change(text, amount, "12,000", "12,000").model_copy(
        update={"current": fig(text, "13.2pc", "13.2")}
    )
    report = check(text, claim)
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "“about 5 points” (Labour's vote): 12,000 and 13.2% are unlike units"
    ]


def test_a_loose_fraction_names_every_landmark_in_between() -> None:
    text = (
        "Christopher Wilford in Poplar and Limehouse had less than a half of the share at 20.1pc."
    )
    (finding,) = check(text, bound(text, "less than a half", "half", "less-than", "20.1")).findings
    assert finding.message == (
        "“less than a half” is true of 20.1% but loose: a quarter and a third and two-fifths lie "
        "between 20.1% and half"
    )


def test_a_loose_number_says_what_its_words_fairly_describe() -> None:
    text = "Christopher Wilford in Poplar and Limehouse had less than 40 per cent, at 20.1pc."
    claim = BoundClaim(
        quantity=Quantity.SHARE,
        contest="Poplar and Limehouse",
        candidate="Christopher Wilford",
        bound=fig(text, "less than 40 per cent", "40", hedge="less-than"),
        exact=fig(text, "20.1pc", "20.1"),
    )
    (finding,) = check(text, claim).findings
    assert finding.message == (
        "“less than 40 per cent” is true of 20.1% but loose: the words fairly describe between "
        "30% and 40%"
    )
