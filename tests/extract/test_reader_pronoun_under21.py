"""A person named after "under" is no pronoun's antecedent (twenty-first session, issue 8:
misreadings).

"X, a minister under Prime Minister Y, has held the seat. ¶ He won 18,509 votes": the
opening "He" of the next sentence stood for the last person named who was not a verb's or
a preposition's object, and "under" was not among the words that make one, so Y took X's
count, which no record could then check. "Under" now makes the person after it an
object, as "from", "to" and "after" do.

The sentences are ours. East Hampshire, 2024 (the record): Damian Hinds (Conservative)
18,509, Dominic Martin (Liberal Democrat) 17,234.
"""

from __future__ import annotations

from story_files import article_of

from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import pronoun_antecedent
from factcheck.models import Span

STORY = (
    "Damian Hinds, a cabinet minister under Prime Minister Boris Johnson, has held East "
    "Hampshire for the Conservatives.\n\n"
    "He won {votes} votes, ahead of the Liberal Democrat Dominic Martin.\n"
)


def _votes(text: str) -> dict[str, str]:
    return {
        c.name: c.votes.text
        for k in article_of(text).contests
        for c in k.candidates
        if c.votes is not None
    }


def test_he_is_the_sentences_subject_not_the_person_under_whom_he_served() -> None:
    assert _votes(STORY.format(votes="18,509")) == {"Damian Hinds": "18,509"}


def test_a_wrong_count_is_his_too() -> None:
    # Set against his record, not against a person who did not stand.
    assert _votes(STORY.format(votes="18,059")) == {"Damian Hinds": "18,059"}


def test_the_antecedent_skips_a_person_named_after_under() -> None:
    text = "Jane Smith, who served under Tom Brown, held the seat."
    people = [
        PersonMention(Span(start=0, end=10), "Jane Smith"),
        PersonMention(Span(start=text.index("Tom"), end=text.index(", held")), "Tom Brown"),
    ]
    assert pronoun_antecedent(text, 0, people).name == "Jane Smith"
    # The control: a person named as a clause's subject is the antecedent.
    text = "Jane Smith held the seat, and Tom Brown won the next one."
    people = [
        PersonMention(Span(start=0, end=10), "Jane Smith"),
        PersonMention(Span(start=text.index("Tom"), end=text.index(" won")), "Tom Brown"),
    ]
    assert pronoun_antecedent(text, 0, people).name == "Tom Brown"
