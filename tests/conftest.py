"""Shared fixtures. ../shared/ (real articles and official results) is reached only through
the ``shared_dir`` fixture, which skips with a clear reason when it is not there."""

from __future__ import annotations

import gc
import math
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

# The pytest plugin is tested by running pytest on small content repositories.
pytest_plugins = ["pytester"]

# Timing-based failures would make CI flaky on a loaded 2-core machine; speed is measured by
# the benchmarks, not by tests.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
# By hand, HYPOTHESIS_PROFILE=thorough runs twenty times the examples to hunt rare cases.
settings.register_profile("thorough", parent=settings.get_profile("default"), max_examples=2000)
# By hand before a release: `pytest tests/test_fuzz.py --hypothesis-profile=fuzz` runs
# 100,000 examples per property (hours; see docs/testing.md).
settings.register_profile(
    "fuzz",
    parent=settings.get_profile("default"),
    max_examples=100_000,
    suppress_health_check=list(HealthCheck),
)
# Mutation testing (docs/testing.md): the same examples for every mutant, so a mutant's verdict
# does not depend on the draw, and few of them, so each mutant takes seconds. No shrinking: a
# mutant is killed by its first failing example, and shrinking it cost minutes of CPU per mutant
# on a loaded machine (the mutant then ran out of its CPU allowance, shown as a timeout).
settings.register_profile(
    "mutation",
    parent=settings.get_profile("default"),
    max_examples=30,
    derandomize=True,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


_CATCHERS = ("factcheck.engine", "factcheck.api", "factcheck.dask", "factcheck.serve.desk")
"""The modules that turn an unexpected exception into an "internal error" on its file."""


@pytest.fixture(autouse=True)
def _a_crash_fails_the_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Make a crash while reading or checking fail the test instead of becoming an input error.

    A run goes on past a rule's or reader's bug, reporting it as an internal error on the
    file; in a test, that would let any check that a rule stays silent pass on a rule that
    crashed (mutation testing found dozens). Tests that plant a bug on purpose are marked
    ``internal_errors``.
    """
    if request.node.get_closest_marker("internal_errors") is not None:
        yield
        return
    import factcheck.api  # noqa: F401  (imports the engine too)

    def crash(path: str, doing: str, exc: BaseException) -> object:
        raise exc

    mp = pytest.MonkeyPatch()
    for name in _CATCHERS:
        module = sys.modules.get(name)
        if module is not None:
            mp.setattr(module, "internal_error", crash)
    try:
        yield
    finally:
        mp.undo()


def _shared_path() -> Path:
    return Path(os.environ.get("FACTCHECK_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's shared data folder (seed articles, Wikinews corpus, official UK results).

    Set FACTCHECK_SHARED to point elsewhere. Tests that need it are skipped, with the reason
    shown, on a checkout that has no ../shared beside it.
    """
    path = _shared_path()
    if not (path / "data" / "uk-results").is_dir():
        pytest.skip(f"shared data not found at {path} (set FACTCHECK_SHARED to its location)")
    return path


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The bundled example files."""
    return EXAMPLES


@pytest.fixture(scope="session")
def factcheck_modules() -> None:
    """Every factcheck module, and the compiled libraries it imports lazily, imported before
    a test runs pytest in this process.

    ``pytester`` removes the modules a test imported when it ends. A factcheck module first
    imported inside an in-process pytest run would come back as a second copy in the next, with
    exception classes the first copy's ``except`` clauses do not catch; numpy refuses to be
    imported twice in one process.
    """
    import importlib
    import pkgutil

    import factcheck

    names = [info.name for info in pkgutil.walk_packages(factcheck.__path__, "factcheck.")]
    for name in [*names, "numpy", "rapidfuzz.fuzz", "rapidfuzz.process", "pathspec"]:
        try:
            importlib.import_module(name)
        except ImportError:
            continue  # an optional extra that is not installed


Growth = Callable[[Callable[[int], object], int], float]


@pytest.fixture(scope="session")
def cpu_growth() -> Growth:
    """How much a piece of work grows when its input doubles: ``growth(work, n)`` is the CPU
    time of ``work(2 * n)`` over that of ``work(n)``, the best of five runs each.

    A linear step gives about 2 and a quadratic one about 4. CPU time, not the clock, so the
    load of other processes on the machine does not count; a ratio, not a deadline, so a slow
    machine does not fail the test.
    """

    def once(work: Callable[[int], object], n: int) -> float:
        # The collector's passes cost in proportion to everything the rest of the suite
        # left alive, not to this work: measured without them.
        gc.collect()
        gc.disable()
        try:
            began = time.process_time()
            work(n)
            return max(time.process_time() - began, 1e-6)
        finally:
            gc.enable()

    def growth(work: Callable[[int], object], n: int) -> float:
        # The two sizes take turns, so a burst of load (cache contention from a neighbour
        # inflates CPU time too) falls on both rather than on one size's five runs.
        small = large = math.inf
        for _ in range(5):
            small = min(small, once(work, n))
            large = min(large, once(work, 2 * n))
        return large / small

    return growth


@pytest.fixture(scope="session")
def golden_text() -> Callable[[str, Path], str]:
    """``golden_text(got, path)``: the golden file's text, for a test to compare ``got`` with.

    With ``FACTCHECK_UPDATE_GOLDEN`` set, a golden file that differs (or is missing) is
    rewritten from ``got`` and the test fails, so that the new file is reviewed before it is
    trusted; without it, a missing file fails the test with how to make one.
    """

    def read(got: str, path: Path) -> str:
        expected = path.read_text(encoding="utf-8") if path.exists() else None
        if got != expected and os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(got, encoding="utf-8", newline="")
            pytest.fail(f"rewrote {path}: review the diff, then run again")
        assert expected is not None, (
            f"no golden file {path.name}; create it with FACTCHECK_UPDATE_GOLDEN=1"
        )
        return expected

    return read
