"""Suppressions in the article: exactly their rule at their place, with a reason, or reported."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import Document, Report, check
from factcheck.checks.suppression import InvalidSuppression, UnusedSuppression
from factcheck.cli import main
from factcheck.io.comments import blank_comments
from factcheck.io.prose import prepare_prose
from factcheck.io.suppression_comments import from_comments
from factcheck.models import Span, Suppression
from factcheck.rule import RuleContext, SuppressionUse, Violation

DOCS = Path(__file__).resolve().parent.parent / "docs" / "suppressions.md"

# WRD102 fires on the turnout change; WRD104 on Chirico's "up".
POINTS = (
    "In Poplar and Limehouse, where Labour's Jim Fitzpatrick held the seat, turnout was up\n"
    "about five per cent to 67.68pc from 62.59pc in 2015."
)
DIRECTION = (
    "In Bethnal Green and Bow, the Conservative Charlotte Chirico came second with 12.7pc of\n"
    "the vote, up from 15.2pc in 2015."
)


def markdown(text: str, path: str = "story.md") -> Report:
    return check(Document(path=path, text=text, media_type="text/markdown"))


def located(report: Report) -> list[tuple[str, int | None]]:
    return [(f.rule, f.line) for f in report.findings]


def silenced(report: Report) -> list[tuple[str, int | None, str]]:
    return [(s.finding.rule, s.finding.line, s.justification) for s in report.suppressed]


# -- what a suppression silences ------------------------------------------------------------------


def test_an_ignore_silences_exactly_its_rule_in_the_next_paragraph() -> None:
    text = (
        "<!-- factcheck-ignore WRD102: the agent's own words -->\n"
        f"{POINTS} {DIRECTION}\n\n{POINTS}\n"
    )
    report = markdown(text)
    # The other rule in the same paragraph, and the same rule in the next, are still reported.
    assert located(report) == [("WRD104", 4), ("WRD102", 7)]
    assert silenced(report) == [("WRD102", 3, "the agent's own words")]


def test_an_ignore_naming_another_rule_silences_nothing_and_is_reported_unused() -> None:
    report = markdown(f"<!-- factcheck-ignore WRD104: quoted -->\n{POINTS}\n")
    assert located(report) == [("SUP101", 1), ("WRD102", 3)]
    assert report.suppressed == ()
    unused = report.findings[0]
    assert unused.name == "unused-suppression"
    assert (unused.column, unused.end_line) == (1, 1)


def test_a_suppression_without_a_reason_is_an_error_naming_its_line_and_column() -> None:
    report = markdown(f"Labour held the seat.\n\n  <!-- factcheck-ignore WRD102 -->\n{POINTS}\n")
    (invalid, wrd) = report.findings
    assert (invalid.rule, invalid.name, invalid.severity.value) == (
        "SUP102",
        "invalid-suppression",
        "error",
    )
    assert (invalid.line, invalid.column) == (3, 3)
    assert "gives no reason" in invalid.message
    # Not applied: the finding it was meant for is reported too.
    assert wrd.rule == "WRD102"
    assert report.suppressed == ()


@pytest.mark.parametrize(
    ("comment", "phrase"),
    [
        ("factcheck-ignore share-vote-mismatch: x", "did you mean 'share-votes-mismatch'?"),
        ("factcheck-ignore: quoted", "names no rule"),
        ("factcheck-ignore WRD102:", "gives no reason"),
        ("factcheck off", "gives no reason"),
        ("factcheck ignore WRD102: quoted", "is not a suppression"),
        ("factcheck disable", "is not a suppression"),
        ("factcheck on now", "factcheck on takes nothing after it"),
    ],
)
def test_a_suppression_that_cannot_be_used_says_why(comment: str, phrase: str) -> None:
    report = markdown(f"<!-- {comment} -->\nLabour held the seat.\n")
    assert [f.rule for f in report.findings] == ["SUP102"]
    assert phrase in report.findings[0].message


def test_ordinary_comments_are_not_suppressions() -> None:
    report = markdown(f"<!-- factchecked by Jo; see the factcheck notes -->\n{POINTS}\n")
    assert [f.rule for f in report.findings] == ["WRD102"]


def test_off_and_on_silence_the_stretch_between_them() -> None:
    text = (
        f"{POINTS}\n\n<!-- factcheck off: figures from the 2015 declaration -->\n{POINTS}\n\n"
        f"{DIRECTION}\n<!-- factcheck on -->\n{POINTS}\n"
    )
    report = markdown(text)
    assert located(report) == [("WRD102", 2), ("WRD102", 12)]
    assert [(r, line) for r, line, _ in silenced(report)] == [("WRD102", 6), ("WRD104", 9)]


def test_off_naming_rules_silences_only_those_to_the_end() -> None:
    text = f"<!-- factcheck off WRD104: quoted throughout -->\n{POINTS}\n\n{DIRECTION}\n"
    report = markdown(text)
    assert located(report) == [("WRD102", 3)]
    assert [r for r, _, _ in silenced(report)] == ["WRD104"]


def test_front_matter_silences_the_whole_plain_text_file(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        f'---\nfactcheck-ignore: "WRD: quoted from the agent"\n---\n{POINTS}\n\n{DIRECTION}\n',
        encoding="utf-8",
    )
    report = check(story)
    assert report.findings == ()
    assert [(r, j) for r, _, j in silenced(report)] == [
        ("WRD102", "quoted from the agent"),
        ("WRD104", "quoted from the agent"),
    ]
    # Unquoted, the colon makes it a nested mapping, which front matter refuses by name.
    story.write_text(f"---\nfactcheck-ignore: WRD102: quoted\n---\n{POINTS}\n", encoding="utf-8")
    (error,) = check(story).errors
    assert "put the value in quotes" in error.message


def test_a_front_matter_suppression_without_a_reason_points_at_its_line(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(f"---\ntitle: x\nfactcheck-ignore: WRD102\n---\n{POINTS}\n", encoding="utf-8")
    report = check(story)
    assert [(f.rule, f.line, f.column) for f in report.findings] == [
        ("SUP102", 3, 1),
        ("WRD102", 6, 1),
    ]


def test_in_plain_text_a_comment_is_text() -> None:
    doc = prepare_prose(
        Document(path="a.txt", text="<!-- factcheck off: x -->\nLabour.", media_type="text/plain")
    )
    assert doc.suppressions == ()
    assert doc.text.startswith("<!--")


def test_in_html_a_paragraph_ends_at_its_block() -> None:
    html = f"<!-- factcheck-ignore WRD102: quoted -->\n<p>{POINTS}</p>\n<p>{POINTS}</p>\n"
    report = check(Document(path="a.html", text=html, media_type="text/html"))
    assert located(report) == [("WRD102", 5)]
    assert [(r, line) for r, line, _ in silenced(report)] == [("WRD102", 3)]


def test_a_comment_is_never_read_as_the_article() -> None:
    hidden = "<!-- turnout was up about five per cent to 67.68pc from 62.59pc -->"
    assert markdown(f"In Poplar and Limehouse {hidden} Labour held the seat.\n").findings == ()
    text, comments = blank_comments(f"a {hidden}\nb")
    assert len(text) == len(hidden) + 4
    assert "five" not in text
    assert [c.body.strip()[:7] for c in comments] == ["turnout"]


def test_rules_that_did_not_run_leave_a_suppression_unjudged() -> None:
    text = f"<!-- factcheck-ignore WRD104: quoted -->\n{POINTS}\n"
    doc = Document(path="a.md", text=text, media_type="text/markdown")
    assert [f.rule for f in check(doc, select=["WRD102"]).findings] == ["WRD102"]
    assert [f.rule for f in check(doc, select=["WRD", "SUP"]).findings] == ["SUP101", "WRD102"]
    # Deselecting the suppression rules themselves silences the reports about suppressions.
    assert [f.rule for f in check(doc, ignore=["SUP"]).findings] == ["WRD102"]


def test_a_fully_suppressed_file_passes(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(f"<!-- factcheck-ignore WRD102: quoted -->\n{POINTS}\n", encoding="utf-8")
    assert main(["check", str(story)], out=io.StringIO()) == 0
    story.write_text(f"<!-- factcheck-ignore WRD102 -->\n{POINTS}\n", encoding="utf-8")
    assert main(["check", str(story)], out=io.StringIO()) == 1


# -- a property: suppressed exactly where written ------------------------------------------------


@settings(max_examples=25)
@given(st.lists(st.booleans(), min_size=1, max_size=4))
def test_each_paragraph_is_silenced_exactly_when_an_ignore_precedes_it(marks: list[bool]) -> None:
    blocks = []
    for i, marked in enumerate(marks):
        head = f"<!-- factcheck-ignore WRD102: reason {i} -->\n" if marked else ""
        blocks.append(head + POINTS)
    report = markdown("\n\n".join(blocks) + "\n")
    assert len(report.findings) + len(report.suppressed) == len(marks)
    reasons = sorted(s.justification for s in report.suppressed)
    assert reasons == sorted(f"reason {i}" for i, m in enumerate(marks) if m)
    # Blanking keeps offsets: every finding is on the line its paragraph's sentence holds.
    for f in report.findings:
        assert f.text == "about five per cent"


@given(st.text(alphabet="abc <!->\n", max_size=60))
def test_reading_suppressions_never_fails_and_regions_stay_in_the_text(text: str) -> None:
    blanked, comments = blank_comments(text)
    assert len(blanked) == len(text)
    for s in from_comments(blanked, comments):
        assert 0 <= s.region.start <= s.region.end <= len(text)
        assert text[s.span.start : s.span.start + 4] == "<!--"


# -- the documentation's examples -----------------------------------------------------------------

_EXAMPLE = re.compile(
    r"```(markdown|html|text)\n(.*?)```\n\nReported: (.*?)\. Suppressed: (.*?)\.\n", re.DOTALL
)
_SUFFIX = {"markdown": ".md", "html": ".html", "text": ".txt"}


def _listed(words: str) -> list[tuple[str, int, int]]:
    if words == "nothing":
        return []
    out = []
    for item in words.split(", "):
        rule, _, where = item.partition(" at ")
        line, column = where.split(":")
        out.append((rule, int(line), int(column)))
    return out


def test_the_documented_examples_do_what_the_page_says(tmp_path: Path) -> None:
    examples = _EXAMPLE.findall(DOCS.read_text(encoding="utf-8"))
    assert len(examples) == 7
    for i, (kind, source, reported, suppressed) in enumerate(examples):
        path = tmp_path / f"example{i}{_SUFFIX[kind]}"
        path.write_text(source, encoding="utf-8")
        report = check(path)
        assert report.errors == ()
        got = [(f.rule, f.line, f.column) for f in report.findings]
        assert got == _listed(reported), f"example {i}: {source}"
        quiet = [(s.finding.rule, s.finding.line, s.finding.column) for s in report.suppressed]
        assert quiet == _listed(suppressed), f"example {i}: {source}"


def test_show_suppressed_lists_them_with_their_reasons(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(
        f"<!-- factcheck-ignore WRD102: the agent's own words -->\n{POINTS}\n", encoding="utf-8"
    )
    out = io.StringIO()
    assert main(["check", str(story)], out=out) == 0
    assert "suppressed (the agent's own words)" not in out.getvalue()
    assert "1 suppressed" in out.getvalue()
    out = io.StringIO()
    assert main(["check", "--show-suppressed", str(story)], out=out) == 0
    assert f"{story}:3:1: WRD102 percent-points-confusion suppressed (the agent's own words)" in (
        out.getvalue()
    )


# -- the suppression rules' findings, word for word (mutation testing, docs/testing.md) ----------


def _use(
    kind: Literal["ignore", "off", "front-matter"],
    rules: tuple[str, ...] = (),
    *,
    judged: bool = False,
    silenced: int = 0,
    reason: str | None = "quoted",
    problem: str | None = None,
) -> SuppressionUse:
    s = Suppression(
        kind=kind,
        rules=rules,
        reason=reason,
        span=Span(start=0, end=10),
        region=Span(start=10, end=20),
        problem=problem,
    )
    return SuppressionUse(s, silenced=silenced, judged=judged)


_DOC = Document(path="a.md", text="x" * 20, media_type="text/markdown")


def test_an_unused_suppression_is_named_as_written_with_its_rules_and_removed() -> None:
    uses = [
        _use("ignore", ("WRD102", "WRD104"), judged=True),
        _use("off", ("WRD",), judged=True),
        _use("front-matter", ("percent-points-confusion",), judged=True, reason="agent's words"),
        _use("off", judged=True),
        _use("front-matter", judged=True),
        _use("ignore", judged=True),
    ]
    found = list(UnusedSuppression().check_suppressions(_DOC, uses, RuleContext()))
    assert [v.message for v in found] == [  # type: ignore[union-attr]
        "factcheck-ignore WRD102, WRD104 silenced nothing: no finding naming WRD102, WRD104 "
        "is in what it covers; remove it",
        "factcheck off WRD silenced nothing: no finding naming WRD is in what it covers; remove it",
        "factcheck-ignore (front matter) percent-points-confusion silenced nothing: no finding "
        "naming percent-points-confusion is in what it covers; remove it",
        "factcheck off silenced nothing: no finding for every rule is in what it covers; remove it",
        "factcheck-ignore (front matter) silenced nothing: no finding for every rule is in what "
        "it covers; remove it",
        "factcheck-ignore silenced nothing: no finding for every rule is in what it covers; "
        "remove it",
    ]
    third = found[2]
    assert isinstance(third, Violation)
    assert third.evidence == {
        "rules": ["percent-points-confusion"],
        "reason": "agent's words",
        "kind": "front-matter",
    }
    assert third.fix == "remove the suppression"
    assert third.span == Span(start=0, end=10)


def test_only_a_valid_judged_suppression_that_silenced_nothing_is_unused() -> None:
    uses = [
        _use("ignore", ("WRD102",), judged=True, silenced=1),
        _use("ignore", ("WRD102",), judged=False),
        _use("ignore", ("WRD102",), judged=True, problem="it gives no reason"),
        _use("off", ("WRD104",), judged=True),
    ]
    found = list(UnusedSuppression().check_suppressions(_DOC, uses, RuleContext()))
    assert [v.evidence["rules"] for v in found] == [["WRD104"]]  # type: ignore[union-attr]


def test_an_invalid_suppression_says_why_with_its_rules_and_kind() -> None:
    uses = [
        _use("ignore", ("WRD102",)),
        _use("off", ("WRD999",), problem="no rule is named WRD999"),
        _use("front-matter", problem="it gives no reason", reason=None),
    ]
    found = list(InvalidSuppression().check_suppressions(_DOC, uses, RuleContext()))
    assert [(v.message, v.evidence, v.span) for v in found] == [  # type: ignore[union-attr]
        (
            "suppression not applied: no rule is named WRD999",
            {"rules": ["WRD999"], "kind": "off"},
            Span(start=0, end=10),
        ),
        (
            "suppression not applied: it gives no reason",
            {"rules": [], "kind": "front-matter"},
            Span(start=0, end=10),
        ),
    ]
