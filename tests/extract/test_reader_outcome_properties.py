"""Property: an outcome rendered in any of the wordings real copy uses, for any seat and
party, is read back as that seat's hold or gain by that party (and nothing else is)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.reader import read_prose
from factcheck.models import Document, OutcomeClaim

# Seats and parties as copy writes them, with the names the reader gives them.
SEATS = (
    "Bolsover", "Wigan", "Canterbury", "Bethnal Green and Bow", "Poplar and Limehouse",
    "Ashfield", "Mansfield", "Makerfield", "Halton", "Tooting", "Putney", "Blaydon",
    "Rugby", "Solihull", "Aldershot", "Leigh",
)  # fmt: skip
PARTIES = {
    "Labour": "Labour",
    "the Conservatives": "Conservative",
    "the Tories": "Conservative",
    "the Liberal Democrats": "Liberal Democrat",
    "the Lib Dems": "Liberal Democrat",
    "the SNP": "Scottish National Party",
    "Plaid Cymru": "Plaid Cymru",
    "Reform UK": "Reform UK",
}
PEOPLE = ("Alice Walker", "Tom Hughes", "Priya Shah", "Owen Price")

# (template, verb): {seat}, {seats} (a list), {party}, {Party} (capitalised), {person}.
ONE_SEAT = (
    ("{seat}: {Party_noun} hold.", "hold"),
    ("{seat}: {Party_noun} gain.", "gain"),
    ("{Party} holds {seat}.", "hold"),
    ("{Party} has held {seat}.", "hold"),
    ("{Party} retained {seat}.", "hold"),
    ("{Party} gained {seat}.", "gain"),
    ("{seat} is a {Party_noun} hold.", "hold"),
    ("{seat} was a {Party_noun} gain.", "gain"),
    ("{seat} fell to {party}.", "gain"),
    ("{seat} stayed with {party}.", "hold"),
    ("{person} has held {seat} for {party}.", "hold"),
    ("{person} held on to her seat in {seat} for {party}.", "hold"),
    ("{person} gained {seat} for {party}.", "gain"),
    ("{person} won back {seat} for {party}.", "gain"),
    ("{seat} Winner – {person}, {Party_noun} (Hold)", "hold"),
    ("{seat} Winner – {person}, {Party_noun} (Gain)", "gain"),
    ("{seat} held by {party}.", "hold"),
    ("General Election 2019 - {seat} stayed with {party}", "hold"),
    ("{person} narrowly held {seat} for {party}.", "hold"),
    ("{seat} saw the re-election of {party_poss} {person}.", "hold"),
    ("{Party} took back its prized seat of {seat}.", "gain"),
    ("{seat}: {Party_noun} hold Lancashire's most marginal seat.", "hold"),
    ("{person} lost her {seat} by 1,150 votes to {party}.", "gain"),
)
LISTS = (
    ("{Party} holds {seats}.", "hold"),
    ("{seats} are {Party_noun} holds.", "hold"),
    ("{seats} all fell to {party}.", "gain"),
    ("{Party} gained {seats}.", "gain"),
    ("{Party} also succeeded in holding the seats of several towns, including {seats}.", "hold"),
)
# Gains named by the party that lost them: the winner's party is not read.
LOSER_LISTS = (
    "Further gains from {party} include {seats}.",
    "There were wins in the previously {Party_noun}-held seats of {seats}.",
)


def _noun(written: str) -> str:
    """The party as a live-blog caption names it: "Conservative", not "the Conservatives"."""
    bare = written.removeprefix("the ")
    return {
        "Conservatives": "Conservative",
        "Tories": "Tory",
        "Liberal Democrats": "Liberal Democrat",
        "Lib Dems": "Lib Dem",
    }.get(bare, bare)


def _render(template: str, seats: list[str], party: str, person: str) -> str:
    listed = seats[0] if len(seats) == 1 else ", ".join(seats[:-1]) + " and " + seats[-1]
    return template.format(
        seat=seats[0],
        seats=listed,
        party=party,
        Party=party[:1].upper() + party[1:],
        Party_noun=_noun(party),
        party_poss=party + ("’" if party.endswith("s") else "’s"),
        person=person,
    )


def _read(text: str) -> set[tuple[str | None, str | None, str]]:
    article = read_prose(Document(path="a.txt", text=text))
    return {(c.contest, c.party, c.verb) for c in article.claims if isinstance(c, OutcomeClaim)}


@settings(max_examples=200, deadline=None)
@given(
    form=st.sampled_from(ONE_SEAT),
    seat=st.sampled_from(SEATS),
    party=st.sampled_from(sorted(PARTIES)),
    person=st.sampled_from(PEOPLE),
)
def test_one_seat_outcome_is_recovered(
    form: tuple[str, str], seat: str, party: str, person: str
) -> None:
    template, verb = form
    text = _render(template, [seat], party, person)
    assert _read(text) == {(seat, PARTIES[party], verb)}, text


@settings(max_examples=200, deadline=None)
@given(
    form=st.sampled_from(LISTS),
    seats=st.lists(st.sampled_from(SEATS), min_size=2, max_size=4, unique=True),
    party=st.sampled_from(sorted(PARTIES)),
)
def test_a_list_of_seats_gives_each_seat_its_outcome(
    form: tuple[str, str], seats: list[str], party: str
) -> None:
    template, verb = form
    text = _render(template, seats, party, PEOPLE[0])
    assert _read(text) == {(s, PARTIES[party], verb) for s in seats}, text


@settings(max_examples=200, deadline=None)
@given(
    form=st.sampled_from(LOSER_LISTS),
    seats=st.lists(st.sampled_from(SEATS), min_size=1, max_size=4, unique=True),
    party=st.sampled_from(sorted(PARTIES)),
)
def test_gains_named_by_the_loser_give_each_seat_a_gain_from_it(
    form: str, seats: list[str], party: str
) -> None:
    text = _render(form, seats, party, PEOPLE[0])
    article = read_prose(Document(path="a.txt", text=text))
    read = {
        (c.contest, c.party, c.verb, c.from_party)
        for c in article.claims
        if isinstance(c, OutcomeClaim)
    }
    assert read == {(s, None, "gain", PARTIES[party]) for s in seats}, text
