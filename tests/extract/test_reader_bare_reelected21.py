"""A bare "re-elected" (no auxiliary) after the person, with a seat described rather than named,
or none (issue 8, twenty-first session): "Jane Smith narrowly re-elected in the traditionally
safe Tory seat of Gower", "Clacton: Jane Smith re-elected in coastal seat", "re-elected in new
Leeds South constituency", "with Jane Smith reelected to Parliament", a results line's "Jane
Smith (Labour) re-elected 21184" (five outlets on the open skeletons). As with a seat named
("Jane Smith re-elected in Gower", read since the sixteenth session), the sitting MP won, so
the party held the seat: the seat is the sentence's one, or the story's only one.

The sentences are ours; people, seats and figures are the bundled record's 2019 results:
Bristol West (Thangam Debbonaire, Labour, held it), Bury North (James Daly took it for the
Conservatives from Labour).
"""

from __future__ import annotations

import pytest
from story_files import findings_of, outcomes_of

from factcheck.models import Severity

_WORDINGS = [
    "{who} narrowly re-elected in the traditionally safe {party} seat of {seat}",
    "{seat}: {who} re-elected in marginal seat",
    "{who} re-elected in new {seat} constituency",
    "Turnout was high, with {who} reelected to Parliament",
    "{who} ({party}) re-elected 21184",
]


@pytest.mark.parametrize("wording", _WORDINGS)
def test_a_bare_re_election_is_the_partys_hold(wording: str) -> None:
    right = "Bristol West\n\nTurnout was 76.1% in Bristol West.\n\n" + wording.format(
        who="Thangam Debbonaire", party="Labour", seat="Bristol West"
    )
    outcomes = outcomes_of(right)
    assert any(o[:1] == ("Bristol West",) and o[2] == "hold" for o in outcomes), right
    assert [f for f in findings_of(right, "uk-ge-2019") if "hold" in f.message] == [], right


@pytest.mark.parametrize("wording", _WORDINGS)
def test_a_bare_re_election_said_of_a_gain_is_found(wording: str) -> None:
    wrong = "Bury North\n\nTurnout was 68.1% in Bury North.\n\n" + wording.format(
        who="Conservative James Daly", party="Conservative", seat="Bury North"
    )
    assert ("Bury North", "Conservative", "hold", None) in outcomes_of(wrong), wrong
    fired = [f for f in findings_of(wrong, "uk-ge-2019") if "hold" in f.message]
    assert [f.severity for f in fired] == [Severity.WARNING], wrong
    assert "took Bury North from Labour" in fired[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        # A hope, a forecast, a quotation of a prediction.
        "Conservative James Daly hopes to be re-elected in the marginal seat.",
        "Conservative James Daly would be re-elected to Parliament on these figures.",
        "“Conservative James Daly re-elected in marginal seat,” the pollster predicted.",
        # Another election's.
        "Conservative James Daly re-elected in the marginal seat in 2017.",
        # An adjective, not a report of this result.
        "The newly re-elected MP James Daly spoke.",
    ],
)
def test_no_hold_is_read(sentence: str) -> None:
    text = "Bury North\n\nTurnout was 68.1% in Bury North.\n\n" + sentence
    assert not any(o[2] == "hold" for o in outcomes_of(text)), text


def test_in_a_round_up_the_seat_must_be_the_sentences() -> None:
    lead = "Bristol West and Bristol East both declared.\n\nTurnout was 76.1% in Bristol West.\n\n"
    assert not any(
        o[2] == "hold" for o in outcomes_of(lead + "Thangam Debbonaire re-elected in city seat.")
    )
    named = lead + "Bristol West: Thangam Debbonaire re-elected in city seat."
    assert any(o[0] == "Bristol West" and o[2] == "hold" for o in outcomes_of(named))
