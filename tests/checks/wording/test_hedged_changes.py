"""Hedged and unhedged changes of a count, read from sentences in the patterns results copy
uses and judged against the official record (uk-ge-2017 unless a test says otherwise).

The bundled House of Commons Library records: Poplar and Limehouse, Jim Fitzpatrick (Labour)
held with a majority of 16,924 in 2015 and 27,712 in 2017 (up 10,788), with 29,886 votes in
2015 and 39,558 in 2017 (up 9,672); Aberconwy, Guto Bebb (Conservative) held with a majority
of 3,999 in 2015 and 635 in 2017 (down 3,364).
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Severity
from factcheck.models import Document

HEDGE = "hedge-mismatch"


def _check(text: str, *rules: str, election: str = "uk-ge-2017") -> factcheck.Report:
    doc = Document(path="story.txt", text=text)
    return factcheck.check(doc, election=election, select=list(rules) or [HEDGE])


# -- a seat read loosely, confirmed by the person who stood there --------------------------------

# The sentence speaks of another place ("in England's capital"), so its seat is carried from the
# paragraph before and read loosely: the record is compared only because the change's own person,
# named in full, stood in that seat.
LOOSE_SEAT = (
    "Jim Fitzpatrick held Poplar and Limehouse for Labour.\n\n"
    "The result capped a strong night for Labour across England.\n\n"
    "{who} has increased his majority by {hedge} {amount} to secure his seat in "
    "England's capital.\n"
)


def test_a_hedged_change_in_a_seat_read_loosely_is_confirmed_by_its_person() -> None:
    text = LOOSE_SEAT.format(who="Labour's Jim Fitzpatrick", hedge="more than", amount="12,000")
    (finding,) = _check(text).findings
    assert finding.severity is Severity.WARNING
    assert finding.fix is None
    assert "went from 16,924 to 27,712, up 10,788 votes" in finding.message
    assert finding.evidence["seat_confirmed"] == (
        "Jim Fitzpatrick stood in Poplar and Limehouse (uk-ge-2017)"
    )


def test_a_true_hedged_change_in_a_seat_read_loosely_is_silent() -> None:
    for hedge, amount in (("more than", "10,000"), ("nearly", "11,000"), ("about", "11,000")):
        text = LOOSE_SEAT.format(who="Labour's Jim Fitzpatrick", hedge=hedge, amount=amount)
        assert _check(text).findings == ()


def test_a_loose_seat_no_one_named_confirms_is_not_compared() -> None:
    text = LOOSE_SEAT.format(who="The sitting Labour MP", hedge="more than", amount="12,000")
    report = _check(text)
    assert report.findings == ()
    assert any("read loosely" in n.reason for n in report.not_checked)


# -- where each hedge stops: generated amounts against the record's change -----------------------
# Poplar and Limehouse's majority rose by 10,788 (16,924 in 2015 to 27,712 in 2017). Each hedge
# is read by its truth interval (rules/hedges.toml), worked out here from g, the granularity of
# the number written: half a unit of its last non-zero place, never below a twentieth of it.

RISE = 10788
WORDINGS = {
    # hedge words: (how many g below the number the truth reaches, how many above; None: no end)
    "nearly": (2, 0),
    "almost": (2, 0),
    "just under": (1, 0),
    "about": (2, 2),
    "around": (2, 2),
    "more than": (0, None),
    "over": (0, None),
    "just over": (0, 1),
    "less than": (None, 0),
}


def _granularity(n: int) -> Fraction:
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    return max(Fraction(10**zeros, 2), Fraction(n, 20))


def _true_of(words: str, n: int, t: int) -> bool:
    below, above = WORDINGS[words]
    g = _granularity(n)
    if below == 0 and t <= n and above is not None and above > 0:
        return False  # "just over", "more than": above the number
    if above == 0 and t >= n:
        return False  # "nearly", "just under", "less than": below the number
    if below == 0 and above is None:
        return t > n
    low_ok = below is None or t >= n - below * g
    high_ok = above is None or t <= n + above * g
    return low_ok and high_ok


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(WORDINGS)),
    st.integers(2, 3),
    st.integers(1, 30),
)
def test_a_hedged_rise_fires_exactly_when_its_truth_excludes_the_record(
    words: str, zeros: int, leading: int
) -> None:
    n = leading * 10**zeros
    text = (
        f"In Poplar and Limehouse, Labour's Jim Fitzpatrick increased his majority by {words} "
        f"{n:,}."
    )
    fired = [f for f in _check(text).findings if f.severity is not Severity.INFO]
    assert len(fired) == (0 if _true_of(words, n, RISE) else 1), text


def test_a_majority_change_of_someone_who_did_not_stand_there_is_not_judged() -> None:
    # The person named did not stand in the seat (twenty-second session): the record's
    # majorities there are no levels of their change, true words or false.
    text = "In Poplar and Limehouse, Labour's Jane Hollis increased her majority by over 100."
    for said in (text, text.replace("over 100", "over 12,000")):
        report = _check(said)
        assert report.findings == ()
        (reason,) = [n.reason for n in report.not_checked if n.name == "hedge-mismatch"]
        assert "Jane Hollis's majority" in reason
    wrong = text.replace("over 100", "over 12,000")
    # Control: the seat's own winner named as growing the majority bears the seat out.
    named = wrong.replace("Jane Hollis increased her", "Jim Fitzpatrick increased his")
    (finding,) = _check(named).findings
    assert finding.severity is Severity.ERROR
    assert finding.fix is not None


# -- a hedged level: "just under" reaches one step of its rounding, "nearly" two ------------------
# Poplar and Limehouse's majority in 2015 was 16,924.

LEVEL = "In Poplar and Limehouse, Labour's Jim Fitzpatrick won in 2015 with a majority of {words}."


def test_just_under_reaches_one_step_of_its_rounding_and_nearly_two() -> None:
    for words, right in (
        ("just under 17,000", True),  # 16,500 to 17,000
        ("just under 18,000", False),  # 17,500 to 18,000
        ("nearly 18,000", True),  # 16,200 to 18,000: g is a twentieth of 18,000
        ("almost 19,000", False),  # 17,100 to 19,000
        ("just over 16,900", True),  # above 16,900, to 16,950
        ("just over 16,000", False),  # above 16,000, to 16,500
    ):
        findings = _check(LEVEL.format(words=words), "reference-mismatch").findings
        assert len(findings) == (0 if right else 1), words


# -- the direction of a person's majority changed by a count -------------------------------------
# York Outer, Julian Sturdy (Conservative): a majority of 8,289 in 2017 and 9,985 in 2019.

DIRECTION = "change-direction-mismatch"


def test_a_persons_majority_said_to_fall_by_a_count_when_it_rose_is_wrong() -> None:
    for words in ("reduced by around 2,000 votes", "cut by 1,696", "reduced by nearly 2,000"):
        text = (
            "In York Outer, the Conservative Julian Sturdy held the seat, with his majority "
            f"{words}."
        )
        (finding,) = _check(text, DIRECTION, election="uk-ge-2019").findings
        assert finding.message.startswith(
            f"“{words.split()[0]}”, but Julian Sturdy's majority went from 8,289 to 9,985 in "
            "the official record (2017 and 2019): a rise of 1,696"
        ), words
        right = text.replace("reduced", "increased").replace("cut", "increased")
        assert _check(right, DIRECTION, election="uk-ge-2019").findings == (), words


def test_a_partys_majority_changed_by_a_count_is_not_set_against_the_record() -> None:
    # A party's majority may be its majority in the Commons, counted in seats.
    text = "In York Outer, the Conservative majority was reduced by 1,700 votes."
    report = _check(text, DIRECTION, election="uk-ge-2019")
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert "without the earlier value" in skipped.reason


# -- an unhedged change of a candidate's votes ---------------------------------------------------
# Jim Fitzpatrick's vote in Poplar and Limehouse: 29,886 in 2015, 39,558 in 2017 (up 9,672).

VOTE_RISE = "Labour held Poplar and Limehouse.\n\nJim Fitzpatrick's vote rose by {amount}."


def test_an_unhedged_rise_in_votes_that_is_not_the_records_is_wrong() -> None:
    (finding,) = _check(VOTE_RISE.format(amount="9,762")).findings
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        "“9,762” is not true of the change: Jim Fitzpatrick's vote went from 29,886 to 39,558, "
        "up 9,672 votes (official results, 2015 and 2017)"
    )
    assert finding.fix == "9,672 votes"
    assert finding.arithmetic == ("39,558 − 29,886 = 9,672", "“9,762” is true for exactly 9,762")


def test_an_unhedged_round_rise_is_read_at_its_rounding() -> None:
    # "10,000" allows 9,500 to 10,500, "9,700" 9,650 to 9,750; "9,670" is exact.
    for amount, right in (
        ("9,672", True),
        ("10,000", True),
        ("9,700", True),
        ("9,600", False),
        ("9,670", False),
        ("9,000", False),
    ):
        findings = _check(VOTE_RISE.format(amount=amount)).findings
        assert len(findings) == (0 if right else 1), amount


def test_an_unhedged_rise_far_from_the_records_is_not_judged() -> None:
    # 39,558 is his vote, not its rise: the reading, not the number, may be wrong.
    report = _check(VOTE_RISE.format(amount="39,558"))
    assert report.findings == ()
    assert any("is far from the change (9,672 votes)" in n.reason for n in report.not_checked)


@settings(max_examples=40, deadline=None)
@given(st.integers(9000, 10400))
def test_an_unhedged_rise_fires_exactly_when_it_is_not_the_records(stated: int) -> None:
    findings = _check(VOTE_RISE.format(amount=f"{stated:,}")).findings
    zeros = len(str(stated)) - len(str(stated).rstrip("0"))
    half = 10**zeros // 2 if zeros >= 2 else 0
    assert len(findings) == (0 if stated - half <= 9672 < stated + half or stated == 9672 else 1)


# -- a majority multiplied: "nearly quadrupled his majority" -------------------------------------
# The record's majorities, 2015 to 2017: Orkney and Shetland (Alistair Carmichael) 817 to 4,563,
# 5.59 times; Bristol South (Karin Smyth) 7,128 to 15,987, 2.24 times; Cannock Chase (Amanda
# Milling) 4,923 to 8,391, 1.70 times; Poplar and Limehouse 16,924 to 27,712, 1.64 times.

MULTIPLIED = {
    "Orkney and Shetland": ("Alistair Carmichael", "his", Fraction(4563, 817)),
    "Bristol South": ("Karin Smyth", "her", Fraction(15987, 7128)),
    "Cannock Chase": ("Amanda Milling", "her", Fraction(8391, 4923)),
    "Poplar and Limehouse": ("Jim Fitzpatrick", "his", Fraction(27712, 16924)),
}
VERBS = {"doubled": 2, "trebled": 3, "quadrupled": 4}
# A multiple's granularity is the pack's floor, a twentieth of it: "doubled" alone is true from
# as far short of double as "about" reaches (1.8) to short of trebled (3), "nearly doubled" from
# 1.8 to 2, "just under" within a tenth of 2, "more than doubled" above 2.
MULTIPLE_HEDGES = {"": (2, 1), "nearly ": (2, 0), "just under ": (1, 0), "more than ": (0, None)}


def _multiplied(seat: str, hedge: str, verb: str) -> str:
    name, pronoun, _ = MULTIPLIED[seat]
    return f"{name} held {seat}.\n\n{name} {hedge}{verb} {pronoun} majority.\n"


def test_a_multiple_the_record_does_not_bear_out_is_false() -> None:
    (finding,) = _check(_multiplied("Orkney and Shetland", "nearly ", "quadrupled")).findings
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        "“nearly quadrupled” is not true of the change: Alistair Carmichael's majority went "
        "from 817 to 4,563, 5.59 times as large (official results, 2015 and 2017)"
    )
    assert finding.fix == "5.6 times as large"
    assert finding.arithmetic[0] == "4,563 / 817 = 5.59"


def test_a_multiple_the_record_bears_out_is_at_most_a_note() -> None:
    # 2.24 times has doubled (and more), short of trebled; it has not "nearly" doubled.
    assert _check(_multiplied("Bristol South", "", "doubled")).findings == ()
    (wrong,) = _check(_multiplied("Bristol South", "nearly ", "doubled")).findings
    assert wrong.severity is Severity.ERROR
    # "More than doubled" is fair short of trebled; beyond it, "more than quadrupled" for 5.59
    # times is true but loose: it has more than quintupled.
    assert _check(_multiplied("Bristol South", "more than ", "doubled")).findings == ()
    (note,) = _check(_multiplied("Orkney and Shetland", "more than ", "doubled")).findings
    assert note.severity is Severity.INFO
    assert note.message.startswith("“more than doubled” is true of the change but loose")


def test_a_multiple_of_a_majority_that_fell_is_the_directions_to_report() -> None:
    text = "In Aberconwy, Guto Bebb doubled his majority."
    assert _check(text).findings == ()
    (finding,) = _check(text, DIRECTION).findings
    assert finding.message.startswith("“doubled”, but Guto Bebb's majority went from 3,999 to 635")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(MULTIPLIED)),
    st.sampled_from(sorted(MULTIPLE_HEDGES)),
    st.sampled_from(sorted(VERBS)),
)
def test_a_multiple_fires_exactly_when_its_truth_excludes_the_records(
    seat: str, hedge: str, verb: str
) -> None:
    n, ratio = VERBS[verb], MULTIPLIED[seat][2]
    below, above = MULTIPLE_HEDGES[hedge]
    g = Fraction(n, 20)
    if above is None:
        true = ratio > n
    elif above == 0:
        true = n - below * g <= ratio < n
    else:
        true = n - below * g <= ratio < n + above  # short of the next multiple
    findings = _check(_multiplied(seat, hedge, verb)).findings
    fired = [f for f in findings if f.severity is not Severity.INFO]
    assert len(fired) == (0 if true else 1)


def test_a_multiple_the_record_bears_out_fairly_is_silent() -> None:
    # The Wrekin, Mark Pritchard: a majority of 9,564 in 2017 and 18,726 in 2019, 1.96 times.
    for hedge, right in (("nearly ", True), ("", True), ("more than ", False)):
        text = f"Mark Pritchard held The Wrekin.\n\nMark Pritchard {hedge}doubled his majority.\n"
        findings = _check(text, election="uk-ge-2019").findings
        assert len(findings) == (0 if right else 1), hedge
