"""Wordings of candidates' figures in real results copy that went unread (issue 8, seventh
session): a bare count after a verb of polling, a list of "NAME (party), N" in prose, a
figure in a clause opening the sentence before its person, and a majority's count that is
nobody's votes.

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


# -- "Neil Puttick clocked up 19,987": a verb of polling, then a bare count ----------------------

_POLLED = (
    "Conservative David Rutley has won back his seat in Macclesfield, winning 28,595 votes.\n\n"
    "Labour's Neil Puttick {verb} {votes}."
)
_VERBS = st.sampled_from(["gets", "got", "clocked up", "picked up", "secured", "received"])


@settings(max_examples=20, deadline=None)
@given(verb=_VERBS, votes=st.integers(min_value=19_900, max_value=20_100).filter(lambda v: v % 10))
def test_a_bare_count_after_a_verb_of_polling_is_the_person_s_votes(verb: str, votes: int) -> None:
    # Macclesfield 2017: Neil Puttick (Labour) polled 19,987.
    text = _POLLED.format(verb=verb, votes=f"{votes:,}")
    puttick = _candidates(text)["Neil Puttick"]
    assert puttick.votes is not None
    assert puttick.votes.value == votes
    found = [f for f in findings_of(text, "uk-ge-2017") if f.text == f"{votes:,}"]
    assert bool(found) is (votes != 19_987)
    assert all(f.severity is Severity.ERROR for f in found)


def test_a_count_of_something_else_or_a_small_one_is_not_votes() -> None:
    for tail in ("got 2,000 leaflets out", "won 12", "got 1,500 more than last time"):
        text = _POLLED.replace("{verb} {votes}", tail)
        assert _candidates(text).get("Neil Puttick", CandidateResult(name="x")).votes is None


def test_a_bare_count_whose_seat_is_only_carried_is_not_read() -> None:
    # A live blog's next entry names no seat: the seat carried in may be another's.
    text = (
        "Macclesfield and Tatton declared overnight, with turnout at 70%.\n\n"
        "Esther McVey held Tatton. David Rutley held Macclesfield.\n\n"
        "Finally, the last declaration of the night. Neil Puttick gets 19,987."
    )
    assert "Neil Puttick" not in _candidates(text)


# -- "Richard Flowers (Lib Dem), got 2,350, James Booth (Greens), 1,213": a list in prose ----------

_BRACKETS = (
    "Conservative David Rutley has won back his seat in Macclesfield.\n\n"
    "Richard Flowers (Lib Dem), got {a}, James Booth (Greens), got {b} and "
    "Mark Johnson (independent), {c}."
)


@settings(max_examples=20, deadline=None)
@given(c=st.integers(min_value=1_100, max_value=1_220).filter(lambda c: c % 10 != 0))
def test_each_count_of_a_bracketed_list_is_its_person_s_votes(c: int) -> None:
    # Macclesfield 2017: Flowers 3,350, Booth 1,213, Johnson 1,162.
    text = _BRACKETS.format(a="3,350", b="1,213", c=f"{c:,}")
    cands = _candidates(text)
    assert cands["Richard Flowers"].votes is not None
    assert cands["Richard Flowers"].votes.value == 3350
    assert cands["James Booth"].votes is not None
    assert cands["James Booth"].votes.value == 1213
    johnson = cands["Mark Johnson"]
    assert johnson.votes is not None
    assert johnson.votes.value == c
    assert johnson.party == "Independent"
    found = [f for f in findings_of(text, "uk-ge-2017") if f.text == f"{c:,}"]
    assert bool(found) is (c != 1_162)


def test_a_single_bracketed_count_or_an_age_is_not_a_list() -> None:
    one = (
        "Conservative David Rutley has won back his seat in Macclesfield.\n\n"
        "Mark Johnson (independent), 1,162."
    )
    assert "Mark Johnson" not in _candidates(one)
    ages = (
        "Conservative David Rutley has won back his seat in Macclesfield.\n\n"
        "Richard Flowers (42), 1,350 and James Booth (37), 1,213 days in office."
    )
    cands = _candidates(ages)
    for name, count in (("Richard Flowers", 1350), ("James Booth", 1213)):
        cand = cands.get(name)
        assert cand is None or cand.votes is None or cand.votes.value != count


# -- "Receiving 51% of votes, Ed Davey has remained the MP": the clause before its person ---------


@settings(max_examples=15, deadline=None)
@given(
    share=st.integers(min_value=41, max_value=60),
    opener=st.sampled_from(["Receiving", "Winning", "With"]),
)
def test_a_figure_in_an_opening_clause_is_the_person_s_after_it(share: int, opener: str) -> None:
    # Kingston and Surbiton 2019: Ed Davey took 51.1% of the vote.
    text = (
        f"{opener} {share}% of the vote, Ed Davey has remained the Member of Parliament for "
        "Kingston and Surbiton."
    )
    davey = _candidates(text)["Ed Davey"]
    assert davey.share is not None
    assert davey.share.value == share
    found = [f for f in findings_of(text, "uk-ge-2019") if f.text == f"{share}%"]
    assert bool(found) is (share != 51)


def test_an_opening_clause_gives_no_figure_to_a_person_named_later() -> None:
    text = (
        "With 51% of the vote counted, the returning officer said Ed Davey had remained the MP "
        "for Kingston and Surbiton."
    )
    davey = _candidates(text).get("Ed Davey")
    assert davey is None or davey.share is None


# -- "a majority of just 5,339 votes": a majority's count is nobody's votes ------------------------


def test_a_majority_s_count_is_never_the_person_s_votes() -> None:
    for sentence in (
        "Jo Swinson had a majority of just 5,339 votes, which was overturned by Amy Callaghan.",
        "It means Jo Swinson's majority has plummeted from 5,339 to 149 votes.",
    ):
        text = f"Jo Swinson lost East Dunbartonshire to the SNP.\n\n{sentence}"
        swinson = _candidates(text).get("Jo Swinson")
        assert swinson is None or swinson.votes is None


@settings(max_examples=15, deadline=None)
@given(votes=st.integers(min_value=19_400, max_value=19_700))
def test_the_loser_s_count_after_a_dated_majority_is_still_checked(votes: int) -> None:
    # East Dunbartonshire 2019: Jo Swinson polled 19,523.
    text = (
        "Jo Swinson has lost her seat in East Dunbartonshire.\n\n"
        "Swinson had a majority of just 5,339 votes, which was overturned by Amy Callaghan.\n\n"
        f"Callaghan pipped the Lib Dem leader to the seat with 19,672 votes compared to "
        f"Swinson's {votes:,} votes."
    )
    found = [f for f in findings_of(text, "uk-ge-2019") if f.text == f"{votes:,}"]
    # A count in round hundreds may be rounded: 19,500 stands for [19,450, 19,550), which
    # holds the official 19,523, so it is right as written.
    stands_for = range(votes - 50, votes + 50) if votes % 100 == 0 else range(votes, votes + 1)
    assert bool(found) is (19_523 not in stands_for)


# -- a party as its figure's subject: "Labour who received", "also received", by ellipsis ---------


def _party_figure(text: str, party: str) -> CandidateResult:
    article = read_prose(Document(path="story.txt", text=text))
    found = [c for contest in article.contests for c in contest.candidates if c.party == party]
    assert len(found) == 1
    return found[0]


@settings(max_examples=15, deadline=None)
@given(votes=st.integers(min_value=13_950, max_value=14_200).filter(lambda v: v % 10 != 0))
def test_a_party_s_count_in_a_relative_clause_is_its_candidate_s(votes: int) -> None:
    # Rochester and Strood 2019: Labour's Teresa Murray polled 14,079.
    text = (
        "Conservative MP Kelly Tolhurst held Rochester and Strood with 31,151 votes compared "
        f"to Labour who received {votes:,}."
    )
    assert _party_figure(text, "Labour").votes is not None
    found = [f for f in findings_of(text, "uk-ge-2019") if f.text == f"{votes:,}"]
    assert bool(found) is (votes != 14_079)


@settings(max_examples=15, deadline=None)
@given(votes=st.integers(min_value=4_050, max_value=4_250).filter(lambda v: v % 10 != 0))
def test_a_party_s_count_after_also_received_is_its_candidate_s(votes: int) -> None:
    # Bolsover 2019: the Brexit Party's Kevin Harper polled 4,151.
    text = (
        "The Conservatives gained Bolsover from Labour.\n\n"
        f"The Brexit Party also received {votes:,}, while the Liberal Democrats got 1,759 votes."
    )
    brexit = _party_figure(text, "Brexit Party")
    assert brexit.votes is not None
    assert brexit.votes.value == votes
    found = [f for f in findings_of(text, "uk-ge-2019") if f.text == f"{votes:,}"]
    assert bool(found) is (votes != 4_151)


@settings(max_examples=15, deadline=None)
@given(tenths=st.integers(min_value=65, max_value=95))
def test_parties_shares_by_ellipsis_after_a_verb_are_theirs(tenths: int) -> None:
    # Harrogate and Knaresborough 2024: Labour 7.98%, the Greens 3.38%.
    share = f"{tenths / 10:.1f}"
    text = (
        "The Liberal Democrats gained Harrogate and Knaresborough.\n\n"
        f"Reform UK took 10.9%, Labour {share}% and the Greens 3.4%."
    )
    labour = _party_figure(text, "Labour")
    assert labour.share is not None
    assert str(labour.share.value) == share
    greens = _party_figure(text, "Green Party")
    assert greens.share is not None
    found = [f for f in findings_of(text, "uk-ge-2024") if f.text == f"{share}%"]
    assert bool(found) is (share != "8.0")


def test_no_ellipsis_without_a_party_s_figure_read_with_a_verb_before_it() -> None:
    text = (
        "The Liberal Democrats gained Harrogate and Knaresborough, with 46% of the vote.\n\n"
        "Turnout was 65%, Labour 8% down on 2019."
    )
    article = read_prose(Document(path="story.txt", text=text))
    labour = [c for contest in article.contests for c in contest.candidates if c.party == "Labour"]
    assert all(c.share is None for c in labour)


@settings(max_examples=15, deadline=None)
@given(tenths=st.integers(min_value=170, max_value=200))
def test_rivals_on_or_with_a_share_after_compared_to_are_their_parties(tenths: int) -> None:
    # Maidstone and The Weald 2019: Labour 18.28%, the Liberal Democrats 16.41%; Labour's
    # 9,448 is 18.19% of the 51,941 ballot papers (261 rejected), a share not compared.
    share = f"{tenths / 10:.1f}"
    text = (
        "In Maidstone and The Weald, Conservative Helen Grant gained 60.4% of the vote "
        f"compared to Labour on {share}% and Liberal Democrat with 16.4%."
    )
    labour = _party_figure(text, "Labour")
    assert labour.share is not None
    assert _party_figure(text, "Liberal Democrat").share is not None
    found = [f for f in findings_of(text, "uk-ge-2019") if f.text == f"{share}%"]
    assert bool(found) is (share not in ("18.3", "18.2"))


# -- "Stephen Flynn received 20,388 votes", then "- SNP – 20,388" in the full results --------------

_FULL = (
    "The SNP have gained Aberdeen South from the Conservatives.\n"
    "Stephen Flynn received {prose} votes.\n"
    "Douglas Lumsden of the Conservatives had 16,398 votes.\n"
    "Full results\n"
    "- SNP – {listed}\n"
    "- Conservative 16,398\n"
    "- Lib Dem – 5,018\n"
)


def test_a_list_s_party_line_saying_a_named_person_s_count_again_is_that_person_s() -> None:
    text = _FULL.format(prose="20,388", listed="20,388")
    flynn = _candidates(text)["Stephen Flynn"]
    assert flynn.party == "Scottish National Party"
    assert flynn.votes is not None
    assert [f.value for f in flynn.restated] == [flynn.votes.value]
    assert flynn.restated[0].span != flynn.votes.span
    assert not findings_of(text, "uk-ge-2019")


@settings(max_examples=10, deadline=None)
@given(votes=st.integers(min_value=20_300, max_value=20_500).filter(lambda v: v % 10 != 0))
def test_a_count_said_twice_is_checked_where_each_stands(votes: int) -> None:
    written = f"{votes:,}"
    text = _FULL.format(prose=written, listed=written)
    found = [f for f in findings_of(text, "uk-ge-2019") if f.text == written]
    assert len(found) == (0 if votes == 20_388 else 2)
    assert len({f.start for f in found}) == len(found)


def test_a_list_count_unlike_the_prose_gives_no_party() -> None:
    text = _FULL.format(prose="20,388", listed="20,288")
    flynn = _candidates(text)["Stephen Flynn"]
    assert flynn.party is None
    assert flynn.restated == ()


# -- placings: "came in a distant third", "2nd Labour (Jane Smith – 13,128)" ----------------------


@settings(max_examples=20, deadline=None)
@given(
    how=st.sampled_from(["in a distant", "a distant", "a close", "in a respectable", "a poor"]),
    ordinal=st.sampled_from([("second", 2), ("third", 3), ("fourth", 4)]),
)
def test_a_placing_with_a_word_of_how_near_is_read(how: str, ordinal: tuple[str, int]) -> None:
    word, value = ordinal
    text = (
        "Stirling was won by the SNP's Alyn Smith with 26,895 votes.\n\n"
        f"Labour’s Mary Kate Ross came {how} {word}, ahead of the Liberal Democrats."
    )
    ross = _candidates(text)["Mary Kate Ross"]
    assert ross.rank is not None
    assert ross.rank.value == value
    assert ross.party == "Labour"


def test_a_word_of_how_near_without_a_placing_verb_reads_nothing() -> None:
    text = (
        "Stirling was won by the SNP's Alyn Smith with 26,895 votes.\n\n"
        "Labour’s Mary Kate Ross said it was a close second election for her."
    )
    ross = _candidates(text).get("Mary Kate Ross")
    assert ross is None or ross.rank is None


_GROUPS = (
    "Turnout was 66.5%.\n\n"
    "Welwyn Hatfield Results: Conservative WIN (Grant Shapps – 25,281), {second} Labour "
    "(Anawar Miah – 13,128), {third} UKIP (Arthur Stevens – {stevens}), 4th Liberal Democrat "
    "(Hugh Annand – 3,140)"
)


@settings(max_examples=15, deadline=None)
@given(
    places=st.sampled_from([("2nd", "3rd"), ("3rd", "2nd"), ("2nd", "4th")]),
    stevens=st.integers(min_value=6_500, max_value=6_600).filter(lambda v: v % 10 != 0),
)
def test_a_group_s_placing_before_its_party_is_its_person_s(
    places: tuple[str, str], stevens: int
) -> None:
    # Welwyn Hatfield 2015: Miah (Labour) second with 13,128, Stevens (UKIP) third, 6,556.
    second, third = places
    text = _GROUPS.format(second=second, third=third, stevens=f"{stevens:,}")
    cands = _candidates(text)
    miah, stevens_ = cands["Anawar Miah"], cands["Arthur Stevens"]
    assert miah.rank is not None
    assert f"{miah.rank.value}" == second[0]
    assert stevens_.rank is not None
    assert f"{stevens_.rank.value}" == third[0]
    assert miah.party == "Labour"
    assert stevens_.party == "UK Independence Party"
    found = [f for f in findings_of(text, "uk-ge-2015") if f.text == f"{stevens:,}"]
    assert bool(found) is (stevens != 6_556)


# -- "with 28.3% of the valid poll"; "Mr Paisley Jr" is Ian Paisley -------------------------------


@settings(max_examples=15, deadline=None)
@given(tenths=st.integers(min_value=250, max_value=310))
def test_a_share_of_the_valid_poll_is_a_share(tenths: int) -> None:
    # North Antrim 2024: Jim Allister took 28.27%.
    share = f"{tenths / 10:.1f}"
    text = f"Jim Allister was elected MP for North Antrim with {share}% of the valid poll."
    allister = _candidates(text)["Jim Allister"]
    assert allister.share is not None
    found = [f for f in findings_of(text, "uk-ge-2024") if f.text == f"{share}%"]
    # 28.1% is his share of all ballot papers, rejected ones included: not compared.
    assert bool(found) is (share not in ("28.3", "28.1"))


def test_a_generational_suffix_is_no_other_person_and_no_misspelling() -> None:
    text = (
        "Jim Allister ousted the DUP's Ian Paisley in North Antrim.\n\n"
        "Mr Paisley Jr came a close second with 11,192 votes."
    )
    paisley = _candidates(text)["Ian Paisley"]
    assert paisley.votes is not None
    assert paisley.votes.value == 11_192
    assert paisley.rank is not None
    assert paisley.rank.value == 2
    assert not findings_of(text, "uk-ge-2024", "name-mismatch")
