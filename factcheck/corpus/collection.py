"""The documents of a run as the corpus rules see them: indexed as they arrive, held light,
read whole only when a rule looks at one.

A :class:`Collection` is a ``Sequence[Article]``: ``collection[i]`` is the i-th article, read
whole (its text and its figures). What is held between is only what the rules may need of
every document: its place in two passage indexes (clause fingerprints and sampled word
shingles, see :mod:`factcheck.corpus.fingerprint`) and, when a rule needs every article's
figures, the article as read. A document added without its figures, or with its text
released, is read again on demand by the callables the caller gives, so a run over 100,000
files holds fingerprints, not texts, and reads for figures only the documents a rule asks for.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar, overload

from factcheck.io.files import PLAIN_METADATA, plain_document
from factcheck.models import Article, Document, trusted

if TYPE_CHECKING:
    from factcheck.corpus.boilerplate import Boilerplate
    from factcheck.corpus.fingerprint import Digest, PackedDigests
    from factcheck.corpus.index import Match, PassageIndex

SHINGLE_WEIGHT = 12
"""A shingle's weight in the word index while it is in at most SHINGLE_COMMON_DF documents
(an integer, so that the index's ``weight * common_df // df`` discount has room to fall)."""
SHINGLE_COMMON_DF = 4
"""Above this many documents, a shingle's weight falls as 1/df: a series' template."""
SHINGLE_MAX_DF = 30
"""A shingle in more documents than this pairs nobody (a template used across a series)."""
BATCH = 256
"""Documents whose shingles are hashed together (numpy)."""
CACHE = 256
"""Articles read whole that are kept for the next look. The duplicate rule reads pairs in
order of their first document, so the next look is near; each article read whole holds its
text, figures and claims, tens of kilobytes, so 2,048 of them were tens of megabytes."""


TEXT_CACHE = 1 << 24
"""Characters of texts loaded again that are kept for the next look (16 to 64 MB; the
indexes, built by then, hold only what pairs documents)."""

_TEXT, _FIGURES = 1, 2
"""A held document's flags: its text is held; its figures were read."""

Reload = Callable[[Article], Article]
"""Given a held article, the same article with its text (for a file: loaded again)."""
Read = Callable[[Article], Article]
"""Given an article with its text but not its figures, the article read."""


class Collection(Sequence[Article]):
    """A run's articles for the corpus rules; see the module documentation.

    ``reload`` gives back the text of a document added with ``keep_text=False``; ``read``
    reads the figures of one added with ``figures=False``. Call :meth:`seal` once every
    document is added (indexing is batched); :meth:`indexes` seals too.
    """

    def __init__(
        self,
        *,
        reload: Reload | None = None,
        read: Read | None = None,
        boilerplate: Boilerplate | None = None,
        use_numpy: bool | None = None,
    ) -> None:
        self._reload = reload
        self._read = read
        # The allow-list, the fingerprint and index modules are loaded by the first batch to
        # index: a run over one article makes a collection it never indexes.
        self._given_boilerplate = boilerplate
        self._use_numpy = use_numpy
        # An article that was not read and has no text held is kept as its Document alone
        # (an Article is made when asked for): a run over 100,000 files holds that many.
        self._held: list[Article | Document] = []
        self._flags = bytearray()  # per document: _TEXT | _FIGURES
        self._cache: OrderedDict[int, Article] = OrderedDict()
        self._texts: OrderedDict[int, str] = OrderedDict()
        self._text_chars = 0
        self._pending: list[str] = []
        self._indexes: tuple[PassageIndex, PassageIndex] | None = None
        self._sealed = False
        self._unindexed = False
        self._clause_matches: list[Match] | None = None
        self._word_matches: dict[float, list[Match]] = {}

    @classmethod
    def of(cls, articles: Sequence[Article]) -> Collection:
        """The collection of articles already read (what a rule gets from older callers)."""
        if isinstance(articles, Collection):
            return articles
        out = cls()
        for a in articles:
            out.add(a)
        out.seal()
        return out

    @classmethod
    def unindexed(cls, documents: Sequence[Document], *, reload: Reload, read: Read) -> Collection:
        """Text-less, unread documents to look at, not to index (a Dask worker confirming
        pairs that another process's indexes proposed): each is loaded and read again on
        demand, and the collection proposes no pairs of its own."""
        out = cls(reload=reload, read=read)
        out._held.extend(documents)
        out._flags.extend(bytes(len(documents)))
        out._sealed = out._unindexed = True
        return out

    # -- adding -------------------------------------------------------------------------

    def add(self, article: Article, *, figures: bool = True, keep_text: bool = True) -> Article:
        """Add the next article: ``figures`` says whether it was read (else it is read on
        demand), ``keep_text=False`` releases its text once fingerprinted (it is reloaded on
        demand). Returns the article as held."""
        self._can_add(figures, keep_text)
        self._pending.append(article.document.text)
        if not keep_text and article.document.text:
            doc = _construct(article.document, text="")
            if doc.metadata == PLAIN_METADATA:
                # One dict for every stub that has only this (a hundred bytes a file).
                doc = _construct(doc, metadata=PLAIN_METADATA)
            if not figures and not article.contests and not article.claims:
                # Held as its Document alone (see _hold): no Article made to be let go.
                self._held.append(doc)
                self._flags.append(0)
                if len(self._pending) >= BATCH:
                    self._index_pending()
                return trusted(Article, document=doc)
            article = _construct(article, document=doc)
        self._hold(article, keep_text, figures)
        if len(self._pending) >= BATCH:
            self._index_pending()
        return article

    def add_packed(
        self, articles: Sequence[tuple[Article, bool, bool]], packed: PackedDigests
    ) -> list[Article]:
        """Add the next articles, each ``(article, figures, keep_text)`` as for
        :meth:`add_digest`, with their digests made elsewhere and packed (a Dask worker's
        partition): the arrays go into the indexes whole."""
        self._can_add(True, True)  # sealed or not, even for an empty partition
        if len(articles) != len(packed):
            raise ValueError(f"{len(articles)} articles but {len(packed)} digests")
        for _, figures, keep_text in articles:
            self._can_add(figures, keep_text)
        self._index_pending()
        self._add_packed(packed)
        for article, figures, keep_text in articles:
            self._hold(article, keep_text, figures)
        return [a for a, _, _ in articles]

    def add_plain(self, paths: Sequence[str], packed: PackedDigests) -> list[Document]:
        """Add the next plain-text files (``.txt`` prose without front matter, as
        :func:`~factcheck.io.files.read_plain_text` reads them), unread and held without
        their texts, with their digests made elsewhere (in a worker, say) and packed.
        Returns the documents as held (text-less stubs, reloaded on demand)."""
        self._can_add(False, False)
        if len(paths) != len(packed):
            raise ValueError(f"{len(paths)} files but {len(packed)} digests")
        self._index_pending()
        self._add_packed(packed)
        stubs = [plain_document(p, "") for p in paths]
        self._held.extend(stubs)
        self._flags.extend(bytes(len(stubs)))
        return stubs

    def _can_add(self, figures: bool, keep_text: bool) -> None:
        """Refuse an article this collection could not give back whole later."""
        if self._sealed:
            raise RuntimeError("this collection is sealed: no more articles can be added")
        if not figures and self._read is None:
            raise ValueError("an article added without its figures needs a `read`")
        if not keep_text and self._reload is None:
            raise ValueError("an article added without its text needs a `reload`")

    def _hold(self, article: Article, keep_text: bool, figures: bool) -> None:
        bare = not figures and not keep_text and not article.contests and not article.claims
        self._held.append(article.document if bare else article)
        self._flags.append((_TEXT if keep_text else 0) | (_FIGURES if figures else 0))

    def add_digest(
        self, article: Article, digest: Digest, *, figures: bool = True, keep_text: bool = True
    ) -> Article:
        """Add the next article with its digest made elsewhere (a Dask worker, say): its text
        may already be released (``keep_text=False``: it is reloaded on demand)."""
        self._can_add(figures, keep_text)
        self._index_pending()
        self._add_digest(digest)
        self._hold(article, keep_text, figures)
        return article

    @property
    def boilerplate(self) -> Boilerplate:
        """The phrases stripped before fingerprinting (the built-in list unless given)."""
        if self._given_boilerplate is None:
            from factcheck.corpus.boilerplate import builtin_boilerplate

            self._given_boilerplate = builtin_boilerplate()
        return self._given_boilerplate

    def _empty_indexes(self) -> tuple[PassageIndex, PassageIndex]:
        if self._indexes is None:
            from factcheck.corpus.index import PassageIndex

            # The rules ask for pairs, never queries: the indexes keep only what pairs.
            clauses = PassageIndex(use_numpy=self._use_numpy, pairs_only=True)
            words = PassageIndex(
                max_df=SHINGLE_MAX_DF,
                common_df=SHINGLE_COMMON_DF,
                use_numpy=self._use_numpy,
                pairs_only=True,
            )
            self._indexes = (clauses, words)
        return self._indexes

    def _index_pending(self) -> None:
        if not self._pending:
            return
        texts = self._pending
        self._pending = []
        if not self._empty_indexes()[0].numpy:
            from factcheck.corpus.fingerprint import digests

            for d in digests(map(self.boilerplate.strip, texts)):
                self._add_digest(d)
            return
        from factcheck.corpus.fingerprint import packed

        self._add_packed(packed(texts, boilerplate=self.boilerplate))

    def _add_packed(self, packed: PackedDigests) -> None:
        clauses, words = self._empty_indexes()
        clauses.add_arrays(packed.clause_hashes, packed.clause_words, packed.clause_counts)
        weights = packed.shingle_hashes.astype("int16")
        weights[:] = SHINGLE_WEIGHT
        words.add_arrays(packed.shingle_hashes, weights, packed.shingle_counts)

    def _add_digest(self, d: Digest) -> None:
        clauses, words = self._empty_indexes()
        clauses.add(d.clauses)
        words.add(dict.fromkeys(d.shingles, SHINGLE_WEIGHT))

    def seal(self) -> None:
        """Index what is pending and sort the indexes: no article can be added after."""
        if self._sealed:
            return
        self._index_pending()
        self._sealed = True
        for index in self._empty_indexes():
            index.build()

    def indexes(self) -> tuple[PassageIndex, PassageIndex]:
        """The clause index and the word-shingle index (document ids are positions here)."""
        if self._unindexed:
            raise RuntimeError("this collection holds documents to look at, not an index")
        self.seal()
        return self._empty_indexes()

    def clause_matches(self) -> list[Match]:
        """Every pair that shares a clause (computed once)."""
        if self._clause_matches is None:
            self._clause_matches = self.indexes()[0].matches()
        return self._clause_matches

    def word_matches(self, min_containment: float) -> list[Match]:
        """Every pair whose shared sampled shingles reach ``min_containment`` of the smaller
        document's (weighted down for shingles common to many documents; computed once)."""
        if min_containment not in self._word_matches:
            self._word_matches[min_containment] = self.indexes()[1].matches(min_containment)
        return self._word_matches[min_containment]

    # -- reading ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._held)

    @overload
    def __getitem__(self, i: int) -> Article: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Article]: ...

    def __getitem__(self, i: int | slice) -> Article | Sequence[Article]:
        if isinstance(i, slice):
            return [self[k] for k in range(len(self))[i]]
        if i < 0:
            i += len(self)
        held = self.held(i)
        flags = self._flags[i]
        has_text, has_figures = bool(flags & _TEXT), bool(flags & _FIGURES)
        if has_text and has_figures:
            return held
        cached = self._cache.get(i)
        if cached is not None:
            self._cache.move_to_end(i)
            return cached
        article = held
        if not has_text:
            article = self._reloaded(i, held)
        if not has_figures:
            assert self._read is not None
            article = self._read(article)
        self._cache[i] = article
        if len(self._cache) > CACHE:
            self._cache.popitem(last=False)
        return article

    def __iter__(self) -> Iterator[Article]:
        return (self[i] for i in range(len(self)))

    def text(self, i: int) -> str:
        """The i-th document's text, without reading its figures."""
        if self._flags[i] & _TEXT:
            return self.held_document(i).text
        cached = self._cache.get(i)
        if cached is not None:
            return cached.document.text
        return self._reloaded(i, self.held(i)).document.text

    def _reloaded(self, i: int, held: Article) -> Article:
        """The i-th article with its text: loaded again, or made with the text kept from
        its last load (a duplicate run looks at a candidate's text three times: its word
        order, its figures, its passages)."""
        text = self._texts.get(i)
        if text is not None:
            self._texts.move_to_end(i)
            return _construct(held, document=_construct(held.document, text=text))
        assert self._reload is not None
        article = self._reload(held)
        text = article.document.text
        self._texts[i] = text
        self._text_chars += len(text)
        while self._text_chars > TEXT_CACHE and len(self._texts) > 1:
            self._text_chars -= len(self._texts.popitem(last=False)[1])
        return article

    def document(self, i: int) -> Document:
        """The i-th document with its text, without reading its figures."""
        doc = self.held_document(i)
        return doc if self._flags[i] & _TEXT else doc.model_copy(update={"text": self.text(i)})

    def by_path(self) -> Mapping[str, Document]:
        """The documents by path, each given with its text when it is looked up."""
        return _ByPath(self)

    def held(self, i: int) -> Article:
        """The i-th article as held: maybe without its text or its figures."""
        held = self._held[i]
        return held if isinstance(held, Article) else Article(document=held)

    def held_document(self, i: int) -> Document:
        """The i-th document as held: maybe without its text."""
        held = self._held[i]
        return held.document if isinstance(held, Article) else held

    def stub(self, i: int) -> Document | None:
        """The i-th document when it is held as a stub (without its text, unread, no figures
        given with it), so that any process can load and read it again; else None."""
        held = self._held[i]
        if isinstance(held, Document) and not self._flags[i] and not held.text:
            return held
        return None

    def shingles(self, i: int) -> list[int]:
        """The i-th document's sampled word shingles, in text order (its text reloaded)."""
        return self.shingles_of([i])[0]

    def shingles_of(self, docs: Sequence[int]) -> list[list[int]]:
        """:meth:`shingles` of each of these documents, hashed in batches."""
        from factcheck.corpus.fingerprint import digests

        strip = self.boilerplate.strip
        return [d.shingles for d in digests(strip(self.text(i)) for i in docs)]


_M = TypeVar("_M", Article, Document)


def _construct(model: _M, **update: object) -> _M:
    """``model.model_copy(update=...)`` that shares the record of the fields given, as a
    model built normally does (``model_copy`` gives each copy its own set, ~200 bytes: as
    much again as the stub of a document this collection holds for each file of a run), and
    is built as pydantic's ``model_construct`` builds a model, without its per-field work
    (that was a tenth of a duplicate run's time)."""
    cls = type(model)
    old = model.__dict__
    # Only the fields: a cached property (a document's line starts) is not carried over.
    fields = {name: update[name] if name in update else old[name] for name in cls.model_fields}
    out = cls.__new__(cls)
    object.__setattr__(out, "__dict__", fields)
    object.__setattr__(out, "__pydantic_fields_set__", model.model_fields_set)
    object.__setattr__(out, "__pydantic_extra__", None)
    object.__setattr__(out, "__pydantic_private__", None)
    return out


class _ByPath(Mapping[str, Document]):
    def __init__(self, col: Collection) -> None:
        self._col = col
        self._where = {col.held_document(i).path: i for i in range(len(col))}
        self._last: Document | None = None

    def __getitem__(self, path: str) -> Document:
        # A finding looks up the other document once per place it points to there.
        if self._last is not None and self._last.path == path:
            return self._last
        self._last = self._col.document(self._where[path])
        return self._last

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)
