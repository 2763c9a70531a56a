"""Find parties, constituencies and people in article text, with their spans.

Parties come from the parties pack (``rules/parties.toml``); constituency names from the
official list shipped in ``factcheck/data``. People are proposed from capitalised name shapes
("Rushanara Ali", "Ian de Wulverton", "Ms Ali"); the claims layer keeps only those linked to a
party or a result, so a stray proper noun costs nothing.

Every matcher scans the text once with simple, linear-time regexes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck import compiled_re as re
from factcheck.extract.vocabulary import dated_years
from factcheck.models import Span, span_of
from factcheck.names import PARTICLES as NAME_PARTICLES
from factcheck.names import TITLES as NAME_TITLES
from factcheck.names import name_key, seat_district, seat_short_form, seat_spellings

_WORD = re.compile(r"[^\W\d_][\w'’-]*|&")
# Between two words, what no constituency's name holds: a line's end ("… in the North
# East:\n\n• Newcastle Central was …" names no "East Newcastle"), a colon, a semicolon, a
# bullet or a quotation mark. (A comma, a slash, an ampersand or a bracket may: "Durham, City
# of", "Fermanagh/South Tyrone", "Richmond (Yorks)".)
_NAME_BREAK = re.compile(r"[\n:;•·!?\"“”|]")
# Each scanning pattern here opens with a lookahead for the characters a match can start
# with: it changes no match, and ``compiled_re`` puts those characters in the program's
# information block, so that the regex engine skips every other position in C, several times
# faster than trying the pattern there (the engine alone tries the lookahead everywhere).
_CAPITALISED = re.compile(r"(?=[A-ZÀ-ÖØ-Þ])(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*")
# Where a constituency's name may start: a capitalised word, or a compass point in lower case
# before one ("in north Belfast", "south-west Norfolk"). Found apart (:func:`_seat_starts`):
# one pattern opening with "n", "s", "e", "w" or "m" was tried at a quarter of the text's
# places, where the compass points are found by ``str.find`` and only tested where they stand.
# (Each opens with a character class, the word start checked behind it, so that the engine
# skips in C to the next place a name can start.)
_CAPITALISED_START = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w'’-].)[\w'’-]*")
_COMPASS_START = re.compile(
    r"[nsewm](?<![\w'’-].)(?:(?<=n)orth|(?<=s)outh|(?<=e)ast|(?<=w)est|(?<=m)id)"
    r"(?=[ -](?:east[ -]|west[ -])?[A-Z])"
)
_COMPASS_POINTS = ("north", "south", "east", "west", "mid")


def _seat_starts(text: str) -> list[tuple[int, str]]:
    """Where a constituency's name may start in ``text``, and the word there, in order: a
    capitalised word, or a compass point in lower case before one (the matches of
    ``[A-ZÀ-ÖØ-Þ]…|(?:north|south|east|west|mid)(?=…)`` at word starts, as ``finditer``
    gives them: the two kinds open on different letters and neither opens inside the other,
    a capitalised word being all word characters and a compass point all lower case)."""
    out = [(m.start(), m.group()) for m in _CAPITALISED_START.finditer(text)]
    compass = []
    for point in _COMPASS_POINTS:
        at = text.find(point)
        while at >= 0:
            if _COMPASS_START.match(text, at):
                compass.append((at, point))
            at = text.find(point, at + 1)
    if compass:
        out = sorted(out + compass)
    return out


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


GLUED_STAMP = r"published[^\S\n]+at[^\S\n]+\d{1,2}[:.]\d\d"
"""A live page's time stamp as copied glued to the word before it ("Conservative
holdpublished at 02:52"): a lookahead after a word may accept it where a word's end is."""


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
        # Copy writes a party in capitals in a headline or a story's first words ("LABOUR
        # has held …", "THE CONSERVATIVES have taken …"): each name in capitals is that
        # party's too, unless it is another party's as written. Not an abbreviation ("LAB",
        # "CON"): in capitals that is a results card's code, read where codes are (cards,
        # outcome codes), and a short name in capitals is often something else.
        for p in self.parties:
            for alias in (p.name, *p.aliases):
                upper = alias.upper()
                if alias not in (upper, p.abbreviation) and len(alias) > 3:
                    by_text.setdefault(upper, p)
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
        # A live page's time stamp glued on ("from the Conservativespublished at 02:20")
        # ends the word.
        self._pattern = re.compile(
            rf"{lead}(?<![\w-])(?:{body})(?!(?!{GLUED_STAMP})[\w]|-(?!held\b))"
        )

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


# A possessive's "'s" ends a name ("East Devon's MP"); the name is the word without it.
_POSSESSIVE = ("'s", "’s", "'S", "’S")
# A short form ("his Dumfriesshire seat") is a seat only with the word "seat" or
# "constituency" after it.
_SEAT_WORD_AFTER = re.compile(r"[^\S\n]+(?:seat|constituency)\b", re.IGNORECASE)

_Entry = tuple[tuple[str, ...], tuple[str, ...], bool]
"""The folded words copy writes, the official name's folded words, and whether "seat" or
"constituency" must follow."""


_Tables = tuple[
    dict[tuple[str, ...], list[str]],
    dict[tuple[str, ...], tuple[tuple[str, ...], bool]],
    dict[str, int],
]


class ContestMatcher:
    """Finds official constituency names as copy writes them: any spelling
    :func:`factcheck.names.seat_spellings` gives ("Stoke on Trent North", "North Belfast",
    "Durham, City of"), with a possessive "'s" after it, or the first part of a name of
    several with "seat" or "constituency" after it ("his Dumfriesshire seat"). A spelling
    two seats share, or that is another seat's official name, names only the official one or
    none.

    Everything is keyed when the matcher is built; reading a text is dictionary lookups.
    """

    def __init__(self, names: Iterable[str]) -> None:
        official: dict[tuple[str, ...], list[str]] = {}
        for name in names:
            words = tuple(name_key(name).split())
            if words:
                official.setdefault(words, []).append(name)
        spelt: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        short: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for key, same in official.items():
            for words in seat_spellings(same[0])[1:]:
                spelt.setdefault(words, set()).add(key)
            for name in same:  # "Plymouth, Sutton and Devonport" has two first parts
                part = seat_short_form(name)
                if part is not None:
                    short.setdefault(part, set()).add(key)
                district = seat_district(name)  # "Perry Barr" of "Birmingham, Perry Barr"
                if district is not None:
                    spelt.setdefault(district, set()).add(key)
        entries: list[_Entry] = [(k, k, False) for k in official]
        # A name without its "The" ("Cotswolds") is a place as often as the seat when another
        # seat's name holds it ("South Cotswolds"): only the whole name then.
        entries += [
            (w, next(iter(owners)), False)
            for w, owners in spelt.items()
            if len(owners) == 1
            and w not in official
            and not (
                next(iter(owners))[0] == "the"
                and next(iter(owners))[1:] == w
                and sum(w[0] in k for k in official) > 1
            )
        ]
        entries += [
            (w, next(iter(owners)), True)
            for w, owners in short.items()
            if len(owners) == 1 and w not in official and w not in spelt
        ]
        self._official = official
        self._spelt: dict[tuple[str, ...], tuple[tuple[str, ...], bool]] = {}
        self._longest: dict[str, int] = {}
        for words, key, needs_seat in entries:
            self._spelt[words] = (key, needs_seat)
            self._longest[words[0]] = max(self._longest.get(words[0], 0), len(words))
        # What each capitalised word begins, remembered: most words of a text begin no name.
        self._starts: dict[str, tuple[str, int] | None] = {}

    def tables(self) -> _Tables:
        """What the matcher holds, as ``marshal`` writes it (see :func:`contest_matcher`)."""
        return (self._official, self._spelt, self._longest)

    @classmethod
    def from_tables(cls, tables: _Tables) -> ContestMatcher:
        """The matcher whose :meth:`tables` these are."""
        out = cls.__new__(cls)
        out._official, out._spelt, out._longest = tables
        out._starts = {}
        return out

    def _begins(self, word: str) -> tuple[str, int] | None:
        """The folded first word of the names ``word`` may begin, and their most words."""
        if word.endswith(_STAMP) and len(word) > _STAMP_LEN:
            word = word[:-_STAMP_LEN]  # "Thurrockpublished at 02:58": see _glued_stamp
        first = name_key(word).partition(" ")[0]
        if first not in self._longest and word.endswith(_POSSESSIVE):
            first = first[:-1]  # "Aberavon's"
        longest = self._longest.get(first)
        return (first, longest) if longest is not None else None

    def find(self, text: str) -> list[ContestMention]:
        """Every constituency mention, longest match first, left to right."""
        out: list[ContestMention] = []
        resume = 0
        starts = self._starts
        # Only a word that begins some name is looked at closely; the rest of the text is
        # skipped by the regex engine, which keeps this fast on long articles.
        for start, word in _seat_starts(text):
            try:
                begins = starts[word]
            except KeyError:
                if len(starts) > 50_000:
                    starts.clear()
                begins = starts[word] = self._begins(word)
            if begins is None or start < resume:
                continue
            found = self._match(text, start, begins[1])
            if found is not None:
                out.append(found)
                resume = found.span.end
        return out

    def _match(self, text: str, start: int, longest: int) -> ContestMention | None:
        # The words from ``start``, folded as names are ("Stoke-on-Trent" is three), with
        # where a name may end after each: at the end of a written word, not inside one
        # ("Hartlepool-born" is not Hartlepool), or before a possessive "'s".
        words: list[str] = []
        ends: list[int] = []
        stems: list[str | None] = []
        last = -1
        for t in _WORD.finditer(text, start):
            if last >= 0 and _NAME_BREAK.search(text, last, t.start()):
                break  # a name does not run on over a line's end or a colon
            word, last = t.group(), t.end()
            glued = _glued_stamp(text, word, last)
            if glued:
                word, last = word[:-_STAMP_LEN], last - _STAMP_LEN
            folded, stem = _fold_word(word)
            if not folded:
                break  # a word of no letters the names are written in ("Æ") ends any name
            words += folded
            ends += [-1] * (len(folded) - 1)
            ends.append(last)
            stems += [None] * (len(folded) - 1)
            stems.append(stem)
            if len(words) >= longest or glued:
                break
        spelt = self._spelt
        for n in range(min(longest, len(words)), 0, -1):
            end = ends[n - 1]
            if end < 0:
                continue
            found = spelt.get(tuple(words[:n]))
            stem = stems[n - 1]
            if found is None and stem is not None:
                found = spelt.get((*words[: n - 1], stem))
                end -= 2
            if found is None or (found[1] and not _SEAT_WORD_AFTER.match(text, end)):
                continue
            if (
                "," in text[start:end]
                and _RUNS_ON.match(text, end)
                and not any("," in name for name in self._official[found[0]])
            ):
                # "Heywood and Middleton, North West Durham": the comma ends a list's item,
                # not a name that runs on over it ("Heywood and Middleton North" would leave
                # "West Durham"); the shorter name before the comma is the seat. (Not a name
                # written with its comma: "Manchester, Gorton MP".)
                continue
            # Two official spellings of one name ("Ynys Mon", "Ynys Môn"): the one
            # written, else the first listed.
            same = self._official[found[0]]
            written = text[start:end]
            if (
                "," in written
                and tuple(name_key(written.partition(",")[0]).split()) in self._official
                and not any("," in name for name in same)
            ):
                # A seat's whole name before the comma ends a list's item: "Heywood and
                # Middleton, North West Durham" lists two seats, not "Heywood and Middleton
                # North" ("Durham, City of" and "Birmingham, Northfield" stay one). A name
                # officially written with that comma is one seat even when its first part
                # was another's name: "Harborough, Oadby and Wigston" (2024), not the
                # "Harborough" of 2010-2019.
                continue
            return ContestMention(span_of(start, end), written if written in same else same[0])
        return None


# A capitalised word right after a name: the words read as the name's run on past it.
_RUNS_ON = re.compile(r"[^\S\n]+[A-Z]")


# A live page's entry heading copied with its time stamp glued on: "Conservatives hold
# Epping Forestpublished at 03:09". The seat's name ends where the stamp begins.
_STAMP = "published"
_STAMP_LEN = len(_STAMP)
_STAMP_AFTER = re.compile(r"[^\S\n]+at[^\S\n]+\d{1,2}[:.]\d\d")


def _glued_stamp(text: str, word: str, end: int) -> bool:
    """Does ``word``, ending at ``end``, carry a live page's time stamp glued to it?"""
    return (
        len(word) > _STAMP_LEN
        and word.endswith(_STAMP)
        and _STAMP_AFTER.match(text, end) is not None
    )


@lru_cache(maxsize=1 << 14)
def _fold_word(word: str) -> tuple[tuple[str, ...], str | None]:
    """A written word's folded words, and its last without a possessive "'s", if it has one."""
    folded = tuple(name_key(word).split())
    if folded and word.endswith(_POSSESSIVE) and len(folded[-1]) > 1:
        return folded, folded[-1][:-1]
    return folded, None


# "Angus Robertson", "Gordon Brown": a one-word seat name starting a person's name; "a
# Sevenoaks councillor", "the Mayor of Hartlepool": a council or a mayoralty, not the
# constituency. (On the same line: a heading "Workington" over a paragraph is the seat.)
# (Not the words of a results line: "Bosworth Winner – …", "Bosworth Result".)
# (Nor a party's word: "Defeated Torbay Tory Kevin Foster" names the seat as his title; nor a
# results table's "Bath Con gain from LD".)
_NAME_AFTER = re.compile(
    r"[^\S\n]+(?!(?:Winner|Result|Results|Constituency|Seat|Tory|Tories|Labour|Conservatives?"
    r"|Liberal|Lib|Greens?|Reform|Plaid|Independent|Con|Lab|Hold|Gain)\b)"
    r"(?:Mc|Mac|O['’])?[A-Z][a-z]+\b"
)
_SEAT_LEAD = re.compile(
    r"\b(?:in|for|of|at|from|to|across|won|took|held|gained|retained|lost|seat|MP)\s+(?:the\s+)?$"
)
# Before a one-word seat's name that runs on into a capitalised word, the words that lead to
# a place, not a person: not "MP", "from", "to" or "seat", which as often lead to a name
# ("former MP Gordon Brown", "took the seat from Gordon Marsden", "lost to Angus Robertson").
_SEAT_LEAD_BEFORE_NAME = re.compile(
    r"\b(?:in|for|of|at|across|won|took|held|gained|retained|lost)\s+(?:the\s+)?$"
)
# A sentence's opening "In" right before a one-word seat's name, and the full name after it.
_OPENING_IN = re.compile(r"(?:^|[.!?]\s+|\n)\s*In[^\S\n]+$")
_FULL_NAME_AFTER = re.compile(r"[^\S\n]+([A-Z][a-z]+)[^\S\n]+(?:Mc|Mac|O['’])?[A-Z][a-z]+\b")
# "for" after a win or a vote leads to the one who won or was voted for ("a landslide victory
# for Angus Forbes", "a win for Gordon Brown", "voted for Angus Robertson"), not a place.
_FOR_NAME_LEAD = re.compile(r"\b(?:win|victory|votes?|voted|voting)\s+for\s+$", re.IGNORECASE)
_NOT_SEAT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:council(?:s|lor|lors)?|county|borough|district|ward|mayor(?:al|alty)?"
    r"|cllr|town\s+hall|city\s+council|police)\b"
    # "the Chair of Kensington, Chelsea and Fulham Conservatives": a local party, whose name
    # may run on through other seats' names.
    r"|(?-i:(?:,?\s+(?:[A-Z][\w'’-]*|and|&)){0,6}?\s+(?:Conservatives|Tories|Liberal\s+Democrats"
    r"|Lib\s+Dems|Greens|Conservative\s+Association|Labour\s+Party|CLP))\b"
    # "Glasgow South East", "Belfast North West": a seat's name running on into a point of
    # the compass names a seat the reader does not know (its longest match would have been
    # taken), not the shorter seat.
    r"|(?-i:[^\S\n]+(?:North|South|East|West|Central)\b(?![-'’]))",
    re.IGNORECASE,
)
# After a place's possessive, what only a constituency has: "Dover's new MP", "Bolsover's
# third member of parliament", "Angus's voters" (a person has no MP, electorate or turnout),
# "Cheltenham's Liberal Democrat candidate" (a seat's candidate, its party named between).
_SEAT_OWNS = re.compile(
    r"[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}?(?:MPs?\b|[Mm]ember[^\S\n]+of[^\S\n]+[Pp]arliament"
    r"|(?:electorate|turnout|voters|constituents|constituency|seat)\b)"
    r"|[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+){1,3}(?:MP|candidate)\b"
)
_NOT_SEAT_BEFORE = re.compile(
    r"\b(?:mayor|mayoralty|council|borough|county|district)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)

_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[^\S\n]$")
_INITIALS_BEFORE = re.compile(r"(?:^|\n)[ \t•*\-–]*(?:[A-Z]\.[ \t]?){1,3}$")
# "Ms Gordon", "Dr. Ross", "Councillor Angus": a title makes the name a person's.
_TITLE_BEFORE = re.compile(
    r"(?<![\w'’.-])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Cllr"
    r"|Councillor|Rev|Revd)\.?[^\S\n]$"
)
# A heading "Gordon" or "Gordon: SNP gain" names the seat even in a story with a Laura Gordon.
_HEADING_AFTER = re.compile(r"[^\S\n]*(?:\n|\Z|[:–—-])")


def _person_surname(text: str, c: ContestMention) -> bool:
    """Is this one-word seat name the surname of the person named right before it ("Laura
    Gordon", "Ms Gordon")?"""
    at = max(0, c.span.start - 20)
    if _TITLE_BEFORE.search(text, at, c.span.start):
        return True
    first = _FIRST_NAME_BEFORE.search(text, at, c.span.start)
    return first is not None and first.group(1) not in _NOT_NAMES


def person_surnames(text: str, mentions: Iterable[ContestMention]) -> frozenset[str]:
    """The one-word seat names the story uses as someone's surname ("former aid worker Laura
    Gordon"); pass them to :func:`is_seat`, which then reads the bare name ("Gordon said …")
    as the person unless the wording says seat."""
    return frozenset(c.name for c in mentions if " " not in c.name and _person_surname(text, c))


# "In Boston, where UKIP leader Paul Nuttall was standing, …": a sentence opening on a place,
# closed by a comma.
_IN_SHORT_PLACE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \t]))In[ \t]+([A-Z][\w'’-]+),")


def short_seat_mentions(text: str, seats: list[ContestMention]) -> list[ContestMention]:
    """Seats named by their first word alone ("In Boston, …", "In Grantham, …") in a story
    that names them in full: the first word must open the name of exactly one seat the story
    names (and of no other seat it names), and be no seat's whole name, so "In Cardiff," in a
    story of Cardiff North and Cardiff Central names none. A sentence opening on the place
    says where it is set."""
    if not seats:
        return []
    firsts: dict[str, set[str]] = {}
    for c in seats:
        words = name_key(c.name).split()
        if len(words) > 1:
            firsts.setdefault(words[0], set()).add(c.name)
    named = {name_key(c.name) for c in seats}
    out = []
    for m in _IN_SHORT_PLACE.finditer(text):
        word = name_key(m.group(1))
        found = firsts.get(word, set())
        if (
            len(found) == 1
            and word not in named
            and not any(c.span.start == m.start(1) for c in seats)
        ):
            out.append(ContestMention(span_of(m.start(1), m.end(1)), next(iter(found))))
    return out


# A one-word district that is as often a word as a place ("Southampton, Test"): never alone.
_COMMON_DISTRICTS = frozenset({"test"})


@cache
def _one_word_districts() -> tuple[dict[str, tuple[str, str]], tuple[str, ...], re.Pattern[str]]:
    """Each one-word district of a city's seat written "City, District" ("Northfield" of
    "Birmingham, Northfield"), folded, to its city (folded) and the seat's official name; the
    cities as written; and a pattern finding the districts as copy writes them, capitalised or
    in capitals as a heading writes them ("NORTHFIELD")."""
    out: dict[str, tuple[str, str]] = {}
    cities: set[str] = set()
    for seat in uk_constituencies():
        city, comma, district = seat.partition(",")
        words = name_key(district).split()
        if not comma or " " in city.strip() or len(words) != 1 or words[0] in _COMMON_DISTRICTS:
            continue
        out[words[0]] = (name_key(city), seat)
        cities.add(city.strip())
    # (In one order from run to run, so that the compiled pattern is stored once.)
    written = sorted({w for d in out for w in (d.title(), d.upper())}, key=lambda w: (-len(w), w))
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(written) + r")(?![\w'’-])")
    return out, tuple(sorted(cities)), pattern


@cache
def _city_forms() -> tuple[tuple[tuple[str, str, str], ...], frozenset[str]]:
    """The cities of :func:`_one_word_districts`, each as written, in capitals, and folded,
    and the set of them as written: made once, not for every story."""
    cities = _one_word_districts()[1]
    return tuple((city, city.upper(), name_key(city)) for city in cities), frozenset(cities)


def district_mentions(text: str, seats: list[ContestMention]) -> list[ContestMention]:
    """Seats named by their one-word district alone ("Northfield" of "Birmingham, Northfield",
    "Kemptown" of "Brighton, Kemptown") in a story that names their city: the city itself, or
    another of its seats. Copy on a city's seats names them so ("challenges in Northfield,
    Edgbaston and Selly Oak", a list's heading "Northfield"); without the city, the word is as
    likely a place of another county or a person's surname ("Walton")."""
    districts, _, pattern = _one_word_districts()
    forms, cities = _city_forms()
    # (A substring test per city first: most stories name none of these cities.)
    named = {key for city, upper, key in forms if city in text or upper in text}
    named |= {name_key(first) for c in seats if (first := c.name.split()[0].rstrip(",")) in cities}
    if not named:
        return []
    taken = [(c.span.start, c.span.end) for c in seats]
    out = []
    for m in pattern.finditer(text):
        found = districts.get(name_key(m.group()))
        if found is None or found[0] not in named:
            continue
        if any(a <= m.start() < b for a, b in taken):
            continue  # a word of a seat's name written in full ("Birmingham Northfield")
        c = ContestMention(span_of(m.start(), m.end()), found[1])
        if not _person_surname(text, c):
            out.append(c)
    return out


def is_seat(text: str, c: ContestMention, surnames: frozenset[str] = frozenset()) -> bool:
    """Is this mention of a constituency's name the constituency, not a person ("Gordon
    Brown", "Ms Gordon", or a bare "Gordon" whose name is in ``surnames``), a council ("a
    Sevenoaks councillor") or a mayoralty ("Mayor of Hartlepool")?"""
    if _NOT_SEAT_AFTER.match(text, c.span.end):
        return False
    if _NOT_SEAT_BEFORE.search(text, max(0, c.span.start - 30), c.span.start):
        return False
    if _INITIALS_BEFORE.search(text, max(0, c.span.start - 12), c.span.start):
        return False  # "E. Carlisle (Green) 1,189": a list line's candidate
    if " and " in text[max(0, c.span.start - 5) : c.span.start] and _joint_place(text, c):
        return False
    if text.startswith(",", c.span.end) and _surname_first_at(text, c.span.start):
        return False  # "PRESTON, Angela Ind 285": an official list's candidate
    one_word = " " not in c.name
    if one_word and _person_surname(text, c):
        return False  # "Jamie Stone", "Laura Gordon", "Ms Gordon": a person's surname
    if c.name in surnames and not (
        _SEAT_LEAD.search(text, max(0, c.span.start - 20), c.span.start)
        or _SEAT_WORD_AFTER.match(text, c.span.end)
        or (_line_start(text, c.span.start) and _HEADING_AFTER.match(text, c.span.end))
    ):
        return False  # "Gordon said …" after "Laura Gordon": the person again
    if one_word and text.startswith(_POSSESSIVE, c.span.end):
        # "Angus's", "Gordon's": a person's as often as a seat's, unless the wording says seat,
        # before it or after it ("Dover's new MP", "Bolsover's third member of parliament").
        return bool(
            _SEAT_LEAD.search(text, max(0, c.span.start - 20), c.span.start)
            or _SEAT_OWNS.match(text, c.span.end + 2)
        )
    if not one_word or not _NAME_AFTER.match(text, c.span.end):
        return True
    before = max(0, c.span.start - 20)
    if _OPENING_IN.search(text, before, c.span.start):
        # "In Stafford Jeremy Lefroy kept his seat": a sentence opening "In", the seat, then
        # a full name opening with a given name ("In Gordon Brown's time": no given name).
        given = _FULL_NAME_AFTER.match(text, c.span.end)
        return given is not None and given.group(1) in given_names()
    return bool(
        _SEAT_LEAD_BEFORE_NAME.search(text, before, c.span.start)
        and not _FOR_NAME_LEAD.search(text, before, c.span.start)
    )


# A seat the wording makes a past one: "the former MP for Carmarthen West and South
# Pembrokeshire, Simon Hart", "took the seat formerly known as Totnes". (A seat named both ways
# is the sentence's where it is named again.)
_FORMER_BEFORE = re.compile(
    r"\b(?:(?:former|ex-|one-time|erstwhile)[^\S\n]*(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:MP|member|representative)[^\S\n]+for"
    r"|(?:formerly|previously)(?:[^\S\n]+(?:known[^\S\n]+as|called|named))?"
    # "was previously the Labour MP for Lewisham East", "had formerly been MP for"
    r"|(?:formerly|previously)[^\S\n]+(?:been[^\S\n]+)?(?:the[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:MP|member)[^\S\n]+for)[^\S\n]+(?:the[^\S\n]+)?$",
    re.IGNORECASE,
)
# "the former Aberconwy MP Robin Millar", "ex-Totnes MP": "former" before the seat, "MP" after.
_FORMER_LEAD = re.compile(r"\b(?:former|ex-|one-time|erstwhile)[^\S\n]*$", re.IGNORECASE)
_MP_AFTER = re.compile(r"(?:['’]s)?[^\S\n]+MP\b")


# A place word and "and" right before a seat's name: "outside of Brighton and Hove".
_JOINT_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[^\S\n]+and[^\S\n]+$")
_LISTED_BEFORE = re.compile(r",[^\S\n]*$")


def _joint_place(text: str, c: ContestMention) -> bool:
    """Is the seat's name the second half of a place named for two ("Brighton and Hove", a
    city; "outside of Brighton and Hove" is not about the seat of Hove)? Only when the first
    half is a word of seats' names that is no seat on its own: "Windsor and Maidenhead" may
    be two seats, and "Brighton Pavilion and Hove" is."""
    if " " in c.name:
        return False  # a town's name joined to another's: "Brighton and Hove"
    m = _JOINT_BEFORE.search(text, max(0, c.span.start - 30), c.span.start)
    if m is None or _LISTED_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return False  # "Bassetlaw, Chester and Bishop Auckland": a list's last two
    word = name_key(m.group(1))
    if word not in _seat_words() or word in _COMPASS_WORDS or (word,) in _seat_keys():
        return False  # "Carmarthen West and Aberconwy": a compass point ends a seat's name
    # Nor the end of another seat's name: "Hove and Portslade and Brighton Kemptown".
    lead = max(0, m.start() - 40)
    return all(
        lead + found.span.end != m.end(1) for found in contest_matcher().find(text[lead : m.end(1)])
    )


_COMPASS_WORDS = frozenset(
    ("north", "south", "east", "west", "central", "mid", "inner", "outer", "upper", "lower")
)


@cache
def _seat_words() -> frozenset[str]:
    """The folded words of the UK constituencies' names."""
    return frozenset(w for seat in uk_constituencies() for w in name_key(seat).split())


@cache
def _seat_keys() -> frozenset[tuple[str, ...]]:
    """The UK constituencies' names, each as its folded words."""
    return frozenset(tuple(name_key(seat).split()) for seat in uk_constituencies())


def names_former_seat(text: str, c: ContestMention) -> bool:
    """Does the wording make this mention a seat of the past, not one the story's figures
    belong to ("the former MP for X, Simon Hart", "the former X MP", "the seat formerly known
    as X")? Its sentence is then about the seat named elsewhere: a boundary change renames
    seats, and copy names the old one beside the new."""
    lead = max(0, c.span.start - 50)
    if _FORMER_BEFORE.search(text, lead, c.span.start) is not None:
        return True
    return bool(_FORMER_LEAD.search(text, lead, c.span.start) and _MP_AFTER.match(text, c.span.end))


# Before a seat the sentence sets apart from what it says: "won all the others in the county,
# except in Lincoln", "apart from Devon East", "other than Canterbury".
_EXCEPT_BEFORE = re.compile(
    r"\b(?:except(?:[^\S\n]+(?:in|for|at))?|apart[^\S\n]+from|other[^\S\n]+than|excluding"
    r"|save[^\S\n]+for|but[^\S\n]+not(?:[^\S\n]+in)?)[^\S\n]+(?:the[^\S\n]+)?$",
    re.IGNORECASE,
)


# After such a seat, a clause that speaks of it: "except Perry Barr, where …", "other than
# Canterbury which voted for Labour".
_ITS_CLAUSE_AFTER = re.compile(r",?[^\S\n]*(?:where|which|who|whose|in[^\S\n]+which)\b")


def names_excepted_seat(text: str, c: ContestMention) -> bool:
    """Is this mention a seat the sentence names only as an exception ("The Tories won the
    seat with a 16,500 majority and all others in the county, except in Lincoln")? What the
    sentence says is said of other seats. Not when a clause about it follows ("apart from
    Devon East, where Claire Wright polled 35%"): that clause speaks of it."""
    if _EXCEPT_BEFORE.search(text, max(0, c.span.start - 30), c.span.start) is None:
        return False
    return _ITS_CLAUSE_AFTER.match(text, c.span.end) is None


# An aside inside a sentence: a bracket, or a pair of spaced dashes, closed on its line with
# no sentence ending inside ("Bill Rees – (who had his Deddington, Banbury, address printed
# on the ballot paper) – managed", "It is difficult to estimate - as with the situation in
# Newport West - how many of her votes").
_BRACKET_ASIDE = re.compile(r"\(([^()\n]{1,300})\)")
_DASH_ASIDE = re.compile(r"(?<=\S)[^\S\n]+([–—-])[^\S\n]+([^–—\n]{1,300}?)[^\S\n]+\1[^\S\n]+(?=\S)")
_ASIDE_END = re.compile(r"[.!?][\s\"”’']+[A-Z]")
# A clause, not a label: two lower-case words besides those of seats' names and of a list
# pairing people with seats ("(Selly Oak)", "(South Holland and the Deepings)", "- Labour -",
# "- Jo Smith in Reigate and Al Brown in Farnham -" label people or rows; "who had his
# Banbury address printed" tells about them).
_LOWER_WORDS = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+(?![\w'’-])")
_LABEL_WORDS = frozenset("in and the of for upon on under by with st at".split())  # noqa: SIM905
_DIGIT_IN = re.compile(r"\d")


def _spaced_dash(text: str) -> bool:
    r"""Does ``text`` hold a dash with a space, not a line break, on each side, as every match
    of ``_DASH_ASIDE`` does? (A walk over the dashes: ``str.isspace`` is the engine's
    ``\s``.)"""
    last = len(text) - 1
    for dash in "-–—":
        i = text.find(dash, 1)
        while 0 < i < last:
            before, after = text[i - 1], text[i + 1]
            if before != "\n" and after != "\n" and before.isspace() and after.isspace():
                return True
            i = text.find(dash, i + 1)
    return False


def _two_clause_words(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold two lower-case words that are no label's? (Counted
    until the second.)"""
    found = 0
    for w in _LOWER_WORDS.finditer(text, start, end):
        if w.group() not in _LABEL_WORDS:
            found += 1
            if found == 2:
                return True
    return False


def aside_seats(text: str, contests: Sequence[ContestMention]) -> dict[int, bool]:
    """The seat mentions inside an aside of their sentence (a bracket, or spaced dashes, that
    holds a clause of its own), by the seat's start, each with whether the aside gives a
    figure. The aside tells about a person or a comparison in passing ("as with the
    situation in Newport West", a candidate's home address): the story does not turn to the
    seat, and the sentence's figures outside the aside are not the seat's."""
    if not contests or not any(mark in text for mark in ("(", " - ", "–", "—")):
        return {}
    spans: list[tuple[int, int, bool]] = []
    # (Each pattern only where the text holds what every match of it does: the dashes' opens
    # with no character the engine can skip to, and would be tried at every place.)
    scans: list[tuple[re.Pattern[str], int]] = [(_BRACKET_ASIDE, 1)] if "(" in text else []
    if _spaced_dash(text):
        scans.append((_DASH_ASIDE, 2))
    for pattern, group in scans:
        for m in pattern.finditer(text):
            a, b = m.start(group), m.end(group)
            if _ASIDE_END.search(text, a, b) is not None:
                continue
            if not _two_clause_words(text, a, b):
                continue
            spans.append((a, b, _DIGIT_IN.search(text, a, b) is not None))
    if not spans:
        return {}
    out: dict[int, bool] = {}
    for c in contests:
        for a, b, figures in spans:
            if a <= c.span.start and c.span.end <= b:
                out[c.span.start] = out.get(c.span.start, False) or figures
    return out


# Before a seat someone stood in: "he stood for the Referendum Party in The Cotswolds",
# "contested Hexham", "fought the seat of Bury North".
_STOOD_BEFORE = re.compile(
    r"\b(?:stood|contested|fought|ran)\b[^.;:!?\n]{0,50}?\b(?:in|for|at)?[^\S\n]*"
    r"(?:the[^\S\n]+)?(?:seat[^\S\n]+of[^\S\n]+)?$",
    re.IGNORECASE,
)


def names_past_candidacy(
    text: str, c: ContestMention, sentence: tuple[int, int], story_year: str | None
) -> bool:
    """Is this mention a seat someone stood in at another election, in a sentence dated to
    it ("His first foray into politics was in 1997 when he stood for the Referendum Party in
    The Cotswolds")? A profile's past, not the seat the story turns to: the story stays with
    the seat it was on. Only with a year other than the story's, and not the story's."""
    start, end = sentence
    if _STOOD_BEFORE.search(text, max(start, c.span.start - 70), c.span.start) is None:
        return False
    # (A story that does not declare its election takes every year it names as another's.)
    years = set(dated_years(text, start, end))
    return bool(years) and story_year not in years


# Between a seat and a person it is the title of: "new MP for Peterborough Paul Bristow",
# "New Torbay MP Steve Darling", "the Leeds Central candidate, Hilary Benn".
_TITLE_LEAD = re.compile(r"\b(?:MP|member|candidate)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?$")
_TITLE_GAP = re.compile(
    r"(?:['’]s)?,?[^\S\n]+(?:(?:MP|candidate|Tory|Conservative|Labour|Lib[^\S\n]+Dem"
    r"|Liberal[^\S\n]+Democrat|SNP|Green|Reform(?:[^\S\n]+UK)?|Plaid(?:[^\S\n]+Cymru)?|DUP"
    r"|SDLP|UUP|Alliance|Independent)[^\S\n]+)*,?[^\S\n]*"
)


def seat_titles(
    text: str, contests: Sequence[ContestMention], people: Sequence[PersonMention]
) -> dict[int, PersonMention]:
    """The seat mentions that are a person's title ("MP for Peterborough Paul Bristow",
    "Torbay MP Steve Darling"), by the seat's start, with the person whose title each is: the
    seat is that person's, named in passing, not the one the story turns to (a photo
    caption's "with new MP for Peterborough Paul Bristow" in a story about North West
    Cambridgeshire), and the person's own however many seats the sentence names."""
    starts = [p.span.start for p in people]
    out: dict[int, PersonMention] = {}
    for c in contests:
        i = bisect.bisect_left(starts, c.span.end)
        if i == len(starts):
            continue
        gap = _TITLE_GAP.fullmatch(text, c.span.end, starts[i])
        if gap is None:
            continue
        lead = _TITLE_LEAD.search(text, max(0, c.span.start - 20), c.span.start)
        if lead is not None or "MP" in gap.group(0):
            out[c.span.start] = people[i]
    return out


# Between a person and the "MP for" naming their seat, within their sentence: "Mr Cable, 71,
# had been the ", "Sir Bob Russell, who had been the ", ", the sitting ".
_HOLDER_GAP = re.compile(r"[^.;:!?\n]{0,80}")


def seat_holders(
    text: str, contests: Sequence[ContestMention], people: Sequence[PersonMention]
) -> dict[str, str]:
    """Each person the story makes a seat's member or candidate ("Mr Cable … had been the MP
    for Twickenham", "new MP for Peterborough Paul Bristow"), by name: their seat, wherever in
    the story that is said. A person given two seats is left out."""
    starts = [p.span.start for p in people]
    found: dict[str, set[str]] = {}
    for c in contests:
        lead = _TITLE_LEAD.search(text, max(0, c.span.start - 20), c.span.start)
        if lead is None:
            continue
        i = bisect.bisect_left(starts, c.span.end)
        if i < len(starts) and _TITLE_GAP.fullmatch(text, c.span.end, starts[i]):
            owner = people[i]  # "MP for Peterborough Paul Bristow"
        else:
            j = bisect.bisect_left(starts, lead.start()) - 1
            if j < 0 or people[j].span.end > lead.start():
                continue
            owner = people[j]
            if not _HOLDER_GAP.fullmatch(text, owner.span.end, lead.start()):
                continue
        found.setdefault(owner.name, set()).add(c.name)
    return {name: next(iter(seats)) for name, seats in found.items() if len(seats) == 1}


@cache
def contest_matcher() -> ContestMatcher:
    """The matcher of the official UK constituency names, built once (and its tables kept
    between runs: :mod:`factcheck.stored_tables`)."""
    from factcheck import names, stored_tables

    seats = uk_constituencies()
    return stored_tables.stored(
        "contest-matcher",
        seats,
        [names.__file__, __file__],
        build=lambda: ContestMatcher(seats),
        dump=ContestMatcher.tables,
        load=ContestMatcher.from_tables,
    )


@cache
def uk_constituencies() -> tuple[str, ...]:
    """The official UK constituency names shipped with the package."""
    from factcheck.package_data import package_root

    text = package_root().joinpath("data/uk-constituencies.txt").read_text("utf-8")
    return tuple(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def _changed_2024() -> tuple[frozenset[str], frozenset[str]]:
    """The keys (:func:`~factcheck.names.name_key`) of every constituency first contested in
    2024, and of every one last contested before it, as the package's list of 2024's changes
    gives them."""
    from factcheck.package_data import package_root

    text = package_root().joinpath("data/uk-constituencies-2024.txt").read_text("utf-8")
    new, gone = set(), set()
    for line in text.splitlines():
        if line.startswith("+ "):
            new.add(name_key(line[2:]))
        elif line.startswith("- "):
            gone.add(name_key(line[2:]))
    return frozenset(new), frozenset(gone)


@cache
def boundaries_2024() -> tuple[frozenset[str], frozenset[str]]:
    """The keys (:func:`~factcheck.names.name_key`) of the constituencies first contested in
    2024 whose names hold no earlier seat's ("Monmouthshire", not "Dudley", which "Dudley
    North" holds and towns share), and of those last contested before 2024."""
    new, gone = _changed_2024()
    earlier = [f" {k} " for k in {name_key(n) for n in uk_constituencies()} - new]
    own = {k for k in new if not any(f" {k} " in e for e in earlier)}
    return frozenset(own), frozenset(gone)


# A year after the 2019 election, up to 2024's: the next general election was 2024's
# ("Wales' minister in the cabinet since October 2022").
_YEAR_2024 = re.compile(r"(?<!\d)202[0-4](?!\d)")


def seats_before_2024(
    text: str, contests: Sequence[ContestMention], story_year: str | None
) -> list[ContestMention]:
    """The mentions of seats abolished in 2024 in a story on the 2024 boundaries: its front
    matter's election is 2024's; or (with none) the first seat it names was first contested
    in 2024, or it writes a year from 2020 to 2024 and names such a seat. "Mr Davies had
    served as the MP for Monmouth since 2005" in a story about Monmouthshire, "a councillor
    for the Monmouth Town ward": the old seat is history, or a place, never a contest of the
    story's; its name next to a figure would check the figure against no record, and a carry
    from it would take the next lines with it. None in any other story: the old seats were
    contested until 2019, and an earlier story names a 2024 seat's words only as a place
    ("the Lowestoft area")."""
    if not contests or (story_year is not None and story_year != "2024"):
        return []
    new, gone = boundaries_2024()
    keys = [name_key(c.name) for c in contests]
    if story_year is None and not (
        keys[0] in new or (not new.isdisjoint(keys) and _YEAR_2024.search(text) is not None)
    ):
        return []
    return [c for c, key in zip(contests, keys, strict=True) if key in gone]


@cache
def _one_era_only() -> tuple[frozenset[str], frozenset[str]]:
    """The official names (as mentions give them) of every constituency first contested in
    2024, and of every one last contested before it (the whole lists: not only the names
    :func:`boundaries_2024` keeps)."""
    new, gone = _changed_2024()
    keys = {name: name_key(name) for name in uk_constituencies()}
    return (
        frozenset(n for n, k in keys.items() if k in new),
        frozenset(n for n, k in keys.items() if k in gone),
    )


# The years whose elections were fought on the 2010-2019 boundaries, and on 2024's.
_BEFORE_2024 = frozenset({"2010", "2015", "2017", "2019"})


def seats_not_yet_held(story_year: str | None) -> frozenset[str]:
    """The seats first contested after the story's election, when it is one fought on the
    2010-2019 boundaries: their names in such a story are places, never its contests ("every
    seat in Dudley" of a 2019 story, where Dudley North and Dudley South were the seats; a
    2015 story's "Brighton Kemptown and Peacehaven", the seat's name from 2024). Empty for a
    2024 story or one of no known election."""
    return _one_era_only()[0] if story_year in _BEFORE_2024 else frozenset()


@cache
def _split_in_2024() -> frozenset[str]:
    """The keys of the constituencies last contested before 2024 whose words the names of two
    or more of 2024's hold: "Isle of Wight" (Isle of Wight East and West), "Gateshead",
    "Moray", "Solihull"."""
    new, gone = _changed_2024()
    padded = [f" {k} " for k in new]
    return frozenset(g for g in gone if sum(f" {g} " in k for k in padded) >= 2)


def places_split_in_2024(
    contests: Sequence[ContestMention], story_year: str | None
) -> list[ContestMention]:
    """The mentions, in a story of the 2024 election (its front matter's or the run's), of a
    seat abolished in 2024 whose place became two or more of that election's seats, each
    named after it: "the Isle of Wight" of a 2024 story is the island, whose seats were Isle
    of Wight East and Isle of Wight West ("Isle of Wight's first Labour MP", "Island MPs
    speak to Isle of Wight Radio"). Read as a seat, it took every figure of a story that
    names the new seats only as "the East" and "the West", and set them against the 2019
    seat's record. (Other old seats keep their names in a story dated only by the run's
    election: a 2024 story may recall a seat's 2019 result by its old name, and a seat
    renamed in 2024 is often still written the old way.) None in any other story."""
    if story_year != "2024" or not contests:
        return []
    split = _split_in_2024()
    return [c for c in contests if name_key(c.name) in split]


def split_other_era_seats(
    text: str, contests: list[ContestMention], story_year: str | None
) -> list[ContestMention]:
    """``contests``, with a seat the story's election did not hold read as the two seats of
    that election its words join by "and", when they do: "Aberavon, Ogmore and Rhondda" in a
    2019 story names Ogmore and Rhondda, two seats then, not the "Rhondda and Ogmore" of
    2024 (whose name the words also spell). A 2024 story's "Rhondda and Ogmore" is its seat.
    The mentions as they were without a known election, or when either part is no seat of
    that election."""
    if story_year is None or not contests:
        return contests
    if story_year == "2024":
        unheld = _one_era_only()[1]
    elif story_year in _BEFORE_2024:
        unheld = _one_era_only()[0]
    else:
        return contests
    out: list[ContestMention] | None = None
    for i, c in enumerate(contests):
        parts = None
        if c.name in unheld and " and " in text[c.span.start : c.span.end]:
            parts = _held_parts(text, c, unheld)
        if parts is not None:
            if out is None:
                out = contests[:i]
            out += parts
        elif out is not None:
            out.append(c)
    return contests if out is None else out


def _held_parts(
    text: str, c: ContestMention, unheld: frozenset[str]
) -> list[ContestMention] | None:
    """The two seats, neither in ``unheld``, that the words of ``c`` join by "and", if they
    are whole seats' names."""
    start, end = c.span.start, c.span.end
    cut = text.find(" and ", start, end)
    if cut < 0:
        return None
    matcher = contest_matcher()
    parts: list[ContestMention] = []
    for a, b in ((start, cut), (cut + 5, end)):
        found = matcher.find(text[a:b])
        if len(found) != 1 or found[0].span.start != 0 or found[0].span.end != b - a:
            return None
        if found[0].name in unheld:
            return None
        parts.append(ContestMention(span_of(a, b), found[0].name))
    return parts


TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Cllr",
    # (A minister of religion or a professor, as copy titles them: "Rev McCrea", "the Rev
    # Ian Paisley", "Professor Jane Smith": the title is no part of the name.)
    "Rev", "Revd", "Reverend", "Prof", "Professor",
)  # fmt: skip
# Longest first, so that the alternation tries "della" before "de".
_PARTICLES = sorted(NAME_PARTICLES, key=lambda p: (-len(p), p))
# Latin letters with diacritics count ("Ségolène", "Piñera"); the classes are disjoint from
# spaces and punctuation, so matching stays linear.
_IRISH_PARTICLES = ("Ó", "O", "Ní", "Nic", "Mac", "Mc", "Uí", "Ua", "Mhic")
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAP = (
    rf"[{_UP}][{_LOW}]+(?:['’-][{_UP}{_LOW}][{_LOW}]+)*|[{_UP}]['’][{_UP}][{_LOW}]+"
    # "MacKessack-Leitch": a double-barrelled name may open on Mc or Mac too.
    rf"|Ma?c[{_UP}][{_LOW}]+(?:['’-][{_UP}{_LOW}][{_LOW}]+)*"
)
_SPACE = re.compile(r"\s")
_NON_SPACE = re.compile(r"\S+")
# Capitals of two letters that are a role or a place, not a middle initial: "Bristol West MP
# Thangam Debbonaire" is a seat, the role and a person, never one name running across "MP".
_NOT_INITIALS = r"(?:MP|MS|AM|PM|QC|KC|UK|US|EU|TV|LD|SF)\b"
_NAME = re.compile(
    rf"(?=[{_UP}])"  # titles and names open with a capital (see _CAPITALISED)
    r"(?<![\w'’-])"  # at a word's start: not "Ps Margaret Ritchie" in "MPs Margaret Ritchie"
    rf"(?:(?P<title>{'|'.join(TITLES)})\.?\s+)?"
    # A list line's initials ("H. Benn (Labour) 33,453"): kept only at a line's start.
    rf"(?P<initials>(?:[{_UP}]\.[^\S\n]?){{1,3}}(?=[{_UP}]))?"
    # Words of a name are on one line: a heading's last word and the next line's name are
    # two things ("Wansbeck\nIan Lavery").
    # Up to six words, so that a name after a role's capitalised words ("Former Justice
    # Secretary Kenny MacAskill") is not cut short; the role's words are dropped below.
    # A middle initial or two inside a name, never first or last: "David TC Davies", "Ethan R
    # Wilkinson". Not "Stuart C. McDonald": the full stop may end a sentence, and the name
    # would cross it.
    # One or two lower-case particles before a surname's word: "Marsha de Cordova", "Mabon ap
    # Gwynfor", "Susan van de Ven".
    # An Irish surname's particle, its next word perhaps opening on a lower-case "h", "n" or
    # "t" before the capital: "Máirtín Ó Muilleoir", "Gearóid Ó hEára", "Áine Ní Chonaill".
    rf"(?P<name>(?:{_CAP})(?:[^\S\n]+(?:(?:(?:{'|'.join(_PARTICLES)})[^\S\n]+){{1,2}}"
    rf"|(?:{'|'.join(_IRISH_PARTICLES)})[^\S\n]+(?:[hnt](?=[{_UP}]))?)?"
    rf"(?:{_CAP}|(?!{_NOT_INITIALS})[{_UP}]{{1,2}}(?=[^\S\n]+(?:{_CAP})(?![\w])))){{0,5}})"
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
    Westminster London East West North South Northern Southern Eastern Western Street Road
    Advertiser President Vice-President
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
    Candidates Rival Rivals Challenger Challengers Opponent Opponents Councillor Cllr Leisure
    Hall School Church Hospital Stadium Arena Hide Ad
    Advertisement Published Updated Share Read More
    Takes Take Wins Win Holds Hold Retains Retain Gains Gain Keeps Seizes Beats Defeats Loses
    Lose Ousts Topples Snatches Secures Claims Elected Re-elected Returns Victory Seat
    Clearly Surely Finally Actually Obviously Ultimately Eventually Perhaps Certainly
    Unfortunately Fortunately Interestingly Notably Sadly Happily Indeed Still New Independent
    Similarly Likewise Separately Elsewhere Additionally Furthermore Moreover Nevertheless
    Nonetheless Surprisingly Unsurprisingly Remarkably Crucially Importantly Ironically
    Independant Senedd Holyrood Stormont Full Latest Live Final Official Even Better Worse
    Bad Both Neither Either""".split()  # noqa: SIM905
)


# Each the surname of a candidate at a general election of 2015-2024 ("Catherine West", "Luke
# Hall", "Theresa May", "Ryan North", "Lisa Judge", "Joyce Still"), or an English surname
# that is also a word of _NOT_NAMES ("Sir Thomas More", "Sheriff").
SURNAME_WORDS = frozenset(
    """Church Court East Hall Judge King London Lord March May Mayor North Prince Read South
    Still West Western More Sheriff""".split()  # noqa: SIM905
)
"""Words of ``_NOT_NAMES`` that are also surnames: read as a name's last word right after a
given name (:func:`given_names`) or a title, and nowhere else."""


@cache
def given_names() -> frozenset[str]:
    """Given names candidates stood under (``data/given-names.txt``, built by
    ``scripts/build_given_names.py`` from the bundled results)."""
    from factcheck.package_data import package_root

    text = package_root().joinpath("data/given-names.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[^\S\n]+$")


def _given_before(text: str, run: list[tuple[str, int, int]], word: tuple[str, int, int]) -> bool:
    """Is ``run`` one given name right before ``word``, and no place: "Catherine West", not
    "the Albert Hall" (a name takes no "the")?"""
    return (
        len(run) == 1
        and run[0][0] in given_names()
        and _adjacent(text, run[0][2], word[1])
        and not _THE_BEFORE.search(text, max(0, run[0][1] - 5), run[0][1])
    )


# After a run of capitals, a role it names: "Shadow Education Secretary", "Broughty Ferry
# Tory councillor" (up to two more capitalised words between).
_ROLE_AFTER = re.compile(
    r"(?:[^\S\n]+[A-Z][\w'’-]*){0,2}[^\S\n]+(?:Secretary|Minister|Chancellor|[Ll]eader"
    r"|[Cc]ouncill?or|candidate|MP|MSP|MS|MLA|MEP|[Mm]ayor|spokes(?:man|woman|person)"
    r"|[Cc]hair(?:man|woman)?|hopeful|incumbent|veteran|activist)\b"
)


def _from_given(text: str, run: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A run after "the" and before a role ("The Shadow Education Secretary received …",
    "the Broughty Ferry Tory councillor") is that role's words, no name: ``run`` from its
    first given name or title on (then empty if it holds neither); else ``run`` ("The Green
    Jane Smith came third": a name after a party word the matcher did not take)."""
    if (
        not run
        or not _THE_BEFORE.search(text, max(0, run[0][1] - 5), run[0][1])
        or not _ROLE_AFTER.match(text, run[-1][2])
    ):
        return run
    for i, w in enumerate(run):
        if w[0] in given_names() or w[0].lower() in NAME_TITLES:
            return run[i:]
    return []


_INITIALS = re.compile(rf"[{_UP}]{{1,2}}")
_INITIALS_MOST = 2  # the longest word _INITIALS matches whole
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:]|\n)[\s\"“‘'(]*$")
# An adverb in "-ly" of six letters or more ("Similarly", "Clearly", "Locally"): not "-lly"
# unless "-ally", for given names end so ("Polly", "Holly", "Sally"), and no given name
# (:func:`given_names`: "Emily").
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
_ADVERB_LY = re.compile(r"(?=\w{6})[A-Z][a-z]+(?:(?<!l)ly|ally)")


def _sentence_word(text: str, run: list[tuple[str, int, int]]) -> bool:
    """Is ``run``'s first word no name's but an adverb ("Similarly Jess Phillips"), or a
    sentence's opening word that the text also writes in lower case, before a given name
    ("Tonight James Davies", "… tonight")? A given name never is, nor a place's word
    ("Angus Brendan MacNeil": no "angus" in lower case)."""
    word = run[0][0]
    if word in given_names():
        return False
    if _ADVERB_LY.fullmatch(word):
        return True
    if (
        len(run) >= 2
        and _GERUND.fullmatch(word)
        and run[1][0] in given_names()
        and _SENTENCE_BEFORE.search(text, max(0, run[0][1] - 4), run[0][1]) is not None
    ):
        return True  # "Chasing Chris was James Gibson-Watt": a verb opens the sentence
    return (
        len(run) >= 3
        and run[1][0] in given_names()
        and _SENTENCE_BEFORE.search(text, max(0, run[0][1] - 4), run[0][1]) is not None
        and re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text) is not None
    )


def find_people(text: str, exclude: Sequence[Span] = ()) -> list[PersonMention]:
    """Personal-name shapes: two to four capitalised words, or a title and a surname.

    Words inside ``exclude`` spans (parties, constituencies) are never part of a name, so
    "Independent Ajmal Masroor" yields "Ajmal Masroor". A lone capitalised word is proposed
    only after a title ("Ms Ali"); bare surnames ("Fitzpatrick") are resolved by the claims
    layer against names already seen.
    """
    blocked = sorted((s.start, s.end) for s in exclude)
    out = _surname_first(text, blocked) if ", " in text else []
    out += _in_capitals(text, blocked)
    if out:
        # "GOACHER, Mark Green 2,499": the given name is the surname-first name's, and
        # "Mark Green" no name of its own.
        blocked = sorted([*blocked, *((p.span.start, p.span.end) for p in out)])
    for m in _NAME.finditer(text):
        title = m.group("title")
        if title is None and m.group("initials") is None and not _SPACE.search(m.group("name")):
            continue  # one capitalised word and no title: never a name on its own
        words = [
            (w.group(0), m.start("name") + w.start(), m.start("name") + w.end())
            for w in _NON_SPACE.finditer(m.group("name"))
        ]
        words = [w for w in words if not _inside(w[1], w[2], blocked)]
        # The longest run of adjacent name words that are not sentence words or other nouns.
        runs: list[list[tuple[str, int, int]]] = [[]]
        for w in words:
            if w[0] in SURNAME_WORDS and (
                _given_before(text, runs[-1], w) or (title and w[1] == m.start("name"))
            ):
                # "Catherine West", "Luke Hall", "Mrs May": a surname that is also a word,
                # after a given name or a title. It ends the name ("Theresa May Government").
                runs[-1].append(w)
                runs.append([])
                continue
            if (
                len(w[0]) <= _INITIALS_MOST  # (most words: longer, and no pattern need run)
                and _INITIALS.fullmatch(w[0])
                and not (len(runs[-1]) == 1 and runs[-1][0][0] in given_names())
                and not (runs[-1] and w[0] in _IRISH_PARTICLES)  # "Ó", "O" of "Ó Muilleoir"
            ):
                # A middle initial stands after a given name ("David TC Davies"); "Smith UK"
                # ends a name.
                runs.append([])
                continue
            if w[0] in _NOT_NAMES or (runs[-1] and not _adjacent(text, runs[-1][-1][2], w[1])):
                runs.append([] if w[0] in _NOT_NAMES else [w])
            else:
                runs[-1].append(w)
        if (
            title is None
            and runs[0]
            and runs[0][0][1] == m.start("name")
            and _sentence_word(text, runs[0])
        ):
            # "Similarly Jess Phillips", "Tonight James Davies": a sentence's opening word
            # before a given name, no name's word. (After a title a word is a surname: "Mr
            # Hennerly".)
            del runs[0][0]
        # "The Shadow Education Secretary received …": a role's words, no name.
        runs = [_from_given(text, r) for r in runs]
        # Of two runs as long, the one opening with a given name: "Shadow Foreign Secretary
        # Douglas Alexander" is Douglas Alexander, not "Shadow Foreign".
        best = max(runs, key=lambda r: (len(r), bool(r) and r[0][0] in given_names()))
        while best and len(best[-1][0]) <= _INITIALS_MOST and _INITIALS.fullmatch(best[-1][0]):
            best = best[:-1]  # "Jane Smith UK Independence …": initials end no name
        first_run = runs[0] if runs[0] else []
        if title and first_run and first_run[0][1] == m.start("name"):
            best = first_run
        else:
            title = None
        initials = m.group("initials")
        if initials and best and best[0][1] == m.start("name") and _line_start(text, m.start()):
            # "G. T. Mulholland": a results list names candidates by their initials.
            name = " ".join([*initials.split(), *(w[0] for w in best)])
            out.append(PersonMention(span_of(m.start(), best[-1][2]), name, title))
            continue
        if not best or (len(best) < 2 and not title):
            continue
        if not title and _PLACE_NOUN_AFTER.match(text, best[-1][2]):
            continue  # "in the Suffolk Coast constituency": a seat the matcher did not know
        start = m.start() if title else best[0][1]
        out.append(PersonMention(span_of(start, best[-1][2]), " ".join(w[0] for w in best), title))
    out.sort(key=lambda p: p.span.start)
    return out


# An official list's line, surname first in capitals: "QUINCE, Will Con 18,919 38.9%".
_SURNAME_FIRST = re.compile(
    rf"[{_UP}][{_UP}'’-]+(?:[^\S\n][{_UP}][{_UP}'’-]+){{0,2}},[^\S\n]+"
    rf"(?P<given>[{_UP}][{_LOW}]+(?:[-'’][{_UP}][{_LOW}]+)?)"
    rf"(?P<more>(?:[^\S\n]+[{_UP}][{_LOW}]+)*)"
)


def _surname_first_at(text: str, at: int) -> bool:
    """Does an official list's surname-first name start at ``at``, a line's start?"""
    m = _SURNAME_FIRST.match(text, at)
    return m is not None and _list_line(text, m)


def _list_line(text: str, m: re.Match[str]) -> bool:
    """Is the surname-first name ``m`` at its line's start, its figures after it on the line
    ("QUINCE, Will Con 18,919"), not a dateline's capitals ("PRESTON, Lancashire")?"""
    end = text.find("\n", m.end())
    if _DIGIT.search(text, m.end(), end if end >= 0 else len(text)) is None:
        return False
    return _line_start(text, m.start()) or _after_row_seat(text, m.start())


def _after_row_seat(text: str, at: int) -> bool:
    """Does a seat's name, and nothing else, open the line before ``at``, as a table with the
    seat first writes its rows ("Bath HOBHOUSE, Wera 69,662 …")?"""
    start = text.rfind("\n", 0, at) + 1
    lead = text[start:at]
    if not lead[-1:].isspace() or not lead.strip():
        return False
    seats = contest_matcher().find(lead)
    return (
        len(seats) == 1
        and lead[: seats[0].span.start].strip() == ""
        and not (lead[seats[0].span.end :].strip())
    )


_DIGIT = re.compile(r"\d")


def _surname_first(text: str, blocked: Sequence[tuple[int, int]]) -> list[PersonMention]:
    """The names of an official list's lines written surname first, as the Commons Library
    writes them ("KINNOCK, Stephen", "JONES, Susan Elan"): at a line's start only, where a
    table of candidates puts them, with the line's figures after them, and not a party's
    capitals ("UKIP, Stephen Crosby"). The
    given names are the first, and each after it that is a given name (:func:`given_names`):
    the words after them are the party's column ("GOACHER, Mark Green")."""
    out = []
    for m in _SURNAME_FIRST.finditer(text):
        if not _list_line(text, m):
            continue
        surname = text[m.start() : text.index(",", m.start())]
        if surname in _NOT_NAMES or (
            # A party's capitals, not a seat's ("UKIP, Stephen Crosby"); a seat's name in
            # capitals there is a surname ("PRESTON, Angela"), no seat: see is_seat.
            _inside(m.start(), m.start() + len(surname), blocked)
            and contest_matcher().find(surname) == []
        ):
            continue
        given, end = [m.group("given")], m.end("given")
        for w in _NON_SPACE.finditer(m.group("more")):
            if w.group(0) not in given_names():
                break
            given.append(w.group(0))
            end = m.start("more") + w.end()
        name = " ".join([*given, surname.title()])
        out.append(PersonMention(span_of(m.start(), end), name, None))
    return out


# A given name in capitals, then one or two words of the surname, in capitals or not: a
# story's opening words ("BEN Lake defied …", "ED BALLS became …") or a guide's list of
# candidates ("MARCUS JONES (Conservative)"). It opens with a character class (the word start
# checked behind it), so that the engine skips in C to the next capital.
_CAPITALS_GIVEN = re.compile(
    rf"[{_UP}](?<![\w'’-].)[{_UP}]+(?:-[{_UP}]{{2,}})?(?=[^\S\n]+[{_UP}])"  # "ANNE-MARIE"
)
_CAPITALS_REST = re.compile(
    rf"(?:[^\S\n]+(?:(?:Ma?c)?[{_UP}][{_UP}'’-]*[{_UP}]|{_CAP})){{1,2}}(?![\w'’-])"
)
_CAPITALS_AFTER = re.compile(rf"[^\S\n]+[{_UP}]{{2}}")


def _in_capitals(text: str, blocked: Sequence[tuple[int, int]]) -> list[PersonMention]:
    """Names whose given name is written in capitals ("BEN Lake", "JACKIE Doyle-Price", "ED
    BALLS"), as a story's first words or a list of candidates write them; each as the name
    is spelt in lower case ("Ben Lake", "Ed Balls"). The first word must be a given name
    candidates stood under (:func:`given_names`), and no word a party's, a seat's or one of
    ``_NOT_NAMES`` ("MARK WILLIAMS MP": "MP" is no name's); a name all in capitals with a
    word in capitals after it is a headline's run of capitals ("WILL BE RETAINED"), not a
    name."""
    out = []
    for m in _CAPITALS_GIVEN.finditer(text):
        # (The surname's words are matched after the given name, not with it: "SINN FÉIN’S
        # JOHN Finucane" is tried at each word in capitals.)
        if m.group(0).title() not in given_names():
            continue
        rest = _CAPITALS_REST.match(text, m.end())
        if rest is None:
            continue
        words = [(m.group(0), m.start())]
        words += [(w.group(0), rest.start() + w.start()) for w in _NON_SPACE.finditer(rest[0])]
        kept = words[:1]
        for word, at in words[1:]:
            shown = word.title() if word.isupper() else word
            if (
                word in _NOT_NAMES
                or shown in _NOT_NAMES
                or (word.isupper() and len(word) < 3)
                or _inside(at, at + len(word), blocked)
            ):
                break
            kept.append((word, at))
        if len(kept) < 2 or _inside(kept[0][1], kept[0][1] + len(kept[0][0]), blocked):
            continue
        end = kept[-1][1] + len(kept[-1][0])
        if all(w.isupper() for w, _ in kept) and _CAPITALS_AFTER.match(text, end):
            continue
        name = " ".join(w.title() if w.isupper() else w for w, _ in kept)
        out.append(PersonMention(span_of(kept[0][1], end), name, None))
    return out


_LINE_LEAD = re.compile(r"[ \t•*\-–]*")
# After capitalised words, a noun that makes them a place: "the Suffolk Coast constituency",
# "the Derbyshire Dales District Council's website" (a council named after its area).
_PLACE_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:constituency|seat|(?:(?:District|Borough|County|City|Town|Parish)[^\S\n]+)?"
    r"Council\b)"
)


def _line_start(text: str, at: int) -> bool:
    """Does ``at`` open its line, after at most a bullet or dash?"""
    return _LINE_LEAD.fullmatch(text, text.rfind("\n", 0, at) + 1, at) is not None


def _inside(start: int, end: int, blocked: Sequence[tuple[int, int]]) -> bool:
    # ``blocked`` is sorted and its spans do not overlap, so only the one starting last at or
    # before ``start`` can hold the word; a scan of every span would be quadratic.
    i = bisect.bisect_right(blocked, (start, float("inf"))) - 1
    return i >= 0 and blocked[i][0] <= start and end <= blocked[i][1]


def _adjacent(text: str, end: int, start: int) -> bool:
    return text[end:start].strip() == ""
