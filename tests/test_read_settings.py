"""How a run reads its files (``factcheck.api._ReadSettings``): its packs, the format asked
for and its election reach every file, whether read in this process or by the workers that
read a large folder in batches.

Gower, 2019: Tonia Antoniazzi (Labour) won with a majority of 1,837. The stories are ours
and carry no front matter, so their election is only the run's; "circa" is a newsroom
pack's own hedge word (the built-in packs read it as "about").
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from factcheck import api
from factcheck.api import _ReadSettings
from factcheck.config import Config

STORY = "Tonia Antoniazzi held Gower for Labour in the 2019 election with a majority of {}.\n"
NEWSROOM = '[hedges.circa]\nwords = ["circa"]\ntruth = "approx"\ntolerance = 1\n'


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "stories"
    folder.mkdir()
    for k, majority in enumerate(["1,387", "circa 1,837", "1,837", "circa 1,387"]):
        (folder / f"{k}.txt").write_text(STORY.format(majority), encoding="utf-8")
    return folder


def _run(folder: Path, pack: Path, jobs: int) -> tuple[list[tuple[str, str | None]], list[str]]:
    """What was flagged (file, figure) and each story's majority's hedge, as read."""
    report = api.check_many(
        folder,
        config=Config(packs=(str(pack),)),
        election="uk-ge-2019",
        input_format="json",  # for a file named directly: the folder's are read by suffix
        jobs=jobs,
        keep_articles=True,
    )
    assert report.errors == ()
    flagged = sorted(
        (Path(f.path or "").name, f.text) for f in report.findings if f.name == "reference-mismatch"
    )
    hedges = []
    for checked in sorted(report.articles, key=lambda a: a.article.document.path):
        (contest,) = checked.article.contests
        assert contest.majority is not None
        hedges.append(contest.majority.hedge)
    return flagged, hedges


@pytest.mark.parametrize("jobs", [1, 2])
def test_workers_read_with_the_runs_packs_format_and_election(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    # Two files make a folder worth the workers here; at jobs=2 they read it in batches.
    monkeypatch.setattr(api, "PARALLEL_MIN_FILES", 2)
    pack = tmp_path / "newsroom.toml"
    pack.write_text(NEWSROOM, encoding="utf-8")
    flagged, hedges = _run(_folder(tmp_path), pack, jobs)
    # Only the slips are flagged, so each story was read as 2019's (the run's election);
    # "circa" is the newsroom's hedge, so the pack reached the reader.
    assert flagged == [("0.txt", "1,387"), ("3.txt", "circa 1,387")]
    assert hedges == ["exact", "circa", "exact", "circa"]


def test_a_setting_changed_is_a_new_value_and_the_old_stays() -> None:
    run = _ReadSettings(election="uk-ge-2019")
    named = replace(run, input_format="text")
    assert (run.input_format, named.input_format, named.election) == (None, "text", "uk-ge-2019")
    with pytest.raises(AttributeError):
        run.election = "uk-ge-2017"  # type: ignore[misc]
