"""The HTML report: findings highlighted at their spans, cards with the arithmetic, charts of
the stated and official shares, and nothing from an article able to run or load anything."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.api import check_many
from factcheck.cli import main
from factcheck.models import Document, Finding, RelatedLocation, Report, Severity
from factcheck.report import render
from factcheck.report.escape import visible_keeping_tabs
from factcheck.report.html import render_view

REPO = Path(__file__).resolve().parent.parent.parent
SEED_001 = REPO / "examples" / "articles" / "001_0c5695e86abff121.txt"
SEED_000 = REPO / "examples" / "articles" / "000_ebfbf1afab7ada99.txt"


def _shown(fragment: str) -> str:
    """What a reader sees of an HTML fragment: badges dropped, tags removed, unescaped."""
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<sup>.*?</sup>", "", fragment)))


def _pre(page: str) -> list[str]:
    return re.findall(r'<pre class="text">(.*?)</pre>', page, flags=re.S)


def _highlight(page: str, ident: str) -> str:
    """The words shown highlighted for finding ``ident``, all pieces joined."""
    pieces = re.findall(
        rf'<a class="hl [^"]*"[^>]* data-f="(?:[^"]* )?{re.escape(ident)}(?: [^"]*)?"[^>]*>'
        r"(.*?)</a>",
        page,
        flags=re.S,
    )
    return "".join(_shown(p) for p in pieces)


def _card(page: str, ident: str) -> str:
    found = re.search(rf'<details class="card[^"]*" id="card-{ident}".*?</details>', page, re.S)
    assert found, f"no card {ident}"
    return found.group()


def test_seed_majority_sentence_is_highlighted_with_its_arithmetic() -> None:
    report = check_many([SEED_001], election="uk-ge-2017", keep_articles=True, jobs=1)
    page = render(report, "html")
    wrd = [f for f in report.findings if f.rule == "WRD101"]
    assert len(wrd) == 1
    ident = f"1-{report.findings.index(wrd[0]) + 1}"
    text = report.documents[0].text
    assert _highlight(page, ident) == text[wrd[0].start : wrd[0].end] == "nearly 11 per cent"
    card = _card(page, ident)
    assert "majority in votes: 35,393 − 24,317 = 11,076" in html.unescape(card)
    assert 'href="https://factcheck-elections.readthedocs.io/en/latest/rules/' in card
    # Severity is said in words and in the badge letter, not by colour alone.
    assert "Error 1-" in card
    assert f"<sup>E{ident}</sup>" in page


def test_every_checked_article_is_shown_whole_even_a_clean_one(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Nothing to count here, only words about the weather.\n", encoding="utf-8")
    report = check_many([clean, SEED_001], keep_articles=True, jobs=1)
    page = render(report, "html")
    shown = [_shown(p) for p in _pre(page)]
    assert shown[0] == clean.read_text(encoding="utf-8")
    assert "nearly 11 per cent increase on her majority" in shown[1]


def test_official_figures_and_literal_fix_are_on_the_card() -> None:
    report = check_many([SEED_001], election="uk-ge-2017", keep_articles=True, jobs=1)
    page = html.unescape(render(report, "html"))
    ref = next(f for f in report.findings if f.rule == "REF101")
    card = _card(page, f"1-{report.findings.index(ref) + 1}")
    assert "Official figures" in card
    assert "hoc-ge2017-results-by-constituency.csv:43" in card
    assert "<code>69.5pc</code>" in card


def test_poplar_chart_shows_stated_and_official_shares() -> None:
    report = check_many([SEED_000], election="uk-ge-2017", keep_articles=True, jobs=1)
    page = render(report, "html")
    chart = re.search(r'<figure class="chart"><figcaption>Poplar and Limehouse.*?</figure>', page)
    assert chart
    assert "Jim Fitzpatrick: article 67.3%, official 67.3%" in chart.group()
    assert chart.group().count("<rect") == 14  # seven candidates, two bars each


def test_without_an_election_the_chart_has_only_the_articles_bars() -> None:
    report = check_many([SEED_000], keep_articles=True, jobs=1)
    page = render(report, "html")
    chart = re.search(r'<figure class="chart"><figcaption>Poplar and Limehouse.*?</figure>', page)
    assert chart
    assert "official —" in chart.group()
    assert chart.group().count("<rect") == 7


def test_related_figures_are_marked_for_their_card() -> None:
    text = "Jo won 600 votes (70%) of 1,000."
    doc = Document(path="a.txt", text=text)
    f = Finding(
        rule="NUM101",
        name="share-votes-mismatch",
        severity=Severity.WARNING,
        message="600 votes cannot be 70%",
        path="a.txt",
        start=18,
        end=21,
        related=(RelatedLocation(path="a.txt", start=7, end=10, message="the votes"),),
    )
    out = render_view(doc, [f])
    assert '<span class="rel" data-r="1">600</span>' in out
    assert 'data-f="1"' in out
    assert _shown(_pre(out)[0]) == text


HOSTILE = (
    "<script>document.title='pwned'</script> \"><img src=x onerror=alert(1)> "
    "</textarea></pre><style>*{display:none}</style> \u202eevil\u2066 won 11,486 votes (20.1%)"
)


def test_hostile_article_cannot_run_script_or_load_anything(tmp_path: Path) -> None:
    story = tmp_path / "story<script>.md"
    story.write_text(
        f"{HOSTILE} of 58,814 valid votes in Poplar and Limehouse.\n", encoding="utf-8"
    )
    out = io.StringIO()
    main(["check", "--isolated", "--output-format", "html", str(story)], out=out)
    page = out.getvalue()
    assert page.count("<script") == 1  # our own, at the end
    assert "<img" not in page
    assert "<style>" in page
    assert page.count("<style") == 1
    assert "</textarea>" not in page
    assert "\u202e" not in page
    assert "\u2066" not in page
    assert "\\u202eevil\\u2066" in page
    assert "&lt;script&gt;document.title" in page
    # Nothing is loaded from anywhere: no sources, no links, no imports; a policy says so.
    assert not re.search(r"<[^>]*\bsrc=|<link|@import|url\(", page)
    assert "Content-Security-Policy" in page
    assert "default-src 'none'" in page


@given(
    text=st.text(max_size=40),
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=4),
)
def test_any_text_with_any_spans_is_shown_exactly_once(
    text: str, spans: list[tuple[int, int]]
) -> None:
    findings = [
        Finding(
            rule="NUM101",
            name="share-votes-mismatch",
            severity=Severity.ERROR,
            message="m",
            path="a.txt",
            start=min(a, b),
            end=max(a, b),
        )
        for a, b in spans
    ]
    out = render_view(Document(path="a.txt", text=text), findings)
    expected = "\n".join(
        visible_keeping_tabs(line) for line in text.replace("\r\n", "\n").split("\n")
    ).replace("\r", "\n")
    assert _shown(_pre(out)[0]) == expected


def test_html_is_available_by_name_and_written_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code = main(
        [
            "check",
            "--isolated",
            "--election",
            "uk-ge-2017",
            "--output-format",
            "html",
            "-o",
            str(target),
            str(SEED_001),
        ],
        out=io.StringIO(),
    )
    assert code == 1
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "nearly 11 per cent" in page


@pytest.mark.parametrize("keep", [False, True])
def test_keep_articles_keeps_what_was_read(keep: bool) -> None:
    report = check_many([SEED_000], election="uk-ge-2017", keep_articles=keep, jobs=1)
    assert bool(report.articles) is keep
    if keep:
        checked = report.articles[0]
        assert checked.election == "uk-ge-2017"
        assert len(checked.official) == len(checked.article.contests)
        assert any(o is not None and o.name == "Poplar and Limehouse" for o in checked.official)
    assert isinstance(report, Report)
