"""The library entry point: ``factcheck.check(...)`` returns a :class:`~factcheck.models.Report`."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from factcheck.config import Config
from factcheck.engine import Engine, internal_error, sort_findings
from factcheck.errors import ConfigError, InputFileError
from factcheck.intervals import Rounding
from factcheck.io.articles import load_article, read_article
from factcheck.io.files import load_document, load_plain_text
from factcheck.io.formats import RESULTS, for_path, named
from factcheck.io.paths import Excludes, expand_names, file_identity
from factcheck.io.prose import prepare_prose
from factcheck.models import (
    Article,
    CheckedArticle,
    ContestResult,
    Document,
    Finding,
    InputError,
    NotChecked,
    Report,
    trusted,
)
from factcheck.packs import Pack
from factcheck.rule import Scope

if TYPE_CHECKING:
    from factcheck.corpus.boilerplate import Boilerplate
    from factcheck.corpus.collection import Collection
    from factcheck.corpus.fingerprint import PackedDigests

Source = str | os.PathLike[str] | Article | ContestResult | Document


def _input_errors(exc: InputFileError) -> list[InputError]:
    """One InputError per problem, so each is reported at its own line."""
    return [
        InputError(path=p.path, message=p.message, line=p.line, column=p.column)
        for p in exc.problems()
    ]


def _seen_before(path: str, seen: set[object]) -> bool:
    key = file_identity(path)
    if key in seen:
        return True
    seen.add(key)
    return False


Progress = Callable[[int, int], None]
"""Called with (files read, files to read) as articles are loaded."""

PARALLEL_MIN_FILES = 64
"""Fewer files than this are read in one process: starting workers would cost more."""


class _Chunked(NamedTuple):
    """A large results file, read and checked a chunk of contests at a time (see
    :func:`~factcheck.results_file.iter_results`), so its figures are never all held."""

    document: Document
    chunks: Iterator[Article]
    from_file: bool = True


STREAM_BYTES = 1_000_000
"""Results files at least this long (in characters) are checked a chunk at a time."""


def _large_results(doc: Document) -> bool:
    return doc.media_type == RESULTS.media_type and len(doc.text) >= STREAM_BYTES


class _Loaded(NamedTuple):
    """An article read from a file, which can be loaded again."""

    article: Article


class _Unread(NamedTuple):
    """A document not read for figures (only corpus rules that read on demand run)."""

    article: Article
    from_file: bool = True
    """Loaded from a file, so its text can be loaded again and the corpus need not hold it."""


@dataclass(frozen=True, slots=True)
class _ReadSettings:
    """How a run reads its files into articles: with its packs, as the format asked for,
    for its election. One value, handed down from the run to each file (and to the workers
    that read a folder's files), so the three cannot drift apart on the way."""

    pack: Pack | None = None
    """The packs the rules use, so a newsroom's own hedge words and party names are read."""
    input_format: str | None = None
    """The format a file is read as (``text``, ``markdown``, ``html``, ``json``); None: by
    its suffix."""
    election: str | None = None
    """The run's election (given or configured): a story's when its front matter names none
    (:func:`~factcheck.io.articles.read_article`)."""

    @classmethod
    def of(cls, engine: Engine) -> _ReadSettings:
        """How ``engine``'s run reads: with its packs, for its election, formats by suffix."""
        return cls(pack=engine.pack, election=engine.config.election)

    def read(self, doc: Document) -> Article:
        """A loaded document read into an article."""
        return read_article(doc, self.pack, self.election)

    def load(self, path: str | os.PathLike[str]) -> Article:
        """A file loaded and read into an article."""
        return load_article(path, self.pack, self.input_format, self.election)


def _load_one(
    path: str | Path, how: _ReadSettings, read: bool = True, stream: bool = False
) -> Article | _Unread | _Chunked | list[InputError]:
    """One file loaded (and read, as ``how`` says)."""
    try:
        if not read:
            quick = load_plain_text(path) if how.input_format in (None, "text") else None
            document = quick or load_document(path, how.input_format)
            return _Unread(trusted(Article, document=document))
        if stream:
            doc = load_document(path, how.input_format)
            if _large_results(doc):
                from factcheck import results_file

                chunks = results_file.iter_results(doc, how.pack, chunk=results_file.STREAM_CHUNK)
                return _Chunked(doc, chunks)
            return how.read(doc)
        return how.load(path)
    except InputFileError as exc:
        return _input_errors(exc)
    except Exception as exc:  # a reader's bug is an error on its file
        return [internal_error(str(path), "reading it", exc)]


def _load_all(
    paths: list[str],
    how: _ReadSettings,
    jobs: int,
    progress: Progress | None,
    *,
    read: bool = True,
) -> Iterator[Article | _Unread | _Chunked | list[InputError]]:
    """Read files in order: on ``jobs`` processes, in chunks, when there are enough of them."""
    total = len(paths)
    if jobs <= 1 or total < PARALLEL_MIN_FILES or not read:
        # Loading without reading is too quick to gain from other processes.
        for done, path in enumerate(paths, 1):
            # In this process, a large results file is checked as it is read.
            yield _load_one(path, how, read, stream=True)
            if progress is not None:
                progress(done, total)
        return
    # Imported here: a pool costs a fresh process ~15 ms of imports it mostly never uses.
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    chunksize = max(1, min(64, total // (jobs * 8)))
    batches = [paths[k : k + chunksize] for k in range(0, total, chunksize)]
    # A few batches ahead of the checking, not all: read articles waiting to be checked
    # would otherwise pile up in this process, however many files the folder holds.
    ahead: deque[Future[list[Article | _Unread | _Large | list[InputError]]]] = deque()
    done = 0
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch in batches:
            ahead.append(pool.submit(_load_batch, batch, how))
            if len(ahead) < 2 * jobs:
                continue
            for got in ahead.popleft().result():
                done += 1
                yield _here(got, how)
                if progress is not None:
                    progress(done, total)
        while ahead:
            for got in ahead.popleft().result():
                done += 1
                yield _here(got, how)
                if progress is not None:
                    progress(done, total)


class _Large(NamedTuple):
    """A large results file a worker leaves to this process, which checks it as it reads."""

    path: str


def _load_batch(
    paths: list[str], how: _ReadSettings
) -> list[Article | _Unread | _Large | list[InputError]]:
    """Read files in a worker; a large results file is left to the main process, since its
    figures, sent back whole, would be held whole there."""
    out: list[Article | _Unread | _Large | list[InputError]] = []
    for path in paths:
        try:
            fmt = named(how.input_format) if how.input_format else for_path(path)
            large = fmt is RESULTS and os.stat(path).st_size >= STREAM_BYTES
        except (OSError, ValueError, ConfigError):
            large = False  # reading it says what is wrong
        got = _Large(path) if large else _load_one(path, how)
        assert not isinstance(got, _Chunked)  # only this process checks as it reads
        out.append(got)
    return out


class _PlainRun(NamedTuple):
    """Consecutive plain-text files of a folder, loaded and fingerprinted together (in a
    worker when there are many): their paths and packed digests, not their texts."""

    paths: list[str]
    digests: PackedDigests


FINGERPRINT_BATCH = 1024
"""Files loaded and fingerprinted together for the corpus rules (in one worker's task)."""
PARALLEL_FINGERPRINT_FILES = 4 * FINGERPRINT_BATCH
"""Fewer files than this are fingerprinted in one process: a worker costs more."""


def _fingerprint_batch(
    paths: list[str], input_format: str | None, boilerplate: Boilerplate
) -> list[_PlainRun | _Unread | list[InputError]]:
    """Load files for the corpus rules that read on demand, in order: runs of plain-text
    files as their digests (a worker sends arrays, not texts), any other file as
    :func:`_load_one` loads it unread."""
    from factcheck.corpus.fingerprint import packed
    from factcheck.io.files import read_plain_text

    quick = input_format in (None, "text")
    texts: list[str] = []
    plain: list[str] = []
    slow: list[tuple[int, _Unread | list[InputError]]] = []
    for path in paths:
        text = read_plain_text(path) if quick else None
        if text is None:
            got = _load_one(path, _ReadSettings(input_format=input_format), read=False)
            assert isinstance(got, _Unread | list)
            slow.append((len(plain), got))
        else:
            texts.append(text)
            plain.append(path)
    digests = packed(texts, boilerplate=boilerplate)
    del texts
    out: list[_PlainRun | _Unread | list[InputError]] = []
    done = 0
    for at, other in [*slow, (len(plain), None)]:
        if at > done:
            out.append(_PlainRun(plain[done:at], digests.slice(done, at)))
            done = at
        if other is not None:
            out.append(other)
    return out


def _fingerprint_all(
    paths: list[str],
    jobs: int,
    progress: Progress | None,
    input_format: str | None,
    boilerplate: Boilerplate,
) -> Iterator[_PlainRun | _Unread | list[InputError]]:
    """:func:`_fingerprint_batch` over the files, in order: on ``jobs`` processes when
    there are enough files."""
    total = len(paths)
    batches = [paths[k : k + FINGERPRINT_BATCH] for k in range(0, total, FINGERPRINT_BATCH)]
    done = 0
    if jobs <= 1 or total < PARALLEL_FINGERPRINT_FILES:
        for batch in batches:
            yield from _fingerprint_batch(batch, input_format, boilerplate)
            done += len(batch)
            if progress is not None:
                progress(done, total)
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    ahead: deque[tuple[int, Future[list[_PlainRun | _Unread | list[InputError]]]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch in batches:
            ahead.append(
                (len(batch), pool.submit(_fingerprint_batch, batch, input_format, boilerplate))
            )
            while len(ahead) > 2 * jobs or (ahead and batch is batches[-1]):
                n, future = ahead.popleft()
                yield from future.result()
                done += n
                if progress is not None:
                    progress(done, total)


def _here(
    got: Article | _Unread | _Large | list[InputError], how: _ReadSettings
) -> Article | _Unread | _Chunked | list[InputError]:
    if isinstance(got, _Large):
        return _load_one(got.path, how, stream=True)
    return got


def _articles(
    sources: Source | Iterable[Source],
    how: _ReadSettings,
    *,
    exclude: Sequence[str] | Excludes = (),
    jobs: int = 1,
    progress: Progress | None = None,
    force_exclude: bool = False,
    read: bool = True,
    fingerprint: Boilerplate | None = None,
) -> Iterable[Article | _Loaded | _Unread | _Chunked | _PlainRun | list[InputError]]:
    """The sources loaded, in order, and read as ``how`` says (its format only for a file
    named directly). Unread (``read=False``) with ``fingerprint``, the files found come as
    runs of plain-text files already fingerprinted with that boilerplate stripped
    (:class:`_PlainRun`), the other files one by one."""
    items: Iterable[Any]
    if isinstance(sources, str | os.PathLike | Article | ContestResult | Document):
        items = [sources]
    else:
        items = sources
    loose: list[ContestResult] = []
    seen: set[object] = set()  # a file named twice, or inside a folder named too, is read once
    excludes = exclude if isinstance(exclude, Excludes) else Excludes(exclude)
    for item in items:
        if isinstance(item, ContestResult):
            loose.append(item)
            continue
        if not isinstance(item, Article | Document | str | os.PathLike):
            raise TypeError(
                f"cannot check a {type(item).__name__}; give paths, Articles, "
                "Documents or ContestResults"
            )
        try:
            if isinstance(item, Article):
                yield item
            elif isinstance(item, Document):
                if read:
                    yield how.read(item)
                else:
                    yield _Unread(Article(document=prepare_prose(item)), from_file=False)
            elif isinstance(item, str | os.PathLike):
                named = os.fspath(item)
                # Held as strings while they are read: a Path is several times larger, and
                # a folder may hold 100,000 files.
                here: set[object] = set()
                found = list(expand_names([item], excludes, force_exclude=force_exclude, seen=here))
                any_reached = bool(found)
                if not seen.isdisjoint(here):
                    # Some were reached before (named twice): asked again, one by one.
                    found = [f for f in found if not _seen_before(f, seen)]
                seen |= here
                # A file named directly is read as the format asked for; files found in a
                # folder are read by their suffixes, which is how they were found.
                fmt = how.input_format if found == [os.fspath(Path(named))] else None
                if fingerprint is not None and not read:
                    yield from _fingerprint_all(found, jobs, progress, fmt, fingerprint)
                else:
                    as_found = replace(how, input_format=fmt)
                    for got in _load_all(found, as_found, jobs, progress, read=read):
                        yield _Loaded(got) if isinstance(got, Article) else got
                folder = os.path.isdir(named)
                if (
                    folder
                    and not any_reached
                    and not (force_exclude and excludes.excludes(Path(named), folder=True))
                ):
                    yield _input_errors(
                        InputFileError(
                            str(item),
                            "is a folder with no articles or results files (.txt, .md, "
                            ".json) in it; give a file, or a folder that holds some",
                        )
                    )
        except InputFileError as exc:
            yield _input_errors(exc)
        except Exception as exc:  # a reader's bug is an error on its input
            if isinstance(item, Article):
                path = item.document.path
            elif isinstance(item, Document):
                path = item.path
            else:
                path = str(item)
            yield [internal_error(path, "reading it", exc)]
    if loose:
        yield Article(document=Document(path="<results>", text=""), contests=tuple(loose))


def _whole(item: _Chunked) -> Article | list[InputError]:
    """A chunked results file as one Article, for a run that keeps articles whole."""
    try:
        chunks = list(item.chunks)
    except InputFileError as exc:
        return _input_errors(exc)
    except Exception as exc:  # a reader's bug is an error on its file
        return [internal_error(item.document.path, "reading it", exc)]
    contests = tuple(c for a in chunks for c in a.contests)
    claims = tuple(c for a in chunks for c in a.claims)
    return Article(document=item.document, contests=contests, claims=claims)


def _check_chunks(
    engine: Engine, item: _Chunked
) -> tuple[list[Finding], list[NotChecked], list[InputError]]:
    """Check a results file a chunk of contests at a time, letting each chunk go once its
    findings are made. The report is the one checking the whole file gives: contest rules
    and the article rules of a results file without claims judge one contest at a time, and
    what an article rule skips for the whole file is said once, not once per chunk."""
    findings: list[Finding] = []
    skipped: list[NotChecked] = []
    # What the article rules skip for a file as a whole (no official record, say): what
    # they skip for a file with no contests. Said by the first chunk, not again.
    once = [n for n in engine.check_safely(Article(document=item.document))[1] if not n.contest]
    try:
        for k, chunk in enumerate(item.chunks):
            f, s, e = engine.check_safely(chunk)
            if e:
                return [], [], e
            findings.extend(f)
            if k:
                for n in once:
                    if n in s:
                        s.remove(n)
            skipped.extend(s)
    except InputFileError as exc:
        return [], [], _input_errors(exc)
    except Exception as exc:  # a reader's bug is an error on its file
        return [], [], [internal_error(item.document.path, "reading it", exc)]
    return findings, skipped, []


def _collection(how: _ReadSettings, stubs: Sequence[Document] | None = None) -> Collection:
    """The corpus of a run: files added without their text are loaded again on demand, as
    the format they were loaded as; articles added unread are read as ``how`` says (the
    run's packs and election), as the run reads the others.
    With ``stubs``, a collection of those documents to look at, not to index
    (:meth:`~factcheck.corpus.collection.Collection.unindexed`)."""
    from factcheck.corpus.collection import Collection
    from factcheck.io.formats import for_media_type

    def reload(held: Article) -> Article:
        doc = held.document
        quick = load_plain_text(doc.path) if doc.media_type == "text/plain" else None
        loaded = quick or load_document(doc.path, for_media_type(doc.media_type))
        return held.model_copy(update={"document": loaded})

    def read(article: Article) -> Article:
        return how.read(article.document)

    if stubs is not None:
        return Collection.unindexed(stubs, reload=reload, read=read)
    return Collection(reload=reload, read=read)


def _cited(findings: Iterable[Finding]) -> dict[str, list[tuple[int, int]]]:
    """The paths findings point into, their related locations included, each with the
    character ranges pointed at."""
    places: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        for loc in (f, *f.related):
            path = loc.path or f.path
            if path is None:
                continue
            spots = places.setdefault(path, [])
            if loc.start is not None:
                spots.append((loc.start, loc.end if loc.end is not None else loc.start))
            elif loc.line is not None:
                # A place known only by its line keeps the whole text: lines cannot be
                # turned into offsets once it is gone.
                spots.append((-1, -1))
    return places


KEEP_WHOLE = 1 << 16
"""A cited document shorter than this (in characters) is kept whole in the report; a
longer one keeps only the lines around what its findings point at."""


def _released(doc: Document, cited: dict[str, list[tuple[int, int]]]) -> Document:
    """The document as a report keeps it: whole when it is short and a finding points into
    it, the lines around the places pointed at when it is long, else a stub with an empty
    text.

    Reporters show source lines only where findings point, so the text of a clean file need
    not be held to the end of a run over thousands of files, nor the whole of a large one.
    """
    if not doc.text or doc.suppressions:
        # A document with suppressions is kept whole: they are applied, and reported, last.
        return doc
    places = cited.get(doc.path)
    if places is None:
        return doc.model_copy(update={"text": ""})
    if len(doc.text) < KEEP_WHOLE or (-1, -1) in places:
        return doc
    return doc.excerpted(places)


def check(
    sources: Source | Iterable[Source],
    *,
    config: Config | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    extend_select: Iterable[str] | None = None,
    rounding: Rounding | None = None,
    election: str | None = None,
    input_format: str | None = None,
    force_exclude: bool = False,
) -> Report:
    """Check files, documents, articles or contest results, and report what is wrong.

    Files are read in this process; :func:`check_many` reads them on several. A file named
    directly is read as ``input_format`` (``text``, ``markdown``, ``html`` or ``json``) when
    given, else as its suffix says; ``force_exclude`` applies the configured ``exclude``
    patterns to files named directly too (as pre-commit, which names every file, needs).

    >>> from factcheck import ContestResult, CandidateResult, Figure, check
    >>> contest = ContestResult(name="Anytown", candidates=(
    ...     CandidateResult(name="A", votes=Figure.count(600), share=Figure.percentage("60")),
    ...     CandidateResult(name="B", votes=Figure.count(400), share=Figure.percentage("35")),
    ... ))
    >>> [f.name for f in check(contest).findings]
    ['share-votes-mismatch']
    """
    return check_many(
        sources,
        config=config,
        select=select,
        ignore=ignore,
        extend_select=extend_select,
        rounding=rounding,
        election=election,
        input_format=input_format,
        force_exclude=force_exclude,
        jobs=1,
    )


def check_many(
    sources: Source | Iterable[Source],
    *,
    config: Config | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    extend_select: Iterable[str] | None = None,
    rounding: Rounding | None = None,
    election: str | None = None,
    input_format: str | None = None,
    force_exclude: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
    only: Literal["articles", "corpus"] | None = None,
    keep_articles: bool = False,
) -> Report:
    """:func:`check`, reading the files of a folder on ``jobs`` processes (default: every
    core; fewer than 64 files are read in one), calling ``progress(done, total)`` as they
    are read. The report is the same as :func:`check`'s.

    ``only="articles"`` runs the rules that judge each article alone, ``only="corpus"``
    the rules that compare articles (as the pytest plugin does: a file per test item, the
    corpus once); by default both run."""
    jobs = jobs if jobs is not None else os.cpu_count() or 1
    base = config or Config()
    # As in ruff: `select` replaces the configured set; `ignore` and `extend_select` add to it.
    config = base.merged(
        select=tuple(select) if select is not None else None,
        ignore=(*base.ignore, *ignore) if ignore is not None else None,
        extend_select=(*base.extend_select, *extend_select) if extend_select is not None else None,
        rounding=rounding,
    )
    # An election given here beats an article's front matter; a configured one does not.
    engine = Engine.from_config(config, election=election)
    findings: list[Finding] = []
    skipped: list[NotChecked] = []
    errors: list[InputError] = []
    docs: list[Document] = []
    selected = engine.selected  # what runs, without importing the rules deferred
    corpus = only != "articles" and any(r.scope is Scope.CORPUS for r in selected)
    # When only corpus rules that read on demand run (duplicate-article), no article is
    # read for figures up front, and the corpus holds fingerprints rather than texts.
    lazy = corpus and all(
        r.scope is Scope.SUPPRESSION or (r.scope is Scope.CORPUS and r.reads_on_demand)
        for r in selected
        if only != "corpus" or r.scope is Scope.CORPUS
    )
    # Articles are read with the same packs the rules use, so a newsroom's own hedge words
    # and party names are recognised in its copy; and for the run's election (given or
    # configured), each story's when its front matter names none: the reader then dates "in
    # the 2019 election" to this election under uk-ge-2019.
    how = _ReadSettings.of(engine)
    articles = _collection(how)
    kept: list[CheckedArticle] = []
    # A run that keeps articles whole, or checks only the corpus, reads a large file whole.
    stream = not (keep_articles or lazy or only == "corpus")
    for loaded in _articles(
        sources,
        replace(how, input_format=input_format),
        exclude=Excludes(config.exclude, config.root),
        jobs=jobs,
        progress=progress,
        force_exclude=force_exclude,
        read=not lazy,
        # Files come fingerprinted, held as paths: nothing of theirs is kept but a stub.
        fingerprint=articles.boilerplate if lazy and not keep_articles else None,
    ):
        if isinstance(loaded, _PlainRun):
            docs.extend(articles.add_plain(loaded.paths, loaded.digests))
            continue
        item = _whole(loaded) if isinstance(loaded, _Chunked) and not stream else loaded
        if isinstance(item, Article) and isinstance(loaded, _Chunked):
            item = _Loaded(item)
        if isinstance(item, list):
            errors.extend(item)
            continue
        unread = isinstance(item, _Unread | _Chunked)
        # A results file loaded again is the same file; prose may differ once prepared.
        from_file = (isinstance(item, _Unread | _Chunked) and item.from_file) or (
            isinstance(item, _Loaded) and item.article.document.media_type == RESULTS.media_type
        )
        if isinstance(item, _Chunked):
            # Checked chunk by chunk; the corpus reads it again only if a rule needs it.
            f, s, e = _check_chunks(engine, item)
            art = Article(document=item.document)
        elif lazy or only == "corpus":
            art = item.article if isinstance(item, _Unread | _Loaded) else item
            # The article's own rules are left to its own check (only="corpus") or have
            # nothing to run; an unusable election still keeps it out of the corpus.
            problem = engine.election_problem(art)
            f, s, e = list[Finding](), list[NotChecked](), [problem] if problem else []
        else:
            art = item.article if isinstance(item, _Unread | _Loaded) else item
            f, s, e = engine.check_safely(art)
        findings.extend(f)
        skipped.extend(s)
        errors.extend(e)
        if keep_articles and not e:
            # Kept whole, before the corpus lets its text go.
            kept.append(engine.checked_article(art))
            docs.append(art.document)
        if corpus and not e:
            # The document as the corpus holds it: without its text when it can be reloaded.
            keep = not from_file or bool(art.document.suppressions)
            # A large results file's figures are let go too, read again if a rule asks.
            light = not unread and not (from_file and _large_results(art.document))
            art = articles.add(art, figures=light, keep_text=keep)
        if not e and not keep_articles:
            # Without corpus rules no later finding can point into this document.
            docs.append(art.document if corpus else _released(art.document, _cited(f)))
    if corpus:
        f, s, e = engine.check_corpus_safely(articles)
        findings.extend(f)
        skipped.extend(s)
        errors.extend(e)
        cited = _cited(findings)
        if not keep_articles:
            docs = [
                _released(articles.document(i) if d.path in cited else d, cited)
                for i, d in enumerate(docs)
            ]
    findings, suppressed = engine.suppress(findings, docs, only=only)
    # Unvalidated: every value is a tuple of models built here; validating the report would
    # only build its validator, which holds every model's (docs/benchmarks.md, "Cold start").
    return trusted(
        Report,
        findings=tuple(sort_findings(findings)),
        not_checked=tuple(skipped),
        errors=tuple(errors),
        suppressed=tuple(suppressed),
        documents=tuple(docs),
        articles=tuple(kept),
    )
