"""The number layer at its edges: what mutation testing showed no other test pinned.

Each test is a sentence about how a number as written is read; see docs/testing.md.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from factcheck.extract.numbers import NumberKind, NumberMention, find_numbers
from factcheck.models import Grounds, Unit


def read(text: str) -> list[tuple[str, str, Decimal]]:
    """Each mention in ``text`` as (text, kind, value)."""
    return [(m.text, str(m.kind), m.value) for m in find_numbers(text)]


def only(text: str) -> NumberMention:
    found = find_numbers(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# -- a mention as a figure -------------------------------------------------------------------


def test_a_figure_is_unquoted_unless_the_reader_says_it_was_quoted() -> None:
    m = only("took 40pc of the vote")
    assert m.to_figure(Unit.PERCENT).quoted is False
    assert m.to_figure(Unit.PERCENT, quoted=True).quoted is True


def test_a_figure_carries_the_readers_grounds() -> None:
    grounds = Grounds(
        what="pc after it",
        subject="the winner",
        seat="front matter",
        seat_named="front matter",
        election="",
    )
    figure = only("took 40pc of the vote").to_figure(Unit.PERCENT, grounds=grounds)
    assert figure.grounds == grounds
    assert only("took 40pc").to_figure(Unit.PERCENT).grounds is None


def test_a_unit_given_by_name_becomes_the_unit() -> None:
    figure = only("with 39,558 votes").to_figure("votes")  # type: ignore[arg-type]
    assert type(figure.unit) is Unit
    assert figure.unit is Unit.VOTES
    assert only("with 39,558 votes").to_figure(Unit.VOTES).unit is Unit.VOTES


# -- "one in five" and what is not a proportion ----------------------------------------------


def test_n_in_n_is_the_whole() -> None:
    m = only("five in five voters")
    assert (m.kind, m.ratio) == (NumberKind.FRACTION, Fraction(1))


def test_one_in_two_is_a_half() -> None:
    m = only("one in two voters")
    assert (m.kind, m.ratio) == (NumberKind.FRACTION, Fraction(1, 2))


def test_nought_in_ten_is_no_proportion_but_two_counts() -> None:
    assert read("0 in 10 voters") == [("0", "count", Decimal(0)), ("10", "count", Decimal(10))]


def test_a_larger_number_in_a_smaller_is_two_counts_each_with_its_own_value() -> None:
    first, second = find_numbers("five in two")
    assert (first.text, first.kind, first.value, first.precision) == (
        "five",
        NumberKind.COUNT,
        Decimal(5),
        Decimal(1),
    )
    assert (second.text, second.kind, second.value, second.precision) == (
        "two",
        NumberKind.COUNT,
        Decimal(2),
        Decimal(1),
    )
    assert first.exact
    assert second.exact


def test_in_a_non_proportion_the_word_one_stays_a_pronoun_and_the_digit_one_a_count() -> None:
    assert read("one in 1") == [("1", "count", Decimal(1))]
    assert read("10 in 1") == [("10", "count", Decimal(10)), ("1", "count", Decimal(1))]


def test_a_hedge_before_a_non_proportion_belongs_to_its_first_number() -> None:
    first, second = find_numbers("about 30 in 20")
    assert (first.text, first.hedge, first.hedge_text) == ("about 30", "about", "about")
    assert (second.text, second.hedge, second.start) == ("20", "exact", 12)


# -- numbers in words ------------------------------------------------------------------------


def test_a_count_in_words_has_no_unit() -> None:
    assert only("gained four seats").unit_text == ""


def test_a_share_or_a_change_in_words_keeps_its_unit_as_written() -> None:
    assert only("up five per cent").unit_text == "per cent"
    assert only("a five-point lead").unit_text == "point"
    assert only("by five percentage points").unit_text == "percentage points"


def test_a_hedged_one_is_a_count_even_at_the_start_of_the_text() -> None:
    m = only("Nearly one voted")
    assert (m.text, m.kind, m.value, m.hedge) == (
        "Nearly one",
        NumberKind.COUNT,
        Decimal(1),
        "nearly",
    )
    assert read("one voted") == []


def test_a_fraction_in_words_is_a_percentage_to_twelve_places() -> None:
    m = only("a third of voters")
    assert (m.value, m.precision) == (Decimal("33.333333333333"), Decimal("1e-12"))
    assert only("two-thirds of voters").value == Decimal("66.666666666667")
