"""A contest list read from prose that holds two candidates of one party is pooled from more
than one seat or election (docs/accuracy.md, "The eighteenth session"): the rules that set a
contest's candidates against each other (places, shares against counts, totals) do not judge
it, and the reason names the two. A list of one seat keeps its findings; two forms of one name
and two Independents are no pooling; a contest given as data is taken as given.

Every sentence and name here is ours, in the layouts the open skeletons showed pooled: a
seat's results list followed by another list (the same seat's previous result, a
neighbouring seat's) with no heading the reader could use, and a place said of one of the
first list's candidates.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import report_of

import factcheck
from factcheck.models import CandidateResult, ContestResult, Figure, Severity, Unit

ONE_SEAT = (
    "Stafford - Conservative hold\n\n"
    "Jane Smith, Conservative - 29,992\n\n"
    "John Brown, Labour - 15,615\n\n"
    "Ann Lee, Liberal Democrat - 3,175\n\n"
    "Jane Smith won with a majority of 14,377, and the Liberal Democrat Ann Lee came {place}.\n"
)
# The list of another election (or seat) that follows with no heading the reader can use.
ANOTHER_LIST = "\nMary Green, {party} - 28,424\n\nPeter White, {other} - 20,695\n"

TWO_TORIES = ANOTHER_LIST.format(party="Conservative", other="Labour")


def _ranks(text: str) -> list[factcheck.Finding]:
    return [f for f in report_of(text, "uk-ge-2019").findings if f.name == "rank-order-mismatch"]


def _reasons(text: str) -> list[str]:
    report = report_of(text, "uk-ge-2019")
    return [n.reason for n in report.not_checked if n.name == "rank-order-mismatch"]


def test_a_wrong_place_in_one_seats_list_is_still_found() -> None:
    # A warning with no fix since the twenty-second session: a place read from prose.
    (f,) = _ranks(ONE_SEAT.format(place="second"))
    assert (f.text, f.severity, f.fix) == ("second", Severity.WARNING, None)
    assert _ranks(ONE_SEAT.format(place="third")) == []


def test_a_list_holding_two_conservatives_is_not_ranked_and_the_reason_names_them() -> None:
    pooled = ONE_SEAT.format(place="third") + TWO_TORIES
    # Against the pooled list the right "third" looks wrong (Mary Green's and Peter White's
    # counts are above Ann Lee's too): it is not judged.
    assert _ranks(pooled) == []
    assert any(
        "Jane Smith and Mary Green are both read as Conservative candidates in Stafford" in r
        for r in _reasons(pooled)
    )
    # A place that is wrong in the pooled list and in the seat's own is not judged either:
    # which candidates are the seat's cannot be told.
    assert _ranks(ONE_SEAT.format(place="second") + TWO_TORIES) == []


@settings(max_examples=6, deadline=None)
@given(party=st.sampled_from(["Labour", "Liberal Democrat", "Conservative"]))
def test_any_party_twice_in_the_list_pools_it(party: str) -> None:
    pooled = ONE_SEAT.format(place="third") + ANOTHER_LIST.format(party=party, other="Labour")
    assert _ranks(pooled) == []
    # A second list whose parties the first does not hold is read as one list with it, and
    # the place set against it (rightly or not: the reader cannot tell) is still judged.
    unpooled = ONE_SEAT.format(place="third") + ANOTHER_LIST.format(
        party="Green Party", other="Reform UK"
    )
    assert [f.text for f in _ranks(unpooled)] == ["third"]


def test_two_independents_and_two_forms_of_one_name_are_no_pooling() -> None:
    independents = (
        "Stafford - Conservative hold\n\n"
        "Jane Smith, Conservative - 29,992\n\n"
        "Tom Hill, Independent - 15,615\n\n"
        "Sue Park, Independent - 3,175\n\n"
        "Sue Park came second.\n"
    )
    (f,) = _ranks(independents)
    assert f.text == "second"
    same_person = ONE_SEAT.format(place="second").replace(
        "Jane Smith won", "Janet Smith, Conservative, won"
    )
    (g,) = _ranks(same_person)
    assert (g.text, g.severity) == ("second", Severity.WARNING)


def test_a_contest_given_as_data_is_ranked_as_given() -> None:
    contest = ContestResult(
        name="Stafford",
        candidates=(
            CandidateResult(name="Jane Smith", party="Conservative", votes=Figure.count(29992)),
            CandidateResult(name="Mary Green", party="Conservative", votes=Figure.count(28424)),
            CandidateResult(
                name="John Brown",
                party="Labour",
                votes=Figure.count(15615),
                rank=Figure.count(2, Unit.RANK),
            ),
        ),
    )
    (f,) = [f for f in factcheck.check(contest).findings if f.name == "rank-order-mismatch"]
    assert f.severity is Severity.ERROR


# -- a sum over the list rests on every figure it summed -------------------------------------

# One count's share implies a total far below the counts listed (a share carried from another
# list would do it): share-votes-mismatch blames no one figure but the list's sum.
LIST = (
    "Julie Minns, Labour - 18,129\n\n"
    "John Stevenson, Conservative - 12,929 ({share})\n\n"
    "Stephen Ward, Reform UK - 9,295\n"
)


def _sums(text: str) -> list[factcheck.Finding]:
    report = report_of(text, "uk-ge-2024")
    return [f for f in report.findings if f.message.startswith("the listed votes add up")]


def test_a_sum_over_a_list_whose_seat_was_inferred_is_not_checked_in_a_story_of_two_seats() -> None:
    story = (
        "Labour won Penrith and Solway.\n\n"
        "In Carlisle, Labour took the seat from the Conservatives.\n\n" + LIST
    )
    assert _sums(story.format(share="55.2%")) == []
    reasons = [n.reason for n in report_of(story.format(share="55.2%"), "uk-ge-2024").not_checked]
    assert any("was given its seat by inference" in r for r in reasons)


def test_a_sum_over_one_seats_list_is_still_reported() -> None:
    story = "Carlisle result\n\n" + LIST
    (f,) = _sums(story.format(share="55.2%"))
    assert f.severity is Severity.ERROR
    # Related places point at the figures summed.
    assert {r.message for r in f.related} >= {"Julie Minns's votes", "John Stevenson's share"}
    # A share that fits the listed counts (12,929 of 40,353 is 32.04%) raises no sum.
    assert _sums(story.format(share="32.0%")) == []
