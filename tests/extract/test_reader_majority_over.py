"""The one a majority was won over is second (issue 8, tenth session), also where a hedge
stands before the count ("a majority of just 1,725 over X") or the win is "by N votes over
X" ("won Midlothian by 8,167 votes over the SNP's X"). A majority is the lead over the
runner-up, so the person it is over came second.

Each test reads sentences written here in the pattern seen: the reference rule fires on a
person said to be beaten by the majority who finished lower than second, and stays silent
on the runner-up; "over" that is not the majority's is not read.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import Document

# Midlothian 2024: Kirsty McNeill (Labour) 21,480; Owen Thompson (SNP) 13,313, second;
# Stefan Garbowski (Reform UK) 3,276, third.
_LEAD = "Turnout in Midlothian was 60%. "
_WORDINGS = [
    "Kirsty McNeill won Midlothian by 8,167 votes over {party}'s {name}.",
    "Kirsty McNeill held Midlothian with a majority of just 8,167 over {party}'s {name}.",
    "In Midlothian Kirsty McNeill won with a majority of only 8,167 votes over {name}.",
]
_RIVALS = {"Owen Thompson": "the SNP", "Stefan Garbowski": "Reform UK"}


def _ranks(text: str) -> dict[str, tuple[str | None, object]]:
    article = read_prose(Document(path="story.txt", text=text))
    return {
        c.name: (contest.name, c.rank.value)
        for contest in article.contests
        for c in contest.candidates
        if c.name and c.rank is not None and c.rank.value != 1
    }


def _flagged(text: str, name: str) -> bool:
    return any(f"{name} officially finished" in f.message for f in findings_of(text, "uk-ge-2024"))


@settings(max_examples=30, deadline=None)
@given(wording=st.sampled_from(_WORDINGS), name=st.sampled_from(sorted(_RIVALS)))
def test_the_one_a_majority_was_won_over_is_second(wording: str, name: str) -> None:
    text = _LEAD + wording.format(party=_RIVALS[name], name=name)
    assert _ranks(text) == {name: ("Midlothian", 2)}
    assert _flagged(text, name) is (name != "Owen Thompson")


@settings(max_examples=20, deadline=None)
@given(
    wording=st.sampled_from(
        [
            "Kirsty McNeill won Midlothian by 8,167 votes, over the moon as {name} conceded.",
            "Kirsty McNeill won Midlothian by 8,167 votes; over in Dalkeith, {name} spoke.",
            "Kirsty McNeill won by 8,167 votes over the course of a long night, {name} said.",
        ]
    ),
    name=st.sampled_from(sorted(_RIVALS)),
)
def test_an_over_that_is_not_the_majority_s_places_nobody(wording: str, name: str) -> None:
    text = _LEAD + wording.format(name=name)
    assert name not in _ranks(text)
