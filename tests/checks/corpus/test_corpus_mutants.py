"""The corpus and suppression rules' decisions at the edges a mutation run found unread.

Mutation testing (docs/testing.md, session 9) runs each mutant of ``factcheck/checks/corpus/``
and ``factcheck/checks/suppression/`` against the corpus and suppression tests; these tests
read the helpers and rules directly where whole-corpus tests seldom turn on the difference.
"""

from __future__ import annotations

from factcheck.checks.corpus.duplicate_article import in_order, spread


def test_shingles_in_common_count_in_order_once_each() -> None:
    assert in_order([1, 2, 3, 4], [1, 2, 3, 4]) == 4
    assert in_order([4, 3, 2, 1], [1, 2, 3, 4]) == 1
    assert in_order([1, 9, 2, 1, 3], [1, 2, 3]) == 3  # 9 is not in b; the second 1 is seen
    assert in_order([], [1, 2]) == 0


def test_the_spread_runs_from_the_first_shared_shingle_to_the_last_of_the_shorter() -> None:
    assert spread([7, 1, 8, 2, 9], [1, 2, 5, 6, 0, 3]) == 3 / 5
    assert spread([1, 2, 5, 6, 0, 3], [7, 1, 8, 2, 9]) == 3 / 5
    assert spread([1, 2], [3, 4]) == 0.0
