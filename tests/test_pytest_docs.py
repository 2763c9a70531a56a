"""docs/pytest.md runs: its files make a repository, and its commands print what it shows.

A fenced block after ``<!-- file: PATH -->`` is written to PATH; a block after
``<!-- output: pytest ARGS -->`` is what ``pytest ARGS`` prints there, line for line (a line
``…`` stands for lines left out), with the timings, rulers and column padding that vary between
machines left free.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("factcheck_modules")

PAGE = Path(__file__).resolve().parent.parent / "docs" / "pytest.md"
_BLOCK = re.compile(
    r"<!-- (file|output): (.+?) -->\n```[a-z]*\n(.*?)```", flags=re.DOTALL | re.MULTILINE
)


def blocks() -> list[tuple[str, str, str]]:
    found = [(m[1], m[2].strip(), m[3]) for m in _BLOCK.finditer(PAGE.read_text("utf-8"))]
    assert found, "docs/pytest.md has no runnable examples"
    return found


def pattern(line: str) -> str:
    """A documented output line as an fnmatch pattern: literal, but for what varies."""
    free = "\x00"
    # Timings; rulers and the padding before a progress percentage, which follow the width.
    line = re.sub(r"in \d+\.\d+s", f"in {free}s", line)
    line = re.sub(r"^[=_]{3,} | [=_]{3,}$", free, line)
    line = re.sub(r" {3,}(?=\[\s*\d+%\]$)", free, line)
    return re.sub(r"([\[\]*?])", r"[\1]", line).replace(free, "*")


def test_the_documented_repository_gives_the_documented_output(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The page shows what a person sees at an 80-column terminal; under CI=true pytest
    # would not shorten the summary lines to the width, so the output would differ.
    for variable in ("CI", "BUILD_NUMBER"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    outputs = 0
    for kind, target, body in blocks():
        if kind == "file":
            path = pytester.path / target
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body, encoding="utf-8")
            continue
        command = shlex.split(target)
        assert command[0] == "pytest", target
        result = pytester.runpytest(*command[1:])
        # "…" alone on a line marks lines the page leaves out.
        lines = [line for line in body.splitlines() if line.strip() not in ("", "…")]
        result.stdout.fnmatch_lines([pattern(line) for line in lines], consecutive=False)
        outputs += 1
    assert outputs == 2


def test_every_ini_key_the_plugin_registers_is_documented(pytestconfig: pytest.Config) -> None:
    page = PAGE.read_text("utf-8")
    keys = [k for k in pytestconfig._parser._inidict if k.startswith("factcheck")]
    assert sorted(keys) == ["factcheck_election", "factcheck_extensions", "factcheck_paths"]
    for key in keys:
        assert f"| `{key}` |" in page, key
