"""Comments in an article: found, kept aside for suppressions, and blanked out of the text.

An HTML comment (``<!-- ... -->``, in HTML and in Markdown) is no part of the article: its
characters become spaces, line breaks kept, so offsets into the text stay offsets into the
file. Plain text has no comments. Its text is kept as a :class:`Comment`, because comments
carry suppressions (``<!-- factcheck-ignore WRD102: quoting the agent -->``).
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck import compiled_re as re

_NOT_LINE_BREAK = re.compile(r"[^\r\n]")
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = re.compile(r"--!?>")


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment's place in the text (``start`` at ``<!--``, ``end`` after ``-->``) and its
    body, the text between the markers."""

    start: int
    end: int
    body: str


def blank(text: str) -> str:
    """Spaces for every character but line breaks, which are kept so lines still count."""
    return _NOT_LINE_BREAK.sub(" ", text)


def comment_end(text: str, start: int) -> int:
    """Where the comment opened by ``<!--`` at ``start`` ends, as HTML reads it.

    ``<!-->`` and ``<!--->`` are empty comments; otherwise the comment ends after the first
    ``-->`` (or ``--!>``), and an unclosed one runs to the end of the text.
    """
    after = start + len(_COMMENT_OPEN)
    if text.startswith(">", after):
        return after + 1
    if text.startswith("->", after):
        return after + 2
    close = _COMMENT_CLOSE.search(text, after)
    return len(text) if close is None else close.end()


def comment_at(text: str, start: int, end: int) -> Comment:
    """The comment spanning ``text[start:end]``, with its body cut from between the markers."""
    body = text[start + len(_COMMENT_OPEN) : end]
    for close in ("--!>", "-->"):
        if body.endswith(close):
            body = body[: -len(close)]
            break
    else:
        body = body.removesuffix(">").removesuffix("-")
    return Comment(start, end, body)


def blank_comments(text: str) -> tuple[str, tuple[Comment, ...]]:
    """Markdown's comments (HTML comments) blanked out of the text, and the comments found.

    Every search moves forward, so the time taken grows linearly with the text.
    """
    if _COMMENT_OPEN not in text:
        return text, ()
    out: list[str] = []
    found: list[Comment] = []
    pos = 0
    while True:
        start = text.find(_COMMENT_OPEN, pos)
        if start < 0:
            out.append(text[pos:])
            break
        end = comment_end(text, start)
        found.append(comment_at(text, start, end))
        out += [text[pos:start], blank(text[start:end])]
        pos = end
    return "".join(out), tuple(found)
