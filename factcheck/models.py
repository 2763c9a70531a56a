"""Typed, immutable models: what the text says, and what factcheck finds wrong with it.

Data flows one way: a :class:`Document` is read into :class:`ContestResult` models whose every
:class:`Figure` remembers its :class:`Span` in the text; rules turn those into
:class:`Finding` values collected in a :class:`Report`.
"""

# No `from __future__ import annotations` here: pydantic would evaluate every field's
# annotation from its text when each class is made (~3 M instructions of a cold check); the
# classes' own names in their methods' signatures are quoted instead.

import bisect
import sys
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from functools import cached_property, lru_cache
from typing import Annotated, Any, Literal, TypeVar

from annotated_types import Ge
from pydantic import BaseModel, ConfigDict, Field, JsonValue

from factcheck import compiled_re as re
from factcheck.intervals import Interval, Rounding

_BUILT_WITH_CLASS = ConfigDict(defer_build=False)
"""``model_config`` of the models that checking an article validates: the reader's figures and
claims, findings. Pydantic builds a model's validator when its class is made unless
``defer_build`` leaves it to the first validation, as ``_Frozen`` does for the rest: a check
makes them with :func:`trusted` (``Document``, ``ContestResult``, ``Article``, ``Report``) or
not at all (``Suppression``, ``InputError``...), and a cold ``factcheck check`` spends some
2 M instructions less on each (docs/benchmarks.md, "Cold start"). A model built with its class
comes before the models that hold it, which reuse its schema; a deferred model's schema is made
again inside each model that holds it when that is built."""

_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
"""One shared set per combination of fields given (see ``_Frozen.model_post_init``)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def model_post_init(self, context: Any, /) -> None:
        """Share the record of which fields were given among instances that gave the same.

        Pydantic keeps that record as a set per instance, some 200 to 700 bytes: more than
        the figure it describes. A large results file holds hundreds of thousands of figures
        and spans, so a frozen model shares one set per combination instead. The shared set
        is never changed in place: a frozen model refuses assignment, and ``model_copy``
        copies the set before adding to it.
        """
        given = self.__pydantic_fields_set__
        shared = _FIELDS_SETS.setdefault(frozenset(given), given)
        if shared is not given:
            object.__setattr__(self, "__pydantic_fields_set__", shared)


_M = TypeVar("_M", bound=_Frozen)
_Layout = tuple[tuple[str, ...], dict[str, Any], set[str], tuple[tuple[str, Any], ...]]
_LAYOUTS: dict[type[_Frozen], _Layout] = {}
_MISSING: Any = object()
_MADE: Any = object()


def trusted(cls: type[_M], /, **values: Any) -> _M:
    """``cls(**values)`` without validation, for callers whose values are valid by
    construction: the exact field types (Decimal, the enum member, a built model for a nested
    one), non-negative offsets. The reader builds tens of thousands of spans and figures per
    thousand articles, and validating values it made itself was a sixth of its time.

    The result is indistinguishable from the validated model: the same field values in the
    same order, the same record of which fields were given (shared, as ``_Frozen`` shares
    it), equal and hashing alike; a field with a default factory not given is made by it, as
    validation makes it. It needs no validator: a model that checking an article only builds
    this way is never built by pydantic in a check (see ``_BUILT_WITH_CLASS``).
    """
    layout = _LAYOUTS.get(cls)
    if layout is None:
        if any(f.default_factory_takes_validated_data for f in cls.model_fields.values()):
            raise TypeError(f"{cls.__name__} has a default factory of the data: validate it")
        if cls.__new__ is not _new:
            raise TypeError(f"{cls.__name__} defines __new__: build it validated")
        names = tuple(cls.model_fields)
        defaults = {
            name: _MISSING
            if f.is_required()
            else _MADE
            if f.default_factory is not None
            else f.get_default(call_default_factory=False)
            for name, f in cls.model_fields.items()
        }
        made: tuple[tuple[str, Any], ...] = tuple(
            (name, f.default_factory)
            for name, f in cls.model_fields.items()
            if f.default_factory is not None
        )
        every = _FIELDS_SETS.setdefault(frozenset(names), set(names))
        layout = _LAYOUTS[cls] = (names, defaults, every, made)
    m = _new(cls)
    if len(values) == len(layout[0]) and tuple(values) == layout[0]:
        fields, shared = values, layout[2]  # every field, in order: the common case
    else:
        # The defaults updated in C: the given values land in the fields' order, as a
        # comprehension over the fields would put them, in a fraction of the time.
        fields = layout[1].copy()
        fields.update(values)
        if len(fields) != len(layout[0]):
            unknown = sorted(set(values) - set(layout[0]))
            raise TypeError(f"{cls.__name__} has no field {', '.join(unknown)}")
        for name, factory in layout[3]:
            if fields[name] is _MADE:
                fields[name] = factory()
        given = frozenset(values)
        found = _FIELDS_SETS.get(given)
        shared = found if found is not None else _FIELDS_SETS.setdefault(given, set(given))
    _set(m, "__dict__", fields)
    _set(m, "__pydantic_fields_set__", shared)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


_set = object.__setattr__
# A model is made by object.__new__ (pydantic defines no __new__): called directly, it is not
# looked up on the class each time, a third of the cost of building a span.
_new = object.__new__


class Span(_Frozen):
    """Where something is in a document: 0-based character offsets, end exclusive."""

    model_config = _BUILT_WITH_CLASS

    start: Annotated[int, Ge(0)]
    end: Annotated[int, Ge(0)]


def span_of(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` for offsets known to be non-negative ints, unvalidated
    (see :func:`trusted`)."""
    m = _new(Span)
    _set(m, "__dict__", {"start": start, "end": end})
    _set(m, "__pydantic_fields_set__", _SPAN_FIELDS)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


_SPAN_FIELDS = _FIELDS_SETS.setdefault(frozenset({"start", "end"}), {"start", "end"})


class Unit(StrEnum):
    """What a figure counts or measures."""

    VOTES = "votes"
    PERCENT = "percent"
    """A percentage of something (a share, a turnout)."""
    POINTS = "points"
    """A difference between two percentages."""
    SEATS = "seats"
    PEOPLE = "people"
    """Electors, ballots, rejected papers: counts of people or papers."""
    RANK = "rank"
    """A finishing position: 1 is the winner."""
    TIMES = "times"
    """A multiple of an earlier level: "doubled" is 2 times, "quadrupled" 4."""


COUNT_UNITS = frozenset({Unit.VOTES, Unit.SEATS, Unit.PEOPLE, Unit.RANK})


SeatNamed = Literal[
    "in the phrase",
    "in the sentence",
    "one of several in the sentence",
    "in the clause",
    "by the words",
    "title",
    "layout",
    "carried",
    "story's only seat",
    "story's seat",
    "later in the story",
    "front matter",
    "record",
    "none",
]
"""Where the seat a reading is tied to was named, as :attr:`Grounds.seat_named` records it:

- ``"in the phrase"``: in the words read ("Labour held Cardiff North");
- ``"in the sentence"``: the sentence's one seat, or the seat of someone it names;
- ``"one of several in the sentence"``: the nearest or first of the seats the sentence names;
- ``"in the clause"``: named in the figure's clause, before it or right after it ("in …"),
  or the seat whose clause names the person;
- ``"by the words"``: named in or beside the words the reading turns on, by their own
  pattern ("named right after “lost”", "named before “won”", "listed after “including”",
  "named in the words that make them its member"), or paired with a person;
- ``"title"``: a person's title ("Torbay MP …") or a headline;
- ``"layout"``: a list's or card's heading, its line, a table's row;
- ``"carried"``: named before the sentence (on its line, in its paragraph or the one before,
  in a bullet before), or read in before through someone named with it;
- ``"story's only seat"``: the only seat the story has named so far;
- ``"story's seat"``: the seat the story is about, of the several it names;
- ``"later in the story"``: named only after the sentence;
- ``"front matter"``: the story's front matter;
- ``"record"``: the official record's seat for the person;
- ``"none"``: no seat (or only one the figure is compared with, or one of another clause).
"""


class Grounds(_Frozen):
    """How the reader attached a figure, and why.

    Four ties make a reading: ``what`` the figure measures (the cue: "votes" after it, a
    results-list cell, a share it is paired with), the ``subject`` it belongs to (a candidate
    named right before it, or the contest itself), the ``seat`` (named in its sentence, in
    front matter, or the story's only one) and the ``election`` (the story's, when its clause
    names no other time). Each field says in words how that tie was made. ``loose`` lists the
    ties made by nearness or assumption rather than an explicit cue: a finding on a figure with
    any loose tie is at most a warning and offers no fix, because the reading may be wrong.
    A figure from a results file has no grounds: the file's fields say what each figure is.
    """

    model_config = _BUILT_WITH_CLASS

    what: str
    subject: str
    seat: str
    seat_named: SeatNamed = Field(exclude=True)
    """Where the seat was named (:data:`SeatNamed`): what a rule asks of the seat tie, so that
    no rule reads ``seat``'s words, which are for people. Not serialised: the output keeps the
    words alone."""
    election: str
    loose: tuple[Literal["what", "subject", "seat", "election"], ...] = ()
    held_by: str | None = None
    """For an outcome read from a person beaten ("X defeated Y", "Y lost to X", "Y lost her
    seat"): Y. The words say the seat changed hands only if Y held it, so a rule judges no
    change of hands when the record's last winner is someone else (Y was a challenger, or
    the seat is another one: Y did not stand in it)."""

    @property
    def certain(self) -> bool:
        """Is every tie explicit?"""
        return not self.loose


class Figure(_Frozen):
    """A number as written in the source, with what it can truly stand for.

    ``text`` is the figure as written ("67.3pc", "39,558"); ``value`` is its face value;
    ``precision`` is the size of one unit in the last digit written (0.1 for "67.3", 1 for
    "39,558", 100000 for "1.2m"). A whole count written in full is exact; anything else stands
    for the interval of values that round to it.
    """

    model_config = _BUILT_WITH_CLASS

    text: str
    value: Decimal
    unit: Unit
    precision: Decimal = Decimal(1)
    exact: bool = False
    """True when the figure is the value itself (a whole count written in full), not a rounding."""
    hedge: str = "exact"
    """The hedge attached to the figure ("about", "nearly"...), or "exact"."""
    span: Span | None = None
    quoted: bool = False
    """True when the figure is inside a direct quotation: a claim someone made, kept as such."""
    grounds: Grounds | None = None
    """How the reader attached the figure (None for figures from a results file)."""

    def interval(self, rounding: Rounding = "half-up") -> Interval:
        """The exact set of true values this figure, as written, allows."""
        return _interval(self.value, self.precision, self.exact, rounding)

    @property
    def decimals(self) -> int:
        """How many decimal places were written (0 for whole numbers and coarser)."""
        exponent = self.precision.normalize().as_tuple().exponent
        assert isinstance(exponent, int)
        return max(0, -exponent)

    @classmethod
    def count(cls, value: int, unit: Unit = Unit.VOTES, *, span: Span | None = None) -> "Figure":
        """An exact whole count, as a results feed gives it."""
        return cls(text=f"{value:,}", value=Decimal(value), unit=unit, exact=True, span=span)

    @classmethod
    def percentage(
        cls, text: str, *, unit: Unit = Unit.PERCENT, span: Span | None = None
    ) -> "Figure":
        """A rounded percentage written as plain decimal text, e.g. ``"67.30"``."""
        value = Decimal(text)
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)
        return cls(
            text=text, value=value, unit=unit, precision=Decimal(1).scaleb(exponent), span=span
        )


@lru_cache(maxsize=65536)
def _interval(value: Decimal, precision: Decimal, exact: bool, rounding: Rounding) -> Interval:
    # Building Fractions dominates rule time on large result sets, and the same figure is
    # asked for its interval by several rules.
    if exact:
        return Interval.point(value)
    return Interval.rounded(value, precision, rounding)


class Provenance(StrEnum):
    """Where a result came from. A reference check compares two results of one type."""

    ARTICLE = "article"
    RESULTS_FILE = "results-file"
    REFERENCE = "reference"


class CandidateResult(_Frozen):
    """One candidate's result in one contest, as reported."""

    name: str
    """The candidate's name; empty when ``by_party`` (the story never names them)."""
    name_span: Span | None = None
    party: str | None = None
    party_span: Span | None = None
    votes: Figure | None = None
    share: Figure | None = None
    """Percentage of valid votes."""
    rank: Figure | None = None
    """A stated finishing position ("came second"): a claim to check, not a computed rank."""
    name_grounds: Grounds | None = None
    """How the reader tied a person named without a figure to the contest (``loose`` when
    only by nearness); None when the candidate was read with a figure or from a file."""
    mentions: tuple[Span, ...] = ()
    """Where the prose names the candidate again after ``name_span`` ("Ms Smith", "Smith",
    the full name repeated), so each written form can be checked."""
    by_party: bool = False
    """Known to the story only by ``party`` ("the Lib Dems' 6,402" in a story that never
    names their candidate): ``name`` is empty, and the official record is searched by party."""
    restated: tuple[Figure, ...] = ()
    """Votes, shares or placings the same sentence gives the candidate again with another
    value ("the Lib Dems fourth on 9% and the Lib Dems fifth on 7.5%"): at most one can be
    right, so each is checked against the record like the first; the arithmetic uses the first."""
    paired_apart: str | None = None
    """Set when ``votes`` and ``share`` stand in different sentences and the story gives the
    candidate another count or share besides (an earlier election's, say, whose dating was
    missed): which count goes with which share is then a guess. Says so in words ("“25,385”
    and “42.9%” stand in different sentences; another sentence gives Jane Smith “22,918”
    votes"); None when the two were read together, or there is nothing else to pair with."""

    @property
    def shown(self) -> str:
        """The candidate as a message names them: their name, or "the Labour candidate"."""
        if self.name or not self.party:
            return self.name
        return f"the {self.party} candidate"

    @property
    def first_given(self) -> int:
        """Where the text first gives the candidate, their name or a figure of theirs (a
        very large number when it gives neither a place)."""
        spans = [self.name_span, *self.mentions]
        spans += [f.span for f in (self.votes, self.share, self.rank) if f is not None]
        return min((sp.start for sp in spans if sp is not None), default=sys.maxsize)


class ContestResult(_Frozen):
    """One contest (a constituency, ward, state...) as reported: figures with their spans."""

    name: str | None = None
    name_span: Span | None = None
    election: str | None = None
    candidates: tuple[CandidateResult, ...] = ()
    complete: bool | None = None
    """True when every candidate who stood is listed; None when unknown."""
    valid_votes: Figure | None = None
    rejected: Figure | None = None
    electorate: Figure | None = None
    turnout: Figure | None = None
    """Turnout as a percentage of the electorate."""
    ballots: Figure | None = None
    """The votes cast as a text states them ("42,946 votes were cast", "Votes polled:
    51,087"): valid votes, or valid votes and rejected ballots together, since copy rarely
    says which."""
    majority: Figure | None = None
    """The winner's lead over the runner-up, in votes."""
    majority_share: Figure | None = None
    """The winner's lead over the runner-up, in percentage points of the valid vote."""
    restated: tuple[Figure, ...] = ()
    """The majority written again elsewhere in the story with the same value ("won by just
    20 votes", then "a majority of 20"): each place it is written is checked like the first."""
    provenance: Provenance = Provenance.ARTICLE
    data_path: str | None = None
    """Where in the source this contest was read from, e.g. ``$.contests[0]``."""
    dated: bool = False
    """True when the text itself dates these figures to ``election`` ("in 2017 she won by
    92 votes"): they are checked against that election whatever the run's election is."""

    @property
    def label(self) -> str:
        """A name for messages."""
        return self.name or "this contest"

    def pooled(self) -> tuple[CandidateResult, CandidateResult] | None:
        """Two people of one party read into this contest from prose, the one the text gives
        later second: a seat has one candidate of a party (not Independents or the Speaker,
        who may be several), so a candidate of another seat or of another election was read
        into its list ("Theo Clarke, Conservative - 29,992" under one seat's heading, "Jeremy
        Lefroy, Conservative - 28,424" under its 2017 result's). Two forms of one name ("Theo
        Clarke", "Theodora Clarke") are one person: a shared surname is not counted. None
        for a contest given as data (its figures read from no prose, so with no grounds)."""
        seen: dict[str, CandidateResult] = {}
        for cand in self.candidates:
            party = cand.party
            if not party or not cand.name or party.casefold().startswith(_MANY_A_SEAT):
                continue
            other = seen.setdefault(party, cand)
            if other is not cand and _surname(other.name) != _surname(cand.name):
                if not any(
                    f is not None and f.grounds is not None
                    for c in self.candidates
                    for f in (c.votes, c.share, c.rank)
                ):
                    return None
                return (other, cand) if other.first_given <= cand.first_given else (cand, other)
        return None


_MANY_A_SEAT = ("independent", "speaker")
"""Parties (folded, as their names begin) of which a seat may have several candidates."""


def _surname(name: str) -> str:
    # Imported here: the names' folding loads its tables, which a run with no such contest
    # (nearly every one) never needs.
    from factcheck.names import surname_key

    return surname_key(name)


CONTEST_FIGURES: tuple[str, ...] = (
    "valid_votes",
    "rejected",
    "electorate",
    "turnout",
    "ballots",
    "majority",
    "majority_share",
)
"""The fields of ``ContestResult`` that hold the contest's own figures (not its candidates')."""


class Quantity(StrEnum):
    """What a claim is about."""

    SHARE = "share"
    VOTES = "votes"
    TURNOUT = "turnout"
    MAJORITY = "majority"
    SEATS = "seats"
    RANK = "rank"


class Direction(StrEnum):
    """The direction a change is said to go. For ranks, "up" means a better position."""

    UP = "up"
    DOWN = "down"


class _ClaimBase(_Frozen):
    quantity: Quantity
    contest: str | None = None
    candidate: str | None = None
    party: str | None = None
    span: Span | None = None
    """The whole phrase the claim was read from."""
    quoted: bool = False


class ChangeClaim(_ClaimBase):
    """A stated change: "turnout up about five per cent to 67.68pc", "down from 15.2pc".

    ``amount`` is the size of the change as written: its unit is ``percent`` when the text says
    "per cent" and ``points`` when it says "points", whatever the writer meant.
    """

    model_config = _BUILT_WITH_CLASS

    kind: Literal["change"] = "change"
    direction: Direction | None = None
    direction_text: str | None = None
    direction_span: Span | None = None
    amount: Figure | None = None
    previous: Figure | None = None
    current: Figure | None = None
    since: str | None = None
    """The earlier election the change is measured from, as written ("2015")."""


class BoundClaim(_ClaimBase):
    """A hedged or fractional description of a figure: "less than a third of the share".

    ``bound`` carries the hedge and the landmark ("less than" 1/3); ``exact`` is the precise
    figure the same words give for it, when they do ("at 20.1pc").
    """

    model_config = _BUILT_WITH_CLASS

    kind: Literal["bound"] = "bound"
    bound: Figure
    exact: Figure | None = None


class SeatClaim(_ClaimBase):
    """A seat tally: "Labour won 29", "the Conservatives lost 12"."""

    model_config = _BUILT_WITH_CLASS

    kind: Literal["seats"] = "seats"
    verb: Literal["won", "gained", "lost", "held", "net"]
    seats: Figure


class OutcomeClaim(_ClaimBase):
    """A declared outcome: "Labour hold", "Conservative gain from Labour".

    ``party`` is the winner's party; a hold says it won at the previous election too, a gain
    that it did not (and, when ``from_party`` is named, that ``from_party`` did). ``quantity``
    is always ``rank``: the claim is about who finished first, now and before.
    """

    model_config = _BUILT_WITH_CLASS

    kind: Literal["outcome"] = "outcome"
    quantity: Quantity = Quantity.RANK
    verb: Literal["hold", "gain"]
    from_party: str | None = None
    """The party the seat was gained from, when the words name it."""
    back: bool = False
    """The words say the seat was won back ("re-capturing", "regained", "won back"): it may
    have changed hands at a by-election, which the record of general elections lacks."""
    grounds: Grounds | None = None
    """How the reader tied the outcome to its seat (``seat``) and party (``subject``), and
    whether the words state a hold or gain outright (``what``: "Labour hold") or imply it
    ("re-elected"). A rule judges a loosely tied outcome at most as a warning, or not at all."""


Claim = Annotated[ChangeClaim | BoundClaim | SeatClaim | OutcomeClaim, Field(discriminator="kind")]


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Suppression(_Frozen):
    """A suppression written in an article: the rules it silences, where, and why.

    Written as ``<!-- factcheck-ignore WRD102: reason -->`` (the next paragraph),
    ``<!-- factcheck off: reason -->`` ... ``<!-- factcheck on -->`` (a stretch of text), or
    ``factcheck-ignore: "WRD102: reason"`` in front matter (the whole file). See
    docs/suppressions.md.
    """

    kind: Literal["ignore", "off", "front-matter"]
    rules: tuple[str, ...] = ()
    """Rule codes, prefixes or names, as written; empty means every rule."""
    reason: str | None = None
    span: Span
    """Where the suppression is written: the comment, or the front-matter line."""
    region: Span
    """What it silences: findings whose primary span starts inside (for front matter, every
    finding in the file, located or not)."""
    problem: str | None = None
    """Why it cannot be used (no reason, an unknown rule...); such a suppression silences
    nothing and is reported by ``invalid-suppression``."""


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts."""
    # "\r\n", "\n" and a lone "\r" each end a line, as editors count them.
    return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]


class Excerpt(_Frozen):
    """Whole lines of a document's text, kept for a report after the rest was let go."""

    start: int
    """Character offset of the first character in the whole text; it begins a line."""
    line: int
    """1-based number of the first line."""
    text: str

    @cached_property
    def _line_starts(self) -> list[int]:
        return line_starts(self.text)

    def line_text(self, line: int) -> str | None:
        """The text of a 1-based line of the whole document, if this excerpt holds it."""
        starts = self._line_starts
        k = line - self.line
        if not 0 <= k < len(starts) or (k == len(starts) - 1 and starts[k] == len(self.text)):
            return None
        end = starts[k + 1] if k + 1 < len(starts) else len(self.text)
        return self.text[starts[k] : end].rstrip("\r\n")


class Document(_Frozen):
    """A decoded source file: its text, and how to turn offsets into lines and columns.

    A report may hold a large document as ``excerpts`` only (``text`` empty): the lines its
    findings point at, with room around them, so a run over many large files does not keep
    every text to the end. ``line_text`` and ``piece`` read either form.
    """

    path: str
    text: str
    media_type: str = "text/plain"
    metadata: dict[str, JsonValue] = Field(default_factory=dict)
    suppressions: tuple[Suppression, ...] = ()
    """The suppressions written in the document, in order (read with its text)."""
    excerpts: tuple[Excerpt, ...] = ()
    """Set only when the text was let go: the pieces a report still shows, in order."""

    @cached_property
    def _line_starts(self) -> list[int]:
        return line_starts(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline ("" when it was let go)."""
        if self.excerpts:
            for piece in self.excerpts:
                found = piece.line_text(line)
                if found is not None:
                    return found
            return ""
        starts = self._line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def piece(self, offset: int) -> tuple[int, str]:
        """The kept text that holds a character offset, and the offset it starts at: the
        whole text, or the excerpt around the offset ((offset, "") when none holds it)."""
        for piece in self.excerpts:
            if piece.start <= offset <= piece.start + len(piece.text):
                return piece.start, piece.text
        return (0, self.text) if not self.excerpts else (offset, "")

    def excerpted(self, places: Iterable[tuple[int, int]], margin: int = 2000) -> "Document":
        """This document holding only whole lines around ``places`` (character ranges),
        ``margin`` characters either side at least, and no text besides."""
        starts = self._line_starts
        size = len(self.text)
        spans: list[list[int]] = []
        for lo, hi in sorted(places):
            first = bisect.bisect_right(starts, max(0, lo - margin)) - 1
            last = bisect.bisect_right(starts, min(size, max(lo, hi) + margin)) - 1
            if spans and first <= spans[-1][1] + 1:
                spans[-1][1] = max(spans[-1][1], last)
            else:
                spans.append([first, last])
        ends = [*starts[1:], size]
        pieces = tuple(
            Excerpt(start=starts[first], line=first + 1, text=self.text[starts[first] : ends[last]])
            for first, last in spans
        )
        return self.model_copy(update={"text": "", "excerpts": pieces})


class Article(_Frozen):
    """A document, the results read from it, and the claims its prose makes."""

    document: Document
    contests: tuple[ContestResult, ...] = ()
    claims: tuple[Claim, ...] = ()

    @property
    def seats_named(self) -> frozenset[str]:
        """The seats whose results the story reports: its contests' names, leaving out
        contests the text dates to another election ("in 2017 she won by 92 votes"), which
        are history, not results. Two or more make a story "about several seats", where a
        figure's or a candidate's seat is itself a reading that can go wrong."""
        return frozenset(c.name for c in self.contests if c.name is not None and not c.dated)

    def read_figures(self) -> dict[Span, Figure]:
        """The figures the prose reader attached, by span, each with its grounds, in the
        order they stand in the text; a level read once and shared by two claims is one."""
        found: dict[Span, Figure] = {}
        figures: list[object] = []
        for contest in self.contests:
            figures += [contest.turnout, contest.ballots, contest.majority, contest.majority_share]
            figures += contest.restated
            figures.append(contest.electorate)
            for c in contest.candidates:
                figures += [c.votes, c.share, c.rank, *c.restated]
        for claim in self.claims:
            figures += [getattr(claim, key) for key in _claim_figures(type(claim))]
        for fig in figures:
            if isinstance(fig, Figure) and fig.span is not None and fig.grounds is not None:
                found.setdefault(fig.span, fig)
        return dict(sorted(found.items(), key=lambda item: (item[0].start, item[0].end)))


_CLAIM_FIGURES = ("amount", "previous", "current", "bound", "exact", "seats")
_FIGURE_FIELDS: dict[type, tuple[str, ...]] = {}


def _claim_figures(cls: type[BaseModel]) -> tuple[str, ...]:
    """Which of :data:`_CLAIM_FIGURES` a kind of claim has: a missing attribute asked of a
    pydantic model goes through its ``__getattr__`` and an exception, most of the time of
    gathering an article's figures."""
    keys = _FIGURE_FIELDS.get(cls)
    if keys is None:
        keys = _FIGURE_FIELDS[cls] = tuple(k for k in _CLAIM_FIGURES if k in cls.model_fields)
    return keys


class CheckedArticle(_Frozen):
    """An article as it was checked: what was read from it, and the official result of each
    of its contests (None where the record has none), for reporters that draw what an
    article says beside the record (the HTML report)."""

    article: Article
    election: str | None = None
    """The election the article was checked against, if any."""
    official: tuple[ContestResult | None, ...] = ()
    """One per ``article.contests``, in order."""


class Severity(StrEnum):
    """How serious a finding is. ``error`` blocks publication; ``info`` never fails a check."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def level(self) -> int:
        """Ordering: info < warning < error."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Confidence(StrEnum):
    """How sure the rule is that the finding is right, and that it blames the right figure."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Consequence(StrEnum):
    """What the error would change if it were believed: editors triage by it."""

    WINNER = "winner"
    RANKING = "ranking"
    DIRECTION = "direction"


class Location(_Frozen):
    """A place in a file, with both offsets and 1-based line and column."""

    path: str | None = None
    start: int | None = None
    end: int | None = None
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None


class RelatedLocation(Location):
    """Another place that bears on a finding, with what it shows."""

    model_config = _BUILT_WITH_CLASS

    message: str = ""


class Finding(Location):
    """One problem found by one rule, with its evidence and a suggested fix.

    Offsets and line/column point at the primary span (the figure judged out of line).
    ``evidence`` holds the numbers used, so reporters never re-run a rule.
    """

    model_config = _BUILT_WITH_CLASS

    rule: str
    name: str
    severity: Severity
    message: str
    text: str | None = None
    """The text of the primary span, as written."""
    contest: str | None = None
    evidence: dict[str, JsonValue] = Field(default_factory=dict)
    arithmetic: tuple[str, ...] = ()
    """The working, one step a line, as a person would check it."""
    fix: str | None = None
    replacement: str | None = None
    """The literal text to put in place of the primary span, when the fix is one.

    Machine reporters turn it into a one-click suggestion; ``fix`` stays the sentence for people.
    """
    consequences: tuple[Consequence, ...] = ()
    confidence: Confidence = Confidence.HIGH
    related: tuple[RelatedLocation, ...] = ()
    url: str | None = None


class SuppressedFinding(_Frozen):
    """A finding silenced in the source by a suppression comment, with the reason given there."""

    finding: Finding
    justification: str


class NotChecked(_Frozen):
    """A rule that could not run on a contest for lack of data: neither a pass nor a guess."""

    model_config = _BUILT_WITH_CLASS

    rule: str
    name: str
    path: str | None = None
    contest: str | None = None
    reason: str
    severity: Literal["info"] = "info"


class InputError(_Frozen):
    """A file that could not be read or understood. Nothing in it was checked."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None


class Report(_Frozen):
    """Everything one check run found."""

    findings: tuple[Finding, ...] = ()
    not_checked: tuple[NotChecked, ...] = ()
    errors: tuple[InputError, ...] = ()
    suppressed: tuple[SuppressedFinding, ...] = ()
    """Findings silenced in the source; left out of ``findings`` and of every count."""
    documents: tuple[Document, ...] = Field(default=(), exclude=True, repr=False)
    """The documents checked, kept so reporters can show source lines; not serialised."""
    articles: tuple[CheckedArticle, ...] = Field(default=(), exclude=True, repr=False)
    """The articles checked, with what was read from them; kept only when asked
    (``check(keep_articles=True)``), as the HTML report needs; not serialised."""

    def failed(self, fail_on: Severity = Severity.WARNING) -> bool:
        """True when some finding is at or above ``fail_on``.

        Info findings never fail a check, whatever ``fail_on`` says: they are notes.
        """
        threshold = max(fail_on.level, Severity.WARNING.level)
        return any(f.severity.level >= threshold for f in self.findings)

    def document(self, path: str | None) -> Document | None:
        """The checked document with this path, if it was kept."""
        # Reporters ask once per finding and per related place: a scan each time would make
        # writing a large run's report quadratic. The index remembers the tuple it was built
        # from, so a copy with other documents (model_copy) never reads a stale one.
        built = self.__dict__.get("_documents_by_path")
        if built is None or built[0] is not self.documents:
            index: dict[str, Document] = {}
            for doc in self.documents:
                index.setdefault(doc.path, doc)
            built = (self.documents, index)
            self.__dict__["_documents_by_path"] = built
        return None if path is None else built[1].get(path)

    def counts(self) -> dict[str, int]:
        """Number of findings per rule name."""
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.name] = out.get(f.name, 0) + 1
        return out


def json_safe(value: Any) -> JsonValue:
    """Convert numbers used in evidence to JSON: exact values become decimal strings."""
    from factcheck.intervals import Interval

    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Fraction):
        return exact_decimal(value)
    if isinstance(value, Interval):
        left = "[" if value.lo_closed else "("
        right = "]" if value.hi_closed else ")"
        lo = "-inf" if value.lo is None else exact_decimal(value.lo)
        hi = "inf" if value.hi is None else exact_decimal(value.hi)
        return f"{left}{lo}, {hi}{right}"
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return str(value)


def exact_decimal(x: Fraction, max_places: int = 10) -> str:
    """A fraction as a plain decimal string: exact when it terminates, else to ``max_places``."""
    from factcheck.intervals import to_decimal

    d = x.denominator
    places = 0
    while d % 10 == 0 or d % 2 == 0 or d % 5 == 0:
        if d % 10 == 0:
            d //= 10
        elif d % 2 == 0:
            d //= 2
        else:
            d //= 5
        places += 1
    text = str(to_decimal(x, min(places, max_places) if d == 1 else max_places))
    return text.rstrip("0").rstrip(".") if "." in text else text


# Hypothesis was imported first and its entry point found no models to register: do it now
# (see factcheck._hypothesis_hook).
if "hypothesis" in sys.modules:
    from factcheck._hypothesis_hook import register as _register_strategies

    _register_strategies()
