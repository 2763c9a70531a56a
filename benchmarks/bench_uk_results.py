"""Time checking every constituency of the 2017, 2019 and 2024 UK general elections.

Run by hand, not by pytest::

    .venv/bin/python benchmarks/bench_uk_results.py [--shared PATH] [--repeat N] [--profile YEAR]

The official results are read once per year from the House of Commons Library CSVs in
``PATH/data/uk-results`` (default: ``../shared`` beside the repository, or ``$FACTCHECK_SHARED``)
and then checked ``N`` times with every rule through ``factcheck.check``. The best run is
reported, because the minimum is the figure least disturbed by whatever else the machine is
doing. Reading the two CSVs is timed the same way but separately: it is not part of the check
time.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import platform
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

import factcheck
from factcheck import ContestResult
from factcheck.ukresults import read_hoc_year

YEARS = (2017, 2019, 2024)
REPO = Path(__file__).resolve().parent.parent


def _default_shared() -> Path:
    return Path(os.environ.get("FACTCHECK_SHARED", REPO.parent / "shared"))


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest wall-clock time of ``repeat`` calls of ``run``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _check(contests: list[ContestResult]) -> factcheck.Report:
    return factcheck.check(contests, select=["ALL"])


def profile(contests: list[ContestResult], limit: int = 25) -> None:
    """Print where one check of ``contests`` spends its time, by cumulative and own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    _check(contests)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
    stats.sort_stats("cumulative").print_stats(limit)
    stats.sort_stats("tottime").print_stats(limit)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per election."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=_default_shared(),
        help="the shared data folder holding data/uk-results (default: %(default)s)",
    )
    parser.add_argument(
        "--repeat", type=int, default=7, help="check runs per year; the best is reported"
    )
    parser.add_argument(
        "--profile",
        type=int,
        choices=YEARS,
        metavar="YEAR",
        help="also profile one check of YEAR with cProfile",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    directory = args.shared / "data" / "uk-results"
    if not directory.is_dir():
        parser.error(f"no official results at {directory} (use --shared PATH)")

    print(
        f"factcheck {factcheck.__version__}, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs; best of {args.repeat} runs"
    )
    header = (
        f"{'election':<11} {'contests':>8} {'candidates':>10} {'read (s)':>9} "
        f"{'check (s)':>9} {'contests/s':>10} {'findings':>8}"
    )
    print(header)
    print("-" * len(header))
    loaded: dict[int, list[ContestResult]] = {}
    for year in YEARS:
        contests = read_hoc_year(directory, year)
        loaded[year] = contests
        read = best_of(args.repeat, functools.partial(read_hoc_year, directory, year))
        findings = len(_check(contests).findings)  # also a warm-up run, not timed
        check = best_of(args.repeat, functools.partial(_check, contests))
        candidates = sum(len(c.candidates) for c in contests)
        print(
            f"uk-ge-{year:<5} {len(contests):>8} {candidates:>10} {read:>9.3f} "
            f"{check:>9.3f} {len(contests) / check:>10,.0f} {findings:>8}"
        )
    if args.profile is not None:
        print(f"\nProfile of one check of uk-ge-{args.profile}:")
        profile(loaded[args.profile])
    return 0


if __name__ == "__main__":
    sys.exit(main())
