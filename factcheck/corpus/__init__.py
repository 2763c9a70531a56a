"""Corpus tools: passage fingerprints and an index that finds documents sharing passages.

Used by the corpus-scope rules (``duplicate-article``, ``cross-article-conflict``) and by
:mod:`factcheck.dask`. See docs/corpus.md for the method and its measurements.
"""

from factcheck.corpus.fingerprint import Passage, fingerprints, passages
from factcheck.corpus.index import Match, PassageIndex

__all__ = ["Match", "Passage", "PassageIndex", "fingerprints", "passages"]
