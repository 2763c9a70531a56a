"""An outcome or a place said in words and contradicted by the record is lowered as any
finding on a reading that may be wrong is (``Violation.at_most_warning``): a warning with no
fix, its confidence no longer high, its message saying why. Sentences written here in the
patterns seen; the record's Wrexham (2019) was a Conservative gain from Labour.
"""

from __future__ import annotations

import pytest
from story_files import report_of

from factcheck.models import Confidence, Severity


@pytest.mark.parametrize(
    ("text", "words", "said"),
    [
        ("Labour hold Wrexham after a long count.\n", "Labour hold Wrexham", "an outcome"),
        ("Labour's Mary Wimbury held Wrexham.\n", "Mary Wimbury held Wrexham", "a place"),
    ],
)
def test_said_in_words_is_a_warning_with_no_fix_and_no_high_confidence(
    text: str, words: str, said: str
) -> None:
    (finding,) = [f for f in report_of(text, "uk-ge-2019").findings if f.text == words]
    assert finding.severity is Severity.WARNING
    assert finding.fix is None
    assert finding.confidence is not Confidence.HIGH
    assert finding.message.endswith(
        f"({said} said in words: which seat and person it is said of is read from the words "
        "around it, so no fix is offered)"
    )


def test_a_true_outcome_in_words_raises_nothing() -> None:
    assert report_of("Conservative gain Wrexham after a long count.\n", "uk-ge-2019").findings == ()
