"""The input side as one registry: what a file is, what stdin is, and each file read once."""

from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import InputFileError, check
from factcheck.cli import main
from factcheck.io.decoding import decode, utf16_without_bom
from factcheck.io.files import load_document
from factcheck.io.formats import FORMATS, for_path, known_suffixes, named, sniff
from factcheck.io.paths import Excludes, expand_paths

# WRD102 fires on this sentence: "up about five per cent" for a rise of 5.09 points.
POINTS = (
    "In Poplar and Limehouse, where Labour's Jim Fitzpatrick held the seat, turnout was up\n"
    "about five per cent to 67.68pc from 62.59pc in 2015.\n"
)
RESULTS = Path(__file__).resolve().parents[2] / "examples" / "poplar-and-limehouse-2017-typo.json"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


# -- the registry -------------------------------------------------------------------------------


def test_every_suffix_and_name_belongs_to_one_format() -> None:
    suffixes = known_suffixes()
    assert len(suffixes) == len(set(suffixes))
    for fmt in FORMATS:
        assert named(fmt.name) is fmt
        assert named(fmt.media_type) is fmt
        for suffix in fmt.suffixes:
            assert for_path(f"story{suffix.upper()}") is fmt


def test_an_unknown_format_name_suggests_the_nearest() -> None:
    with pytest.raises(ValueError, match="unknown input format 'markdwn'; did you mean 'markdown'"):
        named("markdwn")


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("results.csv", "has the suffix '.csv', which factcheck does not read"),
        ("README", "has no suffix to say what it is"),
        ("feed.ndjson", "JSON Lines is not a results file"),
        ("feed.json.bak", "a copy of a .json file? rename it to end in .json"),
        ("story.txt.orig", "a copy of a .txt file?"),
    ],
)
def test_a_file_of_no_known_format_is_refused_with_the_known_ones(
    tmp_path: Path, name: str, phrase: str
) -> None:
    path = tmp_path / name
    path.write_text('{"contests": [{"name": "X", "turnout": "150"}]}', encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        load_document(path)
    message = info.value.message
    assert phrase in message
    assert ".txt, .md, .markdown, .html, .htm, .xhtml, .json" in message
    assert "--input-format text|markdown|html|json" in message


def test_a_feed_saved_under_another_name_is_not_read_as_prose_and_passes_nothing(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.json.bak"
    feed.write_bytes(RESULTS.read_bytes())
    good = tmp_path / "story.txt"
    good.write_text(POINTS, encoding="utf-8")
    code, text = run("check", str(feed), str(good))
    assert code == 2
    assert "feed.json.bak: error: has the suffix '.bak'" in text
    assert "WRD102" in text  # the other file is still checked
    # Saying what it is reads it, as the results file it is.
    code, text = run("check", "--input-format", "json", str(feed))
    assert code == 1
    assert "NUM101" in text


def test_input_format_reads_a_named_file_but_not_a_folders_files(tmp_path: Path) -> None:
    story = tmp_path / "story.text"
    story.write_text(POINTS, encoding="utf-8")
    report = check(story, input_format="text")
    assert [f.rule for f in report.findings] == ["WRD102"]
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.json").write_bytes(RESULTS.read_bytes())
    # Files found in a folder are read by the suffix they were found by.
    report = check(folder, input_format="text")
    assert report.errors == ()
    assert {f.rule for f in report.findings} == {"NUM101"}


# -- stdin ----------------------------------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_an_article_piped_to_stdin_is_read_as_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, POINTS.encode())
    code, text = run("check", "--format", "json", "-")
    assert code == 1
    assert [(f["path"], f["rule"]) for f in json.loads(text)] == [("<stdin>", "WRD102")]


def test_a_results_file_piped_to_stdin_is_read_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, RESULTS.read_bytes())
    code, text = run("check", "--format", "json", "-")
    assert code == 1
    assert {f["rule"] for f in json.loads(text)} == {"NUM101"}


def test_stdin_is_read_as_the_format_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    # Asked to read a results file as text, factcheck reads prose and finds no claims in it.
    _stdin(monkeypatch, RESULTS.read_bytes())
    code, _ = run("check", "--input-format", "text", "-")
    assert code == 0
    _stdin(monkeypatch, POINTS.encode())
    code, text = run("check", "--input-format", "json", "-")
    assert code == 2
    assert "<stdin>:1:1: error:" in text


def test_stdin_filename_names_stdin_and_says_what_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, ("<!-- up 9 per cent -->\n" + POINTS).encode())
    code, text = run("check", "--format", "json", "--stdin-filename", "news/story.md", "-")
    assert code == 1
    (finding,) = json.loads(text)
    assert finding["path"] == "news/story.md"
    assert finding["line"] == 3  # offsets count the comment, which is blanked, not removed
    _stdin(monkeypatch, POINTS.encode())
    code, text = run("check", "--stdin-filename", "story.csv", "-")
    assert code == 2
    assert "story.csv: error: has the suffix '.csv'" in text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('  {"contests": []}', "json"),
        ("\ufeff{}", "json"),
        ("<!doctype html><p>x</p>", "html"),
        ("---\ntitle: x\n---\nLabour held the seat.", "markdown"),
        ("Labour held the seat.", "markdown"),
    ],
)
def test_stdin_is_sniffed_by_how_it_begins(text: str, name: str) -> None:
    assert sniff(text).name == name


# -- encodings ------------------------------------------------------------------------------------


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=2))
def test_utf16_without_a_byte_order_mark_is_named_not_called_binary(text: str) -> None:
    for codec, order in (("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")):
        data = text.encode(codec)
        assert utf16_without_bom(data) == order
        with pytest.raises(InputFileError, match=f"UTF-16 \\({order}, with no byte-order mark"):
            decode(data, "a.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        bytes(range(256)),
        b"\x00" * 64,
    ],
)
def test_binary_is_still_called_binary(data: bytes) -> None:
    assert utf16_without_bom(data) is None
    with pytest.raises(InputFileError, match="looks like a binary file"):
        decode(data, "a.txt")


def test_utf16_with_a_byte_order_mark_is_still_named() -> None:
    with pytest.raises(InputFileError, match="is encoded as UTF-16; re-save it as UTF-8"):
        decode(codecs.BOM_UTF16_LE + "Labour".encode("utf-16-le"), "a.txt")


# -- each file once -------------------------------------------------------------------------------


def test_the_same_file_named_twice_is_reported_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(POINTS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = check([story, "story.txt", "./story.txt", tmp_path])
    assert len(report.documents) == 1
    # Read once, it is not a duplicate of itself.
    assert [f.rule for f in report.findings] == ["WRD102"]
    code, text = run("check", "story.txt", str(story), ".")
    assert code == 1
    assert text.count("WRD102") == 1
    assert "in 1 file" in text


def test_a_link_to_a_file_is_the_same_file(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(POINTS, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(story)
    assert [p.name for p in expand_paths([story, tmp_path / "link.txt"])] == ["story.txt"]


# -- excludes, as .gitignore has them -------------------------------------------------------------


def _tree(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(POINTS, encoding="utf-8")


def _found(root: Path, patterns: list[str], *paths: Path, force_exclude: bool = False) -> list[str]:
    found = expand_paths(paths, Excludes(patterns, root), force_exclude=force_exclude)
    return sorted(p.relative_to(root).as_posix() for p in found)


def test_a_slash_in_the_middle_anchors_the_pattern_and_star_stays_in_one_folder(
    tmp_path: Path,
) -> None:
    _tree(tmp_path, "doc/x.txt", "doc/sub/x.txt", "other/doc/x.txt")
    assert _found(tmp_path, ["doc/*.txt"], tmp_path) == ["doc/sub/x.txt", "other/doc/x.txt"]
    assert _found(tmp_path, ["doc/**/*.txt"], tmp_path) == ["other/doc/x.txt"]
    assert _found(tmp_path, ["x.txt"], tmp_path) == []


def test_a_file_inside_an_excluded_folder_cannot_be_re_included(tmp_path: Path) -> None:
    _tree(tmp_path, "drafts/a.txt", "drafts/keep.txt", "b.txt", "c.txt")
    patterns = ["drafts/", "!drafts/keep.txt", "*.txt", "!c.txt"]
    assert _found(tmp_path, patterns, tmp_path) == ["c.txt"]


def test_patterns_are_relative_to_the_root_whichever_folder_is_searched(tmp_path: Path) -> None:
    _tree(tmp_path, "archive/2015/a.txt", "archive/2017/b.txt")
    assert _found(tmp_path, ["archive/2015/"], tmp_path / "archive") == ["archive/2017/b.txt"]


def test_force_exclude_applies_patterns_to_files_named(tmp_path: Path) -> None:
    _tree(tmp_path, "drafts/a.txt", "b.txt")
    named = (tmp_path / "drafts" / "a.txt", tmp_path / "b.txt")
    assert _found(tmp_path, ["drafts/"], *named) == ["b.txt", "drafts/a.txt"]
    assert _found(tmp_path, ["drafts/"], *named, force_exclude=True) == ["b.txt"]


def test_force_exclude_reads_the_configured_excludes_from_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path, "drafts/a.txt", "news/b.txt")
    (tmp_path / "factcheck.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    sub = tmp_path / "news"
    monkeypatch.chdir(sub)  # patterns are relative to the configuration file, not here
    draft = str(tmp_path / "drafts" / "a.txt")
    code, text = run("check", "--force-exclude", draft, "b.txt")
    assert code == 1
    assert text.count("WRD102") == 1
    assert "in 1 file" in text
    code, text = run("check", draft, "b.txt")
    assert text.count("WRD102") == 2


def test_a_bad_pattern_is_a_configuration_error(tmp_path: Path) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text('exclude = ["drafts\\\\"]\n', encoding="utf-8")
    code, _ = run("check", "--config", str(config), str(RESULTS))
    assert code == 2


def test_the_refusal_in_the_docs_is_the_one_printed(tmp_path: Path) -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "inputs.md").read_text("utf-8")
    shown = docs.split("```\nfeed.json.bak: error: ", 1)[1].split("```", 1)[0]
    feed = tmp_path / "feed.json.bak"
    feed.write_bytes(RESULTS.read_bytes())
    with pytest.raises(InputFileError) as info:
        load_document(feed)
    assert info.value.message.split() == shown.split()
