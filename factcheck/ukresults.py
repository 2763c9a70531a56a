"""Read the House of Commons Library's UK general-election result CSVs into :class:`ContestResult`.

The Commons Library publishes each general election as two CSV files: one row per candidate
(votes, and the share as a fraction of the valid vote, e.g. ``0.672595``) and one row per
constituency (electorate, valid votes, invalid votes, majority). The 2017, 2019 and 2024
releases name their columns differently ("Constituency name", "constituency_name",
"Candidate first name", "firstname"...); :func:`read_hoc_results` finds the columns by name,
whatever their case, spacing or byte-order mark, so one function reads all three.

Every figure is built exactly, never through floats: vote counts are exact, shares are kept as
percentages to four decimal places (``0.672595`` becomes ``67.2595``), and turnout is valid
votes over electorate rounded half-up to two places, as the Commons Library computes it.

Data from the House of Commons Library is licensed under the Open Parliament Licence v3.0:
"Contains Parliamentary information licensed under the Open Parliament Licence v3.0".
"""

from __future__ import annotations

import csv
import decimal
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from factcheck.intervals import percent, to_decimal
from factcheck.models import CandidateResult, ContestResult, Figure, Provenance, Unit

__all__ = [
    "SHARE_DECIMALS",
    "TURNOUT_DECIMALS",
    "HocFormatError",
    "hoc_paths",
    "read_hoc_results",
    "read_hoc_year",
    "share_percentage",
]

SHARE_DECIMALS = 4
"""Decimal places kept in candidates' shares, as percentages (67.2595).

The 2017 and 2024 files give fractions to six places, so four places of a percentage keep all
of them; the 2019 file gives float reprs with sixteen digits, which four places round off.
"""

TURNOUT_DECIMALS = 2
"""Decimal places of turnout (valid votes / electorate), as the Commons Library prints it."""

# Normalised header -> field. Normalising (lower case, spaces to underscores, BOM and padding
# stripped) already reconciles "Constituency name" with "constituency_name"; the aliases cover
# the names that differ in words, not just in spelling.
_CANDIDATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("ons_id",),
    "constituency": ("constituency_name",),
    "first_name": ("candidate_first_name", "firstname", "first_name"),
    "surname": ("candidate_surname", "surname"),
    "party": ("party_name",),
    "votes": ("votes",),
    "share": ("share",),
}
_CONSTITUENCY_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("ons_id", "id"),
    "constituency": ("constituency_name",),
    "electorate": ("electorate",),
    "valid_votes": ("valid_votes",),
    "invalid_votes": ("invalid_votes",),
    "majority": ("majority",),
}


class HocFormatError(ValueError):
    """A Commons Library results file that cannot be read: a missing column, a bad number,
    or candidate and constituency files that do not describe the same seats."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class _Row:
    """One data row, with its fields looked up by the logical names above."""

    path: Path
    line: int
    fields: Mapping[str, str]

    def text(self, field: str) -> str:
        return self.fields[field].strip()

    def count(self, field: str) -> int:
        raw = self.text(field)
        try:
            value = int(raw.replace(",", ""))
        except ValueError:
            raise HocFormatError(
                self.path, f"{field} {raw!r} is not a whole number", self.line
            ) from None
        if value < 0:
            raise HocFormatError(self.path, f"{field} {raw!r} is negative", self.line)
        return value


def _normalise(header: str) -> str:
    return "_".join(header.replace("\ufeff", "").strip().lower().replace("-", " ").split())


def _rows(path: Path, columns: Mapping[str, Sequence[str]]) -> Iterator[_Row]:
    """The rows of a CSV file, keyed by logical field name."""
    # utf-8-sig drops a byte-order mark if there is one; _normalise also strips a stray one.
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            raise HocFormatError(path, "the file is empty") from None
        index: dict[str, int] = {}
        for i, h in enumerate(header):
            index.setdefault(_normalise(h), i)
        where: dict[str, int] = {}
        for field, aliases in columns.items():
            found = next((index[a] for a in aliases if a in index), None)
            if found is None:
                raise HocFormatError(
                    path, f"no column for {field} (looked for: {', '.join(aliases)})", 1
                )
            where[field] = found
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            line = reader.line_num
            if len(row) < len(header):
                raise HocFormatError(
                    path, f"{len(row)} fields where the header has {len(header)}", line
                )
            yield _Row(path, line, {field: row[i] for field, i in where.items()})


def share_percentage(fraction: str, decimals: int = SHARE_DECIMALS) -> str:
    """A share written as a fraction ("0.672595") as a percentage rounded half-up ("67.2595").

    The rounding is done on the exact decimal value of the text, never through a float:
    ``"0.5382619153110956"`` gives ``"53.8262"``. Trailing zeros are kept, so the result
    always shows ``decimals`` places and :meth:`Figure.percentage` reads the right precision.
    """
    with decimal.localcontext() as ctx:
        # Enough digits that multiplying by 100 and rounding are exact for any CSV text.
        ctx.prec = 100
        try:
            value = Decimal(fraction.strip())
        except decimal.InvalidOperation:
            raise ValueError(f"share {fraction!r} is not a number") from None
        if not value.is_finite():
            raise ValueError(f"share {fraction!r} is not a number")
        quantum = Decimal(1).scaleb(-decimals)
        return str((value * 100).quantize(quantum, rounding=decimal.ROUND_HALF_UP))


def _candidate(row: _Row, share_decimals: int) -> tuple[int, CandidateResult]:
    """The candidate on ``row``, with their vote count as an int for ordering."""
    votes = row.count("votes")
    name = " ".join(p for p in (row.text("first_name"), row.text("surname")) if p)
    share_text = row.text("share")
    try:
        share = (
            Figure.percentage(share_percentage(share_text, share_decimals)) if share_text else None
        )
    except ValueError as exc:
        raise HocFormatError(row.path, str(exc), row.line) from None
    return votes, CandidateResult(
        name=name, party=row.text("party") or None, votes=Figure.count(votes), share=share
    )


def read_hoc_results(
    candidates_csv: Path,
    constituencies_csv: Path,
    *,
    election: str,
    share_decimals: int = SHARE_DECIMALS,
) -> list[ContestResult]:
    """Read one general election from the Commons Library's two result files.

    Returns one :class:`ContestResult` per row of ``constituencies_csv``, in that file's
    order, with ``provenance=REFERENCE`` and ``complete=True``. Candidates come from
    ``candidates_csv`` in finishing order (most votes first) with exact vote counts and
    shares as percentages rounded half-up from the published fraction to ``share_decimals``
    places (see :func:`share_percentage`); valid votes, rejected (invalid) ballots, electorate
    and majority come from ``constituencies_csv``; turnout is valid votes over electorate,
    rounded half-up to two places.

    The files are joined on the ONS constituency code, not on the name: the two files spell
    names differently (2017's constituency file writes "Ashton-Under-Lyne" and "Ynys Mon",
    its candidate file "Ashton-under-Lyne" and "Ynys Môn"; one row of 2024's candidate file
    has "YeoYeovil"). Names are taken from ``constituencies_csv``. The figures are taken as
    published: where the files disagree (2019 Meon Valley, whose candidate file has different
    Labour and Green votes), the contest carries both versions and checking it reports the
    disagreement, as it would a seat joined to the wrong code.

    Raises :class:`HocFormatError` when a column is missing, a number cannot be read, or the
    files do not list the same constituencies.
    """
    if share_decimals < 0:
        raise ValueError(f"share_decimals must be 0 or more, not {share_decimals}")
    seats: dict[str, _Row] = {}
    for row in _rows(constituencies_csv, _CONSTITUENCY_COLUMNS):
        code = row.text("code")
        if code in seats:
            raise HocFormatError(constituencies_csv, f"constituency {code} appears twice", row.line)
        seats[code] = row

    standing: dict[str, list[tuple[int, CandidateResult]]] = {code: [] for code in seats}
    for row in _rows(candidates_csv, _CANDIDATE_COLUMNS):
        code = row.text("code")
        seat = seats.get(code)
        if seat is None:
            raise HocFormatError(
                candidates_csv,
                f"constituency {code} ({row.text('constituency')}) is not in "
                f"{constituencies_csv.name}",
                row.line,
            )
        standing[code].append(_candidate(row, share_decimals))

    contests = []
    for code, seat in seats.items():
        candidates = standing[code]
        if not candidates:
            raise HocFormatError(
                candidates_csv, f"no candidates for {code} ({seat.text('constituency')})"
            )
        valid = seat.count("valid_votes")
        electorate = seat.count("electorate")
        turnout = (
            Figure.percentage(str(to_decimal(percent(valid, electorate), TURNOUT_DECIMALS)))
            if electorate
            else None
        )
        # sorted() is stable, so candidates with equal votes keep the file's order.
        ordered = tuple(c for _, c in sorted(candidates, key=lambda vc: -vc[0]))
        contests.append(
            ContestResult(
                name=seat.text("constituency"),
                election=election,
                candidates=ordered,
                complete=True,
                valid_votes=Figure.count(valid),
                rejected=Figure.count(seat.count("invalid_votes"), Unit.PEOPLE),
                electorate=Figure.count(electorate, Unit.PEOPLE),
                turnout=turnout,
                majority=Figure.count(seat.count("majority")),
                provenance=Provenance.REFERENCE,
                data_path=f"{constituencies_csv.name}:{seat.line}",
            )
        )
    return contests


def hoc_paths(directory: Path, year: int) -> tuple[Path, Path]:
    """The candidate and constituency files for ``year`` in ``directory``.

    The names are those the files are kept under in the project's shared data folder
    (``data/uk-results/hoc-ge2017-results-by-candidate.csv`` and
    ``...-by-constituency.csv``), not the Commons Library's download names.
    """
    return (
        directory / f"hoc-ge{year}-results-by-candidate.csv",
        directory / f"hoc-ge{year}-results-by-constituency.csv",
    )


def read_hoc_year(directory: Path, year: int) -> list[ContestResult]:
    """Read ``year``'s general election from ``directory`` (see :func:`hoc_paths`).

    The contests are labelled ``election="uk-ge-<year>"``.
    """
    candidates_csv, constituencies_csv = hoc_paths(directory, year)
    return read_hoc_results(candidates_csv, constituencies_csv, election=f"uk-ge-{year}")
