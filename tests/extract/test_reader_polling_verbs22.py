"""More verbs of polling before a bare count (issue 8, twenty-second session): "Susan van de
Ven managed 12,102", "Ricky Knight of the Green Party claimed 753", "Peter Whittle earned
6,481", "racked up 15,377", "achieved 12,026": five outlets wrote a person's count after one of
these words with no "votes" after it, and the reader left it unread. ("took home", a sixth
outlet's, is not among them: "home" after "took" is read as a place won, which loosens the
seat.)

Each test reads sentences written here in the pattern seen, and checks that the reading lets
a rule fire on a wrong figure and stay silent on the right one.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import CandidateResult, Document, Severity


def _candidates(text: str) -> dict[str, CandidateResult]:
    article = read_prose(Document(path="story.txt", text=text))
    return {c.name or c.party or "": c for contest in article.contests for c in contest.candidates}


# Macclesfield 2017: David Rutley (Conservative) 28,595, Neil Puttick (Labour) 19,987.
_STORY = (
    "Conservative David Rutley has won back his seat in Macclesfield, winning 28,595 votes.\n\n"
    "{sentence}"
)
_VERBS = st.sampled_from(["managed", "claimed", "earned", "achieved", "racked up"])


@settings(max_examples=25, deadline=None)
@given(verb=_VERBS, votes=st.integers(min_value=19_900, max_value=20_100).filter(lambda v: v % 10))
def test_a_bare_count_after_one_of_the_new_verbs_is_the_person_s_votes(
    verb: str, votes: int
) -> None:
    text = _STORY.format(sentence=f"Labour's Neil Puttick {verb} {votes:,}.")
    puttick = _candidates(text)["Neil Puttick"]
    assert puttick.votes is not None
    assert puttick.votes.value == votes
    found = [f for f in findings_of(text, "uk-ge-2017") if f.text == f"{votes:,}"]
    assert bool(found) is (votes != 19_987)
    assert all(f.severity is Severity.ERROR for f in found)


def test_the_second_person_of_a_while_clause_managed_their_own_count() -> None:
    # "Mr Kearney secured 7,797 votes, while Ms Lynch took in 2,362": the count after the
    # verb is the person named just before it, not the sentence's first person.
    for votes, wrong in (("19,987", False), ("18,987", True)):
        text = _STORY.format(
            sentence=f"Mr Rutley secured 28,595 votes, while Neil Puttick managed {votes}."
        )
        cands = _candidates(text)
        assert cands["Neil Puttick"].votes is not None
        assert cands["Neil Puttick"].votes.value == int(votes.replace(",", ""))
        found = [f for f in findings_of(text, "uk-ge-2017") if f.text == votes]
        assert bool(found) is wrong


def test_a_party_after_of_then_claimed_is_the_person_s_party_and_count() -> None:
    text = _STORY.format(sentence="Neil Puttick of the Labour Party claimed 18,987.")
    found = [f for f in findings_of(text, "uk-ge-2017") if f.text == "18,987"]
    assert [f.name for f in found] == ["reference-mismatch"]
    text = _STORY.format(sentence="Neil Puttick of the Labour Party claimed 19,987.")
    assert not [f for f in findings_of(text, "uk-ge-2017") if f.text == "19,987"]


def test_a_change_or_an_earlier_election_s_count_is_not_this_election_s_level() -> None:
    for sentence in (
        "Neil Puttick managed 5,000 more votes than in 2015.",
        "Neil Puttick earned 5,000 fewer votes than last time.",
        "Neil Puttick managed to win 14,000.",
    ):
        text = _STORY.format(sentence=sentence)
        puttick = _candidates(text).get("Neil Puttick", CandidateResult(name="x"))
        assert puttick.votes is None, sentence


def test_a_count_dated_to_an_earlier_election_stays_that_election_s() -> None:
    text = _STORY.format(sentence="In 2015, Labour's Neil Puttick managed 14,000.")
    puttick = _candidates(text)["Neil Puttick"]
    assert puttick.votes is not None
    assert puttick.votes.grounds is not None
    assert "2015" in puttick.votes.grounds.election
    # Not set against the 2017 record's 19,987.
    assert not [f for f in findings_of(text, "uk-ge-2017") if f.text == "14,000"]
