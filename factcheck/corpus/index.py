"""An inverted index of passage fingerprints, and the document pairs that share passages.

No pair of documents is compared unless they share a fingerprint: the index groups
postings by hash (a sort with numpy, a dict without it), and only documents in the same
group are paired. A fingerprint found in more than ``max_df`` documents pairs nobody (it is
boilerplate: "Subscribe to our newsletter"), and one found in more than ``common_df`` counts
for less the more documents hold it, so a site's shared lines never make two stories alike.

With numpy (the ``fast`` extra) the index is three arrays, 14 bytes a fingerprint; without
it, a dict of lists, several times larger and slower, with the same results.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

try:  # pragma: no cover - which branch runs depends on the install
    import numpy as np

    HAVE_NUMPY = True
except ModuleNotFoundError:  # pragma: no cover
    HAVE_NUMPY = False

MAX_DF = 100
"""A fingerprint in more documents than this is boilerplate: it pairs no documents."""
COMMON_DF = 10
"""Above this many documents, a fingerprint's weight falls as 1/df."""


@dataclass(frozen=True, slots=True)
class Match:
    """Two documents (by index, ``a < b``) that share passages, and how much."""

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


def _weight(words: int, df: int, common_df: int) -> int:
    return words * common_df // max(df, common_df)


class PassageIndex:
    """Fingerprints of many documents, ready to find pairs and to answer queries."""

    def __init__(
        self,
        docs: Sequence[Mapping[int, int]],
        *,
        max_df: int = MAX_DF,
        common_df: int = COMMON_DF,
        use_numpy: bool | None = None,
    ) -> None:
        self.max_df = max_df
        self.common_df = common_df
        self.n = len(docs)
        self.numpy = HAVE_NUMPY if use_numpy is None else use_numpy and HAVE_NUMPY
        if self.numpy:
            self._build_numpy(docs)
        else:
            self._build_dict(docs)

    # -- building -----------------------------------------------------------------------

    def _build_dict(self, docs: Sequence[Mapping[int, int]]) -> None:
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

    def _build_numpy(self, docs: Sequence[Mapping[int, int]]) -> None:
        sizes = np.fromiter((len(fp) for fp in docs), dtype=np.int64, count=len(docs))
        total = int(sizes.sum())
        hashes = np.empty(total, dtype=np.int64)
        words = np.empty(total, dtype=np.int16)
        pos = 0
        for fp in docs:
            k = len(fp)
            hashes[pos : pos + k] = np.fromiter(fp.keys(), dtype=np.int64, count=k)
            words[pos : pos + k] = np.fromiter(fp.values(), dtype=np.int64, count=k).clip(0, 32767)
            pos += k
        ids = np.repeat(np.arange(len(docs), dtype=np.int32), sizes)
        order = np.argsort(hashes, kind="stable")
        self._hashes = hashes[order]
        self._ids = ids[order]
        self._words_arr = words[order]
        del hashes, ids, words, order
        self._uniq, self._starts, self._df = np.unique(
            self._hashes, return_index=True, return_counts=True
        )
        df = np.repeat(self._df, self._df)
        w = self._words_arr.astype(np.int64) * self.common_df // np.maximum(df, self.common_df)
        self._weights = w
        self.totals_arr = np.bincount(self._ids, weights=w, minlength=self.n).astype(np.int64)
        self.totals = self.totals_arr.tolist()

    # -- pairs --------------------------------------------------------------------------

    def matches(self, min_containment: float = 0.0, min_passages: int = 1) -> list[Match]:
        """Every pair of documents that shares a passage, with its measures, sorted."""
        raw = self._pairs_numpy() if self.numpy else self._pairs_dict()
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

    def _pairs_numpy(self) -> dict[tuple[int, int], tuple[int, int]]:
        keys: list[Any] = []
        weights: list[Any] = []
        df_all = self._df
        for k in np.unique(df_all[(df_all >= 2) & (df_all <= self.max_df)]).tolist():
            starts = self._starts[df_all == k]
            idx = starts[:, None] + np.arange(k)[None, :]
            ids = self._ids[idx].astype(np.int64)
            w = self._weights[idx[:, 0]]
            xs, ys = np.triu_indices(k, 1)
            a = np.minimum(ids[:, xs], ids[:, ys]).ravel()
            b = np.maximum(ids[:, xs], ids[:, ys]).ravel()
            keys.append(a * self.n + b)
            weights.append(np.repeat(w, len(xs)))
        if not keys:
            return {}
        key = np.concatenate(keys)
        wt = np.concatenate(weights)
        uniq, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
        sums = np.bincount(inverse, weights=wt).astype(np.int64)
        return {
            (k // self.n, k % self.n): (s, c)
            for k, s, c in zip(uniq.tolist(), sums.tolist(), counts.tolist(), strict=True)
        }

    # -- queries ------------------------------------------------------------------------

    def query(self, fp: Mapping[int, int], min_containment: float = 0.0) -> list[Match]:
        """Documents in the index that share passages with a new one (``a`` is -1)."""
        acc: dict[int, list[int]] = {}
        own = 0
        if self.numpy:
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
