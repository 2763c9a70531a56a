"""Fuzzing: whatever comes in, a Report comes back and every reporter renders it.

Arbitrary text, text seeded with the words of election copy, JSON shaped like a results
file with wrong values in every slot, arbitrary JSON and raw bytes all go through
:func:`factcheck.check` and every built-in reporter. A crash would show as an exception, or
as an "internal error" input error (which the engine turns crashes into): both fail here.

The suite runs the default number of examples; ``--hypothesis-profile=fuzz`` runs 100,000
per property, by hand before a release (see docs/testing.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.models import Document, Report
from factcheck.report import BUILTIN, render

FORMATS = tuple(BUILTIN)

# Fragments of election copy, so the reader's patterns are reached, not just its fast exits.
WORDS = [
    "Labour",
    "Conservative",
    "Lib Dem",
    "SNP",
    "Green",
    "Reform UK",
    "Independent",
    "Jim Fitzpatrick",
    "Poplar and Limehouse",
    "Bethnal Green and Bow",
    "held",
    "won",
    "gained",
    "lost",
    "came second",
    "came third",
    "finished",
    "votes",
    "vote",
    "seats",
    "per cent",
    "%",
    "pc",
    "percentage points",
    "points",
    "majority",
    "turnout",
    "share",
    "up",
    "down",
    "from",
    "to",
    "of",
    "the",
    "nearly",
    "about",
    "more than",
    "less than",
    "just under",
    "a third",
    "half",
    "two-thirds",
    "quarter",
    "hold",
    "gain from",
    "swing",
    "electorate",
    "rejected",
    "ballots",
    "in 2015",
    "since 2010",
    ",",
    ".",
    ";",
    "(",
    ")",
    '"',
    "“",
    "”",
    "-",
    "–",
    "\n",
    "\n\n",
    "---",
    "election: uk-ge-2017",
    "# ",
    "<p>",
    "</p>",
    "&amp;",
    "<!-- factcheck: ignore NUM101 because x -->",
    "\x1b[2J",
    "\u202e",
    "\ud800",
]
NUMBERS = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(0, 10**7).map("{:,}".format),
    st.decimals(0, 100, places=2, allow_nan=False).map(str),
    st.sampled_from(["1e1000000", "99.9", "0", "100", "1.", ".5", "1,2,3", "9" * 40]),
)
ELECTION_TEXT = st.lists(st.one_of(st.sampled_from(WORDS), NUMBERS), max_size=60).map(" ".join)

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(["67.3", "11,846", "nearly 28,000", "second", "1e1000000", "\ud800"]),
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
SLOT = st.one_of(JSON, NUMBERS, st.builds(dict, words=st.one_of(ELECTION_TEXT, JSON)))


CONTEST_KEYS = (
    "name", "election", "complete", "electorate", "valid_votes", "turnout", "majority",
    "majority_share", "rejected",
)  # fmt: skip
CLAIM_KEYS = (
    "quantity", "contest", "candidate", "party", "amount", "previous", "current", "bound",
    "exact", "seats", "verb", "direction", "quoted",
)  # fmt: skip


@st.composite
def results_shaped(draw: st.DrawFn) -> dict[str, Any]:
    """A results file's shape with anything in its slots: the type checks are what is tested."""
    candidate = st.fixed_dictionaries(
        {"name": st.one_of(st.text(max_size=10), JSON)},
        optional={"party": JSON, "votes": SLOT, "share": SLOT, "rank": SLOT},
    )
    contest = st.fixed_dictionaries(
        {"candidates": st.lists(candidate, max_size=4)},
        optional=dict.fromkeys(CONTEST_KEYS, SLOT),
    )
    claim = st.fixed_dictionaries(
        {"kind": st.sampled_from(["change", "bound", "seats", "outcome"]) | JSON},
        optional=dict.fromkeys(CLAIM_KEYS, SLOT),
    )
    data: dict[str, Any] = {"contests": draw(st.lists(contest, max_size=3))}
    if draw(st.booleans()):
        data["claims"] = draw(st.lists(claim, max_size=3))
    return data


def _rendered(report: Report) -> None:
    assert isinstance(report, Report)
    crashes = [e for e in report.errors if e.message.startswith("internal error")]
    assert crashes == [], crashes
    for name in FORMATS:
        out = render(report, name)
        assert isinstance(out, str)
        if name in ("json", "sarif"):
            json.loads(out)


def _check(text: str, media_type: str) -> None:
    _rendered(factcheck.check(Document(path="fuzz", text=text, media_type=media_type)))


@given(st.text(max_size=400), st.sampled_from(["text/plain", "text/markdown", "text/html"]))
def test_any_text_gives_a_report_that_renders(text: str, media_type: str) -> None:
    _check(text, media_type)


@given(ELECTION_TEXT, st.sampled_from(["text/plain", "text/markdown", "text/html"]))
def test_election_like_text_gives_a_report_that_renders(text: str, media_type: str) -> None:
    _check(text, media_type)


@given(results_shaped())
def test_results_shaped_json_gives_a_report_that_renders(data: dict[str, Any]) -> None:
    _check(json.dumps(data), "application/json")


@given(JSON)
def test_any_json_gives_a_report_that_renders(data: Any) -> None:
    _check(json.dumps(data), "application/json")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300), st.sampled_from([".json", ".txt", ".md", ".html"]))
def test_any_bytes_in_a_file_give_a_report_that_renders(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    _rendered(factcheck.check(path))
