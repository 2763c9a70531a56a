"""An outcome said of a person with no seat of its own ("Mr Jones lost his seat", "She held
her seat") is judged in the seat the person stood in (issue 8, twentieth session).

The reader gives such words the seat the story was about, or none in a story of several
seats. When the person, named in full, stood in exactly one seat of the election, and the story
names that seat or no seat but the one read, the record places the outcome there: it is judged
in that seat, loosely (at most a warning, no fix), and the real-copy scorer reads it there.
When the story names other seats but not the person's, or the words name the seat read
("In Hertsmere, …"), it stays not checked, as the nineteenth session left it. Sentences are
written here in the patterns seen; names and figures are the record's (2019: Bim Afolami held
Hitchin and Harpenden, Anne Main lost St Albans, Oliver Dowden held Hertsmere).
"""

from __future__ import annotations

import pytest
from script_modules import benchmark
from story_files import report_of

from factcheck.extract.reader import read_prose
from factcheck.models import Document, Grounds, Severity
from factcheck.reference.bundled import bundled_results
from factcheck.reference.placing import said_elsewhere, said_unplaced

realcopy = benchmark("realcopy")

_HERTSMERE = (
    "Hertsmere\n\nOliver Dowden held Hertsmere for the Conservatives with 32,651 votes.\n\n"
)


def _on(text: str, words: str) -> list[tuple[Severity, str]]:
    return [
        (f.severity, f.message)
        for f in report_of(text, "uk-ge-2019").findings
        if f.name == "reference-mismatch" and f.text == words
    ]


@pytest.mark.parametrize(
    ("person", "fires"),
    [
        ("Bim Afolami", True),  # he held Hitchin and Harpenden: not a gain
        ("Anne Main", False),  # she lost St Albans to the Lib Dems
    ],
)
def test_a_seat_lost_is_judged_in_the_seat_its_person_stood_in(person: str, fires: bool) -> None:
    found = _on(_HERTSMERE + f"{person} lost his seat.\n", "lost his seat")
    if not fires:
        assert found == []
        return
    ((severity, message),) = found
    assert severity is Severity.WARNING  # placed by the record: a loose tie
    assert "Hitchin and Harpenden" in message
    assert "Hertsmere" not in message


def test_a_seat_named_with_the_words_is_not_replaced_by_the_record() -> None:
    # "In Hertsmere, …": the words say the seat; the person read there is what is wrong.
    text = _HERTSMERE + "In Hertsmere, Bim Afolami lost his seat.\n"
    assert _on(text, "lost his seat") == []
    reasons = [n.reason for n in report_of(text, "uk-ge-2019").not_checked]
    assert any("but in Hitchin and Harpenden" in r for r in reasons)


def test_the_record_places_a_person_only_in_a_seat_the_story_names_or_its_only_one() -> None:
    record = bundled_results()
    hertsmere = record.contest("Hertsmere", "uk-ge-2019")
    assert hertsmere is not None
    people = ("Bim Afolami", None)

    def placed(named: set[str]) -> bool | None:
        found = said_elsewhere(people, hertsmere, record, "uk-ge-2019", named)
        return None if found is None else found.placed

    assert placed({"Hertsmere"}) is True
    assert placed({"Hertsmere", "Hitchin and Harpenden"}) is True
    assert placed({"Hertsmere", "Watford"}) is False  # a namesake is all the record shows
    # A candidate of the seat read, or one of the same surname, is not placed elsewhere.
    assert said_elsewhere(("Oliver Dowden",), hertsmere, record, "uk-ge-2019", set()) is None
    # Nor a surname alone.
    assert said_elsewhere(("Afolami",), hertsmere, record, "uk-ge-2019", {"Hertsmere"}) is None
    spoken = Grounds(
        what="w",
        subject="s",
        seat="Hertsmere, named in the sentence",
        seat_named="in the sentence",
        election="e",
    )
    found = said_elsewhere(people, hertsmere, record, "uk-ge-2019", {"Hertsmere"}, grounds=spoken)
    assert found is not None
    assert not found.placed


def test_an_outcome_read_in_no_seat_is_placed_only_in_a_seat_the_story_names() -> None:
    record = bundled_results()
    named = {"Hertsmere", "Hitchin and Harpenden"}
    found = said_unplaced(("Bim Afolami",), record, "uk-ge-2019", named)
    assert found is not None
    assert found.seat == "Hitchin and Harpenden"
    assert said_unplaced(("Bim Afolami",), record, "uk-ge-2019", {"Hertsmere"}) is None
    assert said_unplaced(("Mr Afolami",), record, "uk-ge-2019", named) is None


def test_the_scorer_reads_the_outcome_where_the_rule_judges_it() -> None:
    for text, seat in (
        (_HERTSMERE + "Bim Afolami lost his seat.\n", "Hitchin and Harpenden"),
        (_HERTSMERE + "In Hertsmere, Bim Afolami lost his seat.\n", "Hertsmere"),
    ):
        article = read_prose(Document(path="a.txt", text=text), election="uk-ge-2019")
        read = [r for r in realcopy.readings(article, "uk-ge-2019") if r.kind == "gain"]
        assert [r.seat for r in read] == [seat]


@pytest.mark.parametrize(
    ("other", "seat"),
    [
        ("Hitchin and Harpenden stayed Conservative.", "Hitchin and Harpenden"),
        ("Watford stayed Conservative.", None),  # the story does not name his seat
    ],
)
def test_the_scorer_places_an_outcome_read_in_no_seat_in_a_seat_the_story_names(
    other: str, seat: str | None
) -> None:
    text = _HERTSMERE + f"Nearby, Bim Afolami held his seat.\n\n{other}\n"
    article = read_prose(Document(path="a.txt", text=text), election="uk-ge-2019")
    read = [
        r
        for r in realcopy.readings(article, "uk-ge-2019")
        if r.kind == "hold" and r.subject == "Bim Afolami"
    ]
    assert [r.seat for r in read] == [seat]
