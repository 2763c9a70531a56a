"""Work grows linearly with the input: measured by counting operations, never by the clock.

Doubling an input may at most about double the work (a ratio of 2.5 leaves room for
logarithmic factors and fixed costs); a quadratic step would show as a ratio near 4.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import factcheck
from factcheck import CandidateResult, ContestResult, Figure, Unit
from factcheck.engine import Engine
from factcheck.intervals import Interval
from factcheck.models import Document, Span
from factcheck.rule import Rule, Violation

RATIO = 2.5


@contextmanager
def counting(owner: Any, name: str) -> Iterator[list[int]]:
    """Count the calls to ``owner.name`` inside the block."""
    calls = [0]
    real: Callable[..., Any] = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    mp = pytest.MonkeyPatch()
    mp.setattr(owner, name, counted)
    try:
        yield calls
    finally:
        mp.undo()


def _ratio(work: Callable[[int], int], n: int) -> float:
    small, large = work(n), work(2 * n)
    assert small > 0
    return large / small


def _huge_contest(n: int) -> ContestResult:
    # Every third share wrong, every rank stated: the shape that was quadratic three times.
    votes = [1_000 + 37 * i for i in range(n)]
    total = sum(votes)
    return ContestResult(
        name="Big",
        majority=Figure.count(5),
        candidates=tuple(
            CandidateResult(
                name=f"C{i}",
                votes=Figure.count(v),
                share=Figure.percentage(f"{100 * v / total * (1.3 if i % 3 == 0 else 1):.2f}"),
                rank=Figure.count(n - i, Unit.RANK),
            )
            for i, v in enumerate(votes)
        ),
    )


def test_a_huge_contest_costs_linear_interval_tests() -> None:
    def work(n: int) -> int:
        contest = _huge_contest(n)
        with counting(Interval, "__contains__") as calls:
            factcheck.check(contest, select=["NUM"])
        return calls[0] + n  # + n: a run that tests nothing still reads every figure

    assert _ratio(work, 200) <= RATIO


class _Blamer(Rule):
    """Blames one figure per span it is given, for the merge to sort out."""

    code = "TST901"
    name = "test-blamer"


def test_merging_findings_looks_each_one_up_once() -> None:
    from factcheck import engine as engine_module

    def work(n: int) -> int:
        doc = Document(path="a.txt", text="x" * (2 * n))
        blamer = _Blamer()
        # Each span blamed twice: the second is merged into the first.
        raw = [
            (blamer, Violation(message=f"{i}", span=Span(start=i, end=i + 1)))
            for i in range(n)
            for _ in range(2)
        ]
        with counting(engine_module, "_blame_key") as calls:
            findings = Engine.from_config()._merge(doc, None, raw)
        assert len(findings) == n
        return calls[0]

    assert _ratio(work, 500) <= RATIO


def _results_text(n: int) -> str:
    contests = [
        {
            "name": f"Seat {i}",
            "valid_votes": 1_000,
            "candidates": [
                {"name": "A", "votes": 600, "share": "60.0"},
                {"name": "B", "votes": 400, "share": "40.0"},
            ],
        }
        for i in range(n)
    ]
    return json.dumps({"contests": contests})


def test_reading_a_results_file_builds_nodes_in_proportion_to_its_size() -> None:
    from factcheck import jsonspans

    def work(n: int) -> int:
        with counting(jsonspans, "Node") as calls:
            report = factcheck.check(
                Document(path="r.json", text=_results_text(n), media_type="application/json")
            )
        assert report.errors == ()
        return calls[0]

    assert _ratio(work, 300) <= RATIO


class _Scanned:
    """A stand-in for a compiled pattern that counts the characters it is asked to scan."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.chars = 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        self.chars += max(0, end - pos)
        return self.pattern.search(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        self.chars += max(0, end - pos)
        return self.pattern.finditer(text, pos, end)


def test_a_long_paragraph_is_scanned_for_nation_wide_words_once() -> None:
    # A round-up written as one paragraph: every figure asks whether its paragraph speaks of
    # a nation ("across Scotland") when its seat was named in another paragraph; asking from
    # the paragraph's start each time was quadratic.
    from factcheck.extract import frame
    from factcheck.extract.reader import read_prose

    story = "Rushanara Ali held Bethnal Green and Bow for Labour.\n\n"
    # "across the country" is a nation-wide phrase, so the paragraph is scanned (a story
    # with none, and a paragraph with none of the words one needs, is not scanned at all).
    sentence = "Turnout was 67.3pc, and the Labour vote rose by 2.1pc, as across the country. "

    def work(n: int) -> int:
        counter = _Scanned(frame._NATIONWIDE)
        mp = pytest.MonkeyPatch()
        mp.setattr(frame, "_NATIONWIDE", counter)
        try:
            read_prose(Document(path="a.txt", text=story + sentence * n))
        finally:
            mp.undo()
        return counter.chars

    assert _ratio(work, 100) <= RATIO


class _CountedRegions(list[Span]):
    """A list of quotations that counts how many of them are looked at."""

    looked = 0

    def __iter__(self) -> Iterator[Span]:
        for q in super().__iter__():
            type(self).looked += 1
            yield q

    def __getitem__(self, k: Any) -> Any:
        type(self).looked += 1
        return super().__getitem__(k)


def test_a_seat_named_in_a_quotation_looks_at_one_quotation_not_all() -> None:
    # Every paragraph of a long story quotes its MP naming another seat: is it a speaker's
    # place or the story turning to another seat? Asking every quotation of the story, per
    # seat named, was quadratic (an 8 MB article took twice as long as eight 1 MB ones).
    from factcheck.extract import reader
    from factcheck.extract.text import quotations

    seats = ["Poplar and Limehouse", "West Ham", "Ilford North", "Walthamstow", "East Ham"]
    story = "Rushanara Ali held Bethnal Green and Bow for Labour with 29,234 votes.\n\n"

    def work(n: int) -> int:
        text = story + "".join(
            f"“I grew up in {seats[i % len(seats)]},” said Rushanara Ali, who held Bethnal "
            f"Green and Bow with {1_000 + i:,} votes.\n\n"
            for i in range(n)
        )
        _CountedRegions.looked = 0
        mp = pytest.MonkeyPatch()
        mp.setattr(reader, "quotations", lambda t: _CountedRegions(quotations(t)))
        try:
            reader.read_prose(Document(path="a.txt", text=text))
        finally:
            mp.undo()
        return _CountedRegions.looked

    assert _ratio(work, 100) <= RATIO


def test_a_figure_said_again_many_times_is_looked_up_not_scanned_for() -> None:
    # A long text that says the winner's votes, majority and win again in every paragraph
    # (the seed stories repeated to 8 MB): each new place asked whether it was read already,
    # comparing its span with every place before it, which was quadratic (157 s of CPU).
    from factcheck.extract.reader import read_prose

    paragraph = (
        "Stephen Morgan won Portsmouth South with 23,068 votes, a majority of 12,274. "
        "Stephen Morgan wins Portsmouth South.\n\n"
    )

    def work(n: int) -> int:
        with counting(Span, "__eq__") as calls:
            read_prose(Document(path="a.txt", text="Portsmouth South\n\n" + paragraph * n))
        return calls[0]

    assert _ratio(work, 100) <= RATIO
