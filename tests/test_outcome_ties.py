"""Ties an outcome must not make (issue 8): a tenure is no result, a rival's party is not the
winner's, a party a person left is not theirs, and an outcome said of something the reader
does not know is not the story's seat's. Each was masked while a seat with no known earlier
holder went unchecked; now who won is judged there too, so each control fires where the
words do make the tie.

Every sentence is the team's own. Hand-checked in the bundled record: Bolsover 2019 won by
the Conservatives (Mark Fletcher); Easington 2024 by Labour (Grahame Morris); Ashfield 2024
by Reform UK (Lee Anderson, who had left the Conservatives); South East Cornwall 2024 by
Labour (Anna Gelderd).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import filed_findings

from factcheck.extract.reader import read_prose
from factcheck.models import Document, OutcomeClaim


def _outcomes(text: str) -> set[tuple[str | None, str | None, str]]:
    article = read_prose(Document(path="a.txt", text=text))
    return {(c.contest, c.party, c.verb) for c in article.claims if isinstance(c, OutcomeClaim)}


@pytest.mark.parametrize(
    ("election", "silent", "fires"),
    [
        # A tenure ("held by Labour for …") is history; held by Labour with no tenure is a
        # hold, which the Conservative win makes wrong.
        (
            "uk-ge-2019",
            "Bolsover, held by Labour for almost half a century, went to the Conservatives.",
            "Bolsover was held by Labour.",
        ),
        (
            "uk-ge-2019",
            "Bolsover, held by Labour for 49 years, went to the Conservatives.",
            "Bolsover was held by Labour in the early hours.",
        ),
        # The party a rival is named with, before a new clause, is the rival's.
        (
            "uk-ge-2024",
            "In Easington, Labour saw off a strong challenge from Reform UK as long-serving MP "
            "Grahame Morris was re-elected.",
            "In Easington, Reform UK MP Grahame Morris was re-elected.",
        ),
        # A "former" party is one the person left.
        (
            "uk-ge-2024",
            "Former Conservative MP Lee Anderson retained his Ashfield seat after defecting to "
            "Reform.",
            "Conservative MP Lee Anderson retained his Ashfield seat.",
        ),
        # "X had been a … gain" with X a seat the reader does not know: not the story's seat;
        # "It was a … gain" is.
        (
            "uk-ge-2024",
            "Sheryll Murray stood in South East Cornwall again. Earlier we reported that the old "
            "seat of a former prime minister had been a Liberal Democrat gain.",
            "Sheryll Murray stood in South East Cornwall again. It was a Liberal Democrat gain.",
        ),
    ],
)
def test_a_tie_the_words_do_not_make_is_not_judged(
    tmp_path: Path, election: str, silent: str, fires: str
) -> None:
    assert filed_findings(tmp_path, silent, election) == [], silent
    assert filed_findings(tmp_path, fires, election), fires


def test_a_loss_after_a_tenure_clause_is_still_read() -> None:
    # "after being MP for 49 years" dates the tenure, not the loss.
    assert ("Bolsover", None, "gain") in _outcomes(
        "Dennis Skinner lost his Bolsover seat after being MP for 49 years."
    )


def test_a_person_s_party_named_with_them_is_still_theirs() -> None:
    assert ("Easington", "Labour", "hold") in _outcomes(
        "In Easington, Labour MP Grahame Morris was re-elected."
    )
