"""A score against a rival's count, read with the noun "votes" or without it (issue 8,
thirteenth session): "Elliott received 23,608 to Gildernew's 23,078", "won with 27,717 to the
Conservative's 16,923", "secured 12,446 to Scott Arthur of Labour's 18,663", "15,213 votes
(32.8%) to the Labour candidate's 11,455". The first count is the person's before it (a verb
of polling or of winning "with" between), the second the rival's named in the possessive:
a person, a person "of" their party, or a party (its candidate). And "X and Y have held their
seats in A and B respectively": each person's hold, in their own seat.

Sentences are ours, in the shapes seen in several stories of several outlets; figures are
the official ones, and a wrong variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

from factcheck.models import Article, OutcomeClaim


def _votes(article: Article) -> dict[tuple[str | None, str | None], str]:
    """Each candidate's votes as read, by (seat, name or party)."""
    return {
        (c.name, x.name or x.party): x.votes.text
        for c in article.contests
        for x in c.candidates
        if x.votes is not None
    }


_FST = "Tom Elliott beat Michelle Gildernew in Fermanagh and South Tyrone. "
_SCORES = [
    # (story, election, the first count's owner, the rival, their official counts)
    (
        _FST + "Elliott received {a} to Gildernew’s {b}.",
        "uk-ge-2015",
        ("Fermanagh and South Tyrone", "Tom Elliott"),
        ("Fermanagh and South Tyrone", "Michelle Gildernew"),
        (23_608, 23_078),
    ),
    (
        "Joanna Cherry lost Edinburgh South West. Joanna Cherry secured {a} to Scott Arthur of"
        " Labour’s {b}.",
        "uk-ge-2024",
        ("Edinburgh South West", "Joanna Cherry"),
        ("Edinburgh South West", "Scott Arthur"),
        (12_446, 18_663),
    ),
    (
        "Kerry McCarthy held Bristol East. Kerry McCarthy won with {a} to the Conservative's {b}.",
        "uk-ge-2019",
        ("Bristol East", "Kerry McCarthy"),
        ("Bristol East", "Conservative"),
        (27_717, 16_923),
    ),
    (
        "The SNP's Stephen Flynn held Aberdeen South. Mr Flynn secured {a} votes (32.8%) to the"
        " Labour candidate's {b} (24.7%).",
        "uk-ge-2024",
        ("Aberdeen South", "Stephen Flynn"),
        ("Aberdeen South", "Labour"),
        (15_213, 11_455),
    ),
]


@pytest.mark.parametrize(("wording", "election", "first", "rival", "counts"), _SCORES)
def test_each_count_of_a_score_is_its_owners(
    wording: str,
    election: str,
    first: tuple[str, str],
    rival: tuple[str, str],
    counts: tuple[int, int],
) -> None:
    a, b = counts
    read = _votes(article_of(wording.format(a=f"{a:,}", b=f"{b:,}")))
    assert read[first] == f"{a:,}"
    assert read[rival] == f"{b:,}"
    assert findings_of(wording.format(a=f"{a:,}", b=f"{b:,}"), election) == []


@pytest.mark.parametrize(
    ("wording", "election", "counts"), [(w, e, n) for w, e, _, _, n in _SCORES]
)
@settings(max_examples=8, deadline=None)
@given(slip=st.integers(min_value=1, max_value=900))
def test_a_wrong_rival_count_fires(
    wording: str, election: str, counts: tuple[int, int], slip: int
) -> None:
    a, b = counts
    # A count ending in a zero may be a rounded one ("11,500" is 11,455 to the hundred): no
    # slip, and rightly no finding.
    assume((b + slip) % 10 != 0)
    wrong = f"{b + slip:,}"
    text = wording.format(a=f"{a:,}", b=wrong)
    assert [f.text for f in findings_of(text, election)] == [wrong]


def test_a_score_against_a_count_that_is_no_ones_is_not_read() -> None:
    """ "to 2019's 16,923": a year, no rival, owns the second count."""
    text = "Kerry McCarthy held Bristol East. Kerry McCarthy won with 27,717 to 2019's 16,923."
    read = _votes(article_of(text))
    assert "16,923" not in read.values()


def test_a_possessive_with_no_count_before_is_no_score() -> None:
    """Without a count before "to", a rival's possessive and a count are no score, in a
    sentence that counts no votes: "She spoke to the Conservative's 300 activists"."""
    text = "Kerry McCarthy held Bristol East. She later spoke to the Conservative's 300 helpers."
    assert ("Bristol East", "Conservative") not in _votes(article_of(text))


def test_holds_in_their_seats_respectively_are_each_persons() -> None:
    text = (
        "Kerry McCarthy and Thangam Debbonaire have held their seats in Bristol East and"
        " Bristol West respectively."
    )
    holds = {
        (c.candidate, c.contest)
        for c in article_of(text).claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    }
    assert holds == {("Kerry McCarthy", "Bristol East"), ("Thangam Debbonaire", "Bristol West")}
    assert findings_of(text, "uk-ge-2019") == []
    # Swapped, each is read as written: the pairing follows the order, not the record.
    swapped = text.replace("Bristol East and Bristol West", "Bristol West and Bristol East")
    read = {
        (c.candidate, c.contest)
        for c in article_of(swapped).claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    }
    assert read == {("Kerry McCarthy", "Bristol West"), ("Thangam Debbonaire", "Bristol East")}
