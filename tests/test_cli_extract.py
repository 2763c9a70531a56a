"""`factcheck extract`: results files are printed normalised, articles as what was read from
them; the JSON reads back with `factcheck check`, and bad input exits 2 without a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import types
from decimal import Decimal
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main
from factcheck.documents import load_document
from factcheck.extract.numbers import find_numbers
from factcheck.models import (
    Article,
    BoundClaim,
    CandidateResult,
    ContestResult,
    Document,
    Figure,
    Quantity,
    Unit,
)
from factcheck.packs import Pack
from factcheck.results_file import read_results

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "poplar-and-limehouse-2017.json"


@pytest.fixture(autouse=True)
def _isolated_from_the_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every command from an empty folder, so no configuration file is picked up."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


def run(*argv: str) -> tuple[int, str]:
    """Run the command in-process; the exit code and what it wrote to ``out``."""
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def stripped(value: Any) -> Any:
    """A model dump without spans, provenance, data paths or the reader's grounds: what a round
    trip keeps (a results file says what each figure is, so it needs no grounds)."""
    if isinstance(value, dict):
        return {
            k: stripped(v)
            for k, v in value.items()
            if not k.endswith("span") and k not in ("provenance", "data_path", "grounds")
        }
    if isinstance(value, list | tuple):
        return [stripped(v) for v in value]
    return value


def same_reading(a: Article, b: Article) -> None:
    """Two articles hold the same contests and claims, spans aside."""
    assert stripped(a.model_dump()["contests"]) == stripped(b.model_dump()["contests"])
    assert stripped(a.model_dump()["claims"]) == stripped(b.model_dump()["claims"])


# -- results files ------------------------------------------------------------------------------


def test_a_results_file_is_printed_normalised(tmp_path: Path) -> None:
    code, text = run("extract", str(EXAMPLE))
    assert code == 0
    data = json.loads(text)
    contest = data["contests"][0]
    assert contest["election"] == "uk-ge-2017"  # the file's default, now on the contest
    assert contest["turnout"] == "67.35"
    assert contest["candidates"][0] == {
        "name": "Jim Fitzpatrick",
        "party": "Labour",
        "votes": 39558,
        "share": "67.3",
        "rank": 1,
    }
    assert "claims" not in data
    saved = tmp_path / "normalised.json"
    saved.write_text(text, encoding="utf-8")
    same_reading(read_results(load_document(saved)), read_results(load_document(EXAMPLE)))
    # Normalising is idempotent.
    assert run("extract", str(saved)) == (0, text)


def test_the_text_format_shows_every_figure_with_its_line_and_column() -> None:
    code, text = run("extract", "--format", "text", str(EXAMPLE))
    assert code == 0
    assert text.startswith(f"{EXAMPLE}: 1 contest(s), 0 claim(s)\n")
    assert "Poplar and Limehouse · uk-ge-2017 · complete" in text
    assert "majority     27712 (11:19)" in text
    row = next(line for line in text.splitlines() if "Christopher Wilford" in line)
    assert "11846 (14:75)" in row
    assert "20.1 (14:92)" in row


def test_a_bad_results_file_exits_2_with_every_problem_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"contests": [],\n "claims": [{"kind": "seats", "quantity": "seats", "verb": "won",'
        ' "seats": "lots"},\n  {"kind": "bound", "quantity": "share", "bound": "5pc or 6pc"}]}',
        encoding="utf-8",
    )
    code, text = run("extract", str(path))
    assert (code, text) == (2, "")
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"factcheck: {path}:2:77: error: claims[0].seats: found no figure")
    assert err[1].startswith(f"factcheck: {path}:3:59: error: claims[1].bound: found 2 figures")


def test_a_missing_file_and_a_folder_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("extract", str(tmp_path / "nope.md")) == (2, "")
    assert run("extract", str(tmp_path)) == (2, "")
    err = capsys.readouterr().err
    assert "nope.md: error: cannot be read" in err
    assert "is a directory" in err


def test_config_and_isolated_conflict_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("extract", "--isolated", "--config", "x.toml", str(EXAMPLE)) == (2, "")
    assert "--config cannot be used with --isolated" in capsys.readouterr().err


def test_a_broken_pack_exits_2_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pack.toml").write_text("[hedges.nearly]\nwords = 5\n", encoding="utf-8")
    config = tmp_path / "factcheck.toml"
    config.write_text('packs = ["pack.toml"]\n', encoding="utf-8")
    assert run("extract", "--config", str(config), str(EXAMPLE)) == (2, "")
    assert "pack.toml" in capsys.readouterr().err


# -- articles, with a stand-in reader -------------------------------------------------------------

STORY = (
    "---\ncontest: Poplar and Limehouse\nelection: uk-ge-2017\n---\n"
    "Jim Fitzpatrick won 39,558 votes (67.3pc). Christopher Wilford trailed with less than a "
    "third of the share at 20.1pc.\n"
)


def stand_in_reader(doc: Document, pack: Pack | None = None) -> Article:
    """What a prose reader would read from STORY, built by hand from the number reader."""
    mentions = {m.text: m for m in find_numbers(doc.text)}
    contest = ContestResult(
        name=str(doc.metadata["contest"]),
        election=str(doc.metadata["election"]),
        candidates=(
            CandidateResult(
                name="Jim Fitzpatrick",
                votes=mentions["39,558"].to_figure(Unit.VOTES),
                share=mentions["67.3pc"].to_figure(Unit.PERCENT),
            ),
            CandidateResult(
                name="Christopher Wilford", share=mentions["20.1pc"].to_figure(Unit.PERCENT)
            ),
        ),
    )
    claim = BoundClaim(
        quantity=Quantity.SHARE,
        contest=contest.name,
        candidate="Christopher Wilford",
        bound=mentions["less than a third"].to_figure(Unit.PERCENT),
        exact=mentions["20.1pc"].to_figure(Unit.PERCENT),
    )
    return Article(document=doc, contests=(contest,), claims=(claim,))


@pytest.fixture
def stub_reader(monkeypatch: pytest.MonkeyPatch) -> list[Document]:
    """Stand the stand-in reader in for factcheck.extract.reader; the documents it was given."""
    seen: list[Document] = []

    def read_prose(doc: Document, pack: Pack | None = None) -> Article:
        seen.append(doc)
        return stand_in_reader(doc, pack)

    stub = types.ModuleType("factcheck.extract.reader")
    stub.read_prose = read_prose  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factcheck.extract.reader", stub)
    return seen


def test_an_article_is_extracted_and_the_json_checks_the_same(
    tmp_path: Path, stub_reader: list[Document]
) -> None:
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    code, text = run("extract", str(story))
    assert code == 0
    assert stub_reader[0].metadata["body_start"] == STORY.index("Jim")
    data = json.loads(text)
    assert data["contests"][0]["name"] == "Poplar and Limehouse"
    assert data["claims"] == [
        {
            "kind": "bound",
            "quantity": "share",
            "contest": "Poplar and Limehouse",
            "candidate": "Christopher Wilford",
            "bound": "less than a third",
            "exact": "20.1pc",
        }
    ]
    saved = tmp_path / "story.json"
    saved.write_text(text, encoding="utf-8")
    same_reading(read_results(load_document(saved)), stand_in_reader(load_document(story)))
    # The article and its extract give the same findings, at their own places.
    code_md, report_md = run("check", "--format", "json", str(story))
    code_json, report_json = run("check", "--format", "json", str(saved))
    assert code_md == code_json
    findings_md, findings_json = json.loads(report_md), json.loads(report_json)
    assert [(f["rule"], f["text"]) for f in findings_md] == [
        (f["rule"], f["text"]) for f in findings_json
    ]
    assert any(f["text"] == "less than a third" for f in findings_json)


def test_the_text_format_of_an_article(tmp_path: Path, stub_reader: list[Document]) -> None:
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    code, text = run("extract", "--format", "text", str(story))
    assert code == 0
    assert "Poplar and Limehouse · uk-ge-2017" in text
    assert "39,558 (5:21)" in text
    assert "1. bound share (Poplar and Limehouse, Christopher Wilford)" in text
    assert "bound  less than a third (5:77)" in text


def test_a_figure_the_writer_cannot_carry_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(doc: Document, pack: Pack | None = None) -> Article:
        nonsense = Figure(text="many", value=Decimal(5), unit=Unit.VOTES)
        contest = ContestResult(candidates=(CandidateResult(name="A", votes=nonsense),))
        return Article(document=doc, contests=(contest,))

    stub = types.ModuleType("factcheck.extract.reader")
    stub.read_prose = broken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factcheck.extract.reader", stub)
    story = tmp_path / "story.txt"
    story.write_text("A won many votes.", encoding="utf-8")
    assert run("extract", str(story)) == (2, "")
    err = capsys.readouterr().err
    assert "contests[0].candidates[0].votes: cannot write the figure 'many'" in err
    assert "a bug in the reader" in err


def test_without_a_reader_an_article_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "factcheck.extract.reader", None)
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    assert run("extract", str(story)) == (2, "")
    assert "cannot be read yet" in capsys.readouterr().err


# -- the real reader ------------------------------------------------------------------------------

REAL_STORY = (
    "Jim Fitzpatrick increased his majority easily, coming away with 39,558 votes in Poplar and "
    "Limehouse (67.3pc), followed by the Conservatives’ Christopher Wilford, who trailed behind "
    "with less than a third of the share at 20.1pc (11,846 votes).\n\n"
    "Voters came out in force this year, with turnout up about five per cent to 67.68pc from "
    "the 2015 general election.\n\n"
    "Labour won 29 seats, the Conservatives lost 12.\n"
)


@pytest.mark.skipif(
    find_spec("factcheck.extract.reader") is None,
    reason="factcheck.extract.reader (the prose reader) is not in this checkout yet",
)
def test_the_real_reader_round_trips_through_extract(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(REAL_STORY, encoding="utf-8")
    code, text = run("extract", str(story))
    assert code == 0, text
    saved = tmp_path / "story.json"
    saved.write_text(text, encoding="utf-8")
    from factcheck.loaders import load_article

    same_reading(read_results(load_document(saved)), load_article(story))


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"---\ntitle: [x]\n---\nbody\n")
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", str(bad)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert f"{bad}:2:8: error: front matter" in proc.stderr


@pytest.mark.parametrize(("written", "finds"), [("5,100", True), ("5,300", False)])
def test_a_round_majority_is_extracted_and_checks_the_same(
    tmp_path: Path, written: str, finds: bool
) -> None:
    """ "a majority of 5,100" stands for [5,050, 5,150): Bolsover's 5,288 (2017) is outside it,
    and inside 5,300's [5,250, 5,350); the extracted file must keep that, not read it exact."""
    story = tmp_path / "story.md"
    story.write_text(
        "---\ncontest: Bolsover\nelection: uk-ge-2017\n---\n"
        f"Dennis Skinner held Bolsover with a majority of {written}.\n",
        encoding="utf-8",
    )
    code, text = run("extract", str(story))
    assert code == 0, text
    assert json.loads(text)["contests"][0]["majority"] == {"words": written, "rounded": 100}
    saved = tmp_path / "story.json"
    saved.write_text(text, encoding="utf-8")
    code_md, report_md = run("check", "--format", "json", str(story))
    # A results file's contest labels alone do not switch the reference check on.
    code_json, report_json = run(
        "check", "--format", "json", "--election", "uk-ge-2017", str(saved)
    )
    assert (code_md, code_json) == ((1, 1) if finds else (0, 0))
    findings_md, findings_json = json.loads(report_md), json.loads(report_json)
    assert [(f["rule"], f["text"]) for f in findings_md] == [
        (f["rule"], f["text"]) for f in findings_json
    ]
    assert any(f["name"] == "reference-mismatch" for f in findings_json) is finds


# -- the run's election -------------------------------------------------------------------------


def test_election_reads_the_story_s_own_year_as_this_election(tmp_path: Path) -> None:
    # With no front matter, "in the 2019 general election" is another election's figure unless
    # the run says the story is 2019's: `extract --election` reads it as `check --election` does.
    story = tmp_path / "gower.txt"
    story.write_text(
        "Jane Smith held Gower for Labour in the 2019 general election with a majority of 1,837.\n",
        encoding="utf-8",
    )
    code, text = run("extract", str(story))
    assert code == 0
    undated = json.loads(text)
    assert undated["contests"][0]["election"] == "uk-ge-2019"  # dated: history, not this story
    assert "claims" not in undated
    code, text = run("extract", "--election", "uk-ge-2019", str(story))
    assert code == 0
    read = json.loads(text)
    assert "election" not in read["contests"][0]
    assert read["contests"][0]["majority"] == "1,837"
    assert [(c["candidate"], c["verb"]) for c in read["claims"]] == [("Jane Smith", "hold")]
    code, text = run("extract", "--election", "uk-ge-2017", str(story))
    assert code == 0
    assert "claims" not in json.loads(text)  # 2019 is not 2017's election


def test_an_unknown_election_is_a_usage_error_naming_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "gower.txt"
    story.write_text("Jane Smith held Gower for Labour.\n", encoding="utf-8")
    code, text = run("extract", "--election", "uk-ge-2109", str(story))
    assert (code, text) == (2, "")
    assert "--election: unknown election 'uk-ge-2109'; did you mean 'uk-ge-2019'?" in (
        capsys.readouterr().err
    )
