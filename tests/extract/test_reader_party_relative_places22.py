"""A party made the subject of a placing by a relative clause (issue 8, twenty-second session):
"a swing of 7.6% from the Liberal Democrats who came third", "with the Liberal Democrats,
who finished third, losing the seat". The party may be the object of the clause before ("from
the Liberal Democrats"), but "who came third" is said of it, not of the person named earlier
in the sentence; four outlets write it (a party, "who" or "which", a placing verb).

On the newly opened dev12 the place went to the sentence's one person, the winner, and
reference-mismatch warned that the winner "officially finished first, not third". The
sentences are ours; the figures are the bundled record's 2017 result for Southport (Damien
Moore, Conservative, first; Liz Savage, Labour, second; Sue McGuire, Liberal Democrat, third).
"""

from __future__ import annotations

import pytest
from story_files import article_of, findings_of

_WORDINGS = [
    "Conservative Damien Moore took Southport with 18,541 votes, a swing of 7.6% from the "
    "Liberal Democrats who came {place}.",
    "Labour's Liz Savage was runner-up in Southport, with the Liberal Democrats, who finished "
    "{place}, losing the seat.",
]


def _places(text: str) -> dict[tuple[str | None, str | None], str]:
    # A candidate the story names only by party has no name ("").
    return {
        (c.name or None, c.party): c.rank.text
        for contest in article_of(text).contests
        for c in contest.candidates
        if c.rank is not None
    }


@pytest.mark.parametrize("wording", _WORDINGS)
def test_the_place_in_a_relative_clause_is_the_party_s(wording: str) -> None:
    places = _places(wording.format(place="third"))
    assert places.get((None, "Liberal Democrat")) == "third"
    # Not the person named before the party: the winner is no one's third.
    assert all(place != "third" for (name, _), place in places.items() if name is not None)


@pytest.mark.parametrize("wording", _WORDINGS)
def test_the_party_s_true_place_is_silent_and_a_wrong_one_warns(wording: str) -> None:
    assert findings_of(wording.format(place="third"), "uk-ge-2017") == []
    [wrong] = findings_of(wording.format(place="second"), "uk-ge-2017")
    assert wrong.severity.value == "warning"
    assert "Sue McGuire officially finished third" in wrong.message


def test_a_party_as_the_object_with_no_relative_clause_is_not_placed() -> None:
    # "beat the Liberal Democrats, third": no "who" or "which", so the object keeps no place
    # of its own from this reading.
    text = "Conservative Damien Moore beat the Liberal Democrats into Southport's top spot."
    assert (None, "Liberal Democrat") not in _places(text)
