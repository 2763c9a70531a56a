"""Run factcheck over a Dask bag of documents, on an existing cluster (``factcheck[dask]``).

Each worker reads its documents into articles and runs the contest-, article- and
reference-scope rules on them; the corpus rules (duplicates, conflicting figures) then run
once over every article, as :func:`factcheck.check` runs them, so the findings are the same
as a single-process run on the same documents. The client builds the corpus indexes from the
workers' fingerprints; the duplicate rule's candidate pairs go back to the workers to be
confirmed (their documents loaded and read again there), and only findings come back::

    import dask.bag as db
    from dask.distributed import Client
    from factcheck.dask import check_bag

    client = Client("scheduler:8786")
    report = check_bag(db.from_sequence(paths, npartitions=64))

Fingerprints are deterministic across processes (see :mod:`factcheck.corpus.fingerprint`),
so where a document is read does not change what it matches. Start the workers with
``MALLOC_MMAP_THRESHOLD_`` raised (docs/corpus.md says why and how).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from factcheck.api import (
    _cited,
    _collection,
    _input_errors,
    _PlainRun,
    _ReadSettings,
    _released,
)
from factcheck.checks.corpus.duplicate_article import Candidate, DuplicateArticle, proposed
from factcheck.config import Config
from factcheck.corpus.boilerplate import builtin_boilerplate
from factcheck.corpus.collection import Collection
from factcheck.corpus.fingerprint import PackedDigests, packed
from factcheck.corpus.index import Match
from factcheck.documents import InputFileError
from factcheck.engine import CORPUS_PATH, Engine, internal_error, sort_findings
from factcheck.io.files import load_document, load_plain_text, read_plain_text
from factcheck.io.prose import prepare_prose
from factcheck.models import Article, Document, Finding, InputError, NotChecked, Report
from factcheck.rule import Scope

try:
    import dask.bag as db
except ModuleNotFoundError as exc:  # pragma: no cover - only without the extra
    raise ModuleNotFoundError(
        "factcheck.dask needs Dask: pip install 'factcheck-elections[dask]'", name=exc.name
    ) from exc

Item = str | os.PathLike[str] | Document | Article


@dataclass(frozen=True, slots=True)
class Checked:
    """What a worker sends back for one document: its findings and, for the corpus rules,
    the article held light (no text when it can be reloaded; no figures unless a selected
    rule needs every article's), never the whole article. Its fingerprints travel with its
    partition's (:class:`Partition`)."""

    held: Article | None
    indexed: bool
    """Its digest is in the partition's :class:`PackedDigests` (in the order of these)."""
    findings: list[Finding]
    skipped: list[NotChecked]
    errors: list[InputError]
    from_path: bool = False
    """The document was loaded from a path, so its text can be loaded again."""
    read: bool = True
    """The article was read for its figures (else it is read on demand)."""


def reads_lazily(engine: Engine) -> bool:
    """True when only corpus rules that read on demand run (see ``Rule.reads_on_demand``)."""
    return any(r.scope is Scope.CORPUS for r in engine.selected) and all(
        r.scope is Scope.SUPPRESSION or (r.scope is Scope.CORPUS and r.reads_on_demand)
        for r in engine.selected
    )


def _load(item: Item, engine: Engine, read: bool) -> Article | list[InputError]:
    how = _ReadSettings.of(engine)  # as check() reads: the run's packs and election
    try:
        if isinstance(item, Article):
            return item
        if isinstance(item, Document):
            # Unread, it is made ready as check() makes it (front matter read).
            return how.read(item) if read else Article(document=prepare_prose(item))
        if not read:
            return Article(document=load_plain_text(item) or load_document(item))
        return how.load(item)
    except InputFileError as exc:
        return _input_errors(exc)
    except Exception as exc:  # a reader's bug is an error on its file
        path = item.path if isinstance(item, Document) else str(item)
        return [internal_error(path, "reading it", exc)]


@dataclass(frozen=True, slots=True)
class Partition:
    """What a worker sends back for a partition: each document's :class:`Checked`, and the
    digests of those the corpus rules index, packed in arrays."""

    checked: list[Checked]
    digests: PackedDigests | None


def _check_items(items: Iterable[Item], engine: Engine) -> Partition:
    """Each document checked, fingerprinted, then released."""
    corpus = any(r.scope is Scope.CORPUS for r in engine.selected)
    lazy = reads_lazily(engine)
    out: list[Checked] = []
    for item in items:
        got = _load(item, engine, not lazy)
        if isinstance(got, list):
            out.append(Checked(None, False, [], [], got))
            continue
        if lazy:
            problem = engine.election_problem(got)
            findings, skipped, errors = list[Finding](), list[NotChecked](), []
            if problem is not None:
                errors = [problem]
        else:
            findings, skipped, errors = engine.check_safely(got)
        if errors or not corpus:
            # Without corpus rules nothing later points into the document: send a stub
            # unless a finding of its own needs its text.
            stub = None if errors else Article(document=_released(got.document, _cited(findings)))
            out.append(Checked(stub, False, findings, skipped, errors))
            continue
        from_path = not isinstance(item, Document | Article)
        read = not lazy or isinstance(item, Article)
        out.append(Checked(got, True, findings, skipped, errors, from_path, read))
    # Fingerprint the partition's documents together (numpy hashes them in batches), then
    # release each text that can be loaded again.
    todo = [k for k, c in enumerate(out) if c.held is not None and corpus and not c.errors]
    boilerplate = builtin_boilerplate()
    texts = [out[k].held.document.text for k in todo]  # type: ignore[union-attr]
    made = packed(texts, boilerplate=boilerplate) if todo else None
    for k in todo:
        c = out[k]
        held = c.held
        assert held is not None
        if c.from_path and not held.document.suppressions:
            held = held.model_copy(
                update={"document": held.document.model_copy(update={"text": ""})}
            )
        out[k] = Checked(held, True, c.findings, c.skipped, c.errors, c.from_path, c.read)
    return Partition(out, made)


def _check_partition(items: Iterable[Item], config: Config) -> list[Partition | _PlainRun]:
    """One engine for the partition. When only corpus rules that read on demand run, the
    plain-text files are read, fingerprinted in batches and sent as their paths and packed
    digests (:class:`~factcheck.api._PlainRun`: a few arrays and a list of strings, not a
    pickled article per file); any other item is checked by :func:`_check_items`. The
    pieces come in the partition's order."""
    engine = Engine.from_config(config)
    if not (any(r.scope is Scope.CORPUS for r in engine.selected) and reads_lazily(engine)):
        return [_check_items(items, engine)]
    boilerplate = builtin_boilerplate()
    pieces: list[Partition | _PlainRun] = []
    paths: list[str] = []
    texts: list[str] = []
    others: list[Item] = []
    for item in items:
        text = None
        if isinstance(item, str | os.PathLike):
            name = os.fspath(item)
            text = read_plain_text(name)
        if text is None:
            if paths:
                pieces.append(_PlainRun(paths, packed(texts, boilerplate=boilerplate)))
                paths, texts = [], []
            others.append(item)
        else:
            if others:
                pieces.append(_check_items(others, engine))
                others = []
            paths.append(name)
            texts.append(text)
    if paths:
        pieces.append(_PlainRun(paths, packed(texts, boilerplate=boilerplate)))
    if others:
        pieces.append(_check_items(others, engine))
    return pieces


CONFIRM_PAIRS = 32
"""Fewest candidate pairs worth a task of their own on the workers."""
CONFIRM_REMOTE_DOCS = 4096
"""Fewest candidates' documents worth a second round of tasks: fewer are confirmed on the
client (800 documents, 20,000 files with 2% copies, are ~0.7 s of its CPU, less than the
round costs on a shared 2-core machine; docs/benchmarks.md, Dask)."""

Pairs = dict[tuple[int, int], Candidate]


def _duplicates(
    rule: DuplicateArticle,
    engine: Engine,
    articles: Collection,
    tasks: int,
    compute: dict[str, Any],
) -> tuple[list[Finding], list[NotChecked], list[InputError]]:
    """The duplicate rule over the collection, its candidates confirmed on the workers.

    The client's indexes propose the pairs; the pairs whose documents any process can load
    again (stubs of files), when they hold :data:`CONFIRM_REMOTE_DOCS` documents or more, go
    out in ``tasks`` batches, split by their later document (its
    finding depends on its own pairs alone), each with the stubs of its documents; a worker
    loads and reads them, confirms the pairs and sends back findings, never texts. The other
    pairs (documents given in memory) are confirmed here. The findings are those of
    :meth:`DuplicateArticle.check_corpus` in one process."""
    try:
        pairs = proposed(articles)
        by_later: dict[int, Pairs] = {}
        for (a, b), cand in sorted(pairs.items()):
            by_later.setdefault(b, {})[(a, b)] = cand
        here: Pairs = {}
        out: list[Pairs] = []
        for group in by_later.values():
            if all(articles.stub(i) is not None for pair in group for i in pair):
                out.append(group)
            else:
                here.update(group)
        if len({i for group in out for pair in group for i in pair}) < CONFIRM_REMOTE_DOCS:
            for group in out:
                here.update(group)
            out = []
        findings: list[Finding] = []
        skipped: list[NotChecked] = []
        batches = _batches(out, tasks)
        if batches:
            sent = [_shipped(articles, batch) for batch in batches]
            confirm = db.from_sequence(sent, npartitions=len(sent))  # type: ignore[no-untyped-call]
            done = confirm.map_partitions(_confirm_partition, engine.config, rule.code)
            for f, s in done.compute(**compute):
                findings.extend(f)
                skipped.extend(s)
        if here:
            f, s = engine.corpus_findings(
                rule, rule.confirm(articles, here, engine.context), articles.by_path()
            )
            findings.extend(f)
            skipped.extend(s)
    except Exception as exc:  # one rule's bug must not sink the run
        return [], [], [internal_error(CORPUS_PATH, f"{rule.code} compared the articles", exc)]
    return findings, skipped, []


def _batches(groups: list[Pairs], tasks: int) -> list[Pairs]:
    """The groups of pairs joined, in order, into at most ``tasks`` batches of about the
    same number of pairs, none smaller than :data:`CONFIRM_PAIRS` but the last."""
    total = sum(len(g) for g in groups)
    if not total:
        return []
    size = max(CONFIRM_PAIRS, -(-total // max(1, tasks)))
    out: list[Pairs] = [{}]
    for group in groups:
        if len(out[-1]) >= size:
            out.append({})
        out[-1].update(group)
    return out


def _shipped(articles: Collection, pairs: Pairs) -> tuple[list[Document], Pairs]:
    """The pairs renumbered over the stubs of their documents (in the collection's order,
    so that every comparison of positions the rule makes comes out the same)."""
    ids = sorted({i for pair in pairs for i in pair})
    local = {i: k for k, i in enumerate(ids)}
    stubs = [articles.stub(i) for i in ids]
    assert all(d is not None for d in stubs)

    def moved(m: Match | None) -> Match | None:
        return None if m is None else m._replace(a=local[m.a], b=local[m.b])

    renumbered = {
        (local[a], local[b]): Candidate(moved(c.clauses), moved(c.words))
        for (a, b), c in pairs.items()
    }
    return [d for d in stubs if d is not None], renumbered


def _confirm_partition(
    items: Iterable[tuple[list[Document], Pairs]], config: Config, code: str
) -> list[tuple[list[Finding], list[NotChecked]]]:
    """On a worker: one engine for the partition; each batch's documents loaded and read
    again from their stubs, its pairs confirmed, its findings sent back."""
    engine = Engine.from_config(config)
    rule = next(r for r in engine.all_rules() if r.code == code)
    assert isinstance(rule, DuplicateArticle)
    out = []
    for stubs, pairs in items:
        col = _collection(_ReadSettings.of(engine), stubs)
        outcomes = rule.confirm(col, pairs, engine.context)
        out.append(engine.corpus_findings(rule, outcomes, col.by_path()))
    return out


def check_bag(bag: db.Bag, *, config: Config | None = None, **compute: Any) -> Report:
    """Check every document of a bag (paths, Documents or Articles), corpus rules included.

    Extra keyword arguments go to ``compute`` (a ``scheduler``, say); by default the active
    distributed client, if any, runs the work.
    """
    config = config or Config()
    engine = Engine.from_config(config)
    corpus = any(r.scope is Scope.CORPUS for r in engine.selected)
    partitions = bag.map_partitions(_check_partition, config)  # type: ignore[no-untyped-call]
    results: list[Partition | _PlainRun] = partitions.compute(**compute)
    findings: list[Finding] = []
    skipped: list[NotChecked] = []
    errors: list[InputError] = []
    docs: list[Document] = []
    articles = _collection(_ReadSettings.of(engine))
    for part in results:
        if isinstance(part, _PlainRun):
            docs.extend(articles.add_plain(part.paths, part.digests))
            continue
        indexed: list[tuple[Article, bool, bool]] = []
        for c in part.checked:
            findings.extend(c.findings)
            skipped.extend(c.skipped)
            errors.extend(c.errors)
            if c.held is None or c.errors:
                continue
            if corpus and c.indexed:
                indexed.append((c.held, c.read, bool(c.held.document.text)))
            else:
                docs.append(c.held.document)
        if indexed:
            assert part.digests is not None
            docs.extend(a.document for a in articles.add_packed(indexed, part.digests))
    if corpus:
        for rule in engine.all_rules():
            if rule.scope is not Scope.CORPUS:
                continue
            if isinstance(rule, DuplicateArticle) and len(articles) >= 2:
                f, s, e = _duplicates(rule, engine, articles, bag.npartitions, compute)
            else:
                f, s, e = engine.check_corpus_safely(articles, [rule])
            findings.extend(f)
            skipped.extend(s)
            errors.extend(e)
        cited = _cited(findings)
        docs = [
            _released(articles.document(i) if d.path in cited else d, cited)
            for i, d in enumerate(docs)
        ]
    findings, suppressed = engine.suppress(findings, docs)
    return Report(
        findings=tuple(sort_findings(findings)),
        not_checked=tuple(skipped),
        errors=tuple(errors),
        suppressed=tuple(suppressed),
        documents=tuple(docs),
    )
