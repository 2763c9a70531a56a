"""Lists across seats: one contest figure named once, then given seat by seat (issue 8).

Sentences are ours, in the patterns real copy uses ("Dudley North (31.3 per cent), Bassetlaw
(27.6 per cent) and …", "Ilford North at 66.1 per cent, Ilford South at …", "… respectively");
figures are the official 2019 ones for the seats named, and each "wrong" variant changes one
as a slip would. The properties render generated lists in each style and read them back.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import contest_named, findings_in, story_file

from factcheck.extract.reader import read_prose
from factcheck.io.articles import load_article
from factcheck.models import Article, Document, Unit

MAJORITIES = (
    "The new Conservative majorities in three of these seats are more than 20 percentage"
    " points: Dudley North ({dudley} per cent), Bassetlaw (27.6 per cent) and Great Grimsby"
    " (22.2 per cent)."
)


@pytest.mark.parametrize(("written", "fires"), [("31.4", False), ("31.3", True)])
def test_a_list_of_seats_after_majorities_gives_each_its_majority_share(
    tmp_path: Path, written: str, fires: bool
) -> None:
    path = story_file(tmp_path, MAJORITIES.format(dudley=written), "uk-ge-2019")
    article = load_article(path)
    read = {
        seat: contest_named(article, seat).majority_share
        for seat in ("Dudley North", "Bassetlaw", "Great Grimsby")
    }
    assert {seat: (f.text, f.unit) for seat, f in read.items() if f is not None} == {
        "Dudley North": (written, Unit.POINTS),
        "Bassetlaw": ("27.6", Unit.POINTS),
        "Great Grimsby": ("22.2", Unit.POINTS),
    }
    dudley = read["Dudley North"]
    assert dudley is not None
    assert dudley.grounds is not None
    assert dudley.grounds.loose == ()  # the seat is named beside it: an explicit tie
    # The list gives each seat one figure, so nothing else bears out the seat: a warning
    # with no fix (see factcheck.reference.corroboration).
    found = [(f.name, f.text, f.severity.value, f.fix) for f in findings_in(path)]
    assert found == (
        [("reference-mismatch", f"{written} per cent", "warning", None)] if fires else []
    )


TURNOUTS = (
    "Turnout was highest in Ilford North at {north} per cent, Ilford South at 62.9 per cent"
    " and Leyton and Wanstead at 68.7 per cent."
)


@pytest.mark.parametrize(("written", "fires"), [("68.7", False), ("66.1", True)])
def test_a_list_of_seats_at_their_turnouts_reads_every_item(
    tmp_path: Path, written: str, fires: bool
) -> None:
    path = story_file(tmp_path, TURNOUTS.format(north=written), "uk-ge-2019")
    article = load_article(path)
    turnouts = {
        seat: contest_named(article, seat).turnout
        for seat in ("Ilford North", "Ilford South", "Leyton and Wanstead")
    }
    assert {seat: f.text for seat, f in turnouts.items() if f is not None} == {
        "Ilford North": written,
        "Ilford South": "62.9",
        "Leyton and Wanstead": "68.7",
    }
    flagged = [(f.name, f.text, f.severity.value) for f in findings_in(path)]
    assert flagged == (
        [("reference-mismatch", f"{written} per cent", "warning")] if fires else []
    )  # a warning: nothing else the story says bears out Ilford North


@pytest.mark.parametrize(
    "story",
    [
        "Turnout was {a} per cent in Ilford North and {b} per cent in Ilford South.",
        "Turnout in Ilford North and Ilford South was {a} and {b} per cent respectively.",
        "Turnout in Ilford North and Ilford South was {a} per cent and {b} per cent, respectively.",
        "Turnout: Ilford North – {a}%, Ilford South – {b}%.",
    ],
)
def test_other_list_styles_give_each_seat_its_own_turnout(tmp_path: Path, story: str) -> None:
    path = story_file(tmp_path, story.format(a="68.7", b="59.9"), "uk-ge-2019")
    article = load_article(path)
    north = contest_named(article, "Ilford North").turnout
    south = contest_named(article, "Ilford South").turnout
    assert (north and north.text, south and south.text) == ("68.7", "59.9")
    # Ilford South's official turnout is 62.93%: only its figure is wrong.
    errors = [(f.text or "").rstrip("%").removesuffix(" per cent") for f in findings_in(path)]
    assert errors == ["59.9"]


@pytest.mark.parametrize(("written", "fires"), [("73.8", False), ("78.3", True)])
def test_a_list_a_line_per_seat_under_turnout_is_read_seat_by_seat(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = (
        "Turnout:\nTelford Constituency – 65.8 per cent\nThe Wrekin Constituency – 72.4 per"
        f" cent\nShrewsbury and Atcham constituency – {written} per cent\nLudlow – 73.7 per"
        " cent\n"
    )
    path = story_file(tmp_path, story, "uk-ge-2017")
    article = load_article(path)
    turnouts = {c.name: c.turnout.text for c in article.contests if c.turnout is not None}
    assert turnouts == {
        "Telford": "65.8",
        "The Wrekin": "72.4",
        "Shrewsbury and Atcham": written,
        "Ludlow": "73.7",
    }
    # "Telford Constituency" is no candidate, and its figure no candidate's share.
    assert all(not c.candidates for c in article.contests)
    # Nothing else the story says bears the seat out: a warning (corroboration), not silence.
    flagged = [(f.name, f.text) for f in findings_in(path) if f.severity.value != "info"]
    assert flagged == ([("reference-mismatch", f"{written} per cent")] if fires else [])


def test_a_list_of_majorities_in_votes_is_read_and_rounded_as_a_majority(
    tmp_path: Path,
) -> None:
    story = "The majorities were 4,513 in Sedgefield and 4,500 in Workington."
    path = story_file(tmp_path, story, "uk-ge-2019")
    article = load_article(path)
    sedgefield = contest_named(article, "Sedgefield").majority
    workington = contest_named(article, "Workington").majority
    assert sedgefield is not None
    assert workington is not None
    assert (sedgefield.value, sedgefield.unit, sedgefield.exact) == (
        Decimal(4513),
        Unit.VOTES,
        True,
    )
    assert not workington.exact  # "4,500" is a rounding, as every round majority is
    flagged = [(f.name, f.text, f.severity.value) for f in findings_in(path)]
    # Workington's was 4,176; a warning, as nothing else bears out the seat
    assert flagged == [("reference-mismatch", "4,500", "warning")]


def _contest_figures(article: Article) -> dict[str | None, tuple[str | None, ...]]:
    return {
        c.name: tuple(
            f.text if f is not None else None for f in (c.turnout, c.majority, c.majority_share)
        )
        for c in article.contests
        if c.turnout or c.majority or c.majority_share
    }


@pytest.mark.parametrize(
    "story",
    [
        # A change, not a level.
        "Turnout fell most in Ilford North (5.1 per cent) and Ilford South (4.2 per cent).",
        "The swing to Labour was biggest in Ilford North (5.1 per cent) and Ilford South"
        " (4.2 per cent), where turnout held up.",
        # Another election's.
        "In 2017 turnout was 70.1 per cent in Ilford North and 64.2 per cent in Ilford South.",
        "Labour was defending majorities in Ilford North (9,639) and Ilford South (31,647).",
        # Candidates' shares, not the contest's figures.
        "Labour's share was 45.1 per cent in Ilford North and 64.2 per cent in Ilford South,"
        " on a lower turnout.",
        # One seat twice.
        "Turnout in Ilford North rose: Ilford North (64.1 per cent), Ilford North (66.2 per cent).",
        # A figure with words after it is no list item: the share of the vote.
        "Turnout was high; Ilford North (50.1 per cent of the vote) and Ilford South (60.2"
        " per cent of the vote) went to Labour.",
    ],
)
def test_lists_that_are_not_of_a_contests_figures_are_not_read_as_such(
    tmp_path: Path, story: str
) -> None:
    article = load_article(story_file(tmp_path, story, "uk-ge-2019"))
    assert _contest_figures(article) == {}


def test_respectively_with_the_seats_in_an_earlier_sentence_gives_no_seat_a_figure(
    tmp_path: Path,
) -> None:
    story = (
        "The highest turnout was in Ilford North. Ilford South was second. Respectively,"
        " the turnout for the two constituencies were 77.6% and 75.7%."
    )
    article = load_article(story_file(tmp_path, story, "uk-ge-2019"))
    # Given to the seat named last, 77.6% would be misread; it is left unread instead.
    assert _contest_figures(article) == {}


SEATS = [
    "Dudley North",
    "Bassetlaw",
    "Great Grimsby",
    "Ilford North",
    "Ilford South",
    "Leyton and Wanstead",
    "Bolsover",
    "Blyth Valley",
    "Wrexham",
    "Workington",
    "Sedgefield",
    "Gower",
]
STYLES = {
    "brackets": ("{cue}: {items}.", "{seat} ({n} per cent)"),
    "at": ("{cue} was highest in {items}.", "{seat} at {n} per cent"),
    "in": ("{cue} was {items}.", "{n} per cent in {seat}"),
    "colon": ("{cue} — {items}.", "{seat}: {n}%"),
    "lines": ("{cue}:\n{items}", "{seat} Constituency – {n} per cent"),
}
CUES = {"turnout": "Turnout", "majority_share": "The new majorities in points"}


def _joined(parts: list[str], style: str) -> str:
    if style == "lines":
        return "\n".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


@settings(max_examples=60, deadline=None)
@given(
    seats=st.lists(st.sampled_from(SEATS), min_size=2, max_size=6, unique=True),
    tenths=st.data(),
    style=st.sampled_from(sorted(STYLES)),
    kind=st.sampled_from(sorted(CUES)),
)
def test_generated_lists_across_seats_are_read_back_seat_by_seat(
    seats: list[str], tenths: st.DataObject, style: str, kind: str
) -> None:
    values = [tenths.draw(st.integers(min_value=1, max_value=999), label=seat) for seat in seats]
    written = {seat: f"{v // 10}.{v % 10}" for seat, v in zip(seats, values, strict=True)}
    sentence, item = STYLES[style]
    items = [item.format(seat=s, n=written[s]) for s in seats]
    body = sentence.format(cue=CUES[kind], items=_joined(items, style))
    text = f"Results night.\n\n{body}\n"
    article = read_prose(Document(path="s.txt", text=text))
    got = {}
    for c in article.contests:
        fig = c.turnout if kind == "turnout" else c.majority_share
        if fig is not None:
            assert fig.span is not None
            # Each figure points at its own words, right beside its seat's name.
            assert text[fig.span.start : fig.span.end].startswith(fig.text)
            got[c.name] = fig.text
    assert got == written
