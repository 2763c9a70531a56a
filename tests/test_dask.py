"""The Dask runner gives the same report as a single-process run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import factcheck

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"


def test_a_local_cluster_finds_what_one_process_finds(tmp_path: Path) -> None:
    import dask.bag as db

    from factcheck.dask import check_bag

    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    text = (SEEDS / "001_0c5695e86abff121.txt").read_text(encoding="utf-8")
    (tmp_path / "003_changed.txt").write_text(text.replace("42,969", "42,699"), "utf-8")
    paths = sorted(str(p) for p in tmp_path.glob("*.txt"))
    expected = factcheck.check(tmp_path)
    with (
        distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.from_sequence(paths, npartitions=2)  # type: ignore[no-untyped-call]
        report = check_bag(bag)
    assert report.findings == expected.findings
    assert report.not_checked == expected.not_checked
    names = {f.name for f in report.findings}
    assert {"duplicate-article", "cross-article-conflict"} <= names


@pytest.mark.parametrize("select", [None, ["duplicate-article"]])
def test_a_larger_corpus_gives_the_same_report_on_a_cluster(
    tmp_path: Path, select: list[str] | None
) -> None:
    import random

    import dask.bag as db

    from factcheck.config import Config
    from factcheck.dask import check_bag

    words = [
        "count",
        "hall",
        "ward",
        "turnout",
        "ballot",
        "agent",
        "recount",
        "leaflets",
        "stage",
        "speech",
        "river",
    ]

    def story(rng: random.Random) -> str:
        return " ".join(
            f"Ms Okafor {' '.join(rng.choices(words, k=rng.randint(6, 16)))}." for _ in range(14)
        )

    def edited(text: str, rate: float, rng: random.Random) -> str:
        return " ".join(rng.choice(words) if rng.random() < rate else w for w in text.split(" "))

    rng = random.Random(2)
    texts = [story(rng) for _ in range(50)]
    texts += [edited(texts[k], rng.uniform(0.05, 0.2), rng) for k in (3, 17, 30, 30)]
    for i, t in enumerate(texts):
        (tmp_path / f"{i:03d}.txt").write_text(t, encoding="utf-8")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path / f"s{seed.name}")
    paths = sorted(str(p) for p in tmp_path.glob("*.txt"))
    expected = factcheck.check(tmp_path, select=select)
    config = Config().merged(select=tuple(select) if select else None)
    with (
        distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        report = check_bag(db.from_sequence(paths, npartitions=3), config=config)  # type: ignore[no-untyped-call]
    assert report.findings == expected.findings
    assert report.not_checked == expected.not_checked
    assert report.errors == expected.errors
    assert report.documents == expected.documents
    dups = {
        (Path(f.path or "").name, Path(str(f.evidence["duplicate_of"])).name)
        for f in report.findings
        if f.name == "duplicate-article"
    }
    assert {("050.txt", "003.txt"), ("051.txt", "017.txt"), ("052.txt", "030.txt")} <= dups
    assert ("s002_554986b48057e141.txt", "s001_0c5695e86abff121.txt") in dups


def test_a_duplicate_run_on_a_cluster_with_every_kind_of_item(tmp_path: Path) -> None:
    import dask.bag as db

    from factcheck.config import Config
    from factcheck.dask import check_bag
    from factcheck.models import Document

    text = (SEEDS / "001_0c5695e86abff121.txt").read_text(encoding="utf-8")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "003.md").write_text("---\ntitle: x\n---\n" + text, encoding="utf-8")
    (tmp_path / "004.txt").write_bytes(b"")
    (tmp_path / "005.txt").write_text(text.replace("Labour", "Labour Party"), "utf-8")
    names = sorted(str(p) for p in tmp_path.glob("*"))
    given = Document(path="given.txt", text=text + " And one more sentence here.")
    paths: list[str | Document] = [*names[:2], given, *names[2:]]
    expected = factcheck.check(paths, select=["duplicate-article"])
    config = Config().merged(select=("duplicate-article",))
    with (
        distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.from_sequence(paths, npartitions=3)  # type: ignore[no-untyped-call]
        report = check_bag(bag, config=config)
    assert report.findings == expected.findings
    assert report.errors == expected.errors
    assert report.documents == expected.documents
    assert len(report.findings) >= 3
    assert len(report.errors) == 1
