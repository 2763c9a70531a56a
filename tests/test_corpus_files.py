"""A folder's files loaded and fingerprinted in batches for the duplicate rule (on workers
too), and boilerplate found from the batch's word hashes: the same as one file at a time."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import api
from factcheck.corpus.boilerplate import builtin_boilerplate, parse_boilerplate
from factcheck.corpus.index import HAVE_NUMPY

pytestmark = pytest.mark.skipif(not HAVE_NUMPY, reason="the batched path needs numpy")

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"
PHRASES = parse_boilerplate(
    '[boilerplate]\nphrases = ["All rights reserved", "first-hand journalism by members",'
    ' "Have an opinion on this story?"]',
    "test",
)
PIECES = [
    "All rights reserved",
    "all  RIGHTS\nreserved",
    "reservedly",
    "first-hand journalism by members",
    "Have an opinion on this story?",
    "story",
    "rights",
    "x",
    "42,969",
    ".",
    ",",
    "-",
    "'",
    " ",
    "\n",
    "é",
    "Ünïcode wörds",
    "count hall ward turnout",
]


@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), max_size=6))
@settings(max_examples=150)
def test_boilerplate_found_from_word_hashes_is_what_stripping_each_text_finds(
    texts: list[str],
) -> None:
    from factcheck.corpus.fingerprint import packed

    for bp in (PHRASES, builtin_boilerplate()):
        batched = packed(texts, batch=4, boilerplate=bp)
        one_by_one = packed([bp.strip(t) for t in texts], batch=4)
        for name in ("clause_hashes", "clause_words", "clause_counts", "shingle_hashes"):
            assert getattr(batched, name).tolist() == getattr(one_by_one, name).tolist()


def stripped(text: str) -> str:
    return PHRASES.strip(text)


def test_a_phrase_is_stripped_as_whole_words_only() -> None:
    assert "\x00" in stripped("Text. All rights reserved. More text")
    assert stripped("All rights reservedly given") == "All rights reservedly given"
    assert stripped("xAll rights reserved") == "xAll rights reserved"
    # A phrase that ends in punctuation needs nothing after it.
    assert stripped("Have an opinion on this story?Tell us") == "\x00Tell us"


def test_packed_digests_slice_by_document() -> None:
    from factcheck.corpus.fingerprint import packed

    texts = ["one two three four, five six seven eight nine ten eleven twelve"] * 2 + [
        "a b c d e f g h i j k l m n o p"
    ]
    whole = packed(texts)
    tail = whole.slice(1, 3)
    alone = packed(texts[1:])
    assert len(tail) == 2
    assert tail.clause_hashes.tolist() == alone.clause_hashes.tolist()
    assert tail.shingle_hashes.tolist() == alone.shingle_hashes.tolist()
    assert whole.slice(0, 0).clause_hashes.tolist() == []


def _folder(tmp_path: Path) -> Path:
    rng = random.Random(3)
    words = ["count", "hall", "ward", "turnout", "ballot", "agent", "recount", "stage", "river"]
    texts = [
        " ".join(f"Ms Okafor {' '.join(rng.choices(words, k=12))}." for _ in range(14))
        for _ in range(30)
    ]
    texts.append(
        " ".join(rng.choice(words) if rng.random() < 0.1 else w for w in texts[7].split(" "))
    )
    for i, t in enumerate(texts):
        (tmp_path / f"{i:03d}.txt").write_text(t, encoding="utf-8")
    # Files the quick loader leaves to the full one, among the plain ones.
    (tmp_path / "010a.md").write_text("---\ntitle: x\n---\n" + texts[3], encoding="utf-8")
    (tmp_path / "011a.txt").write_text("---\nelection: nowhere-2099\n---\n" + texts[5], "utf-8")
    (tmp_path / "012a.txt").write_bytes(b"")
    (tmp_path / "013a.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "014a.txt").write_text("\ufeff" + texts[9], encoding="utf-8")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path / f"s{seed.name}")
    return tmp_path


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_folder_fingerprinted_in_batches_is_reported_as_file_by_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    folder = _folder(tmp_path)
    with monkeypatch.context() as m:
        # File by file, as before the batches: each file loaded unread, fingerprinted here.
        m.setattr(
            api,
            "_fingerprint_all",
            lambda paths, jobs, progress, fmt, bp: (
                api._load_one(p, api._ReadSettings(input_format=fmt), read=False) for p in paths
            ),
        )
        expected = api.check_many(folder, select=["duplicate-article"], jobs=1)
    monkeypatch.setattr(api, "FINGERPRINT_BATCH", 4)
    monkeypatch.setattr(api, "PARALLEL_FINGERPRINT_FILES", 8)
    seen: list[tuple[int, int]] = []
    report = api.check_many(
        folder,
        select=["duplicate-article"],
        jobs=jobs,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert report.findings == expected.findings
    assert report.errors == expected.errors
    assert report.documents == expected.documents
    assert report.not_checked == expected.not_checked
    assert {f.path for f in report.findings} >= {str(folder / "030.txt")}
    assert len(report.errors) >= 2  # the empty file, the bad bytes (and the election)
    assert seen[-1] == (len(seen) and seen[-1][1], seen[-1][1])
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_folder_named_twice_is_read_once(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    once = factcheck.check(folder, select=["duplicate-article"])
    twice = factcheck.check([folder, folder, folder / "030.txt"], select=["duplicate-article"])
    assert twice.findings == once.findings
    assert twice.documents == once.documents
