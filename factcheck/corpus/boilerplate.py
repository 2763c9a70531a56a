"""Wire and site boilerplate: passages stripped before a document is fingerprinted.

A passage that many unrelated stories carry word for word ("This material may not be
published, broadcast, rewritten or redistributed") says nothing about copying. The index
already discounts a passage by how many documents hold it, but a run over a few files of one
wire cannot count that far; the phrases of the built-in ``boilerplate.toml`` pack (in
``rules/``, shipped in the wheel) are removed from every text first, as a clause break.
"""

from __future__ import annotations

import tomllib
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck import compiled_re as re
from factcheck.packs import PackError, _builtin_text

BUILTIN = "boilerplate.toml"


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Phrases to strip, matched without regard to case or spacing, as whole words."""

    phrases: tuple[str, ...] = ()

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """One pattern for every phrase (None when there is none)."""
        return _compile(self.phrases)

    def strip(self, text: str) -> str:
        """The text with every phrase replaced by a clause break."""
        # A regular expression of every phrase costs a millisecond a story; a substring
        # test of each phrase's anchor (its longest word) costs a microsecond, and rarely hits.
        folded = text.casefold()
        return self.strip_found(
            text, [p for p, anchor in _anchors(self.phrases) if anchor in folded]
        )

    def strip_found(self, text: str, phrases: Sequence[str]) -> str:
        """The text with these of the phrases (found in it, or maybe) replaced by a clause
        break."""
        pattern = _compile(tuple(phrases)) if phrases else None
        return pattern.sub("\x00", text) if pattern is not None else text

    def anchors(self) -> dict[int, tuple[str, ...]]:
        """The CRC-32 of each phrase's anchor word, with the phrases it anchors: a phrase
        found in a text always has its anchor among the text's words (as
        :mod:`factcheck.corpus.fingerprint` splits and hashes them), so a batch of texts is
        searched in its word hashes rather than text by text."""
        return _anchor_crcs(self.phrases)


def _words(phrase: str) -> list[str]:
    from factcheck.corpus.fingerprint import normal_words

    return normal_words(phrase)


@lru_cache(maxsize=8)
def _anchors(phrases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each phrase with its anchor: its longest word without a digit, as the fingerprints
    split words (\"first-hand\" is two), case-folded."""
    out = []
    for p in phrases:
        words = [w for w in _words(p) if not any(c.isdecimal() for c in w)] or _words(p)
        if words:
            out.append((p, max(words, key=len)))
    return tuple(out)


@lru_cache(maxsize=8)
def _anchor_crcs(phrases: tuple[str, ...]) -> dict[int, tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for p, anchor in _anchors(phrases):
        key = zlib.crc32(anchor.encode("utf-8", "surrogatepass"))
        out[key] = (*out.get(key, ()), p)
    return out


def _edge(char: str, lookaround: str) -> str:
    """A phrase that opens (or ends) with a word character must not be part of a longer
    word: ``All rights reserved`` is not stripped from ``reservedly``. Then a phrase found
    always has its anchor among the text's words (see :meth:`Boilerplate.anchors`)."""
    from factcheck.corpus.fingerprint import SEPARATORS

    if char in SEPARATORS:
        return ""
    return f"({lookaround}[^{re.escape(SEPARATORS)}])"


@lru_cache(maxsize=64)
def _compile(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alternatives = sorted(
        (
            _edge(p.strip()[0], "?<!")
            + r"\s+".join(map(re.escape, p.split()))
            + _edge(p.strip()[-1], "?!")
            for p in phrases
            if p.split()
        ),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(alternatives), re.IGNORECASE)


def parse_boilerplate(text: str, where: str) -> Boilerplate:
    """A boilerplate pack from its TOML text; ``where`` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(where, f"is not valid TOML: {exc}") from None
    table = data.get("boilerplate")
    phrases = table.get("phrases") if isinstance(table, dict) else None
    if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
        raise PackError(where, "needs [boilerplate] phrases = a list of strings")
    short = [p for p in phrases if len(p.split()) < 3]
    if short:
        # A two-word phrase ("Reuters reports") would cut ordinary prose apart.
        raise PackError(where, f"a boilerplate phrase needs three words or more: {short[0]!r}")
    return Boilerplate(tuple(phrases))


@lru_cache(maxsize=1)
def builtin_boilerplate() -> Boilerplate:
    """The built-in allow-list (``rules/boilerplate.toml``), read once."""
    text, where = _builtin_text(BUILTIN)
    return parse_boilerplate(text, where)
