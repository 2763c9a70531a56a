"""Figures said again are found by position, never by a scan: asked directly, the index
agrees with a scan of every figure said again."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.frame import SaidAgain
from factcheck.models import Figure, Span, Unit, span_of


def _fig(start: int, end: int) -> Figure:
    return Figure(text="5", value=Decimal(5), unit=Unit.VOTES, span=span_of(start, end))


def test_a_place_said_again_is_found_at_its_exact_span_only() -> None:
    again = SaidAgain()
    again.append(_fig(10, 16))
    again.append(_fig(40, 52))
    assert again.has_span(span_of(10, 16))
    assert again.has_span(span_of(40, 52))
    assert not again.has_span(span_of(10, 17))
    assert not again.has_span(span_of(41, 52))
    assert not again.has_span(None)
    assert len(again) == 2


def test_a_figure_without_a_place_is_found_by_none() -> None:
    again = SaidAgain()
    again.append(Figure(text="5", value=Decimal(5), unit=Unit.VOTES))
    assert again.has_span(None)
    assert not again.overlaps(span_of(0, 100))


def test_words_that_reach_into_a_place_said_again_overlap_it() -> None:
    again = SaidAgain()
    again.append(_fig(0, 50))  # a long place first: later short ones start inside it
    again.append(_fig(60, 65))
    assert again.overlaps(span_of(49, 55))
    assert again.overlaps(span_of(62, 63))
    assert not again.overlaps(span_of(50, 60))
    assert not again.overlaps(span_of(65, 90))


_SPANS = st.tuples(st.integers(0, 120), st.integers(1, 30)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(_SPANS, max_size=15), _SPANS)
def test_the_index_agrees_with_a_scan(
    placed: list[tuple[int, int]], asked: tuple[int, int]
) -> None:
    again = SaidAgain()
    for start, end in placed:
        again.append(_fig(start, end))
    span: Span = span_of(*asked)
    assert again.has_span(span) == any((s, e) == asked for s, e in placed)
    assert again.overlaps(span) == any(s < span.end and span.start < e for s, e in placed)
    assert [f.span for f in again] == [span_of(s, e) for s, e in placed]
