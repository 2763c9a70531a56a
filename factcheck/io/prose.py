"""A prose document made ready for the reader: front matter read, markup and comments blanked.

Every offset the reader finds is an offset into the decoded file, as the file's own lines and
columns count it: markup and comments become spaces of the same length (line breaks kept) and
an HTML entity becomes its character padded with spaces.
"""

from __future__ import annotations

from pydantic import JsonValue

from factcheck.errors import InputFileError
from factcheck.io.comments import Comment, blank_comments
from factcheck.io.front_matter import BODY_START, read_front_matter
from factcheck.io.suppression_comments import from_comments, from_front_matter
from factcheck.models import Document

PROSE_MEDIA_TYPES = frozenset({"text/plain", "text/markdown", "text/html"})
"""Media types read as article text rather than as a results file."""


def prepare_prose(doc: Document) -> Document:
    """A prose document ready for the reader: front matter read, HTML markup blanked out.

    Sets ``metadata["body_start"]``; a document that has it already is returned unchanged, so
    calling this twice is harmless. Documents of other media types are returned as they are.
    Raises :class:`~factcheck.errors.InputFileError` for malformed front matter.
    """
    if doc.media_type not in PROSE_MEDIA_TYPES or BODY_START in doc.metadata:
        return doc
    if doc.media_type == "text/html":
        # Imported for HTML only: with the standard library's html module and its table of
        # entities, ~9 M instructions that a plain-text or Markdown check does not spend.
        from factcheck.io.html import read_html

        page = read_html(doc.text)
        metadata: dict[str, JsonValue] = {BODY_START: 0}
        if page.title:
            metadata["title"] = page.title
        suppressions = from_comments(page.text, page.comments, page.breaks)
        return doc.model_copy(
            update={
                "text": page.text,
                "metadata": {**metadata, **doc.metadata},
                "suppressions": (*doc.suppressions, *suppressions),
            }
        )
    values, start = read_front_matter(doc.text, doc.path)
    if start and not doc.text[start:].strip():
        raise InputFileError(
            doc.path, "has front matter but no article text after it; add the article below it"
        )
    text = doc.text
    suppressions = from_front_matter(text, values, start)
    if doc.media_type == "text/markdown":
        body, comments = blank_comments(text[start:])
        text = text[:start] + body
        shifted = [Comment(c.start + start, c.end + start, c.body) for c in comments]
        suppressions += from_comments(text, shifted)
    return doc.model_copy(
        update={
            "text": text,
            "metadata": {**doc.metadata, **values, BODY_START: start},
            "suppressions": (*doc.suppressions, *suppressions),
        }
    )


def body_start(doc: Document) -> int:
    """The offset where a prose document's article text begins: after any front matter."""
    start = doc.metadata.get(BODY_START, 0)
    return start if isinstance(start, int) and 0 <= start <= len(doc.text) else 0
