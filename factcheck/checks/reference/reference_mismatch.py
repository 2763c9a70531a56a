"""A reported figure that the official result contradicts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from factcheck.intervals import Interval, format_number
from factcheck.models import (
    CONTEST_FIGURES,
    Article,
    BoundClaim,
    CandidateResult,
    ChangeClaim,
    Confidence,
    Consequence,
    ContestResult,
    Figure,
    Grounds,
    OutcomeClaim,
    Quantity,
    Severity,
    Unit,
)
from factcheck.names import person_words, same_person_name, surname_key
from factcheck.packs import truth_interval
from factcheck.reference.lookup import (
    CONTEST_COUNTS,
    TURNOUT_DEFINITIONS,
    Official,
    ballots_share,
    changed_party,
    election_of,
    official_for,
    previous_candidate,
    share_definitions,
    share_lead,
    share_of,
    stated_values,
    stood_in,
    turnouts,
    winner_of,
)
from factcheck.reference.matching import same_party
from factcheck.reference.placing import (
    Elsewhere,
    named_seats,
    said_elsewhere,
    said_unplaced,
    seat_stood_in,
    stood_elsewhere,
    winner_elsewhere,
)
from factcheck.rule import Need, Outcome, Rule, RuleContext, Scope, Skip, Violation, as_written

NEAR_TURNOUT = Fraction(1, 10)
"""A turnout within this many points of the ballots-cast definition is only a warning: a
council's count of ballot papers issued can differ by a few papers from valid + rejected."""
SAME_PAPERS = Fraction(1, 100)
"""A count of votes cast within this many points of the electorate of the record's ballots
cast (about 7 papers in a seat of 70,000) is not checked: a council's declared count of
ballot papers and the record's valid + rejected differ by a handful (papers verified but
not counted, a late correction), and copy repeats the declaration."""
REJECTED_ROOM = Fraction(1)
"""How far above the valid-vote turnout a declared turnout may be where the record has no
count of rejected ballots (2015), in points of the electorate: rejected ballots were at
most about 0.47 points in 99 seats of 100 in 2017 and 2019, but up to 0.54 in Northern
Ireland (2019) and above 1 in a few seats (2024): a stated turnout this close above the
valid-vote one cannot be told from a count of ballot papers, so it is not checked."""

SHARE_REJECTED_ROOM = Fraction(1, 100)
"""How many rejected ballots, as a fraction of the valid vote, a share of all ballot papers
may have in its denominator where the record counts no rejected ballots (2015): rejected
ballots were at most 1.03% of the valid vote in 99 seats of 100 in 2017, 2019 and 2024."""


def _share_of_ballots(
    stated: Figure, allowed: Interval, valid: Fraction, election: str, what: str
) -> Skip | None:
    """A share a little below the valid-vote one, given beside the candidate's official
    count, where the record counts no rejected ballots (2015): "8.97 per cent, 2,849 votes",
    where 2,849 is 8.99% of the 31,683 valid votes and 8.97% of the 31,757 ballot papers.
    The writer had the right count and may have divided by every ballot paper, rejected
    ones included, which the record cannot say, so the share is not compared when it is at
    most :data:`SHARE_REJECTED_ROOM` below the valid-vote one."""
    if allowed.lo is None or allowed.hi is None:
        return None
    if not allowed.overlaps(Interval.closed(valid / (1 + SHARE_REJECTED_ROOM), valid)):
        return None
    return Skip(
        f"not compared with the official record: {stated.text}%, given beside the official "
        f"count, is below {what} ({_pct(valid)} of the valid vote) by no more than rejected "
        f"ballots make up in a share of all ballot papers, and the {election} record counts "
        "no rejected ballots"
    )


_LEVELS = frozenset({Unit.VOTES, Unit.PERCENT})


def _unless_read_as_change(outcome: Outcome) -> Outcome:
    """A level compared with the record, unless the reader doubted it is a level at all.

    A figure whose ``what`` tie is loose ("gaining an extra 10,000 votes" read as votes,
    "losing 24.9% of the vote since 2019" as a share, a gap "separating" two candidates as the
    majority) is most likely another quantity: set against the official level it would cry
    wolf, so it is not checked, and says why, rather than warned about.
    """
    fig = outcome.figure if isinstance(outcome, Violation) else None
    g = fig.grounds if fig is not None else None
    if fig is None or g is None or "what" not in g.loose or fig.unit not in _LEVELS:
        # A finishing position only implied ("first" for a list line's one name) is still
        # judged, at most as a warning: what it is is not in doubt, only that it was said.
        return outcome
    return Skip(
        f"not compared with the official record: “{fig.text}” may not be a level ({g.what})"
    )


def _in_words(outcome: Outcome, said: str, seats: int) -> Outcome:
    """A finishing place or an outcome said in words ("came third", "held the seat", "Labour
    gain") and contradicted by the record: a warning with no fix, and not compared at all in
    a story naming several seats.

    Such words carry no number to be misprinted: who and which seat they are said of is read
    from the words around them, and when that reading is wrong the record contradicts a true
    sentence. On copy nobody had tuned the reader on (seven batches, each at the commit where
    it was first scored) such findings were right in none of 24 (errors in none of 6): a
    results list's next line taken for the seat ("Suffolk Coastal: LABOUR GAIN" then
    "Waveney Valley: GREEN GAIN"), "in third place was" another candidate, a seat held
    "since 2017". In a story of several seats they were wrong 17 times in 17; in a story of
    one seat the warning stays, since the editor may want to look."""
    if not isinstance(outcome, Violation):
        return outcome
    if seats >= 2:
        text = str(outcome.evidence.get("stated", outcome.figure.text if outcome.figure else ""))
        return Skip(
            f"not compared with the official record: “{text}” is {said} said in words in a "
            f"story naming {seats} seats, so which seat and person it is said of is itself a "
            "reading"
        )
    # As any finding on a reading that may be wrong: a warning with no fix (one that is a
    # warning already, for its own reason, loses any fix it had too), its confidence lowered.
    return outcome.at_most_warning(
        f"{said} said in words: which seat and person it is said of is read from the words "
        "around it"
    )


def _restated(outcome: Outcome, *, same: bool = False) -> Outcome:
    """A finding on a figure said a second time: a warning with no fix. ``same``: said again
    with the value it was first given (a win told twice), not another."""
    if not isinstance(outcome, Violation):
        return outcome
    return replace(
        outcome,
        message=f"{outcome.message} (said again: the story gives it earlier too)"
        if same
        else f"{outcome.message} (the story gives this figure another value too: one of "
        "the two is a slip)",
        fix=None,
        corrected=None,
        severity=Severity.WARNING,
    )


def _confirmed(fig: Figure, stood: str | None) -> dict[str, object]:
    """Evidence that the record confirms a loosely read seat: the engine then compares the
    figure (as a warning with no fix) instead of reporting it as not checked."""
    g = fig.grounds
    return {"seat_confirmed": stood} if stood and g is not None and "seat" in g.loose else {}


def _evidence(
    off: Official,
    contest: ContestResult | None,
    stated: Figure,
    allowed: Interval,
    official: int | Fraction,
    *,
    other: tuple[str, dict[str, object]] | None,
    far: bool,
    stood: str | None,
    **extra: object,
) -> dict[str, object]:
    """The evidence of a count or share set against the record: the record cited, the figure
    and the values it stands for, the official value, the seat's value of another kind it
    may be (``other``), whether it is far from the official one, ``extra`` facts, and the
    record's confirmation of a loosely read seat."""
    return {
        **off.cite(contest),
        "stated": stated.text,
        "stated_interval": allowed,
        "official": official,
        **(other[1] if other else {}),
        **({"far_from_official": True} if far else {}),
        **extra,
        **_confirmed(stated, stood),
    }


def _pct(x: Fraction) -> str:
    return f"{format_number(x, 2)}%"


def _year(election: str | None) -> str:
    return (election or "").rsplit("-", 1)[-1] or "the previous election"


@dataclass(frozen=True, slots=True)
class _Value:
    """One value of the official record a stated figure might have been meant as."""

    value: Fraction
    what: str
    """In words, for the finding: "Jeremy Corbyn's vote in Islington North (uk-ge-2017)"."""
    tie: str
    """The tie a misreading would have got wrong: ``subject`` (another candidate's value in
    the same seat), ``election`` (the same seat at another election, the one before first),
    ``seat`` (another seat the story reports) or ``kind`` (the same seat's value of another
    kind: the majority for a vote, a turnout for a share)."""


@dataclass(frozen=True, slots=True)
class _Record:
    """The values of one official contest, by unit: counts, and percentages of the vote."""

    counts: tuple[tuple[str, str | None, Fraction], ...]
    """(quantity, candidate or None, value): votes per candidate, majority, electorate."""
    percents: tuple[tuple[str, str | None, Fraction], ...]
    """(quantity, candidate or None, value): share per candidate, turnout, lead."""


def _record_values(contest: ContestResult) -> _Record:
    counts: list[tuple[str, str | None, Fraction]] = []
    percents: list[tuple[str, str | None, Fraction]] = []
    for c in contest.candidates:
        if c.votes is not None:
            counts.append(("vote", c.name, Fraction(c.votes.value)))
        share = share_of(c, contest)
        if share is not None:
            percents.append(("share", c.name, share))
    majority = _majority(contest)
    if majority is not None:
        counts.append(("majority", None, Fraction(majority)))
    if contest.electorate is not None:
        counts.append(("electorate", None, Fraction(contest.electorate.value)))
    for definition, t in turnouts(contest).items():
        percents.append((f"turnout ({TURNOUT_DEFINITIONS[definition]})", None, t))
    lead = share_lead(contest)
    if lead is not None:
        percents.append(("percentage majority", None, lead))
    return _Record(tuple(counts), tuple(percents))


def _majority(contest: ContestResult) -> int | None:
    if contest.majority is not None:
        return int(contest.majority.value)
    votes = sorted((int(c.votes.value) for c in contest.candidates if c.votes), reverse=True)
    return votes[0] - votes[1] if len(votes) >= 2 else None


def _near(allowed: Interval) -> Interval:
    """The values a figure most plausibly stands for: its interval when bounded on both
    sides; for a hedge open on one side ("over 40,000", "almost 13,000") the tenth of its
    bound beyond it, since "over 40,000" is not said of 90,000."""
    if allowed.lo is not None and allowed.hi is not None:
        return allowed
    if allowed.lo is not None:
        return Interval(allowed.lo, allowed.lo + abs(allowed.lo) / 10, allowed.lo_closed, True)
    if allowed.hi is not None:
        return Interval(allowed.hi - abs(allowed.hi) / 10, allowed.hi, True, allowed.hi_closed)
    return allowed


SPECIFIC = Fraction(1, 100)
"""A figure counts as another kind's value only when the values it stands for span at most
this part of that value: "346" or "13.7%" name one value of the record, while "60%" (59.5 to
60.5) or "6.5%" of a small share would meet some other figure of a seat by chance. A hedge
("over 40,000") never counts."""


def _specific(allowed: Interval, value: Fraction) -> bool:
    """Is a figure precise enough for meeting ``value`` to say it was meant as ``value``?"""
    if allowed.lo is None or allowed.hi is None:
        return False
    return allowed.hi - allowed.lo <= SPECIFIC * abs(value)


FAR = Fraction(1, 5)
"""How far from the official value a figure may be and still be taken for a slip of the
writer's. On copy nobody had tuned the reader on (six batches, each at the commit where it was
first scored), errors on figures more than a fifth off the official value were right 3 times
in 21 (a misread kind, seat or election gives a value unrelated to the truth), errors on
nearer figures 19 times in 26 (a misprint changes a digit or two). Chosen by leaving each
batch out in turn: every fold chose a fifth among 1%, 2%, 5%, 10%, 20% and 50%."""


def _over_stated_electorate(
    allowed: Interval, off: Official, electorate: Figure, ctx: RuleContext
) -> bool:
    """Does a stated turnout (``allowed``, in per cent) fit the record's votes cast, valid or
    with rejected ballots, over the electorate the article states instead of the record's?"""
    oc = off.contest
    whole = stated_values(electorate, ctx)
    if oc.valid_votes is None or whole.lo is None or whole.hi is None or whole.lo <= 0:
        return False
    cast = [Fraction(oc.valid_votes.value)]
    if oc.rejected is not None:
        cast.append(cast[0] + Fraction(oc.rejected.value))
    return any(
        allowed.overlaps(Interval.closed(n * 100 / whole.hi, n * 100 / whole.lo)) for n in cast
    )


def _far(stated: Figure, allowed: Interval, official: Fraction) -> bool:
    """Is the figure too far from the official value to be a slip: every value it stands for
    more than :data:`FAR` of the official value away, and its digits not the official
    count's with one digit changed or two neighbours swapped ("1,836" for 2,836 is a slip)?
    Only a figure read from prose is doubted so: one given as data (JSON, a results file) was
    not read, so it cannot have been misread."""
    if stated.grounds is None or official <= 0 or _distance(allowed, official) <= FAR * official:
        return False
    return not _slip_of_a_digit(stated.text, official)


def _slip_of_a_digit(text: str, official: Fraction) -> bool:
    """Are the digits written the official whole number's, but for one digit or for two
    neighbouring digits swapped?"""
    if official.denominator != 1:
        return False
    written = "".join(ch for ch in text if ch.isdigit())
    true = str(official.numerator)
    if len(written) != len(true):
        return False
    diff = [i for i, (a, b) in enumerate(zip(written, true, strict=True)) if a != b]
    if len(diff) == 1:
        return True
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and written[diff[0]] == true[diff[1]]
        and written[diff[1]] == true[diff[0]]
    )


FAR_NOTE = (
    "; the figure is more than a fifth away from the official value and no slip of a digit: "
    "it may be another figure read as this one, so no fix is offered"
)


def _far_unchecked(
    stated: Figure, what: str, official: str, other: tuple[str, dict[str, object]] | None
) -> Skip | None:
    """A figure far from the official value (:func:`_far`), unhedged, is not compared at all
    unless it is the seat's own value of another kind: it was read as the wrong figure.

    A misprint changes a digit or two; a figure of another kind, seat or election read as
    this one lands anywhere. On copy nobody had tuned the reader on (eight batches, each at
    the commit where it was first scored), warnings on far figures that are exactly another
    candidate's value in the seat, the seat's value at another election or another seat's
    value (:class:`_OtherValues`) were right once in 14 ("turned his 5,288 majority into
    ..." read as this election's, a rival's count read as the winner's), and warnings on far
    figures that are no value of the record at all right 4 times in 46 (a ward's count read
    as the seat's, "383" from another seat's paragraph, "6.217" with a point for a comma, a
    vote "of 5" cut from "5,870"). Every leave-one-batch-out fold chose both. Near the
    official value a match stays a warning and a mismatch an error (a slip and a misreading
    are both likely there), and so does, far off, the seat's figure of another kind (the
    winner's votes given as the majority: the writer's own confusion, which the finding
    names) and a hedged figure ("over 40,000": the writer's word on the size)."""
    if stated.hedge != "exact":
        return None
    if stated.grounds is not None and "what" in stated.grounds.loose:
        # It may not be a level at all ("gaining an extra 10,000 votes"): the finding is left
        # to :func:`_unless_read_as_change`, whose reason says so.
        return None
    if other is None:
        return Skip(
            f"not compared with the official record as {what}: “{stated.text}” is more than a "
            f"fifth away from the official {official}, no slip of a digit and no other value "
            "of the record, so it was most likely another figure read as this one"
        )
    if other[1].get("other_reading_tie") not in ("subject", "election", "seat"):
        return None
    named = other[1].get("other_reading")
    meets = f"; it is {named[0]}" if isinstance(named, list) and named else ""
    return Skip(
        f"not compared with the official record as {what}: “{stated.text}” is more than a "
        f"fifth away from the official {official} and no slip of a digit{meets}, so it was "
        "most likely read as the wrong one"
    )


class _Lookups:
    """What one article's findings look up in the record, kept once per article: each
    contest's values, and each seat at each election the source holds."""

    __slots__ = ("records", "seats")

    def __init__(self) -> None:
        self.records: dict[int, _Record] = {}
        self.seats: dict[tuple[str, str], ContestResult | None] = {}


class _OtherValues:
    """The values of the record near a stated figure that a misread tie would explain: the
    same quantity for another candidate of the seat, for the seat at another election, or
    for another seat of the story; or, for a figure precise enough, the seat's value of
    another kind.

    A figure that contradicts the value it was read as, yet is exactly another value nearby
    in the record, was far more often tied to the wrong subject, election, seat or kind by
    the reader than written wrong by the reporter: "Williams, taking 11,623 votes compared
    with 11,519" (the rival's count), "turned his 5,288 majority into ..." (the last
    election's), "a majority, this time of just 346 votes" read as the winner's votes.
    Such a finding says so and is only a warning, with no fix.
    """

    def __init__(
        self,
        off: Official,
        others: Sequence[Official],
        lookups: _Lookups,
        story_election: str | None = None,
    ) -> None:
        self._off = off
        self._others = others
        # A round-up's every violation looks at every other seat: each record's values are
        # worked out once per article (``lookups`` is shared by its contests).
        self._lookups = lookups
        self._story_election = story_election

    def _values(self, contest: ContestResult) -> _Record:
        records = self._lookups.records
        rec = records.get(id(contest))
        if rec is None:
            rec = records[id(contest)] = _record_values(contest)
        return rec

    def _seat_at(self, election: str) -> ContestResult | None:
        off = self._off
        if election == off.election:
            return off.contest
        if election == off.previous_election:
            return off.previous
        key = (off.contest.name or "", election)
        seats = self._lookups.seats
        if key not in seats:
            seats[key] = off.source.contest(off.contest.name or "", election)
        return seats[key]

    def _history(self) -> list[tuple[ContestResult, str]]:
        """The seat at every election the source holds up to the story's and the figure's,
        latest first: copy speaks of the election it reports and of those before it, so a
        figure read as one of them may be any other's."""
        elections: list[str] = []
        for start in (self._story_election, self._off.election):
            e = start
            while e is not None and e not in elections:
                elections.append(e)
                e = self._off.source.previous(e)
        found = [(self._seat_at(e), e) for e in elections]
        return [(c, e) for c, e in found if c is not None]

    def matching(
        self,
        allowed: Interval,
        unit: Unit,
        quantity: str,
        subject: str | None,
        at: tuple[ContestResult, str] | None = None,
    ) -> list[_Value]:
        """The record's values the figure is, besides the one it was read as (``quantity``
        of ``subject`` in ``at``: the seat at the figure's election unless given)."""
        near = _near(allowed)
        off = self._off
        read, read_election = at or (off.contest, off.election)
        history = self._history()
        # The seat at the election before first: the likeliest other election meant.
        history.sort(key=lambda ce: ce[1] != off.previous_election)
        same: list[tuple[str, ContestResult, str]] = [("subject", read, read_election)]
        same += [("election", c, e) for c, e in history if e != read_election]
        same += [
            ("seat", o.contest, o.election)
            for o in self._others
            if o.contest.name != off.contest.name
        ]
        out: list[_Value] = []
        for tie, contest, election in same:
            for q, who, v in self._kind(contest, unit):
                if q.split(" (")[0] != quantity or v not in near:
                    continue
                if tie == "subject" and who == subject:
                    continue  # the value the figure was read as
                out.append(_Value(v, _what(q, who, contest, election), tie))
        # Another kind of the seat's own record, at the figure's election first.
        kinds = [(read, read_election)] + [(c, e) for c, e in history if e != read_election]
        for contest, election in kinds:
            for q, who, v in self._kind(contest, unit):
                if q.split(" (")[0] == quantity or v not in allowed or not _specific(allowed, v):
                    continue
                out.append(_Value(v, _what(q, who, contest, election), "kind"))
        return out

    def _kind(
        self, contest: ContestResult, unit: Unit
    ) -> tuple[tuple[str, str | None, Fraction], ...]:
        rec = self._values(contest)
        return rec.counts if unit is not Unit.PERCENT else rec.percents


def _what(q: str, who: str | None, contest: ContestResult, election: str) -> str:
    what = f"{who}'s {q}" if who else f"the {q}"
    return f"{what} in {contest.name} ({election})"


def _quoted(stated: Figure, what: str) -> Skip:
    """A quoted figure that contradicts the record is the speaker's, not the story's reading:
    "Under Tony Blair, Labour won Blyth Valley by a 17,000 vote majority" speaks of another
    time with no year to say so, and a quotation cannot be corrected anyway."""
    return Skip(
        f"not compared with the official record as {what}: “{stated.text}” is in a "
        "quotation, the speaker's figure, perhaps for another time"
    )


def _dated_apart(
    stated: Figure, what: str, other: tuple[str, dict[str, object]] | None, guessed: str | None
) -> Skip | None:
    """Not compared: a candidate's count or share that is exactly their own figure at another
    election, when the story gives them another count or share besides and pairs the two by a
    guess (``CandidateResult.paired_apart``). "Sir Julian held the seat with 22,918 votes, a
    42.9% share" after "pushing Sir Julian into second place with 25,385 votes": the share
    stands with the count the reader left unread, both the last election's, its dating in a
    sentence the reader did not tie to it. Either alone (the earlier value, or a second
    count) is a warning, as a figure may be stale or mistyped; together they say the figure
    is the other election's."""
    if other is None or guessed is None or other[1].get("other_reading_tie") != "election":
        return None
    matched = other[1].get("other_reading")
    where = matched[0] if isinstance(matched, list) and matched else "another election's"
    return Skip(
        f"not compared with the official record as {what}: “{stated.text}” matches {where}, "
        f"and {guessed}: it is likelier that election's figure than a slip"
    )


_TIE_WORDS = {
    "subject": "tied to the wrong candidate",
    "election": "tied to the wrong election",
    "seat": "tied to the wrong seat",
    "kind": "read as the wrong kind of figure",
}


def _other_reading(matches: list[_Value], unit: Unit) -> tuple[str, dict[str, object]] | None:
    """The words and evidence for a figure that is exactly another value of the record."""
    if not matches:
        return None
    first = matches[0]
    shown = _pct(first.value) if unit is Unit.PERCENT else f"{int(first.value):,}"
    return (
        f"; but {shown} is {first.what}: the figure may have been {_TIE_WORDS[first.tie]}, "
        "so no fix is offered",
        {"other_reading": [m.what for m in matches], "other_reading_tie": first.tie},
    )


class ReferenceMismatch(Rule):
    """A reported figure that the official result contradicts.

    ## What it does
    Looks up each contest the article reports in the official results of its election (the
    bundled UK general elections 2015-2024, or a `--reference` results file) and compares every
    figure it can place: a candidate's votes, share and finishing position, the valid vote,
    rejected ballots, electorate, majority, turnout, a hedged share or turnout ("over 30 per
    cent of the vote", "nearly two-thirds of voters turned out"), and a level "up from" or
    "down from" at the previous election. A figure is wrong when no value it can stand for,
    given its rounding and hedge, is the official one.

    Turnout is accepted by either definition: valid votes / electorate (the Commons Library's)
    or valid votes and rejected ballots / electorate (close to what councils declare); the
    finding says which it was compared with. Where the record has no count of rejected
    ballots (2015), a turnout at most a point above the valid-vote one, or a hedged turnout
    ("just over 57 per cent") that such a turnout would make true, is reported as not
    checked: rejected ballots may make up the difference. A turnout that is the previous
    election's is said to be ("64% matches 2015"). A turnout between the two definitions is
    reported as not checked too (a count of ballot papers leaving out some rejected ones), and
    one within 0.1 points of the ballots-cast one is a note with no fix: in real copy such a
    turnout was the council's declared figure, whose count of ballot papers differs by a few
    papers from valid + rejected. A turnout that is the votes cast over the electorate the
    article itself states ("Electorate: 81,830 / Turnout: 70.74%") is wrong only through that
    electorate, which is checked on its own: a warning with no fix. Every finding cites the
    data set, the official figure and the record it came from.

    A candidate's share is a share of the valid vote, accepted as a rounding of the exact
    share or of the share as the official tables print it, to two decimal places ("39.7%"
    for a share of 39.6499…%, printed 39.65%). A share may be of every ballot paper, rejected
    ones included, as some councils and outlets divide: where the record counts rejected
    ballots and the share is that one, it is reported as not compared, and says why,
    whatever stands beside the share (a share right by a definition councils use is no
    error, and the record cannot say the writer was wrong to use it); where it does not
    (2015), a share beside the candidate's official count and at
    most 1% of itself below the valid-vote one (rejected ballots were at most 1.03% of the
    valid vote in 99 seats of 100 since) is reported as not checked, as a turnout a little
    above the valid-vote one is. A count whose hedge rules out the record's own number ("more
    than 12,653" of a majority of exactly 12,653) is a warning: the number is right, the
    wording is not.

    A winner in words ("is re-elected", "held the seat") is a finishing position of first and
    is checked like any other place. A place or an outcome said in words ("came third",
    "held the seat", "Labour gain") that the record contradicts is at most a warning, with no
    fix: who and which seat the words are said of is read from the words around them (a
    results list's next line, "in third place was" another candidate, a seat held "since
    2017"), and on copy nobody had tuned the reader on such findings were right in none of
    24. In a story reporting the results of several seats it is not compared at all, and
    says why (they were wrong there 17 times in 17); a place or an outcome given as data is
    checked as before. A placing, count or share the same sentence gives a candidate
    twice with two values ("the Lib Dems fourth on 9% and the Lib Dems fifth on 7.5%") is
    checked each time; a wrong second one is a warning with no fix, as the slip may be the
    name. A declared outcome is checked against who won this election and
    the one before: "Labour hold" says Labour won both; "Conservative gain from Labour" says
    the Conservatives won now and Labour did before. A gain "back" from a party that did not
    win the election before ("re-capturing Richmond Park from the Lib Dems", who took it at a
    by-election) is not checked: the record holds general elections only. A seat a party
    "regained" that it won at both general elections ("Fay Jones regained Brecon and
    Radnorshire") may have been lost at a by-election between them: a warning with no fix.
    An MP who won both general elections held the seat throughout, so "won back his seat"
    is judged as any gain. When the last winner stood again for another party, copy may call
    the result a gain or a hold by either count, and it is not judged; a namesake of the last
    winner (a Sara Jones standing where Gerald Jones won before) is another person.
    An outcome said of a person, named in full, who stood in another seat and not in the one
    the outcome was read with ("Conservative David Mundell held his seat" after a paragraph
    on Berwickshire; "Danny Alexander lost his seat" in a story on Edinburgh South) is that
    seat's outcome. When the words name no seat of their own and the story names that seat
    or no other, it is judged there, loosely (at most a warning, with no fix); otherwise it
    is not checked, and the reason names the seat the person stood in. An outcome read in no
    seat is judged the same way in the one seat its person, named in full, stood in, when
    the story names that seat. Nor are
    the figures read with that seat compared with its record when an outcome makes that
    person its winner ("with health minister Dan Poulter retaining the seat … with a
    majority of more than 20,000"), as for a winner read by place: they may be the other
    seat's.
    A seat's turnout, electorate, count of votes cast or majority that the text gives after
    a second person of one party was read into its list (another seat's or another
    election's list under a heading not read as one: "Turnout - 71 per cent (42,461 out of
    electorate of 59,971)" under the result before) may be that list's: not checked, and
    the reason names the two; the seat's figures given before it are checked as before.

    A figure that contradicts the value it was read as but is exactly another value of the
    record nearby (another candidate's count or share in that seat, the seat's value at
    another election up to the story's, or another seat's in the same story) is a warning
    with no fix: the figure was far more likely tied to the wrong candidate, election or seat
    than written wrong, and the finding names the value it matches (`evidence.other_reading`,
    with the tie in `evidence.other_reading_tie`). So is a precise figure that is the same
    seat's value of another kind ("a majority of just 346 votes" read as the winner's votes,
    a turnout that is the seat's percentage majority): on unseen copy such a figure was
    misread far more often than the reporter confused the two, and the fix would be for a
    figure the writer did not mean. Precise means its rounding spans at most 1% of the value
    it meets ("346", "13.7%"); a round figure ("60%") or a hedge ("over 40,000") meets some
    other value by chance and stays an error. Far from the official value (below), a figure
    that is exactly another candidate's, another election's or another seat's value is not
    compared at all, and the reason names the value it is: on unseen copy such warnings were
    right once in 14. A candidate's count or share that is their own value at another
    election, where the story gives them another count or share besides and the reader
    paired the two by a guess ("held the seat with 22,918 votes, a 42.9% share" after "into
    second place with 25,385 votes"), is that election's figure, its dating missed: not
    compared, and the reason says so. A figure inside a quotation is the speaker's, often
    of another time, and is not compared.

    A figure more than a fifth away from the official value, and not a slip of one digit or
    of two neighbouring digits swapped ("1,836" for 2,836), is not compared at all, and the
    reason says so: a misprint changes a digit, while a figure of another kind, seat or
    election read as this one lands anywhere. On copy nobody had tuned the reader on, such
    errors were right 3 times in 21 (errors on nearer figures 19 times in 26), and once they
    were warnings, right 4 times in 46 (eight batches, each at the commit where it was first
    scored; every leave-one-batch-out fold chose to leave them out). Two far figures stay
    warnings with no fix (`evidence.far_from_official`): a hedged one ("over 40,000", the
    writer's word on the size) and the seat's own figure of another kind (above). A turnout
    is far when it is far from every definition of the official one. A figure given as data,
    not read from prose, is not doubted so.

    A figure the record cannot settle (a contest or candidate it cannot find, or finds twice)
    is reported as not checked, never as passed. So is a count or share that the words around
    it make a change ("gaining an extra 10,000 votes"): set against the official level it
    would be a false alarm. So is a figure whose seat, person or election the reader only
    guessed (the record looked up may be another's), except a seat the record itself confirms:
    when the figure's own person, named in full, is one of the record's candidates in that
    seat, the figure is compared after all, and a finding on it is a warning with no fix. So
    is a hold or gain when the record has no
    previous election, or only notional results for it (the 2024 seats, redrawn since 2019).

    A finding is only as sure as the reading that picked the record, so it is an error with a
    fix only when something else the article says about the same contest is borne out by the
    record: another figure for the seat (a candidate's votes, share or place, the majority,
    turnout, electorate, a level "up from" or "to"), a candidate named in full who stood there
    for the party the story gives them, or a hold, gain or win the record confirms. With
    nothing else to bear it out, the finding is a warning with no fix and says so ("nothing
    else the article says about Gordon was found in the uk-ge-2017 record: the seat or
    election may be misread"): a seat read from a person's surname, an old election's figure
    or a nation-wide figure given a seat picks the wrong record, and every figure set against
    it is then a false alarm. A person's name does not bear out that person's own figures (it
    is part of their reading), a party's place ("Labour came second") is too likely by chance,
    and a hedge open on one side ("over 20,000") agrees with too much. The facts that bore a
    finding out are listed in `evidence.corroborated_by` (the first three); the same rule
    holds for `name-mismatch` and for wording findings that took their levels from the record.

    ## Why is this bad?
    Internal consistency catches typos; a figure copied from last time's story or the wrong
    seat is consistent with itself and wrong everywhere. Only the official record catches it.

    ## Example
    ```text
    ---
    election: uk-ge-2017
    ---
    Labour's Rushanara Ali held Bethnal Green and Bow with 42,969 votes. Turnout in the
    constituency was 64pc.
    ```

    ## Use instead
    ```text
    ---
    election: uk-ge-2017
    ---
    Labour's Rushanara Ali held Bethnal Green and Bow with 42,969 votes. Turnout in the
    constituency was 69.5pc.
    ```

    ## How to silence it
    Correct the figure from the official result, or name the right election in the front
    matter (`election: uk-ge-2017`) or with `--election`. To switch the rule off, add
    `"reference-mismatch"` to `ignore`.
    """

    code = "REF101"
    name = "reference-mismatch"
    scope = Scope.REFERENCE
    needs = frozenset({Need.ELECTION})

    def check_article(self, article: Article, ctx: RuleContext) -> Iterator[Outcome]:
        """Compare every figure the official record can place."""
        if election_of(article, ctx) is None:
            # No election asked for (no --election, no front matter): the reference check
            # is not wanted, as when the rule is not selected.
            return
        found_all = [(contest, official_for(article, contest, ctx)) for contest in article.contests]
        officials = [f for _, f in found_all if isinstance(f, Official)]
        lookups = _Lookups()
        story = election_of(article, ctx)
        seats = len(article.seats_named)
        for contest, found in found_all:
            if isinstance(found, Skip):
                if _has_figures(contest):
                    yield found
                continue
            others = _OtherValues(found, officials, lookups, story)
            for made in self._contest(article, contest, found, ctx, others):
                outcome = _unless_read_as_change(made)
                fig = outcome.figure if isinstance(outcome, Violation) else None
                # A place read from prose: not one given as data (a results file's contest,
                # a figure with no place in a text).
                if (
                    fig is not None
                    and fig.unit is Unit.RANK
                    and fig.span is not None
                    and contest.data_path is None
                ):
                    yield _in_words(outcome, "a place", seats)
                else:
                    yield outcome
        for claim in article.claims:
            if isinstance(claim, OutcomeClaim) and claim.grounds is None:
                yield from self._outcome(article, claim, ctx)  # given as data, not read
            elif isinstance(claim, OutcomeClaim):
                for outcome in self._outcome(article, claim, ctx):
                    yield _in_words(outcome, "an outcome", seats)
            elif isinstance(claim, BoundClaim):
                yield from self._bound(article, claim, ctx)

    # -- one contest ----------------------------------------------------------------------------

    def _contest(
        self,
        article: Article,
        contest: ContestResult,
        off: Official,
        ctx: RuleContext,
        others: _OtherValues | None = None,
    ) -> Iterator[Outcome]:
        oc = off.contest
        where = f"{oc.name} ({off.election})"
        elsewhere = (
            winner_elsewhere(contest, oc, off.source, off.election)
            or _declared_elsewhere(article, contest, off)
            or stood_elsewhere(contest, oc, off.source, off.election, article.seats_named, ctx.pack)
        )
        if elsewhere is not None:
            # The seat's own figures came with a winner (or anyone) the record puts in another
            # seat the story names: they may be that seat's, and set against this one they cry
            # wolf. Not re-placed there either: the reading that put them here is the one
            # known to be wrong, so nothing it tied is checked (the person's own figures are
            # not found among this seat's candidates, and say so).
            if _has_contest_figures(contest):
                yield Skip(
                    f"not compared with the official record of {where}: {elsewhere}, so its "
                    "figures may be that seat's"
                )
            for cand in contest.candidates:
                yield from self._candidate(cand, off, ctx, others)
            return
        contest, set_aside = _pooled_in(contest, where)
        yield from set_aside
        for field, noun in CONTEST_COUNTS:
            stated: Figure | None = getattr(contest, field)
            official: Figure | None = getattr(oc, field)
            if stated is None:
                continue
            if official is None:
                yield Skip(f"the official record of {where} has no {noun}")
                continue
            yield from self._count(
                stated,
                int(official.value),
                f"the {noun} in {where}",
                off,
                ctx,
                others=others if field in ("majority", "electorate") else None,
                quantity=noun,
            )
        if oc.majority is not None:
            for again in contest.restated:
                # "won by just 20 votes" … "a majority of 20": each place it is written
                yield from self._count(
                    again,
                    int(oc.majority.value),
                    f"the majority in {where}",
                    off,
                    ctx,
                    others=others,
                    quantity="majority",
                )
        if contest.majority_share is not None:
            shares = [share_of(c, oc) for c in oc.candidates[:2]]
            if len(shares) == 2 and shares[0] is not None and shares[1] is not None:
                lead = shares[0] - shares[1]
                yield from self._percentage(
                    contest.majority_share,
                    lead,
                    f"the percentage majority in {where}",
                    off,
                    ctx,
                    others=others,
                    quantity="percentage majority",
                )
        if contest.turnout is not None:
            yield from self._turnout(
                contest.turnout,
                off,
                ctx,
                others,
                stated_electorate=getattr(contest, "electorate", None),
            )
        if contest.ballots is not None:
            yield from self._ballots(contest.ballots, off, ctx)
        for cand in contest.candidates:
            yield from self._candidate(cand, off, ctx, others)
        for claim in article.claims:
            if isinstance(claim, ChangeClaim) and claim.previous is not None:
                if claim.contest is not None and claim.contest != contest.name:
                    continue
                yield from self._previous(
                    article,
                    claim=claim,
                    stated=claim.previous,
                    contest=contest,
                    off=off,
                    ctx=ctx,
                    others=others,
                )

    def _count(
        self,
        stated: Figure,
        official: int,
        what: str,
        off: Official,
        ctx: RuleContext,
        *,
        contest: ContestResult | None = None,
        others: _OtherValues | None = None,
        quantity: str = "",
        subject: str | None = None,
        at: tuple[ContestResult, str] | None = None,
        stood: str | None = None,
        guessed: str | None = None,
    ) -> Iterator[Outcome]:
        allowed = stated_values(stated, ctx)
        if official in allowed:
            return
        if stated.value != stated.value.to_integral_value():
            # "a majority of 6.217": no count of votes has a fraction; a point written for
            # the thousands comma (6,217) is likelier than any count, so it is not compared.
            yield Skip(
                f"not compared with the official record as {what}: “{stated.text}” is no "
                "whole number of votes (a point for a thousands comma?)"
            )
            return
        if stated.quoted and others is not None:
            yield _quoted(stated, what)
            return
        other = (
            _other_reading(others.matching(allowed, Unit.VOTES, quantity, subject, at), Unit.VOTES)
            if others is not None
            else None
        )
        if (apart := _dated_apart(stated, what, other, guessed)) is not None:
            yield apart
            return
        far = _far(stated, allowed, Fraction(official))
        if far:
            unchecked = _far_unchecked(stated, what, f"{official:,}", other)
            if unchecked is not None:
                yield unchecked
                return
            far = other is None
        # "a majority of more than 12,653" of a majority of 12,653: the number is the
        # record's, the hedge rules it out ("not 12,653" would say the number is wrong). A
        # word of the wording, not a wrong figure: at most a warning (on dev11, "just over
        # 2,402" of exactly 2,402 was an error whose "fix" was the figure already given).
        hedge_only = stated.hedge != "exact" and stated.value == official
        yield Violation(
            message=f"{what} is officially {official:,}, "
            + (
                f"the figure given, which “{stated.hedge.replace('-', ' ')}” rules out"
                if hedge_only
                else f"not {stated.text}"
            )
            + (other[0] if other else FAR_NOTE if far else ""),
            figure=stated,
            evidence=_evidence(
                off, contest, stated, allowed, official, other=other, far=far, stood=stood
            ),
            arithmetic=(
                # One place: a hedge's reach may end on half a vote ("just over 37,550" is
                # true up to 39,427.5), which a whole number would misstate.
                f"“{stated.text}” stands for {allowed.format(1)}",
                f"official: {official:,}",
            ),
            fix=None if other or far else f"{official:,}",
            corrected=None if other or far else as_written(stated, official),
            severity=Severity.WARNING if stated.quoted or other or far or hedge_only else None,
        )

    def _percentage(
        self,
        stated: Figure,
        official: Fraction,
        what: str,
        off: Official,
        ctx: RuleContext,
        *,
        contest: ContestResult | None = None,
        consequences: tuple[Consequence, ...] = (),
        others: _OtherValues | None = None,
        quantity: str = "",
        subject: str | None = None,
        at: tuple[ContestResult, str] | None = None,
        stood: str | None = None,
        shares: dict[str, Fraction] | None = None,
        counted: tuple[Fraction, Fraction | None] | None = None,
        guessed: str | None = None,
    ) -> Iterator[Outcome]:
        allowed = stated_values(stated, ctx)
        if official in allowed:
            return
        if shares and any(v in allowed for v in shares.values()):
            # A candidate's share is right by either definition the record publishes (the
            # printed share may be rounded again): see share_definitions.
            return
        if counted is not None:
            valid, ballots = counted
            if ballots is None:
                dated = contest is not None and contest is off.previous
                election = off.previous_election if dated else off.election
                unlike = _share_of_ballots(stated, allowed, valid, str(election), what)
                if unlike is not None:
                    yield unlike
                    return
            elif ballots in allowed:
                # The share of all ballot papers, rejected ones included: right by a
                # definition some councils and outlets divide by, which the record does not
                # settle (the labels call such shares unclear), so not compared, as where the
                # record counts no rejected ballots (above). As warnings they were wrong 8
                # times in 11 on the open real copy (four outlets, the newly opened dev12
                # among them), each on a share the writer had divided by every paper.
                yield Skip(
                    f"not compared with the official record: {stated.text}% is {what} as a "
                    f"share of all ballot papers, rejected ones included ({_pct(ballots)}), "
                    f"where the record divides by the valid vote ({_pct(valid)}): a definition "
                    "some councils and outlets use, which the record does not settle"
                )
                return
        if stated.quoted and others is not None:
            yield _quoted(stated, what)
            return
        fix = format_number(official, max(stated.decimals, 1))
        other = (
            _other_reading(
                others.matching(allowed, Unit.PERCENT, quantity, subject, at), Unit.PERCENT
            )
            if others is not None
            else None
        )
        if (apart := _dated_apart(stated, what, other, guessed)) is not None:
            yield apart
            return
        far = _far(stated, allowed, official)
        if far:
            unchecked = _far_unchecked(stated, what, _pct(official), other)
            if unchecked is not None:
                yield unchecked
                return
            far = other is None
        unsure = bool(other or far)
        yield Violation(
            message=f"{what} is officially {_pct(official)}, not {stated.text}%"
            + (other[0] if other else FAR_NOTE if far else ""),
            figure=stated,
            evidence=_evidence(
                off,
                contest,
                stated,
                allowed,
                official,
                other=other,
                far=far,
                stood=stood,
            ),
            arithmetic=(
                f"“{stated.text}” stands for {allowed.format(stated.decimals + 2)}",
                f"official: {_pct(official)}",
            ),
            fix=None if unsure else f"{fix}%",
            corrected=None if unsure else fix,
            consequences=consequences,
            severity=Severity.WARNING if stated.quoted or unsure else None,
        )

    def _turnout(
        self,
        stated: Figure,
        off: Official,
        ctx: RuleContext,
        others: _OtherValues | None = None,
        *,
        stated_electorate: Figure | None = None,
    ) -> Iterator[Outcome]:
        now = turnouts(off.contest)
        if not now:
            yield Skip(f"the official record of {off.contest.name} has no electorate")
            return
        allowed = stated_values(stated, ctx)
        if any(v in allowed for v in now.values()):
            return
        # "Electorate: 81,830 / Turnout: 70.74%": a turnout that is the votes cast over the
        # electorate the article gives is wrong only through that electorate (checked on its
        # own): a declaration's count of electors may differ from the record's, so a warning
        # that says so, and no fix of its own.
        own_electorate = stated_electorate is not None and _over_stated_electorate(
            allowed, off, stated_electorate, ctx
        )
        if (
            off.contest.rejected is None
            and allowed.lo is not None
            and allowed.hi is not None
            and allowed.overlaps(Interval.closed(now["valid"], now["valid"] + REJECTED_ROOM))
        ):
            # The 2015 record gives no rejected ballots: a declared turnout (ballot papers /
            # electorate) a little above the valid-vote one may be exactly right. A rounded
            # one is right if any value it stands for may be ("73%" for a valid-vote 72.4955%:
            # 72.6% with rejected ballots rounds to it).
            yield Skip(
                f"turnout {stated.text}% is above the valid-vote turnout in {off.contest.name} "
                f"({_pct(now['valid'])}) by no more than rejected ballots make up, and the "
                f"{off.election} record gives no count of rejected ballots"
            )
            return
        ballots = now.get("ballots")
        if (
            ballots is not None
            and allowed.lo is not None
            and allowed.hi is not None
            and now["valid"] <= allowed.lo
            and allowed.hi <= ballots
        ):
            # Between the two definitions: a declared count of ballot papers that leaves out
            # some rejected ones (postal votes rejected before the count) lands here, as a
            # 2015 turnout above the valid-vote one may (above).
            yield Skip(
                f"turnout {stated.text}% lies between the valid-vote turnout in "
                f"{off.contest.name} ({_pct(now['valid'])}) and the ballots-cast one "
                f"({_pct(ballots)}): a count of ballot papers leaving out some rejected ones"
            )
            return
        then = turnouts(off.previous) if off.previous is not None else {}
        matched_then = next((k for k, v in then.items() if v in allowed), None)
        shown = "; ".join(f"{_pct(v)} ({TURNOUT_DEFINITIONS[k]})" for k, v in now.items())
        message = (
            f"turnout {stated.text}% contradicts the official turnout in {off.contest.name} "
            f"({off.election}): {shown}"
        )
        evidence: dict[str, object] = {
            **off.cite(),
            "stated": stated.text,
            "stated_interval": allowed,
            **{f"official_{k}": v for k, v in now.items()},
        }
        arithmetic = [f"“{stated.text}” stands for {allowed.format(stated.decimals + 2)}"]
        assert off.contest.valid_votes is not None
        assert off.contest.electorate is not None
        valid, electorate = off.contest.valid_votes.value, off.contest.electorate.value
        arithmetic.append(f"{valid:,} / {electorate:,} = {_pct(now['valid'])}")
        if "ballots" in now and off.contest.rejected is not None:
            rejected = off.contest.rejected.value
            arithmetic.append(
                f"({valid:,} + {rejected:,}) / {electorate:,} = {_pct(now['ballots'])}"
            )
        if matched_then is not None and off.previous is not None:
            year = _year(off.previous_election)
            message += (
                f"; {stated.text}% matches {year} ({_pct(then[matched_then])}, "
                f"{TURNOUT_DEFINITIONS[matched_then]})"
            )
            evidence["matches_previous"] = off.previous_election
            evidence["previous_record"] = off.previous.data_path
            evidence[f"previous_{matched_then}"] = then[matched_then]
        severity: Severity | None = Severity.WARNING if stated.quoted else None
        confidence = Confidence.HIGH
        other = (
            _other_reading(others.matching(allowed, Unit.PERCENT, "turnout", None), Unit.PERCENT)
            if others is not None and matched_then is None
            else None
        )
        # Far from every definition of the official turnout: likelier another figure (a
        # percentage majority, a share) read as the turnout than a slip.
        far = matched_then is None and all(_far(stated, allowed, v) for v in now.values())
        explained = own_electorate and stated_electorate is not None
        if far and not explained:
            unchecked = _far_unchecked(
                stated, f"the turnout in {off.contest.name}", _pct(now["valid"]), other
            )
            if unchecked is not None:
                yield unchecked
                return
        far = far and other is None
        if explained and stated_electorate is not None:
            message += (
                f"; but it is the official votes cast over the electorate the article states "
                f"({stated_electorate.text})"
            )
            evidence["over_stated_electorate"] = stated_electorate.text
            severity = Severity.WARNING
        elif other is not None:
            message += other[0]
            evidence.update(other[1])
            severity = Severity.WARNING
        elif far:
            message += FAR_NOTE
            evidence["far_from_official"] = True
            severity = Severity.WARNING
        near = ballots is not None and _distance(allowed, ballots) <= NEAR_TURNOUT
        if near:
            # Real copy: every such turnout in the labelled stories (five, from five outlets
            # and three elections) was the council's declared figure, right as declared: its
            # count of ballot papers differs by a few papers from valid + rejected. A note
            # keeps the editor informed without crying wolf, and no fix: the figure is more
            # likely right than the record's definition.
            message += (
                " (within 0.1 points of the ballots-cast turnout: the declared count of "
                "ballot papers may differ slightly)"
            )
            severity, confidence = Severity.INFO, Confidence.MEDIUM
        yield Violation(
            message=message,
            figure=stated,
            evidence=evidence,
            arithmetic=tuple(arithmetic),
            fix=None
            if other or near or far or own_electorate
            else f"{format_number(now['valid'], max(stated.decimals, 1))}%",
            corrected=None
            if other or near or far or own_electorate
            else format_number(now["valid"], max(stated.decimals, 1)),
            confidence=confidence,
            severity=severity,
        )

    def _ballots(self, stated: Figure, off: Official, ctx: RuleContext) -> Iterator[Outcome]:
        """The votes cast as stated ("42,946 votes were cast"): valid votes, or valid votes
        and rejected ballots together, since copy rarely says which; either is right. A
        count between the two (ballot papers less some rejected), or a little above the
        valid votes where the record gives no rejected ballots (2015), is not checked. One
        within a tenth of a point of the electorate of the ballots cast is a note (info), as
        such a turnout is: a council's count of ballot papers issued can differ by a few
        papers."""
        oc = off.contest
        if oc.valid_votes is None:
            yield Skip(f"the official record of {oc.name} has no count of valid votes")
            return
        valid = int(oc.valid_votes.value)
        ballots = valid + int(oc.rejected.value) if oc.rejected is not None else None
        allowed = stated_values(stated, ctx)
        if valid in allowed or (ballots is not None and ballots in allowed):
            return
        electorate = int(oc.electorate.value) if oc.electorate is not None else None
        if allowed.lo is not None and allowed.hi is not None:
            top = Fraction(ballots) if ballots is not None else None
            if top is None and electorate:
                top = valid + REJECTED_ROOM * electorate / 100
            if top is not None and allowed.overlaps(Interval.closed(Fraction(valid), top)):
                yield Skip(
                    f"{stated.text} votes cast lies between the valid votes in {oc.name} "
                    f"({valid:,}) and "
                    + (
                        f"the ballots cast ({ballots:,}): a count of ballot papers leaving "
                        "out some rejected ones"
                        if ballots is not None
                        else f"what rejected ballots could add, which the {off.election} "
                        "record does not count"
                    )
                )
                return
        shown = f"{valid:,} valid" + (
            f", {ballots:,} with rejected ballots" if ballots is not None else ""
        )
        message = f"the votes cast in {oc.name} ({off.election}) were officially {shown}"
        message += f", not {stated.text}"
        if electorate is not None and electorate in allowed:
            message += f" ({stated.text} is the electorate)"
        severity: Severity | None = Severity.WARNING if stated.quoted else None
        confidence = Confidence.HIGH
        near = Fraction(ballots if ballots is not None else valid)
        off_by = _distance(allowed, near) * 100 / electorate if electorate else None
        if off_by is not None and off_by < SAME_PAPERS:
            yield Skip(
                f"{stated.text} votes cast is within a few ballot papers of the ballots cast in "
                f"{oc.name} ({ballots if ballots is not None else valid:,}): a council's count "
                "of papers and the record's can differ by so many"
            )
            return
        if off_by is not None and off_by <= NEAR_TURNOUT:
            # A note, as a turnout this near the ballots-cast one is (_turnout): on the open
            # real copy every such count (four, from four outlets) was a council's declared
            # count of ballot papers, 11 to 27 papers above the record's valid + rejected,
            # which the record cannot settle. The editor is told; no fix is offered.
            message += (
                " (within 0.1 points of the electorate of the ballots cast: the declared count "
                "of ballot papers may differ slightly)"
            )
            severity, confidence = Severity.INFO, Confidence.MEDIUM
        arithmetic = [f"“{stated.text}” stands for {allowed.format(0)}", f"valid votes: {valid:,}"]
        if ballots is not None:
            arithmetic.append(f"valid votes + rejected ballots: {ballots:,}")
        yield Violation(
            message=message,
            figure=stated,
            evidence={
                **off.cite(),
                "stated": stated.text,
                "stated_interval": allowed,
                "official_valid": valid,
                **({"official_ballots": ballots} if ballots is not None else {}),
            },
            arithmetic=tuple(arithmetic),
            fix=f"{valid:,}",
            corrected=as_written(stated, valid),
            confidence=confidence,
            severity=severity,
        )

    def _candidate(
        self,
        cand: CandidateResult,
        off: Official,
        ctx: RuleContext,
        others: _OtherValues | None = None,
    ) -> Iterator[Outcome]:
        yield from self._figures(cand, off, ctx, others)
        for again in cand.restated:
            # "the Lib Dems fourth on 9% and the Lib Dems fifth on 7.5%": a figure said twice
            # with two values is checked each time it is said; the second may be a slip of the
            # name (another party's figure), so a wrong one is a warning with no fix.
            unit = again.unit
            first = {Unit.VOTES: cand.votes, Unit.PERCENT: cand.share}.get(unit, cand.rank)
            same = first is not None and first.value == again.value
            for outcome in self._figures(
                CandidateResult(
                    name=cand.name,
                    party=cand.party,
                    by_party=cand.by_party,
                    votes=again if unit is Unit.VOTES else None,
                    share=again if unit is Unit.PERCENT else None,
                    rank=again if unit is Unit.RANK else None,
                ),
                off,
                ctx,
                others,
                # (twentieth session) A share said again is beside the count the candidate
                # was given, as the first was: "with 8.97 per cent" and "with 8.97 per cent,
                # 2849 votes" are one share of all ballot papers, said twice.
                counted_votes=cand.votes if unit is Unit.PERCENT else None,
            ):
                yield _restated(outcome, same=same)

    def _figures(
        self,
        cand: CandidateResult,
        off: Official,
        ctx: RuleContext,
        others: _OtherValues | None = None,
        *,
        counted_votes: Figure | None = None,
    ) -> Iterator[Outcome]:
        """The outcomes of one candidate's figures; ``counted_votes``: the count a share said
        again was given beside, where ``cand`` holds the share alone."""
        if cand.votes is None and cand.share is None and cand.rank is None:
            return
        match = off.candidate(cand, ctx.pack)
        if match is None:
            yield Skip(
                f"“{cand.name}” cannot be told apart among, or found in, the official "
                f"candidates of {off.contest.name} ({off.election})"
            )
            return
        oc = match.candidate
        who = f"{oc.name}'s"
        # A party's figure names no person to confirm its seat by, but a contest placed by
        # its people (Leeds Central, by the three named in its list) is placed for it too.
        stood = off.placed if cand.by_party else stood_in(off, cand.name)
        if cand.votes is not None and oc.votes is not None:
            yield from self._count(
                cand.votes,
                int(oc.votes.value),
                f"{who} vote in {off.contest.name}",
                off,
                ctx,
                others=others,
                quantity="vote",
                subject=oc.name,
                stood=stood,
                guessed=cand.paired_apart,
            )
        shares = share_definitions(oc, off.contest)
        beside = cand.votes if cand.votes is not None else counted_votes
        if cand.share is not None and shares:
            yield from self._percentage(
                cand.share,
                shares["valid"],
                f"{who} share in {off.contest.name}",
                off,
                ctx,
                others=others,
                quantity="share",
                subject=oc.name,
                stood=stood,
                shares=shares,
                guessed=cand.paired_apart,
                # The share may be of another total: of every ballot paper, where the record
                # counts the rejected ones, whatever stands beside it (a share that is right
                # by a definition councils use is no error); where it does not (2015), only
                # beside the official count, which says the writer had the right figures.
                counted=self._counted(oc, off.contest, shares["valid"], beside, ctx),
            )
        if cand.rank is not None:
            place = next((i for i, c in enumerate(off.contest.candidates, 1) if c is oc), None)
            allowed = stated_values(cand.rank, ctx)
            if place is not None and place not in allowed:
                winner = off.contest.candidates[0].name
                yield Violation(
                    message=f"{oc.name} officially finished {_ordinal(place)} in "
                    f"{off.contest.name}, not {cand.rank.text}"
                    + (f" (the winner was {winner})" if place != 1 else ""),
                    figure=cand.rank,
                    evidence={**off.cite(), "stated": cand.rank.text, "official": place},
                    fix=_ordinal(place),
                    # "second" becomes "third"; a rank written "2nd" is left to the editor.
                    corrected=_ordinal(place) if cand.rank.text.isalpha() else None,
                    consequences=(Consequence.WINNER,)
                    if place == 1 or cand.rank.value == 1
                    else (Consequence.RANKING,),
                )

    @staticmethod
    def _counted(
        oc: CandidateResult,
        contest: ContestResult,
        valid: Fraction,
        beside: Figure | None,
        ctx: RuleContext,
    ) -> tuple[Fraction, Fraction | None] | None:
        """The shares a candidate's stated share may be of another total by: the valid-vote
        one and the share of all ballot papers (None where the record counts no rejected
        ballots, 2015). None when the share is held to the valid vote alone: in 2015, unless
        the count beside it is the official one."""
        if oc.votes is None:
            return None
        ballots = ballots_share(oc, contest)
        if ballots is not None:
            return valid, ballots
        if beside is not None and Fraction(oc.votes.value) in stated_values(beside, ctx):
            return valid, None
        return None

    @staticmethod
    def _unplaced_outcome(
        article: Article, claim: OutcomeClaim, ctx: RuleContext
    ) -> OutcomeClaim | None:
        """An outcome read in no seat ("Mr Jones held his seat" in a story of several seats),
        placed in the one seat its person, named in full, stood in, when the story names that
        seat (:func:`said_unplaced`): the claim so placed, its seat tie loose. None otherwise."""
        election = election_of(article, ctx)
        if ctx.reference is None or election is None or claim.grounds is None:
            return None
        held_by = claim.grounds.held_by
        found = said_unplaced(
            (claim.candidate, held_by), ctx.reference, election, named_seats(article)
        )
        if found is None:
            return None
        return _placed_by_record(claim, claim.grounds, found, election)

    def _outcome(
        self, article: Article, claim: OutcomeClaim, ctx: RuleContext
    ) -> Iterator[Outcome]:
        """A "hold" or "gain" against who won this election and the one before."""
        said = f"{claim.party} {claim.verb}" if claim.party else claim.verb
        said += f" from {claim.from_party}" if claim.from_party else ""
        loose = claim.grounds.loose if claim.grounds is not None else ()
        # A party taken from earlier in the story, not named with the outcome, may be another
        # race's: only whether the seat changed hands is judged then.
        party = claim.party if "subject" not in loose else None
        if claim.contest is None:
            placed = self._unplaced_outcome(article, claim, ctx)
            if placed is not None:
                yield from self._outcome(article, placed, ctx)
                return
            yield Skip(f"“{said}” names no contest, so it cannot be found in the official results")
            return
        found = official_for(article, ContestResult(name=claim.contest), ctx)
        if isinstance(found, Skip):
            yield found
            return
        off = found
        name = off.contest.name or claim.contest
        held_by = claim.grounds.held_by if claim.grounds is not None else None
        # The person the outcome is said of ("Susan Elan Jones held onto her seat", "George
        # Galloway loses seat"), named in full, stood in another seat and not this one: the
        # seat came to the words from elsewhere in the story, and the outcome is the other
        # seat's, whatever this one's record says.
        elsewhere = said_elsewhere(
            (claim.candidate, held_by),
            off.contest,
            off.source,
            off.election,
            named_seats(article),
            grounds=claim.grounds,
        )
        if elsewhere is not None and elsewhere.placed and claim.grounds is not None:
            # "Mr Jones lost his seat" with no seat of its own, read in the seat the story was
            # about: the record says which seat was his, and the story names it (or no other),
            # so the outcome is judged there, loosely.
            placed = _placed_by_record(claim, claim.grounds, elsewhere, off.election)
            yield from self._outcome(article, placed, ctx)
            return
        if elsewhere is not None:
            yield Skip(
                f"“{said}”: {elsewhere.who} did not stand in {name} in {_year(off.election)} but "
                f"in {elsewhere.seat}, so the outcome is another seat's"
            )
            return
        now = winner_of(off.contest)
        year, pack = _year(off.election), ctx.pack
        previous, previous_election = off.previous, off.previous_election
        redrawn = None if previous is None or previous_election is None else _same_seat(off)
        if previous is None or previous_election is None or redrawn is not None:
            # Who held a new or redrawn seat before is unknown, but a party that did not win
            # it neither held nor gained it ("the Lib Dems took South East Cornwall", 2024).
            if party is not None and now is not None and not same_party(now.party, party, pack):
                yield _not_won(claim, said=said, party=party, now=now, off=off, loose=bool(loose))
            elif redrawn is not None:
                yield Skip(f"“{said}”: {redrawn}")
            else:
                yield Skip(
                    f"“{said}” in {name}: no official result of the election before "
                    f"{off.election}, so whether the seat changed hands cannot be said"
                )
            return
        then = winner_of(previous)
        if now is None or then is None:
            yield Skip(f"“{said}”: the official record does not give a single winner of {name}")
            return
        before = _year(previous_election)
        changed = not same_party(now.party, then.party, pack)
        record = (
            f"{now.name} ({now.party}) won {name} in {year}; "
            f"{then.name} ({then.party}) won it in {before}"
        )
        truth = (
            f"{_party_name(now.party, ctx)} gain from {_party_name(then.party, ctx)}"
            if changed
            else f"{_party_name(now.party, ctx)} hold"
        )
        problem: str | None = None
        between = False  # the problem may be undone by a by-election the record lacks
        if (
            claim.verb == "hold"
            and claim.candidate is not None
            and surname_key(claim.candidate) == surname_key(now.name) == surname_key(then.name)
        ):
            return  # "X held her seat": she won it both times, whatever her party did
        if (
            party is None
            and claim.candidate is not None
            and surname_key(claim.candidate) != surname_key(now.name)
        ):
            # "X held his seat" when X lost: the winner in words is judged (X did not win);
            # a second finding on whether the seat changed hands would say less.
            return
        # The last winner standing again for another party changed the seat's party between
        # the elections: copy calls the result a gain or a hold by either count. The same
        # person by the record's full names: a namesake is no defector (three Joneses stood
        # in Merthyr Tydfil and Rhymney in 2019, one of them the Labour member re-elected).
        defected = [
            c.party
            for c in off.contest.candidates
            if same_person_name(c.name, then.name)
            and c.party is not None
            and not same_party(c.party, then.party, pack)
        ]
        if party is not None and not same_party(now.party, party, pack):
            problem = f"{party} did not win {name} in {year}: {now.party} did"
        elif held_by is not None and not same_person_name(held_by, then.name):
            # (Beating Sara Jones is not beating Gerald Jones, the last winner, however alike.)
            if not any(surname_key(c.name) == surname_key(held_by) for c in off.contest.candidates):
                # "with their leader Jo Swinson losing her seat" in a story about another
                # seat: she did not stand in this one, so the outcome is another seat's.
                yield Skip(
                    f"“{said}”: {held_by} did not stand in {name} in {year}, so the outcome "
                    "may be another seat's"
                )
            return  # "X defeated Y" with Y a challenger: the words claim no change of hands
        elif defected and (
            claim.from_party is None or same_party(defected[0], claim.from_party, pack)
        ):
            return
        elif claim.verb == "hold" and changed:
            problem = f"not a hold: {now.party} took {name} from {then.party}"
        elif claim.verb == "gain" and not changed and claim.back and claim.from_party:
            # "re-capturing Richmond Park from the Lib Dems", who won it at a by-election
            # between the general elections: true, and the record holds no by-elections.
            yield Skip(
                f"“{said}” in {name}: {now.party} won it in {before} too, but the words say it "
                f"was won back from {claim.from_party}, who may have taken it at a by-election "
                "since, which the record does not hold"
            )
            return
        elif (
            claim.verb == "gain"
            and not changed
            and claim.back
            and (claim.candidate is None or not same_person_name(claim.candidate, then.name))
        ):
            # "Fay Jones regained Brecon and Radnorshire for the Conservatives": her party
            # won it last time, but may have lost it at a by-election since, which the record
            # does not hold: a warning (not "X won back his seat" when X won it last time).
            problem = (
                f"not a gain: {now.party} won {name} in {before} too, unless it lost the seat "
                "at a by-election since, which the record does not hold"
            )
            between = True
        elif claim.verb == "gain" and not changed:
            problem = f"not a gain: {now.party} won {name} in {before} too"
        elif (
            claim.verb == "gain"
            and claim.from_party is not None
            and not same_party(then.party, claim.from_party, pack)
        ):
            problem = f"the seat was gained from {then.party}, not {claim.from_party}"
        if problem is None:
            return
        yield Violation(
            message=f"“{said}” contradicts the official results ({off.election}): {problem}",
            span=claim.span,
            evidence={
                **off.cite(),
                "stated": said,
                "official": truth,
                "winner": now.name,
                "winner_party": now.party,
                "previous_election": off.previous_election,
                "previous_record": previous.data_path,
                "previous_winner": then.name,
                "previous_winner_party": then.party,
            },
            arithmetic=(record,),
            # An outcome read loosely (from words that only imply it, "re-elected" for a
            # hold, or with a party from elsewhere in the story) may have been misread: a
            # warning, with no fix to apply.
            fix=None if loose or between else truth,
            consequences=(Consequence.WINNER,),
            severity=Severity.WARNING if claim.quoted or loose or between else None,
        )

    def _bound(self, article: Article, claim: BoundClaim, ctx: RuleContext) -> Iterator[Outcome]:
        """A hedged share or turnout ("over 30 per cent of the vote") against the record.

        Only the hedge's truth condition is judged: "over 30 per cent" for 29.5% is false, but
        how loose a true hedge may be is `hedge-mismatch`'s question. Which words would be
        right is the editor's choice, so no fix is offered.
        """
        if claim.contest is None or claim.quoted:
            return
        fig = claim.bound
        if claim.quantity is Quantity.SHARE and not (claim.candidate or claim.party):
            return
        contest = next(
            (c for c in article.contests if c.name == claim.contest),
            ContestResult(name=claim.contest),
        )
        found = official_for(article, contest, ctx)
        if isinstance(found, Skip):
            yield found
            return
        off = found
        allowed = truth_interval(fig, pack=ctx.pack, rounding=ctx.rounding)
        if claim.quantity is Quantity.TURNOUT:
            official = turnouts(off.contest)
            what = f"the turnout in {off.contest.name}"
        elif claim.quantity is Quantity.SHARE:
            cand = _claim_candidate(article, claim, contest, off, ctx)
            if cand is None:
                yield Skip(f"the candidate of “{fig.text}” cannot be placed in the official record")
                return
            official = share_definitions(cand, off.contest)
            what = f"{cand.name}'s share in {off.contest.name}"
        else:
            return
        if not official:
            yield Skip(f"the official record of {off.contest.name} cannot give the {what}")
            return
        if any(v in allowed for v in official.values()):
            return
        value = official["valid"]
        said = _span_words(article, claim) or fig.text
        if (
            claim.quantity is Quantity.TURNOUT
            and off.contest.rejected is None
            and allowed.overlaps(Interval.closed(value, value + REJECTED_ROOM))
        ):
            # (twenty-second session) As for a turnout stated exactly (_turnout): the 2015
            # record gives no rejected ballots, and a declared turnout (ballot papers /
            # electorate) a little above the valid-vote one may make the hedge true ("just
            # over 57 per cent" of a valid-vote 56.76%).
            yield Skip(
                f"“{said}” may be true of the turnout in {off.contest.name} counted with "
                f"rejected ballots, a little above the valid-vote {_pct(value)}, and the "
                f"{off.election} record gives no count of rejected ballots"
            )
            return
        yield Violation(
            message=f"“{said}” is false: {what} ({off.election}) is officially {_pct(value)}",
            figure=fig,
            evidence={
                **off.cite(),
                "stated": said,
                "stated_interval": allowed,
                "official": value,
                **_confirmed(fig, stood_in(off, claim.candidate)),
            },
            arithmetic=(
                # A place more than written: "exactly 33.33" is true for [33.325, 33.335).
                f"“{said}” is true for {allowed.format(max(2, fig.decimals + 1))}",
                f"official: {_pct(value)}",
            ),
            fix=None,
            severity=Severity.WARNING if fig.quoted else None,
        )

    def _previous(
        self,
        article: Article,
        *,
        claim: ChangeClaim,
        stated: Figure,
        contest: ContestResult,
        off: Official,
        ctx: RuleContext,
        others: _OtherValues | None = None,
    ) -> Iterator[Outcome]:
        if (
            claim.since is not None
            and off.previous_election is not None
            and claim.since not in off.previous_election
        ):
            return  # "up from 2010": not the election before
        if off.previous is None:
            yield Skip(
                f"no official result of {contest.name} at the election before {off.election}"
            )
            return
        year = _year(off.previous_election)
        # The level "up from" is read as the seat's at the election before.
        at = (off.previous, off.previous_election) if off.previous_election else None
        if claim.quantity is Quantity.TURNOUT and stated.unit is Unit.PERCENT:
            then = turnouts(off.previous)
            allowed = stated_values(stated, ctx)
            if then and not any(v in allowed for v in then.values()):
                yield from self._percentage(
                    stated,
                    then["valid"],
                    f"turnout in {off.previous.name} in {year}",
                    off,
                    ctx,
                    contest=off.previous,
                    others=others,
                    quantity="turnout",
                    at=at,
                )
            return
        if claim.quantity not in (Quantity.SHARE, Quantity.VOTES):
            return
        now = _claim_candidate(article, claim, contest, off, ctx)
        if now is None:
            yield Skip(f"the candidate of “{stated.text}” cannot be placed in the official record")
            return
        before = previous_candidate(now, off.previous, ctx.pack, by_party=not claim.candidate)
        if before is None:
            switched = next(
                (
                    c
                    for c in off.previous.candidates
                    if person_words(c.name) == person_words(now.name)
                    and changed_party(now, c, ctx.pack)
                ),
                None,
            )
            yield Skip(
                f"{now.name} stood for {switched.party} in {year}, for {now.party} now: their "
                "own figure then and their party's are two series"
                if switched is not None
                else f"{now.name} and their party have no single candidate in {year}"
            )
            return
        label = f"{before.name}'s ({before.party}) {{}} in {off.previous.name} in {year}"
        if stated.unit is Unit.PERCENT and claim.quantity is Quantity.SHARE:
            shares = share_definitions(before, off.previous)
            if shares:
                yield from self._percentage(
                    stated,
                    shares["valid"],
                    label.format("share"),
                    off,
                    ctx,
                    contest=off.previous,
                    others=others,
                    quantity="share",
                    subject=before.name,
                    at=at,
                    shares=shares,
                )
        elif stated.unit is Unit.VOTES and before.votes is not None:
            yield from self._count(
                stated,
                int(before.votes.value),
                label.format("vote"),
                off,
                ctx,
                contest=off.previous,
                others=others,
                quantity="vote",
                subject=before.name,
                at=at,
            )


def _placed_by_record(
    claim: OutcomeClaim, grounds: Grounds, found: Elsewhere, election: str
) -> OutcomeClaim:
    """``claim`` (whose grounds are ``grounds``) put in the seat the record says its person
    stood in (``found``): its seat tie says so, and is loose."""
    placed = grounds.model_copy(
        update={
            "seat": f"{found.seat}, where {found.who} stood ({election}), by the record",
            "seat_named": "record",
            "loose": tuple(dict.fromkeys((*grounds.loose, "seat"))),
        }
    )
    return claim.model_copy(update={"contest": found.seat, "grounds": placed})


def _not_won(
    claim: OutcomeClaim,
    *,
    said: str,
    party: str,
    now: CandidateResult,
    off: Official,
    loose: bool,
) -> Violation:
    """A hold or gain by a party that did not win the seat, where the election before cannot
    be judged (a new or redrawn seat): only who won is compared."""
    name = off.contest.name or claim.contest
    year = _year(off.election)
    return Violation(
        message=(
            f"“{said}” contradicts the official results ({off.election}): "
            f"{party} did not win {name} in {year}: {now.party} did"
        ),
        span=claim.span,
        evidence={**off.cite(), "stated": said, "winner": now.name, "winner_party": now.party},
        arithmetic=(f"{now.name} ({now.party}) won {name} in {year}",),
        # Whether the winner's win was a hold or a gain is unknown: no words to offer.
        fix=None,
        consequences=(Consequence.WINNER,),
        severity=Severity.WARNING if claim.quoted or loose else None,
    )


_CONTEST_LEVELS = (
    "valid_votes",
    "rejected",
    "electorate",
    "majority",
    "majority_share",
    "turnout",
    "ballots",
)


def _pooled_in(contest: ContestResult, where: str) -> tuple[ContestResult, list[Skip]]:
    """``contest`` without the seat's own figures that the text gives after a second person
    of one party was read into it (:meth:`ContestResult.pooled`), and a Skip for each. The
    second list is another seat's or another election's ("Eleanor Smith, Labour* - 20,899"
    under a 2017 heading the reader missed, then "Turnout - 71 per cent (42,461 out of
    electorate of 59,971)"), so a turnout, majority or electorate after it may be that
    list's; those before it stand with the first list, and each candidate's own figures are
    tied to their person."""
    pair = contest.pooled()
    if pair is None:
        return contest, []
    first, second = pair
    at = second.first_given
    update: dict[str, object] = {}
    skips: list[Skip] = []
    later = [
        (field, fig)
        for field in _CONTEST_LEVELS
        if (fig := getattr(contest, field)) is not None
        and fig.span is not None
        and fig.span.start >= at
    ]
    later += [("restated", fig) for fig in contest.restated if fig.span and fig.span.start >= at]
    for field, fig in later:
        update[field] = None
        skips.append(
            Skip(
                f"“{fig.text}” not compared with the official record of {where}: it follows "
                f"{second.name}, a second {second.party} candidate read into the contest "
                f"after {first.name}, so it may be another seat's or another election's"
            )
        )
    if not later:
        return contest, []
    if "restated" in update:
        update["restated"] = tuple(
            f for f in contest.restated if f.span is None or f.span.start < at
        )
    return contest.model_copy(update=update), skips


def _declared_elsewhere(article: Article, contest: ContestResult, off: Official) -> str | None:
    """Why ``contest``, as read, is not ``off``'s by the winner an outcome names: a hold or a
    gain read with this seat ("with health minister Dan Poulter retaining the seat") said of
    a person, named in full, who stood in another seat (:func:`seat_stood_in`). The words make
    that person the seat's winner, as a first place does for
    :func:`~factcheck.reference.placing.winner_elsewhere`, so the seat was carried to them
    from elsewhere and the figures read with it ("with a majority of more than 20,000") may
    be the other seat's. None when no such outcome is read, or the contest is one the text
    dates to another election (an outcome read is the story's own election's)."""
    if contest.dated:
        return None
    for claim in article.claims:
        if (
            isinstance(claim, OutcomeClaim)
            and claim.contest is not None
            and claim.contest == contest.name
            and claim.candidate is not None
        ):
            seat = seat_stood_in(claim.candidate, off.contest, off.source, off.election)
            if seat is not None:
                return f"{claim.candidate}, said to have won it, stood in {seat} ({off.election})"
    return None


def _same_seat(off: Official) -> str | None:
    """Why the previous election's contest of this name may be another seat, or None.

    Constituencies keep their name across a boundary review (most 2024 seats did) while their
    code changes; the bundled records carry the code, and a changed code means the earlier
    result is of another area, so it cannot say who held this seat.
    """
    record = getattr(off.source, "record", None)
    if not callable(record) or off.previous is None or off.previous_election is None:
        return None
    now, then = (
        record(off.contest.name, off.election),
        record(off.previous.name, off.previous_election),
    )
    code_now, code_then = getattr(now, "code", None), getattr(then, "code", None)
    if code_now and code_then and code_now != code_then:
        return (
            f"{off.contest.name} was redrawn for {_year(off.election)} (code {code_now}, was "
            f"{code_then}): the record holds no result on these boundaries for "
            f"{_year(off.previous_election)}, only notional ones, so who held the seat before "
            "cannot be said"
        )
    return None


def _claim_candidate(
    article: Article,
    claim: ChangeClaim | BoundClaim,
    contest: ContestResult,
    off: Official,
    ctx: RuleContext,
) -> CandidateResult | None:
    """The official candidate a change or bound claim is about, by name, else by party."""
    if claim.candidate:
        listed = next((c for c in contest.candidates if c.name == claim.candidate), None)
        probe = listed or CandidateResult(name=claim.candidate, party=claim.party)
        match = off.candidate(probe, ctx.pack)
        return match.candidate if match is not None else None
    if claim.party:
        from factcheck.reference.matching import same_party

        same = [c for c in off.contest.candidates if same_party(c.party, claim.party, ctx.pack)]
        return same[0] if len(same) == 1 else None
    return None


def _party_name(party: str | None, ctx: RuleContext) -> str:
    """A party by the pack's name for it ("Labour and Co-operative" -> "Labour")."""
    from factcheck.reference.matching import party_key

    if not party:
        return "?"
    known = ctx.pack.parties.get(party_key(party, ctx.pack) or "")
    return known.name if known is not None else party


def _distance(iv: Interval, x: Fraction) -> Fraction:
    if iv.lo is not None and x < iv.lo:
        return iv.lo - x
    if iv.hi is not None and x > iv.hi:
        return x - iv.hi
    return Fraction(0)


def _ordinal(n: int) -> str:
    words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
    return words[n - 1] if 0 < n <= len(words) else f"{n}th"


def _has_contest_figures(contest: ContestResult) -> bool:
    return any(getattr(contest, f) is not None for f in CONTEST_FIGURES) or bool(contest.restated)


def _has_figures(contest: ContestResult) -> bool:
    return _has_contest_figures(contest) or any(
        c.votes or c.share or c.rank for c in contest.candidates
    )


def _span_words(article: Article, claim: BoundClaim) -> str | None:
    """The words of a claim as written, when the article's text is at hand."""
    if claim.span is None:
        return None
    return article.document.text[claim.span.start : claim.span.end]
