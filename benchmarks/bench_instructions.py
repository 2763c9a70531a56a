"""Read (or check) some results stories, for counting instructions under valgrind.

On a shared machine CPU time varies by a fifth from run to run; an instruction count does
not. Count a run doing the work and the same run without it, and divide the difference::

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python benchmarks/bench_instructions.py read 200     # and: read 0
    valgrind ... python benchmarks/bench_instructions.py check 200    # and: check 0

``read N`` reads the first ``N`` results stories of ``bench_reading.py`` (after 50 read to
warm the caches); ``check N`` reads 200 and checks the first ``N`` with every rule (after 20
checked to warm them); ``articles N`` is ``check N`` with the per-article rules only (the
corpus rules, ``DUP``, ignored). Run it under each version (``PYTHONPATH``) to compare two;
run with ``PYTHONHASHSEED=0`` (counts of the same code otherwise move by up to 1.5%), after
one run outside valgrind has stored the bytecode and the compiled patterns.

One stage of reading alone, on the first ``N`` stories (their inputs made beforehand, and
the stage run on 50 first), for where the instructions go::

    valgrind ... python benchmarks/bench_instructions.py STAGE N     # and: STAGE 0

``numbers`` (:func:`~factcheck.extract.numbers.find_numbers`), ``parties`` (the party
names), ``seats`` (the constituency names), ``people`` (the names of people, given the
parties and seats), ``sentences``, and ``passes`` (reading with the readings of each sentence
skipped, as ``bench_reading.py --passes-only``: every pass a story takes, the frame, the
assembly).

``--gc-as-command`` (last) collects garbage as the ``factcheck`` command does (its thresholds,
what was imported and made before the work frozen), as ``bench_reading.py --gc-as-command``:
without it the count holds Python's default collections, which the command does not make.

The most a dispatcher of the readings could save (readings as data, offered only what they
read), bounded by an oracle: ``wrapped N`` reads the first ``N`` stories (at least 50)
recording which calls of the readings changed nothing (a number declined, a sentence's
reading that left the state as it was), then reads them again calling every reading through
the same wrapper; ``oracle N`` reads them again skipping those calls. ``wrapped N`` less
``oracle N`` is what the calls that read nothing cost; ``oracle-check N`` (outside valgrind)
checks the skipped calls change nothing the reader returns.

Writing the 500 stories costs some 6,000 million instructions, more than reading 200: with
``FACTCHECK_BENCH_TEXTS=FILE`` they are written to ``FILE`` (JSON) on the first run and read
from it on the next, so each counted run is mostly the work counted.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import factcheck
from factcheck import _startup
from factcheck.extract import reader
from factcheck.extract.entities import contest_matcher, find_people
from factcheck.extract.numbers import find_numbers
from factcheck.extract.reader import read_prose
from factcheck.extract.text import sentences
from factcheck.models import Document
from factcheck.packs import default_pack

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reading import results_corpus


def _corpus() -> list[Document]:
    """``bench_reading.results_corpus()``, stored in ``FACTCHECK_BENCH_TEXTS`` when set."""
    stored = os.environ.get("FACTCHECK_BENCH_TEXTS")
    if stored and Path(stored).exists():
        pairs = json.loads(Path(stored).read_text(encoding="utf-8"))
        return [Document(path=path, text=text) for path, text in pairs]
    docs = results_corpus()
    if stored:
        pairs = [[d.path, d.text] for d in docs]
        Path(stored).write_text(json.dumps(pairs), encoding="utf-8")
    return docs


def _stage(what: str, texts: list[str]) -> Callable[[int], object]:
    """The stage ``what`` as a call on the ``i``-th text."""
    pack = default_pack()
    parties = reader._party_matcher(pack)
    seats = contest_matcher()
    if what == "numbers":
        return lambda i: find_numbers(texts[i], pack)
    if what == "parties":
        return lambda i: parties.find(texts[i])
    if what == "seats":
        return lambda i: seats.find(texts[i])
    if what == "sentences":
        return lambda i: sentences(texts[i])
    if what == "people":
        spans = [[p.span for p in parties.find(t)] + [c.span for c in seats.find(t)] for t in texts]
        return lambda i: find_people(texts[i], spans[i])
    raise SystemExit(f"no stage {what!r}")


def _state(f: Any) -> str:
    """What a reading may change: the story's state but its caches, and the frame's."""
    st = f.state
    kept = {k: v for k, v in vars(st).items() if k not in _CACHES}
    return repr((kept, sorted(f.used), f.pending_change, f.last_change, f.contest))


_CACHES = frozenset(
    {
        "text",
        "pack",
        "quotes",
        "nationwide",
        "nowhere_nationwide",
        "_by_word",
        "forecasts",
        "low",
        "lower_is_folded",
    }
)


def _oracle(docs: list[Document], n: int, skip: bool, check: bool = False) -> None:
    """Read ``docs[:n]`` (at least 50) recording the calls of the readings that change
    nothing, then read ``docs[:n]`` again, skipping those calls if ``skip``."""
    idle: set[tuple[int, int]] = set()
    at = [0, 0]  # the story, and the call within it
    replay = [False]

    def wrapped(fn: Callable[..., Any], *, number: bool) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            key = (at[0], at[1])
            at[1] += 1
            if replay[0]:
                if skip and key in idle:
                    return False
                return fn(*args)
            before = _state(args[0])
            out = fn(*args)
            if not (number and out) and _state(args[0]) == before:
                idle.add(key)
            return out

        return call

    number_readings = tuple(wrapped(r, number=True) for r in reader.NUMBER_READINGS)
    reader.OFFERS = {
        w: reader.OFFERS[r] for w, r in zip(number_readings, reader.NUMBER_READINGS, strict=True)
    }
    reader.NUMBER_READINGS = number_readings
    reader._TABLES.clear()
    for name, value in vars(reader).items():
        if name.startswith("read_") and name != "read_prose" and callable(value):
            setattr(reader, name, wrapped(value, number=False))
    first = []
    for i, d in enumerate(docs[: max(n, 50)]):
        at[:] = [i, 0]
        first.append(read_prose(d))
    replay[0] = True
    for i, d in enumerate(docs[:n]):
        at[:] = [i, 0]
        again = read_prose(d)
        if check and again.model_dump_json() != first[i].model_dump_json():
            raise SystemExit(f"{d.path}: skipping the idle readings changed what was read")
    if check:
        print(f"{len(idle)} idle calls skipped in {n} stories: the same articles")


def main() -> None:
    """Do the work the arguments name."""
    what, n = sys.argv[1], int(sys.argv[2])
    if sys.argv[3:] == ["--gc-as-command"]:
        gc.freeze()
        gc.set_threshold(*_startup.COMMAND_GC_THRESHOLD)
    docs = _corpus()
    if what in ("wrapped", "oracle", "oracle-check"):
        _oracle(docs, n, skip=what != "wrapped", check=what == "oracle-check")
    elif what in ("read", "passes"):
        if what == "passes":
            reader._read_sentence = lambda f: None
        for d in docs[:50]:
            read_prose(d)
        for d in docs[:n]:
            read_prose(d)
    elif what in ("check", "articles"):
        ignore = ["DUP"] if what == "articles" else []
        articles = [read_prose(d) for d in docs[:200]]
        factcheck.check(articles[:20], ignore=ignore)
        if n:
            factcheck.check(articles[:n], ignore=ignore)
    else:
        stage = _stage(what, [d.text for d in docs[:200]])
        for i in range(50):
            stage(i)
        for i in range(n):
            stage(i)


if __name__ == "__main__":
    main()
