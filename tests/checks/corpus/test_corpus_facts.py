"""The facts the corpus rules compare across stories, and the ones they leave out.

A guard sweep (docs/testing.md) found no test of a contest without a name, or of a
candidate the story knows only by party.
"""

from __future__ import annotations

import factcheck
from factcheck import CandidateResult, ContestResult, Figure
from factcheck.checks.corpus.common import fact_entries, facts
from factcheck.models import Article, Document


def _article(*contests: ContestResult) -> Article:
    return Article(document=Document(path="a.txt", text="."), contests=contests)


def test_a_contest_with_no_name_states_no_fact() -> None:
    unnamed = ContestResult(turnout=Figure.percentage("61.2"))
    named = ContestResult(name="Anytown", turnout=Figure.percentage("61.2"))
    assert facts(_article(unnamed)) == {}
    ((fact, figure),) = facts(_article(unnamed, named), "uk-ge-2017").items()
    assert (fact.election, fact.contest, fact.candidate, fact.quantity) == (
        "uk-ge-2017",
        "anytown",
        "",
        "turnout",
    )
    assert figure.value == named.turnout.value  # type: ignore[union-attr]


def test_a_candidate_known_only_by_party_is_no_person_to_compare() -> None:
    lib_dems = CandidateResult(
        name="", party="Liberal Democrat", by_party=True, votes=Figure.count(6402)
    )
    jo = CandidateResult(name="Jo Smith", party="Labour", votes=Figure.count(20000))
    found = facts(_article(ContestResult(name="Anytown", candidates=(lib_dems, jo))))
    assert [(f.candidate, f.quantity) for f in found] == [("jo smith", "votes")]


def _story(path: str, text: str, votes: int) -> Article:
    ali = CandidateResult(name="Rushanara Ali", party="Labour", votes=Figure.count(votes))
    contest = ContestResult(name="Bethnal Green and Bow", candidates=(ali,))
    return Article(document=Document(path=path, text=text), contests=(contest,))


def test_unrelated_stories_without_an_election_do_not_conflict_over_one_fact() -> None:
    # Same person, seat and quantity, different counts, no election named, and not a
    # passage in common: two different elections, most likely, so nothing to compare.
    a = _story("a.txt", "Rushanara Ali held the seat for Labour.", 42969)
    b = _story("b.txt", "Five years earlier the count ran through the night.", 21784)
    report = factcheck.check([a, b], select=["cross-article-conflict"])
    assert (report.findings, report.errors) == ((), ())


def test_the_plain_keys_are_the_facts_with_their_first_spellings() -> None:
    # The first mention of a fact wins, with the contest and candidate as it writes them;
    # a later mention of the same fact, spelt otherwise, adds nothing.
    first = CandidateResult(name="Jo  SMITH", votes=Figure.count(20000))
    again = CandidateResult(name="Ms Jo Smith", votes=Figure.count(19000))
    contest = ContestResult(name="Ynys Môn", candidates=(first, again))
    art = _article(contest, ContestResult(name="YNYS MON", turnout=Figure.percentage("61")))
    entries = fact_entries(art, "UK-GE-2017")
    found = facts(art, "UK-GE-2017")
    assert (
        list(entries)
        == [(f.election, f.contest, f.candidate, f.quantity) for f in found]
        == [
            ("uk-ge-2017", "ynys mon", "jo smith", "votes"),
            ("uk-ge-2017", "ynys mon", "", "turnout"),
        ]
    )
    (votes, turnout) = found
    assert (votes.contest_shown, votes.candidate_shown) == ("ynys môn", "jo smith")
    assert found[votes].value == 20000
    assert (turnout.contest_shown, turnout.candidate_shown) == ("ynys mon", "")
    assert [(fig, c, p) for fig, c, p in entries.values()] == [
        (found[votes], "ynys môn", "jo smith"),
        (found[turnout], "ynys mon", ""),
    ]
