"""Turnout and the electorate (``claims/turnout.py``) at the edges their first tests left open
(the tenth session's mutation run).

Sentences are ours, in the patterns real copy uses; each has a control read the other way.
"""

from __future__ import annotations

from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document


def _read(text: str) -> Article:
    return read_prose(Document(path="a.txt", text=text))


def _turnouts(text: str) -> dict[str | None, str]:
    return {co.name: co.turnout.text for co in _read(text).contests if co.turnout is not None}


def test_a_turnout_written_before_its_noun_is_read() -> None:
    assert _turnouts("In Bristol West, the 61.9% turnout was the lowest since 2001.") == {
        "Bristol West": "61.9"
    }
    # The control: the same figure as a share is no turnout.
    assert _turnouts("In Bristol West, the 61.9% share was the highest since 2001.") == {}


def test_a_turnout_its_noun_follows_is_read_though_a_count_came_between() -> None:
    # An earlier "turnout" with a count after it would make a figure after "turnout" the
    # count's; a figure followed by "turnout" is the turnout all the same.
    text = "In Bristol West turnout rose as 45,123 people voted for a 61.9% turnout."
    assert _turnouts(text) == {"Bristol West": "61.9"}
    # The control: the same clause with the figure not followed by its noun is not read.
    text = "In Bristol West turnout rose as 45,123 people voted, or 61.9% of them."
    assert _turnouts(text) == {}


def test_a_turnout_in_a_sentence_naming_two_seats_is_tied_loosely() -> None:
    # The sentence may give it as another seat's change: the seat named before it is a guess.
    (contest,) = [
        co
        for co in _read("Turnout in Ilford North was 66.1 per cent, up on Ilford South.").contests
        if co.turnout is not None
    ]
    assert contest.name == "Ilford North"
    assert contest.turnout is not None
    assert contest.turnout.grounds is not None
    assert contest.turnout.grounds.loose == ("seat",)
    # The control: with one seat named, the tie is explicit.
    (contest,) = _read("Turnout in Ilford North was 66.1 per cent.").contests
    assert contest.turnout is not None
    assert contest.turnout.grounds is not None
    assert contest.turnout.grounds.loose == ()


def _turnout_readings(text: str) -> list[tuple[str | None, str, str, tuple[str, ...]]]:
    """Each turnout read, this election's and earlier ones: seat, figure, election tie, and
    what was tied loosely."""
    out: list[tuple[str | None, str, str, tuple[str, ...]]] = []
    for co in _read(text).contests:
        if co.turnout is not None and co.turnout.grounds is not None:
            grounds = co.turnout.grounds
            out.append((co.name, co.turnout.text, grounds.election, tuple(grounds.loose)))
    return out


_STORYS = "no other election named in its clause: the story's"


def test_the_level_a_turnout_fell_from_is_the_election_befores_loosely() -> None:
    assert _turnout_readings("In Bristol West, turnout was down from 76% to 70%.") == [
        ("Bristol West", "70", _STORYS, ()),
        (
            "Bristol West",
            "76",
            "the election before the story's, the level “from … to” starts from",
            ("election",),
        ),
    ]


def test_an_earlier_turnout_of_no_year_named_is_not_kept() -> None:
    # "at the last election" names no year: no record could be chosen to compare it with.
    text = "In Bristol West, turnout was 70%, down from 76% at the last election."
    assert _turnout_readings(text) == [("Bristol West", "70", _STORYS, ())]
    # The control: a year named keeps it as that election's.
    text = "In Bristol West, turnout was 70%, down from 76% in 2015."
    assert _turnout_readings(text) == [
        ("Bristol West", "70", _STORYS, ()),
        ("Bristol West", "76", "“2015” in its clause", ()),
    ]


def test_a_turnout_word_spent_on_a_count_gives_a_later_figure_nothing() -> None:
    # "Turnout" was the count's: the percentage after the candidate's votes is no turnout.
    text = "Turnout in Bristol West was 56,800, and Jane Smith won 25,572 votes, or 45%."
    assert _turnouts(text) == {}
    # The control: a count's bracketed percentage is the turnout too.
    assert _turnouts("In Bristol West, turnout was 40,134 (47.58%).") == {"Bristol West": "47.58"}
