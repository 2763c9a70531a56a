"""How fast factcheck reads and checks real articles.

Usage (from the repository root, with the shared data folder beside it)::

    python benchmarks/bench_articles.py [--shared PATH] [--repeat N] [--profile]

Reads the 4,990 Wikinews political articles, then times, on one core:

1. extraction alone (``read_prose``: numbers, entities, claims) and extraction plus every
   article rule (``factcheck.check`` on the extracted articles), as articles/second and
   MB/second of article text;
2. how time grows with article length: the same articles concatenated into texts of
   1x, 2x, 4x, 8x and 16x the median length, to show the reader is linear;
3. with ``--profile``, where the time goes (cProfile, top functions).

Loading the JSON lines and unescaping HTML entities is not timed: a newsroom's files arrive
as text.
"""

from __future__ import annotations

import argparse
import cProfile
import html
import io
import json
import pstats
import re
import sys
import time
from pathlib import Path

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document

ROOT = Path(__file__).resolve().parent.parent


def load(shared: Path) -> list[Document]:
    """The Wikinews corpus as Documents (markup prefix removed, entities unescaped)."""
    path = shared / "corpus" / "wikinews" / "wikinews-politics-2004-2009.jsonl"
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            body = html.unescape(re.sub(r"^<text[^>]*>", "", row["text_raw"]))
            docs.append(Document(path=row["id"], text=body))
    return docs


def best_of(repeat: int, fn: object) -> float:
    """The fastest of ``repeat`` timed calls of ``fn``."""
    assert callable(fn)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def profile_reading(docs: list[Document], top: int) -> str:
    """Where reading ``docs`` spends its time: the ``top`` functions by their own time."""
    prof = cProfile.Profile()
    prof.enable()
    for d in docs:
        read_prose(d)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main() -> None:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    docs = load(args.shared)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    n = len(docs)
    print(f"{n:,} articles, {mb:.2f} MB of text; Python {sys.version.split()[0]}\n")

    extract_s = best_of(args.repeat, lambda: [read_prose(d) for d in docs])
    articles: list[Article] = [read_prose(d) for d in docs]
    check_s = best_of(args.repeat, lambda: factcheck.check(articles))
    total = extract_s + check_s
    report = factcheck.check(articles)
    print("| stage | seconds | articles/s | MB/s |")
    print("|---|---:|---:|---:|")
    for name, s in (("extract", extract_s), ("rules", check_s), ("extract + rules", total)):
        print(f"| {name} | {s:.2f} | {n / s:,.0f} | {mb / s:.1f} |")
    counts = report.counts()
    print(f"\nfindings: {sum(counts.values())} {counts}\n")

    # Growth with length: one block that holds results (the two seed stories and three
    # Wikinews articles with figures) repeated k times, so every text takes the full reading
    # path and the content per character is constant. Slicing the corpus instead would mix in
    # a selection effect: short slices more often hold no result and skip the entity work.
    seeds = sorted((ROOT / "examples" / "articles").glob("*.txt"))[:2]
    with_figures = [d.text for d in docs if "%" in d.text][:3]
    block = "\n\n".join([*(p.read_text(encoding="utf-8") for p in seeds), *with_figures])
    print("| length (chars) | ms per text | µs per 1,000 chars |")
    print("|---:|---:|---:|")
    for factor in (1, 2, 4, 8, 16):
        doc = Document(path=f"x{factor}", text="\n\n".join([block] * factor))
        s = best_of(args.repeat, lambda d=doc: read_prose(d))
        print(f"| {len(doc.text):,} | {s * 1e3:.2f} | {s / len(doc.text) * 1e9:.0f} |")
    print()

    if args.profile:
        print(profile_reading(docs, 15))


if __name__ == "__main__":
    main()
