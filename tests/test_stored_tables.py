"""Tables kept between runs: given back while inputs and sources are unchanged, else rebuilt."""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path

import pytest

from factcheck import stored_tables
from factcheck.extract.entities import ContestMatcher, contest_matcher, uk_constituencies

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(stored_tables, "cache_path", lambda name: tmp_path / f"{name}.marshal")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path


def test_tables_are_built_once_then_read_while_nothing_changes(store: Path) -> None:
    source = store / "builder.py"
    source.write_text("x = 1\n", encoding="utf-8")
    built: list[tuple[str, ...]] = []

    def get(inputs: tuple[str, ...]) -> dict[str, int]:
        def build() -> dict[str, int]:
            built.append(inputs)
            return {w: len(w) for w in inputs}

        return stored_tables.stored(
            "t", inputs, [str(source)], build=build, dump=lambda d: d, load=dict
        )

    assert get(("a", "bb")) == {"a": 1, "bb": 2}
    assert get(("a", "bb")) == {"a": 1, "bb": 2}
    assert built == [("a", "bb")]  # the second came from the file
    assert get(("a", "ccc")) == {"a": 1, "ccc": 3}  # other inputs: built again
    assert len(built) == 2
    source.write_text("x = 22\n", encoding="utf-8")  # the builder's source changed
    os.utime(source, ns=(1, 1))
    assert get(("a", "ccc")) == {"a": 1, "ccc": 3}
    assert len(built) == 3
    (store / "t.marshal").write_bytes(b"not marshal")  # a damaged file counts as none
    assert get(("a", "ccc")) == {"a": 1, "ccc": 3}
    assert len(built) == 4
    assert marshal.loads((store / "t.marshal").read_bytes())[1] == {"a": 1, "ccc": 3}


def test_nothing_is_written_without_bytecode(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    got = stored_tables.stored(
        "u", (1,), [__file__], build=lambda: [1], dump=lambda x: x, load=list
    )
    assert got == [1]
    assert not (store / "u.marshal").exists()


def test_the_contest_matcher_from_its_tables_finds_what_it_finds_built() -> None:
    built = ContestMatcher(uk_constituencies())
    tables = marshal.loads(marshal.dumps(built.tables()))
    kept = ContestMatcher.from_tables(tables)
    assert kept.tables() == built.tables()
    assert contest_matcher().tables() == built.tables()
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        assert kept.find(text) == built.find(text)
    assert built.find(SEEDS.joinpath("000_ebfbf1afab7ada99.txt").read_text(encoding="utf-8"))
