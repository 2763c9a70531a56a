"""Wordings of figures and names in unseen results copy that went unread (issue 8, ninth
session): "turn out" in two words, a party after "of" before a verb of polling, a party the
pack does not know in a results list's brackets, "took second place" after another seat's
winner, the places after a placed person's ("followed by"), and a seat in brackets after a
name; and a turnout between its two official definitions, which is no contradiction.

Each test reads sentences written here in the pattern seen, and checks that the reading lets
a rule fire on a wrong figure and stay silent on the right one.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from story_files import contests_of, figures_by_name, findings_of

from factcheck.extract.entities import uk_constituencies
from factcheck.extract.reader import read_prose
from factcheck.models import ChangeClaim, Document, Quantity, Severity
from factcheck.reference.bundled import bundled_results

# -- "Turn out was 70 per cent": the noun in two words ------------------------------------------

_TURN_OUT = "Ian Lucas held Wrexham for Labour. {noun} was {tenths} per cent."


@settings(max_examples=25, deadline=None)
@given(
    noun=st.sampled_from(["Turn out", "Turn-out", "Vote turn out", "The turn out"]),
    tenths=st.integers(min_value=690, max_value=720),
)
def test_turn_out_in_two_words_is_the_turnout(noun: str, tenths: int) -> None:
    # Wrexham 2017: 70.35% of the electorate cast a valid vote, 70.49% a ballot.
    stated = f"{tenths / 10:.1f}"
    text = _TURN_OUT.format(noun=noun, tenths=stated)
    (contest,) = [c for c in contests_of(text) if c.turnout is not None]
    assert contest.name == "Wrexham"
    assert contest.turnout is not None
    assert str(contest.turnout.value) == stated
    found = [f for f in findings_of(text, "uk-ge-2017") if (f.text or "").startswith(stated)]
    assert bool(found) is (stated not in ("70.4", "70.5"))


def test_turn_out_as_a_verb_is_no_turnout() -> None:
    text = "Ian Lucas held Wrexham. Labour voters did turn out, giving him 48.9 per cent."
    assert all(c.turnout is None for c in contests_of(text))


# -- a turnout between the valid-vote and ballots-cast definitions ------------------------------


@settings(max_examples=30, deadline=None)
@given(hundredths=st.integers(min_value=7255, max_value=7300))
def test_a_turnout_between_the_two_definitions_is_not_a_contradiction(hundredths: int) -> None:
    # Canterbury 2017: 72.65% (valid votes / electorate), 72.88% (with rejected ballots).
    stated = f"{hundredths / 100:.2f}"
    text = f"Rosie Duffield won Canterbury for Labour. Turnout was {stated}% this year."
    found = [f for f in findings_of(text, "uk-ge-2017") if (f.text or "").startswith(stated)]
    assert bool(found) is not (7265 <= hundredths <= 7288)


# -- "Tina Rothery of the Green Party polled 1,263": the party after "of" ------------------------


@settings(max_examples=20, deadline=None)
@given(
    votes=st.integers(min_value=1_200, max_value=1_330).filter(lambda v: v % 100 != 0),
    verb=st.sampled_from(["polled", "got", "received", "secured"]),
    party=st.sampled_from(["the Green Party", "the Greens", "Green Party"]),
)
def test_a_party_after_of_stands_between_the_person_and_the_verb(
    votes: int, verb: str, party: str
) -> None:
    # Fylde 2017: Tina Rothery (Green) 1,263.
    text = (
        "Mark Menzies held Fylde for the Conservatives with 27,334 votes. "
        f"Tina Rothery of {party} {verb} {votes:,}."
    )
    seat, got, _, _ = figures_by_name(text)["Tina Rothery"]
    assert (seat, got) == ("Fylde", votes)
    found = [f for f in findings_of(text, "uk-ge-2017") if f.text == f"{votes:,}"]
    assert bool(found) is (votes != 1_263)


def test_a_count_after_of_a_place_and_no_verb_is_not_read() -> None:
    text = "Mark Menzies held Fylde. Tina Rothery of the Green Party 1,263 times said so."
    assert figures_by_name(text).get("Tina Rothery", (None, None))[1] is None


# -- "Mike Gilbert (Blue Revolution) 397": a party the pack does not know ----------------------

_LIST = (
    "Boston and Skegness\n"
    "Richard Tice wins the Boston and Skegness seat for Reform UK.\n"
    "The result was:\n"
    "David Dickason (English Democrats) 518\n"
    "Alex Fawbert (Labour) 7,629\n"
    "Mike Gilbert ({party}) {votes}\n"
    "Richard Tice (Reform) 15,520\n"
)


@settings(max_examples=20, deadline=None)
@given(
    votes=st.integers(min_value=320, max_value=470).filter(lambda v: v % 100 != 0),
    party=st.sampled_from(["Blue Revolution", "Official Monster Raving Loony", "Heritage Party"]),
)
def test_a_bracket_after_a_listed_name_labels_the_person(votes: int, party: str) -> None:
    # Boston and Skegness 2024: Mike Gilbert (Blue Revolution) 397.
    text = _LIST.format(party=party, votes=votes)
    figures = figures_by_name(text)
    assert party not in figures  # the bracket names no second person
    seat, got, _, _ = figures["Mike Gilbert"]
    assert (seat, got) == ("Boston and Skegness", votes)
    found = [f for f in findings_of(text, "uk-ge-2024") if f.text == str(votes)]
    assert bool(found) is (votes != 397)


# -- "Paul Kenny took second place with 10,699": no second winner ------------------------------


@settings(max_examples=20, deadline=None)
@given(
    votes=st.integers(min_value=10_600, max_value=10_800).filter(lambda v: v % 100 != 0),
    placing=st.sampled_from(["took second place", "took 2nd place", "secured second place"]),
)
def test_taking_a_lower_place_keeps_the_seat_carried_in(votes: int, placing: str) -> None:
    # Boston and Skegness 2017: Matt Warman won, Paul Kenny (Labour) second with 10,699.
    text = f"Matt Warman held Boston and Skegness. Labour's Paul Kenny {placing} with {votes:,}."
    seat, got, _, rank = figures_by_name(text)["Paul Kenny"]
    assert (seat, got, rank) == ("Boston and Skegness", votes, 2)
    found = [f for f in findings_of(text, "uk-ge-2017") if f.text == f"{votes:,}"]
    assert bool(found) is (votes != 10_699)


def test_taking_the_seat_is_still_a_second_winner() -> None:
    # "took the seat" after another's win in the carried seat is someone else's seat.
    text = "Matt Warman held Boston and Skegness. Paul Kenny took the seat with 10,699 votes."
    assert figures_by_name(text)["Paul Kenny"][0] != "Boston and Skegness"


# -- "He was followed by A …; and B …": the places after a placed person's ---------------------

_FOLLOWED = (
    "Alistair Carmichael held Orkney and Shetland. Fourth place went to Reform UK candidate "
    "Robert Smith, who gained 1,586 votes. He was followed by {a} of the {party_a}, with "
    "1,493 votes; and {b} of the {party_b}, with 586."
)
# Each person with their own party: "the Scottish Labour Party" is read as Labour (thirteenth
# session), and a person said to stand for another party than the record's is not judged.
_PARTIES = {"Conor Savage": "Scottish Labour Party", "Shane Painter": "Scottish Conservatives"}


@settings(max_examples=10, deadline=None)
@given(swap=st.booleans())
def test_followed_by_places_the_people_named_after_the_last_placing(swap: bool) -> None:
    # Orkney and Shetland 2024: Robert Smith fourth, Conor Savage fifth, Shane Painter sixth.
    a, b = ("Shane Painter", "Conor Savage") if swap else ("Conor Savage", "Shane Painter")
    text = _FOLLOWED.format(a=a, b=b, party_a=_PARTIES[a], party_b=_PARTIES[b])
    figures = figures_by_name(text)
    assert figures[a][3] == 5
    assert figures[b][3] == 6
    assert figures[a][0] == figures[b][0] == "Orkney and Shetland"
    found = [f for f in findings_of(text, "uk-ge-2024") if "officially finished" in f.message]
    assert bool(found) is swap


@settings(max_examples=20, deadline=None)
@given(
    cue=st.sampled_from(["closely followed by", "followed by", "narrowly followed by"]),
    rival=st.sampled_from(["Colin Clark", "James Oates", "Heather Herbert"]),
)
def test_followed_by_after_a_winner_in_the_sentence_is_second(cue: str, rival: str) -> None:
    # Gordon 2019: Richard Thomson won, Colin Clark second.
    text = f"Richard Thomson won Gordon with 23,885, {cue} {rival}."
    seat, _, _, rank = figures_by_name(text)[rival]
    assert (seat, rank) == ("Gordon", 2)
    found = [f for f in findings_of(text, "uk-ge-2019") if "officially finished" in f.message]
    assert bool(found) is (rival != "Colin Clark")


def test_followed_by_after_a_placing_nobody_was_given_places_no_one() -> None:
    # "fifth" is a term here, no placing the reader gave: counting on from it would guess.
    text = (
        "Alistair Carmichael held Orkney and Shetland for a fifth time. "
        "He was followed by Conor Savage of the Scottish Labour Party."
    )
    assert figures_by_name(text).get("Conor Savage", (None, None, None, None))[3] is None


# -- "Alicia Kearns (Rutland and Stamford)": the seat in brackets after the name ---------------

_BRACKETED = (
    "Gareth Davies (Grantham and Bourne), Sir John Hayes (South Holland and the Deepings), "
    "{name} (Rutland and Stamford) and Dr Caroline Johnson (Sleaford and North Hykeham) have "
    "all kept their seats."
)


@settings(max_examples=10, deadline=None)
@given(name=st.sampled_from(["Alicia Kearns", "Alicia Kerns", "Alicia Keans"]))
def test_a_seat_in_brackets_after_a_name_is_theirs(name: str) -> None:
    text = _BRACKETED.format(name=name)
    figures = figures_by_name(text)
    assert figures[name][0] == "Rutland and Stamford"
    assert figures["Gareth Davies"][0] == "Grantham and Bourne"
    found = findings_of(text, "uk-ge-2024", rule="name-mismatch")
    mine = [f for f in found if f.text == name]
    assert bool(mine) is (name != "Alicia Kearns")
    # Only nearness says they stood there: a warning, with no fix.
    assert all(f.severity is Severity.WARNING and f.fix is None for f in mine)


def test_a_bracket_holding_more_than_a_seat_gives_no_seat() -> None:
    text = (
        "Alicia Kearns (MP for Rutland and Stamford since 2019) and Gareth Davies (Lab) "
        "have all kept their seats."
    )
    figures = figures_by_name(text)
    assert figures.get("Alicia Kearns", ("",))[0] != "Rutland and Stamford"
    assert "Gareth Davies" not in figures or figures["Gareth Davies"][0] is None


def _winners_2024(k: int) -> list[tuple[str, str]]:
    """The first ``k`` 2024 seats (alphabetically) with their winners."""
    out = []
    for seat in sorted(uk_constituencies()):
        contest = bundled_results().contest(seat, "uk-ge-2024")
        if contest is None or contest.name is None:
            continue
        top = max(contest.candidates, key=lambda c: c.votes.value if c.votes else Decimal(0))
        if top.name and " " in top.name:
            out.append((top.name, contest.name))
        if len(out) == k:
            break
    return out


@settings(max_examples=20, deadline=None)
@given(picks=st.lists(st.integers(min_value=0, max_value=59), min_size=2, max_size=4, unique=True))
def test_names_with_bracketed_seats_are_recovered_from_the_record(picks: list[int]) -> None:
    # Generated from the record: each "NAME (SEAT)" of a round-up's list is read back.
    winners = _winners_2024(60)
    chosen = [winners[i] for i in picks]
    listed = ", ".join(f"{name} ({seat})" for name, seat in chosen[:-1])
    text = f"{listed} and {chosen[-1][0]} ({chosen[-1][1]}) have all kept their seats."
    figures = figures_by_name(text)
    for name, seat in chosen:
        assert figures[name][0] == seat
    assert not findings_of(text, "uk-ge-2024", rule="name-mismatch")


# -- a results card written out in words (BBC 2015) ---------------------------------------------


def _card(party: str, name: str, votes: int, share: str, change: str) -> str:
    return (
        f"{party}\n, with candidate {name}\n, have the following results:\n"
        f"  • {votes:,} total votes taken.\n  • {share}% share of the total vote\n"
        f"  • {change}% change in share of the votes\n"
    )


_SEATS_2015 = [
    "St Austell and Newquay",
    "Truro and Falmouth",
    "North Cornwall",
    "Camborne and Redruth",
]


@settings(max_examples=20, deadline=None)
@given(seat=st.sampled_from(_SEATS_2015), slip=st.integers(min_value=-40, max_value=40))
def test_a_card_written_out_in_words_gives_each_candidate_theirfigures_by_name(
    seat: str, slip: int
) -> None:
    # Generated from the 2015 record: every candidate's card, the first one's count off by
    # ``slip``.
    contest = bundled_results().contest(seat, "uk-ge-2015")
    assert contest is not None
    ranked = sorted(contest.candidates, key=lambda c: -(c.votes.value if c.votes else 0))
    first = ranked[0].votes
    assert first is not None
    assume((int(first.value) + slip) % 100 != 0)  # "22,700" may be a rounding: not checked
    cards = []
    for k, c in enumerate(ranked):
        assert c.votes is not None
        assert c.share is not None
        votes = int(c.votes.value) + (slip if k == 0 else 0)
        cards.append(_card(c.party or "", c.name or "", votes, f"{c.share.value:.1f}", "+0.0"))
    text = f"{seat}\n\nParliamentary constituency\n\n" + "".join(cards)
    figures = figures_by_name(text)
    for k, c in enumerate(ranked):
        assert c.votes is not None
        got_seat, got_votes, got_share, _ = figures[c.name or ""]
        assert got_seat == seat
        assert got_votes == int(c.votes.value) + (slip if k == 0 else 0)
        assert got_share is not None
    top = ranked[0]
    assert top.votes is not None
    wrong = f"{int(top.votes.value) + slip:,}"
    found = [f for f in findings_of(text, "uk-ge-2015") if f.text == wrong]
    assert bool(found) is (slip != 0)


def test_words_after_a_count_that_label_no_field_are_not_read() -> None:
    text = (
        "St Austell and Newquay\n\nLiberal Democrat\n, with candidate Stephen Gilbert\n"
        ", have the following results:\n  • 12,077 leaflets handed out.\n"
    )
    assert figures_by_name(text).get("Stephen Gilbert", (None, None))[1] is None


# -- "A (Seat), B (Seat) … have all kept their seats, albeit with reduced majorities" ---------


def _majority_changes(text: str) -> dict[str | None, tuple[str | None, str | None]]:
    """Each majority change's (seat, direction), by person."""
    article = read_prose(Document(path="story.txt", text=text))
    return {
        c.candidate: (c.contest, c.direction.value if c.direction else None)
        for c in article.claims
        if isinstance(c, ChangeClaim) and c.quantity is Quantity.MAJORITY
    }


@settings(max_examples=20, deadline=None)
@given(
    picks=st.lists(st.integers(min_value=0, max_value=59), min_size=2, max_size=4, unique=True),
    words=st.sampled_from(
        [
            ("albeit with reduced majorities", "down"),
            ("but with much reduced majorities", "down"),
            ("and have all seen significant increases in their majorities", "up"),
            ("with increased majorities", "up"),
        ]
    ),
)
def test_a_plural_majority_gives_each_listed_person_a_direction(
    picks: list[int], words: tuple[str, str]
) -> None:
    winners = _winners_2024(60)
    chosen = [winners[i] for i in picks]
    listed = ", ".join(f"{name} ({seat})" for name, seat in chosen[:-1])
    phrase, way = words
    text = f"{listed} and {chosen[-1][0]} ({chosen[-1][1]}) have all kept their seats, {phrase}."
    changes = _majority_changes(text)
    for name, seat in chosen:
        assert changes[name] == (seat, way)


def test_a_plural_majority_of_no_listed_people_is_nobody_s() -> None:
    text = (
        "Alicia Kearns held Rutland and Stamford. The SNP candidates who were re-elected saw "
        "reduced majorities."
    )
    assert not _majority_changes(text)


# -- "LAB 50.6% – CON 42.2%": the first two, by code, under a seat's heading ------------------


@settings(max_examples=20, deadline=None)
@given(tenths=st.integers(min_value=495, max_value=515), dash=st.sampled_from(["–", "—", "-"]))
def test_a_pair_of_codes_and_shares_under_a_heading_is_the_seat_s(tenths: int, dash: str) -> None:
    # Bolton North East 2017: Labour 50.62%, Conservative 42.21%.
    share = f"{tenths / 10:.1f}"
    text = (
        "Nine seats that summed up the election\n\nBolton North East – Labour hold\n"
        f"LAB {share}% {dash} CON 42.2%\n\nTheresa May took a helicopter to Bolton.\n"
    )
    (contest,) = [c for c in contests_of(text) if c.name == "Bolton North East"]
    shares = {c.party: c.share.value if c.share else None for c in contest.candidates}
    assert shares == {"Labour": Decimal(share), "Conservative": Decimal("42.2")}
    found = [f for f in findings_of(text, "uk-ge-2017") if f.text == f"{share}%"]
    # 50.5% is its share of all ballot papers, rejected ones included: not compared.
    assert bool(found) is (share not in ("50.6", "50.5"))


def test_a_pair_of_codes_in_prose_is_not_read() -> None:
    text = "Bolton North East – Labour hold. Polls had LAB 50.6% – CON 42.2% a week before."
    assert all(c.share is None for k in contests_of(text) for c in k.candidates)


# -- "In Boston, …": a seat by its first word, in a story naming it in full --------------------

_TWO_SEATS = (
    "The Conservatives have retained their seats in the constituencies of Boston & Skegness "
    "and Grantham & Stamford.\n\n"
    "In Boston, Matt Warman easily kept his seat, taking 27,271 votes.\n\n"
    "Nick Boles' election agent read out a message on his behalf.\n\n"
    "In Grantham, Nick Boles won {boles} votes, with Barrie Fairbairn (Labour) getting "
    "{fairbairn}, Anita Day (Lib Dem) 3,120 and Rebecca Thackray (Green Party) 782.\n"
)


@settings(max_examples=20, deadline=None)
@given(
    boles=st.integers(min_value=35_000, max_value=35_200).filter(lambda v: v % 100 != 0),
    fairbairn=st.integers(min_value=14_900, max_value=15_100).filter(lambda v: v % 100 != 0),
)
def test_a_seat_named_by_its_first_word_is_the_one_the_story_names(
    boles: int, fairbairn: int
) -> None:
    # Grantham and Stamford 2017: Nick Boles 35,090, Barrie Fairbairn (Labour) 14,996.
    text = _TWO_SEATS.format(boles=f"{boles:,}", fairbairn=f"{fairbairn:,}")
    figures = figures_by_name(text)
    assert figures["Matt Warman"][:2] == ("Boston and Skegness", 27_271)
    assert figures["Nick Boles"][:2] == ("Grantham and Stamford", boles)
    assert figures["Barrie Fairbairn"][:2] == ("Grantham and Stamford", fairbairn)
    assert figures["Anita Day"][:2] == ("Grantham and Stamford", 3_120)
    found = {f.text for f in findings_of(text, "uk-ge-2017")}
    assert (f"{boles:,}" in found) is (boles != 35_090)
    assert (f"{fairbairn:,}" in found) is (fairbairn != 14_996)


def test_a_first_word_several_named_seats_share_names_none() -> None:
    text = (
        "Labour held Cardiff North and Cardiff Central.\n\n"
        "In Cardiff, Jo Stevens won 25,193 votes.\n"
    )
    assert figures_by_name(text).get("Jo Stevens", (None,))[0] is None


def test_an_election_agent_makes_no_candidate() -> None:
    text = "Matt Warman held Boston and Skegness. Nick Boles' election agent read out a message."
    assert "Nick Boles" not in figures_by_name(text)
