"""Outcome wordings of issue 8's seventh session, in sentences of our own: seats taken with
no "from", outcomes placed by a seat's heading or the paragraph before, passive and listed
holds. Each is read as its seat's hold or gain, and judged against the record: a false one
fires, a true one is silent; negations and forecasts are no outcome at all.

Hand-checked in the bundled House of Commons Library data: Gordon 2017 a Conservative gain
from the SNP (Colin Clark beat Alex Salmond); Bethnal Green and Bow 2017 a Labour hold
(Rushanara Ali); Canterbury 2017 a Labour gain from the Conservatives (Rosie Duffield);
Bolsover 2019 a Conservative gain from Labour (Mark Fletcher beat Dennis Skinner).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Document, Finding, OutcomeClaim

# Texts with no figure are skipped unread unless they state an outcome in the words the cheap
# gate knows; a figure first makes every sentence read, as in real copy.
LEAD = "Turnout across the region was 61.2%.\n\n"

SEATS = (
    "Bolsover", "Wigan", "Canterbury", "Bethnal Green and Bow", "Poplar and Limehouse",
    "Ashfield", "Mansfield", "Makerfield", "Tooting", "Putney", "Rugby", "Leigh",
)  # fmt: skip
PARTIES = {
    "Labour": "Labour",
    "the Conservatives": "Conservative",
    "the Tories": "Conservative",
    "the Lib Dems": "Liberal Democrat",
    "the SNP": "Scottish National Party",
    "Plaid Cymru": "Plaid Cymru",
}
PEOPLE = ("Alice Walker", "Tom Hughes", "Priya Shah", "Owen Price")


def _outcomes(text: str) -> set[tuple[str | None, str | None, str]]:
    article = read_prose(Document(path="a.txt", text=LEAD + text))
    return {(c.contest, c.party, c.verb) for c in article.claims if isinstance(c, OutcomeClaim)}


def _claims(text: str) -> list[OutcomeClaim]:
    article = read_prose(Document(path="a.txt", text=LEAD + text))
    return [c for c in article.claims if isinstance(c, OutcomeClaim)]


def _ref(tmp_path: Path, text: str, election: str) -> list[Finding]:
    path = tmp_path / "article.txt"
    path.write_text(f"---\nelection: {election}\n---\n{text}", encoding="utf-8")
    return [f for f in factcheck.check(path).findings if f.name == "reference-mismatch"]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# -- a seat taken: a gain by implication ------------------------------------------------------

TAKEN_FORMS = (
    "{Party} took {seat}.",
    "{Party} have also taken {seat} through {person}.",
    "{person} took the {seat} constituency with a majority of 2,607.",
    "{person} took the new {seat} seat.",
    "The party's wins include {person} taking {seat}.",
    "{person} has taken the seat of {seat} with 50.1% of the vote.",
)


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(TAKEN_FORMS),
    seat=st.sampled_from(SEATS),
    party=st.sampled_from(sorted(PARTIES)),
    person=st.sampled_from(PEOPLE),
)
def test_a_seat_taken_is_a_loose_gain(form: str, seat: str, party: str, person: str) -> None:
    text = form.format(seat=seat, Party=_cap(party), person=person)
    claims = _claims(text)
    assert [(c.contest, c.verb) for c in claims] == [(seat, "gain")], text
    [claim] = claims
    assert claim.grounds is not None
    assert "what" in claim.grounds.loose
    if "{Party}" in form:
        assert claim.party == PARTIES[party]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The SNP seized Bolsover by 27 votes.", {("Bolsover", "Scottish National Party")}),
        ("Labour snatched Wigan.", {("Wigan", "Labour")}),
        ("The Conservatives captured Ashfield.", {("Ashfield", "Conservative")}),
    ],
)
def test_seized_snatched_and_captured_say_a_gain_outright(
    text: str, expected: set[tuple[str, str]]
) -> None:
    claims = _claims(text)
    assert {(c.contest, c.party) for c in claims} == expected
    assert all(c.verb == "gain" and c.grounds and not c.grounds.loose for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # A headline's present tense is as often a hold.
        "Sinn Fein take Bolsover by slimmest margin after recount.",
        # Taking a seat back that one held: a hold.
        "Tom Hughes re-takes his seat in Bolsover.",
        # Taking votes or a share is no seat taken.
        "Tom Hughes held Bolsover, taking 20,081 votes.",
        "Labour took 45% of the vote in Wigan.",
        "Labour took control of the council in Wigan.",
        # Negations, hopes and forecasts report no result.
        "Labour failed to take Wigan.",
        "Labour would have taken Wigan on a bigger swing.",
        "Labour had hoped to take Wigan, a target seat.",
        "The Tories nearly took Wigan.",
    ],
)
def test_no_seat_taken(text: str) -> None:
    assert {v for _, _, v in _outcomes(text)} <= {"hold"}, text
    assert not any(v == "gain" for _, _, v in _outcomes(text))


def test_a_true_seat_taken_is_silent(tmp_path: Path) -> None:
    assert _ref(tmp_path, "The Conservatives took Gordon.", "uk-ge-2017") == []
    assert _ref(tmp_path, "Colin Clark took the Gordon constituency.", "uk-ge-2017") == []


def test_a_false_seat_taken_is_a_warning_without_a_fix(tmp_path: Path) -> None:
    # Labour held Bethnal Green and Bow in 2017: "took" said a gain, loosely.
    [f] = _ref(tmp_path, "Labour took Bethnal Green and Bow.", "uk-ge-2017")
    assert "not a gain" in f.message
    assert f.severity.value == "warning"
    assert f.fix is None


# -- a seat-less outcome placed by an explicit cue across a paragraph break -------------------


def test_a_seat_heading_places_the_outcome_under_it() -> None:
    text = (
        "Wigan: Labour hold.\n\nBolsover results\n\n"
        "The Conservatives held the seat, bringing their tally to 13 seats.\n"
    )
    assert ("Bolsover", "Conservative", "hold") in _outcomes(text)


def test_the_seat_everyone_in_the_paragraph_was_named_with() -> None:
    text = (
        "Labour held Wigan.\n\n"
        "The picture changed in Bolsover, where Labour's Alice Walker had hoped to defend "
        "her seat against Conservative Tom Hughes.\n\n"
        "Ultimately, Mr Hughes won back the seat for his party by a huge margin.\n"
    )
    assert ("Bolsover", None, "gain") in _outcomes(text)


def test_a_heading_s_outcome_is_judged_against_the_record(tmp_path: Path) -> None:
    text = "Canterbury: Labour gain.\n\nGordon results\n\nThe SNP held the seat.\n"
    [f] = _ref(tmp_path, text, "uk-ge-2017")
    assert "Scottish National Party did not win Gordon in 2017" in f.message
    right = text.replace("The SNP held", "The Conservatives took")
    assert _ref(tmp_path, right, "uk-ge-2017") == []


def test_a_live_blog_s_next_entry_takes_no_seat() -> None:
    # A seat named in an earlier entry, other seats between: the outcome is left unplaced.
    text = (
        "Labour held Wigan, and the Tories held Rugby.\n\n"
        "Ashfield went to a recount at 2am.\n\n"
        "Elsewhere, Labour also held on to Leigh and Makerfield. The Conservatives retained "
        "the seat after the sitting MP stood down.\n"
    )
    assert ("Ashfield", "Conservative", "hold") not in _outcomes(text)


# -- "defeated by": the one beaten held the seat ------------------------------------------

DEFEATED_FORMS = (
    "{person} was defeated in her seat of {seat} by {party}.",
    "{person} defeated by {Party_noun} candidate Tom Hughes in {seat}.",
    "{person} was defeated by Tom Hughes of {party} in {seat}.",
    "In {seat}, {person} was narrowly defeated by {party}.",
)


def _noun(party: str) -> str:
    bare = party.removeprefix("the ")
    return {"Conservatives": "Conservative", "Tories": "Tory", "Lib Dems": "Lib Dem"}.get(
        bare, bare
    )


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(DEFEATED_FORMS),
    seat=st.sampled_from(SEATS),
    party=st.sampled_from(sorted(PARTIES)),
)
def test_a_sitting_mp_defeated_by_a_party_is_its_gain(form: str, seat: str, party: str) -> None:
    text = "Wigan: Labour hold.\n\n" + form.format(
        seat=seat, party=party, Party_noun=_noun(party), person="Alice Walker"
    )
    if seat == "Wigan":
        return  # the seat the lead holds: its own outcome, another reading
    read = {(s, p, v) for s, p, v in _outcomes(text) if s != "Wigan"}
    assert read == {(seat, PARTIES[party], "gain")}, text


def test_a_party_before_one_person_is_not_the_next_one_s() -> None:
    # "Sinn Féin's John Finucane while Emma Little-Pengelly": Sinn Féin is Finucane's party;
    # the one beaten after him is of no party the sentence names.
    text = (
        "Alice Walker lost her Wigan seat to Labour’s Tom Hughes while Priya Shah was "
        "defeated by Owen Price of the SNP in Bolsover."
    )
    claims = {c.contest: c for c in _claims(text)}
    assert claims["Bolsover"].party == "Scottish National Party"
    assert claims["Bolsover"].from_party is None
    assert claims["Wigan"].party == "Labour"


def test_a_beaten_mp_s_seat_is_judged_against_the_record(tmp_path: Path) -> None:
    # Gordon 2017: Alex Salmond (SNP) lost to Colin Clark (Conservative).
    right = "Alex Salmond was defeated in his seat of Gordon by the Conservative Party."
    assert _ref(tmp_path, right, "uk-ge-2017") == []
    [f] = _ref(tmp_path, right.replace("Conservative Party", "Labour Party"), "uk-ge-2017")
    assert "Labour did not win Gordon in 2017" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "Alice Walker was defeated by 20 votes in Bolsover.",
        "Alice Walker was not defeated by Labour in Bolsover.",
        "Alice Walker would have been defeated by Labour in Bolsover on a bigger swing.",
    ],
)
def test_no_defeat_by_a_rival(text: str) -> None:
    assert _outcomes(text) == set()
