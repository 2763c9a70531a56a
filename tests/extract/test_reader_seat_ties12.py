"""Which seat and which election a figure belongs to (issue 8, twelfth session): a seat named
only as an exception ("… and every other seat in the county, except in Lincoln"), a year that
dates its own noun phrase and not the purpose clause after it ("X's 2,137 majority of the
2015 general election to win a majority of 4,174"), a comparison after a dash ("76.1% –
nearly identical to the 2017 election"), a turnout's earlier level after the one it reached
("turnout rising to 70% from 67.8%"), a seat named only in a later clause about someone else,
"respectively" pairing people with seats, a count "for" a party before a rival's clause, a
seat stood in at another election or named as a past title, a share of MPs, a "when" clause
after a year compared with, and the seat opening a person's clause ("In A, …", "A, where …").

Each test reads sentences written here in the pattern seen, and checks that a rule fires on a
wrong figure and stays silent on the right one; names and figures are the record's.
"""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from story_files import findings_of, ranked_seats_2019, seats_read

from factcheck.extract.entities import contest_matcher, find_people, names_excepted_seat
from factcheck.extract.reader import read_prose
from factcheck.models import CandidateResult, Document, OutcomeClaim, Severity

# -- a seat named only as an exception --------------------------------------------------------

_EXCEPT = (
    "Matt Warman held Boston and Skegness for the Conservatives.\n\n"
    "The Tories won the seat with a {majority} majority and every other seat in the county, "
    "{lead} Lincoln."
)
_LEADS = ["except in", "except", "apart from", "other than", "excluding", "save for"]


@given(lead=st.sampled_from(_LEADS))
@settings(max_examples=12, deadline=None)
def test_a_wrong_majority_before_an_excepted_seat_is_checked_in_the_seat_before(
    lead: str,
) -> None:
    (finding,) = findings_of(_EXCEPT.format(majority="15,572", lead=lead), "uk-ge-2017")
    assert finding.text == "15,572"
    assert "Boston and Skegness" in finding.message
    assert "Lincoln" not in finding.message


@given(lead=st.sampled_from(_LEADS))
@settings(max_examples=12, deadline=None)
def test_the_right_majority_before_an_excepted_seat_is_silent(lead: str) -> None:
    # Checked in Lincoln (majority 1,538), it was an error.
    assert findings_of(_EXCEPT.format(majority="16,572", lead=lead), "uk-ge-2017") == []


_EXCEPT_WHERE = (
    "Matt Warman held Boston and Skegness for the Conservatives.\n\n"
    "The Tories won every seat in the county apart from Lincoln, where Labour won with a "
    "majority of {majority}."
)


def test_a_clause_about_the_excepted_seat_is_its_own() -> None:
    (finding,) = findings_of(_EXCEPT_WHERE.format(majority="1,583"), "uk-ge-2017")
    assert "Lincoln" in finding.message
    assert findings_of(_EXCEPT_WHERE.format(majority="1,538"), "uk-ge-2017") == []


def test_the_matcher_sets_apart_only_a_seat_with_no_clause_of_its_own() -> None:
    bare = "The Tories won every seat in the county except Lincoln."
    where = "The Tories won every seat in the county except Lincoln, where Labour won."
    named = "The Tories held Lincoln and Boston and Skegness."
    for text, excepted in ((bare, True), (where, False), (named, False)):
        (seat,) = [c for c in contest_matcher().find(text) if c.name == "Lincoln"]
        assert names_excepted_seat(text, seat) is excepted


# -- a year dates its own noun phrase, not the purpose clause after it -------------------------

_PURPOSE = (
    "In Cardiff North, Anna McMorrin overturned {earlier} to {verb} a majority of {majority}."
)
_EARLIER = [
    "Craig Williams's 2,137 majority of the 2015 general election",
    "Craig Williams's 2015 majority",
    "the 2015 majority of Craig Williams",
    "the Conservatives' 2015 majority",
]


@given(earlier=st.sampled_from(_EARLIER), verb=st.sampled_from(["win", "secure", "take"]))
@settings(max_examples=20, deadline=None)
def test_a_wrong_majority_in_the_purpose_clause_is_checked_as_the_storys(
    earlier: str, verb: str
) -> None:
    text = _PURPOSE.format(earlier=earlier, verb=verb, majority="4,714")
    (finding,) = findings_of(text, "uk-ge-2017")
    assert finding.text == "4,714"
    assert "uk-ge-2017" in finding.message  # not 2015's 2,137


@given(earlier=st.sampled_from(_EARLIER), verb=st.sampled_from(["win", "secure", "take"]))
@settings(max_examples=20, deadline=None)
def test_the_right_majority_in_the_purpose_clause_is_silent(earlier: str, verb: str) -> None:
    text = _PURPOSE.format(earlier=earlier, verb=verb, majority="4,174")
    assert findings_of(text, "uk-ge-2017") == []


_VERB_DATED = (
    "Labour won Cardiff North. In 2015 Craig Williams took the seat to win a majority of "
    "{majority}."
)


def test_a_year_dating_the_verb_still_dates_its_purpose_clause() -> None:
    (finding,) = findings_of(_VERB_DATED.format(majority="2,173"), "uk-ge-2017")
    assert "uk-ge-2015" in finding.message
    assert findings_of(_VERB_DATED.format(majority="2,137"), "uk-ge-2017") == []


# -- a comparison after a dash does not date the figure before it ------------------------------

_LIKE = "The turnout for Bristol West was {turnout}%{gap}the 2017 election."
_GAPS = [" – nearly identical to ", " — much the same as in ", " - similar to ", ", close to "]


@given(gap=st.sampled_from(_GAPS))
@settings(max_examples=8, deadline=None)
def test_a_wrong_turnout_compared_with_an_earlier_year_is_the_storys(gap: str) -> None:
    (finding,) = findings_of(_LIKE.format(turnout="74.1", gap=gap), "uk-ge-2019")
    assert "uk-ge-2019" in finding.message


@given(gap=st.sampled_from(_GAPS))
@settings(max_examples=8, deadline=None)
def test_the_right_turnout_compared_with_an_earlier_year_is_silent(gap: str) -> None:
    # Checked against 2017's 77%, it was an error.
    assert findings_of(_LIKE.format(turnout="76.1", gap=gap), "uk-ge-2019") == []


def test_a_year_in_the_figures_own_clause_still_dates_it() -> None:
    text = "The turnout for Bristol West in the 2017 election was 74.1%."
    (finding,) = findings_of(text, "uk-ge-2019")
    assert "uk-ge-2017" in finding.message


# -- a turnout's earlier level after the level it reached ---------------------------------------

_ROSE = (
    "In Hastings and Rye, Peter Chowney lifted Labour's vote by 7,432 as turnout rose to "
    "{now}% from {then}%."
)


def test_the_level_a_turnout_rose_from_is_the_earlier_turnout_not_a_share() -> None:
    article = read_prose(Document(path="story.txt", text=_ROSE.format(now="70", then="67.8")))
    (fig,) = [f for f in article.read_figures().values() if f.text == "67.8"]
    assert fig.grounds is not None
    assert "turnout" in fig.grounds.what
    assert "election" in fig.grounds.loose  # the election before, inferred
    found = findings_of(_ROSE.format(now="70", then="67.8"), "uk-ge-2017")
    assert found == []  # it was an error: Sarah Owen's 2015 share is 35.13%


@given(then=st.sampled_from(["61.2", "67.8", "64.5"]))
@settings(max_examples=6, deadline=None)
def test_a_wrong_turnout_reached_still_fires_and_its_earlier_level_is_no_error(
    then: str,
) -> None:
    found = findings_of(_ROSE.format(now="72", then=then), "uk-ge-2017")
    assert [f.text for f in found] == ["72%"]
    assert all(f.severity is not Severity.ERROR or f.text == "72%" for f in found)


# -- a seat named only in a later clause, about someone else ----------------------------------

_LATER = (
    "Drew Hendry won his seat by {majority} votes in 2019, while Ian Blackford took the Ross, "
    "Skye and Lochaber seat by a similar margin."
)


def test_a_figure_before_a_later_clause_about_another_seat_is_not_that_seats() -> None:
    # Hendry's 2019 majority in his own seat: checked against Ross, Skye and Lochaber's
    # (9,443) it was a warning.
    assert findings_of(_LATER.format(majority="10,440"), "uk-ge-2024") == []
    article = read_prose(Document(path="story.txt", text=_LATER.format(majority="10,440")))
    assert all(c.name != "Ross, Skye and Lochaber" or c.majority is None for c in article.contests)


_SAME_CLAUSE = (
    "Ian Blackford won Ross, Skye and Lochaber by {majority} votes in 2019, while Drew Hendry "
    "held his seat."
)


def test_a_figure_in_the_seats_own_clause_is_still_checked_there() -> None:
    (finding,) = findings_of(_SAME_CLAUSE.format(majority="9,434"), "uk-ge-2024")
    assert "Ross, Skye and Lochaber" in finding.message
    assert findings_of(_SAME_CLAUSE.format(majority="9,443"), "uk-ge-2024") == []


# -- "respectively" pairs the people with the seats in order ----------------------------------


@given(data=st.data())
@settings(max_examples=25, deadline=None)
def test_respectively_gives_each_person_the_seat_in_the_same_place(data: st.DataObject) -> None:
    seats = _written_seats()
    first = data.draw(st.sampled_from(seats))
    second = data.draw(st.sampled_from([s for s in seats if s[0] != first[0]]))
    (seat_a, winner_a, _), (seat_b, winner_b, _) = first, second
    assume(winner_a.name.split()[-1] != winner_b.name.split()[-1])
    assume(_all_named(f"{winner_a.name} and {winner_b.name} won.", [winner_a.name, winner_b.name]))
    votes = winner_b.votes.value if winner_b.votes is not None else 0
    text = "{a} and {b} won {sa} and {sb} respectively, and {b} polled {v} votes."
    right = text.format(a=winner_a.name, b=winner_b.name, sa=seat_a, sb=seat_b, v=f"{votes:,}")
    wrong = text.format(a=winner_a.name, b=winner_b.name, sa=seat_a, sb=seat_b, v=f"{votes + 90:,}")
    assert seats_read(right).get(winner_b.name) == seat_b
    (finding,) = findings_of(wrong, "uk-ge-2019")
    assert seat_b in finding.message
    assert findings_of(right, "uk-ge-2019") == []


def test_without_respectively_the_person_takes_the_next_seat_named() -> None:
    text = "Kerry McCarthy held Bristol East and Karin Smyth held Bristol South."
    assert seats_read(text).get("Karin Smyth") == "Bristol South"


# -- "for" the party, then another clause naming a rival ----------------------------------------

_FOR_THEN_RIVAL = (
    "In Ross, Skye and Lochaber, Gavin Berkenheger polled {tory} votes for the Tories with "
    "Labour's John Erskine claiming 2,448."
)


def test_a_count_for_a_party_is_not_the_rival_named_in_the_next_clause() -> None:
    # Read as John Erskine's (official 2,448), the right 6,900 was a finding.
    assert findings_of(_FOR_THEN_RIVAL.format(tory="6,900"), "uk-ge-2019") == []
    (finding,) = findings_of(_FOR_THEN_RIVAL.format(tory="6,090"), "uk-ge-2019")
    assert "Gavin Berkenheger" in finding.message


def test_a_count_for_a_person_named_with_their_title_is_still_theirs() -> None:
    text = "In Ross, Skye and Lochaber, {v} votes went to Labour candidate John Erskine."
    (finding,) = findings_of(text.format(v="2,484"), "uk-ge-2019")
    assert "John Erskine" in finding.message
    assert findings_of(text.format(v="2,448"), "uk-ge-2019") == []


# -- a seat someone stood in at another election, in a profile of their seat now ----------------

_PROFILE = (
    "Great Yarmouth: Rupert Lowe\n\n"
    "Rupert Lowe has promised to move to Great Yarmouth.\n\n"
    "His first foray into politics was in {year} when he {verb} the Referendum Party in "
    "North Cotswolds.\n\n"
    "Turnout: {turnout}%"
)
_STOOD = ["stood for", "ran for", "fought the seat for"]


def _written_seats() -> list[tuple[str, CandidateResult, list[CandidateResult]]]:
    """The record's 2019 seats as copy writes them: not "Richmond (Yorks)", whose bracket
    no story prints."""
    return [s for s in ranked_seats_2019() if "(" not in s[0]]


def _all_named(text: str, names: list[str]) -> bool:
    """Does the person finder find each of ``names`` in ``text`` (not "June Davies", whose
    given name is a month, which is the finder's matter, not these tests')?"""
    seats = [c.span for c in contest_matcher().find(text)]
    return set(names) <= {p.name for p in find_people(text, seats)}


def _turnout_seat(text: str) -> str | None:
    doc = Document(path="a.md", text=text, metadata={"election": "uk-ge-2024"})
    (seat,) = [c.name for c in read_prose(doc).contests if c.turnout is not None]
    return seat


@given(verb=st.sampled_from(_STOOD))
@settings(max_examples=6, deadline=None)
def test_a_seat_stood_in_at_another_election_does_not_take_the_profiles_figures(
    verb: str,
) -> None:
    right = _PROFILE.format(year="1997", verb=verb, turnout="56")
    assert _turnout_seat(right) == "Great Yarmouth"
    assert findings_of(right, "uk-ge-2024") == []
    (finding,) = findings_of(_PROFILE.format(year="1997", verb=verb, turnout="59"), "uk-ge-2024")
    assert "Great Yarmouth" in finding.message


def test_a_seat_stood_in_at_the_storys_election_is_the_seat_the_story_turns_to() -> None:
    # (A seat contested in 2024: one abolished then is no seat of a 2024 story's at all.)
    text = _PROFILE.format(year="2024", verb="stood for", turnout="56")
    assert _turnout_seat(text) == "North Cotswolds"


def test_the_seat_the_story_is_on_stays_when_its_past_is_told() -> None:
    text = (
        "Clwyd South\n\n"
        "Clwyd South was only seventh on the party's list of targets.\n\n"
        "Boris Johnson unsuccessfully contested the Clwyd South constituency in 1997.\n\n"
        "Turnout: 56%"
    )
    doc = Document(path="a.md", text=text, metadata={"election": "uk-ge-2019"})
    assert [c.name for c in read_prose(doc).contests if c.turnout is not None] == ["Clwyd South"]


# -- a share of the House's members is no seat's figure ----------------------------------------

_MEMBERS = (
    "Anna McMorrin won Cardiff North for Labour.\n\n"
    "Overall 32% of MPs are women. For Labour the figure is 45%, and {share}% for the "
    "Conservatives."
)


@given(share=st.sampled_from(["21", "30", "42.1"]))
@settings(max_examples=6, deadline=None)
def test_a_share_of_the_members_is_not_a_candidates_share(share: str) -> None:
    # Read as Craig Williams's share (42.11%), the 21% of Conservative MPs was an error.
    assert findings_of(_MEMBERS.format(share=share), "uk-ge-2017") == []


def test_a_partys_share_of_the_vote_in_the_seat_is_still_checked() -> None:
    text = (
        "Anna McMorrin won Cardiff North for Labour.\n\n"
        "The Conservatives took {share}% of the vote."
    )
    (finding,) = findings_of(text.format(share="38"), "uk-ge-2017")
    assert "Craig Williams" in finding.message
    assert findings_of(text.format(share="42.1"), "uk-ge-2017") == []


_PLAIN_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+")


@given(data=st.data())
@settings(max_examples=20, deadline=None)
def test_respectively_gives_each_person_their_own_seats_hold(data: st.DataObject) -> None:
    seats = _written_seats()
    picked = data.draw(
        st.lists(st.sampled_from(seats), min_size=3, max_size=3, unique_by=lambda s: s[0])
    )
    names = [won.name for _, won, _ in picked]
    assume(len({n.split()[-1] for n in names}) == 3)
    assume(all(_PLAIN_NAME.fullmatch(n) for n in names))  # not "Jeffrey M. Donaldson"
    assume(_all_named("{}, {} and {} won.".format(*names), names))
    text = "{}, {} and {} held {}, {} and {} respectively.\n\n{} polled {} votes."
    last = picked[-1][1]
    votes = int(last.votes.value) if last.votes is not None else 0
    seat_names = [s for s, _, _ in picked]

    def story(count: int) -> str:
        return text.format(*names, *seat_names, names[-1], f"{count:,}")

    held = {
        (c.contest, c.candidate)
        # (The story's election told: "Ogmore and Rhondda" are two seats in 2019, 2024's one.)
        for c in read_prose(Document(path="a.txt", text=story(votes)), election="uk-ge-2019").claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    }
    assert held == set(zip(seat_names, names, strict=True))
    found = findings_of(story(votes + 1000), "uk-ge-2019")
    wrong = [f for f in found if (f.text or "x")[0].isdigit()]
    assert [f.text for f in wrong] == [f"{votes + 1000:,}"]
    assert seat_names[-1] in wrong[0].message
    assert [f for f in findings_of(story(votes), "uk-ge-2019") if f.text == f"{votes:,}"] == []


# -- a "when" clause after a year compared with is that year's ---------------------------------

_COMPARED_WHEN = (
    "In Cardiff North, Labour's vote rose sharply when {compared} 2015 when Craig Williams "
    "attracted {votes} votes."
)


@given(compared=st.sampled_from(["compared to", "compared with"]))
@settings(max_examples=6, deadline=None)
def test_a_count_in_the_when_clause_of_a_year_compared_with_is_not_the_storys(
    compared: str,
) -> None:
    # Craig Williams's 2017 count is 21,907: his 2015 one, read as 2017's, was a finding.
    text = _COMPARED_WHEN.format(compared=compared, votes="19,136")
    assert findings_of(text, "uk-ge-2017") == []
    article = read_prose(Document(path="a.md", text=text, metadata={"election": "uk-ge-2017"}))
    (fig,) = [f for f in article.read_figures().values() if f.text == "19,136"]
    assert fig.grounds is not None
    assert "election" in fig.grounds.loose


def test_the_same_count_in_a_clause_of_its_own_is_checked() -> None:
    text = "In Cardiff North, Craig Williams attracted {votes} votes."
    (finding,) = findings_of(text.format(votes="19,136"), "uk-ge-2017")
    assert "21,907" in finding.message
    assert findings_of(text.format(votes="21,907"), "uk-ge-2017") == []


# -- a person's past title in an aside does not turn the story ------------------------------------

_PAST_TITLE = (
    "Constituents in Inverness, Skye and West Ross-shire must wait until Saturday.\n\n"
    "Drew Hendry, who had been {title} for Inverness, Nairn, Badenoch and Strathspey, is "
    "seeking re-election.\n\n"
    "Angus MacDonald polled {votes} votes."
)


@given(title=st.sampled_from(["SNP MP", "the MP", "the SNP member"]))
@settings(max_examples=6, deadline=None)
def test_a_past_title_in_an_aside_leaves_the_story_on_its_seat(title: str) -> None:
    (finding,) = findings_of(_PAST_TITLE.format(title=title, votes="15,000"), "uk-ge-2024")
    assert "Inverness, Skye and West Ross-shire" in finding.message
    assert findings_of(_PAST_TITLE.format(title=title, votes="18,159"), "uk-ge-2024") == []


def test_a_seat_the_story_names_outright_still_turns_it() -> None:
    text = (
        "Constituents in Inverness, Skye and West Ross-shire must wait until Saturday.\n\n"
        "In Caithness, Sutherland and Easter Ross, Jamie Stone is seeking re-election.\n\n"
        "Angus MacDonald polled 10,000 votes."
    )
    # Read in the seat named last, where Angus MacDonald did not stand: not checked there.
    # (A seat contested in 2024: Inverness, Nairn, Badenoch and Strathspey, abolished then,
    # is no seat of a 2024 story's, named outright or not.)
    assert all("Inverness, Skye" not in f.message for f in findings_of(text, "uk-ge-2024"))


# -- the seat that opens a person's clause is theirs -----------------------------------------------

_OPENING = "In {a}, {winner} won with {votes} votes, while in {b} {other} held on."


@given(data=st.data())
@settings(max_examples=25, deadline=None)
def test_the_seat_opening_a_clause_is_its_persons(data: st.DataObject) -> None:
    seats = _written_seats()
    first = data.draw(st.sampled_from(seats))
    second = data.draw(st.sampled_from([s for s in seats if s[0] != first[0]]))
    (seat_a, winner, _), (seat_b, other, _) = first, second
    assume(_all_named(f"{winner.name} and {other.name} won.", [winner.name, other.name]))
    assume(_PLAIN_NAME.fullmatch(winner.name) and _PLAIN_NAME.fullmatch(other.name))
    votes = int(winner.votes.value) if winner.votes is not None else 0

    def story(count: int) -> str:
        return _OPENING.format(
            a=seat_a, winner=winner.name, votes=f"{count:,}", b=seat_b, other=other.name
        )

    assert seats_read(story(votes)).get(winner.name) == seat_a  # not the seat named next
    wrong = [f for f in findings_of(story(votes + 90), "uk-ge-2019") if f.text == f"{votes + 90:,}"]
    assert len(wrong) == 1
    assert seat_a in wrong[0].message
    assert [f for f in findings_of(story(votes), "uk-ge-2019") if f.text == f"{votes:,}"] == []


_LOST_OPENING = (
    "In Glasgow South West, Ian Davidson lost his seat to {winner}, while in Glasgow North "
    "East a record swing saw Willie Bain lose to Anne McLaughlin."
)


def test_a_seat_lost_in_the_clause_a_seat_opens_is_that_seat() -> None:
    (finding,) = findings_of(_LOST_OPENING.format(winner="the Conservatives"), "uk-ge-2015")
    assert "Glasgow South West" in finding.message
    assert findings_of(_LOST_OPENING.format(winner="the SNP's Chris Stephens"), "uk-ge-2015") == []


_WHERE = "Voters went to {a}, where {p} polled {v} votes, and to {b}, where {q} won again."


@given(data=st.data())
@settings(max_examples=25, deadline=None)
def test_a_person_in_the_where_clause_of_a_seat_is_that_seats(data: st.DataObject) -> None:
    seats = _written_seats()
    first = data.draw(st.sampled_from(seats))
    second = data.draw(st.sampled_from([s for s in seats if s[0] != first[0]]))
    (seat_a, winner, _), (seat_b, other, _) = first, second
    assume(_all_named(f"{winner.name} and {other.name} won.", [winner.name, other.name]))
    assume(_PLAIN_NAME.fullmatch(winner.name) and _PLAIN_NAME.fullmatch(other.name))
    votes = int(winner.votes.value) if winner.votes is not None else 0

    def story(count: int) -> str:
        return _WHERE.format(a=seat_a, p=winner.name, v=f"{count:,}", b=seat_b, q=other.name)

    assert seats_read(story(votes)).get(winner.name) == seat_a  # not the seat named next
    found = findings_of(story(votes + 90), "uk-ge-2019")
    wrong = [f for f in found if f.text == f"{votes + 90:,}"]
    assert len(wrong) == 1
    assert seat_a in wrong[0].message
    assert [f for f in findings_of(story(votes), "uk-ge-2019") if f.text == f"{votes:,}"] == []


def test_a_where_clause_after_a_list_of_seats_stays_unsure() -> None:
    # "where" may speak of every seat listed: the person's seat is not read from it.
    text = (
        "The party grew its vote in South Down and Upper Bann, where sitting MP Carla "
        "Lockhart won 21,642 votes."
    )
    article = read_prose(Document(path="a.md", text=text, metadata={"election": "uk-ge-2024"}))
    (fig,) = [f for f in article.read_figures().values() if f.text == "21,642"]
    assert fig.grounds is not None
    assert "seat" in fig.grounds.loose
    assert all(f.severity is not Severity.ERROR for f in findings_of(text, "uk-ge-2024"))
