"""One module per kind of reading. :mod:`factcheck.extract.reader` tries them in one order,
documented there; each takes a sentence's :class:`~factcheck.extract.frame.Frame` and a number
and either reads it (returning True) or leaves it for the next."""
