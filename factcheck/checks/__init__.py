"""Built-in rules, grouped by family. Each rule is one module whose docstring is its page.

:data:`BUILTIN` lists each rule's code, name and where its class lives, so that choosing the
rules to run imports only the families chosen (``--select NUM`` never imports the reference
rules); tests/test_registry_metadata.py checks the table against the classes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from factcheck.rule import Rule


class BuiltinRule(NamedTuple):
    """A built-in rule as the registry knows it before importing it."""

    code: str
    name: str
    target: str
    """``module:Class``, where the rule is defined."""

    def load(self) -> type[Rule]:
        """The rule's class (its module is imported now, if it was not)."""
        module, _, cls = self.target.partition(":")
        rule: type[Rule] = getattr(importlib.import_module(module), cls)
        return rule


_A, _W, _D, _R, _S = (
    f"factcheck.checks.{f}" for f in ("arithmetic", "wording", "corpus", "reference", "suppression")
)

BUILTIN: tuple[BuiltinRule, ...] = (
    BuiltinRule("NUM101", "share-votes-mismatch", f"{_A}.share_votes_mismatch:ShareVotesMismatch"),
    BuiltinRule("NUM102", "shares-exceed-total", f"{_A}.shares_exceed_total:SharesExceedTotal"),
    BuiltinRule("NUM103", "total-mismatch", f"{_A}.total_mismatch:TotalMismatch"),
    BuiltinRule("NUM104", "majority-mismatch", f"{_A}.majority_mismatch:MajorityMismatch"),
    BuiltinRule("NUM105", "rank-order-mismatch", f"{_A}.rank_order_mismatch:RankOrderMismatch"),
    BuiltinRule("NUM106", "turnout-mismatch", f"{_A}.turnout_mismatch:TurnoutMismatch"),
    BuiltinRule(
        "WRD101",
        "majority-share-confusion",
        f"{_W}.majority_share_confusion:MajorityShareConfusion",
    ),
    BuiltinRule(
        "WRD102",
        "percent-points-confusion",
        f"{_W}.percent_points_confusion:PercentPointsConfusion",
    ),
    BuiltinRule("WRD103", "hedge-mismatch", f"{_W}.hedge_mismatch:HedgeMismatch"),
    BuiltinRule(
        "WRD104",
        "change-direction-mismatch",
        f"{_W}.change_direction_mismatch:ChangeDirectionMismatch",
    ),
    BuiltinRule("DUP101", "duplicate-article", f"{_D}.duplicate_article:DuplicateArticle"),
    BuiltinRule(
        "DUP102", "cross-article-conflict", f"{_D}.cross_article_conflict:CrossArticleConflict"
    ),
    BuiltinRule("REF101", "reference-mismatch", f"{_R}.reference_mismatch:ReferenceMismatch"),
    BuiltinRule("REF102", "name-mismatch", f"{_R}.name_mismatch:NameMismatch"),
    BuiltinRule("SUP101", "unused-suppression", f"{_S}.unused_suppression:UnusedSuppression"),
    BuiltinRule("SUP102", "invalid-suppression", f"{_S}.invalid_suppression:InvalidSuppression"),
)


def __getattr__(name: str) -> object:
    # BUILTIN_RULES, the classes themselves, imports every rule: only on request.
    if name == "BUILTIN_RULES":
        return tuple(r.load() for r in BUILTIN)
    raise AttributeError(f"module 'factcheck.checks' has no attribute {name!r}")


if TYPE_CHECKING:
    BUILTIN_RULES: tuple[type[Rule], ...]
