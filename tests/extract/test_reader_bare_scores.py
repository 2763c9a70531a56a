"""A winner's and a rival's counts set against each other without "votes" (issue 8, tenth
session): "X won with N, closely followed by Y with M", "X retained SEAT with N, ahead of
Labour's Y on M". Counted across the unseen batches dev3, dev4 and dev5: three stories from
three outlets.

Each test reads sentences written here in the pattern seen: the reference rule fires on a
wrong count and stays silent on the right one, and the shapes that say something else (a
majority, a margin, counts the wrong way round, a third person between) are not read.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import Document

# Carmarthen East and Dinefwr 2017: Jonathan Edwards (Plaid Cymru) 16,127; David Darkin
# (Labour) 12,219.
_RESULT = "Plaid Cymru held Carmarthen East and Dinefwr, the count's votes showed. "
_WORDINGS = [
    "Jonathan Edwards won with {a}, closely followed by Labour's David Darkin with {b}.",
    "Jonathan Edwards retained Carmarthen East and Dinefwr with {a}, ahead of Labour's "
    "David Darkin on {b}.",
    "Plaid Cymru's Jonathan Edwards held the seat with {a}, well ahead of David Darkin on {b}.",
    "Jonathan Edwards has won with just {a}, followed by Labour candidate David Darkin with {b}.",
]


def _votes(text: str) -> dict[str, tuple[str | None, object]]:
    article = read_prose(Document(path="story.txt", text=text))
    return {
        c.name: (contest.name, c.votes.value if c.votes else None)
        for contest in article.contests
        for c in contest.candidates
        if c.name and c.votes is not None
    }


@settings(max_examples=60, deadline=None)
@given(
    wording=st.sampled_from(_WORDINGS),
    winner=st.sampled_from([16127, 16172, 15127]),
    rival=st.sampled_from([12219, 12291, 11219]),
)
def test_a_winner_s_and_a_rival_s_bare_counts_are_their_votes(
    wording: str, winner: int, rival: int
) -> None:
    text = _RESULT + wording.format(a=f"{winner:,}", b=f"{rival:,}")
    seat = "Carmarthen East and Dinefwr"
    assert _votes(text) == {"Jonathan Edwards": (seat, winner), "David Darkin": (seat, rival)}
    article = read_prose(Document(path="story.txt", text=text))
    for contest in article.contests:
        for c in contest.candidates:
            assert c.votes is not None
            assert c.votes.grounds is not None
            assert "subject" not in c.votes.grounds.loose
            assert "what" not in c.votes.grounds.loose
    flagged = {(f.text or "").replace(",", "") for f in findings_of(text, "uk-ge-2017")}
    assert (str(winner) in flagged) is (winner != 16127)
    assert (str(rival) in flagged) is (rival != 12219)


@settings(max_examples=40, deadline=None)
@given(
    wording=st.sampled_from(
        [
            # a majority or a margin says what the count is: not a score of two tallies
            "Jonathan Edwards won with a majority of {a}, ahead of David Darkin on {b}.",
            "Jonathan Edwards won by {a}, ahead of David Darkin on {b}.",
            # the rival's count the larger: no winner's score
            "Jonathan Edwards won with {b}, ahead of David Darkin on {a}.",
            # a third person between: whose count is whose is unsure
            "Jonathan Edwards, with Adam Price, won with {a}, ahead of David Darkin on {b}.",
            "Jonathan Edwards won with {a}, ahead of David Darkin and Havard Hughes on {b}.",
            # other things counted
            "Jonathan Edwards won with {a} leaflets, ahead of David Darkin on {b}.",
            "Jonathan Edwards won with {a}, ahead of David Darkin on {b} doorsteps.",
        ]
    ),
    a=st.integers(min_value=13000, max_value=20000),
    b=st.integers(min_value=5000, max_value=12000),
)
def test_other_shapes_are_not_read_as_a_bare_score(wording: str, a: int, b: int) -> None:
    text = _RESULT + wording.format(a=f"{a:,}", b=f"{b:,}")
    article = read_prose(Document(path="story.txt", text=text))
    read_as_score = [
        c.name
        for contest in article.contests
        for c in contest.candidates
        if c.votes is not None and c.votes.grounds is not None and "N”" in c.votes.grounds.what
    ]
    assert read_as_score == []
    assert _votes(text).get("Jonathan Edwards", (None, None))[1] not in (a, b)


def test_another_election_s_score_is_not_this_one_s() -> None:
    text = _RESULT + "In 2015 Jonathan Edwards won with 15,140, ahead of Calum Higgins on 9,541."
    assert _votes(text) == {}
