"""Gains and holds in wordings left unread on the real-copy skeletons (nineteenth session,
issue 8), each written in three outlets or more.

- A passive of ousting said of a pronoun: "He was unseated by Labour's Jane Smith", "… came
  to an end as he was defeated by Conservative John Brown", "He was beaten by John Brown"
  (eight outlets). The named form ("Jane Smith was unseated by …") was read; the pronoun
  stands for the person the sentence before named (``last_person``), or the one person named
  before it in its own sentence. A gain by the one after "by", read loosely as the named form
  is (the one beaten is the news: the sitting MP), and not where the sentence also says a
  seat was held ("She was beaten by John Brown, who held the seat").
- "lost out to" is "lost to": a text with no figure had been skipped for it (its wording was
  missing from the cue the reader looks for first) and read for "lost to", while a text with
  a figure read both alike. Of the ten open labels of the wording, eight are gains; "lost out
  again" and "failed to win …, losing out to" are not, and are read as no gain.
- A person "returned" with no title after it: "was returned again for Gower", "having been
  returned in the general election", "was returned comfortably.", "had been returned with an
  increased majority" (five outlets, each labelled a hold). "returned as MP for", "returned to
  Parliament" were read already (a return is the sitting MP's: a hold by implication); not
  "returned to the count", nor a return at another election.
- A person's re-election as a noun: "celebrates her re-election as MP for Gower", "has
  hailed his re-election", "following his re-election with a majority of", "ensured his
  re-election" (four outlets): the hold of the one named before it ("saw the re-election of
  X" and "securing re-election" were read already); not "seeking re-election", "his
  re-election campaign", nor a re-election at another election.
- The sitting member's words before the one beaten: "defeating incumbent Jane Smith",
  "ousting incumbent Labour MP Jane Smith", "beat outgoing MP Jane Smith", "unseated the
  long-standing MP Jane Smith", "defeated former junior minister Jane Smith" (five outlets):
  the one beaten is named after them, as after "former First Minister" already.

The sentences are ours. Mansfield in 2017 (the record): Ben Bradley (Conservative) took it
from Labour's Alan Meale. Bassetlaw in 2017: John Mann held it for Labour.
"""

from __future__ import annotations

import pytest
from story_files import findings_of, outcomes_of

from factcheck.models import Severity

# A passive of ousting said of a pronoun.


@pytest.mark.parametrize(
    "text",
    [
        "Labour's Alan Meale had held Mansfield since 1987. He was unseated by Conservative "
        "Ben Bradley.",
        "Labour's Alan Meale stood again in Mansfield. He was narrowly beaten by the "
        "Conservatives' Ben Bradley.",
        "Labour's Alan Meale lost his seat in Mansfield. He has been ousted by Conservative "
        "Ben Bradley.",
    ],
)
def test_a_pronoun_ousted_by_someone_is_their_gain(text: str) -> None:
    # (The party it was from is the pronoun's person's when the story gave them one.)
    assert ("Mansfield", "Conservative", "gain") in {o[:3] for o in outcomes_of(text)}
    assert findings_of(text, "uk-ge-2017") == []


def test_a_pronoun_in_a_clause_is_the_one_person_named_before_it() -> None:
    text = (
        "Alan Meale's 30 years as the MP for Mansfield came to an end as he was defeated by "
        "Conservative Ben Bradley."
    )
    assert ("Mansfield", "Conservative", "gain") in {o[:3] for o in outcomes_of(text)}
    assert findings_of(text, "uk-ge-2017") == []


@pytest.mark.parametrize(
    "text",
    [
        "Labour's Alan Meale had held Mansfield since 1987. He was unseated by Liberal "
        "Democrat Jane Smith.",
        "Alan Meale's 30 years as the MP for Mansfield came to an end as he was defeated by "
        "Labour's Jane Smith.",
    ],
)
def test_a_pronoun_ousted_by_the_wrong_party_is_found(text: str) -> None:
    (finding,) = findings_of(text, "uk-ge-2017")
    assert "Mansfield" in finding.message
    # A gain by implication: a warning at most, never a fix.
    assert finding.severity is Severity.WARNING
    assert finding.fix is None


@pytest.mark.parametrize(
    "text",
    [
        # The one beaten was a challenger: the sentence says the seat was held.
        "Conservative Jane Smith stood in Bassetlaw. She was beaten by Labour's John Mann, who "
        "held the seat.",
        # Another election.
        "Alan Meale stood in Mansfield. He was ousted by Conservative Ben Bradley in 2015.",
        # Not a passive of ousting.
        "Alan Meale stood in Mansfield. He was beaten into second place by Ben Bradley.",
    ],
)
def test_a_pronoun_beaten_where_nothing_changed_hands_is_no_gain(text: str) -> None:
    assert not any(verb == "gain" for _, _, verb, _ in outcomes_of(text))
    assert findings_of(text, "uk-ge-2017") == []


def test_a_pronoun_between_two_people_named_is_left_alone() -> None:
    # Whom "he" stands for is unsure with two people named before it.
    text = "Alan Meale thanked Tom Smith in Mansfield, but he was ousted by Jane Brown."
    assert not any(verb == "gain" for _, _, verb, _ in outcomes_of(text))


# "lost out to" is "lost to", with no figure in the text.


def test_lost_out_to_is_read_without_a_figure() -> None:
    text = "Labour's Alan Meale lost out to Conservative Ben Bradley in Mansfield."
    assert ("Mansfield", "Conservative", "gain", "Labour") in outcomes_of(text)
    assert findings_of(text, "uk-ge-2017") == []


def test_lost_out_to_the_wrong_winner_is_found() -> None:
    text = "Conservative Ben Bradley lost out to Labour's Alan Meale in Mansfield."
    found = findings_of(text, "uk-ge-2017")
    assert found
    assert {f.severity for f in found} == {Severity.WARNING}


@pytest.mark.parametrize(
    "text",
    [
        "Conservative Jane Smith lost out again to Labour's John Mann in Bassetlaw.",
        "Conservative Jane Smith failed to win Bassetlaw, losing out to Labour's John Mann.",
    ],
)
def test_a_challenger_losing_out_is_no_gain(text: str) -> None:
    assert not any(verb == "gain" for _, _, verb, _ in outcomes_of(text))
    assert findings_of(text, "uk-ge-2017") == []


# A person "returned".


@pytest.mark.parametrize(
    "text",
    [
        "Labour's John Mann was returned again for Bassetlaw.",
        "Bassetlaw MP John Mann having been returned in the general election, Labour celebrated.",
        "In Bassetlaw, Labour's John Mann was returned comfortably.",
        "In Bassetlaw, Labour's John Mann had been returned with a majority of 4,852.",
    ],
)
def test_a_person_returned_held_the_seat(text: str) -> None:
    assert ("Bassetlaw", "hold") in {(seat, verb) for seat, _, verb, _ in outcomes_of(text)}
    assert findings_of(text, "uk-ge-2017", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "Labour's Alan Meale was returned again for Mansfield.",
        "In Mansfield, Labour's Alan Meale was returned comfortably.",
    ],
)
def test_a_person_returned_who_lost_is_found(text: str) -> None:
    (finding,) = findings_of(text, "uk-ge-2017")
    assert "Mansfield" in finding.message
    assert finding.severity is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "In Bassetlaw, John Mann was returned to the count after a break.",
        "In Bassetlaw, John Mann was returned at the 2001 general election.",
        "In Bassetlaw, John Mann was returned home after the count.",
    ],
)
def test_a_return_that_is_no_result_of_this_election_is_not_a_hold(text: str) -> None:
    assert not any(verb == "hold" for _, _, verb, _ in outcomes_of(text))


# A person's re-election as a noun.


@pytest.mark.parametrize(
    "text",
    [
        "Labour's John Mann celebrates his re-election as MP for Bassetlaw.",
        "Labour's John Mann has hailed his re-election as MP for Bassetlaw",
        "In Bassetlaw, John Mann was pleased following his re-election with a majority of 4,852.",
        "In Bassetlaw, John Mann thanked the voters who ensured his re-election.",
    ],
)
def test_a_persons_re_election_is_their_hold(text: str) -> None:
    assert ("Bassetlaw", "hold") in {(seat, verb) for seat, _, verb, _ in outcomes_of(text)}
    assert findings_of(text, "uk-ge-2017", None) == []


def test_the_re_election_of_one_who_lost_is_found() -> None:
    text = "Labour's Alan Meale celebrates his re-election as MP for Mansfield."
    (finding,) = findings_of(text, "uk-ge-2017")
    assert "Mansfield" in finding.message
    assert finding.severity is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "In Bassetlaw, John Mann launched his re-election campaign.",
        "In Bassetlaw, John Mann is celebrating his re-election bid.",
        "Labour's John Mann celebrated his re-election as MP for Bassetlaw in 2010.",
        "In Bassetlaw, John Mann is seeking re-election.",
        # No word that it happened before "his re-election".
        "In Bassetlaw, John Mann spoke about his re-election as MP for Bassetlaw.",
    ],
)
def test_a_re_election_not_won_at_this_election_is_no_hold(text: str) -> None:
    assert not any(verb == "hold" for _, _, verb, _ in outcomes_of(text))


# The sitting member's words before the one beaten.


@pytest.mark.parametrize(
    "text",
    [
        "In Mansfield, Ben Bradley won, defeating incumbent Alan Meale.",
        "Conservative Ben Bradley beat outgoing MP Alan Meale in Mansfield.",
        "Ben Bradley has narrowly unseated the long-standing MP Alan Meale in Mansfield.",
        "Ben Bradley won in Mansfield - ousting incumbent Labour MP Alan Meale.",
        "Conservative Ben Bradley defeated former junior minister Alan Meale in Mansfield.",
    ],
)
def test_the_sitting_member_beaten_after_their_words_is_a_gain(text: str) -> None:
    assert ("Mansfield", "gain") in {(seat, verb) for seat, _, verb, _ in outcomes_of(text)}
    assert findings_of(text, "uk-ge-2017", None) == []


def test_a_gain_over_an_outgoing_member_who_held_on_is_found() -> None:
    text = "Conservative Jane Smith beat outgoing MP John Mann in Bassetlaw."
    (finding,) = findings_of(text, "uk-ge-2017")
    assert "Bassetlaw" in finding.message
    assert finding.severity is Severity.WARNING


def test_a_challenger_beaten_to_hold_the_seat_is_no_gain() -> None:
    text = "In Bassetlaw, John Mann defeated former junior minister Jane Smith to hold the seat."
    assert not any(verb == "gain" for _, _, verb, _ in outcomes_of(text))
