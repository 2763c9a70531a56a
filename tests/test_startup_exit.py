"""How the command ends (factcheck._startup.command, leave) and argparse's translations."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import cli


def _python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=tmp_path
    )


@pytest.mark.parametrize("code", [0, 1, 2, 130])
def test_leaving_runs_the_exit_functions_flushes_and_keeps_the_status(
    code: int, tmp_path: Path
) -> None:
    done = _python(
        "import atexit, sys\n"
        "from factcheck._startup import leave\n"
        "atexit.register(print, 'exit function ran')\n"
        "sys.stdout.write('unflushed output ')\n"
        "sys.stderr.write('and an error')\n"
        f"leave({code})\n"
        "print('never printed')\n",
        tmp_path,
    )
    assert done.returncode == code
    assert done.stdout == "unflushed output exit function ran\n"
    assert done.stderr == "and an error"


def test_leaving_waits_for_a_running_thread(tmp_path: Path) -> None:
    # With another thread alive the interpreter's own exit runs: the thread finishes.
    done = _python(
        "import threading, time\n"
        "from factcheck._startup import leave\n"
        "def late():\n"
        "    time.sleep(0.2)\n"
        "    print('the thread finished', flush=True)\n"
        "threading.Thread(target=late).start()\n"
        "leave(1)\n",
        tmp_path,
    )
    assert (done.returncode, done.stdout) == (1, "the thread finished\n")


def test_a_message_as_exit_status_is_printed_as_sys_exit_does(tmp_path: Path) -> None:
    done = _python("from factcheck._startup import leave\nleave('stopped')\n", tmp_path)
    assert (done.returncode, done.stderr) == (1, "stopped\n")


@pytest.mark.parametrize(
    ("argv", "code"), [(["--version"], 0), (["check", "missing.txt"], 2), (["nonsense"], 2)]
)
def test_python_m_factcheck_exits_with_the_commands_status(
    argv: list[str], code: int, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", *argv],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == code, done.stderr
    if argv == ["--version"]:
        assert done.stdout.startswith("factcheck ")


def test_argparse_messages_are_still_translated_once_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def translate(message: str) -> str:
        asked.append(message)
        return message.upper() if message == "options" else message

    monkeypatch.setattr(argparse, "_", translate)
    out = io.StringIO()
    assert cli.main(["check", "--help"], out) == 0
    assert "\nOPTIONS:\n" in out.getvalue()  # the translation is used ...
    assert asked
    assert len(asked) == len(set(asked))  # ... and each message is asked for once
    assert argparse._ is translate  # type: ignore[attr-defined]  # argparse's own, back
