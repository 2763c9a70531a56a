"""Misreadings the seventeenth session found on the stories' skeletons whose own words
misread them, whatever stood around them.

A score after one person only ("beating Liberal Democrat Jane Smith by 20,000 votes to
15,000", "over the SNP's John Brown, 11,705 votes to 11,501", "was beaten by Jane Smith by
18,478 votes to 22,637"): the one beaten has the smaller count, the one who beat the larger;
the other count is nobody's here (it was the nearest person's: the one beaten was given the
winner's total). "The Shadow Education Secretary received …", "The Broughty Ferry Tory
councillor took …": a run of capitals between "the" and a role is the role's words up to its
first given name or title, not a person called "Shadow Education".

Sentences are ours, in the patterns real copy uses; figures are the official ones for the seat
and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from story_files import (
    article_of,
    candidates_read,
    contests_of,
    figures_by_name,
    findings_of,
    seats_read,
)

from factcheck.models import ChangeClaim, OutcomeClaim

# A score after one person only.


@pytest.mark.parametrize(
    ("sentence", "who", "votes"),
    [
        (
            "The Liberal Democrats kept Caithness, Sutherland and Easter Ross by a whisker "
            "over the SNP's Karl Rosie, 11,705 votes to 11,501.",
            "Karl Rosie",
            11501,
        ),
        (
            "beating Liberal Democrat Jane Smith by 20,000 votes to 15,000.",
            "Jane Smith",
            15000,
        ),
        (
            "She held the seat comfortably, defeating Tom Brown 20,000 votes to 15,000.",
            "Tom Brown",
            15000,
        ),
        (
            "In the end he was beaten by former councillor Jane Smith by 18,478 votes to 22,637.",
            "Jane Smith",
            22637,
        ),
    ],
)
def test_a_score_after_one_person_gives_them_their_side(
    sentence: str, who: str, votes: int
) -> None:
    assert figures_by_name(sentence)[who][1] == votes


def test_a_score_after_its_subject_is_still_theirs() -> None:
    # No word of beating before the one person: they are the score's subject.
    assert (
        figures_by_name("Jane Smith won with 20,000 votes to 15,000 for Labour.")["Jane Smith"][1]
        == 20000
    )


def test_the_winners_count_is_not_flagged_as_the_beaten_ones() -> None:
    right = (
        "The Liberal Democrats kept Caithness, Sutherland and Easter Ross by a whisker "
        "over the SNP's Karl Rosie, 11,705 votes to 11,501."
    )
    assert findings_of(right, "uk-ge-2019") == []
    # The one beaten's count, written wrong, is still caught.
    wrong = right.replace("11,501", "11,051")
    assert [f.text for f in findings_of(wrong, "uk-ge-2019")] == ["11,051"]


# Titles and places after "the".


@pytest.mark.parametrize(
    "sentence",
    [
        "The Shadow Education Secretary received 18,837 votes, 47.05% of the vote.",
        "The Broughty Ferry Tory councillor took 10,986 votes.",
        "the Newcastle City councillor polled 4,000 votes.",
    ],
)
def test_a_title_after_the_is_nobody(sentence: str) -> None:
    assert candidates_read(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The Shadow Education Secretary Bridget Phillipson received 18,837 votes.",
            "Bridget Phillipson",
        ),
        ("The Rev Willie McCrea polled 10,000 votes.", "Rev Willie McCrea"),
        # No role after the run: a name (the reader takes the nickname from "Crofter" on).
        ("Independent Ronnie the Crofter Campbell got 499 votes.", "Crofter Campbell"),
    ],
)
def test_a_name_after_a_title_or_with_a_nickname_is_kept(sentence: str, who: str) -> None:
    assert who in candidates_read(sentence)


# A seat named in a later clause that tells a win of its own is not the earlier clause's.


def test_a_later_clauses_seat_is_not_the_one_beaten_before_it() -> None:
    text = (
        "Labour's Martin Rhodes defeated Alison Thewliss while David Linden lost out to "
        "John Grady in Glasgow East."
    )
    seats = seats_read(text)
    assert seats.get("John Grady") == "Glasgow East"
    assert seats.get("Martin Rhodes") is None
    assert seats.get("Alison Thewliss") is None
    gains = {
        (c.candidate, c.contest)
        for c in article_of(text).claims
        if isinstance(c, OutcomeClaim) and c.verb == "gain"
    }
    assert ("Martin Rhodes", "Glasgow East") not in gains


def test_one_clause_naming_its_seat_keeps_it() -> None:
    # The earlier clause tells no win of its own: the sentence's seat is everyone's.
    text = "Jane Smith held on, while John Brown lost out to Mary Green in Glasgow East."
    assert seats_read(text).get("Jane Smith") == "Glasgow East"


# A seat a figure is compared with is not its seat.


@pytest.mark.parametrize(
    ("sentence", "seat"),
    [
        ("Voter turnout was lower than Brecon and Radnorshire, at 66.8%.", None),
        (
            "In Hereford and South Herefordshire voter turnout was lower than Brecon and "
            "Radnorshire, at 66.8%.",
            "Hereford and South Herefordshire",
        ),
        ("Turnout in Brecon and Radnorshire was 73.6%.", "Brecon and Radnorshire"),
    ],
)
def test_a_seat_after_than_is_not_the_turnouts(sentence: str, seat: str | None) -> None:
    turnouts = {c.name: c.turnout.value for c in contests_of(sentence) if c.turnout}
    assert list(turnouts) == [seat]


@pytest.mark.parametrize(
    "sentence",
    [
        "His majority of 11,279 is smaller than at the last election in Leeds Central.",
        "Turnout was 70%, higher than in Bristol East.",
    ],
)
def test_a_seat_compared_with_after_the_figure_is_not_its_seat(sentence: str) -> None:
    assert [c.name for c in contests_of(sentence) if c.majority or c.turnout] == [None]


def test_a_turnout_set_against_another_seat_is_not_flagged_against_it() -> None:
    # Brecon and Radnorshire's 2015 turnout was 73.6%: 66.8% is Hereford's, not a slip.
    text = "Voter turnout was lower than Brecon and Radnorshire, at 66.8%."
    assert findings_of(text, "uk-ge-2015") == []


# Gaps, losses and changes are not a candidate's level.


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Jane Smith beat the DUP's John Brown in South Antrim (with just 2.6% of the vote "
            "separating them).",
            "John Brown",
        ),
        (
            "In Fermanagh and South Tyrone Tom Elliott lost a smaller, but crucial 2,426 votes.",
            "Tom Elliott",
        ),
        ("Mary Green shed nearly 3,000 votes in Glasgow East.", "Mary Green"),
    ],
)
def test_a_gap_or_a_loss_is_no_level(sentence: str, who: str) -> None:
    _, votes, share, _ = figures_by_name(sentence).get(who, (None, None, None, None))
    assert (votes, share) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "votes"),
    [
        ("Tom Elliott lost with 21,929 votes.", 21929),
        ("Tom Elliott lost the seat, polling 21,929 votes.", 21929),
        ("Tom Elliott, who lost his deposit, polled 1,929 votes.", 1929),
    ],
)
def test_the_count_that_lost_is_still_the_level(sentence: str, votes: int) -> None:
    assert figures_by_name(sentence)["Tom Elliott"][1] == votes


def test_a_turnout_up_by_some_words_is_no_level() -> None:
    text = (
        "Turnout in South Antrim was up by a significant 9% from 2015, with 43,292 votes "
        "cast, equivalent to 63.44%."
    )
    (contest,) = contests_of(text)
    assert contest.turnout is not None
    assert str(contest.turnout.value) == "63.44"


# "as he won by over 10,000 votes from Jane Smith": the one named is the rival.


@pytest.mark.parametrize(
    "sentence",
    [
        "as he won by over 10,000 votes from Lucy Beattie of the SNP",
        "He won by 5,000 votes over Jane Smith.",
        "She won comfortably, ahead of Labour's John Brown.",
    ],
)
def test_he_won_from_someone_is_not_their_win(sentence: str) -> None:
    assert not any(
        c.rank is not None and c.rank.value == 1
        for k in contests_of(sentence)
        for c in k.candidates
    )


def test_he_won_with_the_one_named_after_is_still_theirs() -> None:
    # The sentence's one person named after the pronoun, and no rival's words before them.
    text = "Speaking after he was re-elected in Islington North, Jeremy Corbyn said he was proud."
    assert {c.name for k in contests_of(text) for c in k.candidates if c.rank} == {"Jeremy Corbyn"}


# "In Stafford Jeremy Lefroy kept his seat": a sentence's opening "In", a one-word seat, then
# a full name opening with a given name.


def test_an_opening_in_and_a_one_word_seat_before_a_full_name() -> None:
    text = (
        "In Stafford Jeremy Lefroy kept his seat and Mark Garnier increased his majority in "
        "Wyre Forest."
    )
    assert seats_read(text) == {"Jeremy Lefroy": "Stafford", "Mark Garnier": "Wyre Forest"}
    changes = {
        (c.candidate, c.contest) for c in article_of(text).claims if isinstance(c, ChangeClaim)
    }
    assert changes == {("Mark Garnier", "Wyre Forest")}


@pytest.mark.parametrize(
    "sentence",
    ["In Gordon Brown's time, Labour won the seat.", "in Angus Robertson's absence, it fell."],
)
def test_a_seats_word_before_a_surname_alone_stays_a_name(sentence: str) -> None:
    assert [c.name for c in contests_of(sentence)] in ([], [None])


# "Jane Smith finished ahead of Labour's Tom Brown, taking 10.2% of the vote": the
# participle's figure is the subject's, not the rival's named right before it.


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Smith finished ahead of Labour's Tom Brown, taking 10.2% of the vote.",
        "Jane Smith came in ahead of Tom Brown by a few hundred votes gaining 10.2% of the vote.",
    ],
)
def test_a_participle_after_a_rival_outpolled_is_the_subjects(sentence: str) -> None:
    read = figures_by_name(sentence)
    assert str(read["Jane Smith"][2]) == "10.2"
    assert read.get("Tom Brown", (None, None, None, None))[2] is None


def test_a_rivals_own_with_after_ahead_of_is_not_the_subjects() -> None:
    # "with 8,000" after the rival may be the rival's: the subject is not given it.
    text = "Jane Smith was second on 12,000, ahead of Reform's Tom Brown with 8,000."
    assert figures_by_name(text).get("Jane Smith", (None, None))[1] != 8000
