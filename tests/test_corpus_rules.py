"""duplicate-article and cross-article-conflict on the seed articles and on copies of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"
S000, S001, S002 = sorted(SEEDS.glob("*.txt"))


def test_the_rewrite_is_found_and_the_other_story_is_not() -> None:
    report = factcheck.check(SEEDS, select=["DUP"])
    (dup,) = report.findings
    assert dup.name == "duplicate-article"
    assert Path(dup.path or "").name == S002.name
    assert Path(str(dup.evidence["duplicate_of"])).name == S001.name
    assert dup.evidence["shared_passages"] == 7
    # Hand-checked: both give these seven figures, and none differs (001 says Ali won "to
    # remain in the seat", 002 that she "was returned to parliament").
    assert dup.evidence["figures_in_common"] == [
        "Rushanara Ali's votes in bethnal green and bow: 42,969",
        "Rushanara Ali's share in bethnal green and bow: 71.8",
        "Rushanara Ali's rank in bethnal green and bow: first",
        "Charlotte Chirico's votes in bethnal green and bow: 7,576",
        "Charlotte Chirico's rank in bethnal green and bow: second",
        "Ajmal Masroor's votes in bethnal green and bow: 3,888",
        "Ajmal Masroor's rank in bethnal green and bow: third",
    ]
    assert dup.evidence["figures_differ"] == []
    # The longest repeated run in 002: the quotes from "this victory" to "misinformation".
    assert (dup.text or "").startswith("this victory is an expression of hope over fear")
    assert (dup.text or "").endswith("free from smears and misinformation")
    assert dup.related
    assert all(Path(r.path or "").name == S001.name for r in dup.related)
    text001 = S001.read_text(encoding="utf-8")
    first = dup.related[0]
    assert first.start is not None
    assert first.end is not None
    assert text001[first.start : first.end].startswith("this victory is an expression of hope")
    assert not any(
        S000.name in str(f.evidence) or S000.name in (f.path or "") for f in report.findings
    )


def test_a_copy_with_one_vote_count_changed_conflicts(tmp_path: Path) -> None:
    text = S001.read_text(encoding="utf-8")
    assert text.count("42,969") == 1
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("42,969", "42,699"), encoding="utf-8")
    report = factcheck.check(tmp_path, select=["DUP"])
    by_name = {f.name: f for f in report.findings}
    assert set(by_name) == {"duplicate-article", "cross-article-conflict"}
    conflict = by_name["cross-article-conflict"]
    assert conflict.path == str(tmp_path / "b.txt")
    assert conflict.text == "42,699"
    assert conflict.evidence["other_value"] == "42,969"
    (other,) = conflict.related
    assert other.path == str(tmp_path / "a.txt")
    assert other.start is not None
    assert other.end is not None
    assert text[other.start : other.end] == "42,969"
    dup = by_name["duplicate-article"]
    assert dup.evidence["figures_differ"] == [
        {
            "fact": "Rushanara Ali's votes in bethnal green and bow",
            "this": "42,699",
            "other": "42,969",
        }
    ]


def test_figures_that_agree_under_rounding_do_not_conflict(tmp_path: Path) -> None:
    text = S001.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("42,969", "nearly 43,000"), encoding="utf-8")
    names = {f.name for f in factcheck.check(tmp_path, select=["DUP"]).findings}
    assert names == {"duplicate-article"}


@settings(max_examples=12, deadline=None)
@given(
    inside=st.integers(min_value=42_900, max_value=42_999),
    outside=st.integers(min_value=43_001, max_value=44_500),
)
def test_a_hedged_count_conflicts_only_with_a_count_its_hedge_does_not_allow(
    tmp_path_factory: pytest.TempPathFactory, inside: int, outside: int
) -> None:
    # (sixteenth session) "nearly 43,000 votes", read with its hedge: below 43,000, so 42,9xx
    # is one value both can be, and 43,001 or more is none.
    text = S001.read_text(encoding="utf-8")
    for count, conflicts in ((inside, False), (outside, True)):
        folder = tmp_path_factory.mktemp("pair")
        (folder / "a.txt").write_text(text.replace("42,969", f"{count:,}"), encoding="utf-8")
        (folder / "b.txt").write_text(text.replace("42,969", "nearly 43,000"), encoding="utf-8")
        names = {f.name for f in factcheck.check(folder, select=["DUP"]).findings}
        assert ("cross-article-conflict" in names) is conflicts


def test_unrelated_articles_without_an_election_are_not_compared(tmp_path: Path) -> None:
    # Same candidate and seat, different stories (another year, say): nothing in common.
    (tmp_path / "a.txt").write_text(
        "Rushanara Ali held Bethnal Green and Bow for Labour with 42,969 votes.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Five years earlier, in Bethnal Green and Bow, Rushanara Ali won 21,784 votes "
        "after a campaign fought street by street.\n",
        encoding="utf-8",
    )
    assert factcheck.check(tmp_path, select=["DUP"]).findings == ()


def test_three_copies_are_reported_against_the_first(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(S001, tmp_path / name)
    report = factcheck.check(tmp_path, select=["DUP101"])
    assert [
        (Path(f.path or "").name, Path(str(f.evidence["duplicate_of"])).name)
        for f in report.findings
    ] == [("b.txt", "a.txt"), ("c.txt", "a.txt")]
    assert all(str(f.evidence["containment"]) == "1.0" for f in report.findings)


def test_a_stub_that_is_only_a_shared_caption_is_no_copy(tmp_path: Path) -> None:
    # Wikinews ID115508 and ID116377: two stories whose text, in the dump, is only the photo
    # caption. The shorter is "contained" in the other, but seven words make no copy.
    caption = "File photo of Thaksin Shinawatra from 2005"
    (tmp_path / "a.txt").write_text(caption + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        caption + ". The United Kingdom has revoked the visa of the former Thai prime minister, "
        "who was sentenced in absentia to two years in prison for corruption.\n",
        encoding="utf-8",
    )
    assert factcheck.check(tmp_path, select=["DUP101"]).findings == ()
    # One long shared sentence is enough: a one-sentence brief copied is a copy.
    (tmp_path / "c.txt").write_text(
        "The United Kingdom has revoked the visa of the former Thai prime minister, who was "
        "sentenced in absentia to two years in prison for corruption.\n",
        encoding="utf-8",
    )
    (found,) = factcheck.check(tmp_path, select=["DUP101"]).findings
    assert Path(found.path or "").name == "c.txt"
    assert Path(str(found.evidence["duplicate_of"])).name == "b.txt"
