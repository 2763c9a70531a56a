"""Hand-built articles for rule tests: where a phrase is, and a check of given claims."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import factcheck
from factcheck.intervals import to_decimal
from factcheck.models import (
    Article,
    CandidateResult,
    ChangeClaim,
    Claim,
    ContestResult,
    Direction,
    Document,
    Figure,
    Quantity,
    Span,
    Unit,
)
from factcheck.packs import default_pack


def at(text: str, phrase: str, after: str = "") -> Span:
    """The span of ``phrase`` in ``text``, searched for from the first ``after``."""
    start = text.index(phrase, text.index(after) if after else 0)
    return Span(start=start, end=start + len(phrase))


def check_article(
    text: str,
    *claims: Claim,
    contests: tuple[ContestResult, ...] = (),
    select: Sequence[str],
    election: str | None = None,
) -> factcheck.Report:
    """Check an article made of ``text``, its claims and contests, with the selected rules
    (against the official record of ``election``, when given)."""
    return factcheck.check(
        article(text, *claims, contests=contests), select=list(select), election=election
    )


def article(
    text: str, *claims: Claim, contests: tuple[ContestResult, ...] = (), election: str = ""
) -> Article:
    """An article made of ``text`` (a story of ``election`` in its front matter, when given),
    its claims and contests."""
    metadata = {"election": election} if election else {}
    document = Document(path="story.txt", text=text, metadata=metadata)
    return Article(document=document, contests=contests, claims=claims)


def count(
    text: str, phrase: str, value: int | None = None, *, hedge: str = "exact", after: str = ""
) -> Figure:
    """A count of votes at ``phrase`` in ``text`` (searched for from ``after``): ``value``, or
    the number the phrase is ("24,317"), with its hedge ("nearly")."""
    n = int(phrase.replace(",", "")) if value is None else value
    figure = Figure.count(n, span=at(text, phrase, after))
    return figure if hedge == "exact" else figure.model_copy(update={"hedge": hedge})


def share_change(
    amount: Figure | None, *, direction: Direction = Direction.DOWN, **fields: object
) -> ChangeClaim:
    """Labour's share of the vote changing by ``amount``: it "fell", or "rose" when
    ``direction`` is up; ``fields`` add the rest (the seat, the levels) or replace any of it."""
    return ChangeClaim.model_validate(
        {
            "quantity": Quantity.SHARE,
            "party": "Labour",
            "direction": direction,
            "direction_text": "fell" if direction is Direction.DOWN else "rose",
            "amount": amount,
            **fields,
        }
    )


def share_rise(
    text: str, amount: Figure | None, before: str, after: str, *, mark: str = "%"
) -> ChangeClaim:
    """Labour's share of the vote rising by ``amount``, from ``before``% to ``after``% as
    they stand in ``text`` (each level written with ``mark``: "%", "pc")."""
    return share_change(
        amount,
        direction=Direction.UP,
        previous=fig(text, f"{before}{mark}", before),
        current=fig(text, f"{after}{mark}", after),
    )


def change(
    text: str,
    word: str,
    direction: Direction,
    quantity: Quantity = Quantity.SHARE,
    **fields: object,
) -> ChangeClaim:
    """A change of ``quantity`` said by ``word`` in ``text`` ("down from", "rose"), which says
    ``direction``; ``fields`` add the rest (whose, the levels, the amount)."""
    return ChangeClaim.model_validate(
        {
            "quantity": quantity,
            "direction": direction,
            "direction_text": word,
            "direction_span": at(text, word),
            **fields,
        }
    )


def rank(text: str, word: str, value: int) -> Figure:
    """A finishing position written as ``word`` in ``text`` ("third"), standing for ``value``."""
    return Figure(text=word, value=Decimal(value), unit=Unit.RANK, exact=True, span=at(text, word))


# Poplar and Limehouse, 2017, as an article gives it: Jim Fitzpatrick 39,558 votes, Christopher
# Wilford 11,846.
POPLAR = ContestResult(
    name="Poplar and Limehouse",
    candidates=(
        CandidateResult(name="Jim Fitzpatrick", votes=Figure.count(39558)),
        CandidateResult(name="Christopher Wilford", votes=Figure.count(11846)),
    ),
)


def fig(
    text: str,
    phrase: str,
    value: str,
    *,
    unit: Unit = Unit.PERCENT,
    hedge: str = "exact",
    written: str | None = None,
    after: str = "",
) -> Figure:
    """A figure as the number reader gives it, at ``phrase`` in ``text`` (searched for from
    ``after``): ``value`` as written in figures, which sets its precision ("45.5" steps by
    0.1, "11" by 1); ``written`` is its words when spelt out ("five")."""
    d = Decimal(value)
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    return Figure(
        text=written or value,
        value=d,
        unit=unit,
        precision=Decimal(1).scaleb(exponent),
        hedge=hedge,
        span=at(text, phrase, after),
    )


def fraction(text: str, phrase: str, words: str, hedge: str) -> Figure:
    """A fraction word of the default pack as the number reader gives it ("a third" at
    33.333333333333%), at ``phrase`` in ``text``."""
    landmarks = default_pack().landmarks.values()
    ratio = next(lm.value for lm in landmarks if words in lm.words)
    return Figure(
        text=words,
        value=to_decimal(ratio * 100, 12),
        unit=Unit.PERCENT,
        precision=Decimal("1e-12"),
        hedge=hedge,
        span=at(text, phrase),
    )
