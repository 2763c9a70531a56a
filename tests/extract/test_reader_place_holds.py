"""A party's seats in a place held by count (issue 8, twelfth session): "The SNP have held
both Dundee constituencies", "Labour has held both its seats in Newport", "Labour held all
three of its seats in Newcastle". Counted across the unseen batches dev3 to dev7: three
stories from three outlets.

Every story is the team's own, with 2019's results: the seats are the ones the story names
whose names hold the place, read only when they number the count, each a hold by the party
before the verb, its seat tied loosely (inferred from the count and the place). The
reference rule warns on a party that did not hold them and stays silent on the one that did.
A count the place does not match, a place no seat's name holds, and an earlier time are
not read.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of

import factcheck
from factcheck.models import Document, OutcomeClaim, Severity

# 2019 holds: each place's seats, the party that held them all, and one that did not.
_PLACES = {
    "Dundee": (["Dundee East", "Dundee West"], "SNP", "Labour"),
    "Newport": (["Newport East", "Newport West"], "Labour", "Conservatives"),
    "Bristol": (
        ["Bristol East", "Bristol North West", "Bristol South", "Bristol West"],
        "Labour",
        "Conservatives",
    ),
}
# The record's names for the parties the sentences name.
_OFFICIAL = {"SNP": "Scottish National Party", "Conservatives": "Conservative"}
_WORDS = {2: "two", 3: "three", 4: "four"}
_WORDINGS = [
    "{party} have held {both} {place} constituencies.",
    "{party} has held {both_its} seats in {place}.",
    "{party} comfortably kept all {n} of its seats in {place}.",
]


def _story(place: str, party: str, wording: str) -> str:
    seats = _PLACES[place][0]
    n = len(seats)
    count = _WORDS[n]
    line = wording.format(
        party=f"The {party}" if party == "SNP" else party,
        place=place,
        n=count,
        both="both" if n == 2 else f"all {count}",
        both_its="both its" if n == 2 else f"all {count} of its",
    )
    named = ", ".join(seats[:-1]) + " and " + seats[-1]
    return f"Turnout was 67% in the city.\n\n{line}\n\nThe count for {named} ended at dawn."


def _holds(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {
        c.contest: (c.party, c.grounds.loose if c.grounds else ())
        for c in article_of(text).claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold" and c.contest is not None
    }


@settings(max_examples=30, deadline=None)
@given(
    place=st.sampled_from(sorted(_PLACES)),
    wording=st.sampled_from(_WORDINGS),
    wrong=st.booleans(),
)
def test_a_count_of_seats_in_a_place_is_each_one_s_hold(
    place: str, wording: str, wrong: bool
) -> None:
    seats, holder, other = _PLACES[place]
    party = other if wrong else holder
    text = _story(place, party, wording)
    holds = _holds(text)
    expected = (_OFFICIAL.get(party, party), ("seat",))
    assert {s: holds.get(s) for s in seats} == dict.fromkeys(seats, expected), text
    report = factcheck.check(Document(path="story.txt", text=text), election="uk-ge-2019")
    fired = [f for f in report.findings if f.name == "reference-mismatch"]
    assert bool(fired) is wrong, text
    # The seats are inferred: at most a warning.
    assert all(f.severity is Severity.WARNING for f in fired), text


@pytest.mark.parametrize(
    "line",
    [
        # The count does not match the seats named in the place.
        "The SNP have held all three Dundee constituencies.",
        # A place no seat's name holds.
        "The SNP have held both Tayside constituencies.",
        # No count: which seats is unsure.
        "The SNP have held all their seats in Dundee.",
        # An earlier time.
        "The SNP had held both Dundee constituencies since 2015.",
        "The SNP hope to have held both Dundee constituencies.",
    ],
)
def test_no_hold_is_read_without_a_count_the_place_resolves(line: str) -> None:
    text = f"Turnout was 67%.\n\n{line}\n\nThe count for Dundee East and Dundee West ended."
    assert not _holds(text), text


# Birmingham's nine seats (2019), the most any one place's names hold.
_BIRMINGHAM = [
    "Birmingham Edgbaston",
    "Birmingham Erdington",
    "Birmingham Hall Green",
    "Birmingham Hodge Hill",
    "Birmingham Ladywood",
    "Birmingham Northfield",
    "Birmingham Perry Barr",
    "Birmingham Selly Oak",
    "Birmingham Yardley",
]
_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


@pytest.mark.parametrize("n", [*_NUMBER_WORDS, 9])
def test_a_count_in_words_holds_exactly_that_many_seats(n: int) -> None:
    # "all five of its seats in Birmingham" with five Birmingham seats named: five holds; with
    # one more named, the count does not match and none is read.
    word = {**_NUMBER_WORDS, 9: "nine"}[n]

    def story(named: list[str]) -> str:
        listed = ", ".join(named[:-1]) + " and " + named[-1]
        return (
            f"Turnout was 60% in the city.\n\nLabour held all {word} of its seats in"
            f" Birmingham.\n\nThe count for {listed} ended at dawn."
        )

    assert len(_holds(story(_BIRMINGHAM[:n]))) == n
    if n < len(_BIRMINGHAM):
        # The control: one seat more than the count, and which were held is unsure.
        assert _holds(story(_BIRMINGHAM[: n + 1])) == {}


def _four_seats(line: str) -> str:
    """A story naming Dundee's and Newport's two seats each, with ``line`` before them."""
    return (
        f"Turnout was 67% across the seats.\n\n{line}\n\nThe counts for Dundee East, Dundee"
        " West, Newport East and Newport West ended at dawn."
    )


def test_its_count_of_seats_and_a_count_in_digits_are_read() -> None:
    # "its two seats in Newport" and "all 2 of its seats in Newport": the count said other ways.
    for line in (
        "Labour held its two seats in Newport.",
        "Labour held all 2 of its seats in Newport.",
    ):
        assert sorted(_holds(_four_seats(line))) == ["Newport East", "Newport West"], line
    # The control: a count the place does not match is read nowhere.
    assert _holds(_four_seats("Labour held its three seats in Newport.")) == {}


def test_a_party_before_the_one_holding_its_seats_does_not_stop_the_reading() -> None:
    # The Conservatives named first hold nothing; Labour after them holds Newport's two.
    line = "After the Conservatives' campaign, Labour held both its seats in Newport."
    assert sorted(_holds(_four_seats(line))) == ["Newport East", "Newport West"]


def test_a_hold_with_no_place_or_two_places_is_not_read() -> None:
    # "both its seats" with no place, and "both Dundee constituencies in Scotland" with two:
    # which seats is unsure.
    assert _holds(_four_seats("Labour held both its seats.")) == {}
    assert _holds(_four_seats("The SNP have held both Dundee constituencies in Scotland.")) == {}
    # The control: one place, and the seats are read.
    line = "The SNP have held both Dundee constituencies."
    assert sorted(_holds(_four_seats(line))) == ["Dundee East", "Dundee West"]


def test_a_hold_left_unread_does_not_end_the_sentences_other_holds() -> None:
    # A placeless hold, or a count its place does not match, before the SNP's: the SNP's
    # is read all the same.
    for first in ("Labour held both its seats", "Labour held all three of its seats in Newport"):
        line = f"{first}, and the SNP held both Dundee constituencies."
        assert sorted(_holds(_four_seats(line))) == ["Dundee East", "Dundee West"], first
