"""Spans for hand-built articles in tests: where a phrase is in a sentence."""

from __future__ import annotations

from factcheck.models import Span


def at(text: str, phrase: str, after: str = "") -> Span:
    """The span of ``phrase`` in ``text``, searched for from the first ``after``."""
    start = text.index(phrase, text.index(after) if after else 0)
    return Span(start=start, end=start + len(phrase))
