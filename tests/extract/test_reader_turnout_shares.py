"""A turnout described rather than named (issue 8, tenth session): "64.7% of the electorate",
"64.1% of those eligible to vote", "75.25% of people in Truro having their say", in a sentence
that says they voted. Counted across the unseen batches dev3, dev4 and dev5, the wording
stood in five stories from four outlets, where no "turnout" came before the figure.

Each test reads sentences written here in the pattern seen: the reference rule fires on a
wrong figure and stays silent on the right one, and the wordings that describe another
share of people (a referendum's side, a party's voters, the population) are not read.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import ContestResult, Document


def _contests(text: str, election: str | None = None) -> list[ContestResult]:
    meta = {"election": election} if election else {}
    return list(read_prose(Document(path="story.txt", text=text, metadata=meta)).contests)


def _turnouts(text: str, election: str | None = None) -> dict[str | None, str]:
    return {
        c.name: str(c.turnout.value)
        for c in _contests(text, election)
        if c.turnout is not None and not c.dated
    }


# Dundee West 2019: 41,579 valid votes and 41,671 ballots of an electorate of 64,431, so a
# turnout of 64.53% (valid votes) or 64.68% (ballots); 64.5, 64.6 and 64.7 are right.
_WORDINGS = [
    "A total of 41,671 people voted in Dundee West – {pct}% of the electorate.",
    "In Dundee West, {pct}% of those eligible to vote went to the polls.",
    "Voters in Dundee West turned out in numbers, {pct} per cent of the local electorate.",
    "{pct}% of people in Dundee West turned out to vote.",
    "Chris Law held Dundee West, with {pct}% of people in the constituency having their say.",
    "In Dundee West {pct}% of registered voters cast their ballots.",
]


@settings(max_examples=60, deadline=None)
@given(wording=st.sampled_from(_WORDINGS), tenths=st.integers(min_value=600, max_value=700))
def test_a_share_of_the_electorate_who_voted_is_the_turnout(wording: str, tenths: int) -> None:
    stated = f"{tenths / 10:.1f}"
    text = wording.format(pct=stated)
    assert _turnouts(text) == {"Dundee West": stated}
    (contest,) = [c for c in _contests(text) if c.turnout is not None]
    assert contest.turnout is not None
    assert contest.turnout.grounds is not None
    assert contest.turnout.grounds.loose == ()
    found = [f for f in findings_of(text, "uk-ge-2019") if (f.text or "").startswith(stated)]
    assert bool(found) is (stated not in ("64.5", "64.6", "64.7"))


def test_the_share_of_the_electorate_after_a_turnout_count_is_the_turnout() -> None:
    # "Turnout was N – or P per cent of the electorate": the count spends "turnout" for the
    # named reading; the share of the electorate says what the percentage is.
    text = "In Dundee West the turnout was 41,671 – or {pct} per cent of the electorate."
    assert _turnouts(text.format(pct="64.7")) == {"Dundee West": "64.7"}
    assert not findings_of(text.format(pct="64.7"), "uk-ge-2019")
    assert findings_of(text.format(pct="61.7"), "uk-ge-2019")


@settings(max_examples=40, deadline=None)
@given(
    wording=st.sampled_from(
        [
            "In Dundee West {pct}% of people voted to remain in the EU.",
            "In Dundee West {pct}% of voters back Leave, the referendum showed.",
            "In Dundee West {pct}% of the electorate voted SNP.",
            "In Dundee West {pct}% of the electorate cast their votes for the SNP.",
            "In Dundee West {pct}% of people say they trust no party, and most turned out.",
            "In Dundee West just {pct}% of the population turned out to vote.",
            "In Dundee West {pct}% of the electorate are over 65.",
            "In Dundee West, {pct}% of people turned out for the council election.",
            # a share of the electorate won, in a sentence that speaks of turnout
            "Chris Law won the support of just {pct}% of the electorate on a low turnout.",
            "With turnout down, the SNP took {pct}% of the electorate in Dundee West.",
        ]
    ),
    tenths=st.integers(min_value=100, max_value=900),
)
def test_other_shares_of_people_are_no_turnout(wording: str, tenths: int) -> None:
    text = wording.format(pct=f"{tenths / 10:.1f}")
    assert _turnouts(text) == {}
    assert not findings_of(text, "uk-ge-2019")


def test_a_dated_share_of_the_electorate_is_that_election_s() -> None:
    text = (
        "Chris Law held Dundee West for the SNP. In 2017, 38,000 people voted in Dundee "
        "West, 59.4% of the electorate."
    )
    assert _turnouts(text, "uk-ge-2019") == {}
    dated = [c for c in _contests(text, "uk-ge-2019") if c.dated and c.turnout is not None]
    assert [(c.name, c.election, str(c.turnout.value) if c.turnout else None) for c in dated] == [
        ("Dundee West", "uk-ge-2017", "59.4")
    ]


def test_a_share_of_the_population_after_turnout_is_no_turnout() -> None:
    # "Turnout" names the subject, but the figure is a share of everyone living there.
    text = (
        "Chris Law held Dundee West. Despite a boost in turnout, just 3% of the population "
        "of the area were persuaded to turn out to vote."
    )
    assert _turnouts(text) == {}
    assert not findings_of(text, "uk-ge-2019")
