"""The number layer: every surface form, every hedge, real articles, and arbitrary text."""

from __future__ import annotations

import gc
import html
import json
import time
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.numbers import NumberKind, NumberMention, find_numbers, number_pattern
from factcheck.models import Span, Unit
from factcheck.packs import Pack, load_packs, parse_pack


def only(text: str) -> NumberMention:
    """The single mention in ``text``."""
    found = find_numbers(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def mention(text: str, written: str) -> NumberMention:
    """The mention whose text is ``written``, checking its span points at it."""
    matches = [m for m in find_numbers(text) if m.text == written]
    assert len(matches) == 1, [m.text for m in find_numbers(text)]
    m = matches[0]
    assert text[m.span.start : m.span.end] == written
    return m


# -- surface forms ---------------------------------------------------------------------------

# text | the mention | its number part | value | precision | kind | exact or rounded
FORMS = """
with 39,558 votes | 39,558 | 39,558 | 39558 | 1 | count | exact
scooping 42969 votes | 42969 | 42969 | 42969 | 1 | count | exact
Limehouse (67.3pc), followed | 67.3pc | 67.3 | 67.3 | 0.1 | percent | rounded
a share of 67.3% of | 67.3% | 67.3 | 67.3 | 0.1 | percent | rounded
took 67.3 per cent of | 67.3 per cent | 67.3 | 67.3 | 0.1 | percent | rounded
took 67.3 percent of | 67.3 percent | 67.3 | 67.3 | 0.1 | percent | rounded
Dyer won 5pc (2,982) | 5pc | 5 | 5 | 1 | percent | rounded
turnout 67.30pc | 67.30pc | 67.30 | 67.30 | 0.01 | percent | rounded
up five per cent to | five per cent | five | 5 | 1 | percent | rounded
share up nine per cent from | nine per cent | nine | 9 | 1 | percent | rounded
fell twenty-nine per cent | twenty-nine per cent | twenty-nine | 29 | 1 | percent | rounded
a rise of 1.2m in | 1.2m | 1.2m | 1200000 | 1E+5 | count | rounded
cost 2.4bn in all | 2.4bn | 2.4bn | 2400000000 | 1E+8 | count | rounded
some say 12k signed | 12k | 12k | 12000 | 1E+3 | count | rounded
polled 1.2 million votes | 1.2 million | 1.2 million | 1200000 | 1E+5 | count | rounded
a swing of 5 points to | 5 points | 5 | 5 | 1 | points | rounded
a swing of 5 percentage points to | 5 percentage points | 5 | 5 | 1 | points | rounded
a swing of 5pp to | 5pp | 5 | 5 | 1 | points | rounded
a swing of 5 ppts to | 5 ppts | 5 | 5 | 1 | points | rounded
a swing of 2.5 pts | 2.5 pts | 2.5 | 2.5 | 0.1 | points | rounded
an 11-point lead | 11-point | 11 | 11 | 1 | points | rounded
a five-point lead | five-point | five | 5 | 1 | points | rounded
down 3.2% points | 3.2% points | 3.2 | 3.2 | 0.1 | points | rounded
a swing of -2.3 points | -2.3 points | -2.3 | -2.3 | 0.1 | points | rounded
a rise of .5pc | .5pc | .5 | 0.5 | 0.1 | percent | rounded
gained four seats | four | four | 4 | 1 | count | exact
won seventeen seats | seventeen | seventeen | 17 | 1 | count | exact
a hundred voters | a hundred | a hundred | 100 | 1 | count | exact
won three hundred and six | three hundred and six | three hundred and six | 306 | 1 | count | exact
twelve thousand people | twelve thousand | twelve thousand | 12000 | 1E+3 | count | rounded
half a million voters | half a million | half a million | 500000 | 1E+5 | count | rounded
two and a half per cent | two and a half per cent | two and a half | 2.5 | 0.5 | percent | rounded
for the sixth term | sixth | sixth | 6 | 1 | ordinal | exact
came third with | third | third | 3 | 1 | ordinal | exact
dropped to fifth, winning | fifth | fifth | 5 | 1 | ordinal | exact
finished 2nd in | 2nd | 2 | 2 | 1 | ordinal | exact
the twenty-first century | twenty-first | twenty-first | 21 | 1 | ordinal | exact
from the 2015 general election | 2015 | 2015 | 2015 | 1 | year | exact
in 2017. | 2017 | 2017 | 2017 | 1 | year | exact
in the 1980s | 1980s | 1980 | 1980 | 1 | year | exact
declared at 5am this | 5am | 5 | 5 | 1 | other | exact
by 10.30pm on | 10.30pm | 10.30 | 10.30 | 0.01 | other | rounded
by 22:00 on | 22:00 | 22 | 22 | 1 | other | exact
held on June 8 when | June 8 | 8 | 8 | 1 | other | exact
held on 8 June when | 8 June | 8 | 8 | 1 | other | exact
held on 8th June when | 8th June | 8 | 8 | 1 | other | exact
dated 8/6/2017 here | 8/6/2017 | 8 | 8 | 1 | other | exact
a £1.2m deficit | £1.2m | 1.2m | 1200000 | 1E+5 | other | rounded
"""


@pytest.mark.parametrize("row", FORMS.strip().splitlines(), ids=lambda r: r.split("|")[1].strip())
def test_surface_forms(row: str) -> None:
    text, written, number, value, precision, kind, exact = (c.strip() for c in row.split("|"))
    m = mention(text, written)
    assert text[m.number_span.start : m.number_span.end] == number
    assert m.number_text == number
    assert m.value == Decimal(value)
    assert m.precision == Decimal(precision)
    assert m.kind == kind
    assert m.exact is (exact == "exact")
    assert m.hedge == "exact"


FRACTIONS = [
    ("trailed with a third of the share", "a third", Fraction(1, 3)),
    ("won two-thirds of the seats", "two-thirds", Fraction(2, 3)),
    ("won two thirds of the seats", "two thirds", Fraction(2, 3)),
    ("won one-third of the vote", "one-third", Fraction(1, 3)),
    ("took half the vote", "half", Fraction(1, 2)),
    ("took a quarter of the vote", "a quarter", Fraction(1, 4)),
    ("three-quarters of voters", "three-quarters", Fraction(3, 4)),
    ("one in five voters", "one in five", Fraction(1, 5)),
    ("nine in ten voters", "nine in ten", Fraction(9, 10)),
    ("1 in 5 voters", "1 in 5", Fraction(1, 5)),
    ("seven out of 10 voters", "seven out of 10", Fraction(7, 10)),
    ("won a fifth.", "a fifth", Fraction(1, 5)),
    ("A third of voters", "A third", Fraction(1, 3)),
]


@pytest.mark.parametrize(("text", "written", "ratio"), FRACTIONS)
def test_fractions(text: str, written: str, ratio: Fraction) -> None:
    m = mention(text, written)
    assert m.kind == NumberKind.FRACTION
    assert m.ratio == ratio
    assert abs(Fraction(m.value) - ratio * 100) <= Fraction(1, 10**12)
    assert not m.exact


HEDGES = [
    ("about", "about"),
    ("around", "about"),
    ("roughly", "about"),
    ("approximately", "about"),
    ("some", "about"),
    ("an estimated", "about"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("just under", "just-under"),
    ("close to", "nearly"),
    ("more than", "more-than"),
    ("over", "more-than"),
    ("above", "more-than"),
    ("less than", "less-than"),
    ("under", "less-than"),
    ("below", "less-than"),
    ("fewer than", "less-than"),
    ("just over", "just-over"),
    ("at least", "at-least"),
    ("at most", "at-most"),
    ("up to", "up-to"),
    ("exactly", "exactly"),
]


@pytest.mark.parametrize(("word", "name"), HEDGES)
@pytest.mark.parametrize(
    ("number", "part"),
    [("11pc", "11"), ("12,000", "12,000"), ("five per cent", "five"), ("a third", "a third")],
)
def test_hedges(word: str, name: str, number: str, part: str) -> None:
    text = f"it won {word} {number} of the vote"
    m = mention(text, f"{word} {number}")
    assert m.hedge == name
    assert m.hedge_text == word
    assert not m.exact
    assert text[m.number_span.start : m.number_span.end] == part


def test_hedge_capitalised_and_spaced() -> None:
    m = mention("Just  under 40pc voted", "Just  under 40pc")
    assert (m.hedge, m.hedge_text) == ("just-under", "Just  under")


def test_symbol_hedges_need_no_space() -> None:
    assert only("~5% of voters").hedge == "about"
    assert only("c.5,000 voters").hedge == "about"


def test_a_word_before_the_hedge_does_not_change_it() -> None:
    # "no more than" starts earlier than "more than", and means something else.
    assert only("no more than 40pc").hedge == "at-most"
    assert only("well over 40pc").hedge == "well-over"


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        ("turnout rose over 2015", "2015", "year"),
        ("about June 8", "June 8", "other"),
        ("nearly third place", "third", "ordinal"),
        ("around 5am", "5am", "other"),
    ],
)
def test_hedges_do_not_attach_to_years_ranks_dates_or_times(
    text: str, written: str, kind: str
) -> None:
    m = only(text)
    assert (m.text, m.kind, m.hedge) == (written, kind, "exact")


def test_hedged_money_keeps_its_hedge() -> None:
    m = only("it paid more than £5m")
    assert (m.text, m.hedge, m.kind, m.unit_text) == ("more than £5m", "more-than", "other", "£")
    assert m.value == 5_000_000


# -- what is not a number, or not the number it looks like ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one of the candidates", []),
        ("no one expected it", []),
        ("Theresa May said so", []),
        ("the May result", []),
        ("at one point in time", []),
        ("the M25 and the G8 and H1N1", []),
        ("a 3D film", []),
        ("travelling at 5mph", []),
        ("in the first half", ["first"]),
        ("at half-time", []),
        ("after three-and-a-half years", ["three"]),
        ("", []),
        ("no numbers here at all", []),
    ],
)
def test_not_numbers(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_numbers(text)] == expected


def test_a_third_term_is_an_ordinal() -> None:
    m = only("he won a third term")
    assert (m.text, m.kind, m.value) == ("third", NumberKind.ORDINAL, Decimal(3))


def test_a_third_before_of_or_punctuation_is_a_fraction() -> None:
    assert only("a third of voters").kind == NumberKind.FRACTION
    assert only("it was a third.").kind == NumberKind.FRACTION
    assert only("a third").kind == NumberKind.FRACTION


def test_one_counts_only_votes_and_seats() -> None:
    assert only("won by one vote").value == 1
    assert only("lost one seat").value == 1
    assert only("one per cent").kind == NumberKind.PERCENT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2,015", "count"),  # a separator makes it a count
        ("2015 votes", "count"),  # so does a count noun after it
        ("2015pc", "percent"),
        ("20150", "count"),
        ("1899", "count"),
        ("2100", "count"),
        ("1900", "year"),
        ("2099", "year"),
    ],
)
def test_what_is_a_year(text: str, kind: str) -> None:
    assert find_numbers(text)[0].kind == kind


def test_digit_runs_are_read_with_their_separators() -> None:
    assert [m.text for m in find_numbers("1,234,5678")] == ["1,234"]
    assert [m.text for m in find_numbers("1,2,3")] == ["1"]
    assert [m.text for m in find_numbers("v1.2.3")] == []


def test_a_proportion_above_one_is_two_counts() -> None:
    assert [(m.text, m.kind) for m in find_numbers("3 in 2")] == [("3", "count"), ("2", "count")]
    assert [m.kind for m in find_numbers("won 5 in 2015")] == ["count", "year"]


def test_ranges_share_their_unit() -> None:
    first, second = find_numbers("between 5-10pc of voters")
    assert (first.text, first.kind, second.kind) == ("5", "percent", "percent")
    first, _ = find_numbers("30 to 40 per cent")
    assert first.kind == NumberKind.PERCENT
    assert not first.exact
    assert find_numbers("won 5 - and 10pc")[0].kind == NumberKind.COUNT


def test_capitalised_words() -> None:
    assert only("Five per cent of voters").value == 5
    assert only("Two-thirds of voters").ratio == Fraction(2, 3)
    assert only("Nearly 11pc").hedge == "nearly"


def test_to_figure() -> None:
    text = "Ms Ali's nearly 11pc rise"
    figure = only(text).to_figure(Unit.PERCENT)
    assert figure.text == "11"
    assert figure.value == 11
    assert figure.unit == Unit.PERCENT
    assert figure.precision == 1
    assert figure.hedge == "nearly"
    assert not figure.exact
    assert figure.span == Span(start=9, end=20)
    assert text[9:20] == "nearly 11pc"
    count = only("with 39,558 votes").to_figure(Unit.VOTES)
    assert count.text == "39,558"
    assert count.exact
    assert count.interval().lo == 39558


# -- hedge words come from the pack ----------------------------------------------------------


def test_a_newsroom_pack_adds_hedge_words(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.toml"
    path.write_text(
        '[hedges.getting-on-for]\nwords = ["getting on for"]\ntruth = "lt"\npragmatic = 1\n',
        encoding="utf-8",
    )
    pack = load_packs([path])
    assert find_numbers("getting on for 40pc")[0].hedge == "exact"
    m = only_with(pack, "getting on for 40pc")
    assert (m.text, m.hedge) == ("getting on for 40pc", "getting-on-for")
    # The built-in words still work with the merged pack.
    assert only_with(pack, "nearly 40pc").hedge == "nearly"


def test_a_pack_without_hedges_attaches_none() -> None:
    pack = parse_pack("")
    found = find_numbers("nearly 11pc", pack)
    assert [(m.text, m.hedge) for m in found] == [("11pc", "exact")]
    assert number_pattern(pack) is number_pattern(pack)


def only_with(pack: Pack, text: str) -> NumberMention:
    found = find_numbers(text, pack)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# -- the seed articles -------------------------------------------------------------------------


def _seed(examples_dir: Path, prefix: str) -> str:
    # The seed articles ship in examples/articles, so these tests run on any checkout.
    (path,) = (examples_dir / "articles").glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


SEED_000 = [
    ("39,558", "39558", "count", "exact"),
    ("67.3pc", "67.3", "percent", "exact"),
    ("less than a third", "33.333333333333", "fraction", "less-than"),
    ("20.1pc", "20.1", "percent", "exact"),
    ("11,846", "11846", "count", "exact"),
    ("about five per cent", "5", "percent", "about"),
    ("67.68pc", "67.68", "percent", "exact"),
    ("nine per cent", "9", "percent", "exact"),
    ("nearly 11pc", "11", "percent", "nearly"),
    ("3,959", "3959", "count", "exact"),
    ("6.7pc", "6.7", "percent", "exact"),
    ("1,477", "1477", "count", "exact"),
    ("989", "989", "count", "exact"),
    ("0.2pc", "0.2", "percent", "exact"),
    ("sixth", "6", "ordinal", "exact"),
    ("5am", "5", "other", "exact"),
]

SEED_001 = [
    ("nearly 11 per cent", "11", "percent", "nearly"),
    ("42,969", "42969", "count", "exact"),
    ("71.8pc", "71.8", "percent", "exact"),
    ("12.7pc", "12.7", "percent", "exact"),
    ("7,576", "7576", "count", "exact"),
    ("15.2pc", "15.2", "percent", "exact"),
    ("3,888", "3888", "count", "exact"),
    ("5pc", "5", "percent", "exact"),
    ("2,982", "2982", "count", "exact"),
    ("894", "894", "count", "exact"),
    ("64pc", "64", "percent", "exact"),
    ("1.6pc", "1.6", "percent", "exact"),
    ("less than three", "3", "count", "less-than"),
    ("2010", "2010", "year", "exact"),
]


@pytest.mark.parametrize(("prefix", "expected"), [("000", SEED_000), ("001", SEED_001)])
def test_seed_articles(
    examples_dir: Path, prefix: str, expected: list[tuple[str, str, str, str]]
) -> None:
    text = _seed(examples_dir, prefix)
    found = find_numbers(text)
    by_text: dict[str, list[NumberMention]] = {}
    for m in found:
        by_text.setdefault(m.text, []).append(m)
        assert text[m.span.start : m.span.end] == m.text
    for written, value, kind, hedge in expected:
        assert written in by_text, f"{written!r} not found"
        m = by_text[written][0]
        assert (m.value, m.kind, m.hedge) == (Decimal(value), kind, hedge), written


def test_seed_000_reads_every_figure_in_order(examples_dir: Path) -> None:
    text = _seed(examples_dir, "000")
    figures = [m.text for m in find_numbers(text) if m.kind in ("percent", "count", "fraction")]
    assert figures[:9] == [
        "39,558", "67.3pc", "less than a third", "20.1pc", "11,846",
        "about five per cent", "67.68pc", "six", "nine per cent",
    ]  # fmt: skip


def test_seed_002(examples_dir: Path) -> None:
    text = _seed(examples_dir, "002")
    written = [m.text for m in find_numbers(text)]
    for expected in ("nearly 11 per cent", "42,969", "71.8pc", "7,576", "3,888"):
        assert expected in written


# -- properties ------------------------------------------------------------------------------

FILLER = st.lists(
    st.sampled_from(["the", "Labour", "party", "said", "council", "result", "campaign", "won"]),
    min_size=0,
    max_size=6,
).map(" ".join)


@st.composite
def rendered(draw: st.DrawFn) -> tuple[str, str, Decimal, Decimal, str]:
    """A number in one surface form: (text, number text, value, precision, kind)."""
    form = draw(st.sampled_from(["int", "grouped", "decimal", "percent", "points", "suffix"]))
    if form in ("int", "grouped"):
        n = draw(st.integers(0, 10**9))
        written = f"{n:,}" if form == "grouped" else str(n)
        year = form == "int" and 1900 <= n <= 2099
        return written, written, Decimal(n), Decimal(1), "year" if year else "count"
    places = draw(st.integers(0 if form != "decimal" else 1, 3))
    units = draw(st.integers(0, 99_999))
    value = Decimal(units).scaleb(-places)
    number = f"{value:.{places}f}"
    precision = Decimal(1).scaleb(-places)
    if form == "decimal":
        return number, number, value, precision, "count"
    if form == "percent":
        unit = draw(st.sampled_from(["%", "pc", " per cent", " percent", " %"]))
        return number + unit, number, value, precision, "percent"
    if form == "points":
        unit = draw(st.sampled_from([" points", " percentage points", "pp", " ppts", " pts"]))
        return number + unit, number, value, precision, "points"
    suffix, power = draw(st.sampled_from([("m", 6), ("bn", 9), ("k", 3), (" million", 6)]))
    return (
        number + suffix,
        number + suffix,
        value.scaleb(power),
        precision.scaleb(power),
        "count",
    )


@given(FILLER, rendered(), st.sampled_from(["", "about ", "nearly ", "more than "]), FILLER)
def test_rendered_numbers_are_recovered(
    before: str, form: tuple[str, str, Decimal, Decimal, str], hedge: str, after: str
) -> None:
    written, number, value, precision, kind = form
    if kind == "year":
        hedge = ""  # hedges never attach to years
    prefix = f"{before} " if before else ""
    text = f"{prefix}{hedge}{written} {after}".rstrip()
    m = only(text)
    start = len(prefix)
    assert (m.span.start, m.span.end) == (start, start + len(hedge) + len(written))
    assert text[m.number_span.start : m.number_span.end] == number
    assert m.value == value
    assert m.precision == precision
    assert m.kind == kind
    assert m.hedge == {"": "exact", "about ": "about", "nearly ": "nearly"}.get(hedge, "more-than")


@st.composite
def word_numbers(draw: st.DrawFn) -> tuple[str, int]:
    n = draw(st.integers(2, 99))
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]  # fmt: skip
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 10:
        return ones[n], n
    if n < 20:
        return teens[n - 10], n
    return (tens[n // 10] + (f"-{ones[n % 10]}" if n % 10 else "")), n


@given(FILLER, word_numbers(), st.sampled_from(["", " per cent", " percentage points"]), FILLER)
def test_word_numbers_are_recovered(
    before: str, word: tuple[str, int], unit: str, after: str
) -> None:
    written, n = word
    prefix = f"{before} " if before else ""
    text = f"{prefix}{written}{unit} {after}".rstrip()
    m = only(text)
    assert (m.span.start, m.span.end) == (len(prefix), len(prefix) + len(written) + len(unit))
    assert m.value == n
    assert m.precision == 1
    assert m.kind == {"": "count", " per cent": "percent"}.get(unit, "points")


NUMBERISH = st.text(
    alphabet=st.sampled_from([*"0123456789,.%-+£$/: \n\tpcmkbnstdhaofulr", "\xa0", "\u2009"]),
    max_size=200,
)
LONG_RUNS = st.builds(
    lambda head, run, times, tail: head + run * times + tail,
    NUMBERISH,
    st.sampled_from(["9", "1,", ",000", "5.", "pc ", "% ", " ", "about ", "a third ", "-"]),
    st.integers(0, 20_000),
    NUMBERISH,
)


def _check_invariants(text: str) -> None:
    found = find_numbers(text)
    last_end = 0
    for m in found:
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert m.span.start <= m.number_span.start < m.number_span.end <= m.span.end
        assert m.span.start >= last_end, "mentions overlap or are out of order"
        assert text[m.span.start : m.span.end] == m.text
        last_end = m.span.end


@given(st.text(max_size=300) | NUMBERISH | LONG_RUNS)
def test_arbitrary_text_never_raises_and_spans_are_sound(text: str) -> None:
    _check_invariants(text)


@given(st.lists(st.sampled_from(["1", ",", "000", ".", "5", " ", "pc", "%", "a", "third",
                                 "about", "one", "in", "five", "-", "m", "June", "per cent"]),
                max_size=60).map("".join))  # fmt: skip
def test_token_soup_never_raises(text: str) -> None:
    _check_invariants(text)


def test_very_long_runs_never_raise() -> None:
    for text in ("9" * 50_000, "9" * 50_000 + "bn", "1," * 10_000 + "5pc", "-" * 1000 + "5"):
        _check_invariants(text)
    (big,) = find_numbers("9" * 50_000 + "bn")
    assert big.value == Decimal("9" * 50_000 + "0" * 9)


# -- linear time -----------------------------------------------------------------------------

# name: (text of about n characters, n for the smaller run). The larger run is 4n: so 400,000
# digits, "1," * 200,000 and 2 MB of "pc pc " are among the inputs.
ADVERSARIAL: dict[str, tuple[Callable[[int], str], int]] = {
    "digits": (lambda n: "1" * n, 100_000),
    "digit-commas": (lambda n: "1," * (n // 2), 100_000),
    # From 400k: below it, one 300,000-digit Decimal fits in cache and the step up misleads.
    "groups": (lambda n: "1" + ",000" * (n // 4) + "1", 400_000),
    "pc": (lambda n: "pc " * (n // 3), 500_000),
    "dots": (lambda n: "1." * (n // 2), 100_000),
    "hedges": (lambda n: "about " * (n // 6), 100_000),
    "hedged-commas": (lambda n: "nearly " + "1," * (n // 2), 100_000),
    "spaces": (lambda n: "a" + " " * n + "5", 100_000),
    "fractions": (lambda n: "a third " * (n // 8), 50_000),
    "one-in": (lambda n: "one in " * (n // 7), 50_000),
    "tens": (lambda n: "twenty-" * (n // 7), 50_000),
    "months": (lambda n: "June " * (n // 5), 100_000),
    "line": (lambda n: "Labour won 39,558 votes (67.3pc), nearly 11pc more. " * (n // 50), 50_000),
}


def _best_times(small: str, large: str, runs: int = 5) -> tuple[float, float]:
    """Best-of-``runs`` times, interleaved so both sizes see the same machine load."""
    best = [float("inf"), float("inf")]
    gc.disable()
    try:
        for _ in range(runs):
            for i, text in enumerate((small, large)):
                # CPU time, not wall time: other work on a shared machine barely moves it.
                t0 = time.process_time()
                find_numbers(text)
                best[i] = min(best[i], time.process_time() - t0)
    finally:
        gc.enable()
    return best[0], best[1]


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_time_grows_linearly(name: str) -> None:
    make, size = ADVERSARIAL[name]
    small, large = _best_times(make(size), make(4 * size))
    # A complexity check, not a speed test: four times the text takes about four times as
    # long if the scan is linear, sixteen if quadratic; 8x leaves room for a loaded machine.
    assert large < 8 * small + 0.005, f"{name}: {small:.4f}s -> {large:.4f}s"


# -- the Wikinews corpus ---------------------------------------------------------------------


def test_wikinews_corpus_never_raises(shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "wikinews" / "wikinews-politics-2004-2009.jsonl"
    articles = 0
    mentions = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text = html.unescape(json.loads(line)["text_raw"])
            articles += 1
            for m in find_numbers(text):
                mentions += 1
                assert 0 <= m.span.start < m.span.end <= len(text)
                assert text[m.span.start : m.span.end] == m.text
    assert articles > 4000
    assert mentions > 10 * articles // 2
