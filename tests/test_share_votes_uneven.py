"""Two (votes, share) pairs that disagree evenly (issue 8, item 3: never cry wolf).

With two candidates whose counts and shares each fit some valid-vote total but not the same
one, counting the bounds cannot say which pair is wrong: each way of settling it leaves one
pair out. share-votes-mismatch blames one, at error with a fix, only when a slip of a key or
of rounding explains exactly one way; otherwise it warns, with no fix, naming both pairs.
(It once blamed whichever pair the sweep met first: a correct "15,855" in the golden Hendon
story was "fixed" to 15,455.)

Every sentence is the team's own; the people are made up.
"""

from __future__ import annotations

from story_files import report_of

from factcheck.models import Finding, Severity


def _svm(text: str) -> list[Finding]:
    return [f for f in report_of(text, "uk-ge-2019").findings if f.name == "share-votes-mismatch"]


# Bath with 42,900 valid votes: Jane Smith's 17,204 is 40.1%, Tom Brown's 17,180 is 40.05%
# (40.0 or 40.1). Tom's share is printed 41.1, one key off; but Jane's 40.1 is one key off
# the 41.1% her count would be of the total Tom's pair implies: a slip explains either.
BOTH = "Bath\n\nJane Smith (Labour) 17,204 (40.1%)\n\nTom Brown (Conservative) 17,180 (41.1%)\n"
# Neither share is one slip from what the other pair's total makes it.
NEITHER = "Bath\n\nJane Smith (Labour) 21,406 (41.2%)\n\nTom Brown (Conservative) 20,988 (42.0%)\n"
# Jane's 47.0 is one key from the 42.0% her count is of Tom's total; Tom's 41.2 is no slip
# from the 46.0% his count is of Jane's. Jane's pair implies the lower total, so a sweep
# from below keeps hers and blames Tom's: the slip says it is hers.
ONE = "Bath\n\nJane Smith (Labour) 21,406 (47.0%)\n\nTom Brown (Conservative) 20,988 (41.2%)\n"
ONE_IN_PROSE = (
    "Jane Smith held Bath for Labour with 21,406 votes, 47.0 per cent of the vote. "
    "Tom Brown, the Conservative, polled 20,988 votes, or 41.2 per cent.\n"
)


def test_a_slip_either_way_is_a_warning_naming_both_with_no_fix() -> None:
    (f,) = _svm(BOTH)
    assert f.severity is Severity.WARNING
    assert f.fix is None
    assert f.replacement is None
    assert "Jane Smith's 17,204 votes at 40.1%" in f.message
    assert "Tom Brown's 17,180 votes at 41.1%" in f.message
    assert "would explain more than one of them" in f.message
    assert f.evidence["blamed"] is None
    # Both counts and the other share are shown as what the finding rests on.
    assert len(f.related) == 3


def test_no_slip_either_way_is_a_warning_with_no_fix() -> None:
    (f,) = _svm(NEITHER)
    assert f.severity is Severity.WARNING
    assert f.fix is None
    assert "no slip of a key or of rounding explains any of them" in f.message


def test_a_slip_one_way_only_blames_that_pair_at_error_with_its_fix() -> None:
    for text in (ONE, ONE_IN_PROSE):
        (f,) = _svm(text)
        assert f.severity is Severity.ERROR, text
        assert f.text is not None
        assert f.text.startswith("47.0"), text
        assert f.fix is not None
        assert f.fix.startswith("42.0% (one digit mistyped)")
        assert "Tom Brown" not in f.message


def test_the_right_shares_are_silent() -> None:
    # 42,900 valid votes: 17,204 is 40.10%, 17,180 is 40.05%, printed 40.1 and 40.0.
    assert _svm(BOTH.replace("41.1%", "40.0%")) == []


def test_a_third_pair_breaks_the_tie_and_the_odd_one_is_an_error() -> None:
    # Ann Green's 4,290 at 10.0% sides with Jane's pair (42,900 valid votes): Tom's is out.
    text = BOTH + "\nAnn Green (Liberal Democrat) 4,290 (10.0%)\n"
    (f,) = _svm(text)
    assert f.severity is Severity.ERROR
    assert f.text == "41.1%"
    assert f.fix is not None
    assert f.fix.startswith("40.1% (one digit mistyped)")


# 38,200 valid votes: Jane Smith's 18,251 is 47.8%, Tom Brown's 15,100 is 39.5%. Printed
# "18,215", Jane's count has two digits swapped; blaming Tom's pair instead would need his
# share only a unit or two off (39.6% or 39.7% of the total Jane's printed pair implies).
SWAPPED = "Bath\n\nJane Smith (Labour) {jane} (47.8%)\n\nTom Brown (Conservative) 15,100 (39.5%)\n"


def test_a_key_slip_outweighs_a_rivals_share_a_unit_or_two_off() -> None:
    (f,) = _svm(SWAPPED.format(jane="18,215"))
    assert f.severity is Severity.ERROR
    assert f.text == "18,215"
    assert f.fix is not None
    assert f.fix.startswith("18,251 (two digits swapped)")
    assert _svm(SWAPPED.format(jane="18,251")) == []
