"""One bad input never sinks a run, and nothing passes silently.

Every malformed results file, and every bug a rule or reader might still have, becomes an
input error on its own file: the other files are checked and reported, and the exit status
is 2 (could not check), never 1 (findings) or a traceback.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.api import check_many
from factcheck.checks.arithmetic.share_votes_mismatch import ShareVotesMismatch
from factcheck.cli import main
from factcheck.config import ConfigError, load_config_file
from factcheck.engine import Engine
from factcheck.models import Article, ContestResult, Document
from factcheck.rule import Outcome, RuleContext

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "poplar-and-limehouse-2017.json"
WRONG_SHARE = EXAMPLE.read_text("utf-8").replace('"20.1"', '"21.1"')

MALFORMED = {
    "claim quantity is a list": {
        "contests": [],
        "claims": [{"kind": "change", "quantity": [1], "amount": "5 per cent"}],
    },
    "claim quantity is an object": {
        "contests": [],
        "claims": [{"kind": "bound", "quantity": {"a": 1}, "bound": "a third"}],
    },
    "figure unit is an object": {
        "contests": [],
        "claims": [{"kind": "change", "quantity": "votes", "amount": {"words": "5", "unit": {}}}],
    },
    "figure hedge is a list": {
        "contests": [
            {"name": "A", "candidates": [{"name": "B", "votes": {"words": "9", "hedge": []}}]}
        ],
    },
    "claim kind is a list": {"contests": [], "claims": [{"kind": ["change"]}]},
    "nothing to check": {"contests": []},
}
HUGE_EXPONENTS = ["1e1000000", "-1e1000000", "1e-1000000", "9.99e999999999"]


@pytest.fixture(autouse=True)
def _no_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


def _files(tmp_path: Path, bad: str) -> tuple[Path, Path]:
    good = tmp_path / "good.json"
    good.write_text(WRONG_SHARE, encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text(bad, encoding="utf-8")
    return good, broken


def _bad_files() -> Iterable[Any]:
    for name, data in MALFORMED.items():
        yield pytest.param(json.dumps(data), id=name)
    for exponent in HUGE_EXPONENTS:
        candidate = f'{{"name": "B", "share": {exponent}}}'
        data = f'{{"contests": [{{"turnout": {exponent}, "candidates": [{candidate}]}}]}}'
        yield pytest.param(data, id=f"percentage {exponent}")


@pytest.mark.parametrize("bad", list(_bad_files()))
def test_a_malformed_results_file_is_an_input_error_and_the_others_are_checked(
    tmp_path: Path, bad: str
) -> None:
    good, broken = _files(tmp_path, bad)
    for report in (
        factcheck.check([broken, good]),
        check_many([broken, good], jobs=2),
    ):
        assert {e.path for e in report.errors} == {str(broken)}
        assert not any(e.message.startswith("internal error") for e in report.errors)
        assert [(f.path, f.name) for f in report.findings] == [(str(good), "share-votes-mismatch")]
    out = io.StringIO()
    assert main(["check", str(broken), str(good)], out=out) == 2
    assert "share-votes-mismatch" in out.getvalue()


class _Exploding(ShareVotesMismatch):
    """A rule with a bug that only one article triggers."""

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        if contest.name == "Boomtown":
            raise ZeroDivisionError("division by zero")
        return super().check(contest, ctx)


def _engine_with_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    original = Engine.from_config.__func__  # type: ignore[attr-defined]

    def from_config(cls: type[Engine], *args: Any, **kwargs: Any) -> Engine:
        engine: Engine = original(cls, *args, **kwargs)
        rules = tuple(_Exploding() if r.code == "NUM101" else r for r in engine.rules)
        return replace(engine, rules=rules)

    monkeypatch.setattr(Engine, "from_config", classmethod(from_config))


@pytest.mark.internal_errors
def test_a_bug_in_a_rule_is_an_internal_error_on_its_file_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, boom = _files(tmp_path, WRONG_SHARE.replace("Poplar and Limehouse", "Boomtown"))
    _engine_with_a_bug(monkeypatch)
    report = factcheck.check([boom, good])
    [error] = report.errors
    assert error.path == str(boom)
    assert error.message.startswith("internal error while checking it (ZeroDivisionError")
    assert error.message.endswith("please report it, with the file")
    assert [f.path for f in report.findings] == [str(good)]
    out = io.StringIO()
    assert main(["check", str(boom), str(good)], out=out) == 2
    assert "share-votes-mismatch" in out.getvalue()


@pytest.mark.internal_errors
def test_a_bug_in_a_reader_is_an_internal_error_on_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.extract import reader

    good, _ = _files(tmp_path, "{}")
    boom = tmp_path / "boom.txt"
    boom.write_text("Labour won 600 votes (60%).", encoding="utf-8")

    def read_prose(doc: Document, pack: Any = None) -> Article:
        raise KeyError("a reader bug")

    monkeypatch.setattr(reader, "read_prose", read_prose)
    as_document = Document(path=str(boom), text="Labour won.", media_type="text/plain")
    for report in (factcheck.check([boom, good]), factcheck.check(as_document)):
        assert [e.path for e in report.errors] == [str(boom)]
        assert report.errors[0].message.startswith("internal error while reading it (KeyError")
    assert [f.path for f in factcheck.check([boom, good]).findings] == [str(good)]


def test_lone_surrogates_in_names_and_text_are_checked_without_a_crash() -> None:
    # "\ud800" is valid JSON, and Python callers can build such names too.
    from factcheck import CandidateResult, Figure

    contest = ContestResult(
        name="\ud800",
        candidates=(
            CandidateResult(
                name="\udfff",
                party="\udc00",
                votes=Figure.count(600),
                share=Figure.percentage("60"),
            ),
            CandidateResult(name="B", votes=Figure.count(400), share=Figure.percentage("35")),
        ),
    )
    assert [f.name for f in factcheck.check(contest).findings] == ["share-votes-mismatch"]
    doc = Document(
        path="odd\udc80.txt",
        text="Labour's Jim \ud800 won 600 votes, 60%. Bob \udfff won 400 votes (35%).",
    )
    report = factcheck.check([doc, doc.model_copy(update={"path": "other.txt"})])
    assert report.errors == ()


def test_a_results_file_with_a_lone_surrogate_name_is_an_input_error(tmp_path: Path) -> None:
    good, odd = _files(tmp_path, WRONG_SHARE.replace('"Jim Fitzpatrick"', '"\\ud800"'))
    report = factcheck.check([odd, good])
    assert [e.path for e in report.errors] == [str(odd)]
    assert [f.path for f in report.findings] == [str(good)]


# -- no silent passes ---------------------------------------------------------------------------


def test_an_empty_selection_is_a_usage_error(tmp_path: Path, capsys: Any) -> None:
    assert main(["check", "--select", "", str(EXAMPLE)], out=io.StringIO()) == 2
    assert "--select was given no rules" in capsys.readouterr().err
    with pytest.raises(ConfigError, match="the rule selection is empty"):
        factcheck.check(EXAMPLE, select=[])
    with pytest.raises(ConfigError, match="the rule selection is empty"):
        factcheck.check(EXAMPLE, select=["NUM101"], ignore=["NUM"])
    config = tmp_path / "factcheck.toml"
    config.write_text('rounding = "half-up"\nselect = []\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"factcheck.toml:2: select is empty"):
        load_config_file(config)


def test_an_unknown_election_names_where_it_was_given(tmp_path: Path, capsys: Any) -> None:
    assert main(["check", "--election", "uk-ge-2107", str(EXAMPLE)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "--election: unknown election 'uk-ge-2107'; did you mean 'uk-ge-2017'?" in err
    config = Path("factcheck.toml")
    config.write_text('fail-on = "error"\n\nelection = "uk-ge-2019x"\n', encoding="utf-8")
    assert main(["check", str(EXAMPLE)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "factcheck.toml:3: election: unknown election 'uk-ge-2019x'" in err
    assert "did you mean 'uk-ge-2019'?" in err
    with pytest.raises(ConfigError, match=r"^election=: unknown election 'uk-ge-2107'"):
        factcheck.check(EXAMPLE, election="uk-ge-2107")


def test_an_unknown_front_matter_election_fails_the_run_and_the_others_are_checked(
    tmp_path: Path,
) -> None:
    article = tmp_path / "typo.md"
    article.write_text("---\ntitle: x\nelection: uk-ge-2107\n---\nLabour held Poplar.\n", "utf-8")
    good, _ = _files(tmp_path, "{}")
    out = io.StringIO()
    assert main(["check", str(article), str(good)], out=out) == 2
    assert "share-votes-mismatch" in out.getvalue()
    [error] = factcheck.check([article, good]).errors
    assert (error.path, error.line) == (str(article), 3)


@pytest.mark.internal_errors
def test_check_bag_reports_a_malformed_file_and_a_rule_bug_as_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
    from factcheck.dask import check_bag

    good, broken = _files(tmp_path, json.dumps(MALFORMED["claim quantity is a list"]))
    boom = tmp_path / "boom.json"
    boom.write_text(WRONG_SHARE.replace("Poplar and Limehouse", "Boomtown"), encoding="utf-8")
    _engine_with_a_bug(monkeypatch)
    bag = db.from_sequence([str(broken), str(boom), str(good)], npartitions=2)
    report = check_bag(bag, scheduler="synchronous")
    assert sorted(e.path for e in report.errors) == sorted([str(broken), str(boom)])
    assert [f.path for f in report.findings] == [str(good)]
