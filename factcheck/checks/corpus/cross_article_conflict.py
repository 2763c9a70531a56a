"""The same fact reported with values that cannot both be true, in two documents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from factcheck.checks.corpus.common import (
    Fact,
    FactKey,
    allowed,
    describe,
    fact_entries,
    related_pairs,
)
from factcheck.models import Article, Figure
from factcheck.rule import Need, Outcome, Related, Rule, RuleContext, Scope, Violation


class CrossArticleConflict(Rule):
    """The same fact reported with values that cannot both be true, in two documents.

    ## What it does
    Collects every figure of every document by the fact it states (election, contest,
    candidate, quantity) and reports a figure whose value cannot be the same as another
    document's under their rounding: "42,969 votes" in one, "42,699 votes" in the other. Two
    documents are compared when both name the same election, or, when either does not, when
    they share passages (versions of one story): the same name in an article about another
    election is another fact. The document whose value differs from the most common one (or,
    between two, the later one) is blamed, and the other is pointed at.

    ## Why is this bad?
    At most one of two conflicting figures is right, and a reader who sees both trusts
    neither.

    ## Example
    ```text
    === first.txt ===
    Rushanara Ali held Bethnal Green and Bow for Labour with 42,969 votes. The count at the
    ExCel Centre went on through the night, and the result was declared at dawn.

    === second.txt ===
    In Bethnal Green and Bow, Labour's Rushanara Ali won 42,699 votes. Volunteers had
    knocked on doors across the borough for weeks; the count at the ExCel Centre went on
    through the night, with tired party workers waiting by the stage until dawn.
    ```

    ## Use instead
    ```text
    === first.txt ===
    Rushanara Ali held Bethnal Green and Bow for Labour with 42,969 votes. The count at the
    ExCel Centre went on through the night, and the result was declared at dawn.

    === second.txt ===
    In Bethnal Green and Bow, Labour's Rushanara Ali won 42,969 votes. Volunteers had
    knocked on doors across the borough for weeks; the count at the ExCel Centre went on
    through the night, with tired party workers waiting by the stage until dawn.
    ```

    ## How to silence it
    Correct the wrong figure (check the official result). Figures that are rounded
    differently ("43,000" and "42,969") do not conflict, nor a hedged figure and one its hedge
    allows ("nearly 43,000" and "42,969"). To switch the rule off, add
    `"cross-article-conflict"` to `ignore`.
    """

    code = "DUP102"
    name = "cross-article-conflict"
    scope = Scope.CORPUS
    needs = frozenset({Need.OTHER_ARTICLES})

    def check_corpus(
        self, articles: Sequence[Article], ctx: RuleContext
    ) -> Iterator[tuple[Article, Outcome]]:
        """Group figures by fact; blame each one that cannot equal the group's usual value."""
        if len(articles) < 2:
            return
        by_fact: dict[FactKey, list[tuple[int, Figure]]] = {}
        shown: dict[FactKey, tuple[str, str]] = {}  # as the first article to state it writes it
        for i, art in enumerate(articles):
            for key, (fig, contest_shown, candidate_shown) in fact_entries(
                art, ctx.election
            ).items():
                group = by_fact.get(key)
                if group is None:
                    by_fact[key] = [(i, fig)]
                    shown[key] = (contest_shown, candidate_shown)
                else:
                    group.append((i, fig))
        groups = [(Fact(*key, *shown[key]), g) for key, g in by_fact.items() if len(g) > 1]
        if not groups:
            return
        linked: set[tuple[int, int]] | None = None
        out: list[tuple[int, int, Violation]] = []
        for fact, members in groups:
            group = members
            if not fact.election:  # no election named: only versions of one story are compared
                if linked is None:
                    linked = {(m.a, m.b) for m in related_pairs(articles)[1]}
                group = self._linked(members, linked)
                if len(group) < 2:
                    continue
            out.extend(self._conflicts(articles, fact, group, ctx))
        for i, _, v in sorted(out, key=lambda t: (t[0], t[1])):
            yield articles[i], v

    @staticmethod
    def _linked(
        group: list[tuple[int, Figure]], linked: set[tuple[int, int]]
    ) -> list[tuple[int, Figure]]:
        """The members of a group that share passages with another member."""
        ids = [i for i, _ in group]
        keep = {
            i
            for x, i in enumerate(ids)
            for j in ids[x + 1 :]
            if (min(i, j), max(i, j)) in linked and i != j
            for i in (i, j)
        }
        return [(i, f) for i, f in group if i in keep]

    def _conflicts(
        self,
        articles: Sequence[Article],
        fact: Fact,
        group: list[tuple[int, Figure]],
        ctx: RuleContext,
    ) -> Iterator[tuple[int, int, Violation]]:
        # The usual value: the one most members agree with (ties: the earliest document).
        ivs = [allowed(f, ctx.rounding, ctx.pack) for _, f in group]
        # How many members each member's interval overlaps (itself included), compared once
        # per distinct interval: versions of one story mostly write the same figure, and a
        # group of n equal intervals would otherwise cost n * n comparisons of fractions.
        seen = Counter(ivs)
        overlapping = {iv: sum(n for other, n in seen.items() if iv.overlaps(other)) for iv in seen}
        agree = [overlapping[iv] for iv in ivs]
        ref = max(range(len(group)), key=lambda k: (agree[k], -k))
        ri, rfig = group[ref]
        for k, (i, fig) in enumerate(group):
            if i == ri or ivs[k].overlaps(ivs[ref]):
                continue
            other = articles[ri].document.path
            what = describe(fact)
            yield (
                i,
                fig.span.start if fig.span else 0,
                Violation(
                    message=(
                        f"{what} is {fig.text} here but {rfig.text} in {other}; both cannot be true"
                    ),
                    figure=fig,
                    evidence={
                        "fact": what,
                        "value": fig.text,
                        "other_value": rfig.text,
                        "other_path": other,
                        "election": fact.election or None,
                    },
                    arithmetic=(
                        f"{fig.text} allows {ivs[k]}; {rfig.text} allows {ivs[ref]}: "
                        "no value fits both",
                    ),
                    related=(Related(rfig.span, f"{other} says {rfig.text}", path=other),),
                ),
            )
