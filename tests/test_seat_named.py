"""Where a reading's seat was named (``Grounds.seat_named``) is typed, set where the reader makes
the tie, and is what the rules read: never the tie's words, which are for people.

The rules used to read the words: placing asked whether they held "named in the phrase" or
"named in the sentence", and the tallied and ranks passes whether they ended as the story's
own seat's do. The first test holds every seat tie the reader makes on the stories we write
(the generated results stories, the reference stories, the seeds) to agree with its words in
just those ways, so each rule answers as it did. The others hold placing's answer to the
field: the same words with another kind are judged by the kind.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel
from script_modules import benchmark

from factcheck.extract.frame import STORY_SEAT_TIES
from factcheck.extract.reader import read_prose
from factcheck.models import Document, Grounds, SeatNamed
from factcheck.reference.bundled import bundled_results
from factcheck.reference.placing import said_elsewhere

_SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _grounds(model: object) -> Iterator[Grounds]:
    """Every ``Grounds`` in what was read, however deep."""
    if isinstance(model, Grounds):
        yield model
    elif isinstance(model, BaseModel):
        for name in type(model).model_fields:
            yield from _grounds(getattr(model, name))
    elif isinstance(model, (tuple, list)):
        for item in model:
            yield from _grounds(item)


def _written() -> Iterator[tuple[str, str]]:
    yield from benchmark("results_stories").stories(120)
    yield from benchmark("reference_articles").stories(15)
    for p in sorted(_SEEDS.glob("*.txt")):
        yield p.name, p.read_text(encoding="utf-8")


def test_every_seat_tie_read_in_the_written_stories_agrees_with_its_words() -> None:
    seen: dict[SeatNamed, int] = {}
    for path, text in _written():
        for g in _grounds(read_prose(Document(path=path, text=text))):
            seen[g.seat_named] = seen.get(g.seat_named, 0) + 1
            words, named = g.seat, g.seat_named
            said = f"{path}: {words!r} read as {named!r}"
            # Placing's question: named with the words read.
            in_words = "named in the phrase" in words or "named in the sentence" in words
            assert in_words == (
                named in {"in the phrase", "in the sentence", "one of several in the sentence"}
            ), said
            if named == "in the phrase":
                assert "named in the phrase" in words, said
            if named == "one of several in the sentence":
                assert " seats named in the sentence" in words, said
            # The tallied and ranks passes' question: the story's own seat, explicitly.
            if "seat" not in g.loose:
                assert words.endswith(STORY_SEAT_TIES[0]) == (named == "story's only seat"), said
                assert words.endswith(STORY_SEAT_TIES[1]) == (named == "story's seat"), said
            if named == "front matter":
                assert words.endswith("from the front matter"), said
            if named == "none":
                assert "seat" in g.loose, said
    # The stories reach the common kinds, so the agreement above is tested on each of them.
    assert {
        "in the phrase",
        "in the sentence",
        "story's only seat",
        "layout",
    } <= seen.keys(), seen


def test_a_list_line_given_the_seat_of_the_line_below_is_tied_by_layout() -> None:
    # Alphabetical lines read in no seat, then the winner the prose placed: the lines above
    # take his seat after they were read, and their kind is changed with their words.
    text = (
        "Nick Timothy kept West Suffolk for the Conservatives; Labour took Lowestoft.\n\n"
        "Fewer people voted than in 2019.\n\n"
        "Rebecca Denness (Labour) 12,567\n\n"
        "Mark Ereira (Green) 2,910\n\n"
        "Nick Timothy (Conservative) 15,814\n"
    )
    article = read_prose(Document(path="lines.txt", text=text))
    (ereira,) = [c for k in article.contests for c in k.candidates if c.name == "Mark Ereira"]
    assert ereira.votes is not None
    assert ereira.votes.grounds is not None
    assert ereira.votes.grounds.seat == "West Suffolk, the seat of the list's line below"
    assert ereira.votes.grounds.seat_named == "layout"


_PEOPLE = ("Bim Afolami", None)  # he stood in Hitchin and Harpenden in 2019, not Hertsmere


def _placed(named: SeatNamed, words: str) -> bool:
    record = bundled_results()
    hertsmere = record.contest("Hertsmere", "uk-ge-2019")
    assert hertsmere is not None
    grounds = Grounds(what="w", subject="s", seat=words, seat_named=named, election="e")
    found = said_elsewhere(_PEOPLE, hertsmere, record, "uk-ge-2019", {"Hertsmere"}, grounds=grounds)
    assert found is not None
    assert found.seat == "Hitchin and Harpenden"
    return found.placed


@pytest.mark.parametrize(
    ("named", "placed"),
    [
        # The words name the seat read: the person is misread, not placed elsewhere.
        ("in the phrase", False),
        ("in the sentence", False),
        ("one of several in the sentence", False),
        # The seat came to the words from elsewhere: the record places the person.
        ("carried", True),
        ("story's only seat", True),
        ("story's seat", True),
        ("none", True),
        ("by the words", True),
    ],
)
def test_placing_reads_where_the_seat_was_named(named: SeatNamed, placed: bool) -> None:
    assert _placed(named, "Hertsmere") is placed


def test_placing_reads_the_kind_not_the_words() -> None:
    # Words that once decided it, under the other kind: the kind decides.
    assert _placed("carried", "Hertsmere, named in the phrase") is True
    assert _placed("in the phrase", "Hertsmere, carried from an earlier paragraph") is False


def test_the_kind_is_not_in_the_output_but_the_words_are() -> None:
    grounds = Grounds(
        what="w",
        subject="s",
        seat="Hertsmere, named in the phrase",
        seat_named="in the phrase",
        election="e",
    )
    dumped = grounds.model_dump()
    assert "seat_named" not in dumped
    assert dumped["seat"] == "Hertsmere, named in the phrase"
