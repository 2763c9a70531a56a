"""The package's own files are found where importlib.resources finds them."""

from __future__ import annotations

from importlib import resources

from script_modules import REPO, load

from factcheck.package_data import package_root


def test_the_package_root_is_importlib_resources_folder() -> None:
    root = package_root()
    assert str(root) == str(resources.files("factcheck"))
    shipped = root.joinpath("data", "uk-constituencies.txt").read_text("utf-8")
    assert shipped == resources.files("factcheck").joinpath("data/uk-constituencies.txt").read_text(
        "utf-8"
    )
    assert "Sheffield Hallam" in shipped


def test_the_given_names_are_those_the_script_builds_from_the_bundled_results() -> None:
    # The list is derived data: rebuilding it from the shipped results changes nothing.

    from factcheck.extract.entities import given_names

    script = REPO / "scripts" / "build_given_names.py"
    module = load(script)
    built = module.given_names()
    assert set(built) == given_names()
    # Given names, and no place's word ("Gordon", "Leigh") nor a sentence's ("The").
    assert {"Catherine", "Luke", "Theresa", "Paula"} <= given_names()
    assert not {"Gordon", "Leigh", "The", "June"} & given_names()
