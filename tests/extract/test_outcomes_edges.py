"""Winners and outcomes (``claims/outcomes.py``) at the edges the twelfth session's mutation
run found untested.

Sentences are ours, in the patterns real copy uses; each has a control read the other way.
"""

from __future__ import annotations

from factcheck.extract.reader import read_prose
from factcheck.models import Document, OutcomeClaim


def _firsts(text: str) -> list[str]:
    """The people read as placed first."""
    article = read_prose(Document(path="a.txt", text=text))
    return [
        c.name
        for co in article.contests
        for c in co.candidates
        if c.rank is not None and c.rank.value == 1
    ]


def test_a_win_for_a_person_after_a_beaten_party_is_theirs() -> None:
    # "Tories beaten in win for Jane Smith": the beaten word before her is about the party;
    # the "win for" names her as the winner.
    assert _firsts("Bristol West\n\nTories beaten in win for Jane Smith") == ["Jane Smith"]
    # The control: with no word of winning, nobody is placed first.
    assert _firsts("Bristol West\n\nTories beaten, says Jane Smith") == []


def test_at_the_expense_of_after_someone_not_placed_first_reads_no_loser() -> None:
    # "at the expense of John Brown" takes a loser only from a winner read in the sentence;
    # a candidate with votes but no placing is no winner.
    text = (
        "Bristol West\n\nJane Smith polled 24,000 votes. Jane Smith gained support at the"
        " expense of John Brown."
    )
    assert _firsts(text) == []
    # The control: a winner read in the sentence keeps her placing.
    text = "Bristol West\n\nJane Smith was elected in Bristol West, at the expense of John Brown."
    assert _firsts(text) == ["Jane Smith"]


def _outcomes(text: str) -> list[tuple[str | None, str, str | None, str | None]]:
    """Each outcome read, as (seat, verb, party, party it was taken from)."""
    article = read_prose(Document(path="a.txt", text=text, metadata={"election": "uk-ge-2019"}))
    return [
        (c.contest, c.verb, c.party, c.from_party)
        for c in article.claims
        if isinstance(c, OutcomeClaim)
    ]


def test_the_party_before_seats_gained_by_another_is_the_one_they_were_taken_from() -> None:
    # "The Conservative seats gained by Labour were …": Labour's gains, from the Conservatives.
    text = "The Conservative seats gained by Labour were Gower and Bridgend."
    assert _outcomes(text) == [
        ("Gower", "gain", "Labour", "Conservative"),
        ("Bridgend", "gain", "Labour", "Conservative"),
    ]
    # The control: a party further back, not naming the seats, is not where they came from.
    text = "The Conservatives said the seats gained by Labour were Gower and Bridgend."
    assert _outcomes(text) == [
        ("Gower", "gain", "Labour", None),
        ("Bridgend", "gain", "Labour", None),
    ]


def test_an_mp_ousted_by_a_person_in_a_seat_named_after_is_a_gain_there() -> None:
    # "ousted by John Brown in Gower": a gain in the seat named after him, no party given.
    assert _outcomes("Jane Smith was ousted by John Brown in Gower.") == [
        ("Gower", "gain", None, None)
    ]
    # The control: with the winner's party named after "of", the gain is that party's.
    text = "Jane Smith was ousted by John Brown of the Liberal Democrats in Gower."
    assert _outcomes(text) == [("Gower", "gain", "Liberal Democrat", None)]


def test_a_majority_overturned_after_something_else_overturned_is_still_read() -> None:
    # Two "overturned"s: the first overturns no one's majority, the second does.
    text = (
        "In Gower, Labour's Jane Smith overturned expectations and overturned John Brown's"
        " near 10,000 majority."
    )
    assert [o[:2] for o in _outcomes(text)] == [("Gower", "gain")]
    # The control: with no one's majority overturned, there is no gain.
    text = "In Gower, Labour's Jane Smith overturned expectations and John Brown's plans."
    assert _outcomes(text) == []


def _holders(text: str) -> list[tuple[str | None, str | None]]:
    """Each hold read, as (seat, person)."""
    article = read_prose(Document(path="a.txt", text=text, metadata={"election": "uk-ge-2019"}))
    return [
        (c.contest, c.candidate)
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    ]


def test_respectively_pairs_the_seats_listed_before_it_whatever_else_the_sentence_names() -> None:
    # A seat named after "respectively", or before the list, is no part of the pairing: each
    # person holds their own seat, not all of them.
    listed = "Jane Smith, John Brown and Ann Lee have held Gower, Bridgend and Cardiff North"
    pairs = [("Gower", "Jane Smith"), ("Bridgend", "John Brown"), ("Cardiff North", "Ann Lee")]
    assert _holders(f"{listed} respectively.") == pairs
    text = f"{listed} respectively, while Mary Jones held Newport East."
    assert _holders(text) == [*pairs, ("Newport East", "Mary Jones")]
    text = "In Newport East, counting ended; Jane Smith and John Brown held Gower and Bridgend"
    assert _holders(f"{text} respectively.") == [
        ("Gower", "Jane Smith"),
        ("Bridgend", "John Brown"),
    ]
    # With no "respectively", a run of people right before "held" and a list of as many seats
    # ending the clause are paired in turn all the same (sixteenth session: one seat has one
    # winner, so "held Gower and Bridgend" cannot be both people's); the control is a list
    # that does not end the clause, where the people are not paired with the seats in turn.
    assert _holders(f"{text}.") == [("Gower", "Jane Smith"), ("Bridgend", "John Brown")]
    assert ("Gower", "Jane Smith") not in _holders(f"{text} by 2,000 votes between them.")


def _outcome_readings(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """Each outcome read: (seat, person, party, verb)."""
    article = read_prose(Document(path="a.txt", text=text))
    return [
        (c.contest, c.candidate, c.party, c.verb)
        for c in article.claims
        if isinstance(c, OutcomeClaim)
    ]


def test_someone_speaking_of_a_hold_after_the_winner_is_read_is_not_a_second_winner() -> None:
    # Jane Smith is Gower's winner; John Brown, who only speaks of the hold, is not placed
    # first beside her.
    text = (
        "Jane Smith held Gower with 20,000 votes.\nJohn Brown, for the Conservatives, said it"
        " was unsurprising that Labour had held the seat."
    )
    assert _firsts(text) == ["Jane Smith"]
    # The control: with no winner read before, the one who held the seat is placed first.
    assert _firsts("Jane Smith held Gower with 20,000 votes.") == ["Jane Smith"]


def test_a_hold_after_holds_paired_respectively_is_read_too() -> None:
    # The pairing "respectively" ends its list; Jane Smith's hold after it is still read.
    text = (
        "Damian Collins, Michael Fallon and Charlie Elphicke have held Folkestone and Hythe,"
        " Sevenoaks and Dover respectively, while Jane Smith held Gower."
    )
    held = {(seat, who) for seat, who, _, verb in _outcome_readings(text) if verb == "hold"}
    assert ("Gower", "Jane Smith") in held
    assert ("Dover", "Charlie Elphicke") in held


def test_turning_the_seat_blue_in_a_named_seat_is_a_conservative_gain() -> None:
    # "turned the seat blue": a gain by the colour's party in the seat the sentence names.
    text = "In Gower, Jane Smith turned the seat blue for the first time since 1910."
    assert ("Gower", None, "Conservative", "gain") in _outcome_readings(text)
    # The control: with no seat named or carried, the colour is nobody's gain.
    assert _outcome_readings("Voters turned the seat red after a long campaign.") == []


def test_they_stands_for_the_party_opening_the_sentence_before_not_an_earlier_outcome_s() -> None:
    """ "Labour gained Gower from Plaid Cymru. The Conservatives had a poor night. ¶ They held
    Monmouth": Labour's outcome opens a sentence, but not the one right before "They", which
    the Conservatives open: the hold is theirs."""
    text = (
        "Turnout was 67% across the region.\n\nLabour gained Gower from Plaid Cymru. The"
        " Conservatives had a poor night.\n\nThey held Monmouth."
    )
    held = [
        (c.contest, c.party)
        for c in read_prose(Document(path="a.txt", text=text)).claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    ]
    assert held == [("Monmouth", "Conservative")]


_KENSINGTON = (
    "Labour's Emma Dent Coad won Kensington with 16,333 votes. Kensington was the last seat to"
    " declare, after Chelsea and Fulham.\n\n{said}\n\nThe count in Kensington went on all"
    " night.\n\nJane Smith lost her seat."
)


def test_a_seat_lost_by_someone_read_in_no_seat_is_not_the_storys_own() -> None:
    """Jane Smith "polled 20,000 votes" in a sentence naming no seat, in a story of several
    seats about Kensington: she was never named with a seat, so the seat she lost is not
    taken for Kensington (the story's seat is no more hers than another's)."""
    text = _KENSINGTON.format(said="Jane Smith polled 20,000 votes.")
    assert [o for o in _outcomes(text) if o[1] == "gain" and o[2] is None] == []
    # The control: named as Kensington's candidate, the seat she lost is Kensington.
    text = _KENSINGTON.format(said="In Kensington, Jane Smith polled 20,000 votes.")
    assert ("Kensington", "gain", None, None) in _outcomes(text)


def test_a_party_taking_the_seat_after_was_also_is_the_storys_seats_gain() -> None:
    """ "The other shock of the night was also Labour taking the seat from the Conservatives":
    "was also" before the party is no unknown subject's outcome (that is a noun's, "… had
    been a Labour gain"): Labour took the story's seat, Gower."""
    text = (
        "Turnout was 67% across the region.\n\nGower declared at 3am.\n\n"
        "The other shock of the night was also Labour taking the seat from the Conservatives."
    )
    assert _outcomes(text) == [("Gower", "gain", "Labour", "Conservative")]
