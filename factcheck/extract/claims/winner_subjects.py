"""Who a winner's words are about: the person named right before them ("Jane Smith, 42, was
re-elected"), the person a sentence opening "She" goes on with, or the one "he"/"she" right
before the words stands for. The readings of winners in words ask it of the place their
words start."""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import Frame
from factcheck.extract.vocabulary import PRONOUN_START

# Between the winner's name and the verb only an aside may stand: "Ali, 42, was re-elected".
WINNER_GAP = re.compile(
    # "Jane Smith of the Alliance Party", "Rachel Hopkins from the Labour Party", "Damian
    # Green MP"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|\s+MP\b)?"
    # An aside, or a relative clause however long: "X, who resigned from the cabinet …, held"
    # ("Neale Hanvey, an SNP candidate who was suspended over …, also defeated")
    r"(?:\s*,(?:[^,;:.()]{1,80}|(?:[^,;:.()]{1,60}?\s)?\s*who\s[^,;:.()]{1,240}),)?"
    r"\s*(?:\([^)]{0,60}\))?\s*,?\s*"
    # An adverb or "managed to": "Jane Smith narrowly held", "Jane Smith managed to hold on",
    # "Tim Farron has narrowly kept his seat", "Drew Hendry later conceded defeat" (not
    # "had": "She had won the seat … two years ago" is an earlier result).
    r"(?:(?:[a-z]+ly|managed\s+to|also|later|eventually|finally|has|have)\s+)*"
)

_WHO_RELATIVE = re.compile(
    r"\s*,\s*(?:[^,;:.()]{1,60}?\s+)?who\s+(?:(?:[a-z]+ly|also|later|then)\s+)*"
)

# Before a winner named far from the verb: at most a party's or a title's words.
_SUBJECT_LEAD = re.compile(r"\s*(?:[\w-]+(?:['’]s)?\s+){0,2}")

_OTHER_CLAUSE = re.compile(
    r"[;:]|\b(?:who|whom|whose|which|while|but|whereas|although|though|and|beat|beating"
    r"|defeated|defeating|ousted|unseated|against|over|than)\b",
    re.IGNORECASE,
)

# Right before a person: words making them the one a win was over ("won by 10,000 votes
# from", "beating", "ahead of the SNP's").
_RIVAL_BEFORE = re.compile(
    r"\b(?:from|over|against|ahead\s+of|beating|defeating|ousting|unseating|than)\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\s+$")


def winner_subject(f: Frame, at: int) -> PersonMention | None:
    """The person a winner phrase starting at ``at`` is about: the name right before it (an
    aside between them allowed), or the person last named for a sentence opening "She"; else,
    for "he"/"she" right before the phrase, the one it stands for (see below)."""
    who = _named_winner(f, at)
    if who is not None:
        return who
    state, sent = f.state, f.sent
    if _PRONOUN_BEFORE.search(state.text, max(sent.span.start, at - 6), at):
        # "Speaking where he was re-elected …, Jeremy Corbyn said", "He gained it in 2017 by
        # 2,861 votes and he has been re-elected": the sentence's one person when named
        # after it (a person before may be another, "Jane Smith was glad he was re-elected"),
        # else, in a sentence naming nobody and opening "He"/"She", the person last named.
        named = {p.name for p in f.people}
        if len(named) == 1:
            one = f.people[0]
            if one.span.start <= at or _RIVAL_BEFORE.search(
                state.text, max(at, one.span.start - 50), one.span.start
            ):
                # "as he won by over 10,000 votes from Jane Smith": the one named is the
                # rival he won from, not him.
                return None
            return one
        if not named and PRONOUN_START.match(sent.text):
            return state.last_person
    return None


def _named_winner(f: Frame, at: int) -> PersonMention | None:
    """The person a winner phrase starting at ``at`` is about: the name right before it (an
    aside between them allowed), or the person last named for a sentence opening "She"."""
    state, sent = f.state, f.sent
    who = f.subject(at)
    if who is None:
        return None
    if sent.span.start <= who.span.start < sent.span.end:
        gap_start = who.span.end
    else:
        opening = PRONOUN_START.match(sent.text)
        if opening is None:
            return None
        gap_start = sent.span.start + opening.end()
    if WINNER_GAP.fullmatch(state.text, gap_start, at) or (
        # "Mr Hughes, who lost to Labour's Neil Coyle", "Callum McCaig, former SNP energy
        # spokesman who lost to": the relative clause's own verb is said of the one before
        _WHO_RELATIVE.fullmatch(state.text, gap_start, at) and who.span.start >= sent.span.start
    ):
        return who
    # A longer gap ("Labour's Rushanara Ali gave a speech … after scooping 42,969 votes … to
    # remain in the seat") only when the person opens the sentence, is its first person, and
    # nothing in between starts another clause or names a rival ("X defeated Y to …").
    first = next((p for p in f.people if p.span.start >= sent.span.start), None)
    if (
        first is who
        and _SUBJECT_LEAD.fullmatch(state.text, sent.span.start, who.span.start)
        and not _OTHER_CLAUSE.search(state.text, gap_start, at)
    ):
        return who
    return None


# Right before a person: a verb that makes them the one beaten, not the winner.
BEATEN_BEFORE = re.compile(
    r"\b(?:defeated|defeating|defeats|beat|beats|beaten|beating|ousted|ousting|unseated"
    r"|unseating)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
)
