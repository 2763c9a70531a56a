"""The files shipped inside the package (bundled data, built-in packs), found cheaply.

``importlib.resources.files("factcheck")`` finds them wherever the package was imported from,
a zip file included, but importing it brings ``tempfile``, ``shutil``, ``zipfile``, ``bz2``
and ``lzma`` (~6 ms of a cold ``factcheck check`` on a loaded machine). When the package is a
folder on disk, as every ordinary install and checkout is, its files are beside this module,
where ``importlib.resources`` would find them too; only otherwise is it imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def package_root() -> Traversable:
    """The ``factcheck`` package's folder, as ``importlib.resources.files`` gives it."""
    here = Path(__file__).parent
    if here.is_dir():
        return here
    from importlib import resources

    return resources.files("factcheck")
