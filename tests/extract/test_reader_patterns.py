"""The patterns real UK results copy uses (issue 8), each in sentences we wrote.

For every pattern, two things are tested: what the reader takes from the sentence (the
figure, what it measures, whose it is, the seat, and the grounds it was read on), and what
``factcheck.check`` makes of it against the official results of that election: the right
rule fires on a wrong figure, and nothing fires on the right one.

Every figure below is the official one for the seat and year named (factcheck's bundled UK
results); the "wrong" variant changes one figure as a slip of the keyboard would.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from story_files import candidate_named, contest_named, findings_in, story_file

import factcheck
from factcheck.io.articles import load_article
from factcheck.models import (
    Article,
    ChangeClaim,
    Figure,
    Finding,
    Quantity,
    Severity,
    Unit,
)


def _at(article: Article, fig: Figure | None) -> str:
    """The words a figure was read from."""
    assert fig is not None
    assert fig.span is not None
    return article.document.text[fig.span.start : fig.span.end]


def _certain(fig: Figure | None) -> Figure:
    assert fig is not None
    assert fig.grounds is not None
    assert fig.grounds.certain, fig.grounds
    return fig


def _one(findings: list[Finding], name: str) -> Finding:
    named = [f for f in findings if f.name == name]
    assert len(named) == 1, [(f.name, f.message) for f in findings]
    return named[0]


# --- Margins and gaps are never a vote total --------------------------------------------

# (election, seat, story with {n} for the margin, the official majority, a slip of it)
MARGINS = [
    pytest.param(
        "uk-ge-2017",
        "Gower",
        "In Gower, Labour's Tonia Antoniazzi beat Byron Davies by {n} votes.",
        "3,269",
        "3,296",
        id="beat-by",
    ),
    pytest.param(
        "uk-ge-2017",
        "Kensington",
        "Emma Dent Coad won Kensington by {n} votes after three recounts.",
        "20",
        "21",
        id="won-by",
    ),
    pytest.param(
        "uk-ge-2017",
        "Ceredigion",
        "Ben Lake took Ceredigion for Plaid Cymru with a {n}-vote victory over Mark Williams,"
        " who had 11,519 votes.",
        "104",
        "140",
        id="n-vote-victory",
    ),
    pytest.param(
        "uk-ge-2017",
        "Moray",
        "Douglas Ross was elected in Moray with a margin of {n} over Angus Robertson, who"
        " polled 18,478 votes.",
        "4,159",
        "4,195",
        id="margin-of",
    ),
    pytest.param(
        "uk-ge-2017",
        "Dudley North",
        # Ian Austin's count bears out the seat, so a wrong margin is an error with a fix.
        "The Conservative Les Jones finished {n} votes behind in Dudley North, where Labour's "
        "Ian Austin won 18,090 votes.",
        "22",
        "23",
        id="votes-behind",
    ),
    pytest.param(
        "uk-ge-2017",
        "Perth and North Perthshire",
        "In Perth and North Perthshire, the Conservative Ian Duncan lost by {n} votes.",
        "21",
        "12",
        id="lost-by",
    ),
    pytest.param(
        "uk-ge-2024",
        "Hendon",
        "Labour's David Pinto-Duschinsky won Hendon by {n} votes, ousting the Conservatives.",
        "15",
        "51",
        id="won-by-2024",
    ),
]


@pytest.mark.parametrize(("election", "seat", "story", "right", "wrong"), MARGINS)
def test_a_margin_is_the_majority_never_a_vote_total(
    tmp_path: Path, *, election: str, seat: str, story: str, right: str, wrong: str
) -> None:
    path = story_file(tmp_path, story.format(n=right), election)
    article = load_article(path)
    contest = contest_named(article, seat)
    majority = _certain(contest.majority)
    assert (majority.text, majority.unit, majority.exact) == (right, Unit.VOTES, True)
    assert _at(article, majority) == right
    # Nobody is given the margin as their vote.
    assert all(
        c.votes is None or c.votes.text != right for co in article.contests for c in co.candidates
    )
    assert findings_in(path) == []

    bad = story_file(tmp_path, story.format(n=wrong), election)
    finding = _one(findings_in(bad), "reference-mismatch")
    assert finding.severity is Severity.ERROR
    assert finding.text == wrong
    assert finding.fix is not None
    assert right in finding.fix


@pytest.mark.parametrize(
    "story",
    [
        "Tonia Antoniazzi won Gower for Labour with a slim {n} majority.",
        "Tonia Antoniazzi's {n} majority win in Gower was the night's first Labour gain.",
    ],
)
def test_a_count_before_majority_is_the_majority(tmp_path: Path, story: str) -> None:
    path = story_file(tmp_path, story.format(n="3,269"), "uk-ge-2017")
    majority = _certain(contest_named(load_article(path), "Gower").majority)
    assert majority.text == "3,269"
    assert findings_in(path) == []
    bad = findings_in(story_file(tmp_path, story.format(n="3,296"), "uk-ge-2017"))
    assert _one(bad, "reference-mismatch").text == "3,296"


@pytest.mark.parametrize(
    "story",
    [
        # Gower 2015: Byron Davies won by 27 votes; in 2017 he was defending that majority.
        "In Gower, Byron Davies was defending a 27 majority and lost.",
        "In Gower, Tonia Antoniazzi overturned a 27 Conservative majority.",
        "In Gower, Byron Davies saw his 27 majority overturned by Labour.",
    ],
)
def test_an_overturned_or_defended_majority_is_the_last_elections(
    tmp_path: Path, story: str
) -> None:
    path = story_file(tmp_path, story, "uk-ge-2017")
    article = load_article(path)
    assert all(c.majority is None for c in article.contests if not c.dated)
    assert findings_in(path) == []


@pytest.mark.parametrize(
    ("majority", "turnout", "fires"),
    [("10,598", "65.5%", []), ("10,958", "65.5%", ["10,958"]), ("10,598", "56.5%", ["56.5%"])],
)
def test_a_cards_majority_and_turnout_fields(
    tmp_path: Path, majority: str, turnout: str, fires: list[str]
) -> None:
    # Swansea West 2017 as a seat's card, its lines joined by single breaks, then prose that
    # names another year: the prose does not date the card's figures.
    path = story_file(
        tmp_path,
        "Swansea West\nParty: Labour\nMP: Geraint Davies\n"
        f"Majority: {majority}\n• Turnout: {turnout}\n"
        "Mr Davies held the seat with a bigger majority than he had in 2015.",
        "uk-ge-2017",
    )
    contest = contest_named(load_article(path), "Swansea West")
    assert _certain(contest.majority).text == majority
    assert _certain(contest.turnout).text == turnout.rstrip("%")
    assert sorted(f.text or "" for f in findings_in(path)) == fires


def test_a_gap_between_runners_up_is_not_the_majority(tmp_path: Path) -> None:
    # Moray 2017: the SNP (second, 18,478) was 13,270 ahead of Labour (third, 5,208); the
    # majority was 4,159.
    story = "Douglas Ross won Moray for the Conservatives. The SNP beat Labour into third place"
    path = story_file(tmp_path, story + " by 13,270 votes.", "uk-ge-2017")
    article = load_article(path)
    assert all(c.majority is None for c in article.contests)
    assert findings_in(path) == []
    # The same words with a majority of their own: the majority is still the winner's.
    # ("Mr Ross had a majority of 4,159" would tie no election surely: copy writes "had a
    # majority of" of the majority held before the poll too, tests/extract/
    # test_election_tie_unseen.py.)
    path = story_file(
        tmp_path, story + " by 13,270 votes. Mr Ross won a majority of 4,159.", "uk-ge-2017"
    )
    assert _certain(contest_named(load_article(path), "Moray").majority).text == "4,159"
    assert findings_in(path) == []


def test_a_margin_with_its_share_reads_both(tmp_path: Path) -> None:
    # Ceredigion 2017: 104 votes, 0.26 points of 39,767.
    story = "Ben Lake won Ceredigion by 104 votes, {s}% of the vote."
    path = story_file(tmp_path, story.format(s="0.3"), "uk-ge-2017")
    article = load_article(path)
    contest = contest_named(article, "Ceredigion")
    assert _certain(contest.majority).text == "104"
    share = _certain(contest.majority_share)
    assert (share.value, share.unit) == (Decimal("0.3"), Unit.POINTS)
    assert _at(article, share) == "0.3%"
    assert findings_in(path) == []

    bad = story_file(tmp_path, story.format(s="0.2"), "uk-ge-2017")
    finding = _one(findings_in(bad), "reference-mismatch")
    assert finding.text == "0.2%"


# --- A majority rounded to the thousand ---------------------------------------------------


@pytest.mark.parametrize(
    ("written", "fires"),
    [("21,000", False), ("20,000", True), ("18,000", True), ("20,818", False)],
)
def test_a_majority_of_a_whole_thousand_is_rounded(
    tmp_path: Path, written: str, fires: bool
) -> None:
    # Sevenoaks 2019: Laura Trott's majority was 20,818.
    path = story_file(
        tmp_path,
        f"Laura Trott held Sevenoaks with 30,932 votes, a majority of {written}.",
        "uk-ge-2019",
    )
    majority = _certain(contest_named(load_article(path), "Sevenoaks").majority)
    assert majority.text == written
    if written.endswith(",000"):
        assert not majority.exact
        assert majority.precision == 1000
    else:
        assert majority.exact
    names = [f.name for f in findings_in(path)]
    assert names == (["reference-mismatch"] if fires else [])


# --- Hedged majorities --------------------------------------------------------------------

HEDGED = [
    # Gower 2017: Tonia Antoniazzi's majority was 3,269.
    ("Tonia Antoniazzi took Gower for Labour with a majority of {h}.", "just over 3,000", None),
    ("Tonia Antoniazzi took Gower for Labour with a majority of {h}.", "some 3,300", None),
    ("Tonia Antoniazzi took Gower for Labour with a majority of {h}.", "almost 3,000", "3,000"),
    ("In Gower, Tonia Antoniazzi beat Byron Davies by {h} votes.", "just over 3,200", None),
    ("In Gower, Tonia Antoniazzi beat Byron Davies by {h} votes.", "just under 3,000", "3,000"),
    (
        "In Gower, Tonia Antoniazzi won 22,727 votes, {h} clear of her nearest rival.",
        "some 3,300",
        None,
    ),
]


@pytest.mark.parametrize(("story", "hedged", "fires"), HEDGED)
def test_a_hedged_majority_is_read_with_its_hedge(
    tmp_path: Path, story: str, hedged: str, fires: str | None
) -> None:
    path = story_file(tmp_path, story.format(h=hedged), "uk-ge-2017")
    article = load_article(path)
    majority = _certain(contest_named(article, "Gower").majority)
    assert majority.hedge != "exact"
    assert _at(article, majority) == hedged
    findings = findings_in(path)
    if fires is None:
        assert findings == []
    else:
        finding = _one(findings, "reference-mismatch")
        assert finding.text == hedged
        assert "3,269" in finding.message


def test_a_parliamentary_majority_of_seats_is_not_a_seats_majority(tmp_path: Path) -> None:
    path = story_file(
        tmp_path,
        "Laura Trott held Sevenoaks with 30,932 votes. Nationally, the Conservatives won a"
        " majority of 80 seats.",
        "uk-ge-2019",
    )
    article = load_article(path)
    assert all(c.majority is None for c in article.contests)
    assert findings_in(path) == []


# --- Time qualifiers ----------------------------------------------------------------------


@pytest.mark.parametrize(("written", "fires"), [("20", False), ("29", True)])
def test_another_elections_majority_is_checked_against_that_election(
    tmp_path: Path, written: str, fires: bool
) -> None:
    # Kensington: won by 20 votes in 2017, by 150 in 2019. A 2019 story's "majority of ...
    # in 2017" never becomes the 2019 majority; 2017 is bundled, so it is checked there.
    path = story_file(
        tmp_path,
        "Felicity Buchan took Kensington for the Conservatives with 16,768 votes. Emma Dent"
        f" Coad had won the seat with a majority of {written} in 2017.",
        "uk-ge-2019",
    )
    article = load_article(path)
    by_election = {c.election: c for c in article.contests}
    assert set(by_election) == {"uk-ge-2019", "uk-ge-2017"}
    assert by_election["uk-ge-2019"].majority is None
    earlier = _certain(by_election["uk-ge-2017"].majority)
    assert earlier.text == written
    assert earlier.grounds is not None
    assert "2017" in earlier.grounds.election
    findings = findings_in(path)
    if fires:
        finding = _one(findings, "reference-mismatch")
        assert finding.text == written
        assert "uk-ge-2017" in finding.message
        assert finding.fix is not None
        assert "20" in finding.fix
    else:
        assert findings == []


def test_another_elections_figure_is_not_a_vote_count(tmp_path: Path) -> None:
    story = (
        "Felicity Buchan took Kensington for the Conservatives with 16,768 votes. Two years"
        " ago, Victoria Borwick polled 16,313 votes there."
    )
    path = story_file(tmp_path, story, "uk-ge-2019")
    article = load_article(path)
    contest = contest_named(article, "Kensington")
    assert [c.name for c in contest.candidates if c.votes is not None] == ["Felicity Buchan"]


@pytest.mark.parametrize(
    ("votes", "share", "fires"),
    [("16,768", "38.3", None), ("16,786", "38.3", "16,786"), ("16,768", "39.3", "39.3")],
)
def test_up_from_an_earlier_election_does_not_stop_a_figure_being_read(
    tmp_path: Path, votes: str, share: str, fires: str | None
) -> None:
    path = story_file(
        tmp_path,
        f"Felicity Buchan took Kensington for the Conservatives with {votes} votes, {share}"
        " per cent of the vote, up from the party's performance in 2017.",
        "uk-ge-2019",
    )
    article = load_article(path)
    buchan = candidate_named(contest_named(article, "Kensington"), "Felicity Buchan")
    assert _certain(buchan.votes).text == votes
    assert _certain(buchan.share).text == share
    assert _at(article, buchan.share) == f"{share} per cent"
    findings = findings_in(path)
    if fires is None:
        assert findings == []
    else:
        assert _one(findings, "reference-mismatch").text.startswith(fires)  # type: ignore[union-attr]


# --- Share changes --------------------------------------------------------------------------
# Gower, 2015 to 2017: Labour 37.03% to 49.87% (+12.84 points), the Conservatives 37.10% to
# 42.69% (+5.59), Plaid Cymru 7.14% to 3.66% (-3.48).

SHARE_CHANGES = [
    pytest.param(
        "In Gower, the Labour vote was up {n} points on 2015.",
        "Labour",
        None,
        "12.8",
        "21.8",
        id="party-vote-points",
    ),
    pytest.param(
        "Tonia Antoniazzi took Gower for Labour with 49.9% of the vote, up {n} points.",
        "Labour",
        None,
        "12.8",
        "21.8",
        id="after-a-share",
    ),
    pytest.param(
        "In Gower that meant a 3.5 point slump in Plaid Cymru's share of the vote, and a {n}"
        " point increase in the Conservatives'.",
        "Conservative",
        None,
        "5.6",
        "6.5",
        id="noun-then-party",
    ),
    pytest.param(
        "In Gower, Tonia Antoniazzi, a Labour newcomer, saw her share rise by {n} points.",
        "Labour",
        "Tonia Antoniazzi",
        "12.8",
        "21.8",
        id="apposition",
    ),
    pytest.param(
        "In Gower, the Labour candidate Tonia Antoniazzi won 22,727 votes, increasing her"
        " party's share of the vote by {n} points from 2015.",
        "Labour",
        "Tonia Antoniazzi",
        "12.8",
        "21.8",
        id="after-a-vote-count",
    ),
]


@pytest.mark.parametrize(("story", "party", "who", "right", "wrong"), SHARE_CHANGES)
def test_a_share_change_is_bound_to_its_party(
    tmp_path: Path, *, story: str, party: str, who: str | None, right: str, wrong: str
) -> None:
    path = story_file(tmp_path, story.format(n=right), "uk-ge-2017")
    article = load_article(path)
    (claim,) = [
        c
        for c in article.claims
        if isinstance(c, ChangeClaim) and c.amount is not None and c.amount.text == right
    ]
    assert claim.quantity is Quantity.SHARE
    assert claim.amount is not None
    assert claim.amount.unit is Unit.POINTS
    assert (claim.party, claim.candidate, claim.contest) == (party, who, "Gower")
    assert findings_in(path) == []
    bad = findings_in(story_file(tmp_path, story.format(n=wrong), "uk-ge-2017"))
    wrong_text = _one(bad, "percent-points-confusion").text
    assert wrong_text is not None
    assert wrong_text.startswith(f"{wrong} point")


@pytest.mark.parametrize(
    ("story", "quantity", "direction"),
    [
        # Gower: Byron Davies polled 15,862 in 2015 and 19,458 in 2017 (3,596 more).
        (
            "Byron Davies lost Gower despite polling 3,596 more votes than in 2015.",
            Quantity.VOTES,
            "up",
        ),
        (
            "Tonia Antoniazzi won Gower with 22,727 votes. Byron Davies was second, though he"
            " polled 3,596 more votes than he did in 2015.",
            Quantity.VOTES,
            "up",
        ),
        (
            "Tonia Antoniazzi won Gower by 3,269 votes, 3,242 more votes than the majority at"
            " the 2015 election.",
            Quantity.MAJORITY,
            "up",
        ),
    ],
)
def test_fewer_or_more_votes_is_a_change_not_a_count(
    tmp_path: Path, story: str, quantity: Quantity, direction: str
) -> None:
    path = story_file(tmp_path, story, "uk-ge-2017")
    article = load_article(path)
    (claim,) = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert claim.quantity is quantity
    assert claim.direction is not None
    assert claim.direction.value == direction
    assert claim.amount is not None
    assert claim.amount.text in story
    # The amount is nobody's vote count.
    assert all(
        c.votes is None or c.votes.text != claim.amount.text
        for k in article.contests
        for c in k.candidates
    )
    assert findings_in(path) == []


def test_fewer_votes_than_a_rival_is_not_a_change(tmp_path: Path) -> None:
    path = story_file(
        tmp_path,
        "In Gower, Byron Davies polled 19,458 votes, 3,269 fewer votes than Tonia Antoniazzi.",
        "uk-ge-2017",
    )
    article = load_article(path)
    assert not [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert findings_in(path) == []


def test_a_change_in_per_cent_after_a_partys_share_is_judged(tmp_path: Path) -> None:
    # Written in per cent, the points change: the wording rule says so, for the right party.
    path = story_file(
        tmp_path,
        "In Gower that meant a 3.5 per cent slump in Plaid Cymru's share of the vote, and a"
        " 5.6 per cent increase in the Conservatives'.",
        "uk-ge-2017",
    )
    found = {f.text: f for f in findings_in(path) if f.name == "percent-points-confusion"}
    assert set(found) == {"3.5 per cent", "5.6 per cent"}
    assert "Plaid Cymru" in found["3.5 per cent"].message
    assert "Conservative" in found["5.6 per cent"].message


def test_a_change_only_near_a_vote_count_is_loose(tmp_path: Path) -> None:
    # "an 8 per cent decline" names nothing: the votes before it are only nearness.
    path = story_file(
        tmp_path,
        "Gower was held by Tonia Antoniazzi, who won with 22,727 of the votes, a 12.8 per cent"
        " rise on 2015.",
        "uk-ge-2017",
    )
    article = load_article(path)
    (claim,) = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert claim.amount is not None
    assert claim.amount.grounds is not None
    assert "what" in claim.amount.grounds.loose
    assert all(f.severity is not Severity.ERROR for f in findings_in(path))


def test_a_partys_change_far_from_any_seat_is_not_the_seats(tmp_path: Path) -> None:
    # A round-up: the party's change stands in a paragraph of its own, after two seats.
    path = story_file(
        tmp_path,
        "Tonia Antoniazzi won Gower with 22,727 votes.\n\n"
        "Ben Lake won Ceredigion with 11,623 votes.\n\n"
        "It was a poor night for Plaid Cymru, with their vote falling by 9.4 points.",
        "uk-ge-2017",
    )
    article = load_article(path)
    assert not [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert findings_in(path) == []


# --- Results lists in newsroom formats -----------------------------------------------------


@pytest.mark.parametrize(("davies", "fires"), [("19,458", False), ("19,548", True)])
def test_pa_style_results_list(tmp_path: Path, davies: str, fires: bool) -> None:
    # Gower 2017, PA style: name (party abbreviation) votes (share) change.
    path = story_file(
        tmp_path,
        "Gower result:\n\n"
        "Tonia Antoniazzi (Lab) 22,727 (49.87%) +12.85%\n"
        f"Byron Davies (Con) {davies} (42.69%) +5.59%\n"
        "Harri Roberts (PC) 1,669 (3.66%) -3.47%\n",
        "uk-ge-2017",
    )
    article = load_article(path)
    contest = contest_named(article, "Gower")
    got = {
        c.name: (_certain(c.votes).text, _certain(c.share).text, c.party)
        for c in contest.candidates
    }
    assert got == {
        "Tonia Antoniazzi": ("22,727", "49.87", "Labour"),
        "Byron Davies": (davies, "42.69", "Conservative"),
        "Harri Roberts": ("1,669", "3.66", "Plaid Cymru"),
    }
    # The signed change column is not a share.
    assert all(c.share is not None and c.share.text != "12.85" for c in contest.candidates)
    names = sorted(f.name for f in findings_in(path))
    # A slip in one count breaks both its share and the official record.
    assert names == (["reference-mismatch", "share-votes-mismatch"] if fires else [])


@pytest.mark.parametrize(("davies", "fires"), [("19,458", False), ("19,548", True)])
def test_name_party_colon_votes_list(tmp_path: Path, davies: str, fires: bool) -> None:
    path = story_file(
        tmp_path,
        "Turnout in Gower was 73.3%. The votes in full:\n\n"
        "Tonia Antoniazzi, Labour: 22,727\n"
        f"Byron Davies, Conservative: {davies}\n"
        "Harri Roberts, Plaid Cymru: 1,669\n",
        "uk-ge-2017",
    )
    article = load_article(path)
    contest = contest_named(article, "Gower")
    got = {c.name: (_certain(c.votes).text, c.party) for c in contest.candidates}
    assert got == {
        "Tonia Antoniazzi": ("22,727", "Labour"),
        "Byron Davies": (davies, "Conservative"),
        "Harri Roberts": ("1,669", "Plaid Cymru"),
    }
    davies_votes = candidate_named(contest, "Byron Davies").votes
    assert _at(article, davies_votes) == davies
    findings = findings_in(path)
    if fires:
        assert _one(findings, "reference-mismatch").text == davies
    else:
        assert findings == []


@pytest.mark.parametrize(("williams", "fires"), [("1984", False), ("1948", True)])
def test_list_lines_between_blank_lines(tmp_path: Path, williams: str, fires: bool) -> None:
    # Swansea West 2019, one line per paragraph, as pasted from a council's declaration; two
    # counts look like years, and "PC" is Plaid Cymru's official abbreviation.
    path = story_file(
        tmp_path,
        "Turnout in Swansea West was 62.8%.\n\n"
        "Geraint Davies (Lab Co-op) 18,493\n\n"
        "James Price (Con) 10,377\n\n"
        "Michael O'Carroll (LD) 2,993\n\n"
        f"Gwyn Williams (PC) {williams}\n\n"
        "Peter Hopkins (Brexit) 1983\n",
        "uk-ge-2019",
    )
    article = load_article(path)
    contest = contest_named(article, "Swansea West")
    got = {c.name: (_certain(c.votes).text, c.party) for c in contest.candidates}
    assert got == {
        "Geraint Davies": ("18,493", "Labour"),
        "James Price": ("10,377", "Conservative"),
        "Michael O'Carroll": ("2,993", "Liberal Democrat"),
        "Gwyn Williams": (williams, "Plaid Cymru"),
        "Peter Hopkins": ("1983", None),
    }
    findings = findings_in(path)
    if fires:
        assert _one(findings, "reference-mismatch").text == williams
    else:
        assert findings == []


@pytest.mark.parametrize(
    "line",
    [
        "Gwyn Williams (PC), elected in 1984",
        "Gwyn Williams won 1984 seats of the council in 2019",
        "Gwyn Williams (PC) 1984 campaign leaflets",
    ],
)
def test_a_lone_line_of_prose_is_not_a_list_line(tmp_path: Path, line: str) -> None:
    path = story_file(tmp_path, f"Turnout in Swansea West was 62.8%.\n\n{line}\n", "uk-ge-2019")
    article = load_article(path)
    assert all(c.votes is None for k in article.contests for c in k.candidates)
    assert findings_in(path) == []


@pytest.mark.parametrize(("share", "fires"), [("42.7", False), ("47.2", True)])
def test_results_card(tmp_path: Path, share: str, fires: bool) -> None:
    path = story_file(
        tmp_path,
        "Turnout in Gower was 73.3%.\n\n"
        "Tonia Antoniazzi\n• Votes: 22,727\n• Vote share %: 49.9\n\n"
        f"Byron Davies\n• Votes: 19,458\n• Vote share %: {share}\n",
        "uk-ge-2017",
    )
    article = load_article(path)
    contest = contest_named(article, "Gower")
    davies = candidate_named(contest, "Byron Davies")
    assert _certain(davies.votes).text == "19,458"
    assert _certain(davies.share).text == share
    assert _at(article, davies.share) == share
    assert _certain(candidate_named(contest, "Tonia Antoniazzi").votes).text == "22,727"
    names = sorted(f.name for f in findings_in(path))
    assert names == (["reference-mismatch", "share-votes-mismatch"] if fires else [])


# --- Counts in a sentence that already counts votes ------------------------------------------

PARALLEL = [
    pytest.param(
        "In Gower, Tonia Antoniazzi won 22,727 votes, followed by Byron Davies of the"
        " Conservatives with {n}.",
        id="followed-by-with",
    ),
    pytest.param(
        "In Gower, Labour's Tonia Antoniazzi polled 22,727 votes and the Conservatives' Byron"
        " Davies {n}.",
        id="bare-after-name",
    ),
    pytest.param(
        "In Gower, Tonia Antoniazzi won 22,727 votes. Byron Davies came second with {n} and"
        " Harri Roberts third with 1,669.",
        id="placing-then-and",
    ),
    pytest.param(
        "In Gower, Tonia Antoniazzi took 22,727 votes, with Byron Davies getting {n}.",
        id="getting",
    ),
]


@pytest.mark.parametrize("story", PARALLEL)
def test_a_bare_count_after_the_next_name_is_their_votes(tmp_path: Path, story: str) -> None:
    # Gower 2017: Byron Davies polled 19,458.
    path = story_file(tmp_path, story.format(n="19,458"), "uk-ge-2017")
    article = load_article(path)
    davies = candidate_named(contest_named(article, "Gower"), "Byron Davies")
    assert _certain(davies.votes).text == "19,458"
    assert findings_in(path) == []
    bad = findings_in(story_file(tmp_path, story.format(n="19,548"), "uk-ge-2017"))
    assert _one(bad, "reference-mismatch").text == "19,548"


def test_a_name_inside_a_relative_clause_does_not_take_the_figure(tmp_path: Path) -> None:
    # Gower 2017: the figure after the relative clause is the subject's, not the name's in it.
    story = (
        "In Gower, Tonia Antoniazzi, a former teacher, who took the seat from Byron Davies"
        " after two years, polled {n} votes."
    )
    path = story_file(tmp_path, story.format(n="22,727"), "uk-ge-2017")
    contest = contest_named(load_article(path), "Gower")
    assert candidate_named(contest, "Tonia Antoniazzi").votes is not None
    assert all(c.votes is None for c in contest.candidates if c.name == "Byron Davies")
    assert findings_in(path) == []
    # Tied past another name, the reading is loose: a slip is never an error with a fix.
    bad = story_file(tmp_path, story.format(n="22,772"), "uk-ge-2017")
    votes = candidate_named(contest_named(load_article(bad), "Gower"), "Tonia Antoniazzi").votes
    assert votes is not None
    assert votes.text == "22,772"
    assert all(f.severity is not Severity.ERROR and f.fix is None for f in findings_in(bad))


@pytest.mark.parametrize(
    ("tail", "whose"),
    [
        (", with a 49.9 per cent share of the vote.", "Tonia Antoniazzi"),
        (" (42.7 per cent of the vote).", "Byron Davies"),
    ],
)
def test_a_share_after_a_rivals_count_is_the_subjects_after_a_comma(
    tmp_path: Path, tail: str, whose: str
) -> None:
    path = story_file(
        tmp_path,
        "Tonia Antoniazzi won Gower. Ms Antoniazzi polled 22,727 votes to the Conservative Byron"
        " Davies' 19,458" + tail,
        "uk-ge-2017",
    )
    contest = contest_named(load_article(path), "Gower")
    shares = {c.name: c.share.text for c in contest.candidates if c.share is not None}
    assert list(shares) == [whose]
    assert findings_in(path) == []


def test_picked_up_is_a_level_not_a_rise(tmp_path: Path) -> None:
    path = story_file(
        tmp_path,
        "Tonia Antoniazzi won Gower. Ms Antoniazzi picked up 22,727 votes, a share of 49.9"
        " per cent.",
        "uk-ge-2017",
    )
    article = load_article(path)
    assert not [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert candidate_named(contest_named(article, "Gower"), "Tonia Antoniazzi").votes is not None
    assert findings_in(path) == []


@pytest.mark.parametrize(
    "story",
    [
        "In Gower, Tonia Antoniazzi won 22,727 votes, and Byron Davies, 52, was second.",
        "In Gower, Tonia Antoniazzi won 22,727 votes while Byron Davies, with 25 years on the"
        " council, trailed.",
        "Byron Davies had 1,200 leaflets printed. In Gower, Tonia Antoniazzi won 22,727 votes.",
    ],
)
def test_an_age_or_other_count_after_a_name_is_not_votes(tmp_path: Path, story: str) -> None:
    path = story_file(tmp_path, story, "uk-ge-2017")
    article = load_article(path)
    assert all(
        c.votes is None for k in article.contests for c in k.candidates if c.name == "Byron Davies"
    )
    assert findings_in(path) == []


# --- Rivals' counts --------------------------------------------------------------------------

RIVALS = [
    pytest.param(
        "In Sheffield Hallam, Labour's Jared O'Mara won 21,881 votes, compared to {n} for"
        " Nick Clegg.",
        "Sheffield Hallam",
        "Nick Clegg",
        "19,756",
        "19,766",
        id="compared-to-for",
    ),
    pytest.param(
        "Nick Clegg lost Sheffield Hallam to Jared O'Mara. Mr O'Mara won 21,881 votes,"
        " compared to {n} for Mr Clegg.",
        "Sheffield Hallam",
        "Nick Clegg",
        "19,756",
        "19,766",
        id="compared-to-for-mr",
    ),
    pytest.param(
        "Tonia Antoniazzi won Gower with 22,727 votes, while {n} voted for Plaid Cymru"
        " candidate Harri Roberts.",
        "Gower",
        "Harri Roberts",
        "1,669",
        "1,696",
        id="voted-for",
    ),
    pytest.param(
        "In Gower, Conservative Byron Davies polled 19,458 votes to Labour candidate Tonia"
        " Antoniazzi's {n} votes.",
        "Gower",
        "Tonia Antoniazzi",
        "22,727",
        "22,772",
        id="polled-to-rivals",
    ),
]


@pytest.mark.parametrize(("story", "seat", "who", "right", "wrong"), RIVALS)
def test_a_rivals_count_is_the_rivals(
    tmp_path: Path, *, story: str, seat: str, who: str, right: str, wrong: str
) -> None:
    path = story_file(tmp_path, story.format(n=right), "uk-ge-2017")
    article = load_article(path)
    rival = candidate_named(contest_named(article, seat), who)
    assert _certain(rival.votes).text == right
    assert _at(article, rival.votes) == right
    assert findings_in(path) == []

    bad = story_file(tmp_path, story.format(n=wrong), "uk-ge-2017")
    finding = _one(findings_in(bad), "reference-mismatch")
    assert finding.severity is Severity.ERROR
    assert finding.text == wrong
    assert who in finding.message


# --- A party as the subject of a change ------------------------------------------------------

# Gower: Labour 37.03% in 2015, 49.87% in 2017, up 12.84 points.
GOWER_2017 = "Tonia Antoniazzi won Gower for Labour with 22,727 votes. "


@pytest.mark.parametrize(
    ("sentence", "amount", "unit", "fires"),
    [
        ("Labour's share of the vote rose by 12.8 points.", "12.8", Unit.POINTS, None),
        ("Labour's vote increased by 12.8 per cent.", "12.8", Unit.PERCENT, Severity.ERROR),
        ("Labour's share of the vote rose by 9.8 points.", "9.8", Unit.POINTS, Severity.WARNING),
    ],
)
def test_a_partys_change_is_a_share_change_of_its_candidate(
    tmp_path: Path, sentence: str, amount: str, unit: Unit, fires: Severity | None
) -> None:
    path = story_file(tmp_path, GOWER_2017 + sentence, "uk-ge-2017")
    article = load_article(path)
    (change,) = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert (change.quantity, change.party, change.contest) == (Quantity.SHARE, "Labour", "Gower")
    assert change.amount is not None
    assert (change.amount.text, change.amount.unit) == (amount, unit)
    findings = findings_in(path)
    if fires is None:
        assert findings == []
    else:
        finding = _one(findings, "percent-points-confusion")
        assert finding.severity is fires
        assert "37.03% to 49.87%" in finding.message


# --- Words that only look like seats -----------------------------------------------------------


@pytest.mark.parametrize(("robertson", "fires"), [("18,478", False), ("18,487", True)])
def test_a_person_named_like_a_seat_is_a_person(
    tmp_path: Path, robertson: str, fires: bool
) -> None:
    # Angus was a constituency in 2017; Angus Robertson stood in Moray.
    path = story_file(
        tmp_path,
        "Douglas Ross took Moray for the Conservatives with 22,637 votes. Angus Robertson,"
        f" the SNP's Westminster leader, polled {robertson} votes.",
        "uk-ge-2017",
    )
    article = load_article(path)
    assert [c.name for c in article.contests] == ["Moray"]
    robertson_votes = _certain(candidate_named(article.contests[0], "Angus Robertson").votes)
    assert robertson_votes.text == robertson
    findings = findings_in(path)
    if fires:
        finding = _one(findings, "reference-mismatch")
        assert "Moray" in finding.message
        assert finding.severity is Severity.ERROR
    else:
        assert findings == []


def test_a_towns_councillor_is_not_its_constituency(tmp_path: Path) -> None:
    path = story_file(
        tmp_path,
        "Laura Trott held Sevenoaks with 30,932 votes. In Tonbridge and Malling, Richard Morris"
        " polled 8,843 votes. A Sevenoaks councillor, Jane Hill, praised both campaigns.",
        "uk-ge-2019",
    )
    article = load_article(path)
    assert sorted(c.name or "" for c in article.contests) == ["Sevenoaks", "Tonbridge and Malling"]
    assert findings_in(path) == []


# --- A finding is only as sure as its reading ------------------------------------------------

ROUND_UP = (
    "In Swansea West, Geraint Davies held on for Labour with 22,278 votes.\n\n"
    "In Gower, Tonia Antoniazzi won with 22,727 votes, 49.9 per cent of the vote.\n\n"
    "Conservative Byron Davies polled {votes} votes, {share} per cent of the vote.\n\n"
    "In Swansea East, Carolyn Harris won 22,307 votes."
)


def test_a_seat_carried_from_an_earlier_paragraph_caps_the_finding(tmp_path: Path) -> None:
    path = story_file(tmp_path, ROUND_UP.format(votes="19,458", share="42.7"), "uk-ge-2017")
    article = load_article(path)
    davies = candidate_named(contest_named(article, "Gower"), "Byron Davies")
    for fig in (davies.votes, davies.share):
        assert fig is not None
        assert fig.grounds is not None
        assert fig.grounds.loose == ("seat",)
        assert "Gower" in fig.grounds.seat
    for name in ("Geraint Davies", "Tonia Antoniazzi", "Carolyn Harris"):
        cand = next(c for co in article.contests for c in co.candidates if c.name == name)
        _certain(cand.votes)
    assert findings_in(path) == []

    # A share that cannot go with its count: in a story of four seats, the arithmetic on a
    # figure whose seat was carried is not checked (Byron Davies may be another seat's
    # candidate), and says which reading was loose.
    bad = story_file(tmp_path, ROUND_UP.format(votes="19,458", share="47.7"), "uk-ge-2017")
    report = factcheck.check(bad)
    assert all(f.name != "share-votes-mismatch" for f in report.findings)
    reasons = [n.reason for n in report.not_checked if n.name == "share-votes-mismatch"]
    assert any("given its seat by inference" in r and "Gower" in r for r in reasons)
    # The record is consulted on the assumed seat only because it lists Byron Davies there
    # (tests/test_seat_confirmed.py): then as a warning with no fix.
    assert [f.name for f in report.findings] == ["reference-mismatch"]
    assert all(f.severity is Severity.WARNING and f.fix is None for f in report.findings)


def test_a_loosely_seated_count_is_not_compared_with_the_record(tmp_path: Path) -> None:
    # "Byron Davis" is not a name the record lists in Gower: nothing confirms the seat.
    text = ROUND_UP.format(votes="19,485", share="42.7").replace("Byron Davies", "Byron Davis")
    bad = story_file(tmp_path, text, "uk-ge-2017")
    report = factcheck.check(bad)
    assert all(f.name != "reference-mismatch" for f in report.findings)
    (skipped,) = [n for n in report.not_checked if n.name == "reference-mismatch"]
    assert "19,485" in skipped.reason
    assert "loosely" in skipped.reason


def test_a_loosely_seated_count_of_a_person_the_record_lists_there_is_a_warning(
    tmp_path: Path,
) -> None:
    bad = story_file(tmp_path, ROUND_UP.format(votes="19,485", share="42.7"), "uk-ge-2017")
    finding = _one(list(factcheck.check(bad).findings), "reference-mismatch")
    assert finding.text == "19,485"
    assert finding.severity is Severity.WARNING
    assert finding.fix is None
    assert finding.evidence["seat_confirmed"] == "Byron Davies stood in Gower (uk-ge-2017)"


def test_the_same_slip_in_a_single_seat_story_is_an_error_with_a_fix(tmp_path: Path) -> None:
    path = story_file(
        tmp_path,
        "In Gower, Tonia Antoniazzi won with 22,727 votes. Conservative Byron Davies polled"
        " 19,485 votes.",
        "uk-ge-2017",
    )
    finding = _one(findings_in(path), "reference-mismatch")
    assert finding.severity is Severity.ERROR
    assert finding.fix is not None
    assert "19,458" in finding.fix
    assert "reading" not in finding.evidence
