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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any, NamedTuple

from factcheck import compiled_re as re

if TYPE_CHECKING:
    from factcheck.corpus.boilerplate import Boilerplate

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
# Runs of other characters at a time (a character at a time was most of locating clauses);
# nothing follows the repeat, so it never backtracks.
_CLAUSE = re.compile(
    "(?:[^" + re.escape(_DELIMS) + r"]+|(?<=\d)[.,](?=\d))+",
)


SEPARATORS = _DELIMS + _OTHER + " \t\n\r\x0b\x0c.,"
"""Every character that ends a word (a point or comma between digits aside)."""


def normal_words(text: str) -> list[str]:
    """The text's words as the fingerprints see them: case-folded, split at punctuation and
    spaces, ``42,969`` one word."""
    return _normal(text).replace("\x00", " ").split()


def _signed(h: int) -> int:
    """As a signed 64-bit integer, so that it fits an int64 array."""
    return h - (1 << 64) if h >= 1 << 63 else h


class Passage(NamedTuple):
    """One fingerprinted clause of a text: where it is, its hash and its length in words.

    A named tuple: reporting a duplicate makes one for every clause of both documents, and
    a frozen dataclass took longer to make than the clause to find."""

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
    return [
        Passage(start, end, _clause_hash(words), len(words)) for start, end, words in _located(text)
    ]


def passages_of(texts: Sequence[str]) -> list[list[Passage]]:
    """:func:`passages` of each text, the clauses' hashes made in one batch with numpy (a
    Python loop per word was most of the time of reporting a duplicate)."""
    located = [_located(t) for t in texts]
    if find_spec("numpy") is None or not texts:
        return [[Passage(s, e, _clause_hash(w), len(w)) for s, e, w in loc] for loc in located]
    import numpy as np

    batch, _ = _hashed(texts)
    cuts = np.searchsorted(batch.clause_doc, np.arange(len(texts) + 1)).tolist()
    hashes, counts = batch.clause_hashes.tolist(), batch.clause_words.tolist()
    out = []
    for d, loc in enumerate(located):
        a, b = cuts[d], cuts[d + 1]
        # The batch finds the same clauses in the same order; checked by their lengths.
        if counts[a:b] == [len(w) for _, _, w in loc]:
            out.append(
                [Passage(s, e, h, len(w)) for (s, e, w), h in zip(loc, hashes[a:b], strict=True)]
            )
        else:  # pragma: no cover - a safeguard; the tests find no such text
            out.append([Passage(s, e, _clause_hash(w), len(w)) for s, e, w in loc])
    return out


def _located(text: str) -> list[tuple[int, int, list[bytes]]]:
    """Each clause of at least MIN_WORDS words: its span and its words."""
    out = []
    # ASCII text is case-folded and translated whole, one character for one, so a clause's
    # normal form is a slice of it (most clauses then cost a slice and a split).
    whole = text.lower().translate(_DROP_OTHER) if text.isascii() else None
    for m in _CLAUSE.finditer(text):
        g = m.group()
        a, b = m.span()
        if "." in g or "," in g:  # inside a clause, a point or comma is between digits
            normal = _join_numbers(g).casefold().translate(_DROP_OTHER)
        elif whole is not None:
            normal = whole[a:b]
        else:
            normal = g.casefold().translate(_DROP_OTHER)
        words = normal.encode("utf-8", "surrogatepass").split()
        if len(words) < MIN_WORDS:
            continue
        start = a + (len(g) - len(g.lstrip()))
        end = a + len(g.rstrip())
        out.append((start, end, words))
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
    chunk: list[str] = []
    for text in texts:
        chunk.append(text)
        if len(chunk) >= batch:
            yield from _hashed(chunk)[0].digests()
            chunk = []
    if chunk:
        yield from _hashed(chunk)[0].digests()


def packed(
    texts: Sequence[str], batch: int = 256, boilerplate: Boilerplate | None = None
) -> PackedDigests:
    """The digests of ``texts`` packed (needs numpy): :func:`digests` without a Python
    object per clause or shingle, for adding documents to the indexes (hashed ``batch`` at
    a time). With ``boilerplate``, the digests of the texts with its phrases stripped (see
    :meth:`~factcheck.corpus.boilerplate.Boilerplate.strip`), found from the word hashes."""
    import numpy as np

    parts = [
        _stripped(texts[k : k + batch], boilerplate).packed() for k in range(0, len(texts), batch)
    ]
    if len(parts) == 1:
        return parts[0]
    return PackedDigests(
        *(
            np.concatenate([getattr(p, name) for p in parts] or [np.zeros(0, dtype=dtype)])
            for name, dtype in _PACKED_FIELDS
        )
    )


def _stripped(texts: Sequence[str], boilerplate: Boilerplate | None) -> _Batch:
    """:func:`_hashed` of the texts with the boilerplate stripped: the batch is hashed, the
    few texts whose words hold a phrase's anchor are stripped, and those that changed are
    hashed again (the rest of the batch is kept)."""
    import numpy as np

    anchors = boilerplate.anchors() if boilerplate is not None else {}
    batch, hits = _hashed(texts, anchors)
    if not hits:
        return batch
    assert boilerplate is not None
    changed: dict[int, str] = {}
    for d, crcs in hits.items():
        phrases = [p for c in crcs for p in anchors[c]]
        text = boilerplate.strip_found(texts[d], phrases)
        if text != texts[d]:
            changed[d] = text
    if not changed:
        return batch
    docs = np.fromiter(changed, dtype=np.int64, count=len(changed))
    again, _ = _hashed(list(changed.values()), {})
    return batch.replaced(docs, again)


_PACKED_FIELDS = (
    ("clause_hashes", "int64"),
    ("clause_words", "int16"),
    ("clause_counts", "int32"),
    ("shingle_hashes", "int64"),
    ("shingle_counts", "int32"),
)


# -- the numpy path ----------------------------------------------------------------------
#
# A batch of texts is case-folded and translated in Python (C loops over each string), then
# encoded into one byte array. Everything after is array work over the batch: the points and
# commas between digits dropped (as _join_numbers does), the words found, each word's CRC-32
# computed a byte position at a time for every word at once, then clauses and shingles as
# before. No Python object is made per word (bytes.split and a zlib call per word were two
# thirds of the fingerprinting time).

# As _TO_LINE, but "." and "," kept: whether they join two digits is decided on the bytes.
_TO_LINE_KEEP = {k: v for k, v in _TO_LINE.items() if k not in (ord("."), ord(","))}
_CRC_TABLE: list[Any] = []
_CRC_TABLE16: list[Any] = []
_BYTE_CLASS: list[bytes] = []
_WORD, _DIGIT, _HIGH, _DOT, _SPACE, _BREAK = 1, 2, 3, 4, 5, 6
"""Byte classes: a word byte (of three kinds, all words), "." or ",", space, clause break."""


def _tables() -> tuple[Any, bytes]:
    import numpy as np

    if not _CRC_TABLE:
        crc = np.arange(256, dtype=np.uint32)
        for _ in range(8):
            crc = np.where(crc & 1, (crc >> 1) ^ np.uint32(0xEDB88320), crc >> 1)
        cls = np.full(256, _WORD, dtype=np.uint8)
        cls[ord("0") : ord("9") + 1] = _DIGIT
        cls[0x80:] = _HIGH
        cls[[ord("."), ord(",")]] = _DOT
        cls[list(b" \t\n\r\x0b\x0c")] = _SPACE  # what bytes.split splits at
        cls[0] = _BREAK
        _CRC_TABLE.append(crc.astype(np.uint32))
        # Two bytes a step (slicing by two): the register after two zero bytes, for each
        # value of its low 16 bits; CRC-32 is linear, so the rest of it is only shifted.
        reg = np.arange(1 << 16, dtype=np.uint32)
        for _ in range(2):
            reg = (reg >> np.uint32(8)) ^ _CRC_TABLE[0][reg & np.uint32(0xFF)]
        _CRC_TABLE16.append(reg)
        _BYTE_CLASS.append(cls.tobytes())
    return _CRC_TABLE[0], _BYTE_CLASS[0]


# ``str.translate`` looks each character up in a dict when the text is not ASCII (most copy:
# curly quotes, dashes), a tenth of checking results copy. The same bytes, in C: the few
# non-ASCII characters the table maps replaced first, then every ASCII one by byte.
_KEEP_HIGH_BREAK = re.compile(
    "[" + "".join(re.escape(chr(k)) for k, v in _TO_LINE_KEEP.items() if k > 127 and v != " ") + "]"
)
_KEEP_HIGH_SPACE = re.compile(
    "[" + "".join(re.escape(chr(k)) for k, v in _TO_LINE_KEEP.items() if k > 127 and v == " ") + "]"
)
_KEEP_BYTES = bytes(ord(_TO_LINE_KEEP.get(b, chr(b))) if b < 128 else b for b in range(256))


def _translated(text: str) -> bytes:
    """``text.translate(_TO_LINE_KEEP).encode("utf-8", "surrogatepass")``, faster."""
    if not text.isascii():
        text = _KEEP_HIGH_SPACE.sub(" ", _KEEP_HIGH_BREAK.sub("\x00", text))
    return text.encode("utf-8", "surrogatepass").translate(_KEEP_BYTES)


def _encoded(texts: Sequence[str], joined: set[int]) -> list[bytes]:
    """Each text case-folded, translated and encoded, after a clause break; the texts in
    ``joined`` have their numbers joined in Python first (see :func:`_hashed`)."""
    return [
        b"\x00" + _translated((_join_numbers(t) if k in joined else t).casefold())
        for k, t in enumerate(texts)
    ]


def _crc32_words(buf: Any, starts: Any, lengths: Any) -> Any:
    """The CRC-32 (as zlib computes it) of each word ``buf[starts[i] : starts[i] +
    lengths[i]]``: one step per two byte positions, over every word at least that long."""
    import numpy as np

    table, _ = _tables()
    n = len(starts)
    out = np.empty(n, dtype=np.uint32)
    if not n:
        return out
    longest = int(lengths.max())
    # Longest first, so the words still going at step k are a prefix of the order (a
    # stable sort of 16-bit keys is a radix sort in numpy: linear).
    if longest < 1 << 16:
        order = np.argsort(np.uint16(0xFFFF) - lengths.astype(np.uint16), kind="stable")
    else:
        order = np.argsort(-lengths, kind="stable")
    pos = starts[order]
    going = np.cumsum(np.bincount(lengths, minlength=longest + 1)[::-1])[::-1].tolist()
    going.append(0)
    # going[k]: words of k bytes or more, the first going[k] of the order. Two bytes a step
    # (read as one little-endian 16-bit number), and a last single byte for odd lengths.
    pairs = np.ndarray((len(buf) - 1,), dtype="<u2", buffer=buf, strides=(1,))
    table16 = _CRC_TABLE16[0]
    crc = np.full(n, 0xFFFFFFFF, dtype=np.uint32)
    for k in range(0, longest, 2):
        m = going[min(k + 2, longest + 1)]
        c = crc[:m]
        idx = (c ^ pairs[pos[:m]]) & np.uint32(0xFFFF)
        c >>= np.uint32(16)
        c ^= table16[idx]
        odd = going[k + 1]
        if odd > m:  # words of k + 1 bytes: their last byte
            c = crc[m:odd]
            idx = (c ^ buf[pos[m:odd]]) & np.uint32(0xFF)
            c >>= np.uint32(8)
            c ^= table[idx]
        pos[:m] += 2
    crc ^= np.uint32(0xFFFFFFFF)
    out[order] = crc
    return out


@dataclass(frozen=True, slots=True)
class _Batch:
    """A batch's clauses and kept shingles, with the document each belongs to."""

    ndoc: int
    clause_hashes: Any  # int64, in text order
    clause_words: Any  # int64
    clause_doc: Any  # int64, non-decreasing
    shingle_hashes: Any  # int64, in text order
    shingle_doc: Any  # int64, non-decreasing

    def digests(self) -> Iterator[Digest]:
        import numpy as np

        docs = np.arange(self.ndoc + 1)
        cuts = np.searchsorted(self.clause_doc, docs).tolist()
        scuts = np.searchsorted(self.shingle_doc, docs).tolist()
        hashes, words = self.clause_hashes.tolist(), self.clause_words.tolist()
        kept = self.shingle_hashes.tolist()
        for d in range(self.ndoc):
            a, b = cuts[d], cuts[d + 1]
            clauses = dict(zip(hashes[a:b], words[a:b], strict=True))
            yield Digest(clauses, kept[scuts[d] : scuts[d + 1]])

    def replaced(self, docs: Any, other: _Batch) -> _Batch:
        """This batch with the documents ``docs`` (ascending) replaced by ``other``'s, in
        order (their texts stripped of boilerplate, say)."""
        import numpy as np

        def merged(mine: Any, my_doc: Any, theirs: Any, their_doc: Any) -> tuple[Any, Any]:
            keep = ~np.isin(my_doc, docs)
            values = np.concatenate([mine[keep], theirs])
            owner = np.concatenate([my_doc[keep], docs[their_doc]])
            order = np.argsort(owner, kind="stable")  # a document's own stay in text order
            return values[order], owner[order]

        ch, cd = merged(self.clause_hashes, self.clause_doc, other.clause_hashes, other.clause_doc)
        cw, _ = merged(self.clause_words, self.clause_doc, other.clause_words, other.clause_doc)
        sh, sd = merged(
            self.shingle_hashes, self.shingle_doc, other.shingle_hashes, other.shingle_doc
        )
        return _Batch(self.ndoc, ch, cw, cd, sh, sd)

    def packed(self) -> PackedDigests:
        import numpy as np

        # A clause or shingle repeated within a document is counted once (as in a dict):
        # sorted by hash (stably, so a document's repeats stand together), told apart by
        # their documents, and the first of each kept in text order.
        def distinct(doc: Any, h: Any) -> tuple[Any, Any]:
            # Most batches have no repeat: a plain sort of hash and document mixed in one
            # number says so (a stable sort with the order was a tenth of the hashing).
            key = h.view(np.uint64) ^ (doc.astype(np.uint64) * np.uint64(_MIX))
            key.sort()
            if not (key[1:] == key[:-1]).any():
                return slice(None), np.bincount(doc, minlength=self.ndoc).astype(np.int32)
            order = np.argsort(h, kind="stable")
            hs, ds = h[order], doc[order]
            repeat = (hs[1:] == hs[:-1]) & (ds[1:] == ds[:-1])
            if not repeat.any():
                return slice(None), np.bincount(doc, minlength=self.ndoc).astype(np.int32)
            at = np.sort(order[np.flatnonzero(~np.r_[False, repeat])])
            return at, np.bincount(doc[at], minlength=self.ndoc).astype(np.int32)

        c_at, c_counts = distinct(self.clause_doc, self.clause_hashes)
        s_at, s_counts = distinct(self.shingle_doc, self.shingle_hashes)
        return PackedDigests(
            self.clause_hashes[c_at],
            self.clause_words[c_at].clip(0, 32767).astype(np.int16),
            c_counts,
            self.shingle_hashes[s_at],
            s_counts,
        )


def _hashed(
    texts: Sequence[str], anchors: Mapping[int, object] | None = None
) -> tuple[_Batch, dict[int, set[int]]]:
    """The clauses and kept shingles of a batch of texts, as :func:`digest` makes them, and
    which of the ``anchors`` (word CRC-32s) each text holds (only the texts holding some)."""
    import numpy as np

    _, classes = _tables()
    ndoc = len(texts)
    joined: set[int] = set()
    while True:
        parts = _encoded(texts, joined)
        # A break after the last text too, so every point has a byte on each side.
        raw = b"".join(parts) + b"\x00"
        buf = np.frombuffer(raw, dtype=np.uint8)
        starts = np.zeros(ndoc + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=ndoc), out=starts[1:])
        # Each byte's class, by bytes.translate (several times quicker than a numpy gather).
        cls = np.frombuffer(bytearray(raw).translate(classes), dtype=np.uint8)
        dots = np.flatnonzero(cls == _DOT)
        before, after = cls[dots - 1], cls[dots + 1]
        # A point or comma beside a non-ASCII character may touch a digit of another script
        # (which \d and str.isdecimal know): those few texts join their numbers in Python.
        odd = dots[(before == _HIGH) | (after == _HIGH)]
        more = set((np.searchsorted(starts, odd, side="right") - 1).tolist()) - joined
        if not more:
            break
        joined |= more
    # A point or comma between two digits is dropped ("42,969" is one word); others break.
    join = (before == _DIGIT) & (after == _DIGIT)
    cls[dots[~join]] = _BREAK
    if join.any():
        dropped = dots[join]
        keep = np.ones(len(buf), dtype=bool)
        keep[dropped] = False
        buf, cls = buf[keep], cls[keep]
        starts -= np.searchsorted(dropped, starts)
    # Words: runs of word bytes. Clauses: runs of words between breaks (each text opens
    # with one, so no clause spans two texts).
    word = (cls <= _HIGH).view(np.int8)
    edge = np.diff(word)
    wstart = np.flatnonzero(edge == 1) + 1
    wlen = np.flatnonzero(edge == -1) + 1 - wstart
    crc = _crc32_words(buf, wstart, wlen)
    # Each word's text: the words of a text are a run (no search per word).
    per_text = np.diff(np.searchsorted(wstart, starts))
    wdoc = np.repeat(np.arange(ndoc, dtype=np.int64), per_text)
    hits: dict[int, set[int]] = {}
    if anchors:
        found = np.flatnonzero(np.isin(crc, np.fromiter(anchors, dtype=np.uint32)))
        for d, c in zip(wdoc[found].tolist(), crc[found].tolist(), strict=True):
            hits.setdefault(d, set()).add(c)
    wh = crc.astype(np.uint64)
    m = len(wh)
    # A clause starts at the first word after each break (a text's first word included).
    new = np.zeros(m + 1, dtype=bool)
    new[np.searchsorted(wstart, np.flatnonzero(cls == _BREAK))] = True
    new = new[:m]
    del buf, cls, word, edge
    first = np.flatnonzero(new)
    length = np.diff(first, append=m)
    keep_clause = length >= MIN_WORDS
    first, length = first[keep_clause], length[keep_clause]
    last = first + length - 1
    # Each clause's polynomial (as _clause_hash computes it word by word) from prefix sums
    # of the words scaled by P**-k: sum(w_j P**(last-j)) = (S[last+1]-S[first]) P**last.
    up, down = _powers(m)
    prefix = np.zeros(m + 1, dtype=np.uint64)
    np.cumsum(wh * down[:m], out=prefix[1:])
    ch = (prefix[last + 1] - prefix[first]) * up[last]
    ch ^= np.uint64(_CLAUSE_SALT)
    clause_hashes = _mix_array(ch).view(np.int64)
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
        at = np.flatnonzero((sh & np.uint64(SAMPLE - 1)) == 0)  # SAMPLE: a power of 2
        at = at[wdoc[at] == wdoc[at + SHINGLE - 1]]  # within one text
        kept = sh[at].view(np.int64)
    return _Batch(ndoc, clause_hashes, length, wdoc[first], kept, wdoc[at]), hits


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

    def slice(self, start: int, stop: int) -> PackedDigests:
        """The digests of documents ``start`` to ``stop`` (not included)."""
        import numpy as np

        c = np.concatenate([[0], np.cumsum(self.clause_counts, dtype=np.int64)])
        s = np.concatenate([[0], np.cumsum(self.shingle_counts, dtype=np.int64)])
        if start == 0 and stop == len(self):
            return self
        return PackedDigests(
            self.clause_hashes[c[start] : c[stop]],
            self.clause_words[c[start] : c[stop]],
            self.clause_counts[start:stop],
            self.shingle_hashes[s[start] : s[stop]],
            self.shingle_counts[start:stop],
        )
