"""Generated results, rendered in newsroom list formats and margin phrasings, are read back.

A contest of 3-8 candidates (names from a small pool, parties from the bundled parties pack,
votes drawn, shares computed exactly from the votes and rounded half-up to one or two
places) is written out as a results list in one of the formats of issue 8, followed by a
sentence giving the winner's margin in one of the phrasings copy uses. The reader must
recover every candidate's votes and share exactly, each pointing at its own words, and the
majority; a single slipped count must make ``share-votes-mismatch`` fire.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of

import factcheck
from factcheck.intervals import percent, to_decimal
from factcheck.models import Article, ContestResult, Document, Span
from factcheck.packs import default_pack

FIRST = ["Anna", "Brian", "Chloe", "David", "Elena", "Farid", "Grace", "Hamid", "Isla", "Jonah"]
LAST = [
    "Ashworth",
    "Okafor",
    "Pennington",
    "Kowalczyk",
    "Fairbairn",
    "Mahmood",
    "Treharne",
    "Lindqvist",
    "Oyelaran",
    "Whitcombe",
]
_PACK = default_pack()
# Parties that stand against each other in one seat, by their pack entries: the list
# formats write the full name or the abbreviation the pack gives.
PARTY_KEYS = [
    "labour",
    "conservative",
    "liberal-democrat",
    "green",
    "reform",
    "snp",
    "ukip",
    "plaid",
]


@dataclass(frozen=True)
class Line:
    """One candidate as the contest was generated."""

    name: str
    party: str
    abbreviation: str
    votes: int
    share: Decimal


@dataclass(frozen=True)
class Contest:
    seat: str
    lines: tuple[Line, ...]
    decimals: int

    @property
    def majority(self) -> int:
        top = sorted((c.votes for c in self.lines), reverse=True)
        return top[0] - top[1]


@st.composite
def contests(draw: st.DrawFn) -> Contest:
    n = draw(st.integers(3, 8))
    firsts = draw(st.permutations(FIRST))[:n]
    lasts = draw(st.permutations(LAST))[:n]
    keys = draw(st.permutations(PARTY_KEYS))[: min(n, len(PARTY_KEYS))]
    votes = draw(
        st.lists(
            st.one_of(st.integers(500, 30000), st.integers(1900, 2099)),
            min_size=n,
            max_size=n,
            unique=True,
        )
    )
    votes.sort(reverse=True)  # lists run from the winner down, as results are declared
    decimals = draw(st.sampled_from([1, 2]))
    total = sum(votes)
    lines = []
    for i in range(n):
        # Independents fill the field once the parties run out.
        party = _PACK.parties[keys[i]] if i < len(keys) else _PACK.parties["independent"]
        assert party.abbreviation is not None
        share = to_decimal(percent(votes[i], total), decimals)
        lines.append(
            Line(f"{firsts[i]} {lasts[i]}", party.name, party.abbreviation, votes[i], share)
        )
    return Contest(draw(st.sampled_from(SEATS)), tuple(lines), decimals)


# How each format writes one candidate; whether it gives shares.
Render = Callable[[Line], str]
FORMATS: dict[str, tuple[Render, bool]] = {
    "pa": (lambda c: f"{c.name} ({c.abbreviation}) {c.votes:,} ({c.share}%)", True),
    # The change column is a fall, so any share can have had it: a rise larger than the
    # share would be impossible, and percent-points-confusion would rightly say so.
    "pa-with-change": (
        lambda c: f"{c.name} ({c.abbreviation}) {c.votes:,} ({c.share}%) -1.{c.votes % 90 + 10}%",
        True,
    ),
    "name-party-colon": (lambda c: f"{c.name}, {c.party}: {c.votes:,}", False),
    # Counts without separators, a year-like "2017" among them: in a list cell it is a count.
    "name-party-colon-bare": (lambda c: f"{c.name}, {c.party}: {c.votes}", False),
    "name-party-dash": (lambda c: f"{c.name}, {c.party} - {c.votes:,}", False),
    "card": (lambda c: f"{c.name}\n• Votes: {c.votes:,}\n• Vote share %: {c.share}\n", True),
    # Candidates by their initials, the party in words in brackets: "A. Ashworth (Labour) 9,012".
    "initials-party-words": (
        lambda c: f"{as_written(c.name, 'initials-party-words')} ({c.party}) {c.votes:,}",
        False,
    ),
}
# Formats that write a candidate's name otherwise than in full; prose about the result
# names them as the list does.
INITIALLED = {"initials-party-words"}


def as_written(name: str, fmt: str) -> str:
    """A candidate's name as the format writes it: "Anna Ashworth" or "A. Ashworth"."""
    first, last = name.split()
    return f"{first[0]}. {last}" if fmt in INITIALLED else name


def in_prose(name: str, fmt: str) -> str:
    """A candidate's name in the prose under the list: after "A. Ashworth", "Ashworth"."""
    return name.rsplit(maxsplit=1)[-1] if fmt in INITIALLED else name


# The winner's margin as copy gives it: {w} the winner, {r} the runner-up, {m} the margin.
MARGINS = [
    "{w} beat {r} by {m} votes.",
    "{w} won by {m} votes.",
    "{w} won the seat with a {m}-vote victory over {r}.",
    "{w} was elected with a margin of {m} votes.",
    "{r} finished {m} votes behind.",
    "{r} lost by {m} votes.",
    "{w} won with a slim {m} majority.",
]

# Real constituency names, so the list's seat is tied explicitly; no election is given, so
# the generated figures are judged on their own arithmetic only.
SEATS = ["Gower", "Moray", "Kensington", "Sevenoaks", "Foyle", "Ceredigion"]
HEADER = "Turnout in {seat} was 64.1%. The declaration, in full:\n\n"


@dataclass(frozen=True)
class Rendered:
    text: str
    lines: dict[str, Span]
    """Where each candidate's own line (or card) is in the text."""
    margin_at: int


# How lines are separated: a line break, or a blank line (each line its own paragraph, as
# declarations pasted into a CMS often are).
BREAKS = ["\n", "\n\n"]


def render(
    contest: Contest,
    fmt: str,
    margin: str,
    votes: dict[str, int] | None = None,
    line_break: str = "\n",
) -> Rendered:
    write, _ = FORMATS[fmt]
    text = HEADER.format(seat=contest.seat)
    lines: dict[str, Span] = {}
    for c in contest.lines:
        shown = (
            c if votes is None else Line(c.name, c.party, c.abbreviation, votes[c.name], c.share)
        )
        line = write(shown)
        lines[as_written(c.name, fmt)] = Span(start=len(text), end=len(text) + len(line))
        text += line + line_break
    text += "\n"
    winner, runner_up = contest.lines[0], contest.lines[1]
    w, r = in_prose(winner.name, fmt), in_prose(runner_up.name, fmt)
    sentence = margin.format(w=w, r=r, m=f"{contest.majority:,}")
    margin_at = len(text) + sentence.index(f"{contest.majority:,}") if "{m}" in margin else -1
    return Rendered(text + sentence + "\n", lines, margin_at)


def _only_contest(article: Article) -> ContestResult:
    assert len(article.contests) == 1, [c.name for c in article.contests]
    return article.contests[0]


@settings(max_examples=80)
@given(
    contests(), st.sampled_from(sorted(FORMATS)), st.sampled_from(MARGINS), st.sampled_from(BREAKS)
)
def test_lists_and_margins_are_read_back_exactly(
    contest: Contest, fmt: str, margin: str, line_break: str
) -> None:
    rendered = render(contest, fmt, margin, line_break=line_break)
    text = rendered.text
    read = _only_contest(article_of(text))
    assert read.name == contest.seat
    with_shares = FORMATS[fmt][1]
    got = {c.name: c for c in read.candidates}
    assert set(got) == {as_written(c.name, fmt) for c in contest.lines}
    for line in contest.lines:
        cand = got[as_written(line.name, fmt)]
        where = rendered.lines[as_written(line.name, fmt)]
        assert cand.votes is not None
        assert cand.votes.value == line.votes
        assert cand.votes.exact
        assert cand.votes.span is not None
        assert where.start <= cand.votes.span.start < cand.votes.span.end <= where.end
        assert text[cand.votes.span.start : cand.votes.span.end].replace(",", "") == str(line.votes)
        assert cand.votes.grounds is not None
        assert cand.votes.grounds.certain
        if with_shares:
            assert cand.share is not None
            assert cand.share.text == str(line.share)
            assert cand.share.value == line.share
            assert cand.share.span is not None
            assert where.start <= cand.share.span.start < cand.share.span.end <= where.end
            assert text[cand.share.span.start : cand.share.span.end].rstrip("%") == str(line.share)
            assert cand.share.grounds is not None
            assert cand.share.grounds.certain
        else:
            assert cand.share is None
    assert read.majority is not None
    assert read.majority.value == contest.majority
    assert read.majority.span is not None
    assert read.majority.span.start == rendered.margin_at
    # A generated result is true to itself: nothing to report.
    assert factcheck.check(Document(path="gen.txt", text=text)).findings == ()


@settings(max_examples=40)
@given(
    contests(),
    st.sampled_from(sorted(f for f, (_, shares) in FORMATS.items() if shares)),
    st.sampled_from(MARGINS),
    st.sampled_from(BREAKS),
    st.data(),
)
def test_one_slipped_count_fires_share_votes_mismatch(
    contest: Contest, fmt: str, margin: str, line_break: str, data: st.DataObject
) -> None:
    total = sum(c.votes for c in contest.lines)
    slipped = data.draw(st.sampled_from([c.name for c in contest.lines]), label="slipped")
    # Five points of the total: far outside any share's rounding, since the largest share
    # (at least 12.5%) pins the total to well within one per cent.
    votes = {c.name: c.votes for c in contest.lines}
    votes[slipped] += total // 20 + 1
    rendered = render(contest, fmt, margin, votes, line_break)
    article = article_of(rendered.text)
    cand = next(c for c in _only_contest(article).candidates if c.name == slipped)
    assert cand.votes is not None
    assert cand.votes.value == votes[slipped]
    names = {f.name for f in factcheck.check(Document(path="gen.txt", text=rendered.text)).findings}
    assert "share-votes-mismatch" in names


# Hedged margins: the majority rounded to the hundred, below it ("just over") or above it
# ("almost"), as copy writes a margin it has not looked up.
HEDGED_MARGINS = [
    ("{w} won by just over {lo} votes.", "lo"),
    ("{w} won with a majority of almost {hi}.", "hi"),
    ("{w} beat {r} by some {near} votes.", "near"),
    ("{w} finished just under {hi} votes ahead of {r}.", "hi"),
]


@settings(max_examples=40)
@given(
    contests(),
    st.sampled_from(sorted(f for f in FORMATS if f != "card")),
    st.sampled_from(HEDGED_MARGINS),
)
def test_hedged_margins_are_read_with_their_hedge(
    contest: Contest, fmt: str, margin: tuple[str, str]
) -> None:
    m = contest.majority
    bounds = {"lo": m // 100 * 100, "hi": (m // 100 + 1) * 100, "near": round(m, -2)}
    if bounds["lo"] == m or bounds["lo"] == 0 or bounds["near"] == 0:
        return  # "just over 3,200" for exactly 3,200 is false; "some 0" is not a margin
    phrasing, which = margin
    written = bounds[which]
    rendered = render(contest, fmt, "{w} won.")
    sentence = phrasing.format(
        w=in_prose(contest.lines[0].name, fmt),
        r=in_prose(contest.lines[1].name, fmt),
        lo=f"{bounds['lo']:,}",
        hi=f"{bounds['hi']:,}",
        near=f"{bounds['near']:,}",
    )
    text = rendered.text + sentence + "\n"
    read = _only_contest(article_of(text))
    assert read.majority is not None
    assert read.majority.value == written
    assert read.majority.hedge != "exact"
    assert read.majority.span is not None
    assert text[read.majority.span.start : read.majority.span.end].endswith(f"{written:,}")
    names = {f.name for f in factcheck.check(Document(path="gen.txt", text=text)).findings}
    assert "majority-mismatch" not in names


# Prose that counts the winner's votes, then gives the others bare: "followed by X of the
# Greens with 5,018, and Y on 3,834".
PROSE_LEADS = ["with", "on", "getting", "polling"]


@settings(max_examples=40)
@given(contests(), st.lists(st.sampled_from(PROSE_LEADS), min_size=2, max_size=2))
def test_prose_counts_after_the_next_name_are_read_back(contest: Contest, leads: list[str]) -> None:
    first, second, third = contest.lines[:3]
    text = (
        HEADER.format(seat=contest.seat).split("\n")[0]
        + f" {first.name} won {first.votes:,} votes, followed by {second.name} of the"
        f" {second.party} {leads[0]} {second.votes:,}, and {third.name} {leads[1]}"
        f" {third.votes:,}.\n"
    )
    read = _only_contest(article_of(text))
    got = {c.name: c.votes.value if c.votes is not None else None for c in read.candidates}
    assert got == {line.name: line.votes for line in (first, second, third)}
    assert factcheck.check(Document(path="gen.txt", text=text)).findings == ()


# A margin as a lead in per cent beside its seat, as lists of marginals write it.
LEADS = ["{seat} ({abbr} lead of {x}%)", "{n}) {seat} ({abbr} lead of {x}%)"]


@settings(max_examples=40)
@given(
    contests(),
    st.sampled_from(sorted(f for f, (_, s) in FORMATS.items() if s)),
    st.sampled_from(LEADS),
)
def test_a_lead_in_per_cent_is_read_back_as_the_majority_share(
    contest: Contest, fmt: str, lead: str
) -> None:
    rendered = render(contest, fmt, "{w} won.")
    total = sum(c.votes for c in contest.lines)
    x = to_decimal(percent(contest.majority, total), 2)
    line = lead.format(seat=contest.seat, abbr=contest.lines[0].abbreviation, x=x, n=3)
    text = rendered.text + "\nThe most marginal seats:\n\n" + line + "\n"
    read = _only_contest(article_of(text))
    assert read.majority_share is not None
    assert read.majority_share.value == x
    assert read.majority_share.span is not None
    assert text[read.majority_share.span.start : read.majority_share.span.end].rstrip("%") == str(x)
    assert factcheck.check(Document(path="gen.txt", text=text)).findings == ()
    # A point off is outside any rounding of the lead: majority-mismatch says so.
    slipped = text.replace(f"lead of {x}%", f"lead of {x + 1}%")
    names = {f.name for f in factcheck.check(Document(path="gen.txt", text=slipped)).findings}
    assert "majority-mismatch" in names
