"""The wording rules' shared helpers where the fresh mutation run of session 17 found them unread.

Mutation testing (docs/testing.md, session 17) ran all 1,089 mutants of
``factcheck/checks/wording/common.py`` against the wording tests; these tests read the helpers
directly: the per-article and per-pack caches, the seat a level is read in, the kind of a later
level, and the places a reading or a description is shown to.
"""

from __future__ import annotations

import gc
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from factcheck.checks.wording.common import (
    _PER_ARTICLE,
    _landmark_readings,
    best_fix,
    contest_level,
    descriptions,
    is_fraction_word,
    levels_of,
    per_article,
    points_reading,
    relative_reading,
    subject,
    value_interval,
)
from factcheck.intervals import Interval
from factcheck.models import (
    Article,
    CandidateResult,
    ChangeClaim,
    ContestResult,
    Document,
    Figure,
    Quantity,
    Unit,
)
from factcheck.packs import Pack, default_pack, load_packs
from factcheck.rule import RuleContext

F = Fraction


def _article(*contests: ContestResult) -> Article:
    return Article(document=Document(path="a.txt", text="."), contests=contests)


def _pack(tmp_path: Path, toml: str) -> Pack:
    path = tmp_path / "newsroom.toml"
    path.write_text(toml, encoding="utf-8")
    return load_packs([path])


# -- caches --------------------------------------------------------------------------------------


def test_an_index_is_built_once_for_each_article_while_it_lives() -> None:
    built: list[str] = []

    def build(article: Article) -> str:
        built.append(article.document.path)
        return article.document.path

    first = Article(document=Document(path="first.txt", text="."))
    second = Article(document=Document(path="second.txt", text="."))
    for article in (first, second, first, second, first):
        assert per_article(article, "paths", build) == article.document.path
    assert built == ["first.txt", "second.txt"]


def test_an_index_is_forgotten_when_its_article_goes() -> None:
    article = Article(document=Document(path="gone.txt", text="."))
    key = (id(article), "forgotten")
    per_article(article, "forgotten", lambda a: a.document.path)
    assert key in _PER_ARTICLE
    del article
    gc.collect()
    assert key not in _PER_ARTICLE


def test_the_landmarks_readings_are_made_once_per_pack_and_rounding() -> None:
    pack = default_pack()
    once = _landmark_readings(pack, "half-up", Unit.PERCENT)
    assert _landmark_readings(pack, "half-up", Unit.PERCENT) is once
    assert _landmark_readings(pack, "any", Unit.PERCENT) is not once


# -- the seat and the candidate a level is read for ----------------------------------------------


TWO_SEATS = _article(
    ContestResult(
        name="Anytown",
        turnout=Figure.percentage("61"),
        candidates=(
            CandidateResult(name="Ann Lee", votes=Figure.count(900)),
            CandidateResult(name="Bob Roe", votes=Figure.count(700)),
        ),
    ),
    ContestResult(
        name="Othertown",
        turnout=Figure.percentage("57"),
        candidates=(
            CandidateResult(name="Cat Poe", votes=Figure.count(800)),
            CandidateResult(name="Dan Fry", votes=Figure.count(1200)),
        ),
    ),
)


def test_a_level_in_an_article_of_two_seats_is_read_in_the_seat_the_claim_names() -> None:
    claim = ChangeClaim(quantity=Quantity.TURNOUT, contest="Othertown")
    found = contest_level(TWO_SEATS, claim, percentage=None)
    assert found is not None
    assert found.text == "57"


def test_a_majority_in_an_article_of_two_seats_is_the_named_seats_winners() -> None:
    claim = ChangeClaim(quantity=Quantity.MAJORITY, contest="Othertown")
    assert subject(claim, TWO_SEATS) == "Dan Fry's majority"


def test_a_partys_position_is_its_candidates() -> None:
    rank = Figure(text="2", value=Decimal(2), unit=Unit.RANK)
    contest = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(name="Ann Lee", party="Labour", rank=rank),
            CandidateResult(name="Bob Roe", party="Conservative"),
        ),
    )
    claim = ChangeClaim(quantity=Quantity.RANK, contest="Anytown", party="Labour")
    assert contest_level(_article(contest), claim, percentage=None) is rank


# -- the kind of a later level -------------------------------------------------------------------


def test_a_later_level_from_the_results_is_of_the_earlier_levels_kind() -> None:
    votes, share = Figure.count(900), Figure.percentage("45")
    contest = ContestResult(
        name="Anytown",
        candidates=(CandidateResult(name="Ann Lee", votes=votes, share=share),),
        majority=Figure.count(1200),
        majority_share=Figure.percentage("12.5", unit=Unit.POINTS),
    )
    # "her share fell from 1,000": a count before, so the count after.
    by_count = ChangeClaim(
        quantity=Quantity.SHARE, contest="Anytown", candidate="Ann Lee", previous=Figure.count(1000)
    )
    levels = levels_of(_article(contest), by_count)
    assert levels.current is votes
    assert levels.current_from_results
    # "a majority of 10 points before": points before, so the majority in points after.
    by_points = ChangeClaim(
        quantity=Quantity.MAJORITY,
        contest="Anytown",
        previous=Figure.percentage("10", unit=Unit.POINTS),
    )
    assert levels_of(_article(contest), by_points).current is contest.majority_share


# -- what a figure allows, and the readings of a change ------------------------------------------


def test_a_figure_allows_what_the_newsrooms_hedge_allows(tmp_path: Path) -> None:
    newsroom = _pack(
        tmp_path, '[hedges.nearly]\nwords = ["nearly"]\ntruth = "approx"\ntolerance = 4\n'
    )
    nearly = Figure(text="9,000", value=Decimal(9000), unit=Unit.VOTES, hedge="nearly")
    assert value_interval(nearly, RuleContext()) == Interval(F(8000), F(9000), True, False)
    assert value_interval(nearly, RuleContext(pack=newsroom)) == Interval.closed(7000, 11000)


def test_a_change_between_levels_to_three_places_is_shown_to_three_places() -> None:
    reading = points_reading(Figure.percentage("60.125"), Figure.percentage("62.5"), RuleContext())
    assert reading.label == "2.375 percentage points"
    assert reading.working.startswith("62.5 − 60.125 = 2.375 points")


def test_the_working_of_a_change_allows_for_rounding_to_two_places_past_the_levels(
    tmp_path: Path,
) -> None:
    # A newsroom whose hedges reach a fortieth of a level: "just under 62.5" is 60.9375 up to
    # 62.5, so the change from 60.1 runs from 0.7875, shown to three places as 0.788.
    newsroom = _pack(tmp_path, '[granularity]\nfloor = "1/40"\n')
    just_under = Figure(
        text="62.5",
        value=Decimal("62.5"),
        unit=Unit.PERCENT,
        precision=Decimal("0.1"),
        hedge="just-under",
    )
    reading = points_reading(Figure.percentage("60.1"), just_under, RuleContext(pack=newsroom))
    assert reading.working == "62.5 − 60.1 = 2.4 points (allowing for rounding: (0.788, 2.45))"


def test_there_is_no_relative_change_from_a_level_that_may_be_nought() -> None:
    under_one = Figure(text="1", value=Decimal(1), unit=Unit.PERCENT, hedge="less-than")
    assert relative_reading(under_one, Figure.percentage("2"), RuleContext()) is None


# -- describing a value --------------------------------------------------------------------------


def test_a_number_in_words_is_not_a_fraction_word() -> None:
    five = Figure(text="five", value=Decimal(5), unit=Unit.PERCENT)
    assert not is_fraction_word(five, default_pack())
    third = Figure(text="a third", value=Decimal("33.333333333333"), unit=Unit.PERCENT)
    assert is_fraction_word(third, default_pack())


def test_a_number_written_to_three_places_is_described_to_three_places() -> None:
    stated = Figure(
        text="12.345",
        value=Decimal("12.345"),
        unit=Unit.PERCENT,
        precision=Decimal("0.001"),
        hedge="more-than",
    )
    found = descriptions(Interval.point(F(123456, 10000)), stated, default_pack(), "half-up")
    assert [d.phrase for d in found][:2] == ["less than 12.346", "exactly 12.346"]


def test_equally_informative_descriptions_put_the_writers_own_hedge_first() -> None:
    # "nearly 39,000" and "just under 39,000" are as wide as each other: the writer said
    # "just under", so that comes first, though the pack lists "nearly" first.
    stated = Figure(text="45,000", value=Decimal(45000), unit=Unit.VOTES, hedge="just-under")
    phrases = [
        d.phrase for d in descriptions(Interval.point(38500), stated, default_pack(), "half-up")
    ]
    assert phrases.index("just under 39,000") < phrases.index("nearly 39,000")
    assert best_fix(Interval.point(38500), stated, RuleContext()) == (
        "less than 39,000, or just under 39,000"
    )


def test_the_best_fix_is_fair_by_the_rounding_in_force() -> None:
    # 40.5% is "40" only when either rounding of its half is allowed; else "41".
    half = Interval.point(F(81, 2))
    assert best_fix(half, Figure.percentage("45"), RuleContext()) == "41"
    assert best_fix(half, Figure.percentage("45"), RuleContext(rounding="any")) == "40"


def test_a_newsroom_landmark_the_reader_cannot_read_is_still_an_exact_proportion(
    tmp_path: Path,
) -> None:
    # The reader does not know these words, so the landmark is read as 37.5 to twelve places:
    # "less than" it reaches down one such step, not to 36.5 as it would for a whole number,
    # and 37.2% is "nearly" the landmark, not "less than" it.
    newsroom = _pack(tmp_path, '[landmarks.most]\nvalue = "3/8"\nwords = ["a goodly share"]\n')
    third = Figure(
        text="a third",
        value=Decimal("33.333333333333"),
        unit=Unit.PERCENT,
        precision=Decimal("1e-12"),
        hedge="less-than",
    )
    found = [d.phrase for d in descriptions(Interval.point(F(372, 10)), third, newsroom, "half-up")]
    assert found[0] == "nearly a goodly share"
    assert "less than a goodly share" not in found
