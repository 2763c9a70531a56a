"""Small helpers the arithmetic rules share: naming, typo guesses, rank consequences."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from fractions import Fraction

from factcheck.intervals import format_number
from factcheck.models import CandidateResult, Consequence


def who(cand: CandidateResult) -> str:
    """A candidate's name for a message, with their party when known."""
    if cand.by_party:
        return cand.shown
    return f"{cand.name} ({cand.party})" if cand.party else cand.name


def pct(x: Fraction, decimals: int) -> str:
    """A percentage for a message, one decimal more than the figure it is compared with."""
    return format_number(x, decimals) + "%"


def typo_fixes(text: str, fits: range) -> list[tuple[int, str]]:
    """Whole numbers one keyboard slip away from ``text`` that fall in ``fits``.

    Slips tried: two adjacent digits swapped, one digit mistyped, one dropped, one doubled.
    """
    digits = "".join(ch for ch in text if ch.isdigit())
    # With one digit every nearby number is "one slip away": no evidence of a typo.
    if len(digits) < 2 or len(digits) > 12:
        return []
    found: dict[int, str] = {}

    def consider(candidate: str, how: str) -> None:
        if not candidate or (len(candidate) > 1 and candidate[0] == "0"):
            return
        n = int(candidate)
        if n in fits and candidate != digits:
            found.setdefault(n, how)

    for i in range(len(digits) - 1):
        consider(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :], "two digits swapped")
    for i in range(len(digits)):
        for d in "0123456789":
            consider(digits[:i] + d + digits[i + 1 :], "one digit mistyped")
        consider(digits[:i] + digits[i + 1 :], "an extra digit typed")
    for i in range(len(digits) + 1):
        for d in "0123456789":
            consider(digits[:i] + d + digits[i:], "a digit dropped")
    order = ["two digits swapped", "one digit mistyped", "a digit dropped", "an extra digit typed"]
    return sorted(found.items(), key=lambda kv: (order.index(kv[1]), kv[0]))


class Standings:
    """The candidates' figures sorted once, so where any one of them would stand with a
    corrected figure is a bisection, not a pass over the field: a 1,000-candidate contest
    asks this for every wrong figure.

    ``values`` are the figures the candidates are ranked by (votes or shares); None is
    unknown.
    """

    def __init__(self, values: Sequence[Fraction | None]) -> None:
        self.values = values
        self.known = sorted(v for v in values if v is not None)
        self._listed: dict[Fraction, list[int]] = {}
        for i, v in enumerate(values):
            if v is not None:
                self._listed.setdefault(v, []).append(i)

    def ahead(self, index: int, value: Fraction) -> int:
        """How many others would rank ahead of candidate ``index`` if its figure were
        ``value``: more votes, or as many and listed first. Others keep their order among
        themselves, so only this candidate's place can move."""
        current = self.values[index]
        more = len(self.known) - bisect_right(self.known, value)
        if current is not None and current > value:
            more -= 1  # itself, at its current figure
        return more + bisect_left(self._listed.get(value, []), index)

    def consequences(self, index: int, corrected: Fraction) -> tuple[Consequence, ...]:
        """What changes if ``values[index]`` is replaced by ``corrected``: the winner, the
        ranking."""
        current = self.values[index]
        if current is None or len(self.known) < 2:
            return ()
        before, after = self.ahead(index, current), self.ahead(index, corrected)
        if (before == 0) != (after == 0):
            return (Consequence.WINNER, Consequence.RANKING)
        if before != after:
            return (Consequence.RANKING,)
        return ()


def rank_consequences(
    values: Sequence[Fraction | None], index: int, corrected: Fraction
) -> tuple[Consequence, ...]:
    """What changes if ``values[index]`` is replaced by ``corrected``: the winner, the ranking.

    ``values`` are the figures the candidates are ranked by (votes or shares); None is unknown.
    """
    return Standings(values).consequences(index, corrected)
