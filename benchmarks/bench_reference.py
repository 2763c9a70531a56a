"""What checking against the official record (``--election``) adds to each article.

Usage (from the repository root)::

    python benchmarks/bench_reference.py [--per-election N] [--repeat R] [--profile]

Reads the seed articles and ``N`` stories per bundled election written by
``reference_articles.py`` (winners, runners-up, shares, turnout; misspelt names, party
aliases, seats of another election, a person the record does not list), once. Then, on one
core, checks every article with an engine built once per election, three ways, each
``--repeat`` times in turn (so a busy machine slows all three alike):

- ``no election``: every rule, no election (the reference rules say "not checked");
- ``--election``: every rule, with the article's election;
- ``REF only``: the reference rules alone, with the election.

It prints the median milliseconds per article of each, and of the reference check alone
(``--election`` less ``no election``). The first pass is a warm-up and is not counted (the
official record is read, and each election's names keyed, on first use); so is reading the
articles. ``--unknown`` also times looking up names the record does not hold, cold (a new
name each time) and again (the same names).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reference_articles import write

from factcheck.config import Config
from factcheck.engine import Engine
from factcheck.loaders import load_article
from factcheck.models import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "articles"


def articles(per_election: int) -> list[tuple[str, Article]]:
    """(election, article): the seeds (as uk-ge-2017) and the written stories, read once."""
    out = [("uk-ge-2017", load_article(p)) for p in sorted(SEEDS.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        for folder in write(Path(tmp), per_election):
            out += [(folder.name, load_article(p)) for p in sorted(folder.glob("*.txt"))]
    return out


def timed(fn: Callable[[], object]) -> float:
    """CPU seconds one call of ``fn`` takes (this process's; less disturbed than wall time by
    the other work of a shared machine)."""
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def main() -> None:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-election", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--unknown", type=int, default=0, metavar="N")
    args = parser.parse_args()

    arts = articles(args.per_election)
    elections = sorted({e for e, _ in arts})
    plain = Engine.from_config(Config())
    engines = {e: Engine.from_config(Config(election=e)) for e in elections}
    ref_only = {e: Engine.from_config(Config(election=e, select=("REF",))) for e in elections}
    ways: dict[str, Callable[[], object]] = {
        "no election": lambda: [plain.check_article(a) for _, a in arts],
        "--election": lambda: [engines[e].check_article(a) for e, a in arts],
        "REF only": lambda: [ref_only[e].check_article(a) for e, a in arts],
    }
    for fn in ways.values():
        fn()  # warm-up: the record is read and keyed on first use
    times: dict[str, list[float]] = {k: [] for k in ways}
    for _ in range(args.repeat):
        for name, fn in ways.items():
            times[name].append(timed(fn))
    n = len(arts)
    print(f"{n} articles ({len(elections)} elections); Python {sys.version.split()[0]}; ")
    print(f"CPU time, median of {args.repeat} passes, each way in turn\n")
    print("| way | ms per article (median) | min | max |")
    print("|---|---:|---:|---:|")
    for name, ts in times.items():
        med = statistics.median(ts)
        lo, hi = 1e3 * min(ts) / n, 1e3 * max(ts) / n
        print(f"| {name} | {1e3 * med / n:.3f} | {lo:.3f} | {hi:.3f} |")
    extra = [w - p for w, p in zip(times["--election"], times["no election"], strict=True)]
    ref = 1e3 * statistics.median(extra) / n
    print(f"| reference check (--election less no election) | {ref:.3f} | | |")

    if args.unknown:
        from factcheck.reference.bundled import BundledResults

        source = BundledResults()
        names = [f"Borsetshire {chr(65 + i % 26)}{i} and Ambridge" for i in range(args.unknown)]
        first = timed(lambda: [source.contest(x, "uk-ge-2017") for x in names])
        again = timed(lambda: [source.contest(x, "uk-ge-2017") for x in names])
        print(
            f"\nunknown names: {1e3 * first / len(names):.3f} ms each the first time, "
            f"{1e3 * again / len(names):.4f} ms again"
        )

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        ways["--election"]()
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue())


if __name__ == "__main__":
    main()
