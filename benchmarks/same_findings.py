"""Do two versions of factcheck give the same findings? A guard for changes meant to be speed only.

Runs ``factcheck check --format json`` (and the text report with ``--show-not-checked``, so the
reasons a check was not run are compared too) over the seed articles, with no election and
with each bundled election, and over the stories of ``reference_articles.py`` with their
election; ``--results DIR`` adds the results corpus of ``bench_reading.py`` (written to
``DIR``, a folder per election) and ``--realcopy DIR`` the real stories of the open splits
(``dev``, ``dev2`` in ``realcopy/stories.csv``; never ``heldout``), each checked with its own
election (``--election``, as the scorer's stories are). ``--save`` records the outputs of
the factcheck this interpreter imports; ``--against`` runs again and prints every difference
(exit 1 if there is one)::

    OLD/.venv/bin/python benchmarks/same_findings.py --stories /tmp/stories --save /tmp/before.json
    .venv/bin/python benchmarks/same_findings.py --stories /tmp/stories --against /tmp/before.json

Write the stories once (``reference_articles.py DIR``) and give both runs the same folder::

    OLD/.venv/bin/python benchmarks/same_findings.py --results /tmp/results \
        --realcopy /work/realcopy/texts --save /tmp/before.json
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = ROOT / "examples" / "articles"
ELECTIONS = ("uk-ge-2015", "uk-ge-2017", "uk-ge-2019", "uk-ge-2024")


def _run(args: list[str], cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "--isolated", "--jobs", "1", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    return f"exit {done.returncode}\n{done.stdout}{done.stderr}"


def write_results(folder: Path) -> None:
    """The results corpus of ``bench_reading.py`` as files, a folder per election (the seeds,
    which name their own, are run above)."""
    sys.path.insert(0, str(HERE))
    from bench_reading import N_STORIES, results_elections
    from results_stories import stories

    elections = results_elections()
    for name, text in stories(N_STORIES):
        out = folder / elections[name] / f"{name}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")


def realcopy_runs(texts: Path) -> list[tuple[str, list[str], Path]]:
    """A run per election over the real stories of the open splits."""
    import csv

    by_election: dict[str, list[str]] = {}
    with (HERE / "realcopy" / "stories.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["split"] in ("dev", "dev2") and (texts / f"{row['story_id']}.txt").exists():
                by_election.setdefault(row["election"], []).append(f"{row['story_id']}.txt")
    return [
        (f"realcopy {e}", ["--election", e, *sorted(files)], texts)
        for e, files in sorted(by_election.items())
    ]


def outputs(
    stories: Path | None, results: Path | None = None, realcopy: Path | None = None
) -> dict[str, str]:
    """Every run's output, by a name for the run."""
    runs: list[tuple[str, list[str], Path]] = [("seeds", [str(SEEDS.name)], SEEDS.parent)]
    runs += [(f"seeds {e}", ["--election", e, SEEDS.name], SEEDS.parent) for e in ELECTIONS]
    for name, folder in (("stories", stories), ("results", results)):
        if folder is not None:
            runs += [
                (f"{name} {d.name}", ["--election", d.name, d.name], folder)
                for d in sorted(folder.iterdir())
                if d.is_dir() and d.name in ELECTIONS
            ]
    if realcopy is not None:
        runs += realcopy_runs(realcopy)
    out: dict[str, str] = {}
    for name, args, cwd in runs:
        out[f"{name} json"] = _run(["--format", "json", *args], cwd)
        out[f"{name} text"] = _run(["--show-not-checked", "--color", "never", *args], cwd)
    return out


def main() -> int:
    """Save or compare; the exit status says whether anything differed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=Path, help="a folder written by reference_articles.py")
    parser.add_argument("--results", type=Path, help="a folder to write the results corpus to")
    parser.add_argument("--realcopy", type=Path, help="the real stories' folder")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--against", type=Path)
    args = parser.parse_args()
    if args.results is not None:
        write_results(args.results)
    now = outputs(args.stories, args.results, args.realcopy)
    if args.save is not None:
        args.save.write_text(json.dumps(now, indent=1, sort_keys=True), encoding="utf-8")
        findings = sum(len(json.loads(v.split("\n", 1)[1])) for k, v in now.items() if "json" in k)
        print(f"saved {len(now)} outputs ({findings} findings) to {args.save}")
        return 0
    before: dict[str, str] = json.loads(args.against.read_text(encoding="utf-8"))
    differ = 0
    for name in sorted(set(before) | set(now)):
        a, b = before.get(name, ""), now.get(name, "")
        if a != b:
            differ += 1
            print(f"== {name} differs")
            sys.stdout.writelines(
                difflib.unified_diff(a.splitlines(True), b.splitlines(True), "before", "after")
            )
    print(f"{len(now)} outputs compared, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
