"""When a seat carried into a sentence that names none still holds there
(``factcheck/extract/carried.py``), at the edges its first tests left open (the tenth
session's mutation run): a place owning a person written with a curly apostrophe; compass
words and names that are no place; a party's or a parliament's name that is also a place
word; another seat's member alone in the sentence, or beside the carried seat's; "his
constituency" said of the carried seat's own person, of a candidate of another seat, or where
nobody is the carried seat's.

Sentences are ours, in the patterns real copy uses. Each case has its control: the same
story with the words that do break the carry (or do not), read the other way.
"""

from __future__ import annotations

import pytest
from story_files import article_of

from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Document


def _seat_of_count(article: Article, votes: str) -> str | None:
    """The seat the candidate given ``votes`` was read in (None: a seat not named)."""
    found = [
        co.name
        for co in article.contests
        for c in co.candidates
        if c.votes is not None and c.votes.text == votes
    ]
    assert len(found) == 1, found
    return found[0]


_EDINBURGH = "Labour's Ian Murray polled 33,000 votes in Edinburgh South.\n\n"


@pytest.mark.parametrize(
    ("owner", "seat"),
    [
        # A curly apostrophe, as most copy sets it, is an owner's as much as a straight one.
        ("Dundee’s Chris Law", None),
        ("Edinburgh’s Chris Law", "Edinburgh South"),
    ],
)
def test_a_place_owning_the_person_with_a_curly_apostrophe(owner: str, seat: str | None) -> None:
    article = article_of(f"{_EDINBURGH}{owner} polled 15,000 votes, one of the closest results.\n")
    assert _seat_of_count(article, "15,000") == seat


_BRISTOL = "Labour's Jane Doe polled 33,000 votes in Bristol West.\n\n"


@pytest.mark.parametrize(
    ("sentence", "seat"),
    [
        # A compass word is no place: the place is the rest ("North Edinburgh" is in
        # Edinburgh, which no seat of the carried one's name is in).
        ("In North Edinburgh, Jane Roe polled 9,000 votes.", None),
        ("In Edinburgh, Jane Roe polled 9,000 votes.", None),
        # The control: the carried seat's own place.
        ("In Bristol, Jane Roe polled 9,000 votes.", "Bristol West"),
        # A seat owned in compass words alone names no place, so breaks nothing.
        ("Jane Roe polled 9,000 votes in her North West seat.", "Bristol West"),
        ("Jane Roe polled 9,000 votes in her Edinburgh seat.", None),
        # A parliament is no place, though Westminster is in seats' names.
        (
            "Jane Roe, who is fighting to keep her Westminster seat, polled 9,000 votes.",
            "Bristol West",
        ),
        ("Jane Roe, who is fighting to keep her Edinburgh seat, polled 9,000 votes.", None),
        # A party's name is no place, though "Green" is in seats' names.
        ("Jane Roe, who hoped to take the Green Party seat, polled 9,000 votes.", "Bristol West"),
        ("Jane Roe, who hoped to take the Glasgow seat, polled 9,000 votes.", None),
        # A council seat named with a place is not a seat in parliament.
        (
            "Jane Roe, who gave up the Glasgow Council seat she had held, polled 9,000 votes.",
            "Bristol West",
        ),
    ],
)
def test_what_is_a_place_that_breaks_the_carry(sentence: str, seat: str | None) -> None:
    article = article_of(f"{_BRISTOL}{sentence}\n")
    assert _seat_of_count(article, "9,000") == seat


# Vince Cable, said to be Twickenham's member, in a story whose seat is Colchester (Sir Bob
# Russell's).
_CABLE = (
    "{said}\n\n"
    "Another Liberal Democrat who lost is Sir Bob Russell, the MP for Colchester since 1997."
    " Colchester's Conservative candidate Will Quince won. Colchester, Essex, has a new MP.\n\n"
    "Mr Cable, 71, had been the MP for Twickenham.\n"
)


def test_another_seats_member_alone_in_the_sentence_breaks_the_carry() -> None:
    article = article_of(_CABLE.format(said="Vince Cable polled 2,000 votes."))
    assert _seat_of_count(article, "2,000") is None


def test_with_the_carried_seats_member_beside_another_seats_the_carry_holds() -> None:
    article = article_of(
        _CABLE.format(said="Vince Cable said Sir Bob Russell lost by 2,000 votes.")
    )
    assert {co.name: co.majority.text for co in article.contests if co.majority} == {
        "Colchester": "2,000"
    }


_BLAIR = "In 1997, Tony Blair won 33,526 votes in his Sedgefield constituency.\n\n"


@pytest.mark.parametrize(
    ("story", "seat"),
    [
        # "his constituency" of someone new, after the carried seat's person: not his seat.
        (f"{_BLAIR}After Tony Blair, Keir Starmer polled 18,884 votes in his constituency.", None),
        # Said before anyone is named, "his" points forward: to someone new here.
        (f"{_BLAIR}In his constituency, Keir Starmer polled 18,884 votes.", None),
        (f"{_BLAIR}In his constituency, Tony Blair polled 18,884 votes.", "Sedgefield"),
        # Said of the carried seat's own person (named with the seat, given no figure).
        (
            "In Tony Blair's Sedgefield constituency, Labour's Jane Doe won 33,526 votes.\n\n"
            "Later, Tony Blair polled 18,884 votes in his constituency.",
            "Sedgefield",
        ),
        # Nobody is the carried seat's person: nothing says it is someone else's.
        (
            "Jane Doe won Bristol West.\n\nSedgefield was won by Labour with 33,526 votes.\n\n"
            "Later, Keir Starmer polled 18,884 votes in his constituency.",
            "Sedgefield",
        ),
    ],
)
def test_his_constituency_is_the_carried_seat_only_if_his(story: str, seat: str | None) -> None:
    assert _seat_of_count(article_of(story + "\n"), "18,884") == seat


def test_his_constituency_of_a_candidate_of_another_seat_is_that_seat() -> None:
    # Read earlier as Holborn and St Pancras's candidate: "his constituency" is not Tony
    # Blair's Sedgefield, the seat carried, but his own.
    article = article_of(
        "Keir Starmer won Holborn and St Pancras.\n\n"
        f"{_BLAIR}Later, Keir Starmer polled 20,000 votes in his constituency.\n"
    )
    assert _seat_of_count(article, "20,000") == "Holborn and St Pancras"


@pytest.mark.parametrize(
    ("second", "seat"),
    [
        # The second winner need not be the sentence's first person.
        ("Like Helen Morgan, Jane Doe was elected, with 27,282 votes.", None),
        # The control: nobody new is said to have won.
        (
            "Like Helen Morgan, Jane Doe campaigned hard, and polled 27,282 votes.",
            "North Shropshire",
        ),
    ],
)
def test_a_second_winner_named_after_the_seats_own(second: str, seat: str | None) -> None:
    article = article_of(
        "Helen Morgan has been re-elected as MP for North Shropshire with a 15,133 majority.\n"
        f"{second}\n"
    )
    assert _seat_of_count(article, "27,282") == seat


def test_a_second_winner_read_earlier_in_another_seat_is_in_that_seat() -> None:
    article = article_of(
        "Jane Doe won Shrewsbury.\n\n"
        "Helen Morgan has been re-elected as MP for North Shropshire with a 15,133 majority.\n\n"
        "Jane Doe was elected with 27,282 votes.\n"
    )
    assert _seat_of_count(article, "27,282") == "Shrewsbury"


@pytest.mark.parametrize(
    ("second", "seat"),
    [
        # A win told as "also" is one besides those told before: in another seat, even
        # when nobody was named as the carried seat's winner.
        ("Independent Lady Ann Roe was also returned, with a majority of 2,000.", None),
        ("Independent Lady Ann Roe also won, with a majority of 2,000.", None),
        # The control: returned, not "also", with no winner told: the carried seat's.
        ("Independent Lady Ann Roe was returned, with a majority of 2,000.", "Bristol West"),
    ],
)
def test_a_win_told_as_also_with_no_winner_known(second: str, seat: str | None) -> None:
    article = article_of(f"Labour held Bristol West.\n\n{second}\n")
    assert {co.name: co.majority.text for co in article.contests if co.majority} == {seat: "2,000"}


def test_the_seats_winner_re_elected_is_no_second_winner() -> None:
    # Known as the seat's winner by his majority's change alone.
    article = article_of(
        "Alec Shelbrooke increased his majority in Elmet and Rothwell.\n\n"
        "Alec Shelbrooke was re-elected with 27,282 votes.\n"
    )
    assert _seat_of_count(article, "27,282") == "Elmet and Rothwell"


@pytest.mark.parametrize(
    ("before", "seat"),
    [
        # Another seat's winner is not the carried seat's: nobody has won Ludlow yet.
        (
            "Jane Roe won Shrewsbury with 30,000 votes.\n\nLudlow was held by the Conservatives.",
            "Ludlow",
        ),
        # The carried seat's winner known by a placing alone: someone new elected is not there.
        ("Jane Roe came first in Ludlow with 30,000 votes.", None),
        # A runner-up is not the winner: someone elected may still be the carried seat's.
        ("Jane Roe came second in Ludlow with 20,000 votes.", "Ludlow"),
        # A change of her majority makes her the winner; a change of her share does not.
        ("In Ludlow, Jane Roe saw her majority fall by 5,000.", None),
        ("In Ludlow, Jane Roe's share fell by 5 points.", "Ludlow"),
        # A party's hold names no winner: the person whose majority changed after it is.
        ("Labour held Ludlow.\n\nIn Ludlow, Jane Roe saw her majority fall by 5,000.", None),
    ],
)
def test_the_carried_seats_winner_is_its_own(before: str, seat: str | None) -> None:
    article = article_of(f"{before}\n\nJane Doe was elected with 27,282 votes.\n")
    assert _seat_of_count(article, "27,282") == seat


def test_his_constituency_in_the_storys_own_seat_is_that_seat() -> None:
    # Sedgefield is the story's seat (named twice): "his constituency" there stays in it.
    article = article_of(
        "Tony Blair won 33,526 votes in his Sedgefield constituency. Sedgefield has been"
        " Labour since 1935.\n\nLater, Keir Starmer polled 18,884 votes in his constituency.\n"
    )
    assert _seat_of_count(article, "18,884") == "Sedgefield"


_ROUND_UP = (
    "Conservatives keep hold of three seats\n\n"
    "David Mundell was returned for Dumfriesshire, Clydesdale and Tweeddale with 17,000 votes.\n\n"
    "In the Borders, John Lamont retained Berwickshire, Roxburgh and Selkirk with 20,000 votes.\n\n"
    "Berwickshire, Roxburgh and Selkirk had been expected to fall.\n\n"
    "{said}\n"
)


@pytest.mark.parametrize(
    ("said", "seat"),
    [
        # With the carried seat's own candidate in the sentence, the carried seat holds,
        # though the first person named stood elsewhere.
        (
            "Mr Mundell congratulated Mr Lamont, who said he had been returned with an"
            " increased majority.",
            "Berwickshire, Roxburgh and Selkirk",
        ),
        # The control: the first person alone takes the sentence to his own seat.
        (
            "Mr Mundell said he had been returned with an increased majority.",
            "Dumfriesshire, Clydesdale and Tweeddale",
        ),
    ],
)
def test_a_round_ups_person_beside_the_carried_seats_candidate(said: str, seat: str) -> None:
    article = article_of(_ROUND_UP.format(said=said))
    assert [c.contest for c in article.claims if isinstance(c, ChangeClaim)] == [seat]


@pytest.mark.parametrize(
    ("before", "seat"),
    [
        # A gain said of a person makes her the seat's winner: someone else winning after it
        # is in another seat.
        ("Jane Smith gained Bristol West for Labour.", None),
        ("Jane Smith took Bristol West from the Conservatives.", None),
        # The control: a loss names no winner, so the win may be the carried seat's.
        ("Jane Smith lost Bristol West.", "Bristol West"),
    ],
)
def test_a_winner_known_by_a_gain_alone_is_the_seats(before: str, seat: str | None) -> None:
    article = article_of(f"{before}\n\nTom Jones won with 20,000 votes.\n")
    assert _seat_of_count(article, "20,000") == seat


def _read_2019(text: str) -> Article:
    return read_prose(Document(path="a.md", text=text, metadata={"election": "uk-ge-2019"}))


@pytest.mark.parametrize(
    ("before", "seat"),
    [
        # A win dated to the story's own election is this election's: a second winner.
        ("Jane Smith gained Bristol West for Labour.", None),
        # The control: with no winner known, the win may be the carried seat's.
        ("Jane Smith lost Bristol West.", "Bristol West"),
    ],
)
def test_a_win_dated_to_the_storys_own_year_is_this_elections(
    before: str, seat: str | None
) -> None:
    article = _read_2019(f"{before}\n\nTom Jones won in 2019 with 20,000 votes.\n")
    assert _seat_of_count(article, "20,000") == seat


@pytest.mark.parametrize(
    ("before", "seat"),
    [
        # An earlier win told first does not hide this election's second winner after it.
        ("Jane Smith gained Bristol West for Labour.", None),
        # The control: with no winner known, the win may be the carried seat's.
        ("Jane Smith lost Bristol West.", "Bristol West"),
    ],
)
def test_a_second_winner_after_an_earlier_win(before: str, seat: str | None) -> None:
    text = f"{before}\n\nTom Jones won in 2017, but this time Ann Lee won with 20,000 votes.\n"
    assert _seat_of_count(_read_2019(text), "20,000") == seat


@pytest.mark.parametrize(
    "between",
    [
        # A heading right above the sentence, on its own line or its own paragraph: its last
        # words are not part of the place owning the person.
        "Election Night\n",
        "Election Night\n\n",
    ],
)
def test_a_heading_above_is_no_part_of_the_place_owning_the_person(between: str) -> None:
    """ "Dundee's Chris Law" under a heading "Election Night": Dundee owns him, so the
    carried Edinburgh South does not hold; the heading's words do not make "Election Night
    Dundee" the owner (which, being no place, would keep the carry)."""
    article = article_of(
        f"{_EDINBURGH}{between}Dundee's Chris Law polled 15,000 votes, one of the closest"
        " results.\n"
    )
    assert _seat_of_count(article, "15,000") is None


def test_an_owner_only_partly_a_place_does_not_break_the_carry() -> None:
    """ "Glasgow University's Labour club": a university owns the club; its one place word
    does not set the sentence in Glasgow, and Jane Roe's votes stay the carried seat's."""
    article = article_of(
        f"{_BRISTOL}Glasgow University's Labour club backed Jane Roe, who polled 9,000 votes.\n"
    )
    assert _seat_of_count(article, "9,000") == "Bristol West"
    # The control: a place owning the club breaks the carry.
    article = article_of(
        f"{_BRISTOL}Glasgow's Labour club backed Jane Roe, who polled 9,000 votes.\n"
    )
    assert _seat_of_count(article, "9,000") is None


def test_someone_named_with_the_carried_seat_keeps_the_carry_beside_another_seats_candidate() -> (
    None
):
    """John Brown was named at the Bridgend count (not as a candidate); "Jane Smith said John
    Brown won by 2,000 votes" opens with Gower's candidate, but names Bridgend's man, so his
    win is Bridgend's, and Gower is given neither him nor a majority."""
    article = article_of(
        "Jane Smith polled 20,000 votes in Gower.\n\nJohn Brown spoke at the Bridgend count.\n\n"
        "Jane Smith said John Brown won by 2,000 votes.\n"
    )
    seats = {c.name: co.name for co in article.contests for c in co.candidates}
    assert seats == {"Jane Smith": "Gower", "John Brown": "Bridgend"}
    assert [co.name for co in article.contests if co.majority is not None] == []


def _share_seat(article: Article, share: str) -> str | None:
    """How the seat of the share written ``share`` was tied."""
    found = [
        c.share.grounds.seat
        for co in article.contests
        for c in co.candidates
        if c.share is not None and c.share.text == share and c.share.grounds is not None
    ]
    assert len(found) == 1, found
    return found[0]


_SEDGEFIELD = (
    "Labour's Jane Doe polled 33,000 votes in Bristol West. Bristol West has a new MP.\n\n"
    "{before}In Sedgefield, Phil Wilson spoke after the count.\n\n{said}\n"
)


def test_his_constituency_of_the_carried_seats_own_candidate_keeps_the_carry() -> None:
    """Tony Blair was read as Sedgefield's candidate (his votes carried there): "his
    constituency" is Sedgefield, though Phil Wilson was the one named with it."""
    article = article_of(
        _SEDGEFIELD.format(
            before="",
            said="Tony Blair polled 18,884 votes.\n\n"
            "Tony Blair won 60% of the vote in his constituency.",
        )
    )
    assert _share_seat(article, "60") == "Sedgefield, carried from an earlier paragraph"


def test_his_constituency_of_another_seats_candidate_breaks_the_carry() -> None:
    """Keir Starmer was read in Holborn and St Pancras: "his constituency", after Phil Wilson
    (named with Sedgefield), is not the carried Sedgefield."""
    article = article_of(
        _SEDGEFIELD.format(
            before="Keir Starmer polled 20,000 votes in Holborn and St Pancras.\n\n",
            said="After Phil Wilson, Keir Starmer won 60% of the vote in his constituency.",
        )
    )
    assert _share_seat(article, "60") == "no constituency named"


def test_a_second_winner_known_in_another_seat_after_the_seats_own_breaks_the_carry() -> None:
    """Jane Doe won Shrewsbury; "Like Helen Morgan, Jane Doe was elected" in Helen Morgan's
    North Shropshire paragraph is her own win, elsewhere: the carried seat does not tie her
    votes."""
    article = article_of(
        "Jane Doe won Shrewsbury.\n\n"
        "Helen Morgan has been re-elected as MP for North Shropshire with a 15,133 majority.\n"
        "Like Helen Morgan, Jane Doe was elected, with 27,282 votes.\n"
    )
    (grounds,) = [
        c.votes.grounds
        for co in article.contests
        for c in co.candidates
        if c.votes is not None and c.votes.text == "27,282"
    ]
    assert grounds is not None
    assert grounds.seat == "no constituency named"
