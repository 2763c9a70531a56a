"""The real-copy scorer's skeletons (``benchmarks/realcopy.py --skeletons``): a story rebuilt
from its labelled quotes alone, so the labels can be scored where the texts cannot be had.
Judged on tiny labelled stories of our own (Bolsover 2019: Mark Fletcher 21,791 votes)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from script_modules import benchmark, label_row

realcopy = benchmark("realcopy")


def _row(claim_type: str, subject: str, stated: str, quote: str) -> dict[str, str]:
    return label_row(claim_type=claim_type, subject=subject, stated=stated, quote=quote)


def _files(tmp_path: Path, row: dict[str, str], *, title: str) -> list[str]:
    """A labels file of one row and a stories file of its story (titled ``title``), and the
    command's arguments to score them as skeletons, in JSON."""
    labels = tmp_path / "claims.csv"
    with labels.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["url", "outlet", *row])
        writer.writeheader()
        writer.writerow({"url": "u", "outlet": "o", **row})
    stories = tmp_path / "stories.csv"
    stories.write_text(
        "story_id,url,title,outlet,election,nation,format,split\n"
        f"own-bolsover,u,{title},o,uk-ge-2019,england,single-seat,dev\n",
        encoding="utf-8",
    )
    return ["--skeletons", "--labels", str(labels), "--stories", str(stories), "--json"]


WON = "Mark Fletcher won Bolsover with 21,791 votes"
SHARE = "a 47.4 per cent share of the vote"


def test_each_distinct_quote_is_a_paragraph_in_label_order() -> None:
    rows = [
        _row("votes", "Mark Fletcher", "21,791", WON),
        _row("winner", "Mark Fletcher", "won", WON),
        _row("share", "Mark Fletcher", "47.4", SHARE),
    ]
    assert realcopy.skeleton(rows) == f"{WON}\n\n{SHARE}\n"


def test_every_labelled_quote_is_found_in_its_skeleton_so_none_is_unlocated() -> None:
    rows = [
        _row("votes", "Mark Fletcher", "21,791", WON),
        _row("share", "Mark Fletcher", "47.4", SHARE),
    ]
    score = realcopy.Score()
    realcopy.score_story("own-bolsover", realcopy.skeleton(rows), rows, score)
    outcomes = [label.outcome for label in score.labels]
    assert "unlocated" not in outcomes
    # The vote count names its winner and seat in its own words: read as written.
    assert outcomes[0] == "correct"


def test_the_command_scores_skeletons_with_no_folder_of_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = _files(tmp_path, _row("votes", "Mark Fletcher", "21,791", WON), title="t")
    assert realcopy.main(argv) == 0
    assert '"read_correctly": "1.00 (1/1)"' in capsys.readouterr().out


def test_without_texts_or_skeletons_the_command_says_what_it_needs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        realcopy.main([])
    assert exit_.value.code == 2
    assert "--skeletons" in capsys.readouterr().err


def test_a_quote_that_another_quote_holds_is_no_paragraph_of_its_own() -> None:
    # Two labels quote one sentence, one of them a part of it: the story has it once, so
    # the skeleton does too, and the shorter quote's label is located in the longer one.
    rows = [
        _row("hold", "Mark Fletcher", "won", "Mark Fletcher won Bolsover"),
        _row("votes", "Mark Fletcher", "21,791", WON),
        _row("share", "Mark Fletcher", "47.4", SHARE),
    ]
    assert realcopy.skeleton(rows) == f"{WON}\n\n{SHARE}\n"
    score = realcopy.Score()
    realcopy.score_story("own-bolsover", realcopy.skeleton(rows), rows, score)
    assert [label.span is not None for label in score.labels] == [True, True, True]


def test_a_finding_on_a_sentence_two_labels_quote_is_judged_once_against_its_label() -> None:
    # A misspelt name ("Mark Flecher") quoted alone and in its whole sentence: written twice,
    # the copy no label locates raised a second name-mismatch, counted as a false alarm.
    sentence = "Mark Flecher won Bolsover with 21,791 votes"
    rows = [
        {
            **_row("name", "Mark Fletcher", "Mark Flecher", "Mark Flecher won Bolsover"),
            "official": "Mark Fletcher",
            "verdict": "false",
        },
        _row("votes", "Mark Fletcher", "21,791", sentence),
    ]
    score = realcopy.Score()
    realcopy.score_story("own-bolsover", realcopy.skeleton(rows), rows, score)
    judged = [(f.name, judgement) for _, f, judgement in score.findings]
    assert ("name-mismatch", "right") in judged
    assert all(judgement != "unlabelled" for _, judgement in judged)


def test_a_quote_labelled_with_its_line_breaks_is_located_inside_a_longer_quote() -> None:
    rows = [
        _row("votes", "Mark Fletcher", "21,791", "\nMark Fletcher | 21,791 |\n"),
        _row("share", "Mark Fletcher", "47.4", "Mark Fletcher | 21,791 | 47.4 |"),
    ]
    assert realcopy.skeleton(rows) == "Mark Fletcher | 21,791 | 47.4 |\n"
    score = realcopy.Score()
    realcopy.score_story("own-bolsover", realcopy.skeleton(rows), rows, score)
    assert "unlocated" not in [label.outcome for label in score.labels]


PUSHED = "Labour's Natalie Fleet pushed Mark Fletcher"
PLACE = "pushed Mark Fletcher into second place with 16,000 votes"


def test_overlapping_quotes_stay_two_paragraphs_unless_asked_to_join() -> None:
    rows = [
        _row("name", "Mark Fletcher", "Mark Fletcher", PUSHED),
        _row("rank", "Mark Fletcher", "second", PLACE),
    ]
    assert realcopy.skeleton(rows) == f"{PUSHED}\n\n{PLACE}\n"
    joined = "Labour's Natalie Fleet pushed Mark Fletcher into second place with 16,000 votes"
    assert realcopy.skeleton(rows, join_overlaps=True) == f"{joined}\n"


def test_a_short_overlap_or_one_with_two_partners_is_not_joined() -> None:
    # Two lines of a card share "- share 4.2%" (too short to be one sentence's words), and
    # a third quote opening as a second one does is no single partner.
    card = ["Jane Smith\n- votes 2,016\n- share 4.2%", "- share 4.2%\n- share change +0.3"]
    rows = [_row("share", "Jane Smith", "4.2%", q) for q in card]
    assert realcopy.skeleton(rows, join_overlaps=True) == "\n\n".join(card) + "\n"
    two = [PUSHED, PLACE, "pushed Mark Fletcher into second place on the night"]
    rows = [_row("rank", "Mark Fletcher", "second", q) for q in two]
    assert realcopy.skeleton(rows, join_overlaps=True) == "\n\n".join(two) + "\n"


HEADLINE = "Bolsover: Conservative Mark Fletcher takes seat from Labour"
NO_SEAT = "Mark Fletcher polled 21,791 votes"


def test_with_a_headline_the_skeleton_opens_with_it_as_its_own_paragraph() -> None:
    rows = [_row("votes", "Mark Fletcher", "21,791", NO_SEAT)]
    assert realcopy.skeleton(rows, headline=HEADLINE) == f"{HEADLINE}\n\n{NO_SEAT}\n"
    # A headline that is itself a labelled quote stands once.
    rows.append(_row("gain", "Mark Fletcher", "takes seat from Labour", HEADLINE))
    assert realcopy.skeleton(rows, headline=HEADLINE).count(HEADLINE) == 1


def test_a_count_whose_seat_only_the_headline_names_is_placed_only_with_the_headline() -> None:
    rows = [_row("votes", "Mark Fletcher", "21,791", NO_SEAT)]
    outcomes = []
    for headline in ("", HEADLINE):
        score = realcopy.Score()
        realcopy.score_story(
            "own-bolsover", realcopy.skeleton(rows, headline=headline), rows, score
        )
        outcomes.append(score.labels[0].outcome)
    assert outcomes == ["unplaced", "correct"]


def test_a_labellers_closing_note_is_no_part_of_the_headline(tmp_path: Path) -> None:
    stories = tmp_path / "stories.csv"
    stories.write_text(
        "story_id,url,title,outlet,election,nation,format,split\n"
        f"a,u,{HEADLINE} (BBC live page; page 3),o,uk-ge-2019,england,live,dev\n"
        "b,u,Labour (tag page),o,uk-ge-2019,england,live,dev\n"
        "c,u,Election 2019 (results) in Bolsover,o,uk-ge-2019,england,live,dev\n",
        encoding="utf-8",
    )
    assert realcopy.load_headlines(stories) == {
        "a": HEADLINE,
        "b": "Labour",
        "c": "Election 2019 (results) in Bolsover",
    }


def test_the_command_opens_skeletons_with_their_headlines_unless_told_not_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row = _row("votes", "Mark Fletcher", "21,791", NO_SEAT)
    argv = _files(tmp_path, row, title=f"{HEADLINE} (our note)")
    assert realcopy.main(argv) == 0
    assert '"read_correctly": "1.00 (1/1)"' in capsys.readouterr().out
    assert realcopy.main([*argv, "--no-titles"]) == 0
    assert '"read_correctly": "0.00 (0/1)"' in capsys.readouterr().out
    assert realcopy.main([*argv, "--titles"]) == 0
    assert '"read_correctly": "1.00 (1/1)"' in capsys.readouterr().out
