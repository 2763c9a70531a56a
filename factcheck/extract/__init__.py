"""Extraction: reading the figures, names and claims in article text into typed models.

Every value read keeps the :class:`~factcheck.models.Span` of the text it came from, so a
finding can always point at what the writer wrote. :mod:`factcheck.extract.numbers` is the first
layer: every numeric mention, with its hedge, unit, value and precision.
"""
