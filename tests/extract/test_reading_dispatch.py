"""The reader's cue-word dispatch never keeps a number from a reading that would read it.

``reader.OFFERS`` says, for each number reading, which numbers it can read (by kind, hedge
and the sentence's cue words); the reader offers a number only to those readings. Here every
number is offered to every reading as before the dispatch (a placing only up to the change on
a results card), and each reading that reads a number the dispatch would not have offered it
fails the test. The texts: our own sentences (each reading reads at least one), the seeds, and
sentences generated from the readings' cue words around numbers of every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import reader
from factcheck.extract.claims.bounds import read_bound
from factcheck.extract.claims.changes import read_amount
from factcheck.extract.claims.margins import read_majority
from factcheck.extract.claims.party_participles import read_participle_share
from factcheck.extract.claims.ranks import read_rank
from factcheck.extract.claims.turnout import read_turnout_share
from factcheck.extract.frame import Around, Frame
from factcheck.extract.numbers import NumberKind
from factcheck.models import Document

_KINDS = (
    NumberKind.COUNT,
    NumberKind.PERCENT,
    NumberKind.POINTS,
    NumberKind.FRACTION,
    NumberKind.ORDINAL,
)

# One or more sentences each reading reads (checked below, so the guard is not vacuous).
_SENTENCES = {
    "read_seat_tally": "Labour won 29 seats and the Conservatives held 12.",
    "read_majority": "Jane Smith held Bristol West with a majority of 6,186.",
    "read_margin": "Jane Smith beat Tom Brown by 1,204 votes in Bristol West.",
    "read_bound": "In Bristol West, Jane Smith took more than a third of the vote.",
    "read_rank": "Tom Brown came third with 3,959 votes in Bristol West.",
    "read_card_change": (
        "Bristol West\n\nConservative 59.3%\n\nVote share change\n\n  • Conservative +3.9 Gained\n"
    ),
    "read_amount": "In Bristol West, Jane Smith's share of the vote was up 5.2 points.",
    "read_level": "In Bristol West, Jane Smith's share rose 5 points to 48.4%.",
    "read_turnout": "Turnout in Bristol West was 64.2%.",
    "read_turnout_share": "In Bristol West, 64.2% of the electorate turned out to vote.",
    "read_electorate": "Bristol West has an electorate of 71,000 and a turnout of 64.2%.",
    "read_elliptical": (
        "Support soared in Bristol West, with Jane Smith's share up nine per cent from 2015, "
        "and Ruth Ali's nearly 11pc."
    ),
    "read_card_turnout": (
        "Bristol West\n\n  • LAB majority: 6,186\n  • Registered voters: 71,000\n"
        "  • % share: 64.2%\n  • Change since 2017: -2.0\n"
    ),
    "read_participle_share": "Labour won Bristol West, winning 48.4% of the vote.",
}


_DISPATCH = reader.offers


def _read_offering_everything(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> tuple[set[str], list[str]]:
    """Read ``text`` offering every number to every reading; return the readings that read
    something, and every (reading, number) the dispatch would have turned away but that
    reading read."""
    real_offers = _DISPATCH
    read: set[str] = set()
    refused: list[str] = []

    def watched(reading: reader.NumberReading) -> reader.NumberReading:
        def offered(f: Frame, a: Around) -> bool:
            took = reading(f, a)
            if took:
                read.add(reading.__name__)
                m = a.m
                if reading not in real_offers(f)[m.kind, m.hedge == "exact"]:
                    refused.append(f"{reading.__name__}: {m.text!r} in {f.sent.text!r}")
            return took

        return offered

    every = tuple(watched(r) for r in reader.NUMBER_READINGS)
    placing = every[: reader.NUMBER_READINGS.index(read_amount)]
    table = {
        (kind, exact): placing if kind is NumberKind.ORDINAL else every
        for kind in _KINDS
        for exact in (True, False)
    }
    everything: Callable[[Frame], object] = lambda f: table  # noqa: E731
    monkeypatch.setattr(reader, "offers", everything)
    reader.read_prose(Document(path="story.txt", text=text))
    return read, refused


def test_each_of_our_sentences_is_read_by_its_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, text in _SENTENCES.items():
        read, refused = _read_offering_everything(monkeypatch, text)
        assert name in read, (name, read)
        assert refused == []


def test_no_seed_number_is_kept_from_its_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = sorted((Path(__file__).parents[2] / "examples" / "articles").glob("*.txt"))
    assert seeds
    for path in seeds:
        _, refused = _read_offering_everything(monkeypatch, path.read_text(encoding="utf-8"))
        assert refused == [], path.name


_PIECES = [
    "Jane Smith", "Ms Ali", "Labour", "the Conservatives", "Bristol West", "Jane Smith's share",
    "won", "held", "lost", "gained", "took", "beat", "came", "was", "were", "of", "to", "from",
    "by", "with", "and", "a", "the", "up", "down", "rose", "fell", "majority", "a majority of",
    "lead of", "turnout", "Turnout:", "electorate of", "registered voters", "votes", "seats",
    "share", "points", "per cent", "compared to", "down from", "an extra", ",", ";", "(", ")",
    "\n", "• Conservative", "Majority:", "Vote share change", "overturned", "in 2019",
]  # fmt: skip
_NUMBERS = [
    "6,186", "29", "1,204", "64.2%", "48.4pc", "+8.2", "-2.0", "5 points", "nine per cent",
    "a third", "two-thirds", "third", "2nd", "about 40%", "nearly 11pc", "more than 5,000",
    "13k", "12.3%", "+3.9", "71,000",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES + _NUMBERS + _NUMBERS), min_size=3, max_size=30).map(" ".join)
)
def test_no_generated_number_is_kept_from_its_reading(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _, refused = _read_offering_everything(monkeypatch, f"In Bristol West, {text}.")
    assert refused == []


def test_every_reading_has_an_offer_and_the_order_is_kept() -> None:
    assert set(reader.OFFERS) == set(reader.NUMBER_READINGS)
    table = reader._table((1 << len(reader._CUE_TESTS)) - 1)
    # (read_turnout reads an exact count too: the bare level of "from 70.5 per cent to 67.5")
    placing_or_share = (
        read_bound,
        read_rank,
        read_turnout_share,
        read_participle_share,
    )
    assert table[NumberKind.COUNT, True] == tuple(
        r for r in reader.NUMBER_READINGS if r not in placing_or_share
    )
    assert table[NumberKind.ORDINAL, True] == (read_majority, read_rank)
    for readings in table.values():
        order = [reader.NUMBER_READINGS.index(r) for r in readings]
        assert order == sorted(order)


def test_an_offer_too_narrow_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard fails when an offer turns away what its reading reads: the majority's cue
    word replaced by one its sentence lacks."""
    narrow = reader.Offer(frozenset(_KINDS), cues=("plurality",))
    monkeypatch.setitem(reader.OFFERS, read_majority, (narrow,))
    monkeypatch.setattr(reader, "_CUE_TESTS", (*reader._CUE_TESTS, ("plurality",)))
    monkeypatch.setattr(reader, "_TABLES", {})
    _, refused = _read_offering_everything(monkeypatch, _SENTENCES["read_majority"])
    assert refused
    assert refused[0].startswith("read_majority: '6,186'")
