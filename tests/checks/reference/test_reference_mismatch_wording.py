"""reference-mismatch, read word for word on hand-built articles. Pinned after a mutation run
of reference_mismatch.py (docs/history/testing.md, session 9).

The official figures are the bundled House of Commons Library records of Poplar and Limehouse:
2015, 51,044 valid votes of 82,081 (62.19%), no count of rejected ballots, Jim Fitzpatrick
(Labour) 29,886; 2017, 58,814 valid votes and 277 rejected of 87,331 (67.35% and 67.66%),
Fitzpatrick 39,558. The candidate's right count is given with each figure so that the record
is borne out and a finding may offer its fix.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

from hand_built import at

import factcheck
from factcheck import CandidateResult, ContestResult, Figure
from factcheck.config import Config
from factcheck.intervals import Interval
from factcheck.models import (
    Article,
    BoundClaim,
    ChangeClaim,
    Claim,
    Direction,
    Document,
    Grounds,
    OutcomeClaim,
    Quantity,
    Unit,
)

RULE = "reference-mismatch"
POPLAR = "Poplar and Limehouse"
CITED_2017 = {
    "dataset": "House of Commons Library GE2017 results (CBP-7979)",
    "source": "House of Commons Library / Electoral Commission UK general election results",
    "election": "uk-ge-2017",
    "record": "hoc-ge2017-results-by-constituency.csv:452",
}
CITED_2015 = {
    "dataset": "Electoral Commission GE2015 results by candidate, with electorate from the "
    "House of Commons Library 1918-2017 constituency results (CBP-8647)",
    "source": "House of Commons Library / Electoral Commission UK general election results",
    "election": "uk-ge-2015",
    "record": "ec-ge2015-results-by-candidate.csv; hoc-1918-2017-results-by-constituency.csv:16102",
}
BORNE_OUT_2017 = [
    "Jim Fitzpatrick's vote “39,558”",
    "Jim Fitzpatrick (Labour) stood in Poplar and Limehouse",
]
TURNOUTS_2017 = (
    "67.35% (valid votes / electorate); 67.66% ((valid votes + rejected ballots) / electorate)"
)
FITZPATRICK = {"uk-ge-2015": 29886, "uk-ge-2017": 39558}


def _report(
    text: str,
    *contests: ContestResult,
    claims: tuple[Claim, ...] = (),
    election: str = "uk-ge-2017",
    config: Config | None = None,
) -> factcheck.Report:
    article = Article(
        document=Document(path="story.txt", text=text), contests=contests, claims=claims
    )
    return factcheck.check(article, election=election, select=[RULE], config=config)


def _turnout(
    text: str, written: str, *, election: str = "uk-ge-2017", quoted: bool = False
) -> factcheck.Report:
    """A story giving Fitzpatrick's right count and a turnout written as ``written`` per cent."""
    fitzpatrick = CandidateResult(
        name="Jim Fitzpatrick", party="Labour", votes=Figure.count(FITZPATRICK[election])
    )
    turnout = Figure.percentage(written).model_copy(
        update={"span": at(text, written), "quoted": quoted}
    )
    seat = ContestResult(name=POPLAR, candidates=(fitzpatrick,), turnout=turnout)
    return _report(text, seat, election=election)


# -- turnout -------------------------------------------------------------------------------------


def test_a_wrong_turnout_gives_both_official_turnouts_its_working_and_the_valid_vote_fix() -> None:
    text = "Turnout in Poplar and Limehouse was 60 per cent."
    (finding,) = _turnout(text, "60").findings
    assert finding.message == (
        f"turnout 60% contradicts the official turnout in Poplar and Limehouse (uk-ge-2017): "
        f"{TURNOUTS_2017}"
    )
    assert finding.evidence == {
        **CITED_2017,
        "stated": "60",
        "stated_interval": "[59.5, 60.5)",
        "official_valid": "67.3460741318",
        "official_ballots": "67.6632581787",
        "corroborated_by": BORNE_OUT_2017,
    }
    assert finding.arithmetic == (
        "“60” stands for [59.5, 60.5)",
        "58,814 / 87,331 = 67.35%",
        "(58,814 + 277) / 87,331 = 67.66%",
    )
    assert (finding.fix, finding.replacement) == ("67.3%", "67.3")
    assert (finding.start, finding.text) == (text.index("60"), "60")
    assert finding.severity is factcheck.Severity.ERROR
    assert finding.confidence is factcheck.Confidence.HIGH


def test_a_turnout_is_fixed_and_worked_to_the_places_it_was_written_with() -> None:
    text = "Turnout in Poplar and Limehouse was 60.25 per cent."
    (finding,) = _turnout(text, "60.25").findings
    assert finding.arithmetic[0] == "“60.25” stands for [60.245, 60.255)"
    assert (finding.fix, finding.replacement) == ("67.35%", "67.35")


def test_either_official_turnout_is_right() -> None:
    for written in ("67.3", "67.7"):
        text = f"Turnout in Poplar and Limehouse was {written} per cent."
        report = _turnout(text, written)
        assert (report.findings, report.not_checked) == ((), ())


def test_a_turnout_in_a_quotation_is_a_warning() -> None:
    text = "“Turnout in Poplar and Limehouse was 60 per cent,” she said."
    (finding,) = _turnout(text, "60", quoted=True).findings
    assert finding.severity is factcheck.Severity.WARNING


def test_a_turnout_that_was_the_election_befores_says_so() -> None:
    # 62.2% was the 2015 turnout (62.19%).
    text = "Turnout in Poplar and Limehouse was 62.2 per cent."
    (finding,) = _turnout(text, "62.2").findings
    assert finding.message == (
        f"turnout 62.2% contradicts the official turnout in Poplar and Limehouse (uk-ge-2017): "
        f"{TURNOUTS_2017}; 62.2% matches 2015 (62.19%, valid votes / electorate)"
    )
    assert finding.evidence == {
        **CITED_2017,
        "stated": "62.2",
        "stated_interval": "[62.15, 62.25)",
        "official_valid": "67.3460741318",
        "official_ballots": "67.6632581787",
        "matches_previous": "uk-ge-2015",
        "previous_record": CITED_2015["record"],
        "previous_valid": "62.1873515186",
        "corroborated_by": BORNE_OUT_2017,
    }
    # The figure is still this election's wrong turnout, fixed from this election's record.
    assert finding.fix == "67.3%"
    assert finding.severity is factcheck.Severity.ERROR


def test_a_turnout_just_off_the_ballots_cast_one_is_a_note_with_no_fix() -> None:
    # 67.8% is [67.75, 67.85): within 0.1 points of 67.66%. A council's declared turnout
    # counts ballot papers, which differ by a few from valid + rejected: the note tells the
    # editor, and no fix replaces a figure that is more likely right than wrong.
    text = "Turnout in Poplar and Limehouse was 67.8 per cent."
    (finding,) = _turnout(text, "67.8").findings
    assert finding.message == (
        f"turnout 67.8% contradicts the official turnout in Poplar and Limehouse (uk-ge-2017): "
        f"{TURNOUTS_2017} (within 0.1 points of the ballots-cast turnout: the declared count "
        "of ballot papers may differ slightly)"
    )
    assert finding.severity is factcheck.Severity.INFO
    assert finding.confidence is factcheck.Confidence.MEDIUM
    assert finding.fix is None


def test_a_turnout_more_than_a_tenth_off_the_ballots_cast_one_is_an_error() -> None:
    # 67.9% is [67.85, 67.95): 0.19 points above 67.66%.
    text = "Turnout in Poplar and Limehouse was 67.9 per cent."
    (finding,) = _turnout(text, "67.9").findings
    assert "within 0.1 points" not in finding.message
    assert finding.severity is factcheck.Severity.ERROR
    assert finding.confidence is factcheck.Confidence.HIGH


def test_a_2015_turnout_a_little_above_the_valid_vote_one_is_not_checked() -> None:
    # 62.6% is [62.55, 62.65): above 62.19% by less than the half point rejected ballots
    # may make up, and the 2015 record has no count of them.
    text = "Turnout in Poplar and Limehouse was 62.6 per cent."
    report = _turnout(text, "62.6", election="uk-ge-2015")
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "turnout 62.6% is above the valid-vote turnout in Poplar and Limehouse (62.19%) by no "
        "more than rejected ballots make up, and the uk-ge-2015 record gives no count of "
        "rejected ballots"
    ]


def test_a_2015_turnout_beyond_the_rejected_ballots_room_or_below_is_checked() -> None:
    # 63.3% reaches 63.35, past 62.19 + 1; 61% lies wholly below the valid-vote turnout.
    for written, interval in (("63.3", "[63.25, 63.35)"), ("61", "[60.5, 61.5)")):
        text = f"Turnout in Poplar and Limehouse was {written} per cent."
        (finding,) = _turnout(text, written, election="uk-ge-2015").findings
        assert finding.message == (
            f"turnout {written}% contradicts the official turnout in Poplar and Limehouse "
            "(uk-ge-2015): 62.19% (valid votes / electorate)"
        )
        assert finding.evidence == {
            **CITED_2015,
            "stated": written,
            "stated_interval": interval,
            "official_valid": "62.1873515186",
            "corroborated_by": [
                "Jim Fitzpatrick's vote “29,886”",
                "Jim Fitzpatrick (Labour) stood in Poplar and Limehouse",
            ],
        }
        assert finding.arithmetic == (
            f"“{written}” stands for {interval}",
            "51,044 / 82,081 = 62.19%",
        )
        assert finding.fix == "62.2%"


def test_a_turnout_that_is_another_seats_in_the_story_is_a_warning_with_no_fix() -> None:
    # 69.5% was Bethnal Green and Bow's 2017 turnout, given in the same story.
    text = "Turnout in Poplar and Limehouse was 69.5 per cent."
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    turnout = Figure.percentage("69.5").model_copy(update={"span": at(text, "69.5")})
    poplar = ContestResult(name=POPLAR, candidates=(fitzpatrick,), turnout=turnout)
    bethnal = ContestResult(name="Bethnal Green and Bow", turnout=Figure.percentage("69.5"))
    (finding,) = _report(text, poplar, bethnal).findings
    assert finding.message == (
        f"turnout 69.5% contradicts the official turnout in Poplar and Limehouse (uk-ge-2017): "
        f"{TURNOUTS_2017}; but 69.5% is the turnout (valid votes / electorate) in Bethnal "
        "Green and Bow (uk-ge-2017): the figure may have been tied to the wrong seat, so no "
        "fix is offered"
    )
    assert finding.evidence == {
        **CITED_2017,
        "stated": "69.5",
        "stated_interval": "[69.45, 69.55)",
        "official_valid": "67.3460741318",
        "official_ballots": "67.6632581787",
        "other_reading": [
            "the turnout (valid votes / electorate) in Bethnal Green and Bow (uk-ge-2017)"
        ],
        "other_reading_tie": "seat",
        "corroborated_by": BORNE_OUT_2017,
    }
    assert (finding.fix, finding.replacement) == (None, None)
    assert finding.severity is factcheck.Severity.WARNING
    assert finding.confidence is factcheck.Confidence.HIGH


def test_a_2015_turnout_hedged_open_on_one_side_is_checked() -> None:
    # Neither "over 62.3" nor "under 60" has two ends to lie within the rejected-ballot room.
    for written, hedge, interval in (
        ("62.3", "more-than", "(62.3, inf)"),
        ("60", "less-than", "(-inf, 60)"),
    ):
        text = f"Turnout in Poplar and Limehouse was {written} per cent."
        fitzpatrick = CandidateResult(
            name="Jim Fitzpatrick", party="Labour", votes=Figure.count(29886)
        )
        turnout = Figure.percentage(written).model_copy(update={"hedge": hedge})
        seat = ContestResult(name=POPLAR, candidates=(fitzpatrick,), turnout=turnout)
        (finding,) = _report(text, seat, election="uk-ge-2015").findings
        assert finding.evidence["stated_interval"] == interval
        assert finding.fix == "62.2%"


def _anytown_2015(tmp_path: Path, *, valid: int, electorate: int) -> Config:
    """A results file with one 2015 seat, Anytown, and no count of rejected ballots, under
    half-even rounding (which leaves a figure's interval open at both ends)."""
    path = tmp_path / "record.json"
    contest = {
        "name": "Anytown",
        "valid_votes": valid,
        "electorate": electorate,
        "candidates": [
            {"name": "Jo Bloggs", "party": "Labour", "votes": valid - valid // 3},
            {"name": "Al Smith", "party": "Green", "votes": valid // 3},
        ],
    }
    path.write_text(json.dumps({"election": "uk-ge-2015", "contests": [contest]}), "utf-8")
    return Config(reference=str(path), rounding="half-even")


def test_the_rejected_ballot_room_runs_from_the_valid_vote_turnout_to_a_point_above(
    tmp_path: Path,
) -> None:
    # A valid-vote turnout of exactly 50.45%. Under half-even "50.5" is (50.45, 50.55) and
    # "51.4" is (51.35, 51.45): both wholly within [50.45, 51.45], so neither is checked;
    # "51.5" is (51.45, 51.55], past the room.
    config = _anytown_2015(tmp_path, valid=5045, electorate=10000)
    for written, checked in (("50.5", False), ("51.4", False), ("51.5", True)):
        text = f"Turnout in Anytown was {written} per cent."
        turnout = Figure.percentage(written).model_copy(update={"span": at(text, written)})
        seat = ContestResult(name="Anytown", turnout=turnout)
        report = _report(text, seat, election="uk-ge-2015", config=config)
        assert len(report.findings) == checked, written
        assert len(report.not_checked) == (not checked), written


def test_a_turnout_between_the_two_definitions_is_not_checked() -> None:
    # 67.5% is [67.45, 67.55): above 67.35% (valid votes) and below 67.66% (ballots cast).
    text = "Turnout in Poplar and Limehouse was 67.5 per cent."
    report = _turnout(text, "67.5")
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "turnout 67.5% lies between the valid-vote turnout in Poplar and Limehouse (67.35%) "
        "and the ballots-cast one (67.66%): a count of ballot papers leaving out some "
        "rejected ones"
    ]


def test_the_turnouts_between_and_near_the_two_definitions_end_where_they_should(
    tmp_path: Path,
) -> None:
    # Valid votes 50.05% and ballots cast 50.55% of the electorate, under half-even rounding,
    # which leaves "50.1" (50.05, 50.15), "50.5" (50.45, 50.55) and "50.7" (50.65, 50.75)
    # open at both ends.
    path = tmp_path / "record.json"
    contest = {
        "name": "Anytown",
        "valid_votes": 5005,
        "rejected": 50,
        "electorate": 10000,
        "candidates": [{"name": "Jo Bloggs", "party": "Labour", "votes": 5005}],
    }
    path.write_text(json.dumps({"election": "uk-ge-2017", "contests": [contest]}), "utf-8")
    config = Config(reference=str(path), rounding="half-even")
    outcomes = {}
    for written in ("49.9", "50.0", "50.1", "50.5", "50.6", "50.7", "50.8"):
        text = f"Jo Bloggs won Anytown with 5,005 votes. Turnout was {written} per cent."
        turnout = Figure.percentage(written).model_copy(update={"span": at(text, written)})
        bloggs = CandidateResult(name="Jo Bloggs", party="Labour", votes=Figure.count(5005))
        seat = ContestResult(name="Anytown", candidates=(bloggs,), turnout=turnout)
        report = _report(text, seat, config=config)
        outcomes[written] = (
            [f.severity.value for f in report.findings],
            ["between" in n.reason for n in report.not_checked],
        )
    assert outcomes == {
        "49.9": (["error"], []),  # below the valid-vote turnout
        "50.0": ([], []),  # [49.95, 50.05] holds it
        "50.1": ([], [True]),  # from just above it ...
        "50.5": ([], [True]),  # ... to just below the ballots-cast one
        "50.6": ([], []),  # [50.55, 50.65] holds that
        "50.7": (["info"], []),  # 0.1 points above it: a note
        "50.8": (["error"], []),  # 0.2 points above
    }


# -- a hedged share or turnout ---------------------------------------------------------------


def _bound(
    text: str,
    written: str,
    hedge: str,
    *,
    quantity: Quantity = Quantity.SHARE,
    candidate: str | None = "Jim Fitzpatrick",
    quoted: bool = False,
    config: Config | None = None,
) -> factcheck.Report:
    """A bound ``written`` as ``hedge``, in a story giving Fitzpatrick's right 2017 count."""
    phrase, number = f"{written} per cent", written.rsplit(maxsplit=1)[-1]
    figure = Figure.percentage(number).model_copy(
        update={"hedge": hedge, "text": written, "span": at(text, written), "quoted": quoted}
    )
    claim = BoundClaim(
        quantity=quantity,
        bound=figure,
        contest=POPLAR,
        candidate=candidate,
        span=at(text, phrase),
    )
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    seat = ContestResult(name=POPLAR, candidates=(fitzpatrick,))
    return _report(text, seat, claims=(claim,), config=config)


def test_a_false_hedged_turnout_gives_the_whole_finding_with_no_fix() -> None:
    text = "Fitzpatrick held Poplar and Limehouse on a turnout of over 70 per cent."
    (finding,) = _bound(text, "over 70", "more-than", quantity=Quantity.TURNOUT).findings
    assert finding.message == (
        "“over 70 per cent” is false: the turnout in Poplar and Limehouse (uk-ge-2017) is "
        "officially 67.35%"
    )
    assert finding.evidence == {
        **CITED_2017,
        "stated": "over 70 per cent",
        "stated_interval": "(70, inf)",
        "official": "67.3460741318",
        "corroborated_by": BORNE_OUT_2017,
    }
    assert finding.arithmetic == (
        "“over 70 per cent” is true for (70, ∞)",
        "official: 67.35%",
    )
    assert (finding.fix, finding.replacement) == (None, None)
    assert (finding.start, finding.text) == (text.index("over 70"), "over 70")
    assert finding.severity is factcheck.Severity.ERROR


def test_a_hedged_share_is_worked_to_its_places() -> None:
    text = "Fitzpatrick took over 67.5 per cent of the vote in Poplar and Limehouse."
    (finding,) = _bound(text, "over 67.5", "more-than").findings
    assert finding.message == (
        "“over 67.5 per cent” is false: Jim Fitzpatrick's share in Poplar and Limehouse "
        "(uk-ge-2017) is officially 67.26%"
    )
    assert finding.arithmetic == (
        "“over 67.5 per cent” is true for (67.5, ∞)",
        "official: 67.26%",
    )


def test_a_hedged_figure_the_reader_found_in_a_quotation_is_a_warning() -> None:
    text = "Fitzpatrick held the seat on a turnout of “over 70 per cent”, he said."
    report = _bound(text, "over 70", "more-than", quantity=Quantity.TURNOUT, quoted=True)
    (finding,) = report.findings
    assert finding.severity is factcheck.Severity.WARNING


def test_a_hedge_is_judged_by_the_newsroom_packs_meaning(tmp_path: Path) -> None:
    # A newsroom whose "nearly" is "within four points either way": "nearly 65" is true of
    # 67.26%, which the built-in "nearly" (under 65) is not.
    text = "Fitzpatrick took nearly 65 per cent of the vote in Poplar and Limehouse."
    pack = tmp_path / "newsroom.toml"
    pack.write_text(
        '[hedges.nearly]\nwords = ["nearly"]\ntruth = "approx"\ntolerance = 4\npragmatic = 1\n',
        "utf-8",
    )
    assert len(_bound(text, "nearly 65", "nearly").findings) == 1
    report = _bound(text, "nearly 65", "nearly", config=Config(packs=(str(pack),)))
    assert (report.findings, report.not_checked) == ((), ())


def test_an_exact_share_is_judged_by_the_rounding_in_force(tmp_path: Path) -> None:
    # Jo Bloggs' share is exactly 44.5%: "exactly 45" allows it rounding half up, not half
    # to even (44.5 rounds to 44).
    path = tmp_path / "record.json"
    contest = {
        "name": "Anytown",
        "valid_votes": 1000,
        "candidates": [
            {"name": "Al Smith", "party": "Green", "votes": 555},
            {"name": "Jo Bloggs", "party": "Labour", "votes": 445},
        ],
    }
    path.write_text(json.dumps({"election": "uk-ge-2017", "contests": [contest]}), "utf-8")
    text = "Jo Bloggs took exactly 45 per cent of the vote in Anytown."
    figure = Figure.percentage("45").model_copy(update={"hedge": "exactly", "text": "exactly 45"})
    claim = BoundClaim(
        quantity=Quantity.SHARE, bound=figure, contest="Anytown", candidate="Jo Bloggs"
    )
    for rounding, false in (("half-up", False), ("half-even", True)):
        config = Config(reference=str(path), rounding=rounding)
        report = _report(text, claims=(claim,), config=config)
        assert len(report.findings) == false, rounding


# -- another value of the record -------------------------------------------------------------


def test_an_electorate_or_percentage_majority_that_is_another_seats_is_a_warning() -> None:
    # Bethnal Green and Bow, 2017: electorate 86,075, percentage majority 59.16%; Poplar and
    # Limehouse's were 87,331 and 47.12%.
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    bethnal = ContestResult(name="Bethnal Green and Bow")
    for field, written, shown, what in (
        ("electorate", Figure.count(86075), "86,075", "the electorate"),
        ("majority_share", Figure.percentage("59.2"), "59.16%", "the percentage majority"),
    ):
        poplar = ContestResult.model_validate(
            {"name": POPLAR, "candidates": (fitzpatrick,), field: written}
        )
        (finding,) = _report("A story.", poplar, bethnal).findings
        assert finding.message.endswith(
            f"; but {shown} is {what} in "
            "Bethnal Green and Bow (uk-ge-2017): the figure may have been tied to the wrong "
            "seat, so no fix is offered"
        ), finding.message
        assert finding.evidence["other_reading"] == [
            f"{what} in Bethnal Green and Bow (uk-ge-2017)"
        ]
        assert finding.fix is None


def test_a_seat_whose_record_has_no_electorate_offers_no_electorate_to_misread(
    tmp_path: Path,
) -> None:
    # Anytown's record has no electorate: a wrong electorate in Poplar and Limehouse is not
    # taken for Anytown's, and the lookup of Anytown's values does not fail.
    path = tmp_path / "record.json"
    contests = [
        {
            "name": "Anytown",
            "valid_votes": 1000,
            "candidates": [{"name": "Jo Bloggs", "party": "Labour", "votes": 1000}],
        },
        {
            "name": POPLAR,
            "valid_votes": 58814,
            "electorate": 87331,
            "candidates": [{"name": "Jim Fitzpatrick", "party": "Labour", "votes": 39558}],
        },
    ]
    path.write_text(json.dumps({"election": "uk-ge-2017", "contests": contests}), "utf-8")
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    poplar = ContestResult(name=POPLAR, candidates=(fitzpatrick,), electorate=Figure.count(80000))
    anytown = ContestResult(name="Anytown", turnout=Figure.percentage("50"))
    report = _report("A story.", poplar, anytown, config=Config(reference=str(path)))
    (finding,) = report.findings
    assert finding.message == (
        "the electorate in Poplar and Limehouse (uk-ge-2017) is officially 87,331, not 80,000"
    )
    assert [n.reason for n in report.not_checked] == [
        "the official record of Anytown has no electorate"
    ]


def test_a_count_that_is_another_seats_majority_worked_out_from_its_votes_is_a_warning(
    tmp_path: Path,
) -> None:
    # Anytown's record gives no majority: it is worked out from the two largest counts,
    # 6,000 - 4,500 = 1,500 (listed smallest first).
    path = tmp_path / "record.json"
    contests = [
        {
            "name": "Anytown",
            "valid_votes": 11000,
            "candidates": [
                {"name": "Al Smith", "party": "Green", "votes": 500},
                {"name": "Bo Jones", "party": "Conservative", "votes": 4500},
                {"name": "Jo Bloggs", "party": "Labour", "votes": 6000},
            ],
        },
        {
            "name": POPLAR,
            "valid_votes": 58814,
            "majority": 27712,
            "candidates": [{"name": "Jim Fitzpatrick", "party": "Labour", "votes": 39558}],
        },
    ]
    path.write_text(json.dumps({"election": "uk-ge-2017", "contests": contests}), "utf-8")
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    poplar = ContestResult(name=POPLAR, candidates=(fitzpatrick,), majority=Figure.count(1500))
    anytown = ContestResult(name="Anytown")
    (finding,) = _report("A story.", poplar, anytown, config=Config(reference=str(path))).findings
    assert finding.message == (
        "the majority in Poplar and Limehouse (uk-ge-2017) is officially 27,712, not 1,500; but "
        "1,500 is the majority in Anytown (uk-ge-2017): the figure may have been tied to the "
        "wrong seat, so no fix is offered"
    )
    # Two candidates are enough to work it out.
    contests[0] = {
        "name": "Anytown",
        "valid_votes": 10500,
        "candidates": [
            {"name": "Bo Jones", "party": "Conservative", "votes": 4500},
            {"name": "Jo Bloggs", "party": "Labour", "votes": 6000},
        ],
    }
    path.write_text(json.dumps({"election": "uk-ge-2017", "contests": contests}), "utf-8")
    (finding,) = _report("A story.", poplar, anytown, config=Config(reference=str(path))).findings
    assert finding.evidence["other_reading"] == ["the majority in Anytown (uk-ge-2017)"]


# -- a figure said twice -----------------------------------------------------------------------


def test_a_wrong_figure_said_a_second_time_is_a_warning_with_no_fix() -> None:
    text = "Jim Fitzpatrick won with 39,558 votes and 67.3 per cent; Fitzpatrick took 60 per cent."
    fitzpatrick = CandidateResult(
        name="Jim Fitzpatrick",
        party="Labour",
        votes=Figure.count(39558, span=at(text, "39,558")),
        share=Figure.percentage("67.3").model_copy(update={"span": at(text, "67.3")}),
        restated=(Figure.percentage("60").model_copy(update={"span": at(text, "60")}),),
    )
    (finding,) = _report(text, ContestResult(name=POPLAR, candidates=(fitzpatrick,))).findings
    assert finding.message == (
        "Jim Fitzpatrick's share in Poplar and Limehouse is officially 67.26%, not 60% (the "
        "story gives this figure another value too: one of the two is a slip)"
    )
    assert (finding.start, finding.text) == (text.index("60"), "60")
    assert finding.evidence["official"] == "67.2594960384"
    assert (finding.fix, finding.replacement) == (None, None)
    assert finding.severity is factcheck.Severity.WARNING


def test_a_figure_said_a_second_time_of_someone_not_in_the_record_says_so_each_time() -> None:
    nobody = CandidateResult(
        name="Jane Nobody",
        party="Labour",
        votes=Figure.count(39558),
        restated=(Figure.percentage("60"),),
    )
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    report = _report("A story.", ContestResult(name=POPLAR, candidates=(nobody, fitzpatrick)))
    assert report.findings == ()
    reason = (
        "“Jane Nobody” cannot be told apart among, or found in, the official candidates of "
        "Poplar and Limehouse (uk-ge-2017)"
    )
    assert [n.reason for n in report.not_checked] == [reason, reason]


# -- the values a figure most plausibly stands for, read directly ------------------------------


def test_a_figure_bounded_both_ways_stands_for_its_interval() -> None:
    from factcheck.checks.reference.reference_mismatch import _near

    iv = Interval(Fraction(39550), Fraction(39560), True, False)
    assert _near(iv) == iv
    assert _near(Interval.unbounded()) == Interval.unbounded()


def test_a_hedge_open_above_stands_for_the_tenth_above_its_bound() -> None:
    from factcheck.checks.reference.reference_mismatch import _near

    # "over 40,000": (40,000, 44,000]; "at least 40,000": [40,000, 44,000].
    assert _near(Interval.at_least(40000, strict=True)) == Interval(
        Fraction(40000), Fraction(44000), False, True
    )
    assert _near(Interval.at_least(40000)) == Interval(Fraction(40000), Fraction(44000))
    # A bound below nought reaches a tenth of its size towards nought.
    assert _near(Interval.at_least(-50)) == Interval(Fraction(-50), Fraction(-45))


def test_a_hedge_open_below_stands_for_the_tenth_below_its_bound() -> None:
    from factcheck.checks.reference.reference_mismatch import _near

    # "almost 13,000": [11,700, 13,000); "up to 13,000": [11,700, 13,000].
    assert _near(Interval.at_most(13000, strict=True)) == Interval(
        Fraction(11700), Fraction(13000), True, False
    )
    assert _near(Interval.at_most(13000)) == Interval(Fraction(11700), Fraction(13000))
    assert _near(Interval.at_most(-50)) == Interval(Fraction(-55), Fraction(-50))


# -- a candidate's count, share and place --------------------------------------------------------


def test_a_wrong_count_share_and_place_give_whole_findings_with_their_fixes() -> None:
    text = "Jim Fitzpatrick won with 38,558 votes, 60.25 per cent, coming second. Wilford was 2nd."
    fitzpatrick = CandidateResult(
        name="Jim Fitzpatrick",
        party="Labour",
        votes=Figure.count(38558, span=at(text, "38,558")),
        share=Figure.percentage("60.25").model_copy(update={"span": at(text, "60.25")}),
        rank=Figure.count(2, Unit.RANK).model_copy(
            update={"text": "second", "span": at(text, "second")}
        ),
    )
    wilford = CandidateResult(
        name="Chris Wilford",
        party="Conservative",
        rank=Figure.count(2, Unit.RANK).model_copy(update={"text": "2nd", "span": at(text, "2nd")}),
    )
    votes, share, place = _report(
        text, ContestResult(name=POPLAR, candidates=(fitzpatrick, wilford))
    ).findings
    borne_out = ["Christopher Wilford's place “2nd”"]
    assert votes.message == (
        "Jim Fitzpatrick's vote in Poplar and Limehouse is officially 39,558, not 38,558"
    )
    assert votes.evidence == {
        **CITED_2017,
        "stated": "38,558",
        "stated_interval": "[38558, 38558]",
        "official": 39558,
        "corroborated_by": borne_out,
    }
    assert votes.arithmetic == ("“38,558” stands for [38,558, 38,558]", "official: 39,558")
    assert (votes.fix, votes.replacement, votes.text) == ("39,558", "39,558", "38,558")
    assert votes.severity is factcheck.Severity.ERROR
    assert share.message == (
        "Jim Fitzpatrick's share in Poplar and Limehouse is officially 67.26%, not 60.25%"
    )
    assert share.evidence == {
        **CITED_2017,
        "stated": "60.25",
        "stated_interval": "[60.245, 60.255)",
        "official": "67.2594960384",
        "corroborated_by": borne_out,
    }
    assert share.arithmetic == ("“60.25” stands for [60.245, 60.255)", "official: 67.26%")
    assert (share.fix, share.replacement, share.text) == ("67.26%", "67.26", "60.25")
    assert share.severity is factcheck.Severity.ERROR
    # A place said in words is a warning with no fix, and says why (s-14).
    assert place.message == (
        "Jim Fitzpatrick officially finished first in Poplar and Limehouse, not second (a place "
        "said in words: which seat and person it is said of is read from the words around it, "
        "so no fix is offered)"
    )
    assert place.evidence == {
        **CITED_2017,
        "stated": "second",
        "official": 1,
        "corroborated_by": borne_out,
    }
    assert (place.fix, place.replacement, place.text) == (None, None, "second")
    assert place.severity is factcheck.Severity.WARNING
    assert place.consequences == (factcheck.Consequence.WINNER,)


def test_a_share_in_whole_points_is_fixed_to_a_tenth() -> None:
    text = "Jim Fitzpatrick won with 39,558 votes, 60 per cent."
    fitzpatrick = CandidateResult(
        name="Jim Fitzpatrick",
        party="Labour",
        votes=Figure.count(39558),
        share=Figure.percentage("60").model_copy(update={"span": at(text, "60")}),
    )
    (finding,) = _report(text, ContestResult(name=POPLAR, candidates=(fitzpatrick,))).findings
    assert finding.arithmetic == ("“60” stands for [59.5, 60.5)", "official: 67.26%")
    assert (finding.fix, finding.replacement) == ("67.3%", "67.3")


def test_a_runner_up_placed_wrong_names_the_winner_and_leaves_a_figure_to_the_editor() -> None:
    # Christopher Wilford (Conservative) came second; "3rd" is fixed in words, not rewritten.
    text = "Chris Wilford was 3rd."
    wilford = CandidateResult(
        name="Chris Wilford",
        party="Conservative",
        rank=Figure.count(3, Unit.RANK).model_copy(update={"text": "3rd", "span": at(text, "3rd")}),
    )
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    seat = ContestResult(name=POPLAR, candidates=(fitzpatrick, wilford))
    (finding,) = _report(text, seat).findings
    assert finding.message == (
        "Christopher Wilford officially finished second in Poplar and Limehouse, not 3rd (the "
        "winner was Jim Fitzpatrick) (a place said in words: which seat and person it is said "
        "of is read from the words around it, so no fix is offered)"
    )
    assert (finding.fix, finding.replacement) == (None, None)
    assert finding.consequences == (factcheck.Consequence.RANKING,)


def test_a_runner_up_said_to_have_won_changes_the_winner() -> None:
    text = "Chris Wilford came first."
    wilford = CandidateResult(
        name="Chris Wilford",
        party="Conservative",
        rank=Figure.count(1, Unit.RANK).model_copy(
            update={"text": "first", "span": at(text, "first")}
        ),
    )
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    (finding,) = _report(
        text, ContestResult(name=POPLAR, candidates=(fitzpatrick, wilford))
    ).findings
    assert finding.message.startswith("Christopher Wilford officially finished second")
    assert finding.consequences == (factcheck.Consequence.WINNER,)


# -- the seat's own figures --------------------------------------------------------------------


def test_the_seats_counts_and_percentage_majority_each_give_a_whole_finding() -> None:
    text = (
        "Valid votes 58,000, rejected 300, electorate 87,000, majority 27,000, then a majority "
        "of 27,500 and a lead of 40 per cent."
    )

    def count(n: int, written: str) -> Figure:
        return Figure.count(n, span=at(text, written))

    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    seat = ContestResult(
        name=POPLAR,
        candidates=(fitzpatrick,),
        valid_votes=count(58000, "58,000"),
        rejected=count(300, "300"),
        electorate=count(87000, "87,000"),
        majority=count(27000, "27,000"),
        restated=(count(27500, "27,500"),),
        majority_share=Figure.percentage("40").model_copy(update={"span": at(text, "40")}),
    )
    report = _report(text, seat)
    where = "in Poplar and Limehouse (uk-ge-2017) is officially"
    assert [f.message for f in report.findings] == [
        f"the valid votes {where} 58,814, not 58,000",
        f"the rejected ballots {where} 277, not 300",
        f"the majority {where} 27,712, not 27,000",
        f"the majority {where} 27,712, not 27,500",
        f"the percentage majority {where} 47.12%, not 40%",
    ]
    assert [f.text for f in report.findings] == ["58,000", "300", "27,000", "27,500", "40"]
    assert [f.fix for f in report.findings] == ["58,814", "277", "27,712", "27,712", "47.1%"]
    assert [f.arithmetic for f in report.findings] == [
        ("“58,000” stands for [57,500, 58,500)", "official: 58,814"),
        ("“300” stands for [300, 300]", "official: 277"),
        ("“27,000” stands for [26,500, 27,500)", "official: 27,712"),
        ("“27,500” stands for [27,450, 27,550)", "official: 27,712"),
        ("“40” stands for [39.5, 40.5)", "official: 47.12%"),
    ]
    assert [f.evidence["official"] for f in report.findings] == [
        58814,
        277,
        27712,
        27712,
        "47.1180331214",
    ]
    assert {f.severity for f in report.findings} == {factcheck.Severity.ERROR}


# -- a hold or gain ------------------------------------------------------------------------------


def _outcome(text: str, **fields: object) -> factcheck.Report:
    claim = OutcomeClaim.model_validate(
        {"contest": POPLAR, "span": at(text, "Labour gain"), **fields}
    )
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    return _report(text, ContestResult(name=POPLAR, candidates=(fitzpatrick,)), claims=(claim,))


def test_a_gain_that_was_a_hold_gives_the_whole_finding() -> None:
    text = "Labour gain from the Conservatives in Poplar and Limehouse."
    (finding,) = _outcome(text, verb="gain", party="Labour", from_party="Conservative").findings
    assert finding.message == (
        "“Labour gain from Conservative” contradicts the official results (uk-ge-2017): not a "
        "gain: Labour won Poplar and Limehouse in 2015 too"
    )
    assert finding.evidence == {
        **CITED_2017,
        "stated": "Labour gain from Conservative",
        "official": "Labour hold",
        "winner": "Jim Fitzpatrick",
        "winner_party": "Labour",
        "previous_election": "uk-ge-2015",
        "previous_record": CITED_2015["record"],
        "previous_winner": "Jim Fitzpatrick",
        "previous_winner_party": "Labour",
        "corroborated_by": BORNE_OUT_2017,
    }
    assert finding.arithmetic == (
        "Jim Fitzpatrick (Labour) won Poplar and Limehouse in 2017; Jim Fitzpatrick (Labour) "
        "won it in 2015",
    )
    assert (finding.fix, finding.text) == ("Labour hold", "Labour gain")
    assert finding.consequences == (factcheck.Consequence.WINNER,)
    assert finding.severity is factcheck.Severity.ERROR


def test_a_wrong_outcome_in_a_quotation_is_a_warning_that_keeps_its_fix() -> None:
    text = "“Labour gain? No, a Conservative hold,” he said of Poplar and Limehouse."
    (finding,) = _outcome(text, verb="hold", party="Conservative", quoted=True).findings
    assert finding.message == (
        "“Conservative hold” contradicts the official results (uk-ge-2017): Conservative did "
        "not win Poplar and Limehouse in 2017: Labour did"
    )
    assert finding.fix == "Labour hold"
    assert finding.severity is factcheck.Severity.WARNING


def test_a_seat_won_back_from_a_party_the_record_never_had_it_is_not_checked() -> None:
    text = "Labour gain, back from the Conservatives, in Poplar and Limehouse."
    report = _outcome(text, verb="gain", party="Labour", from_party="Conservative", back=True)
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "“Labour gain from Conservative” in Poplar and Limehouse: Labour won it in 2015 too, "
        "but the words say it was won back from Conservative, who may have taken it at a "
        "by-election since, which the record does not hold"
    ]


# -- a level at the election before ---------------------------------------------------------------


def test_earlier_levels_are_fixed_from_the_record_of_the_election_before_and_cite_it() -> None:
    # Fitzpatrick's 2015 share 58.55% and count 29,886; the 2015 turnout 62.19%.
    text = "Fitzpatrick, up from 48.5 per cent and 20,000 votes; turnout up from 52.25 per cent."

    def change(quantity: Quantity, previous: Figure, **fields: object) -> ChangeClaim:
        return ChangeClaim.model_validate(
            {
                "quantity": quantity,
                "contest": POPLAR,
                "direction": Direction.UP,
                "previous": previous,
                **fields,
            }
        )

    def percent(written: str) -> Figure:
        return Figure.percentage(written).model_copy(update={"span": at(text, written)})

    claims = (
        change(Quantity.SHARE, percent("48.5"), candidate="Jim Fitzpatrick"),
        change(
            Quantity.VOTES,
            Figure.count(20000, span=at(text, "20,000")),
            candidate="Jim Fitzpatrick",
        ),
        change(Quantity.TURNOUT, percent("52.25")),
    )
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    report = _report(text, ContestResult(name=POPLAR, candidates=(fitzpatrick,)), claims=claims)
    share, votes, turnout = report.findings
    assert share.message == (
        "Jim Fitzpatrick's (Labour) share in Poplar and Limehouse in 2015 is officially 58.55%, "
        "not 48.5%"
    )
    assert votes.message == (
        "Jim Fitzpatrick's (Labour) vote in Poplar and Limehouse in 2015 is officially 29,886, "
        "not 20,000"
    )
    assert turnout.message == (
        "turnout in Poplar and Limehouse in 2015 is officially 62.19%, not 52.25%"
    )
    assert [(f.text, f.fix, f.replacement) for f in report.findings] == [
        ("48.5", "58.5%", "58.5"),
        ("20,000", "29,886", "29,886"),
        ("52.25", "62.19%", "62.19"),
    ]
    assert [f.arithmetic for f in report.findings] == [
        ("“48.5” stands for [48.45, 48.55)", "official: 58.55%"),
        ("“20,000” stands for [19,500, 20,500)", "official: 29,886"),
        ("“52.25” stands for [52.245, 52.255)", "official: 62.19%"),
    ]
    # Each cites the 2015 record its official value came from.
    for finding, interval, official in zip(
        report.findings,
        ("[48.45, 48.55)", "[19500, 20500)", "[52.245, 52.255)"),
        ("58.5494867173", 29886, "62.1873515186"),
        strict=True,
    ):
        assert finding.evidence == {
            **CITED_2015,
            "stated": finding.text,
            "stated_interval": interval,
            "official": official,
            "corroborated_by": BORNE_OUT_2017,
        }
        assert finding.severity is factcheck.Severity.ERROR


def test_an_outcome_the_record_cannot_judge_says_why_word_for_word() -> None:
    for election, seat, reason in (
        (
            "uk-ge-2017",
            None,
            "“Labour hold” names no contest, so it cannot be found in the official results",
        ),
        (
            "uk-ge-2015",
            POPLAR,
            "“Labour hold” in Poplar and Limehouse: no official result of the election before "
            "uk-ge-2015, so whether the seat changed hands cannot be said",
        ),
        # (Labour won the redrawn seat: whether it held it cannot be said; a party that did
        # not win it is flagged, below.)
        (
            "uk-ge-2024",
            POPLAR,
            "“Labour hold”: Poplar and Limehouse was redrawn for 2024 (code E14001430, was "
            "E14000882): the record holds no result on these boundaries for 2019, only "
            "notional ones, so who held the seat before cannot be said",
        ),
    ):
        claim = OutcomeClaim(verb="hold", party="Labour", contest=seat)
        report = _report("A story.", claims=(claim,), election=election)
        assert report.findings == ()
        assert [n.reason for n in report.not_checked] == [reason]


def test_a_hold_by_a_party_that_did_not_win_a_redrawn_seat_says_so_word_for_word() -> None:
    # Islington North 2024 (redrawn): Jeremy Corbyn won as an independent.
    claim = OutcomeClaim(verb="hold", party="Labour", contest="Islington North")
    report = _report("A story.", claims=(claim,), election="uk-ge-2024")
    [finding] = report.findings
    assert finding.message == (
        "“Labour hold” contradicts the official results (uk-ge-2024): Labour did not win "
        "Islington North in 2024: Independent did (nothing else the article says about "
        "Islington North was found in the uk-ge-2024 record: the seat or election may be "
        "misread, so no fix is offered)"
    )
    assert finding.fix is None


def _loosely(figure: Figure) -> Figure:
    """A figure whose "what" the reader only guessed ("gaining an extra 10,000 votes")."""
    grounds = Grounds(
        what="gaining an extra",
        subject="Jim Fitzpatrick",
        seat=POPLAR,
        seat_named="in the sentence",
        election="uk-ge-2017",
        loose=("what",),
    )
    return figure.model_copy(update={"grounds": grounds})


def test_a_count_that_may_be_a_change_is_not_compared_but_a_place_is() -> None:
    count = CandidateResult(
        name="Jim Fitzpatrick", party="Labour", votes=_loosely(Figure.count(10000))
    )
    report = _report("A story.", ContestResult(name=POPLAR, candidates=(count,)))
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "not compared with the official record: “10,000” may not be a level (gaining an extra)"
    ]
    # What a finishing position is is not in doubt, only that it was said.
    place = _loosely(Figure.count(2, Unit.RANK).model_copy(update={"text": "second"}))
    ranked = CandidateResult(name="Jim Fitzpatrick", party="Labour", rank=place)
    (finding,) = _report("A story.", ContestResult(name=POPLAR, candidates=(ranked,))).findings
    assert finding.message == (
        "Jim Fitzpatrick officially finished first in Poplar and Limehouse, not second"
    )


def test_a_count_and_a_place_said_a_second_time_are_each_checked_as_warnings() -> None:
    text = "Fitzpatrick took 39,558 votes; elsewhere 38,558 votes, and second place."
    fitzpatrick = CandidateResult(
        name="Jim Fitzpatrick",
        party="Labour",
        votes=Figure.count(39558),
        restated=(
            Figure.count(38558, span=at(text, "38,558")),
            Figure.count(2, Unit.RANK).model_copy(
                update={"text": "second", "span": at(text, "second")}
            ),
        ),
    )
    # Someone named with no figure of theirs is not looked for in the record.
    nobody = CandidateResult(name="Jane Nobody", party="Green")
    report = _report(text, ContestResult(name=POPLAR, candidates=(fitzpatrick, nobody)))
    slip = " (the story gives this figure another value too: one of the two is a slip)"
    assert [f.message for f in report.findings] == [
        "Jim Fitzpatrick's vote in Poplar and Limehouse is officially 39,558, not 38,558" + slip,
        "Jim Fitzpatrick officially finished first in Poplar and Limehouse, not second" + slip,
    ]
    assert [(f.fix, f.severity) for f in report.findings] == [
        (None, factcheck.Severity.WARNING),
        (None, factcheck.Severity.WARNING),
    ]
    assert report.not_checked == ()


def test_an_earlier_level_of_another_seat_is_compared_only_with_that_seat() -> None:
    # Rushanara Ali (Labour) had 61.2% in Bethnal Green and Bow in 2015.
    change = ChangeClaim(
        quantity=Quantity.SHARE,
        contest="Bethnal Green and Bow",
        party="Labour",
        direction=Direction.UP,
        previous=Figure.percentage("20"),
    )
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    poplar = ContestResult(name=POPLAR, candidates=(fitzpatrick,))
    report = _report("A story.", poplar, claims=(change,))
    assert (report.findings, report.not_checked) == ((), ())
    bethnal = ContestResult(name="Bethnal Green and Bow")
    (finding,) = _report("A story.", poplar, bethnal, claims=(change,)).findings
    assert finding.message.startswith(
        "Rushanara Ali's (Labour) share in Bethnal Green and Bow in 2015 is officially 61.2%, "
        "not 20%"
    )


def test_a_record_without_the_seats_counts_says_so_for_each_and_no_more(
    tmp_path: Path,
) -> None:
    # Anytown's record lists two candidates' counts and nothing else: no valid votes (so no
    # shares), rejected ballots, electorate or majority.
    path = tmp_path / "record.json"
    contest = {
        "name": "Anytown",
        "candidates": [
            {"name": "Jo Bloggs", "party": "Labour", "votes": 6000},
            {"name": "Al Smith", "party": "Green", "votes": 4000},
        ],
    }
    path.write_text(json.dumps({"election": "uk-ge-2017", "contests": [contest]}), "utf-8")
    seat = ContestResult(
        name="Anytown",
        valid_votes=Figure.count(10000),
        rejected=Figure.count(50),
        electorate=Figure.count(20000),
        majority=Figure.count(2000),
        restated=(Figure.count(2100),),
        majority_share=Figure.percentage("20"),
        turnout=Figure.percentage("50"),
    )
    report = _report("A story.", seat, config=Config(reference=str(path)))
    assert report.findings == ()
    where = "the official record of Anytown"
    assert [n.reason for n in report.not_checked] == [
        f"{where} (uk-ge-2017) has no valid votes",
        f"{where} (uk-ge-2017) has no rejected ballots",
        f"{where} (uk-ge-2017) has no electorate",
        f"{where} (uk-ge-2017) has no majority",
        f"{where} has no electorate",
    ]


def test_a_percentage_majority_needs_the_record_to_give_two_shares(tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    contest = {
        "name": "Anytown",
        "valid_votes": 10000,
        "candidates": [{"name": "Jo Bloggs", "party": "Labour", "votes": 6000}],
    }
    path.write_text(json.dumps({"election": "uk-ge-2017", "contests": [contest]}), "utf-8")
    seat = ContestResult(name="Anytown", majority_share=Figure.percentage("30"))
    report = _report("A story.", seat, config=Config(reference=str(path)))
    assert (report.findings, report.not_checked) == ((), ())


def test_a_hedged_count_is_compared_by_all_its_hedge_allows() -> None:
    # "about 30,005" allows 27,004.5 to 33,005.5: Fitzpatrick's 2015 count, not his 2017 one.
    votes = Figure.count(30005).model_copy(update={"hedge": "about", "text": "about 30,005"})
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=votes)
    (finding,) = _report("A story.", ContestResult(name=POPLAR, candidates=(fitzpatrick,))).findings
    assert finding.message == (
        "Jim Fitzpatrick's vote in Poplar and Limehouse is officially 39,558, not about 30,005; "
        "but 29,886 is Jim Fitzpatrick's vote in Poplar and Limehouse (uk-ge-2015): the figure "
        "may have been tied to the wrong election, so no fix is offered"
    )


def test_a_quoted_share_is_not_compared_and_says_as_what() -> None:
    share = Figure.percentage("60").model_copy(update={"quoted": True})
    fitzpatrick = CandidateResult(
        name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558), share=share
    )
    report = _report("A story.", ContestResult(name=POPLAR, candidates=(fitzpatrick,)))
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "not compared with the official record as Jim Fitzpatrick's share in Poplar and "
        "Limehouse: “60” is in a quotation, the speaker's figure, perhaps for another time"
    ]


def test_an_earlier_turnout_by_either_definition_is_right() -> None:
    # Poplar and Limehouse, 2017 (the election before 2019): 67.35% of valid votes, 67.66%
    # of ballots cast.
    for written in ("67.3", "67.7"):
        change = ChangeClaim(
            quantity=Quantity.TURNOUT,
            contest=POPLAR,
            direction=Direction.DOWN,
            previous=Figure.percentage(written),
        )
        seat = ContestResult(name=POPLAR)
        report = _report("A story.", seat, claims=(change,), election="uk-ge-2019")
        assert (report.findings, report.not_checked) == ((), ()), written


def test_an_earlier_level_in_the_wrong_unit_for_the_change_is_not_compared() -> None:
    # A change of votes "up from 48.5 per cent": not Fitzpatrick's 2015 share, nor his count.
    change = ChangeClaim(
        quantity=Quantity.VOTES,
        contest=POPLAR,
        candidate="Jim Fitzpatrick",
        direction=Direction.UP,
        previous=Figure.percentage("48.5"),
    )
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    report = _report(
        "A story.", ContestResult(name=POPLAR, candidates=(fitzpatrick,)), claims=(change,)
    )
    assert (report.findings, report.not_checked) == ((), ())


# -- the working shows the ends of what a figure allows as they are -----------------------------


def test_a_hedged_counts_range_is_shown_to_the_half_vote_it_reaches() -> None:
    # "just over 37,550" reaches five per cent above: (37,550, 39,427.5], which to the whole
    # vote would read "(37,550, 39,428]" and seem to allow 39,428.
    text = "In Poplar and Limehouse Jim Fitzpatrick won with just over 37,550 votes."
    written = "just over 37,550"
    votes = Figure.count(37550).model_copy(
        update={"text": written, "hedge": "just-over", "span": at(text, written)}
    )
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=votes)
    (finding,) = _report(text, ContestResult(name=POPLAR, candidates=(fitzpatrick,))).findings
    assert finding.arithmetic == (
        "“just over 37,550” stands for (37,550, 39,427.5]",
        "official: 39,558",
    )


def test_an_exact_shares_range_is_shown_a_place_finer_than_written() -> None:
    # "exactly 67.23" is true for [67.225, 67.235): to two places it would read
    # "[67.22, 67.24)" (half to even) and seem to allow 67.235.
    text = "Jim Fitzpatrick took exactly 67.23 per cent of the vote in Poplar and Limehouse."
    share = Figure.percentage("67.23").model_copy(
        update={"hedge": "exactly", "text": "exactly 67.23", "span": at(text, "exactly 67.23")}
    )
    claim = BoundClaim(
        quantity=Quantity.SHARE, bound=share, contest=POPLAR, candidate="Jim Fitzpatrick"
    )
    (finding,) = _report(text, ContestResult(name=POPLAR), claims=(claim,)).findings
    assert finding.arithmetic == (
        "“exactly 67.23” is true for [67.225, 67.235)",
        "official: 67.26%",
    )


def test_a_newsroom_party_alias_says_whose_count_a_surname_gives(tmp_path: Path) -> None:
    # Anytown's record lists Ann Smith (Red Party, 20,000) and Bob Smith (Blue Party,
    # 15,000). "Mr Smith of the Blues" is Bob Smith only if "Blues" is the Blue Party, as
    # the newsroom's pack says: then his 14,000 is checked; without it, not.
    record = tmp_path / "record.json"
    contest = {
        "name": "Anytown",
        "valid_votes": 35000,
        "candidates": [
            {"name": "Ann Smith", "party": "Red Party", "votes": 20000},
            {"name": "Bob Smith", "party": "Blue Party", "votes": 15000},
        ],
    }
    record.write_text(json.dumps({"election": "uk-ge-2017", "contests": [contest]}), "utf-8")
    pack = tmp_path / "parties.toml"
    pack.write_text('[parties.blue]\nname = "Blue Party"\naliases = ["Blues"]\n', "utf-8")
    text = "In Anytown Mr Smith of the Blues polled 14,000 votes."
    votes = Figure.count(14000).model_copy(update={"span": at(text, "14,000")})
    smith = CandidateResult(name="Mr Smith", party="Blues", votes=votes)
    seat = ContestResult(name="Anytown", candidates=(smith,))

    newsroom = Config(reference=str(record), packs=(str(pack),))
    (finding,) = _report(text, seat, config=newsroom).findings
    assert finding.message.startswith(
        "Bob Smith's vote in Anytown is officially 15,000, not 14,000"
    )
    report = _report(text, seat, config=Config(reference=str(record)))
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason.startswith("“Mr Smith” cannot be told apart among")
