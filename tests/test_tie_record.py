"""The tie record of the real-copy scorer (``benchmarks/realcopy.py --ties``) and the replay of
severity policies on it (``benchmarks/tie_policy.py``): each finding's verdict and the kinds of
the ties it rests on, judged on a tiny labelled story of our own."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from script_modules import benchmark, label_row

from factcheck.reference.bundled import bundled_results

realcopy = benchmark("realcopy")
tie_policy = benchmark("tie_policy")

# Our own story: a majority stated wrongly (officially 5,299) and a vote count stated rightly.
STORY = (
    "Mark Fletcher won Bolsover for the Conservatives with a majority of 5,999.\n\n"
    "The Labour candidate, Dennis Skinner, polled 16,492 votes in Bolsover."
)


def _row(claim_type: str, subject: str, stated: str, official: str, verdict: str) -> dict[str, str]:
    quote = next(line for line in STORY.split("\n") if stated in line)
    return label_row(
        claim_type=claim_type,
        subject=subject,
        stated=stated,
        quote=quote,
        official=official,
        verdict=verdict,
    )


def _scored() -> Any:
    score = realcopy.Score()
    rows = [
        _row("majority", "", "5,999", "5299", "false"),
        _row("votes", "Dennis Skinner", "16,492", "16492", "true"),
    ]
    realcopy.score_story("own-bolsover", STORY, rows, score)
    return score


def test_a_wrong_figure_tied_explicitly_is_a_right_error_with_its_tie_kinds() -> None:
    records = realcopy.tie_records(_scored(), "dev")
    # The wrong majority is found; the right vote count (the control) is not.
    assert [(r["severity"], r["judgement"], r["text"]) for r in records] == [
        ("error", "right", "5,999")
    ]
    (rec,) = records
    assert rec["record"] is True
    assert len(rec["caught"]) == 1
    assert rec["read"] == ["correct"]
    (fig,) = rec["figures"]
    assert fig["source"] == "figure"
    assert fig["main"]
    assert fig["loose"] == []
    # Each tie's kind, without the seat's name.
    assert fig["kinds"] == {
        "seat": "named in the sentence",
        "subject": "the contest's own figure",
        "what": "“majority” before it",
        "election": "no other election named in its clause: the story's",
    }
    assert fig["grounds"]["seat"] == "Bolsover, named in the sentence"


def test_the_tie_table_counts_each_kind_by_severity_and_verdict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = realcopy.tie_records(_scored(), "dev")
    realcopy._print_ties(records)
    out = capsys.readouterr().out
    assert "[right] dev own-bolsover REF101 error '5,999'" in out
    # error right, error wrong, warning right, warning wrong
    assert "    1   0    0   0  named in the sentence" in out
    assert "Bolsover" not in out.split("## tie kinds")[1]


# Our own story again, the rival's count written as the majority's figure (officially 16,492;
# 5,299 is the majority): a warning naming the other value, counted by its tie.
KIND_STORY = STORY.replace("16,492 votes", "5,299 votes")


def test_a_figure_that_is_another_kind_of_value_is_recorded_with_that_tie(
    capsys: pytest.CaptureFixture[str],
) -> None:
    score = realcopy.Score()
    rows = [
        _row("majority", "", "5,999", "5299", "false"),
        _row("votes", "Dennis Skinner", "16,492", "16492", "true"),
    ]
    rows[1] |= {"stated": "5,299", "official": "16492", "verdict": "false"}
    rows[1]["quote"] = KIND_STORY.split("\n")[-1]
    realcopy.score_story("own-bolsover", KIND_STORY, rows, score)
    records = realcopy.tie_records(score, "dev")
    assert [(r["severity"], r["judgement"], r["other_reading"]) for r in records] == [
        ("error", "right", None),
        ("warning", "right", "kind"),
    ]
    realcopy._print_other_readings(records)
    out = capsys.readouterr().out
    assert "    0   0    1   0  kind" in out
    assert " None" not in out  # the majority matched nothing: not in the table


# Seats' names as the record writes them: capitalised words, joined by spaces, hyphens,
# "and" or commas ("Caithness, Sutherland and Easter Ross", "Stoke-On-Trent North").
WORD = st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True)
SEAT = st.builds(
    lambda first, rest: first + "".join(sep + word for sep, word in rest),
    WORD,
    st.lists(st.tuples(st.sampled_from([" ", "-", " and ", ", "]), WORD), max_size=4),
)


@given(
    seat=SEAT,
    phrase=st.sampled_from(
        [
            "named in the sentence",
            "the only constituency the story names",
            "the seat the story is about",
            "carried from an earlier paragraph",
            "named only later in the story",
            "the list's heading",
        ]
    ),
)
def test_a_seat_tie_kind_is_the_phrase_without_the_seat(seat: str, phrase: str) -> None:
    assert realcopy.tie_kind(f"{seat}, {phrase}") == phrase


BOLSOVER = bundled_results().contest("Bolsover", "uk-ge-2019")
assert BOLSOVER is not None
PEOPLE = [c.name for c in BOLSOVER.candidates if c.name]


@given(
    person=st.sampled_from(PEOPLE),
    count=st.integers(min_value=2, max_value=9),
)
def test_names_and_numbers_inside_a_phrase_go(person: str, count: int) -> None:
    assert (
        realcopy.tie_kind(f"Bolsover, the seat {person}, named in the sentence, stood in")
        == "the seat X, named in the sentence, stood in"
    )
    assert (
        realcopy.tie_kind(f"Bolsover, the nearest of {count} seats named in the sentence")
        == "the nearest of N seats named in the sentence"
    )
    assert realcopy.tie_kind(f"{person}, on the same line") == "on the same line"


def test_cue_words_stay_and_names_in_quotes_go() -> None:
    assert realcopy.tie_kind("“votes” after it") == "“votes” after it"
    assert realcopy.tie_kind("a word of change (“increased”)") == "a word of change (“…”)"
    assert (
        realcopy.tie_kind("a party's figure: “Labour” as the subject of its clause")
        == "a party's figure: “…” as the subject of its clause"
    )
    assert (
        realcopy.tie_kind("Labour's candidate in Gower, on the party's line of the list")
        == "a party's candidate in the seat, on the party's line of the list"
    )


def _record(
    *, record: bool, severity: str, seat: str = "named in the sentence", loose: tuple[str, ...] = ()
) -> dict[str, Any]:
    kinds = {
        "seat": seat,
        "subject": "the contest's own figure",
        "what": "“majority” before it",
        "election": "no other election named in its clause: the story's",
    }
    fig = {"source": "figure", "main": True, "loose": list(loose), "kinds": kinds}
    return {"record": record, "confirmed": False, "severity": severity, "figures": [fig]}


def test_replay_without_a_policy_keeps_each_severity() -> None:
    for rec in (
        _record(record=True, severity="error"),
        _record(record=False, severity="warning", seat="carried", loose=("seat",)),
    ):
        assert tie_policy.severity(rec, {}) == rec["severity"]


def test_a_demoted_seat_kind_stops_a_comparison_with_the_record() -> None:
    policy = {("seat", "the seat the story is about"): "loose"}
    on_record = _record(record=True, severity="error", seat="the seat the story is about")
    assert tie_policy.severity(on_record, policy) == "not checked"
    # Another seat kind (the control) is untouched.
    assert tie_policy.severity(_record(record=True, severity="error"), policy) == "error"


def test_a_demoted_kind_makes_a_rules_own_error_a_warning_and_too_loose_unchecked() -> None:
    own = _record(record=False, severity="error")
    assert tie_policy.severity(own, {("what", "“majority” before it"): "loose"}) == "warning"
    assert tie_policy.severity(own, {("what", "“majority” before it"): "too loose"}) == (
        "not checked"
    )


def test_leave_one_out_never_chooses_a_ties_default_kind() -> None:
    # Three wrong errors on a list's heading among seven, all under the story's election
    # (every error's): only the heading is chosen; the default would demote the rule itself.
    wrong = [
        dict(_record(record=True, severity="error", seat="the list's heading"), judgement="wrong")
        for _ in range(3)
    ]
    right = [dict(_record(record=True, severity="error"), judgement="right") for _ in range(4)]
    chosen = tie_policy.choose([*wrong, *right], min_errors=3, max_precision=0.5)
    assert chosen == {("seat", "the list's heading"): "loose"}


def test_a_kind_named_by_hand_is_judged_on_its_own_record() -> None:
    # Every error is on a seat named in the sentence (the default, never chosen by itself),
    # three of four wrong: named by hand, it is judged and chosen; another named kind with
    # no errors is not.
    wrong = [dict(_record(record=True, severity="error"), judgement="wrong") for _ in range(3)]
    right = [dict(_record(record=True, severity="error"), judgement="right")]
    named = {("seat", "named in the sentence"): "loose", ("seat", "the list's heading"): "loose"}
    assert tie_policy.choose([*wrong, *right], 3, 0.5) == {}
    assert tie_policy.choose([*wrong, *right], 3, 0.5, only=named) == {
        ("seat", "named in the sentence"): "loose"
    }


def test_kinds_chosen_on_some_records_are_those_records_alone() -> None:
    # dev11's record has three wrong errors on a list's heading; dev's has the same kind
    # right four times. Chosen on dev11 alone the heading is demoted; on dev alone it is not.
    heading = "the list's heading"
    wrong = [
        dict(_record(record=True, severity="error", seat=heading), judgement="wrong")
        for _ in range(3)
    ]
    right = [
        dict(_record(record=True, severity="error", seat=heading), judgement="right")
        for _ in range(4)
    ]
    others = [dict(_record(record=True, severity="error"), judgement="right") for _ in range(9)]
    runs = [
        tie_policy.Run("unseen:dev11", [*wrong, *others], {"dev11": 3}),
        tie_policy.Run("unseen:dev", [*right, *others], {"dev": 4}),
    ]
    assert tie_policy.choose_on(runs, ["unseen:dev11"], 3, 0.5) == {("seat", heading): "loose"}
    assert tie_policy.choose_on(runs, ["unseen:dev"], 3, 0.5) == {}
    with pytest.raises(SystemExit):
        tie_policy.choose_on(runs, ["unseen:dev12"], 3, 0.5)
