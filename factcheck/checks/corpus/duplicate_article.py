"""A document that repeats another: a copy, a lightly edited copy, or a rewrite."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.checks.corpus.common import (
    Comparison,
    Fact,
    collection,
    compare,
    describe,
    facts,
)
from factcheck.models import Article, Confidence, Document, Figure, Severity, Span
from factcheck.rule import Need, Outcome, Related, Rule, RuleContext, Scope, Violation

if TYPE_CHECKING:
    # Imported when two documents are compared, not when one article is checked.
    from factcheck.corpus import Passage
    from factcheck.corpus.collection import Collection
    from factcheck.corpus.index import Match

COPY_CONTAINMENT = 0.5
"""Half the shorter document's passages (by weighted words) repeated: a copy, edited or not."""
COPY_WORDS = 20
"""A copy repeats at least 20 words (weighted as in the index), a long sentence: a stub whose
only clause is a photo caption is "contained" in every article with that caption, but is no
copy of them (measured in docs/corpus.md)."""
REWRITE_CONTAINMENT = 0.15
"""A rewrite repeats less, so it must also report the same contest with the same figures."""
REWRITE_PASSAGES = 3
REWRITE_FIGURES = 2
EDIT_CONTAINMENT = 0.2
"""A copy edited word by word (5-20% of its words changed) keeps 0.95**5 to 0.8**5 of its word
5-grams, a third or more: a fifth of the smaller document's sampled shingles in common makes
it a candidate."""
EDIT_SHINGLES = 4
"""...and at least four distinctive ones (about 32 words of text: one in eight is sampled):
the minimum of distinctive content, so that stubs never pair."""
IN_ORDER = 0.8
"""An edited copy keeps its words in order: at least this share of the shingles in common
must come in the same order in both (else two figures in common must confirm the pair)."""
SPREAD = 0.6
"""...and they run through the shorter document: from its first shingle in common to its
last spans this share of its shingles. A follow-up story that repeats one background
paragraph of an earlier one shares a block, not the whole (measured on Wikinews)."""
MAX_RELATED = 5
REPORT_BATCH = 128
"""Findings whose documents are loaded and located together."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pair the indexes propose: its clause match and its word match, either may be None."""

    clauses: Match | None
    words: Match | None
    ordered: int = 0
    """Shared shingles in the same order in both documents (longest common subsequence)."""
    spread: float = 0.0
    """The share of the shorter document's shingles from its first shared one to its last."""

    @property
    def copied_clauses(self) -> bool:
        c = self.clauses
        return c is not None and c.containment >= COPY_CONTAINMENT and c.shared >= COPY_WORDS

    @property
    def edited(self) -> bool:
        """Enough distinctive shingles in common to be an edited copy or rewrite."""
        w = self.words
        return (
            w is not None
            and w.containment >= EDIT_CONTAINMENT
            and w.shared >= EDIT_SHINGLES * _shingle_weight()
        )

    @property
    def copied_words(self) -> bool:
        w = self.words
        return (
            self.edited
            and w is not None
            and self.ordered >= EDIT_SHINGLES
            and self.ordered >= IN_ORDER * w.passages
            and self.spread >= SPREAD
        )

    @property
    def copied(self) -> bool:
        """A copy, found by the text alone (its figures are read only to report them)."""
        return self.copied_clauses or self.copied_words

    @property
    def rewrite_shape(self) -> bool:
        """Enough repeated for a rewrite, if two figures agree: three passages of 15%."""
        c = self.clauses
        return (
            c is not None
            and c.containment >= REWRITE_CONTAINMENT
            and c.passages >= REWRITE_PASSAGES
        )

    @property
    def possible(self) -> bool:
        """Whether the pair can be a duplicate: only then are its articles read."""
        return self.copied or self.rewrite_shape or self.edited

    @property
    def measure(self) -> Match:
        """The match the finding reports: by clauses when they found it (a copy, or a
        rewrite's three passages), else by words."""
        c = self.clauses
        if c is not None and (self.copied_clauses or not self.copied_words or self.rewrite_shape):
            return c
        assert self.words is not None
        return self.words

    @property
    def by_words(self) -> bool:
        return self.measure is self.words


def _shingle_weight() -> int:
    from factcheck.corpus.collection import SHINGLE_WEIGHT

    return SHINGLE_WEIGHT


def in_order(a: Sequence[int], b: Sequence[int]) -> int:
    """How many of ``a``'s shingles found in ``b`` come in the same order in both: the
    longest common subsequence of the two, as the longest increasing run of positions."""
    where: dict[int, int] = {}
    for pos, h in enumerate(b):
        where.setdefault(h, pos)
    tails: list[int] = []
    seen: set[int] = set()
    for h in a:
        j = where.get(h)
        if j is None or h in seen:
            continue
        seen.add(h)
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
        else:
            tails[k] = j
    return len(tails)


def spread(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of the shorter sequence from its first shingle found in the other to its
    last (0.0 when none is)."""
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    found = set(other)
    at = [i for i, h in enumerate(short) if h in found]
    return (at[-1] - at[0] + 1) / len(short) if at else 0.0


def proposed(col: Collection) -> dict[tuple[int, int], Candidate]:
    """The pairs either index proposes that can be duplicates (:attr:`Candidate.possible`),
    from the indexes alone: no text is loaded, and the word order is not yet measured."""
    by_pair: dict[tuple[int, int], list[Match | None]] = {}
    for m in col.clause_matches():
        if m.containment >= REWRITE_CONTAINMENT:
            by_pair[(m.a, m.b)] = [m, None]
    for m in col.word_matches(EDIT_CONTAINMENT):
        by_pair.setdefault((m.a, m.b), [None, None])[1] = m
    out = {pair: Candidate(cm, wm) for pair, (cm, wm) in by_pair.items()}
    # Whether a pair is possible does not depend on its word order (a copy by words is
    # edited first), so the others are dropped before any text is loaded.
    return {pair: c for pair, c in out.items() if c.possible}


def measured(
    col: Collection, pairs: dict[tuple[int, int], Candidate]
) -> dict[tuple[int, int], Candidate]:
    """The pairs, each with its word order measured when its words matter."""
    out = dict(pairs)
    ordered = [p for p, c in out.items() if c.edited and not c.copied_clauses]
    # The shingles in text order of every document whose word order is measured, made in
    # one batch (each text loaded again once).
    docs = sorted({i for pair in ordered for i in pair})
    shingles = dict(zip(docs, col.shingles_of(docs), strict=True))
    for a, b in ordered:
        sa, sb, c = shingles[a], shingles[b], out[(a, b)]
        out[(a, b)] = Candidate(c.clauses, c.words, in_order(sa, sb), spread(sa, sb))
    return out


def runs(doc_passages: Sequence[Passage], shared: set[int]) -> list[Span]:
    """Consecutive shared passages merged into spans, in text order."""
    out: list[Span] = []
    start = end = -1
    for p in doc_passages:
        if p.hash in shared:
            if start < 0:
                start = p.start
            end = p.end
        elif start >= 0:
            out.append(Span(start=start, end=end))
            start = -1
    if start >= 0:
        out.append(Span(start=start, end=end))
    return out


def contest_names(article: Article) -> frozenset[str]:
    """The names of the contests an article reports, case-folded."""
    return frozenset(x.name.casefold() for x in article.contests if x.name)


def is_duplicate(
    c: Candidate, cmp: Comparison, names_a: frozenset[str], names_b: frozenset[str]
) -> bool:
    """The decision, measured in docs/corpus.md: ``names_a`` and ``names_b`` are the two
    articles' :func:`contest_names`."""
    same_contest = not names_a or not names_b or bool(names_a & names_b)
    if c.copied and same_contest:
        return True
    if len(cmp.common) < REWRITE_FIGURES:
        return False
    return c.rewrite_shape or c.edited


class DuplicateArticle(Rule):
    """A document that repeats another: a copy, a lightly edited copy, or a rewrite.

    ## What it does
    Fingerprints every clause of every document and finds, through an index of those
    fingerprints (never by comparing every pair), the documents that repeat passages of an
    earlier one (in path order). A document is a duplicate when at least half its text is
    repeated and the repeated passages come to at least 20 words (so two one-line stubs or
    captions do not pair), or when it repeats three or more passages and reports the same
    contest with at least two of the same figures (a rewrite). A copy edited word by word (a
    sub-editor's pass over 5-20% of the words) is found by sampled runs of five words: when
    a fifth of them are in common, in the same order, through most of the shorter text.
    Passages found in many documents, such as a site's "Subscribe to our newsletter" or a
    series' template, count for little, and wire boilerplate is ignored. The finding
    points at the longest repeated passage, at the passages it repeats in the other document,
    and lists the figures the two versions have in common and those that differ.

    ## Why is this bad?
    Versions of one story drift apart: a correction made in one is missed in the other, and
    a figure changed in one contradicts the other. An archive with duplicates also counts
    the same error twice.

    ## Example
    ```text
    === first.txt ===
    Rushanara Ali held Bethnal Green and Bow for Labour with 42,969 votes, increasing her
    majority at the count in the ExCel Centre in the early hours of the morning.

    === second.txt ===
    Rushanara Ali held Bethnal Green and Bow for Labour with 42,969 votes, increasing her
    majority at the count in the ExCel Centre in the early hours of the morning.
    ```

    ## Use instead
    ```text
    === first.txt ===
    Rushanara Ali held Bethnal Green and Bow for Labour with 42,969 votes, increasing her
    majority at the count in the ExCel Centre in the early hours of the morning.

    === second.txt ===
    Jim Fitzpatrick held Poplar and Limehouse with 39,558 votes, and thanked the volunteers
    who had knocked on doors across the Isle of Dogs through a wet spring.
    ```

    ## How to silence it
    Keep one version of each story in the folder you check, or check the versions separately.
    To switch the rule off, add `"duplicate-article"` to `ignore`.
    """

    code = "DUP101"
    name = "duplicate-article"
    severity = Severity.WARNING
    scope = Scope.CORPUS
    needs = frozenset({Need.OTHER_ARTICLES})
    reads_on_demand = True

    def check_corpus(
        self, articles: Sequence[Article], ctx: RuleContext
    ) -> Iterator[tuple[Article, Outcome]]:
        """Report each document that repeats an earlier one, against its closest match."""
        if len(articles) < 2:
            return
        col = collection(articles)
        yield from self.confirm(col, proposed(col), ctx)

    def confirm(
        self, col: Collection, pairs: dict[tuple[int, int], Candidate], ctx: RuleContext
    ) -> Iterator[tuple[Article, Outcome]]:
        """Report each later document of these proposed pairs (by position in ``col``) that
        duplicates an earlier one, against its closest match. A document's findings depend
        only on the pairs it is the later of: so pairs split by their later document can be
        confirmed apart (on Dask's workers, :mod:`factcheck.dask`) with the same findings."""
        # Only the articles of candidate pairs are read for their figures, each once: what
        # the decision needs of it is kept, not the article.
        read: dict[int, tuple[dict[Fact, Figure], frozenset[str]]] = {}

        def figures(i: int) -> tuple[dict[Fact, Figure], frozenset[str]]:
            got = read.get(i)
            if got is None:
                article = col[i]
                got = read[i] = (facts(article, ctx.election), contest_names(article))
            return got

        best: dict[int, tuple[Candidate, Comparison]] = {}
        for (ia, ib), cand in sorted(measured(col, pairs).items()):
            (fa, na), (fb, nb) = figures(ia), figures(ib)
            cmp = compare(fa, fb, ctx.rounding, ctx.pack)
            if not is_duplicate(cand, cmp, na, nb):
                continue
            m = cand.measure
            held = best.get(ib)
            if held is None or (m.containment, -ia) > (
                held[0].measure.containment,
                -held[0].measure.a,
            ):
                best[ib] = (cand, cmp)
        from factcheck.corpus.fingerprint import passages_of

        found = sorted(best)
        for k in range(0, len(found), REPORT_BATCH):
            # A finding needs the two texts and their passages, not the figures (cmp holds
            # those): the passages of a batch of findings are hashed together.
            chunk = [(best[later][0].measure.a, later) for later in found[k : k + REPORT_BATCH]]
            ids = sorted({i for pair in chunk for i in pair})
            docs = {i: col.document(i) for i in ids}
            located = dict(zip(ids, passages_of([docs[i].text for i in ids]), strict=True))
            for first, later in chunk:
                cand, cmp = best[later]
                a, b = docs[first], docs[later]
                yield (
                    Article(document=b),
                    self._violation((a, located[first]), located[later], cand, cmp),
                )

    def _violation(
        self,
        earlier: tuple[Document, Sequence[Passage]],
        pb: Sequence[Passage],
        cand: Candidate,
        cmp: Comparison,
    ) -> Violation:
        """The finding on the later document (of passages ``pb``) against ``earlier`` (a
        document and its passages)."""
        a, pa = earlier
        m = cand.measure
        shared = {p.hash for p in pa} & {p.hash for p in pb}
        runs_a, runs_b = runs(pa, shared), runs(pb, shared)
        longest = max(runs_b, key=lambda s: (s.end - s.start, -s.start), default=None)
        top_a = sorted(
            sorted(runs_a, key=lambda s: (s.start - s.end, s.start))[:MAX_RELATED],
            key=lambda s: s.start,
        )
        related = [Related(s, "repeated from here", path=a.path) for s in top_a]
        in_common = [f"{describe(f)}: {fb.text}" for f, _, fb in cmp.common]
        differ = [
            {"fact": describe(f), "this": fb.text, "other": fa.text} for f, fa, fb in cmp.differ
        ]
        for f, fa, _ in cmp.differ:
            if fa.span is not None:
                related.append(Related(fa.span, f"{describe(f)} differs here", path=a.path))
        if cand.by_words:
            what = "copies" if cand.copied_words else "rewrites"
            message = (
                f"this document {what} {a.path} with words changed: "
                f"{m.containment:.0%} of the shorter text's sampled word sequences in common"
            )
        else:
            what = "copies" if m.containment >= COPY_CONTAINMENT else "rewrites"
            message = (
                f"this document {what} {a.path}: {m.passages} passages in common "
                f"({m.containment:.0%} of the shorter text)"
            )
        if cmp.common:
            message += f", with {len(cmp.common)} figures in common"
        if differ:
            message += f"; {len(differ)} figures differ: " + "; ".join(
                f"{d['fact']} is {d['this']} here, {d['other']} there" for d in differ
            )
        return Violation(
            message=message,
            span=longest,
            evidence={
                "duplicate_of": a.path,
                "containment": round(m.containment, 4),
                "jaccard": round(m.jaccard, 4),
                "shared_words": cand.clauses.shared if cand.clauses else 0,
                "shared_passages": cand.clauses.passages if cand.clauses else 0,
                "shared_shingles": cand.words.passages if cand.words else 0,
                "method": "words" if cand.by_words else "clauses",
                "figures_in_common": in_common,
                "figures_differ": differ,
            },
            confidence=Confidence.HIGH
            if (cand.copied_words if cand.by_words else m.containment >= COPY_CONTAINMENT)
            else Confidence.MEDIUM,
            related=tuple(related),
        )
