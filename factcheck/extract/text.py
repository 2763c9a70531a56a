"""Sentences and quotations, with spans: the frame the claims layer reads within."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck import compiled_re as re
from factcheck.models import Span, span_of

# A sentence ends at . ! ? or … (optionally followed by closing quotes or brackets) before
# whitespace or an em dash (an embedded post's byline: "Labour HOLD.— Election Maps UK
# (@ElectionMapsUK) July 4, 2024"), at a blank line, or at a line break before a Markdown
# block (a heading, list item, quotation or table row), or before a bullet ("•", "▪") as
# copy pasted from a web page lists its items, each a sentence of its own. A single line
# break inside a paragraph is only wrapping: Markdown copy is often hard-wrapped. "67.3"
# never ends a sentence, since a boundary needs whitespace (or the dash) after the mark.
# Quantifiers are bounded or over disjoint classes: linear.
# The mark or line break comes first, as a character class, and the branches tell them apart
# by looking behind: the engine then skips in C to the next such character, where a pattern
# opening with alternatives is tried at every position (twice as slow on a story).
_BOUNDARY = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’)\]]*(?=\s|—)"
    r"|(?<=\n)[ \t]*(?=\n|[#>|*+•·▪◦‣⁃-]|\d{1,3}[.)]\s)|(?<=\n)(?=[ \t]*$))"
)
_ABBREVIATIONS = frozenset({"Mr", "Mrs", "Ms", "Dr", "St", "No", "Sir", "Prof", "Gen", "Lt", "Col"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the document."""

    span: Span
    text: str


_HEADING_END = re.compile(r"^#{1,6}[ \t][^\n]*(?=\n)", re.MULTILINE)
_LAST_WORD = re.compile(r"(\w+)$")
_LIST_MARKER = re.compile(r"(?:^|\n)[ \t]*\d{1,3}$")
# A list line opening on a candidate's initials: "H. Benn (Labour) 33,453", "G. T. Mulholland".
# Only at a line's start: in prose "Plan B. Then" ends a sentence.
_LINE_INITIALS = re.compile(r"(?:^|\n)[ \t•*\-–]*(?:[A-Z]\.[ \t]?)*[A-Z]$")
_NAME_NEXT = re.compile(r"[.][ \t]+[A-Z]")


_ABBREVIATION_ENDS = tuple(sorted(_ABBREVIATIONS))


# Each sentence's end is tested for both, and a pattern's call costs more than the short text
# it searches: ``str`` methods first rule out what cannot match. ``$`` matches at the end or
# before a line break ending the text, so the tests look there too.
def _ends_on_abbreviation(before: str) -> bool:
    """Is the last word of ``before`` (``_LAST_WORD``'s) an abbreviation ("Mr", "Dr")?"""
    end = before[:-1] if before.endswith("\n") else before
    if not end.endswith(_ABBREVIATION_ENDS):
        return False
    word = _LAST_WORD.search(before)
    return word is not None and word.group(1) in _ABBREVIATIONS


def _ends_on_list_number(before: str) -> bool:
    """Does ``before`` end on a line holding only a number of one to three digits?"""
    end = before[:-1] if before.endswith("\n") else before
    return end[-1:].isdecimal() and _LIST_MARKER.search(before) is not None


def sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split ``text[start:]`` into sentences, keeping offsets into ``text``."""
    out: list[Sentence] = []
    begin = start
    ends = [(m.start(), m.end(), m.group(0)) for m in _BOUNDARY.finditer(text, start)]
    if "#" in text:  # a heading needs one; most copy has none, and scanning for it costs
        ends += [(m.end(), m.end(), "") for m in _HEADING_END.finditer(text, start)]
        ends.sort()
    for at, end, mark in ends:
        if end <= begin:
            continue
        if mark and not mark.startswith("\n"):
            if _ends_on_abbreviation(text[max(begin, at - 12) : at]):
                continue
            if _ends_on_list_number(text[max(begin - 1, at - 6, 0) : at]):
                continue  # "1. " opening a numbered list item
            # From the line's break, not the sentence's start: an indented bullet's sentence
            # opens after its indentation, and the pattern needs the line break before it.
            if (
                mark == "."
                and _NAME_NEXT.match(text, at)
                and _LINE_INITIALS.search(text, max(at - 12, 0), at)
            ):
                continue  # "H. Benn (Labour) 33,453": an initial, not a full stop
        _add(out, text, begin, end)
        begin = end
    _add(out, text, begin, len(text))
    return out


def _add(out: list[Sentence], text: str, begin: int, end: int) -> None:
    chunk = text[begin:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = begin + lead
    e = s + len(stripped)
    out.append(Sentence(span_of(s, e), text[s:e]))


WORD_RUN = re.compile(r"\w+")
"""A word, as the cue tests count words: a run of ``\\w``."""


def fold_case(text: str) -> str:
    """``text`` in lower case as ``re.IGNORECASE`` compares it with ASCII letters, offset for
    offset: besides the ASCII capitals, "İ" and "ı" match "i", "ſ" matches "s" and the Kelvin
    sign "K" matches "k" (which ``str.lower`` gives already).

    A cue test on the folded text ("is any of these words in the sentence?") is then a sound
    prefilter for a pattern that ignores case: it may let through a sentence the pattern
    rejects, never the reverse.
    """
    if text.isascii():
        return text.lower()
    return text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower()


def cue_words(words: str) -> frozenset[str]:
    """The set of the space-separated lower-case ``words``, for a cue test."""
    return frozenset(words.split())


def substrings(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching wherever any of ``words`` (literal, case-sensitive) occurs, the
    longest of the words starting at a place.

    The alternation is a trie of the words: every branch opens with a literal, so that the
    regex engine skips in C to the next character that can begin one of them (a flat
    alternation is tried at every position, twice as slow on a sentence), and words sharing
    an opening are tried once for it ("new labour mp", "new green mp": "new " once at each
    "n", not once a word). Where a word ends and others run on, the others are tried first.
    """
    trie: dict[str, dict[str, object]] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}  # a word ends here
    return re.compile("|".join(_branches(trie)))


def _branches(node: dict[str, dict[str, object]]) -> list[str]:
    """Each branch of a trie node as a pattern, a word's end (``""``) last so that the words
    running on past it are tried first."""
    out = []
    for ch in sorted(node, key=lambda c: (c == "", c)):
        if ch == "":
            out.append("")
            continue
        rest = _branches(node[ch])  # type: ignore[arg-type]
        tail = rest[0] if len(rest) == 1 else f"(?:{'|'.join(rest)})"
        out.append(re.escape(ch) + tail)
    return out


def words_of(text: str) -> frozenset[str]:
    r"""The words (runs of ``\w``) of ``text``, case-folded by :func:`fold_case`."""
    return frozenset(WORD_RUN.findall(fold_case(text)))


_OPENERS = {"“": "”", '"': '"', "‘": "’"}
_DOUBLE = {"”": '"', '"': "”"}
"""Each double closing mark, and the other one that may close its quotation instead."""


def quotations(text: str) -> list[Span]:
    """Spans of direct quotations: “curly” or "straight" double quotes, within a paragraph.

    An opening quote with no closing one before the paragraph ends runs to the paragraph's
    end, as a quotation continued into the next paragraph does in news copy. A paragraph
    ends at a blank line, or at a line break before a line opening with a quotation mark
    (copy whose paragraphs are single lines: "\"I am pledged … work ethic.\n\"Having …"),
    whose mark opens the next quotation rather than closing this one. Single curly quotes
    are not used: ’ is also the apostrophe.
    """
    out: list[Span] = []
    n = len(text)
    end = 0
    # Where lines open with a quotation mark, found once: searched for from every quote,
    # a story with none would be scanned to its end each time.
    line_quotes = [m.start() for m in _LINE_QUOTE.finditer(text)] if "\n" in text else []
    for m in _QUOTE_OPEN.finditer(text):
        i = m.start()
        if i < end:
            continue
        closer = _OPENERS[m.group(0)]
        para_end = text.find("\n\n", i)
        para_end = n if para_end < 0 else para_end
        k = bisect.bisect_right(line_quotes, i)
        if k < len(line_quotes) and line_quotes[k] < para_end:
            para_end = line_quotes[k]
        j = text.find(closer, i + 1, para_end)
        if closer in _DOUBLE:
            line_end = text.find("\n", i, para_end)
            line_end = para_end if line_end < 0 else line_end
            if not i < j < line_end:
                # “Change is massive," and "… for our area.”: copy whose marks were half
                # straightened. With no mark of its own on its line, the other double mark
                # there closes the quotation ("He said "no" to me,” keeps its own).
                k = text.find(_DOUBLE[closer], i + 1, line_end)
                j = k if k >= 0 else j
        end = para_end if j < 0 else j + 1
        out.append(span_of(i, end))
    return out


# A line break before a line opening with a quotation mark.
_LINE_QUOTE = re.compile('\n[ \t]*[“"]')


_QUOTE_OPEN = re.compile('[“"]')


_VISIBLE = re.compile(r"\S")


def visible_from(text: str, pos: int) -> int:
    """Where the first character at or after ``pos`` that is not white space is, or
    ``len(text)`` when there is none. Searched, never sliced: stripping ``text[pos:]`` copies
    the rest of the text, which, once per figure or person, is quadratic in a long one."""
    m = _VISIBLE.search(text, pos)
    return m.start() if m is not None else len(text)


def enclosing(span: Span, regions: list[Span]) -> Span | None:
    """The one region of ``regions`` (sorted, not overlapping, as quotations are) that holds
    ``span``, found by bisection, or None."""
    return enclosing_at(span.start, span.end, regions)


def enclosing_at(start: int, end: int, regions: list[Span]) -> Span | None:
    """The one region of ``regions`` (sorted, not overlapping) that holds ``start``-``end``:
    the last one opening at or before ``start``, if it closes at or after ``end``."""
    lo, hi = 0, len(regions)
    while lo < hi:
        mid = (lo + hi) // 2
        if regions[mid].start <= start:
            lo = mid + 1
        else:
            hi = mid
    return regions[lo - 1] if lo > 0 and end <= regions[lo - 1].end else None


def inside(span: Span, regions: list[Span]) -> bool:
    """Is ``span`` within one of ``regions`` (sorted, not overlapping, as quotations are)?"""
    return enclosing_at(span.start, span.end, regions) is not None


def inside_at(start: int, end: int, regions: list[Span]) -> bool:
    """Is ``start``-``end`` within one of ``regions`` (sorted, not overlapping)?"""
    return enclosing_at(start, end, regions) is not None


# A news page's ranked list of its other stories' headlines, pasted with the story: "Most
# Read" on a line of its own, then numbered lines ("- 1 Speeding driver facing jail", "2.
# Pictures: North Devon's winter wonderland").
_FURNITURE = re.compile(
    r"^[ \t]*(?:Most[ \t]+(?:[Rr]ead|[Pp]opular|[Vv]iewed|[Ss]hared)(?:[ \t]+[\w ]{1,20}?)?"
    r"|Trending|Read[ \t]+[Mm]ore|Related[ \t]+(?:[Aa]rticles|[Ss]tories))[ \t]*:?[ \t]*\n"
    r"(?:[ \t]*\n)*"
    r"(?:[ \t]*[-•*]?[ \t]*\d{1,2}[.)]?[ \t]+[^\n]*(?:\n[ \t]*)*){2,}",
    re.MULTILINE,
)


# A link to another of the page's stories, on a line of its own: "Read more: Ukip has just
# lost Clacton to the Conservatives", "READ MORE: …", "Related: …".
_LINK_LINE = re.compile(
    r"^[ \t]*(?:Read[ \t]+[Mm]ore|READ[ \t]+MORE|Related|RELATED|See[ \t]+also|SEE[ \t]+ALSO"
    r"|Also[ \t]+read|ALSO[ \t]+READ)[ \t]*[:|][^\n]*",
    re.MULTILINE,
)
# The shortest photo caption pasted twice on one line that is taken for one ("Hull North MP
# Diana JohnsonHull North MP Diana Johnson").
_CAPTION_MIN = 8


def page_furniture(text: str) -> list[Span]:
    """Where a page's furniture stands, in text order: its lists of other stories ("Most
    Read", then "- 1 …", "- 2 …") and links to one ("Read more: Ukip has just lost Clacton
    …"). Their headlines are no part of the story: a seat one names in passing ("North
    Devon's winter wonderland") is not one the story turns to."""
    found: list[Span] = []
    if "Most" in text or "Read" in text or "Related" in text or "Trending" in text:
        found += [span_of(m.start(), m.end()) for m in _FURNITURE.finditer(text)]
    if ":" in text or "|" in text:
        found += [span_of(m.start(), m.end()) for m in _LINK_LINE.finditer(text)]
    if len(found) < 2:
        return found
    found.sort(key=lambda s: s.start)
    merged = [found[0]]
    for span in found[1:]:
        last = merged[-1]
        if span.start <= last.end:
            merged[-1] = span_of(last.start, max(last.end, span.end))
        else:
            merged.append(span)
    return merged


def photo_captions(text: str) -> list[Span]:
    """Where a photo's caption stands as pages paste it, in text order: written twice on one
    line, and often once more on the next ("Karl Turner, Hull East MPKarl Turner, Hull East
    MP"). A caption says what it says (the reader reads it), but the story does not turn to
    the seat it names: a caption between a list's rows naming another seat's MP leaves the
    rows in their own seat."""
    out: list[Span] = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        half, odd = divmod(len(line.rstrip()), 2)
        if not odd and half >= _CAPTION_MIN and line[:half] == line[half : 2 * half]:
            stop = end
            if text.startswith(line[:half], end + 1):
                after = end + 1 + half
                if after == len(text) or text[after] in "\r\n \t":
                    stop = after
            out.append(span_of(at, stop))
        at = end + 1
    return out
