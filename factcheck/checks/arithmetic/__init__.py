"""Arithmetic rules: votes, shares, totals, majorities, ranks and turnout that must agree."""

from factcheck.checks.arithmetic.majority_mismatch import MajorityMismatch
from factcheck.checks.arithmetic.rank_order_mismatch import RankOrderMismatch
from factcheck.checks.arithmetic.share_votes_mismatch import ShareVotesMismatch
from factcheck.checks.arithmetic.shares_exceed_total import SharesExceedTotal
from factcheck.checks.arithmetic.total_mismatch import TotalMismatch
from factcheck.checks.arithmetic.turnout_mismatch import TurnoutMismatch

__all__ = [
    "MajorityMismatch",
    "RankOrderMismatch",
    "ShareVotesMismatch",
    "SharesExceedTotal",
    "TotalMismatch",
    "TurnoutMismatch",
]
