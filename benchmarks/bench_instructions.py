"""Read (or check) some results stories, for counting instructions under valgrind.

On a shared machine CPU time varies by a fifth from run to run; an instruction count does
not. Count a run doing the work and the same run without it, and divide the difference::

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python benchmarks/bench_instructions.py read 200     # and: read 0
    valgrind ... python benchmarks/bench_instructions.py check 200    # and: check 0

``read N`` reads the first ``N`` results stories of ``bench_reading.py`` (after 50 read to
warm the caches); ``check N`` reads 200 and checks the first ``N`` with every rule (after 20
checked to warm them). Run it under each version (``PYTHONPATH``) to compare two.
"""

from __future__ import annotations

import sys
from pathlib import Path

import factcheck
from factcheck.extract.reader import read_prose

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reading import results_corpus


def main() -> None:
    """Do the work the arguments name."""
    what, n = sys.argv[1], int(sys.argv[2])
    docs = results_corpus()
    if what == "read":
        for d in docs[:50]:
            read_prose(d)
        for d in docs[:n]:
            read_prose(d)
    elif what == "check":
        articles = [read_prose(d) for d in docs[:200]]
        factcheck.check(articles[:20])
        if n:
            factcheck.check(articles[:n])
    else:
        raise SystemExit("usage: bench_instructions.py read|check N")


if __name__ == "__main__":
    main()
