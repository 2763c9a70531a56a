"""The nineteenth session's mutation sample of the reader (docs/testing.md, "Session 19"):
session 18's four open mutants judged, and a second stated sample of the 24 reader modules;
each test pins a behaviour a sampled mutant changed and no test caught.

The sentences are written here in the patterns of the committed examples; none is copied
from an article.
"""

from __future__ import annotations

from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Direction, Document, OutcomeClaim


def _article(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


# -- frame.py: a majority turned into another ---------------------------------------------


def test_a_majority_turned_into_another_is_only_loosely_the_storys() -> None:
    # "turned her 4,100-vote majority into …": the majority she held before the poll, so
    # whatever reading takes the figure, its tie to the story's election is loose. So is a
    # majority in points turned into a lead.
    for text, field in (
        (
            "Jane Smith lost Gower. The Conservatives turned her 4,100-vote majority into a "
            "2,300-vote majority of their own.",
            "majority",
        ),
        (
            "Jane Smith lost Gower. The Conservatives turned her 12% majority into a lead of "
            "their own.",
            "majority_share",
        ),
    ):
        (gower,) = _article(text).contests
        figure = getattr(gower, field)
        assert figure is not None
        assert figure.grounds is not None
        assert "election" in figure.grounds.loose
        assert "“turned … into”" in figure.grounds.election


# -- claims/bare_scores.py ------------------------------------------------------------------


def _figures(text: str) -> list[tuple[str, str | None, int | None, float | None]]:
    return sorted(
        (
            c.name,
            c.party,
            int(c.votes.value) if c.votes else None,
            float(c.share.value) if c.share else None,
        )
        for contest in _article(text).contests
        for c in contest.candidates
    )


def test_a_bare_score_spends_its_own_two_counts_and_leaves_a_partys_figure_before_it() -> None:
    # The score is the winner's 23,885 and the rival's 23,008; the Conservatives' share and
    # count, said before the winner, are still theirs.
    for said, figure in (
        ("took 30.1% of the vote", (None, 30.1)),
        ("polled 9,100 votes", (9100, None)),
    ):
        text = (
            f"The Conservatives {said} as Jane Smith won Gower with 23,885, closely followed "
            "by John Brown with 23,008."
        )
        assert _figures(text) == [
            ("", "Conservative", *figure),
            ("Jane Smith", None, 23885, None),
            ("John Brown", None, 23008, None),
        ]


# -- claims/results_lists.py ----------------------------------------------------------------


def test_a_cards_share_change_line_is_a_change_in_the_seat_the_story_is_about() -> None:
    # The card has no heading of its own; the story is about Neath, so the change is Neath's.
    text = (
        "Turnout in Neath was 68.0%.\n\n"
        "Ann Jones\n• Votes: 18,000\n• Vote share %: 44.0\n• Vote share change: +2.0\n"
    )
    changes = [
        (c.contest, c.candidate, c.direction, c.amount.text if c.amount else None)
        for c in _article(text).claims
        if isinstance(c, ChangeClaim)
    ]
    assert changes == [("Neath", "Ann Jones", Direction.UP, "2.0")]


# -- the second stated sample (session 19) --------------------------------------------------


def test_a_bare_score_is_read_though_a_turnout_read_before_it_ends_the_sentence() -> None:
    # The turnout after the rival's count is read first, by its own words; the score's two
    # counts are still the winner's and the rival's.
    text = (
        "Jane Smith won Gower with 23,885, closely followed by John Brown with 23,008, on a "
        "turnout of 65.2%."
    )
    assert _figures(text) == [("Jane Smith", None, 23885, None), ("John Brown", None, 23008, None)]


def test_a_majority_field_under_an_earlier_elections_heading_says_it_is_a_field() -> None:
    text = (
        "Pudsey: the seat at a glance\n\n2017 Result:\n\n"
        "Stuart Andrew (Conservative) - 25,550 votes\n\nConservative majority - 331\n\n"
        "2019 Result:\n\nStuart Andrew (Conservative) - 26,453 votes\n\n"
        "Conservative majority - 3,517\n"
    )
    article = read_prose(Document(path="story.txt", text=text), election="uk-ge-2019")
    earlier = [
        (c.election, c.majority.text, c.majority.grounds.what)
        for c in article.contests
        if c.dated and c.majority is not None and c.majority.grounds is not None
    ]
    assert earlier == [("uk-ge-2017", "331", "a “Majority:” field")]


def test_a_partys_win_ending_a_paragraph_is_no_gain_for_the_next_paragraphs_words() -> None:
    # "won Gower back" would be a gain, read elsewhere; but here "back" opens a page's link
    # in the next paragraph, so the sentence is a plain win: Labour first in Gower.
    text = "Labour won Gower\n\nback to top"
    placed = [
        (k.name, c.party, int(c.rank.value))
        for k in _article(text).contests
        for c in k.candidates
        if c.rank is not None
    ]
    assert placed == [("Gower", "Labour", 1)]


def test_a_person_named_after_with_and_before_a_placing_takes_that_place() -> None:
    # "held Gower with the Conservatives' John Brown second": the placing is his.
    text = "Labour held Gower with the Conservatives' John Brown second."
    placed = [
        (k.name, c.name, c.party, int(c.rank.value))
        for k in _article(text).contests
        for c in k.candidates
        if c.rank is not None and c.name
    ]
    assert placed == [("Gower", "John Brown", "Conservative", 2)]


def test_a_story_opening_with_an_earlier_elections_heading_keeps_that_list_apart() -> None:
    # The heading is the text's first line, with no line break before it: the list under
    # it is still 2017's, and the count and majority of the story's election are 2019's.
    text = (
        "2017 Result:\n\nJane Smith (Labour) - 20,100 votes\n\nLabour majority - 1,200\n\n"
        "2019 Result:\n\nJane Smith (Labour) - 21,300 votes\n\nLabour majority - 2,400\n"
    )
    article = read_prose(Document(path="story.txt", text=text), election="uk-ge-2019")
    now = [k for k in article.contests if not k.dated]
    assert [(k.majority.text if k.majority else None) for k in now] == ["2,400"]
    assert [(c.name, c.votes.text if c.votes else None) for k in now for c in k.candidates] == [
        ("Jane Smith", "21,300")
    ]


def test_a_winner_by_whom_they_beat_is_tied_to_the_verb_of_beating() -> None:
    # The placing is implied by "beat" or "beaten by": its grounds say where the winner
    # stands to that verb, not merely that they were the one person near it.
    for text, how in (
        ("Jane Smith beat Labour's John Brown in Gower.", "Jane Smith, named before “beat”"),
        (
            "In Gower, John Brown was beaten by the Conservatives' Jane Smith.",
            "Jane Smith, named after “beaten by”",
        ),
    ):
        subjects = [
            c.rank.grounds.subject
            for k in _article(text).contests
            for c in k.candidates
            if c.rank is not None and c.rank.grounds is not None
        ]
        assert subjects == [how]


def test_a_persons_count_said_before_their_seat_is_named_is_in_the_seat_they_won() -> None:
    # The story names two seats, neither yet when Jane Smith's count is given: the seat she
    # is then said to have won is hers, and her count goes with her (loosely tied to it).
    text = (
        "Jane Smith polled 20,000 votes. Jane Smith won Gower. "
        "John Brown won Neath with 18,000 votes."
    )
    seats = {
        c.name: (k.name, int(c.votes.value))
        for k in _article(text).contests
        for c in k.candidates
        if c.votes is not None
    }
    assert seats == {"Jane Smith": ("Gower", 20000), "John Brown": ("Neath", 18000)}


def test_a_partys_first_win_of_a_seat_is_a_gain_that_says_why() -> None:
    # "for the first time in history": the seat was not the party's before, so a gain from
    # a party the words do not name, and the grounds say so.
    text = "Turnout in Gower was 66.1%.\n\nThe Greens finally won Gower for the first time ever."
    gains = [
        (c.contest, c.party, c.grounds.what if c.grounds else None)
        for c in _article(text).claims
        if isinstance(c, OutcomeClaim) and c.verb == "gain"
    ]
    assert gains == [
        ("Gower", "Green Party", "a party's win “for the first time”: the seat was not theirs")
    ]


def test_each_winner_in_a_list_of_seats_winners_is_first_where_their_name_and_party_stand() -> None:
    # A finding on the placing points at the words that imply it: the name and the party.
    text = (
        "The winners:\n\n1. Gower – Jane Smith – Lab – 20,913 votes\n"
        "2. Neath – John Brown – Con – 18,100 votes\n3. Ogmore – Ann Jones – PC – 15,220 votes\n"
    )
    placed = [
        (k.name, int(c.rank.value), text[c.rank.span.start : c.rank.span.end])
        for k in _article(text).contests
        for c in k.candidates
        if c.rank is not None and c.rank.span is not None
    ]
    assert placed == [
        ("Gower", 1, "Jane Smith – Lab"),
        ("Neath", 1, "John Brown – Con"),
        ("Ogmore", 1, "Ann Jones – PC"),
    ]


def test_their_between_a_person_and_a_figure_makes_the_figure_only_loosely_theirs() -> None:
    # "their vote share": a party's, perhaps, not the person's named before it.
    text = "In Gower the new face is Jane Smith, after increasing their vote share by over 10%."
    (change,) = [c for c in _article(text).claims if isinstance(c, ChangeClaim)]
    assert change.amount is not None
    assert change.amount.grounds is not None
    assert change.amount.grounds.subject == "Jane Smith, though “their” before it speaks of a party"
    assert "subject" in change.amount.grounds.loose


def test_a_majority_in_a_sentence_of_two_seats_is_only_loosely_one_named_outside_its_clause() -> (
    None
):
    # No seat is named in the majority's own clause (before it, or right after it in "in
    # …"): whichever of the two seats it is kept for, the tie is loose.
    for text in (
        "With a majority of 1,200, Labour held Gower as well as Neath.",
        "Labour held Gower, and Jane Smith won Neath; the majority was 1,200.",
    ):
        ties = [
            k.majority.grounds.loose
            for k in _article(text).contests
            if k.majority is not None and k.majority.grounds is not None
        ]
        assert len(ties) == 1
        assert "seat" in ties[0]


def test_a_second_dated_margin_after_and_says_how_it_was_read() -> None:
    text = "Labour ran Jane Smith close in Gower, losing by 1,200 votes in 2017 and 900 in 2015."
    whats = {
        k.election: k.majority.grounds.what
        for k in _article(text).contests
        if k.majority is not None and k.majority.grounds is not None
    }
    assert whats["uk-ge-2015"] == "a second dated margin after “and”"


def test_a_person_on_a_line_giving_a_seats_outcome_is_named_for_the_storys_election() -> None:
    text = (
        "Results overnight:\n\nJane Smith – Gower, Labour hold\nJohn Brown – Neath, Labour hold\n"
    )
    grounds = {
        c.name: c.name_grounds.election
        for k in _article(text).contests
        for c in k.candidates
        if c.name_grounds is not None
    }
    assert grounds["Jane Smith"] == "no other election named in its line: the story's"
