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
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, WithJsonSchema
from pydantic.functional_validators import AfterValidator

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

_COUNT_TEXT = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")
_PERCENT_TEXT = re.compile(r"^-?\d+(\.\d+)?%?$")


def _count(v: Any) -> Any:
    if isinstance(v, bool) or not isinstance(v, int | str):
        raise ValueError('expected a whole number, such as 11846 or "11,846"')
    if isinstance(v, int):
        if v < 0:
            raise ValueError("expected a whole number of zero or more")
        return v
    if not _COUNT_TEXT.match(v.strip()):
        raise ValueError(f'expected a whole number, such as 11846 or "11,846"; got {v!r}')
    return v


def _percentage(v: Any) -> Any:
    if isinstance(v, bool) or not isinstance(v, int | float | str):
        raise ValueError('expected a percentage, such as 67.3 or "67.30"')
    if isinstance(v, str) and not _PERCENT_TEXT.match(v.strip()):
        raise ValueError(f'expected a percentage, such as 67.3 or "67.30"; got {v!r}')
    if isinstance(v, float) and not math.isfinite(v):  # Python's json accepts NaN and Infinity
        raise ValueError("expected a finite percentage, not NaN or Infinity")
    return v


def _non_negative_percentage(v: Any) -> Any:
    v = _percentage(v)
    if Decimal(str(v).strip().rstrip("%")) < 0:
        raise ValueError("a share cannot be negative")
    return v


_COUNT_SCHEMA = {
    "anyOf": [
        {"type": "integer", "minimum": 0},
        {"type": "string", "pattern": _COUNT_TEXT.pattern},
    ]
}
_PERCENT_SCHEMA = {
    "anyOf": [{"type": "number"}, {"type": "string", "pattern": _PERCENT_TEXT.pattern}],
}

Count = Annotated[Any, AfterValidator(_count), WithJsonSchema(_COUNT_SCHEMA)]
Percentage = Annotated[Any, AfterValidator(_percentage), WithJsonSchema(_PERCENT_SCHEMA)]
Share = Annotated[Any, AfterValidator(_non_negative_percentage), WithJsonSchema(_PERCENT_SCHEMA)]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CandidateInput(_Input):
    """One candidate's line in a results file."""

    name: Annotated[str, Field(min_length=1, description="The candidate's name.")]
    party: str | None = Field(None, description="Party name or abbreviation.")
    votes: Count | None = Field(None, description="Votes won.")
    share: Share | None = Field(None, description="Percentage of valid votes, as printed.")
    rank: Annotated[int, Field(ge=1)] | None = Field(
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


def _first_error(exc: ValidationError, doc: Document, root: jsonspans.Node) -> InputFileError:
    err = exc.errors()[0]
    loc = tuple(err["loc"])
    node = root.find(loc)
    line, column = doc.position(node.start)
    msg = str(err["msg"]).removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        known = {
            0: ResultsFile.model_fields,
            2: ContestInput.model_fields,
            4: CandidateInput.model_fields,
        }.get(len(loc) - 1, {})
        msg = f"unknown field {loc[-1]!r}; expected one of: {', '.join(known)}"
    elif err["type"] == "missing":
        msg = "this field is required"
        if loc == ("contests",):
            msg = 'required: put the results in {"contests": [ ... ]}'
    more = len(exc.errors()) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return InputFileError(doc.path, f"{line}:{column}: {_dotted(loc)}: {msg}{suffix}", line, column)


def _span(node: jsonspans.Node) -> Span:
    start, end = node.inner
    return Span(start=start, end=end)


def _figure(node: jsonspans.Node | None, unit: Unit, source: str) -> Figure | None:
    if node is None or node.value is None:
        return None
    start, end = node.inner
    span = Span(start=start, end=end)
    # A JSON number's own text keeps its written precision: 67.30 has two decimals.
    text = node.value.strip() if isinstance(node.value, str) else source[node.start : node.end]
    if unit in (Unit.PERCENT, Unit.POINTS):
        fig = Figure.percentage(text.rstrip("%"), unit=unit, span=span)
        return fig.model_copy(update={"text": text})
    value = int(text.replace(",", ""))
    return Figure(text=text, value=Decimal(value), unit=unit, exact=True, span=span)


def read_results(doc: Document) -> Article:
    """Read a results file into an Article. Raises :class:`InputFileError` on bad input."""
    try:
        root = jsonspans.parse(doc.text)
    except json.JSONDecodeError as exc:
        line, column = doc.position(exc.pos)
        raise InputFileError(
            doc.path, f"{line}:{column}: not valid JSON: {exc.msg}", line, column
        ) from None
    except RecursionError:
        raise InputFileError(doc.path, "JSON nested too deeply to read") from None
    if not isinstance(root.value, dict):
        raise InputFileError(
            doc.path, '1:1: expected a JSON object like {"contests": [ ... ]}', 1, 1
        )
    try:
        parsed = ResultsFile.model_validate(root.value)
    except ValidationError as exc:
        raise _first_error(exc, doc, root) from None
    contests = tuple(_contest(parsed, i, root, doc.text) for i in range(len(parsed.contests)))
    return Article(document=doc, contests=contests)


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
        rank_fig = _figure(cnode.child("rank"), Unit.RANK, source)
        candidates.append(
            CandidateResult(
                name=cand.name,
                name_span=_span(name_node) if name_node else None,
                party=cand.party,
                party_span=_span(party_node) if party_node and cand.party else None,
                votes=_figure(cnode.child("votes"), Unit.VOTES, source),
                share=_figure(cnode.child("share"), Unit.PERCENT, source),
                rank=rank_fig,
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
