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

__all__ = ["TITLES", "name_key", "person_words", "surname_key"]

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
    """A person's name as folded words, without leading titles.

    >>> person_words("Ms Rushanara Ali")
    ('rushanara', 'ali')
    >>> person_words("Dr. Séan O'Neill-Smith")
    ('sean', 'oneill', 'smith')
    """
    words = name_key(name).split()
    start = 0
    while start < len(words) - 1 and words[start] in TITLES:
        start += 1
    return tuple(words[start:])


def surname_key(name: str) -> str:
    """The last folded word of a person's name ("" for a name of titles or punctuation only).

    >>> surname_key("Mr Jim Fitzpatrick")
    'fitzpatrick'
    """
    words = person_words(name)
    return words[-1] if words else ""


# Familiar forms of given names that are not prefixes of them ("Tom" is, in effect, Thomas;
# "Chris" needs no entry, being a prefix of Christopher). Not misspellings.
_SHORT_FORMS: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "tom": "thomas", "tommy": "thomas", "mike": "michael", "mick": "michael",
        "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "lizzie": "elizabeth",
        "bill": "william", "billy": "william", "will": "william", "bob": "robert",
        "bobby": "robert", "rob": "robert", "robbie": "robert", "jim": "james",
        "jimmy": "james", "jamie": "james", "dave": "david", "steve": "stephen steven",
        "andy": "andrew", "drew": "andrew", "tony": "anthony", "ted": "edward",
        "ed": "edward edwin edmund", "harry": "henry", "jack": "john", "johnny": "john",
        "kate": "katherine catherine kathryn", "katie": "katherine catherine kathryn",
        "kath": "katherine catherine kathryn", "cathy": "catherine", "sue": "susan suzanne",
        "jo": "joanne joanna josephine", "jenny": "jennifer", "becky": "rebecca",
        "maggie": "margaret", "meg": "margaret", "peggy": "margaret", "dick": "richard",
        "rick": "richard", "rich": "richard", "ricky": "richard", "naz": "naseem",
        "sandy": "alexander alexandra sandra", "sasha": "alexander alexandra", "nick": "nicholas",
        "matt": "matthew", "pat": "patrick patricia", "chuck": "charles",
        "charlie": "charles charlotte", "di": "diana diane", "fran": "frances francesca",
        "gerry": "gerald gerard", "jerry": "gerald gerard jeremy", "greg": "gregory",
        "jeff": "jeffrey geoffrey", "geoff": "geoffrey", "ken": "kenneth", "len": "leonard",
        "les": "leslie", "nat": "natalie nathan nathaniel", "ray": "raymond", "ron": "ronald",
        "russ": "russell", "sam": "samuel samantha", "ben": "benjamin", "dan": "daniel",
        "danny": "daniel", "tim": "timothy", "vince": "vincent", "wes": "wesley",
        "kenny": "kenneth", "jonny": "jonathan", "jon": "jonathan john", "jonty": "jonathan",
        "eddie": "edward", "freddie": "frederick", "fred": "frederick", "alf": "alfred",
        "rab": "robert", "rabbie": "robert", "wullie": "william", "willie": "william",
        "dougie": "douglas", "davie": "david", "dai": "david", "ally": "alistair alasdair",
        "hamish": "james", "sammy": "samuel", "paddy": "patrick", "micky": "michael",
        "mickey": "michael", "terry": "terence", "phil": "philip phillip", "jackie": "jacqueline",
        "jess": "jessica", "maddy": "madeleine madeline", "molly": "mary", "nicky": "nicola",
        "nikki": "nicola", "vicky": "victoria", "vicki": "victoria", "sally": "sarah",
        "tess": "teresa theresa", "tessa": "teresa theresa", "trish": "patricia",
        "tricia": "patricia", "rosie": "rosemary rosalind", "ros": "rosalind rosamund",
        "alex": "alexander alexandra alexis", "lexi": "alexandra", "andi": "andrea",
        "bert": "albert herbert", "bernie": "bernard bernadette", "chrissy": "christine",
        "chrissie": "christine", "debbie": "deborah debra", "deb": "deborah debra",
        "ginny": "virginia", "hal": "henry harold",
        "josh": "joshua", "jules": "julian julia", "kit": "christopher", "liam": "william",
        "lou": "louise louis", "mandy": "amanda", "marty": "martin", "mo": "maureen mohammed",
        "norm": "norman", "ollie": "oliver", "pete": "peter", "reg": "reginald",
        "sandra": "alexandra", "stan": "stanley", "stevie": "stephen steven",
        "suzy": "susan suzanne", "toby": "tobias", "val": "valerie", "wendy": "gwendolen",
        "zac": "zachary", "zach": "zachary",
    }.items()
}  # fmt: skip


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
        or official.startswith(written)
        or written.startswith(official)
        or official in _SHORT_FORMS.get(written, frozenset())
        # The record may hold the familiar form ("Jim Shannon") and copy the full one.
        or written in _SHORT_FORMS.get(official, frozenset())
    )
