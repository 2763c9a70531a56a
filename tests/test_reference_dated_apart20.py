"""A candidate's figure that is their own at the last election, beside another count of
theirs (issue 8, twentieth session).

"Sir Julian held the seat with 22,918 votes, a 42.9% share" after "pushing Sir Julian into
second place with 25,385 votes": the reader kept this election's count, left the earlier
one unread, and paired the share with the count it had kept (``paired_apart`` says the
pairing is a guess). The share is exactly the person's share at the last election: with
the second count beside it, it is that election's figure, its dating missed, not a slip,
so it is not compared with this election's record, and the reason says why. A share that
is the last election's with no second count (a stale figure), and one that is no
election's value, are compared as before. Sentences written here; the figures are the
record's (Canterbury, 2015 and 2017).
"""

from __future__ import annotations

import pytest
from story_files import report_of

from factcheck.models import Severity

_TWO_COUNTS = (
    "Rosie Duffield won Canterbury for Labour, pushing Julian Brazier into second place with "
    "25,385 votes.\n\nJulian Brazier held the seat with 22,918 votes, a {share}% share.\n"
)
_ONE_COUNT = (
    "Rosie Duffield won Canterbury for Labour, pushing Julian Brazier into second place.\n\n"
    "Julian Brazier took a {share}% share.\n"
)


def _found(text: str) -> dict[str, Severity]:
    report = report_of(text, "uk-ge-2017")
    return {f.text or "": f.severity for f in report.findings if f.name == "reference-mismatch"}


def _set_aside(text: str) -> list[str]:
    return [
        n.reason
        for n in report_of(text, "uk-ge-2017").not_checked
        if n.name == "reference-mismatch" and "likelier that election's figure" in n.reason
    ]


def test_the_last_elections_share_beside_a_second_count_is_not_compared() -> None:
    text = _TWO_COUNTS.format(share="42.9")
    assert "42.9%" not in _found(text)
    (reason,) = _set_aside(text)
    assert "matches Julian Brazier's share in Canterbury (uk-ge-2015)" in reason
    assert "“22,918” votes too" in reason


@pytest.mark.parametrize(
    ("text", "share", "severity"),
    [
        # No election's value: a slip, whatever the pairing.
        (_TWO_COUNTS.format(share="40.9"), "40.9%", Severity.ERROR),
        # The last election's, with no second count: perhaps a stale figure, so a warning.
        (_ONE_COUNT.format(share="42.9"), "42.9%", Severity.WARNING),
    ],
)
def test_other_wrong_shares_are_still_found(text: str, share: str, severity: Severity) -> None:
    assert _found(text).get(share) is severity
    assert _set_aside(text) == []
