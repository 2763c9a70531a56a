"""Checking and reading a story we wrote, given as text or as an article file written the way a
newsroom's CMS exports them, and lookups in what was read: one helper for each, shared by the
tests (docs/testing.md), so that no test file keeps a copy of its own."""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import (
    Article,
    CandidateResult,
    ContestResult,
    Document,
    Figure,
    Finding,
    OutcomeClaim,
    Report,
    Severity,
)


def story_file(tmp_path: Path, body: str, election: str, *, name: str = "story.md") -> Path:
    """An article file with its election in front matter (read as its name's suffix says)."""
    path = tmp_path / name
    path.write_text(f"---\nelection: {election}\n---\n{body}\n", encoding="utf-8")
    return path


def findings_in(path: Path) -> list[Finding]:
    """What checking the file finds."""
    return list(factcheck.check(path).findings)


def flagged_in(path: Path) -> list[tuple[str, str | None]]:
    """(rule, text) of each error and warning checking the file finds."""
    return [
        (f.name, f.text)
        for f in findings_in(path)
        if f.severity in (Severity.ERROR, Severity.WARNING)
    ]


def errors_in(path: Path) -> list[tuple[str, str | None]]:
    """(rule, text) of each error checking the file finds."""
    return [(f.name, f.text) for f in findings_in(path) if f.severity is Severity.ERROR]


def messages_on(tmp_path: Path, body: str, election: str, text: str) -> list[str]:
    """The messages of the findings on ``text`` in a story filed with its election."""
    return [f.message for f in findings_in(story_file(tmp_path, body, election)) if f.text == text]


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


def report_of(text: str, election: str) -> Report:
    """What checking a story given as text against one election reports, every rule's.

    The election is the check's, not the story's own: the reader is not told the story's
    year, as it is by front matter (:func:`filed_findings`)."""
    return factcheck.check(Document(path="story.txt", text=text), election=election)


def findings_of(text: str, election: str, rule: str | None = "reference-mismatch") -> list[Finding]:
    """What one rule (``None``: every rule) finds in a story given as text, checked against
    one election (see :func:`report_of`)."""
    return [f for f in report_of(text, election).findings if rule is None or f.name == rule]


def filed_findings(
    tmp_path: Path, text: str, election: str, rule: str = "reference-mismatch"
) -> list[Finding]:
    """What one rule finds in a story filed as a text file whose front matter names its
    election, so that the reader, too, knows the story's year."""
    path = story_file(tmp_path, text, election, name="article.txt")
    return [f for f in findings_in(path) if f.name == rule]


def article_of(text: str) -> Article:
    """What the reader makes of a story given as text (no front matter: the reader is not told
    the story's election)."""
    return read_prose(Document(path="story.txt", text=text))


def contests_of(text: str) -> list[ContestResult]:
    """The contests read from a story given as text."""
    return list(article_of(text).contests)


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
    return {
        (c.contest, c.party, c.verb, c.from_party)
        for c in article_of(text).claims
        if isinstance(c, OutcomeClaim)
    }


def ranked_seats_2019() -> list[tuple[str, CandidateResult, list[CandidateResult]]]:
    """(seat, winner, candidates by votes, most first) for every 2019 seat of the bundled
    record with a winner and a runner-up, leaving out seats with a word of a candidate's name
    in their own ("Brent"), so a test's sentence names each once, and seats whose winner or
    runner-up the reader cannot take for a person: a given name that is also a word of dates
    ("June Davies"), or a surname that is one after a given name the list of given names
    lacks, is not read as a name, a known gap (``entities._NOT_NAMES``) that these tests of
    seat ties are not about."""
    from factcheck.extract.entities import find_people
    from factcheck.reference.bundled import bundled_results
    from factcheck.reference.lookup import winner_of

    record = bundled_results()
    out = []
    for seat in sorted(set().union(*record.surname_index("uk-ge-2019").values())):
        now = record.contest(seat, "uk-ge-2019")
        if now is None:
            continue
        won = winner_of(now)
        ranked = sorted(
            (c for c in now.candidates if c.votes is not None),
            key=lambda c: c.votes.value if c.votes is not None else 0,
            reverse=True,
        )
        if won is None or len(ranked) < 2:
            continue
        if any(part in seat.split() for c in ranked for part in c.name.split()):
            continue
        if any([p.name for p in find_people(c.name)] != [c.name] for c in ranked[:2]):
            continue
        out.append((seat, won, ranked))
    return out


def seats_read(text: str) -> dict[str, str | None]:
    """The seat each candidate of a text was read in, by name."""
    return {
        c.name: contest.name for contest in article_of(text).contests for c in contest.candidates
    }


def winners_read(text: str) -> dict[str, tuple[str | None, Figure]]:
    """Each candidate a story given as text was read as placing first: their seat and the
    placing's figure (with its grounds)."""
    return {
        c.name: (k.name, c.rank)
        for k in article_of(text).contests
        for c in k.candidates
        if c.rank is not None and c.rank.value == 1
    }


def candidates_read(text: str) -> set[str]:
    """Everyone a story given as text was read to stand as a candidate, placed or not."""
    return {c.name for k in article_of(text).contests for c in k.candidates}


def placing_findings(text: str, election: str) -> list[Finding]:
    """The reference findings on a placing first ("… is officially second, not first")."""
    return [f for f in findings_of(text, election) if "first" in f.message]


def warned_second(text: str, election: str) -> bool:
    """Is the one placing finding on ``text`` a warning that the person read as its winner
    finished second (a win said of the runner-up, read loosely)?"""
    fired = placing_findings(text, election)
    return [f.severity for f in fired] == [Severity.WARNING] and "finished second" in (
        fired[0].message
    )
