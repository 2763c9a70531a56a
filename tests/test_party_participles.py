"""A party's share given by a participle after its clause (issue 8, eleventh session): "The
Conservatives held Wigan, winning 45.2% of the vote". The share is the party's candidate's
in the seat: a wrong share fires through reference-mismatch, the right one is silent. With
another party named before the participle the subject tie is loose, and the share is read
but not judged.

Every sentence is the team's own, built from the bundled record (2019): a seat's winner's
party and share.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from story_files import filed_findings

from factcheck.extract.reader import read_prose
from factcheck.models import Document, Finding
from factcheck.reference.bundled import bundled_results
from factcheck.reference.lookup import share_of, winner_of

_WORDS = {
    "Conservative": "The Conservatives",
    "Labour": "Labour",
    "Liberal Democrat": "The Lib Dems",
}


def _seats() -> list[tuple[str, str, Decimal]]:
    """(seat, the winner's party as copy names it, their share to one place) in 2019."""
    record = bundled_results()
    out = []
    for seat in sorted(set().union(*record.surname_index("uk-ge-2019").values())):
        now = record.contest(seat, "uk-ge-2019")
        won = winner_of(now) if now is not None else None
        if now is None or won is None or won.party not in _WORDS or "," in seat:
            continue
        share = share_of(won, now)
        if share is None:
            continue
        one = Decimal(float(share)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        out.append((seat, _WORDS[won.party], one))
    return out


_SEATS = _seats()


def _shares(text: str) -> dict[tuple[str | None, str | None], str]:
    article = read_prose(Document(path="a.txt", text=text))
    return {
        (k.name, c.party): c.share.text
        for k in article.contests
        for c in k.candidates
        if c.share is not None
    }


def _share_findings(tmp_path: Path, text: str) -> list[Finding]:
    # The share's findings (a winner's wording is judged on its own).
    return [f for f in filed_findings(tmp_path, text, "uk-ge-2019") if "share" in f.message]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seat=st.sampled_from(_SEATS),
    wording=st.sampled_from(
        [
            "{party} won {seat}, winning {share}% of the vote.",
            "{party} have won {seat}, taking {share} per cent of the vote.",
            "{party} topped the poll in {seat}, securing {share}% of the votes cast.",
            "{party} are celebrating tonight in {seat}, polling {share}% of the vote.",
        ]
    ),
)
def test_a_share_after_a_participle_is_the_opening_party_s(
    tmp_path: Path, seat: tuple[str, str, Decimal], wording: str
) -> None:
    name, party, share = seat
    right = wording.format(seat=name, party=party, share=share)
    shares = _shares(right)
    assert str(share) in shares.values(), right
    assert _share_findings(tmp_path, right) == [], right
    # Near enough to be compared: a share more than a fifth from the record is not (s-15),
    # and 7.3 points were more than a fifth of Ynys Môn's 35.5%.
    wrong = wording.format(seat=name, party=party, share=share - Decimal("2.1"))
    assert _share_findings(tmp_path, wrong), wrong


def test_another_party_before_the_participle_leaves_the_share_unjudged(tmp_path: Path) -> None:
    # Lagan Valley 2019: the DUP held the seat with 43.1%.
    text = "The DUP held Lagan Valley against an Alliance challenge, winning 33.1% of the vote."
    assert ("Lagan Valley", "Democratic Unionist Party") in _shares(text)
    assert _share_findings(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A person named before the share may be its owner.
        "The Conservatives held Wigan, with Jane Smith winning 45.2% of the vote.",
        # Another election's share.
        "Labour held Wigan in 2017, winning 45.2% of the vote.",
        # No share of the vote after the figure.
        "Labour held Wigan, winning 45.2% more than in 2017.",
    ],
)
def test_no_party_share_is_read_without_the_participle_s_subject(text: str) -> None:
    assert ("Wigan", "Labour") not in _shares(text), text
    assert ("Wigan", "Conservative") not in _shares(text), text
