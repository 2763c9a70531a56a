"""The package's own files are found where importlib.resources finds them."""

from __future__ import annotations

from importlib import resources

from factcheck.package_data import package_root


def test_the_package_root_is_importlib_resources_folder() -> None:
    root = package_root()
    assert str(root) == str(resources.files("factcheck"))
    shipped = root.joinpath("data", "uk-constituencies.txt").read_text("utf-8")
    assert shipped == resources.files("factcheck").joinpath("data/uk-constituencies.txt").read_text(
        "utf-8"
    )
    assert "Sheffield Hallam" in shipped
