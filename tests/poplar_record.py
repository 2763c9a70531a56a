"""A reference record of our own for the name tests: one contest, Poplar and Limehouse in
uk-ge-2017, with the candidates each test chooses, passed as a results file; and a story
checked against it."""

from __future__ import annotations

import json
from pathlib import Path

import factcheck
from factcheck.config import Config

SEAT = "Poplar and Limehouse"
FRONT = "---\nelection: uk-ge-2017\n---\n"


def record(tmp: Path, *candidates: tuple[str, str, int]) -> Config:
    """A configuration whose reference is the one contest of these (name, party, votes)."""
    path = tmp / "record.json"
    contest = {
        "name": SEAT,
        "valid_votes": sum(v for _, _, v in candidates),
        "candidates": [{"name": n, "party": p, "votes": v} for n, p, v in candidates],
    }
    path.write_text(json.dumps({"election": "uk-ge-2017", "contests": [contest]}), "utf-8")
    return Config(reference=str(path))


def check(tmp: Path, text: str, config: Config, rule: str = "name-mismatch") -> factcheck.Report:
    """``text`` as a story of uk-ge-2017, checked with ``rule`` only."""
    path = tmp / "story.txt"
    path.write_text(FRONT + text, encoding="utf-8")
    return factcheck.check(path, select=[rule], config=config)


def won(name: str) -> str:
    """A sentence saying ``name`` won the seat for Labour."""
    return f"In {SEAT}, Labour's {name} won with 21,000 votes.\n"
