"""The desk: one engine, built once, checking drafts sent over HTTP.

A draft is held in memory only: it is never logged, never written to disk, and nothing of
it outlives the request. The engine (rules, packs and the official record) is built when
the server starts and shared; checks run one at a time under a lock, because the rules'
caches and the lazily read official record were written for one thread.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Sequence

from factcheck.config import Config
from factcheck.engine import Engine, internal_error, sort_findings
from factcheck.errors import FactcheckError, InputFileError
from factcheck.io.articles import read_article
from factcheck.io.formats import for_path, named
from factcheck.io.prose import prepare_prose
from factcheck.models import CheckedArticle, Document, Finding, InputError, Report
from factcheck.rule import Rule

MAX_BODY = 2 * 1024 * 1024
"""The largest request body accepted, in bytes: a long feature is 50 KB."""

DRAFT_PATH = "draft.md"
"""The name a pasted draft is checked under: Markdown, so suppression comments work."""


def utf16_offset(text: str, offset: int) -> int:
    """A code-point offset into ``text`` as a UTF-16 offset (what browsers and Java count)."""
    prefix = text[:offset]
    return len(prefix) + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


class Desk:
    """Checks one draft at a time with an engine built once."""

    def __init__(self, config: Config | None = None, election: str | None = None) -> None:
        self.config = config or Config()
        self.election = election or self.config.election
        self.engine = Engine.from_config(self.config, election=election)
        self._engines: dict[str | None, Engine] = {self.election: self.engine}
        self._lock = threading.Lock()

    def elections(self) -> list[str]:
        """The elections a draft can be checked against (the bundled record's)."""
        from factcheck.reference.bundled import bundled_results

        return bundled_results().elections()

    def _engine(self, election: str | None) -> Engine:
        """The shared engine, set to another election: same rules, packs and record."""
        if election in self._engines:
            return self._engines[election]
        if election is not None:
            from factcheck.reference.loading import check_election

            if self.config.reference is None:
                check_election(election, where="election")
        engine = dataclasses.replace(
            self.engine,
            config=self.config.merged(election=election),
            election_given=election is not None,
        )
        self._engines[election] = engine
        return engine

    def warm(self) -> None:
        """Read the official record and the reader's tables now, not on the first request."""
        self.check("Jo Bloggs won 11,846 votes (20.1%) in Poplar and Limehouse.", DRAFT_PATH)

    def check(
        self,
        text: str,
        path: str | None = None,
        election: str | None = None,
        select: Sequence[str] | None = None,
    ) -> Report:
        """Check one draft; its format is the path's suffix (Markdown by default)."""
        path = path or DRAFT_PATH
        fmt = for_path(path) or named("markdown")
        if fmt.name == "json":
            fmt = named("markdown")
        doc = Document(path=path, text=text, media_type=fmt.media_type)
        with self._lock:
            engine = self._engine(election if election is not None else self.election)
            if select is not None:
                engine = dataclasses.replace(engine, rules=_chosen(engine, select), deferred=())
            try:
                doc = prepare_prose(doc)
                article = read_article(doc, engine.pack, engine.config.election)
            except InputFileError as exc:
                return Report(errors=(InputError(path=path, message=exc.message),))
            except Exception as exc:  # a reader's bug: an error on the draft, never a log line
                return Report(errors=(internal_error(path, "reading it", exc),))
            findings, skipped, errors = engine.check_safely(article)
            if errors:
                return Report(errors=tuple(errors), documents=(doc,))
            checked = engine.checked_article(article)
            kept, silenced = engine.suppress(findings, [doc])
        return Report(
            findings=tuple(sort_findings(kept)),
            not_checked=tuple(skipped),
            suppressed=tuple(silenced),
            documents=(doc,),
            articles=(checked,),
        )


def _chosen(engine: Engine, select: Sequence[str]) -> tuple[Rule, ...]:
    from factcheck.registry import matches

    rules = tuple(r for r in engine.all_rules() if any(matches(r, s) for s in select))
    if not rules:
        raise FactcheckError(f"no rule matches {', '.join(select)}")
    return rules


def checked_of(report: Report) -> CheckedArticle | None:
    """The one article a desk report holds, if it was read."""
    return report.articles[0] if report.articles else None


def with_offsets(text: str, entry: dict[str, object], f: Finding) -> dict[str, object]:
    """A finding's JSON with its span in code points and in UTF-16 code units."""
    if f.start is None or f.end is None:
        return {**entry, "offsets": None}
    return {
        **entry,
        "offsets": {
            "codepoints": {"start": f.start, "end": f.end},
            "utf16": {"start": utf16_offset(text, f.start), "end": utf16_offset(text, f.end)},
        },
    }
