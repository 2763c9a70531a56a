"""The corpus rules read a hedge by the packs the run read it with: a newsroom's own hedge
word ("circa" below, which the built-in packs read as "about") is known only to its pack,
and comparing two articles' figures with the built-in packs alone failed on it.

Gower, 2019: Tonia Antoniazzi (Labour) won with a majority of 1,837. The stories are ours.
"""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck.config import Config
from factcheck.models import Document

STORY = "Tonia Antoniazzi held Gower for Labour in the 2019 election with a majority of {}.\n"
# "circa" reaches one step of its last written place either way: 1,836 to 1,838.
NEWSROOM = '[hedges.circa]\nwords = ["circa"]\ntruth = "approx"\ntolerance = 1\n'


def _conflicts(tmp_path: Path, first: str, second: str) -> list[tuple[str, str | None]]:
    pack = tmp_path / "newsroom.toml"
    pack.write_text(NEWSROOM, encoding="utf-8")
    docs = [Document(path=f"{k}.txt", text=STORY.format(m)) for k, m in enumerate((first, second))]
    report = factcheck.check(
        docs, config=Config(packs=(str(pack),)), select=["cross-article-conflict"]
    )
    assert report.errors == ()
    return [(f.path or "", f.text) for f in report.findings]


def test_a_newsroom_hedge_that_allows_the_other_figure_is_no_conflict(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, "circa 1,837", "1,838") == []


def test_a_newsroom_hedge_that_does_not_is_a_conflict(tmp_path: Path) -> None:
    assert len(_conflicts(tmp_path, "circa 1,837", "1,387")) == 1
