"""A person said to have lost (or kept) their own seat, unnamed, in a story of several seats
is read in no seat (twenty-second session, issue 8: misreadings on copy nobody tuned on).

"… but the party's former leader Nick Clegg lost his seat", "Dennis Skinner loses seat after
49 years", "long-serving MP Richard Drax was ousted by Labour's Lloyd Hatton": the outcome is
of the person's own seat, which the sentence does not name. In a story of several seats the
reader gave the name the seat the story names most, or one it names only further on, and the
person was set against a seat they did not stand in (on the open splits: 17 such names
misread, in 12 outlets, against 6 read right). Such a name is now left unread; named with its
seat, or in a story of one seat, it is read as before. (The outcome itself is judged where
the record says the person stood, by the reference rule: `placing.said_elsewhere`.)

The sentences are ours.
"""

from __future__ import annotations

from story_files import seats_read

ROUND_UP = (
    "Lib Dems win back Bath\n\n"
    "Wera Hobhouse won Bath for the Liberal Democrats.\n\n"
    "In Wells, James Heappey held on for the Conservatives.\n\n"
    "The turnout in Bath was 74.4 per cent.\n\n"
    "{last}\n"
)


def test_a_name_whose_own_seat_is_a_guess_is_not_read() -> None:
    seats = seats_read(
        ROUND_UP.format(last="But the party's former leader Nick Clegg lost his seat.")
    )
    assert "Nick Clegg" not in seats
    seats = seats_read(ROUND_UP.format(last="Veteran MP Dennis Skinner was ousted by the Tories."))
    assert "Dennis Skinner" not in seats


def test_a_name_said_with_its_seat_is_read_there() -> None:
    seats = seats_read(
        ROUND_UP.format(
            last="But the party's former leader Nick Clegg lost his seat in Sheffield Hallam."
        )
    )
    assert seats["Nick Clegg"] == "Sheffield Hallam"


def test_a_name_in_a_story_of_one_seat_is_read_in_it() -> None:
    text = (
        "Lib Dems win back Bath\n\n"
        "Wera Hobhouse won Bath for the Liberal Democrats.\n\n"
        "The Conservative Ben Howlett lost his seat.\n"
    )
    assert seats_read(text)["Ben Howlett"] == "Bath"


def test_a_name_with_no_outcome_of_its_own_seat_is_read_as_before() -> None:
    # The control: the seat the story is about still takes a person said to stand in it.
    seats = seats_read(ROUND_UP.format(last="The Conservative candidate Ben Howlett came second."))
    assert seats["Ben Howlett"] == "Bath"
