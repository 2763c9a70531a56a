"""The wording rules' shared helpers at the edges a mutation run found unread.

Mutation testing (docs/testing.md, session 9) runs each mutant of
``factcheck/checks/wording/common.py`` against the wording tests; these tests read the
helpers directly where the rules' findings seldom turn on the difference.
"""

from __future__ import annotations

from fractions import Fraction

from factcheck.checks.wording.common import interval_words
from factcheck.intervals import Interval

F = Fraction


def test_a_bound_halfway_between_two_shown_values_gets_one_more_place() -> None:
    # (44.5, 45.5) to whole numbers would read "between 45% and 46%", another range.
    assert interval_words(Interval(F(89, 2), F(91, 2), True, False), 0, "%") == (
        "between 44.5% and 45.5%"
    )
    assert interval_words(Interval(F(445, 10), F(4455, 100), True, False), 1, "%") == (
        "between 44.5% and 44.55%"
    )


def test_a_bound_not_halfway_keeps_the_places_asked_for() -> None:
    assert interval_words(Interval(F(103, 10), F(125, 10), True, True), 1, "%") == (
        "between 10.3% and 12.5%"
    )
    assert interval_words(Interval(F(1, 3), None, True, False), 1) == "at least 0.3"
    assert interval_words(Interval(None, F(1, 4), False, False), 0) == "below 0"
