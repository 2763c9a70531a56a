"""Rules about the suppressions written in articles (family SUP): unused and invalid ones."""

from factcheck.checks.suppression.invalid_suppression import InvalidSuppression
from factcheck.checks.suppression.unused_suppression import UnusedSuppression

__all__ = ["InvalidSuppression", "UnusedSuppression"]
