"""Seat tables under a header naming their columns, as the Commons Library sets out a party's
candidates across a region (issue 8, fourteenth session): "Constituency Candidate Electorate
Turnout Votes Vote share Majority" over rows "Bath HOBHOUSE, Wera 69,662 69.1% 19,883 41.3%
11,218", the seat first, then the candidate surname first.

Tables are ours, in that shape; figures are the official 2024 ones for the seats named (Bath,
Cheltenham, Yeovil), and a wrong variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

_ELECTION = "uk-ge-2024"
# Per seat: the row's candidate as the table writes them, their name, and each column's value.
_SEATS = {
    "Bath": ("HOBHOUSE, Wera", "Wera Hobhouse", {
        "Electorate": "69,662", "Turnout": "69.1%", "Votes": "19,883",
        "Vote share": "41.3%", "Majority": "11,218", "Position": "1st",
    }),
    "Cheltenham": ("WILKINSON, Max", "Max Wilkinson", {
        "Electorate": "76,144", "Turnout": "65.1%", "Votes": "25,076",
        "Vote share": "50.6%", "Majority": "7,210", "Position": "1st",
    }),
    "Yeovil": ("DANCE, Adam", "Adam Dance", {
        "Electorate": "79,918", "Turnout": "61.3%", "Votes": "23,765",
        "Vote share": "48.5%", "Majority": "12,268", "Position": "1st",
    }),
}  # fmt: skip
_COLUMNS = ("Electorate", "Turnout", "Votes", "Vote share", "Majority", "Position")


def _table(columns: tuple[str, ...], wrong: tuple[str, str, str] | None = None) -> str:
    """The table with these columns; ``wrong`` is (seat, column, value) written instead."""
    lines = [
        "Results for a general election, South West - Elections won by Liberal Democrat",
        "",
        "Constituency Candidate " + " ".join(columns),
    ]
    for seat, (written, _, values) in _SEATS.items():
        cells = [
            wrong[2] if wrong is not None and (seat, col) == wrong[:2] else values[col]
            for col in columns
        ]
        lines.append(f"{seat} {written} " + " ".join(cells))
    return "\n".join(lines) + "\n"


def _read(text: str, seat: str) -> dict[str, str | None]:
    """Each column's figure as read for the seat's row (None: not read, or no such contest or
    candidate read at all)."""
    contests = [c for c in article_of(text).contests if c.name == seat and not c.dated]
    assert len(contests) <= 1
    if not contests:
        return dict.fromkeys(_COLUMNS)
    contest = contests[0]
    cands = [c for c in contest.candidates if c.name == _SEATS[seat][1]]
    cand = cands[0] if cands else None
    figs = {
        "Electorate": contest.electorate,
        "Turnout": contest.turnout,
        "Majority": contest.majority,
        "Votes": cand.votes if cand else None,
        "Vote share": cand.share if cand else None,
        "Position": cand.rank if cand else None,
    }
    return {col: fig.text if fig is not None else None for col, fig in figs.items()}


def _written(value: str) -> str:
    return value.rstrip("%").removesuffix("st")  # a figure's text leaves out its unit


_OTHERS = [c for c in _COLUMNS if c != "Vote share"]


@settings(max_examples=12, deadline=None)
@given(
    others=st.lists(st.sampled_from(_OTHERS), unique=True),
    at=st.integers(min_value=0, max_value=len(_OTHERS)),
)
def test_each_column_is_read_as_the_header_names_it(others: list[str], at: int) -> None:
    # (a table of counts alone, with no share or percentage, is not worth reading as results)
    columns = (*others[:at], "Vote share", *others[at:])
    text = _table(columns)
    for seat, (_, _, values) in _SEATS.items():
        read = _read(text, seat)
        for col in _COLUMNS:
            if col == "Position" and col not in columns and "Majority" in columns:
                # The seat's majority on the row makes its candidate the winner.
                assert read[col] == "first", seat
                continue
            assert read[col] == (_written(values[col]) if col in columns else None), (seat, col)
    assert findings_of(text, _ELECTION) == []


@pytest.mark.parametrize(
    ("seat", "column", "value"),
    [
        ("Bath", "Electorate", "69,626"),
        ("Cheltenham", "Votes", "25,706"),
        ("Yeovil", "Majority", "12,286"),
        ("Bath", "Vote share", "43.1%"),
        ("Cheltenham", "Turnout", "61.5%"),
    ],
)
def test_a_wrong_cell_fires_on_it_alone(seat: str, column: str, value: str) -> None:
    text = _table(_COLUMNS[:5], wrong=(seat, column, value))
    assert [f.text for f in findings_of(text, _ELECTION)] == [value]


def test_a_row_short_of_its_columns_is_not_read() -> None:
    text = _table(_COLUMNS[:5]).replace("11,218\n", "\n")  # Bath's row cut short
    assert _read(text, "Bath") == dict.fromkeys(_COLUMNS)
    assert _read(text, "Yeovil")["Majority"] == "12,268"


def test_a_header_with_a_column_not_known_leaves_the_table_unread() -> None:
    text = _table(_COLUMNS[:5]).replace("Vote share", "Swing")
    assert _read(text, "Cheltenham")["Electorate"] is None
    assert findings_of(text, _ELECTION) == []


def test_rows_with_no_header_above_are_not_read_as_columns() -> None:
    text = _table(_COLUMNS[:5]).replace("Constituency Candidate", "Seats we won this time:")
    assert _read(text, "Yeovil")["Electorate"] is None


def test_rows_with_no_header_give_no_figure_to_their_candidate() -> None:
    # Two (count, percentage) pairs: the first is the seat's electorate and turnout, but
    # with no header nothing says so, nor that the second is her votes and share.
    text = _table(_COLUMNS[:4]).replace("Constituency Candidate", "Seats we won this time:")
    for seat, (written, name, _) in _SEATS.items():
        contest = next(c for c in article_of(text).contests if c.name == seat)
        (cand,) = [c for c in contest.candidates if c.name == name]
        assert (cand.votes, cand.share) == (None, None)
        assert (contest.electorate, contest.turnout) == (None, None)
        # The row still names her as the seat's candidate, with its spelling.
        assert cand.name_span is not None
        assert text[cand.name_span.start : cand.name_span.end] == written
    assert findings_of(text, _ELECTION, rule=None) == []


def test_a_row_of_one_count_and_share_is_still_a_candidates_line() -> None:
    text = "Seats we won this time:\nBath HOBHOUSE, Wera 19,883 41.3%\n"
    contest = next(c for c in article_of(text).contests if c.name == "Bath")
    (cand,) = contest.candidates
    assert (cand.votes and cand.votes.text, cand.share and cand.share.text) == ("19,883", "41.3")


def test_the_candidate_given_the_seats_majority_is_its_winner_loosely() -> None:
    text = _table(("Electorate", "Turnout", "Votes", "Vote share", "Majority"))
    for seat, (written, name, _) in _SEATS.items():
        contest = next(c for c in article_of(text).contests if c.name == seat)
        (cand,) = [c for c in contest.candidates if c.name == name]
        assert cand.rank is not None
        assert cand.rank.value == 1
        assert cand.rank.span is not None
        assert text[cand.rank.span.start : cand.rank.span.end] == written
        # The header says what the column holds; that its holder won is implied.
        assert cand.rank.grounds is not None
        assert cand.rank.grounds.loose == ("what",)
    assert findings_of(text, _ELECTION) == []


def test_a_row_giving_the_majority_to_the_runner_up_is_warned_of() -> None:
    from factcheck.models import Severity
    from factcheck.reference.bundled import bundled_results

    official = bundled_results().contest("Cheltenham", _ELECTION)
    assert official is not None
    second = sorted(official.candidates, key=lambda c: c.votes.value if c.votes else 0)[-2]
    assert second.votes is not None
    surname, given = second.name.rsplit(" ", 1)[1], second.name.rsplit(" ", 1)[0]
    written = f"{surname.upper()}, {given}"
    # A table of one seat (in a story of several, a place said in words is not compared at
    # all): the runner-up's own votes and share, the seat's own majority, so only the win
    # the majority implies is wrong.
    header = "Constituency Candidate Electorate Turnout Votes Vote share Majority"
    right = f"{header}\nCheltenham WILKINSON, Max 76,144 65.1% 25,076 50.6% 7,210\n"
    wrong = f"{header}\nCheltenham {written} 76,144 65.1% {second.votes.value:,} 36.1% 7,210\n"
    assert [f for f in findings_of(right, _ELECTION) if "not first" in f.message] == []
    fired = [f for f in findings_of(wrong, _ELECTION) if "not first" in f.message]
    assert [f.severity for f in fired] == [Severity.WARNING]


def test_a_table_with_no_majority_column_names_no_winner() -> None:
    text = _table(("Electorate", "Turnout", "Votes", "Vote share"))
    assert all(_read(text, seat)["Position"] is None for seat in _SEATS)
