"""Duplicate detection: accuracy on Wikinews-derived copies, and speed at scale.

Usage (from the repository root)::

    python benchmarks/bench_corpus.py accuracy [--shared PATH]
    python benchmarks/bench_corpus.py scale --n 10000 100000 [--datasketch]

``accuracy`` takes the Wikinews politics articles, derives copies of 300 of them (verbatim,
headline changed, a paragraph added, a paragraph removed, sentences reordered, a figure
changed) and reports recall per variant and precision over every pair flagged, using the
index's copy rule (containment >= 0.5). ``scale`` times fingerprinting + indexing + pairing
on synthetic news-length documents (about 450 words, 5% near-copies), the peak memory
added, one query against the index, and optionally datasketch's MinHashLSH on the same
documents (``bulk``-hashed, 128 permutations, threshold 0.5).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path

from factcheck.corpus import PassageIndex, fingerprints
from factcheck.corpus.fingerprint import MIN_WORDS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_articles import ROOT, load

VARIANTS = ("verbatim", "headline", "para_added", "para_removed", "reordered", "figure")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def derive(text: str, variant: str, rng: random.Random, filler: str) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    if variant == "verbatim":
        return text
    if variant == "headline":
        return "Updated: a new headline for an old story\n" + text
    if variant == "para_added":
        at = rng.randrange(len(paras) + 1)
        return "\n".join([*paras[:at], filler, *paras[at:]])
    if variant == "para_removed":
        if len(paras) > 2:
            paras.pop(rng.randrange(1, len(paras)))
        return "\n".join(paras)
    if variant == "reordered":
        sents = re.split(r"(?<=[.!?])\s+", text)
        rng.shuffle(sents)
        return " ".join(sents)
    nums = list(re.finditer(r"\d[\d,]*", text))
    if not nums:
        return text + " 1"
    m = rng.choice(nums)
    return text[: m.start()] + str(int(m.group().replace(",", "")) + 7) + text[m.end() :]


def accuracy(shared: Path) -> None:
    docs = [d.text for d in load(shared)]
    rng = random.Random(4)
    base = [t for t in docs if len(t.split()) >= 120]
    chosen = rng.sample(range(len(base)), 300)
    texts = list(docs)
    truth: dict[tuple[int, int], str] = {}
    index_of = {t: i for i, t in enumerate(docs)}
    for k, c in enumerate(chosen):
        variant = VARIANTS[k % len(VARIANTS)]
        filler = base[(c + 1) % len(base)].split("\n")[0]
        texts.append(derive(base[c], variant, rng, filler))
        truth[(index_of[base[c]], len(texts) - 1)] = variant
    seeds = sorted((ROOT / "examples" / "articles").glob("*.txt"))
    s0 = len(texts)
    texts += [p.read_text(encoding="utf-8") for p in seeds]
    t0 = time.perf_counter()
    index = PassageIndex([fingerprints(t) for t in texts])
    flagged = {(m.a, m.b) for m in index.matches(min_containment=0.5)}
    seconds = time.perf_counter() - t0
    all_pairs = {(m.a, m.b): m for m in index.matches()}
    print(f"{len(texts):,} documents, {len(truth)} derived copies, {seconds:.2f} s\n")
    print("| variant | copies | found | recall |\n|---|---|---|---|")
    for v in VARIANTS:
        pairs = [p for p, name in truth.items() if name == v]
        found = sum(p in flagged for p in pairs)
        print(f"| {v} | {len(pairs)} | {found} | {found / len(pairs):.1%} |")
    derived = set(truth)
    extra = flagged - derived
    # Flagged pairs among the original articles may be real duplicates in Wikinews itself.
    print(
        f"\nflagged {len(flagged)}; of the derived copies {len(flagged & derived)}; "
        f"other pairs {len(extra)} (duplicates already in Wikinews, checked by hand below)"
    )
    for a, b in sorted(extra)[:5]:
        print(f"  {a} {b}: {texts[a][:70]!r} | {texts[b][:70]!r}")
    seed_pair = all_pairs.get((s0 + 1, s0 + 2))
    print(f"\nseed 001/002: {seed_pair}")
    print("seed 000 pairs:", [m for (a, b), m in all_pairs.items() if s0 in (a, b)])


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
        t0 = time.perf_counter()
        fps = [fingerprints(t) for t in texts]
        t1 = time.perf_counter()
        index = PassageIndex(fps)
        pairs = index.matches(min_containment=0.5)
        t2 = time.perf_counter()
        peak = _rss_mb() - before
        probe = fingerprints(texts[n // 2])
        q0 = time.perf_counter()
        for _ in range(100):
            index.query(probe, min_containment=0.5)
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
        del fps, index, texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["accuracy", "scale"])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--datasketch", action="store_true")
    args = parser.parse_args()
    if args.what == "accuracy":
        accuracy(args.shared)
    else:
        scale(args.n, args.datasketch)


if __name__ == "__main__":
    main()
