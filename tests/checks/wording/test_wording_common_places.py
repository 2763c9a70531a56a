"""The wording rules' shared helpers at the edges a mutation run found unread.

Mutation testing (docs/history/testing.md, session 9) runs each mutant of
``factcheck/checks/wording/common.py`` against the wording tests; these tests read the
helpers directly where the rules' findings seldom turn on the difference.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hand_built import article

from factcheck.checks.wording.common import (
    _step,
    bound_level,
    candidate_for,
    descriptions,
    digits,
    fits,
    hedge_words,
    interval_words,
    midpoint,
    near,
    official_direction_levels,
    official_share_levels,
    reworded,
    stated_value,
)
from factcheck.intervals import Interval
from factcheck.models import (
    Article,
    BoundClaim,
    CandidateResult,
    ChangeClaim,
    ContestResult,
    Direction,
    Figure,
    Quantity,
    Span,
    Unit,
)
from factcheck.packs import Pack, default_pack, load_packs
from factcheck.reference.lookup import OfficialLevels
from factcheck.rule import RuleContext, Skip

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


# -- the official levels of a change -------------------------------------------------------------


class _Record:
    """A results source of two elections, x-2015 and x-2017, holding what each test gives."""

    name = "a test record"

    def __init__(self, seats: dict[tuple[str, str], ContestResult], codes: tuple[str, str]):
        self._seats = seats
        self._codes = dict(zip(("x-2015", "x-2017"), codes, strict=True))

    def contest(self, name: str, election: str) -> ContestResult | None:
        return self._seats.get((name, election))

    def previous(self, election: str) -> str | None:
        return "x-2015" if election == "x-2017" else None

    def record(self, name: str, election: str) -> SimpleNamespace:
        return SimpleNamespace(code=self._codes[election])


def _seat(
    winner: tuple[str, str, int | None],
    second: tuple[str, str, int],
    *,
    valid: int | None = 40_000,
    electorate: int | None = 60_000,
) -> ContestResult:
    (name, party, votes), (name2, party2, votes2) = winner, second
    return ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(
                name=name, party=party, votes=None if votes is None else Figure.count(votes)
            ),
            CandidateResult(name=name2, party=party2, votes=Figure.count(votes2)),
        ),
        valid_votes=None if valid is None else Figure.count(valid),
        electorate=None if electorate is None else Figure.count(electorate),
        majority=Figure.count((votes or 0) - votes2),
    )


LEE = ("Ann Mary Lee", "Labour", 20_000)
ROE = ("Bob Roe", "Conservative", 12_000)


def _ctx(
    before: ContestResult | None = None,
    after: ContestResult | None = None,
    *,
    codes: tuple[str, str] = ("E1", "E1"),
    pack: Pack | None = None,
    given: bool = True,
) -> RuleContext:
    seats = {
        ("Anytown", "x-2015"): before or _seat(("Ann Mary Lee", "Labour", 18_000), ROE),
        ("Anytown", "x-2017"): after or _seat(LEE, ROE),
    }
    return RuleContext(
        election="x-2017" if given else None,
        election_given=given,
        reference=_Record(seats, codes),
        pack=pack or default_pack(),
    )


def _story(*contests: ContestResult, election: str = "") -> Article:
    return article("A story.", contests=contests, election=election)


def _claim(quantity: Quantity, contest: str | None = "Anytown", **kw: Any) -> ChangeClaim:
    return ChangeClaim(quantity=quantity, contest=contest, direction=Direction.UP, **kw)


def _levels(found: object) -> tuple[str, str]:
    assert isinstance(found, OfficialLevels)
    assert found.previous is not None
    assert found.current is not None
    return found.previous.text, found.current.text


def test_a_majority_held_by_the_same_winner_gives_both_majorities() -> None:
    claim = _claim(Quantity.MAJORITY, candidate="Ann Mary Lee")
    assert _levels(official_direction_levels(_story(), claim, _ctx())) == ("6,000", "8,000")
    # The winner named by surname alone is the winner too.
    claim = _claim(Quantity.MAJORITY, candidate="Lee")
    assert _levels(official_direction_levels(_story(), claim, _ctx())) == ("6,000", "8,000")


def test_a_change_since_a_named_year_or_in_no_seat_is_not_set_against_the_record() -> None:
    since = _claim(Quantity.MAJORITY, candidate="Ann Mary Lee", since="2010")
    assert official_direction_levels(_story(), since, _ctx()) is None
    nowhere = _claim(Quantity.MAJORITY, contest=None, candidate="Ann Mary Lee")
    assert official_direction_levels(_story(_seat(LEE, ROE)), nowhere, _ctx()) is None


def test_the_claims_own_seat_is_looked_up_when_the_story_gives_figures_for_another() -> None:
    other = ContestResult(name="Othertown", candidates=(CandidateResult(name="Cy Dee"),))
    claim = _claim(Quantity.MAJORITY, candidate="Ann Mary Lee")
    assert _levels(official_direction_levels(_story(other), claim, _ctx())) == ("6,000", "8,000")
    share = _claim(Quantity.SHARE, candidate="Ann Mary Lee")
    assert _levels(official_share_levels(_story(other), share, _ctx())) == ("45.00", "50.00")


def test_a_redrawn_seat_says_since_when_word_for_word() -> None:
    claim = _claim(Quantity.MAJORITY, candidate="Ann Mary Lee")
    skip = official_direction_levels(_story(), claim, _ctx(codes=("E1", "E2")))
    assert skip == Skip(
        "Anytown was redrawn since 2015: the record's earlier level is another area's, with "
        "no like-for-like figure to compare with"
    )


def test_a_share_or_count_needs_both_levels_in_the_record() -> None:
    share = _claim(Quantity.SHARE, candidate="Ann Mary Lee")
    assert _levels(official_direction_levels(_story(), share, _ctx())) == ("45.00", "50.00")
    no_total = _seat(("Ann Mary Lee", "Labour", 18_000), ROE, valid=None)
    assert official_direction_levels(_story(), share, _ctx(before=no_total)) is None
    votes = _claim(Quantity.VOTES, candidate="Ann Mary Lee")
    assert _levels(official_direction_levels(_story(), votes, _ctx())) == ("18,000", "20,000")
    uncounted = _seat(("Ann Mary Lee", "Labour", None), ROE)
    assert official_direction_levels(_story(), votes, _ctx(after=uncounted)) is None


def test_a_majority_of_someone_who_did_not_win_is_not_compared_word_for_word() -> None:
    claim = _claim(Quantity.MAJORITY, party="Conservative")
    assert official_direction_levels(_story(), claim, _ctx()) == Skip(
        "Conservative's majority: Ann Mary Lee (Labour) won Anytown, so the record holds no "
        "majority of the claim's to compare"
    )


def test_a_seat_that_changed_hands_is_not_compared_word_for_word() -> None:
    before = _seat(("Bob Roe", "Conservative", 19_000), ("Ann Mary Lee", "Labour", 15_000))
    claim = _claim(Quantity.MAJORITY, candidate="Ann Mary Lee")
    assert official_direction_levels(_story(), claim, _ctx(before=before)) == Skip(
        "Anytown changed hands (Conservative won it in 2015): a majority of another holder is "
        "not an increase or decrease of the same one"
    )


def test_a_newsroom_pack_decides_whose_majority_it_is(tmp_path: Path) -> None:
    path = tmp_path / "parties.toml"
    path.write_text('[parties.blue]\nname = "Blue Party"\naliases = ["Blues"]\n', "utf-8")
    pack = load_packs([path])
    before = _seat(("Ann Mary Lee", "Blues", 18_000), ROE)
    after = _seat(("Ann Mary Lee", "Blue Party", 20_000), ROE)
    claim = _claim(Quantity.MAJORITY, party="Blues")
    found = official_direction_levels(_story(), claim, _ctx(before, after, pack=pack))
    assert _levels(found) == ("6,000", "8,000")


def test_a_share_change_in_no_named_seat_is_the_stories_one_seats() -> None:
    claim = _claim(Quantity.SHARE, contest=None, candidate="Ann Mary Lee")
    assert _levels(official_share_levels(_story(_seat(LEE, ROE)), claim, _ctx())) == (
        "45.00",
        "50.00",
    )


def test_a_seat_whose_figures_are_dated_is_looked_up_at_their_election() -> None:
    dated = _seat(LEE, ROE).model_copy(update={"election": "x-2017", "dated": True})
    claim = _claim(Quantity.SHARE, candidate="Ann Mary Lee")
    assert _levels(official_share_levels(_story(dated), claim, _ctx(given=False))) == (
        "45.00",
        "50.00",
    )


def test_a_turnout_change_needs_both_turnouts_in_the_record() -> None:
    claim = _claim(Quantity.TURNOUT)
    before = _seat(("Ann Mary Lee", "Labour", 18_000), ROE, electorate=80_000)
    assert _levels(official_share_levels(_story(), claim, _ctx(before))) == ("50.00", "66.67")
    no_electorate = _seat(("Ann Mary Lee", "Labour", 18_000), ROE, electorate=None)
    assert official_share_levels(_story(), claim, _ctx(before=no_electorate)) is None


# -- fitting a reading to the amount written -----------------------------------------------------

# A newsroom whose bare figures are exact and whose "nearly" reaches four steps, fairly one.
NEWSROOM = (
    '[fractions]\nunhedged = "exactly"\n\n'
    '[hedges.nearly]\nwords = ["nearly"]\ntruth = "approx"\ntolerance = 4\npragmatic = 1\n'
)


def _newsroom(tmp_path: Path) -> Pack:
    path = tmp_path / "newsroom.toml"
    path.write_text(NEWSROOM, encoding="utf-8")
    return load_packs([path])


def _nearly(n: int) -> Figure:
    return Figure(text=f"{n:,}", value=Decimal(n), unit=Unit.VOTES, hedge="nearly")


def test_a_reading_fits_the_amount_as_the_pack_and_rounding_in_force_read_it(
    tmp_path: Path,
) -> None:
    newsroom = _newsroom(tmp_path)
    # "nearly 9,000" is fairly 8,500 to 9,000 in the bundled pack, to 9,500 in the newsroom's.
    assert not fits(Interval.point(F(9200)), _nearly(9000), RuleContext())
    assert fits(Interval.point(F(9200)), _nearly(9000), RuleContext(pack=newsroom))
    # "5%" is 4.5% up to 5.5%, which "any" rounding includes.
    assert not fits(Interval.point(F(11, 2)), Figure.percentage("5"), RuleContext())
    assert fits(Interval.point(F(11, 2)), Figure.percentage("5"), RuleContext(rounding="any"))


def test_a_reading_is_near_the_number_as_the_packs_bare_figure_reads_it(tmp_path: Path) -> None:
    newsroom = _newsroom(tmp_path)
    # Roughly 5 is 4 to 6 in the bundled pack; exactly 5 (4.5 up to 5.5) in the newsroom's.
    assert near(Interval.point(F(59, 10)), Figure.percentage("5"), RuleContext())
    assert not near(Interval.point(F(59, 10)), Figure.percentage("5"), RuleContext(pack=newsroom))
    edge = Interval.point(F(11, 2))
    assert not near(edge, Figure.percentage("5"), RuleContext(pack=newsroom))
    assert near(edge, Figure.percentage("5"), RuleContext(pack=newsroom, rounding="any"))


def test_a_hedge_the_pack_does_not_know_has_no_words() -> None:
    assert hedge_words(Figure.percentage("5"), default_pack()) == ""
    odd = Figure(text="5", value=Decimal(5), unit=Unit.PERCENT, hedge="roughly")
    assert hedge_words(odd, default_pack()) == ""
    about = Figure(text="5", value=Decimal(5), unit=Unit.PERCENT, hedge="about")
    assert hedge_words(about, default_pack()) == "about"


def test_a_half_line_has_no_middle() -> None:
    assert midpoint(Interval(F(2), None, True, False)) is None
    assert midpoint(Interval(None, F(2), False, True)) is None
    assert midpoint(Interval(F(2), F(5), True, False)) == F(7, 2)


THIRD = Figure(
    text="a third", value=Decimal("33.333333333333"), unit=Unit.PERCENT, precision=Decimal("1e-12")
)


def test_a_figure_in_words_is_shown_as_digits_to_its_own_places() -> None:
    third = THIRD
    assert digits(third) == "33.333333333333"
    assert digits(Figure.percentage("33.3")) == "33.3"


# -- rewording the amount -------------------------------------------------------------------------


def _written(words: str, text: str, hedge: str = "about") -> tuple[Article, Figure]:
    story = f"Turnout rose {words} on the day."
    start = story.index(words)
    fig = Figure(
        text=text,
        value=Decimal(5),
        unit=Unit.PERCENT,
        hedge=hedge,
        span=Span(start=start, end=start + len(words)),
    )
    return article(story), fig


def test_the_amount_is_reworded_in_the_writers_own_words() -> None:
    article, fig = _written("around 5 per cent", "5")
    ctx = RuleContext()
    assert reworded(article, fig, "percentage points", ctx) == "around 5 percentage points"
    assert reworded(article, fig, "points", ctx, number="8") == "around 8 points"
    # A hedge given replaces the writer's words with the pack's.
    assert reworded(article, fig, "points", ctx, hedge="nearly") == "nearly 5 points"


def test_a_number_at_the_start_of_the_words_is_replaced_in_place() -> None:
    article, fig = _written("5 or so per cent", "5")
    assert reworded(article, fig, "points", RuleContext(), number="8") == "8 or so points"


def test_a_number_not_found_in_the_words_is_shown_with_the_packs_hedge() -> None:
    article, fig = _written("around five per cent", "5")
    ctx = RuleContext()
    assert reworded(article, fig, "points", ctx) == "around five points"
    assert reworded(article, fig, "points", ctx, number="8") == "about 8 points"
    bare, fig = _written("per cent", "5", hedge="exact")
    assert reworded(bare, fig, "points", ctx) == "5 points"


# -- the writer's granularity and descriptions ----------------------------------------------------


def test_a_round_numbers_step_is_its_largest_power_of_ten() -> None:
    assert _step(Figure.count(40_000)) == 10_000
    assert _step(Figure.count(10**30)) == 10**30
    assert _step(Figure.count(0)) == 1
    # Written to a place, a whole value keeps that place: "40.0" steps by a tenth.
    assert _step(Figure.percentage("40.0")) == F(1, 10)


def test_a_value_below_one_step_is_described_from_one_step_up() -> None:
    about_one = Figure(text="1", value=Decimal(1), unit=Unit.PERCENT, hedge="about")
    value = Interval.closed(F(3, 10), F(4, 10))
    assert [d.phrase for d in descriptions(value, about_one, default_pack(), "half-up")] == [
        "less than 1"
    ]


def test_a_fraction_word_is_its_exact_ratio() -> None:
    third = THIRD
    assert stated_value(third, default_pack()) == F(100, 3)
    assert stated_value(Figure.percentage("33.3"), default_pack()) == F(333, 10)


def test_a_bound_in_per_cent_is_set_against_the_percentage_majority() -> None:
    contest = ContestResult(
        name="Anytown", majority=Figure.count(4_000), majority_share=Figure.percentage("10.0")
    )
    article = _story(contest)
    share = BoundClaim(quantity=Quantity.MAJORITY, contest="Anytown", bound=Figure.percentage("9"))
    assert bound_level(article, share) == contest.majority_share
    votes = BoundClaim(quantity=Quantity.MAJORITY, contest="Anytown", bound=Figure.count(3_900))
    assert bound_level(article, votes) == contest.majority


def test_a_candidate_is_found_by_surname_whatever_their_other_names() -> None:
    contest = ContestResult(
        name="Anytown",
        candidates=(CandidateResult(name="Ann Mary Lee"), CandidateResult(name="Bob Roe")),
    )
    assert candidate_for(contest, "Lee", None) is contest.candidates[0]
    assert candidate_for(contest, "Annie Lee", None) is contest.candidates[0]
    assert candidate_for(contest, "Annie Roe", None) is contest.candidates[1]


def test_the_election_of_a_changes_levels_may_come_from_the_storys_front_matter() -> None:
    story = _story(election="x-2017")
    claim = _claim(Quantity.MAJORITY, candidate="Ann Mary Lee")
    found = official_direction_levels(story, claim, _ctx(given=False))
    assert _levels(found) == ("6,000", "8,000")


def test_a_majority_change_needs_both_majorities_in_the_record() -> None:
    before = _seat(("Ann Mary Lee", "Labour", 18_000), ROE).model_copy(update={"majority": None})
    claim = _claim(Quantity.MAJORITY, candidate="Ann Mary Lee")
    assert official_direction_levels(_story(), claim, _ctx(before)) is None


def test_near_reads_the_bare_number_with_the_packs_own_about(tmp_path: Path) -> None:
    path = tmp_path / "about.toml"
    path.write_text(
        '[hedges.about]\nwords = ["about"]\ntruth = "approx"\ntolerance = 4\npragmatic = 1\n',
        encoding="utf-8",
    )
    wide = RuleContext(pack=load_packs([path]))
    nine = Figure(text="9,000", value=Decimal(9000), unit=Unit.VOTES)
    # About 9,000 is 8,000 to 10,000 in the bundled pack; 7,000 to 11,000 in this one.
    assert not near(Interval.point(F(10_500)), nine, RuleContext())
    assert near(Interval.point(F(10_500)), nine, wide)


# -- the descriptions a fix is chosen from, by the pack and rounding in force -------------------
# Session 16 (docs/testing.md): `_readings` with the pack or the rounding dropped survived.

NEWSROOM_ROUGHLY = (
    '[hedges.roughly]\nwords = ["roughly"]\ntruth = "approx"\ntolerance = 8\npragmatic = 8\n'
)


def test_a_description_of_a_number_is_fair_by_the_rounding_in_force() -> None:
    # 40.5% is "40" only when either rounding of its half is allowed.
    half = Interval.point(Fraction(81, 2))
    stated = Figure.percentage("45")
    assert "40" not in [d.phrase for d in descriptions(half, stated, default_pack(), "half-up")]
    assert "40" in [d.phrase for d in descriptions(half, stated, default_pack(), "any")]


def test_a_description_of_a_number_may_use_the_newsrooms_own_hedge(tmp_path: Path) -> None:
    # The newsroom's "roughly 45" is fair within eight half-steps either way: it describes 38%.
    path = tmp_path / "newsroom.toml"
    path.write_text(NEWSROOM_ROUGHLY, encoding="utf-8")
    found = descriptions(
        Interval.point(Fraction(38)), Figure.percentage("45"), load_packs([path]), "half-up"
    )
    assert "roughly 45" in [d.phrase for d in found]
