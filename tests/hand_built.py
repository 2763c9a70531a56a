"""Hand-built articles for rule tests: where a phrase is, and a check of given claims."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import factcheck
from factcheck.intervals import to_decimal
from factcheck.models import Article, Claim, ContestResult, Document, Figure, Span, Unit
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
    article = Article(
        document=Document(path="story.txt", text=text), contests=contests, claims=claims
    )
    return factcheck.check(article, select=list(select), election=election)


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
