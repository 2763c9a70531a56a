"""An inverted index of passage fingerprints, and the document pairs that share passages.

No pair of documents is compared unless they share a fingerprint: the index groups
postings by hash (a sort with numpy, a dict without it), and only documents in the same
group are paired. A fingerprint found in more than ``max_df`` documents pairs nobody (it is
boilerplate: "Subscribe to our newsletter"), and one found in more than ``common_df`` counts
for less the more documents hold it, so a site's shared lines never make two stories alike.

With numpy (the ``fast`` extra) the documents' fingerprints are streamed into arrays in
chunks (the caller may pass a generator and never hold every document's dict), sorted by
hash, and kept as a document id per posting (4 bytes) and, per distinct hash, the hash, where
its postings start, how many there are and its weight (24 bytes). Without numpy it is a dict
of lists, several times larger and slower, with the same results.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from importlib.util import find_spec
from typing import Any, NamedTuple

# numpy is imported by the methods that use it, not here: checking one article must not pay
# for importing numpy (a tenth of a second), and only an index of several documents uses it.
HAVE_NUMPY = find_spec("numpy") is not None

MAX_DF = 100
"""A fingerprint in more documents than this is boilerplate: it pairs no documents."""
COMMON_DF = 10
"""Above this many documents, a fingerprint's weight falls as 1/df."""
CHUNK = 1 << 16
"""Fingerprints gathered in Python lists before they are copied into numpy arrays."""


class Match(NamedTuple):
    """Two documents (by index, ``a < b``) that share passages, and how much.

    A named tuple, as :class:`~factcheck.corpus.fingerprint.Passage` is: a corpus of versions
    of few stories pairs every document with dozens, and a frozen dataclass took three times
    as long to make (a twentieth of checking a corpus of results stories)."""

    a: int
    b: int
    shared: int
    """Shared words, weighted down for common passages."""
    passages: int
    """How many distinct passages the two share."""
    containment: float
    """Shared weight over the smaller document's weight: 1.0 when one holds all the other."""
    jaccard: float
    """Shared weight over the union's weight."""


class _Column:
    """A numpy array that grows as postings are added: doubled when full, so each posting
    is copied a few times at most, and the index is one array at the end, not chunks to
    join (which held the postings twice, the chunks in the heap and their join)."""

    def __init__(self, dtype: Any) -> None:
        self.dtype = dtype
        self.buf: Any = None
        self.n = 0

    def extend(self, values: Any) -> None:
        import numpy as np

        need = self.n + len(values)
        if self.buf is None or need > len(self.buf):
            # Large enough to be mapped memory: its pages count once written, and a
            # buffer let go is given back at once.
            grown = np.empty(max(need, 2 * self.n, 1 << 16), dtype=self.dtype)
            if self.buf is not None:
                grown[: self.n] = self.buf[: self.n]
            self.buf = grown
        self.buf[self.n : need] = values
        self.n = need

    def take(self) -> Any:
        """The values added (the column is empty after)."""
        import numpy as np

        out = self.buf[: self.n] if self.buf is not None else np.zeros(0, dtype=self.dtype)
        self.buf, self.n = None, 0
        return out


_BUCKETS = 16
"""The postings are sorted a sixteenth at a time (by their hashes' top bits) to find the
repeated ones: a sorted copy of all of them at once was the run's peak of memory."""


def _repeated(hashes: Any) -> tuple[Any, Any, Any]:
    """Which postings of an int64 array of hashes hold a value found more than once (a
    boolean per posting), those values (sorted) and how often each is found."""
    import numpy as np

    top = (hashes.view(np.uint64) >> np.uint64(60)).astype(np.uint8)
    hit = np.zeros(len(hashes), dtype=bool)
    values: list[Any] = []
    counts: list[Any] = []
    for bucket in range(_BUCKETS):
        at = np.flatnonzero(top == bucket)
        if len(at) < 2:
            continue
        # Sorted with where each came from, so the repeated ones are marked where they are
        # (looking every posting up among the repeated values was a third of the build).
        order = np.argsort(hashes[at])
        part = hashes[at[order]]
        same = part[1:] == part[:-1]
        if not same.any():
            continue
        again = np.zeros(len(part), dtype=bool)
        again[1:] = same
        again[:-1] |= same
        hit[at[order[again]]] = True
        repeated = part[again]
        first = np.r_[True, repeated[1:] != repeated[:-1]]
        values.append(repeated[first])
        counts.append(np.diff(np.r_[np.flatnonzero(first), len(repeated)]))
    if not values:
        return hit, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32)
    # The top bits of a signed hash order the buckets 0..7 (positive) before 8..15
    # (negative): sorted once more so the values are in signed order.
    v = np.concatenate(values)
    c = np.concatenate(counts).astype(np.int32)
    order = np.argsort(v)
    return hit, v[order], c[order]


def _weight(words: int, df: int, common_df: int) -> int:
    return words * common_df // max(df, common_df)


class PassageIndex:
    """Fingerprints of many documents, ready to find pairs and to answer queries.

    ``docs`` may be any iterable, a generator included: with numpy, each document's
    fingerprints are copied into compact arrays as they come (in chunks of
    :data:`CHUNK` fingerprints), so the caller need not hold every document's dict.
    Without ``docs``, the index starts empty: :meth:`add` each document, then :meth:`build`.

    ``pairs_only=True`` keeps, once built, only the fingerprints that can pair documents (held
    by 2 to ``max_df`` of them): :meth:`matches` and the totals are the same, :meth:`query`
    is refused. Most fingerprints are held by one document, so this is most of the index's
    memory (a run of the duplicate rule needs no query).
    """

    def __init__(
        self,
        docs: Iterable[Mapping[int, int]] | None = None,
        *,
        max_df: int = MAX_DF,
        common_df: int = COMMON_DF,
        use_numpy: bool | None = None,
        pairs_only: bool = False,
    ) -> None:
        self.max_df = max_df
        self.common_df = common_df
        self.pairs_only = pairs_only
        self.n = 0
        self.numpy = HAVE_NUMPY if use_numpy is None else use_numpy and HAVE_NUMPY
        self._dict_docs: list[Mapping[int, int]] = []
        self._hash_col = _Column("int64")
        self._word_col = _Column("int16")
        self._size_col = _Column("int32")
        self._hs: list[int] = []
        self._ws: list[int] = []
        self._sizes: list[int] = []
        self._built = False
        if docs is not None:
            for fp in docs:
                self.add(fp)
            self.build()

    # -- building -----------------------------------------------------------------------

    def add(self, fp: Mapping[int, int]) -> None:
        """Add the next document's fingerprints (hash -> words); its id is the count so far."""
        if self._built:
            raise RuntimeError("this index is built: documents can no longer be added")
        if not self.numpy:
            self._dict_docs.append(fp)
            return
        self._hs.extend(fp.keys())
        self._ws.extend(fp.values())
        self._sizes.append(len(fp))
        if len(self._hs) >= CHUNK:
            self._flush()

    def add_arrays(self, hashes: Any, words: Any, sizes: Any) -> None:
        """Add the next ``len(sizes)`` documents at once: their fingerprints' hashes and
        words, one document after another, ``sizes[i]`` of them for the i-th (numpy arrays;
        a document's hashes distinct)."""
        if self._built:
            raise RuntimeError("this index is built: documents can no longer be added")
        if not self.numpy:
            hs, ws, at = hashes.tolist(), words.tolist(), 0
            for n in sizes.tolist():
                self.add(dict(zip(hs[at : at + n], ws[at : at + n], strict=True)))
                at += n
            return
        import numpy as np

        self._flush()
        self._hash_col.extend(np.asarray(hashes, dtype=np.int64))
        self._word_col.extend(np.asarray(words).clip(0, 32767).astype(np.int16))
        self._size_col.extend(np.asarray(sizes, dtype=np.int32))

    def build(self) -> None:
        """Sort the postings: after this the index answers :meth:`matches` and queries."""
        if self._built:
            return
        self._built = True
        if self.numpy:
            self._flush()
            self._build_numpy()
        else:
            self._build_dict(self._dict_docs)
            self._dict_docs = []

    def _flush(self) -> None:
        if not self._sizes:
            return
        import numpy as np

        self._hash_col.extend(np.array(self._hs, dtype=np.int64))
        words = np.array(self._ws, dtype=np.int64).clip(0, 32767).astype(np.int16)
        self._word_col.extend(words)
        self._size_col.extend(np.array(self._sizes, dtype=np.int32))
        self._hs.clear()
        self._ws.clear()
        self._sizes.clear()

    def _build_dict(self, docs: Sequence[Mapping[int, int]]) -> None:
        self.n = len(docs)
        postings: dict[int, list[int]] = defaultdict(list)
        for i, fp in enumerate(docs):
            for h in fp:
                postings[h].append(i)
        self._postings = dict(postings)
        self._words = [dict(fp) for fp in docs]
        self.totals = [
            sum(_weight(w, len(self._postings[h]), self.common_df) for h, w in fp.items())
            for fp in docs
        ]

    def _build_numpy(self) -> None:
        import numpy as np

        # 1. The postings streamed into chunks of arrays: (hash int64, words int16), and
        #    the number of fingerprints of each document.
        hashes = self._hash_col.take()
        words = self._word_col.take()
        per_doc = self._size_col.take()
        self.n = n = len(per_doc)
        total = len(hashes)
        if self.pairs_only:
            self._build_pairs_only(hashes, words, per_doc)
            return
        # 2. Sort the postings by hash (stable: within a hash, by document). The hashes are
        #    sorted in place rather than gathered through the order: a second array of
        #    hashes would be the largest thing this process holds at that moment.
        order = np.argsort(hashes, kind="stable")
        hashes.sort()
        ids = np.repeat(np.arange(n, dtype=np.int32), per_doc)[order]
        words = words[order]
        del order, per_doc
        # 3. Groups of equal hashes: where each starts, its hash, how many documents hold it.
        first = np.ones(total, dtype=bool)
        np.not_equal(hashes[1:], hashes[:-1], out=first[1:])
        index_type = np.int32 if total < 2**31 else np.int64
        starts = np.flatnonzero(first).astype(index_type)
        del first
        df = np.diff(starts, append=total).astype(np.int32)
        # 4. Weights: each posting's words, down-weighted for common fingerprints.
        cdf = self.common_df
        w = words.astype(np.int32)
        del words
        w *= cdf
        w //= np.maximum(np.repeat(df, df), cdf)
        self.totals_arr = np.bincount(ids, weights=w, minlength=n).astype(np.int64)
        self.totals = self.totals_arr.tolist()
        self._uniq = hashes[starts]
        self._starts = starts
        self._df = df
        self._ids = ids
        # A group's weight is its first posting's (the clause is the same in every one).
        self._group_weight = w[starts]
        del w, hashes

    def _build_pairs_only(self, hashes: Any, words: Any, per_doc: Any) -> None:
        """The index of :meth:`_build_numpy` with only the postings that can pair documents,
        built without sorting every posting: most are held by one document, and the sort
        of all of them with their documents was the run's peak of memory."""
        import numpy as np

        n, cdf = self.n, self.common_df
        # 1. The postings of hashes held more than once, and by how many documents.
        hit, values, counts = _repeated(hashes)
        kept = np.flatnonzero(hit)
        del hit
        # 2. Totals: every posting's words, less the discount of common fingerprints.
        ends = np.cumsum(per_doc, dtype=np.int64)
        totals = np.zeros(n, dtype=np.int64)
        full = per_doc > 0
        if full.any():
            totals[full] = np.add.reduceat(words, (ends - per_doc)[full], dtype=np.int64)
        k_hashes = hashes[kept]
        k_words = words[kept].astype(np.int32)
        k_ids = np.searchsorted(ends, kept, side="right").astype(np.int32)
        del hashes, words, kept
        k_df = counts[np.searchsorted(values, k_hashes)]
        k_w = k_words * cdf // np.maximum(k_df, cdf)
        totals += np.bincount(k_ids, weights=k_w - k_words, minlength=n).astype(np.int64)
        self.totals_arr = totals
        self.totals = totals.tolist()
        # 3. The kept postings grouped by hash (stable: within a hash, by document), the
        #    groups over max_df left out (they pair nobody).
        order = np.argsort(k_hashes, kind="stable")
        k_hashes, k_ids, k_w, k_df = k_hashes[order], k_ids[order], k_w[order], k_df[order]
        usable = k_df <= self.max_df
        k_hashes, k_ids, k_w, k_df = k_hashes[usable], k_ids[usable], k_w[usable], k_df[usable]
        m = len(k_hashes)
        starts = np.flatnonzero(np.r_[True, k_hashes[1:] != k_hashes[:-1]] if m else []).astype(
            np.int32 if m < 2**31 else np.int64
        )
        self._uniq = k_hashes[starts]
        self._starts = starts
        self._df = np.diff(starts, append=m).astype(np.int32)
        self._ids = k_ids
        self._group_weight = k_w[starts]

    # -- pairs --------------------------------------------------------------------------

    def matches(self, min_containment: float = 0.0, min_passages: int = 1) -> list[Match]:
        """Every pair of documents that shares a passage, with its measures, sorted."""
        if self.numpy:
            return self._matches_numpy(min_containment, min_passages)
        raw = self._pairs_dict()
        out = []
        for (a, b), (shared, count) in raw.items():
            m = self._match(a, b, shared, count)
            if m.passages >= min_passages and m.containment >= min_containment:
                out.append(m)
        out.sort(key=lambda m: (m.a, m.b))
        return out

    def _match(self, a: int, b: int, shared: int, count: int) -> Match:
        ta, tb = self.totals[a], self.totals[b]
        small = min(ta, tb)
        union = ta + tb - shared
        return Match(
            a,
            b,
            shared,
            count,
            shared / small if small else 0.0,
            shared / union if union else 0.0,
        )

    def _pairs_dict(self) -> dict[tuple[int, int], tuple[int, int]]:
        acc: dict[tuple[int, int], list[int]] = {}
        for h, ids in self._postings.items():
            df = len(ids)
            if df < 2 or df > self.max_df:
                continue
            for x in range(df):
                for y in range(x + 1, df):
                    a, b = ids[x], ids[y]
                    w = _weight(self._words[a][h], df, self.common_df)
                    slot = acc.setdefault((a, b), [0, 0])
                    slot[0] += w
                    slot[1] += 1
        return {k: (v[0], v[1]) for k, v in acc.items()}

    def _matches_numpy(self, min_containment: float, min_passages: int) -> list[Match]:
        """:meth:`matches` with the measures worked out over arrays: a corpus of versions of
        a few stories pairs each document with dozens, and a Python call per pair was most of
        the cost. (IEEE division is correctly rounded in numpy as in Python, and the counts
        are far below 2**53: the same floats.)"""
        import numpy as np

        pairs = self._pair_arrays()
        if pairs is None:
            return []
        a, b, shared, count = pairs
        totals = np.asarray(self.totals, dtype=np.int64)
        ta, tb = totals[a], totals[b]
        small = np.minimum(ta, tb)
        union = ta + tb - shared
        containment = np.divide(shared, small, out=np.zeros(len(a)), where=small != 0)
        jaccard = np.divide(shared, union, out=np.zeros(len(a)), where=union != 0)
        keep = (count >= min_passages) & (containment >= min_containment)
        if not keep.all():
            a, b, shared, count = a[keep], b[keep], shared[keep], count[keep]
            containment, jaccard = containment[keep], jaccard[keep]
        columns = (a, b, shared, count, containment, jaccard)
        return list(map(Match._make, zip(*(c.tolist() for c in columns), strict=True)))

    def _pair_arrays(self) -> tuple[Any, Any, Any, Any] | None:
        """Every pair sharing a passage as arrays (a, b, shared weight, passages), sorted by
        (a, b); None when there is none."""
        import numpy as np

        keys: list[Any] = []
        weights: list[Any] = []
        df_all = self._df
        for k in np.unique(df_all[(df_all >= 2) & (df_all <= self.max_df)]).tolist():
            group = df_all == k
            starts = self._starts[group].astype(np.int64)
            idx = starts[:, None] + np.arange(k)[None, :]
            ids = self._ids[idx].astype(np.int64)
            w = self._group_weight[group]
            xs, ys = np.triu_indices(k, 1)
            a = np.minimum(ids[:, xs], ids[:, ys]).ravel()
            b = np.maximum(ids[:, xs], ids[:, ys]).ravel()
            keys.append(a * self.n + b)
            weights.append(np.repeat(w, len(xs)))
        if not keys:
            return None
        key = np.concatenate(keys)
        wt = np.concatenate(weights)
        uniq, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
        sums = np.bincount(inverse, weights=wt).astype(np.int64)
        return uniq // self.n, uniq % self.n, sums, counts.astype(np.int64)

    # -- queries ------------------------------------------------------------------------

    def query(self, fp: Mapping[int, int], min_containment: float = 0.0) -> list[Match]:
        """Documents in the index that share passages with a new one (``a`` is -1)."""
        if self.pairs_only:
            raise RuntimeError("this index keeps only what pairs its documents: no queries")
        acc: dict[int, list[int]] = {}
        own = 0
        if self.numpy:
            import numpy as np

            hs = np.fromiter(fp.keys(), dtype=np.int64, count=len(fp))
            at = np.searchsorted(self._uniq, hs)
            at[at >= len(self._uniq)] = 0
            found = self._uniq[at] == hs if len(self._uniq) else np.zeros(len(hs), bool)
            for h, j, hit in zip(hs.tolist(), at.tolist(), found.tolist(), strict=True):
                df = int(self._df[j]) + 1 if hit else 1
                w = _weight(fp[h], df, self.common_df)
                own += w
                if not hit or df > self.max_df:
                    continue
                s = int(self._starts[j])
                for d in self._ids[s : s + df - 1].tolist():
                    slot = acc.setdefault(d, [0, 0])
                    slot[0] += w
                    slot[1] += 1
        else:
            for h, words in fp.items():
                ids: Iterable[int] = self._postings.get(h, ())
                ids = list(ids)
                df = len(ids) + 1
                w = _weight(words, df, self.common_df)
                own += w
                if df > self.max_df:
                    continue
                for d in ids:
                    slot = acc.setdefault(d, [0, 0])
                    slot[0] += w
                    slot[1] += 1
        out = []
        for d, (shared, count) in acc.items():
            small = min(own, self.totals[d])
            union = own + self.totals[d] - shared
            c = shared / small if small else 0.0
            if c >= min_containment:
                out.append(Match(-1, d, shared, count, c, shared / union if union else 0.0))
        out.sort(key=lambda m: (-m.containment, m.b))
        return out
