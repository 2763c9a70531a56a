"""reference-mismatch on changes, hedges and outcomes: when it compares, and when it stays quiet.

A guard sweep (docs/testing.md: each "stay silent" condition removed in turn) showed these
conditions unread by any test. The official figures are the bundled House of Commons Library
records: Poplar and Limehouse, 2015: Jim Fitzpatrick (Labour) 29,886 votes, 58.55%, turnout
62.19%, no Independent candidate; 2017: Fitzpatrick 39,558 (67.26%), Oliur Rahman
(Independent) 1,477.
"""

from __future__ import annotations

import json
from pathlib import Path

import factcheck
from factcheck import CandidateResult, ContestResult, Figure
from factcheck.config import Config
from factcheck.models import (
    Article,
    BoundClaim,
    ChangeClaim,
    Claim,
    Direction,
    Document,
    OutcomeClaim,
    Quantity,
)

RULE = "reference-mismatch"
POPLAR = "Poplar and Limehouse"


def _article(*claims: Claim, contests: tuple[ContestResult, ...] | None = None) -> Article:
    if contests is None:
        # Fitzpatrick's 2017 count, right, so that the contest itself raises nothing.
        contests = (
            ContestResult(
                name=POPLAR,
                candidates=(
                    CandidateResult(
                        name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558)
                    ),
                ),
            ),
        )
    text = "A story about Poplar and Limehouse."
    return Article(document=Document(path="a.txt", text=text), contests=contests, claims=claims)


def _check(
    *claims: Claim,
    election: str = "uk-ge-2017",
    config: Config | None = None,
    contests: tuple[ContestResult, ...] | None = None,
) -> factcheck.Report:
    article = _article(*claims, contests=contests)
    return factcheck.check(article, election=election, select=[RULE], config=config)


def _share_change(
    previous: str, *, candidate: str = "Jim Fitzpatrick", since: str | None = None
) -> ChangeClaim:
    return ChangeClaim(
        quantity=Quantity.SHARE,
        contest=POPLAR,
        candidate=candidate,
        direction=Direction.UP,
        previous=Figure.percentage(previous),
        since=since,
    )


# -- a change's earlier level against the election before ---------------------------------------


def test_an_earlier_share_is_compared_with_the_election_before() -> None:
    # 48.5% for Fitzpatrick's 58.55% in 2015.
    (finding,) = _check(_share_change("48.5")).findings
    assert "Jim Fitzpatrick's (Labour) share in Poplar and Limehouse in 2015" in finding.message
    (same,) = _check(_share_change("48.5", since="2015")).findings
    assert same.message == finding.message


def test_an_earlier_level_since_another_election_is_not_compared_with_the_one_before() -> None:
    # "up from 48.5pc in 2010": the record's earlier election is 2015, so it cannot say.
    report = _check(_share_change("48.5", since="2010"))
    assert (report.findings, report.not_checked) == ((), ())


def test_an_earlier_level_with_no_election_before_in_the_record_is_not_checked() -> None:
    # Fitzpatrick's 2015 count, right, with the change.
    votes = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(29886))
    contests = (ContestResult(name=POPLAR, candidates=(votes,)),)
    report = _check(_share_change("48.5"), election="uk-ge-2015", contests=contests)
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "no official result of Poplar and Limehouse at the election before uk-ge-2015"
    ]


def test_an_earlier_majority_is_not_compared_with_the_candidates_earlier_votes() -> None:
    # 16,924 was Fitzpatrick's 2015 majority, not his 29,886 votes: a change of majority is
    # no claim about the candidate's count.
    claim = ChangeClaim(
        quantity=Quantity.MAJORITY,
        contest=POPLAR,
        candidate="Jim Fitzpatrick",
        direction=Direction.UP,
        previous=Figure.count(16924),
    )
    report = _check(claim)
    assert (report.findings, report.not_checked) == ((), ())


def test_an_earlier_level_of_someone_not_in_the_record_is_not_checked() -> None:
    report = _check(_share_change("48.5", candidate="Jane Nobody"))
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "the candidate of “48.5” cannot be placed in the official record"
    ]


def test_an_earlier_level_of_a_party_that_did_not_stand_before_is_not_checked() -> None:
    report = _check(_share_change("2.0", candidate="Oliur Rahman"))
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "Oliur Rahman and their party have no single candidate in 2015"
    ]


def test_an_earlier_turnout_is_compared_with_the_seats_turnout_before() -> None:
    claim = ChangeClaim(
        quantity=Quantity.TURNOUT,
        contest=POPLAR,
        direction=Direction.UP,
        previous=Figure.percentage("52.2"),
    )
    (finding,) = _check(claim).findings
    assert "turnout in Poplar and Limehouse in 2015" in finding.message
    right = claim.model_copy(update={"previous": Figure.percentage("62.2")})
    assert _check(right).findings == ()


# -- a hedged share or turnout ----------------------------------------------------------------


def _over(value: str, *, quantity: Quantity = Quantity.SHARE, **fields: object) -> BoundClaim:
    bound = Figure.percentage(value).model_copy(
        update={"hedge": "more-than", "text": f"over {value}"}
    )
    return BoundClaim(quantity=quantity, bound=bound, **fields)


def test_a_false_hedge_on_a_named_candidates_share_is_an_error() -> None:
    # "over 70 per cent" for 67.26%.
    (finding,) = _check(_over("70", contest=POPLAR, candidate="Jim Fitzpatrick")).findings
    assert finding.message == (
        "“over 70” is false: Jim Fitzpatrick's share in Poplar and Limehouse (uk-ge-2017) is "
        "officially 67.26%"
    )


def test_a_hedge_in_a_quotation_or_with_no_seat_is_not_compared() -> None:
    quoted = _over("70", contest=POPLAR, candidate="Jim Fitzpatrick", quoted=True)
    seatless = _over("70", candidate="Jim Fitzpatrick")
    for claim in (quoted, seatless):
        report = _check(claim)
        assert (report.findings, report.not_checked) == ((), ())


def test_a_hedged_share_of_no_one_named_is_not_compared() -> None:
    report = _check(_over("70", contest=POPLAR))
    assert (report.findings, report.not_checked) == ((), ())


def test_a_hedged_count_is_left_to_the_other_checks() -> None:
    report = _check(_over("70", quantity=Quantity.VOTES, contest=POPLAR, party="Labour"))
    assert (report.findings, report.not_checked) == ((), ())


def test_a_hedge_in_a_seat_not_in_the_record_says_so() -> None:
    report = _check(_over("70", contest="Nowhere Town", candidate="Jim Fitzpatrick"))
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "“Nowhere Town” is not in the official results of uk-ge-2017 (House of Commons Library "
        "/ Electoral Commission UK general election results)"
    ]


def test_a_hedge_on_someone_not_in_the_record_is_not_checked() -> None:
    report = _check(_over("70", contest=POPLAR, candidate="Jane Nobody"))
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "the candidate of “over 70” cannot be placed in the official record"
    ]


def _record(tmp_path: Path, *contests: dict[str, object]) -> Config:
    path = tmp_path / "record.json"
    path.write_text(json.dumps({"contests": list(contests)}), "utf-8")
    return Config(reference=str(path))


def test_a_hedged_share_the_record_cannot_give_is_not_checked(tmp_path: Path) -> None:
    # A record listing the candidate without a count or share.
    config = _record(
        tmp_path,
        {
            "name": "Anytown",
            "election": "uk-ge-2017",
            "candidates": [{"name": "Jo Bloggs", "party": "Labour"}],
        },
    )
    claim = _over("70", contest="Anytown", candidate="Jo Bloggs")
    report = factcheck.check(
        _article(claim, contests=()), election="uk-ge-2017", select=[RULE], config=config
    )
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "the official record of Anytown cannot give the Jo Bloggs's share in Anytown"
    ]


# -- a hold or gain ---------------------------------------------------------------------------


def test_a_hold_where_the_record_gives_no_single_winner_is_not_checked(tmp_path: Path) -> None:
    tie = [
        {"name": "Jo Bloggs", "party": "Labour", "votes": 20000},
        {"name": "Al Smith", "party": "Green", "votes": 20000},
    ]
    config = _record(
        tmp_path,
        {"name": "Anytown", "election": "uk-ge-2017", "candidates": tie},
        {"name": "Anytown", "election": "uk-ge-2015", "candidates": tie[:1]},
    )
    claim = OutcomeClaim(verb="hold", party="Labour", contest="Anytown")
    report = factcheck.check(
        _article(claim, contests=()), election="uk-ge-2017", select=[RULE], config=config
    )
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "“Labour hold”: the official record does not give a single winner of Anytown"
    ]


def test_a_hold_in_a_seat_not_in_the_record_says_so() -> None:
    report = _check(OutcomeClaim(verb="hold", party="Labour", contest="Nowhere Town"))
    assert report.findings == ()
    assert [n.reason for n in report.not_checked] == [
        "“Nowhere Town” is not in the official results of uk-ge-2017 (House of Commons Library "
        "/ Electoral Commission UK general election results)"
    ]


# -- the rule's small helpers, read directly (mutation testing: docs/testing.md) ----------------


def test_finishing_positions_are_named_in_words_to_the_eighth_then_in_figures() -> None:
    from factcheck.checks.reference.reference_mismatch import _ordinal

    words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
    assert [_ordinal(n) for n in range(1, 9)] == words
    assert [_ordinal(n) for n in (0, 9, 12)] == ["0th", "9th", "12th"]


def test_the_distance_of_a_value_from_an_interval_is_nought_inside_or_on_it() -> None:
    from fractions import Fraction

    from factcheck.checks.reference.reference_mismatch import _distance
    from factcheck.intervals import Interval

    iv = Interval.closed(Fraction(60), Fraction(70))
    assert [_distance(iv, Fraction(x)) for x in (55, 60, 65, 70, 72)] == [5, 0, 0, 0, 2]
    assert _distance(Interval.at_least(Fraction(60)), Fraction(90)) == 0
    assert _distance(Interval.at_least(Fraction(60)), Fraction(50)) == 10
    assert _distance(Interval.at_most(Fraction(60)), Fraction(50)) == 0
    assert _distance(Interval.at_most(Fraction(60)), Fraction(61)) == 1


def test_a_contest_has_figures_when_any_field_or_candidate_gives_one() -> None:
    from factcheck.checks.reference.reference_mismatch import _has_figures

    assert not _has_figures(ContestResult(name="Nowhere"))
    assert not _has_figures(
        ContestResult(name="Nowhere", candidates=(CandidateResult(name="Jane Doe"),))
    )
    count, share = Figure.count(100), Figure.percentage("40")
    for field, value in (
        ("valid_votes", count),
        ("rejected", count),
        ("electorate", count),
        ("turnout", share),
        ("majority", count),
        ("majority_share", share),
    ):
        assert _has_figures(ContestResult.model_validate({"name": "Nowhere", field: value}))
    for field, value in (("votes", count), ("share", share), ("rank", Figure.count(2))):
        candidate = CandidateResult.model_validate({"name": "Jane Doe", field: value})
        assert _has_figures(ContestResult(name="Nowhere", candidates=(candidate,)))


def test_an_earlier_share_is_compared_after_another_seats_change() -> None:
    # Another seat's change, told first, does not end the search for this seat's.
    other = ChangeClaim(
        quantity=Quantity.SHARE,
        contest="Bethnal Green and Bow",
        candidate="Rushanara Ali",
        direction=Direction.UP,
        previous=Figure.percentage("61.2"),
    )
    findings = _check(other, _share_change("48.5")).findings
    (finding,) = [f for f in findings if "Jim Fitzpatrick" in f.message]
    assert "48.5" in finding.message
    # The control: his right earlier share, after the other seat's change, is silent.
    findings = _check(other, _share_change("58.55")).findings
    assert [f for f in findings if "Jim Fitzpatrick" in f.message] == []


def test_each_count_of_the_contest_is_set_against_the_record_under_its_own_name() -> None:
    # 2017: 58,814 valid votes, 277 rejected, an electorate of 87,331.
    fitzpatrick = CandidateResult(name="Jim Fitzpatrick", party="Labour", votes=Figure.count(39558))
    for field, noun, right in (
        ("valid_votes", "valid votes", 58814),
        ("rejected", "rejected ballots", 277),
        ("electorate", "electorate", 87331),
    ):
        for stated, wrong in ((right, False), (right + 1000, True)):
            contest = ContestResult.model_validate(
                {"name": POPLAR, "candidates": (fitzpatrick,), field: Figure.count(stated)}
            )
            found = [f.message for f in _check(contests=(contest,)).findings]
            assert bool(found) == wrong, (field, stated, found)
            assert all(noun in m for m in found), (noun, found)
