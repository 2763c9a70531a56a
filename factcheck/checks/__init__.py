"""Built-in rules, grouped by family. Each rule is one module whose docstring is its page."""

from factcheck.checks.arithmetic import (
    MajorityMismatch,
    RankOrderMismatch,
    SharesExceedTotal,
    ShareVotesMismatch,
    TotalMismatch,
    TurnoutMismatch,
)
from factcheck.checks.corpus import CrossArticleConflict, DuplicateArticle
from factcheck.checks.reference import NameMismatch, ReferenceMismatch
from factcheck.checks.suppression import InvalidSuppression, UnusedSuppression
from factcheck.checks.wording import (
    ChangeDirectionMismatch,
    HedgeMismatch,
    MajorityShareConfusion,
    PercentPointsConfusion,
)
from factcheck.rule import Rule

BUILTIN_RULES: tuple[type[Rule], ...] = (
    ShareVotesMismatch,
    SharesExceedTotal,
    TotalMismatch,
    MajorityMismatch,
    RankOrderMismatch,
    TurnoutMismatch,
    MajorityShareConfusion,
    PercentPointsConfusion,
    HedgeMismatch,
    ChangeDirectionMismatch,
    DuplicateArticle,
    CrossArticleConflict,
    ReferenceMismatch,
    NameMismatch,
    UnusedSuppression,
    InvalidSuppression,
)
