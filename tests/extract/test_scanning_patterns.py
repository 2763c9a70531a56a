"""The scanning patterns' speed-ups change no match."""

from __future__ import annotations

import re
import string
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from factcheck import compiled_re
from factcheck.extract import numbers
from factcheck.extract import text as text_module
from factcheck.extract.entities import IGNORECASE_FOLDS, Party, PartyMatcher
from factcheck.packs import default_pack


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


# -- patterns opening with one character class or literal, so the engine skips in C -------

_PIECES = [
    "North", "north", "south-west", "Mid", "mid", "east", "West", "Ali", "O'Neill", "’s", "'s",
    "-", " ", "  ", "\n", ",", ";", ":", "while", "awhile", "but", "butter", "whereas", "Édith",
    "Ørsted", "x", "2019", "Wood-Brass", "’", "'", "b", "w", "–", "held", "won", "re-election",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


_SEAT_START_PLAIN = re.compile(
    r"(?=[A-ZÀ-ÖØ-Þnsewm])(?<![\w'’-])(?:[A-ZÀ-ÖØ-Þ][\w'’-]*"
    r"|(?:north|south|east|west|mid)(?=[ -](?:east[ -]|west[ -])?[A-Z]))"
)


@given(_TEXTS, st.integers(0, 20))
def test_surnames_are_the_lookahead_form(text: str, pos: int) -> None:
    from factcheck.extract.reader import _SURNAME

    surname = re.compile(r"(?=[A-ZÀ-ÖØ-Þ])(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’-]*?)(?=['’]s\b|[^\w'’-]|$)")
    got = [(m.span(), m.group(0)) for m in _SURNAME.finditer(text, pos)]
    assert got == [(m.span(), m.group(0)) for m in surname.finditer(text, pos)]


@given(_TEXTS)
def test_seat_starts_are_the_one_patterns_matches(text: str) -> None:
    from factcheck.extract.entities import _seat_starts

    # The capitalised words and the compass points, found apart, are the one pattern's
    # matches, place for place.
    want = [(m.start(), m.group()) for m in _SEAT_START_PLAIN.finditer(text)]
    assert _seat_starts(text) == want


def test_seat_starts_find_a_compass_point_only_before_a_capital() -> None:
    from factcheck.extract.entities import _seat_starts

    text = "In north-east Fife and mid Ulster, the least west of Wales; amid Norwich"
    assert _seat_starts(text) == [
        (0, "In"), (3, "north"), (14, "Fife"), (23, "mid"), (27, "Ulster"), (53, "Wales"),
        (65, "Norwich"),
    ]  # fmt: skip


@given(_TEXTS, st.integers(0, 20))
def test_clause_breaks_are_the_class_form(text: str, pos: int) -> None:
    from factcheck.extract.vocabulary import CLAUSE_BREAK

    plain = re.compile(r"[;:]|w(?<!\w\w)hile\b|b(?<!\w\w)ut\b|w(?<!\w\w)hereas\b")
    assert [m.span() for m in CLAUSE_BREAK.finditer(text, pos)] == [
        m.span() for m in plain.finditer(text, pos)
    ]


@given(st.lists(st.sampled_from(["held", "hold", "won", "win", "re-election", "x"]), min_size=1),
       _TEXTS)  # fmt: skip
def test_substrings_finds_a_word_wherever_one_occurs(words: list[str], text: str) -> None:
    from factcheck.extract.text import substrings

    found = substrings(words).search(text)
    assert (found is not None) == any(w in text for w in words)
    if found is not None:  # the first place any of them starts, and one of them
        assert found.start() == min(text.find(w) for w in words if w in text)
        assert found.group(0) in words


# The sentence boundary as it was written before its character class came first.
_BOUNDARY_FLAT = re.compile(
    r"[.!?…]+[\"'”’)\]]*(?=\s|—)|\n[ \t]*(?=\n|[#>|*+-]|\d{1,3}[.)]\s)|\n(?=[ \t]*$)"
)


@given(st.text(alphabet=".!?…\n \t\"'”’)]#>|*+-—12a", max_size=40))
def test_sentence_boundaries_are_the_flat_alternation(text: str) -> None:
    found = [(m.span(), m.group()) for m in text_module._BOUNDARY.finditer(text)]
    assert found == [(m.span(), m.group()) for m in _BOUNDARY_FLAT.finditer(text)]


def _first_chars(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """Every character a match of the parsed ``items`` can open with, and whether it can
    match nothing (as ``compiled_re`` works them out for its lookaheads)."""
    codes, categories, empty = compiled_re._first_chars(items)
    assert not categories
    return {chr(x) for x in codes}, empty


def _without_first_class(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = re.sub(r"^\(\?<!\\w\)\(\?=\[[^]]*\]\)", r"(?<!\\w)", pattern.pattern)
    assert source != pattern.pattern
    return re.compile(source, pattern.flags)


@given(st.sampled_from([default_pack().hedge_phrases, ("roughly", "~", "ça et là", "ßome")]))
def test_the_number_patterns_first_class_holds_every_first_character(
    hedges: tuple[str, ...],
) -> None:
    from re import _parser  # type: ignore[attr-defined]

    pattern = numbers._compile(hedges)
    body = _without_first_class(pattern)
    firsts, empty = _first_chars(_parser.parse(body.pattern, body.flags).data)
    assert not empty
    assert firsts <= set(re.findall(r"\\?(.)", numbers._first_class(hedges)[1:-1]))


_NUMBER_WORDS = [
    "about", "About", "nearly", "~", "c.", "more than", "5", "15,906", "67.3", ".5", "-3",
    "−2", "+4", "£5m", "US$3", "HK$", "A$2", "one", "Two-thirds", "a third", "half", "third",
    "June 8", "8th", "twenty-first", "1980s", "per cent", "pc", "%", "points", "votes", "seat",
    "in", "of", "x", "Nearly", "Some", "(", ")", ":", "—",
]  # fmt: skip


@given(st.lists(st.sampled_from(_NUMBER_WORDS), max_size=14), st.sampled_from([" ", "", ", ", "-"]))
def test_the_number_pattern_matches_as_without_its_first_class(words: list[str], sep: str) -> None:
    text = sep.join(words)
    pattern = numbers.number_pattern()
    plain = _without_first_class(pattern)
    assert [m.groupdict() | {"": m.span()} for m in pattern.finditer(text)] == [
        m.groupdict() | {"": m.span()} for m in plain.finditer(text)
    ]


def test_the_winner_pattern_is_searched_for_by_its_first_characters() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from factcheck.extract.claims.outcomes import _WINNER

    # compiled_re gives the engine the letters every wording opens with (no word character
    # at large, no empty match), so it skips the places no wording can start at.
    assert compiled_re.lead(_parser.parse(_WINNER.pattern, _WINNER.flags), _WINNER.flags)
    firsts, empty = _first_chars(_parser.parse(_WINNER.pattern, _WINNER.flags).data)
    assert not empty
    assert firsts == set("bcehikrstw")


# Pieces of the winner wordings (each alternative's opening, in the pattern's case and not),
# and words that only look like them.
_WINNER_PIECES = [
    "Jane Smith", "was", "is", "has been", "re-elected", "reelected", "returned to Parliament",
    "returned as MP for Bath", "elected", "with 20,783 votes", "held", "won", "the seat",
    "his marginal seat", "topped the poll", "emerged victorious", "secured re-election",
    "remains the MP", "for Bath", "returns to Westminster", "clinched her seat",
    "claimed victory", "in Bath", "romped to victory", "celebrating his win", "became the MP",
    "by 92 votes", "to remain in the seat", "Was", "Held", "Won", "thewon", "keeps", "kept",
    "which", "Topped", "Elected", ",", ".", "\n",
]  # fmt: skip


@given(st.lists(st.sampled_from(_WINNER_PIECES), max_size=10), st.sampled_from([" ", "", "  "]))
def test_the_winner_pattern_matches_as_re_compiles_it(words: list[str], sep: str) -> None:
    from factcheck.extract.claims.outcomes import _WINNER

    text = sep.join(words)
    plain = re.compile(_WINNER.pattern, _WINNER.flags)  # re's own: searched everywhere
    assert [m.groupdict() | {"": m.span()} for m in _WINNER.finditer(text)] == [
        m.groupdict() | {"": m.span()} for m in plain.finditer(text)
    ]
