"""Regenerate factcheck/data/uk-ge-results.jsonl.gz, the bundled official UK results.

Usage: python scripts/build_reference.py [SHARED_DATA_DIR]

Reads the UK general elections of 2015, 2017, 2019 and 2024 from the result CSVs in
``SHARED_DATA_DIR/uk-results`` (default ``../shared/data``, see its README.md) and writes one
compact, normalised file: gzip'd JSON lines, a header line with the licences, then one line
per contest::

    {"election": "uk-ge-2017", "code": "E14000555", "name": "Bethnal Green and Bow",
     "electorate": 86075, "valid_votes": 59825, "rejected": 81, "majority": 35393,
     "result": "Lab hold", "source": "hoc-ge2017-results-by-constituency.csv:52",
     "candidates": [["Rushanara", "Ali", "Labour", "Lab", 42969], ...]}

Candidates are in finishing order (most votes first). Shares are not stored: the package
computes them exactly from the votes (the 2024 file's shares are double-rounded for five
seats, the 2015 file's printed shares are off by 0.1 in 189 rows).

The files differ in layout:

* 2017, 2019, 2024 (House of Commons Library): a candidate file and a constituency file,
  joined on the ONS code. Headers differ in case and spacing; shares are fractions.
* 2015: the Electoral Commission's candidate file (trailing spaces in some headers and
  forenames, a trailer row holding only the UK valid-vote total) gives candidates and votes;
  the Commons Library's 1918-2017 constituency file (UTF-8 with BOM, upper-case names, codes
  shifted against names for 12 seats in 2015) gives electorate and valid votes, joined on the
  normalised name. 2015 has no rejected-ballot counts or "hold"/"gain" results in these files,
  and its majority is first minus second.

Known source errors are kept as published (2019 Meon Valley's two files disagree; 2015
Croydon South's Labour vote is 14,308 in the Commons Library file and 14,038 in the
Electoral Commission's): ``tests/test_reference_data.py`` lists them.

Contains Parliamentary information licensed under the Open Parliament Licence v3.0.
Electoral Commission data: Open Government Licence v3.0.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FORMAT = "factcheck-uk-results/1"
OUTPUT = Path(__file__).resolve().parent.parent / "factcheck" / "data" / "uk-ge-results.jsonl.gz"


def _header(h: str) -> str:
    return "_".join(h.replace("\ufeff", "").strip().lower().replace("-", " ").split())


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows keyed by normalised header ("Constituency name" -> "constituency_name")."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = [_header(h) for h in next(reader)]
        for row in reader:
            if not any(c.strip() for c in row):
                continue
            yield reader.line_num, {h: v.strip() for h, v in zip(header, row, strict=False) if h}


def _pick(row: dict[str, str], *names: str) -> str:
    for n in names:
        if n in row:
            return row[n]
    raise KeyError(f"none of {names} in {sorted(row)}")


def name_key(name: str) -> str:
    """Case, accents, "&"/"and" and punctuation folded away: how files' names are joined."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def join_key(name: str) -> str:
    """A looser key for joining the 1918-2017 file's names ("DEVON EAST", "CHESTER, CITY OF",
    "HULL WEST & HESSLE") to the Electoral Commission's ("East Devon", "City Of Chester",
    "Kingston upon Hull West and Hessle"): the same words in any order."""
    key = name_key(name).replace("kingston upon hull", "hull")
    return " ".join(sorted(w for w in key.split() if w not in ("the", "city", "of")))


def hoc_year(data: Path, year: int) -> list[dict[str, Any]]:
    """One Commons Library election (2017, 2019, 2024) as contest records."""
    seats: dict[str, dict[str, Any]] = {}
    cfile = f"hoc-ge{year}-results-by-constituency.csv"
    for line, row in _rows(data / cfile):
        code = _pick(row, "ons_id", "id")
        seats[code] = {
            "election": f"uk-ge-{year}",
            "code": code,
            "name": row["constituency_name"],
            "electorate": int(row["electorate"]),
            "valid_votes": int(row["valid_votes"]),
            "rejected": int(row["invalid_votes"]),
            "majority": int(row["majority"]),
            "result": row["result"],
            "source": f"{cfile}:{line}",
            "candidates": [],
        }
    for _, row in _rows(data / f"hoc-ge{year}-results-by-candidate.csv"):
        seat = seats[row["ons_id"]]
        seat["candidates"].append(
            [
                _pick(row, "candidate_first_name", "firstname"),
                _pick(row, "candidate_surname", "surname"),
                row["party_name"],
                row["party_abbreviation"],
                int(row["votes"]),
            ]
        )
    return list(seats.values())


def ge2015(data: Path) -> list[dict[str, Any]]:
    """2015: Electoral Commission candidates, Commons Library electorate and valid votes."""
    history: dict[str, tuple[int, dict[str, str]]] = {}
    hfile = "hoc-1918-2017-results-by-constituency.csv"
    for line, row in _rows(data / hfile):
        if row["election"] == "2015":
            key = join_key(row["constituency"])
            if key in history:
                raise SystemExit(f"2015: two rows of {hfile} join as {key!r}")
            history[key] = (line, row)
    seats: dict[str, dict[str, Any]] = {}
    efile = "ec-ge2015-results-by-candidate.csv"
    for _, row in _rows(data / efile):
        name = row.get("constituency_name", "")
        if not name:  # the trailer row: the UK valid-vote total only
            continue
        seat = seats.get(name)
        if seat is None:
            found = history.pop(join_key(name), None)
            if found is None:
                raise SystemExit(f"2015: {name!r} is not in {hfile}")
            line, h = found
            seat = seats[name] = {
                "election": "uk-ge-2015",
                "code": row["constituency_id"],
                "name": name,
                "electorate": int(h["electorate"]),
                "valid_votes": int(h["total_votes"]),
                "rejected": None,
                "majority": None,
                "result": None,
                "source": f"{efile}; {hfile}:{line}",
                "candidates": [],
            }
        seat["candidates"].append(
            [
                row["forename"],
                row["surname"],
                row["party_name_identifier"],
                row["party_abbreviation"],
                int(row["votes"]),
            ]
        )
    if len(seats) != 650:
        raise SystemExit(f"2015: {len(seats)} constituencies, expected 650")
    return list(seats.values())


def build(data: Path) -> list[dict[str, Any]]:
    """Every contest of the four elections, candidates in finishing order."""
    contests = ge2015(data)
    for year in (2017, 2019, 2024):
        contests += hoc_year(data, year)
    for c in contests:
        c["candidates"].sort(key=lambda cand: -cand[4])
        if c["majority"] is None:
            votes = [cand[4] for cand in c["candidates"]]
            c["majority"] = votes[0] - (votes[1] if len(votes) > 1 else 0)
    return contests


HEADER = {
    "format": FORMAT,
    "attribution": [
        "Contains Parliamentary information licensed under the Open Parliament Licence v3.0 "
        "(House of Commons Library: CBP-7979, CBP-8647, CBP-8749, 2024 results briefing).",
        "Electoral Commission 2015 results, Open Government Licence v3.0.",
    ],
    "fields": {
        "candidates": ["first_name", "surname", "party", "party_abbreviation", "votes"],
    },
}


def write(contests: list[dict[str, Any]], out: Path) -> None:
    """The header line and one JSON line per contest, gzip'd reproducibly (mtime 0)."""
    buf = io.StringIO()
    buf.write(json.dumps(HEADER, ensure_ascii=False, sort_keys=True) + "\n")
    for c in contests:
        buf.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))


def main() -> None:
    """Build the file from the CSVs."""
    root = Path(__file__).resolve().parent.parent
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "data"
    contests = build(data / "uk-results")
    write(contests, OUTPUT)
    print(f"wrote {len(contests)} contests to {OUTPUT} ({OUTPUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
