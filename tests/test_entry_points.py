"""factcheck.entry_points finds what importlib.metadata finds, without importing it."""

from __future__ import annotations

import sys
import tempfile
import zipfile
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.entry_points import EntryPoint, _parsed, entry_points


def _standard(group: str) -> list[tuple[str, str, str]]:
    return [(ep.name, ep.value, ep.group) for ep in metadata.entry_points(group=group)]


def test_every_group_of_this_environment_is_found_as_importlib_metadata_finds_it() -> None:
    groups = metadata.entry_points().groups
    assert {"console_scripts", "hypothesis", "factcheck.checks"} & groups
    for group in groups:
        assert [tuple(ep) for ep in entry_points(group)] == _standard(group), group


def _dist(root: Path, folder: str, text: str | None) -> None:
    (root / folder).mkdir(parents=True)
    (root / folder / "METADATA").write_text(f"Name: {folder.split('-', maxsplit=1)[0]}\n", "utf-8")
    if text is not None:
        (root / folder / "entry_points.txt").write_text(text, "utf-8")


def test_a_made_up_layout_reads_as_importlib_metadata_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    _dist(
        first,
        "Foo_Bar-1.0.dist-info",
        "# a comment\n\n[fc.x]\n  a = pkg.mod:obj [extra]\nb=m\n[other]\nc = d\n",
    )
    _dist(first, "quiet-2.0.dist-info", None)  # no entry points
    (first / "legacy-0.1.egg-info").write_text("Name: legacy\n", "utf-8")  # a file, not a folder
    _dist(second, "foo.bar-9.0.dist-info", "[fc.x]\nshadowed = nowhere\n")  # same name: skipped
    _dist(second, "zeta-1.0.egg-info", "[fc.x]\nz = zmod:f\n")
    monkeypatch.setattr(sys, "path", [str(first), str(second)])
    for group in ("fc.x", "other", "none"):
        assert [tuple(ep) for ep in entry_points(group)] == _standard(group)
    assert [ep.name for ep in entry_points("fc.x")] == ["a", "b", "z"]


def _own_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # Another distribution finder on sys.meta_path (importlib_metadata's, once some library
    # imports it) hands the reading to importlib.metadata: these tests are of our own, so
    # without it (and importlib.metadata, which it patched, may then find nothing here).
    from importlib.machinery import PathFinder

    finders = [
        f
        for f in sys.meta_path
        if getattr(f, "find_distributions", None) is None or f is PathFinder
    ]
    monkeypatch.setattr(sys, "meta_path", finders)


def test_the_files_are_read_once_for_every_group_until_a_distribution_comes_or_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The command asks for pydantic's plugins, then for factcheck's rules: one reading.
    root = tmp_path / "site"
    _dist(root, "one-1.0.dist-info", "[fc.a]\nx = m\n[fc.b]\ny = n\n")
    monkeypatch.setattr(sys, "path", [str(root)])
    _own_reading(monkeypatch)
    opened: list[str] = []
    real_open = open

    def counting_open(file: str, *args: Any, **kwargs: Any) -> Any:
        opened.append(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", counting_open)
    assert [ep.name for ep in entry_points("fc.a")] == ["x"]
    assert [ep.name for ep in entry_points("fc.b")] == ["y"]
    assert len(opened) == 1
    _dist(root, "two-1.0.dist-info", "[fc.a]\nz = o\n")  # installed meanwhile: seen
    assert sorted(ep.name for ep in entry_points("fc.a")) == ["x", "z"]


def test_a_mistake_in_one_group_spoils_only_that_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _dist(tmp_path, "bad-1.0.dist-info", "[fc.ok]\nx = m\n[fc.bad]\nno equals sign\ny = n\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    _own_reading(monkeypatch)
    assert [ep.name for ep in entry_points("fc.ok")] == ["x"]
    with pytest.raises(ValueError, match="no '='"):
        entry_points("fc.bad")


def test_a_zip_on_the_path_is_left_to_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zipped-1.0.dist-info/METADATA", "Name: zipped\n")
        z.writestr("zipped-1.0.dist-info/entry_points.txt", "[fc.z]\nin_zip = zmod\n")
    monkeypatch.setattr(sys, "path", [str(archive), *sys.path])
    assert entry_points("fc.z") == [EntryPoint("in_zip", "zmod", "fc.z")]


def test_an_entry_point_loads_the_module_or_attribute_it_names() -> None:
    import os.path

    assert EntryPoint("j", "os.path : join", "g").load() is os.path.join
    assert EntryPoint("m", "os.path", "g").load() is os.path
    with pytest.raises(ValueError, match="not a module or attribute"):
        EntryPoint("bad", "no way!", "g").load()


_LINE = st.one_of(
    st.sampled_from(["[g]", "[h]", " [g] ", "# note", "", "   ", "#[g]"]),
    st.builds(
        lambda n, v, left, right: f"{left}{n}{left}={right}{v}{right}",
        st.from_regex(r"[a-z_][a-z0-9_.-]{0,8}", fullmatch=True),
        st.from_regex(r"[a-z_.]{1,8}(:[a-z_.]{1,6})?( \[x\])?", fullmatch=True),
        st.sampled_from(["", " ", "\t"]),
        st.sampled_from(["", " ", "  "]),
    ),
)


@given(st.lists(_LINE, max_size=12), st.sampled_from(["g", "h"]))
@settings(max_examples=150)
def test_entry_points_text_parses_as_importlib_metadata_parses_it(
    lines: list[str], group: str
) -> None:
    text = "\n".join(lines)
    with tempfile.TemporaryDirectory() as folder:
        dist = Path(folder) / "d-1.0.dist-info"
        dist.mkdir()
        (dist / "entry_points.txt").write_text(text, "utf-8")
        want = metadata.Distribution.at(dist).entry_points.select(group=group)
    assert [tuple(ep) for ep in _parsed(text, group)] == [
        (ep.name, ep.value, ep.group) for ep in want
    ]
