"""Special paths and hostile settings: refused with a clear error, never a hang or a crash."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck import config as config_module
from factcheck.cli import main
from factcheck.config import ConfigError, load_config_file
from factcheck.io import paths
from factcheck.loaders import MAX_FOLDER_DEPTH, expand_paths
from factcheck.packs import PackError, load_packs, parse_pack
from factcheck.toml_files import MAX_PROBLEMS, MAX_SETTINGS_BYTES, KeyLines

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "poplar-and-limehouse-2017.json"
WRONG_SHARE = EXAMPLE.read_text("utf-8").replace('"20.1"', '"21.1"')

fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


@pytest.fixture(autouse=True)
def _no_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.json"
    path.write_text(WRONG_SHARE, encoding="utf-8")
    return path


@fifo_only
def test_a_fifo_named_as_input_is_refused_and_the_others_are_checked(
    tmp_path: Path, good: Path
) -> None:
    fifo = tmp_path / "feed.json"
    os.mkfifo(fifo)
    report = factcheck.check([fifo, good])
    [error] = report.errors
    assert error.path == str(fifo)
    assert "not a regular file" in error.message
    assert [f.path for f in report.findings] == [str(good)]


@fifo_only
def test_a_fifo_as_reference_or_config_or_pack_is_refused(tmp_path: Path, capsys: Any) -> None:
    fifo = tmp_path / "reference.json"
    os.mkfifo(fifo)
    assert main(["check", "--reference", str(fifo), str(EXAMPLE)], out=io.StringIO()) == 2
    assert "not a regular file" in capsys.readouterr().err
    with pytest.raises(ConfigError, match="not a regular file"):
        load_config_file(fifo)
    with pytest.raises(PackError, match="not a regular file"):
        load_packs([fifo])


def test_a_device_is_refused_as_input_and_as_pack(good: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    report = factcheck.check(["/dev/zero", good])
    assert [e.path for e in report.errors] == ["/dev/zero"]
    assert [f.path for f in report.findings] == [str(good)]
    with pytest.raises(PackError, match="not a regular file"):
        load_packs(["/dev/zero"])


def test_settings_files_are_size_capped(tmp_path: Path) -> None:
    big = tmp_path / "pack.toml"
    big.write_text("# padding\n" * (MAX_SETTINGS_BYTES // 10 + 1), encoding="utf-8")
    with pytest.raises(PackError, match="byte limit"):
        load_packs([big])
    with pytest.raises(ConfigError, match="byte limit"):
        load_config_file(big.rename(tmp_path / "factcheck.toml"))


def _nest(top: Path, depth: int) -> Path:
    # Built with relative mkdir calls: an absolute path this deep is over PATH_MAX.
    top.mkdir()
    here = os.getcwd()
    os.chdir(top)
    try:
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        Path("deep.txt").write_text("Labour won 600 votes (60%).", encoding="utf-8")
    finally:
        os.chdir(here)
    return top


def _unnest(top: Path, depth: int) -> None:
    # Removed bottom up without recursion: pytest's own clean-up of old temporary folders
    # uses a recursive rmtree, which a tree this deep would break for every later run.
    here = os.getcwd()
    os.chdir(top)
    try:
        for _ in range(depth):
            os.chdir("d")
        Path("deep.txt").unlink()
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


def test_folders_are_searched_to_a_depth_limit(tmp_path: Path) -> None:
    shallow = _nest(tmp_path / "shallow", MAX_FOLDER_DEPTH)
    try:
        assert [p.name for p in expand_paths([shallow])] == ["deep.txt"]
    finally:
        _unnest(shallow, MAX_FOLDER_DEPTH)
    deep = _nest(tmp_path / "deep", MAX_FOLDER_DEPTH + 30)
    try:
        report = factcheck.check(deep)
    finally:
        _unnest(deep, MAX_FOLDER_DEPTH + 30)
    [error] = report.errors
    assert f"nested more than {MAX_FOLDER_DEPTH} folders deep" in error.message


def test_folders_are_searched_without_python_recursion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Deeper than the recursion limit allowed here, which a recursive walk would hit; kept
    # well under 1,000 levels, which would break pytest's own (recursive) clean-up.
    depth = 300
    monkeypatch.setattr(paths, "MAX_FOLDER_DEPTH", 10_000)
    deep = _nest(tmp_path / "deep", depth)
    limit = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(200)
        found = list(expand_paths([deep]))
    finally:
        sys.setrecursionlimit(limit)
        _unnest(deep, depth)
    assert [p.name for p in found] == ["deep.txt"]


@pytest.mark.parametrize(
    "number", ["1e999999999", "1" * 16, "1/" + "9" * 16, "0x10", "nan", "1_000"]
)
def test_pack_numbers_are_bounded_in_size_and_form(number: str) -> None:
    text = f'[granularity]\nfloor = "{number}"\n'
    with pytest.raises(PackError, match="is not a number") as info:
        parse_pack(text, "p.toml")
    assert info.value.line == 2


def test_a_huge_whole_number_in_a_pack_is_refused() -> None:
    with pytest.raises(PackError, match="too large"):
        parse_pack(
            "[hedges.about]\nwords = ['about']\ntruth = 'approx'\ntolerance = 10000000000000000\n"
        )


@pytest.mark.parametrize("alias", ["", "  "])
def test_an_empty_party_alias_is_an_error(alias: str) -> None:
    text = f'[parties.lab]\nname = "Labour"\naliases = ["Lab", "{alias}"]\n'
    with pytest.raises(PackError, match="an alias cannot be empty") as info:
        parse_pack(text, "parties.toml")
    assert info.value.line == 3


def test_a_config_with_many_unknown_keys_is_indexed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    real_init = KeyLines.__init__

    def counting_init(self: KeyLines, entries: Any) -> None:
        built.append(1)
        real_init(self, entries)

    monkeypatch.setattr(KeyLines, "__init__", counting_init)
    config_module._key_lines.cache_clear()
    keys = 5_000
    path = tmp_path / "factcheck.toml"
    path.write_text("".join(f"unknown-{i} = 1\n" for i in range(keys)), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    lines = str(info.value).splitlines()
    assert len(lines) == MAX_PROBLEMS + 1
    assert lines[0].startswith(f"{path}:1: unknown key 'unknown-0'")
    assert lines[-1] == f"... and {keys - MAX_PROBLEMS:,} more problems"
    assert built == [1]


def test_key_lines_find_the_longest_spelled_out_part_of_a_path() -> None:
    index = KeyLines(
        [
            (1, ("tool", "factcheck")),
            (2, ("tool", "factcheck", "select")),
            (4, ("tool", "factcheck", "severity")),
            (5, ("tool", "factcheck", "severity", "NUM")),
            (6, ("tool", "factcheck", "severity", "NUM")),
        ]
    )
    assert index.line(("tool",)) == 1
    assert index.line(("tool", "factcheck", "select")) == 2
    assert index.line(("tool", "factcheck", "severity", "NUM")) == 5
    assert index.line(("tool", "factcheck", "severity", "WRD")) == 4
    assert index.line(("tool", "factcheck", "ignore")) == 1
    assert index.line(("other",)) is None
    assert index.line(()) is None
