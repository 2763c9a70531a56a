"""Hedged and fractional descriptions of a share or turnout: "less than a third of the share
at 20.1pc", "nearly 40pc of the vote", "The turnout in East Dunbartonshire was more than 80
per cent"."""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.frame import Around, Frame
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.models import BoundClaim, Figure, Quantity, Span, Unit

_BOUND_OF = re.compile(
    r"^\s+(?:of\s+(?:the\s+)?(?P<q>share|vote|votes|poll|turnout|electorate|voters)\b)"
    r"(?P<at>(?:\s+at|,|\s+with|\s+-|\s+–|\s*\()\s*)?",
    re.IGNORECASE,
)

_TURNED_OUT = re.compile(r"\s*(?:turned out|went to the polls|voted\b|cast (?:a|their)\b)", re.I)


# (Sixteenth session) "The turnout in East Dunbartonshire was more than 80 per cent", "There
# was a turn out of almost 61% in North Down", "The turn-out was just under 60 per cent": a
# hedged percentage right after turnout's copula or "of", nothing but the seat between.
_TURNOUT_WAS = re.compile(
    r"(?:\bturnout\b|\bturn[ -]out\b)(?:\s+(?:in|for)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,4}(?:\s+constituency)?)?"
    r"\s+(?:was|is|of|stood\s+at|came\s+in\s+at)\s+$",
    re.IGNORECASE,
)
# After it, a bound over several seats or a benchmark: "below 70 per cent in all five seats".
_SEVERAL_AFTER = re.compile(
    r"\s*(?:%|per\s*cent)?\s+(?:in\s+(?:all|each|every|both)\b|across\b|nationally\b"
    r"|(?:the\s+)?(?:national|UK|average)\b)",
    re.IGNORECASE,
)


def read_bound(f: Frame, a: Around) -> bool:
    """A hedged or fractional share or turnout, with the exact figure when it follows."""
    m, k = a.m, a.k
    if m.hedge == "exact" and m.kind is not NumberKind.FRACTION:
        return False
    if m.kind not in (NumberKind.FRACTION, NumberKind.PERCENT):
        return False
    state, sent, numbers = f.state, f.sent, f.numbers
    text = state.text
    of = _BOUND_OF.match(text[m.end : min(sent.span.end, m.end + 60)])
    if of is None:
        return _turnout_bound(f, a)
    q = of.group("q").lower()
    if k > 0 and _restates_majority(f, numbers[k - 1], m):
        return True  # "won by almost 10,000 votes – around a quarter of the vote": the margin's
    if q == "voters" and not _TURNED_OUT.match(text, m.end + of.end(), sent.span.end):
        return False  # "60 per cent of voters backed her" is a share of a poll, not the count
    quantity = Quantity.TURNOUT if q in ("turnout", "electorate", "voters") else Quantity.SHARE
    who = f.subject(m.start) if quantity is Quantity.SHARE else None
    what = f"“{of.group(0).strip()}” after it"
    exact: Figure | None = None
    end = m.end + of.end()
    nxt = numbers[k + 1] if k + 1 < len(numbers) else None
    if (
        of.group("at") is not None
        and nxt is not None
        and nxt.kind is NumberKind.PERCENT
        and nxt.hedge == "exact"
        and nxt.start == end
    ):
        exact = f.figure(nxt, Unit.PERCENT, what, who=who, contest_level=who is None)
        end = nxt.end
    # A hedge dated to another election ("nearly 40pc in 2015") is not this contest's: with
    # no contest, no rule compares it with this election's record.
    contest = None if f.earlier(m) else f.contest_for(who) if who is not None else f.contest
    state.claims.append(
        BoundClaim(
            quantity=quantity,
            contest=contest,
            candidate=who.name if who is not None else None,
            bound=f.figure(m, Unit.PERCENT, what, who=who, contest_level=who is None),
            exact=exact,
            span=Span(start=m.start, end=end),
            quoted=state.quoted(m.span),
        )
    )
    return True


def _turnout_bound(f: Frame, a: Around) -> bool:
    """A hedged turnout named before it: "The turnout in East Dunbartonshire was more than 80
    per cent". The seat's, when the sentence names one seat at most; not another election's,
    nor a bound said of several seats or a benchmark."""
    m = a.m
    if m.kind is not NumberKind.PERCENT or m.hedge == "exact" or m.value > 100:
        return False
    if "turn" not in f.low:
        return False  # the substring first: most hedged shares are nowhere near the word
    if not _TURNOUT_WAS.search(a.before[-100:]) or _SEVERAL_AFTER.match(a.after):
        return False
    if len({c.name for c in f.contests}) > 1 or f.earlier(m) is not None:
        return False
    seat, tie = f.seat_near(m.start)
    what = "“turnout” right before it (“was”, “of”)"
    f.state.claims.append(
        BoundClaim(
            quantity=Quantity.TURNOUT,
            contest=seat,
            bound=f.figure(m, Unit.PERCENT, what, contest_level=True, seat=tie),
            span=m.span,
            quoted=f.state.quoted(m.span),
        )
    )
    return True


# Between a majority's count and the same margin as a share: "votes", then a dash or a comma,
# and "or", "some", "which is" ("by almost 10,000 votes – around a quarter of the vote").
_RESTATED = re.compile(r"\s*(?:votes?)?\s*(?:[–—,]|\s-)\s*(?:or\s+|some\s+|which\s+is\s+)?")


def _restates_majority(f: Frame, before: NumberMention, m: NumberMention) -> bool:
    """Is ``m`` the majority read at ``before`` said again as a share of the vote, right after
    it? Then it is the majority's share, not the winner's."""
    if not _RESTATED.fullmatch(f.state.text, before.end, m.start):
        return False
    return any(
        figs.majority is not None
        and figs.majority.span is not None
        and figs.majority.span.start <= before.start < figs.majority.span.end
        for figs in f.state.contests.values()
    )
