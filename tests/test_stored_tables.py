"""Tables kept between runs: given back while inputs and sources are unchanged, else rebuilt."""

from __future__ import annotations

import json
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


def test_the_builtin_packs_are_read_back_as_validated(store: Path) -> None:
    from factcheck import packs

    validated = packs._layered(packs.Pack(), packs._builtin_sources())
    assert packs._builtin_pack() == validated  # built and stored ...
    assert (store / "builtin-packs.marshal").is_file()
    assert packs._builtin_pack() == validated  # ... and read back
    assert packs._builtin_pack().hedge_words == validated.hedge_words


def test_the_official_records_are_read_back_as_parsed(store: Path) -> None:
    from factcheck.reference import bundled

    by_name = bundled._by_name()
    assert set(by_name) >= {"uk-ge-2015", "uk-ge-2017"}
    assert bundled._stored.__wrapped__() == by_name  # built and stored ...
    assert (store / "official-records.marshal").is_file()
    again = bundled._stored.__wrapped__()  # ... and read back
    assert again == by_name
    # Every line of the file is kept, under the name of the record it holds.
    lines = bundled._lines()
    assert {e: sorted(recs.values()) for e, recs in again.items()} == {
        e: sorted(ls) for e, ls in lines.items()
    }
    record = bundled._record_of("uk-ge-2017", "Sheffield, Hallam")
    assert record == bundled._record(json.loads(again["uk-ge-2017"]["Sheffield, Hallam"]))
    assert record.name == "Sheffield, Hallam"
    assert record.election == "uk-ge-2017"


def test_official_names_from_their_tables_match_as_built() -> None:
    from factcheck.reference import bundled
    from factcheck.reference.matching import ConstituencyNames

    records = bundled._election("uk-ge-2017")
    built = ConstituencyNames(records)
    kept = ConstituencyNames.from_tables(marshal.loads(marshal.dumps(built.tables())))
    assert kept.tables() == built.tables()
    asked = [*records, "Sheffield Hallam", "sheffield hallam", "Hallam", "Stoke North", "Nowhere"]
    assert [kept.match(n) for n in asked] == [built.match(n) for n in asked]
    assert kept.match("Sheffield Hallam") == "Sheffield, Hallam"
