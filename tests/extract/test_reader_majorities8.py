"""Majorities of real results copy that went unread (issue 8, eighth session): a majority's
change told from one level to another with words between ("Mr Rutley's majority has
plummeted from 14,811 to 8,608", "her majority in Edinburgh South was reduced from over 15,000
to 11,095", "taking her 2015 majority of 428 to over 5,376"), the figure in apposition ("the
largest majority, a whopping 17,251"), a majority "for" its winner, what a majority was
turned into ("into a 4,000 lead", "into a 5,299 majority of their own"), and a majority
"before the general election".

Sentences are ours, in the shapes seen in several stories; a template renders generated
figures, and against the official record a wrong one fires while the right one stays silent.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

from factcheck.models import Article


def _majorities(article: Article) -> dict[tuple[str | None, bool], str]:
    """Each contest's majority as read, by (seat, dated to another election)."""
    return {(c.name, c.dated): c.majority.text for c in article.contests if c.majority is not None}


# -- a change from one level to another -----------------------------------------------------------

_FROM_TO = [
    # (story, seat, the level it changed to)
    ("Mr Rutley's majority has plummeted from {a} to {b} votes.", "Macclesfield", "{b}"),
    (
        "Mr Murray's majority in Edinburgh South was reduced from over {a} to {b}.",
        "Edinburgh South",
        "{b}",
    ),
    (
        "He defied Labour to boost the Conservative majority from {a} to {b}.",
        "Cardiff North",
        "{b}",
    ),
]


@pytest.mark.parametrize(("sentence", "seat", "level"), _FROM_TO)
def test_the_level_a_majority_changed_to_is_this_election_s(
    sentence: str, seat: str, level: str
) -> None:
    text = f"Jane Doe held {seat} in the 2017 general election. " + sentence.format(
        a="14,000", b="8,600"
    )
    found = _majorities(article_of(text))
    assert found[seat, False] == level.format(b="8,600")


@settings(max_examples=15, deadline=None)
# (A round figure may be a rounding of 8,608, "9,000" or "8,600", and so right: only
# figures written to the vote are drawn.)
@given(b=st.integers(min_value=6_900, max_value=10_300).filter(lambda n: n % 10 != 0))
def test_a_wrong_level_fires_and_the_right_one_stays_silent(b: int) -> None:
    # Macclesfield 2017: the Conservative majority fell from 14,811 (2015) to 8,608.
    text = (
        "David Rutley held Macclesfield for the Conservatives in 2017.\n\n"
        f"Mr Rutley's majority has plummeted from 14,811 to {b:,} votes."
    )
    fired = [f for f in findings_of(text, "uk-ge-2017") if f.text == f"{b:,}"]
    assert bool(fired) == (b != 8_608)


def test_a_year_inside_the_change_dates_only_the_level_it_changed_from() -> None:
    # Halifax: 428 in 2015, 5,376 in 2017.
    text = (
        "The 2017 general election in Halifax.\n\n"
        "Holly Lynch held Halifax, taking her 2015 majority of 428 to 5,376."
    )
    found = _majorities(article_of(text))
    assert found["Halifax", False] == "5,376"
    assert found["Halifax", True] == "428"
    assert findings_of(text, "uk-ge-2017") == []


def test_a_time_outside_the_change_dates_the_level() -> None:
    # The control: "at the last election" opens the clause; the level is that election's.
    text = (
        "Nick Clegg held Sheffield Hallam from 2005. But at the last election he won 40% of"
        " the vote, significantly reducing his majority to just 2,353."
    )
    assert ("Sheffield Hallam", False) not in _majorities(article_of(text))


def test_an_exact_count_after_a_bound_is_not_read_as_a_bound() -> None:
    # "to over 5,376" for exactly 5,376 is emphasis: read as a bound, it would be wrong by
    # one vote. A round count after a bound is read with it.
    emphatic = "Holly Lynch held Halifax, taking her majority to over 5,376."
    assert ("Halifax", False) not in _majorities(article_of(emphatic))
    rounded = "Holly Lynch held Halifax, taking her majority to over 5,000."
    assert _majorities(article_of(rounded))["Halifax", False] == "5,000"


# -- the figure in apposition, and a majority "for" its winner ------------------------------------


@settings(max_examples=10, deadline=None)
@given(n=st.integers(min_value=14_000, max_value=20_500))
def test_a_majority_in_apposition(n: int) -> None:
    # Edinburgh South 2024: Ian Murray's majority was 17,251.
    text = (
        "Labour’s Ian Murray now holds the Scottish seat with the largest majority, a whopping"
        f" {n:,} in Edinburgh South."
    )
    assert _majorities(article_of(text)) == {("Edinburgh South", False): f"{n:,}"}
    fired = [f for f in findings_of(text, "uk-ge-2024") if f.text == f"{n:,}"]
    assert bool(fired) == (n != 17_251)


def test_a_comma_after_majority_without_an_article_is_no_apposition() -> None:
    text = "Jane Doe held Belfast South but dropped her majority, 27.3% above the DUP in 2010."
    assert not any(not dated for _, dated in _majorities(article_of(text)))


def test_a_majority_for_its_winner() -> None:
    text = "Labour held onto Leeds Central, with a huge majority for Hilary Benn of 23,699 votes."
    assert _majorities(article_of(text)) == {("Leeds Central", False): "23,699"}


# -- what a majority was turned into --------------------------------------------------------------


def test_a_majority_turned_into_a_lead() -> None:
    # Moray: 9,065 in 2015; Douglas Ross's 2017 majority was 4,159.
    text = (
        "Conservative Douglas Ross won Moray. Ross turned Angus Robertson’s 9,000 majority from"
        " two years ago into a 4,000 lead for himself."
    )
    found = _majorities(article_of(text))
    assert found["Moray", False] == "4,000"
    assert found["Moray", True] == "9,000"


def test_a_majority_turned_into_one_of_their_own() -> None:
    # Bolsover: 5,288 in 2017 (Labour), 5,299 in 2019 (Conservative).
    text = (
        "Mark Fletcher gained Bolsover. The Tories turned his 5,288 majority into a 5,299"
        " majority of their own."
    )
    found = _majorities(article_of(text))
    assert found["Bolsover", False] == "5,299"
    assert found["Bolsover", True] == "5,288"
    assert findings_of(text, "uk-ge-2019") == []
    wrong = text.replace("5,299", "5,929")
    assert [f.text for f in findings_of(wrong, "uk-ge-2019")] == ["5,929"]


def test_a_lead_in_the_polls_is_no_majority() -> None:
    text = "Jane Doe held Bolsover, where the party had a 4,000 lead in the polls."
    assert ("Bolsover", False) not in _majorities(article_of(text))


# -- a majority before the election is the election before's --------------------------------------


def test_a_majority_before_the_general_election_is_the_last_one() -> None:
    # Canterbury: 187 in 2017, 1,836 in 2019.
    text = (
        "Labour’s Rosie Duffield has won a second term as the MP for Canterbury in 2019.\n\n"
        "The constituency was the most marginal seat in the region before the general"
        " election, with a majority of just 187.\n\n"
        "Ms Duffield was re-elected with 29,018 votes, increasing her majority to 1,836."
    )
    found = _majorities(article_of(text))
    assert found["Canterbury", False] == "1,836"
    assert found["Canterbury", True] == "187"
    assert findings_of(text, "uk-ge-2019") == []


# -- the majority written again -------------------------------------------------------------------

_TWICE = (
    "The SNP's Richard Thomson won Gordon by {first} votes.\n\n"
    "It was a tense count. In the end his majority was just {again}."
)


def _restated(article: Article) -> dict[str | None, list[str]]:
    return {c.name: [f.text for f in c.restated] for c in article.contests if c.restated}


# (Round figures are drawn out: "1,000" may be a rounding of 819, and so right.)
@settings(max_examples=10, deadline=None)
@given(n=st.integers(min_value=660, max_value=980).filter(lambda n: n % 10 != 0))
def test_a_majority_written_twice_is_checked_twice(n: int) -> None:
    # Gordon 2019: the SNP's majority was 819.
    text = _TWICE.format(first=f"{n:,}", again=f"{n:,}")
    article = article_of(text)
    assert _majorities(article) == {("Gordon", False): f"{n:,}"}
    assert _restated(article) == {"Gordon": [f"{n:,}"]}
    fired = [f for f in findings_of(text, "uk-ge-2019") if f.text == f"{n:,}"]
    assert len(fired) == (0 if n == 819 else 2)


def test_a_majority_written_again_with_another_value_is_left_unread() -> None:
    # The control: another value may be another election's, or a slip; only the first is
    # the majority.
    article = article_of(_TWICE.format(first="819", again="891"))
    assert _majorities(article) == {("Gordon", False): "819"}
    assert _restated(article) == {}
