"""Choosing a format: built-ins by name, third-party reporters by entry point, and the CLI."""

from __future__ import annotations

import importlib.metadata
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import Any, TextIO

import pytest

from factcheck.cli import main
from factcheck.models import Report
from factcheck.report import (
    BUILTIN,
    Reporter,
    ReportOptions,
    UnknownFormat,
    format_names,
    get_reporter,
    render,
)

REPO = Path(__file__).resolve().parent.parent.parent
SEED = str(REPO / "examples" / "articles" / "000_ebfbf1afab7ada99.txt")


class CountReporter:
    """A third-party reporter: one line, the number of findings."""

    def write(self, report: Report, out: TextIO, options: ReportOptions) -> None:
        out.write(f"{len(report.findings)} findings\n")


@pytest.fixture
def plugged_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A ``count`` reporter installed through the entry point; the names looked up."""
    looked_up: list[str] = []
    ep = EntryPoint(name="count", value=f"{__name__}:CountReporter", group="factcheck.reporters")

    def fake(*, group: str, name: str | None = None) -> list[EntryPoint]:
        assert group == "factcheck.reporters"
        looked_up.append(name or "*")
        return [ep] if name in (None, "count") else []

    monkeypatch.setattr(importlib.metadata, "entry_points", fake)
    get_reporter.cache_clear()
    yield looked_up
    get_reporter.cache_clear()


def test_every_builtin_is_a_reporter() -> None:
    for name in BUILTIN:
        assert isinstance(get_reporter(name), Reporter)


def test_builtins_are_found_without_reading_entry_points(plugged_in: list[str]) -> None:
    for name in BUILTIN:
        get_reporter(name)
    assert plugged_in == []


def test_third_party_reporter_is_found_by_its_entry_point(plugged_in: list[str]) -> None:
    assert render(Report(), "count") == "0 findings\n"
    assert plugged_in == ["count"]
    assert format_names() == [*BUILTIN, "count"]


def test_third_party_reporter_from_the_command_line(plugged_in: list[str]) -> None:
    out = io.StringIO()
    assert main(["check", "--isolated", "--output-format", "count", SEED], out=out) == 1
    assert out.getvalue() == "4 findings\n"


def test_unknown_format_names_the_nearest(plugged_in: list[str]) -> None:
    with pytest.raises(UnknownFormat, match=r"no output format 'sarf'; did you mean 'sarif'\?"):
        get_reporter("sarf")


def test_entry_point_that_is_not_a_reporter_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    ep = EntryPoint(name="bad", value="json:dumps", group="factcheck.reporters")
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **kw: [ep])
    get_reporter.cache_clear()
    try:
        with pytest.raises(TypeError, match="is not a reporter"):
            get_reporter("bad")
    finally:
        get_reporter.cache_clear()


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_format_is_an_alias_of_output_format() -> None:
    assert _run("check", "--isolated", "--format", "json-lines", SEED) == _run(
        "check", "--isolated", "--output-format", "json-lines", SEED
    )


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run("check", "--output-format", "sarf", SEED)
    assert code == 2
    err = capsys.readouterr().err
    assert "usage: factcheck" in err
    assert "did you mean 'sarif'?" in err


def test_environment_chooses_the_format(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FACTCHECK_OUTPUT_FORMAT", "json")
    code, out = _run("check", "--isolated", SEED)
    assert code == 1
    assert json.loads(out)[0]["kind"] == "finding"
    # The option beats the environment.
    code, out = _run("check", "--isolated", "--output-format", "text", SEED)
    assert "4 findings (0 error, 3 warning, 1 info) in 1 file" in out
    monkeypatch.setenv("FACTCHECK_OUTPUT_FORMAT", "yaml")
    code, out = _run("check", "--isolated", SEED)
    assert (code, out) == (2, "")
    assert "FACTCHECK_OUTPUT_FORMAT: no output format 'yaml'" in capsys.readouterr().err


def test_output_file_gets_the_report(tmp_path: Path) -> None:
    target = tmp_path / "out.sarif"
    code, out = _run("check", "--isolated", "--output-format", "sarif", "-o", str(target), SEED)
    assert (code, out) == (1, "")
    log: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"
    assert len(log["runs"][0]["results"]) == 4


def test_output_file_that_cannot_be_written_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = _run("check", "--isolated", "-o", str(tmp_path / "no" / "such" / "dir"), SEED)
    assert code == 2
    assert "cannot write" in capsys.readouterr().err


def test_choosing_text_imports_no_other_reporter() -> None:
    code = (
        "import sys\n"
        "from factcheck.cli import main\n"
        f"main(['check', '--isolated', {SEED!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith('factcheck.report.')))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=REPO
    )
    loaded = proc.stdout.strip().splitlines()[-1]
    for heavy in ("sarif", "github", "rdjsonl", "json_lines"):
        assert f"factcheck.report.{heavy}'" not in loaded
