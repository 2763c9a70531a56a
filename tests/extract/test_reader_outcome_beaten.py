"""Property: a gain said through a person beaten ("X defeated Y in Gordon", "Y lost to X in
Gordon"), a party's participle ("Labour win in Gordon, taking the seat from the SNP") or a
pronoun ("They also took Gordon from the SNP"), for any seat, person and party, is read back
as that seat's gain by that party (the one beaten kept as ``held_by``); negations, forecasts
and near misses are read as no gain at all. Every sentence is the team's own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.reader import read_prose
from factcheck.models import Document, OutcomeClaim

SEATS = (
    "Bolsover", "Wigan", "Canterbury", "Bethnal Green and Bow", "Ashfield", "Mansfield",
    "Halton", "Tooting", "Putney", "Blaydon", "Rugby", "Solihull", "Aldershot", "Leigh",
)  # fmt: skip
PARTIES = {
    "Labour": "Labour",
    "the Conservatives": "Conservative",
    "the Liberal Democrats": "Liberal Democrat",
    "the SNP": "Scottish National Party",
    "Plaid Cymru": "Plaid Cymru",
    "Reform UK": "Reform UK",
}
PEOPLE = ("Alice Walker", "Tom Hughes", "Priya Shah", "Owen Price", "Ruth Ellis")

# (template, whose party wins: "party" or None when the words name none, the one beaten:
# "person", "rival" or None).
GAINS = (
    ("{party_poss} {person} defeated {rival} in {seat}.", "party", "rival"),
    ("{party_poss} {person} has beaten {rival} in {seat}.", "party", "rival"),
    ("{person} beats {rival} by 187 votes to win {seat}.", None, "rival"),
    ("{person} was elected in {seat}, defeating {party_poss} {rival}.", None, "rival"),
    ("{rival} lost to {party_poss} {person} in {seat}.", "party", "rival"),
    # (nineteenth session) "lost out to" is "lost to": read alike, with a figure or without
    # one (a figure-less text had been skipped for "lost out to", and this template stood
    # among the near misses below only because of that).
    ("{rival} lost out to {party_poss} {person} in {seat}.", "party", "rival"),
    ("{person} lost out to {party} in {seat}.", "party", "person"),
    ("{rival}, the culture secretary, lost to {person} in {seat}.", None, "rival"),
    ("In {seat}, voters saw {rival} lose to {party}.", "party", "rival"),
    ("{Party_noun} win in {seat}, taking the seat from the Greens.", "party", None),
    ("{person} won {rival}’s once safe {Party_noun} seat in {seat}.", None, None),
    (
        "{person} has become the first woman MP there after winning the {Party_noun} "
        "stronghold of {seat} with 20,000 votes.",
        None,
        None,
    ),
)
# A hold said of a person: "again", "for a third time".
HOLDS = (
    "{person} is an MP again in {seat}.",
    "{person} won {seat} for a third time.",
    "{person} won her {seat} seat for the fourth consecutive time, with 20,000 votes.",
)
# Nothing here reports a gain.
NO_GAINS = (
    "{person} failed to defeat {rival} in {seat}.",
    "{person} beat {rival} to hold {seat} for {party}.",
    "{person} defeated {rival} again in {seat}.",
    "{person} defeated {rival} to remain in the seat in {seat}.",
    "{person} lost out again to {party} in {seat}.",
    "{person} failed to win {seat}, losing out to {party_poss} {rival}.",
    "{person} lost to the sitting MP {rival} in {seat}.",
    "{person} would have lost to {party} in {seat}.",
    "{person} is expected to lose to {party} in {seat}.",
    "{person} could lose to {party} in {seat}.",
    "If {person} defeated {rival} in {seat}, it would be a shock.",
    "{Party} held {seat}, defying predictions of a Green gain.",
    "Pollsters predicted a Green gain in {seat}.",
    "{Party} failed to take {seat} from the Greens.",
    "{seat} was a {Party_noun} target seat, but {person} did not win it.",
)


def _noun(written: str) -> str:
    bare = written.removeprefix("the ")
    return {"Conservatives": "Conservative", "Liberal Democrats": "Liberal Democrat"}.get(
        bare, bare
    )


def _render(template: str, seat: str, party: str, person: str, rival: str) -> str:
    return template.format(
        seat=seat,
        party=party,
        Party=party[:1].upper() + party[1:],
        Party_noun=_noun(party),
        party_poss=party + ("’" if party.endswith("s") else "’s"),
        person=person,
        rival=rival,
    )


def _gains(text: str) -> set[tuple[str | None, str | None, str | None]]:
    article = read_prose(Document(path="a.txt", text=text))
    return {
        (c.contest, c.party, c.grounds.held_by if c.grounds else None)
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.verb == "gain"
    }


people = st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique=True)


@settings(max_examples=200, deadline=None)
@given(
    form=st.sampled_from(GAINS),
    seat=st.sampled_from(SEATS),
    party=st.sampled_from(sorted(PARTIES)),
    names=people,
)
def test_a_gain_through_a_person_beaten_is_recovered(
    form: tuple[str, str | None, str | None], seat: str, party: str, names: list[str]
) -> None:
    template, winner, beaten = form
    person, rival = names
    text = _render(template, seat, party, person, rival)
    held_by = {"person": person, "rival": rival, None: None}[beaten]
    assert _gains(text) == {(seat, PARTIES[party] if winner else None, held_by)}, text


@settings(max_examples=100, deadline=None)
@given(form=st.sampled_from(HOLDS), seat=st.sampled_from(SEATS), names=people)
def test_a_person_winning_again_is_a_hold(form: str, seat: str, names: list[str]) -> None:
    text = _render(form, seat, "Labour", *names)
    article = read_prose(Document(path="a.txt", text=text))
    read = {(c.contest, c.candidate, c.verb) for c in article.claims if isinstance(c, OutcomeClaim)}
    assert read == {(seat, names[0], "hold")}, text


@settings(max_examples=200, deadline=None)
@given(
    form=st.sampled_from(NO_GAINS),
    seat=st.sampled_from(SEATS),
    party=st.sampled_from(sorted(PARTIES)),
    names=people,
)
def test_a_negation_forecast_or_near_miss_is_no_gain(
    form: str, seat: str, party: str, names: list[str]
) -> None:
    text = _render(form, seat, party, *names)
    assert _gains(text) == set(), text


@settings(max_examples=100, deadline=None)
@given(
    seats=st.lists(st.sampled_from(SEATS), min_size=2, max_size=2, unique=True),
    parties=st.lists(st.sampled_from(sorted(PARTIES)), min_size=2, max_size=2, unique=True),
)
def test_a_pronoun_s_gain_from_a_party_is_the_party_s_just_named(
    seats: list[str], parties: list[str]
) -> None:
    winner, loser = parties
    text = _render("{Party} gained {seat}.", seats[0], winner, "", "") + _render(
        " They also took {seat} from {party}.", seats[1], loser, "", ""
    )
    article = read_prose(Document(path="a.txt", text=text))
    read = {
        (c.contest, c.party, c.from_party) for c in article.claims if isinstance(c, OutcomeClaim)
    }
    assert read == {
        (seats[0], PARTIES[winner], None),
        (seats[1], PARTIES[winner], PARTIES[loser]),
    }, text


def test_a_headline_s_capitalised_verb_is_read() -> None:
    text = "Conservative Candidate Jane Doe Takes Stoke North Seat From Labour\n"
    [claim] = read_prose(Document(path="a.txt", text=text)).claims
    assert isinstance(claim, OutcomeClaim)
    assert (claim.contest, claim.verb, claim.from_party) == (
        "Stoke-On-Trent North",
        "gain",
        "Labour",
    )


def test_the_cheap_gate_lets_these_wordings_through() -> None:
    # The reader tries the outcome patterns only in sentences with one of these words (and,
    # in a text with no figure, only where the cue matches): a wording read here but refused
    # by the gate would be silently lost.
    from factcheck.extract.claims.outcomes import has_outcome_word, may_state_outcome

    for phrase in (
        "Jane Doe defeated John Roe in Gordon",
        "Jane Doe has beaten John Roe in Gordon",
        "Jane Doe lost to John Roe in Gordon",
        "saw Jane Doe lose to the SNP",
        "Jane Doe conceded defeat to the SNP",
        "Jane Doe Takes Gordon Seat From Labour",
    ):
        assert has_outcome_word(phrase), phrase
        assert may_state_outcome(phrase), phrase
