"""A candidate's figure given in prose and said again on their line of the full result
(issue 8, tenth session): "Nick Boles retained his seat with 35,090 votes", then "The result
was: Nick Boles (Conservative) 35,090". Counted across the unseen batches dev3, dev4 and dev5:
four stories from four outlets, the winner's line each time.

Each test reads sentences written here in the pattern seen: the list line's figure is kept as
said again, so the reference rule fires on it where it is wrong and stays silent where it is
right, and a list line with another value is still the count (the prose's kept as said
again), as before.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Document

# Grantham and Stamford 2017: Nick Boles (Conservative) 35,090; Barrie Fairbairn (Labour)
# 14,996.
_STORY = (
    "Nick Boles retained his Grantham and Stamford seat with {votes} votes.\n\n"
    "The result was:\n\n"
    "Nick Boles (Conservative) {again}\n\n"
    "Barrie Fairbairn (Labour) 14,996\n"
)


def _boles(text: str) -> tuple[object, list[object]]:
    article = read_prose(Document(path="story.txt", text=text))
    (cand,) = [
        c for contest in article.contests for c in contest.candidates if c.name == "Nick Boles"
    ]
    assert cand.votes is not None
    return cand.votes.value, [r.value for r in cand.restated]


def _flagged_lines(text: str) -> set[int | None]:
    return {f.line for f in findings_of(text, "uk-ge-2017")}


@settings(max_examples=30, deadline=None)
@given(votes=st.sampled_from([35090, 35900, 33090]))
def test_the_same_count_on_the_list_line_is_said_again(votes: int) -> None:
    text = _STORY.format(votes=f"{votes:,}", again=f"{votes:,}")
    assert _boles(text) == (votes, [votes])
    # The prose is line 1, the list's line 5: each is judged where it stands.
    assert _flagged_lines(text) == (set() if votes == 35090 else {1, 5})


def test_another_count_on_the_list_line_is_the_count() -> None:
    text = _STORY.format(votes="35,900", again="35,090")
    assert _boles(text) == (35090, [35900])
    assert _flagged_lines(text) == {1}


# Grantham and Stamford 2017: Nick Boles's share 62.0% (35,090 of 56,577 valid votes).
_SHARES = (
    "Nick Boles retained his Grantham and Stamford seat with {share}% of the vote.\n\n"
    "The result was:\n\n"
    "Nick Boles (Conservative) 35,090 ({share}%)\n\n"
    "Barrie Fairbairn (Labour) 14,996\n"
)


@settings(max_examples=20, deadline=None)
@given(share=st.sampled_from(["62.0", "64.0", "60.2"]))
def test_the_same_share_on_the_list_line_is_said_again(share: str) -> None:
    text = _SHARES.format(share=share)
    article = read_prose(Document(path="story.txt", text=text))
    (cand,) = [
        c for contest in article.contests for c in contest.candidates if c.name == "Nick Boles"
    ]
    assert cand.share is not None
    assert str(cand.share.value) == share
    assert [str(r.value) for r in cand.restated if r.unit.value == "percent"] == [share]
    lines = {
        f.line
        for f in factcheck.check(
            Document(path="story.txt", text=text), election="uk-ge-2017"
        ).findings
        if f.name == "reference-mismatch" and share in (f.text or "")
    }
    assert lines == (set() if share == "62.0" else {1, 5})
