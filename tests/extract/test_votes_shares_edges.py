"""Candidates' votes and shares (``claims/votes_shares.py``) at the edges the eleventh session's
mutation run found untested.

Sentences are ours, in the patterns real copy uses; each has a control read the other way.
"""

from __future__ import annotations

from typing import Literal

from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document


def _read(text: str, election: str | None = None) -> Article:
    metadata = {"election": election} if election else {}
    return read_prose(Document(path="a.txt", text=text, metadata=metadata))


def _figures(
    text: str,
    kind: Literal["votes", "share"],
    *,
    by_party: bool = False,
    election: str | None = None,
) -> dict[str | None, str]:
    """Each candidate's votes or share as written, by name; with ``by_party``, only the figures
    read for a party alone ("Labour received 2,000 votes"), by party. ``election`` is the
    story's own, as front matter names it."""
    return {
        c.party if by_party else c.name: figure.text
        for co in _read(text, election).contests
        for c in co.candidates
        if (figure := c.votes if kind == "votes" else c.share) is not None
        and figure.text is not None
        and (c.by_party or not by_party)
    }


def test_votes_a_candidate_was_backed_by_are_hers() -> None:
    # "backed by" is no margin's "by": the count is her votes.
    text = "In Gower, Labour's Jane Smith was backed by 16,333 votes."
    assert _figures(text, "votes") == {"Jane Smith": "16,333"}
    # The control: "won by" the same count is her majority, not her votes.
    assert _figures("In Gower, Labour's Jane Smith won by 16,333 votes.", "votes") == {}


def test_a_count_out_of_another_is_a_ratio_not_votes() -> None:
    # "3,680 of 3,746": the second count is what the first is out of, not her votes.
    assert _figures("In Gower, Jane Smith won 3,680 of 3,746 votes cast.", "votes") == {}
    # The control: a count with "votes" after it alone is hers.
    assert _figures("In Gower, Jane Smith won 3,680 votes.", "votes") == {"Jane Smith": "3,680"}


def test_a_count_a_lead_is_by_is_not_votes() -> None:
    # "ahead by 2,000 votes": a margin's size, whatever reading takes it.
    assert _figures("In Gower, Jane Smith was ahead by 2,000 votes at one point.", "votes") == {}
    assert _figures("In Gower, Jane Smith finished behind by 2,000 votes.", "votes") == {}
    # The control: a count she finished with is hers.
    assert _figures("In Gower, Jane Smith finished with 2,000 votes.", "votes") == {
        "Jane Smith": "2,000"
    }


def test_two_bracketed_counts_in_prose_are_a_list() -> None:
    # Two people, each with a bracket and a bare count after it: a list in prose.
    text = (
        "Conservative David Rutley has won back his seat in Macclesfield.\n\n"
        "Richard Flowers (Lib Dem), 3,350, and James Booth (Greens), 1,213."
    )
    assert _figures(text, "votes") == {"Richard Flowers": "3,350", "James Booth": "1,213"}
    # The control: one alone is no list.
    text = (
        "Conservative David Rutley has won back his seat in Macclesfield.\n\n"
        "Richard Flowers (Lib Dem), 3,350."
    )
    assert _figures(text, "votes") == {}


def test_a_small_count_after_the_next_name_needs_a_verb() -> None:
    # In a sentence counting votes, a bare count after the next name is theirs when a verb
    # ("with") says so, however small.
    text = "In Gower, Jane Smith polled 16,398 votes, followed by Ian Yuill with 85."
    assert _figures(text, "votes") == {"Jane Smith": "16,398", "Ian Yuill": "85"}
    # The control: without the verb, a count under 100 may be anything (an age, a seat count).
    text = "In Gower, Jane Smith polled 16,398 votes, followed by Ian Yuill 85."
    assert _figures(text, "votes") == {"Jane Smith": "16,398"}


def test_a_bare_count_after_the_next_name_is_votes_from_100() -> None:
    text = "In Gower, Jane Smith polled 16,398 votes and Ian Yuill 100."
    assert _figures(text, "votes") == {"Jane Smith": "16,398", "Ian Yuill": "100"}
    # The control: just under the bar, the bare count is not read.
    text = "In Gower, Jane Smith polled 16,398 votes and Ian Yuill 99."
    assert _figures(text, "votes") == {"Jane Smith": "16,398"}


def test_a_percentage_over_100_after_a_placing_is_no_share() -> None:
    assert _figures("In Gower, Jane Smith came second on 100.5%.", "share") == {}
    # The control: a percentage a share can be is her share.
    assert _figures("In Gower, Jane Smith came second on 40.5%.", "share") == {"Jane Smith": "40.5"}


def test_a_count_and_a_percentage_neither_cued_are_no_pair() -> None:
    # Neither figure says what it is, and the words between them are no bracket, dash or
    # "or": "with" before the count alone does not make the two her votes and share.
    text = "In Gower, Jane Smith took 45% in the end, finishing with 20,312."
    assert (_figures(text, "votes"), _figures(text, "share")) == ({}, {})
    # The control: with the percentage cued as a share, the count "with" it is her votes.
    text = "In Gower, Jane Smith took 45% of the vote in the end, finishing with 20,312."
    assert (_figures(text, "votes"), _figures(text, "share")) == (
        {"Jane Smith": "20,312"},
        {"Jane Smith": "45"},
    )


def test_a_percentage_over_100_paired_with_a_count_is_no_share() -> None:
    text = "In Gower, Jane Smith polled 20,312 votes (100.5%)."
    assert (_figures(text, "votes"), _figures(text, "share")) == ({"Jane Smith": "20,312"}, {})
    # The control: a percentage a share can be, in the same bracket, is her share.
    text = "In Gower, Jane Smith polled 20,312 votes (40.5%)."
    assert (_figures(text, "votes"), _figures(text, "share")) == (
        {"Jane Smith": "20,312"},
        {"Jane Smith": "40.5"},
    )


def test_a_partys_hedged_count_is_not_its_votes() -> None:
    assert _figures("In Gower, Labour received about 2,000 votes.", "votes", by_party=True) == {}
    # The control: the exact count is the party's votes.
    assert _figures("In Gower, Labour received 2,000 votes.", "votes", by_party=True) == {
        "Labour": "2,000"
    }


def test_a_party_receiving_no_votes_is_not_read_as_a_count() -> None:
    # A party's count is read from 1 up (a party on the ballot polls someone); the control:
    # one vote is a count.
    assert _figures("In Gower, Labour received 0 votes.", "votes", by_party=True) == {}
    assert _figures("In Gower, Labour received 1 vote.", "votes", by_party=True) == {"Labour": "1"}


def test_a_partys_share_is_at_most_100() -> None:
    assert _figures("In Gower, Labour took 100% of the vote.", "share", by_party=True) == {
        "Labour": "100"
    }
    # The control: over 100 is no share.
    assert _figures("In Gower, Labour took 100.5% of the vote.", "share", by_party=True) == {}


def test_a_partys_count_dated_to_another_election_is_not_this_ones() -> None:
    assert _figures("In Gower, Labour received 2,000 votes in 2017.", "votes", by_party=True) == {}
    # The control: undated, it is this election's.
    assert _figures("In Gower, Labour received 2,000 votes.", "votes", by_party=True) == {
        "Labour": "2,000"
    }


def test_a_partys_elliptical_figure_borrows_a_verb() -> None:
    # "and the Lib Dems 30.1%" leaves out a verb said before it; a possessive gives none.
    assert _figures("In Gower, Labour's 41.2% and the Lib Dems 30.1%.", "share", by_party=True) == {
        "Labour": "41.2"
    }
    # The control: after "took", the elliptical share is the Lib Dems'.
    assert _figures(
        "In Gower, Labour took 41.2% and the Lib Dems 30.1%.", "share", by_party=True
    ) == {
        "Labour": "41.2",
        "Liberal Democrat": "30.1",
    }


def test_a_rivals_count_after_their_possessive_name_is_theirs() -> None:
    # "to Naz Shah's 85": the possessive ties even a small count to the rival.
    text = "In Gower, Jane Smith polled 8,557 votes to Naz Shah's 85."
    assert _figures(text, "votes") == {"Jane Smith": "8,557", "Naz Shah": "85"}
    # The control: with no possessive, a bare count under 100 after the name is not read.
    text = "In Gower, Jane Smith polled 8,557 votes to Naz Shah 85."
    assert _figures(text, "votes") == {"Jane Smith": "8,557"}


def test_a_score_dated_to_another_election_is_not_this_ones() -> None:
    text = "In Gower, Jane Smith beat John Brown in 2017 by 21,791 votes to 16,492."
    assert _figures(text, "votes", election="uk-ge-2019") == {}
    # The control: undated, the larger count is the winner's and the smaller the loser's.
    text = "In Gower, Jane Smith beat John Brown by 21,791 votes to 16,492."
    assert _figures(text, "votes", election="uk-ge-2019") == {
        "Jane Smith": "21,791",
        "John Brown": "16,492",
    }


def test_three_counts_respectively_are_the_three_people_in_order() -> None:
    text = (
        "In Gower, Jane Smith, John Brown and Ann Lee polled 20,000, 15,000 and 9,000 votes "
        "respectively."
    )
    assert _figures(text, "votes") == {
        "Jane Smith": "20,000",
        "John Brown": "15,000",
        "Ann Lee": "9,000",
    }
    # The control: named in another order, they take the counts in that order.
    text = (
        "In Gower, Ann Lee, John Brown and Jane Smith polled 20,000, 15,000 and 9,000 votes "
        "respectively."
    )
    assert _figures(text, "votes") == {
        "Ann Lee": "20,000",
        "John Brown": "15,000",
        "Jane Smith": "9,000",
    }


def test_a_scores_counts_are_tied_to_the_winner_and_the_loser() -> None:
    article = _read("In Gower, Jane Smith beat John Brown by 21,791 votes to 16,492.")
    subjects = {
        c.name: c.votes.grounds.subject
        for co in article.contests
        for c in co.candidates
        if c.votes is not None and c.votes.grounds is not None
    }
    assert subjects == {
        "Jane Smith": "Jane Smith, the winner of a score of two named candidates",
        "John Brown": "John Brown, the loser of a score of two named candidates",
    }


def test_a_score_after_a_majority_is_still_read() -> None:
    # The majority's count, read first, does not stop the score after it.
    text = "In Gower, Jane Smith beat John Brown by a majority of 5,299, 21,791 votes to 16,492."
    assert _figures(text, "votes") == {"Jane Smith": "21,791", "John Brown": "16,492"}
    # The control: a majority's count "to" a count is no score: neither is anyone's votes.
    text = "In Gower, Jane Smith beat John Brown with a majority of 5,299 votes to 16,492."
    assert _figures(text, "votes") == {}


def test_counts_respectively_after_another_count_in_the_sentence() -> None:
    # A count on its own earlier in the sentence does not end the search for the run.
    text = (
        "In Gower, turnout was 45,000, and Jane Smith and John Brown polled 20,000 and 15,000 "
        "votes respectively."
    )
    assert _figures(text, "votes") == {"Jane Smith": "20,000", "John Brown": "15,000"}


def test_counts_respectively_do_not_replace_votes_read_before() -> None:
    text = (
        "In Gower, Jane Smith polled 20,000 votes.\n\n"
        "In Gower, Jane Smith and John Brown polled 21,000 and 15,000 votes respectively."
    )
    assert _figures(text, "votes") == {"Jane Smith": "20,000", "John Brown": "15,000"}
    # The control: the second sentence alone gives her the count it names.
    text = "In Gower, Jane Smith and John Brown polled 21,000 and 15,000 votes respectively."
    assert _figures(text, "votes") == {"Jane Smith": "21,000", "John Brown": "15,000"}


def test_counts_respectively_are_tied_to_their_people_explicitly() -> None:
    article = _read(
        "In Gower, Jane Smith and John Brown polled 21,000 and 15,000 votes respectively."
    )
    loose = {
        c.name: c.votes.grounds.loose
        for co in article.contests
        for c in co.candidates
        if c.votes is not None and c.votes.grounds is not None
    }
    assert loose == {"Jane Smith": (), "John Brown": ()}


# Twelfth session's mutation run.


def test_an_opening_clause_count_is_the_persons_only_in_a_firmly_tied_seat() -> None:
    # "With N votes, NAME won": the count is the subject's only where the story's seat is
    # tied by a cue; in copy naming no seat at all it is nobody's.
    assert _figures("With 15,520 votes, Jane Smith won the seat for Labour.", "votes") == {}
    # The control: under a seat's heading the same sentence gives her the count.
    text = "Bristol West\n\nWith 15,520 votes, Jane Smith won the seat for Labour."
    assert _figures(text, "votes") == {"Jane Smith": "15,520"}


def test_a_whole_vote_won_by_a_polling_verb_is_a_share_not_a_count() -> None:
    # "won 100% of the vote" (an unopposed candidate): a verb of polling before a figure
    # of 100 or more reads a count, but a percentage stays a share.
    text = "Bristol West\n\nJane Smith won 100% of the vote."
    assert _figures(text, "votes") == {}
    assert _figures(text, "share") == {"Jane Smith": "100"}
    # The control: a count after the same verb is her votes.
    assert _figures("Bristol West\n\nJane Smith won 24,000 votes.", "votes") == {
        "Jane Smith": "24,000"
    }


def test_a_hedged_run_of_counts_respectively_is_not_shared_out() -> None:
    # "about 3,052 and 5,913 votes respectively": a hedged count is no one's votes, so the
    # run is not shared out in order (the last count may still be read as the nearest
    # person's by "votes" after it).
    text = (
        "Bristol West\n\nLabour's Heather Herbert and James Oates of the Lib Dems collected"
        " about 3,052 and 5,913 votes respectively."
    )
    assert "Heather Herbert" not in _figures(text, "votes")
    # The control: exact counts are shared out in order.
    text = text.replace("about ", "")
    assert _figures(text, "votes") == {"Heather Herbert": "3,052", "James Oates": "5,913"}


def test_a_score_after_a_rival_and_a_comma_gives_the_rival_the_second_count() -> None:
    # "ahead of John Brown, 13,299 votes to his 11,303": the comma stands for "with"; the
    # second count is the rival's, and the first is not his (it was read as his before).
    text = "Bristol West\n\nJane Smith finished ahead of John Brown, 13,299 votes to his 11,303."
    assert _figures(text, "votes") == {"John Brown": "11,303"}
    # The control: with "with", the same reading.
    assert _figures(text.replace(", 13,299", " with 13,299"), "votes") == {"John Brown": "11,303"}


def test_a_hedged_count_for_a_rival_is_not_his_votes() -> None:
    # "compared with about 19,700 for John Brown": a rounded figure is no count of his.
    text = (
        "Bristol West\n\nJane Smith polled 24,000 votes, compared with about 19,700 for John Brown."
    )
    assert _figures(text, "votes") == {"Jane Smith": "24,000"}
    # The control: an exact count "for" him is his.
    text = text.replace("about 19,700", "19,766")
    assert _figures(text, "votes") == {"Jane Smith": "24,000", "John Brown": "19,766"}


def test_a_count_that_voted_for_a_rival_is_his_votes() -> None:
    # "1,113 voted for Green Party candidate John Brown": "voted for" counts votes without
    # the noun (the sentence says no "votes"; it was read as nobody's before).
    text = (
        "Bristol West\n\nJane Smith held the seat, while 1,113 voted for Green Party"
        " candidate John Brown."
    )
    assert _figures(text, "votes") == {"John Brown": "1,113"}
    # The control: "voted" alone, with no count for him, gives him none.
    text = "Bristol West\n\nJane Smith held the seat; many voted for John Brown."
    assert _figures(text, "votes") == {}


def test_a_count_that_went_to_a_rival_counts_votes_only_in_a_sentence_about_votes() -> None:
    # "1,113 went to John Brown" in a sentence that counts no votes: what went is unsaid.
    text = "Bristol West\n\nJane Smith held the seat, while 1,113 went to John Brown."
    assert _figures(text, "votes") == {}
    # The control: the same words after "votes" in the sentence are his votes.
    text = (
        "Bristol West\n\nJane Smith held the seat with 24,000 votes, while 1,113 went to"
        " John Brown."
    )
    assert _figures(text, "votes") == {"Jane Smith": "24,000", "John Brown": "1,113"}


def test_a_partys_count_of_something_else_does_not_end_its_figures() -> None:
    # "Labour's 300 volunteers": a count of people, not votes; the party's votes later in
    # the sentence are still read.
    text = "Bristol West\n\nLabour's 300 volunteers were rewarded as Labour polled 24,000 votes."
    assert _figures(text, "votes", by_party=True) == {"Labour": "24,000"}
    # The control: the volunteers alone give the party no votes.
    assert (
        _figures("Bristol West\n\nLabour's 300 volunteers were rewarded.", "votes", by_party=True)
        == {}
    )


def test_a_single_vote_paired_with_a_share_is_the_candidates_votes() -> None:
    # A count of one vote right after the candidate's share is his votes, however small.
    text = "In Gower, John Brown took 0.5% (1)."
    assert _figures(text, "votes") == {"John Brown": "1"}
    assert _figures(text, "share") == {"John Brown": "0.5"}
    # The control: a count of nothing paired with a share is no votes.
    assert _figures("In Gower, John Brown took 0.5% (0).", "votes") == {}


def test_a_whole_vote_paired_with_a_count_is_the_candidates_share() -> None:
    # An unopposed candidate's 100% beside her count is her share: 100 is a share's limit,
    # not past it.
    text = "In Gower, Jane Smith won 100% (20,000 votes) as the only candidate."
    assert _figures(text, "share") == {"Jane Smith": "100"}
    # The control: a percentage over 100 beside a count is no share.
    assert _figures("In Gower, Jane Smith won 101% (20,000 votes).", "share") == {}


def test_a_percentage_after_name_with_is_no_count_of_votes() -> None:
    # "NAME, with N" before a list's later counts of votes is a count; a percentage there is
    # not, however large.
    text = (
        "In Gower, Jane Smith, with 100%, was unopposed, and John Brown, with 2,151 votes,"
        " stood elsewhere."
    )
    assert _figures(text, "votes") == {"John Brown": "2,151"}
    # The control: a count in the same place is her votes.
    text = (
        "In Gower, Jane Smith, with 3,394, was ahead, and John Brown, with 2,151 votes,"
        " stood elsewhere."
    )
    assert _figures(text, "votes") == {"Jane Smith": "3,394", "John Brown": "2,151"}


def test_a_percentage_after_a_tally_of_votes_is_no_count_of_votes() -> None:
    # "tally of votes stood at N" cues a count; a percentage there is no number of votes.
    text = (
        "In Gower, Jane Smith polled 16,398 votes, and John Brown's tally of votes stood at 12.5%."
    )
    assert _figures(text, "votes") == {"Jane Smith": "16,398"}
    # The control: a count in the same place is his votes.
    text = text.replace("12.5%", "12,500")
    assert _figures(text, "votes") == {"Jane Smith": "16,398", "John Brown": "12,500"}


def test_a_count_in_words_that_went_to_a_rival_is_not_read() -> None:
    # "twenty votes went to Ann Lee": a count in words is left alone, as everywhere.
    text = "In Gower, 1,113 votes went to John Brown and twenty votes went to Ann Lee."
    assert _figures(text, "votes") == {"John Brown": "1,113"}
    # The control: the same count in digits is hers.
    text = "In Gower, 1,113 votes went to John Brown and 20 votes went to Ann Lee."
    assert _figures(text, "votes") == {"John Brown": "1,113", "Ann Lee": "20"}


def test_name_with_a_count_first_in_its_sentence_is_read_from_the_later_counts() -> None:
    # "NAME, with N" is a count of votes when a later count of the list says "votes", even
    # when it is the sentence's first number.
    text = (
        "In Gower, Jane Smith won. Behind her were Labour's John Brown, with 8,120, Lib Dem"
        " Ann Lee, with 2,301 votes, and Tom Green, of the Green Party, with 950."
    )
    assert _figures(text, "votes")["John Brown"] == "8,120"
    # The control: with no later count of votes, "with 8,120" is nobody's votes.
    text = text.replace("2,301 votes", "2,301")
    assert "John Brown" not in _figures(text, "votes")


def test_a_person_named_in_an_aside_before_a_verb_of_polling_gets_no_count() -> None:
    # The person inside the aside ("an adviser to John Brown") is not the one who polled.
    text = (
        "In Gower, the barrister, who was an adviser to John Brown for years, polled 19,575"
        " to Ann Lee's 16,978, a majority of 2,597 votes."
    )
    assert _figures(text, "votes") == {"Ann Lee": "16,978"}
    # The control: "NAME, with N" before a later count of votes is his.
    text = "In Gower, Labour's John Brown, with 19,575, beat Ann Lee, with 16,978 votes."
    assert _figures(text, "votes")["John Brown"] == "19,575"


def test_one_bracketed_count_beside_a_bracketed_share_is_no_list() -> None:
    # A list in prose needs two bracketed counts; a share in the same shape does not make one.
    text = "Jane Smith held Gower.\n\nJohn Brown (Conservative), 52%, and Ann Lee (Green), 1,213."
    assert _figures(text, "votes") == {}
    # The control: two bracketed counts are each one's votes.
    text = text.replace("52%", "8,120")
    assert _figures(text, "votes") == {"John Brown": "8,120", "Ann Lee": "1,213"}


def test_an_exact_hundred_after_a_verb_of_polling_is_the_persons_votes() -> None:
    # 100 is the smallest count a verb of polling makes votes (a smaller one may be seats).
    text = "Jane Smith held Gower with 20,000 votes. Lib Dem John Brown polled 100."
    assert _figures(text, "votes") == {"Jane Smith": "20,000", "John Brown": "100"}
    # The control: 99 is not read.
    assert _figures(text.replace("100.", "99."), "votes") == {"Jane Smith": "20,000"}


def test_a_small_bracketed_count_after_a_verb_of_polling_is_tied_by_the_verb() -> None:
    # In a list of bracketed counts, a count under 100 right after "got" is read by the verb,
    # and its grounds say so.
    text = (
        "Jane Smith held Gower.\n\nJane Smith (Labour) polled 8,120 and John Brown (Green) got 90."
    )
    cands = {c.name: c for co in _read(text).contests for c in co.candidates}
    votes = cands["John Brown"].votes
    assert votes is not None
    assert votes.text == "90"
    assert votes.grounds is not None
    assert "verb of polling" in votes.grounds.what
    # The control: without the brackets' list, a count under 100 after "got" is not read.
    text = "Jane Smith held Gower.\n\nJane Smith polled 8,120 and John Brown got 90."
    assert _figures(text, "votes") == {"Jane Smith": "8,120"}


def test_a_count_after_a_score_is_read_on_its_own() -> None:
    # The score takes its own two counts; the next count of the sentence is Ann Lee's.
    text = (
        "In Gower, Jane Smith beat John Brown by 20,000 votes to 12,000, and Ann Lee polled"
        " 900 votes."
    )
    assert _figures(text, "votes") == {
        "Jane Smith": "20,000",
        "John Brown": "12,000",
        "Ann Lee": "900",
    }
    # The control: without the score, the same sentence gives the first two counts to no one.
    text = (
        "In Gower, Jane Smith and John Brown finished 20,000 to 12,000, and Ann Lee polled"
        " 900 votes."
    )
    assert _figures(text, "votes") == {"Ann Lee": "900"}


def test_a_score_after_an_earlier_one_with_no_winner_named_is_still_read() -> None:
    # "had led 20,000 votes to 12,000 last time" names one person before the score: no
    # winner and loser, but the score after it, with two people, is read.
    text = (
        "Jane Smith had led 20,000 votes to 12,000 last time in Gower, but now she beat"
        " John Brown 9,000 votes to 8,000."
    )
    assert _figures(text, "votes") == {"Jane Smith": "9,000", "John Brown": "8,000"}


def test_a_score_whose_winner_is_not_said_leaves_the_next_score_unread_too() -> None:
    # "A and B finished N votes to N": whose is whose? Neither that score nor one after it
    # with no verb of beating is given to either.
    text = (
        "In Gower, Jane Smith and John Brown finished 20,000 votes to 12,000, and 9,000 votes"
        " to 8,000 in 2017."
    )
    assert _figures(text, "votes") == {}
    # The control: a verb of beating says whose each count is.
    text = "In Gower, Jane Smith beat John Brown 20,000 votes to 12,000."
    assert _figures(text, "votes") == {"Jane Smith": "20,000", "John Brown": "12,000"}


def test_a_score_in_thousands_is_no_exact_count() -> None:
    # "20k votes to 12k" rounds both counts: neither is an exact count of votes.
    assert _figures("In Gower, Jane Smith beat John Brown 20k votes to 12k.", "votes") == {}
    # The control: the counts written out are each one's.
    text = "In Gower, Jane Smith beat John Brown 20,000 votes to 12,000."
    assert _figures(text, "votes") == {"Jane Smith": "20,000", "John Brown": "12,000"}


def test_counts_respectively_need_every_person_joined_in_the_list() -> None:
    # "Jane Smith, who beat John Brown, and Ann Lee": John Brown is in an aside, not the list;
    # the counts are not shared out to the last three people named.
    text = (
        "In Gower, Jane Smith, who beat John Brown, and Ann Lee polled 3,052, 5,913 and 700"
        " votes respectively."
    )
    assert "John Brown" not in _figures(text, "votes")
    # The control: three people joined by commas and "and" take the counts in order.
    text = (
        "In Gower, Jane Smith, John Brown and Ann Lee polled 3,052, 5,913 and 700 votes"
        " respectively."
    )
    assert _figures(text, "votes") == {
        "Jane Smith": "3,052",
        "John Brown": "5,913",
        "Ann Lee": "700",
    }


def test_a_partys_earlier_share_does_not_end_the_sentences_party_figures() -> None:
    # Labour's 45% of 2017 is not this election's; the Greens' 12% after it is.
    text = "In Gower, Labour won 45% in 2017 but the Greens took 12% this year."
    assert _figures(text, "share", by_party=True) == {"Green Party": "12"}


def test_a_partys_count_in_a_sentence_counting_no_votes_does_not_end_its_figures() -> None:
    # "the Lib Dems' 6,402" in a sentence with no word of voting is not read; the Greens'
    # share after it is.
    text = "In Gower, the Lib Dems' 6,402, down on 2017, left them behind the Greens, who took 12%."
    assert _figures(text, "share", by_party=True) == {"Green Party": "12"}
    assert _figures(text, "votes", by_party=True) == {}


def test_a_score_right_after_a_rival_and_a_space_gives_the_rival_the_second_count() -> None:
    # "finished ahead of John Brown 13,299 votes to his 11,303": "his" is John Brown's, and
    # the first count is not his, with or without a comma before the score.
    for gap in (" ", ", "):
        text = f"In Gower, Jane Smith finished ahead of John Brown{gap}13,299 votes to his 11,303."
        assert _figures(text, "votes") == {"John Brown": "11,303"}


def test_a_count_in_words_does_not_end_a_sentences_party_figures() -> None:
    # "a two horse race": a count in words is skipped, and the party's count after it read.
    text = "In a two horse race in Gower, the Conservatives polled 18,865 votes."
    assert _figures(text, "votes", by_party=True) == {"Conservative": "18,865"}
    # The control: a party with no count has none read.
    text = "In a two horse race in Gower, the Conservatives polled well."
    assert _figures(text, "votes", by_party=True) == {}


def test_a_later_share_of_the_same_person_does_not_replace_the_first() -> None:
    # Her share of the result is read first; a poll's share of her named later replaces
    # nothing.
    text = "In Gower, Jane Smith took 45% of the vote. Polls had given Jane Smith 30% of the vote."
    assert _figures(text, "share") == {"Jane Smith": "45"}
    # The control: a later sentence restating the same share leaves it as it was.
    text = "In Gower, Jane Smith took 45% of the vote. Jane Smith's 45% of the vote was her best."
    assert _figures(text, "share") == {"Jane Smith": "45"}


_LEAD = "Turnout was 67% across the region.\n\n"


def test_an_opening_clause_with_a_rival_s_share_keeps_the_rival_s() -> None:
    """ "With 51% of the vote to Labour's 30%, Jane Smith held Gower": the opening clause holds
    two figures, so neither is taken for the subject after it; Labour's 30% stays Labour's."""
    text = _LEAD + "With 51% of the vote to Labour's 30%, Jane Smith held Gower."
    assert _figures(text, "share", by_party=True) == {"Labour": "30"}
    assert "Jane Smith" not in _figures(text, "share")
    # The control: one figure in the opening clause is the subject's.
    text = _LEAD + "Receiving 51% of the vote, Jane Smith held Gower."
    assert _figures(text, "share") == {"Jane Smith": "51"}


def test_an_opening_figure_with_no_comma_after_it_is_read_with_the_rest() -> None:
    """ "With 51% of the vote Jane Smith held Gower by 5,000 votes": no comma closes the
    opening clause; the sentence is read all the same (the win and its majority)."""
    article = _read(_LEAD + "With 51% of the vote Jane Smith held Gower by 5,000 votes.")
    (gower,) = [co for co in article.contests if co.name == "Gower"]
    assert gower.majority is not None
    assert gower.majority.text == "5,000"
    assert [c.name for c in gower.candidates if c.rank is not None] == ["Jane Smith"]


def test_majorities_given_respectively_are_no_votes() -> None:
    """ "had majorities of 5,000 and 3,000 respectively": the counts are the seats' majorities,
    read as such, and not the two people's votes."""
    text = _LEAD + (
        "In Gower and Bridgend, Jane Smith and John Brown had majorities of 5,000 and 3,000"
        " respectively."
    )
    assert _figures(text, "votes") == {}
    majorities = {co.name: co.majority.text for co in _read(text).contests if co.majority}
    assert majorities == {"Gower": "5,000", "Bridgend": "3,000"}
    # The control: counts of votes given respectively are the people's votes.
    text = _LEAD + "Jane Smith and John Brown polled 20,000 and 15,000 votes respectively."
    assert _figures(text, "votes") == {"Jane Smith": "20,000", "John Brown": "15,000"}


def test_a_count_far_after_a_share_is_not_paired_with_it() -> None:
    """ "Jane Smith took 45% of the vote in Gower, where her Lib Dem rival, who had campaigned
    hard all year, ended up with 8,000": the 8,000 is the rival's, a long clause away, and not
    Jane Smith's votes beside her share."""
    text = _LEAD + (
        "Jane Smith took 45% of the vote in Gower, where her Lib Dem rival, who had campaigned"
        " hard all year, ended up with 8,000."
    )
    assert _figures(text, "share") == {"Jane Smith": "45"}
    assert _figures(text, "votes") == {}
