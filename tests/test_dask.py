"""The Dask runner gives the same report as a single-process run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
        distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=":0") as cluster,
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
    tmp_path: Path, select: list[str] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    import dask.bag as db

    from factcheck import dask as runner
    from factcheck.config import Config
    from factcheck.dask import check_bag

    # However few the candidates, confirm them on the workers.
    monkeypatch.setattr(runner, "CONFIRM_REMOTE_DOCS", 0)

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
        distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as client,
        distributed.get_task_stream(client) as tasks,
    ):
        report = check_bag(db.from_sequence(paths, npartitions=3), config=config)  # type: ignore[no-untyped-call]
    # With the duplicate rule alone, the candidate pairs are confirmed on the workers (the
    # task stream holds what workers ran; a small graph's tasks are fused, names joined).
    confirmed = [t for t in tasks.data if "confirm_partition" in str(t["key"])]
    assert bool(confirmed) == (select is not None)
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
        distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as client,
        distributed.get_task_stream(client) as tasks,
    ):
        bag = db.from_sequence(paths, npartitions=3)  # type: ignore[no-untyped-call]
        report = check_bag(bag, config=config)
    # Few candidates (and one document only in memory): confirmed on the client.
    assert not [t for t in tasks.data if "confirm_partition" in str(t["key"])]
    assert report.findings == expected.findings
    assert report.errors == expected.errors
    assert report.documents == expected.documents
    assert len(report.findings) >= 3
    assert len(report.errors) == 1


def _story_files(folder: Path) -> list[str]:
    """Seeds, stories and edited copies of them (some with a figure changed), as files."""
    import random

    rng = random.Random(7)
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

    def story() -> str:
        return " ".join(
            f"Mr Lindqvist {' '.join(rng.choices(words, k=rng.randint(6, 16)))}." for _ in range(14)
        )

    def edited(text: str) -> str:
        return " ".join(rng.choice(words) if rng.random() < 0.1 else w for w in text.split(" "))

    texts = [story() for _ in range(12)]
    texts += [edited(texts[k]) for k in (1, 4, 4, 9)]
    for i, t in enumerate(texts):
        (folder / f"{i:03d}.txt").write_text(t, encoding="utf-8")
    seed = (SEEDS / "001_0c5695e86abff121.txt").read_text(encoding="utf-8")
    for seed_path in SEEDS.glob("*.txt"):
        shutil.copy(seed_path, folder / f"s{seed_path.name}")
    (folder / "s003.txt").write_text(seed.replace("42,969", "42,699"), encoding="utf-8")
    return sorted(str(p) for p in folder.glob("*.txt"))


@pytest.mark.parametrize("tasks", [1, 2, 3, 8])
def test_pairs_confirmed_in_batches_find_what_one_process_finds(
    tmp_path: Path, tasks: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dask.bag as db

    from factcheck import dask as runner
    from factcheck.config import Config

    paths = _story_files(tmp_path)
    expected = factcheck.check(tmp_path, select=["duplicate-article"])
    # Batches of a pair or more, so that the pairs split into as many batches as tasks.
    monkeypatch.setattr(runner, "CONFIRM_PAIRS", 1)
    monkeypatch.setattr(runner, "CONFIRM_REMOTE_DOCS", 0)
    made: list[int] = []
    batches = runner._batches

    def counted(groups: list[runner.Pairs], n: int) -> list[runner.Pairs]:
        out = batches(groups, n)
        made.append(len(out))
        return out

    monkeypatch.setattr(runner, "_batches", counted)
    bag = db.from_sequence(paths, npartitions=tasks)  # type: ignore[no-untyped-call]
    config = Config().merged(select=("duplicate-article",))
    report = runner.check_bag(bag, config=config, scheduler="synchronous")
    assert report.findings == expected.findings
    assert report.documents == expected.documents
    assert len(expected.findings) >= 5  # the four edited copies and the changed seed
    # The pairs split into as many batches as tasks, or fewer (a document's pairs together).
    assert len(made) == 1
    assert made[0] == 1 if tasks == 1 else 1 < made[0] <= tasks


@given(st.lists(st.integers(1, 40), max_size=30), st.integers(0, 12))
def test_batches_keep_each_documents_pairs_together_in_order(sizes: list[int], tasks: int) -> None:
    from factcheck.dask import CONFIRM_PAIRS, _batches

    groups = [{(k, b): None for k in range(n)} for b, n in enumerate(sizes)]
    out = _batches(groups, tasks)  # type: ignore[arg-type]
    assert [p for batch in out for p in batch] == [p for g in groups for p in g]
    assert len(out) <= max(1, tasks) or not sizes
    for batch in out[:-1]:
        assert len(batch) >= CONFIRM_PAIRS
    later = [{b for _, b in batch} for batch in out]
    assert all(not (x & y) for i, x in enumerate(later) for y in later[i + 1 :])


def test_a_collection_to_look_at_is_no_index(tmp_path: Path) -> None:
    from factcheck.api import _collection, _ReadSettings
    from factcheck.io.files import plain_document
    from factcheck.packs import default_pack

    path = tmp_path / "a.txt"
    path.write_text("Ms Okafor won the count in the hall.", encoding="utf-8")
    col = _collection(_ReadSettings(pack=default_pack()), [plain_document(str(path), "")])
    assert col.stub(0) == plain_document(str(path), "")
    assert col.text(0) == "Ms Okafor won the count in the hall."
    with pytest.raises(RuntimeError, match="not an index"):
        col.clause_matches()
