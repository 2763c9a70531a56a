"""What a reference rule may ask of the official record.

A source answers for one election at a time: the contest an article names, and that
contest's result at the election before, for "up from" and "increased her majority" claims.
"""

from __future__ import annotations

from typing import Protocol

from factcheck.models import ContestResult


class ResultsSource(Protocol):
    """Official results, by election and contest name."""

    @property
    def name(self) -> str:
        """The data set, for citing in findings (e.g. "House of Commons Library, GE2017")."""
        ...

    def contest(self, name: str, election: str) -> ContestResult | None:
        """The official result of the contest with this name (any common spelling), or None."""
        ...

    def previous(self, election: str) -> str | None:
        """The election before ``election`` that this source holds, or None."""
        ...
