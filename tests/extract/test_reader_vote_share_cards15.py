"""A results page's cards as copied: "Jane Smith Votes 21,317 header_vote_share 51.1 Net
percentage change in seats +8.8", each under its party's line (fifteenth session).

The field labels say what each bare number is: the share after "header_vote_share" (in per
cent, as a "%" would say), the party's change since the last election after "Net percentage
change in seats" (in points, as such cards write it: read by that convention, so loosely). The
change is the card's party's, not the person's (who may have stood for another party then):
read only under a party's line, never for an independent, and never in a seat not known.

Workington in 2017 (the record): Sue Hayman (Labour) 51.15%, up 8.82 points from 42.33%.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Document, Quantity, Severity

HEAD = (
    "Labour held Workington in the general election.\n\nGeneral Election 2017 results\n\n"
    "Party Votes % Net percentage change in seats\n\n"
)
OTHER = (
    "Conservative\n\nClark Vasey Votes 17,392 header_vote_share 41.7 Net percentage change "
    "in seats +11.6\n"
)


def _card(name: str, votes: str, share: str, change: str, party: str | None) -> str:
    line = f"{name} Votes {votes} header_vote_share {share} Net percentage change in seats {change}"
    return f"{party}\n\n{line}\n\n" if party else f"{line}\n\n"


def _read(text: str) -> Article:
    return read_prose(Document(path="t.txt", text=text))


def _check(text: str) -> factcheck.Report:
    return factcheck.check(Document(path="t.txt", text=text), election="uk-ge-2017")


def test_a_cards_share_and_change_are_read_with_their_labels() -> None:
    text = HEAD + _card("Sue Hayman", "21,317", "51.1", "+8.8", "Labour") + OTHER
    article = _read(text)
    (contest,) = article.contests
    shares = {c.name: c.share.text for c in contest.candidates if c.share is not None}
    assert shares == {"Sue Hayman": "51.1", "Clark Vasey": "41.7"}
    hayman = next(c for c in contest.candidates if c.name == "Sue Hayman")
    assert hayman.share is not None
    assert hayman.share.grounds is not None
    assert "header_vote_share" in hayman.share.grounds.what
    assert hayman.share.grounds.certain
    changes = [c for c in article.claims if isinstance(c, ChangeClaim)]
    labour = next(c for c in changes if c.party == "Labour")
    assert labour.quantity is Quantity.SHARE
    assert labour.candidate is None  # the card's change is its party's
    assert labour.contest == "Workington"
    assert labour.amount is not None
    assert labour.amount.text == "8.8"
    assert labour.amount.grounds is not None
    assert labour.amount.grounds.loose == ("what",)


def test_a_wrong_share_on_a_card_is_found_and_the_right_one_is_not() -> None:
    right = HEAD + _card("Sue Hayman", "21,317", "51.1", "+8.8", "Labour") + OTHER
    assert not [f for f in _check(right).findings if f.name == "reference-mismatch"]
    wrong = HEAD + _card("Sue Hayman", "21,317", "55.1", "+8.8", "Labour") + OTHER
    found = [f for f in _check(wrong).findings if f.name == "reference-mismatch"]
    assert [f.text for f in found] == ["55.1"]
    assert "officially 51.15%" in found[0].message


def test_a_wrong_change_on_a_card_is_found_loosely_and_the_right_one_is_not() -> None:
    right = HEAD + _card("Sue Hayman", "21,317", "51.1", "+8.8", "Labour") + OTHER
    assert not [f for f in _check(right).findings if f.name == "percent-points-confusion"]
    wrong = HEAD + _card("Sue Hayman", "21,317", "51.1", "+18.8", "Labour") + OTHER
    (finding,) = [f for f in _check(wrong).findings if f.name == "percent-points-confusion"]
    assert finding.text == "+18.8"
    # Points by the cards' convention, not by a word: at most a warning.
    assert finding.severity is Severity.WARNING
    assert "up 8.82 percentage points" in finding.message


def test_no_change_is_read_without_a_party_line_or_for_an_independent() -> None:
    text = (
        HEAD
        + _card("Sue Hayman", "21,317", "51.1", "+8.8", None)
        + _card("Roy Ivinson", "282", "0.7", "+0.7", "Independent")
        + OTHER
    )
    article = _read(text)
    changes = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert [c.party for c in changes] == ["Conservative"]
    (contest,) = article.contests
    assert {c.name: c.share.text for c in contest.candidates if c.share is not None} == {
        "Sue Hayman": "51.1",
        "Roy Ivinson": "0.7",
        "Clark Vasey": "41.7",
    }


_PEOPLE = ("Jane Harcourt", "Tom Pellow", "Ann Baxendale", "Omar Quayle", "Rhian Tolley")
_PARTIES = ("Labour", "Conservative", "Liberal Democrat", "Green Party", "Plaid Cymru")


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=100, max_value=40_000),
            st.integers(min_value=1, max_value=999),
            st.integers(min_value=-300, max_value=300).filter(lambda x: x != 0),
            st.booleans(),
        ),
        min_size=2,
        max_size=5,
    )
)
def test_every_card_reads_back_to_its_candidate(
    cards: list[tuple[int, int, int, bool]],
) -> None:
    text = HEAD
    want_share: dict[str, str] = {}
    want_change: dict[str, str] = {}
    for (votes, share, change, with_party), name, party in zip(
        cards, _PEOPLE, _PARTIES, strict=False
    ):
        s = f"{share // 10}.{share % 10}"
        c = f"{'+' if change > 0 else '-'}{abs(change) // 10}.{abs(change) % 10}"
        text += _card(name, f"{votes:,}", s, c, party if with_party else None)
        want_share[name] = s
        if with_party:
            want_change[party] = c.lstrip("+-")
    article = _read(text)
    (contest,) = article.contests
    assert contest.name == "Workington"
    got = {c.name: c.share.text for c in contest.candidates if c.share is not None}
    assert got == want_share
    changes = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert {c.party: c.amount.text for c in changes if c.amount is not None} == want_change
    assert all(c.candidate is None and c.contest == "Workington" for c in changes)
