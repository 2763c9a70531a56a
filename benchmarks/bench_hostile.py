"""Hostile-size inputs: large results files and huge contests (run by hand).

    python benchmarks/bench_hostile.py results 0.45 4.5      # MB of results file
    python benchmarks/bench_hostile.py contest 250 500 1000  # candidates, half of them wrong

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
began = time.perf_counter()
report = check(contest)
print(f"contest of {n:,} candidates: {{time.perf_counter() - began:6.2f}} s, "
      f"{{len(report.findings):,}} findings")
"""
        subprocess.run([sys.executable, "-c", code], check=True)


if __name__ == "__main__":
    what, *args = sys.argv[1:] or ["results", "0.45", "4.5"]
    if what == "results":
        bench_results([float(a) for a in args])
    else:
        bench_contest([int(a) for a in args])
