"""Two turnout readings from the newly opened dev11 split (issue 8, item 3): each once gave a
wrong error there. Sentences written here, in the patterns seen; the people are made up but
for the seats' real candidates, whose records the checks need.
"""

from __future__ import annotations

from story_files import article_of, candidate_named, contest_named, report_of


def test_a_percentage_before_turn_out_in_two_words_and_a_comma_is_the_turnout() -> None:
    # (Twenty-first session: read as the candidate's share, whose pair with her count then
    # made share-votes-mismatch say the listed votes could not add up.)
    text = (
        "Heidi Allen re-elected as South Cambridgeshire MP\n\n"
        "With a 76.4 per cent turn out, Ms Allen polled 33,631 votes\n\n"
        "Labour's Dan Greef received 17,679 votes in second\n"
    )
    seat = contest_named(article_of(text), "South Cambridgeshire")
    assert seat.turnout is not None
    assert seat.turnout.text == "76.4"
    assert candidate_named(seat, "Heidi Allen").share is None
    found = report_of(text, "uk-ge-2017").findings
    assert not [f for f in found if f.name == "share-votes-mismatch"]


def test_a_share_in_the_same_words_stays_the_candidates() -> None:
    text = (
        "Heidi Allen re-elected as South Cambridgeshire MP\n\n"
        "With a 51.8 per cent share, Ms Allen polled 33,631 votes\n"
    )
    seat = contest_named(article_of(text), "South Cambridgeshire")
    assert seat.turnout is None
    share = candidate_named(seat, "Heidi Allen").share
    assert share is not None
    assert share.text == "51.8"


def _votes_cast(text: str) -> list[str]:
    return [
        f.text or ""
        for f in report_of(text, "uk-ge-2017").findings
        if f.name == "reference-mismatch" and "votes cast" in f.message
    ]


def test_the_people_who_voted_for_whom_are_a_candidates_voters() -> None:
    # "for whom 24,021 people voted": those people voted for Chris White; the count is his,
    # not the seat's votes cast (54,055 valid in 2017), and no error says it is.
    text = (
        "Matt Western won Warwick and Leamington with 25,227 votes, beating Chris White, "
        "for whom 24,021 people voted.\n"
    )
    assert _votes_cast(text) == []
    seat = contest_named(article_of(text), "Warwick and Leamington")
    assert seat.valid_votes is None
    # The people who voted in the seat, counted, are still its votes cast.
    assert _votes_cast(
        "Matt Western won Warwick and Leamington with 25,227 votes. In all, 51,021 people voted.\n"
    ) == ["51,021"]
