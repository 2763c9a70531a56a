"""Results lists with candidates' initials, and the seat each list is under (issue 8).

Declarations pasted as lists name candidates by initials ("A. Jenkyns (Conservative)
26,550"), put a seat heading over some lists and none over others, and sometimes head a list
with only the compass part of a seat whose place the story's title names ("North East" under
"Leeds … Election Results"). Each list is read as its own seat's, or as no named seat's:
never as the seat of the list above it. Sentences are ours; the figures are the official
2017 ones for the seats named.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import candidate_named, contest_named, findings_in, story_file

from factcheck.extract.entities import find_people
from factcheck.extract.text import sentences
from factcheck.io.articles import load_article

MORLEY = "Morley & Outwood\nA. Jenkyns (Conservative) {n}\nN. Dawson (Labour & Co-op) 24,446\n"
UNHEADED = "R. Example (Labour) 25,428\nM. Sample (Conservative) 12,676\n"
NORTH_EAST = "North East\nF. Hamilton (Labour) 33,436\nR. Stephenson (Conservative) 16,445\n"


def test_initials_open_a_list_line_and_stay_in_one_sentence() -> None:
    text = "H. Benn (Labour) 33,453\nG. T. Mulholland (Liberal Democrat) 16,192\n"
    assert [s.text for s in sentences(text)] == [text.strip()]
    assert [p.name for p in find_people(text)] == ["H. Benn", "G. T. Mulholland"]


def test_initials_in_prose_are_no_name_and_still_end_a_sentence() -> None:
    text = "They backed Plan B. Then Jane Smith won."
    assert [s.text for s in sentences(text)] == ["They backed Plan B.", "Then Jane Smith won."]
    assert "B. Then" not in {p.name for p in find_people(text)}


def test_a_seat_name_after_initials_is_a_surname(tmp_path: Path) -> None:
    story = "Leeds results\n\nMorley & Outwood\nA. Jenkyns (Conservative) 26,550\n"
    story += "E. Carlisle (Green) 1,189\n"
    article = load_article(story_file(tmp_path, story, "uk-ge-2017"))
    assert [c.name for c in article.contests] == ["Morley and Outwood"]
    assert {c.name for c in article.contests[0].candidates} == {"A. Jenkyns", "E. Carlisle"}


@pytest.mark.parametrize(("written", "fires"), [("26,550", False), ("26,505", True)])
def test_an_initialled_list_under_a_seat_heading_is_checked(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = "Leeds Parliamentary Election Results\n\n" + MORLEY.format(n=written)
    path = story_file(tmp_path, story, "uk-ge-2017")
    article = load_article(path)
    seat = contest_named(article, "Morley and Outwood")
    jenkyns = candidate_named(seat, "A. Jenkyns")
    assert jenkyns.votes is not None
    assert jenkyns.votes.text == written
    dawson = candidate_named(seat, "N. Dawson")  # "Labour & Co-op" is one party, not two cells
    assert dawson.votes is not None
    assert dawson.votes.value == 24446
    errors = [f for f in findings_in(path) if f.severity.value == "error"]
    assert bool(errors) is fires, [(f.name, f.message) for f in errors]
    if fires:
        assert {f.name for f in errors} == {"reference-mismatch"}
        assert all(f.text == written for f in errors)


def test_a_second_list_under_one_heading_is_not_that_seat(tmp_path: Path) -> None:
    story = "Leeds Parliamentary Election Results\n\n" + MORLEY.format(n="26,550") + "\n" + UNHEADED
    article = load_article(story_file(tmp_path, story, "uk-ge-2017"))
    morley = contest_named(article, "Morley and Outwood")
    assert {c.name for c in morley.candidates} == {"A. Jenkyns", "N. Dawson"}
    unnamed = [c for c in article.contests if c.name is None]
    assert [{c.name for c in co.candidates} for co in unnamed] == [{"R. Example", "M. Sample"}]


def test_a_list_before_any_seat_heading_in_a_story_of_several_is_no_named_seat(
    tmp_path: Path,
) -> None:
    story = "Leeds Parliamentary Election Results\n\n" + UNHEADED + "\n" + MORLEY.format(n="26,550")
    story += (
        "\nElmet & Rothwell\nA. Shelbrooke (Conservative) 32,352\nD. P. Nagle (Labour) 22,547\n"
    )
    article = load_article(story_file(tmp_path, story, "uk-ge-2017"))
    names = {c.name: {x.name for x in c.candidates} for c in article.contests}
    assert names[None] == {"R. Example", "M. Sample"}
    assert names["Morley and Outwood"] == {"A. Jenkyns", "N. Dawson"}
    assert names["Elmet and Rothwell"] == {"A. Shelbrooke", "D. P. Nagle"}


@pytest.mark.parametrize(("written", "fires"), [("33,436", False), ("33,463", True)])
def test_a_compass_heading_names_the_seat_with_the_titles_place(
    tmp_path: Path, written: str, fires: bool
) -> None:
    story = "Leeds Parliamentary Election Results\n\n" + MORLEY.format(n="26,550") + "\n"
    story += NORTH_EAST.replace("33,436", written)
    path = story_file(tmp_path, story, "uk-ge-2017")
    article = load_article(path)
    seat = contest_named(article, "Leeds North East")
    hamilton = candidate_named(seat, "F. Hamilton")
    assert hamilton.votes is not None
    assert hamilton.votes.text == written
    errors = [f for f in findings_in(path) if f.severity.value == "error"]
    assert bool(errors) is fires, [(f.name, f.message) for f in errors]


def test_a_compass_heading_the_title_does_not_complete_names_no_seat(tmp_path: Path) -> None:
    story = "Election night results\n\n" + MORLEY.format(n="26,550") + "\n" + NORTH_EAST
    article = load_article(story_file(tmp_path, story, "uk-ge-2017"))
    names = {c.name: {x.name for x in c.candidates} for c in article.contests}
    assert names["Morley and Outwood"] == {"A. Jenkyns", "N. Dawson"}
    assert names[None] == {"F. Hamilton", "R. Stephenson"}
