"""The arithmetic rules on huge contests: the fast ways agree with the plain statements.

A 1,000-candidate contest once took seconds because three steps compared every candidate
(or every bound) with every other. Each fast step is held here to the brute-force version
it replaced, on generated inputs; none of these tests times anything.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from factcheck import check
from factcheck.checks.arithmetic.common import Standings
from factcheck.checks.arithmetic.feasibility import (
    Bound,
    Kind,
    _memberships,
    _probe_points,
    consensus,
)
from factcheck.checks.arithmetic.rank_order_mismatch import MAX_NAMED
from factcheck.intervals import Interval
from factcheck.models import CandidateResult, Consequence, ContestResult, Figure, Unit

ENDS = st.one_of(
    st.none(),
    st.builds(Fraction, st.integers(-5, 400), st.integers(1, 7)),
)


@st.composite
def bounds(draw: st.DrawFn) -> list[Bound]:
    out: list[Bound] = []
    for _ in range(draw(st.integers(0, 12))):
        lo, hi = draw(ENDS), draw(ENDS)
        if draw(st.booleans()) and lo is not None:
            hi = lo  # a point: a stated total or a complete list
        iv = Interval(lo, hi, draw(st.booleans()), draw(st.booleans()))
        kind: Kind = draw(st.sampled_from(["pair", "total", "sum", "complete"]))
        out.append(Bound(iv, kind, len(out) if kind == "pair" else None))
    return out


@given(bounds())
def test_the_sweep_counts_at_every_probe_what_testing_each_bound_counts(bs: list[Bound]) -> None:
    probes = _probe_points(bs)
    swept = [(t, count, members()) for t, count, members in _memberships(bs, probes)]
    brute = []
    for t in probes:
        holding = frozenset(k for k, b in enumerate(bs) if t in b.interval)
        brute.append((t, len(holding), holding))
    assert swept == brute


def _consensus_by_testing_each_bound(bs: list[Bound]) -> tuple[frozenset[int], ...]:
    """The best-supported sets of bounds, found the plain way: every bound at every probe."""
    best: list[frozenset[int]] = []
    for t in _probe_points(bs):
        holding = frozenset(k for k, b in enumerate(bs) if t in b.interval)
        if not best or len(holding) > len(best[0]):
            best = [holding]
        elif len(holding) == len(best[0]) and holding not in best:
            best.append(holding)
    return tuple(best)


@given(bounds())
def test_the_consensus_leaves_out_what_the_plain_search_leaves_out(bs: list[Bound]) -> None:
    cons = consensus(bs)
    candidates = _consensus_by_testing_each_bound(bs)
    if not candidates:
        assert cons.excluded == ()
        return
    top = max(len(c) for c in candidates)
    assert len(bs) - len(cons.excluded) == top
    left_out = [Counter(b for k, b in enumerate(bs) if k not in c) for c in candidates]
    assert Counter(cons.excluded) in left_out
    assert cons.ambiguous == (len(candidates) > 1)


def _consequences_by_pass(
    values: list[Fraction | None], index: int, corrected: Fraction
) -> tuple[Consequence, ...]:
    """What changes with a corrected figure, by counting over every other candidate."""
    current = values[index]
    others = [(v, i) for i, v in enumerate(values) if v is not None and i != index]
    if not others or current is None:
        return ()

    def ahead(value: Fraction) -> int:
        return sum(1 for v, i in others if v > value or (v == value and i < index))

    before, after = ahead(current), ahead(corrected)
    if (before == 0) != (after == 0):
        return (Consequence.WINNER, Consequence.RANKING)
    if before != after:
        return (Consequence.RANKING,)
    return ()


FIGURES = st.none() | st.builds(Fraction, st.integers(0, 12), st.sampled_from([1, 2, 4]))


@given(st.lists(FIGURES, min_size=1, max_size=15), st.data())
def test_standings_give_the_consequences_that_counting_every_candidate_gives(
    values: list[Fraction | None], data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(values) - 1))
    corrected = data.draw(st.builds(Fraction, st.integers(0, 12), st.sampled_from([1, 2, 4])))
    standings = Standings(values)
    assert standings.consequences(index, corrected) == _consequences_by_pass(
        values, index, corrected
    )


def _field(n: int, ranks: dict[int, int]) -> ContestResult:
    return ContestResult(
        name="Big",
        candidates=tuple(
            CandidateResult(
                name=f"C{i}",
                votes=Figure.count(1_000 + 10 * i),
                rank=Figure.count(ranks[i], Unit.RANK) if i in ranks else None,
            )
            for i in range(n)
        ),
    )


def test_a_wrong_position_in_a_huge_field_names_a_few_of_those_ahead_and_counts_them_all() -> None:
    # C0 has the fewest votes of 40 but is said to have won: 39 finished ahead.
    report = check(_field(40, {0: 1}))
    (finding,) = [f for f in report.findings if f.name == "rank-order-mismatch"]
    assert "39 candidates finished ahead" in finding.message
    assert finding.message.endswith(f", and {39 - MAX_NAMED} more")
    assert len(finding.evidence["ahead"]) == MAX_NAMED  # type: ignore[arg-type]
    assert finding.evidence["ahead_count"] == 39
    assert len(finding.arithmetic) == MAX_NAMED
    assert len(finding.related) == 0  # figures built in code have no place in a text


def test_a_wrong_position_with_few_ahead_names_every_one_of_them() -> None:
    report = check(_field(5, {1: 1}))
    (finding,) = [f for f in report.findings if f.name == "rank-order-mismatch"]
    assert finding.evidence["ahead"] == ["C2", "C3", "C4"]
    assert "ahead_count" not in finding.evidence
    assert "more" not in finding.message


def test_a_right_position_among_equal_votes_is_skipped_as_not_comparable() -> None:
    contest = ContestResult(
        name="Tie",
        candidates=tuple(
            CandidateResult(name=f"T{i}", votes=Figure.count(500), rank=Figure.count(1, Unit.RANK))
            for i in range(3)
        ),
    )
    skipped = [n for n in check(contest).not_checked if n.name == "rank-order-mismatch"]
    assert len(skipped) == 3
    assert all("can be compared" in n.reason for n in skipped)


# -- long articles: a claim's contest is looked up, not searched for -------------------------

NAMES = st.sampled_from(["Poplar", "poplar", "Bow", "Bow ", "St Ives", "St. Ives", "Hove"])


@given(st.lists(st.none() | NAMES, max_size=8), st.none() | NAMES)
def test_a_claims_contest_is_the_first_of_that_name_as_a_search_would_find(
    names: list[str | None], asked: str | None
) -> None:
    from factcheck.checks.wording.common import contest_for
    from factcheck.models import Article, Document
    from factcheck.names import name_key

    article = Article(
        document=Document(path="a.txt", text=""),
        contests=tuple(ContestResult(name=n) for n in names),
    )
    if asked is None:
        expected = article.contests[0] if len(article.contests) == 1 else None
    else:
        named = [
            c
            for c in article.contests
            if c.name is not None and name_key(c.name) == name_key(asked)
        ]
        expected = named[0] if named else None
    for _ in range(2):  # the second time from the index
        assert contest_for(article, asked) is expected


def test_the_index_of_an_articles_contests_does_not_keep_the_article() -> None:
    import gc
    import weakref

    from factcheck.checks.wording.common import contest_for
    from factcheck.models import Article, Document

    article = Article(
        document=Document(path="a.txt", text=""), contests=(ContestResult(name="Hove"),)
    )
    assert contest_for(article, "hove") is article.contests[0]
    gone = weakref.ref(article)
    del article
    gc.collect()
    assert gone() is None
