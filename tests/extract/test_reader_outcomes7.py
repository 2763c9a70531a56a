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
        "Labour held Wigan, defying predictions of a Conservative gain.",
        "Bolsover, a Conservative target seat, was taken by nobody's surprise by Labour.",
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


# -- listed and passive holds, pronouns, rivals by movement ----------------------------------

LIST_FORMS = (
    ("{seats} were all held by {party}.", "hold"),
    ("{seats} were also held by {party}, while Labour's Tom Hughes retained Leigh.", "hold"),
    ("{Party} gained three seats - {seats}.", "gain"),
    ("{Party} gained two seats: {seats}.", "gain"),
)


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(LIST_FORMS),
    seats=st.lists(st.sampled_from(SEATS[:-1]), min_size=2, max_size=4, unique=True),
    party=st.sampled_from(sorted(PARTIES)),
)
def test_each_listed_seat_gets_its_outcome(
    form: tuple[str, str], seats: list[str], party: str
) -> None:
    template, verb = form
    listed = ", ".join(seats[:-1]) + " and " + seats[-1]
    text = template.format(seats=listed, party=party, Party=_cap(party))
    read = {o for o in _outcomes(text) if o[0] != "Leigh"}
    assert read == {(s, PARTIES[party], verb) for s in seats}, text


def test_counted_gains_each_from_its_own_party() -> None:
    text = (
        "Labour gained three seats - Bolsover and Ashfield from the Conservatives, and Leigh "
        "from the Lib Dems."
    )
    article = read_prose(Document(path="a.txt", text=LEAD + text))
    read = {(c.contest, c.from_party) for c in article.claims if isinstance(c, OutcomeClaim)}
    assert read == {
        ("Bolsover", "Conservative"),
        ("Ashfield", "Conservative"),
        ("Leigh", "Liberal Democrat"),
    }


def test_they_is_the_party_whose_outcome_opened_the_sentence_before() -> None:
    text = (
        "Labour won back Bolsover, which the Tories won by 27 votes in 2015, and Wigan. They "
        "also held on to Ashfield and Mansfield that had been targeted."
    )
    read = _outcomes(text)
    assert ("Ashfield", "Labour", "hold") in read
    assert ("Mansfield", "Labour", "hold") in read
    # Said of someone else's outcome in the middle of the sentence before: no tie.
    other = "Tom Hughes said Labour held Bolsover, which was close. They also held on to Wigan."
    assert not any(seat == "Wigan" for seat, _, _ in _outcomes(other))


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Alice Walker lost her Bolsover seat to the nationalists.", "Bolsover"),
        ("Labour's Alice Walker lost her Wigan seat to the Nationalists.", "Wigan"),
    ],
)
def test_a_seat_lost_to_a_movement_is_a_gain_by_a_party_unsaid(text: str, seat: str) -> None:
    [claim] = _claims(text)
    assert (claim.contest, claim.party, claim.verb) == (seat, None, "gain")


def test_a_seat_lost_to_no_rival_is_no_outcome() -> None:
    assert _outcomes("Alice Walker lost her Bolsover seat to a nationalist surge.") == set()


@pytest.mark.parametrize(
    ("text", "seat", "who"),
    [
        (
            "Speaking at his count in Bolsover, where he was re-elected with a reduced "
            "majority, Tom Hughes said it had been a bad night.",
            "Bolsover",
            "Tom Hughes",
        ),
        ("In Wigan, Owen Price MP held the seat.", "Wigan", "Owen Price"),
        ("Priya Shah from the Labour Party was re-elected in Leigh.", "Leigh", "Priya Shah"),
        ("Priya Shah was also re-elected in Leigh.", "Leigh", "Priya Shah"),
    ],
)
def test_a_hold_said_of_a_person(text: str, seat: str, who: str) -> None:
    claims = _claims(text)
    assert [(c.contest, c.verb, c.candidate) for c in claims] == [(seat, "hold", who)]


def test_also_re_elected_is_not_the_sentence_before_s_seat() -> None:
    # "also": another seat than the one just told of, which is someone else's.
    text = (
        "Tom Hughes was re-elected in Bolsover. Owen Price of the Lib Dems was also re-elected, "
        "with a smaller majority."
    )
    assert [(c.contest, c.candidate) for c in _claims(text)] == [("Bolsover", "Tom Hughes")]


def test_a_listed_hold_is_judged_against_the_record(tmp_path: Path) -> None:
    # 2017: Bethnal Green and Bow a Labour hold; Canterbury a Labour gain.
    right = "Bethnal Green and Bow and Poplar and Limehouse were all held by Labour."
    assert _ref(tmp_path, right, "uk-ge-2017") == []
    [f] = _ref(
        tmp_path, "Canterbury and Bethnal Green and Bow were all held by Labour.", "uk-ge-2017"
    )
    assert "not a hold" in f.message
    assert "Canterbury" in f.message


# -- a relative clause's own verb; titles between a party and its person; dated clauses ------

RELATIVE_FORMS = (
    ("Alice Walker, who lost to {party_poss} Tom Hughes in {seat}, spoke.", "gain"),
    ("Alice Walker, former energy spokesman who lost to {party} in {seat}, spoke.", "gain"),
    ("{party_poss} Alice Walker, who won his {seat} seat for a third time, spoke.", "hold"),
)


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(RELATIVE_FORMS),
    seat=st.sampled_from(SEATS),
    party=st.sampled_from(sorted(PARTIES)),
)
def test_a_relative_clause_s_outcome_is_the_person_s_before_it(
    form: tuple[str, str], seat: str, party: str
) -> None:
    template, verb = form
    poss = party + ("’" if party.endswith("s") else "’s")
    text = template.format(seat=seat, party=party, party_poss=_cap(poss))
    assert _outcomes(text) == {(seat, PARTIES[party], verb)}, text


@pytest.mark.parametrize(
    ("text", "winner", "loser"),
    [
        (
            "The Tories also defeated the SNP's deputy leader Angus Robertson in Bolsover.",
            "Conservative",
            "Scottish National Party",
        ),
        (
            "The SNP defeated Labour’s shadow Scottish secretary Alice Walker in Bolsover.",
            "Scottish National Party",
            "Labour",
        ),
        (
            "In Bolsover, Labour's Alice Walker has been defeated by 20-year-old SNP "
            "candidate Priya Shah.",
            "Scottish National Party",
            "Labour",
        ),
    ],
)
def test_titles_and_ages_between_a_party_and_its_person(text: str, winner: str, loser: str) -> None:
    [claim] = _claims(text)
    assert (claim.contest, claim.party, claim.verb, claim.from_party) == (
        "Bolsover",
        winner,
        "gain",
        loser,
    )


@pytest.mark.parametrize(
    "text",
    [
        # A by-election's win is not this general election's.
        "Tom Hughes, who won Bolsover in a by-election earlier this year, secured 21,062 votes.",
        # Another general election named later in the clause dates it.
        "Labour held Wigan, with Tom Hughes, who seized Bolsover from Alice Walker in the "
        "biggest shock of the 2017 General Election, losing out.",
    ],
)
def test_an_outcome_dated_to_another_election_is_not_this_one_s(text: str) -> None:
    story = "---\nelection: uk-ge-2019\n---\n" + text
    article = read_prose(Document(path="a.md", text=story, metadata={"election": "uk-ge-2019"}))
    assert not any(
        isinstance(c, OutcomeClaim) and c.contest == "Bolsover" for c in article.claims
    ), text
    assert not any(
        c.rank is not None for k in article.contests if k.name == "Bolsover" for c in k.candidates
    )


# -- a win by a margin of votes ---------------------------------------------------------------

MARGIN_WIN_FORMS = (
    "In {seat}, Reform MP {person} won by a mere 98 votes (0.2%).",
    "{person} won by just 1,200 votes in {seat}.",
    "In {seat}, {person} wins by 12 votes after three recounts.",
)


def _winners(text: str, election: str | None = None) -> set[tuple[str | None, str]]:
    meta = {"election": election} if election else {}
    article = read_prose(Document(path="a.txt", text=LEAD + text, metadata=meta))
    return {
        (k.name, c.name)
        for k in article.contests
        for c in k.candidates
        if c.rank is not None and c.rank.value == 1
    }


@settings(max_examples=100, deadline=None)
@given(
    form=st.sampled_from(MARGIN_WIN_FORMS),
    seat=st.sampled_from(SEATS),
    person=st.sampled_from(PEOPLE),
)
def test_a_win_by_a_margin_of_votes_is_the_seat_s_winner(form: str, seat: str, person: str) -> None:
    text = form.format(seat=seat, person=person)
    assert _winners(text) == {(seat, person)}, text


@pytest.mark.parametrize(
    "text",
    [
        "Bolsover was won by 98 votes.",  # the passive names no winner
        "Labour won by 98 votes in Bolsover.",  # a party, not a person
        "Tom Hughes won by 1,200 votes in Bolsover in 2017.",  # another election's
    ],
)
def test_no_winner_by_a_margin(text: str) -> None:
    assert _winners(text, "uk-ge-2019") == set()


# -- "It", "They", "The party": the party the opening stands for ------------------------------


def test_it_after_a_sentence_opened_by_a_party_takes_that_party() -> None:
    text = (
        "The Labour Party has increased its hold on the county, winning 17 of 22 seats. It "
        "gained three seats - Bolsover and Ashfield from the Conservatives, and Leigh from the "
        "Lib Dems."
    )
    article = read_prose(Document(path="a.txt", text=LEAD + text))
    read = {
        (c.contest, c.party, c.from_party) for c in article.claims if isinstance(c, OutcomeClaim)
    }
    assert read == {
        ("Bolsover", "Labour", "Conservative"),
        ("Ashfield", "Labour", "Conservative"),
        ("Leigh", "Labour", "Liberal Democrat"),
    }
    # The party is given by a pronoun: a loose tie, so only the change of hands is judged.
    assert all(
        c.grounds is not None and "subject" in c.grounds.loose
        for c in article.claims
        if isinstance(c, OutcomeClaim)
    )


THE_PARTY_FORMS = (
    ("Ms Walker was critical of the leadership of {party}.\n\nThe party has also lost {seat}, "
     "in yet another shock defeat.", "lost"),
    ("{Party} also unseated several ministers.\n\nThe party also took {seat} - with Tom Hughes "
     "beating the sitting MP.", "took"),
    ("{Party} were here to stay. The party captured {seat} by 27 votes.", "captured"),
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(THE_PARTY_FORMS),
    seat=st.sampled_from(SEATS),
    party=st.sampled_from(sorted(PARTIES)),
)
def test_the_party_is_the_party_last_named(form: tuple[str, str], seat: str, party: str) -> None:
    template, verb = form
    text = template.format(seat=seat, party=party, Party=_cap(party))
    article = read_prose(Document(path="a.txt", text=LEAD + text))
    read = {
        (c.contest, c.party, c.from_party, c.verb)
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.contest == seat
    }
    if verb == "lost":
        assert read == {(seat, None, PARTIES[party], "gain")}, text
    else:
        assert read == {(seat, PARTIES[party], None, "gain")}, text


@pytest.mark.parametrize(
    "text",
    [
        # A party named paragraphs before is no antecedent.
        "Labour spoke.\n\nThe count went on.\n\nIt was late.\n\nThe party also took Bolsover.",
        # "It" after a sentence a party does not open.
        "Voters backed Labour in the end. It also took Bolsover.",
        # A winner, not a gain.
        "The SNP said it was pleased. It won Bolsover.",
    ],
)
def test_no_party_for_an_unclear_opening(text: str) -> None:
    assert not any(seat == "Bolsover" for seat, _, _ in _outcomes(text))


# -- a hold kept a grip on, a second term, a gain "again from" --------------------------------

GRIP_FORMS = (
    ("{Party} strengthened their hold on {seat}.", "hold"),
    ("{Party} tightened its grip on {seat}.", "hold"),
    ("In {seat}, {Party_poss} Tom Hughes has won a second term.", "hold"),
    ("{Party} have gained the seat of {seat}, again from Plaid Cymru.", "gain"),
)


@settings(max_examples=120, deadline=None)
@given(
    form=st.sampled_from(GRIP_FORMS),
    seat=st.sampled_from(SEATS),
    party=st.sampled_from(sorted(p for p in PARTIES if p != "Plaid Cymru")),
)
def test_a_grip_a_term_or_a_gain_again(form: tuple[str, str], seat: str, party: str) -> None:
    template, verb = form
    poss = party + ("’" if party.endswith("s") else "’s")
    text = template.format(seat=seat, party=party, Party=_cap(party), Party_poss=poss)
    assert _outcomes(text) == {(seat, PARTIES[party], verb)}, text


@pytest.mark.parametrize(
    "text",
    [
        "Labour has increased its hold on West Yorkshire.",  # a region, not a seat
        "Tom Hughes hopes to win a second term in Bolsover.",  # a hope
        "Labour failed to tighten its grip on Bolsover.",  # a negation
    ],
)
def test_no_grip_or_term(text: str) -> None:
    assert _outcomes(text) == set()
