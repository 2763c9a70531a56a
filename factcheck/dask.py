"""Run factcheck over a Dask bag of documents, on an existing cluster (``factcheck[dask]``).

Each worker reads its documents into articles and runs the contest-, article- and
reference-scope rules on them; the corpus rules (duplicates, conflicting figures) then run
once over every article, as :func:`factcheck.check` runs them, so the findings are the same
as a single-process run on the same documents::

    import dask.bag as db
    from dask.distributed import Client
    from factcheck.dask import check_bag

    client = Client("scheduler:8786")
    report = check_bag(db.from_sequence(paths, npartitions=64))

Fingerprints are deterministic across processes (see :mod:`factcheck.corpus.fingerprint`),
so where a document is read does not change what it matches.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from factcheck.api import _input_errors
from factcheck.config import Config
from factcheck.documents import InputFileError
from factcheck.engine import Engine, internal_error, sort_findings
from factcheck.loaders import load_article, read_article
from factcheck.models import Article, Document, Finding, InputError, NotChecked, Report
from factcheck.rule import Scope

try:
    import dask.bag as db
except ModuleNotFoundError as exc:  # pragma: no cover - only without the extra
    raise ModuleNotFoundError(
        "factcheck.dask needs Dask: pip install 'factcheck-elections[dask]'", name=exc.name
    ) from exc

Item = str | os.PathLike[str] | Document | Article
Checked = tuple[Article | None, list[Finding], list[NotChecked], list[InputError]]


def _check_one(item: Item, config: Config) -> Checked:
    engine = Engine.from_config(config)
    try:
        if isinstance(item, Article):
            article = item
        elif isinstance(item, Document):
            article = read_article(item, engine.pack)
        else:
            article = load_article(item, engine.pack)
    except InputFileError as exc:
        return None, [], [], _input_errors(exc)
    except Exception as exc:  # a reader's bug is an error on its file
        path = item.path if isinstance(item, Document) else str(item)
        return None, [], [], [internal_error(path, "reading it", exc)]
    findings, skipped, errors = engine.check_safely(article)
    return (None if errors else article), findings, skipped, errors


def _check_partition(items: Iterable[Item], config: Config) -> list[Checked]:
    return [_check_one(item, config) for item in items]


def check_bag(bag: db.Bag, *, config: Config | None = None, **compute: Any) -> Report:
    """Check every document of a bag (paths, Documents or Articles), corpus rules included.

    Extra keyword arguments go to ``compute`` (a ``scheduler``, say); by default the active
    distributed client, if any, runs the work.
    """
    config = config or Config()
    engine = Engine.from_config(config)
    partitions = bag.map_partitions(_check_partition, config)  # type: ignore[no-untyped-call]
    results: list[Checked] = partitions.compute(**compute)
    findings: list[Finding] = []
    skipped: list[NotChecked] = []
    errors: list[InputError] = []
    articles: list[Article] = []
    for article, f, s, e in results:
        findings.extend(f)
        skipped.extend(s)
        errors.extend(e)
        if article is not None:
            articles.append(article)
    if any(r.scope is Scope.CORPUS for r in engine.rules):
        f, s, e = engine.check_corpus_safely(articles)
        findings.extend(f)
        skipped.extend(s)
        errors.extend(e)
    documents = tuple(a.document for a in articles)
    findings, suppressed = engine.suppress(findings, documents)
    return Report(
        findings=tuple(sort_findings(findings)),
        not_checked=tuple(skipped),
        errors=tuple(errors),
        suppressed=tuple(suppressed),
        documents=documents,
    )
