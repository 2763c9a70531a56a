"""Candidates and their votes in wordings real copy gave them that the reader missed
(sixteenth session, read on the stories' skeletons: each claim from its own words).

"James Morris and Mike Wood retained Halesowen and Rowley Regis and Dudley South
respectively": every person "respectively" pairs with a seat is the verb's subject and that
seat's candidate, not only the one named right before the verb; a run of people right before
a verb of holding or winning and a list of seats ending the clause ("Kerry McCarthy and Karin
Smyth successfully held Bristol East and Bristol South") pairs them in order too, each the
winner of their own. "Both Chris Davies and Glyn
Davies held …": "Both" is no part of a name. "the UUP's Sam Nicholson in fourth place
(4,425)": the count in brackets after a placing is the votes that placed them, as "came fourth
with 4,425" is. "secured 15,558 votes in the previously safe Labour seat": the seat's past
dates no figure ("had previously polled 15,558 votes" still does).

Sentences are ours, in the patterns real copy uses; figures are the official ones for the seat
and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from story_files import candidate_named, contest_named, findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, OutcomeClaim


def _read(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _seats_of(article: Article) -> dict[str, str | None]:
    return {c.name: contest.name for contest in article.contests for c in contest.candidates}


# People "respectively" pairs with seats.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Elsewhere, Conservatives James Morris and Mike Wood retained Halesowen and Rowley "
            "Regis and Dudley South respectively.",
            {"James Morris": "Halesowen and Rowley Regis", "Mike Wood": "Dudley South"},
        ),
        (
            "Conservatives Damian Collins, Michael Fallon, Charlie Elphicke have held Folkestone "
            "and Hythe, Sevenoaks and Dover respectively.",
            {
                "Damian Collins": "Folkestone and Hythe",
                "Michael Fallon": "Sevenoaks",
                "Charlie Elphicke": "Dover",
            },
        ),
        (
            "Both Chris Davies and Glyn Davies held their seats in Brecon and Radnorshire, and "
            "Montgomeryshire respectively.",
            {"Chris Davies": "Brecon and Radnorshire", "Glyn Davies": "Montgomeryshire"},
        ),
    ],
)
def test_each_person_respectively_paired_with_a_seat_is_its_candidate(
    sentence: str, expected: dict[str, str]
) -> None:
    seats = _seats_of(_read(sentence))
    for person, seat in expected.items():
        assert seats.get(person) == seat
    assert findings_of(sentence, "uk-ge-2017", rule="name-mismatch") == []


def test_a_misspelt_name_respectively_paired_with_a_seat_is_flagged() -> None:
    sentence = (
        "Elsewhere, Conservatives James Morrison and Mike Wood retained Halesowen and Rowley "
        "Regis and Dudley South respectively."
    )
    [finding] = findings_of(sentence, "uk-ge-2017", rule="name-mismatch")
    assert finding.text == "James Morrison"


def test_a_person_named_before_a_paired_run_is_not_its_subject() -> None:
    # Dan Jarvis is only said to have watched: the run "respectively" pairs is the two after.
    sentence = (
        "Dan Jarvis watched as Conservatives James Morris and Mike Wood retained Halesowen and "
        "Rowley Regis and Dudley South respectively."
    )
    assert "Dan Jarvis" not in _seats_of(_read(sentence))


@pytest.mark.parametrize("word", ["Both", "Neither", "Either"])
def test_a_word_of_coordination_is_no_part_of_a_name(word: str) -> None:
    sentence = (
        f"{word} Chris Davies and Glyn Davies held their seats in Brecon and Radnorshire, and "
        "Montgomeryshire respectively."
    )
    names = {c.name for contest in _read(sentence).contests for c in contest.candidates}
    assert "Chris Davies" in names
    assert not any(n.startswith(word) for n in names)


# A count in brackets after a placing.


@pytest.mark.parametrize(("written", "fires"), [("4,425", False), ("4,452", True)])
def test_a_count_in_brackets_after_a_placing_is_the_votes(written: str, fires: bool) -> None:
    sentence = (
        "In Newry and Armagh, Mickey Brady won with 25,666 votes, with the UUP's Sam Nicholson "
        f"in fourth place ({written})."
    )
    contest = contest_named(_read(sentence), "Newry and Armagh")
    votes = candidate_named(contest, "Sam Nicholson").votes
    assert votes is not None
    assert votes.text == written
    assert votes.grounds is not None
    assert votes.grounds.what == "a placing, then its figure in brackets"
    flagged = [f.text for f in findings_of(sentence, "uk-ge-2017")]
    assert flagged == ([written] if fires else [])


def test_a_share_in_brackets_after_a_placing_is_the_share() -> None:
    sentence = (
        "In Bangor Aberconwy, Claire Hughes won, with Plaid Cymru's Catrin Wager in second "
        "place (22.5%)."
    )
    contest = contest_named(_read(sentence), "Bangor Aberconwy")
    wager = candidate_named(contest, "Catrin Wager")
    assert wager.votes is None
    assert wager.share is not None
    assert wager.share.text == "22.5"


def test_a_year_in_brackets_after_a_placing_is_no_count() -> None:
    sentence = (
        "In Newry and Armagh, Mickey Brady won, with the UUP's Sam Nicholson in fourth place "
        "(2017), well behind on 4,425 votes."
    )
    contest = contest_named(_read(sentence), "Newry and Armagh")
    votes = candidate_named(contest, "Sam Nicholson").votes
    assert votes is None or votes.text == "4,425"


# The seat's past dates no figure.


@pytest.mark.parametrize(
    "seat_words",
    ["the previously safe Labour seat", "the previously marginal seat", "the seat"],
)
def test_votes_in_a_seat_described_by_its_past_are_this_election_s(seat_words: str) -> None:
    sentence = f"In Birmingham Ladywood, Shabana Mahmood secured 15,558 votes in {seat_words}."
    contest = contest_named(_read(sentence), "Birmingham Ladywood")
    votes = candidate_named(contest, "Shabana Mahmood").votes
    assert votes is not None
    assert votes.text == "15,558"
    wrong = sentence.replace("15,558", "15,585")
    assert [f.text for f in findings_of(wrong, "uk-ge-2024")] == ["15,585"]


def test_votes_polled_previously_are_not_this_election_s() -> None:
    sentence = "In Birmingham Ladywood, Shabana Mahmood had previously polled 35,558 votes."
    article = _read(sentence)
    assert all(c.votes is None for contest in article.contests for c in contest.candidates)
    assert findings_of(sentence, "uk-ge-2024") == []


# A run of people holding a list of seats pairs them as "respectively" does.


def test_a_run_of_people_holding_a_list_of_seats_pairs_them_in_order() -> None:
    sentence = (
        "And Labour candidates Kerry McCarthy and Karin Smyth successfully held Bristol East "
        "and Bristol South."
    )
    article = _read(sentence)
    assert _seats_of(article) == {"Kerry McCarthy": "Bristol East", "Karin Smyth": "Bristol South"}
    for seat, person in (("Bristol East", "Kerry McCarthy"), ("Bristol South", "Karin Smyth")):
        rank = candidate_named(contest_named(article, seat), person).rank
        assert rank is not None
        assert rank.value == 1
    winners = {(c.contest, c.candidate) for c in article.claims if isinstance(c, OutcomeClaim)}
    assert winners == {("Bristol East", "Kerry McCarthy"), ("Bristol South", "Karin Smyth")}
    assert findings_of(sentence, "uk-ge-2015", rule=None) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # no verb of holding or winning between them
        "Labour's Kerry McCarthy and Karin Smyth campaigned in Bristol East and Bristol South.",
        # the seats' list does not end the clause
        "Kerry McCarthy and Karin Smyth held Bristol East and Bristol South by 2,000 votes "
        "between them.",
    ],
)
def test_people_and_seats_are_not_paired_without_a_verb_of_holding_ending_the_clause(
    sentence: str,
) -> None:
    # Kerry McCarthy, named before the one right before the verb, is paired with no seat.
    assert "Kerry McCarthy" not in _seats_of(_read(sentence))


# More verbs that make a person a seat's candidate.


@pytest.mark.parametrize(
    ("sentence", "person", "seat", "election"),
    [
        (
            "With Paul Holmes holding onto the Hamble Valley seat.",
            "Paul Holmes",
            "Hamble Valley",
            "uk-ge-2024",
        ),
        (
            "Zubir Ahmed will represent Glasgow South West, after the SNP's Chris Stephens was "
            "defeated.",
            "Zubir Ahmed",
            "Glasgow South West",
            "uk-ge-2024",
        ),
        (
            "Caroline Lucas will continue as the MP for Brighton Pavilion for a third term.",
            "Caroline Lucas",
            "Brighton Pavilion",
            "uk-ge-2017",
        ),
        (
            "Former Chancellor Jeremy Hunt managed to hang on in the new Godalming and Ash "
            "constituency.",
            "Jeremy Hunt",
            "Godalming and Ash",
            "uk-ge-2024",
        ),
        (
            "Thangam Debbonaire crushed her opponents in Bristol West.",
            "Thangam Debbonaire",
            "Bristol West",
            "uk-ge-2017",
        ),
        (
            "Council leader Llinos Medi was also successful in taking the traditionally "
            "competitive seat of Ynys Môn.",
            "Llinos Medi",
            "Ynys Môn",
            "uk-ge-2024",
        ),
        (
            "In Newport East Jessica Morden made it three election victories in a row.",
            "Jessica Morden",
            "Newport East",
            "uk-ge-2015",
        ),
        (
            "Tory Jackie Doyle-Price makes it three Thurrock election wins on the spin.",
            "Jackie Doyle-Price",
            "Thurrock",
            "uk-ge-2017",
        ),
    ],
)
def test_a_verb_of_keeping_or_winning_a_seat_makes_its_subject_the_seat_s_candidate(
    sentence: str, person: str, seat: str, election: str
) -> None:
    text = sentence + " Turnout was 61%."
    assert _seats_of(_read(text)).get(person) == seat
    assert findings_of(text, election, rule="name-mismatch") == []


def test_a_misspelt_name_holding_onto_a_seat_is_flagged() -> None:
    text = "With Paul Holms holding onto the Hamble Valley seat. Turnout was 61%."
    [finding] = findings_of(text, "uk-ge-2024", rule="name-mismatch")
    assert finding.text == "Paul Holms"


@pytest.mark.parametrize(
    "sentence",
    [
        "In Hamble Valley, Paul Holmes is holding a surgery on Friday.",
        "In Glasgow South West, Zubir Ahmed will represent the party at the count.",
        "In Bristol West, Thangam Debbonaire crushed the rumours about her health.",
    ],
)
def test_words_near_those_verbs_that_tell_of_no_seat_make_no_candidate(sentence: str) -> None:
    assert _seats_of(_read(sentence + " Turnout was 61%.")) == {}


# A hedged count of votes.


def _votes_of(text: str, seat: str, person: str) -> tuple[str, str] | None:
    votes = candidate_named(contest_named(_read(text), seat), person).votes
    return (votes.text, votes.hedge) if votes is not None else None


@pytest.mark.parametrize(
    ("sentence", "seat", "person", "read"),
    [
        (
            "In Newry and Armagh, Danny Kennedy got just over 16,300 votes.",
            "Newry and Armagh",
            "Danny Kennedy",
            ("16,300", "just-over"),
        ),
        (
            "In Lagan Valley, Robbie Butler of the Ulster Unionists also secured more than "
            "11,000 votes.",
            "Lagan Valley",
            "Robbie Butler",
            ("11,000", "more-than"),
        ),
    ],
)
def test_a_hedged_count_of_votes_is_the_person_s_votes_with_its_hedge(
    sentence: str, seat: str, person: str, read: tuple[str, str]
) -> None:
    text = sentence + " Turnout was 61%."
    assert _votes_of(text, seat, person) == read


@pytest.mark.parametrize(
    ("written", "fires"), [("just over 16,300", False), ("just over 17,000", True)]
)
def test_a_hedged_count_the_record_does_not_meet_fires(written: str, fires: bool) -> None:
    text = f"In Newry and Armagh, Danny Kennedy got {written} votes. Turnout was 61%."
    flagged = [f.text for f in findings_of(text, "uk-ge-2015") if f.text != "61%"]
    assert flagged == ([written] if fires else [])


@pytest.mark.parametrize(
    "sentence",
    [
        # a bound on a count not rounded: emphasis for the exact count
        "In North Thanet, veteran MP Sir Roger Gale won with more than 27163 votes.",
        # under a thousand after a win: a margin said loosely
        "In Havant, Alan Mak won the seat by the skin of his teeth with less than 100 votes.",
        # no "votes" after it
        "In Ross, Skye and Lochaber, LibDem Jean Davis was third and polled just over 8,000.",
    ],
)
def test_a_hedged_count_the_words_do_not_make_a_total_is_not_read(sentence: str) -> None:
    article = _read(sentence + " Turnout was 61%.")
    assert all(c.votes is None for contest in article.contests for c in contest.candidates)


# A seat's name does not run on over a list's comma.


@pytest.mark.parametrize(
    ("listed", "seats"),
    [
        (
            "High Peak, Heywood and Middleton, North West Durham and Ashfield",
            {"High Peak", "Heywood and Middleton", "North West Durham", "Ashfield"},
        ),
        (
            "Bolsover, Heywood and Middleton and Ashfield",
            {"Bolsover", "Heywood and Middleton", "Ashfield"},
        ),
    ],
)
def test_a_list_s_comma_ends_a_seat_s_name_that_would_run_on(listed: str, seats: set[str]) -> None:
    # ("Heywood and Middleton North" is a later seat's name: read over the comma, it would
    # leave "West Durham", no seat, behind.)
    text = f"The Conservatives gained {listed} from Labour."
    read = {c.contest for c in _read(text).claims if isinstance(c, OutcomeClaim)}
    assert read == seats


# A person's vote by its noun: "a vote of", "'s tally of".


@pytest.mark.parametrize(
    ("sentence", "seat", "person", "count"),
    [
        (
            "In North Down, former mayor Andrew Muir was delighted with a vote of 3,086.",
            "North Down",
            "Andrew Muir",
            "3,086",
        ),
        (
            "In Newry and Armagh, Justin McNulty's tally of 12,026 was respectable.",
            "Newry and Armagh",
            "Justin McNulty",
            "12,026",
        ),
    ],
)
def test_a_person_s_vote_or_tally_of_a_count_is_their_votes(
    sentence: str, seat: str, person: str, count: str
) -> None:
    text = sentence + " Turnout was 61%."
    assert _votes_of(text, seat, person) == (count, "exact")
    slip = count[:-1] + str((int(count[-1]) + 1) % 10)
    assert slip in [f.text for f in findings_of(text.replace(count, slip), "uk-ge-2015")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In North Down, Andrew Muir called for a vote of 3,086 members of the party.",
        "In North Down, Andrew Muir said a tally of 3,086 leaflets was delivered.",
    ],
)
def test_a_vote_or_tally_of_something_else_is_no_count_of_votes(sentence: str) -> None:
    article = _read(sentence + " Turnout was 61%.")
    assert all(c.votes is None for contest in article.contests for c in contest.candidates)


@pytest.mark.parametrize(
    "seat", ["Harborough, Oadby and Wigston", "Stone, Great Wyrley and Penkridge"]
)
def test_a_seat_officially_named_with_a_comma_is_not_cut_at_it(seat: str) -> None:
    # "Harborough" and "Stone" were seats until 2024; the 2024 seats that took their places
    # are written with a comma, and a story about one names the whole seat, not the old one.
    text = f"The Conservatives gained {seat} from Labour."
    read = {c.contest for c in _read(text).claims if isinstance(c, OutcomeClaim)}
    assert read == {seat}
