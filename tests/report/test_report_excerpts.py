"""A report keeps only the lines findings point at in a large document, and every reporter
writes the same output from them as from the whole text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import api
from factcheck.models import Document, Report
from factcheck.report import render
from factcheck.report.registry import format_names
from factcheck.report.sarif import sentence

REPO = Path(__file__).resolve().parent.parent.parent
SEED = (REPO / "examples" / "articles" / "000_ebfbf1afab7ada99.txt").read_text(encoding="utf-8")

FILLER = "The count went on through the night at the leisure centre, and nothing was declared.\n"
WRONG = (
    "In Bristol West, Thangam Debbonaire won 47,213 votes, a share of 65.9 per cent, "
    "and Annabel Tall took 8,000 votes, 70.2 per cent of the vote.\n"
)


def _large(tmp_path: Path, name: str, repeats: int) -> Path:
    """A long article whose only wrong figures sit in the middle of it."""
    path = tmp_path / name
    path.write_text(FILLER * repeats + WRONG + FILLER * repeats, encoding="utf-8")
    return path


def _whole(report: Report, paths: list[Path]) -> Report:
    """The same report with every cited document's whole text, as it was kept before."""
    docs = tuple(
        Document(path=str(p), text=p.read_text(encoding="utf-8"), media_type=d.media_type)
        if d.excerpts
        else d
        for p, d in zip(paths, report.documents, strict=True)
    )
    return report.model_copy(update={"documents": docs})


def test_a_large_cited_document_is_held_as_the_lines_around_its_findings(tmp_path: Path) -> None:
    big = _large(tmp_path, "big.md", 2_000)
    report = factcheck.check(big)
    assert report.findings
    (doc,) = report.documents
    assert doc.text == ""
    held = sum(len(e.text) for e in doc.excerpts)
    assert 0 < held < 10_000 < big.stat().st_size
    # Every line a finding points at is still there, word for word.
    lines = big.read_text(encoding="utf-8").splitlines()
    for f in report.findings:
        assert f.line is not None
        assert doc.line_text(f.line) == lines[f.line - 1]


def test_a_short_cited_document_is_kept_whole(tmp_path: Path) -> None:
    small = _large(tmp_path, "small.md", 3)
    report = factcheck.check(small)
    assert report.findings
    assert report.documents[0].text == small.read_text(encoding="utf-8")
    assert report.documents[0].excerpts == ()


def test_every_reporter_writes_the_same_from_excerpts_as_from_the_whole_text(
    tmp_path: Path,
) -> None:
    paths = [_large(tmp_path, "a.md", 1_500), _large(tmp_path, "b.md", 40)]
    report = factcheck.check(paths)
    assert any(d.excerpts for d in report.documents)
    whole = _whole(report, paths)
    # HTML draws whole articles, so a run that writes it keeps them whole (keep_articles).
    formats = [f for f in format_names() if f != "html"]
    assert {"text", "sarif", "rdjsonl", "github"} <= set(formats)
    for fmt in formats:
        assert render(report, fmt) == render(whole, fmt), fmt


def test_a_place_known_only_by_its_line_keeps_the_whole_text() -> None:
    from factcheck.models import Finding, RelatedLocation, Severity

    doc = Document(path="a.md", text="x\n" * api.KEEP_WHOLE)
    f = Finding(
        rule="NUM101",
        name="total-mismatch",
        severity=Severity.ERROR,
        message="m",
        path="a.md",
        start=4,
        end=5,
        line=3,
        column=1,
        related=(RelatedLocation(path="a.md", line=9_000, column=1),),
    )
    assert api._released(doc, api._cited([f])) is doc
    located = f.model_copy(update={"related": ()})
    assert api._released(doc, api._cited([located])).excerpts


_LINE = st.text(alphabet="ab .!?\t\"'", min_size=0, max_size=90)


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(_LINE, min_size=1, max_size=120),
    breaks=st.sampled_from(["\n", "\r\n", "\r"]),
    picks=st.lists(st.tuples(st.integers(0, 11_000), st.integers(0, 40)), min_size=1, max_size=4),
    margin=st.sampled_from([0, 5, 300, 2000]),
)
def test_excerpts_answer_for_every_line_and_sentence_they_hold(
    lines: list[str], breaks: str, picks: list[tuple[int, int]], margin: int
) -> None:
    whole = Document(path="a.txt", text=breaks.join(lines))
    size = len(whole.text)
    places = [(min(a, size), min(a + n, size)) for a, n in picks]
    cut = whole.excerpted(places, margin=margin)
    assert cut.text == ""
    for lo, hi in places:
        first, _ = whole.position(lo)
        last, _ = whole.position(hi)
        for line in range(first, last + 1):
            assert cut.line_text(line) == whole.line_text(line)
        if margin == 2000:
            assert sentence(cut, lo) == sentence(whole, lo)
