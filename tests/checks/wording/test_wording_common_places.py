"""The wording rules' shared helpers at the edges a mutation run found unread.

Mutation testing (docs/testing.md, session 9) runs each mutant of
``factcheck/checks/wording/common.py`` against the wording tests; these tests read the
helpers directly where the rules' findings seldom turn on the difference.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from factcheck.checks.wording.common import (
    interval_words,
    official_direction_levels,
    official_share_levels,
)
from factcheck.intervals import Interval
from factcheck.models import (
    Article,
    CandidateResult,
    ChangeClaim,
    ContestResult,
    Direction,
    Document,
    Figure,
    Quantity,
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


def _story(*contests: ContestResult) -> Article:
    return Article(document=Document(path="a.txt", text="A story."), contests=contests)


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
