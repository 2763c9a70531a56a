"""A count of votes is a whole number: "a majority of 6.217" (a point written for the
thousands comma) is not compared with the record, and says why; "6,271" is compared, and
fires. Edinburgh South West 2024: Scott Arthur's majority was 6,217. Sentences written here.
"""

from __future__ import annotations

import pytest
from story_files import findings_of, report_of

_STORY = "In Edinburgh South West, Labour's Scott Arthur won with a majority of {m}."


@pytest.mark.parametrize("written", ["6.217", "6.2", "621.7"])
def test_a_count_with_a_fraction_is_not_compared(written: str) -> None:
    text = _STORY.format(m=written)
    assert findings_of(text, "uk-ge-2024") == []
    reasons = [s.reason for s in report_of(text, "uk-ge-2024").not_checked]
    assert any(f"“{written}” is no whole number of votes" in r for r in reasons)


@pytest.mark.parametrize(("written", "fires"), [("6,217", False), ("6,271", True)])
def test_a_whole_count_is_compared(written: str, fires: bool) -> None:
    found = [f.text for f in findings_of(_STORY.format(m=written), "uk-ge-2024")]
    assert found == ([written] if fires else [])
