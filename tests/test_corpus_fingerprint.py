"""Clause fingerprints and the passage index: hand-checked cases and properties."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus import PassageIndex, fingerprints, passages
from factcheck.corpus import index as index_module
from factcheck.corpus.fingerprint import shingles
from factcheck.corpus.index import HAVE_NUMPY

SENTENCE = "Rushanara Ali won 42,969 votes, a 71.8pc share, in Bethnal Green and Bow."


def test_clauses_split_at_punctuation_but_not_inside_numbers() -> None:
    spans = [SENTENCE[p.start : p.end] for p in passages(SENTENCE)]
    # "a 71.8pc share" has three words: too short to fingerprint.
    assert spans == ["Rushanara Ali won 42,969 votes", "in Bethnal Green and Bow"]
    assert [p.words for p in passages(SENTENCE)] == [5, 5]


def test_case_spacing_and_line_breaks_do_not_change_a_fingerprint() -> None:
    assert fingerprints(SENTENCE) == fingerprints(SENTENCE.upper().replace(" ", "\n  "))


def test_a_changed_figure_changes_only_its_clause() -> None:
    a, b = fingerprints(SENTENCE), fingerprints(SENTENCE.replace("42,969", "42,699"))
    assert len(set(a) & set(b)) == 1


_VOCABULARY = "the a vote count seat labour won share turnout said night hall majority"
WORDS = st.sampled_from([*_VOCABULARY.split(" "), "1,204", "42.5", "candidate", "recount"])
TEXT = st.lists(
    st.tuples(st.lists(WORDS, min_size=1, max_size=12), st.sampled_from([". ", ", ", "\n"])),
    max_size=30,
).map(lambda parts: "".join(" ".join(w) + sep for w, sep in parts))


@given(st.text(max_size=300) | TEXT)
def test_the_fast_path_equals_the_located_one(text: str) -> None:
    assert fingerprints(text) == {p.hash: p.words for p in passages(text)}


@given(TEXT.filter(lambda t: len(fingerprints(t)) >= 2), st.integers(0, 5), st.booleans())
@settings(max_examples=50)
def test_a_verbatim_copy_is_always_found(text: str, seed: int, use_numpy: bool) -> None:
    rng = random.Random(seed)
    others = [
        " ".join(rng.choice(["alpha", "beta", "gamma", "delta", str(i)]) for _ in range(40)) + "."
        for i in range(4)
    ]
    docs = [*others[:2], text, *others[2:], text]
    index = PassageIndex([fingerprints(d) for d in docs], use_numpy=use_numpy)
    found = {(m.a, m.b) for m in index.matches(min_containment=1.0)}
    assert (2, 5) in found


def _random_text(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(5, 20)):
        n = rng.randint(4, 20)
        sentences.append(" ".join(f"w{rng.randrange(10**9)}" for _ in range(n)) + ".")
    return " ".join(sentences)


@given(st.integers(0, 2**32))
@settings(max_examples=25)
def test_unrelated_random_texts_never_pair(seed: int) -> None:
    rng = random.Random(seed)
    docs = [fingerprints(_random_text(rng)) for _ in range(20)]
    assert PassageIndex(docs).matches() == []


def test_boilerplate_in_every_document_pairs_nobody() -> None:
    boiler = "Subscribe to our newsletter and stay updated on the latest news."
    rng = random.Random(1)
    docs = [fingerprints(_random_text(rng) + " " + boiler) for _ in range(12)]
    index = PassageIndex(docs, max_df=10)
    assert index.matches() == []
    # Under max_df, it pairs them, but weighs little against each story.
    low = PassageIndex(docs, max_df=100).matches()
    assert low
    assert all(m.containment < 0.5 for m in low)


def test_numpy_and_dict_indexes_agree() -> None:
    rng = random.Random(7)
    base = [_random_text(rng) for _ in range(30)]
    docs = [*base, base[3], base[4] + " " + base[5], base[7][: len(base[7]) // 2]]
    fps = [fingerprints(d) for d in docs]
    plain = PassageIndex(fps, use_numpy=False)
    assert {(m.a, m.b) for m in plain.matches()} == {(3, 30), (4, 31), (5, 31), (7, 32)}
    if HAVE_NUMPY:
        assert PassageIndex(fps, use_numpy=True).matches() == plain.matches()
        fast = PassageIndex(fps, use_numpy=True)
        assert fast.query(fps[3]) == plain.query(fps[3])
    assert [m.b for m in plain.query(fps[3], min_containment=0.9)] == [3, 30]


def test_a_streamed_index_in_small_chunks_equals_one_built_from_a_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(11)
    base = [_random_text(rng) for _ in range(40)]
    docs = [*base, base[2], base[9] + " " + base[10], base[20][: len(base[20]) // 2], base[2]]
    fps = [fingerprints(d) for d in docs]
    whole = PassageIndex(fps)
    monkeypatch.setattr(index_module, "CHUNK", 7)  # many chunks, split inside documents
    streamed = PassageIndex(fingerprints(d) for d in docs)
    assert streamed.n == whole.n == len(docs)
    assert streamed.matches() == whole.matches()
    assert streamed.totals == whole.totals
    assert streamed.query(fps[9]) == whole.query(fps[9])
    assert {(m.a, m.b) for m in streamed.matches(min_containment=1.0)} >= {(2, 40), (2, 43)}


def test_an_empty_index_finds_nothing() -> None:
    for use_numpy in (True, False):
        index = PassageIndex(iter([]), use_numpy=use_numpy)
        assert index.n == 0
        assert index.matches() == []
        assert index.query(fingerprints(SENTENCE)) == []


@pytest.mark.parametrize("use_numpy", [True, False])
@pytest.mark.parametrize("max_df", [3, 12, 100])
def test_an_index_kept_for_pairs_only_pairs_and_weighs_as_the_whole(
    use_numpy: bool, max_df: int
) -> None:
    # Copies, a passage shared by a few stories, and a boilerplate line in every one: the
    # common ones are weighted down and the boilerplate is over max_df for the small values.
    rng = random.Random(max_df)
    base = [_random_text(rng) for _ in range(24)]
    shared = "the count at the leisure centre went on until four in the morning"
    docs = [
        *(b + " " + shared if i % 5 == 0 else b for i, b in enumerate(base)),
        base[1],
        base[2] + " " + base[3],
        base[6][: len(base[6]) // 2],
    ]
    docs = [d + " Subscribe to our newsletter for every result as it comes in" for d in docs]
    fps = [fingerprints(d) for d in docs]
    whole = PassageIndex(fps, max_df=max_df, common_df=2, use_numpy=use_numpy)
    lean = PassageIndex(fps, max_df=max_df, common_df=2, use_numpy=use_numpy, pairs_only=True)
    assert lean.matches() == whole.matches()
    assert lean.matches(min_containment=0.5) == whole.matches(min_containment=0.5)
    assert lean.totals == whole.totals
    assert {(1, 24), (2, 25), (3, 25), (6, 26)} <= {(m.a, m.b) for m in whole.matches()}
    with pytest.raises(RuntimeError, match="no queries"):
        lean.query(fps[0])


def test_every_kind_of_space_parts_words_as_a_space_does() -> None:
    # Words are split from the UTF-8 bytes, where only ASCII whitespace splits: the other
    # spaces (a no-break space between a figure and its unit, an ideographic space) are
    # made spaces first, so a copy that differs only in its spaces is the same copy. (The
    # line and paragraph separators end a clause, as a full stop does.)
    plain = "the count went on until four in the morning"
    spaces = [chr(c) for c in range(0x3001) if chr(c).isspace() and c not in (0x2028, 0x2029)]
    assert len(spaces) > 20
    for space in spaces:
        text = plain.replace(" ", space)
        assert fingerprints(text) == fingerprints(plain), hex(ord(space))
        assert shingles(text) == shingles(plain), hex(ord(space))
