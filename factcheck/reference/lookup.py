"""What reference rules share: which election an article is about, and its official contests."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from fractions import Fraction

from factcheck.intervals import Interval, round_count_step
from factcheck.models import Article, CandidateResult, ChangeClaim, ContestResult, Figure, Unit
from factcheck.names import person_words
from factcheck.packs import Pack, truth_interval
from factcheck.reference.matching import CandidateMatch, match_candidate, same_party, stranger_to
from factcheck.reference.placing import place_by_candidates
from factcheck.reference.source import ResultsSource
from factcheck.rule import RuleContext, Skip

__all__ = [
    "Official",
    "changed_party",
    "election_of",
    "official_for",
    "official_levels",
    "official_name",
    "previous_candidate",
    "stated_values",
    "stood_in",
    "turnouts",
    "winner_of",
]


def election_of(
    article: Article, ctx: RuleContext, contest: ContestResult | None = None
) -> str | None:
    """The election an article (or one of its contests) is about, or None to leave it unchecked.

    An election given for the run (``--election``, ``check(election=...)``) wins over
    everything the files say: it is the most explicit instruction, except for figures the
    text itself dates to another election (a contest marked ``dated``: with no election named,
    the one before the story's, as for a majority overturned or defended). Otherwise the article's
    front matter ``election:`` wins over a configured election (``election = ...`` in a
    configuration file), with which a results file's contest labelled with its own election
    is checked against that one. With none, a results file's labels alone do not switch
    checking on.
    """
    if contest is not None and contest.dated:
        if contest.election:
            return contest.election  # the text names the election these figures belong to
        # Dated to the election before the story's ("was defending a majority of 9,065"),
        # which the text does not name: the one before the story's in the record.
        story = election_of(article, ctx)
        if story is None or ctx.reference is None:
            return None
        return ctx.reference.previous(story)
    if ctx.election_given and ctx.election is not None:
        return ctx.election
    meta = article.document.metadata.get("election")
    if isinstance(meta, str) and meta.strip():
        return meta.strip()
    if ctx.election is None:
        return None
    if contest is not None and contest.election:
        return contest.election
    return ctx.election


@dataclass(frozen=True, slots=True)
class Official:
    """An article's contest with its official result, and the previous election's."""

    source: ResultsSource
    election: str
    contest: ContestResult
    previous_election: str | None
    previous: ContestResult | None
    placed: str | None = None
    """Why the contest, which the text does not name, is this one of the record's (by the
    people it lists: :func:`~factcheck.reference.placing.place_by_candidates`); None when
    the text names it."""

    def cite(self, contest: ContestResult | None = None) -> dict[str, object]:
        """Evidence naming the data set and the record a figure came from."""
        c = contest or self.contest
        dataset = getattr(self.source, "dataset", None)
        return {
            "dataset": dataset(c.election or self.election) if callable(dataset) else None,
            "source": self.source.name,
            "election": c.election or self.election,
            "record": c.data_path,
        }

    def candidate(self, cand: CandidateResult, pack: Pack) -> CandidateMatch | None:
        """The official candidate an article's candidate stands for, or None if unsure: a
        candidate known only by party is the party's one official candidate."""
        if cand.by_party:
            same = [c for c in self.contest.candidates if same_party(c.party, cand.party, pack)]
            return CandidateMatch(same[0], False, 0.0) if len(same) == 1 else None
        return match_candidate(cand.name, self.contest.candidates, party=cand.party, pack=pack)


def official_for(article: Article, contest: ContestResult, ctx: RuleContext) -> Official | Skip:
    """The official result of an article's contest, or a Skip saying why there is none."""
    source = ctx.reference
    if source is None:
        return Skip("no official results to check against: give --election or --reference")
    election = election_of(article, ctx, contest)
    if election is None:
        return Skip(
            "no election to check against: give --election, or `election:` in the front matter"
        )
    placed = None
    name = contest.name
    if name is None:
        placing = place_by_candidates(contest, source, election, ctx.pack)
        if placing is None:
            return Skip("the contest is not named, so it cannot be found in the official results")
        name, placed = placing.name, placing.why
    found = source.contest(name, election)
    if found is None:
        return Skip(f"“{name}” is not in the official results of {election} ({source.name})")
    prev_election = source.previous(election)
    prev = source.contest(name, prev_election) if prev_election else None
    return Official(source, election, found, prev_election, prev, placed)


def stood_in(off: Official, name: str | None) -> str | None:
    """Words saying that a person named in full stood in the record's contest, or None.

    The reader may tie a figure to its seat only loosely (the seat carried from an earlier
    paragraph, the nearest of two in the sentence), but a person stands in one seat at an
    election: when the figure's own person, named in full, is exactly one of the record's
    candidates there, the seat is the person's. A finding on it is still at most a warning
    with no fix (the reading stays loose); it is no longer "not checked". A surname alone, or
    a name matched only by its spelling, confirms nothing.
    """
    if off.placed is not None:
        return off.placed  # the contest was found by its people: each of them stood in it
    words = person_words(name) if name else ()
    if len(words) < 2:
        return None
    same = [c for c in off.contest.candidates if person_words(c.name) == words]
    if len(same) != 1:
        return None
    return f"{same[0].name} stood in {off.contest.name} ({off.election})"


def stated_values(fig: Figure, ctx: RuleContext) -> Interval:
    """The true values a stated figure, as written and hedged, allows against the record."""
    if fig.hedge != "exact":
        return truth_interval(fig, pack=ctx.pack, rounding=ctx.rounding)
    step = round_count_step(fig.value) if fig.exact and fig.unit is not Unit.RANK else None
    if step is not None:
        # "17,400 votes" for 17,392: a round count is a rounding, not a wrong count.
        return Interval.rounded(fig.value, step, ctx.rounding)
    return fig.interval(ctx.rounding)


def winner_of(contest: ContestResult) -> CandidateResult | None:
    """The candidate with the most votes, or None when the record cannot say (a tie, no votes)."""
    counted = sorted(
        (c for c in contest.candidates if c.votes is not None),
        key=lambda c: c.votes.value if c.votes is not None else 0,
        reverse=True,
    )
    # Compare the counts, not the figures: two equal counts read from a file differ in span.
    top = [c.votes.value for c in counted[:2] if c.votes is not None]
    if not top or (len(top) > 1 and top[0] == top[1]):
        return None
    return counted[0]


def official_name(cand: CandidateResult) -> str:
    """A candidate's name as the official record writes it."""
    return cand.name


def previous_candidate(
    now: CandidateResult, previous: ContestResult | None, pack: Pack, *, by_party: bool = False
) -> CandidateResult | None:
    """The same candidate at the previous election, else their party's candidate, or None.

    ``by_party``: the party's candidate only (a change the copy gives a party, not a person).
    None, too, for a person who stood for another party before (Antoinette Sandbach,
    Conservative in 2017, Liberal Democrat in 2019): her own share then and her party's are
    two series, and copy may mean either (a results card's change is the party's, "her share
    fell" the person's), so no one earlier level is the change's.
    """
    if previous is None:
        return None
    if not by_party:
        words = person_words(now.name)
        same = [c for c in previous.candidates if person_words(c.name) == words]
        if len(same) == 1:
            return None if changed_party(now, same[0], pack) else same[0]
    party = [c for c in previous.candidates if same_party(c.party, now.party, pack)]
    return party[0] if len(party) == 1 else None


def changed_party(now: CandidateResult, then: CandidateResult, pack: Pack) -> bool:
    """Did one person stand for two different parties (both known) at the two elections?"""
    return bool(now.party and then.party) and not same_party(now.party, then.party, pack)


def share_of(cand: CandidateResult, contest: ContestResult) -> Fraction | None:
    """A candidate's exact share of the valid vote, in per cent."""
    if cand.votes is None or contest.valid_votes is None or not contest.valid_votes.value:
        return None
    return Fraction(cand.votes.value) * 100 / Fraction(contest.valid_votes.value)


PRINTED_SHARE_PLACES = 2
"""The official tables print a share to two decimal places of a per cent (the Commons
Library's fractions to four: 0.3965), and copy often rounds the printed share again."""


def share_definitions(cand: CandidateResult, contest: ContestResult) -> dict[str, Fraction]:
    """A candidate's share by each definition the record publishes, in per cent: ``valid``,
    the exact share of the valid vote; ``printed``, that share as the official tables print
    it (to :data:`PRINTED_SHARE_PLACES` places, half up: 39.6499…% is printed 39.65%, which
    copy rounds again to 39.7%). Empty when the record cannot give the share."""
    valid = share_of(cand, contest)
    if valid is None:
        return {}
    step = Fraction(1, 10**PRINTED_SHARE_PLACES)
    return {"valid": valid, "printed": math.floor(valid / step + Fraction(1, 2)) * step}


def ballots_share(cand: CandidateResult, contest: ContestResult) -> Fraction | None:
    """A candidate's share of every ballot paper counted, rejected ones included, in per
    cent (some councils and outlets divide by the ballot papers), or None where the record
    counts no rejected ballots (2015)."""
    if cand.votes is None or contest.valid_votes is None or contest.rejected is None:
        return None
    cast = Fraction(contest.valid_votes.value) + Fraction(contest.rejected.value)
    return Fraction(cand.votes.value) * 100 / cast if cast else None


def share_lead(contest: ContestResult) -> Fraction | None:
    """The winner's lead over the runner-up in points of the valid vote (the percentage
    majority), from the candidates' exact shares, in whatever order they are listed."""
    shares = sorted(
        (s for s in (share_of(c, contest) for c in contest.candidates) if s is not None),
        reverse=True,
    )
    return shares[0] - shares[1] if len(shares) >= 2 else None


def turnouts(contest: ContestResult) -> dict[str, Fraction]:
    """Turnout by each definition the record allows, in per cent.

    ``valid``: valid votes / electorate (the Commons Library's); ``ballots``: valid votes and
    rejected ballots / electorate (close to a council's declared turnout).
    """
    out: dict[str, Fraction] = {}
    if contest.electorate is None or not contest.electorate.value or contest.valid_votes is None:
        return out
    electorate = Fraction(contest.electorate.value)
    valid = Fraction(contest.valid_votes.value)
    out["valid"] = valid * 100 / electorate
    if contest.rejected is not None:
        out["ballots"] = (valid + Fraction(contest.rejected.value)) * 100 / electorate
    return out


TURNOUT_DEFINITIONS = {
    "valid": "valid votes / electorate",
    "ballots": "(valid votes + rejected ballots) / electorate",
}

CONTEST_COUNTS = (
    ("valid_votes", "valid votes"),
    ("rejected", "rejected ballots"),
    ("electorate", "electorate"),
    ("majority", "majority"),
)
"""The counts among :data:`~factcheck.models.CONTEST_FIGURES` that are set against the record
as they stand (turnout and shares are compared by their own definitions): each field, with
the words a finding names it by."""


@dataclass(frozen=True, slots=True)
class OfficialLevels:
    """Official figures at both ends of a stated change, for the wording rules' readings."""

    previous: Figure | None
    current: Figure | None
    previous_majority: Figure | None = None
    current_majority: Figure | None = None
    previous_election: str | None = None
    election: str | None = None
    records: tuple[str, ...] = ()
    stood: str | None = None
    """That the change's person, named in full, stood in the seat (:func:`stood_in`)."""
    redrawn: bool = False
    """The seat was redrawn between the two elections: the earlier level is of another area,
    not the notional one on the new boundaries that copy measures a change from."""
    ballots: tuple[Figure, Figure] | None = None
    """For a turnout, both levels by the other definition the record allows (valid votes and
    rejected ballots over the electorate, as councils declare it), when it allows it at both
    elections: copy may measure a change of turnout either way."""

    @property
    def years(self) -> str:
        """ "2015 and 2017", for messages."""
        return " and ".join(
            (e or "").rsplit("-", 1)[-1] for e in (self.previous_election, self.election)
        )


def _percent_figure(x: Fraction | None) -> Figure | None:
    if x is None:
        return None
    from factcheck.intervals import to_decimal

    return Figure.percentage(str(to_decimal(x, 2)))


def change_levels(
    article: Article, claim: ChangeClaim, contest: ContestResult | None, ctx: RuleContext
) -> OfficialLevels | None:
    """The official levels of what a change claim is about, in ``contest``: its quantity, for
    its candidate (else its party); see :func:`official_levels`."""
    return official_levels(
        article,
        contest,
        quantity=claim.quantity.value,
        candidate=claim.candidate,
        party=claim.party,
        ctx=ctx,
    )


def official_levels(
    article: Article,
    contest: ContestResult | None,
    *,
    quantity: str,
    candidate: str | None,
    party: str | None,
    ctx: RuleContext,
) -> OfficialLevels | None:
    """The official levels, this election and the one before, of what a change is about.

    ``quantity`` is "turnout" (valid votes / electorate), "share" (the candidate's, else the
    party's, share), "votes" (the candidate's, else the party's, count: ``previous`` and
    ``current`` are counts then) or "majority" (the winner's majority in votes and share).
    None when the record cannot place the contest, the candidate or the previous election
    (for a majority, also when the change's person, named in full, did not stand in the
    seat: it is another seat's); for counts, also when the seat was redrawn between the two
    (a count of another area).
    """
    if contest is None or ctx.reference is None:
        return None
    found = official_for(article, contest, ctx)
    if isinstance(found, Skip) or found.previous is None:
        return None
    now_c, then_c = found.contest, found.previous
    records = tuple(r for r in (then_c.data_path, now_c.data_path) if r)

    def levels(
        before: Fraction | None,
        after: Fraction | None,
        majorities: tuple[Figure | None, Figure | None] = (None, None),
    ) -> OfficialLevels:
        return OfficialLevels(
            _percent_figure(before),
            _percent_figure(after),
            majorities[0],
            majorities[1],
            found.previous_election,
            found.election,
            records,
            stood_in(found, candidate),
            _redrawn(found),
        )

    if quantity == "turnout":
        now_t, then_t = turnouts(now_c), turnouts(then_c)
        valid = levels(then_t.get("valid"), now_t.get("valid"))
        counted_then, counted_now = (
            _percent_figure(then_t.get("ballots")),
            _percent_figure(now_t.get("ballots")),
        )
        if counted_then is None or counted_now is None:
            return valid
        return replace(valid, ballots=(counted_then, counted_now))
    if quantity == "majority":
        if not now_c.candidates or not then_c.candidates:
            return None
        if candidate and stranger_to(candidate, now_c.candidates):
            # (twenty-second session) "Chris Matheson increased his majority in Chester by
            # more than 9,000", tied to the story's other seat: the seat's majorities are no
            # levels of a change said of someone who did not stand there.
            return None
        winner = now_c.candidates[0]
        before = previous_candidate(winner, then_c, ctx.pack)
        return levels(
            share_of(before, then_c) if before is not None else None,
            share_of(winner, now_c),
            (then_c.majority, now_c.majority),
        )
    cand: CandidateResult | None = None
    if candidate:
        match = found.candidate(CandidateResult(name=candidate, party=party), ctx.pack)
        cand = match.candidate if match is not None else None
    elif party:
        same = [c for c in now_c.candidates if same_party(c.party, party, ctx.pack)]
        cand = same[0] if len(same) == 1 else None
    if cand is None:
        return None
    before = previous_candidate(cand, then_c, ctx.pack, by_party=not candidate)
    if before is None:
        return None
    if quantity == "votes":
        if _redrawn(found):
            return None
        counted = levels(None, None)
        return replace(counted, previous=before.votes, current=cand.votes)
    return levels(share_of(before, then_c), share_of(cand, now_c))


def _redrawn(found: Official) -> bool:
    """Do the record's codes say the previous contest of this name was another area?"""
    record = getattr(found.source, "record", None)
    if not callable(record) or found.previous is None or found.previous_election is None:
        return False
    now = record(found.contest.name, found.election)
    then = record(found.previous.name, found.previous_election)
    code_now, code_then = getattr(now, "code", None), getattr(then, "code", None)
    return bool(code_now and code_then and code_now != code_then)
