"""In a 2024 story, "the Isle of Wight" is the island, not a seat (twenty-second session,
issue 8: misreadings on copy nobody tuned on).

The Isle of Wight was one seat until 2019 and two from 2024, Isle of Wight East and Isle of
Wight West. A 2024 story headed "… first Labour MP on the Isle of Wight" or naming "Isle of
Wight Radio" had every figure of the island's two results read in the abolished seat, the
only one the story seemed to name ("taking the West", "in the East" are no seats' names), and
set against no record of that election: a wrong count went unchecked, a right one was read
in a seat that was not contested. The island's name is read as a place in a story of the
2024 election, its front matter's or the run's: the figures are then placed by the seats the
story does name, or by the people they are given to (three or more who stood in one seat
only). So with the other places that became two or more seats named after them in 2024
(Gateshead, Moray, Solihull). A 2019 story's "Isle of Wight" is its seat.

The sentences are ours. The record: Isle of Wight West, 2024, Richard Quigley (Labour)
13,240, Bob Seely (Conservative) 10,063, Ian Pickering (Reform UK) 5,834; Isle of Wight,
2019, Bob Seely 41,815.
"""

from __future__ import annotations

from story_files import findings_of

from factcheck.extract.entities import contest_matcher, places_split_in_2024
from factcheck.extract.reader import read_prose
from factcheck.models import Document, Severity

ISLAND = (
    "Labour wins its first seat on the Isle of Wight\n\n"
    "Richard Quigley polled {quigley} votes, ahead of Conservative Bob Seely on 10,063.\n\n"
    "Reform's Ian Pickering came third with 5,834 votes.\n"
)


def _seats(text: str, election: str) -> dict[str, str | None]:
    article = read_prose(Document(path="story.txt", text=text), election=election)
    return {c.name: k.name for k in article.contests for c in k.candidates if c.name}


def test_the_island_is_no_seat_of_a_2024_story() -> None:
    seats = _seats(ISLAND.format(quigley="13,240"), "uk-ge-2024")
    assert "Isle Of Wight" not in seats.values()
    # (Read in no seat, the three are placed by the record: all stood in Isle of Wight West.)
    assert set(seats.values()) == {None}


def test_a_wrong_count_is_found_in_the_seat_its_people_stood_in() -> None:
    assert findings_of(ISLAND.format(quigley="13,240"), "uk-ge-2024") == []
    (finding,) = findings_of(ISLAND.format(quigley="13,420"), "uk-ge-2024")
    assert finding.text == "13,420"
    assert "Isle of Wight West" in finding.message
    assert "13,240" in finding.message
    assert finding.severity is Severity.WARNING


def test_a_2019_story_keeps_the_seat() -> None:
    text = "Bob Seely held the Isle of Wight for the Conservatives with {seely} votes.\n"
    assert _seats(text.format(seely="41,815"), "uk-ge-2019") == {"Bob Seely": "Isle Of Wight"}
    assert findings_of(text.format(seely="41,815"), "uk-ge-2019") == []
    (finding,) = findings_of(text.format(seely="41,518"), "uk-ge-2019")
    assert finding.text == "41,518"


def test_the_new_seats_are_read_by_their_own_names() -> None:
    text = "Richard Quigley won Isle of Wight West with 13,240 votes.\n"
    assert _seats(text, "uk-ge-2024") == {"Richard Quigley": "Isle of Wight West"}


def test_which_places_split() -> None:
    text = "Votes in Gateshead, Moray, Solihull, the Isle of Wight and Sevenoaks were counted."
    mentions = contest_matcher().find(text)
    split = {c.name for c in places_split_in_2024(mentions, "2024")}
    assert {n.lower() for n in split} == {"gateshead", "moray", "solihull", "isle of wight"}
    assert places_split_in_2024(mentions, "2019") == []
    assert places_split_in_2024(mentions, None) == []
