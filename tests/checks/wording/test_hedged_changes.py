"""Hedged and unhedged changes of a count, read from sentences in the patterns results copy
uses and judged against the official record (uk-ge-2017 unless a test says otherwise).

The bundled House of Commons Library records: Poplar and Limehouse, Jim Fitzpatrick (Labour)
held with a majority of 16,924 in 2015 and 27,712 in 2017 (up 10,788), with 29,886 votes in
2015 and 39,558 in 2017 (up 9,672); Aberconwy, Guto Bebb (Conservative) held with a majority
of 3,999 in 2015 and 635 in 2017 (down 3,364).
"""

from __future__ import annotations

import factcheck
from factcheck import Severity
from factcheck.models import Document

HEDGE = "hedge-mismatch"


def _check(text: str, *rules: str, election: str = "uk-ge-2017") -> factcheck.Report:
    doc = Document(path="story.txt", text=text)
    return factcheck.check(doc, election=election, select=list(rules) or [HEDGE])


# -- a seat read loosely, confirmed by the person who stood there --------------------------------

# The sentence speaks of another place ("in England's capital"), so its seat is carried from the
# paragraph before and read loosely: the record is compared only because the change's own person,
# named in full, stood in that seat.
LOOSE_SEAT = (
    "Jim Fitzpatrick held Poplar and Limehouse for Labour.\n\n"
    "The result capped a strong night for Labour across England.\n\n"
    "{who} has increased his majority by {hedge} {amount} to secure his seat in "
    "England's capital.\n"
)


def test_a_hedged_change_in_a_seat_read_loosely_is_confirmed_by_its_person() -> None:
    text = LOOSE_SEAT.format(who="Labour's Jim Fitzpatrick", hedge="more than", amount="12,000")
    (finding,) = _check(text).findings
    assert finding.severity is Severity.WARNING
    assert finding.fix is None
    assert "went from 16,924 to 27,712, up 10,788 votes" in finding.message
    assert finding.evidence["seat_confirmed"] == (
        "Jim Fitzpatrick stood in Poplar and Limehouse (uk-ge-2017)"
    )


def test_a_true_hedged_change_in_a_seat_read_loosely_is_silent() -> None:
    for hedge, amount in (("more than", "10,000"), ("nearly", "11,000"), ("about", "11,000")):
        text = LOOSE_SEAT.format(who="Labour's Jim Fitzpatrick", hedge=hedge, amount=amount)
        assert _check(text).findings == ()


def test_a_loose_seat_no_one_named_confirms_is_not_compared() -> None:
    text = LOOSE_SEAT.format(who="The sitting Labour MP", hedge="more than", amount="12,000")
    report = _check(text)
    assert report.findings == ()
    assert any("read loosely" in n.reason for n in report.not_checked)
