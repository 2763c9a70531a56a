"""What kind of figure a number is, and what it is a figure of (issue 8, eleventh session):
an average over many seats is no seat's turnout, a card's "Turnout" line above a figure is
its label, "followed by" goes on from a placing only in its own sentence, a second results
card for the same person is another result, "per cent fewer votes" may be the votes or the
share, "her seat" names who held it, and a thousands comma with a space after it.

Each test reads sentences written here in the pattern seen, and checks that a rule fires on a
wrong figure and stays silent on the right one; names and figures are the record's.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of

import factcheck
from factcheck.extract.numbers import find_numbers
from factcheck.extract.reader import read_prose
from factcheck.models import ChangeClaim, Document, Figure, Severity, Unit


def _figures(text: str) -> dict[str, Figure]:
    article = read_prose(Document(path="story.txt", text=text))
    return {f.text: f for f in article.read_figures().values()}


def _changes_after(text: str, cut: int) -> list[ChangeClaim]:
    """The change claims read after ``cut``."""
    article = read_prose(Document(path="story.txt", text=text))
    return [
        c
        for c in article.claims
        if isinstance(c, ChangeClaim)
        and c.amount is not None
        and c.span is not None
        and c.span.start > cut
    ]


def _turnouts(text: str) -> list[str]:
    article = read_prose(Document(path="story.txt", text=text))
    return [c.turnout.text for c in article.contests if c.turnout is not None]


# -- an average over many seats ---------------------------------------------------------------

_AVERAGE = (
    "Turnout in Bristol West was more than 70 per cent, well above the {avg} per cent average "
    "for the seats declared so far."
)


@given(avg=st.integers(min_value=40, max_value=69))
@settings(max_examples=20, deadline=None)
def test_an_average_after_the_figure_is_no_seats_turnout(avg: int) -> None:
    text = _AVERAGE.format(avg=avg)
    assert _turnouts(text) == []
    assert findings_of(text, "uk-ge-2019", "reference-mismatch") == []


def test_the_seats_own_turnout_beside_an_average_is_still_checked() -> None:
    wrong = "Turnout in Bristol West was 62%, above the national average of 67.3%."
    (finding,) = findings_of(wrong, "uk-ge-2019", "reference-mismatch")
    assert finding.text == "62%"
    right = "Turnout in Bristol West was 76.1%, above the national average of 67.3%."
    assert findings_of(right, "uk-ge-2019", "reference-mismatch") == []
    assert _turnouts(right) == ["76.1"]


def test_an_average_named_before_the_figure_is_not_read_either() -> None:
    text = "In Bristol West the turnout average was 62 per cent across the city's four seats."
    assert _turnouts(text) == []


# -- a card's field label on the line above ---------------------------------------------------

_CARD = (
    "Summary\n"
    "Conservative Hold\n"
    "Caroline Nokes\n"
    "Majority\n"
    "17,712\n"
    "Turnout\n"
    "{turnout}\n"
    "Share of the vote\n"
    "Con | 54.3% |\n\n"
    "Romsey and Southampton North\n"
    "Caroline Nokes (Conservative) 26,285\n"
    "Ben Nicholls (Liberal Democrat) 8,573\n"
)


@given(turnout=st.sampled_from(["72.8%", "70.1%", "66%", "59.4%"]))
@settings(max_examples=8, deadline=None)
def test_a_turnout_line_above_labels_the_figure_not_the_heading_below(turnout: str) -> None:
    figures = _figures(_CARD.format(turnout=turnout))
    fig = figures[turnout.rstrip("%")] if turnout.rstrip("%") in figures else figures[turnout]
    assert fig.grounds is not None
    assert "Turnout" in fig.grounds.what or "turnout" in fig.grounds.what
    shares = [
        f
        for f in findings_of(_CARD.format(turnout=turnout), "uk-ge-2015", rule=None)
        if "share" in f.message
    ]
    assert shares == []


def test_a_card_turnout_is_checked_as_a_turnout() -> None:
    wrong = findings_of(_CARD.format(turnout="70.1%"), "uk-ge-2015", "reference-mismatch")
    assert [f.text for f in wrong if "turnout" in f.message] == ["70.1%"]
    assert findings_of(_CARD.format(turnout="72.8%"), "uk-ge-2015", "reference-mismatch") == []


# -- "followed by" goes on from a placing in its own sentence ---------------------------------

_ARRIVALS = (
    "In South East Cambridgeshire, Labour's James Bull came third with 10,492 votes and "
    "Independent candidate Edmund Fordham came fourth with 1,009."
    "\n\nCandidates arrived just after midnight; firstly Edmund Fordham followed by Lucy "
    "Frazer, as the last boxes came in."
)


def test_followed_by_in_a_later_sentence_is_no_placing() -> None:
    assert findings_of(_ARRIVALS, "uk-ge-2019", "reference-mismatch") == []
    assert "followed by Lucy Frazer" not in _figures(_ARRIVALS)


_PLACED_HERE = (
    "In South East Cambridgeshire, Edmund Fordham came {place} with 1,009 votes, followed by "
    "Lucy Frazer."
)


def test_followed_by_after_a_placing_in_its_sentence_is_still_read() -> None:
    # Fordham fourth, then Frazer fifth: wrong, since she won.
    text = _PLACED_HERE.format(place="fourth")
    assert "followed by Lucy Frazer" in _figures(text)
    (finding,) = findings_of(text, "uk-ge-2019", "reference-mismatch")
    assert "Lucy Frazer" in finding.message


def test_followed_by_the_true_runner_up_is_silent() -> None:
    text = (
        "Lucy Frazer won South East Cambridgeshire with 32,187 votes, followed by Liberal "
        "Democrat Pippa Heylings."
    )
    assert "followed by Liberal Democrat Pippa Heylings" in _figures(text) or any(
        "followed by" in t for t in _figures(text)
    )
    assert findings_of(text, "uk-ge-2019", "reference-mismatch") == []


# -- "per cent fewer votes": the count, or the share by convention ----------------------------

_FEWER = (
    "In East Dunbartonshire, the SNP's John Nicolson received {n} per cent {cmp} votes than in "
    "2015."
)


@given(n=st.sampled_from(["10", "9", "ten"]), cmp=st.sampled_from(["fewer", "less"]))
@settings(max_examples=6, deadline=None)
def test_per_cent_fewer_votes_is_read_as_the_share_loosely(n: str, cmp: str) -> None:
    text = _FEWER.format(n=n, cmp=cmp)
    (fig,) = [f for f in _figures(text).values() if f.unit is Unit.PERCENT]
    assert fig.grounds is not None
    assert "what" in fig.grounds.loose
    # His share fell 9.98 points and his votes 29%: whichever the writer meant, no error.
    assert all(f.severity is not Severity.ERROR for f in findings_of(text, "uk-ge-2017", rule=None))


def test_per_cent_fewer_votes_that_fit_nothing_still_warn() -> None:
    text = _FEWER.format(n="50", cmp="fewer")
    found = findings_of(text, "uk-ge-2017", "percent-points-confusion")
    assert [f.severity for f in found] == [Severity.WARNING]


def test_the_vote_in_per_cent_for_points_is_still_an_error() -> None:
    # "his vote" is the share by the usual reading: points written as per cent.
    text = "In East Dunbartonshire, the SNP's John Nicolson saw his vote fall by 10 per cent."
    (finding,) = findings_of(text, "uk-ge-2017", "percent-points-confusion")
    assert finding.severity is Severity.ERROR
    right = "In East Dunbartonshire, the SNP's John Nicolson saw his vote fall by 10 points."
    assert findings_of(right, "uk-ge-2017", "percent-points-confusion") == []


# -- a second results card for the same person -----------------------------------------------

_TWO_CARDS = (
    "Mid Dorset and North Poole\n\n"
    "Results\n\n"
    "  1. Conservative\n"
    "    Michael Tomlinson\n"
    "    • Votes:29,548\n"
    "    • Vote share %:60.4\n"
    "    • Vote share change:{now}\n\n"
    "Results\n\n"
    "Conservative\n"
    ", with candidate Michael Tomlinson\n"
    ", have the following results:\n"
    "  • {votes} total votes taken.\n"
    "  • {share}% share of the total vote\n"
    "  • +{then}% change in share of the votes\n"
)


@given(then=st.sampled_from(["6.3", "1.1", "12.0", "0.4"]))
@settings(max_examples=8, deadline=None)
def test_a_second_card_with_other_figures_is_another_results_change(then: str) -> None:
    text = _TWO_CARDS.format(now="+1.1", votes="23,639", share="50.8", then=then)
    found = findings_of(text, "uk-ge-2019", "percent-points-confusion")
    # Tomlinson's share rose 1.15 points in 2019; the second card's change is 2015's.
    assert found == []
    (late,) = _changes_after(text, text.index("taken"))
    assert late.current is None
    assert late.amount is not None
    assert late.amount.grounds is not None
    assert "election" in late.amount.grounds.loose


def test_the_first_cards_change_is_still_checked() -> None:
    wrong = _TWO_CARDS.format(now="+6.3", votes="23,639", share="50.8", then="6.3")
    found = findings_of(wrong, "uk-ge-2019", "percent-points-confusion")
    assert [f.text for f in found] == ["+6.3"]
    assert found[0].line == 9


def test_a_second_card_with_the_same_figures_is_the_same_result() -> None:
    # Said again, not another result: its change is read with the share as usual.
    text = _TWO_CARDS.format(now="+1.1", votes="29,548", share="60.4", then="1.1")
    late = _changes_after(text, text.index("taken"))
    assert [c.current is not None for c in late] == [True]


# -- "her seat" names who held it -------------------------------------------------------------

_ELSEWHERE = (
    "Michelle Gildernew held Fermanagh and South Tyrone for Sinn Féin by 57 votes.\n\n"
    "Across the UK the Liberal Democrats also had a bad night, with their leader {who} losing "
    "her seat."
)


@given(
    case=st.sampled_from(
        [
            ("Jo Swinson", None),  # she lost East Dunbartonshire
            ("Layla Moran", "Oxford West and Abingdon"),  # she held it: no gain
            ("Sarah Olney", None),  # she took Richmond Park from Zac Goldsmith, its last winner
        ]
    )
)
@settings(max_examples=3, deadline=None)
def test_someone_who_did_not_stand_losing_her_seat_is_not_this_seats_gain(
    case: tuple[str, str | None],
) -> None:
    # Never judged in Fermanagh and South Tyrone; since the twentieth session, in the seat
    # she stood in, the story naming no other (tests/test_reference_outcome_placed20.py).
    who, wrong_in = case
    found = findings_of(_ELSEWHERE.format(who=who), "uk-ge-2019", "reference-mismatch")
    assert [f.message for f in found if "Fermanagh" in f.message] == []
    if wrong_in is None:
        assert found == []
    else:
        assert [wrong_in in f.message for f in found] == [True]
    assert all(f.severity is Severity.WARNING for f in found)


def test_the_sitting_mp_losing_her_seat_is_still_judged() -> None:
    # Debbonaire held Bristol West in 2019: "lost her seat" is false.
    wrong = "In Bristol West, Labour's Thangam Debbonaire lost her seat."
    (finding,) = findings_of(wrong, "uk-ge-2019", "reference-mismatch")
    assert "not a gain" in finding.message
    right = "In East Dunbartonshire, the Liberal Democrat leader Jo Swinson lost her seat."
    assert findings_of(right, "uk-ge-2019", "reference-mismatch") == []


# -- a thousands comma with a space after it ---------------------------------------------------


@given(high=st.integers(min_value=1, max_value=999), low=st.integers(min_value=0, max_value=999))
@settings(max_examples=50, deadline=None)
def test_a_spaced_thousands_comma_is_one_number(high: int, low: int) -> None:
    text = f"Jane Smith won with a majority of {high}, {low:03d}."
    (n,) = find_numbers(text)
    assert n.value == high * 1000 + low
    assert n.text == f"{high}, {low:03d}"


@given(parts=st.lists(st.integers(min_value=1, max_value=999), min_size=3, max_size=5))
@settings(max_examples=30, deadline=None)
def test_a_list_of_numbers_is_not_joined(parts: list[int]) -> None:
    text = "The figures were " + ", ".join(str(p) for p in parts) + " in all."
    assert [int(n.value) for n in find_numbers(text)] == parts


_SPACED = (
    "Shockwaves as the SNP take Kirkcaldy and Cowdenbeath with a comfortable majority of "
    "{majority}.\n\nRoger Mullin SNP 27, 628\nKenny Selbie Scottish Labour 17, 654\n"
)


def test_a_spaced_majority_is_checked_whole() -> None:
    (finding,) = findings_of(_SPACED.format(majority="9, 794"), "uk-ge-2015", "reference-mismatch")
    assert finding.text == "9, 794"
    assert "9,974" in finding.message
    assert findings_of(_SPACED.format(majority="9, 974"), "uk-ge-2015", "reference-mismatch") == []


# -- a record's own doubtful spelling ---------------------------------------------------------

_LISHMAN = (
    "Labour's Kate Hollern held Blackburn with 24,762 votes. Liberal Democrat {name} polled "
    "955 votes.\n"
)


def test_a_name_another_seats_record_spells_as_written_is_not_checked() -> None:
    # Blackburn's 2015 record has "Gordan Lishman"; Pendle's 2017 and 2019 records have the
    # same Liberal Democrat as "Gordon Lishman".
    text = _LISHMAN.format(name="Gordon Lishman")
    assert findings_of(text, "uk-ge-2015", "name-mismatch") == []
    report = factcheck.check(Document(path="story.txt", text=text), election="uk-ge-2015")
    assert any("spell the name both ways" in n.reason for n in report.not_checked)


@given(name=st.sampled_from(["Gordon Lishmann", "Gordon Lishmen", "Gorden Lishman"]))
@settings(max_examples=3, deadline=None)
def test_a_spelling_no_record_has_is_still_a_misspelling(name: str) -> None:
    (finding,) = findings_of(_LISHMAN.format(name=name), "uk-ge-2015", "name-mismatch")
    assert finding.text == name
    assert findings_of(_LISHMAN.format(name="Gordan Lishman"), "uk-ge-2015", "name-mismatch") == []


# -- a poll of polls, and a vote that declined "by" a number -----------------------------------


@given(share=st.sampled_from(["22.3", "13.4", "30"]))
@settings(max_examples=3, deadline=None)
def test_a_poll_of_polls_figure_is_not_the_count(share: str) -> None:
    text = (
        "Based on the final Poll of Polls, Newport East would have seen Labour's majority "
        f"increase to {share} per cent."
    )
    assert findings_of(text, "uk-ge-2015", "reference-mismatch") == []


def test_the_counted_percentage_majority_is_still_checked() -> None:
    wrong = "In Newport East Labour's majority was 15.1 per cent."
    (finding,) = findings_of(wrong, "uk-ge-2015", "reference-mismatch")
    assert "13.4%" in finding.message
    assert (
        findings_of("In Newport East Labour's majority was 13.4 per cent.", "uk-ge-2015", rule=None)
        == []
    )


@given(verb=st.sampled_from(["declined", "slumped", "plummeted", "tumbled", "dipped"]))
@settings(max_examples=5, deadline=None)
def test_a_vote_that_declined_by_a_number_is_no_majority(verb: str) -> None:
    text = (
        "In Bristol West Thangam Debbonaire won a second victory and increased her majority "
        f"as the Liberal Democrat vote {verb} by 1,000."
    )
    article = read_prose(Document(path="story.txt", text=text))
    assert all(c.majority is None for c in article.contests)
    changes = [c for c in article.claims if isinstance(c, ChangeClaim) and c.amount is not None]
    assert [(c.quantity.value, c.party) for c in changes] == [("votes", "Liberal Democrat")]


def test_a_win_by_a_number_is_still_the_majority() -> None:
    wrong = "In Bristol West Thangam Debbonaire won by 25,000 votes."
    (finding,) = findings_of(wrong, "uk-ge-2019", "reference-mismatch")
    assert finding.text == "25,000"
    right = "In Bristol West Thangam Debbonaire won by 28,219 votes."
    assert findings_of(right, "uk-ge-2019", "reference-mismatch") == []


# -- a margin restated as a share of the vote --------------------------------------------------


@given(
    gap=st.sampled_from(["–", "—", ",", " -"]),
    share=st.sampled_from(["around a quarter", "about a third", "nearly 40 per cent"]),
)
@settings(max_examples=12, deadline=None)
def test_a_share_restating_the_margin_is_not_the_winners(gap: str, share: str) -> None:
    text = f"In Bristol West Thangam Debbonaire won by 28,219 votes{gap} {share} of the vote."
    article = read_prose(Document(path="story.txt", text=text))
    assert [c for c in article.claims if c.kind == "bound"] == []
    assert findings_of(text, "uk-ge-2019", "reference-mismatch") == []


def test_the_winners_own_hedged_share_is_still_checked() -> None:
    # Her share was 62.3%: "around a third" is wrong, "nearly two-thirds" right.
    won = "In Bristol West Thangam Debbonaire won by 28,219 votes and took {share} of the vote."
    wrong = won.format(share="around a third")
    assert [f.text for f in findings_of(wrong, "uk-ge-2019", "reference-mismatch")] == [
        "around a third"
    ]
    right = won.format(share="nearly two-thirds")
    assert findings_of(right, "uk-ge-2019", "reference-mismatch") == []


# -- a region's figure -------------------------------------------------------------------------

_REGION = (
    "Labour's Paul Williams won Stockton South from the Conservatives.\n\n"
    "{where}, Labour's share of the vote rose by {size}."
)


@given(
    where=st.sampled_from(["Across the area", "Across the region", "Regionally"]),
    size=st.sampled_from(["9%", "20%", "3%"]),
)
@settings(max_examples=9, deadline=None)
def test_a_regions_change_is_not_checked_as_the_seats(where: str, size: str) -> None:
    text = _REGION.format(where=where, size=size)
    assert findings_of(text, "uk-ge-2017", "percent-points-confusion") == []


def test_the_seats_own_change_is_still_checked() -> None:
    # Labour's share in Stockton South went from 37.02% to 48.50%, up 11.48 points.
    wrong = _REGION.format(where="In the seat", size="9%")
    assert [f.text for f in findings_of(wrong, "uk-ge-2017", "percent-points-confusion")] == ["9%"]
    right = _REGION.format(where="In the seat", size="11.5 points")
    assert findings_of(right, "uk-ge-2017", "percent-points-confusion") == []


# -- a sitting MP's majority overturned --------------------------------------------------------

_OVERTURNED = (
    "{winner} has been elected as the MP for Canterbury.\n\n"
    "The 45-year-old overturned {held}'s {size} majority, ending a long tenure."
)


def test_an_overturned_majority_is_a_gain_from_the_mp() -> None:
    text = _OVERTURNED.format(
        winner="Labour's Rosie Duffield", held="Sir Julian Brazier", size="near 10,000"
    )
    article = read_prose(Document(path="story.txt", text=text))
    (gain,) = [c for c in article.claims if c.kind == "outcome" and c.verb == "gain"]
    assert gain.grounds is not None
    assert gain.grounds.held_by == "Julian Brazier"
    assert findings_of(text, "uk-ge-2017", "reference-mismatch") == []


def test_an_overturned_majority_where_the_mp_held_on_is_flagged() -> None:
    # Rosie Duffield held Canterbury in 2019: nobody overturned her majority.
    text = _OVERTURNED.format(
        winner="The Conservatives' Anna Firth", held="Rosie Duffield", size="187-vote"
    )
    found = findings_of(text, "uk-ge-2019", "reference-mismatch")
    assert any("not a gain" in f.message for f in found)


@given(verb=st.sampled_from(["hoped to overturn", "failed to overturn", "could not overturn"]))
@settings(max_examples=3, deadline=None)
def test_a_majority_not_overturned_is_no_gain(verb: str) -> None:
    text = f"In Canterbury the Liberal Democrats {verb} Rosie Duffield's majority."
    article = read_prose(Document(path="story.txt", text=text))
    assert [c for c in article.claims if c.kind == "outcome"] == []
