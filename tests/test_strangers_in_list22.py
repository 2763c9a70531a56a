"""A contest read from prose holding someone the record says did not stand there
(twenty-second session, docs/accuracy.md, "Wrong errors on the opened batch").

The reader may read a past MP's or a past winner's count into this election's list ("up
from the 24,104 votes Anne Campbell won in 2001" with the year in another paragraph). Set
against the others, that count makes a false place or total, however explicitly each figure
was tied. With a record to look in, a contest holding a person, named in full, whom the
record does not have among that seat's candidates (not even by a misspelt surname) is not
set against itself: the rules that weigh candidates against each other do not check it, and
say why.

Every sentence is ours; the counts are the bundled record's: Cambridge 2017 (Daniel
Zeichner, Labour, 29,032; Julian Huppert, Liberal Democrat, 16,371; John Hayward,
Conservative, 9,133; Stuart Tuckwood, Green Party, 1,265). Anne Campbell was the seat's
Labour MP from 1992 to 2005 and did not stand in 2017.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from story_files import findings_of, report_of

from factcheck.models import CandidateResult
from factcheck.reference.matching import stranger_to

RANK = "rank-order-mismatch"
LIST = (
    "Labour hold Cambridge\n\n"
    "Daniel Zeichner took 29,032 votes, the party's best in the seat since {past}.\n\n"
    "2nd – Julian Huppert – Liberal Democrat: 16,371\n\n"
    "{place} – John Hayward – Conservative: 9,133\n\n"
    "4th – Stuart Tuckwood – Green: 1,265\n"
)


def _story(past: str, place: str = "3rd") -> str:
    return LIST.format(past=past, place=place)


PAST_MP = "Anne Campbell won 27,436"


def test_a_past_mp_read_into_the_list_makes_no_place_error() -> None:
    # Right places, but the past MP's count read into the list puts her ahead of them all.
    text = _story(PAST_MP)
    assert findings_of(text, "uk-ge-2017", rule=RANK) == []
    reasons = [n.reason for n in report_of(text, "uk-ge-2017").not_checked if n.name == RANK]
    assert any(
        r.startswith("not checked: Anne Campbell did not stand in Cambridge in uk-ge-2017")
        for r in reasons
    )


def test_without_the_stranger_the_same_list_is_checked() -> None:
    # No one but this election's candidates: a wrong place in the list is found (a
    # warning, as any place read from prose), and the right one is silent.
    (f,) = findings_of(_story("1997", place="2nd"), "uk-ge-2017", rule=RANK)
    assert f.text == "2nd"
    assert "John Hayward is said to have come second" in f.message
    assert findings_of(_story("1997"), "uk-ge-2017", rule=RANK) == []


def test_stranger_to() -> None:
    cands = [CandidateResult(name="Nick Belfitt"), CandidateResult(name="Christopher Wilford")]
    assert stranger_to("Andrew Turner", cands)
    assert not stranger_to("Nicholas Belfitt", cands)
    assert not stranger_to("Chris Wildford", cands)
    assert not stranger_to("Turner", cands)  # a surname alone may be anyone's


@given(st.sampled_from(["Nick Belfitt", "Christopher Wilford"]), st.booleans())
def test_every_candidate_is_no_stranger_to_their_own_list(name: str, upper: bool) -> None:
    cands = [CandidateResult(name="Nick Belfitt"), CandidateResult(name="Christopher Wilford")]
    assert not stranger_to(name.upper() if upper else name, cands)
