"""Generated figures, rendered in each phrasing of a party-subject figure, a list's change
column and the electorate, are read back with their subject, value and kind.

A seat (drawn from the bundled constituency names), two named candidates of two parties,
and a figure drawn for one of them: the sentence names the party, not the person; the
reader must give the figure to that party's candidate, as the kind the wording says.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.reader import read_prose
from factcheck.models import ChangeClaim, Direction, Document, Unit

_SEATS = ["Gower", "Sevenoaks", "Wrexham", "Ceredigion", "Moray", "Putney"]
_PEOPLE = [("Anna Ashworth", "Brian Okafor"), ("Chloe Treharne", "David Lindqvist")]
# (party as written with its candidate, party as written as a subject, the pack's name)
_PARTIES = [
    ("Labour's", "Labour", "Labour"),
    ("the Conservative", "the Conservatives", "Conservative"),
    ("the Liberal Democrat", "the Lib Dems", "Liberal Democrat"),
    ("Plaid Cymru's", "Plaid Cymru", "Plaid Cymru"),
]
_VOTE_PHRASINGS = [
    "{party} received {n}.",
    "{party} came second with {n}.",
    "{party} had {n} votes.",
    "The winner polled 30,001 votes, compared to {n} votes for {party_lower}.",
]
_SHARE_PHRASINGS = [
    "{party} came second on {p}%.",
    "{party} won the seat with {p} per cent.",
]


def _count(n: int) -> str:
    return f"{n:,}"


@settings(max_examples=60, deadline=None)
@given(
    seat=st.sampled_from(_SEATS),
    people=st.sampled_from(_PEOPLE),
    parties=st.permutations(_PARTIES),
    n=st.integers(101, 49_999),
    phrasing=st.sampled_from(_VOTE_PHRASINGS),
)
def test_a_partys_count_is_read_as_its_candidates_votes(
    seat: str,
    people: tuple[str, str],
    parties: list[tuple[str, str, str]],
    n: int,
    phrasing: str,
) -> None:
    (with_a, _, _), (with_b, subject_b, name_b) = parties[0], parties[1]
    names = f"In {seat}, {with_a} {people[0]} beat {with_b} {people[1]} by 1,234 votes. "
    text = names + phrasing.format(
        party=subject_b[0].upper() + subject_b[1:], party_lower=subject_b, n=_count(n)
    )
    article = read_prose(Document(path="s.txt", text=text))
    got = {
        (c.name, c.party, k.name): c.votes
        for k in article.contests
        for c in k.candidates
        if c.votes is not None
    }
    assert list(got) == [(people[1], name_b, seat)], (text, got)
    (votes,) = got.values()
    assert votes.value == n
    assert votes.unit is Unit.VOTES
    assert votes.span is not None
    assert text[votes.span.start : votes.span.end].startswith(_count(n))
    assert votes.exact


@settings(max_examples=40, deadline=None)
@given(
    seat=st.sampled_from(_SEATS),
    people=st.sampled_from(_PEOPLE),
    parties=st.permutations(_PARTIES),
    tenths=st.integers(1, 999),
    phrasing=st.sampled_from(_SHARE_PHRASINGS),
)
def test_a_partys_percentage_is_read_as_its_candidates_share(
    seat: str,
    people: tuple[str, str],
    parties: list[tuple[str, str, str]],
    tenths: int,
    phrasing: str,
) -> None:
    (with_a, _, _), (with_b, subject_b, name_b) = parties[0], parties[1]
    p = Decimal(tenths) / 10
    names = f"In {seat}, {with_a} {people[0]} beat {with_b} {people[1]} by 1,234 votes. "
    text = names + phrasing.format(party=subject_b[0].upper() + subject_b[1:], p=p)
    article = read_prose(Document(path="s.txt", text=text))
    got = {(c.name, c.party): c.share for k in article.contests for c in k.candidates if c.share}
    assert list(got) == [(people[1], name_b)], (text, got)
    (share,) = got.values()
    assert share.value == p
    assert share.unit is Unit.PERCENT


@settings(max_examples=40, deadline=None)
@given(
    share=st.integers(100, 9000),
    change=st.integers(-3000, 3000).filter(bool),
    bracketed=st.booleans(),
)
def test_a_lists_change_column_is_read_as_a_share_change(
    share: int, change: int, bracketed: bool
) -> None:
    s, c = Decimal(share) / 100, Decimal(change) / 100
    column = f"{'+' if c > 0 else '-'}{abs(c)}%"
    cell = f"({s}%, {column})" if bracketed else f"({s}%) {column}"
    text = f"Gower result:\n\nAnna Ashworth (Lab) 12,345 {cell}\nBrian Okafor (Con) 9,876 (20.1%)\n"
    article = read_prose(Document(path="s.txt", text=text))
    (claim,) = [k for k in article.claims if isinstance(k, ChangeClaim)]
    assert claim.candidate == "Anna Ashworth"
    assert claim.contest == "Gower"
    assert claim.direction is (Direction.UP if c > 0 else Direction.DOWN)
    assert claim.amount is not None
    assert claim.amount.unit is Unit.POINTS
    assert claim.amount.value == abs(c)
    assert claim.current is not None
    assert claim.current.value == s


@settings(max_examples=40, deadline=None)
@given(
    electorate=st.integers(20_000, 120_000),
    phrasing=st.sampled_from(
        [
            "Electorate: {n}",
            "• Registered voters: {n}",
            "The electorate is {n}.",
            "an electorate of {n}",
        ]
    ),
)
def test_the_electorate_is_read(electorate: int, phrasing: str) -> None:
    text = "Turnout in Gower was 73.3%.\n\n" + phrasing.format(n=_count(electorate)) + "\n"
    article = read_prose(Document(path="s.txt", text=text))
    (contest,) = article.contests
    assert contest.name == "Gower"
    assert contest.electorate is not None
    assert contest.electorate.value == electorate
    assert contest.electorate.unit is Unit.PEOPLE


@settings(max_examples=60, deadline=None)
@given(
    seat=st.sampled_from(_SEATS),
    people=st.sampled_from(_PEOPLE),
    parties=st.permutations(_PARTIES),
    n=st.integers(101, 49_999),
    phrasing=st.sampled_from(_VOTE_PHRASINGS),
    named=st.sampled_from(["before", "after", "never"]),
)
def test_a_party_is_listed_once_whether_its_candidate_is_named_or_not(
    *,
    seat: str,
    people: tuple[str, str],
    parties: list[tuple[str, str, str]],
    n: int,
    phrasing: str,
    named: str,
) -> None:
    # The party's figure goes to its named candidate wherever the story names them, or to a
    # candidate known only by party: never to both, or the arithmetic would count it twice.
    (with_a, _, _), (with_b, subject_b, name_b) = parties[0], parties[1]
    b_named = f"{with_b[0].upper()}{with_b[1:]} {people[1]} polled {_count(n)} votes. "
    figure = phrasing.format(
        party=subject_b[0].upper() + subject_b[1:], party_lower=subject_b, n=_count(n)
    )
    text = f"In {seat}, {with_a} {people[0]} won with 30,001 votes. "
    text += {"before": b_named + figure, "after": figure + " " + b_named, "never": figure}[named]
    article = read_prose(Document(path="s.txt", text=text))
    theirs = [c for k in article.contests for c in k.candidates if c.party == name_b]
    assert len(theirs) == 1, (text, theirs)
    (cand,) = theirs
    assert cand.votes is not None, text
    assert cand.votes.value == n, text
    assert cand.by_party == (named == "never"), text
    assert cand.name == ("" if named == "never" else people[1]), text
