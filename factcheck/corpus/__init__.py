"""Corpus tools: passage fingerprints and an index that finds documents sharing passages.

Used by the corpus-scope rules (``duplicate-article``, ``cross-article-conflict``) and by
:mod:`factcheck.dask`. See docs/corpus.md for the method and its measurements.
"""

from typing import TYPE_CHECKING

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


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck.corpus' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = ["Match", "Passage", "PassageIndex", "fingerprints", "passages"]
