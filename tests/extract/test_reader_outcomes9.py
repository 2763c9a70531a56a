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
from story_files import article_of

import factcheck
from factcheck.models import Finding, OutcomeClaim

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


def _outcomes(text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(verb, party, seat, candidate, the words) of each outcome read."""
    return [
        (c.verb, c.party, c.contest, c.candidate, text[c.span.start : c.span.end])
        for c in article_of(text).claims
        if isinstance(c, OutcomeClaim) and c.span is not None
    ]


def _winners(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(name, party, seat, the words of the rank) of each candidate read as first."""
    return [
        (c.name, c.party, contest.name, text[c.rank.span.start : c.rank.span.end])
        for contest in article_of(text).contests
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
    row = "  • Jenny Chapman, Darlington (to Peter Gibson - Liberal Democrat)\n"
    [finding] = _ref(tmp_path, "Labour MPs who lost their seats:\n\n" + row, "uk-ge-2019")
    assert "Liberal Democrat did not win Darlington" in finding.message
    assert (finding.severity.value, finding.fix) == ("warning", None)
    # Among other seats' rows, which seat the outcome is said of is itself a reading.
    assert _ref(tmp_path, rows + row, "uk-ge-2019") == []


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
    claims = [c for c in article_of(text).claims if isinstance(c, OutcomeClaim)]
    assert [(c.verb, c.party, c.from_party, c.contest) for c in claims] == [
        ("gain", None, "Labour", "Bolsover"),
        ("gain", None, "Labour", "Wigan"),
        ("gain", None, "Labour", "Leigh"),
    ]


def test_a_lost_seat_in_brackets_goes_to_the_party_after_to() -> None:
    text = "Alliance lost their only seat (East Belfast) to the DUP."
    [claim] = [c for c in article_of(text).claims if isinstance(c, OutcomeClaim)]
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


# -- a sitting MP returned, a winner in other words -----------------------------------------

# (the form; each names the seat)
RETURNED_FORMS = (
    "{person} was returned as MP for {seat}.",
    "{person} has been returned as {seat} MP in a landslide.",
    "{person} secured victory to be returned as {seat}'s MP for a fourth term.",
    "{person} was returned to the {seat} seat at Westminster.",
    "{person} has once again been elected as the MP for {seat}.",
    "Labour's {person} re-elected in {seat}",
    "{person}, re-elected in {seat}",
    "Labour MP {person} held on in {seat}.",
    "{person} was returned once more for {seat}.",
)


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(RETURNED_FORMS),
    seat=st.sampled_from(SEATS),
    person=st.sampled_from(PEOPLE),
)
def test_a_sitting_mp_returned_is_a_hold(form: str, seat: str, person: str) -> None:
    text = form.format(person=person, seat=seat)
    holds = [(v, s, c) for v, _, s, c, _ in _outcomes(text) if v == "hold"]
    assert holds == [("hold", seat, person)], text


WIN_FORMS = (
    ("{person} romped to victory in {seat}.", "victory"),
    ("{person}, pictured left, celebrating his win in {seat}", "win"),
    ("{person} became the MP for {seat} after a recount.", "MP"),
)


@settings(max_examples=120, deadline=None)
@given(
    form=st.sampled_from(WIN_FORMS),
    seat=st.sampled_from(SEATS),
    person=st.sampled_from(PEOPLE),
)
def test_a_win_in_other_words_is_first_place(form: tuple[str, str], seat: str, person: str) -> None:
    template, last = form
    text = template.format(person=person, seat=seat)
    [(name, _, where, words)] = _winners(text)
    assert (name, where) == (person, seat), text
    assert words.startswith(person), words
    assert words.endswith(last), words


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hughes was returned as the chair of the committee in Wigan.",
        "Tom Hughes hoped to be returned as MP for Wigan.",
        "Tom Hughes became the MP for Wigan in 2010.",
        "Tom Hughes hoped to romp to victory in Wigan.",
        "The newly re-elected MP for Wigan spoke.",
    ],
)
def test_no_return_or_win_read(text: str) -> None:
    assert [o for o in _outcomes(text) if o[0] == "hold"] == [], text
    assert _winners(text) == [], text


def test_a_return_in_the_wrong_seat_fires(tmp_path: Path) -> None:
    # Gordon 2017: Colin Clark (Conservative) took the seat from Alex Salmond (SNP).
    true = "Colin Clark romped to victory in Gordon."
    assert _ref(tmp_path, true, "uk-ge-2017") == []
    false = "Alex Salmond was returned as MP for Gordon."
    findings = _ref(tmp_path, false, "uk-ge-2017")
    assert findings
    assert all("Salmond" in (f.text or "") or "Salmond" in f.message for f in findings)


# -- a party's gain in a participle, or wrested -------------------------------------------

GAIN_FORMS = (
    "It was a bad night, with {party} taking back {seat} from {other}.",
    "With {party} gaining {seat} from {other}, the count ended.",
    "{party} wrested {seat} from {other}.",
    "{party} wrestle {seat} from {other}",
)


@settings(max_examples=120, deadline=None)
@given(
    form=st.sampled_from(GAIN_FORMS),
    seat=st.sampled_from(SEATS),
    parties=st.lists(st.sampled_from(sorted(LIST_PARTIES)), min_size=2, max_size=2, unique=True),
)
def test_a_gain_in_a_participle_is_the_partys(form: str, seat: str, parties: list[str]) -> None:
    party, other = parties
    text = form.format(party=party, other=other, seat=seat)
    text = text[0].upper() + text[1:]
    claims = [c for c in article_of(text).claims if isinstance(c, OutcomeClaim)]
    assert [(c.verb, c.party, c.from_party, c.contest) for c in claims] == [
        ("gain", LIST_PARTIES[party], LIST_PARTIES[other], seat)
    ], text


@pytest.mark.parametrize(
    "text",
    [
        "Labour winning Wigan was no surprise.",  # a win, not said to be a gain
        "With Labour taking 40% of the vote in Wigan, the count ended.",
        "Labour hoped to be taking Wigan from the Conservatives.",
    ],
)
def test_no_gain_in_a_participle(text: str) -> None:
    assert [o for o in _outcomes(text) if o[0] == "gain"] == [], text


@pytest.mark.parametrize(
    ("text", "party", "seat"),
    [
        ("Green Party Holds Brighton Pavilion Seat", "Green Party", "Brighton Pavilion"),
        ("Labour held on in Wrexham.", "Labour", "Wrexham"),
    ],
)
def test_a_party_holding_on_or_a_headlines_holds(text: str, party: str, seat: str) -> None:
    assert [(v, p, s) for v, p, s, _, _ in _outcomes(text)] == [("hold", party, seat)]


def test_held_on_in_no_seat_is_no_hold() -> None:
    assert _outcomes("Jane Smith held on in the end.") == []


# -- the first MP of a party for a seat; a forecast in a "despite" clause -------------------


@settings(max_examples=100, deadline=None)
@given(
    seat=st.sampled_from(SEATS),
    person=st.sampled_from(PEOPLE),
    party=st.sampled_from(["Labour", "Liberal Democrat", "Conservative"]),
    ever=st.sampled_from(["", "ever "]),
)
def test_the_first_mp_of_a_party_is_its_gain(seat: str, person: str, party: str, ever: str) -> None:
    text = f"{person} has become the first {ever}{party} MP for {seat}."
    assert [(v, p, s, c) for v, p, s, c, _ in _outcomes(text)] == [
        ("gain", PARTIES[party], seat, person)
    ], text


@pytest.mark.parametrize(
    "text",
    [
        "She is the first female MP for Wigan.",
        "He was the first Labour MP for Wigan in 2017.",
        "She hopes to become the first Labour MP for Wigan.",
    ],
)
def test_no_first_mp_gain(text: str) -> None:
    assert [o for o in _outcomes(text) if o[0] == "gain"] == [], text


def test_a_forecast_after_despite_is_not_this_results() -> None:
    text = "Labour has held on to Wrexham despite polls indicating the Conservatives would win."
    assert [(v, p, s) for v, p, s, _, _ in _outcomes(text)] == [("hold", "Labour", "Wrexham")]
    assert _outcomes("Labour would have held on to Wrexham despite the polls.") == []


# -- a party ending another's years of rule; a role between party and name ------------------


@settings(max_examples=100, deadline=None)
@given(
    seat=st.sampled_from(SEATS),
    parties=st.lists(st.sampled_from(sorted(LIST_PARTIES)), min_size=2, max_size=2, unique=True),
    years=st.sampled_from(["36 years", "nearly a hundred years", "decades"]),
)
def test_ending_years_of_a_partys_rule_is_a_gain_from_it(
    seat: str, parties: list[str], years: str
) -> None:
    party, other = parties
    owner = other.removeprefix("the ")
    text = f"{party} have ended {years} of {owner} rule in {seat}.".replace("the ", "The ", 1)
    claims = [c for c in article_of(text).claims if isinstance(c, OutcomeClaim)]
    assert [(c.verb, c.party, c.from_party, c.contest) for c in claims] == [
        ("gain", LIST_PARTIES[party], LIST_PARTIES[other], seat)
    ], text


def test_hoping_to_end_a_partys_rule_is_no_gain() -> None:
    assert _outcomes("Labour hoped to end 36 years of Conservative rule in Wigan.") == []


def test_a_role_between_the_party_and_the_one_unseated() -> None:
    text = "Jane Smith unseated Labour frontbencher Tom Hughes in Wigan."
    assert [(v, s, c) for v, _, s, c, _ in _outcomes(text)] == [("gain", "Wigan", "Jane Smith")]
