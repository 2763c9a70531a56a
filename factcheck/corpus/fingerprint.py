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
from dataclasses import dataclass

MIN_WORDS = 4
"""Shorter clauses ("he said", "in 2015") are too common to say anything about copying."""

_DELIMS = '\x00.!?;:,"“”„«»‹›()[]{}–—―|•·…\u2028\u2029'
_OTHER = "'‘’`´-_/\\*#&@%$£€+=<>~^"
_NUMSEP = re.compile(r"(?<=\d)[.,](?=\d)")
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


def fingerprints(text: str) -> dict[int, int]:
    """The text's clause fingerprints: hash -> words (a clause repeated counts once)."""
    lines = _NUMSEP.sub("", text).casefold().translate(_TO_LINE).split("\x00")
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
        words = _NUMSEP.sub("", m.group()).casefold().translate(_DROP_OTHER).split()
        if len(words) < MIN_WORDS:
            continue
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        end = m.start() + len(m.group().rstrip())
        out.append(Passage(start, end, _signed(_hash(" ".join(words))), len(words)))
    return out
