"""Matching names to the official record at its edges: what mutation testing showed no other
test pinned (see docs/testing.md). Each test is a sentence about how a name is matched."""

from __future__ import annotations

from factcheck.reference.matching import ConstituencyNames


def test_a_seat_list_gives_the_same_answer_when_asked_again() -> None:
    names = ConstituencyNames(["Poplar and Limehouse", "Bethnal Green and Bow"])
    for _ in range(2):
        assert names.match("Poplar & Limehouse") == "Poplar and Limehouse"
        assert names.match("Poplar and Limehuose") == "Poplar and Limehouse"
        assert names.match("Hackney South") is None
