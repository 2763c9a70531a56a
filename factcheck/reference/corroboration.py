"""Whether the rest of an article bears out its reading of a contest: the facts it gives for
that seat and election that the official record confirms.

A finding against the official record is only as sure as the reading that picked the record:
a seat read from a person's surname, a by-election's or an old election's figure, a
nation-wide figure given a seat all pick the wrong record, and every figure set against it is
then a false alarm. A wrong figure in a story whose other figures for that seat match the
record was read right and written wrong; a wrong figure with nothing else to bear out its
seat and election may be a misreading. :func:`corroborations` lists, per official record,
what bears it out; :meth:`Corroborations.settle` makes a finding that nothing else bears out
a warning with no fix, and records what corroborated the others.

Each contest is looked up once per article, and only for an article that has a finding on
the record (the engine asks lazily), so the check costs nothing on the articles that pass;
a contest's facts are worked out only as far as a finding on it needs them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from fractions import Fraction

from factcheck.models import (
    Article,
    BoundClaim,
    CandidateResult,
    ChangeClaim,
    ContestResult,
    Figure,
    OutcomeClaim,
    Quantity,
    Span,
    Unit,
)
from factcheck.names import person_words, surname_key
from factcheck.reference.lookup import (
    CONTEST_COUNTS,
    Official,
    change_levels,
    official_for,
    share_lead,
    share_of,
    stated_values,
    turnouts,
    winner_of,
)
from factcheck.reference.matching import same_party
from factcheck.rule import RuleContext, Skip, Violation

__all__ = ["SHOWN", "Corroboration", "Corroborations", "Fact", "corroborations"]

SHOWN = 3
"""How many corroborating facts a finding lists: enough to show why it stands, and no more
worked out (a results list can give dozens)."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing an article says about a contest that the official record confirms."""

    what: str
    """In words, for the finding: "Christopher Wilford's vote “11,846”"."""
    span: Span | None
    about: tuple[Span, ...] = ()
    """Figures this fact cannot bear out: a person's name does not corroborate that person's
    own figures, whose reading the name is part of."""


class _Stream:
    """One source's facts, worked out only as far as someone asks, and kept: a contest's
    facts may bear out its record and the one before, each asked for separately."""

    def __init__(self, facts: Iterator[Fact]) -> None:
        self._pending = facts
        self._got: list[Fact] = []

    def __iter__(self) -> Iterator[Fact]:
        at = 0
        while True:
            if at == len(self._got):
                fact = next(self._pending, None)
                if fact is None:
                    return
                self._got.append(fact)
            yield self._got[at]
            at += 1


class Corroboration:
    """The facts an article gives for one official contest that its record confirms."""

    def __init__(self, contest: str, election: str) -> None:
        self.contest = contest
        self.election = election
        self._streams: list[_Stream] = []

    def add(self, stream: _Stream) -> None:
        """More of what the article says about this contest."""
        self._streams.append(stream)

    def besides(self, spans: Iterable[Span], at_most: int = SHOWN) -> list[Fact]:
        """Up to ``at_most`` facts independent of the figures at ``spans`` (those a finding
        rests on); only as many facts are worked out as it takes to find them."""
        blamed = list(spans)
        out: list[Fact] = []
        seen: set[tuple[str, Span | None]] = set()
        for stream in self._streams:
            for f in stream:
                if (f.what, f.span) in seen:
                    continue
                seen.add((f.what, f.span))
                if any(f.span is not None and _overlap(f.span, s) for s in blamed):
                    continue
                if any(s in f.about for s in blamed):
                    continue
                out.append(f)
                if len(out) == at_most:
                    return out
        return out


class Corroborations:
    """Per official record (by its data path, this election's or the one before), what the
    article says of that contest that the record confirms."""

    def __init__(self, by_record: Mapping[str, Corroboration]) -> None:
        self._by_record = dict(by_record)

    def of(self, v: Violation) -> Corroboration | None:
        """The contest a finding compared its figure with, found by the records it cites."""
        cited: list[object] = [v.evidence.get("record")]
        records = v.evidence.get("official_records")
        if isinstance(records, list | tuple):
            # A change's levels cite the record before and this one: this one is the contest.
            cited += reversed(records)
        for record in cited:
            if isinstance(record, str) and record in self._by_record:
                return self._by_record[record]
        return None

    def settle(self, v: Violation) -> Violation:
        """The finding with its corroboration in evidence; a warning with no fix when
        nothing else the article says about its contest is confirmed by the record."""
        found = self.of(v)
        if found is None:
            # A record the article's contests did not lead to (a rule's own data set): what
            # the article says cannot be weighed against it, so the finding stands as made.
            return v
        spans = [s for s in (v.primary_span,) if s is not None]
        spans += [r.span for r in v.related if r.path is None and r.span is not None]
        facts = found.besides(spans)
        evidence = {**v.evidence, "corroborated_by": [f.what for f in facts]}
        if facts:
            return replace(v, evidence=evidence)
        why = (
            f"nothing else the article says about {found.contest} was found in the "
            f"{found.election} record: the seat or election may be misread"
        )
        return v.at_most_warning(why, {**evidence, "uncorroborated": why})


def corroborations(article: Article, ctx: RuleContext) -> Corroborations:
    """What the article says of each contest it reports that the official record confirms:
    its figures that agree with the record (a candidate's votes, share or place, the majority,
    turnout, electorate, valid votes, a change's levels), its candidates named in full who
    stood there for the party it gives them, and a hold or gain the record bears out.

    Each contest is looked up here once; its facts are worked out only when a finding on it
    asks (:meth:`Corroboration.besides`), and only as far as the finding needs.
    """
    by_record: dict[str, Corroboration] = {}
    looked_up: dict[str | None, Official | None] = {}

    def keep(off: Official, facts: Iterator[Fact]) -> None:
        # A seat's facts at this election bear out its reading at the election before too (a
        # level "up from" then is set against that record); an earlier election's facts never
        # bear out this one's, as an old figure read as this election's is what they would hide.
        stream = _Stream(facts)
        for contest, election in (
            (off.contest, off.election),
            (off.previous, off.previous_election),
        ):
            if contest is not None and contest.data_path is not None and election is not None:
                record = by_record.get(contest.data_path)
                if record is None:
                    record = by_record[contest.data_path] = Corroboration(
                        contest.name or "", election
                    )
                record.add(stream)

    for contest in article.contests:
        found = official_for(article, contest, ctx)
        if isinstance(found, Skip):
            continue
        if not contest.dated:
            looked_up[contest.name] = found
        keep(found, _contest_facts(contest, found, ctx))
    for claim in article.claims:
        if not isinstance(claim, OutcomeClaim | ChangeClaim | BoundClaim) or claim.contest is None:
            continue
        if claim.contest not in looked_up:
            # Every contest a finding may cite is looked up, so one with nothing else said
            # about it is named in the finding.
            got = official_for(article, ContestResult(name=claim.contest), ctx)
            looked_up[claim.contest] = None if isinstance(got, Skip) else got
            if not isinstance(got, Skip):
                keep(got, iter(()))
        off = looked_up[claim.contest]
        if off is None:
            continue
        if isinstance(claim, OutcomeClaim):
            keep(off, _outcome_facts(claim, off, ctx))
        elif isinstance(claim, ChangeClaim) and (claim.previous or claim.current):
            keep(off, _level_facts(article, claim, off, ctx))
    return Corroborations(by_record)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _pins(fig: Figure, value: Fraction, ctx: RuleContext) -> bool:
    """Does the figure, as written, pin the official value: agree with it and be bounded on
    both sides? "Over 20,000" agrees with too much to bear out a reading."""
    allowed = stated_values(fig, ctx)
    return allowed.lo is not None and allowed.hi is not None and value in allowed


def _figure_fact(what: str, fig: Figure) -> Fact:
    return Fact(f"{what} “{fig.text}”", fig.span)


def _contest_facts(contest: ContestResult, off: Official, ctx: RuleContext) -> Iterator[Fact]:
    oc = off.contest
    for field, noun in CONTEST_COUNTS:
        stated: Figure | None = getattr(contest, field)
        official: Figure | None = getattr(oc, field)
        if (
            stated is not None
            and official is not None
            and _pins(stated, Fraction(official.value), ctx)
        ):
            yield _figure_fact(f"the {noun}", stated)
    if contest.turnout is not None and any(
        _pins(contest.turnout, t, ctx) for t in turnouts(oc).values()
    ):
        yield _figure_fact("the turnout", contest.turnout)
    lead = share_lead(oc)
    share = contest.majority_share
    if share is not None and lead is not None and _pins(share, lead, ctx):
        yield _figure_fact("the percentage majority", share)
    for cand in contest.candidates:
        yield from _candidate_facts(cand, off, ctx)


def _candidate_facts(cand: CandidateResult, off: Official, ctx: RuleContext) -> Iterator[Fact]:
    match = off.candidate(cand, ctx.pack)
    if match is None:
        return
    oc = match.candidate
    who = f"{oc.name}'s"
    if (
        cand.votes is not None
        and oc.votes is not None
        and _pins(cand.votes, Fraction(oc.votes.value), ctx)
    ):
        yield _figure_fact(f"{who} vote", cand.votes)
    share = share_of(oc, off.contest)
    if cand.share is not None and share is not None and _pins(cand.share, share, ctx):
        yield _figure_fact(f"{who} share", cand.share)
    if cand.by_party:
        # A party's place ("Labour came second") is too likely by chance to bear a reading.
        return
    if cand.rank is not None and cand.rank.unit is Unit.RANK:
        place = next((i for i, c in enumerate(off.contest.candidates, 1) if c is oc), None)
        if place is not None and _pins(cand.rank, Fraction(place), ctx):
            yield _figure_fact(f"{who} place", cand.rank)
    if (
        match.exact
        and len(person_words(cand.name)) >= 2
        and (cand.party is None or same_party(cand.party, oc.party, ctx.pack))
    ):
        # A person named in full who stood there (for the party given) bears out the seat,
        # though not that person's own figures: the name is part of their reading.
        own = tuple(
            f.span
            for f in (cand.votes, cand.share, cand.rank, *cand.restated)
            if f is not None and f.span is not None
        )
        yield Fact(
            f"{oc.name} ({oc.party}) stood in {off.contest.name}",
            cand.name_span,
            about=own,
        )


def _level_facts(
    article: Article, claim: ChangeClaim, off: Official, ctx: RuleContext
) -> Iterator[Fact]:
    """The levels a change gives ("up from 15.2% to 19.8%") that the record confirms."""
    if claim.quantity not in (Quantity.SHARE, Quantity.VOTES, Quantity.TURNOUT, Quantity.MAJORITY):
        return
    levels = change_levels(article, claim, ContestResult(name=claim.contest), ctx)
    if levels is None:
        return
    majority = claim.quantity is Quantity.MAJORITY
    who = claim.candidate or claim.party or off.contest.name
    for stated, official, when in (
        (
            claim.previous,
            levels.previous_majority if majority else levels.previous,
            f" in {(levels.previous_election or '').rsplit('-', 1)[-1]}",
        ),
        (claim.current, levels.current_majority if majority else levels.current, ""),
    ):
        # A majority's level in per cent is the winner's share here, not the lead: skipped
        # by the unit, as is any level written in another unit than the record's.
        if stated is None or official is None or stated.unit is not official.unit:
            continue
        if _pins(stated, Fraction(official.value), ctx):
            yield _figure_fact(f"{who}'s {claim.quantity.value}{when}", stated)


def _outcome_facts(claim: OutcomeClaim, off: Official, ctx: RuleContext) -> Iterator[Fact]:
    if _outcome_agrees(claim, off, ctx):
        said = f"{claim.party} {claim.verb}" if claim.party else claim.verb
        yield Fact(f"“{said}” ({off.contest.name})", claim.span)


def _outcome_agrees(claim: OutcomeClaim, off: Official, ctx: RuleContext) -> bool:
    """Does the record bear out a hold or gain: the party (or person) won, and the seat
    changed hands or not as said?"""
    now = winner_of(off.contest)
    if now is None:
        return False
    loose = claim.grounds.loose if claim.grounds is not None else ()
    party = claim.party if "subject" not in loose else None
    if party is not None:
        if not same_party(party, now.party, ctx.pack):
            return False
    elif claim.candidate is None or surname_key(claim.candidate) != surname_key(now.name):
        return False
    then = winner_of(off.previous) if off.previous is not None else None
    if then is None:
        return True  # who won is borne out; whether it changed hands cannot be said
    changed = not same_party(now.party, then.party, ctx.pack)
    return changed == (claim.verb == "gain")
