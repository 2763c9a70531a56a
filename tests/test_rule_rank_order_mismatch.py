"""rank-order-mismatch (NUM105): a stated finishing position no order of the figures allows.

Bethnal Green and Bow 2017 (Ali 42,969; Chirico 7,576; Masroor 3,888; Dyer 2,982; Polson
1,516; de Wulverton 894) and Kensington 2017, won by 20 votes: Dent Coad (Lab) 16,333 to
Borwick (Con) 16,313, both printed as 42.2%.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import CandidateResult, Consequence, ContestResult, Figure, Unit
from factcheck.models import Grounds

RULE = "rank-order-mismatch"

BETHNAL_GREEN = [
    ("Rushanara Ali", 42969, "71.8"),
    ("Charlotte Chirico", 7576, "12.7"),
    ("Ajmal Masroor", 3888, "6.5"),
    ("Elaine Dyer", 2982, "5.0"),
    ("Alistair Polson", 1516, "2.5"),
    ("Larry de Wulverton", 894, "1.5"),
]


def _contest(
    ranks: dict[str, int],
    *,
    only: tuple[str, ...] | None = None,
    fields: tuple[str, ...] = ("votes",),
    **top: Any,
) -> dict[str, Any]:
    candidates = []
    for name, votes, share in BETHNAL_GREEN:
        if only is not None and name not in only:
            continue
        cand: dict[str, Any] = {"name": name}
        cand.update({k: v for k, v in (("votes", votes), ("share", share)) if k in fields})
        if name in ranks:
            cand["rank"] = ranks[name]
        candidates.append(cand)
    contest: dict[str, Any] = {"name": "Bethnal Green and Bow", "candidates": candidates}
    contest.update({k: v for k, v in top.items() if v is not None})
    return contest


def _check(tmp_path: Path, contest: dict[str, Any]) -> tuple[factcheck.Report, str]:
    text = json.dumps({"contests": [contest]}, indent=2)
    path = tmp_path / "results.json"
    path.write_text(text, encoding="utf-8")
    return factcheck.check(path, select=[RULE]), text


def test_third_place_called_second_fires_on_the_rank(tmp_path: Path) -> None:
    report, text = _check(tmp_path, _contest({"Ajmal Masroor": 2}, complete=True))
    (finding,) = report.findings
    assert finding.name == RULE
    assert finding.text == "2"
    assert finding.start == text.index('"rank": 2') + len('"rank": ')
    assert finding.message == (
        "Ajmal Masroor is said to have come second, but 2 candidates finished ahead: "
        "Rushanara Ali (42969 votes), Charlotte Chirico (7576 votes)"
    )
    assert finding.fix == "came third"
    assert finding.consequences == (Consequence.RANKING,)
    assert finding.evidence["ahead"] == ["Rushanara Ali", "Charlotte Chirico"]
    assert finding.evidence["possible_ranks"] == [3, 3]
    assert finding.arithmetic == (
        "Rushanara Ali (42969 votes) > Ajmal Masroor (3888 votes)",
        "Charlotte Chirico (7576 votes) > Ajmal Masroor (3888 votes)",
    )
    assert {r.start for r in finding.related} == {text.index("42969"), text.index("7576")}


def test_the_true_placings_are_silent(tmp_path: Path) -> None:
    ranks = {name: i for i, (name, _, _) in enumerate(BETHNAL_GREEN, 1)}
    report, _ = _check(tmp_path, _contest(ranks, complete=True))
    assert report.findings == ()
    assert report.not_checked == ()


def test_the_runner_up_called_the_winner_changes_the_winner(tmp_path: Path) -> None:
    report, _ = _check(tmp_path, _contest({"Charlotte Chirico": 1}))
    (finding,) = report.findings
    assert finding.consequences == (Consequence.WINNER, Consequence.RANKING)
    assert finding.fix == "came second"


def test_the_winner_called_second_changes_the_winner(tmp_path: Path) -> None:
    report, _ = _check(tmp_path, _contest({"Rushanara Ali": 2}, complete=True))
    (finding,) = report.findings
    assert Consequence.WINNER in finding.consequences
    assert finding.fix == "came first"


def test_last_of_six_called_seventh_fires_only_when_the_list_is_known_complete(
    tmp_path: Path,
) -> None:
    report, _ = _check(tmp_path, _contest({"Larry de Wulverton": 7}, complete=True))
    (finding,) = report.findings
    assert finding.message == (
        "Larry de Wulverton is said to have come seventh, but at most 5 candidates finished ahead"
    )
    assert finding.fix == "came sixth"
    # Not known complete and no total: a seventh candidate may have beaten him.
    report, _ = _check(tmp_path, _contest({"Larry de Wulverton": 7}))
    assert report.findings == ()


def test_a_stated_total_bounds_how_many_unlisted_candidates_could_be_ahead(
    tmp_path: Path,
) -> None:
    # All six listed and they add up to the total: nobody is missing, so seventh is wrong.
    report, _ = _check(tmp_path, _contest({"Larry de Wulverton": 7}, valid_votes=59825))
    (finding,) = report.findings
    assert finding.fix == "came sixth"
    # Chirico left out: 7,576 votes are unlisted, enough for one candidate to beat Masroor's
    # 3,888 but not two. Third is possible, fourth is not.
    no_chirico = tuple(n for n, _, _ in BETHNAL_GREEN if n != "Charlotte Chirico")
    report, _ = _check(tmp_path, _contest({"Ajmal Masroor": 3}, only=no_chirico, valid_votes=59825))
    assert report.findings == ()
    report, _ = _check(tmp_path, _contest({"Ajmal Masroor": 4}, only=no_chirico, valid_votes=59825))
    (finding,) = report.findings
    assert finding.evidence["possible_ranks"] == [2, 3]


def test_a_true_placing_in_a_partial_list_without_a_total_is_silent(tmp_path: Path) -> None:
    # Regression: "Dyer came fourth" with only Ali listed beside her was flagged ("at most 2
    # candidates finished ahead") because an unbounded number of unlisted rivals was counted
    # as one.
    report, _ = _check(
        tmp_path, _contest({"Elaine Dyer": 4}, only=("Rushanara Ali", "Elaine Dyer"))
    )
    assert report.findings == ()
    # Above second place is still refuted: Ali is listed, and ahead.
    report, _ = _check(
        tmp_path, _contest({"Elaine Dyer": 1}, only=("Rushanara Ali", "Elaine Dyer"))
    )
    (finding,) = report.findings
    assert finding.fix == "came second"


def test_shares_decide_only_when_their_rounding_intervals_do_not_overlap(
    tmp_path: Path,
) -> None:
    # Dyer's 5.0 is [4.95, 5.05); Masroor's 6.5, Chirico's 12.7 and Ali's 71.8 are all above.
    report, _ = _check(tmp_path, _contest({"Elaine Dyer": 3}, fields=("share",)))
    (finding,) = report.findings
    assert finding.evidence["ahead"] == ["Rushanara Ali", "Charlotte Chirico", "Ajmal Masroor"]
    assert "Ajmal Masroor (6.5%)" in finding.message


def _kensington(*, with_votes: bool, borwick_rank: int) -> ContestResult:
    def cand(name: str, party: str, votes: int, rank: int | None = None) -> CandidateResult:
        return CandidateResult(
            name=name,
            party=party,
            votes=Figure.count(votes) if with_votes else None,
            share=Figure.percentage("42.2"),
            rank=Figure.count(rank, Unit.RANK) if rank is not None else None,
        )

    return ContestResult(
        name="Kensington",
        candidates=(
            cand("Emma Dent Coad", "Labour", 16333),
            cand("Victoria Borwick", "Conservative", 16313, borwick_rank),
        ),
    )


def test_equal_printed_shares_cannot_refute_a_placing_but_the_votes_can() -> None:
    claim_won = _kensington(with_votes=False, borwick_rank=1)
    assert factcheck.check(claim_won, select=[RULE]).findings == ()
    (finding,) = factcheck.check(
        _kensington(with_votes=True, borwick_rank=1), select=[RULE]
    ).findings
    assert finding.evidence["ahead"] == ["Emma Dent Coad"]
    assert finding.consequences == (Consequence.WINNER, Consequence.RANKING)
    assert (
        factcheck.check(_kensington(with_votes=True, borwick_rank=2), select=[RULE]).findings == ()
    )


@pytest.mark.parametrize("rank", [1, 2])
def test_a_tie_allows_either_placing(rank: int) -> None:
    contest = ContestResult(
        name="Ward",
        complete=True,
        candidates=(
            CandidateResult(name="A", votes=Figure.count(512)),
            CandidateResult(name="B", votes=Figure.count(512), rank=Figure.count(rank, Unit.RANK)),
        ),
    )
    assert factcheck.check(contest, select=[RULE]).findings == ()


def test_a_placing_with_nothing_to_test_it_is_not_checked(tmp_path: Path) -> None:
    # "Chirico came second" with no figure for her is not a pass: it is recorded as unchecked.
    report, _ = _check(tmp_path, _contest({"Charlotte Chirico": 2}, fields=(), complete=True))
    assert report.findings == ()
    (skip,) = report.not_checked
    assert skip.name == RULE
    assert "Charlotte Chirico" in skip.reason
    assert "no votes or share" in skip.reason


def test_a_placing_no_other_figure_can_be_compared_with_is_not_checked(tmp_path: Path) -> None:
    report, _ = _check(tmp_path, _contest({"Charlotte Chirico": 3}, only=("Charlotte Chirico",)))
    assert report.findings == ()
    assert [n.name for n in report.not_checked] == [RULE]


def _prose(text: str) -> list[str]:
    report = factcheck.check(factcheck.Document(path="story.txt", text=text))
    return [f.message for f in report.findings if f.name == RULE]


def test_a_polls_share_does_not_decide_a_placing_in_the_count() -> None:
    # John Roe's 40% is the opinion poll's (read with its election assumed); the count's
    # placings are not judged by it, so Jane Doe's "first" stands.
    poll = (
        "In Bolsover, Jane Doe took first place with a 21.4% share of the vote. "
        "John Roe, who was first in the students' opinion poll with a share of 40%, only "
        "managed second place."
    )
    assert _prose(poll) == []
    # The same placing against a share of the count itself is still judged.
    count = (
        "In Bolsover, Jane Doe took first place with a 21.4% share of the vote. "
        "John Roe came second with a 40% share of the vote."
    )
    [message] = _prose(count)
    assert "Jane Doe is said to have come first" in message


# A rival's count whose reading assumed what it measures: "received 20,795 votes and has
# represented the seat since 2017" may be a change, so it shows no one finished behind him.
RIVAL = (
    "In Anytown North, Labour's Jane Doe took the seat from the Conservatives' John Roe.\n\n"
    "Ms Doe received 17,665 votes. Mr Roe came second, receiving 12,061 votes. Reform's "
    "Sam Poe was third with 9,670 votes.\n\n"
    "Mark Smith received 20,795 votes{tail}.\n"
)


def test_a_rivals_count_read_as_votes_for_sure_decides_a_placing() -> None:
    messages = _prose(RIVAL.format(tail=""))
    # (twenty-second session) Read from prose, a place is at most a warning with no fix.
    prose = (
        " (a place read from prose: whose it is and which counts it is set against are "
        "readings, so no fix is offered)"
    )
    assert messages == [
        "John Roe is said to have come second, but 2 candidates finished ahead: Jane Doe "
        "(17,665 votes), Mark Smith (20,795 votes)" + prose,
        "Sam Poe is said to have come third, but 3 candidates finished ahead: Jane Doe "
        "(17,665 votes), John Roe (12,061 votes), Mark Smith (20,795 votes)" + prose,
    ]


def test_a_rivals_count_that_may_be_a_change_decides_nothing() -> None:
    assert _prose(RIVAL.format(tail=" and has represented the seat since 2017")) == []


def _sure(votes: int, loose: tuple[str, ...] = ()) -> Figure:
    grounds = Grounds.model_validate(
        {
            "what": "w",
            "subject": "s",
            "seat": "t",
            "seat_named": "in the sentence",
            "election": "e",
            "loose": loose,
        }
    )
    return Figure.count(votes).model_copy(update={"grounds": grounds})


@given(
    st.lists(st.integers(min_value=1, max_value=50_000), min_size=3, max_size=7, unique=True),
    st.data(),
)
def test_a_rival_read_loosely_is_never_named_ahead(votes: list[int], data: st.DataObject) -> None:
    ranked = data.draw(st.integers(min_value=0, max_value=len(votes) - 1))
    shaky = data.draw(
        st.integers(min_value=0, max_value=len(votes) - 1).filter(lambda j: j != ranked)
    )
    tie = data.draw(st.sampled_from(["what", "subject", "election"]))
    stated = data.draw(st.integers(min_value=1, max_value=len(votes)))
    cands = tuple(
        CandidateResult(
            name=f"Candidate {chr(65 + j)}",
            votes=_sure(v, (tie,) if j == shaky else ()),
            rank=Figure.count(stated, Unit.RANK) if j == ranked else None,
        )
        for j, v in enumerate(votes)
    )
    report = factcheck.check(
        factcheck.Article(
            document=factcheck.Document(path="s.txt", text=""),
            contests=(ContestResult(name="Anytown", candidates=cands, complete=True),),
        ),
        select=[RULE],
    )
    truly = 1 + sum(v > votes[ranked] for v in votes)
    for finding in report.findings:
        assert cands[shaky].name not in finding.message
        # Fires only on a placing the sure counts alone rule out.
        sure_ahead = sum(v > votes[ranked] for j, v in enumerate(votes) if j != shaky)
        assert stated < sure_ahead + 1 or stated > sure_ahead + 2
    if stated == truly:
        assert report.findings == ()


# A live blog's prose gives the winner's count, then its "Full result" list another value:
# the list's line is the count, the prose's is kept as said again.
LIVE = (
    "Telford: Lucy Allan (Conservative) is re-elected as MP{prose}. Labour's Kuldip Sahota "
    "next with 21,057 votes.\n\nFull result:\n\nKuldip Sahota (Labour) 21,057\n"
    "Lucy Allan (Conservative) 2\n"
)


def test_a_placing_fitting_the_other_count_the_story_gives_is_not_reported() -> None:
    report = factcheck.check(
        factcheck.Document(path="story.txt", text=LIVE.format(prose=" with 21,777 votes"))
    )
    assert [f for f in report.findings if f.name == RULE] == []
    assert [s.reason for s in report.not_checked if s.rule == "NUM105"] == [
        "Lucy Allan's stated position fits the other figure the story gives them (21,777): "
        "the story's two figures disagree, not the position"
    ]


def test_a_win_in_words_only_one_count_contradicts_is_not_set_against_it() -> None:
    # (twenty-first session) "is re-elected" is a win said in words, not a place: set
    # against the list's counts, the slip is the list's "2", which the record judges.
    text = LIVE.format(prose="")
    assert _prose(text) == []
    report = factcheck.check(factcheck.Document(path="story.txt", text=text))
    (reason,) = [s.reason for s in report.not_checked if s.rule == "NUM105"]
    assert reason.startswith("Lucy Allan's first place is a win said in words")
