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


def label_row(
    *,
    claim_type: str,
    subject: str,
    stated: str,
    quote: str,
    official: str | None = None,
    verdict: str = "true",
) -> dict[str, str]:
    """One row of ``benchmarks/realcopy/claims.csv`` for the scorer's tests: a claim of our
    own Bolsover 2019 story, true and its official value the stated one unless given."""
    return {
        "story_id": "own-bolsover",
        "election": "uk-ge-2019",
        "seat": "Bolsover",
        "claim_type": claim_type,
        "subject": subject,
        "stated": stated,
        "official": stated if official is None else official,
        "verdict": verdict,
        "quote": quote,
        "note": "",
    }
