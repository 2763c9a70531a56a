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
