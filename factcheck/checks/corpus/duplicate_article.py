"""A document that repeats another: a copy, a lightly edited copy, or a rewrite."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from factcheck.checks.corpus.common import (
    Comparison,
    Fact,
    compare,
    describe,
    facts,
    related_pairs,
)
from factcheck.corpus import Passage, passages
from factcheck.corpus.index import Match
from factcheck.models import Article, Confidence, Figure, Severity, Span
from factcheck.rule import Outcome, Related, Rule, RuleContext, Scope, Violation

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
MAX_RELATED = 5


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


def is_duplicate(m: Match, cmp: Comparison, a: Article, b: Article) -> bool:
    """The decision, measured in docs/corpus.md."""
    names_a = {c.name.casefold() for c in a.contests if c.name}
    names_b = {c.name.casefold() for c in b.contests if c.name}
    same_contest = not names_a or not names_b or bool(names_a & names_b)
    if m.containment >= COPY_CONTAINMENT and m.shared >= COPY_WORDS and same_contest:
        return True
    return (
        m.containment >= REWRITE_CONTAINMENT
        and m.passages >= REWRITE_PASSAGES
        and len(cmp.common) >= REWRITE_FIGURES
    )


class DuplicateArticle(Rule):
    """A document that repeats another: a copy, a lightly edited copy, or a rewrite.

    ## What it does
    Fingerprints every clause of every document and finds, through an index of those
    fingerprints (never by comparing every pair), the documents that repeat passages of an
    earlier one (in path order). A document is a duplicate when at least half its text is
    repeated and the repeated passages come to at least 20 words (so two one-line stubs or
    captions do not pair), or when it repeats three or more passages and reports the same
    contest with at least two of the same figures (a rewrite). Passages found in many
    documents, such as a site's "Subscribe to our newsletter", count for little. The finding
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

    def check_corpus(
        self, articles: Sequence[Article], ctx: RuleContext
    ) -> Iterator[tuple[Article, Outcome]]:
        """Report each document that repeats an earlier one, against its closest match."""
        if len(articles) < 2:
            return
        _, matches = related_pairs(articles)
        fact_cache: dict[int, dict[Fact, Figure]] = {}
        best: dict[int, tuple[Match, Comparison]] = {}
        for m in matches:
            if m.containment < REWRITE_CONTAINMENT:
                continue
            a, b = articles[m.a], articles[m.b]
            fa = fact_cache.setdefault(m.a, facts(a, ctx.election))
            fb = fact_cache.setdefault(m.b, facts(b, ctx.election))
            cmp = compare(fa, fb, ctx.rounding)
            if not is_duplicate(m, cmp, a, b):
                continue
            held = best.get(m.b)
            if held is None or (m.containment, -m.a) > (held[0].containment, -held[0].a):
                best[m.b] = (m, cmp)
        for later in sorted(best):
            m, cmp = best[later]
            yield articles[later], self._violation(articles[m.a], articles[later], m, cmp)

    def _violation(self, a: Article, b: Article, m: Match, cmp: Comparison) -> Violation:
        pa, pb = passages(a.document.text), passages(b.document.text)
        shared = {p.hash for p in pa} & {p.hash for p in pb}
        runs_a, runs_b = runs(pa, shared), runs(pb, shared)
        longest = max(runs_b, key=lambda s: (s.end - s.start, -s.start), default=None)
        top_a = sorted(
            sorted(runs_a, key=lambda s: (s.start - s.end, s.start))[:MAX_RELATED],
            key=lambda s: s.start,
        )
        related = [Related(s, "repeated from here", path=a.document.path) for s in top_a]
        in_common = [f"{describe(f)}: {fb.text}" for f, _, fb in cmp.common]
        differ = [
            {"fact": describe(f), "this": fb.text, "other": fa.text} for f, fa, fb in cmp.differ
        ]
        for f, fa, _ in cmp.differ:
            if fa.span is not None:
                related.append(
                    Related(fa.span, f"{describe(f)} differs here", path=a.document.path)
                )
        what = "copies" if m.containment >= COPY_CONTAINMENT else "rewrites"
        message = (
            f"this document {what} {a.document.path}: {m.passages} passages in common "
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
                "duplicate_of": a.document.path,
                "containment": round(m.containment, 4),
                "jaccard": round(m.jaccard, 4),
                "shared_words": m.shared,
                "shared_passages": m.passages,
                "figures_in_common": in_common,
                "figures_differ": differ,
            },
            confidence=Confidence.HIGH if m.containment >= COPY_CONTAINMENT else Confidence.MEDIUM,
            related=tuple(related),
        )
