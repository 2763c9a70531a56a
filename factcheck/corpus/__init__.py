"""Corpus tools: passage fingerprints and an index that finds documents sharing passages.

Used by the corpus-scope rules (``duplicate-article``, ``cross-article-conflict``) and by
:mod:`factcheck.dask`. See docs/corpus.md for the method and its measurements.
"""

from typing import TYPE_CHECKING

from factcheck._lazy import lazy_getattr

if TYPE_CHECKING:
    from factcheck.corpus.fingerprint import Passage, fingerprints, passages
    from factcheck.corpus.index import Match, PassageIndex

# Resolved on first use (PEP 562): a run over one article makes a corpus collection that is
# never indexed, and must not pay for the fingerprint and index modules.
_EXPORTS = {
    "Passage": "factcheck.corpus.fingerprint",
    "fingerprints": "factcheck.corpus.fingerprint",
    "passages": "factcheck.corpus.fingerprint",
    "Match": "factcheck.corpus.index",
    "PassageIndex": "factcheck.corpus.index",
}


__getattr__ = lazy_getattr("factcheck.corpus", _EXPORTS, globals())


__all__ = ["Match", "Passage", "PassageIndex", "fingerprints", "passages"]
