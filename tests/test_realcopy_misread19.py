"""The scorer's sorting of misreadings (``benchmarks/realcopy.py --misread``, nineteenth
session): what a misreading got wrong (the kind of claim, the subject or the seat) and where
it comes from: the claim's own words (its paragraph read alone, or under a heading naming
its seat, misreads it too) or the skeleton's other quotes (only the paragraphs around it, which
in the story had more between them, make it misread). The stories are ours: Bolsover in 2019,
Dennis Skinner (Labour) 16,492 votes; Lee Anderson won Ashfield."""

from __future__ import annotations

from typing import Any

from script_modules import benchmark, label_row

from factcheck.models import Span

realcopy = benchmark("realcopy")


def _row(quote: str, stated: str, claim_type: str = "votes") -> dict[str, str]:
    return label_row(claim_type=claim_type, subject="Dennis Skinner", stated=stated, quote=quote)


def _scored(text: str, rows: list[dict[str, str]]) -> list[Any]:
    score = realcopy.Score()
    realcopy.score_story("own-bolsover", text, rows, score)
    return list(score.labels)


def test_a_seat_carried_from_another_quote_is_the_skeletons() -> None:
    rows = [
        _row("Lee Anderson won Ashfield for the Conservatives.", "Lee Anderson", "name"),
        _row("Dennis Skinner got 16,492 votes.", "16,492"),
    ]
    rows[0]["seat"], rows[0]["subject"] = "Ashfield", "Lee Anderson"
    text = realcopy.skeleton(rows)
    label = _scored(text, rows)[1]
    assert label.outcome == "misread"
    assert label.reading.seat == "Ashfield"
    assert realcopy.misread_what(label) == "seat"
    assert realcopy.misread_where(label, text, rows) == "other quotes, its seat unread"


def test_a_seat_its_own_words_name_is_the_readers() -> None:
    rows = [_row("Dennis Skinner got 16,492 votes in Ashfield.", "16,492")]
    text = realcopy.skeleton(rows)
    (label,) = _scored(text, rows)
    assert label.outcome == "misread"
    assert realcopy.misread_what(label) == "seat"
    assert realcopy.misread_where(label, text, rows) == "own words"


def test_what_a_misreading_got_wrong() -> None:
    rows = [_row("Dennis Skinner got 16,492 votes.", "16,492")]
    (label,) = _scored(realcopy.skeleton(rows), rows)
    span = label.span
    for reading, what in [
        (realcopy.Reading("majority", span, None, None, "Bolsover"), "kind"),
        (realcopy.Reading("votes", span, "Mark Fletcher", None, "Bolsover"), "subject"),
        (realcopy.Reading("votes", span, "Dennis Skinner", None, "Ashfield"), "seat"),
        # No subject at all, in another seat: the seat is what is wrong.
        (realcopy.Reading("votes", span, None, None, "Ashfield"), "seat"),
    ]:
        label.reading = reading
        assert realcopy.misread_what(label) == what, reading


def test_a_misreading_is_shown_by_its_most_telling_reading() -> None:
    # Two readings at the words: another kind, and the right kind in another seat. The one
    # shown is the one whose only fault is its seat.
    rows = [_row("Dennis Skinner got 16,492 votes.", "16,492")]
    (scored,) = _scored(realcopy.skeleton(rows), rows)
    span: Span = scored.span
    label = realcopy.Label("own-bolsover", rows[0], span)
    other = realcopy.Reading("majority", span, None, None, "Bolsover")
    placed = realcopy.Reading("votes", span, "Dennis Skinner", None, "Ashfield")
    realcopy._judge_reading(label, [other, placed], [label])
    assert label.outcome == "misread"
    assert label.reading == placed


def test_a_claim_carried_away_from_a_seat_the_skeleton_reads() -> None:
    rows = [
        _row("Mark Fletcher won Bolsover for the Conservatives.", "Mark Fletcher", "name"),
        _row("Lee Anderson won Ashfield for the Conservatives.", "Lee Anderson", "name"),
        _row("Dennis Skinner got 16,492 votes.", "16,492"),
    ]
    rows[0]["subject"] = "Mark Fletcher"
    rows[1]["seat"], rows[1]["subject"] = "Ashfield", "Lee Anderson"
    text = realcopy.skeleton(rows)
    label = _scored(text, rows)[2]
    assert label.outcome == "misread"
    assert realcopy.misread_where(label, text, rows) == "other quotes, its seat read"


def test_a_first_place_read_as_the_winner_is_read() -> None:
    # "came first" labelled as a place: the reader reads a first place said in words as the
    # winner (a placing of 1), the same claim. A place labelled second, read as the winner,
    # is misread; so is a false "came first" (its words, not its record, say first).
    quote = "Dennis Skinner came first in Bolsover."
    at = quote.index("came first")
    span = Span(start=at, end=at + len("came first"))
    winner = realcopy.Reading("winner", span, "Dennis Skinner", None, "Bolsover")
    for official, verdict, outcome in [
        ("first", "true", "correct"),
        ("second", "true", "misread"),
        ("second", "false", "misread"),
    ]:
        row = _row(quote, "came first", "rank")
        row["official"], row["verdict"] = official, verdict
        label = realcopy.Label("own-bolsover", row, span)
        realcopy._judge_reading(label, [winner], [label])
        assert label.outcome == outcome, (official, verdict)
