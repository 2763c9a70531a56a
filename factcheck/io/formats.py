"""The input formats factcheck reads: suffixes, media types and readers, listed once.

Everything that asks "what is this file?" asks here: loading a file, searching a folder,
reading stdin, ``--input-format``, and the message for a file nobody knows how to read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from factcheck.errors import ConfigError, InputFileError
from factcheck.models import Article, Document
from factcheck.packs import Pack

Reader = Callable[[Document, Pack | None], Article]


@dataclass(frozen=True, slots=True)
class InputFormat:
    """One kind of input: its name (for ``--input-format``), media type and suffixes."""

    name: str
    media_type: str
    suffixes: tuple[str, ...]
    description: str
    prose: bool = True
    """An article read by the prose reader, rather than a results file."""
    searched: bool = True
    """Found when a folder is searched. HTML is read only when named: a folder of articles
    often holds HTML that is no article (a saved report, a site's templates)."""

    def read(self, doc: Document, pack: Pack | None = None, election: str | None = None) -> Article:
        """Read a loaded document of this format into an Article. ``election``, the run's,
        dates a story whose front matter names none; a results file's contests carry their
        own (the engine settles which one they are checked against)."""
        if self.prose:
            from factcheck.io.articles import read_prose_document

            return read_prose_document(doc, pack, election)
        from factcheck.results_file import read_results

        return read_results(doc, pack=pack)


TEXT = InputFormat("text", "text/plain", (".txt",), "an article in plain text")
MARKDOWN = InputFormat("markdown", "text/markdown", (".md", ".markdown"), "an article in Markdown")
HTML = InputFormat(
    "html", "text/html", (".html", ".htm", ".xhtml"), "an article in HTML", searched=False
)
RESULTS = InputFormat(
    "json",
    "application/json",
    (".json",),
    "a results file (JSON in the format `factcheck schema` prints)",
    prose=False,
)

FORMATS: tuple[InputFormat, ...] = (TEXT, MARKDOWN, HTML, RESULTS)
"""Every input format, in the order messages list them."""

FORMAT_NAMES = tuple(f.name for f in FORMATS)
"""The names ``--input-format`` takes."""


def known_suffixes() -> tuple[str, ...]:
    """Every suffix factcheck reads, lower case with the dot."""
    return tuple(s for f in FORMATS for s in f.suffixes)


def searched_suffixes() -> tuple[str, ...]:
    """The suffixes a folder is searched for."""
    return tuple(s for f in FORMATS if f.searched for s in f.suffixes)


def for_path(path: str | PurePath) -> InputFormat | None:
    """The format a file's suffix says, or None for a suffix factcheck does not know."""
    suffix = PurePath(path).suffix.lower()
    return next((f for f in FORMATS if suffix in f.suffixes), None)


def for_media_type(media_type: str) -> InputFormat | None:
    """The format with this media type, or None."""
    return next((f for f in FORMATS if f.media_type == media_type), None)


def named(name: str) -> InputFormat:
    """The format with this name (as ``--input-format`` takes it) or media type."""
    key = name.strip().lower()
    for f in FORMATS:
        if key in (f.name, f.media_type):
            return f
    import difflib  # only for a mistake: not on every run's path

    close = difflib.get_close_matches(key, FORMAT_NAMES, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise ConfigError(
        f"unknown input format {name!r}; {hint}known formats: {', '.join(FORMAT_NAMES)}"
    )


def sniff(text: str) -> InputFormat:
    """What text with no file name is, from how it begins: for stdin.

    A JSON object is a results file; text opening with ``<`` is HTML; anything else is
    Markdown, which reads plain text the same way and also takes its comments.
    """
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return RESULTS
    if head.startswith("<"):
        return HTML
    return MARKDOWN


def unknown_suffix(path: str) -> InputFileError:
    """The error for a file whose suffix says nothing factcheck reads."""
    p = PurePath(path)
    suffixes = [s.lower() for s in p.suffixes]
    known = known_suffixes()
    what = (
        f"has the suffix {p.suffix!r}, which factcheck does not read"
        if p.suffix
        else "has no suffix to say what it is"
    )
    hint = ""
    inner = next((s for s in reversed(suffixes[:-1]) if s in known), None)
    if suffixes[-1:] == [".ndjson"] or suffixes[-1:] == [".jsonl"]:
        hint = " (JSON Lines is not a results file: a results file is one JSON object)"
    elif inner is not None:
        hint = f" (a copy of a {inner} file? rename it to end in {inner} to check it)"
    names = "|".join(FORMAT_NAMES)
    return InputFileError(
        path,
        f"{what}{hint}; factcheck reads {', '.join(known)}; to read it anyway, say what it "
        f"is with --input-format {names}",
    )
