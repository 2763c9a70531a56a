"""Passage fingerprints: one 64-bit hash per clause of a text.

A *clause* is the run of text between sentence or clause punctuation (``. ! ? ; : ,``,
quotes, dashes, brackets). A line break is a space, so rewrapping changes nothing, and a
comma or point between digits (``42,969``, ``71.8``) does not split. Each clause is
case-folded, its other punctuation dropped and its whitespace collapsed, and clauses of at
least :data:`MIN_WORDS` words are hashed. The
fingerprint is the pair (hash, words), and a document is the set of its fingerprints.

A clause's hash is built from its words' CRC-32s (of their UTF-8 bytes), combined as a
polynomial in 64-bit arithmetic and mixed: deterministic in every process (Python's ``hash``
of a string is salted per process, which would make a worker's fingerprints disagree with
the client's), and the same numbers the word shingles below are made of, so that with numpy
a batch of documents is hashed, clauses and shingles, in a few array operations.

:func:`fingerprints` is the fast path (no positions); :func:`passages` gives the same
fingerprints with their spans, and is only run for the documents a finding is about.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from typing import Any

from factcheck import compiled_re as re

MIN_WORDS = 4
"""Shorter clauses ("he said", "in 2015") are too common to say anything about copying."""

_DELIMS = '\x00.!?;:,"“”„«»‹›()[]{}–—―|•·…\u2028\u2029'
_OTHER = "'‘’`´-_/\\*#&@%$£€+=<>~^"
# Whitespace to str.split but not to bytes.split (words are split from the UTF-8 bytes): as
# spaces, so a no-break space between two words parts them as a space does.
_OTHER += "\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
_OTHER += "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NUMSEP = re.compile(r"[.,](?=\d)")
_TO_LINE = {ord(c): "\x00" for c in _DELIMS}
_TO_LINE.update({ord(c): " " for c in _OTHER})
_DROP_OTHER = {ord(c): " " for c in _OTHER}
_CLAUSE = re.compile(
    "(?:[^" + re.escape(_DELIMS) + r"]|(?<=\d)[.,](?=\d))+",
)


def _signed(h: int) -> int:
    """As a signed 64-bit integer, so that it fits an int64 array."""
    return h - (1 << 64) if h >= 1 << 63 else h


@dataclass(frozen=True, slots=True)
class Passage:
    """One fingerprinted clause of a text: where it is, its hash and its length in words."""

    start: int
    end: int
    hash: int
    words: int


def _join_numbers(text: str) -> str:
    """``42,969`` and ``71.8`` as one word: a comma or point between digits dropped."""
    # A look-behind for the digit costs a test at every character; this tests only at
    # the few commas and points followed by a digit (4x faster on text full of digits).
    return _NUMSEP.sub(
        lambda m: "" if m.start() and text[m.start() - 1].isdecimal() else m[0], text
    )


def _normal(text: str) -> str:
    """Case folded, clause breaks as NUL, other punctuation as spaces, ``42,969`` one word."""
    return _join_numbers(text).casefold().translate(_TO_LINE)


def fingerprints(text: str) -> dict[int, int]:
    """The text's clause fingerprints: hash -> words (a clause repeated counts once)."""
    return _clauses(_normal(text))


def _clauses(normal: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for line in normal.split("\x00"):
        words = line.encode("utf-8", "surrogatepass").split()
        if len(words) >= MIN_WORDS:
            out[_clause_hash(words)] = len(words)
    return out


def _clause_hash(words: Sequence[bytes]) -> int:
    """A clause's hash from its words (see the module documentation)."""
    h = 0
    for w in words:
        h = (h * _P + zlib.crc32(w)) & _MASK
    return _signed(_mix(h ^ _CLAUSE_SALT))


def passages(text: str) -> list[Passage]:
    """The text's fingerprinted clauses with their spans, in order (the slow path)."""
    out = []
    for m in _CLAUSE.finditer(text):
        normal = _join_numbers(m.group()).casefold().translate(_DROP_OTHER)
        words = normal.encode("utf-8", "surrogatepass").split()
        if len(words) < MIN_WORDS:
            continue
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        end = m.start() + len(m.group().rstrip())
        out.append(Passage(start, end, _clause_hash(words), len(words)))
    return out


# -- sampled word shingles ----------------------------------------------------------------
#
# Clause fingerprints need a whole clause unchanged; a sub-editor's pass that changes a word
# here and there (5-20% of them) leaves few clauses whole. Word 5-grams survive it: a word
# edit breaks the five shingles that hold the word and no others. Every shingle is hashed
# (from the CRC-32 of its words, combined in 64-bit arithmetic) and one in SAMPLE is kept, by
# its hash, so two copies keep the same ones: a document of 450 words keeps ~56.

SHINGLE = 5
"""Words a shingle."""
SAMPLE = 8
"""One shingle in this many is kept (those whose mixed hash is 0 modulo SAMPLE)."""
_MASK = (1 << 64) - 1
_P = 0x9E3779B97F4A7C15
_MIX = 0xBF58476D1CE4E5B9
_CLAUSE_SALT = 0x5851F42D4C957F2D
"""Mixed into a clause's hash, so that a clause of five words never equals its shingle."""
_SEP = zlib.crc32(b"\x00")
"""The CRC-32 of a clause break, a token of one byte: no other one-byte token has it."""


@dataclass(frozen=True, slots=True)
class Digest:
    """What the passage index needs of a document: its clause fingerprints and its sampled
    word shingles (signed 64-bit hashes, in text order, a repeated one listed each time).

    Small (a few hundred bytes for a news story) and deterministic in every process, so a
    worker can make it and send it instead of the document.
    """

    clauses: dict[int, int]
    shingles: list[int]


def _word_hashes(normal: str) -> list[int]:
    return list(
        map(zlib.crc32, normal.replace("\x00", " ").encode("utf-8", "surrogatepass").split())
    )


def _mix(h: int) -> int:
    h ^= h >> 31
    h = (h * _MIX) & _MASK
    return h ^ (h >> 29)


def _sample(hs: Sequence[int]) -> list[int]:
    out = []
    for i in range(len(hs) - SHINGLE + 1):
        h = 0
        for w in hs[i : i + SHINGLE]:
            h = (h * _P + w) & _MASK
        h = _mix(h)
        if h % SAMPLE == 0:
            out.append(_signed(h))
    return out


def shingles(text: str) -> list[int]:
    """The text's sampled word shingles, in text order (see :class:`Digest`)."""
    return _sample(_word_hashes(_normal(text)))


def digest(text: str) -> Digest:
    """The text's :class:`Digest` (pure Python; :func:`digests` is the fast path)."""
    normal = _normal(text)
    return Digest(_clauses(normal), _sample(_word_hashes(normal)))


def _tokens(normal: str) -> list[bytes]:
    """The words of a normalised text, with each clause break a token of its own."""
    return normal.replace("\x00", " \x00 ").encode("utf-8", "surrogatepass").split()


_POWERS: list[Any] = []
"""P**k and P**-k modulo 2**64 for k < len, as two uint64 arrays (grown when a batch needs)."""


def _powers(n: int) -> tuple[Any, Any]:
    import numpy as np

    if not _POWERS or len(_POWERS[0]) < n:
        size = max(n, 1 << 16, 2 * len(_POWERS[0]) if _POWERS else 0)
        up = np.full(size, _P, dtype=np.uint64)
        up[0] = 1
        down = np.full(size, pow(_P, -1, 1 << 64), dtype=np.uint64)
        down[0] = 1
        _POWERS[:] = [np.cumprod(up), np.cumprod(down)]  # products wrap modulo 2**64
    return _POWERS[0], _POWERS[1]


def _mix_array(h: Any) -> Any:
    """:func:`_mix` of every element of a uint64 array, in place."""
    import numpy as np

    h ^= h >> np.uint64(31)
    h *= np.uint64(_MIX)
    h ^= h >> np.uint64(29)
    return h


def digests(texts: Iterable[str], batch: int = 256) -> Iterator[Digest]:
    """:func:`digest` of each text, in order: with numpy, the clauses and shingles of
    ``batch`` texts are hashed at once (the same hashes)."""
    if find_spec("numpy") is None:
        yield from map(digest, texts)
        return
    import numpy as np

    crcs: list[int] = []  # every token of the batch's texts, clause breaks included
    sizes: list[int] = []  # of each token, in bytes
    counts: list[int] = []  # tokens of each text

    def flush() -> Iterator[Digest]:
        ndoc = len(counts)
        h = np.array(crcs, dtype=np.uint64)
        per_doc = np.array(counts, dtype=np.int64)
        # A break is a one-byte token with the break's CRC: no other byte has that CRC.
        brk = (np.array(sizes, dtype=np.int64) == 1) & (h == np.uint64(_SEP))
        word = ~brk
        wh = h[word]
        wdoc = np.repeat(np.arange(ndoc, dtype=np.int64), per_doc)[word]
        words_per_doc = np.bincount(wdoc, minlength=ndoc)
        wend = np.cumsum(words_per_doc)
        wstart = wend - words_per_doc
        m = len(wh)
        # Clauses: runs of words between breaks (a text's start is a break too).
        starts_doc = (np.cumsum(per_doc) - per_doc)[per_doc > 0]
        brk[starts_doc] = True
        clause_of = np.cumsum(brk)[word]
        new = np.ones(m, dtype=bool)
        np.not_equal(clause_of[1:], clause_of[:-1], out=new[1:])
        first = np.flatnonzero(new)
        length = np.diff(first, append=m)
        keep = length >= MIN_WORDS
        first, length = first[keep], length[keep]
        last = first + length - 1
        # Each clause's polynomial (as _clause_hash computes it word by word) from prefix
        # sums of the words scaled by P**-k: sum(w_j P**(last-j)) = (S[last+1]-S[first]) P**last.
        up, down = _powers(m)
        prefix = np.zeros(m + 1, dtype=np.uint64)
        np.cumsum(wh * down[:m], out=prefix[1:])
        ch = (prefix[last + 1] - prefix[first]) * up[last]
        ch ^= np.uint64(_CLAUSE_SALT)
        clause_hashes = _mix_array(ch).view(np.int64).tolist()
        clause_words = length.tolist()
        cuts = np.searchsorted(wdoc[first], np.arange(ndoc + 1)).tolist()
        # Shingles: SHINGLE words within one text, one in SAMPLE kept by its hash.
        at = np.zeros(0, dtype=np.int64)
        kept = np.zeros(0, dtype=np.int64)
        if m >= SHINGLE:
            sh = wh[: m - SHINGLE + 1].copy()
            p = np.uint64(_P)
            for k in range(1, SHINGLE):
                sh *= p
                sh += wh[k : m - SHINGLE + 1 + k]
            _mix_array(sh)
            at = np.flatnonzero((sh % np.uint64(SAMPLE)) == 0)
            kept = sh[at].view(np.int64)
        # A shingle belongs to the text it starts in, if it ends there too.
        lo = np.searchsorted(at, wstart).tolist()
        hi = np.searchsorted(at, wend - SHINGLE + 1).tolist()
        for d in range(ndoc):
            a, b = cuts[d], cuts[d + 1]
            clauses = dict(zip(clause_hashes[a:b], clause_words[a:b], strict=True))
            yield Digest(clauses, kept[lo[d] : hi[d]].tolist() if hi[d] > lo[d] else [])
        crcs.clear()
        sizes.clear()
        counts.clear()

    for text in texts:
        tokens = _tokens(_normal(text))
        crcs.extend(map(zlib.crc32, tokens))
        sizes.extend(map(len, tokens))
        counts.append(len(tokens))
        if len(counts) >= batch:
            yield from flush()
    if counts:
        yield from flush()


@dataclass(frozen=True, slots=True)
class PackedDigests:
    """The digests of several documents in five numpy arrays, for sending between processes.

    A Dask worker sends one of these per partition instead of a dict and a list per
    document: arrays pickle as their bytes, where a dict of Python integers pickles (and is
    rebuilt) integer by integer. A repeated shingle is kept once (the index counts it once).
    """

    clause_hashes: Any
    """int64: every document's clause hashes, one document after another."""
    clause_words: Any
    """int16: the words of each clause."""
    clause_counts: Any
    """int32: clauses per document."""
    shingle_hashes: Any
    """int64: every document's distinct sampled shingles."""
    shingle_counts: Any
    """int32: distinct shingles per document."""

    @classmethod
    def of(cls, digests: Sequence[Digest]) -> PackedDigests:
        """The digests packed (needs numpy)."""
        import numpy as np

        shingles = [dict.fromkeys(d.shingles) for d in digests]
        return cls(
            np.fromiter((h for d in digests for h in d.clauses), dtype=np.int64),
            np.fromiter(
                (min(w, 32767) for d in digests for w in d.clauses.values()), dtype=np.int16
            ),
            np.fromiter((len(d.clauses) for d in digests), dtype=np.int32, count=len(digests)),
            np.fromiter((h for s in shingles for h in s), dtype=np.int64),
            np.fromiter((len(s) for s in shingles), dtype=np.int32, count=len(shingles)),
        )

    def __len__(self) -> int:
        return len(self.clause_counts)
