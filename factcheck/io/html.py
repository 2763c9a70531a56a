"""HTML as article text of the same length: markup blanked out, entities decoded in place.

Markup ends where a browser ends it. The HTML tokenizer's rules (WHATWG HTML, "Tokenization")
are followed for what decides where markup ends: a ``>`` inside a quoted attribute value does
not end a tag (``<img alt="majority > 5,000">`` is one tag), comments end at ``-->`` (or
``--!>``; ``<!-->`` is empty), ``<script>``, ``<style>`` and the other raw-text elements run
to their end tag, and markup left open at the end of the file runs to the end.

Why not :class:`html.parser.HTMLParser`: it is the oracle the tests compare with on
well-formed HTML, but on the Python versions factcheck supports it takes quadratic time on
unclosed comments at ``close()`` (``"<!--" * 20_000`` takes 4.7 s on 3.11.7; fixed upstream
only in later security releases), raises ``AssertionError`` on ``<![foo[``, and stops
mid-text on some malformed tags. Every search here moves forward, and the tag pattern is
possessive, so the time taken grows linearly with the text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from factcheck import compiled_re as re
from factcheck.io.comments import Comment, blank, comment_at, comment_end

_MARKUP_START = re.compile(r"<[A-Za-z/!?]")
_TAG_NAME = re.compile(r"[^\t\n\f\r />]*+")
_WS = "\t\n\f\r "
# The rest of a tag after its name, through its closing ">": separators, then attributes with
# an optional value; a quoted value may hold ">". Possessive throughout: no backtracking, so an
# unclosed tag fails in one pass.
_TAG_REST = re.compile(
    rf"(?:[{_WS}/]++"
    rf"|[^{_WS}/>][^{_WS}/>=]*+"
    rf"(?:[{_WS}]*+=[{_WS}]*+(?:\"[^\"]*+\"|'[^']*+'|[^{_WS}>]*+))?+"
    r")*+>"
)
_RAW_TEXT = frozenset({"script", "style", "xmp", "iframe", "noembed", "noframes"})
"""Elements whose content is never text: blanked with their tags."""
_RCDATA = frozenset({"title", "textarea"})
"""Elements whose content is text but holds no tags."""
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
"""Elements that begin or end a block of text: a paragraph does not run across them."""
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL = re.compile(r"[\r\n\x00-\x1f]")
_TITLE_LIMIT = 2000


@dataclass(frozen=True, slots=True)
class BlankedHtml:
    """An HTML text with its markup blanked, the comments it held, and its ``<title>``."""

    text: str
    comments: tuple[Comment, ...] = ()
    title: str | None = None
    breaks: tuple[int, ...] = ()
    """Where block elements (``<p>``, ``</li>``, ``<br>``...) begin or end: paragraph ends."""


def blank_html(text: str) -> str:
    """HTML as text of the same length: markup blanked out, entities decoded in place.

    Tags, comments, ``<script>`` and ``<style>`` become spaces (line breaks kept). An entity
    becomes its character and spaces: placed last when the entity opens a word (``&ldquo;``
    before text, ``&pound;5m``), first otherwise (``67.3&#37;``, ``&rdquo;`` after text). An
    entity inside a word (``Labour&rsquo;s``) leaves a gap, the price of keeping offsets.
    """
    return read_html(text).text


def _end_of_element(text: str, name: str, start: int) -> tuple[int, int]:
    """Where the content of a raw-text element starting at ``start`` ends, and where its end
    tag ends; both the end of the text when it is never closed."""
    closing = re.compile(rf"</{re.escape(name)}(?=[{_WS}/>])", re.IGNORECASE).search(text, start)
    if closing is None:
        return len(text), len(text)
    rest = _TAG_REST.match(text, closing.end())
    return closing.start(), len(text) if rest is None else rest.end()


def _name_end(text: str, start: int) -> int:
    m = _TAG_NAME.match(text, start)
    return start if m is None else m.end()


def _tag_end(text: str, name_end: int) -> int:
    """The end of a tag whose name ends at ``name_end``: after its ``>``, or the end of the
    text for a tag never closed."""
    rest = _TAG_REST.match(text, name_end)
    return len(text) if rest is None else rest.end()


def read_html(text: str) -> BlankedHtml:
    """Blank the markup of an HTML text (see :func:`blank_html`); keep its comments and title."""
    out: list[str] = []
    comments: list[Comment] = []
    breaks: list[int] = []
    title: str | None = None
    n = len(text)
    pos = 0
    while True:
        m = _MARKUP_START.search(text, pos)
        if m is None:
            out.append(_entities(text[pos:], text, pos))
            break
        start = m.start()
        out.append(_entities(text[pos:start], text, pos))
        kind = text[start + 1]
        if kind == "!" and text.startswith("<!--", start):
            end = comment_end(text, start)
            comments.append(comment_at(text, start, end))
        elif kind in "!?":
            # A declaration, processing instruction or CDATA section: a bogus comment in HTML.
            close = text.find(">", start + 2)
            end = n if close < 0 else close + 1
        elif kind == "/":
            if start + 2 < n and text[start + 2].isascii() and text[start + 2].isalpha():
                name_end = _name_end(text, start + 2)
                end = _tag_end(text, name_end)
                if text[start + 2 : name_end].lower() in _BLOCKS:
                    breaks.append(start)
            elif text.startswith("</>", start):
                end = start + 3
            else:
                close = text.find(">", start + 2)
                end = n if close < 0 else close + 1
        else:
            name_end = _name_end(text, start + 1)
            name = text[start + 1 : name_end].lower()
            end = _tag_end(text, name_end)
            if name in _BLOCKS:
                breaks.append(start)
            if end < n and name in _RCDATA:
                inner_end, end_tag_end = _end_of_element(text, name, end)
                if name == "title" and title is None:
                    title = _title(text[end : min(inner_end, end + _TITLE_LIMIT)])
                out += [
                    blank(text[start:end]),
                    _entities(text[end:inner_end], text, end),
                    blank(text[inner_end:end_tag_end]),
                ]
                pos = end_tag_end
                if pos >= n:
                    break
                continue
            if end < n and name in _RAW_TEXT:
                end = _end_of_element(text, name, end)[1]
        out.append(blank(text[start:end]))
        pos = end
        if pos >= n:
            break
    return BlankedHtml("".join(out), tuple(comments), title, tuple(breaks))


def _title(inner: str) -> str | None:
    return " ".join(html.unescape(inner).split()) or None


def _entities(chunk: str, text: str, offset: int) -> str:
    if "&" not in chunk:
        return chunk

    def replace(m: re.Match[str]) -> str:
        entity = m.group()
        char = html.unescape(entity)
        if char == entity:
            return entity
        # A decoded line break would add a line the file does not have.
        char = _CONTROL.sub(" ", char)
        pad = " " * (len(entity) - len(char))
        at = offset + m.start()
        before = text[at - 1] if at > 0 else " "
        after = text[offset + m.end()] if offset + m.end() < len(text) else " "
        opens_word = (before.isspace() or before in ">(") and not after.isspace()
        return pad + char if opens_word else char + pad

    return _ENTITY.sub(replace, chunk)
