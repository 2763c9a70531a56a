"""Every number in a text, with its hedge, unit, value, precision and exact span.

:func:`find_numbers` reads "39,558", "67.3pc", "about five per cent", "nearly 11pc",
"less than a third", "one in five", "1.2m", "5 percentage points", "third", "2017" and the
like in one left-to-right pass of a single compiled regular expression, and returns one
:class:`NumberMention` per mention. It reads numbers only: what a number counts (whose votes,
which turnout) is decided by later extraction layers.

Hedge words ("nearly", "more than") come from the hedge pack (:mod:`factcheck.packs`), so a
newsroom can add its own. Fraction words are read by grammar (a numerator word and a
denominator such as "two-thirds", "a third of", "one in five"); the pack's landmarks give them
meaning, not recognition.

The expression is built so that it cannot backtrack catastrophically: every repetition is
possessive or atomic (Python 3.11+), so a run of digits, commas or spaces is consumed once, and
the time taken grows linearly with the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from decimal import Context, Decimal
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache

from factcheck import compiled_re as re
from factcheck.models import Figure, Grounds, Span, Unit, span_of, trusted
from factcheck.packs import Pack, default_pack


class NumberKind(StrEnum):
    """What sort of number a mention is, judged from its form and the words glued to it."""

    PERCENT = "percent"
    """A percentage: "67.3pc", "67.3%", "five per cent"."""
    POINTS = "points"
    """A difference of percentages: "5 points", "5pp", "5 percentage points"."""
    COUNT = "count"
    """A quantity: "39,558", "1.2m", "four" (seats, votes, people...)."""
    FRACTION = "fraction"
    """A proportion in words: "a third", "two-thirds", "half", "one in five"."""
    ORDINAL = "ordinal"
    """A position: "third", "2nd", "twenty-first"."""
    YEAR = "year"
    """A year or decade: "2017", "1980s"."""
    OTHER = "other"
    """Dates, times, money and the like: "June 8", "5am", "10:30", "£1.2m"."""


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number as written, with where it is.

    ``span`` covers the hedge, the number and its unit ("nearly 11pc"); ``number_span`` only
    the number, with any magnitude word or suffix ("11", "1.2m", "a third"). ``value`` is the
    face value (a percentage for a fraction word: 33.333333333333 for "a third", whose exact
    ratio is in ``ratio``); ``precision`` is one unit in the last place written (0.1 for
    "67.3", 100000 for "1.2m"). ``exact`` is True only for a value written in full with no
    hedge: a whole count like "39,558", an ordinal, a year.
    """

    text: str
    """The whole mention as written: ``document_text[span.start:span.end]``."""
    start: int
    end: int
    number_start: int
    number_end: int
    value: Decimal
    precision: Decimal
    exact: bool
    kind: NumberKind
    hedge: str = "exact"
    """The canonical hedge name from the pack ("nearly", "about", "less-than"...), or "exact"."""
    hedge_text: str = ""
    """The hedge as written ("Nearly"), or "" when there is none."""
    unit_text: str = ""
    """The unit or marker as written ("pc", "per cent", "points", "£", "June", "am"), or ""."""
    ratio: Fraction | None = None
    """For a fraction word, the exact proportion (1/3 for "a third"); otherwise None."""

    # Offsets are stored as ints and spans made on request: building two pydantic models per
    # mention was a third of the time of a pass over a corpus.
    @property
    def span(self) -> Span:
        """Hedge, number and unit: 0-based offsets into the text, end exclusive."""
        return span_of(self.start, self.end)

    @property
    def number_span(self) -> Span:
        """Just the number ("11" in "nearly 11pc", "1.2m", "a third")."""
        return span_of(self.number_start, self.number_end)

    @property
    def number_text(self) -> str:
        """The number as written, without hedge or unit ("11", "39,558", "a third")."""
        return self.text[self.number_start - self.start : self.number_end - self.start]

    def to_figure(
        self, unit: Unit, *, quoted: bool = False, grounds: Grounds | None = None
    ) -> Figure:
        """This mention as a :class:`~factcheck.models.Figure` of the given unit.

        The figure's ``text`` is the number as written, without hedge or unit, as rules print
        it ("67.3", "39,558"); its ``span`` is the whole mention, hedge and unit included, so a
        finding highlights "nearly 11pc". ``quoted`` and ``grounds`` are the reader's.
        """
        # Every value is of its field's type already: no validation needed.
        return trusted(
            Figure,
            text=self.number_text,
            value=self.value,
            unit=unit if unit.__class__ is Unit else Unit(unit),
            precision=self.precision,
            exact=self.exact,
            hedge=self.hedge,
            span=span_of(self.start, self.end),
            quoted=bool(quoted),
            grounds=grounds,
        )


_FIELDS = tuple(f.name for f in fields(NumberMention))


class _OpenMention:
    """A :class:`NumberMention` under construction: the same slots, set without the frozen
    dataclass's ``__setattr__``. A frozen dataclass sets each field through
    ``object.__setattr__``, which made building a mention (13 fields) several times the cost
    of reading its match; :func:`_mention` fills these slots with plain stores and then makes
    the object the frozen class, which it then is in every respect (same slots, same layout).
    """

    __slots__ = _FIELDS
    text: str
    start: int
    end: int
    number_start: int
    number_end: int
    value: Decimal
    precision: Decimal
    exact: bool
    kind: NumberKind
    hedge: str
    hedge_text: str
    unit_text: str
    ratio: Fraction | None


def _mention(  # noqa: PLR0917 (positional: the reader's one hot call)
    text: str,
    start: int,
    end: int,
    number_start: int,
    number_end: int,
    value: Decimal,
    precision: Decimal,
    exact: bool,
    kind: NumberKind,
    hedge: str,
    hedge_text: str,
    unit_text: str,
    ratio: Fraction | None,
) -> NumberMention:
    """``NumberMention(...)`` with these fields, built fast (see :class:`_OpenMention`)."""
    o = _OpenMention()
    o.text, o.start, o.end, o.number_start, o.number_end = (
        text, start, end, number_start, number_end
    )  # fmt: skip
    o.value, o.precision, o.exact, o.kind = value, precision, exact, kind
    o.hedge, o.hedge_text, o.unit_text, o.ratio = hedge, hedge_text, unit_text, ratio
    object.__setattr__(o, "__class__", NumberMention)
    return o  # type: ignore[return-value]  # it is a NumberMention now


# -- vocabulary ------------------------------------------------------------------------------

_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUES: dict[str, int] = {
    **{w: i for i, w in enumerate(_ONES, 1)},
    **{w: i for i, w in enumerate(_TEENS, 10)},
    **{w: 10 * i for i, w in enumerate(_TENS, 2)},
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_MULTIPLIERS = {
    "k": 3, "thousand": 3, "m": 6, "mn": 6, "million": 6,
    "b": 9, "bn": 9, "billion": 9, "tn": 12, "trillion": 12,
}  # fmt: skip
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
]  # fmt: skip
_COUNT_NOUNS = [
    "vote", "votes", "voters", "seat", "seats", "people", "ballots", "electors", "members",
    "candidates", "residents", "constituencies", "councillors", "MPs",
]  # fmt: skip


def _fold(s: str) -> str:
    """A phrase as looked up: lower case, single spaces."""
    return " ".join(s.lower().split())


# -- the expression --------------------------------------------------------------------------
#
# Speed. The engine tries the pattern at every word start, so each alternation is grouped by
# its first character, written as a plain character (not a class, and without IGNORECASE): the
# engine then rejects a branch with one comparison. Word alternatives sit behind a single
# lookahead listing every word a number can start with. Words match in lower case or with a
# capital first letter ("Nearly", "Two-thirds").
#
# Safety. Every repetition is bounded or possessive, and digit runs are read atomically, so no
# input makes the engine backtrack more than a few characters.

_S = r"\s{1,3}+"  # a gap between words: bounded and possessive, so it never backtracks
_SEP = rf"(?:{_S}|-)"


def _alt(words: Iterable[str], *, cap: bool = True) -> str:
    """An alternation of words or phrases, grouped by first character.

    With ``cap``, each may also start with a capital. Spaces in a phrase match any short gap.
    """
    forms = set(words)
    if cap:
        forms |= {w[0].upper() + w[1:] for w in forms}
    groups: dict[str, list[str]] = {}
    for w in sorted(forms, key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(_S.join(re.escape(p) for p in w.split(" ")))
    parts = []
    for first, members in groups.items():
        head = re.escape(first)
        tails = [m[len(head) :] for m in members]
        parts.append(head + (f"(?:{'|'.join(tails)})" if len(tails) > 1 else tails[0]))
    return "(?:" + "|".join(parts) + ")"


_ONES_RE = _alt(_ONES)
_ONES_LOW = _alt(_ONES, cap=False)
_BELOW_100 = rf"(?:{_alt(_TENS)}(?:[-\s]{_ONES_LOW}(?!\w))?|{_alt(_TEENS)}|{_ONES_RE})(?!\w)"
_BELOW_100_LOW = (
    rf"(?:{_alt(_TENS, cap=False)}(?:[-\s]{_ONES_LOW}(?!\w))?"
    rf"|{_alt(_TEENS, cap=False)}|{_ONES_LOW})(?!\w)"
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion)(?!\w)"
# "twenty-nine", "a hundred", "three hundred and six", "twelve thousand", "two and a half".
_WORD_NUMBER = (
    rf"(?:{_BELOW_100}|[aA](?={_S}{_SCALE_WORD}))"
    rf"(?:{_S}hundred(?!\w)(?:{_S}(?:and{_S})?{_BELOW_100_LOW})?)?"
    rf"(?:{_S}(?:thousand|million|billion)(?!\w))?"
    rf"(?:{_S}and{_S}a{_S}half(?!\w))?"
)
_DEN_ONE = _alt(["half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth",
                 "tenth"], cap=False)  # fmt: skip
_DEN_MANY = _alt(["halves", "thirds", "quarters", "fifths", "sixths", "sevenths", "eighths",
                  "ninths", "tenths"], cap=False)  # fmt: skip
_NUMERATOR = rf"(?:{_alt(_TENS)}(?:-{_ONES_LOW})?|{_alt(_TEENS)}|{_ONES_RE})(?!\w)"
_IN = rf"{_S}(?:in|out{_S}of){_S}(?:every{_S})?"
_DENOMINATOR = (
    rf"(?:a{_S}(?:hundred|thousand)(?!\w)|{_BELOW_100_LOW}|[0-9]{{1,3}}(?![0-9,]|\.[0-9]|\w))"
)
_PERCENT = rf"(?:%|pc(?!\w)|per{_SEP}?cent(?!\w)|pct(?!\w))"
_POINTS = (
    rf"(?:(?:percentage|per{_SEP}?cent(?:age)?){_SEP}points?(?!\w)|%\s?points?(?!\w)"
    r"|points?(?!\w)|pp(?:ts?)?(?!\w)|pts(?!\w))"
)
_AMPM = r"\s?(?:[ap]\.m\.|[ap]m(?!\w)|[AP]M(?!\w))"
_MONTH = _alt(_MONTHS, cap=False)
_NOUN = _alt(_COUNT_NOUNS, cap=False)
_FIRST_WORDS = [*_ONES, *_TEENS, *_TENS, *_ORDINALS, "a", "half"]

_WORDS = rf"""
  (?P<mdate>{_MONTH}\.?{_S}(?P<mday>[0-9]{{1,2}})(?:st|nd|rd|th)?
      (?![0-9]|\w|[.,][0-9])(?!\s*+(?:%|per{_SEP}?cent|pc(?!\w))))
| (?=(?:{_alt(_FIRST_WORDS)})(?!\w))
  (?:
    (?P<halfscale>[hH]alf{_S}a{_S}(?:million|billion)(?!\w))
  | (?P<fin>(?P<fin_n>{_NUMERATOR}){_IN}(?P<fin_d>{_DENOMINATOR}))
  | (?P<fmany>(?:[tT]wo|[tT]hree|[fF]our|[fF]ive|[sS]ix|[sS]even|[eE]ight|[nN]ine|[tT]en)
        [\s-]{{1,3}}+{_DEN_MANY}(?!\w))
  | (?P<fone>[oO]ne-{_DEN_ONE}(?!\w))
  | (?P<fa>(?:[aA]|[oO]ne){_S}{_DEN_ONE}(?={_S}(?:of|or)(?!\w)|\s*+[^\w\s-]|\s*+\Z))
  | (?P<fhalf>[hH](?<!irst\s[hH])(?<!econd\s[hH])(?<!\b[aA]\s[hH])(?<!-a-[hH])alf(?!\w|-\w))
  | (?P<ordw>(?:{_alt(_TENS)}-)?{_alt(_ORDINALS)}(?!\w))
  | (?P<w>{_WORD_NUMBER})
    (?:{_SEP}(?P<wpts>percentage{_SEP}points?|points(?!\w)|(?<=-)point)(?!\w)
     | {_S}(?P<wpct>per{_SEP}?cent)(?!\w)
     | (?={_S}(?P<wnoun>{_NOUN})(?!\w))
    )?
  )
"""

# What a digit-led mention can start with: a digit, ".5", a sign, or a currency.
_DIGIT_START = r"\.?[0-9]|[-+\u2212][0-9£$€¥.]|[£$€¥]|(?:US|A|C|NZ|HK)[£$€¥]"
_DIGIT_FIRSTS = ".0123456789-+\u2212£$€¥UACNH"
"""Every character a match of ``_DIGIT_START`` can open with."""


def _firsts(words: Iterable[str]) -> set[str]:
    """The characters the forms :func:`_alt` makes of ``words`` (with ``cap``) open with."""
    return {form[0] for w in words for form in (w, w[0].upper() + w[1:])}


def _first_class(hedge_phrases: Iterable[str]) -> str:
    """A character class of every character a mention can start with: a hedge's, a digit
    start's, a month's or a number word's first character."""
    firsts = _firsts(hedge_phrases) | _firsts(_FIRST_WORDS) | _firsts(_MONTHS)
    firsts |= set(_DIGIT_FIRSTS)
    return "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"


_DIGITS = rf"""
  (?<![0-9][.,])  # not the tail of "1.5" or of a list like "1,2"
  (?:
    (?P<dfin>(?P<dfin_n>[0-9]{{1,3}}(?![0-9,])){_IN}(?P<dfin_d>{_DENOMINATOR}))
  | (?P<sign>[-+\u2212])?
    (?P<cur>(?:US|A|C|NZ|HK)?[£$€¥]\s?)?
    # "9, 974": a thousands comma with a space after it, as some copy types it, is one
    # number when one group of three follows and no more of a list ("1, 2, 3", "12, 345, 6").
    (?P<d>(?>[0-9]{{1,3}}(?:,[0-9]{{3}})+(?![0-9])
        |(?<![0-9],\x20)[0-9]{{1,3}},\x20[0-9]{{3}}(?![0-9]|[.,][0-9]|,\x20[0-9])
        |[0-9]++)(?:\.[0-9]++)?|\.[0-9]++)
    (?:
       (?P<ord>st|nd|rd|th)(?!\w)(?P<omonth>{_S}(?:of{_S})?{_MONTH}(?!\w))?
     | (?P<time>{_AMPM})
     | (?P<clock>:[0-9]{{2}}(?![0-9])(?::[0-9]{{2}}(?![0-9]))?(?:{_AMPM})?)
     | (?P<slash>/[0-9]{{1,4}}+(?:/[0-9]{{1,4}}+)?(?![0-9/]))
     | (?P<decade>'?s)(?!\w)
     | (?P<mult>(?:bn|mn|tn|[mM]|b|[kK])(?!\w)|{_SEP}(?:thousand|million|billion|trillion)(?!\w))
     | {_SEP}?+(?P<pts>{_POINTS})
     # (a "%" on another line is no unit: "Registered voters: 66,397", then "% share:")
     | [^\S\n]{{0,3}}+(?P<pct>{_PERCENT})
     | {_S}(?P<money>pounds|dollars|euros|pence)(?!\w)
     | {_S}(?P<month>{_MONTH})(?!\w)
     | (?={_S}(?P<noun>{_NOUN})(?!\w))
     | (?!\w)
    )
  )
"""


def _hedge_alternation(phrases: Iterable[str]) -> str:
    words = [p for p in phrases if p[-1].isalnum()]
    symbols = [p for p in phrases if not p[-1].isalnum()]
    # "about 5" needs a space; "~5" and "c.5,000" do not.
    parts = [f"{_alt(words)}{_S}"] if words else []
    if symbols:
        parts.append(rf"{_alt(symbols)}\s{{0,3}}+")
    return "|".join(parts) or r"(?!)"


@lru_cache(maxsize=16)
def _compile(hedge_phrases: tuple[str, ...]) -> re.Pattern[str]:
    hedges = _hedge_alternation(hedge_phrases)
    # One boundary test up front: most positions are inside words and fail here at once.
    # Then one class of every character a mention can open with: a place after a space or a
    # mark passes the boundary test, and would otherwise try every branch of the hedges, the
    # months and the number words, one after another (a tenth of the scan).
    return re.compile(
        rf"""(?<!\w)(?={_first_class(hedge_phrases)})(?P<hedge>{hedges})?
        (?: (?={_DIGIT_START}) {_DIGITS} | {_WORDS} )""",
        re.VERBOSE,
    )


def number_pattern(pack: Pack | None = None) -> re.Pattern[str]:
    """The compiled expression :func:`find_numbers` uses with this pack's hedge words."""
    pack = pack or default_pack()
    return _compile(pack.hedge_phrases)


# -- values ----------------------------------------------------------------------------------

_CTX = Context(prec=60)
_FRACTION_STEP = Decimal("1e-12")


def _shifted(value: Decimal, places: int) -> Decimal:
    """``value * 10**places`` exactly (no context rounding), written without an exponent."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    exponent += places
    if exponent > 0:
        return Decimal((sign, (*digits, *([0] * exponent)), 0))
    return Decimal((sign, digits, exponent))


def _digits(text: str) -> tuple[Decimal, Decimal]:
    """Value and precision of digits as written ("39,558" -> 39558, 1; "67.30" -> .., 0.01)."""
    plain = text.replace(",", "").replace(" ", "") if "," in text else text
    # Digits with at most one point (the pattern allows nothing else): the exponent is minus
    # the number of digits after the point, and its precision is made once.
    dot = plain.find(".")
    exponent = 0 if dot < 0 else dot + 1 - len(plain)
    precision = _PRECISIONS.get(exponent)
    if precision is None:
        precision = _PRECISIONS[exponent] = _shifted(Decimal(1), exponent)
    return Decimal(plain), precision


_PRECISIONS: dict[int, Decimal] = {}
_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def _word_value(text: str) -> tuple[Fraction, int]:
    """Value of a number in words, and the power of ten of its precision.

    Remembered: copy writes the same few numbers in words ("six", "two-thirds") again and
    again, and the sum in fractions costs more than the rest of the mention."""
    total, current = Fraction(0), Fraction(0)
    scale_power = 0
    for word in _LETTERS.findall(_fold(text)):
        if word in _WORD_VALUES:
            current += _WORD_VALUES[word]
        elif word == "a":
            # "a hundred", "a million"; but in "two and a half" the "a" adds nothing.
            current = current or Fraction(1)
        elif word == "half":
            current += Fraction(1, 2)
        elif word == "hundred":
            current = (current or Fraction(1)) * 100
        elif word in _SCALES:
            scale = _SCALES[word]
            total += (current or Fraction(1)) * scale
            current = Fraction(0)
            scale_power = len(str(scale)) - 1
    return total + current, scale_power


def _percent_of(ratio: Fraction) -> Decimal:
    """A proportion as a percentage, to 12 places (the ratio itself is kept exactly)."""
    pct = ratio * 100
    value = _CTX.divide(Decimal(pct.numerator), Decimal(pct.denominator))
    return value.quantize(_FRACTION_STEP, context=_CTX)


# -- the pass --------------------------------------------------------------------------------

_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|or)\s*")
_PROPORTIONS = (NumberKind.PERCENT, NumberKind.POINTS, NumberKind.FRACTION)
_OTHER_MARKS = ("time", "clock", "slash", "decade", "money", "month")


class _Reader:
    """Turns the matches in one text into mentions."""

    __slots__ = ("hedges", "out", "text")

    def __init__(self, text: str, pack: Pack) -> None:
        self.text = text
        self.hedges = pack.hedge_words
        self.out: list[NumberMention] = []

    def add(
        self,
        m: re.Match[str],
        where: tuple[int, int, int, int],
        value: Decimal,
        precision: Decimal,
        kind: NumberKind,
        *,
        unit: str = "",
        ratio: Fraction | None = None,
        hedged: bool = True,
        written_in_full: bool = True,
    ) -> None:
        """Record a mention; ``where`` is (start, number start, number end, end)."""
        start, number_start, number_end, end = where
        hedge, hedge_text = "exact", ""
        if hedged and m.start("hedge") >= 0:
            written = m["hedge"].rstrip()
            name = self.hedges.get(_fold(written))
            if name is not None:
                hedge, hedge_text, start = name, written, m.start("hedge")
        exact = hedge == "exact" and written_in_full and kind not in _PROPORTIONS and precision >= 1
        self.out.append(
            _mention(self.text[start:end], start, end, number_start, number_end, value,
                     precision, exact, kind, hedge, hedge_text, unit, ratio)
        )  # fmt: skip

    def read(self, m: re.Match[str]) -> None:
        if m.start("d") >= 0:
            self._digits(m)
        elif m.start("w") >= 0:
            self._words(m)
        elif m.start("ordw") >= 0:
            tens, _, last = _fold(m["ordw"]).rpartition("-")
            s, e = m.span("ordw")
            value = Decimal(_WORD_VALUES.get(tens, 0) + _ORDINALS[last])
            self.add(m, (s, s, e, e), value, Decimal(1), NumberKind.ORDINAL, hedged=False)
        elif m.start("mdate") >= 0:
            value, precision = _digits(m["mday"])
            s, e = m.span("mdate")
            where = (s, m.start("mday"), m.end("mday"), e)
            month = m["mdate"].split()[0]
            self.add(m, where, value, precision, NumberKind.OTHER, unit=month, hedged=False)
        elif m.start("dfin") >= 0:
            self._one_in(m, "dfin")
        elif m.start("fin") >= 0:
            self._one_in(m, "fin")
        elif m.start("halfscale") >= 0:
            amount, power = _word_value(m["halfscale"])
            s, e = m.span("halfscale")
            precision = _shifted(Decimal(1), power - 1)  # half a million: to the 100,000
            self.add(m, (s, s, e, e), Decimal(int(amount)), precision, NumberKind.COUNT,
                     written_in_full=False)  # fmt: skip
        else:
            for group in ("fmany", "fone", "fa", "fhalf"):
                if m.start(group) >= 0:
                    self._fraction(m, group)
                    return

    def _proportion(self, m: re.Match[str], s: int, e: int, ratio: Fraction) -> None:
        self.add(m, (s, s, e, e), _percent_of(ratio), _FRACTION_STEP, NumberKind.FRACTION,
                 ratio=ratio)  # fmt: skip

    def _fraction(self, m: re.Match[str], group: str) -> None:
        words = _LETTERS.findall(_fold(m[group]))
        numerator = _WORD_VALUES.get(words[0], 1) if len(words) > 1 else 1
        self._proportion(m, *m.span(group), Fraction(numerator, _DENOMINATORS[words[-1]]))

    def _one_in(self, m: re.Match[str], group: str) -> None:
        n_text, d_text = m[group + "_n"], m[group + "_d"]
        n = Fraction(n_text) if n_text[0].isdigit() else _word_value(n_text)[0]
        d = Fraction(d_text) if d_text[0].isdigit() else _word_value(d_text)[0]
        if 0 < n <= d and d >= 2:
            self._proportion(m, *m.span(group), n / d)
            return
        # "3 in 2" is no proportion: keep its numbers as counts ("one" only as a numeral).
        for part, value in ((group + "_n", n), (group + "_d", d)):
            s, e = m.span(part)
            if value.denominator == 1 and (value != 1 or m[part][0].isdigit()):
                self.add(m, (s, s, e, e), Decimal(int(value)), Decimal(1), NumberKind.COUNT,
                         hedged=part.endswith("_n"))  # fmt: skip

    def _words(self, m: re.Match[str]) -> None:
        s, e = m.span("w")
        amount, power = _word_value(m["w"])
        unit, end, kind = "", e, NumberKind.COUNT
        if m.start("wpts") >= 0:
            unit, end, kind = m["wpts"], m.end("wpts"), NumberKind.POINTS
        elif m.start("wpct") >= 0:
            unit, end, kind = m["wpct"], m.end("wpct"), NumberKind.PERCENT
        elif (
            amount == 1
            and m.start("hedge") < 0
            and _fold(m["w"]) == "one"
            and _fold(m["wnoun"] or "") not in ("vote", "seat")
        ):
            return  # "one of the candidates", "no one": the pronoun, not a count
        if amount.denominator == 1:
            value, precision = Decimal(int(amount)), _shifted(Decimal(1), power)
        else:  # "two and a half"
            value = Decimal(amount.numerator) / Decimal(amount.denominator)
            precision = Decimal("0.5")
        self.add(m, (s, s, e, end), value, precision, kind, unit=unit,
                 written_in_full=power == 0)  # fmt: skip

    def _digits(self, m: re.Match[str]) -> None:
        value, precision = _digits(m["d"])
        signed = m.start("sign") >= 0
        if signed and m["sign"] != "+":
            value = value.copy_negate()
        number_start = m.start("sign") if signed else m.start("d")
        start = m.start("cur") if m.start("cur") >= 0 and not signed else number_start
        number_end = end = m.end("d")
        currency = (m["cur"] or "").strip()
        unit, kind, full = currency, NumberKind.COUNT, True
        # Every mark after the digits takes a character: a match ending with them has none,
        # and most numbers are bare counts ("15,906"), spared the tests of every mark.
        bare = m.end() == end
        if bare:
            if not currency and not signed and m.start("noun") < 0 and _YEAR.fullmatch(m["d"]):
                kind = NumberKind.YEAR
        elif m.start("ord") >= 0:
            kind, end = NumberKind.ORDINAL, m.end("ord")
            if m.start("omonth") >= 0:  # "8th June", "18th of November"
                kind, end, unit = NumberKind.OTHER, m.end("omonth"), m["omonth"].split()[-1]
        elif m.start("mult") >= 0:
            power = _MULTIPLIERS[_fold(m["mult"]).lstrip("-")]
            value, precision = _shifted(value, power), _shifted(precision, power)
            number_end = end = m.end("mult")
            full = False
        elif m.start("pts") >= 0:
            kind, end, unit = NumberKind.POINTS, m.end("pts"), m["pts"]
        elif m.start("pct") >= 0:
            kind, end, unit = NumberKind.PERCENT, m.end("pct"), m["pct"]
        else:
            mark = next((g for g in _OTHER_MARKS if m.start(g) >= 0), None)
            if mark is not None:
                kind, end, unit = NumberKind.OTHER, m.end(mark), m[mark].strip()
            # A year is four digits, 1900-2099, written plainly and counting nothing;
            # a decade ("1980s") is a year too.
            plain = not currency and not signed and m.start("noun") < 0
            if plain and mark in (None, "decade") and _YEAR.fullmatch(m["d"]):
                kind = NumberKind.YEAR
        if currency and kind is NumberKind.COUNT:
            kind = NumberKind.OTHER
        # Money can be hedged ("more than £5m"); a year, a rank, a date or a time cannot.
        money = bool(currency) or (not bare and m.start("money") >= 0)
        hedged = kind in (NumberKind.COUNT, NumberKind.PERCENT, NumberKind.POINTS) or money
        self.add(m, (start, number_start, number_end, end), value, precision, kind, unit=unit,
                 hedged=hedged, written_in_full=full)  # fmt: skip


def _ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Give the first number of a range its partner's unit: "5-10pc", "five to 10 per cent".
    Not a count above 100: "18358 - 45.2%" is a results list's votes, then its share."""
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if (
            first.kind is NumberKind.COUNT
            and not first.unit_text
            and first.value <= 100
            and second.kind in (NumberKind.PERCENT, NumberKind.POINTS)
            and second.hedge == "exact"
            and _RANGE_GAP.fullmatch(text, first.end, second.start)
        ):
            mentions[i] = replace(first, kind=second.kind, exact=False)
    return mentions


def find_numbers(text: str, pack: Pack | None = None) -> list[NumberMention]:
    """Every numeric mention in ``text``, left to right, with exact spans.

    ``pack`` supplies the hedge words (default: the built-in packs). Mentions never overlap.
    Hedges attach to percentages, points, counts, fractions and money; never to years,
    ordinals, dates or times ("over 2015" is a year, not a bound).
    """
    pack = pack or default_pack()
    reader = _Reader(text, pack)
    read = reader.read
    for m in number_pattern(pack).finditer(text):
        read(m)
    return _ranges(text, reader.out)
