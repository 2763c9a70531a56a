"""Golden outputs: every built-in reporter on the seed articles, compared byte for byte.

Any change in what a reporter writes fails here. When the change is meant, regenerate the
files and review the diff before committing::

    FACTCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/report/test_report_golden.py

With the variable set, a file that differs is rewritten and its test fails once, naming it;
the next run passes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.cli import main
from factcheck.report import BUILTIN

REPO = Path(__file__).resolve().parent.parent.parent
GOLDEN = Path(__file__).resolve().parent.parent / "golden"
SUFFIX = {
    "text": "txt",
    "json": "json",
    "json-lines": "jsonl",
    "sarif": "sarif",
    "github": "github.txt",
    "rdjsonl": "rdjsonl",
    "html": "html",
}
# The seeds are checked against the official 2017 results, so the reference rules (and
# their literal fixes) show in every format; the typo'd results file adds a results file.
ARGV = [
    "check",
    "--election",
    "uk-ge-2017",
    "--isolated",
    "--show-not-checked",
    "examples/articles",
    "examples/poplar-and-limehouse-2017-typo.json",
]


def _output(output_format: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("FACTCHECK_OUTPUT_FORMAT", raising=False)
    out = io.StringIO()
    code = main([*ARGV, "--output-format", output_format, "--color", "never"], out=out)
    assert code == 1, "the seeds have findings"
    # The version changes at every release; nothing else may.
    return out.getvalue().replace(f'"{__version__}"', '"<version>"')


def test_every_builtin_format_has_a_golden_file() -> None:
    assert set(SUFFIX) == set(BUILTIN)


@pytest.mark.parametrize("output_format", sorted(SUFFIX))
def test_output_matches_golden_file(
    output_format: str, monkeypatch: pytest.MonkeyPatch, golden_text: Callable[[str, Path], str]
) -> None:
    got = _output(output_format, monkeypatch)
    path = GOLDEN / f"seeds.{SUFFIX[output_format]}"
    expected = golden_text(got, path)
    assert got == expected, (
        f"{output_format} output differs from {path.relative_to(REPO)}; if the change is "
        "meant, regenerate with FACTCHECK_UPDATE_GOLDEN=1 and review the diff"
    )
