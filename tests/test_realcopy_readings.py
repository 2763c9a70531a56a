"""How the real-copy scorer (``benchmarks/realcopy.py``) judges a reading where two labels of
one kind share words: "X pushed Y into second place" is labelled as Y's place ("second") and
as X's implied one (the whole phrase). Y's place read is Y's label's reading, not a misreading
of X's; a reading of Y's place given to X is still a misreading of X's. Judged on a tiny
labelled story of our own (Bolsover 2019: Mark Fletcher first, Dennis Skinner second)."""

from __future__ import annotations

from typing import Any

from script_modules import benchmark, label_row

realcopy = benchmark("realcopy")

STORY = "Mark Fletcher won Bolsover for the Conservatives, pushing Labour's Dennis Skinner into "


def _row(subject: str, stated: str, official: str, quote: str) -> dict[str, str]:
    return label_row(
        claim_type="rank", subject=subject, stated=stated, quote=quote, official=official
    )


def _outcomes(text: str, rows: list[dict[str, str]]) -> dict[str, Any]:
    score = realcopy.Score()
    realcopy.score_story("own-bolsover", text, rows, score)
    return {label.row["subject"]: label.outcome for label in score.labels}


def test_the_one_pushed_s_place_is_no_misreading_of_the_pusher_s() -> None:
    text = STORY + "second place."
    rows = [
        _row("Mark Fletcher", "pushing Labour's Dennis Skinner into second place", "first", text),
        _row("Dennis Skinner", "second place", "second", text),
    ]
    outcomes = _outcomes(text, rows)
    assert outcomes["Dennis Skinner"] == "correct"
    assert outcomes["Mark Fletcher"] != "misread"


def test_a_place_given_to_someone_no_label_names_is_still_a_misreading() -> None:
    # Only the pusher's place is labelled: the one pushed's place read over its words is
    # nobody's label's, so it misreads the pusher's.
    text = STORY + "second place."
    rows = [_row("Mark Fletcher", "pushing Labour's Dennis Skinner into second place", "1", text)]
    assert _outcomes(text, rows)["Mark Fletcher"] == "misread"
