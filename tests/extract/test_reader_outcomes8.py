"""Winner and outcome wordings of issue 8's eighth session, in sentences of our own: winners
"won with" a figure, "declared the winner after", "won this new constituency", a live blog's
"Wigan is Labour with 21,042 votes"; and a person's "lost his seat" kept off the seat another
clause names. A winner is read as a rank of 1 whose words run from the winner's name; judged
against the record, a false winner fires and a true one is silent.

Hand-checked in the bundled House of Commons Library data: Gordon 2017 won by Colin Clark
(Conservative, 21,861) over Alex Salmond (SNP, 19,254); Wigan 2019 won by Lisa Nandy
(Labour, 21,042).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, Finding, OutcomeClaim

LEAD = "Turnout across the region was 61.2%.\n\n"

SEATS = (
    "Bolsover", "Wigan", "Canterbury", "Bethnal Green and Bow", "Ashfield", "Mansfield",
    "Makerfield", "Tooting", "Putney", "Rugby", "Leigh",
)  # fmt: skip
PARTIES = {
    "Labour": "Labour",
    "Conservative": "Conservative",
    "the Conservatives": "Conservative",
    "the Lib Dems": "Liberal Democrat",
    "SNP": "Scottish National Party",
    "DUP": "Democratic Unionist Party",
}
PEOPLE = ("Alice Walker", "Tom Hughes", "Priya Shah", "Owen Price")


def _read(text: str) -> Article:
    return read_prose(Document(path="a.txt", text=LEAD + text))


def _winners(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(name, party, seat, the words of the rank) of each candidate read as first."""
    full = LEAD + text
    article = read_prose(Document(path="a.txt", text=full))
    return [
        (c.name, c.party, contest.name, full[c.rank.span.start : c.rank.span.end])
        for contest in article.contests
        for c in contest.candidates
        if c.rank is not None and c.rank.value == 1 and c.rank.span is not None
    ]


def _ref(tmp_path: Path, text: str, election: str) -> list[Finding]:
    path = tmp_path / "article.txt"
    path.write_text(f"---\nelection: {election}\n---\n{text}", encoding="utf-8")
    return [f for f in factcheck.check(path).findings if f.name == "reference-mismatch"]


# -- a person's win, said with its figure or its seat ------------------------------------------

# (each form, and the word the rank's words end with)
WIN_FORMS = (
    ("In {seat}, {person} won with a 7,000 vote majority.", "won"),
    ("In {seat}, {person} won with 21,042 votes.", "won"),
    ("{seat} – {person} won this new blue wall constituency.", "constituency"),
    ("The count in {seat} went to three recounts before {person} was declared the winner.",
     "winner"),
    ("{seat} – {person} returns to Parliament, with a 13k majority.", "Parliament"),
)  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(
    form=st.sampled_from(WIN_FORMS),
    seat=st.sampled_from(SEATS),
    person=st.sampled_from(PEOPLE),
)
def test_a_win_said_of_a_person_is_their_first_place(
    form: tuple[str, str], seat: str, person: str
) -> None:
    template, verb = form
    text = template.format(seat=seat, person=person)
    [(name, _, where, words)] = _winners(text)
    assert (name, where) == (person, seat), text
    # The rank's words run from the name to the verb: the claim is the person's.
    assert words.startswith(person), words
    assert words.endswith(verb), words


@pytest.mark.parametrize(
    "text",
    [
        "In Wigan Tom Hughes hoped to have won with a bigger majority.",
        "In Wigan Tom Hughes would have won with 5,000 more votes.",
        "In Wigan Labour won with 45% of the vote across the county.",  # a party, no person
        "Tom Hughes was declared the winner of the raffle in Wigan in 2015.",
        "Tom Hughes won his seat in Wigan in 2015.",
    ],
)
def test_no_win_read(text: str) -> None:
    assert _winners(text) == [], text


def test_a_false_winner_fires_and_a_true_one_is_silent(tmp_path: Path) -> None:
    false = "In Gordon, Alex Salmond was declared the winner after a recount."
    [finding] = _ref(tmp_path, false, "uk-ge-2017")
    assert "Alex Salmond was declared the winner" in (finding.text or "")
    true = "In Gordon, Colin Clark was declared the winner after a recount."
    assert _ref(tmp_path, true, "uk-ge-2017") == []
    assert _ref(tmp_path, "In Gordon Colin Clark won with a 2,607 majority.", "uk-ge-2017") == []


# -- a live blog's "Seat is Party with N votes" ------------------------------------------------

SEAT_IS_FORMS = (
    "{seat} is {party} with 21,042 votes.",
    "Update 1:59am: {seat} is {party} with 21,042.",
    "{seat} went {party} with 17,705.",
    "{seat} is another {party} with 24,475.",
    "{seat} is {party} 22,780 votes.",
)


@settings(max_examples=120, deadline=None)
@given(
    form=st.sampled_from(SEAT_IS_FORMS),
    seat=st.sampled_from(SEATS),
    party=st.sampled_from(sorted(PARTIES)),
)
def test_a_seat_said_to_be_a_party_is_its_win(form: str, seat: str, party: str) -> None:
    text = form.format(seat=seat, party=party)
    [(name, who, where, words)] = _winners(text)
    assert (name, who, where) == ("", PARTIES[party], seat), text
    assert words.startswith(seat), words
    assert words.endswith(party), words


@pytest.mark.parametrize(
    "text",
    [
        "Wigan is Labour heartland.",
        "Wigan is Labour's to lose.",
        "Wigan is not Labour with 21,042 votes.",
        "If Wigan is Labour with 21,042 votes, the party will be pleased.",
        "Wigan and Leigh is Labour with 21,042 votes.",  # a list with a seat unknown
        "Wigan was Labour in 2015.",
    ],
)
def test_no_seat_is_a_party(text: str) -> None:
    assert _winners(text) == [], text


def test_a_seat_said_to_be_the_wrong_party_fires(tmp_path: Path) -> None:
    # The SNP lost Gordon in 2017.
    findings = _ref(tmp_path, "Gordon is SNP with 19,254 votes.", "uk-ge-2017")
    assert any("Gordon is SNP" in (f.text or "") for f in findings), findings
    assert _ref(tmp_path, "Wigan is Labour with 21,042 votes.", "uk-ge-2019") == []


# -- a person's lost seat, kept off another clause's seat ---------------------------------------


def _claims(text: str) -> list[OutcomeClaim]:
    return [c for c in _read(text).claims if isinstance(c, OutcomeClaim)]


def test_a_lost_seat_is_not_the_seat_another_clause_names() -> None:
    text = (
        "We all know the headlines: Tom Hughes lost his seat, the DUP lost Wigan, "
        "Owen Price unseated Priya Shah."
    )
    claims = _claims(text)
    by_seat = {(c.contest, c.from_party) for c in claims}
    assert ("Wigan", "Democratic Unionist Party") in by_seat
    # Neither person's outcome is Wigan's: that seat is the DUP's clause.
    assert all(c.contest is None for c in claims if c.from_party != "Democratic Unionist Party")


def test_a_lost_seat_keeps_the_sentence_seat_when_it_is_the_same_persons() -> None:
    claims = _claims("Tom Hughes gained Wigan for Labour, taking the seat from the Conservatives.")
    assert {c.contest for c in claims} == {"Wigan"}


def test_a_person_never_named_with_a_seat_is_not_the_live_blog_seat() -> None:
    text = (
        "04:00 Labour hold Wigan with 21,042 votes.\n\n"
        "04:10 Labour hold Leigh with 21,266 votes.\n\n"
        "04:30 Good news - Alice Walker and Owen Price have lost their seat."
    )
    claims = _claims(text)
    assert {c.contest for c in claims if c.verb == "gain"} <= {None}


def test_a_lost_seat_with_nothing_known_is_no_claim() -> None:
    claims = _claims("It was a long night, and Tom Hughes lost his seat in Hertfordshire.")
    assert [c for c in claims if c.verb == "gain"] == []


def test_lost_her_seat_to_names_the_winner_and_her_party_seat() -> None:
    [claim] = _claims("In Wigan, Priya Shah lost her seat to Tom Hughes.")
    assert (claim.contest, claim.candidate, claim.verb) == ("Wigan", "Tom Hughes", "gain")
    [claim] = _claims("In Wigan, Priya Shah lost her Lib Dem seat.")
    assert (claim.contest, claim.from_party) == ("Wigan", "Liberal Democrat")


# -- gains listed after "made gains", "gained in", "gaining"; a seat "taken by" a party ----------

GAIN_LIST_FORMS = (
    "{Party} made gains at {other}’s expense in {a}, {b}, and {c}.",
    "{Party} have made big gains: winning {a}, {b} and {c}.",
    "{Party} made three gains from {other}, including {a}, {b} and {c}.",
    "{Party} have gained in {a}, {b} and {c}.",
    " - {Party} gain seats in the north, and do well in the south, gaining {a}, {b} and {c}.",
)


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(GAIN_LIST_FORMS),
    seats=st.permutations(SEATS).map(lambda s: s[:3]),
    party=st.sampled_from(["Labour", "the Conservatives", "the Lib Dems"]),
    other=st.sampled_from(["the SNP", "Plaid Cymru"]),
)
def test_gains_listed_are_each_seats_gain(
    form: str, seats: tuple[str, ...], party: str, other: str
) -> None:
    a, b, c = seats
    text = form.format(Party=party[:1].upper() + party[1:], other=other, a=a, b=b, c=c)
    claims = _claims(text)
    assert {(x.contest, x.party, x.verb) for x in claims} == {
        (s, PARTIES[party], "gain") for s in seats
    }, text
    if "{other}" in form:
        other_party = "Scottish National Party" if other == "the SNP" else "Plaid Cymru"
        assert {x.from_party for x in claims} == {other_party}, text


@pytest.mark.parametrize(
    "text",
    [
        "Labour hoped to make gains in Wigan, Leigh and Bolsover.",
        "Labour is expected to make gains in Wigan.",
        "Labour made gains in the polls, but held only Wigan.",
        "Labour gained in Scotland.",
        "Labour won the seat, gaining 5,000 votes.",
        "Labour made gains at the SNP’s expense across the country.",
    ],
)
def test_no_gains_listed(text: str) -> None:
    assert [c for c in _claims(text) if c.verb == "gain"] == [], text


@pytest.mark.parametrize(
    ("text", "seat", "party", "from_party"),
    [
        (
            "The first shock of the night saw Wigan, a Labour seat since 1950, taken by the "
            "Conservatives.",
            "Wigan",
            "Conservative",
            None,
        ),
        (
            "The Wigan seat was snatched from Labour by the SNP.",
            "Wigan",
            "Scottish National Party",
            "Labour",
        ),
        ("Leigh has been captured by the Lib Dems.", "Leigh", "Liberal Democrat", None),
    ],
)
def test_a_seat_taken_by_a_party_is_its_gain(
    text: str, seat: str, party: str, from_party: str | None
) -> None:
    [claim] = _claims(text)
    assert (claim.contest, claim.party, claim.verb, claim.from_party) == (
        seat,
        party,
        "gain",
        from_party,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Two years ago the Wigan seat was snatched from Labour by the SNP.",
        "Wigan could be taken by the SNP.",
        "Wigan was taken by surprise.",
    ],
)
def test_no_seat_taken_by_a_party(text: str) -> None:
    assert [c for c in _claims(text) if c.verb == "gain"] == [], text


def test_a_gain_taken_by_the_wrong_party_fires(tmp_path: Path) -> None:
    # Gordon 2017: a Conservative gain from the SNP.
    [finding] = _ref(tmp_path, "Gordon, an SNP seat since 2015, was taken by Labour.", "uk-ge-2017")
    assert "Gordon" in (finding.text or "") or "taken by" in (finding.text or "")
    assert (
        _ref(tmp_path, "Gordon was snatched from the SNP by the Conservatives.", "uk-ge-2017") == []
    )


# -- holds said of a person: "has narrowly kept", "X of Sinn Féin retained" -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "In Wigan, Tom Hughes has narrowly kept his seat in parliament.",
        "In Wigan, Tom Hughes of Sinn Féin retained her seat after a recount.",
    ],
)
def test_a_person_keeping_their_seat_is_a_hold(text: str) -> None:
    claims = _claims(text)
    assert [(c.contest, c.verb, c.candidate) for c in claims] == [("Wigan", "hold", "Tom Hughes")]


def test_an_earlier_win_is_no_winner() -> None:
    text = "In Wigan, Priya Shah lost to Labour. She had won the seat from the SNP two years ago."
    assert not any(name == "Priya Shah" for name, *_ in _winners(text))
    text = "In Wigan, Tom Hughes won the seat from the SNP two years ago by 1,996 votes."
    assert _winners(text) == []


# -- the one beaten named with a title or after an aside; a party's ", losing A to B" ----------


@pytest.mark.parametrize(
    ("text", "seat", "winner", "from_party"),
    [
        (
            "In one of the shocks of the night Tory Tom Hughes defeated former First Minister "
            "Alice Walker in Wigan.",
            "Wigan",
            "Tom Hughes",
            None,
        ),
        (
            "Tom Hughes, an SNP candidate who was suspended over posts he had made on social "
            "media, also defeated Labour's shadow Scottish secretary Alice Walker in Wigan.",
            "Wigan",
            "Tom Hughes",
            "Labour",
        ),
    ],
)
def test_the_one_beaten_after_a_title_or_the_winner_after_an_aside(
    text: str, seat: str, winner: str, from_party: str | None
) -> None:
    [claim] = [c for c in _claims(text) if c.verb == "gain"]
    assert (claim.contest, claim.candidate, claim.from_party) == (seat, winner, from_party)


def test_a_party_losing_a_seat_after_a_comma() -> None:
    text = "Elsewhere the DUP won eight seats, losing Wigan to the Lib Dems."
    [claim] = _claims(text)
    assert (claim.contest, claim.party, claim.verb, claim.from_party) == (
        "Wigan",
        "Liberal Democrat",
        "gain",
        "Democratic Unionist Party",
    )
    # Votes lost are no seat lost.
    text = "Elsewhere the DUP held Wigan, losing 5,000 votes to the Lib Dems."
    assert [c for c in _claims(text) if c.verb == "gain"] == []


def test_conceded_defeat_in_the_seat_carried_from_the_paragraph() -> None:
    text = (
        "A recount was required in Wigan. However, the SNP's Tom Hughes later conceded defeat "
        "to the Lib Dems."
    )
    [claim] = [c for c in _claims(text) if c.verb == "gain"]
    assert (claim.contest, claim.party) == ("Wigan", "Liberal Democrat")
    # A gain only if Tom Hughes held the seat: the words say he lost, not that he held it.
    assert claim.grounds is not None
    assert claim.grounds.held_by == "Tom Hughes"
    # Across a paragraph break the carried seat is no tie.
    text = "A recount was required in Wigan.\n\nTom Hughes conceded defeat to the Lib Dems."
    assert [c.contest for c in _claims(text) if c.verb == "gain"] in ([], [None])


def test_defeated_in_a_relative_clause_is_the_sitting_mps_loss() -> None:
    text = "The leader praised departing MP Tom Hughes, who was defeated by Labour in Wigan."
    [claim] = _claims(text)
    assert (claim.contest, claim.party, claim.verb) == ("Wigan", "Labour", "gain")
    # The active "who defeated" is the relative's subject's win, not a loss of Tom Hughes'.
    text = "In Wigan, Tom Hughes, who defeated Priya Shah by 500 votes, spoke."
    assert all(c.party != "Labour" for c in _claims(text))
