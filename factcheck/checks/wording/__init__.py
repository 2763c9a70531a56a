"""Wording rules: the words around the numbers (majority, per cent, hedges, up and down)."""

from factcheck.checks.wording.change_direction_mismatch import ChangeDirectionMismatch
from factcheck.checks.wording.hedge_mismatch import HedgeMismatch
from factcheck.checks.wording.majority_share_confusion import MajorityShareConfusion
from factcheck.checks.wording.percent_points_confusion import PercentPointsConfusion

__all__ = [
    "ChangeDirectionMismatch",
    "HedgeMismatch",
    "MajorityShareConfusion",
    "PercentPointsConfusion",
]
