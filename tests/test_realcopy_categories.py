"""The real-copy scorer's categories (``benchmarks/realcopy.py``, docs/accuracy.md "How it is
scored"): a labelled claim's figure read as the right kind is *correct* with its subject and
seat, *less specific* in its seat with no subject at all, *unplaced* with no seat (its subject
right, or no subject at all), and *misread* when it names another subject or another seat.
Each case is judged on readings built by hand over one labelled sentence of our own (Bolsover
2019, Mark Fletcher), so what is tested is the scorer, not the reader."""

from __future__ import annotations

from typing import Any

import pytest
from script_modules import benchmark, label_row

from factcheck.models import Span

realcopy = benchmark("realcopy")

TEXT = "His share of the vote rose by 10.7 per cent."
STATED = "10.7 per cent"
AT = TEXT.index(STATED)


def _label(claim_type: str = "share_change", stated: str = STATED) -> Any:
    row = label_row(
        claim_type=claim_type,
        subject="Mark Fletcher",
        stated=stated,
        quote=TEXT,
        official="+10.7 points",
    )
    at = TEXT.index(stated)
    return realcopy.Label("own-bolsover", row, Span(start=at, end=at + len(stated)))


def _reading(
    kind: str = "share_change",
    subject: str | None = None,
    party: str | None = None,
    seat: str | None = None,
) -> Any:
    return realcopy.Reading(kind, Span(start=AT, end=AT + len(STATED)), subject, party, seat)


def _outcome(*found: Any) -> str:
    label = _label()
    realcopy._judge_reading(label, list(found), [label])
    return str(label.outcome)


@pytest.mark.parametrize(
    ("reading", "outcome"),
    [
        (_reading(subject="Mark Fletcher", seat="Bolsover"), "correct"),
        (_reading(subject="Mark Fletcher"), "unplaced"),
        # Nobody and nowhere: the right kind tied to nothing feeds the rules no wrong fact.
        (_reading(), "unplaced"),
        (_reading(seat="Bolsover"), "less specific"),
        # Another person, with or without a seat, or the right person in another seat.
        (_reading(subject="Natalie Fleet"), "misread"),
        (_reading(subject="Natalie Fleet", seat="Bolsover"), "misread"),
        (_reading(subject="Mark Fletcher", seat="Mansfield"), "misread"),
        # Nobody, but in another seat: that seat's figure, a misreading.
        (_reading(seat="Mansfield"), "misread"),
        # Another kind, whoever and wherever.
        (_reading(kind="share", subject="Mark Fletcher", seat="Bolsover"), "misread"),
        (_reading(kind="votes"), "misread"),
    ],
)
def test_each_reading_falls_in_the_category_the_docs_define(reading: Any, outcome: str) -> None:
    assert _outcome(reading) == outcome


def test_nothing_read_at_the_figure_is_not_read() -> None:
    assert _outcome() == "not read"


def test_a_reading_tied_to_nothing_does_not_hide_a_correct_one() -> None:
    assert _outcome(_reading(), _reading(subject="Mark Fletcher", seat="Bolsover")) == "correct"


def test_a_reading_tied_to_nothing_does_not_outrank_one_less_specific() -> None:
    assert _outcome(_reading(seat="Bolsover"), _reading()) == "less specific"
    assert _outcome(_reading(), _reading(seat="Bolsover")) == "less specific"


# A change read by its earlier level. "In Bolsover, Dennis Skinner saw his vote fall from
# 24,153 in 2017 to 16,492." is labelled in the patterns real labels use: the change by its
# earlier level or by its word of direction, the earlier level as 2017's votes, the later as
# this election's.
CHANGE = "In Bolsover, Dennis Skinner saw his vote fall from 24,153 in 2017 to 16,492."


def _change_row(claim_type: str, stated: str) -> dict[str, str]:
    return label_row(claim_type=claim_type, subject="Dennis Skinner", stated=stated, quote=CHANGE)


def _scored(rows: list[dict[str, str]]) -> list[str]:
    score = realcopy.Score()
    realcopy.score_story("own-bolsover", CHANGE, rows, score)
    return [str(label.outcome) for label in score.labels]


@pytest.mark.parametrize(
    ("claim_type", "stated"),
    [
        ("vote_change", "24,153"),  # the change, by its earlier level
        ("vote_change", "fall"),  # the change, by its word of direction
        ("votes", "24,153"),  # the earlier level, as the earlier election's votes
        ("votes", "16,492"),  # the later level, this election's votes
    ],
)
def test_a_change_read_by_its_earlier_level_is_read_as_each_label_states_it(
    claim_type: str, stated: str
) -> None:
    assert _scored([_change_row(claim_type, stated)]) == ["correct"]


def test_a_change_s_levels_are_levels_of_its_own_quantity() -> None:
    # The level a vote change ends at is a vote count, not a share: read as a share it would
    # misread a share label there, and read as a change it would misread the count.
    found = [r for r in _readings_of(CHANGE) if r.span.start == CHANGE.index("16,492")]
    assert {r.kind for r in found} == {"votes"}
    earlier = [r for r in _readings_of(CHANGE) if r.span.start == CHANGE.index("24,153")]
    assert [(r.kind, r.earlier) for r in earlier] == [("vote_change", True)]


def _readings_of(text: str) -> list[Any]:
    from factcheck.extract.reader import read_prose
    from factcheck.models import Document

    article = read_prose(Document(path="own.txt", text=text + "\n"), election="uk-ge-2019")
    return list(realcopy.readings(article, "uk-ge-2019"))


def _level_label(claim_type: str) -> Any:
    row = _change_row(claim_type, "24,153")
    at = CHANGE.index("24,153")
    return realcopy.Label("own-bolsover", row, Span(start=at, end=at + len("24,153")))


def _at_earlier(kind: str, *, earlier: bool) -> Any:
    at = CHANGE.index("24,153")
    span = Span(start=at, end=at + len("24,153"))
    return realcopy.Reading(kind, span, "Dennis Skinner", None, "Bolsover", earlier=earlier)


@pytest.mark.parametrize(
    ("claim_type", "kind", "earlier", "outcome"),
    [
        # The earlier level read as the earlier election's votes, or as the change's start:
        # either reading ties the figure to that election.
        ("vote_change", "votes", True, "correct"),
        ("votes", "vote_change", True, "correct"),
        # This election's votes are no change, and a change's amount is no vote count.
        ("vote_change", "votes", False, "misread"),
        ("votes", "vote_change", False, "misread"),
        # Another quantity's earlier level is another claim.
        ("vote_change", "majority", True, "misread"),
        ("votes", "majority_change", True, "misread"),
    ],
)
def test_an_earlier_level_reads_the_change_it_starts_and_nothing_else(
    claim_type: str, kind: str, earlier: bool, outcome: str
) -> None:
    label = _level_label(claim_type)
    realcopy._judge_reading(label, [_at_earlier(kind, earlier=earlier)], [label])
    assert label.outcome == outcome


def test_a_win_with_no_seat_is_unplaced_for_a_gain_and_less_specific_in_its_seat() -> None:
    text = "Mark Fletcher won the seat from Labour."
    row = label_row(
        claim_type="gain",
        subject="Mark Fletcher",
        stated="won the seat from Labour",
        quote=text,
        official="Con gain from Lab",
    )
    at = text.index("won")
    span = Span(start=at, end=at + 3)

    def judged(seat: str | None) -> str:
        label = realcopy.Label("own-bolsover", row, Span(start=at, end=len(text) - 1))
        win = realcopy.Reading("winner", span, "Mark Fletcher", None, seat)
        realcopy._judge_reading(label, [win], [label])
        return str(label.outcome)

    assert judged(None) == "unplaced"
    assert judged("Bolsover") == "less specific"
    assert judged("Mansfield") == "misread"
