"""Vote counts and vote shares that cannot all be true, given how they were rounded."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction
from typing import NamedTuple

from factcheck.checks.arithmetic.common import Standings, pct, typo_fixes, who
from factcheck.checks.arithmetic.feasibility import (
    Bound,
    Consensus,
    bounds,
    consensus,
    has_agreed_total,
    implied_total,
    share_range,
    tied_consensuses,
    votes_of,
    votes_range,
)
from factcheck.checks.facts import contest_facts
from factcheck.intervals import Interval, Rounding, format_number, to_decimal
from factcheck.models import CandidateResult, Confidence, ContestResult, Figure, Severity
from factcheck.rule import Outcome, Related, Rule, RuleContext, Skip, Violation, as_written


class _Slips(NamedTuple):
    """What a consensus total says of one candidate's (votes, share) pair."""

    fit_votes: tuple[int, int] | None
    """The counts the printed share allows of the total; None when none or no total."""
    fit_share: tuple[Fraction, Fraction] | None
    """The shares the printed count is of the total."""
    vote_typos: list[tuple[int, str]]
    share_typos: list[str]
    slip: bool
    """The share is one unit of its last digit from every share that fits."""
    votes: int
    share_moves: tuple[int, ...] = ()
    """How far each share typo moves the printed share, in units of its last digit."""

    @property
    def strength(self) -> int:
        """How well a slip explains the pair's disagreement: 2 for a slip of a key that
        moves the figure further than rounding or a rival total could (a count with two
        digits swapped or off by more than two, a share off by more than two units of its
        last digit); 1 for a small slip (a share a unit or two off in its last digit, a
        count off by a unit or two); 0 for none."""
        if any(moved > 2 for moved in self.share_moves) or any(
            how == "two digits swapped" or abs(value - self.votes) > 2
            for value, how in self.vote_typos
        ):
            return 2
        return 1 if (self.slip or self.vote_typos) else 0


def _implied_text(cand: CandidateResult, rounding: Rounding) -> str:
    """The valid-vote totals a candidate's (votes, share) pair allows, for a message."""
    assert cand.votes is not None
    assert cand.share is not None
    implied = implied_total(int(cand.votes.value), cand.share.interval(rounding))
    says = f"{cand.votes.text} votes at {cand.share.text}%"
    whole = implied.integers() if implied.hi is not None else None
    if whole is None:
        return f"{says} allow no total below {implied.format(0)}"
    lo, hi = whole
    return f"{says} imply a total of {lo:,}–{hi:,} valid votes"


def _first_written(cand: CandidateResult) -> int:
    """Where the story first gives a candidate's count or share (its end if nowhere)."""
    starts = [f.span.start for f in (cand.votes, cand.share) if f is not None and f.span]
    return min(starts, default=1 << 62)


class ShareVotesMismatch(Rule):
    """Vote counts and vote shares that cannot all be true, given how they were rounded.

    ## What it does
    Checks every candidate's vote count against their printed share of the vote, jointly.
    A share printed as 67.3 stands for any value in [67.25, 67.35), so each (votes, share)
    pair bounds the valid-vote total; a stated total pins it, and the listed votes bound it
    from below. When no whole-number total satisfies every bound, the rule finds the figure
    out of line (the one whose removal lets the rest agree), shows the arithmetic, and
    suggests the value that would fit, spotting swapped or mistyped digits.

    ## Why is this bad?
    "39,558 votes (67.3pc)" is a promise that 39,558 is 67.3% of the valid vote. When one
    candidate's figures break that promise, at least one number in the story is wrong, and a
    reader checking the arithmetic will find it before the editor does.

    ## Example
    ```json
    {"contests": [{"name": "Poplar and Limehouse", "candidates": [
      {"name": "Jim Fitzpatrick", "party": "Labour", "votes": 39558, "share": "67.3"},
      {"name": "Christopher Wilford", "party": "Conservative", "votes": 11486, "share": "20.1"},
      {"name": "Elaine Bagshaw", "party": "Liberal Democrat", "votes": 3959, "share": "6.7"}
    ]}]}
    ```

    ## Use instead
    ```json
    {"contests": [{"name": "Poplar and Limehouse", "candidates": [
      {"name": "Jim Fitzpatrick", "party": "Labour", "votes": 39558, "share": "67.3"},
      {"name": "Christopher Wilford", "party": "Conservative", "votes": 11846, "share": "20.1"},
      {"name": "Elaine Bagshaw", "party": "Liberal Democrat", "votes": 3959, "share": "6.7"}
    ]}]}
    ```

    ## When the pairing is a guess
    A candidate's count and share read from different sentences may not belong together when
    the story gives the candidate another count or share besides (an earlier election's "held
    the seat with 22,918 votes, a 42.9% share" whose dating was missed, beside this
    election's count), or when one of them is on the party's own line paragraphs away from
    the other ("Conservative Jane Smith 22,025 votes", later "Con 76.7%" in another list).
    Then the contest is not checked, and the report says which two figures stand apart: the
    total the rule reasons from is implied by all the pairs together, so no finding on it
    would be sure. (On the open skeletons of the real-copy set, every such finding was
    wrong.) A count and a share written together ("won 22,918 votes, a 42.9% share") are
    paired as before.

    ## When two pairs disagree evenly
    When the figures split evenly (two candidates whose counts and shares each fit some total,
    but not the same one: "16,333 votes, a 42.2% share" beside "16,313 for the Conservative,
    who took 43.2%"), counting alone cannot say which pair is wrong. The rule blames one,
    with its fix, at error severity, only when a slip explains one way of settling it
    better than every other (a count with two digits swapped beats a rival's share a unit
    or two off in its last digit, which rounding or another total could explain);
    otherwise (here a slip of a key explains either) it is a warning, with no fix, that
    names the pairs that disagree.

    ## How to silence it
    Fix the figure. If the shares were rounded half-to-even, set `rounding = "half-even"` (or
    `"any"`) in `[tool.factcheck]`; to switch the rule off, add `"share-votes-mismatch"` to
    `ignore`.
    """

    code = "NUM101"
    name = "share-votes-mismatch"
    priority = 10
    sets_candidates_against_each_other = True

    def check(self, contest: ContestResult, ctx: RuleContext) -> Iterator[Outcome]:
        """Find the figures that keep the contest's votes and shares from agreeing."""
        if not contest_facts(contest, ctx.rounding).pairs:
            yield Skip("no candidate has both a vote count and a share")
            return
        if has_agreed_total(contest, ctx.rounding):
            return
        bs = bounds(contest, ctx.rounding)
        cons = consensus(bs)
        uneven: list[int] = []
        explained = 0
        if cons.ambiguous:
            cons, uneven, explained = self._settle(contest, tied_consensuses(bs), ctx.rounding)
        pairs = [b for b in cons.excluded if b.kind == "pair"]
        found: list[Violation] = []
        if uneven:
            found.append(self._uneven(contest, uneven, explained, ctx.rounding))
        elif pairs:
            # Ranked once for the contest, not once per wrong figure.
            by_votes = Standings([self._votes_frac(c.votes) for c in contest.candidates])
            by_share = Standings(
                [Fraction(c.share.value) if c.share else None for c in contest.candidates]
            )
            for b in pairs:
                assert b.candidate is not None
                found.append(self._pair(contest, b.candidate, cons, ctx, (by_votes, by_share)))
        else:
            found += self._totals(contest, cons)
        guessed = next((c.paired_apart for c in contest.candidates if c.paired_apart), None)
        if found and guessed is not None:
            # Every finding rests on the guessed pairing: the total is implied by all the pairs.
            yield Skip(f"not checked: {guessed}, so which count goes with which share is a guess")
            return
        yield from found

    def _settle(
        self, contest: ContestResult, tied: list[Consensus], rounding: Rounding
    ) -> tuple[Consensus, list[int], int]:
        """Of equally supported consensuses, the one a slip explains, or the pairs at odds.

        A consensus is explained when each pair it leaves out is one slip (of a key or of
        rounding) from fitting its total; a slip of a key that moves a figure further than
        rounding could explains better than a slip of rounding. Exactly one best explained:
        it is the reading, and no longer ambiguous (a count with two digits swapped beats a
        rival's share one unit off in its last digit). None, or several equally well
        explained: the first consensus stands, with the candidates whose pairs some
        consensus leaves out, in the order the story gives them (the finding names them all
        and blames none). A tie that sets one pair against a stated
        total or the listed sum has no two candidates at odds: the first consensus stands."""
        at_odds = {
            b.candidate
            for c in tied
            for b in c.excluded
            if b.kind == "pair" and b.candidate is not None
        }
        if len(at_odds) < 2:
            # A pair against a stated total or the listed sum: no two candidates at odds.
            return tied[0], [], 0
        # Each way of settling the tie is as well explained as its worst-explained pair.
        strengths = [
            min(
                self._slips(contest.candidates[b.candidate], c.totals, rounding).strength
                if b.candidate is not None
                else 0
                for b in c.excluded
                if b.kind == "pair"
            )
            if any(b.kind == "pair" for b in c.excluded)
            else 0
            for c in tied
        ]
        best = max(strengths)
        explained = strengths.count(best) if best else 0
        if explained == 1:
            return replace(tied[strengths.index(best)], ambiguous=False), [], 1
        # In the order the story gives them (the contest lists its candidates by votes).
        order = sorted(at_odds, key=lambda i: _first_written(contest.candidates[i]))
        return tied[0], order, explained

    @staticmethod
    def _uneven(
        contest: ContestResult, at_odds: list[int], explained: int, rounding: Rounding
    ) -> Violation:
        """Pairs that cannot all be right, with nothing to say which is wrong: a warning.
        ``explained`` is how many ways of settling them a slip explains (none, or several)."""
        cands = [contest.candidates[i] for i in at_odds]
        shown = [
            f"{c.shown}'s {c.votes.text} votes at {c.share.text}%"
            for c in cands
            if c.votes is not None and c.share is not None
        ]
        listed = ", ".join(shown[:-1]) + f" and {shown[-1]}" if len(shown) > 1 else shown[0]
        first = cands[0]
        related = tuple(
            Related(fig.span, f"{c.shown}'s {what}")
            for c in cands
            for fig, what in ((c.votes, "votes"), (c.share, "share"))
            if fig is not None and fig.span is not None and fig is not first.share
        )
        return Violation(
            message=f"{listed} cannot all be true of one valid-vote total, and which is wrong "
            "is unclear: "
            + (
                "a slip of a key or of rounding would explain more than one of them"
                if explained
                else "no slip of a key or of rounding explains any of them"
            ),
            figure=first.share,
            evidence={
                "candidates": [c.shown for c in cands],
                "blamed": None,
                "explained_by_a_slip": explained,
            },
            arithmetic=tuple(_implied_text(c, rounding) for c in cands),
            confidence=Confidence.LOW,
            severity=Severity.WARNING,
            related=related,
        )

    def _total_text(self, contest: ContestResult, cons: Consensus) -> str:
        if cons.totals is None:
            return "any whole number of valid votes"
        lo, hi = cons.totals
        stated = votes_of(contest.valid_votes)
        if lo == hi:
            if stated == lo:
                return f"the stated {lo:,} valid votes"
            return f"the {lo:,} valid votes the other figures imply"
        return f"the {lo:,}–{hi:,} valid votes the other figures imply"

    def _pair(
        self,
        contest: ContestResult,
        i: int,
        cons: Consensus,
        ctx: RuleContext,
        standings: tuple[Standings, Standings],
    ) -> Violation:
        cand = contest.candidates[i]
        assert cand.votes is not None
        assert cand.share is not None
        votes = int(cand.votes.value)
        share = cand.share
        s_iv = share.interval(ctx.rounding)
        d = share.decimals
        totals = cons.totals
        arithmetic = [f"{share.text}% as printed stands for a share in {s_iv.format(d + 2)}"]
        evidence: dict[str, object] = {
            "candidate": cand.shown,
            "votes": votes,
            "share": share.text,
            "share_interval": s_iv,
        }
        slips = self._slips(cand, totals, ctx.rounding)
        fit_votes, fit_share = slips.fit_votes, slips.fit_share
        if totals is not None:
            lo_t, hi_t = totals
            evidence["total_range"] = [lo_t, hi_t]
            assert fit_share is not None
            if lo_t == hi_t:
                arithmetic.append(f"{votes:,} / {lo_t:,} = {pct(fit_share[0], d + 2)}")
            else:
                arithmetic.append(
                    f"{votes:,} / {lo_t:,}–{hi_t:,} = "
                    f"{pct(fit_share[0], d + 2)}–{pct(fit_share[1], d + 2)}"
                )
            evidence["computed_share"] = list(fit_share)
            if fit_votes:
                evidence["fitting_votes"] = list(fit_votes)
                arithmetic.append(
                    f"{share.text}% of {self._totals_phrase(totals)} is "
                    f"{fit_votes[0]:,}–{fit_votes[1]:,} votes"
                )

        exact_fix = self._exact_votes(contest, i, cons)
        if exact_fix is not None and not (fit_votes and fit_votes[0] <= exact_fix <= fit_votes[1]):
            # The count that makes the list add up misses the share too: both figures are off,
            # and offering it as the count that fits the share would be false.
            exact_fix = None
        vote_typos = slips.vote_typos
        if exact_fix is not None:
            vote_typos = [t for t in vote_typos if t[0] == exact_fix] or vote_typos
        share_typos = slips.share_typos
        blame_votes = (bool(vote_typos) and not share_typos) or (
            exact_fix is not None and not share_typos
        )
        if vote_typos and share_typos:
            blame_votes = True
        if votes == 0 or fit_votes is None:
            blame_votes = False
        slip = slips.slip
        swapped = any(how == "two digits swapped" for _, how in vote_typos)
        if slip and (not swapped or self._on_the_edge(s_iv, fit_share, share)):
            # A share one unit off in its last digit was rounded the wrong way, or rounded
            # twice when the true share sits on the rounding edge (5.44996 printed as 5.5). A
            # vote count "one digit mistyped" by a unit or two is no better evidence; a swap is,
            # unless the true share is within a hair of the printed share's interval.
            blame_votes = False
            share_typos = []

        confidence = Confidence.HIGH if (vote_typos or share_typos) else Confidence.MEDIUM
        if slip and not blame_votes:
            confidence = Confidence.MEDIUM
        if cons.ambiguous:
            confidence = Confidence.LOW
        total_text = self._total_text(contest, cons)
        rounded_fit = self._rounded_share_fit(fit_share, d)
        by_votes, by_share = standings

        fix: str | None
        literal: str | None = None
        if blame_votes:
            assert fit_votes is not None
            if vote_typos:
                value, how = vote_typos[0]
                fix = f"{value:,} ({how}) fits {share.text}%"
                literal = as_written(cand.votes, value)
                corrected = Fraction(value)
            elif exact_fix is not None:
                fix = f"{exact_fix:,} fits {share.text}% and makes the votes add up"
                literal = as_written(cand.votes, exact_fix)
                corrected = Fraction(exact_fix)
            else:
                fix = f"{fit_votes[0]:,}–{fit_votes[1]:,} votes would fit {share.text}%"
                literal = None
                corrected = Fraction(fit_votes[0] + fit_votes[1], 2)
            if rounded_fit:
                fix += f"; or, if the votes are right, the share is {rounded_fit}"
            evidence["blamed"] = "votes"
            return Violation(
                message=f"{who(cand)}: {cand.votes.text} votes cannot be "
                f"{share.text}% of {total_text}",
                figure=cand.votes,
                evidence=evidence,
                arithmetic=tuple(arithmetic),
                fix=fix,
                corrected=literal,
                consequences=by_votes.consequences(i, corrected),
                confidence=confidence,
                related=self._related(contest, share, "the share it should match"),
            )
        if share_typos:
            fix = f"{share_typos[0]} fits {cand.votes.text} votes"
            literal = share_typos[0].split("%")[0]
        elif slip and rounded_fit:
            if "–" not in rounded_fit:
                literal = rounded_fit.removesuffix("%")
            fix = (
                f"{rounded_fit} fits {cand.votes.text} votes "
                "(the share looks rounded the wrong way)"
            )
        elif rounded_fit:
            fix = f"a share of {rounded_fit} fits {cand.votes.text} votes"
        else:
            fix = None
        if fit_votes and fix:
            fix += f"; or, if the share is right, the votes are {fit_votes[0]:,}–{fit_votes[1]:,}"
        evidence["blamed"] = "share"
        corrected_share = (fit_share[0] + fit_share[1]) / 2 if fit_share else Fraction(share.value)
        return Violation(
            message=f"{who(cand)}: {share.text}% cannot be the share of {cand.votes.text} votes "
            f"out of {total_text.removeprefix('the ').removeprefix('stated ')}",
            figure=share,
            evidence=evidence,
            arithmetic=tuple(arithmetic),
            fix=fix,
            corrected=literal,
            consequences=by_share.consequences(i, corrected_share),
            confidence=confidence,
            related=self._related(contest, cand.votes, "the votes it should match"),
        )

    @classmethod
    def _slips(
        cls, cand: CandidateResult, totals: tuple[int, int] | None, rounding: Rounding
    ) -> _Slips:
        """The counts and shares that fit ``totals``, and the slips that would reach them."""
        assert cand.votes is not None
        assert cand.share is not None
        if totals is None:
            return _Slips(None, None, [], [], False, int(cand.votes.value))
        votes = int(cand.votes.value)
        fit_votes = votes_range(cand.share.interval(rounding), totals)
        fit_share = share_range(votes, totals)
        vote_typos = (
            typo_fixes(cand.votes.text, range(fit_votes[0], fit_votes[1] + 1)) if fit_votes else []
        )
        values = cls._share_typo_values(cand.share, fit_share)
        share_typos = cls._shown_share_typos(cand.share, values)
        slip = cls._rounding_slip(cand.share, fit_share)
        printed = int(cand.share.value * 10**cand.share.decimals)
        moves = tuple(abs(v - printed) for v, _ in values)
        return _Slips(fit_votes, fit_share, vote_typos, share_typos, slip, votes, moves)

    @staticmethod
    def _totals_phrase(totals: tuple[int, int]) -> str:
        lo, hi = totals
        return f"{lo:,}" if lo == hi else f"{lo:,}–{hi:,}"

    @staticmethod
    def _votes_frac(fig: Figure | None) -> Fraction | None:
        v = votes_of(fig)
        return Fraction(v) if v is not None else None

    @staticmethod
    def _exact_votes(contest: ContestResult, i: int, cons: Consensus) -> int | None:
        """With a complete list and a known total, the one vote count that makes them add up."""
        complete_left_out = any(b.kind == "complete" for b in cons.excluded)
        if not complete_left_out or cons.totals is None or cons.totals[0] != cons.totals[1]:
            return None
        others = [votes_of(c.votes) for j, c in enumerate(contest.candidates) if j != i]
        if any(v is None for v in others):
            return None
        rest = cons.totals[0] - sum(v for v in others if v is not None)
        return rest if rest >= 0 else None

    @staticmethod
    def _on_the_edge(
        printed: Interval, fit: tuple[Fraction, Fraction] | None, share: Figure
    ) -> bool:
        """Does the true share miss the printed interval by under 1% of one printed unit?"""
        if fit is None:
            return False
        hair = Fraction(share.precision) / 100
        near_lo = printed.lo is not None and abs(printed.lo - fit[1]) < hair
        near_hi = printed.hi is not None and abs(fit[0] - printed.hi) < hair
        return near_lo or near_hi

    @staticmethod
    def _rounding_slip(share: Figure, fit: tuple[Fraction, Fraction] | None) -> bool:
        """Is the printed share exactly one unit of its last digit from every share that fits?"""
        if fit is None:
            return False
        lo, hi = to_decimal(fit[0], share.decimals), to_decimal(fit[1], share.decimals)
        return lo == hi and abs(lo - share.value) == share.precision

    @staticmethod
    def _rounded_share_fit(fit: tuple[Fraction, Fraction] | None, d: int) -> str | None:
        if fit is None:
            return None
        lo, hi = to_decimal(fit[0], d), to_decimal(fit[1], d)
        if lo == hi:
            return f"{lo}%"
        return f"{lo}%–{hi}%"

    @staticmethod
    def _share_typo_values(
        share: Figure, fit: tuple[Fraction, Fraction] | None
    ) -> list[tuple[int, str]]:
        """Shares one slip from the printed one that fit, in units of its last digit."""
        if fit is None:
            return []
        scale = 10**share.decimals
        lo = to_decimal(fit[0], share.decimals) * scale
        hi = to_decimal(fit[1], share.decimals) * scale
        return typo_fixes(share.text, range(int(lo), int(hi) + 1))

    @staticmethod
    def _shown_share_typos(share: Figure, values: list[tuple[int, str]]) -> list[str]:
        """The typos of :meth:`_share_typo_values` as a fix shows them ("47.9% (…)")."""
        scale = 10**share.decimals
        out = []
        for value, how in values:
            text = format_number(Fraction(value, scale), share.decimals)
            if share.decimals and "." not in text:
                text += "." + "0" * share.decimals
            out.append(f"{text}% ({how})")
        return out

    @staticmethod
    def _related(contest: ContestResult, other: Figure, what: str) -> tuple[Related, ...]:
        rel = [Related(other.span, what)] if other.span else []
        if contest.valid_votes is not None and contest.valid_votes.span is not None:
            rel.append(Related(contest.valid_votes.span, "the stated valid-vote total"))
        return tuple(rel)

    def _totals(self, contest: ContestResult, cons: Consensus) -> Iterator[Violation]:
        """The candidates agree with each other; the stated total or the vote sum does not."""
        for b in cons.excluded:
            yield self._total_violation(contest, b, cons)

    def _total_violation(self, contest: ContestResult, b: Bound, cons: Consensus) -> Violation:
        totals = cons.totals
        agreed_text = (
            f"{totals[0]:,}"
            if totals and totals[0] == totals[1]
            else f"{totals[0]:,}–{totals[1]:,}"
            if totals
            else "a different total"
        )
        listed = sum(v for v in (votes_of(c.votes) for c in contest.candidates) if v is not None)
        evidence: dict[str, object] = {"total_range": list(totals) if totals else None}
        if b.kind == "total" and contest.valid_votes is not None:
            stated = contest.valid_votes
            evidence["stated_total"] = int(stated.value)
            return Violation(
                message=f"the stated total of {stated.text} valid votes disagrees with the "
                f"candidates' votes and shares, which imply {agreed_text}",
                figure=stated,
                evidence=evidence,
                arithmetic=(
                    f"every (votes, share) pair allows a total of {agreed_text}",
                    f"{stated.text} is outside that range",
                ),
                fix=f"a total of {agreed_text} fits the votes and shares",
                confidence=Confidence.LOW if cons.ambiguous else Confidence.HIGH,
            )
        evidence["listed_votes"] = listed
        return Violation(
            message=f"the listed votes add up to {listed:,}, which the shares cannot allow: "
            f"they imply a valid-vote total of {agreed_text}",
            span=contest.name_span,
            evidence=evidence,
            arithmetic=(
                f"sum of listed votes = {listed:,}",
                f"shares imply a total of {agreed_text}",
            ),
            fix=None,
            confidence=Confidence.MEDIUM,
            # The finding rests on every count and share it summed, though it blames none: the
            # engine weighs how each was read (a count carried from another seat's list makes
            # the sum) as it does a figure a finding blames.
            related=tuple(
                Related(fig.span, f"{c.shown}'s {what}")
                for c in contest.candidates
                for fig, what in ((c.votes, "votes"), (c.share, "share"))
                if fig is not None and fig.span is not None
            ),
        )
