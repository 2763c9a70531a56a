"""The official UK general-election results shipped with factcheck (2015, 2017, 2019, 2024).

``factcheck/data/uk-ge-results.jsonl.gz`` holds every constituency of the four elections in
one normalised form (see ``scripts/build_reference.py``, which regenerates it from the House
of Commons Library's and Electoral Commission's CSVs). Shares are not stored but computed
exactly from the votes.

Contains Parliamentary information licensed under the Open Parliament Licence v3.0.
Electoral Commission data is used under the Open Government Licence v3.0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from factcheck import compiled_re as re
from factcheck.intervals import percent, to_decimal
from factcheck.models import CandidateResult, ContestResult, Figure, Provenance, Unit
from factcheck.reference.matching import ConstituencyNames

__all__ = [
    "ATTRIBUTION",
    "DATA_FILE",
    "SHARE_DECIMALS",
    "BundledResults",
    "ElectionInfo",
    "OfficialRecord",
    "bundled_elections",
    "bundled_results",
]

T = TypeVar("T")

DATA_FILE = "uk-ge-results.jsonl.gz"
SHARE_DECIMALS = 4
"""Places kept in shares computed from votes (as percentages: 71.8250)."""

ATTRIBUTION = (
    "Contains Parliamentary information licensed under the Open Parliament Licence v3.0. "
    "2015 candidate results: Electoral Commission, Open Government Licence v3.0."
)

_DATASETS = {
    "uk-ge-2015": "Electoral Commission GE2015 results by candidate, with electorate from the "
    "House of Commons Library 1918-2017 constituency results (CBP-8647)",
    "uk-ge-2017": "House of Commons Library GE2017 results (CBP-7979)",
    "uk-ge-2019": "House of Commons Library GE2019 results (CBP-8749)",
    "uk-ge-2024": "House of Commons Library GE2024 results",
}


@dataclass(frozen=True, slots=True)
class OfficialRecord:
    """One contest as the bundled data holds it, with what a ContestResult has no field for."""

    election: str
    code: str
    name: str
    electorate: int
    valid_votes: int
    rejected: int | None
    """Rejected ballots; None where the source does not give them (2015)."""
    majority: int
    result: str | None
    """The declared result, e.g. "Lab hold", "Con gain from Lab"; None for 2015."""
    source: str
    """The file (and line) the constituency figures came from."""
    candidates: tuple[tuple[str, str, str, str, int], ...]
    """(first name, surname, party, party abbreviation, votes), most votes first."""

    def contest(self) -> ContestResult:
        """The record as a :class:`ContestResult`: exact counts, shares computed from votes."""
        valid = self.valid_votes
        cands = tuple(
            CandidateResult(
                name=" ".join(p for p in (first, surname) if p),
                party=party,
                votes=Figure.count(votes),
                share=Figure.percentage(str(to_decimal(percent(votes, valid), SHARE_DECIMALS)))
                if valid
                else None,
            )
            for first, surname, party, _abbr, votes in self.candidates
        )
        return ContestResult(
            name=self.name,
            election=self.election,
            candidates=cands,
            complete=True,
            valid_votes=Figure.count(valid),
            rejected=None if self.rejected is None else Figure.count(self.rejected, Unit.PEOPLE),
            electorate=Figure.count(self.electorate, Unit.PEOPLE),
            turnout=Figure.percentage(str(to_decimal(percent(valid, self.electorate), 2)))
            if self.electorate
            else None,
            majority=Figure.count(self.majority),
            provenance=Provenance.REFERENCE,
            data_path=self.source,
        )


@dataclass(frozen=True, slots=True)
class ElectionInfo:
    """A bundled election: its label, dataset and size."""

    election: str
    dataset: str
    contests: int
    candidates: int


def _record(raw: dict[str, Any]) -> OfficialRecord:
    return OfficialRecord(
        election=raw["election"],
        code=raw["code"],
        name=raw["name"],
        electorate=int(raw["electorate"]),
        valid_votes=int(raw["valid_votes"]),
        rejected=None if raw["rejected"] is None else int(raw["rejected"]),
        majority=int(raw["majority"]),
        result=raw["result"],
        source=raw["source"],
        candidates=tuple(
            (str(f), str(s), str(p), str(a), int(v)) for f, s, p, a, v in raw["candidates"]
        ),
    )


# Each line opens with its election label, so lines can be sorted by election unparsed.
_ELECTION = re.compile(r'\{"election":\s*"([^"]+)"')


@cache
def _lines() -> dict[str, list[str]]:
    """The data file's lines by election, not yet parsed (read once per process)."""
    import gzip  # only a check against the record reads it
    import json  # a check without an election reads no record

    from factcheck.package_data import package_root

    data = package_root().joinpath("data", DATA_FILE).read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    out: dict[str, list[str]] = {}
    for line in lines[1:]:  # the first line is the header: format and attribution
        m = _ELECTION.match(line)
        out.setdefault(m.group(1) if m else json.loads(line)["election"], []).append(line)
    return out


def _by_name() -> dict[str, dict[str, str]]:
    """The data file's lines by election, then by the official name each is the record of."""
    import json

    return {
        election: {json.loads(line)["name"]: line for line in lines}
        for election, lines in _lines().items()
    }


@cache
def _stored() -> dict[str, dict[str, str]]:
    """:func:`_by_name`, kept beside the bytecode while the data file and this module are
    unchanged (:mod:`factcheck.stored_tables`): decompressing the file was a fifth of what
    ``--election`` added to a cold check. Lines, not parsed records: a check parses the few
    records it looks up (:func:`_record_of`), and reading back 2,600 records' fields cost
    ten times what reading their lines does."""
    from factcheck import stored_tables
    from factcheck.package_data import package_root

    sources = [str(package_root().joinpath("data", DATA_FILE)), __file__]
    return stored_tables.stored(
        "official-records", DATA_FILE, sources, build=_by_name, dump=_same, load=_same
    )


def _same(tables: T) -> T:
    return tables


@cache
def _record_of(election: str, name: str) -> OfficialRecord:
    import json

    return _record(json.loads(_stored()[election][name]))


def _election(election: str) -> dict[str, OfficialRecord]:
    """One election's records by official name (each parsed once per process)."""
    return {name: _record_of(election, name) for name in _stored().get(election, ())}


def _records() -> dict[str, dict[str, OfficialRecord]]:
    """Every bundled record, by election then by official name."""
    return {e: _election(e) for e in _stored()}


def bundled_elections() -> list[ElectionInfo]:
    """The elections the package ships, oldest first."""
    return [
        ElectionInfo(
            election=e,
            dataset=_DATASETS.get(e, e),
            contests=len(recs),
            candidates=sum(len(r.candidates) for r in recs.values()),
        )
        for e, recs in sorted(_records().items())
    ]


class BundledResults:
    """The bundled official results, as a :class:`~factcheck.reference.ResultsSource`."""

    name = "House of Commons Library / Electoral Commission UK general election results"

    def elections(self) -> list[str]:
        """The election labels held, oldest first ("uk-ge-2015" ...)."""
        return sorted(_stored())

    def dataset(self, election: str) -> str:
        """The publication an election's figures come from, for citing."""
        return _DATASETS.get(election, self.name)

    def record(self, name: str, election: str) -> OfficialRecord | None:
        """The bundled record of the contest with this name (any common spelling), or None."""
        if election not in _stored():
            return None
        official = _names(election).match(name)
        return _record_of(election, official) if official is not None else None

    def surname_index(self, election: str) -> Mapping[str, frozenset[str]]:
        """Each candidate's surname (:func:`~factcheck.names.surname_key`) at ``election``,
        to the official names of the contests they stood in: what
        :func:`~factcheck.reference.placing.place_by_candidates` looks people up in."""
        return _surname_index(election)

    def contest(self, name: str, election: str) -> ContestResult | None:
        """The official result of the contest with this name, or None."""
        rec = self.record(name, election)
        return _contest(rec) if rec is not None else None

    def previous(self, election: str) -> str | None:
        """The election before ``election`` among those bundled, or None."""
        held = self.elections()
        if election not in held:
            return None
        i = held.index(election)
        return held[i - 1] if i > 0 else None


@cache
def _names(election: str) -> ConstituencyNames:
    """An election's official names, keyed once per process for every lookup (and kept
    between runs with the records, as the reader keeps its seats' spellings)."""
    from factcheck import names, stored_tables
    from factcheck.package_data import package_root
    from factcheck.reference import matching

    data = str(package_root().joinpath("data", DATA_FILE))
    sources = [data, __file__, names.__file__, matching.__file__]
    return stored_tables.stored(
        f"official-names.{election}",
        election,
        sources,
        build=lambda: ConstituencyNames(_stored().get(election, ())),
        dump=ConstituencyNames.tables,
        load=ConstituencyNames.from_tables,
    )


@cache
def _surname_index(election: str) -> Mapping[str, frozenset[str]]:
    import json

    from factcheck.names import surname_key

    index: dict[str, set[str]] = {}
    for name, line in _stored().get(election, {}).items():
        for first, surname, *_ in json.loads(line)["candidates"]:
            index.setdefault(surname_key(f"{first} {surname}"), set()).add(name)
    return {k: frozenset(v) for k, v in index.items()}


@cache
def _contest(rec: OfficialRecord) -> ContestResult:
    return rec.contest()


@cache
def bundled_results() -> BundledResults:
    """The one bundled source (its data is read on first use)."""
    return BundledResults()
