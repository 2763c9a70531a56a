"""Duplicates edited word by word: sampled shingles, the order check, templates, boilerplate,
and reading for figures only the articles of candidate pairs."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import api
from factcheck.checks.corpus.duplicate_article import in_order, spread
from factcheck.corpus.boilerplate import builtin_boilerplate, parse_boilerplate
from factcheck.corpus.fingerprint import digest, digests, passages, shingles
from factcheck.corpus.index import HAVE_NUMPY
from factcheck.packs import PackError

_VOCABULARY = (
    "count hall night ward turnout council candidate ballot papers agent returning officer "
    "recount volunteers leaflets doorstep campaign morning declared result table stage "
    "cheers speech promise housing buses library river bridge market school hospital "
    "budget parking flood estate tower station harbour village square clinic depot"
)
WORDS = _VOCABULARY.split(" ")


def story(rng: random.Random, words: int = 160) -> str:
    """Made-up prose: sentences of 6-16 words from a small vocabulary, with a name in each."""
    out: list[str] = []
    while sum(len(s.split()) for s in out) < words:
        k = rng.randint(6, 16)
        name = rng.choice(["Ms Okafor", "Mr Lindqvist", "Dr Pereira", "Cllr Haddad"])
        out.append(f"{name} " + " ".join(rng.choices(WORDS, k=k)) + ".")
    return " ".join(out)


def edited(text: str, rate: float, rng: random.Random) -> str:
    """Each word, with probability ``rate``, replaced, dropped or followed by another."""
    out: list[str] = []
    for w in text.split(" "):
        r = rng.random()
        if r >= rate:
            out.append(w)
        elif r < rate / 3:
            out.append(rng.choice(WORDS))
        elif r > 2 * rate / 3:
            out.extend((w, rng.choice(WORDS)))
    return " ".join(out)


TEXT = st.lists(st.sampled_from([*WORDS, "42,969", "71.8", "Labour", ".", ","]), max_size=80)


@given(st.lists(TEXT.map(" ".join), max_size=6), st.integers(1, 4))
@settings(max_examples=40)
def test_batched_digests_equal_the_pure_python_ones(texts: list[str], batch: int) -> None:
    assert list(digests(texts, batch=batch)) == [digest(t) for t in texts]


def test_shingles_are_sampled_by_content_so_copies_keep_the_same_ones() -> None:
    text = story(random.Random(1), 400)
    got = shingles(text)
    # One in eight of ~400 five-word shingles, give or take what chance allows.
    assert 20 <= len(got) <= 85
    assert shingles(text.upper().replace(" ", "  \n")) == got
    assert set(shingles("Preface words here. " + text)) >= set(got)


def test_in_order_is_the_longest_common_subsequence() -> None:
    assert in_order([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]) == 5
    assert in_order([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]) == 1
    assert in_order([1, 9, 2, 8, 3], [1, 2, 3, 7]) == 3
    assert in_order([1, 1, 2], [2, 1]) == 1


def test_spread_is_the_span_of_the_shorter_text_in_common() -> None:
    assert spread([1, 2, 3, 4], [9, 1, 8, 4]) == 1.0
    assert spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [3, 4, 5, 99, 98, 97, 96, 95, 94, 93, 92]) == 0.3
    assert spread([1, 2], [3, 4]) == 0.0


def test_a_follow_up_that_repeats_one_background_paragraph_is_no_copy(tmp_path: Path) -> None:
    rng = random.Random(9)
    background = story(rng, 60)
    (tmp_path / "a.txt").write_text(story(rng, 120) + "\n" + background, encoding="utf-8")
    (tmp_path / "b.txt").write_text(story(rng, 140) + "\n" + background, encoding="utf-8")
    assert factcheck.check(tmp_path, select=["duplicate-article"]).findings == ()


@pytest.mark.parametrize("seed", range(4))
def test_a_copy_with_a_fifth_of_its_words_edited_is_found(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    texts = [story(rng) for _ in range(6)]
    texts.append(edited(texts[2], 0.2, rng))
    for i, t in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
    (found,) = factcheck.check(tmp_path, select=["duplicate-article"]).findings
    assert Path(found.path or "").name == "6.txt"
    assert Path(str(found.evidence["duplicate_of"])).name == "2.txt"
    assert found.evidence["method"] == "words"
    assert "with words changed" in found.message


def test_a_template_series_pairs_nobody(tmp_path: Path) -> None:
    # An interview series: the same questions in every one, different answers.
    rng = random.Random(7)
    questions = [story(rng, 12) for _ in range(8)]
    for i in range(40):
        parts = [f"{q} {story(rng, 25)}" for q in questions]
        (tmp_path / f"{i:02d}.txt").write_text("\n".join(parts), encoding="utf-8")
    assert factcheck.check(tmp_path, select=["duplicate-article"]).findings == ()


def test_stories_that_share_only_wire_boilerplate_are_not_paired(tmp_path: Path) -> None:
    rng = random.Random(3)
    rights = (
        "Copyright The Agency. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed without permission."
    )
    (tmp_path / "a.txt").write_text(story(rng, 30) + "\n" + rights, encoding="utf-8")
    (tmp_path / "b.txt").write_text(story(rng, 30) + "\n" + rights, encoding="utf-8")
    assert factcheck.check(tmp_path, select=["duplicate-article"]).findings == ()
    assert "may not be published" not in builtin_boilerplate().strip(rights)


def test_a_boilerplate_pack_is_validated() -> None:
    assert parse_boilerplate('[boilerplate]\nphrases = ["one two three"]', "p").phrases
    with pytest.raises(PackError, match="three words"):
        parse_boilerplate('[boilerplate]\nphrases = ["Reuters reports"]', "p")
    with pytest.raises(PackError, match="list of strings"):
        parse_boilerplate("[boilerplate]\nphrases = 3", "p")


def test_only_the_articles_of_candidate_pairs_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(5)
    texts = [story(rng) for _ in range(12)]
    texts.append(edited(texts[4], 0.1, rng))
    for i, t in enumerate(texts):
        (tmp_path / f"{i:02d}.txt").write_text(t, encoding="utf-8")
    read: list[str] = []
    real = api.read_article  # type: ignore[attr-defined]

    def counting(
        doc: factcheck.Document, pack: object = None, election: str | None = None
    ) -> factcheck.Article:
        read.append(Path(doc.path).name)
        return real(doc, pack, election)  # type: ignore[arg-type]

    monkeypatch.setattr(api, "read_article", counting)
    alone = factcheck.check(tmp_path, select=["duplicate-article"])
    assert sorted(set(read)) == ["04.txt", "12.txt"]
    read.clear()
    # With a rule that needs every article's figures, every article is read, and the
    # duplicate found is the same.
    both = factcheck.check(tmp_path, select=["duplicate-article", "cross-article-conflict"])
    assert [f for f in both.findings if f.name == "duplicate-article"] == list(alone.findings)


@pytest.mark.skipif(not HAVE_NUMPY, reason="compares the numpy index with the dict one")
def test_the_word_index_pairs_the_same_without_numpy() -> None:
    from factcheck.corpus.collection import Collection
    from factcheck.models import Article, Document

    rng = random.Random(11)
    texts = [story(rng) for _ in range(8)]
    texts += [edited(texts[1], 0.15, rng), edited(texts[5], 0.05, rng)]
    arts = [Article(document=Document(path=str(i), text=t)) for i, t in enumerate(texts)]
    got = []
    for use_numpy in (True, False):
        col = Collection(use_numpy=use_numpy)
        for a in arts:
            col.add(a)
        got.append([(m.a, m.b, m.shared, m.passages) for m in col.word_matches(0.2)])
    assert got[0] == got[1]
    assert {(a, b) for a, b, _, _ in got[0]} == {(1, 8), (5, 9)}


@pytest.mark.skipif(not HAVE_NUMPY, reason="compares the numpy index with the dict one")
@pytest.mark.parametrize("seed", [3, 17])
def test_every_measure_of_every_pair_is_the_same_without_numpy(seed: int) -> None:
    # The numpy path works the measures out over arrays: the same floats, to the last bit.
    from factcheck.corpus.collection import Collection
    from factcheck.models import Article, Document

    rng = random.Random(seed)
    texts = [story(rng) for _ in range(6)]
    texts += [edited(texts[k], rate, rng) for k, rate in ((0, 0.1), (0, 0.3), (2, 0.05))]
    texts += [texts[3], texts[3][: len(texts[3]) // 2]]
    arts = [Article(document=Document(path=str(i), text=t)) for i, t in enumerate(texts)]
    got = []
    for use_numpy in (True, False):
        col = Collection(use_numpy=use_numpy)
        for a in arts:
            col.add(a)
        got.append(
            [
                col.clause_matches(),
                col.word_matches(0.0),
                col.word_matches(0.2),
                col.word_matches(0.9),
                col.indexes()[0].matches(0.3, min_passages=2),
            ]
        )
    assert got[0] == got[1]
    assert got[0][0]  # pairs found,
    assert got[0][3]  # some pass the highest bar,
    assert len(got[0][3]) < len(got[0][1])  # and some do not


@pytest.mark.skipif(not HAVE_NUMPY, reason="packed digests are numpy arrays")
@pytest.mark.parametrize("use_numpy", [True, False])
def test_digests_packed_by_partition_index_as_documents_added_one_by_one(
    use_numpy: bool,
) -> None:
    # What a Dask client does with its workers' partitions: the same pairs, measures and
    # held documents as adding each article in turn.
    from factcheck.corpus.collection import Collection
    from factcheck.corpus.fingerprint import PackedDigests
    from factcheck.models import Article, Document

    rng = random.Random(5)
    texts = [story(rng) for _ in range(9)]
    texts += [edited(texts[2], 0.1, rng), texts[4], "", edited(texts[7], 0.2, rng) + " " * 3]
    texts[3] += " " + texts[3]  # a repeated passage and repeated shingles count once
    arts = [Article(document=Document(path=f"d{i}", text=t)) for i, t in enumerate(texts)]
    one = Collection(use_numpy=use_numpy)
    for a in arts:
        one.add(a)
    packed = Collection(use_numpy=use_numpy)
    for part in (arts[:4], arts[4:5], arts[5:]):
        made = list(digests(builtin_boilerplate().strip(a.document.text) for a in part))
        held = packed.add_packed([(a, True, True) for a in part], PackedDigests.of(made))
        assert held == part
    assert packed.clause_matches() == one.clause_matches()
    assert packed.word_matches(0.2) == one.word_matches(0.2)
    assert {(m.a, m.b) for m in one.word_matches(0.2)} >= {(2, 9), (7, 12)}
    assert [packed.held(i) for i in range(len(arts))] == arts
    with pytest.raises(ValueError, match="2 articles but 1 digests"):
        Collection().add_packed([(arts[0], True, True)] * 2, PackedDigests.of(made[:1]))


# Characters where the byte-level path could part from the pure-Python one: points and
# commas beside digits of other scripts, quotes and dashes that break clauses, spaces that
# are not ASCII, case folding that changes length, a lone surrogate, NUL.
_AWKWARD = st.sampled_from(
    [*"ab1٣9.,  \n\t\x00“”’—-…\u00a0ßİẞ\u2028", "\ud800", "42,969", "x.5", "١.٢", "w7"]
)
AWKWARD_TEXT = st.lists(_AWKWARD, max_size=60).map("".join) | st.text(max_size=200)


@pytest.mark.skipif(not HAVE_NUMPY, reason="the batched path is numpy's")
@given(st.lists(AWKWARD_TEXT, max_size=6), st.integers(1, 4))
@settings(max_examples=300)
def test_the_byte_level_path_hashes_any_text_as_the_pure_python_one(
    texts: list[str], batch: int
) -> None:
    from factcheck.corpus.fingerprint import PackedDigests, packed

    want = [digest(t) for t in texts]
    assert list(digests(texts, batch=batch)) == want
    got, made = packed(texts, batch=batch), PackedDigests.of(want)
    assert got.clause_counts.tolist() == made.clause_counts.tolist()
    assert got.shingle_counts.tolist() == made.shingle_counts.tolist()
    # Within a document the order may differ (the index does not care); the sets may not.
    assert sorted(zip(got.clause_hashes.tolist(), got.clause_words.tolist(), strict=True)) == (
        sorted(zip(made.clause_hashes.tolist(), made.clause_words.tolist(), strict=True))
    )
    assert sorted(got.shingle_hashes.tolist()) == sorted(made.shingle_hashes.tolist())


@given(st.text(max_size=80), st.sampled_from(["", "\ufeff", "---\n", " \n"]))
@settings(max_examples=60)
def test_the_quick_plain_text_loader_makes_what_load_document_makes(
    tmp_path_factory: pytest.TempPathFactory, body: str, head: str
) -> None:
    from factcheck.errors import InputFileError
    from factcheck.io.files import load_document, load_plain_text

    path = tmp_path_factory.mktemp("plain") / "a.txt"
    path.write_bytes((head + body).encode("utf-8", "surrogatepass"))
    quick = load_plain_text(path)
    try:
        full = load_document(path)
    except InputFileError:
        assert quick is None  # the full path says what is wrong
        return
    if quick is not None:
        assert quick == full
        assert quick.model_fields_set == full.model_fields_set


@given(st.lists(AWKWARD_TEXT, max_size=5))
@settings(max_examples=200)
def test_passages_located_in_a_batch_are_those_located_one_by_one(texts: list[str]) -> None:
    from factcheck.corpus.fingerprint import passages_of

    assert passages_of(texts) == [passages(t) for t in texts]
