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
    ("{seat}, which had been a safe seat for decades, fell to {party}.", "gain"),
    # Issue 8's wordings of the fifth session.
    ("GENERAL ELECTION 2019: {Party_noun} hold on to {seat} with reduced majority", "hold"),
    ("{Party} won the constituency of {seat} for the first time in its history.", "gain"),
    ("{Party} won {seat} for the first time since 1950.", "gain"),
    ("{Party} has taken the {seat} constituency from the Greens.", "gain"),
    ("{Party} took the seat off the Greens in {seat}.", "gain"),
    ("{person} lost her seat of {seat} to {party}.", "gain"),
    (
        "{party_poss} {person} is the party's only MP left, holding on to her seat in {seat}.",
        "hold",
    ),
    ("{person} was ousted from {seat} by {party}.", "gain"),
    ("{person} has been defeated in {seat} in the general election by {party}.", "gain"),
    ("Ms Jones’s {seat} seat, held by her since 2010, fell to {party}.", "gain"),
    ("{Party} have retained their hold of {seat}, taking a formidable lead.", "hold"),
    ("{party_poss} {person} has remained the Member of Parliament for {seat}.", "hold"),
    ("{Party} made one gain, with {party_poss} {person} snatching {seat} from the Greens.", "gain"),
)
LISTS = (
    ("{Party} holds {seats}.", "hold"),
    ("{seats} are {Party_noun} holds.", "hold"),
    ("{seats} all fell to {party}.", "gain"),
    ("{Party} gained {seats}.", "gain"),
    ("{Party} also succeeded in holding the seats of several towns, including {seats}.", "hold"),
    ("{Party} also retained several seats such as {seats}.", "hold"),
)
# Gains named by the party that lost them: the winner's party is not read.
LOSER_LISTS = (
    "{Party} is down to eight seats after losing {seats}.",
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


# A round-up's lines with no full stop run together as one sentence: each line's outcome
# takes the seat on its own line.
@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(SEATS), st.sampled_from(sorted(PARTIES)), st.sampled_from(PEOPLE)
        ),
        min_size=2,
        max_size=5,
        unique_by=lambda r: r[0],
    ),
    verbs=st.lists(st.sampled_from(("hold", "gain")), min_size=5, max_size=5),
)
def test_each_line_of_a_round_up_gives_its_own_seat_its_outcome(
    rows: list[tuple[str, str, str]], verbs: list[str]
) -> None:
    lines = [
        f"{person} – {seat}, {_noun(party)} {verb}"
        for (seat, party, person), verb in zip(rows, verbs, strict=False)
    ]
    text = "Results so far:\n\n" + "\n".join(lines) + "\n"
    expected = {
        (seat, PARTIES[party], verb) for (seat, party, _), verb in zip(rows, verbs, strict=False)
    }
    assert _read(text) == expected, text


# Winners and placings in the wordings of issue 8, for any seat and person: the person is
# read in that seat with that placing.
WINNER_FORMS = (
    "{person} was elected with 21,000 votes in {seat}.",
    "In {seat}, the result was clear, with {person} elected with 21,000 votes.",
    "{seat} – {person} returns to Parliament, with a 13k majority.",
    "{seat} – {person} is our new MP in this safe seat.",
    "{seat} – quite a small majority but a very welcome win for {person}.",
    "{person}’s win in {seat} gives the party one seat.",
    "In {seat}, {person} clinched the seat with 15,520 votes.",
    "{person} claimed victory in {seat}.",
    "{person} secured a comfortable win in the {seat} seat.",
)
PLACE_FORMS = (
    ("In {seat}, {person} took third place with 9,100 votes.", 3),
    ("In {seat}, {person} only managed fourth place with 2,100 votes.", 4),
    ("In {seat}, {person} fared better than expected, taking second place with 31%.", 2),
    ("In {seat}, {person} secured second place with 12,100 votes.", 2),
    ("In {seat}, {person}, who came second for the Greens with 9,100 votes, spoke.", 2),
    ("In {seat}, {person} was fifth out of five with 1,100 votes.", 5),
)


def _placings(text: str) -> set[tuple[str | None, str, int]]:
    article = read_prose(Document(path="a.txt", text=text))
    return {
        (k.name, c.name, int(c.rank.value))
        for k in article.contests
        for c in k.candidates
        if c.rank is not None
    }


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(WINNER_FORMS),
    seat=st.sampled_from(SEATS),
    person=st.sampled_from(PEOPLE),
)
def test_a_winner_in_words_is_recovered(form: str, seat: str, person: str) -> None:
    text = _render(form, [seat], "Labour", person)
    assert _placings(text) == {(seat, person, 1)}, text


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(PLACE_FORMS),
    seat=st.sampled_from(SEATS),
    person=st.sampled_from(PEOPLE),
)
def test_a_placing_in_words_is_recovered(form: tuple[str, int], seat: str, person: str) -> None:
    template, place = form
    text = _render(template, [seat], "Labour", person)
    assert _placings(text) == {(seat, person, place)}, text


# A party's gain of two seats from two parties in one sentence: each seat its own from.
@settings(max_examples=150, deadline=None)
@given(
    seats=st.lists(st.sampled_from(SEATS), min_size=2, max_size=2, unique=True),
    parties=st.lists(
        st.sampled_from(sorted(PARTIES)), min_size=3, max_size=3, unique_by=lambda p: PARTIES[p]
    ),
)
def test_gains_from_two_parties_in_one_sentence(seats: list[str], parties: list[str]) -> None:
    winner, first, second = parties
    text = (
        f"{winner[:1].upper() + winner[1:]} also gained {seats[0]} from {first} "
        f"and {seats[1]} from {second}."
    )
    article = read_prose(Document(path="a.txt", text=text))
    read = {
        (c.contest, c.party, c.verb, c.from_party)
        for c in article.claims
        if isinstance(c, OutcomeClaim)
    }
    assert read == {
        (seats[0], PARTIES[winner], "gain", PARTIES[first]),
        (seats[1], PARTIES[winner], "gain", PARTIES[second]),
    }, text


# A sitting MP who lost their seat, with no party for them: a gain by a party unsaid, in
# the seat named; none when the sentence says they changed party.
LOST_FORMS = (
    ("{person} lost her seat in {seat}.", True),
    ("Culture Secretary {person} lost her seat in {seat}.", True),
    ("{person} has lost his seat after representing {seat} for almost 50 years.", True),
    ("{person} lost her seat in {seat} after leaving the party.", False),
    ("{person}, who defected last year, lost his seat in {seat}.", False),
)


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(LOST_FORMS), seat=st.sampled_from(SEATS), person=st.sampled_from(PEOPLE)
)
def test_a_lost_seat_is_a_gain_unless_the_mp_changed_party(
    form: tuple[str, bool], seat: str, person: str
) -> None:
    template, gain = form
    text = _render(template, [seat], "Labour", person)
    assert _read(text) == ({(seat, None, "gain")} if gain else set()), text


# A round-up's line names the seat's winner before the seat: the person is read as the
# seat's candidate, of the party the line gives (so name-mismatch can judge the name).
@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(SEATS), st.sampled_from(sorted(PARTIES)), st.sampled_from(PEOPLE)
        ),
        min_size=2,
        max_size=4,
        unique_by=(lambda r: r[0], lambda r: r[2]),
    ),
    verb=st.sampled_from(("hold", "gain")),
)
def test_each_round_up_line_names_its_seat_s_candidate(
    rows: list[tuple[str, str, str]], verb: str
) -> None:
    lines = [f"{person} – {seat}, {_noun(party)} {verb}" for seat, party, person in rows]
    text = "Results so far:\n\n" + "\n".join(lines) + "\n"
    article = read_prose(Document(path="a.txt", text=text))
    read = {(k.name, c.name, c.party) for k in article.contests for c in k.candidates}
    assert read == {(seat, person, PARTIES[party]) for seat, party, person in rows}, text
