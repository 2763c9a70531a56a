"""Passage fingerprints: one 64-bit hash per clause of a text.

A *clause* is the run of text between sentence or clause punctuation (``. ! ? ; : ,``,
quotes, dashes, brackets). A line break is a space, so rewrapping changes nothing, and a
comma or point between digits (``42,969``, ``71.8``) does not split. Each clause is
case-folded, its other punctuation dropped and its whitespace collapsed, and clauses of at
least :data:`MIN_WORDS` words are hashed. The
fingerprint is the pair (hash, words), and a document is the set of its fingerprints.

Hashes are CRC-32 and Adler-32 of the UTF-8 clause, side by side: deterministic in every
process (Python's ``hash`` of a string is salted per process, which would make a worker's
fingerprints disagree with the client's) and computed in C.

:func:`fingerprints` is the fast path (no positions); :func:`passages` gives the same
fingerprints with their spans, and is only run for the documents a finding is about.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from itertools import chain

MIN_WORDS = 4
"""Shorter clauses ("he said", "in 2015") are too common to say anything about copying."""

_DELIMS = '\x00.!?;:,"“”„«»‹›()[]{}–—―|•·…\u2028\u2029'
_OTHER = "'‘’`´-_/\\*#&@%$£€+=<>~^"
_NUMSEP = re.compile(r"[.,](?=\d)")
_TO_LINE = {ord(c): "\x00" for c in _DELIMS}
_TO_LINE.update({ord(c): " " for c in _OTHER})
_DROP_OTHER = {ord(c): " " for c in _OTHER}
_CLAUSE = re.compile(
    "(?:[^" + re.escape(_DELIMS) + r"]|(?<=\d)[.,](?=\d))+",
)


def _hash(clause: str) -> int:
    data = clause.encode("utf-8", "surrogatepass")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


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
    lines = normal.split("\x00")
    out: dict[int, int] = {}
    for line in lines:
        words = line.split()
        n = len(words)
        if n >= MIN_WORDS:
            out[_signed(_hash(" ".join(words)))] = n
    return out


def passages(text: str) -> list[Passage]:
    """The text's fingerprinted clauses with their spans, in order (the slow path)."""
    out = []
    for m in _CLAUSE.finditer(text):
        words = _join_numbers(m.group()).casefold().translate(_DROP_OTHER).split()
        if len(words) < MIN_WORDS:
            continue
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        end = m.start() + len(m.group().rstrip())
        out.append(Passage(start, end, _signed(_hash(" ".join(words))), len(words)))
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


def digests(texts: Iterable[str], batch: int = 256) -> Iterator[Digest]:
    """:func:`digest` of each text, in order: with numpy, the shingles of ``batch`` texts
    are hashed at once (the same hashes)."""
    if find_spec("numpy") is None:
        yield from map(digest, texts)
        return
    import numpy as np

    pending: list[tuple[dict[int, int], list[int]]] = []

    def flush() -> Iterator[Digest]:
        lengths = np.fromiter((len(w) for _, w in pending), dtype=np.int64, count=len(pending))
        flat = np.array(list(chain.from_iterable(w for _, w in pending)), dtype=np.uint64)
        n = len(flat)
        ends = np.cumsum(lengths)
        at = np.zeros(0, dtype=np.int64)
        kept = np.zeros(0, dtype=np.int64)
        if n >= SHINGLE:
            h = flat[: n - SHINGLE + 1].copy()
            p = np.uint64(_P)
            for k in range(1, SHINGLE):
                h *= p
                h += flat[k : n - SHINGLE + 1 + k]
            h ^= h >> np.uint64(31)
            h *= np.uint64(_MIX)
            h ^= h >> np.uint64(29)
            at = np.flatnonzero((h % np.uint64(SAMPLE)) == 0)
            kept = h[at].view(np.int64)
        # A shingle belongs to the text it starts in, if it ends there too.
        lo = np.searchsorted(at, ends - lengths).tolist()
        hi = np.searchsorted(at, ends - SHINGLE + 1).tolist()
        for (clauses, _), a, b in zip(pending, lo, hi, strict=True):
            yield Digest(clauses, kept[a:b].tolist() if b > a else [])
        pending.clear()

    for text in texts:
        normal = _normal(text)
        pending.append((_clauses(normal), _word_hashes(normal)))
        if len(pending) >= batch:
            yield from flush()
    if pending:
        yield from flush()
