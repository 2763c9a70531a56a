"""The runner-up named as the challenge a winner saw off (issue 8, eleventh session): "Jane
Smith saw off the challenge of Labour's John Brown", "held off an Alliance Party challenge",
"staved off the SNP challenge from John Brown", "Jane Smith managed to fight off Plaid",
"held Gordon over the challenge from John Brown", "her closest challenge coming from John
Brown".

The challenger is read as second, loosely: copy names the main challenger, but the words say
only that they were beaten (a finding on the placing is at most a warning). The one who saw
them off, named right before the words, is read as the winner, loosely too
(:func:`~factcheck.extract.claims.beat_winners.set_winner`).
"""

from __future__ import annotations

from factcheck import compiled_re as re
from factcheck.extract.claims.beat_winners import set_winner
from factcheck.extract.claims.mentions_at import rival_after
from factcheck.extract.claims.party_subjects import party_candidate
from factcheck.extract.claims.ranks import place_in_words
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.claims.winner_subjects import winner_subject
from factcheck.extract.entities import PartyMention
from factcheck.extract.frame import Frame
from factcheck.models import Span, Unit

_OFF = (
    r"(?:saw|sees|seeing|seen|see|held|holds|holding|hold|staved|staves|staving|stave|fought"
    r"|fights|fighting|fight|fended|fends|fending|fend|warded|wards|warding|ward)\s+off"
)
# "beat off" only before "the challenge of": "beats off X" is a win over X, read in
# claims/beat_winners.py.
_BEAT_OFF = r"(?:beat|beats|beating)\s+off"
# The words before the challenger: "saw off the challenge of", "held off a strong Labour
# challenge from", "held off an Alliance Party challenge" (the party itself, when no one
# follows), "saw off" right before them, "over the challenge from", "her closest challenge
# coming from".
_CHALLENGE = re.compile(
    rf"\b(?:(?:{_OFF}|{_BEAT_OFF})\s+(?:(?:a|an|the)\s+)?(?:(?:strong|stiff|fierce|spirited|determined"
    r"|late|close|serious|concerted|real)\s+)?(?P<lead>(?:[A-Z][\w'’&-]*\s+){0,3})"
    r"(?P<noun>challenges?|competition|threat)(?:\s+(?:of|from)\s+|(?=[\s,.;:]|$))"
    rf"|{_OFF}\s+"
    r"|over\s+the\s+challenge\s+(?:of|from)\s+"
    r"|(?:his|her|their|its)\s+(?:closest|nearest|main|strongest)\s+challenge\s+"
    r"(?:coming\s+|came\s+)?from\s+)"
)
CHALLENGE_CUES = (" off ", "challenge")
_IN_PLACE = re.compile(r"\s+(?:in|across|around)\s+(?:the\s+)?(?=[A-Z])")
_GENERALLY = re.compile(r"\b(?:mostly|largely|generally|mainly|broadly)\s+$")
"""Substrings one of which a sentence needs for :func:`read_challengers` to read it."""


def read_challengers(f: Frame) -> None:
    """Second places said as the challenge a winner saw off, and that winner first."""
    text, sent = f.state.text, f.sent
    end = sent.span.end
    for m in _CHALLENGE.finditer(text, sent.span.start, end):
        cue = Span(start=m.start(), end=m.end())
        if not states_a_result(f, cue):
            continue
        named_party: PartyMention | None = None
        rival = None
        stop = m.end()
        if m.group("noun") is None or m.end() > m.end("noun"):
            # The challenger named after the words: a person (their party's words or title
            # before them allowed), or a party alone ("fight off Plaid").
            rival, party_name, stop = rival_after(f, m.end())
            if rival is None and party_name is not None:
                named_party = next(
                    (p for p in f.parties if p.span.start >= m.end() and p.span.end <= stop), None
                )
        if rival is None and named_party is None and m.group("lead"):
            # "held off an Alliance Party challenge": the party named before the noun
            lead = Span(start=m.start("lead"), end=m.end("lead"))
            inside = [p for p in f.parties if lead.start <= p.span.start < lead.end]
            named_party = inside[0] if len(inside) == 1 else None
        if rival is None and named_party is None:
            continue
        region = _IN_PLACE.match(text, stop, end)
        if region is not None and f.contest_at(region.end()) is None:
            continue  # "held off the challenge of UKIP in Essex": a region's, not a seat's
        if _GENERALLY.search(text, max(sent.span.start, m.start() - 20), m.start()):
            continue  # "have mostly held off": a round-up's general view
        winner = winner_subject(f, m.start())
        if rival is not None and winner is not None and winner.name == rival.name:
            continue
        # The placing's words run from the cue to the challenger's name ("saw off the
        # challenge of Calum Kerr"); the winner's are the cue's, which say the win.
        if rival is not None:
            words = Span(start=m.start(), end=rival.span.end)
            cand = f.register(rival)
            tie = (f"{rival.name}, named as the challenge seen off", True)
        else:
            assert named_party is not None
            words = Span(start=m.start(), end=max(m.end(), named_party.span.end))
            party_cand = party_candidate(f, named_party)
            if party_cand is None:
                continue
            cand = party_cand
            tie = (f"{named_party.party.name}, named as the challenge seen off", True)
        if cand.rank is not None:
            continue
        second = place_in_words(text, words.start, words.end, 2)
        fig = f.figure(
            second,
            Unit.RANK,
            f"“{m.group(0).strip()}”: the main challenger beaten, so second by implication",
            who=rival,
            what_loose=True,
            subject_tie=tie,
        )
        cand.rank = fig.model_copy(update={"text": "second"})
        if winner is not None:
            set_winner(
                f,
                winner,
                Span(start=m.start(), end=m.end()),
                what=f"“{m.group(0).strip()}”: the challenge seen off, so the winner by "
                "implication",
                subject=f"{winner.name}, named before “{m.group(0).strip()}”",
                after=stop,
            )
