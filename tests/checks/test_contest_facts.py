"""The facts the contest rules share are the contest's own figures, for the contest asked about."""

from __future__ import annotations

import gc
import weakref
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.facts import contest_facts, votes_of
from factcheck.intervals import Rounding
from factcheck.models import CandidateResult, ContestResult, Figure, Unit

_ROUNDINGS: list[Rounding] = ["half-up", "half-even", "any"]

_COUNTS = st.builds(
    lambda v, exact: Figure(text=str(v), value=Decimal(v), unit=Unit.VOTES, exact=exact),
    st.integers(0, 60_000) | st.sampled_from([0, 1, 100, 1000]),
    st.booleans(),
)
_SHARES = st.builds(
    lambda n, places: Figure.percentage(str(Decimal(n).scaleb(-places))),
    st.integers(0, 10_000),
    st.integers(0, 2),
)
_CANDIDATES = st.lists(
    st.builds(
        lambda k, votes, share: CandidateResult(name=f"C{k}", votes=votes, share=share),
        st.integers(0, 99),
        st.none() | _COUNTS,
        st.none() | _SHARES,
    ),
    max_size=7,
)
_CONTESTS = st.builds(
    lambda cands, total, complete: ContestResult(
        name="Anytown", candidates=tuple(cands), valid_votes=total, complete=complete
    ),
    _CANDIDATES,
    st.none() | _COUNTS,
    st.none() | st.booleans(),
)


@given(_CONTESTS, st.sampled_from(_ROUNDINGS))
def test_the_facts_are_the_contests_figures(contest: ContestResult, rounding: Rounding) -> None:
    facts = contest_facts(contest, rounding)
    votes = [votes_of(c.votes) for c in contest.candidates]
    assert list(facts.votes) == votes
    assert facts.listed == sum(v for v in votes if v is not None)
    assert facts.every_count == (None not in votes)
    assert facts.valid == votes_of(contest.valid_votes)
    assert list(facts.shares) == [
        c.share.interval(rounding) if c.share is not None else None for c in contest.candidates
    ]
    assert facts.pairs == sum(
        1 for c, v in zip(contest.candidates, votes, strict=True) if v is not None and c.share
    )
    # Most votes first; candidates with as many votes in the order the contest lists them.
    counted = [(i, v) for i, v in enumerate(votes) if v is not None]
    assert list(facts.ranked) == sorted(counted, key=lambda iv: (-iv[1], iv[0]))
    complete = bool(contest.complete) and None not in votes and bool(contest.candidates)
    assert facts.complete_count == (facts.listed if complete else None)


@given(_CONTESTS, _CONTESTS, st.sampled_from(_ROUNDINGS), st.sampled_from(_ROUNDINGS))
def test_each_contest_and_rounding_gets_its_own_facts(
    a: ContestResult, b: ContestResult, ra: Rounding, rb: Rounding
) -> None:
    # Asked in turn about two contests (or one under two roundings), each answer is the one
    # worked out afresh for that contest and rounding: the kept answer is never another's.
    for contest, rounding in ((a, ra), (b, rb), (a, ra), (a, rb), (b, ra)):
        facts = contest_facts(contest, rounding)
        assert facts.rounding == rounding
        assert list(facts.shares) == [
            c.share.interval(rounding) if c.share is not None else None for c in contest.candidates
        ]
        assert list(facts.votes) == [votes_of(c.votes) for c in contest.candidates]


def test_an_equal_contest_is_not_taken_for_the_one_kept() -> None:
    # Two contests equal in every field are still two objects: each has its own facts.
    one = ContestResult(name="X", candidates=(CandidateResult(name="A", votes=Figure.count(5)),))
    two = one.model_copy()
    assert one == two
    first = contest_facts(one, "half-up")
    assert contest_facts(two, "half-up") is not first
    again = contest_facts(two, "half-up")
    assert contest_facts(two, "half-up") is again  # kept for the contest asked last


def test_the_facts_do_not_keep_a_contest_alive() -> None:
    # A streamed results file lets each chunk's contests go once checked.
    contest = ContestResult(
        name="X", candidates=(CandidateResult(name="A", votes=Figure.count(5)),)
    )
    facts = contest_facts(contest, "half-up")
    gone = weakref.ref(contest)
    del contest
    gc.collect()
    assert gone() is None
    assert facts.votes == (5,)
