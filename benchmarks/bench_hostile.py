"""Hostile-size inputs: large results files and huge contests (run by hand).

    python benchmarks/bench_hostile.py results 0.45 4.5      # MB of results file
    python benchmarks/bench_hostile.py contest 250 500 1000  # candidates, half of them wrong
    python benchmarks/bench_hostile.py articles              # long and adversarial articles
    python benchmarks/bench_hostile.py many 100 2            # 100 results files of 2 MB

Each case runs in a fresh process, so the peak resident memory reported is that case's
alone. The inputs are generated (consistent figures, seeded), never downloaded.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARTIES = ["Labour", "Conservative", "Liberal Democrat", "Green", "Reform", "Independent"]


def results_file(path: Path, megabytes: float) -> int:
    """A results file of consistent contests, about ``megabytes`` long; returns the count."""
    rng = random.Random(1)
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        votes = [rng.randint(100, 30_000) for _ in PARTIES]
        total = sum(votes)
        top = sorted(votes, reverse=True)
        contest = {
            "name": f"Constituency {len(parts)}",
            "electorate": total * 2,
            "valid_votes": total,
            "turnout": "50.0",
            "majority": top[0] - top[1],
            "candidates": [
                {
                    "name": f"Candidate {len(parts)}-{j}",
                    "party": p,
                    "votes": v,
                    "share": f"{100 * v / total:.1f}",
                }
                for j, (p, v) in enumerate(zip(PARTIES, votes, strict=True))
            ],
        }
        text = json.dumps(contest)
        parts.append(text)
        size += len(text) + 2
    path.write_text('{"contests": [' + ",\n".join(parts) + "]}", encoding="utf-8")
    return len(parts)


def _child(code: str) -> tuple[float, float]:
    """Run ``code`` in a fresh interpreter; its wall time and peak memory (MB)."""
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    elapsed = time.perf_counter() - began
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak_kb / 1024


def bench_results(sizes: list[float]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp) / f"results-{mb}.json"
            n = results_file(path, mb)
            code = f"import factcheck; r = factcheck.check({str(path)!r}); assert not r.errors"
            elapsed, peak = _child(code)
            # RUSAGE_CHILDREN is the largest child so far: sizes run smallest first.
            print(
                f"results file {mb:>6} MB ({n:,} contests): {elapsed:6.1f} s, peak {peak:,.0f} MB"
            )


def bench_contest(sizes: list[int]) -> None:
    for n in sizes:
        code = f"""
import random, time
from factcheck import CandidateResult, ContestResult, Figure, Unit, check
rng = random.Random(2)
votes = [rng.randint(100, 30_000) for _ in range({n})]
total = sum(votes)
shares = [100 * v / total * (rng.uniform(0.5, 1.5) if rng.random() < 0.5 else 1) for v in votes]
contest = ContestResult(name="Big", majority=Figure.count(5), candidates=tuple(
    CandidateResult(name=f"C{{i}}", votes=Figure.count(v), share=Figure.percentage(f"{{s:.2f}}"),
                    rank=Figure.count(i + 1, Unit.RANK))
    for i, (v, s) in enumerate(zip(votes, shares))))
began, cpu = time.perf_counter(), time.process_time()
report = check(contest)
print(f"contest of {n:,} candidates: {{time.perf_counter() - began:6.2f}} s, "
      f"CPU {{time.process_time() - cpu:6.2f}} s, {{len(report.findings):,}} findings")
"""
        subprocess.run([sys.executable, "-c", code], check=True)


SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _round_up(size: int) -> str:
    """One sentence listing seats' turnouts, about ``size`` characters long."""
    parts: list[str] = []
    length = 0
    while length < size:
        k = len(parts)
        parts.append(f"turnout in Seat {k} was {60 + k % 17}.{k % 10}%")
        length += len(parts[-1]) + 2
    return "The count went on all night: " + ", ".join(parts) + "."


def _repeated(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


ARTICLES = {
    "round-up sentence, 20 KB": "_round_up(20_000)",
    "round-up sentence, 100 KB": "_round_up(100_000)",
    '"99.9% " repeated, 100 KB': '_repeated("99.9% ", 100_000)',
    "runs of dots, 100 KB": '_repeated("Labour won 5,000 votes" + "." * 200 + " ", 100_000)',
    "hyphenated capitals, 100 KB": '_repeated("Smith-Jones-Brown-Green-", 100_000)',
    "results prose (seed articles repeated), 1 MB": "_seeds(1_000_000)",
    "results prose (seed articles repeated), 8 MB": "_seeds(8_000_000)",
}


def _seeds(size: int) -> str:
    block = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return _repeated(block + "\n\n", size)


def bench_articles(names: list[str]) -> None:
    """Each article read and checked with every rule in a fresh process; CPU and wall time
    of the check (the text is built before the clocks start)."""
    for name, build in ARTICLES.items():
        if names and not any(n in name for n in names):
            continue
        code = f"""
import sys, time
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
from bench_hostile import _round_up, _repeated, _seeds
from factcheck import check
from factcheck.models import Document
label = {name!r}
text = {build}
doc = Document(path="bench.txt", text=text, media_type="text/plain")
cpu, wall = time.process_time(), time.perf_counter()
report = check(doc)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
print(f"{{label:<48}} {{len(text):>10,}} chars  CPU {{cpu:7.2f}} s  wall {{wall:7.2f}} s  "
      f"{{len(report.findings):,}} findings")
"""
        subprocess.run([sys.executable, "-c", code], check=True)


def bench_many(count: int, megabytes: float) -> None:
    """``count`` results files of ``megabytes`` each through the command line, in a folder:
    wall time and the peak resident memory of the command and its worker processes."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        first = folder / "r000.json"
        results_file(first, megabytes)
        for k in range(1, count):
            (folder / f"r{k:03d}.json").write_bytes(first.read_bytes())
        began = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "factcheck", "check", str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = time.perf_counter() - began
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(
            f"{count} results files of {megabytes} MB: exit {proc.returncode}, {elapsed:.1f} s, "
            f"peak {peak_kb / 1024:,.0f} MB (largest single process)"
        )


if __name__ == "__main__":
    what, *args = sys.argv[1:] or ["results", "0.45", "4.5"]
    if what == "results":
        bench_results([float(a) for a in args])
    elif what == "articles":
        bench_articles(args)
    elif what == "many":
        bench_many(int(args[0]), float(args[1]))
    else:
        bench_contest([int(a) for a in args])
