"""Cold start: how long a fresh process takes to check one article, and what factcheck adds to
``import hypothesis``.

Usage (from the repository root)::

    python benchmarks/bench_startup.py [--runs N] [--python PY ...] [--bare PY]

Each command runs ``--runs`` times (default 10) as a new process, the commands taking turns
so that a busy machine slows them alike. For each it prints the median wall time and the
median CPU time (user + system, from ``wait4``; on a machine shared with other work the CPU
time is the steadier figure). Commands, for every interpreter given with ``--python``
(default: this one), e.g. a checkout before and after a change:

- ``python -c pass``: the interpreter alone;
- ``import pydantic``: the floor under anything that builds factcheck's models;
- ``import factcheck``;
- ``factcheck check one.txt``: the command on one seed article (``python -m factcheck``);
- ``factcheck check --election uk-ge-2017 one.txt``: the same, checked against the record;
- ``import hypothesis``, and the same with ``HYPOTHESIS_NO_PLUGINS=1`` (no entry points run);
  ``--bare PY`` adds ``import hypothesis`` in an environment without factcheck;
- ``pytest --factcheck one.txt``: the pytest plugin's first (and only) item, beside
  ``pytest one.txt``, the same run without ``--factcheck`` (pytest alone, collecting nothing).

``--modules`` prints, for the first interpreter, which modules ``factcheck check one.txt``
imports that take longest (``-X importtime``, self time, median of the runs).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONE = ROOT / "examples" / "articles" / "000_ebfbf1afab7ada99.txt"
# Not the repository root: there ``python -c``/``-m`` would import the checkout's factcheck
# whichever interpreter runs.
CWD = tempfile.mkdtemp(prefix="bench-startup-")
# pytest runs on a copy there, so that its rootdir (and configuration) is that folder.
shutil.copy(ONE, Path(CWD) / "one.txt")
PYTEST = ["-q", "-p", "no:cacheprovider"]


# Exit codes that are not failures: the seed has findings (1), pytest collects nothing (5).
OK_CODES = {"factcheck": (0, 1), "pytest": (0, 1, 5)}


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``argv`` (output discarded)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=CWD
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    # 1 is "findings" for the command; anything else, or 1 from `python -c`, is a failure.
    if code not in (OK_CODES.get(argv[2], (0,)) if argv[1] == "-m" else (0,)):
        raise SystemExit(f"{' '.join(argv)} exited with {code}:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime


def commands(py: str) -> list[tuple[str, list[str], dict[str, str]]]:
    """(label, argv, extra environment) for one interpreter."""
    one = str(ONE)
    return [
        ("python -c pass", [py, "-c", "pass"], {}),
        ("import pydantic", [py, "-c", "import pydantic"], {}),
        ("import factcheck", [py, "-c", "import factcheck"], {}),
        ("factcheck check one.txt", [py, "-m", "factcheck", "check", one], {}),
        (
            "factcheck check --election uk-ge-2017 one.txt",
            [py, "-m", "factcheck", "check", "--election", "uk-ge-2017", one],
            {},
        ),
        ("import hypothesis", [py, "-c", "import hypothesis"], {}),
        ("pytest one.txt (no --factcheck)", [py, "-m", "pytest", *PYTEST, "one.txt"], {}),
        (
            "pytest --factcheck one.txt (the plugin's first item)",
            [py, "-m", "pytest", *PYTEST, "--factcheck", "one.txt"],
            {},
        ),
        (
            "import hypothesis (HYPOTHESIS_NO_PLUGINS=1)",
            [py, "-c", "import hypothesis"],
            {"HYPOTHESIS_NO_PLUGINS": "1"},
        ),
    ]


def import_times(py: str, runs: int) -> list[tuple[float, str]]:
    """Median self time (ms) of each module ``factcheck check one.txt`` imports, largest first."""
    selfs: dict[str, list[int]] = defaultdict(list)
    for _ in range(runs):
        done = subprocess.run(
            [py, "-X", "importtime", "-m", "factcheck", "check", str(ONE)],
            env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            capture_output=True,
            text=True,
            check=False,
            cwd=CWD,
        )
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, _, name = line[len("import time:") :].split("|")
            selfs[name.strip()].append(int(own))
    return sorted(((statistics.median(v) / 1e3, k) for k, v in selfs.items()), reverse=True)


def main() -> None:
    """Run every command ``--runs`` times in turn and print a Markdown table of medians."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--python", action="append", help="an interpreter to time (repeatable)")
    parser.add_argument("--bare", help="an interpreter with hypothesis but without factcheck")
    parser.add_argument("--modules", type=int, default=0, metavar="N")
    args = parser.parse_args()
    pythons = [str(Path(p).absolute()) for p in args.python or [sys.executable]]
    # Bytecode is written on the warm-up run and read after, as for any installed package;
    # with PYTHONDONTWRITEBYTECODE every run would compile every module again.
    drop = ("HYPOTHESIS_NO_PLUGINS", "PYTHONDONTWRITEBYTECODE")
    base = {k: v for k, v in os.environ.items() if k not in drop}
    todo: list[tuple[str, str, list[str], dict[str, str]]] = []
    for py in pythons:
        todo += [(py, label, argv, {**base, **extra}) for label, argv, extra in commands(py)]
    if args.bare:
        todo.append((args.bare, "import hypothesis (no factcheck installed)",
                     [args.bare, "-c", "import hypothesis"], base))  # fmt: skip
    for _, _, argv, env in todo:
        run_once(argv, env)  # warm the file cache and write bytecode; not counted
    walls: dict[int, list[float]] = defaultdict(list)
    cpus: dict[int, list[float]] = defaultdict(list)
    for _ in range(args.runs):
        for i, (_, _, argv, env) in enumerate(todo):
            wall, cpu = run_once(argv, env)
            walls[i].append(wall)
            cpus[i].append(cpu)
    load = os.getloadavg()[0]
    print(f"{args.runs} runs each, in turn; load average {load:.1f} on {os.cpu_count()} cores\n")
    print("| python | command | wall ms (median) | CPU ms (median) | wall ms (min) |")
    print("|---|---|---:|---:|---:|")
    for i, (py, label, _, _) in enumerate(todo):
        print(
            f"| {py} | {label} | {1e3 * statistics.median(walls[i]):.0f} "
            f"| {1e3 * statistics.median(cpus[i]):.0f} | {1e3 * min(walls[i]):.0f} |"
        )
    if args.modules:
        print(f"\nslowest imports of `factcheck check one.txt` ({pythons[-1]}), self ms:")
        for ms, name in import_times(pythons[-1], args.runs)[: args.modules]:
            print(f"  {ms:7.1f}  {name}")


if __name__ == "__main__":
    main()
