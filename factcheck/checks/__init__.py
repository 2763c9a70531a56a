"""Built-in rules, grouped by family. Each rule is one module whose docstring is its page.

:data:`BUILTIN` describes each rule as the registry needs it before importing it (code, name,
default severity, scope, priority, what it needs, where its class lives), so that choosing
the rules to run imports only the families chosen (``--select NUM`` never imports the
reference rules) and running them imports a rule only when the run has what it needs (a
reference rule for an article with an election, a corpus rule for two documents);
tests/test_registry_metadata.py checks the table against the classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.models import Severity
from factcheck.registry import RuleInfo
from factcheck.rule import Need, Scope

if TYPE_CHECKING:
    from factcheck.rule import Rule

BuiltinRule = RuleInfo
"""The old name of :class:`~factcheck.registry.RuleInfo`, kept for callers."""

_A, _W, _D, _R, _S = (
    f"factcheck.checks.{f}" for f in ("arithmetic", "wording", "corpus", "reference", "suppression")
)
_ERROR, _WARNING = Severity.ERROR, Severity.WARNING
_ELECTION = frozenset({Need.ELECTION})
_OTHERS = frozenset({Need.OTHER_ARTICLES})

BUILTIN: tuple[RuleInfo, ...] = (
    RuleInfo(
        "NUM101",
        "share-votes-mismatch",
        _ERROR,
        Scope.CONTEST,
        f"{_A}.share_votes_mismatch:ShareVotesMismatch",
        priority=10,
    ),
    RuleInfo(
        "NUM102",
        "shares-exceed-total",
        _ERROR,
        Scope.CONTEST,
        f"{_A}.shares_exceed_total:SharesExceedTotal",
        priority=20,
    ),
    RuleInfo(
        "NUM103",
        "total-mismatch",
        _ERROR,
        Scope.CONTEST,
        f"{_A}.total_mismatch:TotalMismatch",
        priority=30,
    ),
    RuleInfo(
        "NUM104",
        "majority-mismatch",
        _ERROR,
        Scope.CONTEST,
        f"{_A}.majority_mismatch:MajorityMismatch",
        priority=40,
    ),
    RuleInfo(
        "NUM105",
        "rank-order-mismatch",
        _ERROR,
        Scope.CONTEST,
        f"{_A}.rank_order_mismatch:RankOrderMismatch",
        priority=50,
    ),
    RuleInfo(
        "NUM106",
        "turnout-mismatch",
        _ERROR,
        Scope.CONTEST,
        f"{_A}.turnout_mismatch:TurnoutMismatch",
        priority=60,
    ),
    RuleInfo(
        "WRD101",
        "majority-share-confusion",
        _ERROR,
        Scope.ARTICLE,
        f"{_W}.majority_share_confusion:MajorityShareConfusion",
        priority=10,
    ),
    RuleInfo(
        "WRD102",
        "percent-points-confusion",
        _ERROR,
        Scope.ARTICLE,
        f"{_W}.percent_points_confusion:PercentPointsConfusion",
        priority=20,
    ),
    RuleInfo(
        "WRD103",
        "hedge-mismatch",
        _ERROR,
        Scope.ARTICLE,
        f"{_W}.hedge_mismatch:HedgeMismatch",
        priority=30,
    ),
    RuleInfo(
        "WRD104",
        "change-direction-mismatch",
        _ERROR,
        Scope.ARTICLE,
        f"{_W}.change_direction_mismatch:ChangeDirectionMismatch",
        priority=40,
    ),
    RuleInfo(
        "DUP101",
        "duplicate-article",
        _WARNING,
        Scope.CORPUS,
        f"{_D}.duplicate_article:DuplicateArticle",
        needs=_OTHERS,
        reads_on_demand=True,
    ),
    RuleInfo(
        "DUP102",
        "cross-article-conflict",
        _ERROR,
        Scope.CORPUS,
        f"{_D}.cross_article_conflict:CrossArticleConflict",
        needs=_OTHERS,
    ),
    RuleInfo(
        "REF101",
        "reference-mismatch",
        _ERROR,
        Scope.REFERENCE,
        f"{_R}.reference_mismatch:ReferenceMismatch",
        needs=_ELECTION,
    ),
    RuleInfo(
        "REF102",
        "name-mismatch",
        _WARNING,
        Scope.REFERENCE,
        f"{_R}.name_mismatch:NameMismatch",
        needs=_ELECTION,
    ),
    RuleInfo(
        "SUP101",
        "unused-suppression",
        _WARNING,
        Scope.SUPPRESSION,
        f"{_S}.unused_suppression:UnusedSuppression",
    ),
    RuleInfo(
        "SUP102",
        "invalid-suppression",
        _ERROR,
        Scope.SUPPRESSION,
        f"{_S}.invalid_suppression:InvalidSuppression",
    ),
)


def __getattr__(name: str) -> object:
    # BUILTIN_RULES, the classes themselves, imports every rule: only on request.
    if name == "BUILTIN_RULES":
        return tuple(r.load() for r in BUILTIN)
    raise AttributeError(f"module 'factcheck.checks' has no attribute {name!r}")


if TYPE_CHECKING:
    BUILTIN_RULES: tuple[type[Rule], ...]
