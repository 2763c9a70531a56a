"""SARIF: valid against the official 2.1.0 schema, and what code scanning needs from it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import factcheck
from factcheck.docs import rule_page
from factcheck.models import Document, Finding, InputError, Report, Severity, SuppressedFinding
from factcheck.registry import all_rules
from factcheck.report import render
from factcheck.report.sarif import artifact_uri

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "sarif" / "sarif-schema-2.1.0.json").read_text(
        encoding="utf-8"
    )
)
REPO = Path(__file__).resolve().parent.parent.parent


def sarif(report: Report) -> dict[str, Any]:
    """The report as SARIF, checked against the schema."""
    log = json.loads(render(report, "sarif"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert isinstance(log, dict)
    return log


@pytest.fixture(scope="module")
def seeds() -> dict[str, Any]:
    report = factcheck.check(REPO / "examples" / "articles", election="uk-ge-2017")
    assert report.findings
    return sarif(report)


def test_the_schema_rejects_a_broken_log() -> None:
    # The validation below means something only if the schema catches a wrong shape.
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate({"version": "2.1.0", "runs": [{"x": 1}]})


def test_seeds_validate_and_every_result_has_a_fingerprint(seeds: dict[str, Any]) -> None:
    run = seeds["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    assert run["results"]
    for result in run["results"]:
        assert result["partialFingerprints"]["primaryLocationLineHash"]
        assert len(result["locations"]) == 1
        assert "region" in result["locations"][0]["physicalLocation"]


def test_driver_lists_every_rule_with_its_page(seeds: dict[str, Any]) -> None:
    driver = seeds["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck"
    assert driver["version"] == factcheck.__version__
    assert driver["informationUri"].startswith("https://")
    rules = all_rules()
    assert [r["id"] for r in driver["rules"]] == [r.code for r in rules]
    for descriptor, rule in zip(driver["rules"], rules, strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary()
        assert descriptor["fullDescription"]["text"]
        assert descriptor["help"]["markdown"] == rule_page(rule)
        assert descriptor["helpUri"].endswith(f"/rules/{rule.name}/")
        level = {"error": "error", "warning": "warning", "info": "note"}[rule.severity.value]
        assert descriptor["defaultConfiguration"]["level"] == level
        props = descriptor["properties"]
        assert props["precision"] in {"high", "medium", "low"}
        assert props["problem.severity"] in {"error", "warning", "recommendation"}
        assert "factcheck" in props["tags"]


def test_results_point_at_their_rule(seeds: dict[str, Any]) -> None:
    run = seeds["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        assert result["message"]["text"]


def test_literal_fix_becomes_a_replacement_of_the_region(seeds: dict[str, Any]) -> None:
    results = seeds["runs"][0]["results"]
    fixed = [r for r in results if "fixes" in r]
    assert fixed, "the seeds have literal fixes (percentage points for per cent)"
    for r in fixed:
        (change,) = r["fixes"][0]["artifactChanges"]
        (replacement,) = change["replacements"]
        assert replacement["deletedRegion"] == r["locations"][0]["physicalLocation"]["region"]
        assert replacement["insertedContent"]["text"]


def test_a_reference_fix_is_written_as_the_article_writes_figures() -> None:
    # A turnout 6 points off (a digit slip), in a story the record bears out otherwise.
    text = (
        "Labour's Jim Fitzpatrick held Poplar and Limehouse with 39,558 votes, 67.3pc of the "
        "vote. Turnout was 61.68pc."
    )
    report = factcheck.check(Document(path="poplar.txt", text=text), election="uk-ge-2017")
    results = sarif(report)["runs"][0]["results"]
    fixes = [
        r["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]
        for r in results
        if r["ruleId"] == "REF101" and "fixes" in r
    ]
    # The official valid-vote turnout, 67.35%, with the article's "pc".
    assert fixes == ["67.35pc"]


def test_related_locations_carry_the_other_figures(seeds: dict[str, Any]) -> None:
    results = seeds["runs"][0]["results"]
    related = [loc for r in results for loc in r.get("relatedLocations", [])]
    assert related
    for loc in related:
        assert loc["message"]["text"]
        assert loc["physicalLocation"]["region"]["startLine"] >= 1


# -- fingerprints ------------------------------------------------------------------------------

PARAGRAPH = (
    "Turnout in the borough was higher than last time. Jo Bloggs (Labour) won 11,846 votes "
    "(50.1%) and Sam Smith (Green) won 11,000 votes (49.9%) of 20,000 valid votes. "
    "Counting finished at 3am."
)


def _prints(text: str, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    log = sarif(factcheck.check(path))
    results = log["runs"][0]["results"]
    assert results, "the paragraph has findings"
    return {
        f"{r['ruleId']}@{r['locations'][0]['physicalLocation']['region']['startColumn']}": r[
            "partialFingerprints"
        ]["primaryLocationLineHash"]
        for r in results
    }


def test_fingerprint_survives_an_edit_to_another_sentence_of_the_paragraph(
    tmp_path: Path,
) -> None:
    before = _prints(PARAGRAPH, tmp_path)
    after = _prints(
        PARAGRAPH.replace("Counting finished at 3am.", "The count ended late."), tmp_path
    )
    edited_first = PARAGRAPH.replace("higher than last time", "up on 2015")
    shifted = _prints(edited_first, tmp_path)
    assert sorted(before.values()) == sorted(after.values())
    # Editing the first sentence moves the columns but not the identities.
    assert sorted(before.values()) == sorted(shifted.values())


def test_fingerprint_changes_when_the_sentence_itself_changes(tmp_path: Path) -> None:
    before = _prints(PARAGRAPH, tmp_path)
    after = _prints(PARAGRAPH.replace("of 20,000 valid votes", "of 20,001 valid votes"), tmp_path)
    assert set(before.values()).isdisjoint(after.values())


def test_one_sentence_twice_gives_two_occurrences() -> None:
    sentence = "Jo Bloggs won 11,846 votes."
    text = f"{sentence} Other news.\n\n{sentence}\n"
    starts = [text.index("11,846"), text.rindex("11,846")]
    findings = tuple(
        Finding(
            rule="NUM101",
            name="share-votes-mismatch",
            severity=Severity.ERROR,
            message="m",
            path="a.txt",
            start=start,
            end=start + 6,
        )
        for start in starts
    )
    report = Report(findings=findings, documents=(Document(path="a.txt", text=text),))
    hashes = [
        r["partialFingerprints"]["primaryLocationLineHash"]
        for r in sarif(report)["runs"][0]["results"]
    ]
    digest = hashes[0].rsplit(":", 1)[0]
    assert hashes == [f"{digest}:1", f"{digest}:2"]


# -- columns, suppressions, notifications ------------------------------------------------------


def _report(text: str, finding: Finding, **extra: Any) -> Report:
    doc = Document(path="a.txt", text=text)
    return Report(findings=(finding,), documents=(doc,), **extra)


def test_columns_count_utf16_code_units() -> None:
    text = "😀😀 Jo won 5,000 votes"
    start = text.index("5,000")
    finding = Finding(
        rule="NUM101",
        name="share-votes-mismatch",
        severity=Severity.ERROR,
        message="m",
        path="a.txt",
        start=start,
        end=start + 5,
        line=1,
        column=start + 1,
        end_line=1,
        end_column=start + 6,
    )
    region = sarif(_report(text, finding))["runs"][0]["results"][0]["locations"][0][
        "physicalLocation"
    ]["region"]
    # Two emoji are four UTF-16 code units, not two characters.
    assert region["startColumn"] == start + 1 + 2
    assert region["endColumn"] == start + 6 + 2


def test_suppressed_findings_are_results_with_an_in_source_suppression() -> None:
    finding = Finding(
        rule="NUM101", name="share-votes-mismatch", severity=Severity.ERROR, message="m"
    )
    report = Report(
        suppressed=(SuppressedFinding(finding=finding, justification="checked with the count"),)
    )
    (result,) = sarif(report)["runs"][0]["results"]
    assert result["suppressions"] == [
        {"kind": "inSource", "justification": "checked with the count"}
    ]


def test_unread_files_are_tool_execution_notifications() -> None:
    report = Report(errors=(InputError(path="bad.json", message="not valid JSON", line=2),))
    invocation = sarif(report)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert "not valid JSON" in note["message"]["text"]
    location = note["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "bad.json"
    assert location["region"]["startLine"] == 2


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("stories/a b.txt", "stories/a%20b.txt"),
        ("stories/caf\u00e9.md", "stories/caf%C3%A9.md"),
        ("bad\udcff.txt", "bad%FF.txt"),
        ("/srv/x#1.txt", "file:///srv/x%231.txt"),
    ],
)
def test_paths_become_uri_references(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri
