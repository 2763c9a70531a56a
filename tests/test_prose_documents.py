"""Prose documents: front matter, HTML, offsets that still point into the file, and loading."""

from __future__ import annotations

import codecs
import io
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.documents import (
    InputFileError,
    blank_html,
    body_start,
    document_from_bytes,
    load_document,
    prepare_prose,
    read_front_matter,
)
from factcheck.loaders import expand_paths, prose_reader, read_article
from factcheck.models import Article, Document
from factcheck.packs import Pack

ARTICLE = (
    "---\n"
    "election: uk-ge-2017\n"
    "published: 2017-06-09\n"
    "contest: Poplar and Limehouse\n"
    "title: Labour holds Poplar\n"
    "desk: politics\n"
    "---\n"
    "Jim Fitzpatrick won 39,558 votes (67.3pc).\n"
)


def test_front_matter_values_go_into_metadata_and_the_text_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = load_document(path)
    assert doc.text == ARTICLE
    assert doc.media_type == "text/markdown"
    assert doc.metadata == {
        "election": "uk-ge-2017",
        "published": "2017-06-09",
        "contest": "Poplar and Limehouse",
        "title": "Labour holds Poplar",
        "desk": "politics",
        "body_start": ARTICLE.index("Jim"),
    }
    assert body_start(doc) == ARTICLE.index("Jim")
    # Offsets and line numbers are the file's own: the body starts on line 8.
    offset = doc.text.index("39,558")
    assert doc.position(offset) == (8, 21)
    assert doc.line_text(8).startswith("Jim Fitzpatrick")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".markdown", ".TXT"])
def test_every_prose_suffix_reads_front_matter(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"story{suffix}"
    path.write_text(ARTICLE, encoding="utf-8")
    assert load_document(path).metadata["election"] == "uk-ge-2017"


def test_quoted_values_comments_blank_lines_and_the_dots_closer() -> None:
    text = (
        "---\n"
        "# a comment line\n"
        "\n"
        'title: "Labour: \\"honoured\\" and \\u2018humbled\\u2019"  # trailing comment\n'
        "contest: 'Bethnal Green & Bow: it''s close'\n"
        "election: uk-ge-2017 # a comment\n"
        "url: https://example.com/a#b\n"
        "published: 2017-06-09T05:00:00+01:00\n"
        "empty:\n"
        "...\n"
        "Body.\n"
    )
    values, start = read_front_matter(text, "x.md")
    assert values == {
        "title": 'Labour: "honoured" and \u2018humbled\u2019',
        "contest": "Bethnal Green & Bow: it's close",
        "election": "uk-ge-2017",
        "url": "https://example.com/a#b",
        "published": "2017-06-09T05:00:00+01:00",
        "empty": None,
    }
    assert text[start:] == "Body.\n"


def test_byte_order_mark_and_crlf_with_front_matter(tmp_path: Path) -> None:
    crlf = ARTICLE.replace("\n", "\r\n")
    path = tmp_path / "windows.md"
    path.write_bytes(codecs.BOM_UTF8 + crlf.encode("utf-8"))
    doc = load_document(path)
    assert doc.text == crlf  # the BOM is gone, nothing else changed
    assert doc.metadata["contest"] == "Poplar and Limehouse"
    assert doc.text[body_start(doc) :].startswith("Jim Fitzpatrick")
    assert doc.position(doc.text.index("39,558")) == (8, 21)


def test_lone_cr_line_endings_close_the_block() -> None:
    values, start = read_front_matter("---\relection: x\r---\rBody", "mac.txt")
    assert values == {"election": "x"}
    assert start == len("---\relection: x\r---\r")


def test_no_front_matter_means_body_start_zero() -> None:
    doc = document_from_bytes(b"Labour won 29 seats.\n---\nnot: front matter\n", "a.md")
    assert doc.metadata == {"body_start": 0}
    assert body_start(doc) == 0
    # A leading blank line is the way to start a file with a rule that is not front matter.
    assert read_front_matter("\n---\ntitle: x\n---\n", "a.md") == ({}, 0)


def test_results_files_are_not_given_front_matter() -> None:
    doc = document_from_bytes(b'{"contests": []}', "r.json", "application/json")
    assert doc.metadata == {}


@pytest.mark.parametrize(
    ("text", "line", "column", "phrase"),
    [
        ("---\ntitle: x\n", 1, 1, "is never closed; add a line '---'"),
        ("---\ntitle: x\nJim won.\n---\n", 3, 1, "expected 'key: value', got 'Jim won.'"),
        ("---\nresult:\n  votes: 5\n---\nx", 3, 1, "nested value) is not supported"),
        ("---\ntags:\n- a\n---\nx", 3, 1, "lists are not supported"),
        ("---\ntags: [a, b]\n---\nx", 2, 7, "lists and mappings are not supported"),
        ("---\nmeta: {a: 1}\n---\nx", 2, 7, "lists and mappings are not supported"),
        ("---\ntitle: |\n---\nx", 2, 8, "multi-line values are not supported"),
        ("---\ntitle: *star\n---\nx", 2, 8, "has a special meaning in YAML; put the value"),
        ("---\ntitle: Labour: a win\n---\nx", 2, 14, "reads as a nested mapping; put the value"),
        ('---\ntitle: "open\n---\nx', 2, 8, 'the closing quote is missing; end the value with "'),
        ("---\ntitle: 'open\n---\nx", 2, 8, "the closing quote is missing; end the value with '"),
        ('---\ntitle: "a" b\n---\nx', 2, 11, "unexpected 'b' after the closing quote"),
        ('---\ntitle: "a\\qb"\n---\nx', 2, 10, "invalid \\escape"),
        ("---\ntitle: a\ntitle: b\n---\nx", 3, 1, "'title' is given twice (first on line 2)"),
        ("---\npublished: last week\n---\nx", 2, 12, "published 'last week' is not a date"),
        ("---\nbody_start: 3\n---\nx", 2, 1, "'body_start' is reserved"),
        ("---\nkey:value\n---\nx", 2, 1, "expected 'key: value'"),
    ],
)
def test_malformed_front_matter_names_the_line_and_the_fix(
    text: str, line: int, column: int, phrase: str
) -> None:
    with pytest.raises(InputFileError) as info:
        read_front_matter(text, "story.md")
    err = info.value
    assert (err.path, err.line, err.column) == ("story.md", line, column)
    assert phrase in err.message


def test_hostile_front_matter_is_read_in_linear_time(
    cpu_growth: Callable[[Callable[[int], object], int], float],
) -> None:
    def read(n: int) -> None:
        spaces = "---\ntitle: a" + " " * n + "b\n---\nbody"
        assert read_front_matter(spaces, "a.md")[0] == {"title": "a" + " " * n + "b"}
        quoted = '---\ntitle: "a"' + " " * n + "b\n---\nbody"
        with pytest.raises(InputFileError, match="after the closing quote"):
            read_front_matter(quoted, "a.md")
        with pytest.raises(InputFileError, match="never closed"):
            read_front_matter("---\nk: v\n" + "# comment\n\n" * (n // 2), "a.md")

    assert cpu_growth(read, 200_000) <= 3


def test_front_matter_with_no_article_after_it_is_refused() -> None:
    with pytest.raises(InputFileError, match="has front matter but no article text after it"):
        document_from_bytes(b"---\ntitle: x\n---\n\n  \n", "a.md", "text/markdown")


def test_malformed_front_matter_exits_2_with_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: ok\nresult:\n  votes: 5\n---\nLabour won.\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["check", str(path)], out=out) == 2
    assert f"{path}:4:1: error: front matter: an indented line" in out.getvalue()
    assert main(["extract", str(path)], out=io.StringIO()) == 2
    assert f"factcheck: {path}:4:1: error: front matter" in capsys.readouterr().err


def test_prepare_prose_is_idempotent_and_leaves_results_alone() -> None:
    doc = Document(path="a.md", text=ARTICLE, media_type="text/markdown")
    ready = prepare_prose(doc)
    assert ready.metadata["title"] == "Labour holds Poplar"
    assert prepare_prose(ready) is ready
    results = Document(path="r.json", text="{}", media_type="application/json")
    assert prepare_prose(results) is results


def test_body_start_ignores_a_nonsense_value() -> None:
    for bogus in ("12", -1, 10_000, None):
        doc = Document(path="a.md", text="abc", metadata={"body_start": bogus})
        assert body_start(doc) == 0


@given(
    st.dictionaries(
        st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(
            lambda k: k not in ("body_start", "published")
        ),
        st.text(max_size=20).filter(lambda v: "\r" not in v and "\n" not in v),
        max_size=5,
    ),
    st.text(min_size=1, max_size=60).filter(lambda t: t.strip()),
)
def test_any_flat_block_of_double_quoted_values_reads_back(
    values: dict[str, str], body: str
) -> None:
    import json

    block = "".join(f"{k}: {json.dumps(v)}\n" for k, v in values.items())
    text = f"---\n{block}---\n{body}"
    read, start = read_front_matter(text, "a.md")
    assert read == values
    assert text[start:] == body


# -- HTML ---------------------------------------------------------------------------------------

HTML = (
    "<!doctype html>\n"
    "<html><head><title>Labour &amp; the Tories</title>\n"
    "<style>p { color: red }</style></head>\n"
    "<body><!-- a comment\n spanning lines -->\n"
    "<p>&ldquo;Honoured,&rdquo; he said. Turnout was 67.3&#37; &mdash; up.</p>\n"
    "<script>if (a < b) { x = '<p>'; }</script>\n"
    "<p>Fitzpatrick won 39,558 votes &amp; held the seat.</p>\n"
    "</body></html>\n"
)


def test_html_is_blanked_to_the_same_length_with_lines_kept() -> None:
    text = blank_html(HTML)
    assert len(text) == len(HTML)
    assert [i for i, c in enumerate(text) if c == "\n"] == [
        i for i, c in enumerate(HTML) if c == "\n"
    ]
    assert "<" not in text.replace("if (a < b)", "")
    assert "script" not in text
    assert "color" not in text
    assert "comment" not in text
    # Figures keep their offsets: the same characters at the same places.
    at = HTML.index("39,558")
    assert text[at : at + 6] == "39,558"
    assert "“Honoured,”" in text
    assert "67.3%" in text
    assert "votes &     held" in text


def test_an_entity_opening_a_word_sits_next_to_it() -> None:
    assert blank_html("won &pound;5m") == "won       £5m"
    assert blank_html("it was 67.3&#37; then") == "it was 67.3%     then"
    assert blank_html(" &ldquo;Yes&rdquo;") == "       “Yes”      "
    assert blank_html("a&#10;b") == "a     b"  # a decoded line break would add a line
    assert blank_html("&bogus; &amp") == "&bogus; &amp"  # not entities: left as written


def test_html_file_loads_with_title_and_file_offsets(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(HTML, encoding="utf-8")
    doc = load_document(path)
    assert doc.media_type == "text/html"
    assert doc.metadata == {"body_start": 0, "title": "Labour & the Tories"}
    assert doc.position(doc.text.index("39,558")) == (8, 20)


@pytest.mark.parametrize(
    "unit",
    [
        "<!--",
        "<script>",
        "<title>",
        "<a ",
        "&amp",
    ],
)
def test_hostile_html_is_read_in_linear_time(
    unit: str, cpu_growth: Callable[[Callable[[int], object], int], float]
) -> None:
    def read(n: int) -> None:
        hostile = unit * n
        assert len(blank_html(hostile)) == len(hostile)
        prepare_prose(Document(path="h.html", text=hostile, media_type="text/html"))

    assert cpu_growth(read, 100_000) <= 3


# -- loading --------------------------------------------------------------------------------------


def test_folders_are_searched_for_articles_but_not_html_or_hidden_files(tmp_path: Path) -> None:
    for name in ("a.json", "b.txt", "c.md", "d.markdown", "e.html", "f.csv", ".g.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.md").write_text("x", encoding="utf-8")
    found = [p.name for p in expand_paths([tmp_path])]
    assert found == ["a.json", "b.txt", "c.md", "d.markdown"]
    # Named directly, an HTML file is read.
    assert [p.name for p in expand_paths([tmp_path / "e.html"])] == ["e.html"]


def _stub_reader(monkeypatch: pytest.MonkeyPatch, seen: list[Document]) -> None:
    """Install a stand-in for factcheck.extract.reader that records what it is given."""

    def read_prose(doc: Document, pack: Pack | None = None) -> Article:
        seen.append(doc)
        return Article(document=doc)

    stub = types.ModuleType("factcheck.extract.reader")
    stub.read_prose = read_prose  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factcheck.extract.reader", stub)


def test_prose_goes_to_the_reader_with_front_matter_read(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Document] = []
    _stub_reader(monkeypatch, seen)
    # A Document built in memory is prepared too, so library callers get the same metadata.
    doc = Document(path="a.md", text=ARTICLE, media_type="text/markdown")
    article = read_article(doc)
    assert seen[0].metadata["contest"] == "Poplar and Limehouse"
    assert body_start(seen[0]) == ARTICLE.index("Jim")
    assert article.document.text == ARTICLE


def test_without_the_reader_prose_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "factcheck.extract.reader", None)
    assert prose_reader() is None
    with pytest.raises(InputFileError, match=r"prose articles \(.txt, .md\) cannot be read yet"):
        read_article(Document(path="a.txt", text="Labour won.", media_type="text/plain"))


def test_an_unknown_media_type_is_refused() -> None:
    with pytest.raises(InputFileError, match="has media type 'text/csv'"):
        read_article(Document(path="a.csv", text="a,b", media_type="text/csv"))
