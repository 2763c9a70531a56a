"""HTML blanking: markup ends where a browser ends it, and kept text keeps its offsets.

The standard library's HTML parser is the oracle on well-formed HTML: every piece of text it
reports is at the same offset in the blanked text, and nothing else survives.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import check
from factcheck.io.html import blank_html, read_html
from factcheck.models import Document

# Markup is written in capitals and digits 9, text in lower case: so "no markup survives" is
# "no capital letter survives".
_MARKUP_CHARS = "QXZ9 ><=/'\"-!"
_TEXT = st.text(alphabet="abc ,.\n", min_size=0, max_size=12)
_NAME = st.sampled_from(["p", "div", "img", "a", "span", "em"])
_ATTR_NAME = st.text(alphabet="QXZ", min_size=1, max_size=4)


@st.composite
def _attribute(draw: st.DrawFn) -> str:
    name = draw(_ATTR_NAME)
    kind = draw(st.sampled_from(["bare", "double", "single", "unquoted"]))
    if kind == "bare":
        return name
    if kind == "double":
        return f'{name}="{draw(st.text(alphabet=_MARKUP_CHARS.replace(chr(34), ""), max_size=8))}"'
    if kind == "single":
        return f"{name}='{draw(st.text(alphabet=_MARKUP_CHARS.replace(chr(39), ''), max_size=8))}'"
    return f"{name}={draw(st.text(alphabet='QXZ9', min_size=1, max_size=5))}"


@st.composite
def _markup(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["start", "end", "comment", "script", "style", "self"]))
    if kind == "comment":
        # A body opening with ">" or "->" is an empty comment in HTML (not to the stdlib's
        # parser, which predates that rule), so the bodies here open with a letter.
        body = draw(st.text(alphabet="QXZ9 <>'\"=\n", max_size=10)).replace("--", "")
        return f"<!--Q{body.rstrip('-')}-->"
    if kind in ("script", "style"):
        body = draw(st.text(alphabet="QXZ9 <>'\"=\n", max_size=10))
        body = body.replace("</", "< /")
        return f"<{kind}>{body}</{kind}>"
    name = draw(_NAME)
    if kind == "end":
        return f"</{name}>"
    attrs = draw(st.lists(_attribute(), max_size=3))
    inner = "".join(" " + a for a in attrs)
    return f"<{name}{inner}{' /' if kind == 'self' else ''}>"


_HTML = st.lists(st.one_of(_TEXT, _markup()), max_size=12).map("".join)


class _Oracle(HTMLParser):
    """The text pieces HTMLParser reports outside script and style, with their offsets."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.starts = [0]
        self.starts += [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.pieces: list[tuple[int, str]] = []

    def handle_data(self, data: str) -> None:
        if self.cdata_elem is None:
            line, column = self.getpos()
            self.pieces.append((self.starts[line - 1] + column, data))


@given(_HTML)
def test_kept_text_is_what_html_parser_reads_at_the_same_offsets(html: str) -> None:
    blanked = blank_html(html)
    assert len(blanked) == len(html)
    oracle = _Oracle(html)
    oracle.feed(html)
    oracle.close()
    kept = [False] * len(html)
    for at, data in oracle.pieces:
        assert blanked[at : at + len(data)] == data
        for i in range(at, at + len(data)):
            kept[i] = True
    # Everything else is blank, with the file's line breaks where they were.
    for i, c in enumerate(blanked):
        if not kept[i]:
            assert c == ("\n" if html[i] == "\n" else " ")


@given(_HTML)
def test_no_tag_attribute_comment_script_or_style_text_survives(html: str) -> None:
    blanked = blank_html(html)
    assert not any(c in "QXZ9<>=" for c in blanked)


def test_a_greater_than_sign_inside_a_quoted_attribute_does_not_end_the_tag() -> None:
    html = '<p>Labour held the seat. <img alt="majority > 5,000" src=x.png> It was close.</p>'
    blanked = blank_html(html)
    assert "5,000" not in blanked
    assert "majority" not in blanked
    at = html.index("It was close.")
    assert blanked[at : at + 13] == "It was close."


def test_an_attribute_with_a_figure_is_never_read_as_the_article() -> None:
    html = (
        '<p>Jim Fitzpatrick won <span title="was 29,886 &gt; 10,000">39,558 votes</span>, '
        "and Chris Wilford won 11,846 votes, a majority of 27,712.</p>"
    )
    report = check(Document(path="a.html", text=html, media_type="text/html"))
    assert report.errors == ()
    assert all("29,886" not in (f.text or "") for f in report.findings)
    assert "29,886" not in blank_html(html)


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ("a <!--> b-->", "a | b-->"),  # an empty comment ends at once
        ("a <!---> b", "a | b"),
        ("a <!-- x --!> b", "a | b"),
        ("a </> b", "a | b"),
        ("a <![CDATA[x]]> b", "a | b"),
        ("a <?php x ?> b", "a | b"),
        ("x < y and y > z", "x < y and y > z"),  # not markup
        ("a <b c='>'>d</b>", "a |d|"),
        ("a <SCRIPT type=x>1 > 0</Script > b", "a | b"),
        ("a <title>T &amp; U</title> b", "a |T & U| b"),
        ("a <textarea><b>x</b></textarea>", "a |<b>x</b>|"),
    ],
)
def test_markup_ends_where_html_ends_it(html: str, kept: str) -> None:
    # Read "|" as "markup, blanked": the kept pieces must stand where they stood.
    blanked = blank_html(html)
    assert len(blanked) == len(html)
    pieces = [p for p in kept.split("|") if p]
    assert blanked.split() == " ".join(pieces).split()
    for piece in pieces:
        for word in piece.split():
            assert blanked.find(word) == html.find(word) or word in ("&",)


@pytest.mark.parametrize(
    "unclosed", ["<p class='x", "<!-- never closed", "<script>var a = 1;", "<title>T"]
)
def test_markup_left_open_runs_to_the_end(unclosed: str) -> None:
    html = "Turnout was 67.3%. " + unclosed + " and 12,000 votes"
    blanked = blank_html(html)
    assert blanked.startswith("Turnout was 67.3%. ")
    if not unclosed.startswith("<title>"):
        assert blanked.strip() == "Turnout was 67.3%."


def test_comments_and_the_title_are_kept_aside() -> None:
    page = read_html(
        "<title>Poplar &amp; Limehouse</title><!-- factcheck off: quoted -->text<!--x-->"
    )
    assert page.title == "Poplar & Limehouse"
    assert [c.body for c in page.comments] == [" factcheck off: quoted ", "x"]
    first = page.comments[0]
    assert page.text[first.start : first.end].strip() == ""


@pytest.mark.parametrize(
    "hostile",
    [
        "<a b='" * 100_000,
        '<a b="x" c' * 50_000,
        '<b/=\na\'=" <b\'== ->b>""' * 20_000,
        "<![if " * 100_000,
        "</a" * 100_000,
        "<script>" * 100_000,
        "<!-->" * 100_000,
    ],
)
def test_hostile_html_is_blanked_whole(hostile: str) -> None:
    # Each is one piece of markup left open (or many empty ones): a quadratic pass over these
    # would take minutes; speed itself is measured in benchmarks, not here.
    blanked = blank_html(hostile)
    assert len(blanked) == len(hostile)
    assert blanked.strip() == ""
