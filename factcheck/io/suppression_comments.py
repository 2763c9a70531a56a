"""Suppressions written in an article, read into :class:`~factcheck.models.Suppression` values.

As Vale users know them, in a Markdown or HTML comment::

    <!-- factcheck-ignore WRD102: the agent's own words, quoted -->
    The next paragraph: findings of WRD102 in it are silenced.

    <!-- factcheck off: a table of figures from the 1997 count, checked by hand -->
    Everything here is silenced, until
    <!-- factcheck on -->

``factcheck off`` may name rules too (``<!-- factcheck off NUM101, NUM104: reason -->``);
``factcheck on`` ends every stretch that is off. Plain text has no comments, so front matter
carries one suppression for the whole file: ``factcheck-ignore: "WRD102: reason"``.

Rules are named as ``select`` names them: codes, prefixes or names, separated by commas or
spaces. A reason after a colon is required. A suppression that cannot be used (no reason, no
rule named where one is needed, a rule that does not exist, a comment that starts like a
suppression but is none) is kept with its ``problem``: it silences nothing, and the
``invalid-suppression`` rule reports it at its line and column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import JsonValue

from factcheck import compiled_re as re
from factcheck.io.comments import Comment
from factcheck.models import Span, Suppression

FRONT_MATTER_KEY = "factcheck-ignore"

_DIRECTIVE = re.compile(r"factcheck(?:-ignore\b|[ \t]+(?:off|on)\b)", re.IGNORECASE)
# A comment that starts like a suppression but is none would silently not work: reported.
_NEAR_MISS = re.compile(
    r"factcheck[-_ \t]*(?:ignore|disable|enable|skip|noqa|suppress|off|on)\b", re.IGNORECASE
)
_SEPARATOR = re.compile(r"[\s,]+")
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\r?\n|\r[ \t\f\v]*\r(?!\n)|\r\n[ \t\f\v]*\r\n")
_FORMS = (
    "write <!-- factcheck-ignore RULE: reason -->, <!-- factcheck off: reason --> or "
    "<!-- factcheck on -->"
)


def _selectors(words: str) -> tuple[str, ...]:
    return tuple(w for w in _SEPARATOR.split(words.strip()) if w)


def _unknown(selectors: Iterable[str], what: str) -> str | None:
    from factcheck.registry import is_known, no_such_rule

    for sel in selectors:
        if not is_known(sel):
            return no_such_rule(sel, what)
    return None


def _rules_and_reason(
    rest: str, what: str, *, rules_required: bool
) -> tuple[tuple[str, ...], str | None, str | None]:
    """The rules and reason of ``RULES: reason``, and the problem with them, if any."""
    head, colon, tail = rest.partition(":")
    rules = _selectors(head)
    reason = " ".join(tail.split()) or None
    if rules_required and not rules:
        example = (
            f"{what} WRD102: reason" if what != FRONT_MATTER_KEY else f'{what}: "WRD102: reason"'
        )
        return rules, reason, f"{what} names no rule; name the rules it silences ({example})"
    unknown = _unknown(rules, what)
    if unknown:
        return rules, reason, unknown
    if reason is None:
        how = "after a colon" if not colon else "after the colon"
        return (
            rules,
            None,
            (
                f"{what} gives no reason; say why the finding is wrong to flag here, {how} "
                f"({'WRD102' if not rules else ', '.join(rules)}: the agent's own words, quoted)"
            ),
        )
    return rules, reason, None


def _paragraph_end(text: str, after: int, breaks: Sequence[int]) -> int:
    """The end of the paragraph that holds the first text after ``after``: the next blank
    line (or block boundary, for HTML) after that text begins."""
    n = len(text)
    begin = after
    while begin < n and text[begin].isspace():
        begin += 1
    end = n
    blank = _BLANK_LINE.search(text, begin)
    if blank is not None:
        end = blank.start()
    for b in breaks:
        if b > begin:
            end = min(end, b)
            break
    return end


def from_comments(
    text: str, comments: Sequence[Comment], breaks: Sequence[int] = ()
) -> list[Suppression]:
    """The suppressions among a document's comments, with the stretches they silence.

    ``text`` is the document's text with comments (and markup) blanked; ``breaks`` are the
    offsets where HTML blocks begin or end, which end a paragraph as a blank line does.
    """
    out: list[Suppression] = []
    open_offs: list[int] = []  # indices in out of "off" stretches not yet ended
    for comment in comments:
        body = comment.body.strip()
        m = _DIRECTIVE.match(body)
        span = Span(start=comment.start, end=comment.end)
        if m is None:
            if _NEAR_MISS.match(body):
                out.append(_not_a_suppression(span, f"{_clip(body)!r} is not a suppression"))
            continue
        word = " ".join(m.group().lower().split())
        rest = body[m.end() :]
        if word == "factcheck-ignore":
            rules, reason, problem = _rules_and_reason(rest, word, rules_required=True)
            region = Span(start=comment.end, end=_paragraph_end(text, comment.end, breaks))
            out.append(
                Suppression(
                    kind="ignore",
                    rules=rules,
                    reason=reason,
                    span=span,
                    region=region,
                    problem=problem,
                )
            )
        elif word == "factcheck off":
            rules, reason, problem = _rules_and_reason(rest, word, rules_required=False)
            out.append(
                Suppression(
                    kind="off",
                    rules=rules,
                    reason=reason,
                    span=span,
                    region=Span(start=comment.end, end=len(text)),
                    problem=problem,
                )
            )
            open_offs.append(len(out) - 1)
        elif word == "factcheck on":
            if rest.strip():
                out.append(_not_a_suppression(span, "factcheck on takes nothing after it"))
            for i in open_offs:
                out[i] = out[i].model_copy(
                    update={"region": Span(start=out[i].region.start, end=comment.start)}
                )
            open_offs = []
    return out


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _not_a_suppression(span: Span, what: str) -> Suppression:
    return Suppression(
        kind="ignore",
        span=span,
        region=Span(start=span.end, end=span.end),
        problem=f"{what}; {_FORMS}",
    )


_KEY_LINE = re.compile(rf"^{re.escape(FRONT_MATTER_KEY)}[ \t]*:[^\r\n]*", re.MULTILINE)


def from_front_matter(
    text: str, values: dict[str, JsonValue], body_start: int
) -> list[Suppression]:
    """The ``factcheck-ignore`` suppression in front matter, silencing the whole file."""
    if FRONT_MATTER_KEY not in values:
        return []
    line = _KEY_LINE.search(text, 0, body_start)
    span = Span(start=line.start(), end=line.end()) if line else Span(start=0, end=0)
    value = values[FRONT_MATTER_KEY]
    raw = value if isinstance(value, str) else ""
    rules, reason, problem = _rules_and_reason(raw, FRONT_MATTER_KEY, rules_required=True)
    return [
        Suppression(
            kind="front-matter",
            rules=rules,
            reason=reason,
            span=span,
            region=Span(start=0, end=len(text)),
            problem=problem,
        )
    ]
