"""Margins read as vote counts, and times read into clauses that are not theirs (fifteenth
session, from copy nobody had read).

A gap to a rival ("2,812 votes fewer than his Tory rival"), a result's margin on a list line
("CON HOLD by 4,433") and a clause whose subject is the margin ("The margin holding off …,
…, was just 1,306 votes") are the seat's majority, never a candidate's count; a count with
the rival's own count after it ("17,062 votes ahead of Labour's Rhea Keehn, on 11,554") is the
winner's. "10 years ago" and "more than a decade ago" date their clause to another election;
a time in an aside set off by dashes ("- which 20 years ago had been … -") dates only the
aside. Sentences are ours, in the patterns real copy uses; figures are the official ones for
the seat and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from story_files import candidate_named, contest_named, findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document


def _read(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _flagged(text: str, election: str) -> list[str | None]:
    return [f.text for f in findings_of(text, election) if f.severity.value != "info"]


@pytest.mark.parametrize("rival", ["his Tory rival", "his Conservative opponent", "Craig"])
@pytest.mark.parametrize("comparative", ["fewer", "less"])
def test_a_gap_to_a_rival_is_the_majority(rival: str, comparative: str) -> None:
    text = (
        "In South Thanet, Ukip's Nigel Farage polled 2,812 votes "
        f"{comparative} than {rival} Mackinlay."
        if rival == "Craig"
        else f"In South Thanet, Ukip's Nigel Farage polled 2,812 votes {comparative} than "
        f"{rival} Craig Mackinlay."
    )
    seat = contest_named(_read(text), "South Thanet")
    assert seat.majority is not None
    assert seat.majority.text == "2,812"
    assert candidate_named(seat, "Nigel Farage").votes is None
    assert _flagged(text, "uk-ge-2015") == []


def test_a_wrong_gap_to_a_rival_fires_as_the_majority() -> None:
    text = (
        "In South Thanet, Ukip's Nigel Farage polled 2,821 votes fewer than his Tory rival "
        "Craig Mackinlay."
    )
    [f] = [f for f in findings_of(text, "uk-ge-2015") if f.text == "2,821"]
    assert "majority" in f.message


def test_fewer_votes_than_another_year_is_no_gap_to_a_rival() -> None:
    text = "In South Thanet, the Liberal Democrats polled 2,812 votes fewer than in 2010."
    assert all(c.majority is None for c in _read(text).contests)


@pytest.mark.parametrize(("written", "fires"), [("4,433", False), ("4,343", True)])
def test_a_result_s_margin_on_a_list_line_is_the_majority(written: str, fires: bool) -> None:
    text = (
        "The results in the county's seats:\n\n"
        f"Watford: Dean Russell (CON HOLD by {written})\n\n"
        "St Albans: Daisy Cooper (LIB DEM GAIN by 6,293)\n"
    )
    article = _read(text)
    watford = contest_named(article, "Watford")
    assert watford.majority is not None
    assert watford.majority.text == written
    assert all(c.votes is None for c in watford.candidates)
    assert _flagged(text, "uk-ge-2019") == ([written] if fires else [])


@pytest.mark.parametrize(("written", "fires"), [("1,306", False), ("1,360", True)])
def test_a_clause_whose_subject_is_the_margin_gives_the_majority(written: str, fires: bool) -> None:
    text = (
        "Sammy Wilson held East Antrim for the DUP. The margin holding off Danny Donnelly of "
        f"Alliance, whose vote grew once again, was just {written} votes."
    )
    seat = contest_named(_read(text), "East Antrim")
    assert seat.majority is not None
    assert seat.majority.text == written
    assert candidate_named(seat, "Danny Donnelly").votes is None
    assert _flagged(text, "uk-ge-2024") == ([written] if fires else [])


@pytest.mark.parametrize(("winner", "rival"), [("17,062", "11,554"), ("17,062", "11,545")])
def test_a_count_ahead_of_a_rival_with_the_rival_s_own_count_is_the_winner_s(
    winner: str, rival: str
) -> None:
    text = (
        f"Lee Anderson held Ashfield for Reform UK, winning {winner} votes ahead of Labour's "
        f"Rhea Keehn, on {rival}."
    )
    seat = contest_named(_read(text), "Ashfield")
    assert seat.majority is None
    anderson = candidate_named(seat, "Lee Anderson").votes
    assert anderson is not None
    assert anderson.text == winner
    assert _flagged(text, "uk-ge-2024") == ([] if rival == "11,554" else [rival])


def test_votes_ahead_of_a_rival_without_the_rival_s_count_stay_a_gap() -> None:
    text = "Lee Anderson held Ashfield for Reform UK, finishing 5,508 votes ahead of Rhea Keehn."
    seat = contest_named(_read(text), "Ashfield")
    assert seat.majority is not None
    assert seat.majority.text == "5,508"


@given(years=st.integers(min_value=2, max_value=40))
def test_a_count_so_many_years_ago_is_not_this_election_s(years: int) -> None:
    text = (
        "In Dundee East, Stewart Hosie of the SNP held the seat. When he first won it "
        f"{years} years ago, he had a majority of only 383 votes."
    )
    seat = contest_named(_read(text), "Dundee East")
    assert seat.majority is None


@pytest.mark.parametrize("ago", ["more than a decade ago", "a decade ago", "over a decade ago"])
def test_a_count_a_decade_ago_is_not_this_election_s(ago: str) -> None:
    text = (
        "In Dundee East, Stewart Hosie of the SNP held the seat. When he first took the seat "
        f"{ago} he won with a majority of only 383 votes."
    )
    assert all(c.majority is None for c in _read(text).contests)
    assert _flagged(text, "uk-ge-2019") == []


def test_a_count_with_no_other_time_is_this_election_s_and_fires_when_wrong() -> None:
    text = (
        "In Dundee East, Stewart Hosie of the SNP held the seat. This time he won with a "
        "majority of 13,735 votes."
    )
    assert _flagged(text, "uk-ge-2019") == ["13,735"]


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_time_in_an_aside_between_dashes_dates_only_the_aside(dash: str) -> None:
    text = (
        f"Paul Masterton took East Renfrewshire {dash} which 20 years ago had been the safest "
        f"Tory seat in Scotland {dash} from the SNP's Kirsten Oswald."
    )
    article = _read(text)
    seat = contest_named(article, "East Renfrewshire")
    names = {c.name for c in seat.candidates}
    assert {"Paul Masterton", "Kirsten Oswald"} <= names


def test_a_time_after_a_single_dash_still_dates_its_clause() -> None:
    text = (
        "In Dundee East, Stewart Hosie of the SNP held the seat - when he first won it 12 "
        "years ago he had a majority of only 383 votes."
    )
    assert all(c.majority is None for c in _read(text).contests)


@pytest.mark.parametrize("said", ["42% of the vote", "42 per cent of the vote", "42% of votes"])
def test_a_share_of_the_vote_in_brackets_after_the_majority_is_not_the_majority_s(
    said: str,
) -> None:
    text = (
        "Tracy Gilbert of Scottish Labour ousted the SNP's Deidre Brock in Edinburgh North and "
        f"Leith with a convincing majority of 7,268 ({said})."
    )
    seat = contest_named(_read(text), "Edinburgh North and Leith")
    assert seat.majority is not None
    assert seat.majority.text == "7,268"
    assert seat.majority_share is None
    assert _flagged(text, "uk-ge-2024") == []


@pytest.mark.parametrize(("written", "fires"), [("14.7%", False), ("16.7%", True)])
def test_a_bare_percentage_in_brackets_after_the_majority_is_still_its_share(
    written: str, fires: bool
) -> None:
    text = (
        "Tracy Gilbert of Scottish Labour ousted the SNP's Deidre Brock in Edinburgh North and "
        f"Leith with a majority of 7,268 ({written})."
    )
    seat = contest_named(_read(text), "Edinburgh North and Leith")
    assert seat.majority_share is not None
    assert seat.majority_share.text == written.rstrip("%")
    assert _flagged(text, "uk-ge-2024") == ([written] if fires else [])


@pytest.mark.parametrize(("election", "fires"), [("Assembly", False), ("general", True)])
def test_a_count_at_another_kind_of_election_is_not_this_one_s(election: str, fires: bool) -> None:
    text = (
        "Elisha McCallion won Foyle for Sinn Fein, three months after she topped the poll in "
        f"the Foyle {election} election with a majority of 196 votes."
    )
    flagged = _flagged(text, "uk-ge-2017")
    assert flagged == (["196"] if fires else [])


@pytest.mark.parametrize(
    ("written", "fires"), [("less than 1,000", False), ("981", False), ("891", True)]
)
def test_a_year_in_a_relative_clause_about_the_winner_dates_only_that_clause(
    written: str, fires: bool
) -> None:
    text = (
        "In Cheltenham, Alex Chalk who was first elected to serve the town in 2015 won by "
        f"{written} votes."
    )
    seat = contest_named(_read(text), "Cheltenham")
    assert seat.majority is not None
    assert seat.majority.text == written.rsplit(maxsplit=1)[-1]
    assert _flagged(text, "uk-ge-2019") == ([written] if fires else [])


def test_a_year_in_the_clause_itself_still_dates_the_figure() -> None:
    text = "In Cheltenham, Alex Chalk won by less than 1,000 votes in 2015."
    assert all(c.majority is None for c in _read(text).contests if not c.dated)
    # Compared with 2015's majority (6,516), which it contradicts.
    [f] = [f for f in findings_of(text, "uk-ge-2019") if f.text == "less than 1,000"]
    assert "uk-ge-2015" in f.message


@pytest.mark.parametrize("dash", ["-", "–"])
@pytest.mark.parametrize(("written", "fires"), [("20,783", False), ("20,873", True)])
def test_a_year_in_an_aside_between_dashes_does_not_date_the_clause(
    dash: str, written: str, fires: bool
) -> None:
    text = (
        f"Labour's Jayne Kirkham {dash} elected to the county council in 2017 {dash} won Truro "
        f"and Falmouth with {written} votes."
    )
    seat = contest_named(_read(text), "Truro and Falmouth")
    votes = candidate_named(seat, "Jayne Kirkham").votes
    assert votes is not None
    assert votes.text == written
    assert _flagged(text, "uk-ge-2024") == ([written] if fires else [])
