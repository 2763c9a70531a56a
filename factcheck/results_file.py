"""Structured results files: the JSON a results feed or a newsroom spreadsheet produces.

::

    {"contests": [{"name": "Poplar and Limehouse", "electorate": 87331, "valid_votes": 58814,
                   "turnout": "67.35", "majority": 27712,
                   "candidates": [{"name": "Jim Fitzpatrick", "party": "Labour",
                                   "votes": 39558, "share": "67.3"}]}]}

Every field but a candidate's name is optional. Percentages (shares, turnout) may be strings so
the printed precision is kept ("67.30" is not "67.3"); a JSON number keeps its written digits
too, since figures are read from the file's own text. Vote counts are whole numbers, as
numbers or strings with thousands separators ("39,558").

Types are strict: ``"complete": "yes"`` or ``"rank": 1.0`` is an error, not a guess. Figures
are bounded so that a hostile file cannot ask for arithmetic on numbers of any size: counts
have at most 12 digits, percentages lie strictly between -10,000 and 10,000 with at most 12
decimal places.
"""

from __future__ import annotations

import difflib
import json
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, WithJsonSchema
from pydantic.functional_validators import AfterValidator
from pydantic_core import ErrorDetails

from factcheck import jsonspans
from factcheck.documents import InputFileError
from factcheck.models import (
    Article,
    CandidateResult,
    ContestResult,
    Document,
    Figure,
    Provenance,
    Span,
    Unit,
)

MAX_COUNT = 999_999_999_999
"""The largest vote count or electorate accepted: 12 digits, far beyond any real election."""
MAX_PERCENT = Decimal(10_000)
"""Percentages must lie strictly between -MAX_PERCENT and MAX_PERCENT."""
MAX_DECIMALS = 12
"""More decimal places than this is a float artefact, not a figure anyone printed."""
MAX_PROBLEMS = 20
"""At most this many validation problems are reported for one file."""

# Patterns are written once, in the dialect JSON Schema and Python share: ASCII digits only
# (Python's \d also matches other scripts' digits), and anchors added for the schema, while
# Python uses fullmatch (its $ would also match before a trailing newline).
_COUNT_PATTERN = r"[0-9]{1,3}(?:,[0-9]{3}){1,3}|[0-9]{1,12}"
_PERCENT_PATTERN = r"-?[0-9]{1,4}(?:\.[0-9]{1,12})?%?"
_SHARE_PATTERN = r"[0-9]{1,4}(?:\.[0-9]{1,12})?%?"
_COUNT_TEXT = re.compile(_COUNT_PATTERN)
_PERCENT_TEXT = re.compile(_PERCENT_PATTERN)
_SHARE_TEXT = re.compile(_SHARE_PATTERN)

_COUNT_HINT = 'expected a whole number, such as 11846 or "11,846"'
_PERCENT_HINT = 'expected a percentage, such as 67.3 or "67.30"'


def _count(v: Any) -> Any:
    if isinstance(v, bool) or not isinstance(v, int | str):
        raise ValueError(_COUNT_HINT)
    if isinstance(v, int):
        if v < 0:
            raise ValueError("expected a whole number of zero or more")
        if v > MAX_COUNT:
            raise ValueError(f"too large for a count (the limit is {MAX_COUNT:,})")
        return v
    if not _COUNT_TEXT.fullmatch(v):
        raise ValueError(f"{_COUNT_HINT}, with no spaces")
    return v


def _as_decimal(v: Any) -> Decimal:
    if isinstance(v, bool) or not isinstance(v, int | float | Decimal | str):
        raise ValueError(_PERCENT_HINT)
    if isinstance(v, str):
        return Decimal(v.removesuffix("%"))
    try:
        # str() of a float is its shortest round-tripping form: 67.3, not 67.299999...
        return Decimal(str(v)) if isinstance(v, float) else Decimal(v)
    except InvalidOperation:  # pragma: no cover - every int, float and Decimal converts
        raise ValueError(_PERCENT_HINT) from None


def _percentage(v: Any, *, pattern: re.Pattern[str] = _PERCENT_TEXT) -> Any:
    if isinstance(v, str) and not pattern.fullmatch(v):
        raise ValueError(f"{_PERCENT_HINT}, with no spaces")
    d = _as_decimal(v)
    if not d.is_finite():
        raise ValueError("expected a finite percentage, not NaN or Infinity")
    if abs(d) >= MAX_PERCENT:
        raise ValueError(f"a percentage must lie between -{MAX_PERCENT:,} and {MAX_PERCENT:,}")
    exponent = d.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_DECIMALS:
        raise ValueError(
            f"more than {MAX_DECIMALS} decimal places; give the figure as it was printed"
        )
    return v


def _non_negative_percentage(v: Any) -> Any:
    if isinstance(v, str) and v.startswith("-"):
        raise ValueError("a share cannot be negative")
    v = _percentage(v, pattern=_SHARE_TEXT)
    if _as_decimal(v) < 0:
        raise ValueError("a share cannot be negative")
    return v


_COUNT_SCHEMA = {
    "anyOf": [
        {"type": "integer", "minimum": 0, "maximum": MAX_COUNT},
        {"type": "string", "pattern": f"^(?:{_COUNT_PATTERN})$"},
    ]
}
_PERCENT_SCHEMA = {
    "anyOf": [
        {
            "type": "number",
            "exclusiveMinimum": -int(MAX_PERCENT),
            "exclusiveMaximum": int(MAX_PERCENT),
        },
        {"type": "string", "pattern": f"^{_PERCENT_PATTERN}$"},
    ],
}
_SHARE_SCHEMA = {
    "anyOf": [
        {"type": "number", "minimum": 0, "exclusiveMaximum": int(MAX_PERCENT)},
        {"type": "string", "pattern": f"^{_SHARE_PATTERN}$"},
    ],
}

Count = Annotated[Any, AfterValidator(_count), WithJsonSchema(_COUNT_SCHEMA)]
Percentage = Annotated[Any, AfterValidator(_percentage), WithJsonSchema(_PERCENT_SCHEMA)]
Share = Annotated[Any, AfterValidator(_non_negative_percentage), WithJsonSchema(_SHARE_SCHEMA)]


class _Input(BaseModel):
    # Strict: lax mode would read "yes" as true and 1.0 as a rank, guessing at a bad file.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class CandidateInput(_Input):
    """One candidate's line in a results file."""

    name: Annotated[str, Field(min_length=1, description="The candidate's name.")]
    party: str | None = Field(None, description="Party name or abbreviation.")
    votes: Count | None = Field(None, description="Votes won.")
    share: Share | None = Field(None, description="Percentage of valid votes, as printed.")
    rank: Annotated[int, Field(ge=1, le=MAX_COUNT)] | None = Field(
        None, description="Stated finishing position (1 = winner), checked against the votes."
    )


class ContestInput(_Input):
    """One contest in a results file."""

    name: str | None = Field(None, description="Constituency, ward or area name.")
    election: str | None = Field(None, description="Election identifier, e.g. uk-ge-2017.")
    complete: bool | None = Field(
        None, description="True when every candidate who stood is listed."
    )
    electorate: Count | None = None
    valid_votes: Count | None = None
    rejected: Count | None = Field(None, description="Rejected ballot papers.")
    turnout: Percentage | None = Field(None, description="Turnout, percent of the electorate.")
    majority: Count | None = Field(None, description="Winner's lead over the runner-up, in votes.")
    majority_share: Percentage | None = Field(
        None, description="Winner's lead over the runner-up, in percentage points."
    )
    candidates: list[CandidateInput] = Field(default_factory=list)


class ResultsFile(_Input):
    """The results-file format read by ``factcheck check results.json``."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        strict=True,
        title="factcheck results file",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    election: str | None = Field(None, description="Default election for every contest.")
    contests: list[ContestInput]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the results-file format."""
    return ResultsFile.model_json_schema()


def _dotted(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _fields_at(loc: tuple[str | int, ...]) -> dict[str, Any]:
    """The fields of the object that ``loc`` (a path to one of its keys) is inside."""
    if len(loc) == 1:
        return dict(ResultsFile.model_fields)
    if len(loc) == 3 and loc[0] == "contests":
        return dict(ContestInput.model_fields)
    if len(loc) == 5 and loc[2] == "candidates":
        return dict(CandidateInput.model_fields)
    return {}


_EXPECTED = {
    "model_type": "expected an object, {...}",
    "dict_type": "expected an object, {...}",
    "list_type": "expected a list, [...]",
    "string_type": "expected text in double quotes",
    "bool_type": "expected true or false",
    "int_type": "expected a whole number",
    "string_too_short": "must not be empty",
}


def _source_snippet(node: jsonspans.Node, source: str, limit: int = 40) -> str:
    text = source[node.start : node.end]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _problem(
    err: ErrorDetails, doc: Document, root: jsonspans.Node
) -> tuple[str, int | None, int | None]:
    """One validation error as (message, line, column), pointing at the offending text."""
    loc = tuple(err["loc"])
    node = _node_at(root, loc)
    at = (node or root.find(loc)).start
    kind = err["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        span = root.find(loc[:-1]).key_span(key)
        if span is not None:
            at = span[0]
        known = list(_fields_at(loc))
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        msg = f"unknown field {key!r}; {hint}expected one of: {', '.join(known)}"
        node = None
    elif kind == "missing":
        msg = f"missing the required field {loc[-1]!r}"
        if loc == ("contests",):
            msg = 'missing "contests": put the results in {"contests": [ ... ]}'
        loc = loc[:-1]
    elif kind in _EXPECTED:
        msg = _EXPECTED[kind]
    elif kind in ("greater_than_equal", "less_than_equal"):
        msg = f"expected a whole number from 1 to {MAX_COUNT:,}"
    else:
        msg = str(err["msg"]).removeprefix("Value error, ")
    if node is not None:
        msg += f"; got {_source_snippet(node, doc.text)}"
    line, column = doc.position(at)
    return f"{_dotted(loc)}: {msg}", line, column


def _node_at(root: jsonspans.Node, loc: tuple[str | int, ...]) -> jsonspans.Node | None:
    """The node at exactly ``loc``, or None when the path does not reach it."""
    node: jsonspans.Node | None = root
    for key in loc:
        if node is None:
            return None
        node = node.child(key)
    return node


def _validation_error(exc: ValidationError, doc: Document, root: jsonspans.Node) -> InputFileError:
    errors = exc.errors()
    # In the order they appear in the file, as a reader fixing them from the top would want.
    located = sorted((_problem(e, doc, root) for e in errors), key=lambda p: (p[1] or 0, p[2] or 0))
    problems = located[:MAX_PROBLEMS]
    if len(errors) > MAX_PROBLEMS:
        problems.append((f"... and {len(errors) - MAX_PROBLEMS} more problems", None, None))
    (msg, line, column), rest = problems[0], problems[1:]
    more = tuple(InputFileError(doc.path, m, ln, col) for m, ln, col in rest)
    return InputFileError(doc.path, msg, line, column, more=more)


def _exact(node: jsonspans.Node, source: str) -> Any:
    """The node's value with every JSON number that is not whole as a Decimal of its text.

    Validation then sees the figure as written: 1e-400 is not 0.0, and 1e999 is not
    infinity, so bounds are checked on what the file says.
    """
    if isinstance(node.children, dict):
        return {k: _exact(c, source) for k, c in node.children.items()}
    if isinstance(node.children, list):
        return [_exact(c, source) for c in node.children]
    if isinstance(node.value, float):
        return Decimal(source[node.start : node.end])
    return node.value


def _span(node: jsonspans.Node) -> Span:
    start, end = node.inner
    return Span(start=start, end=end)


def _figure(node: jsonspans.Node | None, unit: Unit, source: str) -> Figure | None:
    if node is None or node.value is None:
        return None
    start, end = node.inner
    span = Span(start=start, end=end)
    # A JSON number's own text keeps its written precision: 67.30 has two decimals.
    text = node.value if isinstance(node.value, str) else source[node.start : node.end]
    if unit in (Unit.PERCENT, Unit.POINTS):
        fig = Figure.percentage(text.removesuffix("%"), unit=unit, span=span)
        return fig.model_copy(update={"text": text})
    value = int(text.replace(",", ""))
    return Figure(text=text, value=Decimal(value), unit=unit, exact=True, span=span)


def read_results(doc: Document) -> Article:
    """Read a results file into an Article. Raises :class:`InputFileError` on bad input.

    The error names the line and column, the field (``contests[0].candidates[2].votes``)
    and what was expected; several problems in one file are all reported, in ``more``.
    """
    try:
        root = jsonspans.parse(doc.text)
    except json.JSONDecodeError as exc:
        line, column = doc.position(exc.pos)
        raise InputFileError(doc.path, f"not valid JSON: {exc.msg}", line, column) from None
    except RecursionError:  # pragma: no cover - the parser's depth limit comes first
        raise InputFileError(doc.path, "JSON nested too deeply to read") from None
    if not isinstance(root.value, dict):
        line, column = doc.position(root.start)
        raise InputFileError(
            doc.path,
            f'expected a JSON object like {{"contests": [ ... ]}}; got {_kind(root.value)}',
            line,
            column,
        )
    try:
        parsed = ResultsFile.model_validate(_exact(root, doc.text))
    except ValidationError as exc:
        raise _validation_error(exc, doc, root) from None
    contests = tuple(_contest(parsed, i, root, doc.text) for i in range(len(parsed.contests)))
    return Article(document=doc, contests=contests)


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "true or false"
    if value is None:
        return "null"
    return "a number"


def _contest(parsed: ResultsFile, i: int, root: jsonspans.Node, source: str) -> ContestResult:
    cin = parsed.contests[i]
    node = root.find(("contests", i))

    def fig(key: str, unit: Unit) -> Figure | None:
        return _figure(node.child(key), unit, source)

    candidates = []
    for j, cand in enumerate(cin.candidates):
        cnode = node.find(("candidates", j))
        name_node = cnode.child("name")
        party_node = cnode.child("party")
        candidates.append(
            CandidateResult(
                name=cand.name,
                name_span=_span(name_node) if name_node else None,
                party=cand.party,
                party_span=_span(party_node) if party_node and cand.party else None,
                votes=_figure(cnode.child("votes"), Unit.VOTES, source),
                share=_figure(cnode.child("share"), Unit.PERCENT, source),
                rank=_figure(cnode.child("rank"), Unit.RANK, source),
            )
        )
    name_node = node.child("name")
    return ContestResult(
        name=cin.name,
        name_span=_span(name_node) if name_node and cin.name else None,
        election=cin.election or parsed.election,
        candidates=tuple(candidates),
        complete=cin.complete,
        valid_votes=fig("valid_votes", Unit.VOTES),
        rejected=fig("rejected", Unit.PEOPLE),
        electorate=fig("electorate", Unit.PEOPLE),
        turnout=fig("turnout", Unit.PERCENT),
        majority=fig("majority", Unit.VOTES),
        majority_share=fig("majority_share", Unit.POINTS),
        provenance=Provenance.RESULTS_FILE,
        data_path=f"$.contests[{i}]",
    )
