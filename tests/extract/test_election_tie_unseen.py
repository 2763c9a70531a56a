"""The election a figure is tied to, where copy gives another election's figures with no year
in the figure's clause (the c2-11 cues, issue 8): a notional result's label, and "had a
majority of", which copy writes both of the majority won and of the one held before the poll.

Sentences are ours, in the patterns real copy uses; figures are the official ones for the
seat and year named (Swindon South and Stroud, 2019 and 2024), and each "wrong" variant
changes one as a slip would. Notional figures are invented: no record holds them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import findings_in, story_file

from factcheck.extract.reader import read_prose
from factcheck.models import Document


def _errors(path: Path) -> list[str | None]:
    return [f.text for f in findings_in(path) if f.severity.value == "error"]


def _election_of(text: str, figure: str) -> tuple[str, bool]:
    article = read_prose(Document(path="s.md", text=f"---\nelection: uk-ge-2024\n---\n{text}"))
    found = [
        (str(f.grounds.election), "election" in f.grounds.loose)
        for f in article.read_figures().values()
        if f.text == figure and f.grounds is not None
    ]
    assert len(found) == 1, found
    return found[0]


# A results card whose lines ran together: this year's result, then the notional one.
CARD = (
    "Swindon South changed hands overnight.\n\nResult in full:\n\n"
    "Heidi Alexander (Lab) {alex} (48.4%)Robert Buckland (C) 12,070 (26.9%)"
    "Lab maj 9,606 (21.4%){sep}2019 notional: C maj 5,002 (10.3%) – Turnout 48,310 (68.81%)"
    "C 25,004 (51.76%); Lab 20,002 (41.40%); LD 3,304 (6.84%)\n"
)


@pytest.mark.parametrize("sep", ["", "\n", " "])
@pytest.mark.parametrize(("alex", "fires"), [("21,676", False), ("22,676", True)])
def test_a_notional_label_dates_the_figures_after_it_on_its_line(
    tmp_path: Path, sep: str, alex: str, fires: bool
) -> None:
    path = story_file(tmp_path, CARD.format(alex=alex, sep=sep), "uk-ge-2024")
    # The story's own figure before the label is checked; nothing after it is the story's
    # result, nor 2019's (its seat had other bounds): none of it is compared at all.
    assert set(_errors(path)) == ({alex} if fires else set())


LIST = (
    "Stroud has a new MP.\n\nSimon Opher (Lab) {opher}\nSiobhan Baillie (Con) 14,219\n\n"
    "2019 Westminster notional result on new boundaries:\n\n"
    "Con 27,510 (49.9%)\nLab 22,377 (40.6%)\nGreen 4,302 (7.8%)\n"
)


@pytest.mark.parametrize(("opher", "fires"), [("25,607", False), ("26,607", True)])
def test_a_notional_heading_dates_the_list_below_it(
    tmp_path: Path, opher: str, fires: bool
) -> None:
    path = story_file(tmp_path, LIST.format(opher=opher), "uk-ge-2024")
    assert set(_errors(path)) == ({opher} if fires else set())


@pytest.mark.parametrize(("n", "fires"), [("11,388", False), ("12,388", True)])
def test_a_majority_won_is_the_storys(tmp_path: Path, n: str, fires: bool) -> None:
    body = f"Labour's Simon Opher won Stroud with a majority of {n}.\n"
    assert _errors(story_file(tmp_path, body, "uk-ge-2024")) == ([n] if fires else [])


@pytest.mark.parametrize("n", ["3,840", "5,840", "11,388", "12,388"])
@pytest.mark.parametrize("adverb", ["", "just "])
def test_had_a_majority_ties_no_election_surely(tmp_path: Path, n: str, adverb: str) -> None:
    # Copy writes it of the majority held before the poll ("… but came second this time")
    # and of the one won at it: neither the previous record's value nor a wrong one is an
    # error, and the grounds say why.
    body = f"In Stroud, Siobhan Baillie had a majority of {adverb}{n} but came second this time.\n"
    assert _errors(story_file(tmp_path, body, "uk-ge-2024")) == []
    election, loose = _election_of(body, n)
    assert loose
    assert "had a majority of" in election


@pytest.mark.parametrize(("n", "fires"), [("687", False), ("887", True)])
def test_had_a_majority_with_a_year_is_that_years(tmp_path: Path, n: str, fires: bool) -> None:
    # A year in the clause dates the figure surely: it is checked against that election.
    body = f"In Stroud, David Drew had a majority of {n} in 2017. Siobhan Baillie won.\n"
    assert _errors(story_file(tmp_path, body, "uk-ge-2019")) == ([n] if fires else [])
