"""Hypothesis's entry point: ``st.from_type(ContestResult)`` draws consistent contests.

Hypothesis runs every installed ``hypothesis`` entry point each time it is imported, in any
project where factcheck is installed (a pytest run, a pre-commit hook), so this module and
:func:`setup` import nothing heavy. The strategy is registered once both hypothesis and
:mod:`factcheck.models` are imported, by whichever comes second: :func:`setup` when the models
were imported first, else :mod:`factcheck.models` itself as it is imported.
"""

from __future__ import annotations

import sys

__all__ = ["register", "setup"]


def setup() -> None:
    """The entry point: register now if the models exist, else leave it to them."""
    if "factcheck.models" in sys.modules:
        register()


def register() -> None:
    """Register :func:`factcheck.strategies.contest_results` for ``ContestResult``."""
    from hypothesis import strategies

    from factcheck.models import ContestResult

    def contests(_: type) -> strategies.SearchStrategy[ContestResult]:
        # A function, not a strategy: hypothesis calls it on first use of from_type, while a
        # strategy would be drawn from (importing factcheck.strategies and every rule) as it
        # is registered, which may be in the middle of importing factcheck.models.
        from factcheck.strategies import contest_results

        return contest_results()

    strategies.register_type_strategy(ContestResult, contests)
