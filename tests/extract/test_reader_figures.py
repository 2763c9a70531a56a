"""Figures real results copy gives in forms the first readings missed (issue 8): change
columns of results lists and cards, party-only subjects, ranks in words, the electorate.

Sentences are ours, written in the patterns seen in real copy; every figure is the official
one for the seat and year named (factcheck's bundled UK results), and each "wrong" variant
changes one figure as a slip of the keyboard would.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from story_files import candidate_named, contest_named, findings_in, story_file

from factcheck.io.articles import load_article
from factcheck.models import (
    Article,
    ChangeClaim,
    Direction,
    Quantity,
    Severity,
    Unit,
)


def _changes(article: Article) -> dict[str | None, ChangeClaim]:
    return {c.candidate: c for c in article.claims if isinstance(c, ChangeClaim)}


# --- A results list's change column ------------------------------------------------------


@pytest.mark.parametrize(("column", "fires"), [("+12.85%", False), ("+21.85%", True)])
def test_a_lists_signed_column_is_a_share_change_in_points(
    tmp_path: Path, column: str, fires: bool
) -> None:
    # Gower 2017: Labour's share rose 12.84 points (37.03% to 49.87%).
    path = story_file(
        tmp_path,
        "Gower result:\n\n"
        f"Tonia Antoniazzi (Lab) 22,727 (49.87%) {column}\n"
        "Byron Davies (Con) 19,458 (42.69%, +5.59%)\n",
        "uk-ge-2017",
    )
    article = load_article(path)
    changes = _changes(article)
    labour = changes["Tonia Antoniazzi"]
    assert labour.quantity is Quantity.SHARE
    assert labour.contest == "Gower"
    assert labour.direction is Direction.UP
    assert labour.amount is not None
    assert labour.amount.unit is Unit.POINTS
    assert labour.amount.value == Decimal(column.strip("+%"))
    assert labour.current is not None
    assert labour.current.text == "49.87"
    # Points by the lists' convention, not by a word: a loose reading.
    assert labour.amount.grounds is not None
    assert "what" in labour.amount.grounds.loose
    assert changes["Byron Davies"].amount is not None
    assert changes["Byron Davies"].amount.text == "5.59"
    findings = findings_in(path)
    if fires:
        assert [(f.name, f.text) for f in findings] == [("percent-points-confusion", "+21.85%")]
        assert findings[0].severity is Severity.WARNING
    else:
        assert findings == []


def test_a_signed_column_with_no_share_is_left_alone(tmp_path: Path) -> None:
    path = story_file(
        tmp_path, "Gower result:\n\nTonia Antoniazzi (Lab) 22,727 +12.85%\n", "uk-ge-2017"
    )
    article = load_article(path)
    assert _changes(article) == {}
    assert candidate_named(contest_named(article, "Gower"), "Tonia Antoniazzi").share is None


@pytest.mark.parametrize(("change", "fires"), [("-3.5", False), ("-5.3", True)])
def test_a_cards_share_change_line(tmp_path: Path, change: str, fires: bool) -> None:
    # Gower 2017: Plaid Cymru's share fell 3.48 points (7.14% to 3.66%).
    path = story_file(
        tmp_path,
        "Turnout in Gower was 73.3%.\n\n"
        "Tonia Antoniazzi\n• Votes: 22,727\n• Vote share %: 49.9\n• Vote share change: +12.8\n\n"
        f"Harri Roberts\n• Votes: 1,669\n• Vote share %: 3.7\n• Vote share change: {change}\n",
        "uk-ge-2017",
    )
    article = load_article(path)
    changes = _changes(article)
    assert set(changes) == {"Tonia Antoniazzi", "Harri Roberts"}
    roberts = changes["Harri Roberts"]
    assert roberts.direction is Direction.DOWN
    assert roberts.amount is not None
    assert roberts.amount.unit is Unit.POINTS
    assert roberts.amount.text == change.lstrip("-")
    assert roberts.current is not None
    assert roberts.current.text == "3.7"
    names = [f.name for f in findings_in(path)]
    assert names == (["percent-points-confusion"] if fires else [])


# --- A party as the subject of its candidate's figure --------------------------------------

# Gower 2017: Labour's Tonia Antoniazzi 22,727 (49.87%), the Conservative Byron Davies 19,458.
_GOWER_NAMES = "Labour's Tonia Antoniazzi won Gower, beating the Conservative Byron Davies. "

PARTY_SUBJECTS = [
    pytest.param(
        "Labour received 22,727 votes, compared to {n} votes for the Conservatives.",
        id="votes-for-party",
    ),
    pytest.param(
        "Labour polled 22,727 votes, compared with the Conservatives' {n}.", id="possessive"
    ),
    pytest.param("The Conservatives came second with {n}.", id="came-second-with"),
    pytest.param("The Conservatives had {n} votes in second place.", id="had-votes"),
    pytest.param("The Conservatives received {n}.", id="received"),
]


@pytest.mark.parametrize("story", PARTY_SUBJECTS)
@pytest.mark.parametrize(("n", "fires"), [("19,458", False), ("19,548", True)])
def test_a_partys_count_is_its_named_candidates(
    tmp_path: Path, story: str, n: str, fires: bool
) -> None:
    path = story_file(tmp_path, _GOWER_NAMES + story.format(n=n), "uk-ge-2017")
    article = load_article(path)
    davies = candidate_named(contest_named(article, "Gower"), "Byron Davies")
    assert davies.votes is not None
    assert davies.votes.text == n
    assert davies.votes.grounds is not None
    assert davies.votes.grounds.certain, davies.votes.grounds
    assert "Conservative" in davies.votes.grounds.subject
    findings = findings_in(path)
    if fires:
        assert [(f.name, f.text) for f in findings] == [("reference-mismatch", n)]
    else:
        assert findings == []


@pytest.mark.parametrize(("share", "fires"), [("49.9", False), ("48.9", True)])
def test_a_partys_share_is_its_named_candidates(tmp_path: Path, share: str, fires: bool) -> None:
    path = story_file(
        tmp_path, _GOWER_NAMES + f"Labour won the seat with {share} per cent.", "uk-ge-2017"
    )
    article = load_article(path)
    tonia = candidate_named(contest_named(article, "Gower"), "Tonia Antoniazzi")
    assert tonia.share is not None
    assert tonia.share.text == share
    names = [f.name for f in findings_in(path)]
    assert names == (["reference-mismatch"] if fires else [])


@pytest.mark.parametrize(
    "story",
    [
        # The party is the object, not the subject: the count is the person's.
        "In Gower, Tonia Antoniazzi won the seat from the Conservatives with 22,727 votes.",
    ],
)
def test_a_party_is_no_subject_without_its_candidate_or_as_an_object(
    tmp_path: Path, story: str
) -> None:
    path = story_file(tmp_path, story, "uk-ge-2017")
    article = load_article(path)
    for contest in article.contests:
        for cand in contest.candidates:
            if cand.votes is not None:
                assert cand.name == "Tonia Antoniazzi"
                assert cand.votes.text == "22,727"
    assert findings_in(path) == []


# Gower 2017: Antoniazzi (Lab) 22,727, 49.87%; Davies (Con) 19,458, 42.7%.
@pytest.mark.parametrize(("n", "fires"), [("19,458", False), ("19,548", True)])
def test_a_partys_figure_without_its_candidate_is_the_partys_candidates(
    tmp_path: Path, n: str, fires: bool
) -> None:
    # The story never names the Conservative candidate: the figure is read as theirs, known
    # only by party, and checked against the party's one candidate in the official record.
    path = story_file(
        tmp_path,
        f"Labour's Tonia Antoniazzi won Gower. The Conservatives came second with {n}.",
        "uk-ge-2017",
    )
    gower = contest_named(load_article(path), "Gower")
    (con,) = [c for c in gower.candidates if c.party == "Conservative"]
    assert con.by_party
    assert con.name == ""
    assert con.name_span is None
    assert con.votes is not None
    assert con.votes.text == n
    assert con.votes.grounds is not None
    assert con.votes.grounds.certain
    assert "only by party" in con.votes.grounds.subject
    findings = findings_in(path)
    if fires:
        assert [(f.name, f.text) for f in findings] == [("reference-mismatch", n)]
        assert "Byron Davies" in findings[0].message
    else:
        assert findings == []


@pytest.mark.parametrize(
    "story",
    [
        # Named later in the story, with the same figure: one candidate, one share.
        "Labour's Tonia Antoniazzi won Gower with 49.9 per cent. The Conservatives came "
        "second with 42.7 per cent.\n\nThe Conservative Byron Davies polled 42.7 per cent.",
        # Named before, by party and figure.
        "The Conservative Byron Davies polled 42.7 per cent in Gower. Labour's Tonia "
        "Antoniazzi won Gower with 49.9 per cent. The Conservatives came second on 42.7%.",
    ],
)
def test_a_party_named_by_figure_and_by_candidate_is_counted_once(
    tmp_path: Path, story: str
) -> None:
    # Listed twice, the Conservatives would make the shares add up to 135.3%.
    path = story_file(tmp_path, story, "uk-ge-2017")
    gower = contest_named(load_article(path), "Gower")
    assert sorted(c.name for c in gower.candidates) == ["Byron Davies", "Tonia Antoniazzi"]
    davies = candidate_named(gower, "Byron Davies")
    assert davies.share is not None
    assert davies.share.text == "42.7"
    assert findings_in(path) == []


def test_a_partys_figure_is_left_unread_when_its_candidate_may_be_someone_named(
    tmp_path: Path,
) -> None:
    # Byron Davies's party is not given: he may be the Conservatives' candidate, so a
    # candidate known only by party could list him twice.
    path = story_file(
        tmp_path,
        "In Gower, Labour's Tonia Antoniazzi polled 22,727 votes and Byron Davies 19,458. "
        "The Conservatives came second with 19,548.",
        "uk-ge-2017",
    )
    gower = contest_named(load_article(path), "Gower")
    assert not any(c.by_party for c in gower.candidates)


# --- Round counts ---------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "fires"), [("30,900", False), ("31,100", True)])
def test_a_round_vote_count_is_a_rounding_of_the_record(
    tmp_path: Path, written: str, fires: bool
) -> None:
    # Sevenoaks 2019: Laura Trott polled 30,932. The count stays as written (the arithmetic
    # rules work with whole counts); against the record it stands for 30,850 to 30,949.
    path = story_file(tmp_path, f"Laura Trott held Sevenoaks with {written} votes.", "uk-ge-2019")
    votes = candidate_named(contest_named(load_article(path), "Sevenoaks"), "Laura Trott").votes
    assert votes is not None
    assert votes.text == written
    findings = [f for f in findings_in(path) if f.name == "reference-mismatch"]
    assert [f.text for f in findings] == ([written] if fires else [])


def test_a_round_majority_is_a_rounding(tmp_path: Path) -> None:
    # Sevenoaks 2019: the majority was 20,818; "20,800" rounds it to the hundred.
    path = story_file(
        tmp_path, "Laura Trott held Sevenoaks with a majority of 20,800.", "uk-ge-2019"
    )
    majority = contest_named(load_article(path), "Sevenoaks").majority
    assert majority is not None
    assert not majority.exact
    assert majority.precision == 100
    assert findings_in(path) == []


# --- The electorate -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("story", "written", "fires"),
    [
        ("Turnout in Gower was 73.3%.\n\nElectorate: {n}", "62,163", False),
        ("Turnout in Gower was 73.3%.\n\nElectorate: {n}", "62,613", True),
        ("Turnout in Gower, with an electorate of {n}, was 73.3%.", "62,000", False),
        ("Turnout in Gower, with an electorate of {n}, was 73.3%.", "64,000", True),
        ("Turnout in Gower was 73.3%, with {n} registered voters.", "62,163", False),
    ],
)
def test_the_electorate(tmp_path: Path, story: str, written: str, fires: bool) -> None:
    path = story_file(tmp_path, story.format(n=written), "uk-ge-2017")
    electorate = contest_named(load_article(path), "Gower").electorate
    assert electorate is not None
    assert electorate.text == written
    assert electorate.unit is Unit.PEOPLE
    assert electorate.exact is not written.endswith("000")
    names = [f.name for f in findings_in(path)]
    assert names == (["reference-mismatch"] if fires else [])


def test_another_elections_electorate_is_not_this_ones(tmp_path: Path) -> None:
    path = story_file(
        tmp_path, "Turnout in Gower was 73.3%. The electorate was 61,000 in 2015.", "uk-ge-2017"
    )
    assert all(c.electorate is None for c in load_article(path).contests)


# --- A party's placing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("The Conservatives came {r}.", id="came"),
        pytest.param("The Conservatives were {r} on 42.7%.", id="were-on"),
        pytest.param("Labour pushed the Conservatives into {r} place.", id="pushed-into"),
        pytest.param("The Conservatives were beaten into {r} place.", id="beaten-into"),
    ],
)
@pytest.mark.parametrize(("r", "fires"), [("second", False), ("third", True)])
def test_a_partys_placing_is_its_named_candidates(
    tmp_path: Path, story: str, r: str, fires: bool
) -> None:
    path = story_file(tmp_path, _GOWER_NAMES + story.format(r=r), "uk-ge-2017")
    davies = candidate_named(contest_named(load_article(path), "Gower"), "Byron Davies")
    assert davies.rank is not None
    assert davies.rank.text == r
    assert davies.rank.grounds is not None
    assert davies.rank.grounds.certain
    names = [f.name for f in findings_in(path) if f.text == r]
    assert names == (["reference-mismatch"] if fires else [])


def test_a_partys_placing_is_never_the_person_named_before_it(tmp_path: Path) -> None:
    # The Conservative candidate is not named: the placing is left unread, and not given to
    # Tonia Antoniazzi, the person named before the party.
    path = story_file(
        tmp_path,
        "In Gower, Tonia Antoniazzi won 22,727 votes and the Conservatives came third.",
        "uk-ge-2017",
    )
    tonia = candidate_named(contest_named(load_article(path), "Gower"), "Tonia Antoniazzi")
    assert tonia.rank is None or tonia.rank.text != "third"
    assert findings_in(path) == []


# --- Majorities, votes and shares in more wordings ---------------------------------------------


@pytest.mark.parametrize(
    "story",
    [
        "In Gower, Tonia Antoniazzi's majority over the Conservative was {n} votes.",
        "Labour won Gower by {n} votes, overturning a majority of 27.",
    ],
)
@pytest.mark.parametrize(("n", "fires"), [("3,269", False), ("3,296", True)])
def test_more_wordings_of_the_majority(tmp_path: Path, story: str, n: str, fires: bool) -> None:
    path = story_file(tmp_path, story.format(n=n), "uk-ge-2017")
    majority = contest_named(load_article(path), "Gower").majority
    assert majority is not None
    assert majority.text == n
    findings = findings_in(path)
    assert [f.text for f in findings if f.name == "reference-mismatch"] == ([n] if fires else [])


_NEXT = (
    "In Gower, Tonia Antoniazzi won 22,727 votes. Byron Davies was next, with the second"
    " highest number of votes at {n}."
)


@pytest.mark.parametrize(
    ("story", "n", "fires"), [(_NEXT, "19,458", False), (_NEXT, "19,548", True)]
)
def test_the_number_of_votes_at(tmp_path: Path, story: str, n: str, fires: bool) -> None:
    path = story_file(tmp_path, story.format(n=n), "uk-ge-2017")
    davies = candidate_named(contest_named(load_article(path), "Gower"), "Byron Davies")
    assert davies.votes is not None
    assert davies.votes.text == n
    names = [f.name for f in findings_in(path)]
    assert names == (["reference-mismatch"] if fires else [])


@pytest.mark.parametrize(
    "story",
    [
        "In Gower, Tonia Antoniazzi won with a {p}% vote share.",
        "In Gower, Tonia Antoniazzi took {p}% of the total vote.",
    ],
)
@pytest.mark.parametrize(("p", "fires"), [("49.9", False), ("44.9", True)])
def test_more_wordings_of_a_share(tmp_path: Path, story: str, p: str, fires: bool) -> None:
    path = story_file(tmp_path, story.format(p=p), "uk-ge-2017")
    tonia = candidate_named(contest_named(load_article(path), "Gower"), "Tonia Antoniazzi")
    assert tonia.share is not None
    assert tonia.share.text == p
    names = [f.name for f in findings_in(path)]
    assert names == (["reference-mismatch"] if fires else [])


@pytest.mark.parametrize(("amount", "rule"), [("12.8", None), ("34.7", None), ("21.2", "fires")])
def test_a_percentage_of_the_vote_grown_by_is_a_share_change(
    tmp_path: Path, amount: str, rule: str | None
) -> None:
    # Gower 2017: Labour's share went from 37.03% to 49.87%, 12.84 points or 34.7% relative.
    path = story_file(
        tmp_path,
        "In Gower, Labour's Tonia Antoniazzi managed to grow her percentage of the vote share"
        f" by {amount} per cent.",
        "uk-ge-2017",
    )
    (claim,) = [c for c in load_article(path).claims if isinstance(c, ChangeClaim)]
    assert claim.quantity is Quantity.SHARE
    assert claim.candidate == "Tonia Antoniazzi"
    assert claim.direction is Direction.UP
    assert claim.amount is not None
    assert claim.amount.text == amount
    fired = [f for f in findings_in(path) if f.name == "percent-points-confusion"]
    if rule is None:
        # Points written as per cent is the rule's own business: silent only on the relative.
        assert all(f.severity is not Severity.ERROR for f in fired) or amount == "12.8"
    else:
        assert fired, "a change that fits neither reading is flagged"


# --- A majority's direction in an adjective or another verb -----------------------------------


@pytest.mark.parametrize(
    ("story", "word", "way"),
    [
        ("Labour holds Gower with increased majority", "increased", Direction.UP),
        (
            "Tonia Antoniazzi held Gower, with a bigger majority than in 2015.",
            "bigger",
            Direction.UP,
        ),
        ("In Gower, Tonia Antoniazzi won with a much reduced majority.", "reduced", Direction.DOWN),
        ("In Gower, the party strengthened their majority.", "strengthened", Direction.UP),
        ("Tonia Antoniazzi also gained on her majority in Gower.", "gained on", Direction.UP),
    ],
)
def test_a_majoritys_direction_without_a_figure(
    tmp_path: Path, story: str, word: str, way: Direction
) -> None:
    path = story_file(tmp_path, "Turnout in Gower was 73.3%. " + story, "uk-ge-2017")
    article = load_article(path)
    (claim,) = [c for c in article.claims if isinstance(c, ChangeClaim)]
    assert claim.quantity is Quantity.MAJORITY
    assert claim.contest == "Gower"
    assert claim.direction is way
    assert claim.direction_text == word
    assert claim.amount is None
    assert claim.span is not None
    assert word in article.document.text[claim.span.start : claim.span.end]


@pytest.mark.parametrize(
    "story",
    [
        "In Gower, the Conservatives needed a bigger swing to hold on.",
        "Labour's parliamentary majority was increased.",
    ],
)
def test_no_majority_direction_without_its_words(tmp_path: Path, story: str) -> None:
    path = story_file(tmp_path, "Turnout in Gower was 73.3%. " + story, "uk-ge-2017")
    assert not [c for c in load_article(path).claims if isinstance(c, ChangeClaim)]


@pytest.mark.parametrize(("n", "fires"), [("1,669", False), ("1,696", True)])
def test_a_count_after_name_with_in_a_list_of_votes(tmp_path: Path, n: str, fires: bool) -> None:
    # Gower 2017: Harri Roberts (Plaid Cymru) 1,669, Howard Evans (Lib Dem) 931.
    path = story_file(
        tmp_path,
        "Tonia Antoniazzi won Gower. Behind the pair were Plaid Cymru's Harri Roberts, with"
        f" {n}, and the Liberal Democrat Howard Evans, with 931 votes.",
        "uk-ge-2017",
    )
    contest = contest_named(load_article(path), "Gower")
    roberts = candidate_named(contest, "Harri Roberts")
    assert roberts.votes is not None
    assert roberts.votes.text == n
    assert candidate_named(contest, "Howard Evans").votes is not None
    names = [f.name for f in findings_in(path) if f.text == n]
    assert names == (["reference-mismatch"] if fires else [])


def test_a_count_after_name_with_needs_votes_counted_later(tmp_path: Path) -> None:
    path = story_file(
        tmp_path,
        "Tonia Antoniazzi won Gower with 22,727 votes. Harri Roberts, with 1,669 leaflets"
        " delivered, and Howard Evans, with 931, campaigned hard.",
        "uk-ge-2017",
    )
    contest = contest_named(load_article(path), "Gower")
    assert all(c.votes is None for c in contest.candidates if c.name != "Tonia Antoniazzi")
