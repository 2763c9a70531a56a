"""Hostile input through every reporter: nothing from an input reaches the output raw.

Controls (ESC, BEL, backspace, DEL, C1), bidi overrides and lone surrogates can come from an
article, a name in a results file or a file name. The text report shows them escaped; JSON
stays valid and encodable; a GitHub annotation cannot start a second command; SARIF validates.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.models import (
    Document,
    Finding,
    InputError,
    NotChecked,
    RelatedLocation,
    Report,
    Severity,
    SuppressedFinding,
)
from factcheck.report import BUILTIN, get_reporter, render
from factcheck.report.escape import json_text, visible
from factcheck.report.reporter import ReportOptions

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "sarif" / "sarif-schema-2.1.0.json").read_text(
        encoding="utf-8"
    )
)
# The surrogates are apart: JSON cannot tell two adjacent ones from the pair they would form.
HOSTILE = "\x1b[2J\x1b]0;pwned\x07\x08\x08\x7f\x9b31m\u202etxt.exe\u2066\u200f\ud800-\udcff\r\n"
# What must never reach a terminal raw: C0 but tab and newline, DEL, C1, bidi, surrogates.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def hostile_report(bad: str = HOSTILE) -> Report:
    text = f"Jo {bad} won 11,486 votes (20.1%).\n::error::injected\n"
    start = text.index("11,486")
    path = f"story{bad}.txt"
    doc = Document(path=path, text=text)
    line, column = doc.position(start)
    end_line, end_column = doc.position(start + 6)
    f = Finding(
        rule="NUM101",
        name="share-votes-mismatch",
        severity=Severity.ERROR,
        message=f"Jo {bad}: 11,486 votes cannot be 20.1%\n::error::second command",
        path=path,
        start=start,
        end=start + 6,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text="11,486",
        contest=f"Ward {bad}",
        arithmetic=(f"step {bad}",),
        fix=f"fix {bad}",
        replacement=f"11,846{bad}",
        related=(RelatedLocation(path=path, line=1, column=2, message=f"see {bad}"),),
    )
    return Report(
        findings=(f,),
        not_checked=(NotChecked(rule="NUM106", name="turnout-mismatch", path=path, reason=bad),),
        errors=(InputError(path=f"bad{bad}.json", message=f"not valid JSON {bad}", line=1),),
        suppressed=(SuppressedFinding(finding=f, justification=bad),),
        documents=(doc,),
    )


ALL = {"show_not_checked": True, "show_suppressed": True}


def test_visible_escapes_each_kind_of_character() -> None:
    assert visible("a\x1bb\x07\x08\x7f\x9b") == "a\\x1bb\\x07\\x08\\x7f\\x9b"
    assert visible("\u202e\u2066\u200e\ud800") == "\\u202e\\u2066\\u200e\\ud800"
    # A byte that was not UTF-8 in a file name is shown as that byte.
    assert visible("caf\udce9.txt") == "caf\\xe9.txt"
    assert visible("a\nb\tc\r") == "a\\nb\\tc\\r"
    assert visible("Café “quoted” – £5") == "Café “quoted” – £5"


def test_text_report_shows_every_control_escaped() -> None:
    out = render(hostile_report(), "text", **ALL)
    assert not RAW.search(out)
    assert "\\x1b[2J" in out
    assert "\\u202etxt.exe" in out
    assert "\\ud800" in out
    assert "story\\x1b" in out
    # No line of the report starts with text from the input.
    assert not any(line.startswith("::") for line in out.splitlines())


def test_text_underline_stays_under_the_figure_after_escaping() -> None:
    out = render(hostile_report(), "text")
    lines = out.splitlines()
    source = next(i for i, line in enumerate(lines) if line.startswith("2 | "))
    marker = lines[source + 1]
    at = marker.index("^")
    assert lines[source][at : at + 6] == "11,486"
    assert marker[at:].rstrip() == "^" * 6


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


@pytest.mark.parametrize("output_format", ["json", "json-lines", "sarif", "rdjsonl"])
def test_json_formats_stay_valid_and_round_trip(output_format: str) -> None:
    out = render(hostile_report(), output_format, **ALL)
    out.encode("utf-8")  # strict: no lone surrogate left raw
    assert not RAW.search(out)
    if output_format in ("json", "sarif"):
        docs = [json.loads(out)]
    else:
        docs = [json.loads(line) for line in out.splitlines()]
    # The hostile text comes back exactly as it went in.
    assert any(HOSTILE in s for s in _strings(docs))


def test_json_keeps_the_hostile_strings_exactly() -> None:
    (entry, *_) = json.loads(render(hostile_report(), "json", **ALL))
    assert entry["message"].startswith(f"Jo {HOSTILE}:")
    assert entry["path"] == f"story{HOSTILE}.txt"


def test_sarif_of_hostile_input_validates() -> None:
    log = json.loads(render(hostile_report(), "sarif"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)


def test_github_annotations_cannot_inject_a_command() -> None:
    out = render(hostile_report(), "github", **ALL)
    assert not RAW.search(out)
    lines = out.splitlines()
    stop = next(i for i, line in enumerate(lines) if line.startswith("::stop-commands::"))
    token = lines[stop].removeprefix("::stop-commands::")
    # Before the stop: exactly our annotations, one each; after it, nothing runs until ours.
    assert [line.split(" ", 1)[0] for line in lines[:stop]] == ["::error", "::error", "::notice"]
    assert all("::error::" not in line.split("::", 2)[1] for line in lines[:stop])
    assert lines[-1] == f"::{token}::"
    assert sum(line.startswith(f"::{token}::") for line in lines) == 1


@pytest.mark.parametrize("output_format", sorted(BUILTIN))
def test_strict_utf8_stream_never_raises(output_format: str, tmp_path: Path) -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors="strict")
    environ = {"GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")}
    options = ReportOptions(show_not_checked=True, show_suppressed=True, environ=environ)
    get_reporter(output_format).write(hostile_report(), stream, options)
    stream.flush()
    assert raw.getvalue()


@pytest.mark.parametrize("output_format", sorted(BUILTIN))
def test_ascii_stream_gets_ascii(output_format: str) -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii", errors="strict")
    options = ReportOptions(ascii_only=True)
    if output_format in ("text", "github"):
        # People's formats print “curly quotes”; the console entry point replaces what an
        # ASCII terminal cannot show. Machine formats must escape it themselves.
        return
    get_reporter(output_format).write(hostile_report("é\x1b"), stream, options)
    stream.flush()
    assert raw.getvalue().isascii()


_ANY_TEXT = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=30)


@given(bad=_ANY_TEXT)
def test_any_text_renders_safely_in_every_format(bad: str) -> None:
    report = hostile_report(bad)
    for output_format in BUILTIN:
        out = render(report, output_format, show_not_checked=True, show_suppressed=True)
        out.encode("utf-8")
        assert not RAW.search(out), output_format
        if output_format in ("json", "sarif"):
            json.loads(out)
        elif output_format in ("json-lines", "rdjsonl"):
            for line in out.splitlines():
                json.loads(line)
        elif output_format == "github":
            head = out.split("::stop-commands::", 1)[0].splitlines()
            assert len(head) == 3


def test_json_text_escapes_what_json_leaves_raw() -> None:
    out = json_text({"a": "\x7f\x9b\u202e\u2028\ud800"})
    assert out == '{"a": "\\u007f\\u009b\\u202e\\u2028\\ud800"}'
    assert json.loads(out) == {"a": "\x7f\x9b\u202e\u2028\ud800"}


# -- through the command line ------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_article_with_controls_is_reported_escaped(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Jo Bloggs (Labour) won 11,846 votes (50.1%) and Sam Smith\x1b[2J\u202e (Green) won "
        "11,000 votes (49.9%) of 20,000 valid votes.\n",
        encoding="utf-8",
    )
    code, text = _run("check", "--isolated", str(story))
    assert code == 1
    assert not RAW.search(text)
    assert "Smith\\x1b[2J\\u202e (Green)" in text


def test_results_file_with_a_lone_surrogate_name_is_reported(tmp_path: Path) -> None:
    data: dict[str, Any] = {
        "contests": [
            {
                "name": "Ward \\ud800",
                "valid_votes": 100,
                "complete": True,
                "candidates": [
                    {"name": "A \\ud800\\u001b", "votes": 60, "share": "70.0"},
                    {"name": "B", "votes": 40, "share": "40.0"},
                ],
            }
        ]
    }
    path = tmp_path / "results.json"
    path.write_text(json.dumps(data).replace("\\\\", "\\"), encoding="utf-8")
    for output_format in BUILTIN:
        code, out = _run("check", "--isolated", "--output-format", output_format, str(path))
        assert code in (1, 2), output_format
        out.encode("utf-8")
        assert not RAW.search(out), output_format


def test_file_name_that_is_not_utf8_is_printed_safely(tmp_path: Path) -> None:
    name = b"caf\xe9\x1b.txt"
    try:
        path = Path(tmp_path, name.decode("utf-8", "surrogateescape"))
        path.write_text("Turnout was 120%.\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    for output_format in BUILTIN:
        code, out = _run("check", "--isolated", "--output-format", output_format, str(tmp_path))
        out.encode("utf-8")
        assert not RAW.search(out), output_format
    code, text = _run("check", "--isolated", str(tmp_path))
    assert code == 1
    assert "caf\\xe9\\x1b.txt" in text


def test_extract_shows_what_was_read_escaped(tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    path.write_text(
        '{"contests": [{"name": "Ward \\u202e", "candidates": '
        '[{"name": "Jo\\u001b[2J", "votes": 5}]}]}',
        encoding="utf-8",
    )
    code, table = _run("extract", "--isolated", "--format", "text", str(path))
    assert code == 0
    assert not RAW.search(table)
    assert "Jo\\x1b[2J" in table
    assert "Ward \\u202e" in table


def test_extract_json_of_a_lone_surrogate_name_encodes(tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    path.write_text(
        '{"contests": [{"name": "Ward \\ud800", "candidates": [{"name": "A", "votes": 5}]}]}',
        encoding="utf-8",
    )
    code, out = _run("extract", "--isolated", str(path))
    assert code == 0
    out.encode("utf-8")
    assert json.loads(out)["contests"][0]["name"] == "Ward \ud800"


def test_usage_error_quoting_an_input_is_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Turnout was 60%.\n", encoding="utf-8")
    code, _ = _run("check", "--isolated", "--select", "NUM\x1b[2J", str(story))
    assert code == 2
    err = capsys.readouterr().err
    assert "NUM\\x1b[2J" in err
    assert not RAW.search(err)
