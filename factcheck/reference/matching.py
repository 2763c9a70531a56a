"""Match what an article names to the official record: constituencies, parties, candidates.

Copy and the official files spell things differently: "Bethnal Green & Bow" and "Bethnal Green
and Bow", "Ynys Mon" and "Ynys Môn", "Ashton-Under-Lyne" and "Ashton-under-Lyne", "the Tories"
and "Conservative", "Ms Ali" and "Rushanara Ali", and, in real coverage, "Chris Wildford" for
Christopher Wilford and "Tina Lashmore" for Teena Lashmore.

Every matcher here answers with one match or none: a name that fits two official entries
equally is ambiguous, and a rule that cannot tell which is meant must say "not checked"
rather than guess. Names are folded by :mod:`factcheck.names`; misspellings are measured with
rapidfuzz's edit-distance ratios (imported on first use: most names match once folded).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck.models import CandidateResult
from factcheck.names import (
    is_surname_alone,
    name_key,
    person_words,
    same_given_name,
    same_person_name,
    seat_key,
    seat_short_form,
    seat_spellings,
    surname_words,
)
from factcheck.packs import Pack, default_pack

__all__ = [
    "FIRST_NAME_CUTOFF",
    "NAME_CUTOFF",
    "CandidateMatch",
    "ConstituencyNames",
    "match_candidate",
    "match_constituency",
    "namesake",
    "party_key",
    "same_party",
    "stranger_to",
]

NAME_CUTOFF = 80.0
"""The least rapidfuzz ratio (0-100) at which a differently spelt name is taken for the
official one: "Wildford"/"Wilford" scores 93, "Tina"/"Teena" 67 (but the surname settles it),
"Smith"/"Smyth" 80."""

SEAT_CUTOFF = 92.0
"""The least rapidfuzz ratio at which a differently spelt constituency is taken for an official
one, when it is also more than :data:`SEAT_MARGIN` above the next best."""
SEAT_MARGIN = 3.0


class ConstituencyNames:
    """A set of official constituency names, keyed once, answering which one a name stands for.

    Build it once per election (or results file) and ask it many times: the official names
    are folded when it is built, a name is looked up in two dictionaries, and only a name
    found in neither is compared by spelling with every official name, once (answers are
    remembered).
    """

    _MEMO = 4096

    def __init__(self, names: Iterable[str]) -> None:
        self.names = tuple(names)
        self._exact: dict[str, list[str]] = {}
        self._spelt: dict[str, set[str]] = {}
        self._loose: dict[str, list[str]] = {}
        self._short: dict[str, list[str]] = {}
        for n in self.names:
            part = seat_short_form(n)
            if part is not None:
                self._short.setdefault(" ".join(part), []).append(n)
            self._exact.setdefault(name_key(n), []).append(n)
            self._loose.setdefault(seat_key(n), []).append(n)
        for key, same in self._exact.items():
            for words in seat_spellings(same[0])[1:]:
                self._spelt.setdefault(" ".join(words), set()).add(key)
        self._keys = list(self._exact)
        self._memo: dict[str, str | None] = {}

    def tables(self) -> tuple[Any, ...]:
        """What :meth:`from_tables` rebuilds this from: plain values, for ``marshal``."""
        return (self.names, self._exact, self._spelt, self._loose, self._short)

    @classmethod
    def from_tables(cls, tables: tuple[Any, ...]) -> ConstituencyNames:
        """The names :meth:`tables` gave, without folding them again."""
        made = cls(())
        made.names, made._exact, made._spelt, made._loose, made._short = tables
        made._keys = list(made._exact)
        return made

    def match(self, name: str) -> str | None:
        """The official name ``name`` stands for, or None when none or several fit.

        Tries, in order: the folded name; the ways copy writes an official name
        (:func:`factcheck.names.seat_spellings`: "Stoke North", "Hull East"); the same words
        in any order; the first part of one seat's name (:func:`factcheck.names.
        seat_short_form`: "Gordon" for Gordon and Buchan, the seat renamed in 2024); then a
        close spelling (rapidfuzz ratio at least :data:`SEAT_CUTOFF`, clearly better than the
        next best, and with the same compass points if the name has any).
        """
        try:
            return self._memo[name]
        except KeyError:
            pass
        found = self._match(name)
        if len(self._memo) >= self._MEMO:
            self._memo.clear()
        self._memo[name] = found
        return found

    def _match(self, name: str) -> str | None:
        key = name_key(name)
        exact = self._exact.get(key)
        if exact is not None:
            return exact[0] if len(exact) == 1 else None
        spelt = self._spelt.get(key)
        if spelt is not None:
            # "Stoke North", "Hull East": one seat's way of being written.
            owners = self._exact[next(iter(spelt))]
            return owners[0] if len(spelt) == 1 and len(owners) == 1 else None
        same_words = self._loose.get(seat_key(name))
        if same_words is not None:
            return same_words[0] if len(same_words) == 1 else None
        short = self._short.get(key)
        if short is not None:
            # "Gordon" in a 2024 story: the seat renamed "Gordon and Buchan" (the first part
            # of one seat's name, and the name of none).
            return short[0] if len(short) == 1 else None
        from rapidfuzz import fuzz, process

        # Only the best two can matter, and the second only when it is within the margin of
        # a best that passes the cutoff: anything below cutoff - margin need not be scored.
        best = process.extract(
            key,
            self._keys,
            scorer=fuzz.ratio,
            limit=2,
            score_cutoff=SEAT_CUTOFF - SEAT_MARGIN,
        )
        if not best or best[0][1] < SEAT_CUTOFF:
            return None
        if len(best) > 1 and best[1][1] >= best[0][1] - SEAT_MARGIN:
            return None
        written = _compass(key)
        if written and written != _compass(best[0][0]):
            # "East Dunbartonshire" is not West Dunbartonshire misspelt (a compass point
            # misspelt, "Nerth", is a misspelling)
            return None
        names = self._exact[best[0][0]]
        return names[0] if len(names) == 1 else None


_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "mid", "central"})


def _compass(key: str) -> set[str]:
    return {w for w in key.split() if w in _COMPASS_WORDS}


@lru_cache(maxsize=16)
def _constituency_names(names: tuple[str, ...]) -> ConstituencyNames:
    return ConstituencyNames(names)


def match_constituency(name: str, names: Sequence[str]) -> str | None:
    """The official name ``name`` stands for, or None when none or several fit.

    A convenience over :class:`ConstituencyNames` (the last few lists of names asked about
    are kept keyed); a caller with one fixed list should hold a ``ConstituencyNames``.
    """
    return _constituency_names(tuple(names)).match(name)


def party_key(party: str | None, pack: Pack | None = None) -> str | None:
    """The pack's key for a party name, alias or abbreviation ("Tories", "Con" -> "con...")."""
    if not party:
        return None
    wanted = name_key(party)
    return (pack or default_pack()).party_keys.get(wanted, wanted)


_SAME_PARTY: dict[int, tuple[Pack, dict[tuple[str, str], bool]]] = {}
"""Per pack (by identity): each pair of party spellings compared so far, and the answer.
A reference check compares every candidate's party with every official candidate's, the
same few spellings again and again, and each comparison folds both names."""


def same_party(a: str | None, b: str | None, pack: Pack | None = None) -> bool:
    """Whether two party names (any alias or abbreviation) are the same party."""
    if not a or not b:
        return False
    if a == b:
        return True
    pack = pack or default_pack()
    cached = _SAME_PARTY.get(id(pack))
    if cached is None or cached[0] is not pack:
        cached = _SAME_PARTY[id(pack)] = (pack, {})
    known = cached[1]
    same = known.get((a, b))
    if same is None:
        if len(known) >= 1 << 16:
            known.clear()
        same = known[(a, b)] = _same_party(a, b, pack)
    return same


def _same_party(a: str, b: str, pack: Pack) -> bool:
    keys = pack.party_keys
    na, nb = name_key(a), name_key(b)
    if keys.get(na, na) == keys.get(nb, nb):
        return True
    # "Green" and "Green Party", "Labour" and "Labour and Co-operative"; but the Liberal
    # Party is not the Liberal Democrats.
    short, long = sorted((na, nb), key=len)
    return long.startswith(short + " ") and not long[len(short) + 1 :].startswith("democrat")


@dataclass(frozen=True, slots=True)
class CandidateMatch:
    """An official candidate a name was matched to, and how."""

    candidate: CandidateResult
    exact: bool
    """True when the names agree once case, accents and titles are folded away."""
    score: float
    """rapidfuzz's ratio of the two names (100 when exact)."""


def _surname_score(name: str, official: str) -> float:
    """How well a written surname fits the official one, both whole ("Woods-Brass" and
    "Wood-Brass"): a written surname of one word may also be the end of the official's
    ("Brass" for Wood-Brass, as copy without the hyphen reads)."""
    from rapidfuzz import fuzz

    written, theirs = surname_words(name), surname_words(official)
    best = fuzz.ratio(" ".join(written), " ".join(theirs))
    # As many words too: the surname read from "Ian Paisly Jr" is "Jr", a suffix the
    # person's words leave out, and their last word is the surname meant.
    if len(written) <= len(theirs):
        words = person_words(name)
        best = max(best, fuzz.ratio(" ".join(words[-len(theirs) :]), " ".join(theirs)))
    return best


def stranger_to(name: str, candidates: Sequence[CandidateResult]) -> bool:
    """Is ``name``, a person named in full (two words or more), none of ``candidates``, not
    even by a misspelt surname (:data:`NAME_CUTOFF`)? "Andrew Turner" among 2017's Isle of
    Wight candidates (Bob Seely, …) is; "Nicholas Belfitt" for Nick Belfitt and "Chris
    Wildford" for Christopher Wilford are not. A surname alone settles nothing: it may be
    anyone's."""
    if len(person_words(name)) < 2:
        return False
    named = [c.name for c in candidates if c.name]
    # A surname spelt as the record spells it settles it without fuzzy matching (which
    # loads rapidfuzz: a run whose names all match exactly never needs it).
    written = surname_words(name)
    if any(surname_words(n) == written for n in named):
        return False
    return all(_surname_score(name, n) < NAME_CUTOFF for n in named)


FIRST_NAME_CUTOFF = 60.0
"""The least rapidfuzz ratio at which a first name, beside the official surname, is taken for
a misspelling of the official first name ("Tina" for Teena scores 67): below it ("David" for
Fay), it is another person of the same surname."""


def namesake(written: str, official: str) -> bool:
    """Is ``written`` another person of the official candidate's surname: the same surname,
    and a given name that is no form of any of the official's (:func:`same_given_name`:
    "Robert" for Bob, "C" for Christopher) nor a misspelling of the first of them
    (:data:`FIRST_NAME_CUTOFF`)? "Khalid Mahmood" is not Shabana Mahmood, nor "David Jones"
    Fay Jones. A surname alone ("Ms Jones") is no one's namesake: it names no given name.

    >>> namesake("David Jones", "Fay Jones"), namesake("Tina Jones", "Teena Jones")
    (True, False)
    """
    if is_surname_alone(written) or is_surname_alone(official):
        return False
    surname = surname_words(written)
    if surname != surname_words(official):
        return False
    w, o = person_words(written), person_words(official)
    w_given, o_given = w[: len(w) - len(surname)], o[: len(o) - len(surname)]
    if not w_given or not o_given:
        return False
    if any(same_given_name(a, b) for a in w_given for b in o_given):
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(w_given[0], o_given[0]) < FIRST_NAME_CUTOFF


def _unlike_throughout(written: str, official: str) -> bool:
    """Do both parts of ``written`` differ from the official name: a surname only like the
    official's ("Bradley" for Brady) and a given name that is no form of any of theirs nor
    close to the first (:data:`FIRST_NAME_CUTOFF`)? "Dominic Bradley", named for a past
    election, is not a misspelling of Mickey Brady: one slip may make a surname like
    another's, but not a given name unlike as well. A surname alone names no given name."""
    if is_surname_alone(written) or is_surname_alone(official):
        return False
    surname = surname_words(written)
    if surname == surname_words(official):
        return False  # the same surname: namesake() decides
    w, o = person_words(written), person_words(official)
    w_given, o_given = w[: len(w) - len(surname)], o[: len(o) - len(surname_words(official))]
    if not w_given or not o_given:
        return False
    if any(same_given_name(a, b) for a in w_given for b in o_given):
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(w_given[0], o_given[0]) < FIRST_NAME_CUTOFF


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
    from rapidfuzz import fuzz

    scored: list[tuple[float, float, CandidateResult]] = []
    for c in pool:
        official = person_words(c.name)
        surname = _surname_score(name, c.name)
        scored.append((surname, fuzz.ratio(" ".join(words), " ".join(official)), c))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    if not scored or scored[0][0] < NAME_CUTOFF:
        return None
    if len(scored) > 1 and scored[1][0] >= scored[0][0] - 5:
        # Two surnames as close ("Smith" of Anne and Bob Smith): the given name may still say
        # which, as a form of one of theirs ("Robert Smith" is Bob's); a spelling merely near
        # one of them does not.
        close = [s for s in scored if s[0] >= scored[0][0] - 5]
        named = [s for s in close if same_person_name(name, s[2].name)]
        if len(named) != 1:
            return None
        return CandidateMatch(named[0][2], False, named[0][1])
    surname, whole, best = scored[0]
    if namesake(name, best.name) or _unlike_throughout(name, best.name):
        # Another person of the surname (a neighbouring seat's, a relative), or of a like
        # one and another given name ("Dominic Bradley" for Mickey Brady): never the
        # candidate, however close the spellings of the whole names.
        return None
    if len(words) > 1 and whole < 60 and not same_person_name(name, best.name):
        # Unlike as written, unless the given name is a form of the official's: "Robert
        # Smith" is the record's Bob Smith.
        return None
    return CandidateMatch(best, False, whole)
