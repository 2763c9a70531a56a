"""What kind of figure a number is (issue 8, twelfth session): a margin restated after a comma
is the majority, never a vote total; a card's majority line ends with its share, and the
"Turnout" field on the next line is not that share's label; a seat taken "for a second time"
is held; and a win "by N votes from" someone, or a majority over a "challenger" or an
"outgoing" MP, places that one second.

Each test reads sentences written here in the pattern seen, and checks that a rule fires on a
wrong figure and stays silent on the right one; names and figures are the record's. The
margin phrasings are rendered for generated seats of the 2019 record and read back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import contests_of, findings_of, outcomes_of, ranked_seats_2019
from test_reference_far_figures import far

from factcheck.extract.entities import find_people, uk_constituencies
from factcheck.extract.reader import read_prose
from factcheck.models import CandidateResult, ChangeClaim, Document


def _plain(name: str) -> bool:
    """Is the name plain ("Jane Smith") and found as a person's on its own? How names are
    found is not under test here ("Olga FitzRoy", "Marten Hall" are other tests')."""
    found = find_people(f"{name} spoke.")
    # ("Angus Forbes": a word of the name is a seat's, which the seat finder takes first.)
    seat_word = any(word in _SEAT_NAMES for word in name.split())
    return bool(_PLAIN.fullmatch(name)) and [p.name for p in found] == [name] and not seat_word


_SEAT_NAMES = frozenset(uk_constituencies())


_PLAIN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+")
_SEATS = [
    (seat, won, ranked)
    for seat, won, ranked in ranked_seats_2019()
    if all(_plain(c.name) for c in ranked[:3])
]

# -- a margin restated after a comma ----------------------------------------------------------

# Each renders (seat, winner, runner-up, margin); the margin is the count, nothing else is.
Render = Callable[[str, str, str, str], str]
_APPOSED: list[Render] = [
    lambda seat, w, r, n: (
        f"In {seat}, {w} was re-elected but with a much reduced majority, this time of just "
        f"{n} votes."
    ),
    lambda seat, w, r, n: (
        f"{r} lost the {seat} seat to {w} by the narrowest of margins, the result coming down "
        f"to only {n} votes."
    ),
    lambda seat, w, r, n: f"In {seat}, {w} held on with a smaller majority, now at {n}.",
    lambda seat, w, r, n: (
        f"{w} kept {seat} for the party by a wide margin, the gap being {n} votes."
    ),
]
# The margin phrasings read before this session, rendered the same way.
_MARGINS: list[Render] = [
    *_APPOSED,
    lambda seat, w, r, n: f"In {seat}, {w} beat {r} by {n} votes.",
    lambda seat, w, r, n: f"In {seat}, {w} won with a majority of {n} over {r}.",
    lambda seat, w, r, n: f"{w} won {seat} by {n} votes from {r}.",
    lambda seat, w, r, n: f"In {seat}, {w} finished {n} votes ahead of {r}.",
    lambda seat, w, r, n: f"{w} held {seat} with a {n}-vote majority.",
]


def _majority(seat: str, text: str) -> tuple[str | None, list[CandidateResult]]:
    # This election's contest: a level "from" another election is kept apart, dated.
    found = [c for c in contests_of(text) if c.name == seat and not c.dated]
    if not found:
        return None, []
    (contest,) = found
    return (contest.majority.text if contest.majority else None), list(contest.candidates)


@settings(max_examples=60, deadline=None)
@given(
    k=st.integers(0, len(_SEATS) - 1),
    render=st.sampled_from(_MARGINS),
    slip=st.sampled_from([0, 0, 101, -13, 1003]),
)
def test_generated_margins_are_read_back_as_the_majority(k: int, render: Render, slip: int) -> None:
    seat, won, ranked = _SEATS[k]
    runner_up = ranked[1]
    assert won.votes is not None
    assert runner_up.votes is not None
    official = int(won.votes.value - runner_up.votes.value)
    n = official + slip if official + slip > 0 else official + 1
    if n != official and n % 10 == 0:
        n += 1  # a round slip may be read as rounded, and the official figure within it
    written = f"{n:,}"
    text = render(seat, won.name, runner_up.name, written)
    read, candidates = _majority(seat, text)
    assert read == written, text
    # The margin is nobody's vote total.
    assert all(c.votes is None for c in candidates), text
    wrong = [f for f in findings_of(text, "uk-ge-2019") if (f.text or "").startswith(written)]
    # A slip far from the official majority (and no slip of a digit) is not compared.
    assert bool(wrong) is (n != official and not far(n, official)), text


@pytest.mark.parametrize("render", _APPOSED)
def test_a_restated_margin_is_checked_as_the_majority(render: Render) -> None:
    # Broxtowe, 2019: Darren Henry won by 5,331 votes from Greg Marshall.
    right = render("Broxtowe", "Darren Henry", "Greg Marshall", "5,331")
    assert _majority("Broxtowe", right)[0] == "5,331"
    assert findings_of(right, "uk-ge-2019") == []
    wrong = render("Broxtowe", "Darren Henry", "Greg Marshall", "5,133")
    (finding,) = findings_of(wrong, "uk-ge-2019")
    assert (finding.text or "").startswith("5,133")
    assert "majority" in finding.message


def test_a_count_received_after_the_comma_is_the_winners_votes() -> None:
    # Broxtowe, 2019: Darren Henry polled 26,602.
    for votes, fires in (("26,602", False), ("26,620", True)):
        text = (
            f"In Broxtowe, Darren Henry won with a comfortable majority, having received "
            f"{votes} votes."
        )
        read, candidates = _majority("Broxtowe", text)
        assert read is None
        assert [(c.name, c.votes.text if c.votes else None) for c in candidates] == [
            ("Darren Henry", votes)
        ]
        assert bool(findings_of(text, "uk-ge-2019")) is fires


def test_a_change_after_the_comma_is_not_the_majority() -> None:
    text = "In Broxtowe, Darren Henry kept his majority, an increase of 500 on last time."
    assert _majority("Broxtowe", text)[0] is None


# -- a card's majority line and the field after it -------------------------------------------

_CARD = (
    "Arfon\n\nPC HOLD\n\nHywel Williams (PC) 11,790 43.9%\nAlun Pugh (Lab) 8,122 30.3%\n\n"
    "PC majority: 3,668 {share}\nTurnout\n66.3%\n"
)


@pytest.mark.parametrize(("share", "fires"), [("13.7%", False), ("15.3%", True)])
def test_a_percentage_ending_a_majority_field_is_its_share(share: str, fires: bool) -> None:
    text = _CARD.format(share=share)
    (contest,) = [c for c in contests_of(text) if c.name == "Arfon"]
    assert contest.majority is not None
    assert contest.majority.text == "3,668"
    assert contest.majority_share is not None
    assert contest.majority_share.text == share.rstrip("%")
    # The "Turnout" field on the next line labels the figure under it, not the share.
    assert contest.turnout is not None
    assert contest.turnout.text == "66.3"
    found = [f.text for f in findings_of(text, "uk-ge-2015")]
    assert found == ([share] if fires else [])


def test_turnout_right_after_a_figure_on_its_line_is_still_its_label() -> None:
    text = "In Arfon, a 66.3% turnout returned Hywel Williams."
    (contest,) = [c for c in contests_of(text) if c.name == "Arfon"]
    assert contest.turnout is not None
    assert contest.turnout.text == "66.3"


# -- a seat taken again ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "election", "fires"),
    [
        # Karin Smyth won Bristol South in 2015 and again in 2017: a Labour hold.
        ("Karin Smyth took Bristol South for a second time.", "uk-ge-2017", False),
        # Anna McMorrin took Cardiff North from the Conservatives in 2017: no hold.
        ("Anna McMorrin took Cardiff North for a second time.", "uk-ge-2017", True),
    ],
)
def test_a_seat_taken_for_a_second_time_is_held(text: str, election: str, fires: bool) -> None:
    verbs = {verb for _, _, verb, _ in outcomes_of(text)}
    assert verbs == {"hold"}
    found = findings_of(text, election)
    assert bool(found) is fires
    # Read from a person's words, the party's hold is loose: a warning at most.
    assert all(f.severity.value == "warning" for f in found)


def test_a_seat_taken_once_is_still_a_gain() -> None:
    verbs = {verb for _, _, verb, _ in outcomes_of("Anna McMorrin took Cardiff North.")}
    assert verbs == {"gain"}


# -- the runner-up named after a margin ------------------------------------------------------

_SECONDS: list[Callable[[str, str, str, str], str]] = [
    lambda seat, w, r, n: f"In {seat}, {w} won by over {n} votes from {r}.",
    lambda seat, w, r, n: f"{w} held {seat} by {n} votes from {r}.",
    lambda seat, w, r, n: f"In {seat}, {w} won with a {n}-vote majority over challenger {r}.",
    lambda seat, w, r, n: f"In {seat}, {w} won with a majority of {n} over outgoing MP {r}.",
]


@settings(max_examples=40, deadline=None)
@given(
    k=st.integers(0, len(_SEATS) - 1),
    render=st.sampled_from(_SECONDS),
    place=st.sampled_from([1, 1, 2]),
)
def test_the_one_a_margin_is_won_from_is_second(k: int, render: Render, place: int) -> None:
    seat, won, ranked = _SEATS[k]
    if place >= len(ranked):
        place = 1
    named = ranked[place]
    assert won.votes is not None
    assert ranked[1].votes is not None
    margin = f"{int(won.votes.value - ranked[1].votes.value):,}"
    text = render(seat, won.name, named.name, margin)
    (contest,) = [c for c in contests_of(text) if c.name == seat]
    ranks = {c.name: c.rank.value if c.rank else None for c in contest.candidates}
    assert ranks.get(named.name) == 2, text
    placed = [f for f in findings_of(text, "uk-ge-2019") if named.name in f.message]
    assert bool(placed) is (place != 1), text


def test_a_margin_from_a_year_places_nobody() -> None:
    text = "In Broxtowe, Darren Henry won by 5,331 votes from 2017's count."
    (contest,) = [c for c in contests_of(text) if c.name == "Broxtowe"]
    assert all(c.rank is None or c.name == "Darren Henry" for c in contest.candidates)


# -- a name's words are no cue ---------------------------------------------------------------

# "Down" is no fall, "Fell" no drop, "Old" no majority from before: each a word of a seat's or
# a person's name, in the 2019 record's margins.
_NAMED = [
    ("Chris Hazzard won South Down by {n} votes from Michael Savage.", "South Down", 1620),
    (
        "In Barrow and Furness, Simon Fell beat Chris Altree by {n} votes.",
        "Barrow and Furness",
        5789,
    ),
    (
        "James Brokenshire held Old Bexley and Sidcup with a {n}-vote majority.",
        "Old Bexley and Sidcup",
        18952,
    ),
]


@pytest.mark.parametrize(("story", "seat", "official"), _NAMED)
@pytest.mark.parametrize("slip", [0, 9])
def test_words_of_a_name_do_not_unmake_a_margin(
    story: str, seat: str, official: int, slip: int
) -> None:
    written = f"{official + slip:,}"
    text = story.format(n=written)
    assert _majority(seat, text)[0] == written
    found = [f.text for f in findings_of(text, "uk-ge-2019")]
    assert found == ([written] if slip else [])


# -- the runner-up said by losing, by "more than", after a comma ----------------------------

_LOSERS: list[Render] = [
    lambda seat, w, r, n: f"{r} lost {seat} by {n} votes to {w}.",
    lambda seat, w, r, n: (
        f"In {seat}, {r} suffered a narrow defeat, losing by just {n} votes to {w}."
    ),
    lambda seat, w, r, n: f"In {seat}, {w} had {n} more votes than {r}.",
    lambda seat, w, r, n: f"In {seat}, {w} won with a majority of {n}, ahead of {r}.",
]


@settings(max_examples=40, deadline=None)
@given(
    k=st.integers(0, len(_SEATS) - 1),
    render=st.sampled_from(_LOSERS),
    place=st.sampled_from([1, 1, 2]),
)
def test_the_one_who_lost_by_the_majority_is_second(k: int, render: Render, place: int) -> None:
    seat, won, ranked = _SEATS[k]
    if place >= len(ranked):
        place = 1
    named = ranked[place]
    assert won.votes is not None
    assert ranked[1].votes is not None
    margin = f"{int(won.votes.value - ranked[1].votes.value):,}"
    text = render(seat, won.name, named.name, margin)
    read, candidates = _majority(seat, text)
    assert read == margin, text
    ranks = {c.name: c.rank.value if c.rank else None for c in candidates}
    assert ranks.get(named.name) == 2, text
    placed = [f for f in findings_of(text, "uk-ge-2019") if named.name in f.message]
    assert bool(placed) is (place != 1), text


def test_a_loss_by_some_measure_other_than_votes_places_nobody() -> None:
    text = "In East Dunbartonshire, the Liberal Democrats lost ground by 5% to the SNP."
    assert all(c.rank is None for co in contests_of(text) for c in co.candidates)


# -- words that are no person's name ---------------------------------------------------------


@pytest.mark.parametrize(("votes", "fires"), [("17,409", False), ("17,490", True)])
def test_a_council_named_after_its_area_is_no_person(votes: str, fires: bool) -> None:
    text = (
        "In Derbyshire Dales, Conservative Sarah Dines lost to Labour's John Whitby. Ms Dines, "
        f"says the Derbyshire Dales District Council's website, had amassed {votes} votes."
    )
    (contest,) = [c for c in contests_of(text) if c.name == "Derbyshire Dales"]
    got = {c.name: c.votes.text if c.votes else None for c in contest.candidates}
    assert "Derbyshire Dales" not in got
    assert got["Sarah Dines"] == votes
    found = [f.text for f in findings_of(text, "uk-ge-2024")]
    assert found == ([votes] if fires else [])


@pytest.mark.parametrize(("change", "fires"), [("6.8", False), ("6.8 per cent", True)])
def test_a_country_is_no_person_a_change_is_said_of(change: str, fires: bool) -> None:
    # Belfast East, 2017: the DUP's share rose 6.8 points (from 49.35% to 55.81%).
    text = (
        "As across the rest of Northern Ireland, the DUP got its vote out in Belfast East, "
        f"with a {change} points increase in its vote share."
        if change == "6.8"
        else "As across the rest of Northern Ireland, the DUP got its vote out in Belfast East, "
        f"with a {change} increase in its vote share."
    )
    article = contests_of(text)
    assert all(c.name != "Northern Ireland" for co in article for c in co.candidates)
    found = findings_of(text, "uk-ge-2017", "percent-points-confusion")
    assert bool(found) is fires


@pytest.mark.parametrize(("kennedy", "fires"), [("16,312", False), ("16,321", True)])
def test_a_count_for_a_party_is_not_the_next_persons(kennedy: str, fires: bool) -> None:
    # Newry and Armagh, 2015: Danny Kennedy (UUP) 16,312, Justin McNulty (SDLP) 12,026.
    text = (
        f"In Newry and Armagh, Danny Kennedy attracted {kennedy} votes for the UUP and Mr "
        "McNulty achieved 12,026 votes for the SDLP."
    )
    (contest,) = [c for c in contests_of(text) if c.name == "Newry and Armagh"]
    got = {c.name: c.votes.text if c.votes else None for c in contest.candidates}
    assert got.get("Danny Kennedy") == kennedy
    found = [f.text for f in findings_of(text, "uk-ge-2015")]
    assert found == ([kennedy] if fires else [])


# -- a level crossed is no change's size -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In Newry and Armagh, Sinn Fein's share of the vote dipped below 40 per cent.",
        "Turnout in Bristol West rose above 70 per cent.",
        "Turnout across the city was lower, falling beneath 65 per cent in all four seats.",
    ],
)
def test_a_level_crossed_after_a_verb_of_change_is_no_changes_size(text: str) -> None:
    article = read_prose(Document(path="story.txt", text=text))
    assert [c for c in article.claims if isinstance(c, ChangeClaim) and c.amount] == []
    assert findings_of(text, "uk-ge-2019", "percent-points-confusion") == []


def test_a_change_by_a_bound_is_still_a_change() -> None:
    # Newry and Armagh, 2019: Sinn Fein's share fell from 47.90% to 39.95%, 7.95 points.
    text = "In Newry and Armagh, Sinn Fein's share of the vote dipped by 8 per cent."
    (finding,) = findings_of(text, "uk-ge-2019", "percent-points-confusion")
    assert finding.text == "8 per cent"
    right = "In Newry and Armagh, Sinn Fein's share of the vote dipped by 8 points."
    assert findings_of(right, "uk-ge-2019", "percent-points-confusion") == []


# -- a party named right before its change ---------------------------------------------------


@pytest.mark.parametrize(("written", "fires"), [("9.3 points", False), ("19.3 points", True)])
def test_a_party_named_before_its_change_owns_it_not_the_majority(
    written: str, fires: bool
) -> None:
    # Llanelli, 2017: the Conservatives' share rose from 14.35% to 23.66%.
    text = f"In Llanelli, Labour increased its majority, with the Tories up {written}."
    article = read_prose(Document(path="story.txt", text=text))
    (change,) = [c for c in article.claims if isinstance(c, ChangeClaim) and c.amount]
    assert (change.quantity.value, change.party) == ("share", "Conservative")
    assert bool(findings_of(text, "uk-ge-2017", "percent-points-confusion")) is fires


def test_a_change_after_its_quantity_word_stays_that_quantitys() -> None:
    text = "In Llanelli, Labour's majority was up 12 per cent on 2015."
    article = read_prose(Document(path="story.txt", text=text))
    (change,) = [c for c in article.claims if isinstance(c, ChangeClaim) and c.amount]
    assert change.quantity.value == "majority"


# -- a majority's rise said as a multiple ----------------------------------------------------

_MULTIPLES = [
    "In Dover, Natalie Elphicke nearly doubled the Conservative majority from 6,437 to {n}.",
    "In Dover, Natalie Elphicke took the seat, more than doubling the majority to {n}.",
    "Dover: Natalie Elphicke doubles Tory majority to {n}",
]


@pytest.mark.parametrize("story", _MULTIPLES)
@pytest.mark.parametrize(("written", "fires"), [("12,278", False), ("12,728", True)])
def test_a_majority_multiplied_to_a_level_is_the_majority_now(
    story: str, written: str, fires: bool
) -> None:
    # Dover, 2019: the Conservative majority was 12,278 (6,437 in 2017).
    text = story.format(n=written)
    assert _majority("Dover", text)[0] == written
    article = read_prose(Document(path="story.txt", text=text))
    ups = [
        c for c in article.claims if isinstance(c, ChangeClaim) and c.quantity.value == "majority"
    ]
    assert [c.direction.value if c.direction else None for c in ups] == ["up"]
    found = [f.text for f in findings_of(text, "uk-ge-2019") if f.text == written]
    assert found == ([written] if fires else [])
