"""Article files written the way a newsroom's CMS exports them, and lookups in what was read:
shared by the reader's pattern tests."""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import (
    Article,
    CandidateResult,
    ContestResult,
    Document,
    Finding,
    OutcomeClaim,
)


def story_file(tmp_path: Path, body: str, election: str) -> Path:
    """An article file with its election in front matter."""
    path = tmp_path / "story.md"
    path.write_text(f"---\nelection: {election}\n---\n{body}\n", encoding="utf-8")
    return path


def findings_in(path: Path) -> list[Finding]:
    """What checking the file finds."""
    return list(factcheck.check(path).findings)


def contest_named(article: Article, name: str) -> ContestResult:
    """The one contest read under this name for the story's own election (a contest the text
    dates to another election, such as a majority overturned, has the same name)."""
    found = [c for c in article.contests if c.name == name and not c.dated]
    assert len(found) == 1, [c.name for c in article.contests]
    return found[0]


def candidate_named(contest: ContestResult, name: str) -> CandidateResult:
    """The one candidate of the contest read under this name."""
    found = [c for c in contest.candidates if c.name == name]
    assert len(found) == 1, [c.name for c in contest.candidates]
    return found[0]


def findings_of(text: str, election: str, rule: str = "reference-mismatch") -> list[Finding]:
    """What one rule finds in a story given as text, checked against one election."""
    report = factcheck.check(Document(path="story.txt", text=text), election=election)
    return [f for f in report.findings if f.name == rule]


def contests_of(text: str) -> list[ContestResult]:
    """The contests read from a story given as text."""
    return list(read_prose(Document(path="story.txt", text=text)).contests)


def figures_by_name(text: str) -> dict[str, tuple[str | None, object, object, object]]:
    """Each candidate's (seat, votes, share, rank) values as read, by name."""
    return {
        c.name: (
            contest.name,
            c.votes.value if c.votes else None,
            c.share.value if c.share else None,
            c.rank.value if c.rank else None,
        )
        for contest in contests_of(text)
        for c in contest.candidates
        if c.name
    }


def outcomes_of(text: str) -> set[tuple[str | None, str | None, str, str | None]]:
    """The outcomes read from a story given as text: (seat, party, verb, party it was from)."""
    article = read_prose(Document(path="a.txt", text=text))
    return {
        (c.contest, c.party, c.verb, c.from_party)
        for c in article.claims
        if isinstance(c, OutcomeClaim)
    }
