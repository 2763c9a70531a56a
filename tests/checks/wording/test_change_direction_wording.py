"""change-direction-mismatch: what its findings say, word for word, and when it says nothing.

Each test pins a part of the rule that mutation testing (docs/testing.md) showed no other test
read: the warning for a change lost in the rounding, the evidence and the related places,
positions that improved or stayed put, counts (no "points"), and the suggested word.
"""

from __future__ import annotations

import pytest
from hand_built import at, change, check_article, count, fig, rank

import factcheck
from factcheck import CandidateResult, ContestResult, Figure, Severity
from factcheck.models import BoundClaim, ChangeClaim, Claim, Direction, Quantity

RULE = "change-direction-mismatch"


def _check(text: str, *claims: Claim) -> factcheck.Report:
    return check_article(text, *claims, select=[RULE])


def _share_change(
    text: str, word: str, direction: Direction, before: str, after: str
) -> ChangeClaim:
    return change(
        text,
        word,
        direction,
        party="Labour",
        previous=fig(text, f"{before}pc", before, after=word),
        current=fig(text, f"{after}pc", after),
    )


def test_a_change_lost_in_the_rounding_warns_with_the_whole_working() -> None:
    # 40 stands for [39.5, 40.5), 39.8 for [39.75, 39.85): the change lies in (-0.35, 0.75).
    text = "Labour's share in Anytown rose to 40pc, up from 39.8pc."
    (finding,) = _check(text, _share_change(text, "up from", Direction.UP, "39.8", "40")).findings
    assert finding.message == (
        "“up from” cannot be confirmed: Labour's share of the vote went from 39.8% to 40%, "
        "the same within the rounding written (the change lies in (-0.35, 0.75))"
    )
    assert finding.start == text.index("up from")
    assert finding.text == "up from"
    assert finding.fix == (
        "give both figures to one more decimal place, or say it was little changed"
    )
    assert finding.arithmetic == ("40 − 39.8 = 0.2 (allowing for rounding: (-0.35, 0.75))",)
    assert finding.evidence == {
        "stated_direction": "up",
        "direction_text": "up from",
        "previous": "39.8",
        "current": "40",
        "difference": "0.2",
        "difference_interval": "(-0.35, 0.75)",
        "current_from_results": False,
    }
    assert [(r.start, r.message) for r in finding.related] == [
        (text.index("39.8pc"), "the earlier figure"),
        (text.index("40pc"), "the later figure"),
    ]


def test_a_change_without_a_direction_and_other_claims_are_passed_over() -> None:
    text = "Labour's share in Anytown changed by 2 points; it was less than a third."
    undirected = ChangeClaim(
        quantity=Quantity.SHARE, party="Labour", amount=Figure.percentage("2"), span=at(text, "2")
    )
    bound = BoundClaim(quantity=Quantity.SHARE, party="Labour", bound=Figure.percentage("33.3"))
    report = _check(text, undirected, bound)
    assert report.findings == ()
    assert report.not_checked == ()


def test_a_change_without_its_later_value_is_not_checked_and_says_which_is_missing() -> None:
    text = "Labour's share in Anytown was up from 39.8pc."
    claim = change(
        text, "up from", Direction.UP, party="Labour", previous=fig(text, "39.8pc", "39.8")
    )
    report = _check(text, claim)
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "“up from” (Labour's share of the vote) is stated without the later value to check it by"
    )


def test_a_change_between_a_share_and_a_count_is_not_checked_and_says_why() -> None:
    text = "Labour in Anytown was up from 39.8pc to 12,000 votes."
    claim = change(
        text,
        "up from",
        Direction.UP,
        party="Labour",
        previous=fig(text, "39.8pc", "39.8"),
        current=count(text, "12,000"),
    )
    (skipped,) = _check(text, claim).not_checked
    assert skipped.reason == (
        "“up from” (Labour's share of the vote) compares 39.8% with 12,000, unlike units"
    )


def _places(text: str, word: str, direction: Direction, before: str, after: str) -> ChangeClaim:
    numbers = {"third": 3, "fourth": 4, "fifth": 5}
    later = rank(text, after, numbers[after])
    if after == before:
        # The same word twice ("from third to third"): the later one is after the "to".
        later = later.model_copy(update={"span": at(text, after, before + " to")})
    return change(
        text,
        word,
        direction,
        Quantity.RANK,
        candidate="Alistair Polson",
        previous=rank(text, before, numbers[before]),
        current=later,
    )


def test_dropping_to_a_better_place_is_wrong_and_the_fix_is_rose() -> None:
    text = "Alistair Polson dropped from fifth to third."
    (finding,) = _check(text, _places(text, "dropped", Direction.DOWN, "fifth", "third")).findings
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        "“dropped”, but Alistair Polson's position went from fifth to third: a better position"
    )
    assert finding.arithmetic == (
        "position fifth → third: a better place (a smaller number is better)",
    )
    assert finding.fix == "rose"


def test_rising_by_one_place_to_a_worse_one_is_a_worse_position() -> None:
    text = "Alistair Polson rose from third to fourth."
    (finding,) = _check(text, _places(text, "rose", Direction.UP, "third", "fourth")).findings
    assert finding.message.endswith(": a worse position")
    assert finding.arithmetic == (
        "position third → fourth: a worse place (a smaller number is better)",
    )
    assert finding.fix == "fell"


def test_rising_to_the_same_place_is_the_same_position_and_the_fix_says_unchanged() -> None:
    text = "Alistair Polson rose from third to third."
    (finding,) = _check(text, _places(text, "rose", Direction.UP, "third", "third")).findings
    assert finding.severity is Severity.ERROR
    assert finding.message.endswith("went from third to third: the same position")
    assert finding.arithmetic == (
        "position third → third: the same place (a smaller number is better)",
    )
    assert finding.fix == "say it was unchanged"


@pytest.mark.parametrize("direction", [Direction.DOWN, Direction.UP])
def test_a_rise_or_fall_said_of_no_change_at_all_is_an_error(direction: Direction) -> None:
    text = f"The vote in Anytown was {direction.value}, at 31,204 against 31,204 in 2015."
    claim = change(
        text,
        direction.value,
        direction,
        Quantity.VOTES,
        previous=count(text, "31,204", after="against"),
        current=count(text, "31,204"),
    )
    (finding,) = _check(text, claim).findings
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        f"“{direction.value}”, but the vote went from 31,204 to 31,204: no change at all"
    )
    assert finding.fix == "say it was unchanged"


def test_a_change_in_votes_is_a_count_not_points() -> None:
    text = "Labour's vote in Anytown was down, at 13,204 against 12,204 in 2015."
    claim = change(
        text,
        "down",
        Direction.DOWN,
        Quantity.VOTES,
        party="Labour",
        previous=count(text, "12,204"),
        current=count(text, "13,204"),
    )
    (finding,) = _check(text, claim).findings
    assert finding.message == (
        "“down”, but Labour's vote went from 12,204 to 13,204: a rise of 1,000"
    )
    assert finding.arithmetic == ("13,204 − 12,204 = 1,000",)


def test_the_size_of_a_change_keeps_the_figures_decimals() -> None:
    # To three places, not the two a number is shown to by default.
    text = "Labour's share in Anytown was 39.0pc, up from 41.125pc."
    claim = _share_change(text, "up from", Direction.UP, "41.125", "39.0")
    (finding,) = _check(text, claim).findings
    assert finding.message.endswith("went from 41.125% to 39.0%: a fall of 2.125 points")
    assert finding.arithmetic[0].startswith("39.0 − 41.125 = -2.125 (")


def test_a_majority_with_no_one_named_is_the_winners() -> None:
    text = "In Anytown Jo Bloggs won, her majority up from 5,000 to 4,000."
    claim = change(
        text,
        "up from",
        Direction.UP,
        Quantity.MAJORITY,
        contest="Anytown",
        previous=count(text, "5,000"),
        current=count(text, "4,000"),
    )
    contest = ContestResult(
        name="Anytown",
        candidates=(
            CandidateResult(name="Jo Bloggs", party="Labour", votes=Figure.count(20000)),
            CandidateResult(name="Al Smith", party="Green", votes=Figure.count(16000)),
        ),
    )
    report = check_article(text, claim, contests=(contest,), select=[RULE])
    (finding,) = report.findings
    assert "Jo Bloggs's majority went from 5,000 to 4,000" in finding.message


def test_the_suggested_word_keeps_a_capital_letter() -> None:
    text = "Labour's share in Anytown: Rose to 39.0pc from 41.0pc."
    (finding,) = _check(text, _share_change(text, "Rose", Direction.UP, "41.0", "39.0")).findings
    assert finding.fix == "Fell"


def test_a_one_way_word_is_turned_into_a_plain_word_of_the_other_way() -> None:
    text = "Labour's share in Anytown has since climbed to 39.0pc from 41.0pc."
    claim = _share_change(text, "has since climbed", Direction.UP, "41.0", "39.0")
    (finding,) = _check(text, claim).findings
    assert finding.fix == "has since fell"


def test_words_it_cannot_turn_round_give_the_plain_other_direction() -> None:
    text = "Labour's share in Anytown headed north to 39.0pc from 41.0pc."
    up = _share_change(text, "headed north", Direction.UP, "41.0", "39.0")
    (finding,) = _check(text, up).findings
    assert finding.fix == "down"
    text = "Labour's share in Anytown headed south to 41.0pc from 39.0pc."
    down = _share_change(text, "headed south", Direction.DOWN, "39.0", "41.0")
    (finding,) = _check(text, down).findings
    assert finding.fix == "up"


def test_a_rise_of_under_a_point_said_to_be_a_fall_is_a_rise() -> None:
    text = "Labour's share in Anytown was 39.4pc, down from 39.0pc."
    claim = _share_change(text, "down from", Direction.DOWN, "39.0", "39.4")
    (finding,) = _check(text, claim).findings
    assert finding.message.endswith("went from 39.0% to 39.4%: a rise of 0.4 points")


def test_a_quoted_change_lost_in_the_rounding_says_it_is_in_a_quotation() -> None:
    text = "“Labour's share in Anytown rose to 40pc, up from 39.8pc,” she said."
    claim = _share_change(text, "up from", Direction.UP, "39.8", "40")
    quoted = claim.model_copy(update={"quoted": True})
    (finding,) = _check(text, quoted).findings
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("in a quotation, “up from” cannot be confirmed: ")
