"""Hand-built articles for rule tests: where a phrase is, and a check of given claims."""

from __future__ import annotations

from collections.abc import Sequence

import factcheck
from factcheck.models import Article, Claim, ContestResult, Document, Span


def at(text: str, phrase: str, after: str = "") -> Span:
    """The span of ``phrase`` in ``text``, searched for from the first ``after``."""
    start = text.index(phrase, text.index(after) if after else 0)
    return Span(start=start, end=start + len(phrase))


def check_article(
    text: str,
    *claims: Claim,
    contests: tuple[ContestResult, ...] = (),
    select: Sequence[str],
) -> factcheck.Report:
    """Check an article made of ``text``, its claims and contests, with the selected rules."""
    article = Article(
        document=Document(path="story.txt", text=text), contests=contests, claims=claims
    )
    return factcheck.check(article, select=list(select))
