"""Turnout and the electorate (``claims/turnout.py``) at the edges their first tests left open
(the tenth session's mutation run).

Sentences are ours, in the patterns real copy uses; each has a control read the other way.
"""

from __future__ import annotations

from story_files import article_of

from factcheck.extract.reader import read_prose
from factcheck.models import Document


def _turnouts(text: str) -> dict[str | None, str]:
    return {co.name: co.turnout.text for co in article_of(text).contests if co.turnout is not None}


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
        for co in article_of(
            "Turnout in Ilford North was 66.1 per cent, up on Ilford South."
        ).contests
        if co.turnout is not None
    ]
    assert contest.name == "Ilford North"
    assert contest.turnout is not None
    assert contest.turnout.grounds is not None
    assert contest.turnout.grounds.loose == ("seat",)
    # The control: with one seat named, the tie is explicit.
    (contest,) = article_of("Turnout in Ilford North was 66.1 per cent.").contests
    assert contest.turnout is not None
    assert contest.turnout.grounds is not None
    assert contest.turnout.grounds.loose == ()


def _turnout_readings(text: str) -> list[tuple[str | None, str, str, tuple[str, ...]]]:
    """Each turnout read, this election's and earlier ones: seat, figure, election tie, and
    what was tied loosely."""
    out: list[tuple[str | None, str, str, tuple[str, ...]]] = []
    for co in article_of(text).contests:
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


# --- The eleventh session's mutation run ------------------------------------------------------


def test_a_turnout_whose_clause_names_a_year_before_the_figure_is_not_read() -> None:
    # The year may date the word ("its peak in 2017"), not the figure: neither the story's
    # turnout nor 2017's.
    text = "In Bristol West, turnout has fallen since its peak in 2017 to 60%."
    assert _turnout_readings(text) == []
    # The control: without the year the figure is the story's turnout.
    text = "In Bristol West, turnout has fallen since its peak to 60%."
    assert _turnout_readings(text) == [("Bristol West", "60", _STORYS, ())]


def _turnouts_by_election(text: str, election: str) -> set[tuple[str | None, str]]:
    doc = Document(path="a.md", text=text, metadata={"election": election})
    return {
        (co.election, co.turnout.text) for co in read_prose(doc).contests if co.turnout is not None
    }


def test_the_level_a_turnout_fell_from_is_the_election_before_the_storys_own() -> None:
    text = "In Bristol West, turnout was down from 76% to 70%."
    assert _turnouts_by_election(text, "uk-ge-2019") == {
        ("uk-ge-2019", "70"),
        ("uk-ge-2017", "76"),
    }
    # The control: the same words in a story of 2017 give 2015's level.
    assert _turnouts_by_election(text, "uk-ge-2017") == {
        ("uk-ge-2017", "70"),
        ("uk-ge-2015", "76"),
    }


def test_a_share_after_a_turnout_word_is_no_turnout() -> None:
    assert _turnouts("Turnout in Bristol West was high as Jane Smith won a 45% share.") == {}
    # The control: the same figure with no share's noun after it is the turnout.
    assert _turnouts("Turnout in Bristol West was high at 45%.") == {"Bristol West": "45"}


def test_a_count_spends_only_the_turnout_word_before_it() -> None:
    # The count follows the first "turnout"; the second is the percentage's own.
    text = "In Bristol West turnout rose by 2,000 and the turnout was 67.5%."
    assert _turnouts(text) == {"Bristol West": "67.5"}
    # The control: with one "turnout", spent on the count, the percentage is not read.
    assert _turnouts("In Bristol West turnout rose by 2,000 and was 67.5%.") == {}


def _electorate(text: str) -> str | None:
    (contest,) = article_of(text).contests
    return None if contest.electorate is None else contest.electorate.text


def test_a_hedged_electorate_is_not_the_seats() -> None:
    assert _electorate("Turnout in Gower was 73.3%, with an electorate of about 71,000.") is None
    # The control: the exact figure is read.
    assert _electorate("Turnout in Gower was 73.3%, with an electorate of 71,000.") == "71,000"


def test_electors_counted_in_millions_are_a_nations_not_a_seats() -> None:
    text = "Turnout in Gower was 73.3%. Across Wales, 2.3 million electors were registered."
    assert _electorate(text) is None
    # The control: a seat's electors, in digits, are its electorate.
    text = "Turnout in Gower was 73.3%. In Gower, 71,825 electors were registered."
    assert _electorate(text) == "71,825"


def test_a_seats_first_electorate_is_kept_over_a_later_one() -> None:
    text = "Turnout in Gower was 73.3%, with an electorate of 71,825.\n\nElectorate: 71,852"
    assert _electorate(text) == "71,825"
    # The control: the later figure alone is read.
    assert _electorate("Turnout in Gower was 73.3%.\n\nElectorate: 71,852") == "71,852"


def _earlier_contests(text: str, election: str | None = None) -> list[tuple[str | None, ...]]:
    """Each earlier election's contest read: seat, election, turnout and majority."""
    meta = {"election": election} if election else {}
    doc = Document(path="a.md", text=text, metadata=meta)
    return [
        (
            co.name,
            co.election,
            None if co.turnout is None else co.turnout.text,
            None if co.majority is None else co.majority.text,
        )
        for co in read_prose(doc).contests
        if co.dated
    ]


def test_the_election_befores_turnout_and_majority_are_one_contest_when_no_year_is_known() -> None:
    # A majority defended and the level turnout fell from are both the election before the
    # story's: one contest, though the story does not say which election it reports.
    text = (
        "In Bristol West, Jane Smith was defending a majority of 9,065. "
        "Turnout there was down from 76% to 70%."
    )
    assert _earlier_contests(text) == [("Bristol West", None, "76", "9,065")]
    # The control: with the story's election known, the same contest is named.
    assert _earlier_contests(text, "uk-ge-2019") == [("Bristol West", "uk-ge-2017", "76", "9,065")]


def test_the_first_earlier_turnout_of_a_seat_is_kept() -> None:
    text = (
        "In Bristol West, turnout was down from 76% to 70%. "
        "In Bristol West, turnout fell from 77% to 70%."
    )
    assert _earlier_contests(text) == [("Bristol West", None, "76", None)]
    # The control: the second sentence alone gives its own level.
    text = "In Bristol West, turnout fell from 77% to 70%."
    assert _earlier_contests(text) == [("Bristol West", None, "77", None)]


def test_an_electorates_grounds_name_the_words_that_tied_it() -> None:
    (contest,) = article_of("Turnout in Gower was 73.3%, with an electorate of 71,825.").contests
    assert contest.electorate is not None
    assert contest.electorate.grounds is not None
    assert contest.electorate.grounds.what == "“electorate” before it"
    # The control: the words after the count are named instead, as written.
    (contest,) = article_of("Turnout in Gower was 73.3%, with 71,825 registered voters.").contests
    assert contest.electorate is not None
    assert contest.electorate.grounds is not None
    assert contest.electorate.grounds.what == "“registered voters” after it"


def test_a_level_turnout_fell_from_in_a_nations_paragraph_is_no_seats() -> None:
    # The seat is carried into a paragraph about England, loosely: the earlier level is
    # England's, not kept as the seat's.
    text = (
        "Jane Smith won Bristol West for Labour.\n\n"
        "Across England, turnout was down from 76% to 70%."
    )
    assert _earlier_contests(text, "uk-ge-2019") == []
    # The control: with the seat named in the paragraph, the level is kept as its own.
    text = (
        "Jane Smith won Bristol West for Labour.\n\n"
        "In Bristol West, turnout was down from 76% to 70%."
    )
    assert _earlier_contests(text, "uk-ge-2019") == [("Bristol West", "uk-ge-2017", "76", None)]


def test_a_level_turnout_rose_from_with_its_year_named_is_that_years_firmly() -> None:
    # "rose to 67% from 60% in 2017": the year names the earlier level's election, so it is
    # tied by that word, not inferred as the election before.
    readings = _turnout_readings("In Bristol West, turnout rose to 67% from 60% in 2017.")
    assert readings == [
        ("Bristol West", "67", _STORYS, ()),
        ("Bristol West", "60", "“2017” in its clause", ()),
    ]
    # The control: with no year, the earlier level is the election before's, loosely.
    readings = _turnout_readings("In Bristol West, turnout rose to 67% from 60%.")
    assert readings[1][1:] == (
        "60",
        "the election before the story's, the level “from … to” starts from",
        ("election",),
    )


_SUMMARY = (
    "Summary\n\nLabour Hold\nJane Smith\nMajority\n12,000\nElectorate\n66,000\nTurnout\n70.1%\n"
    "{next}\nLabour | 52.1%\n"
)


def test_a_turnout_field_over_its_figure_is_the_turnout_before_a_share_heading() -> None:
    # "Turnout" on the line above the figure labels it, whatever heading follows: the
    # figure is the turnout, never the winner's share.
    article = read_prose(Document(path="a.txt", text=_SUMMARY.format(next="Share of the vote")))
    assert [co.turnout.text for co in article.contests if co.turnout is not None] == ["70.1"]
    assert all(
        c.share is None or c.share.text != "70.1" for co in article.contests for c in co.candidates
    )
    # The control: the same field before another heading is the turnout too.
    article = read_prose(Document(path="a.txt", text=_SUMMARY.format(next="Candidates")))
    assert [co.turnout.text for co in article.contests if co.turnout is not None] == ["70.1"]


def test_a_count_of_votes_cast_after_a_turnout_of_electors_is_the_ballots() -> None:
    # "68.7 per cent of eligible electors voted, with 48,279 votes cast": the count near the
    # word "electors" is no electorate, so it is left to the votes cast.
    text = "In Gower, 68.7 per cent of eligible electors voted, with 48,279 votes cast."
    (gower,) = read_prose(Document(path="a.txt", text=text)).contests
    assert gower.electorate is None
    assert gower.ballots is not None
    assert gower.ballots.text == "48,279"
    # The control: a count the electors are said to number is the electorate.
    text = "In Gower, 68.7 per cent of the 70,279 eligible electors voted."
    (gower,) = read_prose(Document(path="a.txt", text=text)).contests
    assert gower.electorate is not None
    assert gower.electorate.text == "70,279"


def test_the_level_turnout_fell_from_with_no_level_it_reached_is_no_turnout() -> None:
    """ "In Gower, turnout fell from 68.8%": 68.8% is where it started, not this election's
    turnout; with no level it reached, it is not read at all (the last election's is kept
    only from "from … to")."""
    assert _turnouts("In Gower, turnout fell from 68.8%.") == {}
    assert _turnouts("Turnout in Gower rose from 61% as Labour won 45%.") == {}
    # The control: with the level it reached, that level is the turnout (and the one it fell
    # from the last election's, loosely).
    assert _turnout_readings("In Gower, turnout fell from 68.8% to 64.1%.")[0] == (
        "Gower",
        "64.1",
        _STORYS,
        (),
    )


def test_a_share_down_from_a_level_in_the_turnouts_sentence_is_no_earlier_turnout() -> None:
    """ "Turnout in Gower was 64%, with the Conservatives' share down from 45%": the 45% is the
    share's earlier level, not the last election's turnout."""
    text = "Turnout in Gower was 64%, with the Conservatives' share down from 45%."
    assert _turnout_readings(text) == [("Gower", "64", _STORYS, ())]


def test_a_range_of_turnout_is_no_change_from_an_earlier_level() -> None:
    """ "64% to 65%" with no "from" is a range: its first figure is not the last election's
    turnout, nor its second this one's."""
    text = "Turnout in Gower was 64% to 65% in most wards."
    assert _turnout_readings(text) == [("Gower", "64", _STORYS, ())]


def test_a_hedged_electorate_is_not_the_votes_cast() -> None:
    """ "The total votes cast in Gower, from an electorate of about 71,000, were 45,000": the
    hedged 71,000 is the electorate (not kept: hedged), never the votes cast."""
    for text in (
        "The total votes cast in Gower, from an electorate of about 71,000, were 45,000.",
        "The total vote in Gower, from around 71,000 electors, was 45,000.",
    ):
        (contest,) = article_of("Turnout was 63%.\n\n" + text).contests
        assert contest.ballots is not None
        assert contest.ballots.value == 45000, text
        assert contest.electorate is None, text
