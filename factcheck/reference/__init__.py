"""Official results to check articles against (the official record, or a newsroom's feed)."""

from factcheck.reference.source import ResultsSource

__all__ = ["ResultsSource"]
