"""Golden outputs of the reader: ``factcheck check --output-format json`` on written articles.

The articles in tests/extract/articles are ours, written in the house styles results copy
uses (single-seat stories, round-ups, live blogs, results lists and cards, headline and
standfirst; English, Scottish, Welsh and Northern Irish seats; 2017, 2019 and 2024), each
with its election in front matter. With the three seeds, they pin down what the reader takes
from real-looking copy: any change in what is read, and so in what is found, fails here with
a diff. When the change is meant, regenerate the files and review the diff before
committing::

    FACTCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/extract/test_reader_golden.py

With the variable set, a file that differs is rewritten and its test fails once, naming it;
the next run passes.
"""

from __future__ import annotations

import difflib
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.cli import main
from factcheck.io.front_matter import read_front_matter

REPO = Path(__file__).resolve().parents[2]
ARTICLES = Path(__file__).resolve().parent / "articles"
SEEDS = REPO / "examples" / "articles"
GOLDEN = REPO / "tests" / "golden" / "reading"


def _election(path: Path) -> str:
    if path.parent == SEEDS:
        return "uk-ge-2017"  # the seeds have no front matter; they report 2017
    metadata, _ = read_front_matter(path.read_text(encoding="utf-8"), str(path))
    election = metadata.get("election")
    assert isinstance(election, str), f"{path.name} names no election in its front matter"
    return election


CASES = sorted(ARTICLES.glob("*.md")) + sorted(SEEDS.glob("*.txt"))


def _output(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("FACTCHECK_OUTPUT_FORMAT", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    out = io.StringIO()
    argv = [
        "check",
        "--isolated",
        "--show-not-checked",
        "--election",
        _election(path),
        "--output-format",
        "json",
        "--color",
        "never",
        path.relative_to(REPO).as_posix(),
    ]
    code = main(argv, out=out)
    assert code in (0, 1), f"factcheck check exited {code} on {path.name}"
    # The version changes at every release; nothing else may.
    return out.getvalue().replace(f'"{__version__}"', '"<version>"')


def test_there_are_enough_written_articles() -> None:
    assert len(list(ARTICLES.glob("*.md"))) >= 24


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_reading_matches_golden_file(
    path: Path, monkeypatch: pytest.MonkeyPatch, golden_text: Callable[[str, Path], str]
) -> None:
    got = _output(path, monkeypatch)
    golden = GOLDEN / f"{path.stem}.json"
    expected = golden_text(got, golden)
    if got != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                got.splitlines(keepends=True),
                fromfile=f"golden/{golden.name}",
                tofile="now",
            )
        )
        pytest.fail(
            f"what factcheck finds in {path.name} has changed; if the change is meant, "
            f"regenerate with FACTCHECK_UPDATE_GOLDEN=1 and review the diff:\n{diff}",
            pytrace=False,
        )


def test_every_golden_file_has_its_article() -> None:
    stems = {p.stem for p in CASES}
    assert {p.stem for p in GOLDEN.glob("*.json")} <= stems
