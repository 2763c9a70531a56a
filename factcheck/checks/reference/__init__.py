"""Rules that check an article against the official record of its election."""

from factcheck.checks.reference.name_mismatch import NameMismatch
from factcheck.checks.reference.reference_mismatch import ReferenceMismatch

__all__ = ["NameMismatch", "ReferenceMismatch"]
