"""Two forms of one name that are no misspelling, and a name that is another person.

Middle initials run together ("David TC Davies") are the initials the record writes apart
("David T. C. Davies", Monmouth 2019). A name unlike the official candidate's in its first name
and not the same in its surname ("Dominic Bradley" where Mickey Brady stood in Newry and
Armagh, 2015) is another person, not a misspelling; a writer misspells one of the two.
Sentences written here.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from story_files import findings_of

from factcheck.names import PARTICLES, same_person_name


def _names(text: str, election: str) -> list[tuple[str | None, str | None]]:
    return [(f.text, f.fix) for f in findings_of(text, election, rule="name-mismatch")]


@pytest.mark.parametrize("written", ["David TC Davies", "David T C Davies", "David T. C. Davies"])
def test_middle_initials_written_together_or_apart_are_the_record_s(written: str) -> None:
    text = f"Conservative {written} held Monmouth with 26,160 votes."
    assert _names(text, "uk-ge-2019") == []


@pytest.mark.parametrize("written", ["David TD Davies", "David TC Davis"])
def test_other_initials_or_a_misspelt_surname_still_fire(written: str) -> None:
    text = f"Conservative {written} held Monmouth with 26,160 votes."
    assert [t for t, _ in _names(text, "uk-ge-2019")] == [written]


_INITIAL = st.sampled_from("ABCDEFGHJKLMNPRSTW")


@given(initials=st.lists(_INITIAL, min_size=1, max_size=3), other=_INITIAL)
def test_initials_run_together_are_the_same_initials_apart(initials: list[str], other: str) -> None:
    # (Not a run that spells a surname particle, "DA" or "LE": folded, "Jane da Smith".)
    assume("".join(initials).lower() not in PARTICLES)
    apart = "Jane " + " ".join(f"{i}." for i in initials) + " Smith"
    together = "Jane " + "".join(initials) + " Smith"
    assert same_person_name(together, apart)
    assert same_person_name(apart, together)
    changed = [*initials[:-1], other]
    if changed != initials and other not in initials:
        assert not same_person_name("Jane " + "".join(changed) + " Smith", apart)


def test_a_name_unlike_in_first_name_and_surname_is_another_person() -> None:
    text = "Sinn Fein's Dominic Bradley held Newry and Armagh with 20,488 votes."
    assert _names(text, "uk-ge-2015") == []


@pytest.mark.parametrize(
    ("written", "fix"),
    [("Mickey Bradey", "Mickey Brady"), ("Micky Brady", "Mickey Brady")],
)
def test_a_misspelt_first_name_or_surname_still_fires(written: str, fix: str) -> None:
    text = f"Sinn Fein's {written} held Newry and Armagh with 20,488 votes."
    assert _names(text, "uk-ge-2015") == [(written, fix)]
