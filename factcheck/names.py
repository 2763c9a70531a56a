"""One name folding for the reader, the rules, the reference matching and the corpus facts.

Copy and the official record spell the same name differently: "Bethnal Green & Bow" and
"Bethnal Green and Bow", "Ynys Mon" and "Ynys Môn", "Ashton-Under-Lyne" and
"Ashton-under-Lyne", "Ms Rushanara Ali" and "Rushanara Ali", "O’Brien" and "O'Brien". Whoever
compares two names (the reader joining a surname to a full name, a wording rule finding the
candidate a claim is about, the reference rules finding the official record, the corpus rules
grouping two articles' figures by fact) folds both with :func:`name_key` or
:func:`person_words` from here, so that two parts of factcheck never disagree about whether two
spellings are one name.

What is folded away: letter case, accents (NFKD, combining marks dropped), "&" for "and",
apostrophes (straight and curly) and every other character that is not a letter or digit
(hyphens, full stops, commas) as a word break; and, for people, leading titles ("Ms", "Dr",
"Sir", "Cllr"). Nothing else: a misspelling is not a folding, and is left to the matchers
that measure it (:mod:`factcheck.reference.matching`).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from factcheck import compiled_re as re

__all__ = [
    "TITLES",
    "familiar_forms",
    "given_first",
    "is_surname_alone",
    "name_key",
    "person_words",
    "same_person_name",
    "seat_key",
    "seat_short_form",
    "seat_spellings",
    "surname_key",
    "surname_words",
    "written_surname",
]

TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness",
        "rev", "prof", "professor", "cllr", "councillor",
    }
)  # fmt: skip
"""Titles, folded, that may come before a person's name and are not part of it."""

_NON_WORD = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = str.maketrans({"'": None, "’": None, "‘": None, "`": None})


@lru_cache(maxsize=1 << 14)
def name_key(name: str) -> str:
    """A name with case, accents, "&"/"and", apostrophes, hyphens and punctuation folded away.

    Two spellings of one name have the same key; the key is for comparing, not for showing.

    >>> name_key("Ynys Môn") == name_key("YNYS MON")
    True
    >>> name_key("Bethnal Green & Bow")
    'bethnal green and bow'
    >>> name_key("Ashton-under-Lyne"), name_key("O’Brien")
    ('ashton under lyne', 'obrien')
    """
    text = name if name.isascii() else _strip_accents(name)
    text = text.casefold().replace("&", " and ").translate(_APOSTROPHES)
    return " ".join(_NON_WORD.sub(" ", text).split())


def _strip_accents(text: str) -> str:
    # "ß" casefolds to "ss" and "Æ" decomposes to nothing: NFKD then dropping the combining
    # marks is the folding the official files' ASCII spellings ("Ynys Mon") agree with.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 14)
def person_words(name: str) -> tuple[str, ...]:
    """A person's name as folded words, without leading titles or a generational suffix
    after the surname (the official files write "Ian Paisley", copy "Ian Paisley Jr").

    >>> person_words("Ms Rushanara Ali")
    ('rushanara', 'ali')
    >>> person_words("Dr. Séan O'Neill-Smith")
    ('sean', 'oneill', 'smith')
    >>> person_words("Mr Paisley Jr")
    ('paisley',)
    """
    words = name_key(given_first(name)).split()
    start = 0
    while start < len(words) - 1 and words[start] in TITLES:
        start += 1
    end = len(words)
    if end - start >= 2 and words[-1] in GENERATIONAL_SUFFIXES:
        end -= 1
    return tuple(words[start:end])


GENERATIONAL_SUFFIXES = frozenset({"jr", "jnr", "junior", "snr", "sr", "senior"})
"""Words after a surname that say which of a family is meant, not part of the name."""


PARTICLES = frozenset(
    "de da del della di du van von der den la le bin al el ap".split()  # noqa: SIM905
)
"""Lower-case particles that belong to the surname after them ("Ian de Wulverton", "Mabon ap
Gwynfor"), one or two of them ("Susan van de Ven"): the reader finds names with them and name
folding keeps them."""


_SURNAME_FIRST = re.compile(r"\s*(?P<surname>[^\W\d_][^,\d]*?),\s*(?P<given>[^\W\d_][^,\d]*?)\s*")


def given_first(name: str) -> str:
    """A name written surname first, as official lists write it ("KINNOCK, Stephen",
    "GRIFFITHS CLARKE, Mary"), in the usual order with the surname as written ("Stephen
    KINNOCK"); any other name as it is. Only a surname in capitals is taken for one: "Smith,
    Jane" may be two people.

    >>> given_first("JONES, Susan Elan"), given_first("Susan Elan Jones")
    ('Susan Elan JONES', 'Susan Elan Jones')
    """
    if "," not in name:
        return name
    m = _SURNAME_FIRST.fullmatch(name)
    if m is None or not m.group("surname").isupper():
        return name
    return f"{m.group('given')} {m.group('surname')}"


def _written_words(name: str) -> list[str]:
    """A person's name as written, split at spaces only, without leading titles."""
    words = given_first(name).split()
    start = 0
    while start < len(words) - 1 and name_key(words[start]) in TITLES:
        start += 1
    return words[start:]


@lru_cache(maxsize=1 << 14)
def surname_words(name: str) -> tuple[str, ...]:
    """A person's surname as folded words: the last word written, hyphenated or not, with the
    lower-case particles before it.

    >>> surname_words("Sam Wood-Brass"), surname_words("Ian de Wulverton")
    (('wood', 'brass'), ('de', 'wulverton'))
    >>> surname_words("Chris Von Ruhland"), surname_words("Van Morrison")
    (('von', 'ruhland'), ('morrison',))
    >>> surname_words("Mr Al Gore")
    ('gore',)
    """
    return tuple(name_key(" ".join(written_surname(name))).split())


def written_surname(name: str) -> tuple[str, ...]:
    """A person's surname as written: its words, unfolded ("de", "Wulverton").

    >>> written_surname("Mr Sam Wood-Brass")
    ('Wood-Brass',)
    """
    written = _written_words(name)
    return tuple(written[_surname_start(written) :])


def _surname_start(written: list[str]) -> int:
    # A particle written with a capital ("Chris Von Ruhland") is the surname's too, after a
    # given name; first in the name it is a given name of its own ("Al Gore", "Van Morrison").
    i = len(written) - 1
    while i > 0 and (
        written[i - 1] in PARTICLES or (i > 1 and written[i - 1].lower() in PARTICLES)
    ):
        i -= 1
    return max(i, 0)


def is_surname_alone(name: str) -> bool:
    """Is ``name`` a surname, with or without a title ("Fitzpatrick", "Ms Wood-Brass")?

    >>> is_surname_alone("Ms Wood-Brass"), is_surname_alone("Sam Wood-Brass")
    (True, False)
    """
    return _surname_start(_written_words(name)) == 0


def _in_order(few: tuple[str, ...], many: tuple[str, ...]) -> bool:
    it = iter(many)
    return all(w in it for w in few)


def same_person_name(written: str, official: str) -> bool:
    """Is ``written`` the official name as people write it, rather than a misspelling or
    another person? Folded by :func:`person_words`, it may be the surname alone ("Ms
    Wood-Brass"), drop or add middle names, and shorten the given name or use a familiar form
    of it ("Mike" for Michael); every other difference (a hyphenated surname's "Woods-Brass",
    a first name "Louis" for Louise) is one.

    >>> same_person_name("Mike O'Brien", "Michael James O’Brien")
    True
    >>> same_person_name("Sam Woods-Brass", "Sam Wood-Brass")
    False
    """
    w, o = person_words(written), person_words(official)
    if not w or not o:
        return False
    if len(w) >= 2 and w[-1] in _GENERATIONS:
        # "Mr Paisley Jr", "Ian Paisley Jr" for the record's Ian Paisley: the suffix tells
        # a son from his father, and is no part of the name on the ballot.
        return same_person_name(" ".join(_written_words(written)[:-1]), official)
    if w == o or o[-len(w) :] == w:
        return True  # the same, or the surname (and middle names) alone: "Duncan Smith"
    if len(w) == 1 and len(o) >= 2 and (_given_name_title(written) or len(written.split()) == 1):
        # "Sir Ed" for Ed Davey, "Dame Andrea"; "Ben" alone, as a campaign's or a local
        # paper's copy calls Ben Lake (never "Mr Ben").
        return same_given_name(w[0], o[0])
    ws, os_ = surname_words(written), surname_words(official)
    if ws != os_ or is_surname_alone(written):
        return False
    w_given, o_given = w[: len(w) - len(ws)], o[: len(o) - len(os_)]
    # Copy may use a middle name the record lists ("Boris" of "Alexander Boris ... Johnson").
    at = next((i for i, g in enumerate(o_given) if same_given_name(w_given[0], g)), None)
    if at is None:
        return False
    w_mid, o_mid = w_given[1:], o_given[at + 1 :]
    if _in_order(w_mid, o_mid) or _in_order(o_mid, w_mid):
        return True
    w_run, o_run = _initials_run(w_mid), _initials_run(o_mid)
    return _in_order(w_run, o_run) or _in_order(o_run, w_run)


_GIVEN_NAME_TITLES = frozenset({"sir", "dame"})
"""Titles, folded, said before a given name alone: a knight or dame is "Sir Ed", "Dame
Andrea", never "Sir Davey"."""


def _given_name_title(written: str) -> bool:
    """Does ``written`` open with a knight's or a dame's title ("Sir Ed")?"""
    first = written.split(maxsplit=1)[:1]
    return bool(first) and name_key(first[0]) in _GIVEN_NAME_TITLES


def _initials_run(words: tuple[str, ...]) -> tuple[str, ...]:
    """Middle initials written apart run together, as copy writes them: "David T. C. Davies"
    is "David TC Davies" (folded, ("t", "c") is ("tc",)).

    >>> _initials_run(("t", "c")), _initials_run(("thomas", "c"))
    (('tc',), ('thomas', 'c'))
    """
    out: list[str] = []
    run = ""
    for w in words:
        if len(w) == 1:
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        out.append(w)
    if run:
        out.append(run)
    return tuple(out)


def surname_key(name: str) -> str:
    """The last folded word of a person's name ("" for a name of titles or punctuation only).

    >>> surname_key("Mr Jim Fitzpatrick")
    'fitzpatrick'
    """
    words = person_words(name)
    if len(words) >= 2 and words[-1] in _GENERATIONS:
        return words[-2]  # "Ian Paisley Jr": Paisley
    return words[-1] if words else ""


_GENERATIONS = frozenset(("jr", "jnr", "junior", "snr", "sr", "senior"))


@lru_cache(maxsize=1)
def familiar_forms() -> frozenset[tuple[str, str]]:
    """Pairs (familiar form, given name), folded: ("ged", "gerard"), ("becca", "rebecca").

    From ``data/familiar-names.txt``, compiled by hand (its header says from what); read on
    first use, not at import, so that a run comparing no names never pays for it.
    """
    from factcheck.package_data import package_root

    text = package_root().joinpath("data/familiar-names.txt").read_text("utf-8")
    pairs: set[tuple[str, str]] = set()
    for line in text.splitlines():
        full, colon, forms = line.partition(":")
        if not colon or line.startswith("#"):
            continue
        pairs.update((name_key(form), name_key(full)) for form in forms.split())
    return frozenset(pairs)


def same_given_name(written: str, official: str) -> bool:
    """Is ``written`` a form of the given name ``official``: the same, shortened ("Chris"),
    or a familiar form ("Tom" for Thomas, "Liz" for Elizabeth, or "James" where the record
    has "Jim")? Both folded by :func:`person_words`.

    >>> same_given_name("mike", "michael"), same_given_name("james", "jim")
    (True, True)
    >>> same_given_name("mike", "mark")
    False
    """
    return (
        written == official
        or _shortened(written, official)
        or _shortened(official, written)
        or (written, official) in familiar_forms()
        # The record may hold the familiar form ("Becca Martin") and copy the full one.
        or (official, written) in familiar_forms()
    )


# -- constituencies as copy writes them ---------------------------------------------------------

_COMPASS: tuple[tuple[str, ...], ...] = (
    ("north", "east"), ("north", "west"), ("south", "east"), ("south", "west"),
    ("north",), ("south",), ("east",), ("west",), ("mid",), ("central",),
)  # fmt: skip
_TOWN_ON_RIVER = frozenset({"upon", "on", "under"})
# Words of a two-word seat's name that are no place of their own: "Belfast North", "The
# Wrekin", "Richmond Park" are never written "X and Y".
_NOT_A_PLACE = frozenset(
    {"north", "south", "east", "west", "mid", "central", "the", "city", "of", "park", "valley"}
)


def _compass_moved(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The compass point at the other end: "Belfast North" as "North Belfast", "North East
    Hampshire" as "Hampshire North East", "West Aberdeenshire and Kincardine" as
    "Aberdeenshire West and Kincardine" (the order older records and the BBC used)."""
    for c in _COMPASS:
        n = len(c)
        if len(words) <= n:
            continue
        if words[:n] == c and words[n] != "and":
            return (words[n], *c, *words[n + 1 :])
        if words[-n:] == c and "and" not in words:
            return (*c, *words[:-n])
    return None


@lru_cache(maxsize=4096)
def seat_spellings(name: str) -> tuple[tuple[str, ...], ...]:
    """The ways copy writes an official constituency's name, as words folded by
    :func:`name_key`; the official spelling first.

    Besides the folding (case, accents, "&", hyphens: "Stoke on Trent North"): the compass
    point at the other end ("North Belfast", "Hampshire North East"); "Durham, City of" for
    "City of Durham"; a town without its river ("Hull East", "Newcastle North", "Stoke
    North"); Derry for Londonderry ("East Derry"); a name opening "The" without it, as copy
    writes "MP for the Wrekin" ("Wrekin"); a name of two parts joined by "and" with the parts
    swapped ("Outwood and Morley" for "Morley and Outwood"), or with "/" or nothing for the
    "and" when that leaves three words or more ("Fermanagh/South Tyrone", "Fermanagh South
    Tyrone"), or with the second part's compass point at its end ("Harwich and Essex North",
    as the BBC wrote it); the last place after "and" without its "-shire" ("Brecon and Radnor").
    Capitals are folded away, so "MORLEY AND OUTWOOD" is the official spelling.
    Whether a spelling names one seat only is for the caller, who knows the other names.

    >>> seat_spellings("Stoke-on-Trent North")  # doctest: +NORMALIZE_WHITESPACE
    (('stoke', 'on', 'trent', 'north'), ('north', 'stoke', 'on', 'trent'),
     ('stoke', 'north'), ('north', 'stoke'))
    >>> seat_spellings("The Wrekin")
    (('the', 'wrekin'), ('wrekin',))
    >>> seat_spellings("Fermanagh and South Tyrone")  # doctest: +NORMALIZE_WHITESPACE
    (('fermanagh', 'and', 'south', 'tyrone'), ('south', 'tyrone', 'and', 'fermanagh'),
     ('fermanagh', 'south', 'tyrone'), ('fermanagh', 'and', 'tyrone', 'south'))
    """
    words = tuple(name_key(name).split())
    if not words:
        return ()
    bases = [words]
    if len(words) >= 4 and words[1] in _TOWN_ON_RIVER:
        # "Kingston upon Hull East" is "Hull East"; "Newcastle upon Tyne North" "Newcastle
        # North". Only with words after the river: "Stratford" is not "Stratford-on-Avon".
        bases.append((words[2], *words[3:]) if words[0] == "kingston" else (words[0], *words[3:]))
    if len(words) > 2 and words[:2] == ("city", "of"):
        bases.append((*words[2:], "city", "of"))
    if "londonderry" in words:
        bases.append(tuple("derry" if w == "londonderry" else w for w in words))
    if len(words) > 1 and words[0] == "the":
        bases.append(words[1:])
    if words[-2:-1] == ("and",) and words[-1].endswith("shire") and len(words[-1]) >= 9:
        # "Brecon and Radnor" for "Brecon and Radnorshire": the second place's county
        # without its "-shire", as copy names the seat (only right after "and": "North
        # Hereford" is no way of writing "North Herefordshire", nor "Ochil and South Perth"
        # of "Ochil and South Perthshire").
        bases.append((*words[:-1], words[-1][:-5]))
    out: list[tuple[str, ...]] = []
    for base in bases:
        for spelt in (base, _compass_moved(base)):
            if spelt is not None and spelt not in out:
                out.append(spelt)
    for spelt in _two_parts(name, words):
        if spelt not in out:
            out.append(spelt)
    return tuple(out)


def _two_parts(name: str, words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A name of two parts joined by "and" with the parts swapped ("Outwood and Morley"),
    and with the "and" left out ("Fermanagh South Tyrone"; "Fermanagh/South Tyrone" folds to
    the same words). Not a name of three parts or more ("Dumfriesshire, Clydesdale and
    Tweeddale"): which to swap is not known. The "and" is left out only from three words or
    more: "Gordon Buchan" is as likely a person as Gordon and Buchan. A name of two places
    with no "and" (the Welsh seats of 2024, "Bangor Aberconwy", "Ceredigion Preseli") is
    written with one as often: "Bangor and Aberconwy"."""
    if len(words) == 2 and not _NOT_A_PLACE.intersection(words):
        return ((words[0], "and", words[1]),)
    if "," in name or words.count("and") != 1:
        return ()
    at = words.index("and")
    first, second = words[:at], words[at + 1 :]
    if not first or not second:
        return ()
    out = [(*second, "and", *first)]
    if len(first) + len(second) >= 3:
        out.append((*first, *second))
    # The second part's compass point at its other end, as the BBC wrote it: "Harwich and
    # Essex North", "Ochil and Perthshire South".
    moved = _compass_moved(second)
    if moved is not None:
        out.append((*first, "and", *moved))
    return tuple(out)


_SHORT_BREAK = re.compile(r",|\s(?:and|&)\s", re.IGNORECASE)


def seat_short_form(name: str) -> tuple[str, ...] | None:
    """The first part of a constituency's name of several ("Dumfriesshire" of "Dumfriesshire,
    Clydesdale and Tweeddale", "Carmarthen West" of "Carmarthen West and South
    Pembrokeshire"), folded; None for a name of one part. Copy uses it with "seat" or
    "constituency" after it ("his Dumfriesshire seat").

    >>> seat_short_form("Dumfriesshire, Clydesdale and Tweeddale")
    ('dumfriesshire',)
    >>> seat_short_form("Arfon"), seat_short_form("Manchester, Gorton")
    (None, None)
    """
    if "and" not in name_key(name).split():
        return None  # "Manchester, Gorton" is one place: "Manchester" is not its short form
    first = _SHORT_BREAK.split(name, maxsplit=1)[0]
    words = tuple(name_key(first).split())
    return words or None


def seat_district(name: str) -> tuple[str, ...] | None:
    """The district of a city's seat written "City, District" ("Perry Barr" of "Birmingham,
    Perry Barr"), folded, when it is two words or more: copy names a city's seats by their
    district alone ("except Perry Barr, where Khalid Mahmood was ousted"). None for a name
    of any other shape, a district of one word ("Test", "Pavilion", "Walton": words as often
    as places) or one naming no place ("Durham, City of").

    >>> seat_district("Birmingham, Perry Barr"), seat_district("Birmingham Perry Barr")
    (('perry', 'barr'), None)
    >>> seat_district("Southampton, Test"), seat_district("Durham, City of")
    (None, None)
    """
    city, comma, district = name.partition(",")
    if not comma or " " in city.strip() or "and" in name_key(name).split():
        return None
    words = tuple(name_key(district).split())
    if len(words) < 2 or "of" in words or "city" in words:
        return None
    return words


def seat_key(name: str) -> str:
    """A constituency's name as a bag of words: the same words in any order, without "the",
    "city" and "of", Kingston upon Hull as Hull ("Devon East" is "East Devon", "Durham, City
    of" is "City of Durham").

    >>> seat_key("Devon East") == seat_key("East Devon")
    True
    """
    key = name_key(name).replace("kingston upon hull", "hull")
    return " ".join(sorted(w for w in key.split() if w not in ("the", "city", "of")))


def _shortened(short: str, full: str) -> bool:
    # "Chris" of Christopher, "J" of James; but "Ann" is not Anne shortened, it is another
    # spelling: a shortening drops two letters or more.
    return full.startswith(short) and (len(short) == 1 or len(full) - len(short) >= 2)
