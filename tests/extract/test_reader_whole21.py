"""The twenty-first session's whole-module mutation runs of the reader (docs/testing.md,
"Session 21"): each test pins a behaviour that a mutant of a reader module changed and no
existing test caught.

The sentences and cards are written here in the patterns of the committed examples; none is
copied from an article.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Direction, Document, Quantity


def _article(text: str) -> Article:
    return read_prose(Document(path="story.txt", text=text))


def _turnout_changes(article: Article) -> list[ChangeClaim]:
    return [
        c for c in article.claims if isinstance(c, ChangeClaim) and c.quantity is Quantity.TURNOUT
    ]


# -- claims/turnout_cards.py ----------------------------------------------------------------

# A card's turnout block with its fields on lines of their own, no bullets: one sentence.
_BLOCK = "Registered voters: 61,762\n% share: 71.9%\nChange since 2017: -2.0"


def test_a_card_opening_the_story_is_read_for_the_seat_the_story_names() -> None:
    # The block starts the text; the story's one seat is named after it.
    article = _article(_BLOCK + "\n\nGower stayed Labour.")
    (gower,) = article.contests
    assert gower.name == "Gower"
    assert gower.electorate is not None
    assert gower.electorate.value == 61762
    assert gower.turnout is not None
    assert gower.turnout.value == Decimal("71.9")
    (change,) = _turnout_changes(article)
    assert change.contest == "Gower"


def test_a_cards_turnout_change_written_with_a_percent_sign_is_still_in_points() -> None:
    card = (
        "Gower\n\n  • LAB majority: 1,837\n  • Registered voters: 61,762\n  • % share: 71.9%\n"
        "  • Change since 2017: -2.0%\n\nVote share\n"
    )
    (change,) = _turnout_changes(_article(card))
    assert change.contest == "Gower"
    assert change.since == "2017"
    assert change.amount is not None
    assert change.amount.value == Decimal("2.0")
    assert change.amount.unit.value == "points"


def test_a_persons_share_beside_a_change_since_an_election_is_still_theirs() -> None:
    # "change since" is a card's cue, but this share is in no card's block.
    article = _article(
        "Jane Smith won Gower with 45.5% of the vote, a change since 2017 of +3.1 points."
    )
    shares = {c.name: c.share.value for k in article.contests for c in k.candidates if c.share}
    assert shares == {"Jane Smith": Decimal("45.5")}
    article = _article("Labour held Gower. Turnout was 71.9%, a change since 2017 of 2 points.")
    (gower,) = article.contests
    assert gower.turnout is not None
    assert gower.turnout.value == Decimal("71.9")


def test_a_card_under_a_line_naming_its_seat_is_read_for_that_seat() -> None:
    article = _article("The Gower result\n" + _BLOCK)
    (gower,) = article.contests
    assert gower.turnout is not None
    assert gower.turnout.value == Decimal("71.9")
    assert gower.turnout.grounds is not None
    assert gower.turnout.grounds.seat == "Gower, named in the sentence"
    (change,) = _turnout_changes(article)
    assert change.contest == "Gower"


def test_a_card_under_a_line_naming_two_seats_is_left_unread() -> None:
    # Which of the two the card is, the line does not say.
    article = _article("Labour held Gower, and Swansea West next door\n" + _BLOCK)
    assert [k.turnout for k in article.contests if k.turnout is not None] == []
    assert _turnout_changes(article) == []


def test_a_cards_turnout_change_quotes_its_size_and_points_at_its_figure() -> None:
    text = "Labour held Gower.\n\n" + _BLOCK
    (change,) = _turnout_changes(_article(text))
    assert change.direction is Direction.DOWN
    assert change.amount is not None
    # The sign is the direction; the amount is the size of the change, as written.
    assert change.amount.text == "2.0"
    assert change.span is not None
    assert text[change.span.start : change.span.end] == "-2.0"


def test_a_cards_turnout_change_inside_quotation_marks_is_a_quoted_claim() -> None:
    text = "Labour held Gower.\n\n“" + _BLOCK + "”"
    (change,) = _turnout_changes(_article(text))
    assert change.amount is not None
    assert change.amount.quoted
    assert change.quoted
