"""The votes cast, as a count (issue 8, thirteenth session): "Turnout was 42,971", "41,663
votes were cast", "Votes polled: 47,370", "the total number of votes cast across the
constituency was 56,064", "There were 38,668 ballots cast". Copy rarely says whether rejected
ballots are in the count, so either the valid votes or the valid votes and rejected ballots
together is right; a count between them, or within a few papers of the ballots cast, is not
checked; one within a tenth of a point of the electorate of them is a note (a council's
count of papers may differ slightly; a warning until the twenty-second session); anything
else an error, which says so when the count is the electorate.

Sentences are ours, in the shapes seen in stories of several outlets; figures are the official
ones for the seat and year named, and a wrong variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of, report_of

from factcheck.models import Severity

_WORDINGS = [
    # (story with {n}, seat, election, valid votes, valid votes + rejected ballots)
    (
        "Matt Warman held Boston and Skegness. Turnout was {n}.",
        "Boston and Skegness",
        "uk-ge-2017",
        42_879,
        42_971,
    ),
    (
        "Alison Taylor gained Paisley and Renfrewshire North. In Paisley and Renfrewshire"
        " North, {n} votes were cast.",
        "Paisley and Renfrewshire North",
        "uk-ge-2024",
        41_519,
        41_663,
    ),
    ("Colum Eastwood gained Foyle.\n• Votes polled: {n}\n", "Foyle", "uk-ge-2019", 47_144, 47_370),
    (
        "Richard Thomson gained Gordon. The total number of votes cast across the"
        " constituency was {n}.",
        "Gordon",
        "uk-ge-2019",
        55_916,
        56_064,
    ),
    (
        "Siân Berry held Brighton Pavilion. The turnout was {n} – or 70.3 per cent of the"
        " electorate.",
        "Brighton Pavilion",
        "uk-ge-2024",
        52_363,
        52_572,
    ),
    (
        "Colum Eastwood held Foyle. There were {n} ballots cast.",
        "Foyle",
        "uk-ge-2024",
        38_358,
        38_668,
    ),
]


def _ballots(text: str, seat: str) -> str | None:
    found = [
        c.ballots.text
        for c in article_of(text).contests
        if c.name == seat and not c.dated and c.ballots is not None
    ]
    return found[0] if found else None


@pytest.mark.parametrize(("wording", "seat", "election", "valid", "ballots"), _WORDINGS)
@pytest.mark.parametrize("which", ["valid", "ballots"])
def test_either_count_is_right(
    wording: str, seat: str, election: str, valid: int, ballots: int, *, which: str
) -> None:
    n = f"{valid if which == 'valid' else ballots:,}"
    text = wording.format(n=n)
    assert _ballots(text, seat) == n
    assert [f.text for f in findings_of(text, election)] == []


@pytest.mark.parametrize(("wording", "seat", "election", "valid", "ballots"), _WORDINGS)
@settings(max_examples=6, deadline=None)
# (A count ending in "00" stands for every count it rounds: only unrounded slips are drawn.)
@given(slip=st.integers(min_value=150, max_value=9_000).filter(lambda n: n % 100 != 0))
def test_a_wrong_count_is_an_error(
    wording: str, seat: str, election: str, valid: int, ballots: int, *, slip: int
) -> None:
    wrong = ballots + slip
    if wrong % 100 == 0:
        wrong += 1
    text = wording.format(n=f"{wrong:,}")
    assert _ballots(text, seat) == f"{wrong:,}"
    found = findings_of(text, election)
    assert [(f.text, f.severity) for f in found] == [(f"{wrong:,}", Severity.ERROR)]
    assert f"{valid:,} valid" in found[0].message


def test_the_electorate_given_as_votes_cast_is_said_to_be_it() -> None:
    # Brighton Pavilion 2024: electorate 74,786.
    text = _WORDINGS[4][0].format(n="74,786")
    (found,) = findings_of(text, "uk-ge-2024")
    assert found.severity is Severity.ERROR
    assert "74,786 is the electorate" in found.message


def test_a_count_a_little_off_the_ballots_cast_is_a_note_or_unchecked() -> None:
    # Gordon 2019: 56,064 ballots cast, electorate 79,629 (a tenth of a point: 79 papers).
    near = _WORDINGS[3][0].format(n="56,101")  # 37 papers off: a note
    assert [(f.text, f.severity) for f in findings_of(near, "uk-ge-2019")] == [
        ("56,101", Severity.INFO)
    ]
    far = _WORDINGS[3][0].format(n="56,201")  # 137 papers off: an error
    assert [(f.text, f.severity) for f in findings_of(far, "uk-ge-2019")] == [
        ("56,201", Severity.ERROR)
    ]
    same = _WORDINGS[3][0].format(n="56,067")  # 3 papers off: not checked
    assert findings_of(same, "uk-ge-2019") == []
    reasons = [s.reason for s in report_of(same, "uk-ge-2019").not_checked]
    assert any("within a few ballot papers" in r for r in reasons)


def test_between_the_two_definitions_is_not_checked() -> None:
    text = _WORDINGS[3][0].format(n="55,990")
    assert findings_of(text, "uk-ge-2019") == []


@pytest.mark.parametrize(
    "text",
    [
        # A candidate's votes, said as people voting for them or votes cast in their favour.
        "Richard Thomson gained Gordon. No fewer than 19,065 people voted for me, he said.",
        "Richard Thomson gained Gordon. With 19,388 votes cast in his favour, he took the seat.",
        # A person between "turnout" and the count: their votes.
        "Richard Thomson gained Gordon. Turnout was 70.2%, with Mr Thomson winning 19,388 votes.",
        # Another election's.
        "Richard Thomson gained Gordon. In 2017, 54,823 votes were cast in the constituency.",
        # Too few to be a seat's poll: some of the papers.
        "Richard Thomson gained Gordon. Some 1,203 ballot papers were counted twice.",
        # Papers issued (postal ones never returned among them): not votes cast.
        "Richard Thomson gained Gordon. There were 60,512 ballot papers issued.",
    ],
)
def test_other_counts_are_not_the_votes_cast(text: str) -> None:
    assert _ballots(text, "Gordon") is None


def test_a_table_header_naming_turnout_is_not_the_rows_cue() -> None:
    text = (
        "Richard Thomson gained Gordon.\n\nConstituency Candidate Electorate Turnout Votes\n"
        "Gordon THOMSON, Richard 79,629 70.2% 19,388\n"
    )
    assert _ballots(text, "Gordon") is None
