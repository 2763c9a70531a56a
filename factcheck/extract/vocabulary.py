"""Words the readings share: directions of change, quantities, and the cues that say a number
is a count of votes, a share or a placing.

A pattern used by one reading lives in that reading's module; only what several readings (or
the prefilter) test lives here, so a change of wording is made once.
"""

from __future__ import annotations

import re

from factcheck.models import Direction, Quantity

UP = (
    "up|rose|risen|rising|rise|rises|increased|increase|increases|increasing|gained|gain|gains"
    "|gaining|grew|grown|growing|jumped|jump|climbed|climbing|boosted|boost|higher|soared|surged"
    "|extended|extending|improved"
)
DOWN = (
    "down|fell|fallen|falling|fall|falls|decreased|decrease|decreasing|dropped|drop|drops"
    "|dropping|lost|losing|cut|cutting|reduced|reducing|slipped|slipping|slumped|declined"
    "|decline|lower|shrank|shrunk|halved|narrowed"
)
DIRECTION_WORD = re.compile(rf"\b(?:(?P<up>{UP})|(?P<down>{DOWN}))\b", re.IGNORECASE)
QUANTITY_WORD = re.compile(
    r"\b(?P<q>turnout|majority|majorities|share(?:\s+of\s+the\s+votes?)?|shares|vote share"
    r"|votes?)\b",
    re.IGNORECASE,
)
_QUANTITIES = {
    "turnout": Quantity.TURNOUT,
    "majority": Quantity.MAJORITY,
    "majorities": Quantity.MAJORITY,
    "share": Quantity.SHARE,
    "shares": Quantity.SHARE,
    "vote share": Quantity.SHARE,
    "vote": Quantity.VOTES,
    "votes": Quantity.VOTES,
}
POSSESSIVE = r"(?:his|her|their|its|the|a|an)"

VOTES_AFTER = re.compile(r"^\s*(?:of\s+the\s+)?(?:valid\s+)?votes?\b|^\s+ballots\b", re.I)
SHARE_CUE_AFTER = re.compile(
    r"^\s*(?:share|of\s+the\s+(?:vote|votes|poll|share)|vote\s+share|of\s+votes)\b", re.I
)
RANK_BEFORE = re.compile(
    r"\b(?:came|come|comes|coming|finished|finishing|finish|placed|followed\s+in|was|were"
    r"|is|in|into|pushed\s+into|back\s+in|ended\s+up)\s+$",
    re.IGNORECASE,
)
PRONOUN_START = re.compile(r"^\s*(?:She|He)\b")
CLAUSE_BREAK = re.compile(r"[;:]|\bwhile\b|\bbut\b|\bwhereas\b")
MAJORITY_CHANGE = re.compile(
    rf"\b(?P<dir>{UP}|{DOWN})\s+(?:his|her|their|its|the)\s+majority\b", re.IGNORECASE
)
_SINCE = re.compile(
    r"\b(?:from|since|compared\s+(?:to|with)|than(?:\s+in)?|on)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def direction(word: str | None) -> Direction | None:
    """The direction a word of change states: "rose" is up, "slumped" down."""
    if not word:
        return None
    m = DIRECTION_WORD.fullmatch(word)
    if m is None:
        return None
    return Direction.UP if m.group("up") else Direction.DOWN


def quantity(word: str | None) -> Quantity | None:
    """The quantity a noun names: "majority", "turnout", "share of the vote"."""
    if not word:
        return None
    # "share of the vote" is a share, whatever noun it ends with.
    return _QUANTITIES.get(
        " ".join(word.lower().split()[:1]) if word.lower().startswith("share") else word.lower()
    )


def last_quantity(text: str) -> Quantity | None:
    """The quantity named last in ``text``."""
    found = None
    for m in QUANTITY_WORD.finditer(text):
        found = m.group("q")
    return quantity(found)


def since(after: str) -> str | None:
    """The year a change is measured from: "… since 2015", "compared with 2017"."""
    m = _SINCE.search(after[:80])
    return m.group("year") if m else None
