"""Hedged shares and turnouts (``claims/bounds.py``) and parties' seat tallies
(``claims/seats.py``) at the edges their first tests left open (the tenth session's mutation
run): a hedged count of votes is no bound; a bound ends with its sentence; a hedged change
"of voters" is still read as a change.

Sentences are ours, in the patterns real copy uses; each has a control read the other way.
"""

from __future__ import annotations

from story_files import article_of

from factcheck.models import BoundClaim, ChangeClaim, SeatClaim


def _bounds(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.quantity.value, c.candidate, c.bound.text)
        for c in article_of(text).claims
        if isinstance(c, BoundClaim)
    ]


def test_a_hedged_count_of_votes_is_no_bound_on_a_share() -> None:
    # (The reader offers the bound only fractions and hedged percentages.)
    assert _bounds("In Bristol West, Jane Smith won more than 20,000 of the votes cast.") == []
    # The control: the same hedge on a percentage is a bound on her share.
    assert _bounds("In Bristol West, Jane Smith won more than 20% of the votes cast.") == [
        ("share", "Jane Smith", "20")
    ]


def test_a_bound_ends_with_its_sentence() -> None:
    # A results card's hedged line, then a paragraph opening "Of the vote": not one phrase.
    text = "In Bristol West, Jane Smith, Labour: nearly 40%\n\nOf the vote, her rival took a third."
    assert _bounds(text) == []
    assert _bounds("In Bristol West, Jane Smith, Labour: nearly 40% of the vote.") == [
        ("share", "Jane Smith", "40")
    ]


def test_a_hedged_change_of_voters_is_still_read_as_a_change() -> None:
    # "of voters" without "turned out" is no turnout, so the bound leaves the figure to the
    # readers of changes.
    article = article_of(
        "In Bristol West, Jane Smith's support rose by nearly 5 per cent of voters on 2015."
    )
    assert [(c.quantity.value, c.candidate) for c in article.claims] == [("share", "Jane Smith")]
    assert all(isinstance(c, ChangeClaim) for c in article.claims)


def _bound_claims(text: str) -> list[BoundClaim]:
    return [c for c in article_of(text).claims if isinstance(c, BoundClaim)]


def test_only_the_figure_right_after_the_bound_is_its_exact_share() -> None:
    # Another exact share later in the sentence is someone else's.
    (claim,) = _bound_claims(
        "In Bristol West, Jane Smith took nearly 40pc of the vote, while Ann Ali took 21.3pc."
    )
    assert claim.exact is None
    # The control: the exact share joined to the bound is its own.
    (claim,) = _bound_claims("In Bristol West, Jane Smith took nearly 40pc of the vote, 39.6pc.")
    assert claim.exact is not None
    assert claim.exact.text == "39.6"


def test_a_candidates_exact_share_is_tied_to_her_as_the_bound_is() -> None:
    (claim,) = _bound_claims("In Bristol West, Jane Smith took nearly 40pc of the vote, 39.6pc.")
    assert claim.exact is not None
    assert claim.exact.grounds is not None
    assert claim.bound.grounds is not None
    assert claim.exact.grounds.subject == claim.bound.grounds.subject
    assert claim.exact.grounds.subject != "the contest's own figure"
    # The control: a turnout's exact figure is the contest's own.
    (claim,) = _bound_claims("In Bristol West, nearly 70pc of the electorate, 69.6pc, voted.")
    assert claim.exact is not None
    assert claim.exact.grounds is not None
    assert claim.exact.grounds.subject == "the contest's own figure"


def test_a_candidates_bound_is_in_the_seat_named_after_her() -> None:
    # With two seats in the sentence, hers is the one named after her, not the first.
    (claim,) = _bound_claims(
        "Ann Ali held Bristol East, and Jane Smith held Bristol West with nearly 40pc of the vote."
    )
    assert (claim.candidate, claim.contest) == ("Jane Smith", "Bristol West")


def _tallies(text: str) -> list[tuple[str | None, str, str]]:
    return [
        (c.party, c.verb, c.seats.text) for c in article_of(text).claims if isinstance(c, SeatClaim)
    ]


def test_a_person_named_before_the_party_or_after_the_tally_leaves_it_the_partys() -> None:
    assert _tallies("Jane Smith said Labour won 29 seats.") == [("Labour", "won", "29")]
    assert _tallies("Labour won 29 seats, Jane Smith said.") == [("Labour", "won", "29")]
    # The control: a person between the party and the count makes it hers.
    assert _tallies("Labour's Jane Smith won 29 seats.") == []


def test_a_tallys_count_is_tied_to_the_party_not_by_nearness() -> None:
    (claim,) = [c for c in article_of("Labour won 29 seats.").claims if isinstance(c, SeatClaim)]
    assert claim.seats.grounds is not None
    assert "subject" not in claim.seats.grounds.loose


def test_a_bound_ends_with_its_paragraph() -> None:
    # A hedged figure ending its paragraph: the next paragraph's "of the vote" is not its noun.
    text = "In Gower, Labour's Jane Smith won nearly 40%\n\nof the vote went to the Conservatives."
    assert _bounds(text) == []
    # The control: the noun in the same sentence makes it a bound on her share.
    assert _bounds("In Gower, Labour's Jane Smith won nearly 40% of the vote.") == [
        ("share", "Jane Smith", "40")
    ]
