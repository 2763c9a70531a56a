"""A hedged turnout a little above the valid-vote one, where the record counts no rejected
ballots (twenty-second session, docs/accuracy.md).

"Turnout was just over 57 per cent" of a seat whose 2015 valid-vote turnout is 56.76% was an
error, though a council's declared turnout (ballot papers over the electorate) may be above
57%: a turnout stated exactly there was already not checked (the 2015 record gives no
rejected ballots), and a hedged one is now judged the same way.

Every sentence is ours; the figures are the bundled record's: Cambridge 2015, 51,774 valid
votes of an electorate of 83,384 (62.09%), no count of rejected ballots.
"""

from __future__ import annotations

import pytest
from story_files import findings_of, report_of

STORY = "Labour gain Cambridge\n\nTurnout in Cambridge was {t} per cent.\n"


def _found(t: str) -> list[tuple[str, str | None]]:
    text = STORY.format(t=t)
    return [(f.severity.value, f.text) for f in findings_of(text, "uk-ge-2015")]


def test_a_hedge_rejected_ballots_may_make_true_is_not_checked() -> None:
    assert _found("just over 63") == []
    reasons = [
        n.reason for n in report_of(STORY.format(t="just over 63"), "uk-ge-2015").not_checked
    ]
    assert any("no count of rejected ballots" in r and "just over 63" in r for r in reasons)


@pytest.mark.parametrize("t", ["just over 64", "just under 62", "nearly 61"])
def test_a_hedge_no_definition_makes_true_is_still_an_error(t: str) -> None:
    assert _found(t) == [("error", f"{t} per cent")]


def test_a_true_hedge_is_silent() -> None:
    assert _found("just over 62") == []
