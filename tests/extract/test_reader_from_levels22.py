"""A change's earlier level, its share in brackets, is not this election's (twenty-second
session, issue 8: misreadings on copy nobody tuned on).

"Craig Martin increased Labour's share from 15,130 (25.07 per cent) in 2015 to 16,029 (29.8
per cent)": the count and share after "from" are the level the change started at, the
earlier election's. Paired as "N (P per cent)", they were read as the person's votes and
share at this election and set against its record, which flagged correct copy ("officially
16,029, not 15,130"). A count right after "from", with "to" and the later level following
(its bracket and a year between), is never read as this election's; the later level, "to
14,088 (26.2%)", is the one read.

The sentences are ours. The record: Falkirk, 2017, John McNally (SNP), Craig Martin (Labour)
16,029 (29.79%), Callum Laidlaw (Conservative) 14,088 (26.18%); 2015, Labour 15,130
(25.07%), Conservative 7,325.
"""

from __future__ import annotations

from story_files import article_of, findings_of

STORY = (
    "John McNally held Falkirk for the SNP.\n\n"
    "Craig Martin increased Labour's share from 15,130 (25.07 per cent) in 2015 to 16,029 "
    "(29.8 per cent).\n\n"
    "Callum Laidlaw saw the Tory vote rise from 7,325 (12.1%) to {laidlaw} (26.2%).\n"
)


def _votes(text: str) -> dict[str, str | None]:
    return {
        c.name: c.votes.text if c.votes else None
        for k in article_of(text).contests
        for c in k.candidates
        if c.name
    }


def test_the_earlier_level_is_not_this_elections() -> None:
    votes = _votes(STORY.format(laidlaw="14,088"))
    assert votes.get("Craig Martin") != "15,130"
    assert votes["Callum Laidlaw"] != "7,325"


def test_correct_copy_draws_no_finding_on_the_earlier_level() -> None:
    assert findings_of(STORY.format(laidlaw="14,088"), "uk-ge-2017") == []


def test_the_later_level_is_read_and_checked() -> None:
    assert _votes(STORY.format(laidlaw="14,088"))["Callum Laidlaw"] == "14,088"
    (finding,) = findings_of(STORY.format(laidlaw="14,808"), "uk-ge-2017")
    assert finding.text == "14,808"
    assert "14,088" in finding.message


def test_a_count_after_from_with_no_later_level_is_read_as_before() -> None:
    # The control: no "to" and later level after it, the guard does not apply ("received
    # votes from 16,029 people" is no change's start); the pair is read as it was.
    text = "John McNally held Falkirk for the SNP.\n\nCraig Martin polled 16,029 (29.8%).\n"
    assert _votes(text)["Craig Martin"] == "16,029"
