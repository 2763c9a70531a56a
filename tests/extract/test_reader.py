"""The prose reader on the three real seed articles (bundled in examples/articles) and edited
twins of them: golden figures, with every figure pointing at its words."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from factcheck.extract.reader import read_prose
from factcheck.models import (
    Article,
    BoundClaim,
    ChangeClaim,
    ContestResult,
    Direction,
    Document,
    Figure,
    Quantity,
    SeatClaim,
    Unit,
)

ARTICLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
SEED_000 = ARTICLES / "000_ebfbf1afab7ada99.txt"
SEED_001 = ARTICLES / "001_0c5695e86abff121.txt"
SEED_002 = ARTICLES / "002_554986b48057e141.txt"


def _read(path: Path) -> Article:
    return read_prose(Document(path=path.name, text=path.read_text(encoding="utf-8")))


def _text(article: Article, fig: Figure | None) -> str | None:
    if fig is None:
        return None
    assert fig.span is not None
    return article.document.text[fig.span.start : fig.span.end]


def _table(article: Article, contest: ContestResult) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.name, c.votes.text if c.votes else None, c.share.text if c.share else None)
        for c in contest.candidates
    ]


def test_seed_000_reads_poplar_and_limehouse_with_all_seven_candidates() -> None:
    article = _read(SEED_000)
    # The caption's "Rushanara Ali is re-elected in Bethnal Green & Bow" makes her the winner
    # of a second contest, with no figures but her rank.
    contest, bethnal = article.contests
    assert contest.name == "Poplar and Limehouse"
    assert bethnal.name == "Bethnal Green and Bow"
    assert [(c.name, c.rank and int(c.rank.value)) for c in bethnal.candidates] == [
        ("Rushanara Ali", 1)
    ]
    assert sorted(_table(article, contest)) == sorted(
        [
            ("Jim Fitzpatrick", "39,558", "67.3"),
            ("Christopher Wilford", "11,846", "20.1"),
            ("Elaine Bagshaw", "3,959", "6.7"),
            ("Oliur Rahman", "1,477", "2.5"),
            ("Bethan Lant", "989", "1.7"),
            ("Nicholas McQueen", "849", "1.4"),
            ("David Barker", "136", "0.2"),
        ]
    )
    assert contest.turnout is not None
    assert contest.turnout.value == D("67.68")
    assert _text(article, contest.turnout) == "67.68pc"
    parties = {c.name: c.party for c in contest.candidates}
    assert parties["Christopher Wilford"] == "Conservative"
    assert parties["Elaine Bagshaw"] == "Liberal Democrat"
    assert parties["Oliur Rahman"] == "Independent"
    assert parties["Bethan Lant"] == "Green Party"
    assert parties["Nicholas McQueen"] == "UK Independence Party"
    bagshaw = next(c for c in contest.candidates if c.name == "Elaine Bagshaw")
    assert bagshaw.rank is not None
    assert int(bagshaw.rank.value) == 3
    # Every figure points at its own words in the text.
    for cand in contest.candidates:
        assert cand.votes is not None
        assert cand.share is not None
        assert (_text(article, cand.votes) or "").replace(",", "") == str(cand.votes.value)
        assert (_text(article, cand.share) or "").startswith(cand.share.text)


def test_seed_000_claims() -> None:
    article = _read(SEED_000)
    changes = [c for c in article.claims if isinstance(c, ChangeClaim)]
    turnout = next(c for c in changes if c.quantity is Quantity.TURNOUT)
    assert turnout.direction is Direction.UP
    assert turnout.amount is not None
    assert (turnout.amount.value, turnout.amount.unit, turnout.amount.hedge) == (
        D(5),
        Unit.PERCENT,
        "about",
    )
    assert _text(article, turnout.amount) == "about five per cent"
    assert turnout.current is not None
    assert turnout.current.value == D("67.68")
    assert turnout.since == "2015"
    shares = [c for c in changes if c.quantity is Quantity.SHARE]
    by_who = {c.candidate: c for c in shares}
    assert set(by_who) == {"Jim Fitzpatrick", "Rushanara Ali"}
    nine = by_who["Jim Fitzpatrick"].amount
    assert nine is not None
    assert (nine.value, nine.unit) == (D(9), Unit.PERCENT)
    ali = by_who["Rushanara Ali"]
    assert ali.contest == "Bethnal Green and Bow"
    assert ali.amount is not None
    assert (ali.amount.value, ali.amount.hedge) == (D(11), "nearly")
    assert _text(article, ali.amount) == "nearly 11pc"
    (bound,) = [c for c in article.claims if isinstance(c, BoundClaim)]
    assert bound.candidate == "Christopher Wilford"
    assert _text(article, bound.bound) == "less than a third"
    assert bound.exact is not None
    assert bound.exact.value == D("20.1")
    seats = {
        (c.party, c.verb, int(c.seats.value)) for c in article.claims if isinstance(c, SeatClaim)
    }
    assert seats == {
        ("Liberal Democrat", "gained", 4),
        ("Labour", "won", 29),
        ("Conservative", "lost", 12),
    }


def test_seed_001_reads_bethnal_green_and_bow() -> None:
    article = _read(SEED_001)
    (contest,) = article.contests
    assert contest.name == "Bethnal Green and Bow"
    assert sorted(_table(article, contest)) == sorted(
        [
            ("Rushanara Ali", "42,969", "71.8"),
            ("Charlotte Chirico", "7,576", "12.7"),
            ("Ajmal Masroor", "3,888", "6.5"),
            ("William Dyer", "2,982", "5"),
            ("Alistair Polson", None, "2.5"),
            ("Ian de Wulverton", "894", "1.5"),
        ]
    )
    assert contest.turnout is not None
    assert contest.turnout.value == 64
    ranks = {c.name: int(c.rank.value) for c in contest.candidates if c.rank is not None}
    # "… to remain in the seat" makes Ali the winner.
    assert ranks == {
        "Rushanara Ali": 1,
        "Charlotte Chirico": 2,
        "Ajmal Masroor": 3,
        "Alistair Polson": 5,
    }
    changes = [c for c in article.claims if isinstance(c, ChangeClaim)]
    chirico = next(c for c in changes if c.candidate == "Charlotte Chirico")
    assert chirico.direction is Direction.DOWN
    assert chirico.previous is not None
    assert chirico.current is not None
    assert (chirico.previous.value, chirico.current.value) == (D("15.2"), D("12.7"))
    polson_share = next(
        c for c in changes if c.candidate == "Alistair Polson" and c.quantity is Quantity.SHARE
    )
    assert polson_share.previous is not None
    assert polson_share.previous.value == D("9.3")
    polson_rank = next(
        c for c in changes if c.candidate == "Alistair Polson" and c.quantity is Quantity.RANK
    )
    assert polson_rank.previous is not None
    assert polson_rank.current is not None
    assert (int(polson_rank.previous.value), int(polson_rank.current.value)) == (3, 5)
    assert polson_rank.direction is Direction.DOWN
    majority = next(c for c in changes if c.quantity is Quantity.MAJORITY)
    assert majority.amount is not None
    assert (majority.amount.value, majority.amount.unit, majority.amount.hedge) == (
        D(11),
        Unit.PERCENT,
        "nearly",
    )
    assert _text(article, majority.amount) == "nearly 11 per cent"
    turnout = next(c for c in changes if c.quantity is Quantity.TURNOUT)
    assert turnout.amount is not None
    assert (turnout.amount.value, turnout.amount.unit) == (D("1.6"), Unit.PERCENT)


def test_seed_002_the_rewrite_reads_the_same_figures() -> None:
    article = _read(SEED_002)
    (contest,) = article.contests
    assert contest.name == "Bethnal Green and Bow"
    assert sorted(_table(article, contest)) == sorted(
        [
            ("Rushanara Ali", "42,969", "71.8"),
            ("Charlotte Chirico", "7,576", None),
            ("Ajmal Masroor", "3,888", None),
        ]
    )
    (majority,) = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert majority.quantity is Quantity.MAJORITY
    assert majority.direction is Direction.UP


@pytest.mark.parametrize(
    ("sentence", "who", "votes", "share"),
    [
        ("Labour's Anna Smith won 21,304 votes (48.7%).", "Anna Smith", "21,304", "48.7"),
        ("Anna Smith (Labour) polled 21,304 (48.7pc).", "Anna Smith", "21,304", "48.7"),
        ("Anna Smith, Labour, took 48.7 per cent or 21,304 votes.", "Anna Smith", "21,304", "48.7"),
        (
            "Anna Smith of the Labour Party won 48.7% of the vote with 21,304.",
            "Anna Smith",
            "21,304",
            "48.7",
        ),
    ],
)
def test_result_sentences_in_several_shapes(
    sentence: str, who: str, votes: str, share: str
) -> None:
    article = read_prose(Document(path="s.txt", text=f"Results in Anytown. {sentence}"))
    (contest,) = article.contests
    (cand,) = contest.candidates
    assert (cand.name, cand.party) == (who, "Labour")
    assert cand.votes is not None
    assert cand.share is not None
    assert (cand.votes.text, cand.share.text) == (votes, share)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kerry earned a 76 percent average during his four years at Yale.",
        "Barack Obama is polling at 46.4% and John McCain is at 44.8%.",
        "Conservative-national Peace and Justice Party won 27% of votes (155 seats in 460).",
        "John Smith said 5,000 people marched (about 20% of the town).",
    ],
)
def test_sentences_that_are_not_results_give_no_votes(sentence: str) -> None:
    article = read_prose(Document(path="s.txt", text=sentence))
    assert all(c.votes is None for contest in article.contests for c in contest.candidates)


def test_a_figure_in_a_quotation_is_marked_quoted() -> None:
    text = 'Anna Smith said: "I won 21,304 votes (48.7%) tonight."'
    article = read_prose(Document(path="q.txt", text=text))
    (contest,) = article.contests
    (cand,) = contest.candidates
    assert cand.votes is not None
    assert cand.votes.quoted


def test_share_of_the_vote_is_a_share_not_a_vote_count() -> None:
    text = (
        "Labour's Rushanara Ali held Bethnal Green and Bow, her share of the vote rising by "
        "nearly 11 points to 71.8pc, with 42,969 votes."
    )
    # "held Bethnal Green and Bow" is also read, as a hold; the change is the only change.
    (claim,) = [
        c
        for c in read_prose(Document(path="s.txt", text=text)).claims
        if isinstance(c, ChangeClaim)
    ]
    assert claim.quantity is Quantity.SHARE
    assert claim.amount is not None
    assert (claim.amount.value, claim.amount.unit, claim.amount.hedge) == (
        D(11),
        Unit.POINTS,
        "nearly",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # A level won, not a change: "gained" without "by".
        "Labour won with 60.7% of the vote over the SNP, who gained 17%.",
        "Mitt Romney won a straw poll in Iowa, gaining 31.6 percent of the votes.",
        # A poll lead is not a constituency majority.
        "Barack Obama has found his lead in the polls increased by 2 percent over John McCain.",
    ],
)
def test_levels_and_poll_leads_are_not_read_as_changes(sentence: str) -> None:
    article = read_prose(Document(path="s.txt", text=sentence))
    assert [c for c in article.claims if isinstance(c, ChangeClaim)] == []
