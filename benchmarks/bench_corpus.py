"""Duplicate detection: accuracy on Wikinews-derived copies, and speed at scale.

Usage (from the repository root)::

    python benchmarks/bench_corpus.py accuracy [--shared PATH] [--min-words N]
    python benchmarks/bench_corpus.py pairs [--unlabelled] [--min-words N]
    python benchmarks/bench_corpus.py scale --n 10000 100000 [--datasketch]

``accuracy`` takes the Wikinews politics articles, derives copies of 300 of them (verbatim,
headline changed, a paragraph added, a paragraph removed, sentences reordered, a figure
changed; a paragraph is three sentences, since the texts have no line breaks) and reports
recall per variant and precision over every pair flagged by the copy rule (containment >=
0.5 and ``COPY_WORDS`` shared words; ``--min-words 0``: the rule before that minimum).
Flagged pairs that are not planted copies are judged by hand in
``wikinews_extra_pairs.tsv`` (duplicate already in Wikinews, or false); ``pairs`` prints
each such pair's shared passages side by side for that reading. ``scale`` times
fingerprinting + indexing + pairing on synthetic news-length documents (about 450 words,
5% near-copies), streaming the fingerprints into the index, the peak memory added, one
query against the index, and optionally datasketch's MinHashLSH on the same documents
(``bulk``-hashed, 128 permutations, threshold 0.5).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.checks.corpus.duplicate_article import COPY_CONTAINMENT, COPY_WORDS
from factcheck.corpus import Match, PassageIndex, fingerprints, passages
from factcheck.corpus.fingerprint import MIN_WORDS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_articles import ROOT, load

LABELS = Path(__file__).resolve().parent / "wikinews_extra_pairs.tsv"
VARIANTS = ("verbatim", "headline", "para_added", "para_removed", "reordered", "figure")


def copies(index: PassageIndex, min_words: int = COPY_WORDS) -> list[Match]:
    """The pairs the copy rule flags: containment >= 0.5 and at least ``min_words`` shared."""
    return [m for m in index.matches(COPY_CONTAINMENT) if m.shared >= min_words]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
PARAGRAPH = 3
"""Sentences a paragraph: the Wikinews texts have no line breaks, so paragraphs are runs of
three sentences."""


def _paragraphs(text: str) -> list[str]:
    sents = [s for s in _SENTENCE_END.split(text.strip()) if s]
    return [" ".join(sents[i : i + PARAGRAPH]) for i in range(0, len(sents), PARAGRAPH)]


def new_paragraph(text: str) -> str:
    """A paragraph of new text: three sentences of another article, each word order reversed,
    so it is as long as a real paragraph but shares no clause with anything."""
    sents = _paragraphs(text)[0]
    return " ".join(" ".join(reversed(s.split())) for s in _SENTENCE_END.split(sents))


def derive(text: str, variant: str, rng: random.Random, filler: str) -> str:
    """A copy of ``text`` changed in one way (``filler``: the paragraph ``para_added`` adds)."""
    paras = _paragraphs(text)
    if variant == "verbatim":
        return text
    if variant == "headline":
        return "Updated: a new headline for an old story\n" + text
    if variant == "para_added":
        at = rng.randrange(len(paras) + 1)
        return "\n".join([*paras[:at], filler, *paras[at:]])
    if variant == "para_removed":
        if len(paras) >= 2:
            paras.pop(rng.randrange(1, len(paras)))
        return "\n".join(paras)
    if variant == "reordered":
        sents = _SENTENCE_END.split(text)
        rng.shuffle(sents)
        return " ".join(sents)
    nums = list(re.finditer(r"\d[\d,]*", text))
    if not nums:
        return text + " 1"
    m = rng.choice(nums)
    return text[: m.start()] + str(int(m.group().replace(",", "")) + 7) + text[m.end() :]


@dataclass
class Labelled:
    """The accuracy corpus: Wikinews, derived copies, seeds; planted pairs by variant."""

    ids: list[str]
    texts: list[str]
    titles: list[str]
    truth: dict[tuple[int, int], str]
    seeds: int
    """Index of the first seed article."""


def labelled_corpus(shared: Path) -> Labelled:
    docs = load(shared)
    titles = [re.sub(r"<[^>]*>", "", t) for t in _titles(shared)]
    ids = [d.path for d in docs]
    texts = [d.text for d in docs]
    rng = random.Random(4)
    base = [i for i, t in enumerate(texts) if len(t.split()) >= 120]
    chosen = rng.sample(range(len(base)), 300)
    truth: dict[tuple[int, int], str] = {}
    for k, c in enumerate(chosen):
        variant = VARIANTS[k % len(VARIANTS)]
        src = base[c]
        filler = new_paragraph(texts[base[(c + 1) % len(base)]])
        texts.append(derive(texts[src], variant, rng, filler))
        ids.append(f"copy{k:03d}-{variant}-of-{ids[src]}")
        titles.append(f"[{variant} copy] {titles[src]}")
        truth[(src, len(texts) - 1)] = variant
    seeds = len(texts)
    for p in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        texts.append(p.read_text(encoding="utf-8"))
        ids.append(p.name)
        titles.append("[seed] " + p.stem)
    return Labelled(ids, texts, titles, truth, seeds)


def _titles(shared: Path) -> list[str]:
    path = shared / "corpus" / "wikinews" / "wikinews-politics-2004-2009.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [str(json.loads(line).get("title_raw", "")) for line in fh]


def read_labels(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """The hand labels of flagged pairs that are not planted: (id_a, id_b) -> (verdict, why)."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a, b, verdict, reason = line.split("\t")
        if (a, b) == ("id_a", "id_b"):
            continue
        assert verdict in ("duplicate", "false"), line
        out[(a, b)] = (verdict, reason)
    return out


def accuracy(shared: Path, labels_path: Path, min_words: int) -> None:
    corpus = labelled_corpus(shared)
    texts, ids, truth = corpus.texts, corpus.ids, corpus.truth
    s0 = corpus.seeds
    t0 = time.perf_counter()
    index = PassageIndex(fingerprints(t) for t in texts)
    flagged = {(m.a, m.b) for m in copies(index, min_words)}
    seconds = time.perf_counter() - t0
    all_pairs = {(m.a, m.b): m for m in index.matches()}
    labels = read_labels(labels_path)
    variant_of = {b: v for (_, b), v in truth.items()}
    print(f"{len(texts):,} documents, {len(truth)} derived copies, {seconds:.2f} s\n")
    # A flagged pair belongs to a variant when one side is a copy of that variant.
    rows: dict[str, list[int]] = {v: [0, 0, 0, 0, 0] for v in (*VARIANTS, "originals")}
    unlabelled = []
    for a, b in sorted(flagged):
        row = rows[variant_of.get(b, variant_of.get(a, "originals"))]
        row[0] += 1
        if (a, b) in truth:
            row[1] += 1
            continue
        verdict = labels.get((ids[a], ids[b]), ("", ""))[0]
        if verdict == "duplicate":
            row[2] += 1
        elif verdict == "false":
            row[3] += 1
        else:
            row[4] += 1
            unlabelled.append((a, b))
    print(
        "| variant | copies | found | recall | flagged | planted | duplicate in Wikinews "
        "| false | unlabelled | precision |\n|---|---|---|---|---|---|---|---|---|---|"
    )
    total = [0, 0, 0, 0, 0]
    for v, (n, planted, dup, false, unl) in rows.items():
        pairs = [p for p, name in truth.items() if name == v]
        found = sum(p in flagged for p in pairs)
        recall = f"{found / len(pairs):.1%}" if pairs else "–"
        labelled = planted + dup + false
        prec = f"{(planted + dup) / labelled:.1%}" if labelled else "–"
        print(
            f"| {v} | {len(pairs) or '–'} | {found if pairs else '–'} | {recall} | {n} | "
            f"{planted} | {dup} | {false} | {unl} | {prec} |"
        )
        total = [x + y for x, y in zip(total, (n, planted, dup, false, unl), strict=True)]
    n, planted, dup, false, unl = total
    found = sum(p in flagged for p in truth)
    print(
        f"| all | {len(truth)} | {found} | {found / len(truth):.1%} | {n} | {planted} | {dup} "
        f"| {false} | {unl} | {(planted + dup) / max(1, planted + dup + false):.1%} |"
    )
    print(
        f"\nprecision counts planted copies and pairs judged duplicates already in Wikinews "
        f"({labels_path.name}) as true, pairs judged false as false; with only planted copies "
        f"counted as true: "
        f"{planted / max(1, planted + dup + false):.1%}"
    )
    for a, b in unlabelled:
        print(f"  unlabelled: {ids[a]}\t{ids[b]}")
    seed_pair = all_pairs.get((s0 + 1, s0 + 2))
    print(f"\nseed 001/002: {seed_pair}")
    print("seed 000 pairs:", [m for (a, b), m in all_pairs.items() if s0 in (a, b)])


def show_pairs(shared: Path, labels_path: Path, only_unlabelled: bool, min_words: int) -> None:
    """Print each flagged pair that is not planted, its shared passages side by side."""
    corpus = labelled_corpus(shared)
    texts, ids, truth = corpus.texts, corpus.ids, corpus.truth
    index = PassageIndex(fingerprints(t) for t in texts)
    labels = read_labels(labels_path)
    for m in copies(index, min_words):
        if (m.a, m.b) in truth:
            continue
        if only_unlabelled and (ids[m.a], ids[m.b]) in labels:
            continue
        pa, pb = passages(texts[m.a]), passages(texts[m.b])
        shared_h = {p.hash for p in pa} & {p.hash for p in pb}
        print("=" * 100)
        print(f"{ids[m.a]}\t{ids[m.b]}\tcontainment {m.containment:.2f}, {m.passages} passages")
        for i, ps in ((m.a, pa), (m.b, pb)):
            own = sum(p.hash not in shared_h for p in ps)
            print(f"  [{ids[i]}] {corpus.titles[i]!r}: {len(ps)} passages, {own} not shared")
        print("  shared:")
        for p in pa:
            if p.hash in shared_h:
                print(f"    = {texts[m.a][p.start : p.end][:110]}")
        for i, ps in ((m.a, pa), (m.b, pb)):
            rest = [texts[i][p.start : p.end][:50] for p in ps if p.hash not in shared_h]
            print(f"  only in {ids[i]}: {' | '.join(rest)[:300]}")


def synthetic(n: int, rng: random.Random) -> list[str]:
    vocab = [f"w{i}" for i in range(20000)]
    out: list[str] = []
    for i in range(n):
        if i > 10 and rng.random() < 0.05:
            src = out[rng.randrange(i)]
            sents = src.split(". ")
            sents[rng.randrange(len(sents))] = "a changed sentence with 42,969 votes"
            out.append(". ".join(sents))
            continue
        sents = []
        for _ in range(25):
            k = rng.randint(MIN_WORDS, 30)
            sents.append(" ".join(rng.choices(vocab, k=k)))
        out.append(". ".join(sents) + ".")
    return out


def scale(ns: list[int], with_datasketch: bool) -> None:
    print(
        "| documents | MB | fingerprint s | index+pairs s | total s | pairs | peak MB added "
        "| query ms |\n|---|---|---|---|---|---|---|---|"
    )
    for n in ns:
        texts = synthetic(n, random.Random(n))
        mb = sum(len(t) for t in texts) / 1e6
        before = _rss_mb()
        fp_seconds = 0.0

        def stream(texts: list[str] = texts) -> Iterator[dict[int, int]]:
            # Each document's fingerprints go into the index as they are made, never all
            # held at once; the time spent fingerprinting is summed on the way.
            nonlocal fp_seconds
            for t in texts:
                f0 = time.perf_counter()
                fp = fingerprints(t)
                fp_seconds += time.perf_counter() - f0
                yield fp

        t0 = time.perf_counter()
        index = PassageIndex(stream())
        pairs = copies(index)
        t2 = time.perf_counter()
        t1 = t0 + fp_seconds
        peak = _rss_mb() - before
        probe = fingerprints(texts[n // 2])
        q0 = time.perf_counter()
        for _ in range(100):
            index.query(probe, min_containment=COPY_CONTAINMENT)
        qms = (time.perf_counter() - q0) * 10
        print(
            f"| {n:,} | {mb:.0f} | {t1 - t0:.2f} | {t2 - t1:.2f} | {t2 - t0:.2f} | "
            f"{len(pairs):,} | {peak:.0f} | {qms:.3f} |"
        )
        if with_datasketch:
            from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped,unused-ignore]

            d0 = time.perf_counter()
            shingles = [
                [" ".join(w[i : i + 5]).encode() for i in range(max(1, len(w) - 4))]
                for w in (t.split() for t in texts)
            ]
            sigs = MinHash.bulk(shingles, num_perm=128)
            lsh = MinHashLSH(threshold=0.5, num_perm=128)
            with lsh.insertion_session() as session:
                for i, m in enumerate(sigs):
                    session.insert(i, m)
            found = sum(len(lsh.query(m)) - 1 for m in sigs) // 2
            ds = time.perf_counter() - d0
            print(
                f"|   datasketch MinHashLSH | | | | {ds:.2f} | {found:,} | | "
                f"(factcheck {ds / (t2 - t0):.1f}x faster) |"
            )
        del index, texts


# -- edited copies, through the CLI, against MinHash ---------------------------------------

KINDS = ("uniform", "zipf", "wikinews")


def edit_words(text: str, rate: float, rng: random.Random, vocab: list[str]) -> str:
    """A sub-editor's pass: each word, with probability ``rate``, replaced, deleted, or
    followed by an inserted word (one of the three at random)."""
    out: list[str] = []
    for w in text.split(" "):
        if rng.random() >= rate:
            out.append(w)
            continue
        op = rng.randrange(3)
        if op == 0:
            out.append(rng.choice(vocab))
        elif op == 2:
            out.extend((w, rng.choice(vocab)))
    return " ".join(out)


def _wikinews_vocab(shared: Path) -> tuple[list[str], list[float]]:
    counts: dict[str, int] = {}
    for d in load(shared):
        for w in d.text.split():
            counts[w] = counts.get(w, 0) + 1
    vocab = sorted(counts, key=lambda w: -counts[w])
    total = sum(counts.values())
    return vocab, [counts[w] / total for w in vocab]


def originals(kind: str, n: int, rng: random.Random, shared: Path) -> tuple[list[str], list[str]]:
    """``n`` original documents of a kind, and the vocabulary edits draw from.

    uniform: 25 sentences of 4-30 words from 20,000 made-up words, equally likely; zipf:
    the same shape with the Wikinews vocabulary at its own word frequencies (common words
    and phrases recur across documents as in news); wikinews: the real articles."""
    if kind == "wikinews":
        # Empty articles (the dump has some) are left out: a file of nothing is an error.
        texts = [d.text for d in load(shared) if d.text.strip()]
        return texts, sorted({w for t in texts[:500] for w in t.split()})
    if kind == "uniform":
        vocab = [f"w{i}" for i in range(20000)]
        weights = None
    else:
        vocab, weights = _wikinews_vocab(shared)
    out = []
    for _ in range(n):
        lengths = [rng.randint(MIN_WORDS, 30) for _ in range(25)]
        words = rng.choices(vocab, weights=weights, k=sum(lengths))
        sents, at = [], 0
        for k in lengths:
            sents.append(" ".join(words[at : at + k]))
            at += k
        out.append(". ".join(sents) + ".")
    return out, vocab[:20000]


@dataclass
class Planted:
    texts: list[str]
    clusters: list[int]
    """Each document's cluster: an original and its edited copies share one."""
    pairs: set[tuple[int, int]]
    seeds: int


def planted_corpus(kind: str, n: int, copies: float, seed: int, shared: Path) -> Planted:
    """Originals, then edited copies (5-20% of words) of random originals mixed in after
    their source, then the three seed articles."""
    rng = random.Random(seed)
    base, vocab = originals(kind, n, rng, shared)
    n_copies = round(len(base) * copies) if kind != "wikinews" else 300
    n_orig = len(base) if kind == "wikinews" else n - n_copies
    texts: list[str] = []
    clusters: list[int] = []
    pairs: set[tuple[int, int]] = set()
    copy_at = set(rng.sample(range(n_orig // 10, n_orig + n_copies), n_copies))
    originals_seen: list[int] = []
    it = iter(base)
    for i in range(n_orig + n_copies):
        if i in copy_at and originals_seen:
            src = rng.choice(originals_seen)
            texts.append(edit_words(texts[src], rng.uniform(0.05, 0.20), rng, vocab))
            clusters.append(clusters[src])
            pairs.add((src, i))
        else:
            texts.append(next(it))
            clusters.append(i)
            if kind != "wikinews" or len(texts[-1].split()) >= 60:
                originals_seen.append(i)
    seeds = len(texts)
    for p in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        texts.append(p.read_text(encoding="utf-8"))
        clusters.append(len(clusters))
    clusters[seeds + 2] = clusters[seeds + 1]  # 002 rewrites 001
    return Planted(texts, clusters, pairs, seeds)


def _write(texts: list[str], folder: Path) -> list[str]:
    """The texts written to numbered files (a folder kept from a run with the same files
    is reused as it is)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [str(folder / f"{i:07d}.txt") for i in range(len(texts))]
    if sum(1 for _ in folder.glob("*.txt")) == len(texts) and all(
        Path(p).stat().st_size == len(t.encode()) for p, t in zip(paths, texts, strict=True)
    ):
        return paths
    for p, t in zip(paths, texts, strict=True):
        Path(p).write_text(t, encoding="utf-8")
    return paths


def _run(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak memory (MB) of a command run to
    its end. On a machine shared with other work the CPU time is the steadier figure.

    The command is started by ``/usr/bin/time`` where there is one, which reports the
    command's own figures: a process started straight from this one (which holds the whole
    corpus) begins with this one's peak memory as its own (Linux carries the high-water mark
    of the memory it was started from across ``exec``), so every tool's peak read at least
    this process's size."""
    import os
    import subprocess
    import tempfile

    timer = "/usr/bin/time"
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        wrapped = [timer, "-f", "%U %S %M", "-o", out.name, *cmd]
        use_timer = os.path.exists(timer)
        t0 = time.perf_counter()
        proc = subprocess.Popen(wrapped if use_timer else cmd, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{cmd[:4]} failed with {proc.returncode}")
        if use_timer:
            user, system, kb = out.read().split()[-3:]
            return seconds, float(user) + float(system), int(kb) / 1024
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _five_grams(text: str) -> list[str]:
    w = text.casefold().split()
    return [" ".join(w[i : i + 5]) for i in range(max(1, len(w) - 4))]


def minhash_pairs(engine: str, folder: Path, out: Path, threshold: float) -> None:
    """Run by ``edits`` in its own process: read the folder's files, MinHash their word
    5-grams (128 permutations), index them in an LSH at ``threshold`` and write the pairs
    whose estimated Jaccard reaches it."""
    paths = sorted(folder.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    found: set[tuple[int, int]] = set()
    if engine == "datasketch":
        from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped,unused-ignore]

        sigs = MinHash.bulk([[g.encode() for g in _five_grams(t)] for t in texts], num_perm=128)
        lsh = MinHashLSH(threshold=threshold, num_perm=128)
        with lsh.insertion_session() as session:
            for i, m in enumerate(sigs):
                session.insert(i, m)
        for i, m in enumerate(sigs):
            for j in lsh.query(m):
                if j != i and m.jaccard(sigs[j]) >= threshold:
                    found.add((min(i, j), max(i, j)))
    else:
        from rensa import RMinHash, RMinHashLSH  # type: ignore[import-not-found,import-untyped,unused-ignore]

        sigs = RMinHash.from_token_sets([_five_grams(t) for t in texts], 128, 42)
        lsh = RMinHashLSH(threshold=threshold, num_perm=128, num_bands=64)
        lsh.insert_many(sigs)
        for i, cands in enumerate(lsh.query_all(sigs)):
            for j in cands:
                if j != i and sigs[i].jaccard(sigs[j]) >= threshold:
                    found.add((min(i, j), max(i, j)))
    out.write_text(json.dumps(sorted(found)), encoding="utf-8")


def _score(
    name: str, found: set[tuple[int, int]], corpus: Planted, run: tuple[float, float, float]
) -> None:
    seconds, cpu, mb = run
    cl = corpus.clusters
    s0 = corpus.seeds
    true = sum(cl[a] == cl[b] for a, b in found)
    recall = sum(p in found or (p[1], p[0]) in found for p in corpus.pairs) / len(corpus.pairs)
    # A copy may be reported against a sibling copy of the same original: the same cluster.
    by_later: dict[int, set[int]] = {}
    for a, b in found:
        by_later.setdefault(b, set()).add(a)
    cluster_recall = sum(
        any(cl[x] == cl[b] for x in by_later.get(b, ())) for _, b in corpus.pairs
    ) / len(corpus.pairs)
    seed = (s0 + 1, s0 + 2) in found
    s000 = any(s0 in p for p in found)
    print(
        f"| {name} | {seconds:.1f} | {cpu:.1f} | {mb:.0f} | {len(found):,} | {cluster_recall:.3f} "
        f"| {recall:.3f} | {true / max(1, len(found)):.4f} | {'yes' if seed else 'no'} "
        f"| {'yes' if s000 else 'no'} |"
    )


def edits(
    kind: str,
    n: int,
    copies: float,
    compare: bool,
    keep: Path | None,
    *,
    rounds: int = 1,
    engines: tuple[str, ...] = ("datasketch", "rensa"),
) -> list[tuple[str, str]]:
    """Plant edited copies, then time factcheck's CLI and (with ``compare``) datasketch and
    rensa on the same files, one after the other in this run, ``rounds`` times in turn."""
    import shutil
    import tempfile

    corpus = planted_corpus(kind, n, copies, n, ROOT.parent / "shared")
    folder = keep or Path(tempfile.mkdtemp(prefix="factcheck-edits-"))
    paths = _write(corpus.texts, folder / "docs")
    where = {p: i for i, p in enumerate(paths)}
    mb = sum(len(t.encode()) for t in corpus.texts) / 1e6
    print(
        f"\n{kind}: {len(paths):,} documents ({mb:.0f} MB), {len(corpus.pairs):,} edited "
        f"copies (5-20% of words), seeds at {corpus.seeds}\n"
    )
    print(
        "| tool | wall s | CPU s | peak MB | pairs | recall (any copy) | recall (its source) "
        "| precision | seed pair | 000 paired |\n|---|---|---|---|---|---|---|---|---|---|"
    )
    found: set[tuple[int, int]] = set()
    for _ in range(rounds):
        report = folder / "factcheck.json"
        run = _run(
            [
                sys.executable,
                "-m",
                "factcheck",
                "check",
                str(folder / "docs"),
                "--select",
                "duplicate-article",
                "--output-format",
                "json",
                "--output-file",
                str(report),
            ]
        )
        found = set()
        for f in json.loads(report.read_text(encoding="utf-8")):
            if f.get("rule") == "DUP101" or f.get("name") == "duplicate-article":
                a, b = where[f["evidence"]["duplicate_of"]], where[f["path"]]
                found.add((min(a, b), max(a, b)))
        _score("factcheck CLI", found, corpus, run)
        if compare:
            for engine in engines:
                out = folder / f"{engine}.json"
                run = _run(
                    [
                        sys.executable,
                        __file__,
                        "minhash",
                        "--engine",
                        engine,
                        "--folder",
                        str(folder / "docs"),
                        "--out",
                        str(out),
                    ]
                )
                pairs = {(a, b) for a, b in json.loads(out.read_text(encoding="utf-8"))}
                _score(f"{engine} LSH at 0.2", pairs, corpus, run)
    extra = [
        (paths[a], paths[b]) for a, b in sorted(found) if corpus.clusters[a] != corpus.clusters[b]
    ]
    if keep is None:
        shutil.rmtree(folder)
    return extra


def dask_vs_one(
    n: int,
    workers: int,
    select: list[str] | None,
    rounds: int = 1,
    keep: Path | None = None,
    *,
    mmap_threshold: int = 0,
) -> None:
    """``n`` documents (uniform kind, 2% edited copies) checked in one process and on a
    LocalCluster of ``workers`` single-threaded processes, side by side (alternating
    ``rounds`` times, the cluster started once); same findings. Wall seconds, and the CPU
    seconds of this process (one process: all of it; the cluster: the client's share).
    ``mmap_threshold`` > 0 starts the workers with ``MALLOC_MMAP_THRESHOLD_`` set to it, on
    top of Dask's own environment for them (see docs/benchmarks.md, Dask)."""
    import shutil
    import tempfile

    import dask
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    if mmap_threshold > 0:
        environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ"))
        environ["MALLOC_MMAP_THRESHOLD_"] = str(mmap_threshold)
        dask.config.set({"distributed.nanny.pre-spawn-environ": environ})

    import factcheck
    from factcheck.config import Config
    from factcheck.dask import check_bag

    folder = keep or Path(tempfile.mkdtemp(prefix="factcheck-dask-"))
    names = sorted(folder.glob("*.txt")) if keep is not None else []
    if len(names) != n + 3:
        corpus = planted_corpus("uniform", n, 0.02, n, ROOT.parent / "shared")
        paths = _write(corpus.texts, folder)
    else:
        paths = [str(p) for p in names]
    config = Config().merged(select=tuple(select) if select else None)
    what = ", ".join(select) if select else "every rule"
    env = f"MALLOC_MMAP_THRESHOLD_={mmap_threshold}" if mmap_threshold > 0 else "Dask's"
    print(f"\n{len(paths):,} documents, {what}; workers' environment: {env}\n")
    print("| run | wall s | client CPU s | findings |\n|---|---|---|---|")
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        for _ in range(rounds):
            t0, c0 = time.perf_counter(), time.process_time()
            one = factcheck.check(folder, select=select)
            t1, c1 = time.perf_counter(), time.process_time()
            print(f"| one process | {t1 - t0:.1f} | {c1 - c0:.1f} | {len(one.findings):,} |")
            w0 = sum(client.run(time.process_time).values())
            t0, c0 = time.perf_counter(), time.process_time()
            bag = db.from_sequence(paths, npartitions=workers * 8)  # type: ignore[no-untyped-call]
            report = check_bag(bag, config=config)
            t1, c1 = time.perf_counter(), time.process_time()
            w1 = sum(client.run(time.process_time).values())
            same = report.findings == one.findings and report.documents == one.documents
            print(
                f"| LocalCluster, {workers} workers | {t1 - t0:.1f} | {c1 - c0:.1f} "
                f"(workers {w1 - w0:.1f}) | "
                f"{len(report.findings):,} ({'identical' if same else 'DIFFERENT'}) |"
            )
    if keep is None:
        shutil.rmtree(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["accuracy", "pairs", "scale", "edits", "minhash", "dask"])
    parser.add_argument("--workers", type=int, default=2, help="dask: LocalCluster workers")
    parser.add_argument("--select", nargs="*", help="dask: rules (default: every rule)")
    parser.add_argument(
        "--mmap-threshold",
        type=int,
        default=0,
        help="dask: start the workers with MALLOC_MMAP_THRESHOLD_ set to this (0: Dask's env)",
    )
    parser.add_argument("--kind", choices=KINDS, nargs="+", default=list(KINDS))
    parser.add_argument("--copies", type=float, default=0.02, help="edits: share of copies")
    parser.add_argument("--compare", action="store_true", help="edits: datasketch and rensa too")
    parser.add_argument(
        "--rounds", type=int, default=1, help="edits: run the tools N times in turn"
    )
    parser.add_argument("--keep", type=Path, help="edits: write the corpus here and keep it")
    parser.add_argument("--engine", choices=["datasketch", "rensa"])
    parser.add_argument(
        "--engines",
        nargs="+",
        choices=["datasketch", "rensa"],
        default=["datasketch", "rensa"],
        help="edits: the MinHash libraries --compare runs",
    )
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--unlabelled", action="store_true", help="pairs: only unlabelled")
    parser.add_argument(
        "--min-words",
        type=int,
        default=COPY_WORDS,
        help=f"copy rule's minimum shared words (default {COPY_WORDS}; 0: before it existed)",
    )
    parser.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--datasketch", action="store_true")
    args = parser.parse_args()
    if args.what == "accuracy":
        accuracy(args.shared, args.labels, args.min_words)
    elif args.what == "pairs":
        show_pairs(args.shared, args.labels, args.unlabelled, args.min_words)
    elif args.what == "edits":
        for kind in args.kind:
            for n in args.n:
                extra = edits(
                    kind,
                    n,
                    args.copies,
                    args.compare,
                    args.keep,
                    rounds=args.rounds,
                    engines=tuple(args.engines),
                )
                print(f"\nflagged pairs across clusters: {len(extra)}")
                for a, b in extra[:200]:
                    print(f"  {Path(a).name}\t{Path(b).name}")
    elif args.what == "dask":
        for n in args.n:
            dask_vs_one(
                n,
                args.workers,
                args.select,
                args.rounds,
                args.keep,
                mmap_threshold=args.mmap_threshold,
            )
    elif args.what == "minhash":
        minhash_pairs(args.engine, args.folder, args.out, 0.2)
    else:
        scale(args.n, args.datasketch)


if __name__ == "__main__":
    main()
