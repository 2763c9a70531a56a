"""Sentences and quotations, asked directly: where a sentence ends and where it does not,
the offsets it keeps, and the helpers the cue tests share (mutation testing found them read
only through whole stories)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.text import (
    cue_words,
    enclosing,
    fold_case,
    inside,
    inside_at,
    quotations,
    sentences,
    substrings,
    visible_from,
    words_of,
)
from factcheck.models import Span, span_of


def _split(text: str, start: int = 0) -> list[tuple[int, int, str]]:
    return [(s.span.start, s.span.end, s.text) for s in sentences(text, start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won 5,000 votes. Labour held it!", ["She won 5,000 votes.", "Labour held it!"]),
        ("What? Yes.", ["What?", "Yes."]),
        ("It was close… Very.", ["It was close…", "Very."]),
        ("She said: “We won.” Then she left.", ["She said: “We won.”", "Then she left."]),
        ("She won (by 5 votes.) Then", ["She won (by 5 votes.)", "Then"]),
        ("A vote.—Maps UK", ["A vote.", "—Maps UK"]),
        ("Turnout was 67.3 per cent. Done.", ["Turnout was 67.3 per cent.", "Done."]),
    ],
)
def test_a_sentence_ends_at_its_mark_before_a_space_or_a_dash(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in sentences(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith won.",
        "Dr. Jones and Prof. Brown lost.",
        "No. 10 said so.",
        "St. Ives voted.",
        "G. T. Mulholland (Labour) 5,000",
    ],
)
def test_a_title_or_an_initial_does_not_end_a_sentence(text: str) -> None:
    assert [s.text for s in sentences(text)] == [text]


def test_a_title_ends_no_sentence_but_the_full_stop_after_it_does() -> None:
    assert [s.text for s in sentences("Mr. Smith won. Dr. Jones lost.")] == [
        "Mr. Smith won.",
        "Dr. Jones lost.",
    ]


def test_a_numbered_list_item_keeps_its_number() -> None:
    text = "Results:\n1. Jane Smith 5,000\n2. John Roe 4,000"
    assert [s.text for s in sentences(text)] == [
        "Results:",
        "1. Jane Smith 5,000",
        "2. John Roe 4,000",
    ]


@pytest.mark.parametrize("number", ["1", "12", "123"])
def test_a_numbered_list_item_at_the_very_start_keeps_its_number(number: str) -> None:
    # The marker test looks one character behind the sentence for the line break; at the
    # text's first character there is none, and the slice must start at 0, not wrap to -1.
    text = f"{number}. Jane Smith won. She thanked the count staff."
    assert [s.text for s in sentences(text)] == [
        f"{number}. Jane Smith won.",
        "She thanked the count staff.",
    ]


def test_lines_break_sentences_only_at_a_blank_line_or_a_markdown_block() -> None:
    assert [s.text for s in sentences("Line one\nline two.\n\nNew para")] == [
        "Line one\nline two.",
        "New para",
    ]
    assert [s.text for s in sentences("He won.\n- a list item\n> a quote\n| a | row |")] == [
        "He won.",
        "- a list item",
        "> a quote",
        "| a | row |",
    ]
    assert [s.text for s in sentences("# Bristol West\nJane Smith won")] == [
        "# Bristol West",
        "Jane Smith won",
    ]


@given(indent=st.text(alphabet=" \t", max_size=4), bullet=st.sampled_from("-*•"))
def test_an_indented_bullet_opening_on_an_initial_keeps_its_row_whole(
    indent: str, bullet: str
) -> None:
    # The row's sentence opens after the indentation; the initial is still at its line's start.
    rows = [f"{bullet} G. Smith (Labour) 21,004", f"{bullet} H. Benn (Green) 4,117"]
    text = "Results:" + "".join(f"\n{indent}{row}" for row in rows)
    assert [s.text for s in sentences(text)] == ["Results:", *rows]


def test_a_heading_ending_on_a_title_word_still_ends_at_its_line() -> None:
    # The end of a heading is a boundary of its own, not a full stop: that "No" is also an
    # abbreviation ("No. 10") must not run the heading into the next line.
    text = "## Brexit: Yes or No\nJane Smith held Gower with 21,004 votes."
    assert [s.text for s in sentences(text)] == [
        "## Brexit: Yes or No",
        "Jane Smith held Gower with 21,004 votes.",
    ]


def test_a_heading_ending_in_a_full_stop_ends_once_and_the_sentences_after_it_still_split() -> None:
    # The full stop and the heading's end fall at one place: the second is no new sentence,
    # and must not stop the splitting of the rest.
    text = "## Results.\nJane Smith held Gower. John Roe lost."
    assert [s.text for s in sentences(text)] == [
        "## Results.",
        "Jane Smith held Gower.",
        "John Roe lost.",
    ]


def test_a_blank_line_ends_a_line_whatever_word_or_number_closes_it() -> None:
    # The title and list-marker tests are for a full stop: a paragraph break after "No" or
    # after a number standing alone on its line ends the sentence all the same.
    text = "Brexit: Yes or No\n\nJane Smith held Gower with 21,004 votes."
    assert [s.text for s in sentences(text)] == [
        "Brexit: Yes or No",
        "Jane Smith held Gower with 21,004 votes.",
    ]
    text = "Seats needed for a majority\n\n326\n\nLabour won 412 of them."
    assert [s.text for s in sentences(text)] == [
        "Seats needed for a majority",
        "326",
        "Labour won 412 of them.",
    ]


def test_sentences_keep_their_offsets_in_the_text() -> None:
    assert _split("  padded sentence.   ") == [(2, 18, "padded sentence.")]
    assert _split("He won.\n   \nNext") == [(0, 7, "He won."), (12, 16, "Next")]
    assert _split("He won.\n\n\n") == [(0, 7, "He won.")]
    assert _split("   ") == []


def test_sentences_are_read_from_where_they_are_asked_for() -> None:
    assert _split("Intro. Jane won. Bob lost.", 7) == [(7, 16, "Jane won."), (17, 26, "Bob lost.")]
    assert _split("# Seat\nIntro. Jane won.", 7) == [(7, 13, "Intro."), (14, 23, "Jane won.")]


def test_fold_case_lowers_letters_offset_for_offset() -> None:
    assert fold_case("Labour HELD") == "labour held"
    # "İ" lowers to two characters; folded, it stays one, as the regex engine compares it
    assert fold_case("İSTANBUL ıſ") == "istanbul is"
    assert len(fold_case("İİ x")) == 4


def test_cue_words_are_the_words_given() -> None:
    assert cue_words(" up down  up ") == frozenset({"up", "down"})


def test_substrings_finds_each_word_and_a_word_that_starts_another() -> None:
    found = substrings(["won", "wins", "held", "hold", "w"]).finditer("she wins, held, won, w")
    assert [m.group() for m in found] == ["wins", "held", "won", "w"]
    assert substrings(["a.b"]).search("axb") is None  # literal, not a pattern


def test_the_words_of_a_text_are_its_folded_runs_of_letters() -> None:
    assert words_of("Labour HELD Bristol-West; İt") == frozenset(
        {"labour", "held", "bristol", "west", "it"}
    )


def test_a_quotation_runs_to_its_closing_mark_or_the_end_of_its_paragraph() -> None:
    text = 'He said “we won” and “more to come\n\nNext “x” "y z" end'
    assert quotations(text) == [
        span_of(8, 16),
        span_of(21, 34),
        span_of(41, 44),
        span_of(45, 50),
    ]
    assert quotations('a "b') == [span_of(2, 4)]
    assert quotations("none here") == []


def test_a_quote_mark_inside_a_quotation_opens_none() -> None:
    text = '“He said "no" to me,” she said.'
    assert quotations(text) == [span_of(0, 21)]


_REGIONS = [span_of(0, 5), span_of(10, 20), span_of(30, 40)]


@pytest.mark.parametrize(
    ("start", "end", "within"),
    [
        (0, 5, True),
        (1, 4, True),
        (10, 20, True),
        (12, 20, True),
        (30, 40, True),
        (4, 6, False),
        (9, 12, False),
        (20, 21, False),
        (25, 26, False),
        (35, 41, False),
        (41, 42, False),
    ],
)
def test_a_span_is_inside_a_region_only_when_wholly_within_one(
    start: int, end: int, within: bool
) -> None:
    assert inside_at(start, end, _REGIONS) is within
    assert inside(Span(start=start, end=end), _REGIONS) is within


def test_nothing_is_inside_no_regions() -> None:
    assert inside_at(1, 2, []) is False


def test_an_unclosed_quotation_stops_at_the_first_paragraph_break() -> None:
    assert quotations("a “b\n\nc\n\nd") == [span_of(2, 4)]
    # a closing mark in a later paragraph does not close it
    assert quotations("“a\n\nb”\n\nc") == [span_of(0, 2)]


def test_each_quotation_closes_at_its_first_closing_mark() -> None:
    assert quotations("She said “no” and “yes” to it.") == [span_of(9, 13), span_of(18, 23)]
    assert quotations('a "" b "c"') == [span_of(2, 4), span_of(7, 10)]  # an empty one too


@pytest.mark.parametrize(
    ("line", "closes_at"),
    [
        ('He said: “We won tonight."', 26),  # a curly quotation closed straight
        ('He said: "We won tonight.”', 26),  # a straight one closed curly
        ("He said: “We won tonight.”", 26),
    ],
)
def test_a_half_straightened_quotation_closes_on_its_line(line: str, closes_at: int) -> None:
    # Single-line paragraphs: the next line is no part of the quotation.
    text = f"{line}\nJane Smith held Bristol West.\n"
    assert quotations(text) == [span_of(9, closes_at)]


def test_a_quotation_with_no_mark_on_its_line_still_runs_on() -> None:
    # The control: a quotation continued on the next line keeps running to its own mark.
    text = '“We won tonight,\nand we will win again,” he said. "Yes."'
    assert quotations(text)[0] == span_of(0, text.index("”") + 1)


@given(st.text(alphabet=" \t\n\u00a0\u2003ab.\u201c", max_size=30), st.integers(0, 35))
def test_the_first_visible_character_is_where_stripping_would_start(text: str, pos: int) -> None:
    # Searched for, never sliced; it must agree with what stripping the rest would keep.
    rest = text[pos:]
    expected = min(pos, len(text)) + len(rest) - len(rest.lstrip())
    assert visible_from(text, pos) == expected


def test_the_text_ends_on_a_name_when_nothing_visible_follows_it() -> None:
    text = "Labour held the seat, and the new MP is Jane Smith \n\t "
    end = text.index("Smith") + len("Smith")
    assert visible_from(text, end) == len(text)
    assert visible_from("Jane Smith. More", len("Jane Smith")) == len("Jane Smith")


def test_the_quotation_holding_a_span_is_found_by_bisection() -> None:
    text = '"Thank you, Ilford North," she said. Then: "I owe West Ham a great deal."'
    quotes = quotations(text)
    assert len(quotes) == 2
    west_ham = span_of(text.index("West Ham"), text.index("West Ham") + len("West Ham"))
    ilford = span_of(text.index("Ilford"), text.index("Ilford") + len("Ilford North"))
    said = span_of(text.index("she said"), text.index("she said") + 8)
    assert enclosing(west_ham, quotes) == quotes[1]
    assert enclosing(ilford, quotes) == quotes[0]
    assert enclosing(said, quotes) is None
    # A span that starts inside a quotation and runs out of it is held by none.
    across = span_of(ilford.start, said.end)
    assert enclosing(across, quotes) is None
    assert enclosing(west_ham, []) is None


@given(st.lists(st.integers(0, 200), max_size=12), st.integers(0, 200), st.integers(0, 20))
def test_enclosing_agrees_with_a_scan_of_every_region(
    cuts: list[int], start: int, size: int
) -> None:
    # Sorted, non-overlapping regions as quotations are: bisection finds what a scan finds.
    points = sorted(set(cuts))
    regions = [span_of(a, b) for a, b in zip(points[::2], points[1::2], strict=False)]
    span = span_of(start, start + size)
    scanned = [r for r in regions if r.start <= span.start and span.end <= r.end]
    assert enclosing(span, regions) == (scanned[0] if scanned else None)
    assert (enclosing(span, regions) is not None) == inside(span, regions)
