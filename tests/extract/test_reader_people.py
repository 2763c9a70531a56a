"""Candidates named in prose without a figure (factcheck.extract.claims.people), and what
name-mismatch makes of them. Every sentence here is the team's own, in the patterns of real
results copy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, Finding, Severity

# A story with no figure and no outcome wording is skipped unread (a prefilter); the stories
# here end with one, as results copy does.
TURNOUT = "\n\nTurnout was 61.2%."


def _read(text: str) -> Article:
    return article_of(text + TURNOUT)


def _named(article: Article) -> dict[str, tuple[str | None, str, tuple[str, ...] | None]]:
    """Each candidate: (seat, the words its name span covers, its name grounds' loose ties)."""
    text = article.document.text
    out: dict[str, tuple[str | None, str, tuple[str, ...] | None]] = {}
    for contest in article.contests:
        for c in contest.candidates:
            assert c.name_span is not None
            written = text[c.name_span.start : c.name_span.end]
            loose = c.name_grounds.loose if c.name_grounds is not None else None
            out[c.name] = (contest.name, written, loose)
    return out


TWO_SEATS = "Bethnal Green and Bow and Poplar and Limehouse both declared.\n\n"


@pytest.mark.parametrize(
    ("text", "name", "seat"),
    [
        (
            "Labour's Jim Fitzpatrick won Poplar and Limehouse.",
            "Jim Fitzpatrick",
            "Poplar and Limehouse",
        ),
        (
            "Jim Fitzpatrick, the new MP for Poplar and Limehouse, thanked the count staff.",
            "Jim Fitzpatrick",
            "Poplar and Limehouse",
        ),
        (
            "Poplar and Limehouse MP Jim Fitzpatrick said the result was humbling.",
            "Jim Fitzpatrick",
            "Poplar and Limehouse",
        ),
        (
            "In Poplar and Limehouse the Conservative candidate, Christopher Wilford, came second.",
            "Christopher Wilford",
            "Poplar and Limehouse",
        ),
        (
            "Jim Fitzpatrick held Poplar and Limehouse, beating the Conservatives' Christopher "
            "Wilford.",
            "Christopher Wilford",
            "Poplar and Limehouse",
        ),
        (
            "Labour took Poplar and Limehouse from Christopher Wilford of the Conservatives.",
            "Christopher Wilford",
            "Poplar and Limehouse",
        ),
        (
            "Christopher Wilford lost his seat in Poplar and Limehouse to Labour's Jim "
            "Fitzpatrick.",
            "Jim Fitzpatrick",
            "Poplar and Limehouse",
        ),
        (
            "Rushanara Ali was re-elected in Bethnal Green and Bow, and Jim Fitzpatrick won "
            "Poplar and Limehouse.",
            "Jim Fitzpatrick",
            "Poplar and Limehouse",
        ),
        (
            "Rushanara Ali was re-elected in Bethnal Green and Bow, and Jim Fitzpatrick won "
            "Poplar and Limehouse.",
            "Rushanara Ali",
            "Bethnal Green and Bow",
        ),
    ],
)
def test_a_person_the_wording_ties_to_a_seat_is_its_candidate(
    text: str, name: str, seat: str
) -> None:
    found = _named(_read(text))
    assert name in found
    where, written, loose = found[name]
    assert where == seat
    assert written == name  # the name as first written in full
    assert loose in ((), None)  # tied by the wording, in the sentence naming the seat


@pytest.mark.parametrize(
    "text",
    [
        "Labour leader Jeremy Corbyn visited Poplar and Limehouse on the eve of the poll.",
        "Returning officer John Williams declared the result in Poplar and Limehouse.",
        "Professor John Curtice said Labour had held Poplar and Limehouse comfortably.",
        "Theresa May won the election but lost her majority, while Poplar and Limehouse "
        "stayed Labour.",
        "Jim Fitzpatrick is expected to hold Poplar and Limehouse.",
        "Jim Fitzpatrick first won Poplar and Limehouse in 2010.",
        "A Sevenoaks councillor, Jane Hobbs, won a seat on the council in Sevenoaks.",
        "“Jim Fitzpatrick won Poplar and Limehouse,” said an aide.",
        "Jane Hobbs won the mayoral election in Poplar and Limehouse.",
    ],
)
def test_people_who_are_not_named_as_candidates_are_not_read(text: str) -> None:
    assert not [n for n, (_, _, loose) in _named(_read(text)).items() if loose is not None]


def test_a_seat_carried_from_a_heading_is_a_loose_tie() -> None:
    text = (
        TWO_SEATS + "Bethnal Green and Bow\n\nRushanara Ali held on with ease.\n\n"
        "Poplar and Limehouse\n\nLabour's Jim Fitzpatrick won again.\n"
    )
    found = _named(_read(text))
    assert found["Jim Fitzpatrick"] == ("Poplar and Limehouse", "Jim Fitzpatrick", ("seat",))


def test_a_seat_named_in_another_bullet_is_not_carried() -> None:
    text = (
        "  • Rushanara Ali held Bethnal Green and Bow.\n"
        "  • Jim Fitzpatrick held Poplar and Limehouse.\n"
        "  • In the next count, Labour's Jane Hobbs won comfortably.\n"
    )
    found = _named(_read(text))
    assert found["Rushanara Ali"][0] == "Bethnal Green and Bow"
    assert found["Jim Fitzpatrick"][0] == "Poplar and Limehouse"
    assert "Jane Hobbs" not in found


def test_a_later_mr_surname_is_the_person_of_that_surname_not_the_last_named() -> None:
    text = (
        "Jim Fitzpatrick won Poplar and Limehouse, beating Christopher Wilford. "
        "Mr Fitzpatrick polled 39,558 votes."
    )
    article = _read(text)
    [contest] = article.contests
    by_name = {c.name: c for c in contest.candidates}
    assert by_name["Jim Fitzpatrick"].votes is not None
    assert by_name["Jim Fitzpatrick"].votes.text == "39,558"
    assert by_name["Christopher Wilford"].votes is None


# -- name-mismatch on names read from prose --------------------------------------------------


def _names(text: str, election: str = "uk-ge-2017") -> list[Finding]:
    return findings_of(text + TURNOUT, election, "name-mismatch")


def test_a_misspelt_name_tied_to_its_seat_is_flagged_with_a_fix() -> None:
    [f] = _names("Labour's Jim Fitzpatrik held Poplar and Limehouse.")
    assert f.text == "Jim Fitzpatrik"
    assert f.fix == "Jim Fitzpatrick"
    assert "reading" not in f.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Labour's Jim Fitzpatrick held Poplar and Limehouse.",
        # The record has "Jim"; copy may give the name he is known by, or the full one.
        "Labour's James Fitzpatrick held Poplar and Limehouse.",
        # The record has "Mike Nesbitt", "Molly Scott Cato": familiar and shortened forms,
        # dropped middle names and titles are not misspellings.
        "In Strangford, Michael Nesbitt of the Ulster Unionists came third.",
        "In Bristol West, the Green candidate Molly Cato came third.",
        "Dr Jim Fitzpatrick held Poplar and Limehouse.",
        "Labour's Rushanara Ali won Bethnal Green and Bow, beating the Conservatives' Charlie "
        "Chirico.",
    ],
)
def test_right_names_and_the_forms_people_are_known_by_are_silent(text: str) -> None:
    assert _names(text) == []


def test_each_later_mention_of_a_misspelt_name_is_flagged_with_its_own_fix() -> None:
    found = _names(
        "Labour's Jim Fitzpatrik held Poplar and Limehouse. Mr Fitzpatrik thanked the count "
        "staff, and Fitzpatrik's agent cheered."
    )
    assert [(f.text, f.fix) for f in found] == [
        ("Jim Fitzpatrik", "Jim Fitzpatrick"),
        ("Mr Fitzpatrik", "Mr Fitzpatrick"),
        ("Fitzpatrik", "Fitzpatrick"),
    ]


def test_later_mentions_of_a_right_name_are_silent() -> None:
    text = (
        "Labour's Jim Fitzpatrick held Poplar and Limehouse. Mr Fitzpatrick thanked the "
        "count staff, and Fitzpatrick's agent cheered."
    )
    assert _names(text) == []
    [contest] = [c for c in _read(text).contests if c.candidates]
    [cand] = contest.candidates
    assert [text[m.start : m.end] for m in cand.mentions] == ["Mr Fitzpatrick", "Fitzpatrick"]


def test_someone_sharing_only_a_candidate_s_surname_is_not_a_misspelling() -> None:
    # Jim Shannon stood in Strangford in 2017; a David Shannon is another person.
    assert _names("In Strangford, David Shannon of the DUP won the seat.") == []


def test_a_misspelling_read_by_nearness_only_warns_without_a_fix() -> None:
    text = (
        TWO_SEATS + "Bethnal Green and Bow\n\nRushanara Ali held on with ease.\n\n"
        "Poplar and Limehouse\n\nLabour's Jim Fitzpatrik won again.\n"
    )
    [f] = _names(text)
    assert f.text == "Jim Fitzpatrik"
    assert f.severity is Severity.WARNING
    assert f.fix is None
    assert "heading" in str(f.evidence["reading"])


# -- generated sentences --------------------------------------------------------------------

_SEATS = ["Poplar and Limehouse", "Bethnal Green and Bow", "Bristol West", "Sheffield Hallam"]
_PARTIES = ["Labour", "the Conservatives", "the Liberal Democrats", "the SNP"]
_GIVEN = ["Jane", "Harriet", "Oliver", "Priya", "Tomasz", "Aled", "Morag", "Kwame"]
_VERBS = ["won", "held", "gained", "took", "has won", "narrowly held", "retained"]
surnames = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("BDGHKLMPRTVW"),
    st.text(alphabet="aeiourlnstmk", min_size=4, max_size=8),
)


@st.composite
def winner_stories(draw: st.DrawFn) -> tuple[str, str, str, int]:
    """A winner named in full with their party and seat, then a later mention by surname
    with their votes: (text, seat, full name, votes)."""
    party = draw(st.sampled_from(_PARTIES))
    name = f"{draw(st.sampled_from(_GIVEN))} {draw(surnames)}"
    seat = draw(st.sampled_from(_SEATS))
    later = draw(st.sampled_from(["Mr {s}", "Ms {s}", "{s}"])).format(s=name.rsplit(maxsplit=1)[-1])
    votes = draw(st.integers(min_value=1000, max_value=60000))
    possessive = "'" if party.endswith("s") else "'s"
    text = (
        f"{party}{possessive} {name} {draw(st.sampled_from(_VERBS))} {seat}.\n\n"
        f"{later} polled {votes:,} votes."
    )
    return text, seat, name, votes


@settings(max_examples=60, deadline=None)
@given(winner_stories())
def test_generated_winners_and_later_surname_mentions_are_recovered(
    story: tuple[str, str, str, int],
) -> None:
    text, seat, name, votes = story
    article = _read(text)
    [contest] = [c for c in article.contests if c.candidates]
    assert contest.name == seat
    [cand] = contest.candidates
    assert cand.name == name
    assert cand.name_span is not None
    at = text.index(name)
    assert (cand.name_span.start, cand.name_span.end) == (at, at + len(name))
    assert cand.votes is not None
    assert cand.votes.value == votes


# -- two people of one surname: a later "Mr Roe" is the one named last before it ---------------

_TWO_ROES = (
    "Anytown South stays Conservative after the retirement of Sir Gary Roe.\n\n"
    "In Anytown North, polls predicted the Conservative candidate, Gareth Roe, would come "
    "third behind Reform's Peter Gold.\n\n"
    "Mr Gold came second, with 7,467 votes. Mr Roe came in third with 6,873 votes."
)


def _votes_of(article: Article) -> dict[str, str | None]:
    return {
        c.name: c.votes.text if c.votes is not None else None
        for contest in article.contests
        for c in contest.candidates
    }


def test_a_surname_is_the_person_of_that_name_named_last_before_it() -> None:
    votes = _votes_of(read_prose(Document(path="a.txt", text=_TWO_ROES)))
    assert votes.get("Gareth Roe") == "6,873"
    assert "Gary Roe" not in votes


def test_a_surname_before_any_full_name_of_it_is_the_first_named() -> None:
    # The twin: "Mr Roe" before either full name is resolved to the first one named after.
    text = (
        "In Anytown North, Mr Roe came in third with 6,873 votes.\n\n"
        "Gary Roe, the Conservative candidate, has lived in the town since 1990; Gareth Roe "
        "is his son."
    )
    votes = _votes_of(read_prose(Document(path="a.txt", text=text)))
    assert votes.get("Gary Roe") == "6,873"
    assert "Gareth Roe" not in votes
