"""How long each reporter takes to write a large report.

Usage (from the repository root)::

    python benchmarks/bench_reporters.py [--documents 2000] [--repeat 3]

Checks the three seed articles once, then builds a report of ``--documents`` copies of them
(each copy its own path and document, with the seeds' findings, not-checked entries and
related places) and times every built-in format writing it to memory, the formats side by
side in each round; the best of ``--repeat`` rounds is shown, with findings per second.
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

import factcheck
from factcheck.models import Report
from factcheck.report import BUILTIN, ReportOptions, get_reporter

REPO = Path(__file__).resolve().parent.parent


def big_report(copies: int) -> Report:
    """The seeds' report, its documents and findings repeated under ``copies`` paths each."""
    seed = factcheck.check(REPO / "examples" / "articles", election="uk-ge-2017")
    findings, not_checked, documents = [], [], []
    for i in range(copies):

        def moved(path: str | None, i: int = i) -> str:
            return f"copy{i:05d}/{Path(path or 'x').name}"

        documents += [d.model_copy(update={"path": moved(d.path)}) for d in seed.documents]
        findings += [
            f.model_copy(
                update={
                    "path": moved(f.path),
                    "related": tuple(
                        r.model_copy(update={"path": moved(r.path)}) for r in f.related
                    ),
                }
            )
            for f in seed.findings
        ]
        not_checked += [n.model_copy(update={"path": moved(n.path)}) for n in seed.not_checked]
    return Report(
        findings=tuple(findings), not_checked=tuple(not_checked), documents=tuple(documents)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000, help="copies of the 3 seeds")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    report = big_report(args.documents // 3 or 1)
    n = len(report.findings)
    print(f"{n:,} findings, {len(report.documents):,} documents")
    options = ReportOptions(show_not_checked=True)
    best: dict[str, float] = {}
    size: dict[str, int] = {}
    for _ in range(args.repeat):
        for name in BUILTIN:
            out = io.StringIO()
            start = time.perf_counter()
            get_reporter(name).write(report, out, options)
            took = time.perf_counter() - start
            best[name] = min(best.get(name, took), took)
            size[name] = len(out.getvalue())
    for name in BUILTIN:
        print(
            f"{name:<11} {best[name]:7.3f} s  {n / best[name]:10,.0f} findings/s  "
            f"{size[name] / 1e6:6.1f} MB"
        )


if __name__ == "__main__":
    main()
