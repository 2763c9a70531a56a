"""What a rule is: stable metadata, a docstring that is its documentation, and a check.

A rule reads typed models and yields :class:`Violation` or :class:`Skip` values. It never
parses text, reads files or prints: the engine turns its output into located findings.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, ClassVar

from factcheck import compiled_re as re
from factcheck.intervals import Number, Rounding, to_decimal
from factcheck.models import (
    Article,
    Confidence,
    Consequence,
    ContestResult,
    Document,
    Figure,
    Severity,
    Span,
    Suppression,
)
from factcheck.packs import Pack, default_pack
from factcheck.reference.source import ResultsSource


class Need(StrEnum):
    """What a rule needs, beyond the article it looks at, to find anything.

    The engine imports, makes and runs a rule only for a run that has what it needs: a run
    without it is the run the rule would have made, finding nothing.
    """

    ELECTION = "election"
    """An election to check against: the run's (``--election``) or the article's front
    matter's. The reference rules say nothing about an article with none."""
    OTHER_ARTICLES = "other-articles"
    """Two documents or more: the corpus rules compare articles."""


class Scope(StrEnum):
    """What a rule looks at."""

    CONTEST = "contest"
    """One contest's figures, as one article or results file reports them."""
    ARTICLE = "article"
    CORPUS = "corpus"
    REFERENCE = "reference"
    SUPPRESSION = "suppression"
    """The suppressions written in a document, once every other rule has run."""


@dataclass(frozen=True, slots=True)
class Related:
    """A secondary place a violation points at, in the same document unless ``path`` says."""

    span: Span | None
    message: str
    path: str | None = None
    """Another document's path, for corpus rules (a duplicate, a conflicting figure)."""


@dataclass(frozen=True, slots=True)
class Violation:
    """What a rule reports; the engine adds the rule's metadata and the location."""

    message: str
    figure: Figure | None = None
    """The figure judged out of line: its span becomes the finding's primary location."""
    span: Span | None = None
    """The primary location when it is not a figure (a name, say)."""
    evidence: dict[str, Any] = field(default_factory=dict)
    arithmetic: tuple[str, ...] = ()
    fix: str | None = None
    corrected: str | None = None
    """The literal correction, when the fix is one: the blamed figure's text as it should be
    written ("11,846" for "11,486"), or, for a violation located by ``span`` alone, the whole
    span's text ("Christopher Wilford"). The engine puts it in place of the figure's text
    inside its span, so the words and symbols around it ("pc", "votes") stay as written."""
    replacement: str | None = None
    """The literal text for the whole primary span, when the rule knows it (a rewording)."""
    consequences: tuple[Consequence, ...] = ()
    confidence: Confidence = Confidence.HIGH
    severity: Severity | None = None
    """Overrides the rule's default severity for this finding (a rule that is unsure says so)."""
    related: tuple[Related, ...] = ()

    @property
    def primary_span(self) -> Span | None:
        """Where the finding points."""
        if self.figure is not None and self.figure.span is not None:
            return self.figure.span
        return self.span

    def at_most_warning(self, why: str, evidence: Mapping[str, Any] | None = None) -> Violation:
        """This finding as one resting on a reading that may be wrong (``why``): at most a
        warning, with no fix, its message ending "(``why``, so no fix is offered)", and
        ``evidence`` added to its own.

        A severity is lowered, never raised: an info note stays a note. High confidence
        becomes medium, as for any finding resting on a loose reading (the finding may be
        about the wrong figures, however sure its arithmetic). A finding that is already at
        most a warning with no fix is left as it is but for the evidence: nothing about it
        changes, so there is nothing for the note to explain."""
        more = {**self.evidence, **(evidence or {})}
        has_fix = not (self.fix is None and self.corrected is None and self.replacement is None)
        low = self.severity is not None and self.severity.level <= Severity.WARNING.level
        if low and not has_fix:
            return replace(self, evidence=more)
        return replace(
            self,
            message=f"{self.message} ({why}, so no fix is offered)",
            evidence=more,
            fix=None,
            corrected=None,
            replacement=None,
            # The rule's own (None) becomes a warning: the engine keeps the lower of that and
            # the rule's configured severity, so an info rule's finding stays a note.
            severity=self.severity if low else Severity.WARNING,
            confidence=Confidence.MEDIUM if self.confidence is Confidence.HIGH else self.confidence,
        )


def as_written(figure: Figure, value: Number) -> str | None:
    """``value`` written the way ``figure`` writes numbers: its decimals, and thousands
    separators only if it uses them. None for a figure written in words ("five")."""
    if not any(ch.isdigit() for ch in figure.text):
        return None
    text = f"{to_decimal(value, figure.decimals):,.{figure.decimals}f}"
    return text if "," in figure.text else text.replace(",", "")


@dataclass(frozen=True, slots=True)
class Skip:
    """The rule lacks the data it needs: recorded as "not checked", never as a pass."""

    reason: str


Outcome = Violation | Skip


# What the engine does with the findings of a rule that sets candidates against each other in
# a story of several seats (``engine._several_seats``, ``engine._across_seats``): told once, on
# every such rule's page.
ACROSS_SEATS = (
    "In prose that names more than one seat, a finding resting on a figure whose seat was\n"
    "inferred (carried from an earlier paragraph, the nearest of several seats named) is not\n"
    "checked: that candidate may be another seat's, and one candidate from another seat in\n"
    "the list makes a false sum or order (on copy nobody had tuned the reader on, such\n"
    "findings were right once in 19); nor is one in prose with two lists or more of no named\n"
    "seat, whose figure with no seat may be any list's. Where every figure's seat is stated,\n"
    "a finding is at most a warning with no fix: a rival of another seat or election may\n"
    "still have been read into the list (such errors were right in none of 3). A list read\n"
    "from prose that holds two candidates of one party (Independents apart) is pooled from\n"
    "several seats or elections, so it is not checked, whatever the story names; so is one\n"
    "that holds someone, named in full, whom the official record (an election given) does\n"
    "not have among the seat's candidates at that election, beside some it does: a past\n"
    "MP's or winner's count read into this election's list. A story about one seat and a\n"
    "contest given as data are checked as before."
)
"""The paragraph :meth:`Rule.documentation` adds to such a rule's page."""


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Settings a rule may read."""

    rounding: Rounding = "half-up"
    options: dict[str, Any] = field(default_factory=dict)
    pack: Pack = field(default_factory=default_pack)
    """The rule packs in force: hedge meanings, landmarks, parties."""
    election: str | None = None
    """The election articles are about, when configured (an article's front matter wins,
    unless ``election_given``)."""
    election_given: bool = False
    """True when ``election`` was given for this run (``--election``): it then beats an
    article's front matter; an election from a configuration file is only a default."""
    reference: ResultsSource | None = None
    """Official results to check against, when an election or reference file is configured."""


@dataclass(frozen=True, slots=True)
class SuppressionUse:
    """A suppression written in a document, and what it did in this run."""

    suppression: Suppression
    silenced: int = 0
    """How many findings it silenced."""
    judged: bool = False
    """Whether some rule it names ran, so that silencing nothing means it is not needed."""


_CODE = re.compile(r"^[A-Z]{1,4}[0-9]{1,4}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


class Rule:
    """Base class for every rule. Subclass it, set the metadata, write the docstring.

    The docstring is the rule's documentation page, with the sections ``## What it does``,
    ``## Why is this bad?``, ``## Example`` and ``## Use instead``.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    scope: ClassVar[Scope] = Scope.CONTEST
    priority: ClassVar[int] = 100
    """When two rules blame the same figure, the finding of the lower priority wins."""
    needs: ClassVar[frozenset[Need]] = frozenset()
    """What the rule needs beyond the article (:class:`Need`); a rule that needs nothing more
    runs on every article (or corpus) of its scope."""
    sets_candidates_against_each_other: ClassVar[bool] = False
    """A contest rule that weighs one candidate's figures against the others' (places against
    votes, shares against counts) sets this: in prose naming several seats, a finding of such
    a rule on a figure whose seat was inferred is not checked, as that candidate may be another
    seat's, and any other finding of it is at most a warning (:mod:`factcheck.engine`). Its
    page says so: :meth:`documentation` adds :data:`ACROSS_SEATS`."""
    reads_on_demand: ClassVar[bool] = False
    """A corpus rule that sets this looks at a few articles' figures, not every one's: when
    only such rules run, articles are not read for figures up front, and ``articles[i]`` in
    :meth:`check_corpus` reads the i-th when the rule asks for it."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if inspect.isabstract(cls) or "code" not in cls.__dict__:
            return
        if not _CODE.match(cls.code):
            raise TypeError(f"{cls.__name__}.code {cls.code!r} must look like 'NUM101'")
        if not _NAME.match(cls.name):
            raise TypeError(f"{cls.__name__}.name {cls.name!r} must be kebab-case")
        if not (cls.__doc__ or "").strip():
            raise TypeError(f"{cls.__name__} needs a docstring: it is the rule's documentation")

    @classmethod
    def summary(cls) -> str:
        """The first line of the docstring."""
        return (inspect.getdoc(cls) or "").strip().splitlines()[0]

    @classmethod
    def documentation(cls) -> str:
        """The whole docstring, dedented; for a rule that sets candidates against each other,
        with :data:`ACROSS_SEATS` closing its first section (one text for every such rule's
        page, as the engine applies one policy to them all)."""
        doc = inspect.getdoc(cls) or ""
        if not cls.sets_candidates_against_each_other:
            return doc
        head, why, rest = doc.partition("\n## Why is this bad?")
        return f"{head.rstrip()}\n\n{ACROSS_SEATS}\n{why}{rest}"

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterable[Outcome]:
        """Contest-scope rules: yield a Violation for each problem, or a Skip for missing data."""
        raise NotImplementedError

    def check_article(self, article: Article, ctx: RuleContext) -> Iterable[Outcome]:
        """Article- and reference-scope rules: look at the whole article (its contests and
        claims; for reference rules, ``ctx.reference`` too).

        Violations here are located in the article's document like any other.
        """
        raise NotImplementedError

    def check_suppressions(
        self, document: Document, uses: Sequence[SuppressionUse], ctx: RuleContext
    ) -> Iterable[Outcome]:
        """Suppression-scope rules: look at a document's suppressions and what they did."""
        raise NotImplementedError

    def check_corpus(
        self, articles: Sequence[Article], ctx: RuleContext
    ) -> Iterable[tuple[Article, Outcome]]:
        """Corpus-scope rules: look across articles; yield each outcome with the article it
        is located in (its ``related`` places may name other articles' paths)."""
        raise NotImplementedError
