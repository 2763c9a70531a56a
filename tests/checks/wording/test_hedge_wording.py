"""hedge-mismatch, read word for word. Pinned after a mutation run of hedge_mismatch.py
(docs/testing.md)."""
