"""Winner and outcome wordings of issue 8's ninth session, in sentences of our own: the rows
of a list of seats lost ("Jane Smith, Bath (to John Brown - Conservative)").

Hand-checked in the bundled House of Commons Library data (2019): Bishop Auckland won by
Dehenna Davison (Conservative) from Labour's Helen Goodman; Sedgefield by Paul Howell
(Conservative) from Labour's Phil Wilson; Darlington by Peter Gibson (Conservative) from
Labour's Jenny Chapman.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, Finding, OutcomeClaim

SEATS = (
    "Bolsover", "Wigan", "Canterbury", "Bethnal Green and Bow", "Ashfield", "Mansfield",
    "Makerfield", "Tooting", "Putney", "Rugby", "Leigh", "Bath", "Cambridge",
)  # fmt: skip
PARTIES = {
    "Labour": "Labour",
    "Conservative": "Conservative",
    "Liberal Democrat": "Liberal Democrat",
    "SNP": "Scottish National Party",
}
PEOPLE = ("Alice Walker", "Tom Hughes", "Priya Shah", "Owen Price", "Nadia Rahman")


def _read(text: str) -> Article:
    return read_prose(Document(path="a.txt", text=text))


def _outcomes(text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(verb, party, seat, candidate, the words) of each outcome read."""
    return [
        (c.verb, c.party, c.contest, c.candidate, text[c.span.start : c.span.end])
        for c in _read(text).claims
        if isinstance(c, OutcomeClaim) and c.span is not None
    ]


def _winners(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(name, party, seat, the words of the rank) of each candidate read as first."""
    return [
        (c.name, c.party, contest.name, text[c.rank.span.start : c.rank.span.end])
        for contest in _read(text).contests
        for c in contest.candidates
        if c.rank is not None and c.rank.value == 1 and c.rank.span is not None
    ]


def _ref(tmp_path: Path, text: str, election: str) -> list[Finding]:
    path = tmp_path / "article.txt"
    path.write_text(f"---\nelection: {election}\n---\n{text}", encoding="utf-8")
    return [f for f in factcheck.check(path).findings if f.name == "reference-mismatch"]


# -- a list of seats lost, a row each -------------------------------------------------------

ROW_FORMS = (
    "  • {loser}, {seat} (to {winner} - {party})",
    "{loser}, {seat} (to {winner}, {party})",
    "* {loser}, {seat} (to {winner} – {party})",
)


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(ROW_FORMS),
    seats=st.lists(st.sampled_from(SEATS), min_size=1, max_size=4, unique=True),
    people=st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique=True),
    party=st.sampled_from(sorted(PARTIES)),
)
def test_each_row_of_seats_lost_is_a_gain_by_the_party_it_went_to(
    form: str, seats: list[str], people: list[str], party: str
) -> None:
    loser, winner = people
    rows = [form.format(loser=loser, seat=s, winner=winner, party=party) for s in seats]
    text = "MPs who lost their seats:\n\n" + "\n".join(rows) + "\n"
    found = _outcomes(text)
    assert [(v, p, s, c) for v, p, s, c, _ in found] == [
        ("gain", PARTIES[party], s, winner) for s in seats
    ], text
    # The words run from the seat to the closing bracket.
    for (*_, words), seat in zip(found, seats, strict=True):
        assert words.startswith(seat), words
        assert words.endswith(")"), words
    # The winner comes first in the first row's seat (a person is one seat's candidate).
    [(name, won_for, first, said)] = _winners(text)
    assert (name, won_for, first) == (winner, PARTIES[party], seats[0]), text
    assert said.startswith("to "), said
    assert said.endswith(party), said


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hughes, Bath (to be declared later)\n",  # no winner named
        "Tom Hughes, Bath (to Owen Price)\n",  # no party: not a row of this list
        "The count in Bath (to Owen Price - Labour) went on.\n",  # no loser opening the line
        "He said Tom Hughes, Bath (to Owen Price - Labour) was close.\n",  # not a line's start
    ],
)
def test_no_row_of_seats_lost(text: str) -> None:
    assert [o for o in _outcomes(text) if o[0] == "gain"] == [], text


def test_a_row_giving_the_seat_to_the_wrong_party_fires(tmp_path: Path) -> None:
    rows = (
        "Labour MPs who lost their seats:\n\n"
        "  • Helen Goodman, Bishop Auckland (to Dehenna Davison - Conservative)\n"
        "  • Phil Wilson, Sedgefield (to Paul Howell, Conservative)\n"
    )
    assert _ref(tmp_path, rows, "uk-ge-2019") == []
    wrong = rows + "  • Jenny Chapman, Darlington (to Peter Gibson - Liberal Democrat)\n"
    [finding] = _ref(tmp_path, wrong, "uk-ge-2019")
    assert "Liberal Democrat did not win Darlington" in finding.message


# -- a party's outcome over a list of seats -------------------------------------------------

# (the form, and the verb read; "{a}" and "{b}" are the seats, "{party}" who won them,
# "{other}" the party they were taken from or lost by)
LIST_FORMS = (
    ("{party} have retained their seats in the constituencies of {a} and {b}.", "hold"),
    ("{party} retained the {a} and {b} seats – on a reduced share.", "hold"),
    ("{party} captured their target seats of {a} and {b} from {other}.", "gain"),
    ("{other} lost two key seats to {party} - {a} and {b}.", "gain"),
    ("It was bad news for {other} when they lost {a} and {b} to {party}.", "gain"),
    ("Despite a good night elsewhere, they unexpectedly lost two seats to {party} - {a} and {b}.",
     "gain"),
    ("The two {other} seats gained by {party} were {a} and {b}.", "gain"),
)  # fmt: skip
LIST_PARTIES = {
    "Labour": "Labour",
    "the Conservatives": "Conservative",
    "the Lib Dems": "Liberal Democrat",
}


@settings(max_examples=200, deadline=None)
@given(
    form=st.sampled_from(LIST_FORMS),
    seats=st.lists(st.sampled_from(SEATS), min_size=2, max_size=2, unique=True),
    parties=st.lists(st.sampled_from(sorted(LIST_PARTIES)), min_size=2, max_size=2, unique=True),
)
def test_a_partys_outcome_over_a_list_is_each_seats(
    form: tuple[str, str], seats: list[str], parties: list[str]
) -> None:
    template, verb = form
    party, other = parties
    a, b = seats
    text = template.format(party=party, other=other, a=a, b=b)
    text = text[0].upper() + text[1:]
    found = [(v, p, s) for v, p, s, _, _ in _outcomes(text)]
    assert found == [(verb, LIST_PARTIES[party], a), (verb, LIST_PARTIES[party], b)], text


def test_seats_gained_from_a_party_are_gains_from_it() -> None:
    text = "The three seats gained from Labour were Bolsover, Wigan and Leigh."
    claims = [c for c in _read(text).claims if isinstance(c, OutcomeClaim)]
    assert [(c.verb, c.party, c.from_party, c.contest) for c in claims] == [
        ("gain", None, "Labour", "Bolsover"),
        ("gain", None, "Labour", "Wigan"),
        ("gain", None, "Labour", "Leigh"),
    ]


def test_a_lost_seat_in_brackets_goes_to_the_party_after_to() -> None:
    text = "Alliance lost their only seat (East Belfast) to the DUP."
    [claim] = [c for c in _read(text).claims if isinstance(c, OutcomeClaim)]
    assert (claim.verb, claim.party, claim.from_party, claim.contest) == (
        "gain",
        "Democratic Unionist Party",
        "Alliance",
        "Belfast East",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Labour gained their target seats across the north.",  # no seat named
        "Labour held their seats.",
        "The Conservatives hoped to have retained their seats in the constituencies of Bolsover "
        "and Wigan.",
        "Labour maintained control of the council in Wigan and Leigh.",
        "They lost Bolsover and Wigan in 2017.",  # no party they went to, another election
        "When they lost Bolsover and Wigan, it was a shock.",  # nobody named after "to"
    ],
)
def test_no_outcome_over_a_list(text: str) -> None:
    assert _outcomes(text) == [], text


def test_a_list_given_to_the_wrong_party_fires(tmp_path: Path) -> None:
    true = (
        "It was bad news for Labour when they lost Bishop Auckland and Sedgefield to the "
        "Conservatives."
    )
    assert _ref(tmp_path, true, "uk-ge-2019") == []
    false = true.replace("the Conservatives", "the Lib Dems")
    findings = _ref(tmp_path, false, "uk-ge-2019")
    assert findings  # one finding for the words both seats share
    assert all("Liberal Democrat did not win" in f.message for f in findings)


def test_a_bulleted_line_is_not_dated_by_the_line_before() -> None:
    text = (
        "    • The Conservatives took Blyth Valley, Labour since it was created in 1950\n"
        "    • Later Labour lost Bolsover to the Conservatives."
    )
    assert ("gain", "Conservative", "Bolsover") in [(v, p, s) for v, p, s, _, _ in _outcomes(text)]
