"""The arithmetic rules' shared helpers: keyboard slips, and where a corrected figure stands.

Mutation testing (docs/testing.md) found these read only through the rules, where most slips
and standings never decide a finding.
"""

from __future__ import annotations

from fractions import Fraction

from factcheck.checks.arithmetic.common import Standings, rank_consequences, typo_fixes
from factcheck.models import Consequence

F = Fraction
ANY = range(10**13)


def test_a_single_digit_is_no_evidence_of_a_slip() -> None:
    assert typo_fixes("7", ANY) == []


def test_numbers_of_up_to_twelve_digits_are_searched_and_longer_ones_are_not() -> None:
    twelve = "123456789012"
    assert (213456789012, "two digits swapped") in typo_fixes(twelve, ANY)
    assert typo_fixes(twelve + "3", range(10**14)) == []


def test_each_kind_of_slip_is_named() -> None:
    found = dict(typo_fixes("1,234", ANY))
    assert found[1324] == "two digits swapped"
    assert found[1284] == "one digit mistyped"
    assert found[124] == "an extra digit typed"
    assert found[12734] == "a digit dropped"
    assert found[12344] == "a digit dropped"  # the dropped digit at the very end
    assert 1234 not in found  # the number as written is no slip


def test_only_numbers_in_the_range_are_offered() -> None:
    assert typo_fixes("1234", range(1280, 1290)) == [(1284, "one digit mistyped")]
    assert typo_fixes("1234", range(130, 135)) == [(134, "an extra digit typed")]


def test_slips_are_listed_by_kind_then_by_value() -> None:
    kinds = ["two digits swapped", "one digit mistyped", "a digit dropped", "an extra digit typed"]
    found = typo_fixes("1234", ANY)
    keys = [(kinds.index(how), n) for n, how in found]
    assert keys == sorted(keys)
    assert {how for _, how in found} == set(kinds)


def test_a_slip_that_would_start_with_a_nought_is_no_number() -> None:
    # "50": "05" (swapped) and "00" (mistyped) are not how anyone writes 5 or 0; dropping
    # either digit leaves a number of one digit, nought included.
    assert typo_fixes("50", range(10)) == [
        (0, "an extra digit typed"),
        (5, "an extra digit typed"),
    ]


def test_a_figure_tied_with_one_listed_before_it_stands_behind_it() -> None:
    standings = Standings([F(10), F(10), F(5)])
    assert standings.ahead(0, F(10)) == 0
    assert standings.ahead(1, F(10)) == 1
    assert standings.ahead(2, F(10)) == 2


def test_a_candidate_is_not_counted_ahead_of_itself() -> None:
    # At 5, the leader on 10 falls behind the 8 only: itself at 10 does not count.
    standings = Standings([F(10), F(8)])
    assert standings.ahead(0, F(5)) == 1
    assert Standings([F(10), F(9), F(8), F(7)]).ahead(0, F(5)) == 3
    assert standings.ahead(1, F(12)) == 0


def test_a_candidate_with_no_figure_is_placed_by_the_others_only() -> None:
    standings = Standings([None, F(10), F(8)])
    assert standings.ahead(0, F(9)) == 1
    assert standings.consequences(0, F(12)) == ()


def test_with_two_known_figures_a_correction_can_change_the_winner() -> None:
    assert rank_consequences([F(10), F(8)], 1, F(12)) == (
        Consequence.WINNER,
        Consequence.RANKING,
    )
    assert rank_consequences([F(10), F(8), F(5)], 2, F(9)) == (Consequence.RANKING,)
    assert rank_consequences([F(10), F(8), F(5)], 2, F(6)) == ()
    assert rank_consequences([F(10)], 0, F(1)) == ()
