"""People named in forms real copy uses and the reader passed over (issue 8, seventeenth
session): a knight or dame called by title and given name ("Sir Julian" after Sir Julian
Brazier), and a name whose given name is written in capitals, as a story's opening words or a
guide's list of candidates write it ("BEN Lake held …", "ED BALLS became …", "MARCUS JONES
(Conservative)"); and a year after a list line's label that dates ("Born 1974"), which is no
vote count.

Sentences are ours, in the shapes seen in several outlets' stories; the people, seats and
figures are the bundled record's, and each wrong figure has its control.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import article_of, findings_of

from factcheck.extract.entities import find_people, given_names
from factcheck.names import same_person_name


def _votes(text: str) -> dict[str, int | None]:
    return {
        c.name: int(c.votes.value) if c.votes else None
        for k in article_of(text).contests
        for c in k.candidates
    }


# -- a knight or dame by title and given name ---------------------------------------------------

# Canterbury 2017: Rosie Duffield (Lab) 25,572, Julian Brazier (Con) 25,385.
_CANTERBURY = (
    "Sir Julian Brazier lost Canterbury to Labour's Rosie Duffield.\n\n"
    "Sir Julian polled {votes} votes.\n"
)


@pytest.mark.parametrize("votes", ["25,385", "25,835"])
def test_sir_and_a_given_name_is_the_knight_named_before(votes: str) -> None:
    text = _CANTERBURY.format(votes=votes)
    assert _votes(text).get("Julian Brazier") == int(votes.replace(",", "")), text
    fired = [f.message for f in findings_of(text, "uk-ge-2017")]
    assert bool(fired) is (votes != "25,385"), fired
    # "Sir Julian" is how a knight is called: no misspelling of Julian Brazier.
    assert findings_of(text, "uk-ge-2017", "name-mismatch") == []


def test_dame_and_a_familiar_given_name_is_the_one_named_so() -> None:
    # Kingston and Surbiton 2024: Ed Davey (LD) 25,870; "Sir Edward" is his given name
    # in full, and no one else of the story is an Edward or an Ed.
    text = (
        "Ed Davey held Kingston and Surbiton for the Liberal Democrats.\n\n"
        "Sir Edward gained 25,870 votes overall.\n"
    )
    assert _votes(text).get("Ed Davey") == 25_870
    assert findings_of(text, "uk-ge-2024", "name-mismatch") == []


def test_two_people_of_the_given_name_are_told_apart_by_the_title_or_not_at_all() -> None:
    # Southend West 2019: David Amess (Con) 27,555. The other David is no knight.
    titled = (
        "Sir David Amess held Southend West, with David Smith of the Green Party far "
        "behind.\n\nSir David received 27,555 votes.\n"
    )
    assert _votes(titled).get("David Amess") == 27_555
    # Neither named with the title: "Sir David" may be either, and is read as no one's.
    untitled = titled.replace("Sir David Amess", "David Amess")
    assert 27_555 not in _votes(untitled).values()


def test_mr_and_a_given_name_is_no_one() -> None:
    # Only a knight or dame is called by title and given name: "Mr Julian" is a surname.
    text = _CANTERBURY.format(votes="25,385").replace("Sir Julian polled", "Mr Julian polled")
    assert 25_385 not in _votes(text).values()


@pytest.mark.parametrize(
    ("written", "official", "same"),
    [
        ("Sir Ed", "Ed Davey", True),
        ("Sir Ed", "Edward Davey", True),
        ("Dame Andrea", "Andrea Jenkyns", True),
        ("Sir Julian", "Hugh Lanning", False),
        ("Mr Julian", "Julian Brazier", False),
        # A given name alone is too, as local copy calls people.
        ("Julian", "Julian Brazier", True),
    ],
)
def test_a_knights_given_name_is_the_person_as_people_write_them(
    written: str, official: str, same: bool
) -> None:
    assert same_person_name(written, official) is same


# -- a given name in capitals -------------------------------------------------------------------


@pytest.mark.parametrize("votes", ["15,208", "15,280"])
@pytest.mark.parametrize("name", ["BEN Lake", "BEN LAKE"])
def test_a_story_opening_on_a_name_in_capitals_names_the_candidate(name: str, votes: str) -> None:
    # Ceredigion 2019: Ben Lake (PC) 15,208.
    text = f"{name} held Ceredigion for Plaid Cymru with {votes} votes.\n"
    assert _votes(text) == {"Ben Lake": int(votes.replace(",", ""))}
    fired = findings_of(text, "uk-ge-2019")
    assert bool(fired) is (votes != "15,208"), [f.message for f in fired]
    assert findings_of(text, "uk-ge-2019", "name-mismatch") == []


def test_a_hyphenated_surname_after_a_given_name_in_capitals() -> None:
    # Thurrock 2015: Jackie Doyle-Price (Con) 16,692.
    text = "JACKIE Doyle-Price held Thurrock with 16,692 votes.\n"
    assert _votes(text) == {"Jackie Doyle-Price": 16_692}
    assert findings_of(text, "uk-ge-2015") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("NICK Clegg is this morning considering his position", ["Nick Clegg"]),
        ("ED BALLS became the highest-profile casualty", ["Ed Balls"]),
        ("VICKY FOWLER (Labour)", ["Vicky Fowler"]),
        ("SINN FÉIN’S JOHN Finucane has been elected", ["John Finucane"]),
        ("JOHN McDONNELL held his seat", ["John McDONNELL"]),
        # A headline's run of capitals: no name, even on a given name's word.
        ("LABOUR WILL BE RETAINING THE SEAT", []),
        ("MARK WILLIAMS MP HOLDS CEREDIGION", []),
        ("ED BALLS LOSES HIS SEAT", []),
        # No given name first: a heading, a party's capitals.
        ("BBC NEWS Scotland", []),
        ("THE Conservatives held on", []),
    ],
)
def test_names_in_capitals(text: str, names: list[str]) -> None:
    assert [p.name for p in find_people(text)] == names


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from(sorted(given_names())),
    surname=st.sampled_from(["Lake", "Doyle-Price", "Morden", "Antoniazzi", "Williams"]),
    capitals=st.booleans(),
)
def test_any_given_name_in_capitals_opens_a_name(first: str, surname: str, capitals: bool) -> None:
    written = f"{first.upper()} {surname.upper() if capitals else surname}"
    found = find_people(f"{written} has been re-elected.")
    assert [(p.name, p.span.end) for p in found] == [(f"{first} {surname}", len(written))]


# -- a year after a label that dates ------------------------------------------------------------


@pytest.mark.parametrize("label", ["Born", "Elected"])
def test_a_list_lines_dated_label_makes_its_number_a_year(label: str) -> None:
    # A guide's candidate line: "Born 1974" is no vote count (Nuneaton 2015: Marcus Jones
    # polled 20,827). A line with its count and no label stays read.
    text = f"Nuneaton\n\nCurrent MP\nMARCUS JONES (Conservative) {label} 1974\n"
    assert _votes(text).get("Marcus Jones") is None
    assert findings_of(text, "uk-ge-2015") == []
    counted = "Nuneaton\n\nMARCUS JONES (Conservative) 20,827\n"
    assert _votes(counted) == {"Marcus Jones": 20_827}


# -- a minister's or a professor's title --------------------------------------------------------


@pytest.mark.parametrize("votes", ["10,993", "10,939"])
def test_rev_and_a_surname_is_the_person_named_before(votes: str) -> None:
    # South Antrim 2015: Danny Kinahan (UUP) 11,942, Robert McCrea (DUP) 10,993. "Rev
    # McCrea" is McCrea titled, not a second person called "Rev McCrea".
    text = (
        "Danny Kinahan took South Antrim from the DUP's Robert McCrea.\n\n"
        f"Mr Kinahan polled 11,942 while Rev McCrea polled {votes}.\n"
    )
    assert _votes(text) == {"Danny Kinahan": 11_942, "Robert McCrea": int(votes.replace(",", ""))}
    fired = findings_of(text, "uk-ge-2015")
    assert [f.message.endswith("not 10,939") for f in fired] == (
        [True] if votes != "10,993" else []
    )


@pytest.mark.parametrize("title", ["Rev", "Revd", "Reverend", "Prof", "Professor"])
def test_a_clerical_or_academic_title_is_no_part_of_the_name(title: str) -> None:
    found = find_people(f"the {title} Ian Paisley first won the seat")
    assert [(p.name, p.title) for p in found] == [("Ian Paisley", title)]


# -- an Irish surname's particle ----------------------------------------------------------------


@pytest.mark.parametrize("votes", ["11,679", "11,697"])
def test_an_irish_surname_with_its_particle_names_the_candidate(votes: str) -> None:
    # Foyle 2015: Mark Durkan (SDLP) 17,725, Gearoid O hEara (SF) 11,679.
    text = (
        "Mark Durkan held Foyle for the SDLP, ahead of second-placed Gearóid Ó hEára of Sinn "
        f"Féin, who polled {votes}.\n"
    )
    assert _votes(text).get("Gearóid Ó hEára") == int(votes.replace(",", ""))
    fired = findings_of(text, "uk-ge-2015")
    assert [f.message.endswith("not 11,697") for f in fired] == (
        [True] if votes != "11,679" else []
    )
    assert findings_of(text, "uk-ge-2015", "name-mismatch") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The publisher, Máirtín Ó Muilleoir, raised", ["Máirtín Ó Muilleoir"]),
        ("Their candidate Gearoid O hEara polled", ["Gearoid O hEara"]),
        ("Áine Ní Chonaill won", ["Áine Ní Chonaill"]),
        # A particle opens no name of its own, and a capital alone after a name is no particle.
        ("O Muilleoir said", []),
        ("Labour O Level", []),
    ],
)
def test_irish_particles(text: str, names: list[str]) -> None:
    assert [p.name for p in find_people(text)] == names


# -- a word after "the" that is no given name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Shadow Education Secretary received 18,837 votes", []),
        ("The Broughty Ferry Tory councillor took 10,986 votes", []),
        # A given name after "the" may still be a name, and so may words before no role.
        ("the Tony Blair years", ["Tony Blair"]),
        ("The Green Jane Smith came third", ["Green Jane Smith"]),
    ],
)
def test_a_role_or_place_after_the_is_no_name(text: str, names: list[str]) -> None:
    assert [p.name for p in find_people(text)] == names


def test_a_role_after_the_takes_no_figure() -> None:
    # Houghton and Sunderland South 2024: Bridget Phillipson (Lab) 18,837; "The Shadow
    # Education Secretary" is her role, and no candidate of its own.
    text = (
        "Bridget Phillipson held Houghton and Sunderland South for Labour.\n\n"
        "The Shadow Education Secretary received 18,000 votes.\n"
    )
    assert "Shadow Education" not in _votes(text)
    assert findings_of(text, "uk-ge-2024") == []


# -- a given name alone -------------------------------------------------------------------------

# Brecon and Radnorshire 2017: Chris Davies (Con) 20,081, James Gibson-Watt (LD) 12,043.
_BRECON = (
    "Chris Davies held Brecon and Radnorshire for the Conservatives.\n\n"
    "Chris received {votes} votes, an increase on 2015.\n"
)


@pytest.mark.parametrize("votes", ["20,081", "20,018"])
def test_a_given_name_alone_is_the_one_person_named_so_in_full(votes: str) -> None:
    text = _BRECON.format(votes=votes)
    assert _votes(text) == {"Chris Davies": int(votes.replace(",", ""))}
    fired = [f.message for f in findings_of(text, "uk-ge-2017")]
    assert bool(fired) is (votes != "20,081"), fired
    # "Chris" is how the paper calls him: no misspelling of Chris Davies.
    assert findings_of(text, "uk-ge-2017", "name-mismatch") == []


def test_a_given_name_two_people_share_is_no_ones() -> None:
    text = _BRECON.format(votes="20,081").replace(
        "for the Conservatives.", "for the Conservatives, ahead of Chris Lodge."
    )
    assert 20_081 not in _votes(text).values()


def test_a_given_name_the_text_also_writes_in_lower_case_is_no_ones() -> None:
    # "Will" opens sentences as a verb: where the text writes "will" too, "Will" alone is
    # no one's (Colchester 2019: Will Quince (Con) 26,917).
    text = (
        "Will Quince held Colchester for the Conservatives, and will serve again.\n\n"
        "Will received 26,917 votes.\n"
    )
    assert 26_917 not in _votes(text).values()
    # Without the lower-case "will", the given name alone is his.
    assert _votes(text.replace(", and will serve again", "")) == {"Will Quince": 26_917}


@pytest.mark.parametrize(
    "line",
    [
        # A given name alone before no lower-case word: a list's surname first, or a line cut
        # before the surname.
        "Yemm, Steve – Labour Party, 16,048",
        "Ben Bradley (Con) - 12,563 Steve",
    ],
)
def test_a_given_name_in_a_list_line_is_not_taken_alone(line: str) -> None:
    # Mansfield 2024: Steve Yemm (Lab) 16,048, Ben Bradley (Con) 12,563.
    text = f"Steve Yemm gained Mansfield for Labour.\n\n{line}\n"
    said = [
        text[m.start : m.end]
        for k in article_of(text).contests
        for c in k.candidates
        for m in c.mentions
    ]
    assert "Steve" not in said, said


def test_a_sentence_opening_verb_in_ing_is_no_given_name() -> None:
    assert [p.name for p in find_people("Chasing Chris was James Gibson-Watt")] == [
        "James Gibson-Watt"
    ]
    # A given name stays one: "Howling" is a candidate's.
    assert [p.name for p in find_people("Howling Laud Hope stood again")] == ["Howling Laud Hope"]


@pytest.mark.parametrize(
    ("written", "official", "same"),
    [
        ("Chris", "Chris Davies", True),
        ("Christopher", "Chris Davies", True),
        ("Dan", "Chris Davies", False),
    ],
)
def test_a_given_name_alone_is_the_person_as_people_write_them(
    written: str, official: str, same: bool
) -> None:
    assert same_person_name(written, official) is same
