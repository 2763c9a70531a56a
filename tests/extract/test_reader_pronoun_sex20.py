"""An opening "He" or "She" never stands for someone titled as the other sex (twentieth
session, issue 8: misreadings).

A sentence opening "He"/"She" with nobody named before its figure gives the figure to the
person the sentence before named last (not as a verb's object). When that person is titled
as the other sex in the story ("Mrs Drummond had been the constituency's MP … ¶ He took the
seat with 18,290 votes"; "She pulled in 17,016 votes, as Mr Mullin got 16,757"), the figure
went to them: the winner's votes set against the loser's record, a false alarm, and the
loser's own figure left unread. Seen in a regional daily's, a local weekly's and a local
radio station's stories (three outlets). Now the pronoun stands for nobody then; a person
named with no title still fits either pronoun.

The sentences are ours. Kirkcaldy and Cowdenbeath in 2017 (the record): Lesley Laird
(Labour) 17,016, Roger Mullin (SNP) 16,757. Portsmouth South in 2017: Stephen Morgan
(Labour) 18,290, Flick Drummond (Conservative) 16,736.
"""

from __future__ import annotations

import gc
import sys

from hypothesis import given
from hypothesis import strategies as st
from story_files import figures_by_name, findings_of

from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import pronoun_fits
from factcheck.extract.reader import read_prose
from factcheck.models import Document, Span


def _kirkcaldy(mullin: str = "16,757") -> str:
    return (
        "Lesley Laird has taken Kirkcaldy and Cowdenbeath for Labour.\n\n"
        "The sitting SNP MP, Roger Mullin, was beaten by a few hundred votes.\n\n"
        f"She pulled in 17,016 votes, as Mr Mullin got {mullin}.\n"
    )


def _portsmouth(votes: str = "18,290") -> str:
    return (
        "Stephen Morgan has won Portsmouth South for Labour.\n\n"
        "Flick Drummond had been the constituency's MP for two years. Mrs Drummond "
        "conceded.\n\n"
        f"He took the seat with {votes} votes.\n"
    )


def test_she_does_not_stand_for_a_man_titled_mr_later_in_the_sentence() -> None:
    read = figures_by_name(_kirkcaldy())
    assert read["Roger Mullin"][1] == 16757  # his own count, not hers


def test_his_own_count_is_checked_once_hers_is_not_given_to_him() -> None:
    assert findings_of(_kirkcaldy(), "uk-ge-2017") == []
    (finding,) = findings_of(_kirkcaldy("16,575"), "uk-ge-2017")
    assert finding.text == "16,575"


def test_he_does_not_stand_for_a_woman_titled_mrs() -> None:
    read = figures_by_name(_portsmouth())
    assert read.get("Flick Drummond", (None, None))[1] is None
    # The winner's count is no longer set against the loser's record (a false alarm before).
    assert findings_of(_portsmouth(), "uk-ge-2017") == []


def test_a_pronoun_still_stands_for_the_person_of_its_sex() -> None:
    text = (
        "Flick Drummond kept Portsmouth South for the Conservatives. Mrs Drummond thanked "
        "her team.\n\nShe polled 16,736 votes.\n"
    )
    assert figures_by_name(text)["Flick Drummond"][1] == 16736
    assert figures_by_name(text.replace("She", "He"))["Flick Drummond"][1] is None


def _person(name: str, title: str | None = None) -> PersonMention:
    return PersonMention(Span(start=0, end=len(name)), name, title)


def test_titles_said_anywhere_in_the_story_count() -> None:
    smith = _person("Jane Smith")
    assert pronoun_fits("Jane Smith won.", "He", smith)  # no title: either fits
    assert not pronoun_fits("Jane Smith won. Ms Smith thanked voters.", "He", smith)
    assert pronoun_fits("Jane Smith won. Ms Smith thanked voters.", "She", smith)
    assert not pronoun_fits("", "She", _person("Smith", "Mr"))
    assert not pronoun_fits("Sir Bob Smith kept the seat.", "She", _person("Bob Smith"))


@given(
    title=st.sampled_from(["Mr", "Sir", "Lord", "Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"]),
    surname=st.sampled_from(["Smith", "Okafor", "Ní Bhriain", "Lloyd-Webber"]),
    pronoun=st.sampled_from(["He", "She"]),
)
def test_a_title_allows_exactly_one_pronoun(title: str, surname: str, pronoun: str) -> None:
    text = f"{title} {surname} was elected."
    male = title in ("Mr", "Sir", "Lord")
    assert pronoun_fits(text, pronoun, _person(surname)) is (male == (pronoun == "He"))


def test_a_story_s_text_is_not_kept_once_it_is_read() -> None:
    # The titles a story gives are remembered with the story while it is read, not in a
    # module cache keyed by its text: a run over many long live pages must not keep every
    # page's text to the end (issue 12, bounded memory).
    text = "".join([_kirkcaldy(), "\n", _portsmouth(), "\nRead on ", str(id(object())), ".\n"])
    before = sys.getrefcount(text)
    article = read_prose(Document(path="story.txt", text=text))
    assert article.contests  # the story was read, its pronouns resolved
    del article
    # (The reader keeps the last story's row tests, a bounded cache: the next story frees it.)
    read_prose(Document(path="next.txt", text=_portsmouth("18,291")))
    gc.collect()
    assert sys.getrefcount(text) == before


def test_the_answers_kept_for_a_story_are_those_of_its_text() -> None:
    seen: dict[tuple[str, bool], bool] = {}
    text = "Jane Smith won. Ms Smith thanked voters."
    assert not pronoun_fits(text, "He", _person("Jane Smith"), seen)
    assert pronoun_fits(text, "She", _person("Jane Smith"), seen)
    assert seen == {("Jane Smith", True): True, ("Jane Smith", False): False}
