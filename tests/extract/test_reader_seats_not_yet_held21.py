"""A seat first contested after the story's election is a place in it, not a seat
(twenty-first session, issue 8: misreadings; "words that only look like seats").

"Every seat in Dudley went blue" in a 2019 story: Dudley was a borough of two seats then
(Dudley North and Dudley South), and became a seat's name only in 2024. Read as a seat, it
took the lists and the winner that followed, set against no record at all, since no such
contest was held. So with a 2015 story's "Brighton Kemptown and Peacehaven" (the seat's
2024 name) and a 2019 story's "Dover and Deal". In a story of an election fought on the
2010-2019 boundaries, the names of seats first contested in 2024 are now no seats: what
follows is placed by its own words or by its people (the record's placing by candidates).
A 2024 story's "Dudley" is its seat.

The sentences are ours. The record: Dudley North, 2019, Marco Longhi (Conservative) 23,134,
Melanie Dudley (Labour) 11,601, Ian Flynn (Liberal Democrat) 1,210; Dudley, 2024, Sonia
Kumar (Labour) 12,215, Marco Longhi (Conservative) 10,315.
"""

from __future__ import annotations

from pathlib import Path

from story_files import findings_of, seats_read, story_file

from factcheck.extract.entities import seats_not_yet_held
from factcheck.io.articles import load_article
from factcheck.models import Severity

STORY = (
    "At the 2019 general election every seat in Dudley went to the Conservatives.\n\n"
    "Marco Longhi, Conservative - 23,134\n\n"
    "Melanie Dudley, Labour - 11,601\n\n"
    "Ian Flynn, Liberal Democrat - {flynn}\n"
)


def _seats(tmp_path: Path, text: str, election: str) -> dict[str, str | None]:
    article = load_article(story_file(tmp_path, text, election))
    return {c.name: k.name for k in article.contests for c in k.candidates}


def test_a_2024_seats_name_in_a_2019_story_is_no_seat(tmp_path: Path) -> None:
    seats = _seats(tmp_path, STORY.format(flynn="1,210"), "uk-ge-2019")
    assert seats["Ian Flynn"] != "Dudley"
    assert seats["Marco Longhi"] != "Dudley"


def test_the_list_is_checked_in_the_seat_its_people_stood_in() -> None:
    assert findings_of(STORY.format(flynn="1,210"), "uk-ge-2019") == []
    (finding,) = findings_of(STORY.format(flynn="1,120"), "uk-ge-2019")
    assert finding.text == "1,120"
    assert "Dudley North" in finding.message
    assert finding.severity is Severity.WARNING


def test_a_2024_story_keeps_its_seat(tmp_path: Path) -> None:
    text = "Labour won Dudley from the Conservatives.\n\nSonia Kumar, Labour - 12,215\n"
    assert _seats(tmp_path, text, "uk-ge-2024")["Sonia Kumar"] == "Dudley"
    # Nor does a story of no known election lose it.
    assert seats_read(text)["Sonia Kumar"] == "Dudley"
    assert "Dudley" not in seats_not_yet_held("2024")
    assert "Dudley" in seats_not_yet_held("2019")
    assert "Dudley North" not in seats_not_yet_held("2019")
    assert seats_not_yet_held(None) == frozenset()
