"""The corpus and suppression rules' decisions at the edges a mutation run found unread.

Mutation testing (docs/history/testing.md, session 9) runs each mutant of
``factcheck/checks/corpus/`` and ``factcheck/checks/suppression/`` against the corpus and
suppression tests; these tests read the helpers and rules directly where whole-corpus tests
seldom turn on the difference.
"""

from __future__ import annotations

from typing import Any

from factcheck import CandidateResult, ContestResult, Figure
from factcheck.checks.corpus.common import (
    Comparison,
    Fact,
    collection,
    compare,
    describe,
    related_pairs,
)
from factcheck.checks.corpus.cross_article_conflict import CrossArticleConflict
from factcheck.checks.corpus.duplicate_article import (
    Candidate,
    DuplicateArticle,
    in_order,
    runs,
    spread,
)
from factcheck.corpus.fingerprint import Passage
from factcheck.corpus.index import Match
from factcheck.models import Article, Confidence, Document, Span
from factcheck.packs import default_pack
from factcheck.rule import Related, RuleContext, Violation


def test_shingles_in_common_count_in_order_once_each() -> None:
    assert in_order([1, 2, 3, 4], [1, 2, 3, 4]) == 4
    assert in_order([4, 3, 2, 1], [1, 2, 3, 4]) == 1
    assert in_order([1, 9, 2, 1, 3], [1, 2, 3]) == 3  # 9 is not in b; the second 1 is seen
    assert in_order([], [1, 2]) == 0


def test_the_spread_runs_from_the_first_shared_shingle_to_the_last_of_the_shorter() -> None:
    assert spread([7, 1, 8, 2, 9], [1, 2, 5, 6, 0, 3]) == 3 / 5
    assert spread([1, 2, 5, 6, 0, 3], [7, 1, 8, 2, 9]) == 3 / 5
    assert spread([1, 2], [3, 4]) == 0.0


def test_a_repeated_shingle_counts_once_at_its_first_place() -> None:
    # 5 then 1 is out of b's order; the second 5 is the same shingle, not a new one after 1.
    assert in_order([5, 1, 5], [1, 5]) == 1


# -- cross-article-conflict, read directly --------------------------------------------------------

SEAT = "Weston-super-Mare"  # its name key ("weston super mare") is not how it is written


def _votes(n: int, at: int | None) -> Figure:
    return Figure.count(n, span=None if at is None else Span(start=at, end=at + 6))


def _story(
    path: str,
    *candidates: CandidateResult,
    text: str = "A story.",
    turnout: Figure | None = None,
    election: str | None = None,
) -> Article:
    contest = ContestResult(name=SEAT, election=election, candidates=candidates, turnout=turnout)
    return Article(document=Document(path=path, text=text), contests=(contest,))


def _conflicts(articles: list[Article], **ctx: Any) -> list[tuple[str, Violation]]:
    found = CrossArticleConflict().check_corpus(articles, RuleContext(**ctx))
    out = []
    for article, v in found:
        assert isinstance(v, Violation)
        out.append((article.document.path, v))
    return out


def test_a_conflict_is_reported_word_for_word_with_the_other_documents_figure() -> None:
    first = _story("a.txt", CandidateResult(name="Dr John Penrose", votes=_votes(31983, 40)))
    second = _story("b.txt", CandidateResult(name="John Penrose", votes=_votes(31893, 12)))
    ((path, v),) = _conflicts([first, second], election="uk-ge-2017")
    assert path == "b.txt"
    assert v.message == (
        "Dr John Penrose's votes in weston-super-mare is 31,893 here but 31,983 in a.txt; "
        "both cannot be true"
    )
    assert v.figure == second.contests[0].candidates[0].votes
    assert v.evidence == {
        "fact": "Dr John Penrose's votes in weston-super-mare",
        "value": "31,893",
        "other_value": "31,983",
        "other_path": "a.txt",
        "election": "uk-ge-2017",
    }
    assert v.arithmetic == (
        "31,893 allows [31,893, 31,893]; 31,983 allows [31,983, 31,983]: no value fits both",
    )
    assert v.related == (Related(Span(start=40, end=46), "a.txt says 31,983", path="a.txt"),)


def test_figures_meeting_only_at_a_rounding_edge_conflict_as_the_rounding_in_force_says() -> None:
    def share(path: str, text: str) -> Article:
        return _story(path, CandidateResult(name="John Penrose", share=Figure.percentage(text)))

    stories = [share("a.txt", "53.8"), share("b.txt", "53.9")]
    assert [p for p, _ in _conflicts(stories, election="uk-ge-2017")] == ["b.txt"]
    # 53.8 rounds up from below 53.85, 53.9 from 53.85: rounded either way, both may be 53.85.
    assert _conflicts(stories, election="uk-ge-2017", rounding="any") == []


SHARED = (
    "The count at the Winter Gardens went on through the night, and the returning officer "
    "declared the result shortly after four in the morning to a hall of tired volunteers. "
    "Turnout was down on the last election, which campaigners put down to the weather. "
    "The new MP thanked the police, the counting staff and the other candidates by name. "
)


def test_with_no_election_named_only_versions_of_one_story_are_compared() -> None:
    other_story = "In a by-election years before, a quite different campaign was fought here."
    stories = [
        # An unrelated story states the turnout too, differently: no version of it to compare.
        _story("a.txt", text=other_story, turnout=Figure.percentage("48.0")),
        _story("b.txt", text=SHARED + "Labour came second.", turnout=Figure.percentage("66.6")),
        _story("c.txt", text=SHARED + "Labour was second.", turnout=Figure.percentage("61.6")),
    ]
    # The turnout of a and b has only b and c linked; a's is left out.
    ((path, v),) = _conflicts(stories)
    assert (path, v.evidence["value"], v.evidence["other_path"]) == ("c.txt", "61.6", "b.txt")
    assert v.evidence["election"] is None


def test_a_fact_no_two_linked_versions_share_does_not_stop_the_next_being_compared() -> None:
    stories = [
        _story("a.txt", text="Another story altogether.", turnout=Figure.percentage("48.0")),
        _story(
            "b.txt",
            CandidateResult(name="John Penrose", votes=_votes(31983, 0)),
            text=SHARED + "Labour came second.",
            turnout=Figure.percentage("66.6"),
        ),
        _story(
            "c.txt",
            CandidateResult(name="John Penrose", votes=_votes(31893, 0)),
            text=SHARED + "Labour was second.",
        ),
    ]
    # The turnout (stated by a and b, not linked) comes first; the votes of b and c after it.
    assert [v.evidence["value"] for _, v in _conflicts(stories)] == ["31,893"]


def test_linked_members_are_found_however_far_apart_in_the_group() -> None:
    group = [(i, Figure.percentage("50.0")) for i in range(4)]
    kept = CrossArticleConflict._linked(group, {(0, 2)})
    assert [i for i, _ in kept] == [0, 2]
    assert CrossArticleConflict._linked(group, {(1, 3)}) == [group[1], group[3]]
    assert CrossArticleConflict._linked(group, set()) == []


def test_findings_come_by_document_then_by_place_in_it() -> None:
    def story(path: str, votes: Figure, share: Figure) -> Article:
        return _story(path, CandidateResult(name="John Penrose", votes=votes, share=share))

    def pct(text: str, at: int | None) -> Figure:
        return Figure.percentage(text, span=None if at is None else Span(start=at, end=at + 4))

    stories = [
        story("a.txt", _votes(100, 50), pct("50.0", 5)),
        story("b.txt", _votes(100, 50), pct("60.0", 5)),
        story("c.txt", _votes(200, 1), pct("60.0", 5)),
    ]
    # The votes are a fact before the share; c's votes are wrong, a's share is.
    got = [(p, v.evidence["value"]) for p, v in _conflicts(stories, election="uk-ge-2017")]
    assert got == [("a.txt", "50.0"), ("c.txt", "200")]
    # Within one document: by place, a figure with no place as if at the start.
    stories = [
        story("a.txt", _votes(100, 50), pct("50.0", 5)),
        story("b.txt", _votes(100, 50), pct("50.0", 5)),
        story("c.txt", _votes(200, 40), pct("60.0", 7)),
    ]
    got = [(p, v.evidence["value"]) for p, v in _conflicts(stories, election="uk-ge-2017")]
    assert got == [("c.txt", "60.0"), ("c.txt", "200")]
    stories[2] = story("c.txt", _votes(200, None), pct("60.0", 0))
    got = [(p, v.evidence["value"]) for p, v in _conflicts(stories, election="uk-ge-2017")]
    assert got == [("c.txt", "200"), ("c.txt", "60.0")]
    stories[2] = story("c.txt", _votes(200, 0), pct("60.0", None))
    got = [(p, v.evidence["value"]) for p, v in _conflicts(stories, election="uk-ge-2017")]
    assert got == [("c.txt", "200"), ("c.txt", "60.0")]


# -- the corpus facts -----------------------------------------------------------------------------


def test_a_fact_is_described_as_first_written_else_by_its_key() -> None:
    votes = Fact("uk-ge-2017", "weston super mare", "john penrose", "votes")
    assert describe(votes) == "John Penrose's votes in weston super mare"
    key = ("uk-ge-2017", "weston super mare", "john penrose", "votes")
    shown = Fact(*key, "weston-super-mare", "dr j penrose")
    assert describe(shown) == "Dr J Penrose's votes in weston-super-mare"
    assert describe(shown, "Weston-super-Mare") == "Dr J Penrose's votes in Weston-super-Mare"
    valid = Fact("uk-ge-2017", "weston super mare", "", "valid_votes", "weston-super-mare")
    assert describe(valid) == "the valid votes in weston-super-mare"


def test_the_related_pairs_come_with_the_clause_index_that_found_them() -> None:
    stories = [
        _story("a.txt", text=SHARED + "Labour came second."),
        _story("b.txt", text="Another story altogether, about the weather."),
        _story("c.txt", text=SHARED + "Labour was second."),
    ]
    index, pairs = related_pairs(stories)
    assert [(m.a, m.b) for m in pairs] == [(0, 2)]
    assert index.matches() == pairs


# -- duplicate-article, read directly -------------------------------------------------------------


def _p(start: int, end: int, h: int) -> Passage:
    return Passage(start, end, h, 5)


def test_shared_passages_in_a_row_are_one_run_from_the_texts_very_start() -> None:
    shared = {1, 2, 3}
    assert runs([_p(0, 10, 1), _p(11, 20, 2), _p(21, 30, 9)], shared) == [Span(start=0, end=20)]
    assert runs([_p(0, 10, 1), _p(11, 20, 9), _p(21, 30, 3)], shared) == [
        Span(start=0, end=10),
        Span(start=21, end=30),
    ]
    assert runs([_p(0, 10, 1)], shared) == [Span(start=0, end=10)]
    assert runs([_p(0, 10, 9)], shared) == []


_A = Document(path="a.txt", text="x" * 200)
_pct = Figure.percentage
_NONE = Comparison((), ())


def _match(shared: int, passages: int, containment: float) -> Match:
    return Match(0, 1, shared, passages, containment, containment / 2)


def test_a_copy_by_clauses_points_at_its_longest_run_and_the_five_longest_it_repeats() -> None:
    # a's runs: six, the first the shortest; b's: two of the longest length, the earlier kept.
    hashes = [1, 2, 3, 4, 5, 6]
    pa = [_p(i * 30, i * 30 + (5 if i == 0 else 10 + i), h) for i, h in enumerate(hashes)]
    pa = [p for q in pa for p in (q, _p(q.end + 1, q.end + 2, 100 + q.hash))]
    pb = [_p(0, 10, 1), _p(20, 40, 2), _p(50, 70, 3), _p(80, 85, 4), _p(90, 95, 5), _p(99, 99, 6)]
    pb = [p for q in pb for p in (q, _p(q.end + 1, q.end + 2, 200 + q.hash))]
    fact = Fact("uk-ge-2017", "anytown", "ann lee", "votes", "anytown", "ann lee")
    share = Fact("uk-ge-2017", "anytown", "ann lee", "share", "anytown", "ann lee")
    turnout = Fact("uk-ge-2017", "anytown", "", "turnout", "anytown")
    cmp = Comparison(
        common=((fact, Figure.count(1200), Figure.count(1200)),),
        differ=(
            (share, Figure.percentage("40.1", span=Span(start=3, end=7)), _pct("41.0")),
            (turnout, Figure.percentage("61.0"), Figure.percentage("62.0")),
        ),
    )
    cand = Candidate(_match(40, 6, 0.6), None)
    v = DuplicateArticle()._violation((_A, pa), pb, cand, cmp)
    assert v.message == (
        "this document copies a.txt: 6 passages in common (60% of the shorter text), with 1 "
        "figures in common; 2 figures differ: Ann Lee's share in anytown is 41.0 here, 40.1 "
        "there; the turnout in anytown is 62.0 here, 61.0 there"
    )
    assert v.span == Span(start=20, end=40)
    assert v.confidence is Confidence.HIGH
    assert v.related == (
        *(Related(Span(start=p.start, end=p.end), "repeated from here", "a.txt") for p in pa[2::2]),
        Related(Span(start=3, end=7), "Ann Lee's share in anytown differs here", "a.txt"),
    )
    assert v.evidence["figures_in_common"] == ["Ann Lee's votes in anytown: 1,200"]
    assert v.evidence["method"] == "clauses"


def test_a_copy_found_by_its_words_says_how_much_was_kept() -> None:
    pa, pb = [_p(0, 10, 1)], [_p(0, 10, 1)]
    words = _match(60, 6, 0.4)
    copied = Candidate(None, words, ordered=6, spread=0.9)
    v = DuplicateArticle()._violation((_A, pa), pb, copied, Comparison((), ()))
    assert v.message == (
        "this document copies a.txt with words changed: 40% of the shorter text's sampled "
        "word sequences in common"
    )
    assert (v.confidence, v.evidence["method"]) == (Confidence.HIGH, "words")
    rewrite = Candidate(None, words, ordered=6, spread=0.3)
    v = DuplicateArticle()._violation((_A, pa), pb, rewrite, Comparison((), ()))
    assert v.message.startswith("this document rewrites a.txt with words changed: 40%")
    assert v.confidence is Confidence.MEDIUM


def test_a_match_by_clauses_copies_from_half_the_shorter_text_and_rewrites_below() -> None:
    pa, pb = [_p(0, 10, 1)], [_p(0, 10, 1)]
    half = DuplicateArticle()._violation((_A, pa), pb, Candidate(_match(40, 3, 0.5), None), _NONE)
    assert half.message == (
        "this document copies a.txt: 3 passages in common (50% of the shorter text)"
    )
    assert half.confidence is Confidence.HIGH
    less = DuplicateArticle()._violation((_A, pa), pb, Candidate(_match(40, 3, 0.3), None), _NONE)
    assert less.message == (
        "this document rewrites a.txt: 3 passages in common (30% of the shorter text)"
    )
    assert less.confidence is Confidence.MEDIUM


def test_two_articles_figures_are_compared_under_the_rounding_in_force() -> None:
    fact = Fact("uk-ge-2017", "anytown", "ann lee", "share")
    low, high = {fact: _pct("53.8")}, {fact: _pct("53.9")}
    assert [f for f, _, _ in compare(low, high, "half-up", default_pack()).differ] == [fact]
    assert [f for f, _, _ in compare(low, high, "any", default_pack()).common] == [fact]
    assert [f for f, _, _ in compare(high, low, "any", default_pack()).common] == [fact]


def test_a_corpus_grown_by_one_article_is_indexed_afresh() -> None:
    a, b = _story("a.txt", text=SHARED), _story("b.txt", text="Another story.")
    two = collection([a, b])
    assert collection([a, b]) is two
    three = collection([a, b, _story("c.txt", text=SHARED)])
    assert three is not two
    assert [(m.a, m.b) for m in three.clause_matches()] == [(0, 2)]


# -- duplicate-article, over whole articles: which figures and which seats it weighs -------------

_A_OWN = (
    "Campaigners had knocked on doors across the town since the spring, and the local party "
    "said its volunteers had never worked harder. The hospital and the pier were the issues on "
    "every doorstep. A new bus route had been promised by two of the parties, and the third "
    "said it would cost too much. Local councillors from every side came to watch the boxes "
    "opened. "
)
_B_OWN = (
    "Voters queued in the rain outside the polling station at the primary school before it "
    "opened. A farmer from the hills said he had not missed an election in sixty years of "
    "voting. The candidates' leaflets were piled high at the sorting office a week before "
    "polling day. The fishing fleet stayed in the harbour because of the storm that came in "
    "overnight. "
)


def _version(
    path: str,
    text: str,
    *,
    seat: str = SEAT,
    election: str | None = None,
    share: str = "53.8",
) -> Article:
    """A story of John Penrose's 31,983 votes and his share, in ``seat``."""
    penrose = CandidateResult(
        name="John Penrose", votes=Figure.count(31983), share=Figure.percentage(share)
    )
    contest = ContestResult(name=seat, election=election, candidates=(penrose,))
    return Article(document=Document(path=path, text=text), contests=(contest,))


def _duplicates(articles: list[Article], **ctx: Any) -> list[tuple[str, str]]:
    out = []
    for article, outcome in DuplicateArticle().check_corpus(articles, RuleContext(**ctx)):
        assert isinstance(outcome, Violation)
        out.append((article.document.path, outcome.message))
    return out


def test_a_story_written_again_for_another_seat_is_no_copy() -> None:
    # The same words, each about its own seat: a template filled in twice, not a duplicate.
    assert _duplicates([_version("a.txt", SHARED), _version("b.txt", SHARED, seat="Bristol")]) == []
    assert _duplicates([_version("a.txt", SHARED), _version("b.txt", SHARED)]) == [
        (
            "b.txt",
            "this document copies a.txt: 6 passages in common (100% of the shorter text), "
            "with 2 figures in common",
        )
    ]


def test_a_rewrite_is_confirmed_by_figures_of_the_election_the_run_names() -> None:
    # One version names its election, the other leaves it to the run: under the run's
    # election both state Penrose's 31,983 votes and 53.8%, the two figures a rewrite needs.
    stories = [
        _version("a.txt", SHARED + _A_OWN, election="uk-ge-2017"),
        _version("b.txt", _B_OWN + SHARED),
    ]
    assert _duplicates(stories, election="uk-ge-2017") == [
        (
            "b.txt",
            "this document rewrites a.txt: 6 passages in common (48% of the shorter text), "
            "with 2 figures in common",
        )
    ]
    assert _duplicates(stories) == []  # 2017's figures and undated ones are other facts


def test_a_rewrites_figures_agree_as_the_rounding_in_force_says() -> None:
    # 53.8 and 53.9 may both be 53.85 only if a half may round either way ("any"): then the
    # rewrite has its two figures in common; rounding half up, only the count agrees.
    stories = [_version("a.txt", SHARED + _A_OWN), _version("b.txt", _B_OWN + SHARED, share="53.9")]
    (found,) = _duplicates(stories, rounding="any")
    assert found[1].endswith("with 2 figures in common")
    assert _duplicates(stories) == []


def test_an_election_label_is_folded_for_case_and_spacing_and_shown_so() -> None:
    # A results file may label a by-election in words: "Weston By-election 2019" and
    # "weston  by-election 2019" are one label, shown as folded.
    def story(path: str, label: str, votes: int) -> Article:
        penrose = CandidateResult(name="John Penrose", votes=Figure.count(votes))
        contest = ContestResult(name=SEAT, election=label, candidates=(penrose,))
        return Article(document=Document(path=path, text="A story."), contests=(contest,))

    stories = [
        story("a.txt", "Weston By-election 2019", 31983),
        story("b.txt", "weston  by-election 2019", 31893),
    ]
    ((path, v),) = _conflicts(stories)
    assert (path, v.evidence["election"]) == ("b.txt", "weston by-election 2019")
