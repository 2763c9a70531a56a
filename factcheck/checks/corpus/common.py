"""What the corpus rules share: an article's figures as facts, and comparing two sets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.intervals import Interval, Rounding
from factcheck.models import CONTEST_FIGURES, Article, Figure
from factcheck.names import name_key, person_words
from factcheck.packs import Pack, truth_interval

if TYPE_CHECKING:
    # The corpus machinery is imported when a run has two documents to compare: checking one
    # article selects these rules too, and must not pay for it (tests/test_imports.py).
    from factcheck.corpus import PassageIndex
    from factcheck.corpus.collection import Collection
    from factcheck.corpus.index import Match

CANDIDATE_FIELDS = ("votes", "share", "rank")


@dataclass(frozen=True, slots=True)
class Fact:
    """What a figure is a value of: a quantity of a contest (or of one of its candidates).

    Two articles state the same fact when the election labels, the contest and candidate
    names as :mod:`factcheck.names` folds them (a candidate without titles), and the quantity
    agree. How each
    name was first written is kept for messages, and is not compared.
    """

    election: str
    contest: str
    candidate: str
    """"" for a quantity of the contest (turnout, majority ...)."""
    quantity: str
    contest_shown: str = field(default="", compare=False)
    candidate_shown: str = field(default="", compare=False)


def _label(election: str | None) -> str:
    # An election is a label ("uk-ge-2017"), not a name: only case and spacing are folded.
    return " ".join((election or "").casefold().split())


@lru_cache(maxsize=1 << 14)
def _shown(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())


FactKey = tuple[str, str, str, str]
"""A :class:`Fact`'s compared fields: election, contest, candidate, quantity."""

_place = lru_cache(maxsize=1 << 14)(name_key)
"""A contest's name key, once per name: every story of a seat names it again."""


def fact_entries(
    article: Article, election: str | None = None
) -> dict[FactKey, tuple[Figure, str, str]]:
    """:func:`facts` as plain keys, each with its figure and how the contest and candidate
    were first written: grouping a corpus's figures by fact hashes each key once, in C."""
    out: dict[FactKey, tuple[Figure, str, str]] = {}
    for contest in article.contests:
        if not contest.name:
            continue
        elec = _label(contest.election or election)
        where, shown = _place(contest.name), _shown(contest.name)
        for key in CONTEST_FIGURES:
            fig = getattr(contest, key)
            if fig is not None:
                out.setdefault((elec, where, "", key), (fig, shown, ""))
        for cand in contest.candidates:
            if cand.by_party:
                continue  # "the Lib Dems' 6,402": not a person to compare across stories
            who = " ".join(person_words(cand.name))
            for key in CANDIDATE_FIELDS:
                fig = getattr(cand, key)
                if fig is not None:
                    out.setdefault((elec, where, who, key), (fig, shown, _shown(cand.name)))
    return out


def facts(article: Article, election: str | None = None) -> dict[Fact, Figure]:
    """Every figure an article gives, by the fact it states (the first mention wins)."""
    return {
        Fact(*key, contest_shown, candidate_shown): fig
        for key, (fig, contest_shown, candidate_shown) in fact_entries(article, election).items()
    }


def describe(fact: Fact, contest_name: str | None = None) -> str:
    """A fact for a person: ``Rushanara Ali's votes in bethnal green and bow``."""
    what = fact.quantity.replace("_", " ")
    place = contest_name or fact.contest_shown or fact.contest
    who = fact.candidate_shown or fact.candidate
    return f"{who.title()}'s {what} in {place}" if fact.candidate else f"the {what} in {place}"


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two articles' figures for the same facts."""

    common: tuple[tuple[Fact, Figure, Figure], ...]
    """Facts both give, with values that can both be true."""
    differ: tuple[tuple[Fact, Figure, Figure], ...]
    """Facts both give, with values that cannot both be true under their rounding (or
    hedge)."""


def allowed(fig: Figure, rounding: Rounding, pack: Pack) -> Interval:
    """The values a figure allows: its rounding's, or, hedged, what its hedge allows in the
    packs it was read with ("nearly 43,000" allows 42,969; a newsroom's own hedge word is
    known only to its pack)."""
    if fig.hedge == "exact":
        return fig.interval(rounding)
    return truth_interval(fig, pack=pack, rounding=rounding)


def compare(
    a: dict[Fact, Figure], b: dict[Fact, Figure], rounding: Rounding, pack: Pack
) -> Comparison:
    """Compare the facts two articles share (matched on election, contest, who, what), their
    hedges read as ``pack`` reads them."""
    common = []
    differ = []
    for fact, fa in a.items():
        fb = b.get(fact)
        if fb is None:
            continue
        if allowed(fa, rounding, pack).overlaps(allowed(fb, rounding, pack)):
            common.append((fact, fa, fb))
        else:
            differ.append((fact, fa, fb))
    return Comparison(tuple(common), tuple(differ))


_cache: list[tuple[tuple[Article, ...], Collection]] = []


def collection(articles: Sequence[Article]) -> Collection:
    """The articles as a :class:`Collection` (indexed once: the last one made is kept, so
    both corpus rules of a run share it)."""
    from factcheck.corpus.collection import Collection

    if isinstance(articles, Collection):
        return articles
    key = tuple(articles)
    for seen, col in _cache:
        if len(seen) == len(key) and all(x is y for x, y in zip(seen, key, strict=True)):
            return col
    col = Collection.of(articles)
    _cache[:] = [(key, col)]
    return col


def related_pairs(articles: Sequence[Article]) -> tuple[PassageIndex, list[Match]]:
    """The clause index of the articles and every pair that shares a passage."""
    col = collection(articles)
    index = col.indexes()[0]
    return index, col.clause_matches()
