"""The `factcheck` command: exit codes, text and JSON output, selection, subcommands, bad input."""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main
from factcheck.models import Document, Severity
from factcheck.registry import all_rules

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "poplar-and-limehouse-2017.json"
REQUIRED = {
    "path",
    "rule",
    "name",
    "severity",
    "message",
    "start",
    "end",
    "line",
    "column",
    "evidence",
    "fix",
}


@pytest.fixture(autouse=True)
def _isolated_from_the_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every command from an empty folder, so no configuration file is picked up."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    """The example with a swapped-digit vote count (NUM101) and a wrong majority (NUM104)."""
    text = EXAMPLE.read_text("utf-8").replace("11846", "11486")
    text = text.replace('"majority": 27712', '"majority": 27000')
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def share_file(tmp_path: Path) -> Path:
    """The example with a wrong share written as a string: the finding points inside quotes."""
    path = tmp_path / "share.json"
    path.write_text(EXAMPLE.read_text("utf-8").replace('"20.1"', '"21.1"'), encoding="utf-8")
    return path


def run(*argv: str) -> tuple[int, str]:
    """Run the command in-process; the exit code and what it wrote to ``out``."""
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def run_json(*argv: str) -> tuple[int, list[dict[str, Any]]]:
    """Run ``check --format json``; the exit code and the parsed array."""
    code, text = run("check", "--format", "json", *argv)
    data = json.loads(text)
    assert isinstance(data, list)
    return code, data


# -- exit codes -------------------------------------------------------------------------------


def test_clean_file_exits_0() -> None:
    code, text = run("check", str(EXAMPLE))
    assert code == 0
    assert text.startswith("All checks passed. 0 findings")
    assert "in 1 file" in text


def test_findings_exit_1(bad_file: Path) -> None:
    code, text = run("check", str(bad_file))
    assert code == 1
    assert text.rstrip().endswith("2 findings (2 error, 0 warning, 0 info) in 1 file")


def test_folder_is_searched(bad_file: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("not a results file", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.json").write_text("not even json", encoding="utf-8")
    (tmp_path / ".hidden" / "x.md").write_text("---\nnot: [front matter]\n---\n", "utf-8")
    code, data = run_json(str(tmp_path))
    assert code == 1
    assert {f["path"] for f in data} == {str(bad_file)}


def test_empty_folder_is_an_error_not_a_pass(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, text = run("check", str(empty))
    assert code == 2
    assert f"{empty}: error: is a folder with no articles or results files" in text


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        ([], 2),
        (["check"], 2),
        (["check", "--format", "xml", "x.json"], 2),
        (["check", "--fail-on", "info", "x.json"], 2),
        (["bogus"], 2),
        (["--version"], 0),
        (["check", "--help"], 0),
    ],
)
def test_usage(argv: list[str], code: int, capsys: pytest.CaptureFixture[str]) -> None:
    got, text = run(*argv)
    assert got == code
    if code == 0:
        assert text  # --help and --version print to the given stream
    else:
        assert "usage: factcheck" in capsys.readouterr().err


def test_version_is_printed() -> None:
    from factcheck import __version__

    assert run("--version")[1].strip() == f"factcheck {__version__}"


def test_fail_on_error_ignores_warnings(bad_file: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "warn.toml"
    cfg.write_text('[severity]\nNUM = "warning"\n', encoding="utf-8")
    assert run("check", "--config", str(cfg), str(bad_file))[0] == 1
    assert run("check", "--config", str(cfg), "--fail-on", "error", str(bad_file))[0] == 0
    assert run("check", "--fail-on", "error", str(bad_file))[0] == 1


# -- text output ------------------------------------------------------------------------------


def test_text_output_reads_like_a_linter(bad_file: Path) -> None:
    code, text = run("check", "--color", "never", str(bad_file))
    assert code == 1
    blocks = text.split("\n\n")
    heads = [b.splitlines()[0] for b in blocks[:-1]]
    assert heads[0].startswith(f"{bad_file}:11:19: NUM104 majority-mismatch the stated majority")
    assert heads[1].startswith(f"{bad_file}:14:75: NUM101 share-votes-mismatch Christopher")
    votes = blocks[1].splitlines()
    assert "   = arithmetic: 11,486 / 58,814 = 19.529%" in votes
    assert any(ln.startswith("   = fix: 11,846 (two digits swapped) fits 20.1%") for ln in votes)
    assert "   = severity: error; confidence: high" in votes
    assert "\x1b[" not in text


def underlined(block: str) -> str:
    """The text above the carets in a finding's excerpt."""
    lines = block.splitlines()
    caret_at = next(i for i, ln in enumerate(lines) if re.fullmatch(r"\s*\| *\^+", ln))
    source, carets = lines[caret_at - 1], lines[caret_at]
    start = carets.index("^")
    return source[start : start + carets.count("^")]


def test_underline_sits_under_the_figure(bad_file: Path, share_file: Path) -> None:
    _, text = run("check", str(bad_file))
    blocks = text.split("\n\n")
    assert underlined(blocks[0]) == "27000"
    assert underlined(blocks[1]) == "11486"  # on a long line cut to a window ("…")
    assert "…" in blocks[1].splitlines()[2]
    _, text = run("check", str(share_file))
    (block,) = [b for b in text.split("\n\n") if " NUM101 " in b.splitlines()[0]]
    assert underlined(block) == "21.1"


def test_underline_with_tabs_and_crlf(tmp_path: Path) -> None:
    text = EXAMPLE.read_text("utf-8").replace("11846", "11486").replace("  ", "\t")
    path = tmp_path / "tabs.json"
    path.write_bytes(text.replace("\n", "\r\n").encode())
    _, out = run("check", str(path))
    assert underlined(out.split("\n\n")[0]) == "11486"
    assert "\r" not in out


def test_colour(bad_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, always = run("check", "--color", "always", str(bad_file))
    assert "\x1b[31mNUM101\x1b[0m" in always
    _, auto = run("check", str(bad_file))  # a StringIO is not a terminal
    assert "\x1b[" not in auto
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("check", "--color", "auto", str(bad_file))[1]


# -- JSON output ------------------------------------------------------------------------------


def test_json_is_a_flat_array_of_findings(bad_file: Path) -> None:
    code, data = run_json(str(bad_file))
    assert code == 1
    text = bad_file.read_text("utf-8")
    doc = Document(path=str(bad_file), text=text)
    codes = {r.code: r.name for r in all_rules()}
    assert [f["rule"] for f in data] == ["NUM104", "NUM101"]
    for f in data:
        assert set(f) >= REQUIRED
        assert f["path"] == str(bad_file)
        assert codes[f["rule"]] == f["name"]
        assert f["severity"] in {s.value for s in Severity}
        assert isinstance(f["message"], str)
        assert f["message"]
        assert isinstance(f["evidence"], dict)
        assert f["fix"] is None or isinstance(f["fix"], str)
        assert text[f["start"] : f["end"]] == f["text"]
        assert doc.position(f["start"]) == (f["line"], f["column"])
        assert doc.position(f["end"]) == (f["end_line"], f["end_column"])
        for rel in f["related"]:
            assert doc.position(rel["start"]) == (rel["line"], rel["column"])
    votes = data[1]
    assert votes["text"] == "11486"
    assert votes["evidence"]["fitting_votes"] == [11793, 11851]
    assert votes["evidence"]["also"][0]["rule"] == "NUM103"
    assert votes["fix"].startswith("11,846")


def test_json_offsets_of_a_string_figure_are_inside_the_quotes(share_file: Path) -> None:
    _, data = run_json(str(share_file))
    text = share_file.read_text("utf-8")
    (f,) = [f for f in data if f["rule"] == "NUM101"]
    assert f["text"] == "21.1"
    assert text[f["start"] - 1 : f["end"] + 1] == '"21.1"'


def test_json_offsets_are_into_the_decoded_text(tmp_path: Path) -> None:
    text = EXAMPLE.read_text("utf-8").replace("11846", "11486").replace("\n", "\r\n")
    text = text.replace("Jim Fitzpatrick", "Jïm Fítzpätrick ✓")  # characters, not bytes
    path = tmp_path / "bom.json"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    _, data = run_json(str(path))
    assert data
    for f in data:
        assert text[f["start"] : f["end"]] == f["text"]
        assert Document(path="", text=text).position(f["start"]) == (f["line"], f["column"])


def test_json_clean_is_an_empty_array() -> None:
    assert run_json(str(EXAMPLE)) == (0, [])


def test_show_not_checked(tmp_path: Path) -> None:
    path = tmp_path / "thin.json"
    path.write_text('{"contests": [{"name": "X", "candidates": [{"name": "A"}]}]}', "utf-8")
    code, data = run_json("--show-not-checked", str(path))
    assert code == 0
    assert data
    assert {f["kind"] for f in data} == {"not-checked"}
    assert all(set(f) >= REQUIRED and f["severity"] == "info" for f in data)
    assert run_json(str(path)) == (0, [])
    _, text = run("check", "--show-not-checked", str(path))
    assert "NUM101 share-votes-mismatch not checked [X]: " in text
    _, text = run("check", str(path))
    assert "checks not run for lack of data (--show-not-checked)" in text


def test_json_escapes_when_the_stream_cannot_encode(bad_file: Path) -> None:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="ascii")
    assert main(["check", "--format", "json", str(bad_file)], out=out) == 1
    out.flush()
    data = json.loads(raw.getvalue().decode("ascii"))
    assert any("−" in step for f in data for step in f["arithmetic"])


# -- selection --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "selector", "rules"),
    [
        ("--select", "NUM101", {"NUM101"}),
        ("--select", "share-votes-mismatch", {"NUM101"}),
        ("--select", "SHARE-VOTES-MISMATCH", {"NUM101"}),
        ("--select", "num10", {"NUM101", "NUM104"}),
        ("--select", "NUM104,NUM101", {"NUM101", "NUM104"}),
        ("--select", "ALL", {"NUM101", "NUM104"}),
        # NUM103 blames the vote count NUM101 blames; with NUM101 off, it speaks for itself
        ("--ignore", "NUM101", {"NUM103", "NUM104"}),
        ("--ignore", "NUM101,NUM103", {"NUM104"}),
        ("--ignore", "majority-mismatch", {"NUM101"}),
        ("--ignore", "NUM", set()),
    ],
)
def test_select_and_ignore(bad_file: Path, option: str, selector: str, rules: set[str]) -> None:
    code, data = run_json(option, selector, str(bad_file))
    assert {f["rule"] for f in data} == rules
    assert code == (1 if rules else 0)


def test_extend_select_adds_to_select(bad_file: Path) -> None:
    _, data = run_json("--select", "NUM104", "--extend-select", "NUM101", str(bad_file))
    assert {f["rule"] for f in data} == {"NUM101", "NUM104"}


@pytest.mark.parametrize(
    ("option", "selector", "hint"),
    [
        ("--select", "NUM9", "did you mean"),
        ("--select", "share-vote-mismatch", "did you mean 'share-votes-mismatch'?"),
        ("--ignore", "majority", "use a code (NUM101)"),
        ("--extend-select", "XYZ", "matches no rule"),
    ],
)
def test_unknown_selector_is_a_usage_error(
    bad_file: Path, option: str, selector: str, hint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = run("check", option, selector, str(bad_file))
    assert code == 2
    assert text == ""
    err = capsys.readouterr().err
    assert err.startswith(f"factcheck: {option} {selector!r} matches no rule")
    assert hint in err


# -- bad input --------------------------------------------------------------------------------

HOSTILE = {
    "empty.json": b"",
    "binary.json": b"\x89PNG\r\n\x1a\n\x00\x00\x00",
    "latin1.json": '{"contests": [{"name": "Bromsgrove café"}]}'.encode("latin-1"),
    "utf16.json": codecs.BOM_UTF16_LE + '{"contests": []}'.encode("utf-16-le"),
    "deep.json": b'{"contests": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    "nan.json": b'{"contests": [{"turnout": NaN}]}',
    "inf.json": b'{"contests": [{"turnout": -Infinity}]}',
    "huge.json": b'{"contests": [{"majority": ' + b"9" * 5_000 + b"}]}",
    "overflow.json": b'{"contests": [{"turnout": 1e999}]}',
    "array.json": b"[1, 2, 3]",
    "types.json": b'{"contests": [{"complete": "yes", "candidates": [{"name": 7}]}]}',
    "unknown.json": b'{"contests": [{"candidates": [{"name": "A", "vots": 1}]}]}',
    "truncated.json": b'{"contests": [{"name": "A"',
    "prose.md": b"---\ntitle: [a, b]\n---\nLabour won with 67.3pc of the vote.",
}


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    """A folder of files that must each be refused with a clear message."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, data in HOSTILE.items():
        (folder / name).write_bytes(data)
    return folder


def test_every_bad_file_is_named_and_the_good_ones_still_checked(
    hostile_dir: Path, bad_file: Path
) -> None:
    paths = [str(hostile_dir / n) for n in HOSTILE]
    # Corpus rules would also compare the two good files (one is a mistyped copy of the
    # other); that is tested in test_corpus_rules.py, and here only input handling is.
    code, text = run("check", "--ignore", "DUP", *paths, str(bad_file), str(EXAMPLE))
    assert code == 2
    for name in HOSTILE:
        assert re.search(rf"^{re.escape(str(hostile_dir / name))}(:\d+:\d+)?: error: ", text, re.M)
    assert f"{bad_file}:14:75: NUM101" in text
    assert "2 findings (2 error, 0 warning, 0 info) in 2 files" in text
    assert f"; {len(HOSTILE)} files could not be read" in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.json", ": error: is empty"),
        ("binary.json", ": error: looks like a binary file"),
        ("latin1.json", ": error: is not valid UTF-8 (byte 0xe9"),
        ("utf16.json", ": error: is encoded as UTF-16; re-save it as UTF-8"),
        ("deep.json", ":1:"),
        ("nan.json", ":1:27: error: not valid JSON: NaN is not a JSON value"),
        ("inf.json", ":1:27: error: not valid JSON: -Infinity is not a JSON value"),
        ("huge.json", ":1:28: error: not valid JSON: a number 5,000 characters long"),
        ("overflow.json", ":1:27: error: contests[0].turnout: a percentage must lie between"),
        ("array.json", ":1:1: error: expected a JSON object"),
        ("types.json", ":1:28: error: contests[0].complete: expected true or false"),
        ("unknown.json", ":1:45: error: contests[0].candidates[0].vots: unknown field"),
        ("truncated.json", ":1:27: error: not valid JSON"),
        ("prose.md", ":2:8: error: front matter: lists and mappings are not supported"),
    ],
)
def test_each_bad_file_message(hostile_dir: Path, name: str, expected: str) -> None:
    code, text = run("check", str(hostile_dir / name))
    assert code == 2
    assert f"{hostile_dir / name}{expected}" in text


def test_several_problems_in_one_file_are_each_listed(hostile_dir: Path) -> None:
    _, text = run("check", str(hostile_dir / "types.json"))
    assert "contests[0].complete: expected true or false" in text
    assert "contests[0].candidates[0].name: expected text in double quotes; got 7" in text
    assert "1 file could not be read" in text


def test_json_format_reports_bad_files_on_stderr(
    hostile_dir: Path, bad_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = run_json(str(hostile_dir / "nan.json"), str(bad_file))
    assert code == 2
    assert {f["rule"] for f in data if f["kind"] == "finding"} == {"NUM101", "NUM104"}
    # The unread file is in the JSON too, so a pipeline sees it was not checked.
    (error,) = [f for f in data if f["kind"] == "input-error"]
    assert error["path"] == str(hostile_dir / "nan.json")
    assert error["message"].startswith("not valid JSON")
    err = capsys.readouterr().err
    assert f"factcheck: {hostile_dir / 'nan.json'}:1:27: error: not valid JSON" in err


def test_missing_file(tmp_path: Path) -> None:
    code, text = run("check", str(tmp_path / "nope.json"))
    assert code == 2
    assert "nope.json: error: cannot be read: No such file or directory" in text


# -- stdin ------------------------------------------------------------------------------------


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Make ``data`` the process's standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin(monkeypatch: pytest.MonkeyPatch, bad_file: Path) -> None:
    stdin(monkeypatch, bad_file.read_bytes())
    code, data = run_json("-")
    assert code == 1
    assert {f["path"] for f in data} == {"<stdin>"}
    text = bad_file.read_text("utf-8")
    assert all(text[f["start"] : f["end"]] == f["text"] for f in data)


def test_bad_stdin_does_not_stop_the_other_files(
    monkeypatch: pytest.MonkeyPatch, bad_file: Path
) -> None:
    stdin(monkeypatch, b"")
    code, text = run("check", "-", str(bad_file))
    assert code == 2
    assert "<stdin>: error: is empty" in text
    assert f"{bad_file}:14:75: NUM101" in text
    stdin(monkeypatch, b"\xef\xbb\xbf" + b'{"contests": [{"turnout": NaN}]}')
    code, text = run("check", "-")
    assert code == 2
    assert "<stdin>:1:27: error: not valid JSON: NaN" in text


# -- other commands ---------------------------------------------------------------------------


def test_rules_text_and_json() -> None:
    code, text = run("rules")
    assert code == 0
    assert text.splitlines()[0].split() == ["CODE", "NAME", "SEVERITY", "SCOPE", "SUMMARY"]
    assert re.search(r"^NUM101\s+share-votes-mismatch\s+error\s+contest\s+Vote", text, re.M)
    code, js = run("rules", "--format", "json")
    assert code == 0
    data = json.loads(js)
    assert [r["code"] for r in data] == [r.code for r in all_rules()]
    assert set(data[0]) == {"code", "name", "severity", "scope", "summary"}
    num104 = next(r for r in data if r["code"] == "NUM104")
    assert {"code": "NUM104", "name": "majority-mismatch"}.items() <= num104.items()


@pytest.mark.parametrize("rule", ["NUM101", "share-votes-mismatch", "num101"])
def test_explain(rule: str) -> None:
    code, text = run("explain", rule)
    assert code == 0
    assert text.startswith("# share-votes-mismatch (NUM101)\n")
    assert "## What it does" in text
    assert "## Example" in text


def test_explain_unknown_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run("explain", "share-vote-mismatch")
    assert code == 2
    assert text == ""
    err = capsys.readouterr().err
    assert "no rule has the code or name 'share-vote-mismatch'" in err
    assert "did you mean 'share-votes-mismatch'?" in err


def test_schema_is_json_and_describes_the_example() -> None:
    code, text = run("schema")
    assert code == 0
    schema = json.loads(text)
    assert schema["title"] == "factcheck results file"
    assert schema["required"] == ["contests"]
    example = json.loads(EXAMPLE.read_text("utf-8"))
    contest_props = schema["$defs"]["ContestInput"]["properties"]
    candidate_props = schema["$defs"]["CandidateInput"]["properties"]
    for contest in example["contests"]:
        assert set(contest) <= set(contest_props)
        for cand in contest["candidates"]:
            assert set(cand) <= set(candidate_props)
            share_pattern = candidate_props["share"]["anyOf"][1]["pattern"]
            assert re.search(share_pattern, cand["share"])


# -- real processes ---------------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    return env


def test_no_traceback_reaches_stderr_in_a_real_process(
    hostile_dir: Path, bad_file: Path, tmp_path: Path
) -> None:
    paths = [str(hostile_dir / n) for n in HOSTILE]
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", *paths, str(bad_file)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=_env(),
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "Traceback" not in proc.stdout
    assert f"{bad_file}:14:75: NUM101" in proc.stdout
    for name in HOSTILE:
        assert str(hostile_dir / name) in proc.stdout


def test_console_script_json_on_stdin_with_an_ascii_terminal(
    bad_file: Path, tmp_path: Path
) -> None:
    script = Path(sys.executable).parent / "factcheck"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "factcheck.cli"]
    proc = subprocess.run(
        [*command, "check", "--format", "json", "-"],
        input=bad_file.read_bytes(),
        capture_output=True,
        cwd=tmp_path,
        env={**_env(), "PYTHONIOENCODING": "ascii"},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr
    data = json.loads(proc.stdout.decode("ascii"))
    assert {f["rule"] for f in data} == {"NUM101", "NUM104"}
    text = subprocess.run(
        [*command, "check", str(bad_file)],
        capture_output=True,
        cwd=tmp_path,
        env={**_env(), "PYTHONIOENCODING": "ascii"},
        timeout=60,
        check=False,
    )
    assert text.returncode == 1
    assert b"Traceback" not in text.stderr
    assert b"arithmetic: 39,558 ? 11,486 = 28,072" in text.stdout


def test_closed_pipe_ends_quietly(bad_file: Path) -> None:
    class ClosedPipe(io.StringIO):
        """Like stdout piped into `head` after head has exited."""

        def write(self, text: str) -> int:
            raise BrokenPipeError

    assert main(["check", str(bad_file)], out=ClosedPipe()) == 0
