"""A sentence's cue test never turns away a sentence its pattern would match.

The readings test a sentence's folded words (``Frame.says``) or folded text (``Frame.holds``)
before trying a pattern that ignores case; a cue set missing one wording would make the
reader silently miss what the pattern reads. Each pair below is checked on text built from
the pattern's own words, in every case the regex engine folds ("ı", "ſ", "İ", "K").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants, _parser  # type: ignore[attr-defined]
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import entities, frame, reader
from factcheck.extract.claims import (
    changes,
    margins,
    outcomes,
    people,
    ranks,
    results_lists,
    seats,
    stated_results,
    turnout,
    voters_choice,
    win_nouns,
)
from factcheck.extract.entities import ContestMention
from factcheck.extract.text import Sentence, cue_words, fold_case, substrings, words_of
from factcheck.extract.vocabulary import (
    BY_MARGIN_BEFORE,
    DIRECTION_WORDS,
    MAJORITY_CHANGE,
    OTHER_TIME_CUES,
    other_time,
)
from factcheck.models import Span, span_of
from factcheck.packs import default_pack


def _says(cues: frozenset[str]) -> Callable[[str], bool]:
    return lambda text: not cues.isdisjoint(words_of(text))


def _holds(cues: tuple[str, ...]) -> Callable[[str], bool]:
    return lambda text: any(c in fold_case(text) for c in cues)


# (name, the pattern's test of a text, the cue test, wordings the pattern matches)
_PAIRS: list[tuple[str, Callable[[str], bool], Callable[[str], bool], list[str]]] = [
    (
        "held before",
        lambda t: bool(frame._HELD_BEFORE.search(t)),
        _holds(frame._HELD_CUES),
        [
            "entered this poll with a majority of ",
            "going into the election ",
            "was defending a majority of ",
            "lost her majority",
            "her previous majority",
            "notional",
        ],
    ),
    (
        "gone after",
        lambda t: bool(frame._GONE_AFTER.search(t)),
        _holds(frame._GONE_CUES),
        [
            " has staggeringly been lost",
            " was wiped out",
            " had been overturned",
            " were erased",
            " have overcome",
            " was swept away",
        ],
    ),
    (
        "nation-wide",
        lambda t: bool(frame._NATIONWIDE.search(t)),
        _holds(frame._NATION_WORDS),
        ["across Scotland", "UK-wide", "nationally", "in the United Kingdom"],
    ),
    (
        "nation-wide, as words",
        lambda t: bool(frame._NATIONWIDE.search(t)),
        _says(frame._NATION_CUES),
        [
            "across Scotland",
            "in Wales",
            "throughout England",
            "around Northern Ireland",
            "in the UK",
            "across all of the United Kingdom",
            "in Great Britain",
            "across the country",
            "in the nation",
            "nationally",
            "nationwide",
            "UK-wide",
            "Scotland-wide",
            "Wales-wide",
            "country-wide",
            "across the board",
        ],
    ),
    (
        "forecast",
        lambda t: bool(frame._FORECAST.search(t)),
        lambda t: frame._may_hold(fold_case(t), frame._FORECAST_WORDS),
        [
            "the opinion poll",
            "exit polls",
            "a straw poll",
            "polling suggested",
            "a mock election",
            "the survey",
            "forecasts",
            "the projection",
            "predictions",
            "an MRP",
        ],
    ),
    (
        "change before",
        lambda t: bool(frame._CHANGE_BEFORE.search(t)),
        _says(frame._CHANGE_BEFORE_CUES),
        [
            "gaining an extra ",
            "losing ",
            "a further ",
            "additional ",
            "another ",
            "shedding some ",
            "gained around ",
            "lost almost ",
            "adds ",
        ],
    ),
    (
        "change after",
        lambda t: bool(frame._CHANGE_AFTER.search(t)),
        _holds(frame._CHANGE_AFTER_CUES),
        [" more votes", "% fewer", " of the vote since 2019"],
    ),
    (
        "beaten before",
        lambda t: bool(frame._BEATEN_BEFORE.search(t)),
        _says(frame._BEATEN_CUES),
        [
            "beat the SNP's ",
            "saw off ",
            "unseated ",
            "ousts the ",
            "took the Leeds North West seat from ",
            "wrested the seat from the Tory ",
        ],
    ),
    (
        "amount before",
        lambda t: bool(changes._AMOUNT_BEFORE.search(t)),
        _says(DIRECTION_WORDS),
        [
            "up ",
            "increasing her majority by ",
            "fell by about ",
            "slumped ",
            "boosted the party's share ",
        ],
    ),
    (
        "previous level",
        lambda t: bool(changes._PREVIOUS_BEFORE.search(t)),
        _says(changes._PREVIOUS_CUES),
        ["down from ", "compared with ", "against "],
    ),
    (
        "majority change",
        lambda t: bool(MAJORITY_CHANGE.search(t)),
        _says(DIRECTION_WORDS),
        ["increased his majority", "cut her majority"],
    ),
    (
        "seat tally",
        lambda t: bool(seats._SEAT_BEFORE.search(t)),
        _says(seats.SEAT_CUES),
        ["Labour won ", "gained a net ", "holding another ", "lost a further ", "hold "],
    ),
    (
        "not a result",
        lambda t: bool(people._NOT_A_RESULT.search(t)),
        lambda t: _says(people._NOT_A_RESULT_CUES)(t) or "election" in fold_case(t),
        [
            "would",
            "set to",
            "by-election",
            "byelection",
            "police and crime",
            "poll suggests",
            "aims to",
            "hoping",
        ],
    ),
    (
        "other time",
        lambda t: other_time(t, 0, len(t), None) is not None,
        _holds(OTHER_TIME_CUES),
        [
            "at the last election",
            "two years ago",
            "in 2017",
            "first elected",
            "previously",
            "in the past",
        ],
    ),
    (
        "majority before",
        lambda t: bool(margins._MAJORITY_BEFORE.search(t)),
        _holds(("majority",)),
        ["a majority of ", "Majority: ", "majority stood at just "],
    ),
    (
        "by before",
        lambda t: bool(BY_MARGIN_BEFORE.search(t)),
        _says(frozenset({"by"})),
        ["by ", "by a wafer-thin ", "by just "],
    ),
    (
        "rank from",
        lambda t: bool(ranks._RANK_FROM.search(t)),
        _says(frozenset({"from"})),
        ["dropped from ", "slid from "],
    ),
    (
        "pushed into",
        lambda t: bool(ranks._PUSHED_INTO.search(t)),
        _says(frozenset({"into"})),
        ["beat Labour into ", "pushed the Tories into "],
    ),
    (
        "earlier election",
        lambda t: bool(stated_results._EARLIER.search(t)),
        _holds(stated_results._EARLIER_CUES),
        [
            "since",
            "until",
            "till",
            "between",
            "in 2015",
            "in the 1997",
            "from 2010",
            "in a by-election",
            "at this year's byelections",
            "at last week’s by-election",
            "two years ago",
            "12 years before",
            "at the last election",
            "the previous general election",
            "last time",
            " 2017",
            " in the 2019",
        ],
    ),
    (
        "a place or its voters choosing",
        lambda t: bool(voters_choice._PLACE_SUBJECT.search(t)),
        _holds(voters_choice._PLACE_WORDS),
        [
            "The city re-elected ",
            "the remain-voting town returned ",
            "Its voters have elected ",
            "Voters returned ",
            "Electors re-elects ",
            "Constituents have once again returned ",
            "the island elected ",
        ],
    ),
    (
        "becoming the seat's MP",
        lambda t: bool(outcomes._WINNER.search(t)),
        lambda t: any(c in t for c in outcomes._WINNER_CUES),
        [
            "becomes Cambridge MP",
            "has become Stroud's first ever female MP",
            "becoming the new MP",
            "became its first Member of Parliament",
        ],
    ),
    (
        "a win as a noun",
        lambda t: bool(
            win_nouns._POSSESSIVE_WIN.search(t)
            or win_nouns._PRONOUN_WIN.search(t)
            or win_nouns._TO_VICTORY.search(t)
            or win_nouns._TAKES_VICTORY.search(t)
        ),
        _holds(win_nouns.WIN_NOUN_CUES),
        [
            "'s victory",
            "’s shock win",
            "his victory",
            "her famous win",
            "cruised to victory",
            "eased to a comfortable victory",
            "romped home to victory",
            "pulled off a sensational victory",
            "claims comfortable victory",
            "celebrated his win",
        ],
    ),
    (
        "a member's title with no seat",
        lambda t: bool(win_nouns.TITLE.search(t)),
        lambda t: any(c in t.lower() for c in win_nouns.TITLE_CUES),
        [
            "the new MP",
            "Newly elected Tory MP",
            "newly-elected Member of Parliament",
            "Elected MP",
            "the town's next Labour MP",
            "the new MP for the constituency",
        ],
    ),
    (
        "winner",
        lambda t: bool(outcomes._WINNER.search(t)),
        lambda t: outcomes._any(t, outcomes._WINNER_CUES),
        [
            "is re-elected",
            "was reelected",
            "was returned to Parliament",
            "has been returned as MP for Bath",
            "was elected as MP for",
            "was elected Labour MP for Luton",
            "is the new Labour MP for",
            "was declared the winner in Bath",
            "was voted in to",
            "has won the election in Gower",
            "held the seat",
            "kept his marginal seat",
            "holds seat",
            "topped the poll",
            "emerged victorious",
            "secured re-election",
            "remains the MP for Bath",
            "returns to Westminster",
            "clinched the seat",
            "claimed victory in Gower",
            "is our new MP here",
            "romped to victory in Moray",
            "celebrated his win in North Down",
            "celebrates his Stafford win",
            "became the MP for Bath",
            "triumphed in Gower",
            "was victorious",
            "won with 45%",
            "won by 98 votes",
            "Smith elected with 20,783 votes",
            "Jane Smith elected as MP for Gower",
            "to stay in the seat",
            "romped home in Workington",
            "Tories romp home by 3,925",
        ],
    ),
    (
        "not a result",
        lambda t: bool(stated_results._NOT_A_RESULT.search(t)),
        lambda t: (
            _says(stated_results._NOT_A_RESULT_WORDS)(t)
            or "n't" in fold_case(t)
            or "n’t" in fold_case(t)
        ),
        [
            "not",
            "never",
            "no longer",
            "nor",
            "neither",
            "failed",
            "failing",
            "unable",
            "would",
            "could",
            "hoped",
            "expected",
            "likely",
            "set to",
            "bid to",
            "aims to",
            "trying to",
            "came close to",
            "nearly lost",
            "almost took",
            "avoided losing",
            "tipped",
            "if",
            "unless",
            "odds",
            "chances",
            "feared",
            "predictions",
            "forecasted",
            "projected",
            "defying",
            "defied",
            "didn't",
            "won’t",
        ],
    ),
    (
        "turnout",
        lambda t: any(
            p.search(t) for p in (turnout._TURNOUT, turnout._TURNOUT_AFTER, turnout._TURNOUT_LABEL)
        ),
        _holds(("turnout",)),
        ["turnout was ", "Turnout: ", " turnout"],
    ),
]


def _vocabulary(examples: list[str]) -> list[str]:
    # The pattern's own wordings, so that generated text often matches it, and a few words
    # of the cue sets of the others.
    words = {w for e in examples for w in re.findall(r"[A-Za-z]+|\d+", e)}
    return sorted(words | {"votes", "majority", "the", "a", "in", "2017", "up", "by"})


_ODD = str.maketrans({"i": "ı", "s": "ſ", "k": "\u212a"})
_SPELLINGS: list[Callable[[str], str]] = [
    str.lower,
    str.upper,
    str.title,
    lambda w: w.lower().translate(_ODD),  # the letters the engine folds to i, s and k
    lambda w: w.upper().replace("I", "İ"),
]


def _spelling(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from(_SPELLINGS).map(lambda spell: spell(word))


@pytest.mark.parametrize("name", [p[0] for p in _PAIRS])
def test_every_listed_wording_matches_its_pattern_and_passes_its_cue_test(name: str) -> None:
    _, pattern, cue, examples = next(p for p in _PAIRS if p[0] == name)
    for text in examples:
        assert pattern(text), text
        assert cue(text), text


@pytest.mark.parametrize("name", [p[0] for p in _PAIRS])
@given(data=st.data())
def test_a_text_the_pattern_matches_passes_the_cue_test(name: str, data: st.DataObject) -> None:
    _, pattern, cue, examples = next(p for p in _PAIRS if p[0] == name)
    words = st.lists(st.sampled_from(_vocabulary(examples)), max_size=4)
    seps = st.sampled_from([" ", "  ", ", ", "-", "'s ", "’s ", ": ", " – ", "\n"])
    # One of the pattern's wordings, spelt in any case the engine folds, among other words
    # (often none on one side: some patterns are anchored at the text's start or end).
    before = "".join(data.draw(_spelling(w)) + data.draw(seps) for w in data.draw(words))
    after = "".join(data.draw(seps) + data.draw(_spelling(w)) for w in data.draw(words))
    text = before + data.draw(_spelling(data.draw(st.sampled_from(examples)))) + after
    if pattern(text):
        assert cue(text), text


def test_fold_case_keeps_offsets_and_folds_as_the_regex_engine_does() -> None:
    text = "İN ıt ſeat \u212aILMARNOCK Ünited"
    folded = fold_case(text)
    assert len(folded) == len(text)
    assert folded == "in it seat kilmarnock ünited"
    assert cue_words("up  down\nup") == frozenset({"up", "down"})


_FOLD_ALPHABET = "aAbΣσςİıſ\u212aéÉ .\n–"


@given(text=st.text(alphabet=_FOLD_ALPHABET, max_size=30), data=st.data())
def test_a_slice_of_the_story_folded_once_is_the_fold_of_the_slice(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    # As the reader gives it (str.lower, unless the text holds a letter fold_case changes
    # first), and as the state makes it itself.
    given_low = None if any(c in text for c in reader._FOLDED_FIRST) else text.lower()
    for low in (given_low, None):
        state = frame.ReadState(text=text, pack=default_pack(), quotes=[], low=low)
        assert state.folded(start, end) == fold_case(text[start:end])
    if given_low is not None:
        # Then a sentence's Frame.lower is sliced from it too.
        assert given_low[start:end] == text[start:end].lower()


# re's own build of the pattern, searched for everywhere (compiled_re's skips the places no
# match can start at).
_NATIONWIDE_PLAIN = re.compile(frame._NATIONWIDE.pattern, frame._NATIONWIDE.flags)


_NATION_WORDINGS = next(p[3] for p in _PAIRS if p[0] == "nation-wide, as words")


@given(data=st.data())
def test_the_nation_wide_pattern_matches_as_re_compiles_it(data: st.DataObject) -> None:
    # The pattern's own wordings, each spelt in a case the engine folds, among other words.
    parts = data.draw(
        st.lists(
            st.sampled_from([*_NATION_WORDINGS, "in", "the", "x", "wide"]).flatmap(_spelling),
            max_size=6,
        )
    )
    seps = st.sampled_from([" ", "  ", "-", ", ", "\n", "ı", "_"])
    text = "".join(part + data.draw(seps) for part in parts)
    spans = [m.span() for m in frame._NATIONWIDE.finditer(text)]
    assert spans == [m.span() for m in _NATIONWIDE_PLAIN.finditer(text)]


# Dashes, every kind of space the engine's \s holds or not, line breaks and words.
_DASH_TEXT = st.text(alphabet="ab -–—\n\t\u00a0\u2009\u200b.", max_size=24)


@given(_DASH_TEXT)
def test_a_text_the_dash_aside_matches_holds_a_spaced_dash(text: str) -> None:
    if entities._DASH_ASIDE.search(text) is not None:
        assert entities._spaced_dash(text)


@given(st.lists(st.sampled_from(["(", ")", "– ", " – ", " - ", "won", "in", "the", "Bath", "x"])))
def test_asides_are_found_whether_or_not_the_scans_are_skipped(words: list[str]) -> None:
    text = " ".join(words)
    seats = [ContestMention(span_of(m.start(), m.end()), "Bath") for m in re.finditer("Bath", text)]
    # The scans every text gets when its marks are not looked for first.
    expected: dict[int, bool] = {}
    for pattern, group in ((entities._BRACKET_ASIDE, 1), (entities._DASH_ASIDE, 2)):
        for m in pattern.finditer(text):
            a, b = m.start(group), m.end(group)
            if entities._ASIDE_END.search(text, a, b) is not None:
                continue
            words_in = [w.group() for w in entities._LOWER_WORDS.finditer(text, a, b)]
            if sum(w not in entities._LABEL_WORDS for w in words_in) < 2:
                continue
            for c in seats:
                if a <= c.span.start and c.span.end <= b:
                    digits = entities._DIGIT_IN.search(text, a, b) is not None
                    expected[c.span.start] = expected.get(c.span.start, False) or digits
    if not any(mark in text for mark in ("(", " - ", "–", "—")):
        expected = {}  # (the marks the reader looks for before either scan)
    assert entities.aside_seats(text, seats) == expected


_VOTE_PIECES = ["his", "Her", "HIS", "Smith's", "SNP’s", "the SNP", " own", "OWN", "vote", "votes",
                "devote", "fell", "collapsed", "was", "slashed", "went up", "share", "sharply",
                " ", "  ", "\n", "\t", ",", "'", "ſ", "K"]  # fmt: skip


@given(st.lists(st.sampled_from(_VOTE_PIECES), max_size=16), st.data())
def test_a_vote_and_its_direction_are_found_where_the_whole_scan_finds_them(
    pieces: list[str], data: st.DataObject
) -> None:
    text = " ".join(pieces) if data.draw(st.booleans()) else "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    scanned = [
        (m.span(), m.groupdict()) for m in changes._VOTE_THEN_DIRECTION.finditer(text, start, end)
    ]
    tried = [(m.span(), m.groupdict()) for m in changes._votes_then_direction(text, start, end)]
    assert tried == scanned


def test_a_vote_falling_is_found_after_each_kind_of_possessor() -> None:
    text = "Jane Smith saw her own vote collapse, as the SNP vote fell and Mr Dodds' vote rose."
    found = [m.group("dir") for m in changes._votes_then_direction(text, 0, len(text))]
    assert found == ["collapse", "fell", "rose"]


_TRIE_TEXT = st.lists(
    st.sampled_from(["new", "mp", "new labour mp", "tak", "taking", "los", "lose", "held", "hel",
                     " ", "n", "second term", "x"]),
    max_size=12,
)  # fmt: skip
_TRIE_WORDS = st.lists(
    st.sampled_from(["new mp", "new labour mp", "new lab", "taking", "tak", "lose", "losing",
                     "held", "second term", "n"]),
    min_size=1,
    max_size=6,
)  # fmt: skip


@given(_TRIE_TEXT, _TRIE_WORDS)
def test_the_words_trie_matches_the_longest_word_beginning_at_each_place(
    pieces: list[str], words: list[str]
) -> None:
    text = "".join(pieces)
    pattern = substrings(words)
    for at in range(len(text) + 1):
        m = pattern.match(text, at)
        starting = [w for w in words if text.startswith(w, at)]
        assert (m.group() if m else None) == max(starting, key=len, default=None)


# (seventeenth session) The surname scan as it was: a lazy run that tests, before each letter,
# whether the word ends or a possessive opens there.
_SURNAME_LAZY = re.compile(r"([A-ZÀ-ÖØ-Þ](?<![\w'’-].)[\w'’-]*?)(?=['’]s\b|[^\w'’-]|$)")
# Capitals (one accented), lower case, digits, "_", hyphens, both apostrophes, the "s" of a
# possessive, spaces, a line break and a full stop.
_NAME_TEXT = st.text(alphabet="AÉbcs1_-'’ \n.", max_size=24)


@given(_NAME_TEXT)
def test_the_surname_scan_finds_what_the_lazy_scan_found(text: str) -> None:
    assert reader._SURNAME.findall(text) == _SURNAME_LAZY.findall(text)
    for at in range(len(text) + 1):
        new, old = reader._SURNAME.match(text, at), _SURNAME_LAZY.match(text, at)
        assert (new.span() if new else None) == (old.span() if old else None)


def test_the_surname_scan_stops_before_a_possessive_only() -> None:
    text = "O'Neill’s vote, Smith's, Jones’ and Khan-Din's: D'Arcy’d"
    assert reader._SURNAME.findall(text) == ["O'Neill", "Smith", "Jones’", "Khan-Din", "D'Arcy’d"]


_EARLIER_WORDINGS = next(p[3] for p in _PAIRS if p[0] == "earlier election")


@given(data=st.data())
def test_an_earlier_election_is_found_at_each_place_as_the_pattern_finds_it(
    data: st.DataObject,
) -> None:
    # The pattern's own wordings, spelt in each case the engine folds, among other words: the
    # cue test before it never turns away a place where it matches.
    words = data.draw(
        st.lists(
            st.sampled_from([*_EARLIER_WORDINGS, "she", "won", "by", "1,200", "votes", ","]),
            max_size=5,
        )
    )
    parts = [data.draw(_spelling(w)) for w in words]
    text = "Jane Smith held the seat " + " ".join(parts)
    state = frame.ReadState(text=text, pack=default_pack(), quotes=[])
    f = frame.Frame(
        state, Sentence(span=span_of(0, len(text)), text=text), [], [], [], [], {}, None
    )
    for at in range(len(text) + 1):
        expected = stated_results._EARLIER.match(text, at, len(text)) is not None
        assert stated_results._dated_earlier(f, at) == expected, (text, at)


# (seventeenth session) The live page's entry times as they were searched: "^" under MULTILINE,
# tried at every place of the story.
_ENTRY_TIME_LINES = re.compile(
    r"^[ \t]*(?:Update:?[ \t]+)?\d{1,2}[:.]\d\d[ \t]*(?:am|pm)?\b", re.MULTILINE | re.IGNORECASE
)


@given(st.lists(st.sampled_from(["\n", " ", "\t", "Update", "UPDATE:", "4", "12", ":", ".", "30",
                                 "am", "PM", "x", "%"]), max_size=14))  # fmt: skip
def test_entry_times_are_the_lines_the_multiline_search_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    # A match in the text after the line break put before it is one line's, shifted by it.
    found = [(m.start(), m.end() - 1) for m in reader._ENTRY_TIME.finditer("\n" + text)]
    assert found == [m.span() for m in _ENTRY_TIME_LINES.finditer(text)]


# The pattern's wordings and the words its chains name, and words of party names ("Workers
# Party of Britain", "Reform UK") and others ("national").
_NATION_STORY_WORDS = [*_NATION_WORDINGS, "all of", "the", "whole", "area", "district", "MPs",
                       "new", "59", "seats", "of", "party", "Reform", "UK", "national", "Britain",
                       "x"]  # fmt: skip


@given(data=st.data())
def test_a_story_the_nation_wide_pattern_matches_passes_the_story_test(
    data: st.DataObject,
) -> None:
    # Each word spelt in a case the engine folds, among separators (\s or not).
    words = data.draw(st.lists(st.sampled_from(_NATION_STORY_WORDS), max_size=6))
    seps = st.sampled_from([" ", "  ", "\n", "\u00a0", "-", ", ", "_", "ı"])
    text = "".join(data.draw(_spelling(w)) + data.draw(seps) for w in words)
    if frame._NATIONWIDE.search(text) is not None:
        assert frame.may_be_nationwide(text, fold_case(text)), text


def test_the_story_test_turns_away_party_names_and_lets_through_phrases() -> None:
    for text in ("the Workers Party of Britain", "Reform UK", "the national picture", "seats"):
        assert not frame.may_be_nationwide(text, fold_case(text)), text
    for text in ("in the UK", "across all of Wales", "all 650 seats", "across the whole city"):
        assert frame.may_be_nationwide(text, fold_case(text)), text


@given(st.lists(st.sampled_from(["3. ", "North Down", " – ", "—", " - ", "-", "Alex Easton", "Ind",
                                 "20,913", " votes", "\n", " ", "x"]), max_size=12))  # fmt: skip
def test_a_winners_line_is_matched_where_the_pattern_matches_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    for start in range(len(text) + 1):
        expected = people._WINNER_LINE.match(text, start, len(text))
        found = people._winner_line_at(text, start, len(text))
        assert (found.span() if found else None) == (expected.span() if expected else None)


@given(st.text(alphabet="AÉbZ1_-'’ .", max_size=12))
def test_initials_are_words_of_one_or_two_capitals(word: str) -> None:
    whole = entities._INITIALS.fullmatch(word) is not None
    assert whole == (len(word) <= entities._INITIALS_MOST and whole)
    assert whole == (1 <= len(word) <= 2 and all(c in "AÉZ" for c in word))


@given(st.text(alphabet="ab1_-'’ \n.É", max_size=16))
def test_a_cells_leftover_words_are_the_patterns_whole_matches(text: str) -> None:
    words = results_lists._WORD.findall(text)
    assert words == [m.group(0) for m in results_lists._WORD.finditer(text)]


# (seventeenth session) A person's gain as it was written: the verbs in one flat list.
_PERSON_GAIN_FLAT = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?P<verb>(?i:(?:won|took|taken|winning|taking|wins|takes)\s+back"
    r"|re-?taking|re-?took|re-?taken"
    r"|gained|gaining|gains|regained|regaining|reclaimed|reclaiming|won|wins|winning|took"
    r"|takes|taken|taking|seized|seizing|captured|capturing|snatched|snatching|re-?captured"
    r"|re-?capturing))\s+"
)
_GAIN_VERBS = ["won", "took", "taken", "winning", "taking", "wins", "takes", "retaking", "re-took",
               "retaken", "gained", "gaining", "gains", "regained", "regaining", "reclaimed",
               "reclaiming", "seized", "seizing", "captured", "capturing", "snatched",
               "snatching", "re-captured", "recapturing", "back", "has", "had", "have", "Bath",
               "x", "wo", "tak"]  # fmt: skip


@given(data=st.data())
def test_a_persons_gain_is_found_as_the_flat_list_of_verbs_found_it(data: st.DataObject) -> None:
    # The verbs spelt in each case the engine folds ("ſeized", "taKen" with the Kelvin sign),
    # run together or apart.
    words = data.draw(st.lists(st.sampled_from(_GAIN_VERBS), max_size=6))
    seps = st.sampled_from([" ", "  ", "\n", "", "-", ", "])
    text = "".join(data.draw(_spelling(w)) + data.draw(seps) for w in words)
    found = [(m.span(), m.span("verb")) for m in outcomes._PERSON_GAIN.finditer(text)]
    assert found == [(m.span(), m.span("verb")) for m in _PERSON_GAIN_FLAT.finditer(text)]


def _texts(op: Any, av: Any) -> set[str] | None:
    """Every text one parsed item of a pattern can match, when they are few; None else. A
    lookaround or a boundary matches none (the text around it stays together)."""
    if op is _constants.LITERAL:
        return {chr(av)}
    if op is _constants.AT and av is _constants.AT_BOUNDARY:
        return {_EDGE}  # a word's edge: kept, for the words' test below
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return {""}
    if op is _constants.IN and all(kind is _constants.LITERAL for kind, _ in av):
        return {chr(c) for _, c in av}
    if op is _constants.SUBPATTERN:
        return _language(av[3].data)
    if op is _constants.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            texts = _language(branch.data)
            if texts is None:
                return None
            found |= texts
        return found
    spaces = [(_constants.IN, [(_constants.CATEGORY, _constants.CATEGORY_SPACE)])]
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1 and av[2].data == spaces:
        return {_GAP}  # "\\s+": a gap between words, which no cue runs across
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and (av[0], av[1]) == (0, 1):
        texts = _language(av[2].data)
        return None if texts is None else texts | {""}
    return None


_EDGE, _GAP = "\x00", "\x01"


def _language(items: Any) -> set[str] | None:
    out = {""}
    for op, av in items:
        texts = _texts(op, av)
        if texts is None:
            return None
        out = {a + b for a in out for b in texts}
        if len(out) > 5000:
            return None
    return out


def _holds_a_cue(items: Any, cues: tuple[str, ...]) -> bool:
    """Does every match of the parsed ``items`` hold one of ``cues`` in a stretch of text it
    must match, spelt as the pattern gives it (not in an optional part or a class)?"""

    def held(texts: set[str]) -> bool:
        return bool(texts) and all(
            any(cue in piece for cue in cues for piece in t.replace(_EDGE, "").split(_GAP))
            for t in texts
        )

    stretch = {""}
    for op, av in items:
        texts = _texts(op, av)
        if texts is not None and len(stretch) * len(texts) <= 5000:
            stretch = {a + b for a in stretch for b in texts}
            continue
        if held(stretch):
            return True
        stretch = {""}
        if op is _constants.SUBPATTERN and _holds_a_cue(av[3].data, cues):
            return True
        if op is _constants.BRANCH and all(_holds_a_cue(b.data, cues) for b in av[1]):
            return True
        repeat = op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1
        if repeat and _holds_a_cue(av[2].data, cues):
            return True
    return held(stretch)


def test_every_winner_wording_holds_one_of_the_winner_cues() -> None:
    # Read from the pattern itself, so that a wording added to it without a cue fails here
    # (the gate would silently skip the sentences it reads).
    parsed = _parser.parse(outcomes._WINNER.pattern, outcomes._WINNER.flags)
    assert not outcomes._WINNER.flags & re.IGNORECASE
    assert _holds_a_cue(parsed.data, outcomes._WINNER_CUES)
    # and the check itself: a wording with none of the cues is caught
    parsed = _parser.parse(outcomes._WINNER.pattern + "|romped\\s+clear", outcomes._WINNER.flags)
    assert not _holds_a_cue(parsed.data, tuple(c for c in outcomes._WINNER_CUES if c != "romp"))


def _holds_a_word(
    items: Any,
    words: frozenset[str],
    also: tuple[str, ...],
    edges: tuple[bool, bool] = (False, False),
) -> bool:
    """Does every match of the parsed ``items`` (ignoring case) hold one of ``words`` as a
    whole word, or one of ``also``? A word is whole between two word boundaries, or a
    boundary and a character that is no word's (``edges``: whether the items stand between
    such), all in one stretch the match must match."""

    def whole(text: str, left: bool, right: bool) -> set[str]:
        # the word runs with an edge or a non-word character on both sides
        text = (_EDGE if left else "") + text + (_EDGE if right else "")
        marked = re.sub(r"[^\w\x00]", _EDGE, text.lower())
        return set(re.findall(r"(?<=\x00)\w+(?=\x00)", marked))

    def held(texts: set[str], left: bool, right: bool) -> bool:
        return bool(texts) and all(
            not words.isdisjoint(whole(t, left, right)) or any(a in t.lower() for a in also)
            for t in texts
        )

    def edge(k: int) -> bool:  # does the item at k (past the end: the items' right) make one?
        if k >= len(items):
            return edges[1]
        texts = _texts(*items[k])
        return texts is not None and texts <= {_EDGE, _GAP}

    stretch, start = {""}, 0
    for k, (op, av) in enumerate(items):
        texts = _texts(op, av)
        if texts is not None and len(stretch) * len(texts) <= 5000:
            stretch = {a + b for a in stretch for b in texts}
            continue
        left = edges[0] if start == 0 else edge(start - 1)
        if held(stretch, left, False):
            return True
        # the item between: an edge before it if the stretch ends on one (or is empty at
        # the items' start), after it if the next item is one
        before = any(t.endswith((_EDGE, _GAP)) for t in stretch) and all(
            t.endswith((_EDGE, _GAP)) for t in stretch
        )
        around = (before or (stretch == {""} and left), edge(k + 1))
        stretch, start = {""}, k + 1
        if op is _constants.SUBPATTERN and _holds_a_word(av[3].data, words, also, around):
            return True
        if op is _constants.BRANCH and all(
            _holds_a_word(b.data, words, also, around) for b in av[1]
        ):
            return True
        repeat = op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1
        if repeat and _holds_a_word(av[2].data, words, also):
            return True
    return held(stretch, edges[0] if start == 0 else edge(start - 1), edges[1])


def test_every_negation_or_forecast_holds_one_of_its_words() -> None:
    # Read from the pattern itself: a wording added to _NOT_A_RESULT needs its word in
    # _NOT_A_RESULT_WORDS, or the sentences holding it are never searched.
    pattern = stated_results._NOT_A_RESULT
    words, also = stated_results._NOT_A_RESULT_WORDS, ("n't", "n’t")
    assert _holds_a_word(_parser.parse(pattern.pattern, pattern.flags).data, words, also)
    # and the check itself: a word that is no cue's, or a cue inside a longer word, is caught
    for wording in ("notably", "doubted"):
        added = _parser.parse(rf"\b(?:{wording})\b|{pattern.pattern}", pattern.flags)
        assert not _holds_a_word(added.data, words, also), wording


def test_every_earlier_election_wording_holds_one_of_its_cues() -> None:
    # Read from the pattern itself (its words written in lower case, as the folded sentence
    # the cues are looked for in): a wording added to _EARLIER needs a cue.
    parsed = _parser.parse(stated_results._EARLIER.pattern, stated_results._EARLIER.flags)
    assert _holds_a_cue(parsed.data, stated_results._EARLIER_CUES)


# -- a sentence's end: an abbreviation or a list's number before it (session 18) ------------

_END_PIECES = st.lists(
    st.sampled_from(
        ["Mr", "Mrs", "M", "r", "Dr", "St", "No", "Prof", "Col", "Lt", "Gen", "Sir", "x", "_",
         "é", "1", "12", "123", "4567", "٣", "²", " ", "\t", "\n", ".", "•", "-"]
    ),
    max_size=8,
).map("".join)  # fmt: skip


@given(_END_PIECES)
def test_a_sentences_end_is_tested_as_its_patterns_test_it(before: str) -> None:
    from factcheck.extract import text as text_module

    word = text_module._LAST_WORD.search(before)
    assert text_module._ends_on_abbreviation(before) == bool(
        word and word.group(1) in text_module._ABBREVIATIONS
    )
    assert text_module._ends_on_list_number(before) == bool(text_module._LIST_MARKER.search(before))


def test_an_abbreviation_or_a_list_number_before_a_line_break_counts() -> None:
    from factcheck.extract.text import _ends_on_abbreviation, _ends_on_list_number

    assert _ends_on_abbreviation("said Mr")
    assert _ends_on_abbreviation("said Mr\n")
    assert not _ends_on_abbreviation("said Amr")
    assert not _ends_on_abbreviation("Mr ")
    assert _ends_on_list_number("\n12")
    assert _ends_on_list_number("\n 3\n")
    assert not _ends_on_list_number("\n1234")
    assert not _ends_on_list_number("in 12 x")


def _old_abbreviation_label(text: str, pack: Any, word: str) -> tuple[int, str] | None:
    """``abbreviation_label`` as it was before its look-up of the pack's abbreviations: the
    label matched, then every party walked (the start and key of the party found)."""
    m = results_lists._LABEL.match(text)
    if m is None or m.group(1) != word:
        return None
    for key, p in pack.parties.items():
        if p.abbreviation == word and key != "independent":
            return m.start(1), key
    return None


_PACK = default_pack()
_ABBREVIATIONS = sorted(p.abbreviation for p in _PACK.parties.values() if p.abbreviation)
_LABEL_WORDS = st.one_of(
    st.sampled_from(_ABBREVIATIONS),
    st.sampled_from(_ABBREVIATIONS).map(str.lower),
    st.sampled_from(_ABBREVIATIONS).map(str.upper),
    st.sampled_from(_ABBREVIATIONS).map(str.title),
    st.sampled_from(["The", "In", "Labour", "Green", "Greens", "Lab", "Con", "Ind", "Straße"]),
    st.text(alphabet="AaBbGgLlNnPpSsßİıſK ", min_size=1, max_size=6),
)


@given(_LABEL_WORDS, st.sampled_from(["", "• ", "- ", " "]), st.sampled_from([" 1,234", ": 12%"]))
def test_an_abbreviation_label_is_found_as_the_walk_of_the_parties_found_it(
    word: str, lead: str, tail: str
) -> None:
    text = lead + word + tail
    span = Span(start=0, end=len(text))
    f: Any = SimpleNamespace(
        state=SimpleNamespace(text=text, pack=_PACK), sent=Sentence(span, text)
    )
    found = results_lists.abbreviation_label(f, span, word)
    old = _old_abbreviation_label(text, _PACK, word)
    assert (found.span.start, found.party.key) == old if found is not None else old is None
    m = results_lists._LABEL.match(text)
    opens = m is not None and _old_abbreviation_label(text, _PACK, m.group(1)) is not None
    assert results_lists._abbreviation_opens(f) == opens


def test_the_abbreviation_look_up_fires_on_a_party_label_and_not_on_a_word() -> None:
    for text, party in (("Green 2.4%", True), ("The 2.4%", False), ("Lab: 1,161", True)):
        span = Span(start=0, end=len(text))
        f: Any = SimpleNamespace(
            state=SimpleNamespace(text=text, pack=_PACK), sent=Sentence(span, text)
        )
        word = text.split()[0].rstrip(":")
        assert (results_lists.abbreviation_label(f, span, word) is not None) == party


# (twentieth session) A figure's election tie tests where the words of a held or a gone
# majority stand in its sentence before trying the patterns, and finds its clause only then.
def test_every_held_or_gone_majority_wording_holds_one_of_the_words_looked_for() -> None:
    # Read from the patterns: a wording added without one of the words fails here.
    held = _parser.parse(frame._HELD_BEFORE.pattern, frame._HELD_BEFORE.flags)
    assert _holds_a_cue(held.data, frame._HELD_AT_CUES)
    gone = _parser.parse(frame._GONE_AFTER.pattern, frame._GONE_AFTER.flags)
    assert _holds_a_cue(gone.data, frame._GONE_CUES)
    # "before the election" holds none of the words the sentence is first tested for
    assert frame._HELD_BEFORE.search("a majority of 187 before the election")
    assert not _holds_a_cue(held.data, frame._HELD_CUES)


def _old_election_tie(f: frame.Frame, m: Any) -> tuple[str, bool]:
    """``Frame._election_tie`` as the nineteenth session left it: the clause found for every
    figure of a sentence holding the words of a held or gone majority, and for a story's
    first figure."""
    text = f.state.text
    held = None
    clause: tuple[int, int] | None = None
    held_cue, gone_cue = f.holds(frame._HELD_CUES), f.holds(frame._GONE_CUES)
    if held_cue or gone_cue:
        clause = start, end = f._clause_around(m, frame._DATING_BREAK)
        if held_cue:
            held = frame._HELD_BEFORE.search(text, max(start, m.start - 80), m.start)
        if held is None and gone_cue:
            held = frame._GONE_AFTER.search(text[m.end : end])
    if held is not None:
        return f"the story's, though “{held.group(0).strip()}” speaks of before it", False
    before = f._majority_before(m)
    if before is not None:
        return f"the story's, though “{before}” makes it the majority before it", False
    forecast = None
    if f.state.forecasts != []:
        start, end = clause or f._clause_around(m, frame._DATING_BREAK)
        forecast = f._forecast(m, start, end)
    if forecast is not None:
        return f"the story's, though “{forecast}” speaks of a forecast, not the count", False
    year = f.state.story_year
    if year and year in f.sent.text:
        return f"the sentence names {year}, the story's election", True
    other = f._year_when(m) if f.says(frame._WHEN_CUES) else None
    if other is not None:
        return f"the story's, though the sentence names {other} and not {year}", False
    if held_cue and f.earlier(m) is None:
        had = frame._HAD_MAJORITY.search(text, max(0, m.start - 60), m.start)
        if had is not None:
            return f"the story's, though “{had.group(0).strip()}” may speak of before it", False
    return "no other election named in its clause: the story's", True


_TIE_WORDS = [
    "entered this poll with a majority of", "was defending a majority of", "lost her majority",
    "her previous majority", "notional", "before the election", "had a majority of",
    "has been lost", "was wiped out", "turned his", "majority into a", "opinion poll",
    "forecast", "2017", "2019", "in 2015, when", "went into", "Center", "entered", "but", ";",
    " – ", ",", "Jane Smith", "won", "by", "1,200", "votes", "45%", "the", "x" * 70,
]  # fmt: skip


@given(data=st.data())
def test_each_figures_election_tie_is_the_one_found_with_its_clause_every_time(
    data: st.DataObject,
) -> None:
    # Sentences of the tie's own wordings (in any case the engine folds), between text
    # before and after them: at every word, inside the sentence or not, the tie read with the
    # words' places looked up is the one read as the nineteenth session read it.
    pieces = [
        data.draw(_spelling(w))
        for w in data.draw(st.lists(st.sampled_from(_TIE_WORDS), min_size=1, max_size=10))
    ]
    before = data.draw(st.sampled_from(["", "Jane Smith had a majority of 900. ", "notional. "]))
    after = data.draw(st.sampled_from(["", " It was lost into 2019.", " A forecast of 3."]))
    sentence = " ".join(pieces)
    text = before + sentence + after
    sent = Sentence(span=span_of(len(before), len(before) + len(sentence)), text=sentence)
    year = data.draw(st.sampled_from(["2019", None]))

    def new_frame() -> frame.Frame:
        state = frame.ReadState(text=text, pack=default_pack(), quotes=[])
        state.story_year = year
        return frame.Frame(state, sent, [], [], [], [], {}, None)

    new, old = new_frame(), new_frame()  # each figure of a sentence asks the same frame
    for word in re.finditer(r"\S+", text):
        m = ranks.place_in_words(text, word.start(), word.end(), 1)
        assert new._election_tie(m) == _old_election_tie(old, m), (text, word.group(0))


def test_a_held_majority_is_found_only_in_the_words_before_its_own_figure() -> None:
    # The look-up fires where the pattern does and stays silent where the words stand after
    # the figure or too far before it.
    text = "Jane Smith, defending a majority of 1,200, won by 45 votes" + " x" * 40 + " and 9%."
    state = frame.ReadState(text=text, pack=default_pack(), quotes=[])
    f = frame.Frame(
        state, Sentence(span=span_of(0, len(text)), text=text), [], [], [], [], {}, None
    )
    places = [text.index(w) for w in ("1,200", "45", "9%", "Smith")]
    near = [f._dating_near(ranks.place_in_words(text, i, i + 1, 1), True, False) for i in places]
    assert near == [(True, False), (True, False), (False, False), (False, False)]
    assert (
        "“defending a majority”"
        in f._election_tie(
            ranks.place_in_words(text, text.index("1,200"), text.index("1,200") + 5, 1)
        )[0]
    )


@given(
    st.text(alphabet="aZ İıſKΣς. \n", max_size=20),
    st.text(alphabet="aZ İıſKΣς. ", min_size=1, max_size=12),
)
def test_a_frames_folded_and_lowered_sentence_are_made_with_it_as_they_were_on_first_use(
    before: str, sentence: str
) -> None:
    # (twentieth session) ``Frame.low`` and ``Frame.lower`` are attributes made with the frame,
    # no longer properties filled on first use: the same strings either way.
    text = before + sentence
    state = frame.ReadState(text=text, pack=default_pack(), quotes=[])
    state.low = None if any(c in text for c in reader._FOLDED_FIRST) else fold_case(text)
    state.lower_is_folded = state.low is not None  # as the reader sets them
    span = span_of(len(before), len(text))
    f = frame.Frame(state, Sentence(span=span, text=sentence), [], [], [], [], {}, None)
    assert f.low == state.folded(span.start, span.end) == fold_case(sentence)
    assert f.lower == sentence.lower()


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Jane Smith turned his 5,288 majority into a 5,299 majority; 2,000 votes were lost.",
         (True, True, True)),
        ("Jane Smith won by 5,288 votes, with 2,000 for John Brown.", (False, False, False)),
    ],
)  # fmt: skip
def test_a_sentences_tie_cues_are_tested_once_and_answer_as_holds_does(
    text: str, cues: tuple[bool, bool, bool]
) -> None:
    # (twenty-first session) The first figure's tie keeps the sentence's held, gone and
    # majority cues for the rest; the turned majority is still found at its own figure.
    state = frame.ReadState(text=text, pack=default_pack(), quotes=[])
    f = frame.Frame(
        state, Sentence(span=span_of(0, len(text)), text=text), [], [], [], [], {}, None
    )
    assert f._tie_cues is None
    ties = [
        f._election_tie(ranks.place_in_words(text, text.index(n), text.index(n) + len(n), 1))
        for n in ("5,288", "2,000")
    ]
    assert f._tie_cues == cues
    assert cues == tuple(
        f.holds(c) for c in (frame._HELD_CUES, frame._GONE_CUES, frame._MAJORITY_CUES)
    )
    assert ("turned … into" in ties[0][0]) is cues[2]
    assert ("“votes were lost” speaks of before it" in ties[1][0]) is cues[1]
    assert ties[1][1] is not cues[1]


def test_a_win_noun_after_a_non_breaking_space_or_a_line_break_is_read() -> None:
    """The prefilter must hold for every white space the patterns take before the noun."""
    for gap in ("\u00a0", "\n"):
        text = f"Jane Smith's shock{gap}win was declared at 4am."
        assert any(c in text.lower() for c in win_nouns.WIN_NOUN_CUES)
        assert win_nouns._POSSESSIVE_WIN.search(text) is not None


_DATING_PIECES = (
    "Jane Smith won",
    "In 2010, ",
    "in 2017",
    " by 1,200 votes",
    ", which he won with a 831 majority, since 2017",
    ", who was first elected in 2015,",
    " at the last election",
    " gaining an extra 10,000 votes",
    " losing 24.9% of the vote since 2019",
    " up 3.5 points",
    " and 45% this time",
    " to 16,029",
)


@given(st.lists(st.sampled_from(_DATING_PIECES), min_size=1, max_size=6))
def test_a_sentences_dating_and_change_cues_kept_once_answer_as_each_figure_alone_would(
    pieces: list[str],
) -> None:
    # (twenty-second session) ``earlier`` and ``change_as_level`` keep the sentence's cues
    # from the first figure that asks: each figure's answer is the one a frame of its own
    # gives (whichever figure asks first), and the kept cues are ``holds``' answers.
    text = "".join(pieces) + "."
    sentence = Sentence(span=span_of(0, len(text)), text=text)

    def new_frame() -> frame.Frame:
        state = frame.ReadState(text=text, pack=default_pack(), quotes=[])
        return frame.Frame(state, sentence, [], [], [], [], {}, None)

    figures = [
        ranks.place_in_words(text, m.start(), m.end(), 1) for m in re.finditer(r"\d[\d,.]*%?", text)
    ]
    alone = [(new_frame().earlier(m), new_frame().change_as_level(m)) for m in figures]
    for order in (figures, figures[::-1]):
        f = new_frame()
        answers = {m.start: (f.earlier(m), f.change_as_level(m)) for m in order}
        assert [answers[m.start] for m in figures] == alone
        if figures:
            assert f._earlier_cues == (
                f.holds(OTHER_TIME_CUES),
                f.holds(frame._WHICH_ASIDE_CUES),
                f.holds(("in 19", "in 20")),
            )
            assert f._change_cues == (
                f.says(frame._CHANGE_BEFORE_CUES),
                f.holds(frame._CHANGE_AFTER_CUES),
            )


def test_a_sentences_dating_cues_still_date_each_figure_after_the_first() -> None:
    # The kept cues fire for the figure after the first: the second count is dated by the
    # sentence's opening year and read as a change's level, as before.
    text = "In 2010, Jane Smith won by 1,200 votes, gaining an extra 10,000 votes."
    state = frame.ReadState(text=text, pack=default_pack(), quotes=[])
    f = frame.Frame(
        state, Sentence(span=span_of(0, len(text)), text=text), [], [], [], [], {}, None
    )
    first, second = (
        ranks.place_in_words(text, text.index(n), text.index(n) + len(n), 1)
        for n in ("1,200", "10,000")
    )
    assert f.earlier(first) == "2010"
    assert f.earlier(second) == "2010"
    assert f.change_as_level(first) is None
    assert f.change_as_level(second) == "gaining an extra"
    plain = "Jane Smith won by 1,200 votes, with 10,000 for John Brown."
    g = frame.Frame(
        frame.ReadState(text=plain, pack=default_pack(), quotes=[]),
        Sentence(span=span_of(0, len(plain)), text=plain),
        [], [], [], [], {}, None,
    )  # fmt: skip
    for n in ("1,200", "10,000"):
        m = ranks.place_in_words(plain, plain.index(n), plain.index(n) + len(n), 1)
        assert g.earlier(m) is None
        assert g.change_as_level(m) is None
    assert g._earlier_cues == (True, False, False)  # the "20" of "1,200" is a cue, no more
    assert g._change_cues == (False, False)
