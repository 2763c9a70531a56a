"""reference-mismatch on gains read from a person beaten: "X defeated Y in Gordon", "Y lost to
X in Gordon", "saw Y lose to the SNP". The words say the seat changed hands only if Y held
it; a false gain fires against the record, a true one, or one whose Y was a challenger, is
silent.

Hand-checked in the bundled House of Commons Library data: Canterbury 2017 a Labour gain
from the Conservatives (Rosie Duffield beat the sitting MP, Julian Brazier); Bolsover 2019 a
Conservative gain from Labour (Mark Fletcher beat the sitting MP, Dennis Skinner); Wigan 2019
a Labour hold (Lisa Nandy, MP since 2010, beat the Conservatives' Ashley Williams).
Every sentence is the team's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.models import Finding, Severity

FRONT = "---\nelection: {e}\n---\n"


def _ref(tmp_path: Path, text: str, election: str) -> list[Finding]:
    path = tmp_path / "article.txt"
    path.write_text(FRONT.format(e=election) + text, encoding="utf-8")
    return [f for f in factcheck.check(path).findings if f.name == "reference-mismatch"]


@pytest.mark.parametrize(
    ("election", "text"),
    [
        ("uk-ge-2017", "Labour's Rosie Duffield defeated Julian Brazier in Canterbury."),
        ("uk-ge-2017", "Julian Brazier lost to Labour's Rosie Duffield in Canterbury."),
        ("uk-ge-2019", "The Conservatives' Mark Fletcher has beaten Dennis Skinner in Bolsover."),
        ("uk-ge-2019", "Mark Fletcher was elected in Bolsover, defeating Labour's Dennis Skinner."),
        ("uk-ge-2019", "Bolsover saw Labour's Dennis Skinner lose to the Conservatives."),
        # Y a challenger: true, and no change of hands is claimed.
        ("uk-ge-2019", "Labour's Lisa Nandy defeated the Conservatives' Ashley Williams in Wigan."),
        ("uk-ge-2019", "Ashley Williams lost to Labour's Lisa Nandy in Wigan."),
        # Negations and hypotheticals are no outcome at all.
        ("uk-ge-2019", "The Conservatives failed to defeat Labour's Lisa Nandy in Wigan."),
        ("uk-ge-2019", "Lisa Nandy would have lost to the Conservatives in Wigan."),
        ("uk-ge-2019", "Lisa Nandy beat Ashley Williams again to hold Wigan for Labour."),
    ],
)
def test_a_true_gain_from_a_person_beaten_is_silent(
    tmp_path: Path, election: str, text: str
) -> None:
    assert _ref(tmp_path, text, election) == []


@pytest.mark.parametrize(
    ("election", "text", "said"),
    [
        # The sitting MP beaten, the wrong party the winner's.
        (
            "uk-ge-2017",
            "The Liberal Democrats' James Flanagan defeated Julian Brazier in Canterbury.",
            "Liberal Democrat did not win Canterbury",
        ),
        (
            "uk-ge-2019",
            "Lisa Nandy lost to the Conservatives' Ashley Williams in Wigan.",
            "Conservative did not win Wigan",
        ),
        (
            "uk-ge-2019",
            "Dennis Skinner lost to the Liberal Democrats in Bolsover.",
            "Liberal Democrat did not win Bolsover",
        ),
    ],
)
def test_a_false_gain_from_a_person_beaten_is_a_warning(
    tmp_path: Path, election: str, text: str, said: str
) -> None:
    found = _ref(tmp_path, text, election)
    assert any(said in f.message for f in found), [f.message for f in found]
    # Said of a person, the gain is implied, not stated: never an error.
    assert all(f.severity is Severity.WARNING for f in found)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Rushanara Ali is an MP again in Bethnal Green and Bow.", False),
        ("Rosie Duffield is an MP again in Canterbury.", True),
        ("Rushanara Ali won Bethnal Green and Bow for a second time.", False),
        ("Rosie Duffield won Canterbury for a second time.", True),
        ("Rosie Duffield won the Conservative stronghold of Canterbury.", False),
        ("Rosie Duffield won the Liberal Democrat stronghold of Canterbury.", True),
    ],
)
def test_winning_again_or_a_party_s_stronghold_is_judged_loosely(
    tmp_path: Path, text: str, fires: bool
) -> None:
    # 2017: Rushanara Ali held Bethnal Green and Bow (MP since 2010); Rosie Duffield gained
    # Canterbury from the Conservatives.
    found = _ref(tmp_path, text, "uk-ge-2017")
    assert bool(found) is fires, [f.message for f in found]
    assert all(f.severity is Severity.WARNING for f in found)
