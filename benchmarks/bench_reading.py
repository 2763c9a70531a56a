"""How fast factcheck reads results copy, beside the Wikinews average; and a same-reading guard.

Usage (from the repository root, with the shared data folder beside it)::

    python benchmarks/bench_reading.py [--repeat N] [--check] [--realcopy DIR] [--profile]
    python benchmarks/bench_reading.py --dump OUT.jsonl [--realcopy DIR]

Corpora, each read whole by ``read_prose`` on one core, timed in CPU time (best of N), since
on a shared machine wall time measures the neighbours:

- ``results``: 500 generated results stories in five house styles
  (:mod:`results_stories`, 6 to 8 candidates each) and the three seed stories; every one
  takes the full reading path;
- ``wikinews``: the 4,990 Wikinews political articles (most skipped by the prefilter);
- ``realcopy``: the real results stories, when their folder is given (not in the repository).

``--check`` also times ``factcheck.check`` with every rule on the articles read;
``--election`` times it again with each results story checked against the official record of
its own election too (the reference rules: what ``--election`` adds on the command line; the
seeds name theirs in front matter), and prints the ratio of the two times.

``--gc-as-command`` collects garbage as the ``factcheck`` command does (its thresholds,
:data:`factcheck._startup.COMMAND_GC_THRESHOLD`, and what was imported frozen): with Python's
defaults, full collections walk the official results and the articles already read, a tenth
of reading results copy and a third of checking it, which the command does not pay.

``--passes-only`` adds a column: reading with the readings of each sentence skipped
(``reader._read_sentence`` does nothing), so only the passes every story takes remain (the
number pass, people, parties and seats, sentences, the carried seat, assembling the article):
the speed no change to the readings alone can pass.

``--dump`` writes, for every document of every corpus, what was read (the article as JSON)
and what every rule found, one line each: run it under two versions of factcheck and compare
the files (``cmp``) to show a change meant for speed reads and finds the same.

To compare two versions side by side on a loaded machine, run this script alternately under
each (``PYTHONPATH=/path/to/other/checkout``).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

import factcheck
from factcheck import _startup
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_articles import load as load_wikinews  # noqa: E402
from bench_articles import profile_reading  # noqa: E402
from results_stories import contests, stories  # noqa: E402

N_STORIES = 500


def results_corpus() -> list[Document]:
    """The generated results stories and the seeds."""
    docs = [Document(path=name, text=text) for name, text in stories(N_STORIES)]
    for p in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        docs.append(Document(path=p.name, text=p.read_text(encoding="utf-8")))
    return docs


def results_elections() -> dict[str, str]:
    """The election each generated story reports, by its path (the seeds name theirs)."""
    return {
        name: c.election
        for (name, _), c in zip(stories(N_STORIES), contests(N_STORIES), strict=True)
        if c.election is not None
    }


def with_election(article: Article, election: str | None) -> Article:
    """``article`` to be checked against ``election``'s official record, as ``--election``
    has it checked; read as it was, since the option does not change the reading."""
    if election is None:
        return article
    doc = article.document
    meta = {**doc.metadata, "election": election}
    return article.model_copy(update={"document": doc.model_copy(update={"metadata": meta})})


def realcopy_corpus(folder: Path) -> list[Document]:
    """The real results stories in ``folder``."""
    return [
        Document(path=p.name, text=p.read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.txt"))
    ]


def cpu_best(repeat: int, fn: object) -> float:
    """The least CPU time of ``repeat`` calls of ``fn``."""
    assert callable(fn)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def dump(corpora: dict[str, list[Document]], out: Path) -> None:
    """What every document reads as and what every rule finds in it, a JSON line each."""
    with out.open("w", encoding="utf-8") as fh:
        for name, docs in corpora.items():
            articles, failed = [], {}
            for d in docs:
                try:
                    articles.append(read_prose(d))
                except Exception as exc:  # a reader bug is recorded, not fatal
                    failed[d.path] = f"{type(exc).__name__}: {exc}"
            report = factcheck.check(articles)
            found: dict[str | None, list[str]] = {}
            for f in report.findings:
                found.setdefault(f.path, []).append(f.model_dump_json())
            skipped: dict[str | None, list[str]] = {}
            for n in report.not_checked:
                skipped.setdefault(n.path, []).append(n.model_dump_json())
            for a in articles:
                path = a.document.path
                row = {
                    "corpus": name,
                    "path": path,
                    "article": json.loads(a.model_dump_json(exclude={"document"})),
                    "findings": found.get(path, []),
                    "not_checked": skipped.get(path, []),
                }
                fh.write(json.dumps(row, sort_keys=True) + "\n")
            for path, error in failed.items():
                fh.write(json.dumps({"corpus": name, "path": path, "error": error}) + "\n")
            print(f"{name}: {len(docs)} documents, {len(report.findings)} findings, "
                  f"{len(failed)} not read")  # fmt: skip


def passes_only(repeat: int, docs: list[Document], read_s: float) -> str:
    """The table cells for reading ``docs`` with every sentence's readings skipped."""
    from factcheck.extract import reader

    readings = reader._read_sentence
    reader._read_sentence = lambda f: None
    try:
        s = cpu_best(repeat, lambda: [read_prose(d) for d in docs])
    finally:
        reader._read_sentence = readings
    return f" {len(docs) / s:,.0f} | {s / read_s:.0%} |"


def main() -> None:
    """Time the corpora (or dump them) and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--realcopy", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--election", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--only", choices=["results", "wikinews", "realcopy"])
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--gc-as-command", action="store_true")
    parser.add_argument("--passes-only", action="store_true")
    args = parser.parse_args()
    if args.gc_as_command:
        gc.freeze()  # as the command freezes what it imported
        # (An older checkout, compared under PYTHONPATH, set these in the command itself.)
        gc.set_threshold(*getattr(_startup, "COMMAND_GC_THRESHOLD", (50_000, 20, 20)))

    corpora = {"results": results_corpus(), "wikinews": load_wikinews(args.shared)}
    if args.realcopy is not None:
        corpora["realcopy"] = realcopy_corpus(args.realcopy)
    if args.only:
        corpora = {args.only: corpora[args.only]}
    if args.dump is not None:
        dump(corpora, args.dump)
        return
    collector = "the command's collector" if args.gc_as_command else "Python's default collector"
    print(f"factcheck from {Path(factcheck.__file__).parent.parent}; CPU time, best of "
          f"{args.repeat}; {collector}\n")  # fmt: skip
    elections = results_elections() if args.election else {}
    head = "| corpus | articles | MB | read: articles/s | MB/s | read + check: articles/s | MB/s |"
    rule = "|---|---:|---:|---:|---:|---:|---:|"
    if args.election:
        head += " read + check, --election: articles/s | MB/s | time ratio |"
        rule += "---:|---:|---:|"
    if args.passes_only:
        head += " passes only: articles/s | share of reading |"
        rule += "---:|---:|"
    print(head)
    print(rule)
    for name, docs in corpora.items():
        n = len(docs)
        mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
        for d in docs[:50]:
            read_prose(d)  # warm the caches: a long-running checker has them warm
        read_s = cpu_best(args.repeat, lambda docs=docs: [read_prose(d) for d in docs])
        both, s = ("–", "–"), 0.0
        if args.check or args.election:
            s = cpu_best(args.repeat, lambda docs=docs: factcheck.check(map(read_prose, docs)))
            both = f"{n / s:,.0f}", f"{mb / s:.2f}"
        row = (f"| {name} | {n:,} | {mb:.2f} | {n / read_s:,.0f} | {mb / read_s:.2f} "
               f"| {both[0]} | {both[1]} |")  # fmt: skip
        if args.election and name == "results":
            e = cpu_best(
                args.repeat,
                lambda docs=docs: factcheck.check(
                    with_election(read_prose(d), elections.get(d.path)) for d in docs
                ),
            )
            row += f" {n / e:,.0f} | {mb / e:.2f} | {e / s:.2f} |"
        elif args.election:
            row += " – | – | – |"
        if args.passes_only:
            row += passes_only(args.repeat, docs, read_s)
        print(row)
        if args.profile:
            print(profile_reading(docs, 30))


if __name__ == "__main__":
    main()
