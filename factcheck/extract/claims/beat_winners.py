"""The winner of a race said by whom they beat (issue 8, eleventh session): "Jane Smith beat
Labour's John Brown by 1,020 votes", "Jane Smith has beaten the UUP's John Brown", "Jane
Smith defeated SNP MP John Brown", "John Brown was beaten by Labour's Jane Smith".

(Fifteenth session) The one someone lost to: "Jane Smith lost to Labour's John Brown", "lost
out to", "lost her seat to", "conceded defeat to": the one named after "to" won, read the same
way (loosely, in the seat the sentence names or carries; a winner of no seat is left for a
later line to place).

The one who beat a named rival is read as the winner (rank 1), loosely: the words say only
that they finished ahead of that rival, and copy names the main one, so the win is implied.
Whether the seat changed hands is :func:`~factcheck.extract.claims.outcomes.read_outcomes`'
(a gain if the one beaten held it); this module reads only who won.
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.known_winners import has_other_winner
from factcheck.extract.claims.mentions_at import rival_after
from factcheck.extract.claims.outcomes import said_again
from factcheck.extract.claims.ranks import place_in_words
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.claims.winner_subjects import BEATEN_BEFORE, winner_subject
from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import Frame
from factcheck.extract.vocabulary import PRONOUN_START
from factcheck.models import Span, Unit

# "beat", "has beaten", "defeated", "beats off": the active verb, never the passive ("was
# defeated by", read below) nor an adjective ("the defeated Conservative candidate", which
# has no person before it).
_BEAT = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bbe\s)"
    r"\b(?P<verb>beat|beats|beaten|defeated|defeats)(?:\s+off)?\s+(?:the\s+)?"
)
# "John Brown was beaten by Labour's Jane Smith": the one after "by" won.
_BEATEN_BY = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>beaten|defeated)\s+by\s+"
    r"(?:the\s+)?"
)
# (fifteenth session) "Jane Smith lost to Labour's John Brown", "lost out to", "lost her seat
# to", "conceded defeat to": the one named after "to" won. Not the bare infinitive ("only to
# lose to …", "hoping not to lose to …"), nor "lost to" said of a seat or a party with no one
# named after "to" (a gain, read by read_outcomes).
_LOST_TO = re.compile(
    r"\b(?P<verb>lost|loses|losing|conceded\s+defeat|concedes\s+defeat)(?:\s+out)?"
    r"(?:\s+(?:his|her|their)\s+(?:[A-Z][\w'’-]*\s+){0,4}seat)?\s+to\s+(?:the\s+)?"
)
# After the one beaten: a place that is not first ("beat the Tories into third place",
# "beaten to second place by"), a race for a lower place ("beat Labour for second"), or
# another time ("beat him again"): no win of this race is said.
_NOT_FIRST = re.compile(
    r"[^.;:]{0,40}?\b(?:into|to|for)\s+(?:a\s+)?(?:(?:distant|close|narrow)\s+)?"
    r"(?:second|third|fourth|fifth|sixth|2nd|3rd|[4-6]th)\b"
)


# After the one beaten, the seat: "beat Labour's John Brown by 1,020 votes in Gordon".
_IN_SEAT_AFTER = re.compile(r"(?:\s+by\s+[^,;.]{1,30}?\s+votes?)?\s+in\s+(?:the\s+)?")


def set_winner(
    f: Frame, who: PersonMention, words: Span, *, what: str, subject: str, after: int
) -> None:
    """Rank ``who`` first at ``words`` (loosely: a win implied, with ``what`` the words that
    imply it and ``subject`` how ``who`` was tied to them), unless they are placed already,
    were named with another seat, or the seat's winner is someone else. ``after`` is where
    the one beaten was named: in a sentence naming several seats, only one named right after
    it ("in Gordon") is this race's (the next one named may be another clause's)."""
    state = f.state
    where = f.contest_for(who)
    if len(f.contests) > 1:
        inside = _IN_SEAT_AFTER.match(state.text, after, f.sent.span.end)
        named = f.contest_at(inside.end()) if inside else None
        if named is None or named.name != where:
            return
    known = state.candidates.get(who.name) or state.same_person(who.name)
    if known is not None and known.contest is not None and where not in (None, known.contest):
        return  # named with another seat earlier: this may be a different race
    if not f.contests and has_other_winner(f, where, who):
        return  # a seat carried from before already has its winner: another race's
    if not f.contests and state.seats_named > 1 and (known is None or known.contest is None):
        # "Kirsteen Sullivan defeated SNP MP Martyn Day" in a round-up of several seats: the
        # seat carried from the sentence before may be another race's.
        return
    cand = f.register(who)
    m = place_in_words(state.text, words.start, words.end, 1)
    fig = f.figure(m, Unit.RANK, what, who=who, what_loose=True, subject_tie=(subject, True))
    # The place the words imply, as a rule names it ("not first"): the words themselves
    # are the winner's name.
    won = fig.model_copy(update={"text": "first"})
    if cand.rank is None:
        cand.rank = won
    else:
        said_again(cand, won)


def read_beat_winners(f: Frame) -> None:
    """Winners said by whom they beat: "X beat Labour's Y", "Y was beaten by Labour's X"."""
    text, sent = f.state.text, f.sent
    end = sent.span.end
    low = f.lower
    if "los" in low or "conceded defeat" in low or "concedes defeat" in low:
        _read_lost_to(f)
    if "beat" not in low and "defeat" not in low:
        return
    for m in _BEAT.finditer(text, sent.span.start, end):
        rival, _, stop = rival_after(f, m.end())
        if rival is None or _NOT_FIRST.match(text, stop, end):
            continue
        key = Span(start=m.start("verb"), end=m.end("verb"))
        if not states_a_result(f, key):
            continue
        who = winner_subject(f, m.start())
        if who is None or who.name == rival.name:
            continue
        if BEATEN_BEFORE.search(text, max(sent.span.start, who.span.start - 60), who.span.start):
            continue  # "X defeated Y, who had beaten Z": Y is the one beaten
        # The figure is the winner's name as written ("Simon Clarke beat …"), or the pronoun
        # standing for it ("He defeated …"): the words after the verb are the one beaten's.
        words = who.span
        if not sent.span.start <= who.span.start < m.start():
            pronoun = PRONOUN_START.match(sent.text)
            if pronoun is None:
                continue
            words = Span(start=sent.span.start, end=sent.span.start + pronoun.end())
        verb = m.group("verb")
        set_winner(
            f,
            who,
            words,
            what=f"“{verb}” {rival.name}: ahead of the rival named, so the winner by implication",
            subject=f"{who.name}, named before “{verb}”",
            after=stop,
        )
    for m in _BEATEN_BY.finditer(text, sent.span.start, end):
        winner, _, stop = rival_after(f, m.end())
        if winner is None or _NOT_FIRST.match(text, stop, end):
            continue
        key = Span(start=m.start("verb"), end=m.end())
        if not states_a_result(f, key):
            continue
        beaten = f.subject(m.start())
        if beaten is not None and beaten.name == winner.name:
            continue
        verb = m.group("verb")
        set_winner(
            f,
            winner,
            winner.span,
            what=f"“{verb} by” {winner.name}: ahead of the one beaten, so the winner by "
            "implication",
            subject=f"{winner.name}, named after “{verb} by”",
            after=stop,
        )


def _read_lost_to(f: Frame) -> None:
    """ "Jane Smith lost to Labour's John Brown": John Brown won (loosely: the words say only
    that he finished ahead of her, and copy names the one who took the seat)."""
    text, sent = f.state.text, f.sent
    end = sent.span.end
    for m in _LOST_TO.finditer(text, sent.span.start, end):
        winner, _, stop = rival_after(f, m.end())
        if winner is None or _NOT_FIRST.match(text, stop, end):
            continue
        key = Span(start=m.start("verb"), end=stop)
        if not states_a_result(f, key):
            continue
        loser = f.subject(m.start())
        if (loser is not None and loser.name == winner.name) or f.contest_for(winner) is None:
            # (No seat at all: the person is left for a later sentence to place, a results
            # list's line, as a candidate of no seat could not be.)
            continue
        verb = " ".join(text[m.start("verb") : m.end()].split())
        set_winner(
            f,
            winner,
            winner.span,
            what=f"“{verb}” {winner.name}: ahead of the one who lost, so the winner by implication",
            subject=f"{winner.name}, named after “{verb}”",
            after=stop,
        )
