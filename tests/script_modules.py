"""The repository's scripts and benchmarks, imported by the tests that exercise them.

They are files, not modules of the package, so each is loaded from its path; it is registered
in ``sys.modules`` under its own name, since dataclasses look their module up by name."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent


def load(path: Path) -> ModuleType:
    """The script at ``path`` (relative to the repository, or absolute), imported."""
    path = REPO / path
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def benchmark(name: str) -> ModuleType:
    """``benchmarks/<name>.py``, imported."""
    return load(Path("benchmarks") / f"{name}.py")
