"""Match what an article names to the official record: constituencies, parties, candidates.

Copy and the official files spell things differently: "Bethnal Green & Bow" and "Bethnal Green
and Bow", "Ynys Mon" and "Ynys Môn", "Ashton-Under-Lyne" and "Ashton-under-Lyne", "the Tories"
and "Conservative", "Ms Ali" and "Rushanara Ali", and, in real coverage, "Chris Wildford" for
Christopher Wilford and "Tina Lashmore" for Teena Lashmore.

Every matcher here answers with one match or none: a name that fits two official entries
equally is ambiguous, and a rule that cannot tell which is meant must say "not checked"
rather than guess. Misspellings are measured with rapidfuzz's edit-distance ratios.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.models import CandidateResult
from factcheck.packs import Pack, default_pack

__all__ = [
    "NAME_CUTOFF",
    "CandidateMatch",
    "match_candidate",
    "match_constituency",
    "name_key",
    "party_key",
    "person_words",
    "same_party",
]

NAME_CUTOFF = 80.0
"""The least rapidfuzz ratio (0-100) at which a differently spelt name is taken for the
official one: "Wildford"/"Wilford" scores 93, "Tina"/"Teena" 67 (but the surname settles it),
"Smith"/"Smyth" 80."""

_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame",
        "lord", "lady", "rev", "prof", "professor", "cllr", "councillor",
    }
)  # fmt: skip
_NON_WORD = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """A name with case, accents, "&"/"and", hyphens and punctuation folded away.

    >>> name_key("Ynys Môn") == name_key("YNYS MON")
    True
    >>> name_key("Bethnal Green & Bow")
    'bethnal green and bow'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ").replace("’", "'").replace("'", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


def _loose_key(name: str) -> str:
    """The same words in any order, without "the"/"city"/"of": "Devon East" = "East Devon"."""
    key = name_key(name).replace("kingston upon hull", "hull")
    return " ".join(sorted(w for w in key.split() if w not in ("the", "city", "of")))


def match_constituency(name: str, names: Sequence[str]) -> str | None:
    """The official name ``name`` stands for, or None when none or several fit.

    Tries, in order: the folded name; the same words in any order; then a close spelling
    (rapidfuzz ratio at least 92, and clearly better than the next best).
    """
    key = name_key(name)
    exact = [n for n in names if name_key(n) == key]
    if len(exact) == 1:
        return exact[0]
    if exact:
        return None
    loose = _loose_key(name)
    same_words = [n for n in names if _loose_key(n) == loose]
    if len(same_words) == 1:
        return same_words[0]
    if same_words:
        return None
    scored = sorted(((fuzz.ratio(key, name_key(n)), n) for n in names), reverse=True)
    if scored and scored[0][0] >= 92 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 3):
        return scored[0][1]
    return None


def party_key(party: str | None, pack: Pack | None = None) -> str | None:
    """The pack's key for a party name, alias or abbreviation ("Tories", "Con" -> "con...")."""
    if not party:
        return None
    pack = pack or default_pack()
    wanted = name_key(party)
    for key, entry in pack.parties.items():
        spellings = (entry.name, entry.abbreviation, *entry.aliases, *entry.caseless)
        if any(s and name_key(s) == wanted for s in spellings):
            return key
    return wanted


def same_party(a: str | None, b: str | None, pack: Pack | None = None) -> bool:
    """Whether two party names (any alias or abbreviation) are the same party."""
    if not a or not b:
        return False
    ka, kb = party_key(a, pack), party_key(b, pack)
    if ka == kb:
        return True
    # "Green" and "Green Party", "Labour" and "Labour and Co-operative".
    na, nb = name_key(a), name_key(b)
    return na.startswith(nb + " ") or nb.startswith(na + " ")


def person_words(name: str) -> list[str]:
    """A person's name as folded words, without titles: "Ms Rushanara Ali" -> [rushanara, ali]."""
    words = name_key(name).split()
    while words and words[0] in _TITLES:
        words = words[1:]
    return words


@dataclass(frozen=True, slots=True)
class CandidateMatch:
    """An official candidate a name was matched to, and how."""

    candidate: CandidateResult
    exact: bool
    """True when the names agree once case, accents and titles are folded away."""
    score: float
    """rapidfuzz's ratio of the two names (100 when exact)."""


def _surname_score(words: list[str], official: list[str]) -> float:
    """How well a written surname (its last word or words) fits the official surname."""
    best = 0.0
    for n in range(1, min(len(words), len(official)) + 1):
        best = max(best, fuzz.ratio(" ".join(words[-n:]), " ".join(official[-n:])))
    return best


def match_candidate(
    name: str,
    candidates: Sequence[CandidateResult],
    *,
    party: str | None = None,
    pack: Pack | None = None,
) -> CandidateMatch | None:
    """The official candidate ``name`` stands for, or None when no one or several fit.

    A full name or a surname ("Ms Ali", "Fitzpatrick") that folds to exactly one official
    candidate's is an exact match. Otherwise the closest spelling wins when its surname
    scores at least :data:`NAME_CUTOFF`, it is clearly closer than the next candidate, and
    its party (when given) agrees: "Chris Wildford" is Christopher Wilford.
    """
    words = person_words(name)
    if not words:
        return None
    pool = list(candidates)
    if party is not None:
        agreeing = [c for c in pool if same_party(c.party, party, pack)]
        pool = agreeing or pool
    full = [c for c in pool if person_words(c.name) == words]
    if len(full) == 1:
        return CandidateMatch(full[0], True, 100.0)
    if len(words) == 1 or (len(words) == 2 and words[0] in ("de", "van", "von")):
        tail = [c for c in pool if person_words(c.name)[-len(words) :] == words]
        if len(tail) == 1:
            return CandidateMatch(tail[0], True, 100.0)
        if len(tail) > 1:
            return None
    scored: list[tuple[float, float, CandidateResult]] = []
    for c in pool:
        official = person_words(c.name)
        surname = _surname_score(words, official)
        scored.append((surname, fuzz.ratio(" ".join(words), " ".join(official)), c))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    if not scored or scored[0][0] < NAME_CUTOFF:
        return None
    if len(scored) > 1 and scored[1][0] >= scored[0][0] - 5:
        return None
    surname, whole, best = scored[0]
    if len(words) > 1 and whole < 60:
        return None
    return CandidateMatch(best, False, whole)
