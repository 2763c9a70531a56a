"""A change said to go up when the figures went down, or the reverse."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck import compiled_re as re
from factcheck.checks.wording.common import (
    PERCENTAGE_UNITS,
    in_quote,
    levels_of,
    lowered,
    official_direction_levels,
    show,
    subject,
    value_interval,
    within,
)
from factcheck.intervals import Interval, format_number
from factcheck.models import (
    Article,
    ChangeClaim,
    Confidence,
    Consequence,
    Direction,
    Quantity,
    Severity,
    Unit,
)
from factcheck.names import name_key
from factcheck.reference.lookup import OfficialLevels
from factcheck.rule import Outcome, Related, Rule, RuleContext, Scope, Skip, Violation

_PAIRS = (
    ("up", "down"),
    ("rose", "fell"),
    ("rise", "fall"),
    ("rises", "falls"),
    ("risen", "fallen"),
    ("rising", "falling"),
    ("increased", "decreased"),
    ("increase", "decrease"),
    ("increases", "decreases"),
    ("increasing", "decreasing"),
    ("gained", "lost"),
    ("gain", "loss"),
    ("higher", "lower"),
    ("grew", "shrank"),
    ("improved", "worsened"),
)
_OPPOSITE = {
    **dict(_PAIRS),
    **{b: a for a, b in _PAIRS},
    # One-way words: the suggested fix uses a plain word of the other direction.
    **dict.fromkeys(("climbed", "jumped", "soared", "surged"), "fell"),
    **dict.fromkeys(("dropped", "declined", "slipped", "slumped", "plunged", "tumbled"), "rose"),
    "drop": "rise",
    "decline": "rise",
    "boosted": "cut",
    "cut": "increased",
}
"""Direction words and a word for the other way, used only to word a suggested fix."""

_WORD = re.compile(r"[A-Za-z]+")


def _flipped(text: str, direction: Direction) -> str:
    """The direction phrase turned round: "up from" -> "down from", "Rose" -> "Fell"."""
    for m in _WORD.finditer(text):
        other = _OPPOSITE.get(m.group().lower())
        if other is not None:
            if m.group()[0].isupper():
                other = other[0].upper() + other[1:]
            return text[: m.start()] + other + text[m.end() :]
    return "down" if direction is Direction.UP else "up"


class ChangeDirectionMismatch(Rule):
    """A change said to go up when the figures went down, or the reverse.

    ## What it does
    For every stated change with a direction ("up from", "rose", "down from", "dropped") whose
    earlier and later values are both known, from the claim itself or, for the later value,
    from the article's results (the candidate's share or votes, the turnout, the majority),
    the rule computes later − earlier over every value the rounded figures allow:

    * wholly on the wrong side of zero (or no change at all): an error;
    * straddling zero, so the rounded figures cannot say which way it went: a warning.

    For finishing positions "up" means a better, smaller-numbered place: "dropped from third
    to fifth" is right, "rose from third to fifth" is wrong.

    A change stated by its direction alone ("increased his majority", "saw her majority
    reduced", "increased their majorities in A, B and C"), or a person's majority changed by
    a count of votes ("his majority reduced by around 2,000 votes") or by a multiple
    ("doubled his majority"), is set against the
    official record when an election is given (`--election`): the seat's majority (or the
    candidate's share or votes) at this election and the one before. Only when the claim
    names its seat and no
    earlier year ("since 2010" may not be the election before); a seat named only in an
    earlier sentence gives at most a warning, with no fix. Not checked, with the reason: a
    seat redrawn between the two elections (2024: the record's earlier majority is another
    area's), a seat that changed hands (a majority of another party is not the same
    majority grown or shrunk), a majority claimed for someone who did not win. Any other
    change whose earlier value is not given is reported as not checked.

    ## Why is this bad?
    The direction is what a reader remembers. A share that "rose" when it fell turns the
    story round, and usually means one of the two figures, or the whole sentence, belongs to
    another candidate.

    ## Example
    ```text
    In Bethnal Green and Bow, the Conservative Charlotte Chirico came second with 12.7pc of
    the vote, up from 15.2pc in 2015.
    ```

    With `--election uk-ge-2017` (Aberconwy's majority fell from 3,999 to 635):

    ```text
    In Aberconwy, Guto Bebb increased his majority.
    ```

    ## Use instead
    ```text
    In Bethnal Green and Bow, the Conservative Charlotte Chirico came second with 12.7pc of
    the vote, down from 15.2pc in 2015.
    ```

    ## How to silence it
    Correct the direction word, or the figure that is wrong. Give both figures to the same
    number of decimal places when they are close. A quotation is checked too but reported as
    a warning at most. To switch the rule off, add `"change-direction-mismatch"` to `ignore`.
    """

    code = "WRD104"
    name = "change-direction-mismatch"
    scope = Scope.ARTICLE
    priority = 40

    def check_article(self, article: Article, ctx: RuleContext) -> Iterator[Outcome]:
        """Set each stated direction against the sign of later − earlier."""
        for claim in article.claims:
            if isinstance(claim, ChangeClaim) and claim.direction is not None:
                yield from self._claim(article, claim, claim.direction, ctx)

    def _claim(
        self, article: Article, claim: ChangeClaim, direction: Direction, ctx: RuleContext
    ) -> Iterator[Outcome]:
        said = " ".join((claim.direction_text or direction.value).split())
        what = subject(claim, article)
        lv = levels_of(article, claim)
        before, after = lv.previous, lv.current
        official: OfficialLevels | None = None
        multiple = claim.amount is not None and claim.amount.unit is Unit.TIMES
        if before is None and (claim.amount is None or multiple or _persons_majority(claim)):
            # A change stated by its direction alone, or a person's majority's by a count
            # ("his majority reduced by around 2,000 votes"): any other size ("down by 17")
            # may be of something else the reader tied to the seat (seats overall, or a
            # party's majority in the Commons), but a person's majority is their seat's, and a
            # multiple ("doubled his majority") is no count that could be of anything else.
            found = official_direction_levels(article, claim, ctx)
            if isinstance(found, Skip):
                yield found
                return
            if found is not None:
                official, before, after = found, found.previous, found.current
        if before is None or after is None:
            missing = "earlier" if before is None else "later"
            yield Skip(f"“{said}” ({what}) is stated without the {missing} value to check it by")
            return
        if (before.unit in PERCENTAGE_UNITS) != (after.unit in PERCENTAGE_UNITS):
            yield Skip(
                f"“{said}” ({what}) compares {show(before)} with {show(after)}, unlike units"
            )
            return
        diff = value_interval(after, ctx) - value_interval(before, ctx)
        face = Fraction(after.value) - Fraction(before.value)
        rank = claim.quantity is Quantity.RANK
        # A finishing position improves as its number falls: "up" is a smaller number.
        better = -diff if rank else diff
        right = (
            Interval.at_least(0, strict=True)
            if direction is Direction.UP
            else Interval.at_most(0, strict=True)
        )
        if within(better, right):
            return
        d = max(before.decimals, after.decimals)
        went = f"{what} went from {show(before)} to {show(after)}"
        firm = True
        if official is not None:
            went += f" in the official record ({official.years})"
            firm = _seat_named(article, claim) or official.stood is not None
        if rank:
            working = (
                f"position {before.text} → {after.text}: "
                + ("a better" if face < 0 else "a worse" if face > 0 else "the same")
                + " place (a smaller number is better)"
            )
        else:
            working = f"{after.text} − {before.text} = {format_number(face, d)}" + (
                "" if diff.lo == diff.hi else f" (allowing for rounding: {diff.format(d + 2)})"
            )
        evidence: dict[str, object] = {
            "stated_direction": direction.value,
            "direction_text": said,
            "previous": before.text,
            "current": after.text,
            "difference": face,
            "difference_interval": diff,
            "current_from_results": lv.current_from_results,
        }
        if official is not None:
            evidence["official_records"] = official.records
        related = tuple(
            Related(f.span, label)
            for f, label in ((before, "the earlier figure"), (after, "the later figure"))
            if f.span is not None
        )
        span = claim.direction_span or claim.span
        if not better.overlaps(right) and not firm:
            yield Violation(
                message=in_quote(
                    f"“{said}”, but {went}, if the claim is about {claim.contest} "
                    "(the seat is not named with it)",
                    claim.quoted,
                ),
                span=span,
                evidence=evidence,
                arithmetic=(working,),
                confidence=Confidence.LOW,
                severity=Severity.WARNING,
                related=related,
            )
            return
        if not better.overlaps(right):
            if rank:
                how = "a better position" if face < 0 else "a worse position"
                if face == 0:
                    how = "the same position"
            elif face == 0:
                how = "no change at all"
            else:
                points = " points" if after.unit in PERCENTAGE_UNITS else ""
                size = format_number(abs(face), d)
                how = f"{'a rise' if face > 0 else 'a fall'} of {size}{points}"
            yield Violation(
                message=in_quote(f"“{said}”, but {went}: {how}", claim.quoted),
                span=span,
                evidence=evidence,
                arithmetic=(working,),
                fix=_flipped(said, direction) if face != 0 else "say it was unchanged",
                consequences=(Consequence.DIRECTION,),
                confidence=Confidence.HIGH,
                severity=lowered(Severity.ERROR, claim.quoted),
                related=related,
            )
            return
        yield Violation(
            message=in_quote(
                f"“{said}” cannot be confirmed: {went}, the same within the rounding written "
                f"(the change lies in {diff.format(d + 2)})",
                claim.quoted,
            ),
            span=span,
            evidence=evidence,
            arithmetic=(working,),
            fix="give both figures to one more decimal place, or say it was little changed",
            confidence=Confidence.LOW,
            severity=Severity.WARNING,
            related=related,
        )


def _persons_majority(claim: ChangeClaim) -> bool:
    """Is the claim a change of a person's majority by a count of votes, read by its words?"""
    amount = claim.amount
    return (
        claim.quantity is Quantity.MAJORITY
        and claim.candidate is not None
        and amount is not None
        and amount.unit is Unit.VOTES
        and not (amount.grounds is not None and "what" in amount.grounds.loose)
    )


def _seat_named(article: Article, claim: ChangeClaim) -> bool:
    """Does the claim's own sentence name its seat (else the seat was carried from before)?"""
    if claim.contest is None or claim.span is None:
        return False
    text = article.document.text
    start = text.rfind(".", 0, claim.span.start) + 1
    end = text.find(".", claim.span.end)
    sentence = text[start : end if end >= 0 else len(text)]
    return name_key(claim.contest) in name_key(sentence)
