"""The output-format and CI pages: every command in them runs, shows what the page says, and
the reporter written there works."""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.report import Reporter, ReportOptions

REPO = Path(__file__).resolve().parent.parent.parent
PAGES = ("reporters.md", "ci.md")
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", flags=re.MULTILINE | re.DOTALL)


def _blocks(page: str, language: str) -> list[str]:
    text = (REPO / "docs" / page).read_text(encoding="utf-8")
    return [body for lang, body in _BLOCK.findall(text) if lang == language]


def _commands() -> list[tuple[str, str, list[str]]]:
    """(page, command, output lines shown) for every factcheck command in the pages."""
    found = []
    for page in PAGES:
        for body in _blocks(page, "console"):
            lines = body.splitlines()
            for i, line in enumerate(lines):
                if line.startswith("$ factcheck "):
                    shown = []
                    for after in lines[i + 1 :]:
                        if after.startswith("$ "):
                            break
                        shown.append(after)
                    found.append((page, line[2:], shown))
        for body in _blocks(page, "yaml"):
            # A `run:` step, continued over lines ending in a backslash, up to a pipe.
            joined = body.replace("\\\n", " ")
            for m in re.finditer(r"(?:run: |^\s+)(factcheck check [^|\n]*)", joined, re.M):
                found.append((page, m.group(1).strip(), []))
    return found


COMMANDS = _commands()


def test_the_pages_have_commands() -> None:
    assert {page for page, _, _ in COMMANDS} == set(PAGES)
    assert len(COMMANDS) >= 6


@pytest.mark.parametrize(("page", "command", "shown"), COMMANDS, ids=lambda x: str(x)[:60])
def test_command_runs_as_the_page_says(
    page: str,
    command: str,
    shown: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    monkeypatch.delenv("FACTCHECK_OUTPUT_FORMAT", raising=False)
    argv = shlex.split(command)[1:]
    if "--output-file" in argv:
        # Written where the test can read it, not into the repository.
        at = argv.index("--output-file") + 1
        argv[at] = str(tmp_path / Path(argv[at]).name)
    out = io.StringIO()
    code = main(argv, out=out)
    assert code == 1, f"{page}: `{command}` should find the seeds' errors (exit {code})"
    lines = out.getvalue().splitlines()
    for expected in shown:
        prefix = expected.rstrip("…").rstrip()
        assert any(line.startswith(prefix) for line in lines), (
            f"{page}: `{command}` no longer prints a line starting {prefix!r}"
        )


def test_the_example_reporter_works() -> None:
    (source,) = _blocks("reporters.md", "python")
    namespace: dict[str, object] = {}
    exec(compile(source, "docs/reporters.md", "exec"), namespace)
    reporter = namespace["CsvReporter"]
    assert isinstance(reporter, type)
    instance = reporter()
    assert isinstance(instance, Reporter)
    report = factcheck.check(REPO / "examples" / "articles" / "000_ebfbf1afab7ada99.txt")
    out = io.StringIO()
    instance.write(report, out, ReportOptions())
    rows = out.getvalue().splitlines()
    assert len(rows) == len(report.findings)
    first = report.findings[0]
    assert rows[0] == f'{first.path},{first.line},{first.rule},"{first.message}"'


@pytest.mark.parametrize("page", PAGES)
def test_pages_are_linked_from_the_index_and_readme(page: str) -> None:
    assert f"({page})" in (REPO / "docs" / "index.md").read_text(encoding="utf-8")
    assert f"(docs/{page})" in (REPO / "README.md").read_text(encoding="utf-8")
