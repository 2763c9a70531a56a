"""The scanning patterns' speed-ups change no match."""

from __future__ import annotations

import re
import string

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.entities import IGNORECASE_FOLDS, Party, PartyMatcher


def test_ignorecase_folds_are_all_the_regex_engine_has_for_ascii_letters() -> None:
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    matching = [x for x in map(chr, range(0x110000)) if any_letter.fullmatch(x)]
    for c in string.ascii_lowercase:
        pattern = re.compile(c, re.IGNORECASE)
        matched = {x for x in matching if pattern.fullmatch(x)}
        assert matched == {c, c.upper(), *IGNORECASE_FOLDS.get(c, "")}


_PARTIES = [
    Party("lab", "Labour", "Lab", ("Labour Party", "Labour's")),
    Party("ld", "Liberal Democrats", "LD", ("Lib Dems", "Lib Dem", "Liberal Democrat")),
    Party("ind", "Independent", None, (), ("independent",)),
    Party("snp", "Scottish National Party", "SNP", ("SNP",), ("snp",)),
]
_WORDS = [
    "Labour", "Lab", "Lib Dem", "Lib Dems", "Liberal Democrat", "independent", "INDEPENDENT",
    "ındependent", "İndependent", "snp", "SNP", "Scottish", "the", "-", "'s", "Labourite",
]  # fmt: skip
_NAMES = {a for p in _PARTIES for a in (p.name, *p.aliases)}
_CASELESS = {a.lower() for p in _PARTIES for a in p.caseless}


def _flat(parties: list[Party]) -> re.Pattern[str]:
    exact = sorted({a for p in parties for a in (p.name, *p.aliases)}, key=len, reverse=True)
    loose = sorted({a.lower() for p in parties for a in p.caseless}, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in exact) + "|(?i:" + "|".join(map(re.escape, loose)) + ")"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.sampled_from([" ", "", "-", ", "]))
def test_party_matches_are_the_flat_alternations(words: list[str], sep: str) -> None:
    text = sep.join(words)
    found = [(m.span.start, m.span.end) for m in PartyMatcher(_PARTIES).find(text)]
    flat = _flat(_PARTIES).finditer(text)
    # What the flat pattern matches, less what names no party ("ındependent" lower-cases to
    # itself), which the matcher drops rather than fail on.
    assert found == [m.span() for m in flat if m[0] in _NAMES or m[0].lower() in _CASELESS]


def test_a_caseless_match_that_names_no_party_is_dropped() -> None:
    # IGNORECASE matches "ı" and "İ" for "i", but lower() does not give the name back.
    matcher = PartyMatcher(_PARTIES)
    assert matcher.find("ındependent İndependent") == []
    assert [m.party.key for m in matcher.find("ındependent independent")] == ["ind"]
