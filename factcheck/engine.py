"""Run rules over articles and turn their output into located, deduplicated findings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from pydantic import JsonValue

from factcheck.config import Config, ConfigError
from factcheck.models import (
    Article,
    CheckedArticle,
    Confidence,
    Consequence,
    ContestResult,
    Document,
    Figure,
    Finding,
    InputError,
    NotChecked,
    RelatedLocation,
    Severity,
    Span,
    SuppressedFinding,
    json_safe,
    trusted,
)
from factcheck.packs import Pack, default_pack, load_packs
from factcheck.reference.source import ResultsSource
from factcheck.registry import RuleInfo, chosen_rules, matches
from factcheck.rule import Need, Outcome, Rule, RuleContext, Scope, Skip, Violation

if TYPE_CHECKING:
    from factcheck.reference.corroboration import Corroborations

DOCS_URL = "https://factcheck-elections.readthedocs.io/en/latest/rules/{name}/"

CORPUS_PATH = "<corpus>"
"""The path an error in a corpus rule is reported against: it belongs to no one file."""

Checked = tuple[list[Finding], list[NotChecked], list[InputError]]
"""What checking gives: findings, checks that could not run, and inputs that could not be
checked at all."""


def internal_error(path: str, doing: str, exc: BaseException) -> InputError:
    """An unexpected exception while reading or checking one input, as an error on that input.

    A bug must not sink a run: the other files are still checked and reported, and the exit
    status says that something could not be checked (2), not that a finding was made (1).
    """
    detail = f"{type(exc).__name__}: {exc}"
    if len(detail) > 200:
        detail = detail[:199] + "…"
    return InputError(
        path=path,
        message=f"internal error while {doing} ({detail}): please report it, with the file",
    )


@dataclass(frozen=True, slots=True)
class Engine:
    """A configured set of rules, ready to check articles."""

    rules: tuple[Rule, ...]
    """The rules made with the engine; :attr:`deferred` rules are made as a run needs them,
    and :attr:`selected` lists both."""
    config: Config
    pack: Pack = field(default_factory=default_pack)
    reference: ResultsSource | None = None
    """Official results for reference rules: the bundled record, behind a configured
    reference file. Reference rules stay silent for an article no election applies to."""
    election_given: bool = False
    """True when ``config.election`` was given for this run (``--election``,
    ``check(election=...)``) rather than read from a configuration file: then it beats an
    article's front matter, as an explicit command beats a file's default."""
    deferred: tuple[RuleInfo, ...] = ()
    """Rules chosen for the engine that are imported and made only when a run has what they
    need (:class:`~factcheck.rule.Need`): a rule that needs an election for the first article
    that names one, a rule that compares articles for two documents or more. A run without
    it is the run they would have made: such a rule finds nothing without what it needs.
    :meth:`from_config` defers the rules that need something; :meth:`all_rules` makes them."""
    _slots: list[Rule | RuleInfo] = field(
        default_factory=list, init=False, repr=False, compare=False
    )
    """Every rule in the order they run (by code when some are deferred, as chosen), each
    deferred one replaced by the rule once made."""

    def __post_init__(self) -> None:
        slots: list[Rule | RuleInfo] = [*self.rules, *self.deferred]
        if self.deferred:
            slots.sort(key=lambda r: r.code)
        self._slots.extend(slots)

    @property
    def selected(self) -> tuple[RuleInfo, ...]:
        """Every rule the engine runs, made or deferred, in order, as metadata (nothing is
        imported): what callers ask before a run (does any corpus rule run?)."""
        return tuple(r if isinstance(r, RuleInfo) else RuleInfo.of(type(r)) for r in self._slots)

    def all_rules(self) -> tuple[Rule, ...]:
        """Every rule the engine runs, in order, the deferred ones made now."""
        return tuple(self._made(i) for i in range(len(self._slots)))

    def _made(self, i: int) -> Rule:
        slot = self._slots[i]
        if isinstance(slot, RuleInfo):
            slot = self._slots[i] = slot.load()()
        return slot

    def _scoped(self, election: bool) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
        """The contest rules, and the article and reference rules, in order, made now; a rule
        that needs an election only when ``election`` (or when no record is given, so that
        the reference rules say how to give one)."""
        rules = [
            self._made(i)
            for i, slot in enumerate(self._slots)
            if slot.scope is not Scope.CORPUS
            and slot.scope is not Scope.SUPPRESSION
            and (election or self.reference is None or Need.ELECTION not in slot.needs)
        ]
        contest = tuple(r for r in rules if r.scope is Scope.CONTEST)
        return contest, tuple(r for r in rules if r.scope is not Scope.CONTEST)

    def _corpus_rules(self, articles: Sequence[Article]) -> list[Rule]:
        """The corpus rules, a rule that compares articles only for two or more."""
        return [
            self._made(i)
            for i, slot in enumerate(self._slots)
            if slot.scope is Scope.CORPUS
            and (Need.OTHER_ARTICLES not in slot.needs or len(articles) >= 2)
        ]

    _plan: list[_Plan] = field(default_factory=list, init=False, repr=False, compare=False)
    """The context and the rules by scope, made on first use (an engine checks thousands of
    articles with the same ones)."""

    @property
    def context(self) -> RuleContext:
        """What every rule is given: settings, packs, the election and its official results."""
        return self._planned().context

    def _planned(self) -> _Plan:
        if not self._plan:
            ctx = RuleContext(
                rounding=self.config.rounding,
                pack=self.pack,
                election=self.config.election,
                election_given=self.election_given,
                reference=self.reference,
            )
            waiting = self.reference is not None and any(
                Need.ELECTION in r.needs and r.scope is not Scope.CORPUS for r in self._slots
            )
            self._plan.append(_Plan(ctx, *self._scoped(election=False), waiting=waiting))
        return self._plan[0]

    @classmethod
    def from_config(cls, config: Config | None = None, *, election: str | None = None) -> Engine:
        """Instantiate the rules the configuration selects, and the official record.

        A chosen rule that needs something a run may not have (an election, other articles)
        is left :attr:`deferred`, its module unimported until the run has it.

        The record is the bundled results (read on first use), behind ``config.reference``
        when one is given. ``election``, when given, replaces ``config.election`` and beats
        an article's front matter (see :attr:`election_given`). An unknown election, an
        empty selection or an unreadable reference file raises
        :class:`~factcheck.config.ConfigError`.
        """
        from factcheck.reference.loading import load_reference

        config = config or Config()
        if election is not None:
            config = config.merged(election=election)
        chosen = chosen_rules(config.select, config.extend_select, config.ignore)
        if not chosen:
            # Running no rule would report "All checks passed" on any copy.
            raise ConfigError(
                "the rule selection is empty, so nothing would be checked; select some rules "
                '(select = ["ALL"], or codes, prefixes or names from `factcheck rules`)'
            )
        pack = load_packs(config.packs) if config.packs else default_pack()
        where = "election=" if election is not None else "election"
        reference = load_reference(config.election, config.reference, pack, where=where)
        made = tuple(r.load()() for r in chosen if not r.needs)
        deferred = tuple(r for r in chosen if r.needs)
        return cls(made, config, pack, reference, election is not None, deferred)

    def check_safely(self, article: Article) -> Checked:
        """:meth:`check_article`, with what stops an article being checked as an error on it.

        An election the article's front matter names but the official record does not hold
        is an error on the file (a typo there would switch every reference rule off); an
        unexpected exception in a rule is an internal error on the file, so the run goes on.
        """
        problem = self.election_problem(article)
        if problem is not None:
            return [], [], [problem]
        try:
            findings, skipped = self.check_article(article)
        except Exception as exc:  # any bug is reported against its file
            return [], [], [internal_error(article.document.path, "checking it", exc)]
        return findings, skipped, []

    def checked_article(self, article: Article) -> CheckedArticle:
        """The article with the official result of each contest, found as the reference
        rules find it (same election, same name matching)."""
        from factcheck.reference.lookup import election_of, official_for

        ctx = self.context
        official = tuple(
            None if isinstance(o := official_for(article, c, ctx), Skip) else o.contest
            for c in article.contests
        )
        election = election_of(article, ctx) if self.reference is not None else None
        return CheckedArticle(article=article, election=election, official=official)

    def election_problem(self, article: Article) -> InputError | None:
        """An error when the article's front matter names an election nobody holds."""
        from factcheck.reference.loading import unknown_election

        doc = article.document
        named = doc.metadata.get("election")
        if not isinstance(named, str) or not named.strip() or self.reference is None:
            return None
        message = unknown_election(named.strip(), self.reference)
        if message is None:
            return None
        line, column = _front_matter_line(doc, "election")
        return InputError(
            path=doc.path, message=f"front matter: {message}", line=line, column=column
        )

    def check_corpus_safely(
        self, articles: Sequence[Article], rules: Iterable[Rule] | None = None
    ) -> Checked:
        """:meth:`check_corpus`, with a rule's unexpected exception as an error, per rule
        (of ``rules`` when given, else of the engine's)."""
        findings: list[Finding] = []
        skipped: list[NotChecked] = []
        errors: list[InputError] = []
        for rule in self._corpus_rules(articles) if rules is None else rules:
            if rule.scope is not Scope.CORPUS:
                continue
            try:
                f, s = self._check_corpus_rule(rule, articles)
            except Exception as exc:  # one rule's bug must not sink the run
                errors.append(
                    internal_error(CORPUS_PATH, f"{rule.code} compared the articles", exc)
                )
                continue
            findings.extend(f)
            skipped.extend(s)
        return findings, skipped, errors

    def severity_of(self, rule: Rule) -> Severity:
        """The rule's severity after configured overrides (the most specific selector wins)."""
        best: tuple[int, Severity] | None = None
        for selector, sev in self.config.severity.items():
            if matches(type(rule), selector):
                # A name beats any code prefix, a longer prefix beats a shorter, ALL loses to all.
                if selector.lower() == rule.name:
                    specificity = 100
                elif selector.upper() == "ALL":
                    specificity = 0
                else:
                    specificity = len(selector)
                if best is None or specificity > best[0]:
                    best = (specificity, sev)
        return best[1] if best else rule.severity

    def check_article(self, article: Article) -> tuple[list[Finding], list[NotChecked]]:
        """Run the contest-scope rules on every contest, then the article-scope rules."""
        plan = self._planned()
        ctx = plan.context
        contest_rules, article_rules = plan.contest_rules, plan.article_rules
        if plan.waiting:
            # Some rule needs an election: run it (made on the first) for an article with one.
            from factcheck.reference.lookup import election_of

            if election_of(article, ctx) is not None:
                if not plan.elected:
                    plan.elected.append(self._scoped(election=True))
                contest_rules, article_rules = plan.elected[0]
        doc = article.document
        findings: list[Finding] = []
        skipped: list[NotChecked] = []

        def take(
            rule: Rule, made: Outcome, contest: str | None, result: ContestResult | None = None
        ) -> None:
            # One outcome of a rule (the loops over rules call this only for an outcome:
            # most rules on most contests have none); ``result`` is the contest it judged.
            outcome = made
            reason = outcome.reason if isinstance(outcome, Skip) else None
            if isinstance(outcome, Violation) and not _uses_record(rule, outcome):
                # Whatever the rule: a figure of an assumed election, or tied to its seat and
                # its subject both by inference, is too weak a reading to report on (a
                # comparison with the record is held to more below).
                weak = _too_loose(outcome, readings())
                if weak is None and rule.sets_candidates_against_each_other:
                    weak = (
                        _pooled(result)
                        or _several_seats(article, outcome, readings())
                        or _strangers(article, result, ctx)
                    )
                    if weak is None:
                        outcome = _across_seats(article, outcome, readings())
                if weak is not None:
                    reason = f"not checked: {weak}"
            elif isinstance(outcome, Violation):
                # The record is another seat's, person's or election's if the reader
                # guessed which the figure is about: say so rather than cry wolf.
                unsure = _unsure_reading(outcome, readings())
                if unsure:
                    reason = f"not compared with the official record: {unsure}"
                else:
                    # An error needs the rest of the story to bear out which seat and
                    # election it was read as (factcheck.reference.corroboration).
                    outcome = corroborated().settle(outcome)
            if reason is not None:
                # Built unvalidated: every value is a string made here or by a rule's Skip.
                skipped.append(
                    trusted(
                        NotChecked,
                        rule=rule.code,
                        name=rule.name,
                        path=doc.path,
                        contest=contest,
                        reason=reason,
                    )
                )
            elif isinstance(outcome, Violation):
                raw.append((rule, outcome))

        read: list[dict[Span, Figure]] = []

        def readings() -> dict[Span, Figure]:
            # Only a violation needs the figures' grounds: most articles have none, and
            # gathering them for every article was a tenth of the rules' time.
            if not read:
                read.append(article.read_figures())
            return read[0]

        known: list[Corroborations] = []

        def corroborated() -> Corroborations:
            # Looked up once per article, and only for one with a finding on the record.
            if not known:
                # Imported here: the record lookups it brings are for findings on the record,
                # not for every run's start-up.
                from factcheck.reference.corroboration import corroborations

                known.append(corroborations(article, ctx))
            return known[0]

        for contest in article.contests:
            raw: list[tuple[Rule, Violation]] = []
            name = contest.name
            for rule in contest_rules:
                for outcome in rule.check(contest, ctx):
                    take(rule, outcome, name, contest)
            if raw:
                findings.extend(self._merge(doc, name, raw, readings()))
        raw = []
        for rule in article_rules:
            if rule.scope is Scope.REFERENCE and ctx.reference is None:
                no_record = "no official results to check against: give --election or --reference"
                take(rule, Skip(no_record), None)
            else:
                for outcome in rule.check_article(article, ctx):
                    take(rule, outcome, None)
        if raw:
            findings.extend(self._merge(doc, None, raw, readings()))
        return findings, skipped

    def check_corpus(self, articles: Sequence[Article]) -> tuple[list[Finding], list[NotChecked]]:
        """Run the corpus-scope rules once over all the articles."""
        findings: list[Finding] = []
        skipped: list[NotChecked] = []
        for rule in self._corpus_rules(articles):
            if rule.scope is Scope.CORPUS:
                f, s = self._check_corpus_rule(rule, articles)
                findings.extend(f)
                skipped.extend(s)
        return findings, skipped

    def _check_corpus_rule(
        self, rule: Rule, articles: Sequence[Article]
    ) -> tuple[list[Finding], list[NotChecked]]:
        # A corpus collection holds most documents without their text: it gives them on demand.
        by_path = getattr(articles, "by_path", None)
        docs = by_path() if by_path is not None else {a.document.path: a.document for a in articles}
        return self.corpus_findings(rule, rule.check_corpus(articles, self.context), docs)

    def corpus_findings(
        self,
        rule: Rule,
        outcomes: Iterable[tuple[Article, Outcome]],
        docs: Mapping[str, Document],
    ) -> tuple[list[Finding], list[NotChecked]]:
        """A corpus rule's outcomes as findings and skips; ``docs`` gives the documents
        findings point into by path (for their line numbers)."""
        findings: list[Finding] = []
        skipped: list[NotChecked] = []
        for article, outcome in outcomes:
            doc = article.document
            if isinstance(outcome, Skip):
                skipped.append(
                    NotChecked(rule=rule.code, name=rule.name, path=doc.path, reason=outcome.reason)
                )
            else:
                findings.append(self._finding(doc, None, rule, outcome, docs=docs))
        return findings, skipped

    def _merge(
        self,
        doc: Document,
        contest: str | None,
        raw: Sequence[tuple[Rule, Violation]],
        readings: dict[Span, Figure] | None = None,
    ) -> list[Finding]:
        """One figure, one finding: when rules blame the same span, the first rule keeps it.

        The others' messages are kept in the surviving finding's evidence under ``also``,
        so nothing is lost and an editor reads one finding per wrong figure.
        """
        ordered = sorted(raw, key=lambda rv: (rv[0].priority, rv[0].code))
        kept: list[tuple[Rule, Violation, list[dict[str, JsonValue]]]] = []
        # Indexed by what is blamed, so merging n findings takes n lookups, not n² comparisons.
        by_blame: dict[object, list[dict[str, JsonValue]]] = {}
        for rule, v in ordered:
            key = _blame_key(v)
            if key is not None and key in by_blame:
                by_blame[key].append({"rule": rule.code, "name": rule.name, "message": v.message})
                continue
            also: list[dict[str, JsonValue]] = []
            kept.append((rule, v, also))
            if key is not None:
                by_blame[key] = also
        return [
            self._finding(doc, contest, rule, v, also=also, readings=readings)
            for rule, v, also in kept
        ]

    def suppress(
        self,
        findings: Iterable[Finding],
        documents: Iterable[Document],
        *,
        only: Literal["articles", "corpus"] | None = None,
    ) -> tuple[list[Finding], list[SuppressedFinding]]:
        """Apply the documents' suppressions: the findings kept (with the suppression rules'
        own, for unused and invalid suppressions) and those silenced, with their reasons.

        Run once, after every other rule (corpus rules included), so an unused suppression
        is one that nothing in the whole run needed. ``only`` says which rules ran (see
        :func:`factcheck.api.check_many`): a suppression is judged unused only by a run of
        the rules it names, and a faulty one is reported by the articles' run alone.
        """
        from factcheck import suppressions

        docs = list(documents)
        # Deferred rules count as run: without what they need they find nothing.
        ran = [
            r
            for r in self._slots
            if r.scope is not Scope.SUPPRESSION
            and (only is None or (r.scope is Scope.CORPUS) == (only == "corpus"))
        ]
        kept, silenced, uses = suppressions.apply(findings, docs, ran)
        ctx = self.context
        by_path = {d.path: d for d in docs}
        for i, slot in enumerate(self._slots):
            if slot.scope is not Scope.SUPPRESSION:
                continue
            rule = self._made(i)
            for path, doc_uses in uses.items():
                doc = by_path[path]
                judged = doc_uses
                if only == "corpus":
                    judged = [u for u in doc_uses if u.judged and u.suppression.problem is None]
                for outcome in rule.check_suppressions(doc, judged, ctx):
                    if isinstance(outcome, Violation):
                        kept.append(self._finding(doc, None, rule, outcome))
        return kept, silenced

    def _finding(
        self,
        doc: Document,
        contest: str | None,
        rule: Rule,
        v: Violation,
        *,
        also: list[dict[str, JsonValue]] | None = None,
        docs: Mapping[str, Document] | None = None,
        readings: dict[Span, Figure] | None = None,
    ) -> Finding:
        severity = self.severity_of(rule)
        if v.severity is not None and v.severity.level < severity.level:
            # A rule that is unsure may lower its own severity, never raise it past config.
            severity = v.severity
        evidence = {str(k): json_safe(val) for k, val in v.evidence.items()}
        fix, confidence = v.fix, v.confidence
        loose = _loose_readings(v, readings or {})
        if loose:
            # A finding is only as sure as its reading: a figure tied by nearness or assumption
            # may have been misread, so the finding warns at most and offers no fix.
            evidence["reading"] = list(loose)
            if severity.level > Severity.WARNING.level:
                severity = Severity.WARNING
            fix = None
            if confidence is Confidence.HIGH:
                confidence = Confidence.MEDIUM
        if also:
            evidence["also"] = list(also)
        span = v.primary_span
        # Built unvalidated, each value of its field's type: strings, the enums, the evidence
        # made JSON above, tuples (a rule may have given lists) and locations built here.
        return trusted(
            Finding,
            rule=rule.code,
            name=rule.name,
            severity=Severity(severity),
            message=str(v.message),
            contest=contest,
            evidence=evidence,
            arithmetic=tuple(str(a) for a in v.arithmetic),
            fix=fix,
            # No literal fix either when the reading is too loose to offer a fix at all.
            replacement=_replacement(doc, v) if fix is not None else None,
            consequences=tuple(Consequence(c) for c in v.consequences),
            confidence=Confidence(confidence),
            related=tuple(
                _related(doc, r.span, r.message, (docs or {}).get(r.path) if r.path else None)
                for r in v.related
            ),
            url=DOCS_URL.format(name=rule.name),
            **_where(doc, span),
        )


@dataclass(frozen=True, slots=True)
class _Plan:
    """What checking each article with an engine takes from it, made once."""

    context: RuleContext
    contest_rules: tuple[Rule, ...]
    article_rules: tuple[Rule, ...]
    """The article- and reference-scope rules, in the engine's order."""
    waiting: bool = False
    """Some rule needs an election (:class:`~factcheck.rule.Need`): the rules above leave it
    out, and an article with an election runs those of :attr:`elected`."""
    elected: list[tuple[tuple[Rule, ...], tuple[Rule, ...]]] = field(default_factory=list)
    """The contest rules and the article rules for an article with an election, made on the
    first such article."""


def _replacement(doc: Document, v: Violation) -> str | None:
    """The literal text for the primary span, from the rule's correction of the figure."""
    if v.replacement is not None or v.corrected is None:
        return v.replacement
    span = v.primary_span
    if span is None:
        return None
    if v.figure is None or v.figure.span is None:
        return v.corrected
    written = doc.text[span.start : span.end]
    at = written.find(v.figure.text)
    # Where the figure's text is not, or not once, in its span, no replacement is safe.
    if at < 0 or written.find(v.figure.text, at + 1) >= 0:
        return None
    return written[:at] + v.corrected + written[at + len(v.figure.text) :]


def _uses_record(rule: Rule, v: Violation) -> bool:
    """Does the violation rest on an official record looked up for the figure's contest: a
    reference rule's, or a wording rule's that took the levels of a change from the record?"""
    return rule.scope is Scope.REFERENCE or "official_records" in v.evidence


def _unsure_reading(v: Violation, readings: dict[Span, Figure]) -> str | None:
    """Why the figure a finding compared with the record may not be about the seat, person or
    election the record was looked up for, or None when all three were read explicitly."""
    fig = v.figure
    if fig is None and v.primary_span is not None:
        fig = readings.get(v.primary_span)
    g = fig.grounds if fig is not None else None
    if fig is None or g is None:
        return None
    ties = {"seat": g.seat, "subject": g.subject, "election": g.election}
    # A rule that found the figure's own person, named in full, among the record's
    # candidates of the seat has confirmed the seat: the finding is made, still as a warning
    # with no fix, since the reading stays loose.
    confirmed = ("seat",) if v.evidence.get("seat_confirmed") else ()
    unsure = [
        f"{tie}: {ties[tie]}"
        for tie in ("seat", "subject", "election")
        if tie in g.loose and tie not in confirmed
    ]
    if not unsure:
        return None
    return f"“{fig.text}” was read loosely ({'; '.join(unsure)})"


def _figures_of(v: Violation, readings: dict[Span, Figure]) -> list[Figure]:
    """The figures a violation rests on: its own, the reading at its span, and the readings
    at its related places in the same document."""
    figures = [v.figure] if v.figure is not None else []
    if v.primary_span is not None and v.primary_span in readings:
        figures.append(readings[v.primary_span])
    figures += [readings[r.span] for r in v.related if r.path is None and r.span in readings]
    return figures


def _too_loose(v: Violation, readings: dict[Span, Figure]) -> str | None:
    """Why a violation rests on a reading too weak for any finding, or None: a figure whose
    election was assumed where words point to another, or whose seat and subject were both
    inferred (neither stated in its sentence nor by a results list's line), unless the
    record confirmed the seat. Weaker still than the loose readings a warning is made of
    (:func:`_loose_readings`)."""
    figures = _figures_of(v, readings)
    confirmed = bool(v.evidence.get("seat_confirmed"))
    for fig in figures:
        g = fig.grounds
        if g is None or g.certain:
            continue
        if "election" in g.loose:
            return f"“{fig.text}” was read too loosely for a finding (election: {g.election})"
        if "subject" in g.loose and "seat" in g.loose and not confirmed:
            return (
                f"“{fig.text}” was read too loosely for a finding "
                f"(seat: {g.seat}; subject: {g.subject})"
            )
    return None


def _pooled(contest: ContestResult | None) -> str | None:
    """Why a contest read from prose is no one seat's list of one election: two people of one
    party stand in it (:meth:`ContestResult.pooled`), so a candidate of another seat or of
    another election was read into it. Any place, share or total worked out from such a
    list is meaningless, whatever tied each figure to its seat; on the open skeletons every
    such finding was wrong (11 of 11, rank-order 8 of them, with none right). A contest
    given as data is taken as given."""
    pair = contest.pooled() if contest is not None else None
    if contest is None or pair is None:
        return None
    first, second = pair
    return (
        f"{first.name} and {second.name} are both read as {first.party} candidates in "
        f"{contest.name or 'one contest'}: candidates of another seat or election were "
        "read into its list, so its candidates are not set against each other"
    )


def _strangers(article: Article, contest: ContestResult | None, ctx: RuleContext) -> str | None:
    """Why a contest read from prose is not the record's list of its seat at its election: it
    holds someone, named in full, whom the official record does not have among that seat's
    candidates at that election, not even by a spelling of their surname. Such a person's
    count is another election's or another seat's, read into this list: the MP the winner
    succeeded ("a rise from the 28,591 votes that Andrew Turner acquired in 2015"), a past
    winner ("since 1987, when Barry Field received 40,175 votes"). Any place, share or total
    worked out with that count is meaningless, whatever tied each figure; on copy nobody had
    tuned the reader on (the twenty-first session's batches) such contests made 6 wrong
    rank-order errors and 2 wrong share-votes errors, and no right finding. Only with a record
    to look in (an election given and bundled), for a contest whose seat the story names and
    that holds someone of the record's list too (a list of nobody the record has, a
    by-election's or made-up people, is judged as read); a contest given as data is taken as
    given."""
    if contest is None or ctx.reference is None or contest.name is None:
        return None
    named = [
        c
        for c in contest.candidates
        if c.name
        and not c.by_party
        and any(f is not None and f.grounds is not None for f in (c.votes, c.share, c.rank))
    ]
    if not named:
        return None
    # Imported here: the record lookups are for the rare contest with a finding.
    from factcheck.reference.lookup import official_for
    from factcheck.reference.matching import stranger_to

    found = official_for(article, contest, ctx)
    if isinstance(found, Skip):
        return None
    record = found.contest.candidates
    strangers = [c.name for c in named if stranger_to(c.name, record)]
    if not strangers or len(strangers) == len(named):
        # Nobody of the record's list (a by-election's story, a story of made-up people)
        # says nothing of which figures are this contest's: its list is judged as read.
        return None
    return (
        f"{strangers[0]} did not stand in {found.contest.name} in {found.election}: a "
        "figure of another election or seat was read into its list, so its candidates "
        "are not set against each other"
    )


def _several_seats(article: Article, v: Violation, readings: dict[Span, Figure]) -> str | None:
    """Why a finding that sets a contest's candidates against each other is not made: it rests
    on a figure whose seat was inferred (carried from an earlier paragraph, the nearest of
    several seats) in prose that names more than one seat, so that candidate may be another
    seat's, and one candidate from another seat in a list makes a false place or total. On
    copy nobody had tuned the reader on, such findings were right 1 time in 19. In a story of
    one seat an inferred seat can be no other, and a figure whose seat was stated is weighed
    as before."""
    loose = [
        (fig.text, fig.grounds.seat)
        for fig in _figures_of(v, readings)
        if fig.grounds is not None and "seat" in fig.grounds.loose
    ]
    if not loose:
        return None
    seats = article.seats_named
    text, how = loose[0]
    if len(seats) < 2:
        # Lists of seats the story does not name (their headings a picture's, or lost): one
        # read with no seat may hold another list's candidate just the same, and a majority
        # with no seat may be any list's ("MAJORITY: 4576 (12.7%)" beside four lists).
        unnamed = sum(1 for c in article.contests if c.name is None)
        if unnamed < 2:
            return None
        return (
            f"“{text}” was given its seat by inference ({how}) in a story with {unnamed} "
            "lists of no named seat: a candidate of another list may be in this one, so the "
            "candidates' figures are not set against each other"
        )
    return (
        f"“{text}” was given its seat by inference ({how}) in a "
        f"story naming {len(seats)} seats: a candidate of another seat may be in the list, so "
        "the candidates' figures are not set against each other"
    )


def _across_seats(article: Article, v: Violation, readings: dict[Span, Figure]) -> Violation:
    """A finding that sets a contest's candidates against each other, in prose that names
    more than one seat, is at most a warning with no fix, whatever tied its figures to their
    seat (an inferred seat is not checked at all: :func:`_several_seats`).

    Which candidates make up one seat's list is itself a reading there: a rival of another
    seat, or of the same seat at another election, read into the list makes a false place or
    total even when each figure's own seat was stated. On copy nobody had tuned the reader on
    (seven batches, each at the commit where it was first scored), such errors on figures
    whose seats were stated were right in none of 3 ("second-placed … 8,887" set against
    another seat's runner-up). A story of one seat and a contest given as data (read from no
    prose) keep their errors and fixes."""
    seats = article.seats_named
    if len(seats) < 2 or not any(f.grounds is not None for f in _figures_of(v, readings)):
        return v
    return v.at_most_warning(
        f"in a story naming {len(seats)} seats, which candidates are this seat's is itself a "
        "reading"
    )


def _loose_readings(v: Violation, readings: dict[Span, Figure]) -> list[str]:
    """How the figures a violation rests on were read, for each one read loosely."""
    figures = _figures_of(v, readings)
    out: list[str] = []
    for fig in figures:
        g = fig.grounds
        if g is None or g.certain or fig.span is None:
            continue
        ties = {"what": g.what, "subject": g.subject, "seat": g.seat, "election": g.election}
        why = "; ".join(f"{tie}: {ties[tie]}" for tie in g.loose)
        line = f"“{fig.text}” was read loosely ({why})"
        if line not in out:
            out.append(line)
    return out


def _blame_key(v: Violation) -> object:
    """What a violation blames: its span, or the figure object itself for models without text."""
    if v.primary_span is not None:
        return v.primary_span
    return ("figure", id(v.figure)) if v.figure is not None else None


def _front_matter_line(doc: Document, key: str) -> tuple[int | None, int | None]:
    """Where ``key:`` is written in a document's front matter, for pointing at it."""
    from factcheck.documents import body_start

    found = re.search(rf"(?m)^{re.escape(key)}[ \t]*:[ \t]*", doc.text[: body_start(doc)])
    if found is None:
        return None, None
    return doc.position(found.end())


def _where(doc: Document, span: Span | None) -> dict[str, object]:
    if span is None:
        return {"path": doc.path}
    line, column = doc.position(span.start)
    end_line, end_column = doc.position(span.end)
    return {
        "path": doc.path,
        "start": span.start,
        "end": span.end,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "text": doc.text[span.start : span.end],
    }


def _related(
    doc: Document, span: Span | None, message: str, other: Document | None = None
) -> RelatedLocation:
    where = _where(other or doc, span)
    where.pop("text", None)
    return trusted(RelatedLocation, message=str(message), **where)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Order findings by file, then position, then rule code."""
    return sorted(findings, key=lambda f: (f.path or "", f.start or 0, f.rule))
