"""Do two versions of factcheck give the same findings? A guard for changes meant to be speed only.

Runs ``factcheck check --format json`` (and the text report with ``--show-not-checked``, so the
reasons a check was not run are compared too) over the seed articles, with no election and
with each bundled election, and over the stories of ``reference_articles.py`` with their
election. ``--save`` records the outputs of the factcheck this interpreter imports;
``--against`` runs again and prints every difference (exit 1 if there is one)::

    OLD/.venv/bin/python benchmarks/same_findings.py --stories /tmp/stories --save /tmp/before.json
    .venv/bin/python benchmarks/same_findings.py --stories /tmp/stories --against /tmp/before.json

Write the stories once (``reference_articles.py DIR``) and give both runs the same folder.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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


def outputs(stories: Path | None) -> dict[str, str]:
    """Every run's output, by a name for the run."""
    runs: list[tuple[str, list[str], Path]] = [("seeds", [str(SEEDS.name)], SEEDS.parent)]
    runs += [(f"seeds {e}", ["--election", e, SEEDS.name], SEEDS.parent) for e in ELECTIONS]
    if stories is not None:
        runs += [
            (f"stories {d.name}", ["--election", d.name, d.name], stories)
            for d in sorted(stories.iterdir())
            if d.is_dir() and d.name in ELECTIONS
        ]
    out: dict[str, str] = {}
    for name, args, cwd in runs:
        out[f"{name} json"] = _run(["--format", "json", *args], cwd)
        out[f"{name} text"] = _run(["--show-not-checked", "--color", "never", *args], cwd)
    return out


def main() -> int:
    """Save or compare; the exit status says whether anything differed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=Path, help="a folder written by reference_articles.py")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--against", type=Path)
    args = parser.parse_args()
    now = outputs(args.stories)
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
