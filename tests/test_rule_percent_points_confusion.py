"""percent-points-confusion (WRD102): a change of a percentage written in per cent, not points.

Poplar and Limehouse: turnout 62.59% in 2015, 67.68% in 2017 (seed 000 says "up about five
per cent to 67.68pc"). Worked once, by hand, for every test below:
  67.68 stands for [67.675, 67.685), 62.59 for [62.585, 62.595);
  points:   67.68 − 62.59 = 5.09, allowing for rounding (67.675 − 62.595, 67.685 − 62.585)
            = (5.08, 5.10);
  relative: 100 × 5.09 / 62.59 = 8.1323%, allowing for rounding
            100 × (67.675/62.595 − 1) = 8.1156 to 100 × (67.685/62.585 − 1) = 8.1489.
"about five" is fair for [4.5, 5.5] (granularity 0.5 for a whole number, pragmatic = 1 g):
the points change fits, the relative change does not.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hand_built import at, change, check_article, fig
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
from factcheck.models import Article, ChangeClaim, Direction, Document, Grounds, Quantity

RULE = "percent-points-confusion"


def check(
    text: str, *claims: ChangeClaim, contests: tuple[ContestResult, ...] = ()
) -> factcheck.Report:
    return check_article(text, *claims, contests=contests, select=[RULE])


def turnout_claim(text: str, amount: Figure, *, previous: str | None = "62.59") -> ChangeClaim:
    return change(
        text,
        "up",
        Direction.UP,
        Quantity.TURNOUT,
        contest="Poplar and Limehouse",
        amount=amount,
        previous=fig(text, f"{previous}pc", previous) if previous else None,
        current=fig(text, "67.68pc", "67.68"),
        since="2015",
    )


# -- both levels known ------------------------------------------------------------------------

SEED_000 = (
    "Voters came out in force this year in Poplar and Limehouse, with turnout up about five "
    "per cent to 67.68pc from 62.59pc at the 2015 general election."
)


def test_seed_000_turnout_in_per_cent_is_points() -> None:
    text = SEED_000
    claim = turnout_claim(
        text, fig(text, "about five per cent", "5", hedge="about", written="five")
    )
    (finding,) = check(text, claim).findings
    assert finding.name == RULE
    assert finding.severity is Severity.ERROR
    assert finding.confidence is Confidence.HIGH
    assert finding.text == "about five per cent"
    assert finding.start == text.index("about five per cent")
    assert finding.message == (
        "“about five per cent” is a change in points, not per cent: turnout went from 62.59% "
        "to 67.68%, up 5.09 percentage points; 8.13% in relative terms"
    )
    # The relative rise, 8.13%, at the precision the writer used ("five": whole numbers).
    assert finding.fix == (
        "about five percentage points (or “about 8 per cent”, the relative change)"
    )
    assert finding.arithmetic == (
        "67.68 − 62.59 = 5.09 points (allowing for rounding: (5.08, 5.1))",
        "100 × (67.68 − 62.59) / 62.59 = 8.13% (allowing for rounding: (8.116, 8.149))",
    )
    ev = finding.evidence
    assert ev["points_change"] == "5.09"
    assert ev["points_interval"] == "(5.08, 5.1)"
    assert ev["fair_interval"] == "[4.5, 5.5]"
    assert ev["meant"] == "points"
    assert isinstance(ev["relative_change"], str)
    assert ev["relative_change"].startswith("8.13228")
    assert finding.consequences == ()


def test_the_same_change_in_points_is_silent() -> None:
    text = SEED_000.replace("per cent", "percentage points")
    amount = fig(
        text, "about five percentage points", "5", unit=Unit.POINTS, hedge="about", written="five"
    )
    report = check(text, turnout_claim(text, amount))
    assert report.findings == ()
    assert report.not_checked == ()


def test_the_relative_change_in_per_cent_is_silent() -> None:
    # 8.13% relative: "about 8" is fair for [7.5, 8.5]; the points change, 5.09, is not in it.
    text = SEED_000.replace("about five per cent", "about 8 per cent")
    amount = fig(text, "about 8 per cent", "8", hedge="about")
    assert check(text, turnout_claim(text, amount)).findings == ()


def test_the_later_level_can_come_from_the_results() -> None:
    # The claim gives only the 2015 figure; the contest gives this year's turnout.
    text = (
        "Turnout in Poplar and Limehouse was 67.68pc, up about five per cent from 62.59pc in 2015."
    )
    contest = ContestResult(name="Poplar and Limehouse", turnout=fig(text, "67.68pc", "67.68"))
    claim = change(
        text,
        "up",
        Direction.UP,
        Quantity.TURNOUT,
        amount=fig(text, "about five per cent", "5", hedge="about", written="five"),
        previous=fig(text, "62.59pc", "62.59"),
        since="2015",
    )
    (finding,) = check(text, claim, contests=(contest,)).findings
    assert finding.severity is Severity.ERROR
    assert finding.evidence["points_change"] == "5.09"


def test_points_written_for_a_relative_change_fire() -> None:
    # 4.0 -> 6.0: up 2.0 points, or 100 × 2.0 / 4.0 = 50% relative. "50 points" fits only the
    # relative change (50 stands for [49.5, 50.5); the points change lies in (1.9, 2.1)).
    text = "The Greens' share in Bethnal Green and Bow rose 50 points, from 4.0pc to 6.0pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        party="Green Party",
        amount=fig(text, "50 points", "50", unit=Unit.POINTS),
        previous=fig(text, "4.0pc", "4.0"),
        current=fig(text, "6.0pc", "6.0"),
    )
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        "“50 points” is a relative change, not points: Green Party's share of the vote went "
        "from 4.0% to 6.0%, up 50%; the change in points is 2 percentage points"
    )
    assert finding.fix == "50 per cent"


def test_a_figure_that_fits_both_readings_is_only_a_note() -> None:
    # 95.0 -> 99.8: 4.8 points in (4.7, 4.9); 100 × 4.8 / 95.0 = 5.05% relative, in
    # (4.94, 5.16). "about five" is fair for [4.5, 5.5]: both fit, so the words are true.
    text = "Turnout in the ward rose about five per cent, from 95.0pc to 99.8pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        Quantity.TURNOUT,
        amount=fig(text, "about five per cent", "5", hedge="about", written="five"),
        previous=fig(text, "95.0pc", "95.0"),
        current=fig(text, "99.8pc", "99.8"),
    )
    report = check(text, claim)
    (finding,) = report.findings
    assert finding.severity is Severity.INFO
    assert "fits both" in finding.message
    assert not report.failed()


def test_a_figure_that_fits_neither_reading_warns_with_both() -> None:
    # "3 per cent" stands for [2.5, 3.5): neither 5.09 points nor 8.13% is in it.
    text = "Turnout in Poplar and Limehouse rose 3 per cent, from 62.59pc to 67.68pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        Quantity.TURNOUT,
        amount=fig(text, "3 per cent", "3"),
        previous=fig(text, "62.59pc", "62.59"),
        current=fig(text, "67.68pc", "67.68"),
    )
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "“3 per cent” fits neither reading of the change: turnout went from 62.59% to 67.68%, "
        "up 5.09 percentage points, or 8.13% in relative terms"
    )
    assert finding.fix == "5.09 percentage points"


def test_a_hedge_that_misses_the_points_change_still_names_the_unit() -> None:
    # 60.4 -> 71.8: 11.4 points, in (11.3, 11.5); 18.87% relative. "Nearly 11" is fair for
    # [10.45, 11): neither fits, but 11.4 is roughly 11 and 18.87 is not, so points were meant
    # and the fix rewords the hedge too: "more than 11" is fair for (11, 11.55].
    text = "Labour's share in Bethnal Green and Bow rose nearly 11 per cent, from 60.4pc to 71.8pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        party="Labour",
        amount=fig(text, "nearly 11 per cent", "11", hedge="nearly"),
        previous=fig(text, "60.4pc", "60.4"),
        current=fig(text, "71.8pc", "71.8"),
    )
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.ERROR
    assert finding.confidence is Confidence.MEDIUM
    assert "up 11.4 percentage points (and the hedge does not fit it either)" in finding.message
    assert finding.fix is not None
    assert finding.fix.startswith("more than 11 percentage points")
    # New words, not the writer's reworded: nothing to put in their place as it stands.
    assert finding.replacement is None


def test_a_quoted_claim_is_checked_but_only_warns() -> None:
    text = "“Our turnout went up about five per cent, to 67.68pc from 62.59pc,” she said."
    claim = turnout_claim(
        text, fig(text, "about five per cent", "5", hedge="about", written="five")
    ).model_copy(update={"quoted": True})
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("in a quotation, “about five per cent” is a change in points")


# -- one level known --------------------------------------------------------------------------


def test_seed_000_with_only_the_new_turnout_states_both_earlier_values() -> None:
    # The seed gives only 67.68pc. If points: 67.68 − 5 = 62.68. If per cent:
    # 67.68 / 1.05 = 64.4571... The official 2015 turnout, 62.59, is near the first.
    text = (
        "Voters came out in force this year, with turnout up about five per cent to 67.68pc "
        "from the 2015 general election."
    )
    claim = turnout_claim(
        text, fig(text, "about five per cent", "5", hedge="about", written="five"), previous=None
    )
    report = check(text, claim)
    (finding,) = report.findings
    assert finding.severity is Severity.WARNING
    assert finding.text == "about five per cent"
    assert finding.message == (
        "“about five per cent” gives a change of turnout, a percentage, in per cent, and the "
        "article gives only the new level (67.68%): if points, the 2015 figure was 62.68%; if "
        "per cent, 64.46%"
    )
    assert finding.arithmetic == (
        "if points: 67.68 − 5 = 62.68",
        "if per cent: 67.68 / (1 + 5/100) = 64.46",
    )
    assert finding.evidence["implied_if_points"] == "62.68"
    implied = finding.evidence["implied_if_relative"]
    assert isinstance(implied, str)
    assert implied.startswith("64.457")
    assert finding.fix == (
        "“about five percentage points” if turnout moved by points; keep per cent only for a "
        "relative change"
    )


SEED_000_SHARE = (
    "Jim Fitzpatrick increased his majority easily, coming away with 39,558 votes in Poplar "
    "and Limehouse (67.3pc). Support has soared, with Fitzpatrick’s share up nine per cent "
    "from 2015."
)


def _poplar(text: str) -> ContestResult:
    return ContestResult(
        name="Poplar and Limehouse",
        candidates=(
            CandidateResult(
                name="Jim Fitzpatrick",
                party="Labour",
                votes=Figure.count(39558, span=at(text, "39,558")),
                share=fig(text, "67.3pc", "67.3"),
            ),
        ),
    )


def test_seed_000_share_change_takes_the_share_from_the_results() -> None:
    # 67.3 − 9 = 58.3 if points; 67.3 / 1.09 = 61.743... if per cent (shown to 1 place).
    # Fitzpatrick's 2015 share was 58.6%: the points reading is the one that fits.
    text = SEED_000_SHARE
    claim = ChangeClaim(
        quantity=Quantity.SHARE,
        candidate="Fitzpatrick",
        direction=Direction.UP,
        direction_text="up",
        direction_span=at(text, "up", "share"),
        amount=fig(text, "nine per cent", "9", written="nine"),
        since="2015",
    )
    (finding,) = check(text, claim, contests=(_poplar(text),)).findings
    assert finding.severity is Severity.WARNING
    assert finding.text == "nine per cent"
    assert finding.message.endswith(
        "the article gives only the new level (67.3%): if points, the 2015 figure was 58.3%; "
        "if per cent, 61.7%"
    )
    assert "Fitzpatrick's share of the vote" in finding.message


def _turnout_up(text: str, amount: str, level: str) -> ChangeClaim:
    return change(
        text,
        "up",
        Direction.UP,
        Quantity.TURNOUT,
        amount=fig(text, f"{amount}pc", amount),
        current=fig(text, f"{level}pc", level),
        since="2015",
    )


def test_seed_001_turnout_up_1_6pc() -> None:
    # 64 − 1.6 = 62.4 if points; 64 / 1.016 = 62.99 if per cent, shown to one place: 63. But
    # "64" is anything in [63.5, 64.5) and "1.6" in [1.55, 1.65): the points reading puts 2015
    # in [61.85, 62.95), the relative one in [63.5/1.0165, 64.5/1.0155) = [62.47, 63.52).
    # They meet: some 2015 turnout makes both true, so the unit is a note, not a warning.
    text = "Turnout in the constituency was 64pc, up 1.6pc from the 2015 general election."
    (finding,) = check(text, _turnout_up(text, "1.6", "64")).findings
    assert finding.severity is Severity.INFO
    assert finding.message.endswith(
        "if points, the 2015 figure was 62.4%; if per cent, 63%; the figures' rounding cannot "
        "tell the two apart"
    )


def test_a_level_given_closely_tells_the_two_readings_apart() -> None:
    # "64.0" is [63.95, 64.05): points put 2015 in [62.3, 62.5), per cent in
    # [63.95/1.0165, 64.05/1.0155) = [62.91, 63.08). Apart: a warning, as ever.
    text = "Turnout in the constituency was 64.0pc, up 1.6pc from the 2015 general election."
    (finding,) = check(text, _turnout_up(text, "1.6", "64.0")).findings
    assert finding.severity is Severity.WARNING
    assert finding.message.endswith("if points, the 2015 figure was 62.4%; if per cent, 63%")


def test_a_small_change_of_a_high_turnout_is_a_note() -> None:
    # 64.9 − 0.4 = 64.5 if points; 64.9 / 1.004 = 64.64 if per cent. "64.9" is
    # [64.85, 64.95), "0.4" [0.35, 0.45): points give [64.4, 64.6), per cent
    # [64.85/1.0045, 64.95/1.0035) = [64.56, 64.72). They meet at [64.56, 64.6).
    text = "Turnout in the constituency was up 0.4pc since 2015, to 64.9pc."
    (finding,) = check(text, _turnout_up(text, "0.4", "64.9")).findings
    assert finding.severity is Severity.INFO
    assert "64.5%; if per cent, 64.6%; the figures' rounding cannot tell" in finding.message
    # A larger change of the same level: 60.9 or 62.4, a warning.
    text = "Turnout in the constituency was up 4pc since 2015, to 64.9pc."
    (finding,) = check(text, _turnout_up(text, "4", "64.9")).findings
    assert finding.severity is Severity.WARNING
    assert "rounding" not in finding.message


@given(
    level=st.integers(min_value=100, max_value=950),
    amount=st.integers(min_value=1, max_value=150),
    after=st.booleans(),
)
def test_the_note_is_given_exactly_when_the_readings_meet(
    level: int, amount: int, after: bool
) -> None:
    # Levels and amounts to one decimal place, each the values that round to it (half up),
    # worked here with plain fractions: the earlier (or new) level each reading implies.
    lv, x = Fraction(level, 10), Fraction(amount, 10)
    l_lo, l_hi, x_lo, x_hi = lv - H, lv + H, x - H, x + H
    if after:
        points = (l_lo - x_hi, l_hi - x_lo)
        relative = (l_lo / (1 + x_hi / 100), l_hi / (1 + x_lo / 100))
    else:
        points = (l_lo + x_lo, l_hi + x_hi)
        relative = (l_lo * (1 + x_lo / 100), l_hi * (1 + x_hi / 100))
    # Half-open intervals: an exact touch of two ends is left out, as neither side settles it.
    assume(points[0] != relative[1] and relative[0] != points[1])
    assume(min(points[0], relative[0]) >= 0 and max(points[1], relative[1]) <= 100)
    meet = points[0] < relative[1] and relative[0] < points[1]
    a, lvl = f"{amount // 10}.{amount % 10}", f"{level // 10}.{level % 10}"
    text = (
        f"Turnout in the constituency was up {a}pc to {lvl}pc since 2015."
        if after
        else f"Turnout in the constituency was up {a}pc from {lvl}pc in 2015."
    )
    claim = change(
        text,
        "up",
        Direction.UP,
        Quantity.TURNOUT,
        amount=fig(text, f"{a}pc", a),
        current=fig(text, f"{lvl}pc", lvl) if after else None,
        previous=None if after else fig(text, f"{lvl}pc", lvl),
        since="2015",
    )
    (finding,) = check(text, claim).findings
    assert finding.severity is (Severity.INFO if meet else Severity.WARNING)
    assert ("rounding cannot tell" in finding.message) is meet


H = Fraction(1, 20)


def test_no_level_at_all_still_warns_with_low_confidence() -> None:
    text = "Support soared, with Fitzpatrick’s share up nine per cent and Ms Ali’s nearly 11pc."
    claim = ChangeClaim(
        quantity=Quantity.SHARE,
        candidate="Rushanara Ali",
        amount=fig(text, "nearly 11pc", "11", hedge="nearly"),
    )
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.WARNING
    assert finding.confidence is Confidence.LOW
    assert finding.fix == "“nearly 11 percentage points” if points are meant"


def test_a_points_change_without_levels_is_not_checked() -> None:
    text = "Labour's share rose 5 points."
    claim = ChangeClaim(
        quantity=Quantity.SHARE,
        party="Labour",
        direction=Direction.UP,
        amount=fig(text, "5 points", "5", unit=Unit.POINTS),
    )
    report = check(text, claim)
    assert report.findings == ()
    assert [n.name for n in report.not_checked] == [RULE]


def test_changes_of_counts_are_rightly_in_per_cent() -> None:
    # Votes 30,000 -> 33,600 is a 12 per cent rise; never this rule's business.
    text = "Labour's vote rose 12 per cent, from 30,000 to 33,600."
    claim = ChangeClaim(
        quantity=Quantity.VOTES,
        party="Labour",
        direction=Direction.UP,
        amount=fig(text, "12 per cent", "12"),
        previous=Figure.count(30000, span=at(text, "30,000")),
        current=Figure.count(33600, span=at(text, "33,600")),
    )
    report = check(text, claim)
    assert report.findings == ()
    assert report.not_checked == ()


def test_a_majority_in_votes_is_left_to_majority_share_confusion() -> None:
    text = "She swept to power with a nearly 11 per cent increase on her majority."
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY,
        direction=Direction.UP,
        amount=fig(text, "nearly 11 per cent", "11", hedge="nearly"),
    )
    report = check(text, claim)
    assert report.findings == ()
    assert report.not_checked == ()


# -- properties -------------------------------------------------------------------------------

tenths = st.integers(min_value=10, max_value=990)


two_levels = st.lists(tenths, min_size=2, max_size=2, unique=True)
"""An earlier and a later level, in tenths of a point, never equal."""


def _tenth(n: int) -> str:
    return f"{n // 10}.{n % 10}"


def _change(before: int, after: int, amount: str, unit: Unit) -> tuple[str, ChangeClaim]:
    word = "points" if unit is Unit.POINTS else "per cent"
    way = "up" if after > before else "down"
    text = (
        f"Labour's share in Anytown was {_tenth(after)}pc, {way} {amount} {word} from "
        f"{_tenth(before)}pc."
    )
    claim = change(
        text,
        way,
        Direction.UP if after > before else Direction.DOWN,
        party="Labour",
        amount=fig(text, f"{amount} {word}", amount, unit=unit),
        previous=fig(text, f"{_tenth(before)}pc", _tenth(before)),
        current=fig(text, f"{_tenth(after)}pc", _tenth(after)),
    )
    return text, claim


@given(two_levels)
def test_a_change_rendered_correctly_in_points_never_fires(levels: list[int]) -> None:
    before, after = levels
    text, claim = _change(before, after, _tenth(abs(after - before)), Unit.POINTS)
    assert check(text, claim).findings == ()


@given(two_levels)
def test_points_written_as_per_cent_always_fire(levels: list[int]) -> None:
    before, after = levels
    x = Fraction(abs(after - before), 10)
    # By hand, outside the rule: the relative change over every value the two figures allow
    # (each stands for ±0.05), against the amount's own interval [x − 0.05, x + 0.05).
    p0_lo, p0_hi = Fraction(before, 10) - Fraction(1, 20), Fraction(before, 10) + Fraction(1, 20)
    p1_lo, p1_hi = Fraction(after, 10) - Fraction(1, 20), Fraction(after, 10) + Fraction(1, 20)
    rel = sorted(abs(100 * (p1 / p0 - 1)) for p1 in (p1_lo, p1_hi) for p0 in (p0_lo, p0_hi))
    crosses_zero = (p1_lo - p0_hi) * (p1_hi - p0_lo) <= 0
    rel_lo = Fraction(0) if crosses_zero else rel[0]
    assume(rel_lo > x + Fraction(1, 20) or rel[-1] < x - Fraction(1, 20))
    text, claim = _change(before, after, _tenth(abs(after - before)), Unit.PERCENT)
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.ERROR
    assert finding.fix is not None
    assert finding.fix.startswith(f"{_tenth(abs(after - before))} percentage points")


def test_a_fall_in_points_larger_than_the_level_is_impossible() -> None:
    # 12.6 − 15 = −2.4: no share falls below zero.
    text = "Ukip's share in Poplar and Limehouse fell 15 points from 12.6pc in 2015."
    claim = change(
        text,
        "fell",
        Direction.DOWN,
        party="UKIP",
        amount=fig(text, "15 points", "15", unit=Unit.POINTS),
        previous=fig(text, "12.6pc", "12.6"),
        since="2015",
    )
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        "“15 points” is impossible for UKIP's share of the vote from 12.6%: the new level would "
        "be -2.4%"
    )
    assert finding.arithmetic == ("12.6 − 15 = -2.4",)


def test_per_cent_is_relative_when_points_are_impossible() -> None:
    # Up 80 points to 50% would start at −30%: only the relative reading (from 27.8%) can be.
    text = "The Greens' share in Anytown rose 80 per cent, to 50.0pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        party="Green Party",
        amount=fig(text, "80 per cent", "80"),
        current=fig(text, "50.0pc", "50.0"),
    )
    assert check(text, claim).findings == ()


# -- a change in points that no level can take (found unpinned by mutation testing) ---------


def _share_change(
    direction: Direction | None,
    amount: Figure,
    *,
    previous: Figure | None = None,
    current: Figure | None = None,
    quoted: bool = False,
) -> ChangeClaim:
    return ChangeClaim(
        quantity=Quantity.SHARE,
        party="Labour",
        direction=direction,
        direction_text="moved",
        amount=amount,
        previous=previous,
        current=current,
        quoted=quoted,
    )


def test_a_rise_in_points_larger_than_the_new_level_is_impossible() -> None:
    text = "Labour's share in Anytown rose 60 points to 40.0pc."
    amount = fig(text, "60 points", "60", unit=Unit.POINTS)
    claim = _share_change(Direction.UP, amount, current=fig(text, "40.0pc", "40.0"))
    (finding,) = check(text, claim).findings
    assert finding.message == (
        "“60 points” is impossible for Labour's share of the vote to 40.0%: the earlier level "
        "would be -20%"
    )
    assert finding.arithmetic == ("40.0 − 60 = -20",)
    assert finding.evidence == {"stated": "60", "level": "40.0", "implied": "-20"}
    assert finding.severity is Severity.ERROR
    assert finding.confidence is Confidence.HIGH
    assert amount.span is not None
    assert (finding.start, finding.end) == (amount.span.start, amount.span.end)


def test_a_rise_in_points_past_100_from_the_earlier_level_is_impossible() -> None:
    text = "Labour's share in Anytown rose 60 points from 50.0pc."
    claim = _share_change(
        Direction.UP,
        fig(text, "60 points", "60", unit=Unit.POINTS),
        previous=fig(text, "50.0pc", "50.0"),
    )
    (finding,) = check(text, claim).findings
    assert finding.message == (
        "“60 points” is impossible for Labour's share of the vote from 50.0%: the new level "
        "would be 110%"
    )
    assert finding.arithmetic == ("50.0 + 60 = 110",)


def test_an_impossible_change_in_a_quotation_is_a_warning_shown_to_the_levels_precision() -> None:
    text = "Labour's share in Anytown fell 15.25 points from 12.6pc."
    claim = _share_change(
        Direction.DOWN,
        fig(text, "15.25 points", "15.25", unit=Unit.POINTS),
        previous=fig(text, "12.6pc", "12.6"),
        quoted=True,
    )
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("in a quotation, “15.25 points” is impossible")
    assert finding.message.endswith("the new level would be -2.7%")
    assert finding.arithmetic == ("12.6 − 15.25 = -2.7",)


def test_an_impossible_change_without_a_place_in_the_text_is_shown_as_read() -> None:
    text = "Labour's share in Anytown fell 15 points from 12.6pc."
    amount = Figure(text="15", value=Decimal(15), unit=Unit.POINTS, precision=Decimal(1))
    claim = _share_change(Direction.DOWN, amount, previous=fig(text, "12.6pc", "12.6"))
    (finding,) = check(text, claim).findings
    assert finding.message.startswith("“15 points” is impossible")


def test_a_change_in_points_written_out_is_quoted_as_written() -> None:
    text = "Labour's share in Anytown fell fifteen percentage points from 12.6pc."
    amount = fig(text, "fifteen percentage points", "15", unit=Unit.POINTS)
    claim = _share_change(Direction.DOWN, amount, previous=fig(text, "12.6pc", "12.6"))
    (finding,) = check(text, claim).findings
    assert finding.message.startswith("“fifteen percentage points” is impossible")


@pytest.mark.parametrize(
    ("amount", "previous", "direction"),
    [("12.6", "12.6", Direction.DOWN), ("20", "80", Direction.UP)],
)
def test_a_change_in_points_that_lands_exactly_on_0_or_100_stays_silent(
    amount: str, previous: str, direction: Direction
) -> None:
    text = f"Labour's share in Anytown moved {amount} points from {previous}pc."
    claim = _share_change(
        direction,
        fig(text, f"{amount} points", amount, unit=Unit.POINTS),
        previous=fig(text, f"{previous}pc", previous),
    )
    assert check(text, claim).findings == ()


def test_a_change_in_points_half_a_point_past_100_is_impossible() -> None:
    text = "Labour's share in Anytown rose 20.5 points from 80.0pc."
    claim = _share_change(
        Direction.UP,
        fig(text, "20.5 points", "20.5", unit=Unit.POINTS),
        previous=fig(text, "80.0pc", "80.0"),
    )
    (finding,) = check(text, claim).findings
    assert finding.message.endswith("the new level would be 100.5%")


# -- per cent with one level, or none: both readings shown (found unpinned by mutation testing)


def _per_cent_change(
    text: str,
    amount: str,
    direction: Direction | None,
    *,
    previous: str | None = None,
    current: str | None = None,
    quoted: bool = False,
) -> factcheck.Report:
    claim = _share_change(
        direction,
        fig(text, f"{amount} per cent", amount),
        previous=fig(text, f"{previous}pc", previous) if previous else None,
        current=fig(text, f"{current}pc", current) if current else None,
        quoted=quoted,
    )
    return check(text, claim)


def test_a_rise_in_per_cent_from_an_earlier_level_shows_both_new_levels() -> None:
    text = "Labour's share rose 5 per cent from 62.5pc."
    (finding,) = _per_cent_change(text, "5", Direction.UP, previous="62.5").findings
    assert finding.message == (
        "“5 per cent” gives a change of Labour's share of the vote, a percentage, in per cent, "
        "and the article gives only the earlier level (62.5%): if points, the new figure is "
        "67.5%; if per cent, 65.6%"
    )
    assert finding.arithmetic == (
        "if points: 62.5 + 5 = 67.5",
        "if per cent: 62.5 × (1 + 5/100) = 65.6",
    )
    assert finding.evidence["previous"] == "62.5"
    assert finding.evidence["implied_if_points"] == "67.5"
    assert finding.evidence["implied_if_relative"] == "65.625"
    assert (finding.start, finding.end) == (text.index("5 per cent"), text.index(" from"))


def test_a_fall_in_per_cent_from_an_earlier_level_subtracts_both_ways() -> None:
    text = "Labour's share fell 10 per cent from 40.0pc."
    (finding,) = _per_cent_change(text, "10", Direction.DOWN, previous="40.0").findings
    assert finding.message.endswith("if points, the new figure is 30%; if per cent, 36%")
    assert finding.arithmetic == (
        "if points: 40.0 − 10 = 30",
        "if per cent: 40.0 × (1 − 10/100) = 36",
    )


def test_a_fall_in_per_cent_to_a_new_level_works_back_both_ways() -> None:
    text = "Labour's share fell 10 per cent to 36.0pc."
    (finding,) = _per_cent_change(text, "10", Direction.DOWN, current="36.0").findings
    assert finding.message.endswith(
        "only the new level (36.0%): if points, the earlier figure was 46%; if per cent, 40%"
    )
    assert finding.arithmetic == (
        "if points: 36.0 + 10 = 46",
        "if per cent: 36.0 / (1 − 10/100) = 40",
    )
    assert finding.evidence["current"] == "36.0"


def test_a_per_cent_change_in_a_quotation_says_so() -> None:
    text = "Labour's share fell 10 per cent from 40.0pc."
    (finding,) = _per_cent_change(text, "10", Direction.DOWN, previous="40.0", quoted=True).findings
    assert finding.message.startswith("in a quotation, “10 per cent” gives a change")


def test_a_per_cent_change_without_a_direction_cannot_be_told_apart() -> None:
    text = "Labour's share changed 5 per cent from 62.5pc."
    (finding,) = _per_cent_change(text, "5", None, previous="62.5").findings
    assert finding.message == (
        "“5 per cent” gives a change of Labour's share of the vote, a percentage, in per cent: "
        "it could be percentage points (the usual meaning) or a relative change, and the "
        "article gives no direction to tell them apart"
    )
    assert finding.evidence == {"stated": "5", "hedge": "exact"}
    assert finding.severity is Severity.WARNING
    assert finding.confidence is Confidence.LOW
    assert (finding.start, finding.end) == (text.index("5 per cent"), text.index(" from"))


def test_a_per_cent_change_without_either_level_cannot_be_told_apart() -> None:
    text = "Labour's share rose 5 per cent."
    (finding,) = _per_cent_change(text, "5", Direction.UP).findings
    assert finding.message.endswith("and the article gives neither level to tell them apart")


def test_a_change_impossible_both_as_points_and_as_per_cent_is_an_error() -> None:
    text = "Labour's share fell 200 per cent from 40.0pc."
    (finding,) = _per_cent_change(text, "200", Direction.DOWN, previous="40.0").findings
    assert finding.message == (
        "“200 per cent” is impossible for Labour's share of the vote from 40.0%, read as points "
        "or as per cent: the new level would be outside 0–100%"
    )
    assert finding.arithmetic == ("if points: 40.0 − 200", "if per cent: 40.0 × (1 − 200/100)")
    assert finding.severity is Severity.ERROR


# -- one level: the working, the edges of 0-100%, and a reading the reader only guessed ---------


def test_a_per_cent_change_from_one_level_is_a_warning_with_its_working_in_the_evidence() -> None:
    text = "Labour's share rose 5 per cent from 62.5pc."
    (finding,) = _per_cent_change(text, "5", Direction.UP, previous="62.5").findings
    assert (finding.severity, finding.confidence) == (Severity.WARNING, Confidence.MEDIUM)
    assert finding.evidence == {
        "stated": "5",
        "hedge": "exact",
        "previous": "62.5",
        "implied_if_points": "67.5",
        "implied_if_relative": "65.625",
        "fair_interval": "[4.5, 5.5)",
    }


def test_the_fair_reading_of_a_one_level_change_follows_the_configured_rounding() -> None:
    text = "Labour's share rose 5 per cent from 62.5pc."
    claim = _share_change(
        Direction.UP, fig(text, "5 per cent", "5"), previous=fig(text, "62.5pc", "62.5")
    )
    article = Article(document=Document(path="story.txt", text=text), claims=(claim,))
    (finding,) = factcheck.check(article, select=[RULE], rounding="half-even").findings
    # Half to even: 4.5 rounds to 4 and 5.5 to 6, so neither end stands for 5.
    assert finding.evidence["fair_interval"] == "(4.5, 5.5)"


def test_the_levels_a_change_implies_are_shown_to_the_levels_precision() -> None:
    # 62.5 + 5.25 = 67.75, shown as the level is written, to one decimal.
    text = "Labour's share rose 5.25 per cent from 62.5pc."
    (finding,) = _per_cent_change(text, "5.25", Direction.UP, previous="62.5").findings
    assert finding.message.endswith("if points, the new figure is 67.8%; if per cent, 65.8%")
    assert finding.arithmetic[0] == "if points: 62.5 + 5.25 = 67.8"


def test_a_change_in_per_cent_from_a_level_without_a_place_in_the_text_is_shown_as_read() -> None:
    text = "Labour's share rose, says the summary."
    amount = Figure(text="5", value=Decimal(5), unit=Unit.PERCENT)
    claim = _share_change(Direction.UP, amount, previous=fig(text, "Labour", "62.5"))
    (finding,) = check(text, claim).findings
    assert finding.message.startswith("“5%” gives a change of Labour's share of the vote")
    assert finding.fix is not None
    assert finding.fix.startswith("“5 percentage points” if Labour's share of the vote moved")


def test_a_hedged_change_without_a_place_in_the_text_keeps_its_hedge_in_the_fix() -> None:
    text = "Labour's share rose, says the summary."
    amount = Figure(text="5", value=Decimal(5), unit=Unit.PERCENT, hedge="about")
    claim = _share_change(Direction.UP, amount, previous=fig(text, "Labour", "62.5"))
    (finding,) = check(text, claim).findings
    assert finding.fix is not None
    assert finding.fix.startswith("“about 5 percentage points” if Labour's share")


def test_a_fall_in_per_cent_to_a_level_from_exactly_100_shows_both_readings() -> None:
    # 60.0 + 40 = 100 points, and 60 / 0.6 = 100 per cent: both at the edge, both possible,
    # and the same level either way: a note that the readings cannot be told apart.
    text = "Labour's share fell 40 per cent to 60.0pc."
    (finding,) = _per_cent_change(text, "40", Direction.DOWN, current="60.0").findings
    assert finding.message.endswith(
        "if points, the earlier figure was 100%; if per cent, 100%; the figures' rounding "
        "cannot tell the two apart"
    )
    assert finding.severity is Severity.INFO


def test_a_fall_in_per_cent_to_exactly_nought_points_shows_both_readings() -> None:
    text = "Labour's share fell 5 per cent from 5.0pc."
    (finding,) = _per_cent_change(text, "5", Direction.DOWN, previous="5.0").findings
    assert finding.message.endswith("if points, the new figure is 0%; if per cent, 4.8%")


def test_a_fall_of_100_per_cent_from_a_level_is_a_fall_to_nothing_and_stays_silent() -> None:
    # 5.0 − 100 points is impossible; 5.0 × (1 − 100/100) = 0 is possible: per cent is right.
    text = "Labour's share fell 100 per cent from 5.0pc."
    report = _per_cent_change(text, "100", Direction.DOWN, previous="5.0")
    assert (report.findings, report.errors) == ((), ())


def test_a_fall_to_a_level_past_100_either_way_is_impossible_and_names_the_earlier_level() -> None:
    # 60.0 + 40.5 = 100.5 points; 60.0 / 0.595 = 100.84 per cent.
    text = "Labour's share fell 40.5 per cent to 60.0pc."
    (finding,) = _per_cent_change(text, "40.5", Direction.DOWN, current="60.0").findings
    assert finding.message == (
        "“40.5 per cent” is impossible for Labour's share of the vote from 60.0%, read as points "
        "or as per cent: the earlier level would be outside 0–100%"
    )
    assert finding.evidence == {"stated": "40.5", "level": "60.0"}
    assert (finding.start, finding.severity) == (text.index("40.5"), Severity.ERROR)


def test_a_fall_of_100_per_cent_to_a_level_above_nought_is_impossible() -> None:
    # Nothing falls by all of itself and ends above nought: no earlier level works.
    text = "Labour's share fell 100 per cent to 10.0pc."
    (finding,) = _per_cent_change(text, "100", Direction.DOWN, current="10.0").findings
    assert finding.message.endswith("the earlier level would be outside 0–100%")
    assert finding.arithmetic == ("if points: 10.0 + 100", "if per cent: 10.0 / (1 − 100/100)")


def test_an_impossible_per_cent_change_in_a_quotation_is_a_warning_that_says_so() -> None:
    text = "Labour's share fell 200 per cent from 40.0pc."
    report = _per_cent_change(text, "200", Direction.DOWN, previous="40.0", quoted=True)
    (finding,) = report.findings
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("in a quotation, “200 per cent” is impossible for")


def test_a_per_cent_change_without_levels_in_a_quotation_says_so() -> None:
    text = "Labour's share rose 5 per cent."
    (finding,) = _per_cent_change(text, "5", Direction.UP, quoted=True).findings
    assert finding.message.startswith("in a quotation, “5 per cent” gives a change")


def _guessed(text: str, *loose: str, previous: str | None = None) -> factcheck.Report:
    grounds = Grounds(
        what="“per cent” after it",
        subject="the party named before",
        seat="Anytown, carried from an earlier paragraph",
        seat_named="carried",
        election="the story's",
        loose=loose,
    )
    amount = fig(text, "5 per cent", "5").model_copy(update={"grounds": grounds})
    prev = fig(text, f"{previous}pc", previous) if previous else None
    return check(text, _share_change(Direction.UP, amount, previous=prev))


def test_a_per_cent_change_with_no_level_and_a_guessed_seat_is_not_checked_and_says_why() -> None:
    report = _guessed("Labour's share rose 5 per cent.", "what", "seat", "subject")
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "“5 per cent”: a change in per cent with no level, read loosely (subject: the party "
        "named before; seat: Anytown, carried from an earlier paragraph)"
    )


def test_a_per_cent_change_with_a_level_is_weighed_however_loosely_it_was_read() -> None:
    report = _guessed("Labour's share rose 5 per cent from 62.5pc.", "seat", previous="62.5")
    (finding,) = report.findings
    assert finding.message.endswith("if points, the new figure is 67.5%; if per cent, 65.6%")


def test_a_per_cent_change_read_loosely_only_in_what_it_measures_still_warns() -> None:
    (finding,) = _guessed("Labour's share rose 5 per cent.", "what").findings
    assert finding.message.endswith("and the article gives neither level to tell them apart")


# -- levels from the official record ------------------------------------------------------------


def _kirkcaldy(contests: tuple[ContestResult, ...]) -> factcheck.Report:
    # Labour's share in Kirkcaldy and Cowdenbeath: 36.84% (2017), 32.60% (2019); "8.9" fits
    # neither 4.24 points nor 11.51% relative.
    text = "In Kirkcaldy and Cowdenbeath, Labour's share of the vote fell by 8.9%."
    claim = change(
        text,
        "fell",
        Direction.DOWN,
        contest="Kirkcaldy and Cowdenbeath",
        party="Labour",
        amount=fig(text, "8.9%", "8.9"),
        span=at(text, "fell by 8.9%"),
    )
    return check_article(text, claim, contests=contests, election="uk-ge-2019", select=[RULE])


def test_a_share_change_without_levels_takes_both_from_the_official_record() -> None:
    (finding,) = _kirkcaldy((ContestResult(name="Kirkcaldy and Cowdenbeath"),)).findings
    assert "went from 36.84% to 32.60% (official results, 2017 and 2019)" in finding.message
    assert finding.evidence["levels_from"] == "official results"
    assert (finding.evidence["previous"], finding.evidence["current"]) == ("36.84", "32.60")


def test_a_seat_the_article_gives_no_figures_for_is_settled_by_its_official_record() -> None:
    (finding,) = _kirkcaldy(()).findings
    assert "went from 36.84% to 32.60% (official results, 2017 and 2019)" in finding.message


# -- the whole finding, word for word (mutation testing: docs/testing.md) -----------------------


def test_a_figure_that_fits_both_readings_gives_the_whole_working_and_the_points_wording() -> None:
    text = "Turnout in the ward rose about five per cent, from 95.0pc to 99.8pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        Quantity.TURNOUT,
        amount=fig(text, "about five per cent", "5", hedge="about", written="five"),
        previous=fig(text, "95.0pc", "95.0"),
        current=fig(text, "99.8pc", "99.8"),
    )
    (finding,) = check(text, claim).findings
    assert finding.message == (
        "“about five per cent” fits both the relative change and the change in points: turnout "
        "went from 95.0% to 99.8%, up 4.8 percentage points, or 5.05% in relative terms; a "
        "reader cannot tell which is meant"
    )
    assert (finding.start, finding.text) == (text.index("about five"), "about five per cent")
    assert finding.fix == "about five percentage points if points are meant"
    assert finding.confidence is Confidence.MEDIUM
    assert finding.evidence == {
        "stated": "five",
        "stated_unit": "percent",
        "hedge": "about",
        "previous": "95.0",
        "current": "99.8",
        "points_change": "4.8",
        "points_interval": "(4.7, 4.9)",
        "fair_interval": "[4.5, 5.5]",
        "relative_change": "5.0526315789",
        "relative_interval": "(4.9447659127, 5.1606108478)",
    }
    assert finding.arithmetic == (
        "99.8 − 95.0 = 4.8 points (allowing for rounding: (4.7, 4.9))",
        "100 × (99.8 − 95.0) / 95.0 = 5.05% (allowing for rounding: (4.945, 5.161))",
    )


def _turnout_change(text: str, amount: str, before: str, after: str) -> ChangeClaim:
    return change(
        text,
        "rose",
        Direction.UP,
        Quantity.TURNOUT,
        amount=fig(text, f"{amount} per cent", amount),
        previous=fig(text, f"{before}pc", before),
        current=fig(text, f"{after}pc", after, after=f"{before}pc to"),
    )


def test_a_fall_is_said_to_be_down_and_no_change_unchanged() -> None:
    text = "Turnout in Poplar and Limehouse rose 3 per cent, from 67.68pc to 62.59pc."
    (finding,) = check(text, _turnout_change(text, "3", "67.68", "62.59")).findings
    assert finding.message == (
        "“3 per cent” fits neither reading of the change: turnout went from 67.68% to 62.59%, "
        "down 5.09 percentage points, or 7.52% in relative terms"
    )
    text = "Turnout in Poplar and Limehouse rose 3 per cent, from 62.6pc to 62.6pc."
    (finding,) = check(text, _turnout_change(text, "3", "62.6", "62.6")).findings
    assert "went from 62.6% to 62.6%, unchanged 0 percentage points" in finding.message


def test_a_majority_in_points_with_no_one_named_is_the_winners() -> None:
    text = "In Anytown the majority rose 3 per cent, from 10.0pc to 15.0pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        Quantity.MAJORITY,
        contest="Anytown",
        amount=fig(text, "3 per cent", "3"),
        previous=fig(text, "10.0pc", "10.0"),
        current=fig(text, "15.0pc", "15.0"),
    )
    won = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(name="Al Smith", votes=Figure.count(800)),
            CandidateResult(name="Jo Smith", votes=Figure.count(2000)),
        ),
    )
    (finding,) = check(text, claim, contests=(won,)).findings
    assert "Jo Smith's majority went from 10.0% to 15.0%, up 5 percentage points" in (
        finding.message
    )


def test_the_points_wording_replaces_the_writers_words_only_where_they_are_known() -> None:
    text = SEED_000
    amount = fig(text, "about five per cent", "5", hedge="about", written="five")
    (finding,) = check(text, turnout_claim(text, amount)).findings
    assert finding.replacement == "about five percentage points"
    # Without its place in the text, the amount is shown as read and the fix built from its
    # hedge; there are no words of the writer's to replace.
    bare = amount.model_copy(update={"span": None})
    (finding,) = check(text, turnout_claim(text, bare)).findings
    assert finding.message.startswith("“five” is a change in points, not per cent: ")
    assert finding.fix == (
        "about five percentage points (or “about 8 per cent”, the relative change)"
    )
    assert finding.replacement is None


def test_a_change_from_nought_has_no_relative_reading_to_mention() -> None:
    text = "The Green share rose 5 per cent, from 0.0pc to 5.0pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        party="Green",
        amount=fig(text, "5 per cent", "5"),
        previous=fig(text, "0.0pc", "0.0"),
        current=fig(text, "5.0pc", "5.0"),
    )
    (finding,) = check(text, claim).findings
    assert finding.message == (
        "“5 per cent” is a change in points, not per cent: Green's share of the vote went from "
        "0.0% to 5.0%, up 5 percentage points"
    )
    assert (finding.fix, finding.replacement) == ("5 percentage points", "5 percentage points")


def _turnout(text: str, amount: Figure, before: str, after: str) -> ChangeClaim:
    return change(
        text,
        "rose",
        Direction.UP,
        Quantity.TURNOUT,
        amount=amount,
        previous=fig(text, f"{before}pc", before),
        current=fig(text, f"{after}pc", after),
    )


def test_a_hedged_figure_that_fits_neither_reading_is_reworded_without_the_hedge() -> None:
    text = "Turnout in Poplar and Limehouse rose about 3 per cent, from 62.59pc to 67.68pc."
    amount = fig(text, "about 3 per cent", "3", hedge="about")
    (finding,) = check(text, _turnout(text, amount, "62.59", "67.68")).findings
    assert (finding.start, finding.text) == (text.index("about 3"), "about 3 per cent")
    assert finding.fix == "5.09 percentage points"
    assert finding.arithmetic == (
        "67.68 − 62.59 = 5.09 points (allowing for rounding: (5.08, 5.1))",
        "100 × (67.68 − 62.59) / 62.59 = 8.13% (allowing for rounding: (8.116, 8.149))",
    )


def test_a_rise_of_half_a_point_is_up() -> None:
    text = "Turnout in Poplar and Limehouse rose 3 per cent, from 62.0pc to 62.5pc."
    (finding,) = check(text, _turnout(text, fig(text, "3 per cent", "3"), "62.0", "62.5")).findings
    assert "went from 62.0% to 62.5%, up 0.5 percentage points, or 0.81%" in finding.message


def test_a_figure_that_fits_no_change_from_nought_names_only_the_points() -> None:
    text = "The Green share rose 3 per cent, from 0.0pc to 5.0pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        party="Green",
        amount=fig(text, "3 per cent", "3"),
        previous=fig(text, "0.0pc", "0.0"),
        current=fig(text, "5.0pc", "5.0"),
    )
    (finding,) = check(text, claim).findings
    assert finding.message == (
        "“3 per cent” fits neither reading of the change: Green's share of the vote went from "
        "0.0% to 5.0%, up 5 percentage points"
    )


def test_a_change_in_points_with_one_level_and_room_to_spare_is_not_checked() -> None:
    text = "The Green share rose 3 points to 5.0pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        party="Green",
        amount=fig(text, "3 points", "3", unit=Unit.POINTS),
        current=fig(text, "5.0pc", "5.0"),
    )
    report = check(text, claim)
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "a change of Green's share of the vote in points is stated but not both levels, so it "
        "cannot be recomputed"
    ]


def test_changes_it_does_not_read_do_not_stop_it_reading_the_next() -> None:
    text = (
        "Labour's vote rose 10 per cent and its majority 5 per cent, to 4,000. Turnout in "
        "Poplar and Limehouse rose 3 per cent, from 62.59pc to 67.68pc."
    )
    no_amount = ChangeClaim(quantity=Quantity.TURNOUT, direction=Direction.UP)
    votes = ChangeClaim(
        quantity=Quantity.VOTES, party="Labour", amount=fig(text, "10 per cent", "10")
    )
    majority = ChangeClaim(
        quantity=Quantity.MAJORITY,
        party="Labour",
        amount=fig(text, "5 per cent", "5"),
        current=Figure.count(4000, span=at(text, "4,000")),
    )
    turnout = _turnout(text, fig(text, "3 per cent", "3", after="Turnout"), "62.59", "67.68")
    (finding,) = check(text, no_amount, votes, majority, turnout).findings
    assert finding.start == text.index("3 per cent")


def test_levels_from_the_official_record_are_cited() -> None:
    (finding,) = _kirkcaldy((ContestResult(name="Kirkcaldy and Cowdenbeath"),)).findings
    records = finding.evidence["official_records"]
    assert isinstance(records, list)
    assert len(records) == 2


# -- per cent for points that is still true read as per cent ------------------------------------
# Labour in Anytown: 40.0pc to 52.1pc, up 12.1 points (12.05 to 12.15 allowing for rounding), or
# 30.25% of where it was (30.09 to 30.41). "More than 12" is fair for (12, 12.55]: the points
# change fits, the relative change does not; but read literally the words are true of 30.25%.


def _labour_rise(amount: str, hedge: str) -> tuple[str, ChangeClaim]:
    text = f"Labour's share in Anytown rose {amount} per cent, from 40.0pc to 52.1pc."
    claim = change(
        text,
        "rose",
        Direction.UP,
        party="Labour",
        amount=fig(text, f"{amount} per cent", amount.rsplit(maxsplit=1)[-1], hedge=hedge),
        previous=fig(text, "40.0pc", "40.0"),
        current=fig(text, "52.1pc", "52.1"),
    )
    return text, claim


def test_per_cent_for_points_still_true_as_per_cent_is_a_warning() -> None:
    text, claim = _labour_rise("more than 12", "more-than")
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.WARNING
    assert finding.confidence is Confidence.MEDIUM
    assert finding.message == (
        "“more than 12 per cent” is a change in points, not per cent: Labour's share of the "
        "vote went from 40.0% to 52.1%, up 12.1 percentage points; 30.25% in relative terms, "
        "which “more than 12 per cent” is literally true of but understates"
    )
    assert finding.fix == (
        "more than 12 percentage points (or “more than 30 per cent”, the relative change)"
    )


def test_per_cent_for_points_false_as_per_cent_stays_an_error() -> None:
    # The twin: "nearly 12.2" is fair for [11.59, 12.2) and holds 12.1 points; read
    # literally it is below 12.2, and 30.25% is not.
    text, claim = _labour_rise("nearly 12.2", "nearly")
    (finding,) = check(text, claim).findings
    assert finding.severity is Severity.ERROR
    assert "literally true" not in finding.message


def test_the_right_unit_with_the_lower_bound_is_silent() -> None:
    text, claim = _labour_rise("more than 12", "more-than")
    text = text.replace("per cent", "percentage points")
    amount = claim.amount
    assert amount is not None
    points = fig(text, "more than 12 percentage points", "12", unit=Unit.POINTS, hedge="more-than")
    claim = claim.model_copy(
        update={
            "amount": points,
            "previous": fig(text, "40.0pc", "40.0"),
            "current": fig(text, "52.1pc", "52.1"),
        }
    )
    assert check(text, claim).findings == ()


@given(two_levels)
def test_a_lower_bound_in_per_cent_for_points_is_never_an_error(levels: list[int]) -> None:
    # A relative change is the change in points times 100 over the earlier level, so larger
    # whenever that level is below 100: "more than x per cent" for x points is true of it.
    before, after = levels
    points = abs(after - before)
    assume(points >= 20)  # "more than" a whole number of points at least 2 below the change
    x = str(points // 10 - 1)
    way = "up" if after > before else "down"
    text = (
        f"Labour's share in Anytown was {_tenth(after)}pc, {way} more than {x} per cent from "
        f"{_tenth(before)}pc."
    )
    claim = change(
        text,
        way,
        Direction.UP if after > before else Direction.DOWN,
        party="Labour",
        amount=fig(text, f"more than {x} per cent", x, hedge="more-than"),
        previous=fig(text, f"{_tenth(before)}pc", _tenth(before)),
        current=fig(text, f"{_tenth(after)}pc", _tenth(after)),
    )
    for finding in check(text, claim).findings:
        assert finding.severity is not Severity.ERROR
        if "is a change in points, not per cent" in finding.message:
            assert finding.message.endswith("is literally true of but understates")
