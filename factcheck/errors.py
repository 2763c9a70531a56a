"""One exception family: everything factcheck raises on purpose is a :class:`FactcheckError`.

As in httpx, a caller catches the base class to handle any of them, or a subclass for one kind::

    FactcheckError
    ├── ConfigError            a configuration file or option that cannot be used
    │   ├── UnknownRuleError   a rule selector that matches no rule
    │   └── PackError          a rule pack that cannot be used
    ├── InputFileError         a file (or stdin) that cannot be checked
    └── ResultsWriteError      a figure that cannot be written back as it reads

Each is also a :class:`ValueError`, as they were before the family existed, so existing
``except ValueError`` code keeps working. Messages say what is wrong, where, and what to do.
"""

from __future__ import annotations

from collections.abc import Sequence


class FactcheckError(Exception):
    """Base class of every error factcheck raises on purpose."""


class ConfigError(FactcheckError, ValueError):
    """A configuration file or option that cannot be used, with where and how to fix it."""


class UnknownRuleError(ConfigError):
    """A rule code, prefix or name (in ``select``, ``ignore``, a suppression...) that matches
    no rule. The message suggests the nearest rule; see :func:`factcheck.registry.no_such_rule`.
    """


class PackError(ConfigError):
    """A pack file that cannot be used: the message names the file, the line and the fix.

    ``problems`` holds one ``(line, key, message)`` per problem found; ``line`` is the first
    problem's 1-based line (best effort: None when the key could not be found in the text).
    """

    def __init__(self, path: str, problems: Sequence[tuple[int | None, str, str]] | str) -> None:
        if isinstance(problems, str):
            problems = [(None, "", problems)]
        self.path = path
        # In file order, so an editor fixes them top to bottom.
        self.problems = tuple(sorted(problems, key=lambda p: (p[0] is None, p[0] or 0)))
        self.line = next((line for line, _, _ in self.problems if line), None)
        super().__init__("\n".join(_pack_where(path, *p) for p in self.problems))


def _pack_where(path: str, line: int | None, key: str, message: str) -> str:
    place = f"{path}:{line}" if line else path
    return f"{place}: {key}: {message}" if key else f"{place}: {message}"


class InputFileError(FactcheckError, ValueError):
    """A file that cannot be checked, with a message that says why and what to do.

    ``message`` is the bare explanation; ``line`` and ``column`` (1-based) say where, when
    there is a where. ``more`` holds further problems found in the same file, so one run shows
    them all. ``str()`` gives ``path:line:column: message``, one line per problem, the form
    linters use.
    """

    def __init__(
        self,
        path: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        *,
        more: Sequence[InputFileError] = (),
    ) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        self.more = tuple(more)
        super().__init__("\n".join(p.located() for p in self.problems()))

    def located(self) -> str:
        """This one problem as ``path:line:column: message`` (or ``path: message``)."""
        if self.line is not None and self.column is not None:
            return f"{self.path}:{self.line}:{self.column}: {self.message}"
        return f"{self.path}: {self.message}"

    def problems(self) -> tuple[InputFileError, ...]:
        """This problem and the further ones, in order."""
        return (self, *self.more)


class ResultsWriteError(FactcheckError, ValueError):
    """A figure that cannot be written so that it reads back the same.

    It means the figure was not read from words the results format can hold (a reader's
    bug, or a figure built by hand with an inconsistent value and text).
    """


__all__ = [
    "ConfigError",
    "FactcheckError",
    "InputFileError",
    "PackError",
    "ResultsWriteError",
    "UnknownRuleError",
]
