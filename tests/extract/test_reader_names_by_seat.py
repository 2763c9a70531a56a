"""Candidates named only beside their seat (issue 8): "Ian Murray in Edinburgh South", a list of
winners "A (Lab) in X, B (Con) in Y", "Hilary Benn with a 15.2 percent increase in Leeds
Central", a round-up's line "Woking – … Will Forster …", and "beat the Conservative, Kristan
Hopkins"; and changes of share said of a party in points ("the Tories were down 19.1 points").

Only nearness ties the first four to the seat, so the tie is loose: a wrong name is a warning
with no fix, never an error. Sentences are ours, in the patterns real copy uses; names are the
official candidates of the seat and year named.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

import factcheck
from factcheck.models import Article, ChangeClaim, Direction, Document, Finding, Severity, Unit

# A story with no figure or outcome wording is skipped unread; ours end with one.
TURNOUT = "\n\nTurnout was 61.2%."


def _read(text: str) -> Article:
    return article_of(text + TURNOUT)


def _seats(article: Article) -> dict[str, str | None]:
    """Each candidate read, by name: the seat read for them."""
    return {c.name: contest.name for contest in article.contests for c in contest.candidates}


def _names(text: str, election: str) -> list[Finding]:
    return findings_of(text + TURNOUT, election, "name-mismatch")


IN_SEAT = [
    "Labour has been left with just one MP in Scotland, {name} in Edinburgh South.",
    "The first woman MP to be returned was {name} in Edinburgh South.",
    "Labour gains included {name} (Lab) in Edinburgh South, which it held.",
    "Big rises included {name} with a 15.2 percent increase in Edinburgh South.",
]


@pytest.mark.parametrize("wording", IN_SEAT)
def test_a_name_beside_its_seat_is_read_loosely(wording: str) -> None:
    article = _read(wording.format(name="Ian Murray"))
    assert _seats(article) == {"Ian Murray": "Edinburgh South"}
    [cand] = [c for contest in article.contests for c in contest.candidates]
    assert cand.name_grounds is not None
    assert "what" in cand.name_grounds.loose


@pytest.mark.parametrize("wording", IN_SEAT)
@pytest.mark.parametrize(("name", "fires"), [("Ian Murray", False), ("Ian Murrey", True)])
def test_a_wrong_name_beside_its_seat_is_a_warning_without_a_fix(
    wording: str, name: str, fires: bool
) -> None:
    found = _names(wording.format(name=name), "uk-ge-2015")
    assert [(f.text, f.severity, f.fix) for f in found] == (
        [(name, Severity.WARNING, None)] if fires else []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Brown in Kirkcaldy and Cowdenbeath said the result was a disaster.",
        "Ian Murray in Edinburgh South would hold on, the exit poll suggested.",
    ],
)
def test_a_name_beside_a_seat_in_no_results_wording_is_not_read(text: str) -> None:
    assert _seats(_read(text)) == {}


WINNERS = st.lists(
    st.sampled_from(
        [
            ("Thangam Debbonaire", "Lab", "Bristol West"),
            ("Hilary Benn", "Lab", "Leeds Central"),
            ("Jo Swinson", "LD", "East Dunbartonshire"),
            ("Anneliese Dodds", "Lab", "Oxford East"),
            ("Ben Lake", "PC", "Ceredigion"),
        ]
    ),
    min_size=2,
    max_size=5,
    unique=True,
)


@settings(max_examples=40, deadline=None)
@given(WINNERS, st.booleans())
def test_generated_lists_of_winners_are_recovered(
    winners: list[tuple[str, str, str]], bracketed: bool
) -> None:
    items = [
        f"{name} ({party}) in {seat}" if bracketed else f"{name} in {seat}"
        for name, party, seat in winners
    ]
    text = "New Labour MPs elected included " + ", ".join(items[:-1]) + f" and {items[-1]}."
    assert _seats(_read(text)) == {name: seat for name, _, seat in winners}


ROUND_UP = (
    "Woking – the blue wall is shattered again, putting {woking} in the Commons.\n"
    "Newbury – so good to see it back. Lee Dillon is our guy here.\n"
    "Horsham – another gain, with John Milne and Jane Smith cheering.\n"
)


@pytest.mark.parametrize(("woking", "fires"), [("Will Forster", False), ("Will Foster", True)])
def test_a_round_ups_line_opening_with_its_seat(woking: str, fires: bool) -> None:
    text = ROUND_UP.format(woking=woking)
    # The Horsham line names two people: neither is read.
    assert _seats(_read(text)) == {woking: "Woking", "Lee Dillon": "Newbury"}
    found = _names(text, "uk-ge-2024")
    assert [(f.text, f.severity) for f in found] == ([(woking, Severity.WARNING)] if fires else [])


@pytest.mark.parametrize(("name", "fires"), [("Kristan Hopkins", False), ("Kristan Hopkin", True)])
def test_the_one_beaten_named_after_their_party_and_a_comma(name: str, fires: bool) -> None:
    text = f"In Keighley, Labour's John Grogan beat the Conservative, {name}, by 249 votes."
    assert _seats(_read(text)) == {"John Grogan": "Keighley", name: "Keighley"}
    found = _names(text, "uk-ge-2017")
    assert [f.text for f in found] == ([name] if fires else [])


def test_an_aside_after_a_comma_is_not_the_one_beaten() -> None:
    text = "In Keighley, Labour's John Grogan beat them all, Kristan Hopkins admitted."
    assert _seats(_read(text)) == {"John Grogan": "Keighley"}


# -- a party's change of share in points --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "party", "direction", "amount"),
    [
        ("The Tories were down 19.1 points.", "Conservative", Direction.DOWN, "19.1"),
        ("The Conservatives were up by 12 points to third.", "Conservative", Direction.UP, "12"),
        ("Labour in second place was also down four points.", "Labour", Direction.DOWN, "four"),
    ],
)
def test_a_partys_points_are_a_change_of_its_share(
    sentence: str, party: str, direction: Direction, amount: str
) -> None:
    article = _read(f"In Houghton and Sunderland South, Bridget Phillipson held on. {sentence}")
    [claim] = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert (claim.party, claim.contest, claim.direction) == (
        party,
        "Houghton and Sunderland South",
        direction,
    )
    assert claim.amount is not None
    assert (claim.amount.text, claim.amount.unit) == (amount, Unit.POINTS)


@pytest.mark.parametrize(("amount", "fires"), [("10", False), ("15", True)])
def test_a_partys_points_change_is_checked_against_the_record(amount: str, fires: bool) -> None:
    """The SNP's share in Paisley and Renfrewshire South went from 50.94% (2015) to 40.67%."""
    text = (
        "In Paisley and Renfrewshire South, Mhairi Black held on. "
        f"The SNP vote was down {amount} points."
    )
    report = factcheck.check(Document(path="a.txt", text=text + TURNOUT), election="uk-ge-2017")
    found = [f.text for f in report.findings if f.name == "percent-points-confusion"]
    assert found == ([f"{amount} points"] if fires else [])


def test_a_change_said_with_the_seat_after_the_person_is_tied_to_that_seat() -> None:
    """With several seats in the sentence, "Name with a … increase in <seat>" ties the change
    (and the ellipsis after it) to the seat named right after the person: explicitly, so a
    majority's change that is the winner's change of share is an error, not a guess."""
    text = (
        "Labour increased its majorities, including Lilian Greenwood with a 14.7 percent "
        "increase in Nottingham South, Hilary Benn with a 15.2 percent increase in Leeds "
        "Central, and Anneliese Dodds with a 15.1 percent in Oxford East."
    )
    changes = [c for c in _read(text).claims if isinstance(c, ChangeClaim)]
    assert [(c.candidate, c.contest) for c in changes] == [
        ("Lilian Greenwood", "Nottingham South"),
        ("Hilary Benn", "Leeds Central"),
        ("Anneliese Dodds", "Oxford East"),
    ]
    for c in changes:
        assert c.amount is not None
        assert c.amount.grounds is not None
        assert "seat" not in c.amount.grounds.loose
    report = factcheck.check(Document(path="a.txt", text=text + TURNOUT), election="uk-ge-2017")
    found = [(f.text, f.severity) for f in report.findings if f.name == "majority-share-confusion"]
    assert ("14.7 percent", Severity.ERROR) in found


def test_a_line_whose_dash_follows_more_than_the_seat_is_no_seat_line() -> None:
    # "Mansfield Winner – Ben Bradley, …" is an outcome's line, read by the outcome reader.
    text = "Mansfield Winner – Ben Bradley is the new face here.\nBolsover – Mark Fletcher won."
    assert "Ben Bradley" not in _seats(_read(text))
