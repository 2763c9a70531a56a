"""Violation.at_most_warning: a finding resting on a reading that may be wrong is at most a
warning with no fix, and says why. One helper serves share-votes-mismatch when the reader
paired votes and shares by a guess, the engine's rule for candidates set against each other
in a story of several seats, and a reference finding nothing else in the story bears out.

Its severity is lowered, never raised; high confidence becomes medium; a finding already at
most a warning with no fix is left as it was but for the evidence.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st
from story_files import findings_of

from factcheck.models import Confidence, Figure, Severity
from factcheck.rule import Violation

WHY = "the seat was read from a surname"
NOTE = f" ({WHY}, so no fix is offered)"
WRONG = Violation(
    message="2 votes cannot be 40%",
    figure=Figure.count(2),
    evidence={"votes": 2},
    fix="3 fits 40%",
    corrected="3",
)


def test_an_error_with_a_fix_becomes_a_warning_without_one_that_says_why() -> None:
    v = WRONG.at_most_warning(WHY, {"seat": "Anytown"})
    assert v.message == "2 votes cannot be 40%" + NOTE
    assert (v.severity, v.confidence) == (Severity.WARNING, Confidence.MEDIUM)
    assert (v.fix, v.corrected, v.replacement) == (None, None, None)
    assert v.evidence == {"votes": 2, "seat": "Anytown"}
    assert v.figure is WRONG.figure


def test_a_note_stays_a_note_and_loses_its_fix() -> None:
    note = replace(WRONG, severity=Severity.INFO, confidence=Confidence.LOW)
    v = note.at_most_warning(WHY)
    assert (v.severity, v.confidence, v.fix) == (Severity.INFO, Confidence.LOW, None)
    assert v.message.endswith(NOTE)


def test_a_rewording_alone_is_a_fix_too() -> None:
    reworded = replace(WRONG, severity=Severity.WARNING, fix=None, corrected=None, replacement="x")
    v = reworded.at_most_warning(WHY)
    assert (v.replacement, v.message) == (None, WRONG.message + NOTE)


def test_a_warning_without_a_fix_is_left_as_it_was_but_for_the_evidence() -> None:
    warning = replace(WRONG, severity=Severity.WARNING, fix=None, corrected=None)
    v = warning.at_most_warning(WHY, {"seat": "Anytown"})
    assert v == replace(warning, evidence={"votes": 2, "seat": "Anytown"})
    assert warning.evidence == {"votes": 2}  # the finding it came from is not changed


_LEVEL = {Confidence.LOW: 0, Confidence.MEDIUM: 1, Confidence.HIGH: 2}


@given(
    severity=st.sampled_from([None, *Severity]),
    confidence=st.sampled_from(Confidence),
    fix=st.sampled_from([None, "3 fits 40%"]),
    corrected=st.sampled_from([None, "3"]),
)
def test_never_above_a_warning_never_raised_never_a_fix(
    severity: Severity | None, confidence: Confidence, fix: str | None, corrected: str | None
) -> None:
    before = replace(WRONG, severity=severity, confidence=confidence, fix=fix, corrected=corrected)
    v = before.at_most_warning(WHY)
    assert v.severity is not None
    assert v.severity.level <= Severity.WARNING.level
    if severity is not None:
        assert v.severity.level <= severity.level
    assert (v.fix, v.corrected, v.replacement) == (None, None, None)
    assert _LEVEL[v.confidence] <= _LEVEL[confidence]
    unchanged = severity in (Severity.INFO, Severity.WARNING) and fix is None and corrected is None
    assert (v == before) is unchanged
    assert v.message.endswith(NOTE) is not unchanged
    if not unchanged:
        assert v.confidence is not Confidence.HIGH


# -- the engine: candidates set against each other in a story of two seats ----------------------
# The bundled record: Cambridge 2017, Julian Huppert (Liberal Democrat) second with 16,371,
# John Hayward (Conservative) third with 9,133; South Cambridgeshire, Heidi Allen.

WON = "Labour's Daniel Zeichner held Cambridge with 29,032 votes."
RIVALS = (
    "In Cambridge, the Liberal Democrat Julian Huppert came third with 16,371 votes, and the "
    "Conservative John Hayward was second with 9,133 votes."
)
OTHER_SEAT = (
    "In South Cambridgeshire, the Conservative Heidi Allen held the seat with 33,631 votes."
)


def test_a_place_set_against_rivals_in_a_story_of_two_seats_is_no_longer_sure() -> None:
    # (twenty-second session) A place read from prose is a warning with no fix in a story
    # of one seat too; a second seat then changes nothing more.
    (one,) = findings_of(f"{WON}\n\n{RIVALS}", "uk-ge-2017", rule="rank-order-mismatch")
    assert (one.severity, one.confidence, one.fix) == (Severity.WARNING, Confidence.MEDIUM, None)
    (two,) = findings_of(
        f"{WON}\n\n{RIVALS}\n\n{OTHER_SEAT}", "uk-ge-2017", rule="rank-order-mismatch"
    )
    assert (two.severity, two.confidence, two.fix) == (Severity.WARNING, Confidence.MEDIUM, None)
    assert two.message == one.message
