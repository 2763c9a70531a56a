"""Properties of the rules as a whole, over the public strategies in factcheck.strategies.

Consistent contests never fire; one figure moved beyond its rounding always fires the rule
that owns it, and nothing unrelated. Each rounding convention is checked against contests
rounded that way.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import factcheck
from factcheck import ContestResult, Document, Figure, Report
from factcheck.intervals import Rounding
from factcheck.results_file import read_results
from factcheck.strategies import (
    PERTURBATION_KINDS,
    Perturbation,
    PerturbationKind,
    contest_results,
    perturbations,
)

ROUNDINGS: tuple[Rounding, ...] = ("half-up", "half-even", "any")


def _sparse(rounding: Rounding) -> st.SearchStrategy[ContestResult]:
    """Contests where any candidate may lack votes, a share or a stated rank."""
    return contest_results(
        rounding=rounding,
        with_votes=st.booleans(),
        with_shares=st.booleans(),
        with_ranks=st.booleans(),
    )


def _fired(report: Report) -> set[str]:
    """Every rule that reported, including those merged into another's finding."""
    names = {f.name for f in report.findings}
    for f in report.findings:
        for also in f.evidence.get("also", []):  # type: ignore[union-attr]
            assert isinstance(also, dict)
            names.add(str(also["name"]))
    return names


def _results_json(contest: ContestResult) -> str:
    """The contest as a results file, each figure written as it was printed."""

    def count(fig: Figure | None) -> int | None:
        return None if fig is None else int(fig.value)

    def text(fig: Figure | None) -> str | None:
        return None if fig is None else fig.text

    def present(d: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in d.items() if v is not None}

    return json.dumps(
        {
            "contests": [
                present(
                    {
                        "name": contest.name,
                        "complete": contest.complete,
                        "electorate": count(contest.electorate),
                        "valid_votes": count(contest.valid_votes),
                        "rejected": count(contest.rejected),
                        "turnout": text(contest.turnout),
                        "majority": count(contest.majority),
                        "majority_share": text(contest.majority_share),
                        "candidates": [
                            present(
                                {
                                    "name": c.name,
                                    "party": c.party,
                                    "votes": count(c.votes),
                                    "share": text(c.share),
                                    "rank": count(c.rank),
                                }
                            )
                            for c in contest.candidates
                        ],
                    }
                )
            ]
        },
        indent=1,
    )


def _document(contest: ContestResult) -> Document:
    return Document(
        path="generated.json", text=_results_json(contest), media_type="application/json"
    )


def _figure_at(contest: ContestResult, path: tuple[str | int, ...]) -> Figure:
    obj: Any = contest
    for part in path:
        obj = obj[part] if isinstance(part, int) else getattr(obj, part)
    assert isinstance(obj, Figure)
    return obj


# -- consistent contests ------------------------------------------------------------------------


@pytest.mark.parametrize("rounding", ROUNDINGS)
@given(data=st.data())
def test_consistent_contests_fire_nothing(rounding: Rounding, data: st.DataObject) -> None:
    contest = data.draw(_sparse(rounding))
    report = factcheck.check(contest, rounding=rounding)
    assert report.findings == ()
    assert report.errors == ()


@pytest.mark.parametrize("rounding", ROUNDINGS)
@given(data=st.data())
def test_consistent_results_files_fire_nothing_and_skip_what_the_models_skip(
    rounding: Rounding, data: st.DataObject
) -> None:
    contest = data.draw(_sparse(rounding))
    from_file = factcheck.check(_document(contest), rounding=rounding)
    assert from_file.errors == ()
    assert from_file.findings == ()
    from_model = factcheck.check(contest, rounding=rounding)
    # Reasons quote figures as written ("1000" here, "1,000" in the model): compare rules.
    assert sorted(s.name for s in from_file.not_checked) == sorted(
        s.name for s in from_model.not_checked
    )


@given(st.from_type(ContestResult))
def test_the_registered_type_strategy_draws_consistent_contests(contest: ContestResult) -> None:
    assert factcheck.check(contest).findings == ()


def test_the_strategies_module_imports_before_hypothesis_does() -> None:
    # Regression: hypothesis runs the entry-point hook while this module imports it, and the
    # hook was not defined yet. Here the test process has imported hypothesis long ago.
    code = (
        "import factcheck.strategies\n"
        "from hypothesis import strategies as st\n"
        "from factcheck import ContestResult, check\n"
        "assert check(st.from_type(ContestResult).example()).findings == ()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


# -- one figure moved beyond its rounding -------------------------------------------------------


def _assert_fires_exactly_what_it_should(p: Perturbation, report: Report) -> None:
    fired = _fired(report)
    missing = p.must_fire - fired
    assert not missing, f"{p.description}: {sorted(missing)} did not fire"
    unexpected = fired - p.must_fire - p.may_fire
    assert not unexpected, f"{p.description}: {sorted(unexpected)} fired too: " + "; ".join(
        f.message for f in report.findings
    )
    # Where only the changed figure can be to blame, the report shows it, not only which
    # rules fired. (A share or a count can be blamed on the other figure of its pair.)
    if p.kind in LOCATED_KINDS:
        wanted = p.after.text.replace(",", "")
        assert any(
            wanted in (f.message + " ".join(f.arithmetic) + str(f.evidence)).replace(",", "")
            for f in report.findings
        ), f"{p.description}: no finding shows {p.after.text}: " + "; ".join(
            f.message for f in report.findings
        )


@pytest.mark.parametrize("kind", PERTURBATION_KINDS)
@given(data=st.data())
def test_each_kind_of_wrong_figure_fires_its_rule(
    kind: PerturbationKind, data: st.DataObject
) -> None:
    rounding = data.draw(st.sampled_from(ROUNDINGS), label="rounding")
    p = data.draw(perturbations(kinds=[kind], rounding=rounding))
    assert p.kind == kind
    _assert_fires_exactly_what_it_should(p, factcheck.check(p.contest, rounding=rounding))


@pytest.mark.parametrize("rounding", ROUNDINGS)
@given(data=st.data())
def test_a_wrong_figure_among_missing_ones_fires_its_rule(
    rounding: Rounding, data: st.DataObject
) -> None:
    p = data.draw(perturbations(_sparse(rounding), rounding=rounding))
    _assert_fires_exactly_what_it_should(p, factcheck.check(p.contest, rounding=rounding))


# The rule that owns these figures has only them to blame; others may blame a neighbour.
LOCATED_KINDS: tuple[PerturbationKind, ...] = ("majority", "majority-share", "rank", "turnout")


@given(perturbations(kinds=LOCATED_KINDS))
def test_in_a_results_file_the_finding_points_at_the_changed_figure(p: Perturbation) -> None:
    doc = _document(p.contest)
    report = factcheck.check(doc)
    assert report.errors == ()
    _assert_fires_exactly_what_it_should(p, report)
    span = _figure_at(read_results(doc).contests[0], p.path).span
    assert span is not None
    at_figure = [f for f in report.findings if (f.start, f.end) == (span.start, span.end)]
    assert at_figure, f"{p.description}: nothing points at {doc.text[span.start : span.end]}"
    assert _fired(report.model_copy(update={"findings": tuple(at_figure)})) & p.must_fire


# -- the strategies themselves --------------------------------------------------------------


@given(perturbations())
def test_a_perturbation_changes_exactly_one_figure(p: Perturbation) -> None:
    assert _figure_at(p.original, p.path) == p.before
    assert _figure_at(p.contest, p.path) == p.after
    assert p.after.value != p.before.value
    # Put the old figure back and the contests are identical.
    restored = json.loads(_results_json(p.contest))
    where: Any = restored["contests"][0]
    for part in p.path[:-1]:
        where = where[part]
    where[p.path[-1]] = int(p.before.value) if p.before.exact else p.before.text
    assert restored == json.loads(_results_json(p.original))


@given(contest_results(n_candidates=3, decimals=2, complete=True, with_total=True))
def test_knobs_fix_what_they_say(contest: ContestResult) -> None:
    assert len(contest.candidates) == 3
    assert contest.complete is True
    assert contest.valid_votes is not None
    votes = [c.votes for c in contest.candidates]
    assert all(v is not None for v in votes)
    assert sum(int(v.value) for v in votes if v is not None) == contest.valid_votes.value
    assert all(c.share is not None and c.share.decimals == 2 for c in contest.candidates)


def test_strategies_reject_bad_arguments_when_built() -> None:
    with pytest.raises(InvalidArgument, match="rounding"):
        contest_results(rounding="bankers")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="kinds"):
        perturbations(kinds=["typo"])  # type: ignore[list-item]
    with pytest.raises(InvalidArgument, match="kinds"):
        perturbations(kinds=[])
