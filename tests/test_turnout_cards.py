"""A results card's turnout block (issue 8, eleventh session): "• Registered voters: 66,397",
"• % share:" and its value, "• Change since 2017: -2.0", the heading "Turnout" lost in
copying. The "% share" is the turnout, checked against the record; the change is the
turnout's in points by the cards' convention (a loose "what" tie, so at most a warning).

Every card is the team's own, built from the bundled record (2019, seats with a turnout in
2017 and 2019); the layout is the one results cards use, not any story's text.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import ChangeClaim, Document, Finding, Quantity, Severity
from factcheck.reference.bundled import bundled_results
from factcheck.reference.lookup import turnouts

FRONT = "---\nelection: uk-ge-2019\n---\n"
CARD = (
    "{seat}\n\nParliamentary constituency\n\n"
    "  • Votes cast were counted overnight\n\n"
    "  • {code} majority: {majority:,}\n"
    "  • Registered voters: {electorate:,}\n"
    "  • % share:{gap}{turnout}%\n"
    "  • Change since 2017: {change}\n\n"
    "Vote share\n"
)


def _one(x: float) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _seats() -> list[tuple[str, int, Decimal, Decimal, Decimal]]:
    """(seat, electorate, turnout, change in points, change in per cent) in 2019."""
    record = bundled_results()
    out = []
    for seat in sorted(set().union(*record.surname_index("uk-ge-2019").values())):
        now, then = record.contest(seat, "uk-ge-2019"), record.contest(seat, "uk-ge-2017")
        if now is None or then is None or now.electorate is None:
            continue
        t_now, t_then = turnouts(now).get("valid"), turnouts(then).get("valid")
        if t_now is None or t_then is None:
            continue
        points = float(t_now - t_then)
        relative = float((t_now - t_then) * 100 / t_then)
        electorate = int(now.electorate.value)
        out.append((seat, electorate, _one(float(t_now)), _one(points), _one(relative)))
    return out


_SEATS = _seats()


def _card(seat: str, electorate: int, turnout: Decimal, change: Decimal, gap: str) -> str:
    sign = "+" if change >= 0 else "-"
    return FRONT + CARD.format(
        seat=seat,
        code="CON",
        majority=1234,
        electorate=electorate,
        gap=gap,
        turnout=turnout,
        change=f"{sign}{abs(change)}",
    )


def _findings(tmp_path: Path, text: str) -> list[Finding]:
    path = tmp_path / "card.txt"
    path.write_text(text, encoding="utf-8")
    return list(factcheck.check(path).findings)


def _read(text: str) -> tuple[set[tuple[str | None, str]], list[ChangeClaim]]:
    article = read_prose(Document(path="card.txt", text=text))
    levels = {(c.name, c.turnout.text) for c in article.contests if c.turnout is not None}
    changes = [
        c for c in article.claims if isinstance(c, ChangeClaim) and c.quantity is Quantity.TURNOUT
    ]
    return levels, changes


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seat=st.sampled_from(_SEATS), gap=st.sampled_from([" ", "\n    "]))
def test_a_card_s_turnout_block_is_read_and_checked(
    tmp_path: Path, seat: tuple[str, int, Decimal, Decimal, Decimal], gap: str
) -> None:
    name, electorate, turnout, points, relative = seat
    right = _card(name, electorate, turnout, points, gap)
    levels, changes = _read(right)
    assert (name, str(turnout)) in levels, right
    (change,) = changes
    assert change.contest == name
    assert change.since == "2017"
    assert change.amount is not None
    assert change.amount.value == abs(points)
    assert change.amount.grounds is not None
    assert "what" in change.amount.grounds.loose
    about_turnout = [f for f in _findings(tmp_path, right) if "turnout" in f.message]
    assert about_turnout == [], right

    wrong_level = turnout - Decimal("6.3")
    wrong_change = points + Decimal("7.3") if points >= 0 else points - Decimal("7.3")
    assume(abs(wrong_change - relative) > Decimal("0.3"))
    wrong = _card(name, electorate, wrong_level, wrong_change, gap)
    fired = _findings(tmp_path, wrong)
    level = [f for f in fired if f.name == "reference-mismatch" and "turnout" in f.message]
    assert level, wrong
    moved = [f for f in fired if f.name == "percent-points-confusion"]
    assert moved, wrong
    assert all(f.severity is Severity.WARNING for f in moved), wrong


@pytest.mark.parametrize(
    "text",
    [
        # A party's share under a "% share" heading is no turnout.
        "Darlington\n\nVote share\n\nParty % share\nConservative 45.5%\nLabour 38.2%\n",
        # No "Registered voters" over it: whose share is not said.
        "Darlington\n\n  • CON majority: 3,294\n  • % share: 65.5%\n  • Change since 2017: -2.0\n",
        # No "Change since" under it: not the card's turnout block.
        "Darlington\n\n  • Registered voters: 66,397\n  • % share: 65.5%\n\nLabour 38.2%\n",
    ],
)
def test_a_share_outside_a_turnout_block_is_no_turnout(text: str) -> None:
    levels, _ = _read(FRONT + text)
    assert levels == set(), text


def test_a_card_whose_seat_is_not_tied_is_left_unread() -> None:
    # Two seats named before the card, neither over it: the card may be either's.
    text = (
        FRONT + "Darlington and Sedgefield both declared.\n\n"
        "  • CON majority: 3,294\n"
        "  • Registered voters: 66,397\n"
        "  • % share: 65.5%\n"
        "  • Change since 2017: -2.0\n"
    )
    levels, changes = _read(text)
    assert levels == set()
    assert changes == []
