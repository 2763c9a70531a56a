"""A results list whose lines open with the party, before the candidate's full name: "Green"
first on a line of figures is the party, not the first word of a name. Cardiff Central 2015,
official record: Christopher von Ruhland (Green) 2,461, Martin Pollard (Plaid Cymru) 1,925,
Jo Stevens (Labour) 15,462. The lines are the team's own, in the shape such lists take."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Document

LIST = (
    "Cardiff Central\n\nResult:\n"
    "Plaid Cymru Martin Pollard 1,925 4.98\n"
    "Green {name} 2,461 6.37\n"
    "Labour Jo Stevens 15,462 40.01\n"
    "Majority 4,981\n"
)


def _read(name: str) -> dict[str, tuple[str | None, str | None]]:
    article = read_prose(Document(path="list.txt", text=LIST.format(name=name)))
    return {
        c.name: (c.party, c.votes.text if c.votes is not None else None)
        for contest in article.contests
        for c in contest.candidates
    }


def _names(name: str) -> list[str]:
    report = factcheck.check(
        Document(path="list.txt", text=LIST.format(name=name)), election="uk-ge-2015"
    )
    return [f.message for f in report.findings if f.name == "name-mismatch"]


def test_a_party_word_opening_a_line_before_a_full_name_is_the_party() -> None:
    assert _read("Chris Von Ruhland")["Chris Von Ruhland"] == ("Green Party", "2,461")
    # "Chris" for Christopher, "Von" for "von": the name as people write it.
    assert _names("Chris Von Ruhland") == []


def test_a_misspelt_name_after_the_party_word_is_still_flagged() -> None:
    assert _names("Chris Von Ruhlend") == [
        "“Chris Von Ruhlend” is spelt “Christopher von Ruhland” in the official result of "
        "Cardiff Central (uk-ge-2015)"
    ]


def test_a_two_word_name_opening_with_a_party_word_is_a_name() -> None:
    # "Green Smith" may be a person; only a party word before a full name is split off.
    read = _read("Smith")
    assert "Green Smith" in read
    assert read["Green Smith"][0] is None


@settings(max_examples=20, deadline=None)
@given(
    first=st.sampled_from(["Jane", "Sam", "Priya", "Tom"]),
    last=st.sampled_from(["Ashworth", "McBride", "Okafor", "Leigh"]),
)
def test_any_full_name_after_the_party_word_is_read_whole(first: str, last: str) -> None:
    name = f"{first} {last}"
    assert _read(name)[name] == ("Green Party", "2,461")
