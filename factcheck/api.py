"""The library entry point: ``factcheck.check(...)`` returns a :class:`~factcheck.models.Report`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from factcheck.config import Config
from factcheck.documents import InputFileError
from factcheck.engine import Engine, sort_findings
from factcheck.intervals import Rounding
from factcheck.loaders import expand_paths, load_article, read_article
from factcheck.models import (
    Article,
    ContestResult,
    Document,
    Finding,
    InputError,
    NotChecked,
    Report,
)
from factcheck.packs import Pack
from factcheck.rule import Scope

Source = str | os.PathLike[str] | Article | ContestResult | Document


def _input_errors(exc: InputFileError) -> list[InputError]:
    """One InputError per problem, so each is reported at its own line."""
    return [
        InputError(path=p.path, message=p.message, line=p.line, column=p.column)
        for p in exc.problems()
    ]


def _articles(
    sources: Source | Iterable[Source], pack: Pack | None = None
) -> Iterable[Article | list[InputError]]:
    items: Iterable[Any]
    if isinstance(sources, str | os.PathLike | Article | ContestResult | Document):
        items = [sources]
    else:
        items = sources
    loose: list[ContestResult] = []
    for item in items:
        if isinstance(item, ContestResult):
            loose.append(item)
            continue
        try:
            if isinstance(item, Article):
                yield item
            elif isinstance(item, Document):
                yield read_article(item, pack)
            elif isinstance(item, str | os.PathLike):
                found = False
                for path in expand_paths([item]):
                    found = True
                    try:
                        yield load_article(path, pack)
                    except InputFileError as exc:
                        yield _input_errors(exc)
                if not found:
                    # A folder with nothing to check must not pass silently as "clean".
                    yield _input_errors(
                        InputFileError(
                            str(item),
                            "is a folder with no articles or results files (.txt, .md, "
                            ".json) in it; give a file, or a folder that holds some",
                        )
                    )
            else:
                raise TypeError(
                    f"cannot check a {type(item).__name__}; give paths, Articles, "
                    "Documents or ContestResults"
                )
        except InputFileError as exc:
            yield _input_errors(exc)
    if loose:
        yield Article(document=Document(path="<results>", text=""), contests=tuple(loose))


def check(
    sources: Source | Iterable[Source],
    *,
    config: Config | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    extend_select: Iterable[str] | None = None,
    rounding: Rounding | None = None,
    election: str | None = None,
) -> Report:
    """Check files, documents, articles or contest results, and report what is wrong.

    >>> from factcheck import ContestResult, CandidateResult, Figure, check
    >>> contest = ContestResult(name="Anytown", candidates=(
    ...     CandidateResult(name="A", votes=Figure.count(600), share=Figure.percentage("60")),
    ...     CandidateResult(name="B", votes=Figure.count(400), share=Figure.percentage("35")),
    ... ))
    >>> [f.name for f in check(contest).findings]
    ['share-votes-mismatch']
    """
    base = config or Config()
    # As in ruff: `select` replaces the configured set; `ignore` and `extend_select` add to it.
    config = base.merged(
        select=tuple(select) if select is not None else None,
        ignore=(*base.ignore, *ignore) if ignore is not None else None,
        extend_select=(*base.extend_select, *extend_select) if extend_select is not None else None,
        rounding=rounding,
        election=election,
    )
    engine = Engine.from_config(config)
    findings: list[Finding] = []
    skipped: list[NotChecked] = []
    errors: list[InputError] = []
    docs: list[Document] = []
    # Articles are read with the same packs the rules use, so a newsroom's own hedge words
    # and party names are recognised in its copy.
    corpus = any(r.scope is Scope.CORPUS for r in engine.rules)
    articles: list[Article] = []
    for art in _articles(sources, engine.pack):
        if isinstance(art, list):
            errors.extend(art)
            continue
        docs.append(art.document)
        if corpus:
            articles.append(art)
        f, s = engine.check_article(art)
        findings.extend(f)
        skipped.extend(s)
    if corpus:
        f, s = engine.check_corpus(articles)
        findings.extend(f)
        skipped.extend(s)
    return Report(
        findings=tuple(sort_findings(findings)),
        not_checked=tuple(skipped),
        errors=tuple(errors),
        documents=tuple(docs),
    )
