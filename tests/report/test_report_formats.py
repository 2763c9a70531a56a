"""The github, rdjsonl, json and json-lines reporters: their formats as documented."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

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
from factcheck.report import render
from factcheck.report.github import escape_data, escape_property, summary_markdown
from factcheck.report.text import render_text, tally

TEXT = "Café: Jo Bloggs won 11,486 votes (20.1%).\n"
START = TEXT.index("11,486")


def finding(**changes: Any) -> Finding:
    base: dict[str, Any] = {
        "rule": "NUM101",
        "name": "share-votes-mismatch",
        "severity": Severity.ERROR,
        "message": "11,486 votes cannot be 20.1% of 58,814",
        "path": "story.txt",
        "start": START,
        "end": START + 6,
        "line": 1,
        "column": START + 1,
        "end_line": 1,
        "end_column": START + 7,
        "text": "11,486",
        "fix": "11,846 (two digits swapped) fits 20.1%",
        "replacement": "11,846",
        "related": (
            RelatedLocation(
                path="story.txt", line=1, column=TEXT.index("20.1") + 1, message="the share"
            ),
        ),
    }
    return Finding(**{**base, **changes})


def report(*findings: Finding, **extra: Any) -> Report:
    return Report(
        findings=findings or (finding(),),
        documents=(Document(path="story.txt", text=TEXT),),
        **extra,
    )


# -- github ------------------------------------------------------------------------------------


def test_escaping_follows_the_actions_toolkit() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotation_line() -> None:
    out = render(report(), "github")
    first = out.splitlines()[0]
    column = START + 1
    assert first == (
        f"::error title=factcheck (NUM101),file=story.txt,line=1,col={column},endLine=1,"
        f"endColumn={column + 6}::share-votes-mismatch: 11,486 votes cannot be 20.1%25 of "
        "58,814%0Afix: 11,846 (two digits swapped) fits 20.1%25"
    )


@pytest.mark.parametrize(
    ("severity", "command"),
    [(Severity.ERROR, "::error "), (Severity.WARNING, "::warning "), (Severity.INFO, "::notice ")],
)
def test_github_command_per_severity(severity: Severity, command: str) -> None:
    assert render(report(finding(severity=severity)), "github").startswith(command)


def test_github_span_over_lines_has_no_columns() -> None:
    line = render(report(finding(end_line=2, end_column=3)), "github").splitlines()[0]
    assert "line=1,endLine=2::" in line
    assert "col=" not in line


def test_github_prints_the_text_report_with_commands_stopped() -> None:
    out = render(report(), "github").splitlines()
    stop = next(i for i, line in enumerate(out) if line.startswith("::stop-commands::"))
    token = out[stop].removeprefix("::stop-commands::")
    assert len(token) == 32
    assert out[-1] == f"::{token}::"
    assert out[-2].startswith("1 finding (1 error")
    assert token not in "\n".join(out[stop + 1 : -1])


def test_github_unread_file_is_an_error_annotation() -> None:
    r = report(errors=(InputError(path="bad.json", message="not valid JSON", line=3, column=7),))
    assert (
        "::error title=factcheck (input error),file=bad.json,line=3,col=7::not checked: "
        "not valid JSON" in render(r, "github").splitlines()
    )


def test_github_step_summary_is_appended(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    r = report(finding(message="a | b <script>"))
    render(r, "github", environ={"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## factcheck\n")
    assert "| severity | file | line | rule | message |" in text
    row = next(line for line in text.splitlines() if line.startswith("| error"))
    # The pipe and the tag in the message cannot break the table or add markup.
    assert row == (
        "| error | story.txt | 1 | NUM101 share-votes-mismatch | a &#124; b &lt;script&gt; |"
    )


def test_github_step_summary_not_written_without_the_variable(tmp_path: Path) -> None:
    render(report(), "github", environ={})
    assert not list(tmp_path.iterdir())


def test_summary_counts_unread_files() -> None:
    r = report(errors=(InputError(path="bad.json", message="not valid JSON"),))
    assert "; 1 file could not be read" in summary_markdown(r)


def test_the_text_summary_and_the_step_summary_tally_the_run_alike() -> None:
    r = Report(
        findings=(finding(), finding(severity=Severity.WARNING), finding(severity=Severity.INFO)),
        documents=(
            Document(path="story.txt", text=TEXT),
            Document(path="other.txt", text=TEXT),
        ),
        errors=(
            InputError(path="bad.json", message="not valid JSON", line=1),
            InputError(path="bad.json", message="not valid JSON", line=2),
        ),
    )
    line = "3 findings (1 error, 1 warning, 1 info) in 2 files; 1 file could not be read"
    assert tally(r) == line
    assert summary_markdown(r).splitlines()[2] == line
    assert render_text(r).splitlines()[-1] == line
    one = report()
    assert tally(one) == "1 finding (1 error, 0 warning, 0 info) in 1 file"


# -- rdjsonl -----------------------------------------------------------------------------------


def test_rdjsonl_columns_count_utf8_bytes_and_fixes_are_suggestions() -> None:
    (line,) = render(report(), "rdjsonl").splitlines()
    d = json.loads(line)
    # "Café" is five bytes in UTF-8, four characters: the column moves on by one.
    start = {"line": 1, "column": START + 2}
    end = {"line": 1, "column": START + 8}
    assert d["location"] == {"path": "story.txt", "range": {"start": start, "end": end}}
    assert d["severity"] == "ERROR"
    assert d["code"]["value"] == "NUM101"
    assert d["source"]["name"] == "factcheck"
    assert d["suggestions"] == [{"range": {"start": start, "end": end}, "text": "11,846"}]
    assert d["related_locations"][0]["message"] == "the share"


def test_rdjsonl_without_a_literal_fix_has_no_suggestion() -> None:
    (line,) = render(report(finding(replacement=None)), "rdjsonl").splitlines()
    assert "suggestions" not in json.loads(line)


def test_rdjsonl_unread_file_is_a_diagnostic() -> None:
    r = report(errors=(InputError(path="bad.json", message="not valid JSON", line=2),))
    lines = [json.loads(x) for x in render(r, "rdjsonl").splitlines()]
    assert lines[-1]["code"] == {"value": "input-error"}
    assert lines[-1]["location"]["path"] == "bad.json"
    assert lines[-1]["severity"] == "ERROR"


# -- json and json lines -----------------------------------------------------------------------


def test_json_carries_replacement_and_input_errors() -> None:
    r = report(errors=(InputError(path="bad.json", message="not valid JSON"),))
    data = json.loads(render(r, "json"))
    assert [d["kind"] for d in data] == ["finding", "input-error"]
    assert data[0]["replacement"] == "11,846"
    assert data[1]["path"] == "bad.json"
    assert data[1]["message"] == "not valid JSON"


def test_json_lists_suppressed_findings_only_when_asked() -> None:
    silenced = SuppressedFinding(finding=finding(rule="WRD102"), justification="house style")
    r = report(suppressed=(silenced,))
    assert [d["kind"] for d in json.loads(render(r, "json"))] == ["finding"]
    data = json.loads(render(r, "json", show_suppressed=True))
    assert [d["kind"] for d in data] == ["finding", "suppressed"]
    assert data[1]["justification"] == "house style"
    assert data[1]["rule"] == "WRD102"


def test_json_lines_is_the_json_array_one_object_a_line() -> None:
    r = report(
        errors=(InputError(path="bad.json", message="not valid JSON"),),
        not_checked=(NotChecked(rule="NUM106", name="turnout-mismatch", reason="no electorate"),),
    )
    for options in ({}, {"show_not_checked": True}):
        array = json.loads(render(r, "json", **options))
        lines = [json.loads(x) for x in render(r, "json-lines", **options).splitlines()]
        assert lines == array
    kinds = [
        json.loads(x)["kind"]
        for x in render(r, "json-lines", show_not_checked=True).split("\n")
        if x
    ]
    assert kinds == ["finding", "not-checked", "input-error"]


# -- suppressions from the article, end to end -----------------------------------------------

SUPPRESSED_STORY = (
    "<!-- factcheck-ignore NUM101: the count sheet says so -->\n"
    "Jo Bloggs (Labour) won 11,846 votes (50.1%) and Sam Smith (Green) won 11,000 votes "
    "(49.9%) of 20,000 valid votes.\n"
)


def _check(path: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(["check", "--isolated", *argv, str(path)], out=out), out.getvalue()


def test_suppressed_finding_in_each_format(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(SUPPRESSED_STORY, encoding="utf-8")
    code, out = _check(story, "--output-format", "json")
    assert (code, json.loads(out)) == (0, [])
    code, out = _check(story, "--output-format", "json", "--show-suppressed")
    (entry,) = json.loads(out)
    assert (entry["kind"], entry["rule"]) == ("suppressed", "NUM101")
    assert entry["justification"] == "the count sheet says so"
    code, out = _check(story, "--output-format", "sarif")
    (result,) = json.loads(out)["runs"][0]["results"]
    assert result["suppressions"] == [
        {"kind": "inSource", "justification": "the count sheet says so"}
    ]
    code, out = _check(story, "--show-suppressed")
    assert "NUM101 share-votes-mismatch suppressed (the count sheet says so)" in out


def test_step_summary_is_capped_and_says_how_many_are_left_out() -> None:
    from factcheck.report.github import SUMMARY_ROWS

    many = report(*(finding(line=i + 1) for i in range(SUMMARY_ROWS + 2)))
    text = summary_markdown(many)
    rows = [line for line in text.splitlines() if line.startswith("| error")]
    assert len(rows) == SUMMARY_ROWS
    assert text.rstrip().endswith("… and 2 more: see the job's log.")


def test_unwritable_step_summary_is_reported_not_raised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "summary.md"
    out = render(report(), "github", environ={"GITHUB_STEP_SUMMARY": str(target)})
    assert out.startswith("::error ")
    assert "cannot append the step summary" in capsys.readouterr().err


def test_text_summary_counts_suppressed_findings() -> None:
    silenced = SuppressedFinding(finding=finding(rule="WRD102"), justification="house style")
    text = render(report(suppressed=(silenced,)), "text")
    assert text.rstrip().endswith("; 1 suppressed (--show-suppressed)")
    shown = render(report(suppressed=(silenced,)), "text", show_suppressed=True)
    assert "WRD102 share-votes-mismatch suppressed (house style)" in shown
