"""Majorities in the wordings real copy gave them that the reader missed (sixteenth session,
read on the stories' skeletons: each claim from its own words).

A margin is the seat's majority whoever it is said of: "won Livingston from the SNP's Hannah
Bardell by 3,528 votes" (the one named last is the one the seat was taken from, not a loser
whose gap it is), "saw off Diana Armstrong by 4,571 votes", "retains his seat ahead of Naomi
Long by 2,676 votes", "there were only 422 votes in it", "Just 31 votes came between A and B"
(loose, as "separating" is: the two need not be the first two), "Her margin of victory – 346
votes –". The level a majority changed to is this election's majority in more wordings:
"increased her majority almost ten fold from 531 to 4,599" (the multiple is no size of a
change in votes), "her majority was vastly reduced from more than 10,000 to about 1,500",
"beefing up her majority to a rock solid 12,899", "saw his near 10,000 majority slashed to
just 21", "in the constituency from 57 votes to 4,571", "by one vote in the seat from 1,831 to
1,832". A majority said again as a bound the first meets ("to less than 2,000", then "the
1,992 majority") is kept as said again, so both places are checked.

Sentences are ours, in the patterns real copy uses; figures are the official ones for the seat
and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from story_files import candidate_named, contest_named, findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, ContestResult, Document, Quantity


def _read(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _flagged(text: str, election: str) -> list[str | None]:
    return [f.text for f in findings_of(text, election) if f.severity.value != "info"]


def _majority(text: str, seat: str) -> str | None:
    contest = contest_named(_read(text), seat)
    return contest.majority.text if contest.majority is not None else None


def _said_again(contest: ContestResult) -> list[str]:
    return [f.text for f in contest.restated]


# Margins said of a rival, the seat taken from them, or the contest itself.


@pytest.mark.parametrize(("written", "fires"), [("3,528", False), ("3,258", True)])
def test_winning_a_seat_from_a_rival_by_a_count_gives_the_majority(
    written: str, fires: bool
) -> None:
    text = (
        f"Labour's Gregor Poynton won Livingston from the SNP's Hannah Bardell by {written} votes."
    )
    assert _majority(text, "Livingston") == written
    assert _flagged(text, "uk-ge-2024") == ([written] if fires else [])


def test_a_margin_after_a_loser_beaten_by_another_is_still_not_the_majority() -> None:
    # The seat's winner is read first; the gap after the third-placed is theirs, not his.
    text = (
        "Labour's Gregor Poynton won Livingston. The SNP's Hannah Bardell finished ahead of "
        "the Conservative candidate Damian Timson, trailing by 3,528 votes."
    )
    assert _majority(text, "Livingston") is None


@pytest.mark.parametrize(("written", "fires"), [("4,571", False), ("4,751", True)])
def test_seeing_off_a_rival_by_a_count_gives_the_majority(written: str, fires: bool) -> None:
    text = (
        "In Fermanagh and South Tyrone, Sinn Féin's Pat Cullen saw off the UUP's Diana "
        f"Armstrong by {written} votes."
    )
    assert _majority(text, "Fermanagh and South Tyrone") == written
    assert _flagged(text, "uk-ge-2024") == ([written] if fires else [])


def test_keeping_a_seat_ahead_of_a_rival_by_a_count_gives_the_majority() -> None:
    text = (
        "Belfast East: DUP leader Gavin Robinson retains his seat ahead of Alliance leader "
        "Naomi Long by 2,676 votes."
    )
    assert _majority(text, "Belfast East") == "2,676"
    assert _flagged(text, "uk-ge-2024") == []


@pytest.mark.parametrize(("written", "fires"), [("422", False), ("442", True)])
def test_the_votes_in_it_are_the_majority(written: str, fires: bool) -> None:
    text = (
        f"Andrea Jenkyns won Morley and Outwood. In the end there were only {written} votes in it."
    )
    assert _majority(text, "Morley and Outwood") == written
    assert _flagged(text, "uk-ge-2015") == ([written] if fires else [])


def test_votes_in_it_for_a_party_are_no_majority() -> None:
    text = "Andrea Jenkyns won Morley and Outwood. There were 422 votes in it for Labour."
    assert _majority(text, "Morley and Outwood") is None


def test_votes_that_came_between_two_are_the_majority_loosely() -> None:
    text = (
        "In Southampton Itchen, just 31 votes came between Royston Smith, the Conservative "
        "candidate, and Labour's Simon Letts."
    )
    contest = contest_named(_read(text), "Southampton Itchen")
    assert contest.majority is not None
    assert contest.majority.text == "31"
    assert contest.majority.grounds is not None
    assert "what" in contest.majority.grounds.loose
    # (loose: a wrong count would be a warning at most, never an error)
    wrong = text.replace("31 votes", "13 votes")
    assert all(f.severity.value != "error" for f in findings_of(wrong, "uk-ge-2017"))


def test_votes_separating_the_second_and_third_are_no_majority() -> None:
    text = (
        "In Glasgow South West, only 155 votes separated the Labour and Conservative "
        "candidates in second and third places."
    )
    assert all(c.majority is None for c in _read(text).contests)


@pytest.mark.parametrize(("written", "fires"), [("346", False), ("364", True)])
def test_a_margin_of_victory_set_off_by_dashes_is_the_majority(written: str, fires: bool) -> None:
    text = (
        "Amber Rudd held Hastings and Rye. Her margin of victory – "
        f"{written} votes – was close enough to warrant a recount."
    )
    assert _majority(text, "Hastings and Rye") == written
    assert _flagged(text, "uk-ge-2017") == ([written] if fires else [])


# The level a majority changed to, in more wordings.


def test_a_majority_multiplied_from_one_level_to_another_gives_the_level_it_reached() -> None:
    text = (
        "In Wirral South, Alison McGovern increased her majority almost ten fold from 531 to 4,599."
    )
    article = _read(text)
    assert contest_named(article, "Wirral South").majority is not None
    assert _majority(text, "Wirral South") == "4,599"
    # The multiple is no change of so many votes.
    amounts = [
        c.amount.text for c in article.claims if isinstance(c, ChangeClaim) and c.amount is not None
    ]
    assert amounts == []
    assert _flagged(text, "uk-ge-2015") == []


@pytest.mark.parametrize(
    ("seat", "sentence", "level", "election"),
    [
        (
            "Putney",
            "Justine Greening held Putney with 20,679 votes. In Putney, her majority was vastly "
            "reduced from more than 10,000 to about 1,500.",
            "1,500",
            "uk-ge-2017",
        ),
        (
            "Kingston upon Hull North",
            "In Kingston upon Hull North, Diana Johnson won, beefing up her majority to a rock "
            "solid 12,899.",
            "12,899",
            "uk-ge-2015",
        ),
        (
            "Perth and North Perthshire",
            "In Perth and North Perthshire, Pete Wishart saw his near 10,000 majority slashed "
            "to just 21.",
            "21",
            "uk-ge-2017",
        ),
        (
            "Fermanagh and South Tyrone",
            "In Fermanagh and South Tyrone, Pat Cullen increased the party's majority in the "
            "constituency from 57 votes to 4,571.",
            "4,571",
            "uk-ge-2024",
        ),
        (
            "Wrexham",
            "In Wrexham, Labour increased its majority by one vote in the seat from 1,831 to "
            "1,832.",
            "1,832",
            "uk-ge-2017",
        ),
    ],
)
def test_the_level_a_majority_changed_to_is_this_election_s(
    seat: str, sentence: str, level: str, election: str
) -> None:
    assert _majority(sentence, seat) == level
    assert _flagged(sentence, election) == []


def test_a_wrong_level_a_majority_was_beefed_up_to_fires() -> None:
    text = (
        "In Kingston upon Hull North, Diana Johnson won, beefing up her majority to a rock "
        "solid 12,843."
    )
    assert _flagged(text, "uk-ge-2015") == ["12,843"]


def test_a_share_changed_from_one_level_to_another_is_no_majority() -> None:
    text = "In Wirral South, Alison McGovern increased her share almost ten fold from 5 to 48."
    assert all(c.majority is None for c in _read(text).contests)


# A majority said again as a bound it meets.


def test_a_majority_said_again_exactly_within_the_bound_first_given_is_kept() -> None:
    text = (
        "In Newport East, Jessica Morden's majority was slashed from more than 8,000 to less "
        "than 2,000. In Newport East it was the 1,992 majority Ms Morden secured."
    )
    contest = contest_named(_read(text), "Newport East")
    assert contest.majority is not None
    assert (contest.majority.text, contest.majority.hedge) == ("2,000", "less-than")
    assert _said_again(contest) == ["1,992"]
    assert _flagged(text, "uk-ge-2019") == []


def test_a_wrong_count_said_again_within_the_bound_fires() -> None:
    text = (
        "In Newport East, Jessica Morden's majority was slashed from more than 8,000 to less "
        "than 2,000. In Newport East it was the 1,929 majority Ms Morden secured."
    )
    assert _flagged(text, "uk-ge-2019") == ["1,929"]


@given(
    bound=st.integers(min_value=11, max_value=300).map(lambda k: k * 100),
    exact=st.integers(min_value=1_000, max_value=31_000),
)
def test_a_count_said_again_is_kept_only_when_it_meets_the_bound(bound: int, exact: int) -> None:
    text = (
        f"In Newport East, Jessica Morden's majority was cut to less than {bound:,}. In Newport "
        f"East it was the {exact:,} majority Ms Morden secured."
    )
    contest = contest_named(_read(text), "Newport East")
    assert contest.majority is not None
    assert _said_again(contest) == ([f"{exact:,}"] if exact < bound else [])


def test_a_count_said_again_in_a_seat_only_carried_is_not_kept_for_a_bound() -> None:
    # Two seats' margins meet one bound as easily: the second, its seat not named, is left.
    text = (
        "Margaret Greenwood held on in Wirral West by more than 3,000 votes.\n\n"
        "Alison McGovern held on by 6,105 votes."
    )
    contest = contest_named(_read(text), "Wirral West")
    assert _said_again(contest) == []


def test_the_one_a_majority_said_again_was_won_over_is_second() -> None:
    text = (
        "Pat Cullen won Fermanagh and South Tyrone with a majority of 4,571. In Fermanagh and "
        "South Tyrone she defeated the UUP's candidate Diana Armstrong by more than 4,000 votes."
    )
    contest = contest_named(_read(text), "Fermanagh and South Tyrone")
    assert _said_again(contest) == ["4,000"]
    armstrong = candidate_named(contest, "Diana Armstrong").rank
    assert armstrong is not None
    assert armstrong.value == 2


# A direction said of several seats' majorities at once.


def _majority_changes(text: str) -> dict[str | None, str | None]:
    return {
        c.contest: (c.direction.value if c.direction else None)
        for c in _read(text).claims
        if isinstance(c, ChangeClaim) and c.quantity is Quantity.MAJORITY and c.candidate is None
    }


@pytest.mark.parametrize(("words", "fires"), [("reduced", False), ("increased", True)])
def test_seats_listed_before_with_changed_majorities_each_change(words: str, fires: bool) -> None:
    text = (
        "Luke Pollard won 25,461 votes. A sea of blue still surrounds Exeter and Plymouth Sutton "
        f"and Devonport, both of which Labour held with {words} majorities."
    )
    way = "down" if words == "reduced" else "up"
    assert _majority_changes(text) == {"Exeter": way, "Plymouth Sutton and Devonport": way}
    flagged = findings_of(text, "uk-ge-2019", rule="change-direction-mismatch")
    assert [f.text for f in flagged] == (["increased"] if fires else [])


@pytest.mark.parametrize(("words", "fires"), [("increased", False), ("reduced", True)])
def test_seats_named_after_with_changed_majorities_in_the_case_of_each_change(
    words: str, fires: bool
) -> None:
    text = (
        "Liz Saville Roberts won 14,447 votes. Plaid Cymru held all their seats, with "
        f"{words} majorities in the case of Arfon and Ceredigion."
    )
    way = "up" if words == "increased" else "down"
    assert _majority_changes(text) == {"Arfon": way, "Ceredigion": way}
    flagged = findings_of(text, "uk-ge-2019", rule="change-direction-mismatch")
    assert [f.text for f in flagged] == (["reduced"] if fires else [])


def test_majorities_increased_in_constituencies_such_as_those_named_each_rose() -> None:
    text = (
        "Ben Gummer won Ipswich with 21,794 votes. The Tories have maintained their hold on "
        "Suffolk, increasing majorities in constituencies such as Ipswich, Bury St Edmunds and "
        "South Suffolk."
    )
    assert _majority_changes(text) == {
        "Ipswich": "up",
        "Bury St Edmunds": "up",
        "South Suffolk": "up",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # a list broken by words not read as a seat: which seats it covers is unclear
        "The at-risk seats of Batley and Spen, Bradford South, Halifax and Pontefract Town "
        "Centre were all held with reduced majorities.",
        # a seat named after the words too
        "Labour held Exeter and Plymouth Sutton and Devonport with reduced majorities, but "
        "lost Stoke-on-Trent Central.",
        # one seat: said with the singular, read as the singular is
        "Labour held Exeter with reduced majorities.",
    ],
)
def test_no_majority_change_is_read_for_a_list_the_words_do_not_give(sentence: str) -> None:
    text = "Luke Pollard won 25,461 votes. " + sentence
    assert _majority_changes(text) == {}


# A count more than the nearest rival's.


@pytest.mark.parametrize(("written", "fires"), [("11,567", False), ("11,657", True)])
def test_a_count_more_than_the_nearest_rival_is_the_majority(written: str, fires: bool) -> None:
    text = (
        "In Gower, an emotional Tonia Antoniazzi polled 20,480 votes – "
        f"{written} more than her nearest rival."
    )
    assert _majority(text, "Gower") == written
    assert _flagged(text, "uk-ge-2024") == ([written] if fires else [])


def test_a_count_more_than_that_of_the_nearest_rival_is_the_majority() -> None:
    text = (
        "In Foyle, Colum Eastwood's final tally of 26,881 votes was over 17,000 more than that "
        "of his nearest rival."
    )
    assert _majority(text, "Foyle") == "17,000"
    assert _flagged(text, "uk-ge-2019") == []


def test_more_than_the_nearest_rival_at_another_election_is_not_this_one_s() -> None:
    text = (
        "Colum Eastwood won Foyle with 26,881 votes. In Foyle, Elisha McCallion had topped the "
        "poll in the Assembly election with 2,000 more votes than her nearest rival."
    )
    contest = contest_named(_read(text), "Foyle")
    assert contest.majority is None
    assert _flagged(text, "uk-ge-2019") == []


def test_more_votes_than_in_another_year_is_no_majority() -> None:
    text = "In Gower, Tonia Antoniazzi polled 20,480 votes, 2,000 more than her vote in 2019."
    assert _majority(text, "Gower") is None
