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

**Words.** A figure a plain number cannot state ("nearly 28,000", "second", a figure inside a
quotation) is written as the article's words: ``{"words": "nearly 28,000"}``. The optional
top-level ``claims`` list holds what the prose says about the figures (changes, hedged bounds,
seat tallies, holds and gains); a claim's figures are always words, a string such as
``"less than a third"``.
Words are read with :func:`~factcheck.extract.numbers.find_numbers`, as prose is, so a figure
keeps its hedge, unit and precision, and its span points at the words inside the JSON string.
This is the format ``factcheck extract`` writes, so what it prints can be checked again.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from annotated_types import Ge, Le
from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    WithJsonSchema,
)
from pydantic.functional_validators import AfterValidator
from pydantic_core import ErrorDetails

from factcheck import compiled_re as re
from factcheck import jsonspans
from factcheck.documents import InputFileError
from factcheck.extract.numbers import NumberKind, NumberMention, find_numbers
from factcheck.models import (
    Article,
    BoundClaim,
    CandidateResult,
    ChangeClaim,
    Claim,
    ContestResult,
    Direction,
    Document,
    Figure,
    OutcomeClaim,
    Provenance,
    Quantity,
    SeatClaim,
    Span,
    Unit,
)
from factcheck.packs import RESERVED_HEDGE, Pack, default_pack

MAX_COUNT = 999_999_999_999
"""The largest vote count or electorate accepted: 12 digits, far beyond any real election."""
MAX_PERCENT = Decimal(10_000)
"""Percentages must lie strictly between -MAX_PERCENT and MAX_PERCENT."""
MAX_DECIMALS = 12
"""More decimal places than this is a float artefact, not a figure anyone printed."""
MAX_PROBLEMS = 20
"""At most this many validation problems are reported for one file."""
MAX_WORDS = 200
"""The longest figure-in-words accepted: "just under a third" needs far less."""

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
    # copy_abs and comparison are exact and need no context: abs() would round in the
    # current context, and 1e1000000 would raise decimal.Overflow there.
    if d.copy_abs() >= MAX_PERCENT:
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


# Placeholders for a $ref to the words objects: pydantic resolves every $ref it is given, and
# these definitions are added only afterwards, by json_schema().
_REF_KEY = "x-factcheck-ref"
_WORDS_REF = {_REF_KEY: "FigureWords"}
_CLAIM_WORDS_REF = {_REF_KEY: "ClaimFigureWords"}

_COUNT_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 0, "maximum": MAX_COUNT},
        {"type": "string", "pattern": f"^(?:{_COUNT_PATTERN})$"},
        _WORDS_REF,
    ]
}
_PERCENT_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {
            "type": "number",
            "exclusiveMinimum": -int(MAX_PERCENT),
            "exclusiveMaximum": int(MAX_PERCENT),
        },
        {"type": "string", "pattern": f"^{_PERCENT_PATTERN}$"},
        _WORDS_REF,
    ],
}
_SHARE_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "number", "minimum": 0, "exclusiveMaximum": int(MAX_PERCENT)},
        {"type": "string", "pattern": f"^{_SHARE_PATTERN}$"},
        _WORDS_REF,
    ],
}
_RANK_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": MAX_COUNT},
        _WORDS_REF,
    ],
}
_CLAIM_FIGURE_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "minLength": 1, "maxLength": MAX_WORDS},
        {"type": "number"},
        _CLAIM_WORDS_REF,
    ],
}

_WORDS_DESCRIPTION = (
    "The figure as the article writes it, hedge and unit included: "
    '"nearly 11 per cent", "less than a third", "15.2pc", "29", "second".'
)
_HEDGE_DESCRIPTION = (
    "The hedge's name in the hedge pack (nearly, about, less-than, ...) or exact, when the "
    'words do not say it: a bare "a third" the article means as "about a third".'
)
_QUOTED_DESCRIPTION = "True when the figure is inside a direct quotation."
_ROUNDED_DESCRIPTION = (
    "For a count: the step it was rounded to, when the words stand for a rounding rather "
    'than the count itself ("a majority of 5,100" read as any count from 5,050 to 5,149: 100). '
    "The figure then allows every count within half a step of it."
)

UnitName = Literal["votes", "percent", "points", "seats", "people", "rank", "times"]
QuantityName = Literal["share", "votes", "turnout", "majority", "seats", "rank"]
SeatVerb = Literal["won", "gained", "lost", "held", "net"]


class _Input(BaseModel):
    # Strict: lax mode would read "yes" as true and 1.0 as a rank, guessing at a bad file.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class FigureWords(_Input):
    """A figure in a contest given as the words of the article, not as a plain number."""

    words: Annotated[str, Field(min_length=1, max_length=MAX_WORDS, description=_WORDS_DESCRIPTION)]
    hedge: str | None = Field(None, description=_HEDGE_DESCRIPTION)
    quoted: bool | None = Field(None, description=_QUOTED_DESCRIPTION)
    rounded: Annotated[int, Ge(1), Le(MAX_COUNT)] | None = Field(
        None, description=_ROUNDED_DESCRIPTION
    )


class ClaimFigureWords(FigureWords):
    """A claim's figure as words, with what the words alone do not say."""

    unit: UnitName | None = Field(
        None,
        description=(
            "What the figure counts, when the words do not say it: a bare number is read as "
            "a percentage for a share or turnout, as seats for seats, as votes otherwise."
        ),
    )


def _form(value: Any) -> str:
    # A plain number, or the words of the article: chosen by shape, so an error is reported
    # against the form that was meant rather than against both.
    return "figure-words" if isinstance(value, dict) and "words" in value else "figure-text"


def _claim_form(value: Any) -> str:
    return "figure-words" if isinstance(value, dict) else "figure-text"


_FORM_TAGS = frozenset({"figure-text", "figure-words"})


def _words_text(v: Any) -> Any:
    if isinstance(v, str):
        if not v.strip():
            raise ValueError("must not be empty")
        if len(v) > MAX_WORDS:
            raise ValueError(f"longer than {MAX_WORDS} characters; give just the figure")
        return v
    if isinstance(v, int | Decimal) and not isinstance(v, bool):
        if len(str(v)) > MAX_WORDS:
            raise ValueError(f"longer than {MAX_WORDS} characters; give just the figure")
        return v
    raise ValueError(_WORDS_HINT)


_WORDS_HINT = (
    'expected the figure as the article writes it, such as "nearly 11 per cent", "20.1pc" or "29"'
)

_Words = Annotated[FigureWords, Tag("figure-words")]
_ClaimWords = Annotated[ClaimFigureWords, Tag("figure-words")]

Count = Annotated[
    Annotated[Any, AfterValidator(_count), Tag("figure-text")] | _Words,
    Discriminator(_form),
    WithJsonSchema(_COUNT_SCHEMA),
]
Percentage = Annotated[
    Annotated[Any, AfterValidator(_percentage), Tag("figure-text")] | _Words,
    Discriminator(_form),
    WithJsonSchema(_PERCENT_SCHEMA),
]
Share = Annotated[
    Annotated[Any, AfterValidator(_non_negative_percentage), Tag("figure-text")] | _Words,
    Discriminator(_form),
    WithJsonSchema(_SHARE_SCHEMA),
]
Rank = Annotated[
    Annotated[int, Ge(1), Le(MAX_COUNT), Tag("figure-text")] | _Words,
    Discriminator(_form),
    WithJsonSchema(_RANK_SCHEMA),
]
ClaimFigure = Annotated[
    Annotated[Any, AfterValidator(_words_text), Tag("figure-text")] | _ClaimWords,
    Discriminator(_claim_form),
    WithJsonSchema(_CLAIM_FIGURE_SCHEMA),
]


class CandidateInput(_Input):
    """One candidate's line in a results file."""

    name: Annotated[str, Field(min_length=1, description="The candidate's name.")]
    party: str | None = Field(None, description="Party name or abbreviation.")
    votes: Count | None = Field(None, description="Votes won.")
    share: Share | None = Field(None, description="Percentage of valid votes, as printed.")
    rank: Rank | None = Field(
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
    ballots: Count | None = Field(
        None,
        description="Votes cast as stated: valid votes, or valid votes and rejected ballots.",
    )
    majority: Count | None = Field(None, description="Winner's lead over the runner-up, in votes.")
    majority_share: Percentage | None = Field(
        None, description="Winner's lead over the runner-up, in percentage points."
    )
    candidates: list[CandidateInput] = Field(default_factory=list)


class _ClaimInput(_Input):
    quantity: QuantityName = Field(description="What the claim is about.")
    contest: str | None = Field(None, description="The contest the claim is about, by name.")
    candidate: str | None = Field(None, description="The candidate the claim is about.")
    party: str | None = Field(None, description="The party the claim is about.")
    quoted: bool = Field(
        False, description="True when the claim is inside a direct quotation: someone's words."
    )


class ChangeClaimInput(_ClaimInput):
    """A stated change: "turnout up about five per cent to 67.68pc"."""

    kind: Literal["change"]
    direction: Literal["up", "down"] | None = Field(
        None, description='The direction stated; for ranks, "up" is a better position.'
    )
    direction_text: str | None = Field(None, description='The direction as written ("up").')
    amount: ClaimFigure | None = Field(
        None, description='The size of the change as written: "about five per cent".'
    )
    previous: ClaimFigure | None = Field(None, description='The value before: "15.2pc".')
    current: ClaimFigure | None = Field(None, description='The value now: "67.68pc".')
    since: str | None = Field(None, description='The earlier election, as written: "2015".')


class BoundClaimInput(_ClaimInput):
    """A hedged or fractional description: "less than a third of the share at 20.1pc"."""

    kind: Literal["bound"]
    bound: ClaimFigure = Field(description='The hedge and landmark: "less than a third".')
    exact: ClaimFigure | None = Field(
        None, description='The precise figure the same words give, if any: "20.1pc".'
    )


class SeatClaimInput(_ClaimInput):
    """A seat tally: "Labour won 29"."""

    kind: Literal["seats"]
    verb: SeatVerb = Field(description="What happened to the seats.")
    seats: ClaimFigure = Field(description='The number of seats as written: "29".')


class OutcomeClaimInput(_ClaimInput):
    """A declared outcome: "Labour hold", "Conservative gain from Labour"."""

    kind: Literal["outcome"]
    quantity: QuantityName = Field(
        "rank", description='What the claim is about: always "rank" (who finished first).'
    )
    party: str | None = Field(
        None,
        description='The winning party, by name or abbreviation, when named ("Jane Smith held '
        'her seat", "Labour lost Bolsover" name none).',
    )
    verb: Literal["hold", "gain"] = Field(
        description='"hold": the party won the previous election too; "gain": it did not.'
    )
    from_party: str | None = Field(
        None, description="For a gain, the party the seat was taken from, when named."
    )


ClaimInput = Annotated[
    ChangeClaimInput | BoundClaimInput | SeatClaimInput | OutcomeClaimInput,
    Field(discriminator="kind"),
]
_CLAIM_MODELS: dict[str, type[_ClaimInput]] = {
    "change": ChangeClaimInput,
    "bound": BoundClaimInput,
    "seats": SeatClaimInput,
    "outcome": OutcomeClaimInput,
}
CLAIM_FIGURE_FIELDS: dict[str, tuple[str, ...]] = {
    "change": ("amount", "previous", "current"),
    "bound": ("bound", "exact"),
    "seats": ("seats",),
    "outcome": (),
}
"""The fields of each kind of claim that hold a figure, in the order they are written."""

CONTEST_FIGURE_UNITS: dict[str, Unit] = {
    "electorate": Unit.PEOPLE,
    "valid_votes": Unit.VOTES,
    "rejected": Unit.PEOPLE,
    "turnout": Unit.PERCENT,
    "ballots": Unit.VOTES,
    "majority": Unit.VOTES,
    "majority_share": Unit.POINTS,
}
"""A contest's figure fields and the unit each is read in, in the order they are written."""

CANDIDATE_FIGURE_UNITS: dict[str, Unit] = {
    "votes": Unit.VOTES,
    "share": Unit.PERCENT,
    "rank": Unit.RANK,
}
"""A candidate's figure fields and the unit each is read in."""

_FIGURE_FIELDS = frozenset(
    {
        *CONTEST_FIGURE_UNITS,
        *CANDIDATE_FIGURE_UNITS,
        *(f for fields in CLAIM_FIGURE_FIELDS.values() for f in fields),
    }
)
_UNIT_NAMES = frozenset(u.value for u in Unit)
_QUANTITY_NAMES = frozenset(q.value for q in Quantity)


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
    claims: list[ClaimInput] = Field(
        default_factory=list,
        description=(
            "What the article's prose says about the figures: changes, hedged bounds, seat "
            "tallies and declared outcomes (holds and gains). Each claim's figures are the "
            "article's words."
        ),
    )


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the results-file format."""
    schema = _with_refs(ResultsFile.model_json_schema())
    assert isinstance(schema, dict)
    defs = schema.setdefault("$defs", {})
    defs["FigureWords"] = FigureWords.model_json_schema()
    defs["ClaimFigureWords"] = ClaimFigureWords.model_json_schema()
    # A file with nothing to check is refused (see read_results): some contest or claim.
    schema["anyOf"] = [
        {"properties": {"contests": {"minItems": 1}}},
        {"required": ["claims"], "properties": {"claims": {"minItems": 1}}},
    ]
    return schema


def _with_refs(schema: Any) -> Any:
    if isinstance(schema, dict):
        if _REF_KEY in schema:
            return {"$ref": f"#/$defs/{schema[_REF_KEY]}"}
        return {k: _with_refs(v) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_with_refs(v) for v in schema]
    return schema


# -- figures written as words -----------------------------------------------------------------


class FigureWordsError(ValueError):
    """Words that do not give exactly one figure of the right kind.

    ``offset`` is where in the words the problem is (0 when it is the words as a whole);
    ``key`` is the field at fault: ``"words"`` or ``"hedge"``.
    """

    def __init__(self, message: str, offset: int = 0, key: str = "words") -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.key = key


_KIND_NAMES = {
    NumberKind.PERCENT: "a percentage",
    NumberKind.POINTS: "percentage points",
    NumberKind.COUNT: "a count",
    NumberKind.FRACTION: "a fraction",
    NumberKind.ORDINAL: "a position",
    NumberKind.YEAR: "a year",
    NumberKind.OTHER: "a date, a time or a sum of money",
}
_COUNT_KINDS = frozenset({NumberKind.COUNT, NumberKind.YEAR})
_PROPORTION_KINDS = frozenset(
    {NumberKind.PERCENT, NumberKind.POINTS, NumberKind.FRACTION, NumberKind.COUNT}
)
_KINDS_FOR_UNIT = {
    Unit.VOTES: _COUNT_KINDS,
    Unit.PEOPLE: _COUNT_KINDS,
    Unit.SEATS: _COUNT_KINDS,
    Unit.PERCENT: _PROPORTION_KINDS,
    Unit.POINTS: _PROPORTION_KINDS,
    Unit.RANK: frozenset({NumberKind.ORDINAL, NumberKind.COUNT}),
}
_NEEDS = {
    Unit.VOTES: 'a whole count, such as "39,558" or "nearly 28,000"',
    Unit.PEOPLE: 'a whole count, such as "87,331"',
    Unit.SEATS: 'a number of seats, such as "29"',
    Unit.PERCENT: 'a percentage, such as "67.3pc" or "less than a third"',
    Unit.POINTS: 'percentage points, such as "47.1 points"',
    Unit.RANK: 'a position, such as "second" or "2"',
}


def read_words(
    words: str,
    pack: Pack | None = None,
    kinds: frozenset[NumberKind] | None = None,
    expected: str = "an election figure",
) -> NumberMention:
    """The one figure in ``words``, which must be nothing but that figure.

    ``kinds`` limits what sort of figure is accepted (default: any but dates, times and
    money), and ``expected`` says what is wanted in the error when it is not. Raises
    :class:`FigureWordsError` naming what is wrong and where in the words.
    """
    mentions = find_numbers(words, pack)
    if not mentions:
        raise FigureWordsError(
            f"found no figure in {_clip(words)!r}; write the figure as the article gives it, "
            'such as "nearly 11 per cent", "15.2pc" or "29"'
        )
    if len(mentions) > 1:
        found = ", ".join(repr(m.text) for m in mentions)
        raise FigureWordsError(
            f"found {len(mentions)} figures in {_clip(words)!r} ({found}); give one figure "
            "per field",
            mentions[1].start,
        )
    m = mentions[0]
    before, after = words[: m.start], words[m.end :]
    if before.strip() or after.strip():
        extra = before.strip() or after.strip()
        at = m.start - len(before.lstrip()) if before.strip() else m.end + after.find(extra)
        raise FigureWordsError(
            f"{_clip(extra)!r} is not part of the figure {m.text!r}; give only the figure "
            "with its hedge and unit (a hedge must be one of the hedge pack's words, such as "
            "'nearly', 'about' or 'less than')",
            max(at, 0),
        )
    allowed = kinds if kinds is not None else frozenset(NumberKind) - {NumberKind.OTHER}
    if m.kind not in allowed:
        raise FigureWordsError(f"{m.text!r} reads as {_KIND_NAMES[m.kind]}; expected {expected}")
    return m


def claim_unit(kind: NumberKind, quantity: Quantity, field: str) -> Unit:
    """The unit a claim's figure is read in when its words do not say (see the module doc).

    The words decide when they can: "per cent" is percent and "points" is points, whatever the
    writer meant, since a rule may judge exactly that choice. A bare number takes its unit
    from what the claim is about.
    """
    if kind in (NumberKind.PERCENT, NumberKind.FRACTION):
        return Unit.PERCENT
    if kind is NumberKind.POINTS:
        return Unit.POINTS
    if kind is NumberKind.ORDINAL:
        return Unit.RANK
    if field == "seats" or quantity is Quantity.SEATS:
        return Unit.SEATS
    if quantity is Quantity.RANK:
        return Unit.RANK
    if quantity in (Quantity.SHARE, Quantity.TURNOUT):
        return Unit.PERCENT
    return Unit.VOTES


def _check_hedge(hedge: str | None, pack: Pack) -> None:
    if hedge is None or hedge == RESERVED_HEDGE or hedge in pack.hedges:
        return
    known = ", ".join([RESERVED_HEDGE, *sorted(pack.hedges)])
    close = difflib.get_close_matches(hedge, [RESERVED_HEDGE, *pack.hedges], n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise FigureWordsError(f"unknown hedge {hedge!r}; {hint}expected one of: {known}", key="hedge")


def _check_bounds(m: NumberMention, unit: Unit, *, signed: bool) -> None:
    exponent = m.precision.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_DECIMALS:
        raise FigureWordsError(
            f"{m.text!r} has more than {MAX_DECIMALS} decimal places; give the figure as it "
            "was printed"
        )
    if unit in (Unit.PERCENT, Unit.POINTS):
        if abs(m.value) >= MAX_PERCENT:
            raise FigureWordsError(
                f"{m.text!r}: a percentage must lie between -{MAX_PERCENT:,} and {MAX_PERCENT:,}"
            )
    elif abs(m.value) > MAX_COUNT:
        raise FigureWordsError(f"{m.text!r} is too large (the limit is {MAX_COUNT:,})")
    if not signed and m.value < 0:
        raise FigureWordsError(f"{m.text!r} is negative; a count or share cannot be")
    if not signed and unit is not Unit.PERCENT and unit is not Unit.POINTS:
        if m.value != m.value.to_integral_value():
            raise FigureWordsError(f"{m.text!r} is not a whole number; {_NEEDS[unit]}")
        if unit is Unit.RANK and m.value < 1:
            raise FigureWordsError(f"{m.text!r}: a position starts at 1 (the winner)")


_COUNT_UNITS = frozenset({Unit.VOTES, Unit.PEOPLE, Unit.SEATS})


def _to_figure(
    m: NumberMention, unit: Unit, hedge: str | None, quoted: bool, rounded: int | None = None
) -> Figure:
    fig = m.to_figure(unit)
    final = hedge if hedge is not None else fig.hedge
    # A hedge the words do not show still makes the figure approximate.
    exact = fig.exact and final == RESERVED_HEDGE
    span = Span(start=m.start, end=m.end)
    update: dict[str, Any] = {"hedge": final, "exact": exact, "quoted": quoted, "span": span}
    if rounded is not None:
        if unit not in _COUNT_UNITS:
            raise FigureWordsError(
                f"{m.text!r} is {_KIND_NAMES.get(m.kind, 'a figure')} in {unit.value}; "
                "'rounded' is for a count (votes, people or seats), whose step it gives",
                key="rounded",
            )
        # A rounding is never the value itself, whatever its words look like.
        update["exact"] = False
        update["precision"] = Decimal(rounded)
    return fig.model_copy(update=update)


def contest_figure_from_words(
    words: str,
    unit: Unit,
    *,
    hedge: str | None = None,
    quoted: bool = False,
    rounded: int | None = None,
    pack: Pack | None = None,
) -> Figure:
    """A contest's or candidate's figure from its words, as the results reader reads it.

    The field decides the unit; the words must be a figure of a fitting kind (a count for
    votes, a percentage or bare number for a share). ``rounded`` is the step a count stands
    for a rounding to. The figure's span is its place in the words. Raises
    :class:`FigureWordsError`.
    """
    pack = pack or default_pack()
    _check_hedge(hedge, pack)
    m = read_words(words, pack, _KINDS_FOR_UNIT[unit], _NEEDS[unit])
    _check_bounds(m, unit, signed=False)
    return _to_figure(m, unit, hedge, quoted, rounded)


def claim_figure_from_words(
    words: str,
    quantity: Quantity,
    field: str,
    *,
    unit: Unit | None = None,
    hedge: str | None = None,
    quoted: bool = False,
    rounded: int | None = None,
    pack: Pack | None = None,
) -> Figure:
    """A claim's figure from its words, as the results reader reads it.

    The unit is ``unit`` when given, else :func:`claim_unit`; ``rounded`` is the step a
    count stands for a rounding to. The figure's span is its place in the words. Raises
    :class:`FigureWordsError`.
    """
    pack = pack or default_pack()
    _check_hedge(hedge, pack)
    m = read_words(words, pack)
    chosen = unit or claim_unit(m.kind, quantity, field)
    _check_bounds(m, chosen, signed=True)
    return _to_figure(m, chosen, hedge, quoted, rounded)


def plain_figure(text: str, unit: Unit, span: Span | None = None) -> Figure:
    """A figure from a plain number as a results file writes it ("39,558", "67.30", "1")."""
    if unit in (Unit.PERCENT, Unit.POINTS):
        fig = Figure.percentage(text.removesuffix("%"), unit=unit, span=span)
        return fig.model_copy(update={"text": text})
    value = int(text.replace(",", ""))
    return Figure(text=text, value=Decimal(value), unit=unit, exact=True, span=span)


def plain_form(text: str, unit: Unit, field: str) -> int | str | None:
    """How a results file writes a figure's text as a plain number, or None if it cannot.

    Whole counts and ranks become JSON numbers unless that would lose how they were written
    ("039"); counts with separators and percentages stay strings, so "67.30" keeps its zero.
    """
    if unit is Unit.RANK:
        return int(text) if text.isascii() and text.isdigit() and str(int(text)) == text else None
    if unit in (Unit.PERCENT, Unit.POINTS):
        pattern = _SHARE_TEXT if field == "share" else _PERCENT_TEXT
        return text if pattern.fullmatch(text) else None
    if not _COUNT_TEXT.fullmatch(text):
        return None
    return int(text) if text.isdigit() and str(int(text)) == text else text


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- errors ------------------------------------------------------------------------------------


def _dotted(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _normalise(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """The path in the file: without the union tags pydantic adds to error locations."""
    out: list[str | int] = []
    for i, part in enumerate(loc):
        if i == 2 and loc[0] == "claims" and len(loc) > 3 and part in _CLAIM_MODELS:
            continue
        if part in _FORM_TAGS and i > 0 and loc[i - 1] in _FIGURE_FIELDS:
            continue
        out.append(part)
    return tuple(out)


def _fields_at(loc: tuple[str | int, ...], root: jsonspans.Node) -> dict[str, Any]:
    """The fields of the object that ``loc`` (a path to one of its keys) is inside."""
    parent = loc[:-1]
    model: type[BaseModel] | None = None
    if not parent:
        model = ResultsFile
    elif len(parent) == 2 and parent[0] == "contests":
        model = ContestInput
    elif len(parent) == 4 and parent[2] == "candidates":
        model = CandidateInput
    elif len(parent) == 2 and parent[0] == "claims":
        kind = root.find(parent).child("kind")
        model = _CLAIM_MODELS.get(kind.scalar) if kind and isinstance(kind.scalar, str) else None
        if model is None:
            return {}
        return {"kind": None, **{k: v for k, v in model.model_fields.items() if k != "kind"}}
    elif parent and parent[-1] in _FIGURE_FIELDS:
        model = ClaimFigureWords if parent[0] == "claims" else FigureWords
    return dict(model.model_fields) if model is not None else {}


_EXPECTED = {
    "model_type": "expected an object, {...}",
    "model_attributes_type": "expected an object, {...}",
    "dict_type": "expected an object, {...}",
    "list_type": "expected a list, [...]",
    "string_type": "expected text in double quotes",
    "bool_type": "expected true or false",
    "int_type": "expected a whole number",
    "string_too_short": "must not be empty",
}
_KINDS_TEXT = '"change", "bound" or "seats"'


def _source_snippet(node: jsonspans.Node, source: str, limit: int = 40) -> str:
    text = source[node.start : node.end]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _problem(
    err: ErrorDetails, doc: Document, root: jsonspans.Node
) -> tuple[str, int | None, int | None]:
    """One validation error as (message, line, column), pointing at the offending text."""
    loc = _normalise(tuple(err["loc"]))
    node = _node_at(root, loc)
    at = (node or root.find(loc)).start
    kind = err["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        span = root.find(loc[:-1]).key_span(key)
        if span is not None:
            at = span[0]
        known = list(_fields_at(loc, root))
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        msg = f"unknown field {key!r}; {hint}expected one of: {', '.join(known)}"
        node = None
    elif kind == "missing":
        msg = f"missing the required field {loc[-1]!r}"
        if loc == ("contests",):
            msg = 'missing "contests": put the results in {"contests": [ ... ]}'
        loc = loc[:-1]
    elif kind == "union_tag_not_found":
        msg = f"missing the required field 'kind': say which kind of claim this is, {_KINDS_TEXT}"
        node = None
    elif kind == "union_tag_invalid":
        kind_node = node.child("kind") if node is not None else None
        if kind_node is not None:
            at = kind_node.start
        msg = f"unknown kind of claim; expected {_KINDS_TEXT}"
        node = kind_node
        loc = (*loc, "kind")
    elif kind in _EXPECTED:
        msg = _EXPECTED[kind]
    elif kind in ("greater_than_equal", "less_than_equal"):
        msg = f"expected a whole number from 1 to {MAX_COUNT:,}"
    elif kind == "literal_error":
        msg = "expected " + str(err["msg"]).removeprefix("Input should be ")
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


Problem = tuple[str, int | None, int | None]


def _input_error(problems: list[Problem], doc: Document) -> InputFileError:
    # In the order they appear in the file, as a reader fixing them from the top would want.
    located = sorted(problems, key=lambda p: (p[1] or 0, p[2] or 0))
    shown = located[:MAX_PROBLEMS]
    if len(located) > MAX_PROBLEMS:
        shown.append((f"... and {len(located) - MAX_PROBLEMS} more problems", None, None))
    (msg, line, column), rest = shown[0], shown[1:]
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
    if isinstance(node.scalar, float):
        return Decimal(source[node.start : node.end])
    return node.scalar


# -- positions ---------------------------------------------------------------------------------


def _span(node: jsonspans.Node) -> Span:
    start, end = node.inner
    return Span(start=start, end=end)


def _string_offsets(raw: str) -> list[int]:
    """For each character of a JSON string's value, its offset in the raw text (escapes in).

    One more entry than characters: the offset just past the end.
    """
    out: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        out.append(i)
        if raw[i] != "\\":
            i += 1
        elif raw.startswith("\\u", i):
            # A surrogate pair written as two escapes decodes to one character.
            high = raw[i + 2 : i + 6]
            low = raw[i + 8 : i + 12] if raw.startswith("\\u", i + 6) else ""
            paired = (
                len(low) == 4
                and 0xD800 <= int(high, 16) < 0xDC00
                and 0xDC00 <= int(low, 16) < 0xE000
            )
            i += 12 if paired else 6
        else:
            i += 2
    out.append(n)
    return out


def _words_at(node: jsonspans.Node, source: str) -> tuple[str, Callable[[int], int]]:
    """The words a node holds, and how to turn an offset in them into one in the file."""
    if isinstance(node.scalar, str):
        start, end = node.inner
        raw = source[start:end]
        if raw == node.scalar:
            return node.scalar, lambda i: start + i
        offsets = _string_offsets(raw)
        return node.scalar, lambda i: start + offsets[min(i, len(offsets) - 1)]
    # A JSON number: its own text is its words.
    return source[node.start : node.end], lambda i: node.start + i


def _words_node(node: jsonspans.Node | None, *, claim: bool) -> jsonspans.Node | None:
    """The node holding a figure's words, when the figure is given in words."""
    if node is None or node.is_null:
        return None
    if isinstance(node.children, dict):
        words = node.child("words")
        return words if words is not None and isinstance(words.scalar, str) else None
    if claim and (
        isinstance(node.scalar, str)
        or (isinstance(node.scalar, int | float) and not isinstance(node.scalar, bool))
    ):
        return node
    return None


def _readable_words(node: jsonspans.Node | None, *, claim: bool) -> bool:
    """Words worth reading: blank or overlong words are left to validation to report."""
    words = _words_node(node, claim=claim)
    if words is None:
        return False
    if not isinstance(words.scalar, str):
        return words.end - words.start <= MAX_WORDS
    return bool(words.scalar.strip()) and len(words.scalar) <= MAX_WORDS


def _is_step(value: Any) -> bool:
    """A valid ``rounded`` step: a whole number from 1 to MAX_COUNT (not true or false)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_COUNT


def _override(node: jsonspans.Node, key: str) -> Any:
    child = node.child(key) if isinstance(node.children, dict) else None
    return None if child is None else child.scalar


# -- reading -----------------------------------------------------------------------------------


class _Reader:
    """Builds figures from a results file's nodes, and collects what is wrong with them."""

    def __init__(self, doc: Document, root: jsonspans.Node, pack: Pack) -> None:
        self.doc = doc
        self.source = doc.text
        self.root = root
        self.pack = pack
        self.problems: list[Problem] = []

    def problem(self, loc: tuple[str | int, ...], exc: FigureWordsError, at: int) -> None:
        line, column = self.doc.position(at)
        self.problems.append((f"{_dotted(loc)}: {exc.message}", line, column))

    def figure(
        self,
        node: jsonspans.Node | None,
        loc: tuple[str | int, ...],
        read: Callable[[str, str | None, bool, Unit | None, int | None], Figure],
        *,
        claim: bool,
        quoted: bool = False,
    ) -> Figure | None:
        """A figure in words, read with ``read(words, hedge, quoted, unit, rounded)``; None on
        error."""
        words_node = _words_node(node, claim=claim)
        if node is None or words_node is None:
            return None
        words, to_file = _words_at(words_node, self.source)
        hedge = _override(node, "hedge")
        given_quoted = _override(node, "quoted")
        unit = _override(node, "unit")
        rounded = _override(node, "rounded")
        try:
            fig = read(
                words,
                hedge if isinstance(hedge, str) else None,
                given_quoted if isinstance(given_quoted, bool) else quoted,
                # Checked as text first: a list or object there is unhashable, and is left
                # for validation to report.
                Unit(unit) if isinstance(unit, str) and unit in _UNIT_NAMES else None,
                # Out of bounds or not a whole number: left for validation to report.
                rounded if _is_step(rounded) else None,
            )
        except FigureWordsError as exc:
            if exc.key in ("hedge", "rounded"):
                key_node = node.child(exc.key)
                assert key_node is not None
                self.problem((*loc, exc.key), exc, key_node.start)
            else:
                where = (*loc, "words") if words_node is not node else loc
                self.problem(where, exc, to_file(exc.offset))
            return None
        assert fig.span is not None
        span = Span(start=to_file(fig.span.start), end=to_file(fig.span.end))
        return fig.model_copy(update={"span": span})

    def contest_figure(
        self, node: jsonspans.Node | None, loc: tuple[str | int, ...], unit: Unit
    ) -> Figure | None:
        """A contest's or candidate's figure: a plain number, or words."""
        if node is None or node.is_null:
            return None
        if _words_node(node, claim=False) is None:
            return _figure(node, unit, self.source)

        def read(
            words: str, hedge: str | None, quoted: bool, _: Unit | None, rounded: int | None
        ) -> Figure:
            return contest_figure_from_words(
                words, unit, hedge=hedge, quoted=quoted, rounded=rounded, pack=self.pack
            )

        return self.figure(node, loc, read, claim=False)

    def claim_figure(
        self,
        node: jsonspans.Node | None,
        loc: tuple[str | int, ...],
        quantity: Quantity,
        quoted: bool,
    ) -> Figure | None:
        """A claim's figure: always words."""
        field = str(loc[-1])

        def read(
            words: str, hedge: str | None, quoted: bool, unit: Unit | None, rounded: int | None
        ) -> Figure:
            return claim_figure_from_words(
                words,
                quantity,
                field,
                unit=unit,
                hedge=hedge,
                quoted=quoted,
                rounded=rounded,
                pack=self.pack,
            )

        return self.figure(node, loc, read, claim=True, quoted=quoted)

    def check_words(self) -> None:
        """Read every figure given in words, so their problems join the validation errors."""
        for loc, node, unit in self._contest_figure_nodes():
            if _readable_words(node, claim=False):
                self.contest_figure(node, loc, unit)
        claims = self.root.child("claims")
        if claims is None or not isinstance(claims.children, list):
            return
        for i, claim in enumerate(claims.children):
            kind = _override(claim, "kind")
            if not isinstance(kind, str) or kind not in CLAIM_FIGURE_FIELDS:
                continue
            quantity = _override(claim, "quantity")
            known = isinstance(quantity, str) and quantity in _QUANTITY_NAMES
            q = Quantity(quantity) if known else Quantity.VOTES
            for field in CLAIM_FIGURE_FIELDS[kind]:
                if _readable_words(claim.child(field), claim=True):
                    self.claim_figure(claim.child(field), ("claims", i, field), q, False)

    def _contest_figure_nodes(
        self,
    ) -> Iterator[tuple[tuple[str | int, ...], jsonspans.Node | None, Unit]]:
        contests = self.root.child("contests")
        if contests is None or not isinstance(contests.children, list):
            return
        for i, contest in enumerate(contests.children):
            yield from _figure_nodes_of(contest, i)


def _figure(node: jsonspans.Node | None, unit: Unit, source: str) -> Figure | None:
    if node is None or node.is_null:
        return None
    # A JSON number's own text keeps its written precision: 67.30 has two decimals.
    text = node.scalar if isinstance(node.scalar, str) else source[node.start : node.end]
    return plain_figure(text, unit, _span(node))


STREAM_CHUNK = 256
"""Contests per Article when a large results file is read in chunks (:func:`iter_results`)."""


def read_results(doc: Document, pack: Pack | None = None) -> Article:
    """Read a results file into an Article. Raises :class:`InputFileError` on bad input.

    The error names the line and column, the field (``contests[0].candidates[2].votes``)
    and what was expected; several problems in one file are all reported, in ``more``.
    ``pack`` supplies the hedge words that figures written in words are read with.
    """
    chunks = list(iter_results(doc, pack, chunk=None))
    if len(chunks) == 1:
        return chunks[0]
    return Article(document=doc, contests=tuple(c for a in chunks for c in a.contests))


def iter_results(
    doc: Document, pack: Pack | None = None, chunk: int | None = STREAM_CHUNK
) -> Iterator[Article]:
    """Read a results file as Articles of at most ``chunk`` contests each (None: one).

    The contests of a large feed are checked a chunk at a time, so its figures are never all
    in memory: the file is validated first, one contest at a time (nothing is yielded from
    a bad file; the :class:`InputFileError` is that of :func:`read_results`), then each
    contest is parsed again from its place in the text and built as the chunk is asked for.
    A file with claims is one Article, since a claim may name any contest in it.
    """
    pack = pack or default_pack()
    light = _validated_lightly(doc, pack)
    if light is None:
        # Claims, or a problem to report: the whole tree, whose errors name every problem.
        yield _read_whole(doc, pack)
        return
    parsed, starts = light
    reader = _Reader(doc, jsonspans.Node(None, 0, 0), pack)
    size = chunk or max(1, len(starts))
    for first in range(0, len(starts), size):
        contests = []
        for i in range(first, min(first + size, len(starts))):
            node = jsonspans.parse_at(doc.text, starts[i])
            cin = ContestInput.model_validate(_exact(node, doc.text))
            contests.append(_contest_result(cin, node, i, reader, parsed.election))
        yield Article(document=doc, contests=tuple(contests))


def _validated_lightly(doc: Document, pack: Pack) -> tuple[ResultsFile, list[int]] | None:
    """Validate a results file one contest at a time, holding no contest's tree after its
    check: the file's top level, and where each contest starts. None when the whole tree is
    needed instead: a problem to report (in full, by :func:`_read_whole`), claims, no
    contests."""
    starts: list[int] = []
    sound = True
    reader = _Reader(doc, jsonspans.Node(None, 0, 0), pack)

    def each(node: jsonspans.Node, i: int) -> None:
        nonlocal sound
        starts.append(node.start)
        if not sound:
            return
        for loc, fig_node, unit in _figure_nodes_of(node, i):
            if _readable_words(fig_node, claim=False):
                reader.contest_figure(fig_node, loc, unit)
        if reader.problems:
            sound = False
            return
        try:
            ContestInput.model_validate(_exact(node, doc.text))
        except ValidationError:
            sound = False

    try:
        root = jsonspans.parse_streaming(doc.text, "contests", each)
    except (json.JSONDecodeError, RecursionError):
        return None
    if not sound or not root.is_object or not starts:
        return None
    claims = root.child("claims")
    if claims is not None and not (isinstance(claims.children, list) and not claims.children):
        return None
    try:
        parsed = ResultsFile.model_validate(_exact(root, doc.text))
    except ValidationError:
        return None
    return parsed, starts


def _figure_nodes_of(
    contest: jsonspans.Node, i: int
) -> Iterator[tuple[tuple[str | int, ...], jsonspans.Node | None, Unit]]:
    """The figure fields of one contest's node (and its candidates'), with their paths."""
    if not isinstance(contest.children, dict):
        return
    for key, unit in CONTEST_FIGURE_UNITS.items():
        yield ("contests", i, key), contest.child(key), unit
    candidates = contest.child("candidates")
    if candidates is None or not isinstance(candidates.children, list):
        return
    for j, cand in enumerate(candidates.children):
        if not isinstance(cand.children, dict):
            continue
        for key, unit in CANDIDATE_FIGURE_UNITS.items():
            yield ("contests", i, "candidates", j, key), cand.child(key), unit


def _read_whole(doc: Document, pack: Pack) -> Article:
    """Read a results file from its whole tree: every problem in it is reported."""
    try:
        root = jsonspans.parse(doc.text)
    except json.JSONDecodeError as exc:
        line, column = doc.position(exc.pos)
        raise InputFileError(doc.path, f"not valid JSON: {exc.msg}", line, column) from None
    except RecursionError:  # pragma: no cover - the parser's depth limit comes first
        raise InputFileError(doc.path, "JSON nested too deeply to read") from None
    if not root.is_object:
        line, column = doc.position(root.start)
        raise InputFileError(
            doc.path,
            f'expected a JSON object like {{"contests": [ ... ]}}; got {_kind(root.value)}',
            line,
            column,
        )
    reader = _Reader(doc, root, pack)
    # Figures in words are read even when validation fails, so one run lists every problem.
    reader.check_words()
    problems = list(reader.problems)
    parsed: ResultsFile | None = None
    try:
        parsed = ResultsFile.model_validate(_exact(root, doc.text))
    except ValidationError as exc:
        problems.extend(_problem(e, doc, root) for e in exc.errors())
    if problems or parsed is None:
        raise _input_error(problems, doc)
    if not parsed.contests and not parsed.claims:
        # An empty feed (a failed export, say) must not pass as clean copy.
        line, column = doc.position(root.start)
        raise InputFileError(
            doc.path,
            "holds no contests and no claims, so there is nothing to check; put the results "
            'in {"contests": [ ... ]}',
            line,
            column,
        )
    contests = tuple(
        _contest_result(cin, root.find(("contests", i)), i, reader, parsed.election)
        for i, cin in enumerate(parsed.contests)
    )
    claims = tuple(_claim(parsed, i, reader) for i in range(len(parsed.claims)))
    return Article(document=doc, contests=contests, claims=claims)


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


def _contest_result(
    cin: ContestInput, node: jsonspans.Node, i: int, reader: _Reader, election: str | None
) -> ContestResult:
    """The i-th contest, from its validated input and its node (``election``: the file's)."""

    def fig(key: str) -> Figure | None:
        return reader.contest_figure(
            node.child(key), ("contests", i, key), CONTEST_FIGURE_UNITS[key]
        )

    candidates = []
    for j, cand in enumerate(cin.candidates):
        cnode = node.find(("candidates", j))
        name_node = cnode.child("name")
        party_node = cnode.child("party")

        def cfig(key: str, cnode: jsonspans.Node = cnode, j: int = j) -> Figure | None:
            loc = ("contests", i, "candidates", j, key)
            return reader.contest_figure(cnode.child(key), loc, CANDIDATE_FIGURE_UNITS[key])

        candidates.append(
            CandidateResult(
                name=cand.name,
                name_span=_span(name_node) if name_node else None,
                party=cand.party,
                party_span=_span(party_node) if party_node and cand.party else None,
                votes=cfig("votes"),
                share=cfig("share"),
                rank=cfig("rank"),
            )
        )
    name_node = node.child("name")
    return ContestResult(
        name=cin.name,
        name_span=_span(name_node) if name_node and cin.name else None,
        election=cin.election or election,
        candidates=tuple(candidates),
        complete=cin.complete,
        valid_votes=fig("valid_votes"),
        rejected=fig("rejected"),
        electorate=fig("electorate"),
        turnout=fig("turnout"),
        ballots=fig("ballots"),
        majority=fig("majority"),
        majority_share=fig("majority_share"),
        provenance=Provenance.RESULTS_FILE,
        data_path=f"$.contests[{i}]",
    )


def _claim(parsed: ResultsFile, i: int, reader: _Reader) -> Claim:
    cin = parsed.claims[i]
    node = reader.root.find(("claims", i))
    quantity = Quantity(cin.quantity)

    def fig(key: str) -> Figure | None:
        return reader.claim_figure(node.child(key), ("claims", i, key), quantity, cin.quoted)

    base: dict[str, Any] = {
        "quantity": quantity,
        "contest": cin.contest,
        "candidate": cin.candidate,
        "party": cin.party,
        "quoted": cin.quoted,
        "span": Span(start=node.start, end=node.end),
    }
    if isinstance(cin, ChangeClaimInput):
        direction_node = node.child("direction_text")
        return ChangeClaim(
            **base,
            direction=Direction(cin.direction) if cin.direction else None,
            direction_text=cin.direction_text,
            direction_span=_span(direction_node) if direction_node and cin.direction_text else None,
            amount=fig("amount"),
            previous=fig("previous"),
            current=fig("current"),
            since=cin.since,
        )
    if isinstance(cin, BoundClaimInput):
        bound = fig("bound")
        assert bound is not None  # required, and its words were checked
        return BoundClaim(**base, bound=bound, exact=fig("exact"))
    if isinstance(cin, OutcomeClaimInput):
        return OutcomeClaim(**base, verb=cin.verb, from_party=cin.from_party)
    seats = fig("seats")
    assert seats is not None
    return SeatClaim(**base, verb=cin.verb, seats=seats)
