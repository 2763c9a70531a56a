"""Surnames opening on lower-case particles, one or two of them ("Mabon ap Gwynfor", "Susan
van de Ven", "Christopher von Ruhland"): the reader finds the whole name, so the person's
votes are theirs (twenty-second session; six outlets on the open skeletons write such names,
and two particles in a row, or the Welsh "ap", cut the name short before). The particles are
the ones name folding knows (:data:`factcheck.names.PARTICLES`), one list for both.

Sentences are ours, in the patterns real copy uses; figures are the official ones for the seat
and year named, and each "wrong" variant changes one as a slip would.
"""

from __future__ import annotations

import pytest
from story_files import article_of, candidate_named, contest_named, findings_of

from factcheck.names import PARTICLES


@pytest.mark.parametrize(
    ("sentence", "seat", "name", "votes"),
    [
        (
            "In Clwyd South, Plaid Cymru's Mabon ap Gwynfor polled 3,620 votes.",
            "Clwyd South",
            "Mabon ap Gwynfor",
            3620,
        ),
        (
            "In South Cambridgeshire, Liberal Democrat Susan van de Ven polled 12,102 votes.",
            "South Cambridgeshire",
            "Susan van de Ven",
            12102,
        ),
        (
            "Christopher von Ruhland of the Greens took 2,461 votes in Cardiff Central.",
            "Cardiff Central",
            "Christopher von Ruhland",
            2461,
        ),
    ],
)
def test_a_surname_opening_on_particles_is_read_whole(
    sentence: str, seat: str, name: str, votes: int
) -> None:
    person = candidate_named(contest_named(article_of(sentence), seat), name)
    assert person.votes is not None
    assert person.votes.value == votes


@pytest.mark.parametrize("particle", sorted(PARTICLES))
def test_every_particle_name_folding_knows_joins_a_name(particle: str) -> None:
    sentence = f"In Clwyd South, Jane {particle} Morgan polled 3,620 votes."
    contest = contest_named(article_of(sentence), "Clwyd South")
    person = candidate_named(contest, f"Jane {particle} Morgan")
    assert person.votes is not None


def test_a_slip_in_the_votes_of_a_name_with_two_particles_is_found() -> None:
    right = "Liberal Democrat Susan van de Ven polled 12,102 votes in South Cambridgeshire."
    assert findings_of(right, "uk-ge-2017") == []
    wrong = findings_of(right.replace("12,102", "12,201"), "uk-ge-2017")
    assert [f.text for f in wrong] == ["12,201"]
    assert "12,102" in wrong[0].message
