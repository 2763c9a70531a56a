"""Find parties, constituencies and people in article text, with their spans.

Parties come from the parties pack (``rules/parties.toml``); constituency names from the
official list shipped in ``factcheck/data``. People are proposed from capitalised name shapes
("Rushanara Ali", "Ian de Wulverton", "Ms Ali"); the claims layer keeps only those linked to a
party or a result, so a stray proper noun costs nothing.

Every matcher scans the text once with simple, linear-time regexes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factcheck.models import Span, span_of
from factcheck.names import name_key

_WORD = re.compile(r"[^\W\d_][\w'’-]*|&")
# Each scanning pattern here opens with a lookahead for the characters a match can start
# with: it changes no match, and the regex engine then skips every other position in C,
# several times faster than trying the pattern there.
_CAPITALISED = re.compile(r"(?=[A-ZÀ-ÖØ-Þ])(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*")


@dataclass(frozen=True, slots=True)
class Party:
    """A party and the names copy uses for it."""

    key: str
    name: str
    abbreviation: str | None = None
    aliases: tuple[str, ...] = ()
    caseless: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A party named in the text."""

    span: Span
    party: Party


@dataclass(frozen=True, slots=True)
class ContestMention:
    """A constituency named in the text; ``name`` is the official spelling."""

    span: Span
    name: str


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A personal name in the text: full ("Rushanara Ali") or short ("Ms Ali", "Fitzpatrick")."""

    span: Span
    name: str
    """The name without a title."""
    title: str | None = None

    @property
    def surname(self) -> str:
        """The last word of the name."""
        return self.name.split()[-1]


class PartyMatcher:
    """Finds party names and aliases as whole words."""

    def __init__(self, parties: Iterable[Party]) -> None:
        self.parties = tuple(parties)
        by_text: dict[str, Party] = {}
        caseless: dict[str, Party] = {}
        for p in self.parties:
            for alias in (p.name, *p.aliases):
                by_text.setdefault(alias, p)
            for alias in p.caseless:
                caseless.setdefault(alias.lower(), p)
        self._exact = by_text
        self._caseless = caseless
        exact = _by_first(sorted(by_text, key=len, reverse=True))
        longest = sorted(caseless, key=len, reverse=True)
        # Grouped only when no two first letters can match one character: under IGNORECASE
        # a non-ASCII one might ("ı" matches "i"), and the groups' order would then decide.
        ascii_firsts = all(a[0].isascii() for a in longest)
        loose = _by_first(longest) if ascii_firsts else "|".join(re.escape(a) for a in longest)
        body = "|".join(x for x in (exact, f"(?i:{loose})" if loose else "") if x) or r"(?!x)x"
        # What a match can start with: an exact name's first letter, or a caseless one's as
        # the caseless part matches it (in either case, and "ı" or "İ" for "i"…).
        firsts = {a[0] for a in by_text}
        for a in caseless:
            firsts |= {a[0], a[0].upper(), *IGNORECASE_FOLDS.get(a[0], "")}
        ascii_letters = all(a[0].isascii() and a[0].isalpha() for a in caseless)
        if not ascii_letters:  # other folds are not listed: let the engine judge them
            firsts = set()
        lead = f"(?=[{re.escape(''.join(sorted(firsts)))}])" if firsts else ""
        # Whole words only; a possessive ("Labour's") may follow, and "-held" ("the
        # previously Tory-held seat of …", a gain when someone else won it).
        self._pattern = re.compile(rf"{lead}(?<![\w-])(?:{body})(?![\w]|-(?!held\b))")

    def find(self, text: str) -> list[PartyMention]:
        """Every party mention, left to right."""
        out = []
        for m in self._pattern.finditer(text):
            found = m.group(0)
            party = self._exact.get(found) or self._caseless.get(found.lower())
            if party is None:
                continue  # "ındependent": IGNORECASE matches a dotless i that lower() keeps
            out.append(PartyMention(span_of(m.start(), m.end()), party))
        return out


IGNORECASE_FOLDS = {"i": "ıİ", "k": "\u212a", "s": "ſ"}
"""The characters other than its two cases that a lower-case ASCII letter matches under
``re.IGNORECASE`` (the Kelvin sign for "k")."""


def _by_first(names: list[str]) -> str:
    """An alternation of ``names`` (longest first), grouped by first character.

    The regex engine tries an alternation's branches one by one; grouped, it rejects a
    position with one comparison per first letter instead of one per name. Names with
    different first characters never match at one place, and each group keeps the names'
    order, so the matches are those of the flat alternation.
    """
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


def _normalise_words(words: Sequence[str]) -> tuple[str, ...]:
    # Each word folded as factcheck.names folds names (case, accents, apostrophes, "&"), so
    # "Ynys Môn" in copy is the official "Ynys Mon", and "O’Brien" is "O'Brien".
    return tuple(name_key(w) for w in words)


_COMPASS = ("north east", "north west", "south east", "south west", "north", "south", "east",
            "west", "mid", "central")  # fmt: skip


def compass_variants(name: str) -> list[str]:
    """The other orders people write a constituency's compass point in: "Belfast North" as
    "North Belfast", "East Dunbartonshire" as "Dunbartonshire East", "West Aberdeenshire and
    Kincardine" as "Aberdeenshire West and Kincardine" (the order older records and the BBC
    used). A name with no compass point at either end has none."""
    low = name.lower()
    out = []
    for c in _COMPASS:
        n = len(c)
        if low.startswith(c + " ") and not low[n + 1 :].startswith(("and ", "& ")):
            rest = name[n + 1 :]
            first, _, tail = rest.partition(" ")
            moved = f"{first} {name[:n]}" + (f" {tail}" if tail else "")
            out.append(moved)
            break
        if low.endswith(" " + c) and " and " not in low and " & " not in low:
            out.append(f"{name[-n:]} {name[: -n - 1]}")
            break
    return out


class ContestMatcher:
    """Finds official constituency names, folded by :func:`factcheck.names.name_key`: any
    letter case, accents, apostrophes, and "&" for "and"; and with the compass point at the
    other end ("North Belfast" for "Belfast North")."""

    def __init__(self, names: Iterable[str]) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        official = list(names)
        seen = {_normalise_words(re.findall(r"[\w'’.-]+|&", n)) for n in official}
        variants: dict[tuple[str, ...], set[str]] = {}
        for name in official:
            for v in compass_variants(name):
                key = _normalise_words(re.findall(r"[\w'’.-]+|&", v))
                if key not in seen:
                    variants.setdefault(key, set()).add(name)
        for name in official:
            words = _normalise_words(re.findall(r"[\w'’.-]+|&", name))
            if words:
                self._index.setdefault(words[0], []).append((words, name))
        for words, owners in variants.items():
            if len(owners) == 1:  # an order two seats could be written in names neither
                self._index.setdefault(words[0], []).append((words, next(iter(owners))))
        for entries in self._index.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)

    def find(self, text: str) -> list[ContestMention]:
        """Every constituency mention, longest match first, left to right."""
        out: list[ContestMention] = []
        resume = 0
        # Only a capitalised word that begins some name is looked at closely; the rest of
        # the text is skipped by the regex engine, which keeps this fast on long articles.
        for m in _CAPITALISED.finditer(text):
            if m.start() < resume:
                continue
            entries = self._index.get(name_key(m.group(0)))
            if not entries:
                continue
            longest = max(len(e[0]) for e in entries)
            tokens = []
            for t in _WORD.finditer(text, m.start()):
                tokens.append(t)
                if len(tokens) >= longest:
                    break
            norm = _normalise_words([t.group(0) for t in tokens])
            for words, name in entries:
                if norm[: len(words)] == words:
                    end = tokens[len(words) - 1].end()
                    # Two official spellings of one name ("Ynys Mon", "Ynys Môn"): the one
                    # written, else the first listed.
                    written = text[m.start() : end]
                    same = (n for w, n in entries if w == words and n == written)
                    out.append(ContestMention(span_of(m.start(), end), next(same, name)))
                    resume = end
                    break
        return out


@cache
def uk_constituencies() -> tuple[str, ...]:
    """The official UK constituency names shipped with the package."""
    text = resources.files("factcheck").joinpath("data/uk-constituencies.txt").read_text("utf-8")
    return tuple(line for line in text.splitlines() if line and not line.startswith("#"))


TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Cllr")
_PARTICLES = (
    "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al",
    "el",
)  # fmt: skip
# Latin letters with diacritics count ("Ségolène", "Piñera"); the classes are disjoint from
# spaces and punctuation, so matching stays linear.
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAP = (
    rf"[{_UP}][{_LOW}]+(?:['’-][{_UP}{_LOW}][{_LOW}]+)*|[{_UP}]['’][{_UP}][{_LOW}]+"
    rf"|Mc[{_UP}][{_LOW}]+|Mac[{_UP}][{_LOW}]+"
)
_SPACE = re.compile(r"\s")
_NON_SPACE = re.compile(r"\S+")
_NAME = re.compile(
    rf"(?=[{_UP}])"  # titles and names open with a capital (see _CAPITALISED)
    rf"(?:(?P<title>{'|'.join(TITLES)})\.?\s+)?"
    # Words of a name are on one line: a heading's last word and the next line's name are
    # two things ("Wansbeck\nIan Lavery").
    # Up to six words, so that a name after a role's capitalised words ("Former Justice
    # Secretary Kenny MacAskill") is not cut short; the role's words are dropped below.
    rf"(?P<name>(?:{_CAP})(?:[^\S\n]+(?:(?:{'|'.join(_PARTICLES)})[^\S\n]+)?(?:{_CAP})){{0,5}})"
    r"(?![\w])"
)

# Capitalised words that begin sentences or name things other than people.
_NOT_NAMES = frozenset(
    """The A An This That These Those It Its He She His Her They Their We Our I You Your
    In On At By For From With Without After Before During Since Until Over Under About Of To
    And But Or Nor So Yet If When While Where Who Whom Whose Which What Why How
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Picture Image Speaking
    Overall Traditionally Voters Turnout Former Newcomer Representing Following Thanks Ladies
    Prime Minister Mayor Council Centre Party General Election MP MPs Government Parliament
    Westminster London East West North South Street Road Advertiser President Vice-President
    Governor Senator Senate Congressman Congresswoman Representative Chancellor Premier
    Secretary Leader Chairman Chair Speaker Sheriff Judge Justice Minister Ministry King Queen
    Prince Princess Caucus Primary Primaries Movement Democracy Union Front Alliance Coalition
    Democratic Republican Democrats Republicans Democrat National Congress Assembly League
    Group Association Institute University College Commission Committee Poll Polls Results
    Reporting Vote Votes Kingdom United States State Republic County Province District Region
    Federal Popular People's Peoples Socialist Communist Liberal Conservative Labour Social
    Workers Independence Freedom Justice Progressive Meeting Electoral Preliminary Counties
    Election Elections Referendum Presidential Parliamentary Council's Party's Coalition's
    Army Police Court Bank Agency Department Office Foundation Network News Press Times Post
    Herald Journal Radio Television Wikinews Reuters BBC CNN Associated Today According Also
    However Meanwhile Although Despite Mrs Mr Ms Dr Sir Dame Lord Lady Nationalist Nationalists
    Unionist Unionists Tory Tories Victorious Defeated Incumbent Sitting Veteran Candidate
    Candidates Councillor Cllr Leisure Hall School Church Hospital Stadium Arena Hide Ad
    Advertisement Published Updated Share Read More""".split()  # noqa: SIM905
)


def find_people(text: str, exclude: Sequence[Span] = ()) -> list[PersonMention]:
    """Personal-name shapes: two to four capitalised words, or a title and a surname.

    Words inside ``exclude`` spans (parties, constituencies) are never part of a name, so
    "Independent Ajmal Masroor" yields "Ajmal Masroor". A lone capitalised word is proposed
    only after a title ("Ms Ali"); bare surnames ("Fitzpatrick") are resolved by the claims
    layer against names already seen.
    """
    blocked = sorted((s.start, s.end) for s in exclude)
    out: list[PersonMention] = []
    for m in _NAME.finditer(text):
        title = m.group("title")
        if title is None and not _SPACE.search(m.group("name")):
            continue  # one capitalised word and no title: never a name on its own
        words = [
            (w.group(0), m.start("name") + w.start(), m.start("name") + w.end())
            for w in _NON_SPACE.finditer(m.group("name"))
        ]
        words = [w for w in words if not _inside(w[1], w[2], blocked)]
        # The longest run of adjacent name words that are not sentence words or other nouns.
        runs: list[list[tuple[str, int, int]]] = [[]]
        for w in words:
            if w[0] in _NOT_NAMES or (runs[-1] and not _adjacent(text, runs[-1][-1][2], w[1])):
                runs.append([] if w[0] in _NOT_NAMES else [w])
            else:
                runs[-1].append(w)
        best = max(runs, key=len)
        first_run = runs[0] if runs[0] else []
        if title and first_run and first_run[0][1] == m.start("name"):
            best = first_run
        else:
            title = None
        if not best or (len(best) < 2 and not title):
            continue
        start = m.start() if title else best[0][1]
        out.append(PersonMention(span_of(start, best[-1][2]), " ".join(w[0] for w in best), title))
    return out


def _inside(start: int, end: int, blocked: Sequence[tuple[int, int]]) -> bool:
    # ``blocked`` is sorted and its spans do not overlap, so only the one starting last at or
    # before ``start`` can hold the word; a scan of every span would be quadratic.
    i = bisect.bisect_right(blocked, (start, float("inf"))) - 1
    return i >= 0 and blocked[i][0] <= start and end <= blocked[i][1]


def _adjacent(text: str, end: int, start: int) -> bool:
    return text[end:start].strip() == ""
