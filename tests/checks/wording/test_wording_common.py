"""The wording rules' shared arithmetic and lookups, read directly.

Mutation testing (docs/testing.md) found these read only through the rules, whose findings
seldom turn on an open or closed end, a tie, or which of two counts is the runner-up's.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from factcheck import CandidateResult, ContestResult, Figure, Unit
from factcheck.checks.wording.common import (
    best_fix,
    candidate_for,
    contest_for,
    contest_level,
    count_reading,
    descriptions,
    interval_words,
    lead_in_votes,
    magnitude,
    points_reading,
    quotient,
    relative_reading,
    subject,
    winner_of,
)
from factcheck.intervals import Interval
from factcheck.models import Article, ChangeClaim, Document, Quantity
from factcheck.rule import RuleContext

F = Fraction


def iv(lo: int | None, hi: int | None, lo_closed: bool, hi_closed: bool) -> Interval:
    return Interval(
        None if lo is None else F(lo), None if hi is None else F(hi), lo_closed, hi_closed
    )


# -- magnitude: |x| over an interval ------------------------------------------------------------


def test_the_size_of_a_change_wholly_one_way_is_the_change_or_its_negation() -> None:
    assert magnitude(iv(2, 5, True, False)) == iv(2, 5, True, False)
    assert magnitude(iv(0, 5, False, False)) == iv(0, 5, False, False)
    assert magnitude(iv(-5, -2, False, True)) == iv(2, 5, True, False)
    assert magnitude(iv(-5, 0, False, False)) == iv(0, 5, False, False)


def test_the_size_of_an_unbounded_change_across_zero_is_any_size() -> None:
    assert magnitude(iv(None, 3, False, False)) == Interval.at_least(0)
    assert magnitude(iv(-3, None, False, False)) == Interval.at_least(0)


def test_the_size_of_a_change_across_zero_runs_to_its_farther_end() -> None:
    assert magnitude(iv(-5, 3, False, True)) == iv(0, 5, True, False)
    assert magnitude(iv(-5, 3, True, False)) == iv(0, 5, True, True)
    assert magnitude(iv(-3, 5, True, False)) == iv(0, 5, True, False)
    assert magnitude(iv(-3, 5, False, True)) == iv(0, 5, True, True)
    # A change reaching just above nought is still across it, not wholly below.
    half = Interval(F(-3), F(1, 2), False, False)
    assert magnitude(half) == iv(0, 3, True, False)


def test_the_size_of_a_change_balanced_across_zero_reaches_either_closed_end() -> None:
    assert magnitude(iv(-3, 3, False, False)) == iv(0, 3, True, False)
    assert magnitude(iv(-3, 3, True, False)) == iv(0, 3, True, True)
    assert magnitude(iv(-3, 3, False, True)) == iv(0, 3, True, True)


# -- quotient: a / b over intervals -------------------------------------------------------------


def test_a_quotient_divides_the_ends_crosswise_and_keeps_which_are_closed() -> None:
    assert quotient(iv(2, 6, True, False), iv(1, 2, False, True)) == iv(1, 6, True, False)
    assert quotient(iv(2, 6, False, True), iv(1, 2, True, True)) == iv(1, 6, False, True)
    assert quotient(iv(2, 6, True, True), iv(1, 2, True, False)) == iv(1, 6, False, True)


def test_a_quotient_of_an_unbounded_numerator_is_unbounded_above() -> None:
    assert quotient(iv(2, None, True, False), iv(1, 2, True, True)) == iv(1, None, True, False)


def test_a_negative_numerator_counts_from_nought() -> None:
    assert quotient(iv(-2, 6, True, True), iv(1, 2, True, True)) == iv(0, 6, True, True)
    assert quotient(iv(-6, -2, True, True), iv(1, 2, True, True)) is None


def test_no_quotient_by_a_denominator_that_is_unbounded_or_reaches_nought() -> None:
    num = iv(2, 6, True, True)
    assert quotient(num, iv(0, 2, False, True)) is None
    assert quotient(num, iv(-1, 2, True, True)) is None
    assert quotient(num, iv(1, None, True, False)) is None
    assert quotient(num, iv(None, 2, False, True)) is None
    assert quotient(num, Interval(F(1, 10**6), F(2), True, True)) is not None


# -- interval_words -----------------------------------------------------------------------------


def test_an_interval_in_words() -> None:
    assert interval_words(Interval.unbounded(), 2) == "any value"
    assert interval_words(iv(None, 33, False, True), 2, "%") == "at most 33%"
    assert interval_words(iv(None, 33, False, False), 2, "%") == "below 33%"
    assert interval_words(iv(10, None, True, False), 2, "%") == "at least 10%"
    assert interval_words(iv(10, None, False, False), 2, "%") == "above 10%"
    assert interval_words(Interval.point(F(21, 2)), 2, "%") == "exactly 10.5%"
    assert interval_words(Interval(F(1045, 100), F(11), True, False), 2, "%") == (
        "between 10.45% and 11%"
    )
    assert interval_words(Interval(F(1, 3), F(2, 3), True, False), 3) == ("between 0.333 and 0.667")


# -- winner_of and lead_in_votes ----------------------------------------------------------------


def _cand(
    name: str, votes: int | None = None, share: str | None = None, rank: int | None = None
) -> CandidateResult:
    return CandidateResult(
        name=name,
        votes=None if votes is None else Figure.count(votes),
        share=None if share is None else Figure.percentage(share),
        rank=None if rank is None else Figure(text=str(rank), value=Decimal(rank), unit=Unit.RANK),
    )


def test_the_winner_is_the_one_said_to_be_first_else_the_most_votes_else_the_biggest_share() -> (
    None
):
    said = ContestResult(name="A", candidates=(_cand("Ann", 10), _cand("Bob", 5, rank=1)))
    assert winner_of(said) is said.candidates[1]
    second = ContestResult(name="A", candidates=(_cand("Ann", 5, rank=2), _cand("Bob", 10)))
    assert winner_of(second) is second.candidates[1]
    votes = ContestResult(name="A", candidates=(_cand("Ann", 5), _cand("Bob", 10), _cand("Cy")))
    assert winner_of(votes) is votes.candidates[1]
    shares = ContestResult(
        name="A", candidates=(_cand("Ann", share="20"), _cand("Bob", share="40"), _cand("Cy"))
    )
    assert winner_of(shares) is shares.candidates[1]
    assert winner_of(ContestResult(name="A", candidates=(_cand("Ann"),))) is None
    assert winner_of(ContestResult(name="A")) is None
    assert winner_of(None) is None


def test_a_stated_exact_majority_is_the_lead() -> None:
    contest = ContestResult(name="A", majority=Figure.count(1234))
    assert lead_in_votes(contest) == 1234
    assert lead_in_votes(None) is None


def test_a_lead_from_a_complete_list_of_counts() -> None:
    contest = ContestResult(
        name="A",
        complete=True,
        candidates=(_cand("Ann", 500), _cand("Bob", 2000), _cand("Cy", 800)),
    )
    assert lead_in_votes(contest) == 1200
    assert lead_in_votes(contest.model_copy(update={"complete": False})) is None


def test_no_lead_from_fewer_than_two_counts() -> None:
    contest = ContestResult(name="A", complete=True, candidates=(_cand("Ann", 500), _cand("Bob")))
    assert lead_in_votes(contest) is None


def test_a_lead_when_every_uncounted_share_is_below_the_runner_ups() -> None:
    cands = (_cand("Ann", 2000, "50"), _cand("Bob", 800, "20"), _cand("Cy", share="19.9"))
    contest = ContestResult(name="A", complete=True, candidates=cands)
    assert lead_in_votes(contest) == 1200
    level = (*cands[:2], _cand("Cy", share="20"))
    assert lead_in_votes(contest.model_copy(update={"candidates": level})) is None
    shareless = (*cands[:2], _cand("Cy"))
    assert lead_in_votes(contest.model_copy(update={"candidates": shareless})) is None


def test_a_lead_when_the_text_says_who_came_second() -> None:
    cands = (_cand("Ann", 2000), _cand("Bob", 800, rank=2), _cand("Cy"))
    assert lead_in_votes(ContestResult(name="A", candidates=cands)) == 1200
    first = (_cand("Ann", 2000, rank=1), _cand("Bob", 800, rank=2), _cand("Cy"))
    assert lead_in_votes(ContestResult(name="A", candidates=first)) == 1200
    third = (_cand("Ann", 2000, rank=3), _cand("Bob", 800, rank=2), _cand("Cy"))
    assert lead_in_votes(ContestResult(name="A", candidates=third)) is None
    not_second = (_cand("Ann", 2000), _cand("Bob", 800, rank=3), _cand("Cy"))
    assert lead_in_votes(ContestResult(name="A", candidates=not_second)) is None


def test_a_lead_when_the_votes_left_over_are_fewer_than_the_runner_ups() -> None:
    cands = (_cand("Ann", 2000), _cand("Bob", 800))
    total = Figure.count(3600)  # 800 left over: no one else can pass Bob
    contest = ContestResult(name="A", candidates=cands, valid_votes=total)
    assert lead_in_votes(contest) == 1200
    more = contest.model_copy(update={"valid_votes": Figure.count(3601)})
    assert lead_in_votes(more) is None


# -- which contest and which candidate a claim means ----------------------------------------------


def _named(name: str, party: str | None) -> CandidateResult:
    return CandidateResult(name=name, party=party)


def test_a_candidate_is_found_by_full_name_then_by_a_surname_no_one_else_has() -> None:
    jo, al, ed = _named("Jo Smith", "Labour"), _named("Al Smith", "Green"), _named("Ed Pike", None)
    contest = ContestResult(name="A", candidates=(jo, al, ed))
    assert candidate_for(contest, "Jo Smith", None) is jo
    assert candidate_for(contest, "Pike", None) is ed
    assert candidate_for(contest, "Smith", None) is None  # two Smiths
    assert candidate_for(contest, "Kim Lee", "Labour") is None  # named, not listed
    assert candidate_for(None, "Jo Smith", None) is None


def test_a_candidate_is_found_by_a_party_no_one_else_stands_for() -> None:
    coop = _named("Jo Smith", "Labour and Co-operative")
    green = _named("Al Smith", "Green")
    contest = ContestResult(name="A", candidates=(coop, green, _named("Ed Pike", None)))
    assert candidate_for(contest, None, "labour") is coop
    assert candidate_for(contest, "", "Green") is green
    assert candidate_for(contest, None, "Lab") is None  # a prefix of a word is no party
    two = contest.model_copy(update={"candidates": (coop, _named("Kim Lee", "Labour"))})
    assert candidate_for(two, None, "Labour") is None
    assert candidate_for(contest, None, None) is None


def _article(*contests: ContestResult) -> Article:
    return Article(document=Document(path="a.txt", text="."), contests=contests)


def test_a_claim_naming_no_contest_is_about_the_only_one() -> None:
    a, b = ContestResult(name="Anytown"), ContestResult(name="Othertown")
    assert contest_for(_article(a), None) is a
    assert contest_for(_article(a, b), None) is None
    assert contest_for(_article(a, b), "othertown") is b
    assert contest_for(_article(a, b), "Nowhere") is None
    again = ContestResult(name="Anytown", turnout=Figure.percentage("60"))
    assert contest_for(_article(a, again), "Anytown") is a  # the first of that name


def _level(contest: ContestResult, quantity: Quantity, percentage: bool | None) -> Figure | None:
    claim = ChangeClaim(quantity=quantity, contest="Anytown", candidate="Jo Smith")
    return contest_level(_article(contest), claim, percentage=percentage)


def test_a_claims_current_level_is_the_figure_of_its_kind() -> None:
    votes, share, rank = (
        Figure.count(900),
        Figure.percentage("45"),
        Figure(text="2", value=Decimal(2), unit=Unit.RANK),
    )
    jo = CandidateResult(name="Jo Smith", votes=votes, share=share, rank=rank)
    contest = ContestResult(name="Anytown", candidates=(jo,), turnout=Figure.percentage("61"))
    assert _level(contest, Quantity.SHARE, None) is share
    assert _level(contest, Quantity.VOTES, None) is votes
    assert _level(contest, Quantity.SHARE, False) is votes
    assert _level(contest, Quantity.VOTES, True) is share
    assert _level(contest, Quantity.RANK, None) is rank
    assert _level(contest, Quantity.TURNOUT, None) is contest.turnout
    assert _level(contest, Quantity.TURNOUT, False) is None  # a turnout is no count
    assert _level(contest, Quantity.SEATS, None) is None
    nobody = contest.model_copy(update={"candidates": ()})
    assert _level(nobody, Quantity.SHARE, None) is None
    assert _level(nobody, Quantity.RANK, None) is None


def test_a_majoritys_current_level_in_votes_or_points() -> None:
    count, points = Figure.count(1200), Figure.percentage("12.5", unit=Unit.POINTS)
    stated = ContestResult(name="Anytown", majority=count, majority_share=points)
    assert _level(stated, Quantity.MAJORITY, True) is points
    assert _level(stated, Quantity.MAJORITY, False) is count
    assert _level(stated, Quantity.MAJORITY, None) is count
    only_points = stated.model_copy(update={"majority": None})
    assert _level(only_points, Quantity.MAJORITY, None) is points
    assert _level(only_points, Quantity.MAJORITY, False) is None
    counted = ContestResult(
        name="Anytown",
        complete=True,
        candidates=(
            CandidateResult(name="Jo Smith", votes=Figure.count(2000)),
            CandidateResult(name="Al Smith", votes=Figure.count(800)),
        ),
    )
    lead = _level(counted, Quantity.MAJORITY, False)
    assert lead is not None
    assert lead.value == 1200
    assert _level(counted, Quantity.MAJORITY, None) == lead


# -- what a change is about, for a message ------------------------------------------------------


def test_a_change_is_about_the_person_or_party_named_and_its_quantity() -> None:
    def about(quantity: Quantity, article: Article | None = None, **who: str) -> str:
        return subject(ChangeClaim(quantity=quantity, contest="Anytown", **who), article)

    assert about(Quantity.SHARE, candidate="Jo Smith") == "Jo Smith's share of the vote"
    assert about(Quantity.VOTES, party="Labour") == "Labour's vote"
    assert about(Quantity.RANK, candidate="Jo Smith") == "Jo Smith's position"
    assert about(Quantity.SEATS, party="Labour") == "Labour's seats"
    assert about(Quantity.SHARE) == "the share of the vote"
    assert about(Quantity.TURNOUT, candidate="Jo Smith") == "turnout"
    assert about(Quantity.MAJORITY) == "the majority"
    won = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(name="Al Smith", votes=Figure.count(800)),
            CandidateResult(name="Jo Smith", votes=Figure.count(2000)),
        ),
    )
    assert about(Quantity.MAJORITY, _article(won)) == "Jo Smith's majority"
    assert about(Quantity.MAJORITY, _article(won), party="Green") == "Green's majority"
    assert about(Quantity.MAJORITY, _article(ContestResult(name="Anytown"))) == "the majority"


# -- the fairest description of a value ---------------------------------------------------------


def _said(text: str, value: str, precision: str, hedge: str, unit: Unit = Unit.PERCENT) -> Figure:
    return Figure(
        text=text, value=Decimal(value), unit=unit, precision=Decimal(precision), hedge=hedge
    )


def test_a_fraction_word_is_redescribed_by_the_packs_landmarks() -> None:
    # 20.1% written "less than a third": true, but "more than a fifth" says far more.
    third = _said("a third", "33.333333333333", "1e-12", "less-than")
    value = Interval(F(2005, 100), F(2015, 100), True, False)
    assert best_fix(value, third, RuleContext()) == "more than a fifth, or less than a quarter"


def test_a_round_number_is_redescribed_at_the_writers_own_granularity() -> None:
    # "more than 40,000" for 38,500: the writer counts in ten thousands.
    forty = _said("40,000", "40000", "1", "more-than", Unit.VOTES)
    assert best_fix(Interval.point(38500), forty, RuleContext()) == "nearly 40,000"
    eleven = _said("11", "11", "1", "more-than")
    value = Interval(F(1045, 100), F(1055, 100), True, False)
    assert best_fix(value, eleven, RuleContext()) == "nearly 11, or more than 10"
    tenths = _said("67.3", "67.3", "0.1", "nearly")
    assert best_fix(Interval.point(F(6736, 100)), tenths, RuleContext()) == (
        "less than 67.4, or nearly 67.4"
    )


def test_descriptions_come_most_informative_first() -> None:
    forty = _said("40,000", "40000", "1", "more-than", Unit.VOTES)
    found = descriptions(Interval.point(38500), forty, RuleContext().pack, "half-up")
    assert [d.phrase for d in found] == [
        "nearly 40,000",
        "just under 40,000",
        "about 40,000",
        "less than 40,000",
    ]
    assert [d.width for d in found] == sorted(d.width for d in found)


def test_nothing_fairly_describes_a_value_below_nought() -> None:
    eleven = _said("11", "11", "1", "more-than")
    assert best_fix(Interval.closed(-5, -4), eleven, RuleContext()) is None


# -- the readings of a change -------------------------------------------------------------------


def test_a_change_in_points_is_shown_to_the_finer_of_the_two_levels() -> None:
    before, after = Figure.percentage("60.25"), Figure.percentage("62.5")
    reading = points_reading(before, after, RuleContext())
    assert (reading.key, reading.unit) == ("points", "percentage points")
    assert reading.label == "2.25 percentage points"
    assert reading.face == F(9, 4)
    assert reading.working == ("62.5 − 60.25 = 2.25 points (allowing for rounding: (2.195, 2.305))")
    reading = points_reading(after, before, RuleContext())
    assert reading.label == "2.25 percentage points"
    assert reading.working.startswith("60.25 − 62.5 = -2.25 points")


def test_a_relative_change_is_a_percentage_of_the_earlier_level() -> None:
    one, two = Figure.percentage("1.0"), Figure.percentage("2.0")
    reading = relative_reading(one, two, RuleContext())
    assert reading is not None
    assert (reading.key, reading.unit, reading.label) == ("relative", "per cent", "100%")
    assert reading.working.startswith("100 × (2.0 − 1.0) / 1.0 = 100% (allowing for rounding: ")
    named = relative_reading(one, two, RuleContext(), key="share-relative")
    assert named is not None
    assert named.key == "share-relative"


def test_there_is_no_relative_change_from_nought() -> None:
    assert (
        relative_reading(Figure.percentage("0.0"), Figure.percentage("2.0"), RuleContext()) is None
    )
    assert relative_reading(Figure.percentage("0"), Figure.percentage("2"), RuleContext()) is None


def test_a_change_of_a_count_is_in_its_own_unit() -> None:
    reading = count_reading(Figure.count(12204), Figure.count(13204), RuleContext(), "votes")
    assert (reading.key, reading.unit, reading.label) == ("count", "votes", "1,000 votes")
    assert reading.working == "13,204 − 12,204 = 1,000"
    assert reading.size == Interval.point(1000)
