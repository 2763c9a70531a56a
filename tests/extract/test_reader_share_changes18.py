"""Share changes, vote changes and shares paired with a count, as real copy words them
(eighteenth session).

Counted on the open skeletons, claims.csv joined to stories.csv, each wording in three
outlets or more:

- a word of change and a percentage said of a person or party in its own clause, with no
  quantity named ("saw a drop of 2.8%", "took a 10.6% increase", "were down 19% on",
  "saw an increase of 10.7 per cent"): their share's change, read loosely (the share is
  copy's convention, not a word), so a finding on it is at most a warning;
- "lost 5% of its vote share", "losing 9.7% of his party's vote share": a fall of the
  owner's share;
- "almost 7,000 more than his 2015 result", "5,307 fewer votes than his counterpart in the
  last election": a change of the vote against the owner's dated result (not "more than her
  rival's total", a gap);
- a share tight after a count, "got 20,921 votes, which was 41.87%", and after a party's
  count, "Labour came in second place, getting 15,635 votes (29.41%)"; never a percentage
  compared after it ("(5% more than in 2015)").

Our own sentences, in those patterns. Workington in 2017 (the record): Sue Hayman (Labour)
21,317 votes, 51.15%, up 8.82 points from 16,282 votes and 42.33%; Clark Vasey
(Conservative) 17,392, 41.73%; George Kemp (UKIP) 1,556, 3.73%, down 15.87 points.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import (
    Article,
    ChangeClaim,
    Direction,
    Document,
    Finding,
    Quantity,
    Severity,
)

HEAD = "Workington\n\nLabour's Sue Hayman held Workington. "


def _read(text: str) -> Article:
    return read_prose(Document(path="t.txt", text=text), election="uk-ge-2017")


def _findings(text: str) -> list[Finding]:
    return list(factcheck.check(Document(path="t.txt", text=text), election="uk-ge-2017").findings)


def _changes(article: Article, quantity: Quantity) -> list[ChangeClaim]:
    return [c for c in article.claims if isinstance(c, ChangeClaim) and c.quantity is quantity]


def _shares(article: Article) -> dict[str, str]:
    return {
        c.name or c.party or "": c.share.text
        for contest in article.contests
        for c in contest.candidates
        if c.share is not None
    }


# A word of change and a percentage, said of its owner


def test_a_persons_change_without_a_quantity_is_their_share_read_loosely() -> None:
    article = _read(HEAD + "UKIP's George Kemp saw a drop of 15.9% on 2015.\n")
    (change,) = _changes(article, Quantity.SHARE)
    assert change.candidate == "George Kemp"
    assert change.direction is Direction.DOWN
    assert change.amount is not None
    assert change.amount.text == "15.9"
    assert change.amount.grounds is not None
    assert "what" in change.amount.grounds.loose


def test_a_partys_change_without_a_quantity_is_its_share() -> None:
    for sentence in (
        "Labour saw an increase of 8.8 per cent.",
        "Labour took a 8.8% increase.",
        "Labour were up 8.8% on 2015.",
    ):
        (change,) = _changes(_read(HEAD + sentence + "\n"), Quantity.SHARE)
        assert change.party == "Labour", sentence
        assert change.direction is Direction.UP, sentence


def test_a_wrong_change_is_found_as_a_warning_and_the_right_one_is_not() -> None:
    wrong = [
        f
        for f in _findings(HEAD + "UKIP's George Kemp saw a drop of 5.9%.\n")
        if "fits neither" in f.message
    ]
    assert [f.severity for f in wrong] == [Severity.WARNING]
    right = _findings(HEAD + "UKIP's George Kemp saw a drop of 15.9%.\n")
    # The right figure draws at most the wording's note (per cent for points), never an error.
    assert not [f for f in right if "fits neither" in f.message]
    assert all(f.severity is not Severity.ERROR for f in right)


def test_a_person_listed_with_a_change_is_not_given_a_share_change() -> None:
    # "Hilary Benn with a 15.2 percent increase in Leeds Central, …": such lists take their
    # quantity (often the majority) from the sentence before.
    article = _read(HEAD + "Sue Hayman with a 12.8 percent increase in Workington, and more.\n")
    assert not _changes(article, Quantity.SHARE)


def test_a_change_of_the_electorate_is_no_share() -> None:
    article = _read(HEAD + "Labour held on, while the electorate grew by 3%.\n")
    assert not _changes(article, Quantity.SHARE)


# What the owner had, lost


def test_losing_a_part_of_ones_vote_share_is_a_fall_of_the_share() -> None:
    article = _read(HEAD + "UKIP's George Kemp lost 15.9% of his party's vote share.\n")
    (change,) = _changes(article, Quantity.SHARE)
    assert change.candidate == "George Kemp"
    assert change.direction is Direction.DOWN
    labour = _read(HEAD + "Labour lost 8.8% of its vote share.\n")
    assert [c.party for c in _changes(labour, Quantity.SHARE)] == ["Labour"]


# A change of the vote against a dated result


def test_more_than_ones_dated_result_is_a_change_of_the_vote() -> None:
    article = _read(HEAD + "Ms Hayman won 21,317 votes, 5,035 more than her 2015 result.\n")
    (change,) = _changes(article, Quantity.VOTES)
    assert change.candidate == "Sue Hayman"
    assert change.direction is Direction.UP
    assert change.amount is not None
    assert change.amount.value == 5035
    article = _read(
        HEAD + "Ms Hayman won 21,317 votes, 5,035 more votes than her counterpart at the last "
        "election.\n"
    )
    assert len(_changes(article, Quantity.VOTES)) == 1


def test_more_than_a_rivals_total_is_no_change() -> None:
    article = _read(HEAD + "Ms Hayman won 21,317 votes, 3,925 more than her rival's total.\n")
    assert not _changes(article, Quantity.VOTES)


# A share tight after a count


def test_a_share_after_which_was_is_paired_with_the_count() -> None:
    article = _read(HEAD + "Ms Hayman got 21,317 votes, which was 51.1%.\n")
    assert _shares(article) == {"Sue Hayman": "51.1"}
    wrong = _findings(HEAD + "Ms Hayman got 21,317 votes, which was 55.1%.\n")
    assert [f.name for f in wrong if f.severity is not Severity.INFO] == ["reference-mismatch"]
    assert not [
        f
        for f in _findings(HEAD + "Ms Hayman got 21,317 votes, which was 51.1%.\n")
        if f.severity is not Severity.INFO
    ]


def test_a_percentage_compared_after_a_count_is_not_its_share() -> None:
    for tail in ("which was 5% more than in 2015.", "(5% more than in 2015)."):
        article = _read(HEAD + "Ms Hayman got 21,317 votes, " + tail + "\n")
        assert "Sue Hayman" not in _shares(article), tail


def test_a_share_after_a_partys_count_is_that_partys_candidates() -> None:
    text = HEAD + "The Conservatives came second, getting 17,392 votes (41.7%).\n"
    assert _shares(_read(text)) == {"Conservative": "41.7"}
    assert not [f for f in _findings(text) if f.severity is not Severity.INFO]
    wrong = _findings(text.replace("41.7%", "45.7%"))
    assert [(f.name, f.severity) for f in wrong] == [("reference-mismatch", Severity.ERROR)]
    dash = HEAD + "The Conservatives polled 17,392 votes - 41.7 per cent of those who voted.\n"
    assert _shares(_read(dash)) == {"Conservative": "41.7"}


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=30),
    tenth=st.integers(min_value=0, max_value=9),
    noun=st.sampled_from(["drop", "fall", "rise", "boost", "increase"]),
    shape=st.sampled_from(["saw a {n} of {a}", "took a {a} {n}", "received a {a} {n}"]),
)
def test_generated_changes_of_an_owner_read_back(
    whole: int, tenth: int, noun: str, shape: str
) -> None:
    amount = f"{whole}.{tenth}%"
    sentence = "UKIP's George Kemp " + shape.format(n=noun, a=amount) + ".\n"
    (change,) = _changes(_read(HEAD + sentence), Quantity.SHARE)
    assert change.candidate == "George Kemp"
    assert change.amount is not None
    assert change.amount.text == amount.rstrip("%")
    want = Direction.DOWN if noun in ("drop", "fall") else Direction.UP
    assert change.direction is want


# A share's direction said without its size (read_share_directions): "increased his vote
# share", "saw her share of the vote drop", "re-elected with an increased share of the vote",
# "despite a drop in his share of the vote" (more than ten outlets on the open skeletons).


def _directions(text: str) -> list[tuple[str | None, str | None, Direction | None]]:
    return [
        (c.candidate, c.party, c.direction)
        for c in _changes(_read(text), Quantity.SHARE)
        # (A change read by its levels, "from 42.3% to 51.1%", is the figures' reading.)
        if c.amount is None and c.previous is None
    ]


def test_a_shares_direction_without_a_figure_is_read_for_its_owner() -> None:
    kemp = "UKIP's George Kemp "
    for sentence in (
        kemp + "saw his share of the vote fall.",
        kemp + "saw a drop in his share of the vote.",
        kemp + "stood. Mr Kemp's share of the vote fell sharply.",
    ):
        assert _directions(HEAD + sentence + "\n") == [("George Kemp", None, Direction.DOWN)], (
            sentence
        )
    for sentence in (
        "Ms Hayman increased her vote share.",
        "Ms Hayman was re-elected with an increased share of the vote.",
    ):
        assert _directions(HEAD + sentence + "\n") == [("Sue Hayman", None, Direction.UP)]
    assert _directions(HEAD + "The Conservatives also increased their share of the vote.\n") == [
        (None, "Conservative", Direction.UP)
    ]


def test_a_wrong_direction_is_found_and_the_right_one_is_not() -> None:
    wrong = _findings(HEAD + "UKIP's George Kemp increased his share of the vote.\n")
    assert [f.name for f in wrong] == ["change-direction-mismatch"]
    right = _findings(HEAD + "UKIP's George Kemp saw his share of the vote fall.\n")
    assert not right
    wrong = _findings(HEAD + "Ms Hayman held on despite a drop in her share of the vote.\n")
    assert [f.name for f in wrong] == ["change-direction-mismatch"]
    assert "“drop”" in wrong[0].message


def test_a_shares_direction_is_not_read_for_two_parties_the_nation_or_with_its_figures() -> None:
    for sentence in (
        "Both Labour and the Conservatives increased their share of the vote.",
        "Nationally, the Conservatives increased their share of the vote.",
        "In 2015 the Conservatives increased their share of the vote.",
        # The size and levels are read by the readings of figures, not as a bare direction.
        "Ms Hayman increased her share of the vote from 42.3% to 51.1%.",
    ):
        assert _directions(HEAD + sentence + "\n") == [], sentence


# "share of N%" after "and" or a word of its size (three outlets on the open skeletons)


def test_a_share_of_after_and_or_a_word_of_size_is_the_share() -> None:
    for sentence in (
        "Ms Hayman won with 21,317 votes - a majority of 3,925 and share of 51.1%.",
        "Ms Hayman won with a total share of 51.1 per cent.",
        "Ms Hayman was returned with an increased vote share of 51.1%.",
    ):
        assert _shares(_read(HEAD + sentence + "\n")) == {"Sue Hayman": "51.1"}, sentence
    wrong = _findings(HEAD + "Ms Hayman won with a total share of 55.1 per cent.\n")
    assert [f.name for f in wrong if f.severity is not Severity.INFO] == ["reference-mismatch"]
    assert not [
        f
        for f in _findings(HEAD + "Ms Hayman won with a total share of 51.1 per cent.\n")
        if f.severity is not Severity.INFO
    ]


def test_a_share_of_another_time_or_a_majority_is_not_the_share() -> None:
    for sentence in (
        "Ms Hayman defended her previous share of 42.3%.",
        "Ms Hayman won a majority share of 9.4%.",
    ):
        assert "Sue Hayman" not in _shares(_read(HEAD + sentence + "\n")), sentence
